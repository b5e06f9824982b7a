"""Causes found in blind16 (fixer H): requests in words. Each case is a phrasing of our own,
not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container

BOXES = {"containers": [container("gateway", "nginx"), container("api", "node:20")]}

COMMANDS = [
    # the same port on both sides, said in words
    ("run traefik, ports 80, 443 and 8080 mapped 1:1, detached", None,
     "docker run -d -p 80:80 -p 443:443 -p 8080:8080 traefik"),
    ("run httpd with 8081 published one to one", None, "docker run -p 8081:8081 httpd"),
    ("start haproxy with 8404 forwarded straight through", None,
     "docker run -d -p 8404:8404 haproxy"),
    ("run httpd with port 8082 exposed as is", None, "docker run -p 8082:8082 httpd"),
    ("run nginx with 80 mapped to 8080", None, "docker run -p 8080:80 nginx"),      # near miss
    # a count of the ports just given ("두 개 다", "all two") is no value of its own
    ("httpd 9000은 80으로, 9443은 443으로 2개 모두 열고 실행", None,
     "docker run -p 9000:80 -p 9443:443 httpd"),
    ("caddy 8080은 80으로 8443은 443으로 두 개 다 열어서 띄워줘", None,
     "docker run -d -p 8080:80 -p 8443:443 caddy"),
    ("run nginx with 8080 to 80 and 8443 to 443, all two", None,
     "docker run -p 8080:80 -p 8443:443 nginx"),
    # "the host daemon", "my local daemon": the Docker daemon, not -d
    ("run docker:cli against my local daemon with /var/run/docker.sock mounted at the same path, "
     "running docker images", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker images"),
    ("run docker:cli so it can talk to the host daemon, mount /var/run/docker.sock at the same "
     "path and run docker volume ls", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker volume ls"),
    ("I want docker:26-cli that can talk to my local daemon, mount /var/run/docker.sock at the "
     "same path and run docker ps", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:26-cli docker ps"),
    ("run redis as a daemon", None, "docker run -d redis"),                          # near miss
    # "named X on network Y": a preposition starts the network's own phrase
    ("run redis named cache on network backend", None, "docker run --name cache --network backend redis"),
    ("run nginx called web in network frontnet", None, "docker run --name web --network frontnet nginx"),
    ("mariadb:11, named shop-db, on network store-net, detached", None,
     "docker run -d --name shop-db --network store-net mariadb:11"),
    ("run nginx named web on mynet network", None, "docker run --name web --network mynet nginx"),
    ("create a network named mynet", None, "docker network create mynet"),           # near miss
    # "did anything exit?": the question asks for the ones that did
    ("did anything crash? list them", None, "docker ps -f status=exited"),
    ("did any containers die? show me which", None, "docker ps -f status=exited"),
    ("did something exit overnight? list those", None, "docker ps -f status=exited"),
    # listing a directory inside a container
    ("show what is in /app in api", BOXES, "docker exec api ls /app"),
    ("show me the contents of /var/log inside api", BOXES, "docker exec api ls /var/log"),
    ("list everything under /srv in gateway", BOXES, "docker exec gateway ls /srv"),
    ("ls /etc inside gateway", BOXES, "docker exec gateway ls /etc"),                 # near miss
    # a relative folder after "in"/"from" is the build context; "call it" names the tag
    ("build the image in apps/billing and call it billing:dev", None,
     "docker build -t billing:dev apps/billing"),
    ("build an image from tools/cli called cli:test", None, "docker build -t cli:test tools/cli"),
    ("how do I build what's in docker/api and tag it api:2", None, "docker build -t api:2 docker/api"),
    ("build the image and call it web:1", None, "docker build -t web:1 ."),             # near miss
    # where the asker sits and "nothing fancy" are talk; "try" is no name
    ("I'm on a borrowed school laptop, just want to try debian, nothing special, remove it when "
     "I exit and give me bash", None, "docker run -i -t --rm debian bash"),
    ("we're on an old office machine: run redis in the background", None, "docker run -d redis"),
    ("just try alpine with a shell", None, "docker run -i -t alpine sh"),
    ("nothing fancy, run nginx on 8080", None, "docker run -p 8080:80 nginx"),
    ("try to remove web1", None, "docker rm web1"),                                    # near miss
]


@pytest.mark.parametrize("text, context, expected", COMMANDS)
def test_command(text, context, expected):
    assert_command(text, context, expected)

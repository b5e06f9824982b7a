"""Terse English requests, as developers and agents type them: shorthand, option lists,
ports said in words, corrected requests, echo of several words, throwaway said plainly.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container as _c




SHOP = {"containers": [_c("billing", "python:3.12", created=1), _c("cart-db", "postgres:16", created=2),
                       _c("worker-a", "busybox", "exited", 3), _c("worker-b", "busybox", "exited", 4)]}

WEB = {"containers": [_c("web", "nginx", created=1), _c("inv-mongo", "mongo:7", created=2)]}

CASES = [
    # "once/after/when it finishes|completes|ends" after remove: --rm.
    ("run alpine ls and delete the container once it completes", None, "docker run --rm alpine ls"),
    ("start busybox sleep 5 and remove the container when it ends", None,
     "docker run --rm busybox sleep 5"),
    ("run ubuntu uname -a, remove it after it has finished", None, "docker run --rm ubuntu uname -a"),
    # "one-off" / "one-time" is not "throwaway": no --rm unless removal is asked for.
    ("one-time ubuntu container that prints uname -a", None, "docker run ubuntu uname -a"),
    ("spin up a one-off alpine that sleeps 60", None, "docker run alpine sleep 60"),
    ("one-off busybox that lists /etc and removes itself", None, "docker run --rm busybox ls /etc"),
    # echo prints every word to the end when nothing after is an image or a cue.
    ("alpine: echo greetings from the other side", None,
     "docker run alpine echo greetings from the other side"),
    ("busybox echo welcome to the party", None, "docker run busybox echo welcome to the party"),
    ("run ubuntu and make it say hello from space", None, "docker run ubuntu echo hello from space"),
    # "+" / "&" alone between words is "and"; "regardless of state", "somewhere in the name"
    # are talk, not names.
    ("show containers + their sizes", None, "docker ps -s"),
    ("last 2 containers irrespective of their state", None, "docker ps -n 2"),
    ("5 most recent containers, any state", None, "docker ps -n 5"),
    ("containers with web anywhere in the name", None, "docker ps -f name=web"),
    ("list containers that have db somewhere in their name", None, "docker ps -f name=db"),
    # Option lists, as tools and agents write them: each known key is the flag it names.
    ("{action: 'run', image: 'postgres:16', ports: ['5433:5432'], env: ['POSTGRES_PASSWORD=pw'], "
     "detach: true}", None, "docker run -p 5433:5432 -e POSTGRES_PASSWORD=pw -d postgres:16"),
    ('run({"image": "alpine", "command": "ls /", "rm": true})', None, "docker run --rm alpine ls /"),
    ("image=caddy:2, name=proxy, ports=8443:443, detach=true", None,
     "docker run -p 8443:443 --name proxy -d caddy:2"),
    ("ubuntu, interactive=true, tty=true, cmd=bash", None, "docker run -i -t ubuntu bash"),
    ("run memcached, name=cache1, detach:false", None, "docker run --name cache1 memcached"),
    # Ports said to be the same on both sides, and "container N -> host M".
    ("run httpd with 8080 mapped to the same port on the host", None, "docker run -p 8080:8080 httpd"),
    ("redis, 6379 on both ends, bg", None, "docker run -d -p 6379:6379 redis"),
    ("run caddy, 80, 443 and 2019 on the same ports", None,
     "docker run -p 80:80 -p 443:443 -p 2019:2019 caddy"),
    ("run nginx with container 80 to host 9000", None, "docker run -p 9000:80 nginx"),
    # "zero"/"no" before a grace period or timeout is -t 0; a bare number there is seconds.
    ("restart web with 0 grace period", WEB, "docker restart -t 0 web"),
    ("stop web with a grace period of zero", WEB, "docker stop -t 0 web"),
    ("stop web, zero timeout", WEB, "docker stop -t 0 web"),
    ("stop web with no grace period", WEB, "docker stop -t 0 web"),
    ("restart web, timeout 5", WEB, "docker restart -t 5 web"),
    # A symptom clause ("won't stop on its own", "doesn't respond") is talk, not names.
    ("web doesn't respond anymore, restart it", WEB, "docker restart web"),
    ("web can't shut down by itself, remove it forcefully", WEB, "docker rm -f web"),
    ("web isn't stopping on its own, force remove it", WEB, "docker rm -f web"),
    # A corrected request: the last one said wins, and "it" keeps the first one's object.
    ("restart web? nah, stop it", WEB, "docker stop web"),
    ("kill web, no wait, just stop it", WEB, "docker stop web"),
    ("list images, scratch that, list containers", None, "docker ps"),
    ("remove the mongo one? no, just restart it", WEB, "docker restart inv-mongo"),
    # A tag declined ("no tag needed", "without a tag") is not asked for.
    ("build the current dir without a tag", None, "docker build ."),
    ("build ./svc, don't need a tag", None, "docker build ./svc"),
    # "NAME: verb it" labels the container; "NAME output" is its logs; where a volume lives.
    ("web: restart it now", None, "docker restart web"),
    ("api: show its logs", None, "docker logs api"),
    ("show me worker output since 10m", None, "docker logs --since 10m worker"),
    ("where is the pgdata volume stored? inspect it", None, "docker volume inspect pgdata"),
]

KEPT = [
    ("show logs of web, with timestamps", WEB, "docker logs -t web"),
    ("build . and tag it web:1", None, "docker build -t web:1 ."),
    ("run alpine ls / in a one-off container", None, "docker run --rm alpine ls /"),
    ("stop web with a 20 second timeout", WEB, "docker stop -t 20 web"),
    ("echo hi in alpine", None, "docker run alpine echo hi"),
    ("run alpine and print hi from alpine", None, "docker run alpine echo hi"),
    ("run busybox and echo hello in the background", None, "docker run -d busybox echo hello"),
    ("list containers with name=web", None, "docker ps -f name=web"),
    ("run alpine with env name=bob", None, "docker run -e name=bob alpine"),
    ("docker run --name=web nginx", None, "docker run --name web nginx"),
    ("run nginx with host 8081 to container 80", None, "docker run -p 8081:80 nginx"),
    ("a throwaway alpine shell", None, "docker run -i -t --rm alpine sh"),
]


@pytest.mark.parametrize("text,context,expected", CASES + KEPT)
def test_english_request(text, context, expected):
    assert_command(text, context, expected, "en")

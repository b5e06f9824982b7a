"""Causes found in blind17 (fixer J): other verbs, context references, typed commands. Each
case is a phrasing of our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container

DISTRO = {"containers": [container("devbox", "debian:12"), container("tiny", "alpine:3.20", created=2)]}
FEDORA = {"containers": [container("lab-f", "fedora:40")]}
NODE = {"containers": [container("frontend", "node:20")]}
TWO = {"containers": [container("radarr", "linuxserver/radarr", created=1),
                      container("sonarr", "linuxserver/sonarr", created=2)]}
GITEA = {"containers": [container("gitea", "gitea/gitea")]}
IMAGES = {"containers": [container("old-app", "shopapi:v1", "exited")],
          "images": ["shopapi:latest", "shopapi:v1", "node:20-slim"]}
COMMANDS = [
    # a shell in an existing container is sh, whatever its image, unless bash is said
    # (bench/translate/README.md's convention)
    ("open a shell in devbox", DISTRO, "docker exec -i -t devbox sh"),
    ("devbox 쉘로 접속해줘", DISTRO, "docker exec -i -t devbox sh"),
    ("get me a bash terminal in lab-f", FEDORA, "docker exec -i -t lab-f bash"),
    ("open a shell in tiny", DISTRO, "docker exec -i -t tiny sh"),                 # near miss
    ("open a shell in frontend", NODE, "docker exec -i -t frontend sh"),            # near miss
    # shell-style short names of volume and network commands
    ("mkvol name=photo-cache", None, "docker volume create photo-cache"),
    ("rmnet backend-net", None, "docker network rm backend-net"),
    ("lsvol", None, "docker volume ls"),
    ("mknet name=iot-lan", None, "docker network create iot-lan"),
    ("volume_create name=pg-store", None, "docker volume create pg-store"),
    # a label before what an agent asks
    ("tool call: run image=alpine:3.20 cmd='sleep 60' detach=true name=napper", None,
     "docker run -d --name napper alpine:3.20 sleep 60"),
    ("action: docker ps -a", None, "docker ps -a"),
    ("call: list_containers all=true", None, "docker ps -a"),
    ("cmd: docker images", None, "docker images"),
    # a misspelt copy of a switch already typed; a misspelt long flag with one dash
    ("docker run -d --deatch -p 8081:80 httpd", None, "docker run -d -p 8081:80 httpd"),
    ("docker run -it --interactve ubuntu", None, "docker run -i -t ubuntu"),
    ("docker run --rm --rmm alpine", None, "docker run --rm alpine"),
    ("docker ps -fitler status=exited", None, "docker ps -f status=exited"),
    ("docker logs -folow web1", None, "docker logs -f web1"),
    ("docker run --detatch nginx", None, "docker run -d nginx"),                     # near miss
    ("docker run -eFOO=bar alpine", None, "docker run -e FOO=bar alpine"),           # near miss
    # the newest container said in Korean, with any verb of making it
    ("docker stop 마지막에 실행한거", TWO, "docker stop sonarr"),
    ("최근에 돌린 컨테이너 재시작해줘", TWO, "docker restart sonarr"),
    ("docker logs 방금 올린거", TWO, "docker logs sonarr"),
    # "container is X", "(X and Y)": the container named beats the description before it
    ("show the last 50 lines of the factorio log, container is game-srv", None,
     "docker logs -n 50 game-srv"),
    ("restart the wiki, the container is called wiki-prod", None, "docker restart wiki-prod"),
    ("follow the plex logs, container: media-box", None, "docker logs -f media-box"),
    ("stop the dns and the proxy containers (resolver and edge)", None, "docker stop resolver edge"),
    ("restart the torrent container (qbit)", None, "docker restart qbit"),
    ("stop the web container (the old one)", None, "docker stop web"),               # near miss
    ("restart web1 and web2", None, "docker restart web1 web2"),                     # near miss
    # "the image I just built": the newest image
    ("tag the image I just built as shopapi:v2", IMAGES, "docker tag shopapi:latest shopapi:v2"),
    ("push the image I just built", IMAGES, "docker push shopapi:latest"),
    ("inspect the image I just built", IMAGES, "docker inspect shopapi:latest"),
    ("tag shopapi:v1 as shopapi:stable", IMAGES, "docker tag shopapi:v1 shopapi:stable"),  # near miss
    # "inside the X container": one that exists, so exec
    ("show env vars inside my redis container", None, "docker exec redis env"),
    ("print the hostname inside the postgres container", None, "docker exec postgres hostname"),
    ("show the date inside the caddy container", None, "docker exec caddy date"),
    ("show the environment variables of a new alpine container", None, "docker run alpine env"),
    # "my mariadb container recipes-db": the image only describes the container named after it
    ("my postgres container pg-old is stopped, start it", None, "docker start pg-old"),
    ("the nginx container edge-2 went down, bring it up again", None, "docker start edge-2"),
    ("start my redis container cache-1", None, "docker start cache-1"),
    ("start a redis container named cache", None, "docker run -d --name cache redis"),  # near miss
    ("start nginx", None, "docker run -d nginx"),                                    # near miss
    # "need it for …": a reason, whose words are no arguments
    ("what ip address does gitea have, I need it for my dns", GITEA,
     "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' gitea"),
    ("restart gitea, need this for the upgrade", GITEA, "docker restart gitea"),
    ("show the logs of gitea, need them for a bug report", GITEA, "docker logs gitea"),
    # a database client opened in a container, logged in as the user said
    ("open mysql in db-1 as user root", None, "docker exec -i -t -u root db-1 mysql"),
    ("run psql in pg-main as user app", None, "docker exec -i -t -u app pg-main psql"),
    ("open psql in pg-main", None, "docker exec -i -t pg-main psql"),
    ("run whoami in web1 as user nobody", None, "docker exec -u nobody web1 whoami"),   # near miss
]


@pytest.mark.parametrize("text,context,expected", COMMANDS)
def test_exact_command(text, context, expected):
    assert_command(text, context, expected)

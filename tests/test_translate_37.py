"""Session causes (fixer AD): "stop at N ago" ends a logs window (--until), "the IMAGE image
with the T tag" names the tag, "the database one" is the one container holding data, "IMAGE
detached as NAME" names the container, "with X as the entrypoint", "N for http / M for https"
on a web server, a network-shaped name after "on" is the network a new container joins, a
bracketed command takes the path said in words, and what will join a new network is talk."""
import pytest

from tests.translating import assert_asks, assert_command, container

_TAGS = {"containers": [], "images": ["trainer:gpu", "trainer:cpu", "python:3.12", "node:20",
                                      "node:18-alpine", "app:dev", "app:prod"]}
_API = {"containers": [container("api", "myorg/api:3"), container("api-db", "postgres:16", created=2)]}
_STORE = {"containers": [container("web", "nginx"), container("store", "mariadb:11", created=2),
                         container("worker", "python:3.12", created=3)]}
_TWO_PG = {"containers": [container("web", "nginx"), container("pg1", "postgres:16", created=2),
                          container("pg2", "postgres:15", created=3)]}
_SONARR = {"containers": [container("sonarr", "linuxserver/sonarr"), container("web", "nginx", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # "stop at / ending at / till N ago": the end of a logs window
    ("logs of web since 2 days ago, ending at 1 day ago", None, "docker logs --since 48h --until 24h web"),
    ("show api logs for the past 6h but stop at 2h ago", None, "docker logs --since 6h --until 2h api"),
    ("logs of db till 30 minutes ago", None, "docker logs --until 30m db"),
    # near miss: "stop" as the verb
    ("stop web at once", None, "docker stop web"),
    # "the IMAGE image with the T tag"
    ("remove the node image with the 18-alpine tag", _TAGS, "docker rmi node:18-alpine"),
    ("push the app image with the prod tag", _TAGS, "docker push app:prod"),
    ("pull the redis image with the 7.2 tag", None, "docker pull redis:7.2"),
    ("run the node image with the 20 tag", _TAGS, "docker run node:20"),
    # near miss: the tag said after the word "tag"
    ("delete python image with the tag 3.12", _TAGS, "docker rmi python:3.12"),
    # "the database one": the one container whose image or name says it holds data
    ("stop my database", _STORE, "docker stop store"),
    ("restart the db container", _STORE, "docker restart store"),
    ("디비 컨테이너 재시작해줘", _STORE, "docker restart store"),
    ("the db one, last 5 lines of its logs", _API, "docker logs -n 5 api-db"),
    # near miss: "the web one" still picks the web server
    ("restart the web one", _STORE, "docker restart web"),
    # "IMAGE detached / in the background as NAME": the container's name
    ("run redis detached as kv", None, "docker run -d --name kv redis"),
    ("run nginx in the background as edge", None, "docker run -d --name edge nginx"),
    ("launch postgres:16 in the background as pgmain", None, "docker run -d --name pgmain postgres:16"),
    # near misses: "as" a user
    ("run ubuntu in the background as root", None, "docker run -d -u root ubuntu"),
    ("run alpine detached as nobody", None, "docker run -d -u nobody alpine"),
    # "with X as the entrypoint"
    ("run alpine with bash as its entrypoint", None, "docker run -i -t --entrypoint bash alpine"),
    ("start python:3.12 using /usr/bin/env as the new entrypoint", None,
     "docker run --entrypoint /usr/bin/env python:3.12"),
    ("run myapp:2 interactively, bash as entrypoint", None, "docker run -i -t --entrypoint bash myapp:2"),
    # near miss: the entrypoint said after the cue
    ("run nginx with the entrypoint /bin/sh", None, "docker run --entrypoint /bin/sh nginx"),
    # "N for http, M for https/tls": a web server's two sides
    ("run caddy with 8000 for http and 9443 for https", None, "docker run -p 8000:80 -p 9443:443 caddy"),
    ("start httpd detached, 8081 for http, 8444 for tls", None, "docker run -d -p 8081:80 -p 8444:443 httpd"),
    ("run traefik with port 8090 for http and 8443 for https", None,
     "docker run -p 8090:80 -p 8443:443 traefik"),
    ("run nginx on 8080 for http", None, "docker run -p 8080:80 nginx"),
    # "run IMAGE on X-net": a network-shaped name is the network, not a container to exec into
    ("start ubuntu on lab-net with bash, throw it away after", None,
     "docker run -i -t --rm --network lab-net ubuntu bash"),
    ("run busybox on backend_net with sh and --rm", None, "docker run -i -t --rm --network backend_net busybox sh"),
    ("run alpine on iot-net with a shell", None, "docker run -i -t --network iot-net alpine sh"),
    # near misses: a container of the caller's with such a name is exec'd into
    ("open a shell on dev-net", {"containers": [container("dev-net", "ubuntu")]}, "docker exec -i -t dev-net sh"),
    ("run bash in web-net", {"containers": [container("web-net", "nginx")]}, "docker exec -i -t web-net bash"),
    # a bracketed command takes the path said in words
    ("show me the files under /srv inside web (ls -lh)", _SONARR, "docker exec web ls -lh /srv"),
    ("list what is in /app inside sonarr (ls -a)", _SONARR, "docker exec sonarr ls -a /app"),
    ("list the things in /data inside web (ls -l)", _SONARR, "docker exec web ls -l /data"),
    # near misses: the path typed in the command, or none said
    ("run ls -la /tmp in web (ls)", _SONARR, "docker exec web ls -la /tmp"),
    ("list the files in web (ls -la)", _SONARR, "docker exec web ls -la"),
    # what will join a new network is talk: one command
    ("create a network called shopnet, api and worker will go on it", None, "docker network create shopnet"),
    ("make network media-net for jellyfin and sonarr", None, "docker network create media-net"),
    ("new network lab-net please, I'd like grafana and loki in it", None, "docker network create lab-net"),
    # near miss: connecting is still said
    ("create network appnet", None, "docker network create appnet"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    # two databases: the question stays
    ("show the logs of the database", _TWO_PG, ("pg1", "pg2")),
    ("restart the db container", _TWO_PG, ("pg1", "pg2")),
    # two image tags and no tag said
    ("drop the trainer image", _TAGS, ("trainer:gpu", "trainer:cpu")),
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

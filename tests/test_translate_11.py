"""Causes found in blind15 (fixer D): other tools' commands, agent phrasing, context references,
typed-command repairs. Each case is a phrasing of our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container
from webapp.commands.translate import translate

SHOP = {"containers": [container("web1", "nginx"), container("cache-01", "redis:7"),
                       container("db", "postgres:16"), container("api-2", "api:3")]}
EDGE = {"containers": [container("edge-proxy", "nginx:1.27", created=2),
                       container("queue", "redis:7", created=1)]}
ETL = {"containers": [container("batch-old", "etl:1", "exited", 1),
                      container("batch-new", "etl:2", "running", 2)]}

COMMANDS = [
    # another tool's command: podman and nerdctl share docker's CLI; kubectl's pod verbs and
    # compose's container verbs have a docker counterpart
    ("how would I write `podman run --rm -it alpine sh` with docker?", None,
     "docker run --rm -i -t alpine sh"),
    ("nerdctl pull redis:7 equivalent", None, "docker pull redis:7"),
    ("what is podman ps -a in docker?", None, "docker ps -a"),
    ("kubectl get pods, but in docker", None, "docker ps"),
    ("docker version of kubectl logs --tail 20 for the container api-2", SHOP,
     "docker logs -n 20 api-2"),
    ("kubectl exec -it web1 -- sh, docker equivalent", SHOP, "docker exec -i -t web1 sh"),
    ("kubectl delete pod db but with docker", SHOP, "docker rm db"),
    ("kubectl describe pod cache-01 in docker", SHOP, "docker inspect cache-01"),
    ("docker-compose logs -f web1", SHOP, "docker logs -f web1"),
    ("podman ps -a 도커로 하면?", None, "docker ps -a"),
    ("podman run -d -p 8080:80 nginx 를 도커로 바꿔줘", None, "docker run -d -p 8080:80 nginx"),
    ("kubectl logs -f api-2 도커 버전", SHOP, "docker logs -f api-2"),
    ("like docker compose build but only the ./worker dir, tag app:0.3", None,
     "docker build -t app:0.3 ./worker"),
    # near-misses: a tool named without its command
    ("hi, I'm switching over from podman, how can I run redis detached", None,
     "docker run -d redis"),
    ("kubectl run style, but docker: a busybox that just does sleep 3600", None,
     "docker run busybox sleep 3600"),
    # an agent's instruction about the answer is not a command to run inside
    ("Task: run nginx on port 8080. Return only the command.", None, "docker run -p 8080:80 nginx"),
    ("run httpd:2.4 detached, reply with just the command", None, "docker run -d httpd:2.4"),
    ("list all containers. print only the cmd.", None, "docker ps -a"),
    ("Task: stop web1. Output only the docker command, nothing else.", SHOP, "docker stop web1"),
    ("run alpine and echo the command", None, "docker run alpine echo the command"),
    # a sentence's full stop after a word: a request, not a typed command
    ("run redis detached.", None, "docker run -d redis"),
    ("start alpine interactively.", None, "docker run -i -t alpine sh"),
    ("docker stop web1", SHOP, "docker stop web1"),
    # an -ed form after a plural object describes it; -n lists every state already
    ("the last 5 containers created", None, "docker ps -n 5"),
    ("show me the 2 latest containers made, stopped ones too", None, "docker ps -n 2"),
    ("last 4 containers, running or not", None, "docker ps -n 4"),
    ("list the images built today", None, "docker images"),
    # exec's own verb: "on NAME" names the container
    ("exec redis-cli info on cache-01", SHOP, "docker exec cache-01 redis-cli info"),
    ("execute env on api-2", SHOP, "docker exec api-2 env"),
    ("exec bash on the web1 container", SHOP, "docker exec -i -t web1 bash"),
    ("run redis on mynet", None, "docker run --network mynet redis"),
    # a question first, then "inspect it": the whole inspect; a value asked alone: a template
    ("what IP address does cache-01 have? inspect it", SHOP, "docker inspect cache-01"),
    ("which ip did api-2 get? just inspect api-2", SHOP, "docker inspect api-2"),
    ("what's the log path of db? inspect it", SHOP, "docker inspect db"),
    ("what IP does web1 have", SHOP,
     "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web1"),
    ("what's web1's status? stop web1", SHOP, "docker stop web1"),
    # an image word that describes one of the caller's containers
    ("details of my nginx one", EDGE, "docker inspect edge-proxy"),
    ("inspect the redis container", EDGE, "docker inspect queue"),
    ("show the details of the redis box", EDGE, "docker inspect queue"),
    ("inspect the nginx image", EDGE, "docker inspect nginx"),
    # a follow-up's "too" is no name
    ("stop web1 too", SHOP, "docker stop web1"),
    ("restart db as well", SHOP, "docker restart db"),
    # an image's tag is not a CPU count
    ("resizer:2.0 cpu 1.5코어로 돌려", None, "docker run -d --cpus 1.5 resizer:2.0"),
    ("run worker:0.9, cpu limit 0.25", None, "docker run --cpus 0.25 worker:0.9"),
    ("run myapp:3 cpus 2", None, "docker run --cpus 2 myapp:3"),
    ("run nginx with 2 cpus", None, "docker run --cpus 2 nginx"),
    # a misspelt filter key
    ("docker ps -f stauts=running", None, "docker ps -f status=running"),
    ("docker images --filter danglng=true", None, "docker images -f dangling=true"),
    ("docker ps --filter ancestr=nginx", None, "docker ps -f ancestor=nginx"),
    ("docker ps --filter label=app=web", None, "docker ps -f label=app=web"),
    # a misspelt subcommand before a described container
    ("docker stpo <the running one>", ETL, "docker stop batch-new"),
    ("docker lgos -f <the newest one>", ETL, "docker logs -f batch-new"),
    ("docker restrat (the exited one)", ETL, "docker restart batch-old"),
    ("docker start <the exited one>", ETL, "docker start batch-old"),
]


@pytest.mark.parametrize("text,context,expected", COMMANDS)
def test_command(text, context, expected):
    assert_command(text, context, expected)


def test_filter_key_fix_is_listed():
    result = translate("docker ps --filter stauts=exited")
    assert {"from": "stauts", "to": "status", "kind": "value"} in result["corrections"]


ASKS = [
    # a follow-up about an object never named: which one?
    ("now remove the volume as well", None, ()),
    ("delete the network too", None, ()),
    ("also drop the volume", None, ()),
]


@pytest.mark.parametrize("text,context,names", ASKS)
def test_asks(text, context, names):
    assert_asks(text, context, names)


@pytest.mark.parametrize("text,expected", [
    ("remove a volume", "docker volume rm <volume>"),
])
def test_template_without_follow_up(text, expected):
    assert translate(text)["command"] == expected


@pytest.mark.parametrize("text, tool", [
    ("what is podman ps -a in docker?", "podman"),
    ("kubectl get pods, but in docker", "kubectl"),
    ("docker-compose logs -f web1", "docker-compose"),
])
def test_another_tool_is_listed_as_a_correction(text, tool):
    corrections = translate(text, "en", SHOP)["corrections"]
    assert corrections[0] == {"from": tool, "to": "docker", "kind": "tool"}


def test_a_docker_request_lists_no_tool():
    assert translate("show all containers", "en", SHOP)["corrections"] == []

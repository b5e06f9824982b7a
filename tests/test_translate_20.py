"""Causes found by blind19 (fixer M): a typed command with a change asked in words, agents'
key=value calls, short forms of docker's object groups."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

ONE = {"containers": [container("ledger-db", "postgres:16")]}

# a typed command (quoted, or before a dash, comma, "but", "so") and a change asked in words
CHANGED = [
    ("i have `docker run -it debian bash` - how can it remove itself when it exits?", None,
     "docker run --rm -i -t debian bash"),
    ("docker images -a but only the ids", None, "docker images -q -a"),
    ("docker run -d redis:7, call it cache and give it 1 cpu", None,
     "docker run --name cache --cpus 1 -d redis:7"),
    ("tweak `docker logs ledger-db` so it shows only the last 30 minutes", ONE,
     "docker logs --since 30m ledger-db"),
    ("docker ps -q — and include the stopped ones too", None, "docker ps -a -q"),
    ("docker exec ledger-db ls /tmp, but make it interactive", ONE,
     "docker exec -i -t ledger-db ls /tmp"),
    # near-misses: a remark that changes nothing, a typed command alone
    ("why does `docker ps -all` give me an error", None, "docker ps -a"),
    ("docker ps -a — thanks!", None, "docker ps -a"),
    ("docker stop ledger-db", ONE, "docker stop ledger-db"),
]

# an agent's host_port / container_port keys: one publish, the image's usual port inside
PORT_KEYS = [
    ("run_container image=redis:7 host_port=6380 detach=true", None,
     "docker run -p 6380:6379 -d redis:7"),
    ("run_container(image='httpd:2.4', host_port=8081)", None, "docker run -p 8081:80 httpd:2.4"),
    ("run_container(image='acme/app:1', host_port=9000, container_port=3000)", None,
     "docker run -p 9000:3000 acme/app:1"),
]

# an on/off key closing a sentence: its flag (or nothing when off)
LAST_SWITCH = [
    ("delete the image nginx:1.25 force=yes", None, "docker rmi -f nginx:1.25"),
    ("remove volume cache-vol force=true", None, "docker volume rm -f cache-vol"),
    ("run redis rm=true", None, "docker run --rm redis"),
    ("stop ledger-db force=false", ONE, "docker stop ledger-db"),
    ("run alpine -e debug=true", None, "docker run -e debug=true alpine"),   # a value
]

# the short forms people type for docker's object groups
GROUP_SHORT = [
    ("docker vol rm old-data", None, "docker volume rm old-data"),
    ("docker net ls", None, "docker network ls"),
    ("net create backend", None, "docker network create backend"),
    ("docker img rm nginx", None, "docker rmi nginx"),
    ("docker cont ls -a", None, "docker ps -a"),
    ("docker img nginx", None, "docker images nginx"),        # near-miss: img alone is images
]


# "include the stopped ones": every container, not only the stopped
INCLUDE = [
    ("list containers and include the stopped ones", None, "docker ps -a"),
    ("show containers with sizes, include the exited ones", None, "docker ps -a -s"),
    ("docker ps, include the stopped containers", None, "docker ps -a"),
    ("list stopped containers", None, "docker ps -f status=exited"),           # near-miss
]

# a manner adverb after a program's arguments is talk, not an argument
ADVERB = [
    ("run bash -l interactively in ledger-db", ONE, "docker exec -i -t ledger-db bash -l"),
    ("run top -b quietly in ledger-db", ONE, "docker exec ledger-db top -b"),
    ("in ledger-db run redis-cli ping silently", ONE, "docker exec ledger-db redis-cli ping"),
    ("run ls -la /tmp in ledger-db", ONE, "docker exec ledger-db ls -la /tmp"),   # near-miss
]

# typed-command slips: a volume and its path split by a space; flags after an entrypoint's image
TYPED = [
    ("docker run -v pgdata /var/lib/postgresql/data postgres:16", None,
     "docker run -v pgdata:/var/lib/postgresql/data postgres:16"),
    ("docker run --volume=cache /cache redis", None, "docker run -v cache:/cache redis"),
    ("docker run -d -v uploads /srv/uploads nginx", None, "docker run -d -v uploads:/srv/uploads nginx"),
    ("docker run --entry-point=/bin/cat alpine -n /etc/hosts", None,
     "docker run --entrypoint /bin/cat alpine -n /etc/hosts"),
    ("docker run --entrypoint python python:3.12 -c 'print(1)'", None,
     "docker run --entrypoint python python:3.12 -c 'print(1)'"),
    ("docker run redis -d", None, "docker run -d redis"),                   # near-miss: moved
]


@pytest.mark.parametrize("text, context, expected",
                         CHANGED + PORT_KEYS + LAST_SWITCH + GROUP_SHORT + INCLUDE + ADVERB + TYPED)
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", [
    "run_container(image='acme/app:1', host_port=9000)",      # no known port inside
])
def test_asks(text):
    assert_asks(text)

"""Causes found in blind14 (fixer E): ``run`` and ``exec`` requests. Each case is a phrasing of
our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

LAB = {"containers": [container("web-3", "nginx"), container("qa-1", "alpine"),
                      container("redis-dev", "redis:7")]}

COMMANDS = [
    # "run PROGRAM in it / there": the container named before, not an image called that
    ("what env vars does cache-9 have? run printenv in there", None, "docker exec cache-9 printenv"),
    ("web-3 looks weird, run ls /app in it", LAB, "docker exec web-3 ls /app"),
    ("there is a container called qa-1, run whoami there", LAB, "docker exec qa-1 whoami"),
    # an image word that is part of the container's name tells what runs there
    ("which redis is in my container redis-dev? run redis-server --version there", LAB,
     "docker exec redis-dev redis-server --version"),
    # "the command to run X": docker's command is asked for, not one inside
    ("what is the command to start redis detached", None, "docker run -d redis"),
    ("give me the command that runs nginx on port 8081 in the background", None,
     "docker run -d -p 8081:80 nginx"),
    ("which command would I use to launch caddy named edge", None, "docker run -d --name edge caddy"),
    # a number that counts the values given is no value
    ("run alpine with 2 env vars A=1 and B=2", None, "docker run -e A=1 -e B=2 alpine"),
    ("start busybox with three environment variables X=1 Y=2 Z=3", None,
     "docker run -e X=1 -e Y=2 -e Z=3 busybox"),
    ("how do I pass two env vars, MODE=dev and PORT=3000, to node:20 in the background", None,
     "docker run -d -e MODE=dev -e PORT=3000 node:20"),
    # the interpreter of the image, for a repl
    ("give me a ruby repl", None, "docker run -i -t ruby irb"),
    ("node 20 interpreter please", None, "docker run -i -t node:20 node"),
    ("open a python:3.11 repl", None, "docker run -i -t python:3.11 python"),
    # limits ("max", "tops") on an image said: a new container, even with a shell's verb
    ("alpine, 2 cores max, give me a shell", None, "docker run -i -t --cpus 2 alpine sh"),
    ("ubuntu with 512mb max, give me a shell", None, "docker run -i -t -m 512m ubuntu bash"),
    ("redis, 2 cores tops", None, "docker run --cpus 2 redis"),
    # exec has no --entrypoint: a replaced entrypoint is a run
    ("swap the entrypoint of tools:3 for bash and give me a shell", None,
     "docker run -i -t --entrypoint bash tools:3"),
    ("override the entrypoint of app:2 with /bin/bash, I want a terminal", None,
     "docker run -i -t --entrypoint /bin/bash app:2"),
    # a build tool run in an image is the command, not docker build
    ("run node:20 in /app and build with npm run build", None, "docker run -w /app node:20 npm run build"),
    ("run rust:1.79 and compile with cargo build in /code", None,
     "docker run -w /code rust:1.79 cargo build"),
    ("spin up golang:1.22 with 1g memory and compile with go build", None,
     "docker run -m 1g golang:1.22 go build"),
    # "the X user": a program's name naming a user
    ("run python:3.11 as the python user with a shell", None, "docker run -i -t -u python python:3.11 bash"),
    ("start a new nginx container as the nginx user, detached", None, "docker run -d -u nginx nginx"),
    ("a shell in a fresh node:20 container as the node user", None, "docker run -i -t -u node node:20 bash"),
    # a variable named in parentheses after its description, then its value
    ("mariadb 띄워 비밀번호(MARIADB_ROOT_PASSWORD) s3cret", None,
     "docker run -d -e MARIADB_ROOT_PASSWORD=s3cret mariadb"),
    ("postgres with password (POSTGRES_PASSWORD) hunter2, port 5433", None,
     "docker run -p 5433:5432 -e POSTGRES_PASSWORD=hunter2 postgres"),
    ("redis 띄워줘 이름은 cache9 포트 6390", None, "docker run -d --name cache9 -p 6390:6379 redis"),
    # near-misses that must not change
    ("run a command in alpine", None, "docker run alpine <command>"),
    ("run python interactively", None, "docker run -i -t python"),
    ("run env in a new alpine container", None, "docker run alpine env"),
    ("is there a way to list containers", None, "docker ps"),
    ("is there a way to run ls in alpine", None, "docker run alpine ls"),
]


@pytest.mark.parametrize("text, context, expected", COMMANDS)
def test_command(text, context, expected):
    assert_command(text, context, expected)


# a count that does not match the values given is still a value to place
@pytest.mark.parametrize("text, names", [("run alpine with 3 env vars A=1 and B=2", ["3"])])
def test_asks(text, names):
    assert_asks(text, None, names)

"""Causes found by blind20 (fixer O): typed commands, agents' calls, partial commands —
unquoted list items, filters written key:value, an order word (slipped or not) where a
container goes, a Dockerfile said to sit in the build folder, "names containing X"."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

JOBS = {"containers": [container("report-job", "python:3.12", "exited", 5),
                       container("front", "nginx", "running", 2),
                       container("store", "postgres:16", "running", 1)]}

# a tool call's list written without quotes: each item one value
UNQUOTED = [
    ("run_container(image=nginx:1.25, ports=[8080:80, 8443:443], detach=true)", None,
     "docker run -p 8080:80 -p 8443:443 -d nginx:1.25"),
    ("docker_run(image=redis:7, volumes=[data:/data], name=cache)", None,
     "docker run -v data:/data --name cache redis:7"),
    ("create_container(image=postgres:16, env=[POSTGRES_PASSWORD=x], name=db)", None,
     "docker create -e POSTGRES_PASSWORD=x --name db postgres:16"),
    ("run_container(image='nginx:1.25', ports=['8080:80'])", None,         # near-miss: quoted
     "docker run -p 8080:80 nginx:1.25"),
]

# a filter written key:value
COLON_FILTER = [
    ("docker ps -a --filter name:web", None, "docker ps -a -f name=web"),
    ("docker ps -f status:running", None, "docker ps -f status=running"),
    ("docker ps -a --filter ancestor:nginx:1.25", None, "docker ps -a -f ancestor=nginx:1.25"),
    ("docker images --filter dangling:true", None, "docker images -f dangling=true"),
    ("docker ps -a --filter label=app:web", None, "docker ps -a -f label=app:web"),  # near-miss
]

# an order word, slipped or not, where a container's name goes: the newest (oldest) one
ORDER_WORD = [
    ("docker logs lattest", JOBS, "docker logs report-job"),
    ("docker stop newset", JOBS, "docker stop report-job"),
    ("docker logs -n 20 newest", JOBS, "docker logs -n 20 report-job"),
    ("docker restart oldest", JOBS, "docker restart store"),
    ("docker stop front", JOBS, "docker stop front"),                   # near-miss: a real name
    ("docker stop lastest", None, "docker stop lastest"),               # near-miss: no context
]

# a Dockerfile said to sit in the build folder: -f FOLDER/FILE, the folder the context
FILE_IN_FOLDER = [
    ("build worker:dev with the Dockerfile.dev in ./worker", None,
     "docker build -t worker:dev -f ./worker/Dockerfile.dev ./worker"),
    ("./api 안에 있는 Dockerfile.prod로 api:prod 이미지 빌드해줘", None,
     "docker build -t api:prod -f ./api/Dockerfile.prod ./api"),
    ("use the Dockerfile.ci that lives in ./backend to build backend:ci", None,
     "docker build -t backend:ci -f ./backend/Dockerfile.ci ./backend"),
    ("build from ./web using Dockerfile.prod and tag it shop-web", None,   # near-miss
     "docker build -t shop-web -f Dockerfile.prod ./web"),
]

# "names containing X", "names including X": the whole word is the verb, X the filter
NAME_CONTAINING = [
    ("docker ps -a but only names containing queue", None, "docker ps -f name=queue -a"),
    ("show containers with a name containing api", None, "docker ps -f name=api"),
    ("list containers with names including pay", None, "docker ps -f name=pay"),
    ("docker ps, only names matching worker", None, "docker ps -f name=worker"),   # near-miss
]


@pytest.mark.parametrize("text,context,expected",
                         UNQUOTED + COLON_FILTER + ORDER_WORD + FILE_IN_FOLDER + NAME_CONTAINING)
def test_command(text, context, expected):
    assert_command(text, context, expected)


def test_unknown_filter_key_still_asks():
    assert_asks("docker ps --filter foo:bar")

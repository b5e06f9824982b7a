"""Causes found in blind16 (fixer G): agents' tool-call syntax, typed commands with a change asked
in words, and typed verb-object slips. Each case is a phrasing of our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container
from webapp.commands.translate import translate

LAB = {"containers": [container("cache", "redis:7"), container("blog", "ghost:5")]}

COMMANDS = [
    # a function call with keyword arguments (Python or JSON literals)
    ("create_container(image='mysql:8', name='db-main', environment={'MYSQL_ROOT_PASSWORD': 's3'})",
     None, "docker create --name db-main -e MYSQL_ROOT_PASSWORD=s3 mysql:8"),
    ("run_container(image=\"httpd:2.4\", ports={'80/tcp': 8081}, detach=true)", None,
     "docker run -p 8081:80 -d httpd:2.4"),
    ("run_container(image='alpine', command=['ls', '-la', '/tmp'], auto_remove=True)", None,
     "docker run --rm alpine ls -la /tmp"),
    ("containers.run('busybox', 'echo hello', remove=True, tty=True, stdin_open=True)", None,
     "docker run --rm -t -i busybox echo hello"),
    ("run_container(image='node:20', volumes={'/srv/app': {'bind': '/app', 'mode': 'ro'}}, "
     "working_dir='/app', user='node')", None,
     "docker run -v /srv/app:/app:ro -w /app -u node node:20"),
    ("get_logs(container='payments', tail=40, timestamps=True)", None,
     "docker logs -n 40 -t payments"),
    ("container_logs(container_id='ingest-2', follow=true, since='10m')", None,
     "docker logs -f --since 10m ingest-2"),
    ("exec_command(container='blog', cmd='ls /var/lib/ghost')", LAB, "docker exec blog ls /var/lib/ghost"),
    ("exec_run('cache', ['redis-cli', 'ping'])", LAB, "docker exec cache redis-cli ping"),
    ("stop_container(name='cache')", LAB, "docker stop cache"),
    ("remove_container(container='old-job', force=True)", None, "docker rm -f old-job"),
    ("pull_image(repository='postgres', tag='16-alpine')", None, "docker pull postgres:16-alpine"),
    ("remove_image(image='node:18', force=true)", None, "docker rmi -f node:18"),
    ("list_images()", None, "docker images"),
    ("listContainers(all=true)", None, "docker ps -a"),
    # the verb or function name, then key=value items with spaces
    ("run image=ubuntu:24.04 command='uname -a' rm=true", None, "docker run --rm ubuntu:24.04 uname -a"),
    ("run_container image=redis:7 name=queue detach=true", None, "docker run --name queue -d redis:7"),
    ("list_containers all=1 filters={'status': 'exited'}", None, "docker ps -a -f status=exited"),
    ("logs container=blog tail=5", LAB, "docker logs -n 5 blog"),
    # a typed command, then the change asked in words
    ("docker run httpd, but detached and published on 8088", None, "docker run -d -p 8088:80 httpd"),
    ("docker run -d redis:7, and call it sessions", None, "docker run --name sessions -d redis:7"),
    ("docker ps, but just the exited ones", None, "docker ps -f status=exited"),
    ("docker logs for ingest -- only the last 30 lines", None, "docker logs -n 30 ingest"),
    ("docker logs blog, just the last 8 lines", LAB, "docker logs -n 8 blog"),
    # the verb typed before its object: that object's own command
    ("docker rm image python:3.12", None, "docker rmi python:3.12"),
    ("docker delete image alpine:3.19", None, "docker rmi alpine:3.19"),
    ("docker remove volume pgdata", None, "docker volume rm pgdata"),
    ("docker inspect image mysql:8", None, "docker image inspect mysql:8"),
    ("docker list networks", None, "docker network ls"),
    # a misspelt image name as a listing's filter
    ("docker image ls postgress", None, "docker images postgres"),
    ("docker images ngnix", None, "docker images nginx"),
    ("docker image ls mongoo", None, "docker images mongo"),
]

UNCHANGED = [
    # near misses: a filter pattern, a name no catalogue image is near, a container verb object
    ("docker images 'ngin*'", None, "docker images 'ngin*'"),
    ("docker images my-own-app", None, "docker images my-own-app"),
    ("docker rm container old-job", None, "docker rm old-job"),
    ("docker rm web1", None, "docker rm web1"),
    ("nginx, name=edge, bg", None, "docker run -d --name edge nginx"),
    ("docker run -e MODE=fast redis", None, "docker run -e MODE=fast redis"),
]


@pytest.mark.parametrize("text,context,expected", COMMANDS + UNCHANGED)
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text,names", [
    # a key that names no option of the command is a question, never a silent -e
    ("run_container(image='nginx', colour='blue')", ["colour"]),
    ("run image=redis flavour=spicy", ["flavour"]),
    ("get_logs(container='web', shout=True)", ["shout"]),
])
def test_unknown_key_asks(text, names):
    assert_asks(text, None, names)


@pytest.mark.parametrize("text", ["run(x=-'a')", "run(image=-[1])", "run(image=-True)",
                                  "ps(" + "[" * 300 + "]" * 300 + ")"])
def test_a_malformed_tool_call_is_answered_not_raised(text):
    result = translate(text, "en")
    assert result["command"] is None or result["command"].startswith("docker ")

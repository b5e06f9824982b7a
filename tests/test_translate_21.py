"""Causes found by blind19 (fixer N): requests in words — trying an image, interjections and
complaints as talk, names said with spaces, several inspect fields, docker's own command."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

APIS = {"containers": [container("web-api", "acme/web:0.9"),
                       container("batch", "acme/batch:1.1", "exited", 2),
                       container("pg_main", "postgres:16", "running", 3)]}

# "web api", "pg main": words said apart name a container joined by - or _
SPACED = [
    ("stop the web api", APIS, "docker stop web-api"),
    ("show me the logs of pg main", APIS, "docker logs pg_main"),
    ("restart web api please", APIS, "docker restart web-api"),
    ("stop batch", APIS, "docker stop batch"),                   # near-miss: a real name
]

# two fields asked of one container: the whole record, not one -f template
FIELDS = [
    ("show the ip address and port bindings of batch", APIS, "docker inspect batch"),
    ("which mounts and ip does web api have", APIS, "docker inspect web-api"),
    ("what's the log path and the ip of pg main", APIS, "docker inspect pg_main"),
    ("what is the ip address of batch", APIS,                      # near-miss: one field
     "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' batch"),
]

# "try the redis image", "I want to try postgres": trying an image runs it
TRY = [
    ("try the redis image", None, "docker run redis"),
    ("I want to try postgres", None, "docker run postgres"),
    ("let me try alpine with a shell", None, "docker run -i -t alpine sh"),
    ("try to stop web", None, "docker stop web"),               # near-miss: the verb after "to"
    ("try removing web", None, "docker rm web"),                # near-miss: the verb in -ing
]

# "ugh", "lol", "tbh", "my fan is going crazy": talk around the request
INTERJECTIONS = [
    ("lol can u list my images tbh", None, "docker images"),
    ("ugh, stop web pls lmao", None, "docker stop web"),
    ("my fans are going nuts, which containers are running", None, "docker ps"),
    ("smh the laptop is so slow, list all containers", None, "docker ps -a"),
]

# "… could you give me the command?": docker's own command, not one to run inside
ASKED_COMMAND = [
    ("run redis in the background on port 6380, what's the command?", None,
     "docker run -d -p 6380:6379 redis"),
    ("I'd like to try nginx on port 8081. Can you tell me the command?", None,
     "docker run -p 8081:80 nginx"),
    ("start alpine and run a command", None, "docker run alpine <command>"),   # near-miss
]


# "running container ids": a field of every running container, not one existing container
RUNNING_FIELDS = [
    ("just the running container ids", None, "docker ps -q"),
    ("running container ids only", None, "docker ps -q"),
    ("print running container ids please", None, "docker ps -q"),
]

# "… and pass it hello": the words a replaced entrypoint is given
ENTRY_ARGS = [
    ("run busybox with entrypoint /bin/echo and give it hello world", None,
     "docker run --entrypoint /bin/echo busybox hello world"),
    ("start ubuntu, override the entrypoint with /bin/cat and pass it /etc/os-release", None,
     "docker run --entrypoint /bin/cat ubuntu /etc/os-release"),
    ("run alpine with the entrypoint /bin/echo and hand it bye", None,
     "docker run --entrypoint /bin/echo alpine bye"),
    ("run busybox, give it 2 cpus", None, "docker run --cpus 2 busybox"),   # near-miss
]


MIXED = {"containers": [container("edge", "nginx", "running", 4), container("job-a", "alpine", "exited", 2),
                        container("job-b", "alpine", "exited", 3), container("api", "node:20", "running", 5)]}

# "the exited ones", "the running containers": every container of the state said
PLURAL_STATE = [
    ("delete the stopped ones", MIXED, "docker rm job-a job-b"),
    ("restart the running containers", MIXED, "docker restart edge api"),
    ("start the exited ones again", MIXED, "docker start job-a job-b"),
]


@pytest.mark.parametrize("text", ["remove the exited one", "stop the running one"])
def test_one_of_several_asks(text):               # near-miss: one of several is a question
    assert_asks(text, MIXED)


@pytest.mark.parametrize("text,context,expected", PLURAL_STATE + SPACED + FIELDS + TRY + INTERJECTIONS + ASKED_COMMAND
                         + RUNNING_FIELDS + ENTRY_ARGS)
def test_command(text, context, expected):
    assert_command(text, context, expected)

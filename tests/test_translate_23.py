"""Causes found by blind20 (fixer P): requests in words — a name in single quotes, "as NAME"
after an image's version."""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container
from webapp.commands.translate import translate

BOXES = {"containers": [container("drafts", "alpine:3.19", "exited", 1),
                        container("ledger-db", "postgres:16", "running", 2)]}

# 'name' in single quotes is the name, as "name" in double quotes already was
SINGLE_QUOTED = [
    ("delete the container 'drafts'", BOXES, "docker rm drafts"),
    ("restart 'ledger-db' now", BOXES, "docker restart ledger-db"),
    ("start nginx named 'front-door'", None, "docker run -d --name front-door nginx"),
    ("show logs of ledger-db", BOXES, "docker logs ledger-db"),               # near-miss: no quotes
]

# "redis 7.2 as sessions": "as" after the image or its version names the container
AS_NAME = [
    ("launch postgres 16 as ledger", None, "docker run -d --name ledger postgres:16"),
    ("spin up mongo version 7 as catalog in the background", None,
     "docker run -d --name catalog mongo:7"),
    ("run nginx 1.25 as storefront", None, "docker run --name storefront nginx:1.25"),
    ("run ubuntu as nobody", None, "docker run -u nobody ubuntu"),            # near-miss: a user
    ("run alpine as root", None, "docker run -u root alpine"),                # near-miss: a user
]

# "the end of X's output": the end is where the lines come from, not a container
END_OF = [
    ("show 40 lines from the end of ledger-db's output", BOXES, "docker logs -n 40 ledger-db"),
    ("give me the last 10 lines off the end of drafts's log", BOXES, "docker logs -n 10 drafts"),
    ("15 lines from the end of the ledger-db logs", BOXES, "docker logs -n 15 ledger-db"),
    ("show the logs of ledger-db", BOXES, "docker logs ledger-db"),            # near-miss
]

# "what's eating disk, show …": a question, then the request after a comma or semicolon
QUESTION_THEN_REQUEST = [
    ("what is hogging the disk; show images", None, "docker images"),
    ("what's taking up space, list all containers with their sizes", None, "docker ps -a -s"),
    ("whats broken, show stopped containers", None, "docker ps -f status=exited"),
]

# "whatever's up", "everything's": "'s" is "is" after these words, not a possessive
WHATEVER_IS = [
    ("only the ids of whatever's running", None, "docker ps -q"),
    ("list whatever's up", None, "docker ps"),
    ("show drafts's logs", BOXES, "docker logs drafts"),                     # near-miss: possessive
]


@pytest.mark.parametrize("text", ["what is a container, explain it simply",
                                  "what is a volume, in simple words"])
def test_concept_question_stays(text):           # near-miss: the comma starts no request
    assert translate(text)["concept"] is not None


@pytest.mark.parametrize("text,context,expected",
                         SINGLE_QUOTED + AS_NAME + END_OF + QUESTION_THEN_REQUEST + WHATEVER_IS)
def test_command(text, context, expected):
    assert_command(text, context, expected)

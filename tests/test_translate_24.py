"""Causes found after blind20 (fixer Q): programs, prompts and users inside containers — an
interpreter's prompt or console, a client's session word, "CLIENT into NAME", "a mongo shell"."""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container

MONGO = {"containers": [container("docs-mongo", "mongo:7", "running", 1),
                        container("web", "nginx", "running", 2)]}
PG = {"containers": [container("ledger", "postgres:16", "running", 1)]}

# "a node prompt", "python 3.11 … its prompt", "a ruby console": the image's interpreter
OWN_PROMPT = [
    ("start a ruby console", None, "docker run -i -t ruby irb"),
    ("I need a node 22 prompt", None, "docker run -i -t node:22 node"),
    ("launch python 3.11 and drop me at its prompt", None, "docker run -i -t python:3.11 python"),
    ("open a python console in a new python container", None, "docker run -i -t python python"),
    ("give me a bash prompt in a new node container", None, "docker run -i -t node bash"),  # near-miss
    ("open a shell in a new node container", None, "docker run -i -t node bash"),           # near-miss
    ("give me a prompt in ubuntu", None, "docker run -i -t ubuntu bash"),                   # near-miss
]

# "a ruby console in a fresh ruby:3.3 container": the bare name is the tagged image said again
TAGGED_TWIN = [
    ("a ruby console in a fresh ruby:3.3 container", None, "docker run -i -t ruby:3.3 irb"),
    ("node prompt inside a new node:20-alpine container", None, "docker run -i -t node:20-alpine node"),
    ("python repl in a brand new python:3.11-slim container", None,
     "docker run -i -t python:3.11-slim python"),
    ("run python:3.12 and print python --version", None,                                 # near-miss
     "docker run python:3.12 python --version"),
]

# "a psql shell", "a redis-cli console": the client's session, not its argument; -it
CLIENT_SESSION = [
    ("open a mysql shell in shop-db as root", None, "docker exec -i -t -u root shop-db mysql"),
    ("give me a redis-cli console in cache", None, "docker exec -i -t cache redis-cli"),
    ("get a psql session in ledger as user app", PG, "docker exec -i -t -u app ledger psql"),
    ("run psql --version in ledger", PG, "docker exec ledger psql --version"),           # near-miss
    ("open psql in db as user postgres", None, "docker exec -i -t -u postgres db psql"),   # near-miss
]

# "psql into ledger", "mysql into shop-db as the app user": a client typed as the verb
CLIENT_INTO = [
    ("mysql into shop-db as the app user", None, "docker exec -i -t -u app shop-db mysql"),
    ("redis-cli into cache-7", None, "docker exec -i -t cache-7 redis-cli"),
    ("psql into ledger", PG, "docker exec -i -t ledger psql"),
    ("dig into web1 logs", None, "docker logs web1"),                                     # near-miss
]

# "a mongo shell" is mongosh; "my mongo container" with one running is that container
MONGO_SHELL = [
    ("open a mongo shell in my mongo container", MONGO, "docker exec -i -t docs-mongo mongosh"),
    ("get me a mongo shell inside docs-mongo", MONGO, "docker exec -i -t docs-mongo mongosh"),
    ("mongodb shell in a new mongo container", None, "docker run -i -t mongo mongosh"),
    ("open a shell in my mongo container", MONGO, "docker exec -i -t docs-mongo sh"),       # near-miss
    ("open a shell in a new mongo container", None, "docker run -i -t mongo sh"),           # near-miss
]


@pytest.mark.parametrize("text,context,expected",
                         OWN_PROMPT + TAGGED_TWIN + CLIENT_SESSION + CLIENT_INTO + MONGO_SHELL)
def test_programs_prompts_users(text, context, expected):
    assert_command(text, context, expected)

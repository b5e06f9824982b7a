"""Causes found by blind21 (fixer S): a name typed onto 컨테이너에서, whose output a word
ending in -ing names, each line stamped with its time, a client's prompt inside a named
container, and an entrypoint overridden by "it"."""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container

SHOP = {"containers": [container("shop-front", "nginx", "running", 1)]}

# "api컨테이너에서": the noun typed onto the name still says the program runs in it
GLUED_CONTAINER = [
    ("api컨테이너에서 env 보여줘", None, "docker exec api env"),
    ("db컨테이너에서 ls /tmp 실행", None, "docker exec db ls /tmp"),
    ("cache2컨테이너에서 whoami 돌려줘", None, "docker exec cache2 whoami"),
    ("nginx컨테이너에서 ls 실행", SHOP, "docker exec shop-front ls"),
    ("alpine에서 ls 실행", None, "docker run alpine ls"),                   # near-miss: an image
]

# "billing's output", "logs for pricing": a name ending in -ing owns the logs
INFLECTED_OWNER = [
    ("show billing's output", None, "docker logs billing"),
    ("logs for pricing", None, "docker logs pricing"),
    ("show me the logs of ticketing", None, "docker logs ticketing"),
    ("pricing output please", None, "docker logs pricing"),
    ("show detailed logs", None, "docker logs <container>"),                # near-miss: an adjective
    ("show the logs of existing containers", None, "docker logs <container>"),
]

# "each line prefixed with its time", "times in front": -t
LINE_TIMES = [
    ("web1's output, every line stamped with the date", None, "docker logs -t web1"),
    ("logs of api-2 with each line marked with its time", None, "docker logs -t api-2"),
    ("cache logs with times in front", None, "docker logs -t cache"),
    ("ticketing's output, lines prefixed by the timestamp", None, "docker logs -t ticketing"),
    ("show web1 logs with timestamps", None, "docker logs -t web1"),        # near-miss: said outright
]

# "a python prompt inside web1": a client's prompt in a named container is exec
CLIENT_INSIDE = [
    ("open a python prompt inside web1", None, "docker exec -i -t web1 python"),
    ("get a node repl inside api-3", None, "docker exec -i -t api-3 node"),
    ("give me a redis prompt in cache-9", None, "docker exec -i -t cache-9 redis-cli"),
    ("open a postgres console inside pg-main", None, "docker exec -i -t pg-main psql"),
    ("a mysql prompt in shop-db as the mysql user", None, "docker exec -i -t -u mysql shop-db mysql"),
    ("open a redis-cli prompt inside cache7 as the redis user", None,
     "docker exec -i -t -u redis cache7 redis-cli"),
    ("open a python prompt", None, "docker run -i -t python python"),       # near-miss: no container
    ("run postgres as the postgres user", None, "docker run -u postgres postgres"),
    ("open a postgres shell", None, "docker run -i -t postgres sh"),
]

# "a weird entrypoint, override it with X": "it" is the entrypoint just said
ENTRY_IT = [
    ("toolbox:1.4 has a weird entrypoint, override it with /bin/sh", None,
     "docker run --entrypoint /bin/sh toolbox:1.4"),
    ("the entrypoint of myapp:2 is broken, replace it with /bin/bash and poke around", None,
     "docker run -i -t --entrypoint /bin/bash myapp:2"),
    ("myapp:2 entrypoint replaced with /bin/bash", None, "docker run --entrypoint /bin/bash myapp:2"),
    ("poke around in ubuntu", None, "docker run -i -t ubuntu bash"),
    ("nose around inside web1", None, "docker exec -i -t web1 sh"),
    ("override the entrypoint with /bin/bash and run ubuntu interactively", None,
     "docker run -i -t --entrypoint /bin/bash ubuntu"),                    # near-miss: said outright
]


@pytest.mark.parametrize("text, context, expected",
                         GLUED_CONTAINER + INFLECTED_OWNER + LINE_TIMES + CLIENT_INSIDE + ENTRY_IT)
def test_command(text, context, expected):
    assert_command(text, context, expected)

"""Listing and naming without the usual words: "ps"/"list" for a management command's listing,
"whatever is up" (running), a state told in an earlier sentence as the reason for listing
"all of them", a container named in a heading before a colon, and "the name is X" said outright
beating a description ("my wiki container").

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_command, container

BEACON = {"containers": [container("beacon", "alpine")]}

CASES = [
    # ps/list spelled for a management command's listing.
    ("docker volume ps", None, "docker volume ls"),
    ("docker image ps", None, "docker images"),
    ("network ps", None, "docker network ls"),
    # Near-miss: the container listing stays ps.
    ("docker container ps", None, "docker ps"),
    # "is up" / "are up": running.
    ("ids only for whatever is up", None, "docker ps -q"),
    ("which containers are up right now", None, "docker ps"),
    ("just the ids of what is up, piping them to xargs", None, "docker ps -q"),
    # A state in an earlier sentence is the reason; "all of them" decides.
    ("a few containers crashed overnight. list all of them", None, "docker ps -a"),
    ("i guess some of my containers exited. show all of them with their sizes", None, "docker ps -a -s"),
    ("looks like containers died! can you show me all of them?", None, "docker ps -a"),
    # Near-misses: the state filters when it is what is listed.
    ("show all stopped containers", None, "docker ps -f status=exited"),
    ("list all the dead containers", None, "docker ps -f status=exited"),
    # A heading names the container the request acts on.
    ("mailer: last 20 lines of logs", None, "docker logs -n 20 mailer"),
    ("ledger: restart please", None, "docker restart ledger"),
    ("queue: open a shell", None, "docker exec -i -t queue sh"),
    ("payments: logs from the last hour, with timestamps", None, "docker logs --since 1h -t payments"),
    # Near-misses: a heading word, or a run request after the colon.
    ("note: stop everything", None, "docker stop <container>"),
    ("nginx: run it on 8080", None, "docker run -p 8080:80 nginx"),
    # "the name is X" beats a description of the container.
    ("stop my blog container, its name is blogsite", None, "docker stop blogsite"),
    ("remove my test container, the name is tester9", None, "docker rm tester9"),
    ("the db container is hanging, kill it. it is called pgmain", None, "docker kill pgmain"),
    # Near-misses: a description alone, and a list of names after "named".
    ("restart the wiki container", None, "docker restart wiki"),
    ("halt the containers named etl-7 and etl-8", None, "docker stop etl-7 etl-8"),
    # Being in a folder: the build context is the current directory.
    ("i am in the app directory, build an image called shop", None, "docker build -t shop ."),
    ("we're inside our api folder, build an image tagged api:v2", None, "docker build -t api:v2 ."),
    ("I'm in the site folder with a Dockerfile, make an image named site:1 from it", None,
     "docker build -t site:1 ."),
    # Near-miss: a folder named as the source is the context.
    ("build an image called kiosk from the project folder", None, "docker build -t kiosk project"),
    # "get me inside", "take me inside": a shell in the one running container.
    ("now get me inside it", BEACON, "docker exec -i -t beacon sh"),
    ("ok it is up. take me inside", BEACON, "docker exec -i -t beacon sh"),
    ("get me inside ledger2", None, "docker exec -i -t ledger2 sh"),
]


@pytest.mark.parametrize("text,context,expected", CASES)
def test_translates(text, context, expected):
    assert_command(text, context, expected)

"""Reasons and chatter around a complete request: a clause that says why ("so the demo doesn't
stall", "because …", "before it gets killed", "to make sure …", "in case …", "ahead of …"), a
trailing comment on the object (", it was replaced", ", that service moved …"), a leading
sentence or heading that only describes ("our loader keeps filling the disk. run it …"), and a heading
("I'm drafting a wiki page: …") are talk, not values or reasons to ask. Values of their own
shape in a purpose ("so I can reach it on 8080") still count.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

TWO_API = {"containers": [container("api-a", "node:20"), container("api-b", "node:20", created=2)]}
TWO_WEB = {"containers": [container("web-blue", "nginx"), container("web-green", "nginx", created=2)]}

CASES = [
    # A trailing clause of reasons after the request's verb.
    ("pull redis:7 now so the demo later doesn't stall", None, "docker pull redis:7"),
    ("fetch node:20 ahead of the training session", None, "docker pull node:20"),
    ("pull node:20 because the office wifi is slow", None, "docker pull node:20"),
    ("stop billing-svc because the vendor api is down", None, "docker stop billing-svc"),
    ("restart queue-7 since it stopped picking up jobs", None, "docker restart queue-7"),
    ("run busybox once to make sure the daemon answers", None, "docker run busybox"),
    ("stop ingest-3 in case the vendor feed floods us tonight", None, "docker stop ingest-3"),
    ("grab python:3.12-slim tonight so the offsite laptops don't need the internet", None,
     "docker pull python:3.12-slim"),
    ("start a detached nginx named edge-proxy in case the old box goes down", None,
     "docker run -d --name edge-proxy nginx"),
    ("launch alpine with sh, I want to test some network settings before touching the firewall",
     None, "docker run -i -t alpine sh"),
    ("stop payments-api, give it 20s before it gets killed", None, "docker stop -t 20 payments-api"),
    # A comment on the object after a comma.
    ("remove old-proxy, that service moved to nginx on the edge", None, "docker rm old-proxy"),
    ("delete cron-legacy, it was replaced last week", None, "docker rm cron-legacy"),
    ("remove stale-cron, that job runs on the scheduler box now", None, "docker rm stale-cron"),
    ("kill worker-9, it's chewing through the whole queue", None, "docker kill worker-9"),
    ("wipe whatever I just made, it was a mistake", TWO_WEB, "docker rm web-green"),
    ("trash the thing I just created, it was a test run", TWO_WEB, "docker rm web-green"),
    ("stop search-01, they asked us to pause indexing", None, "docker stop search-01"),
    ("pull mysql:8 before the flight, the hotel network is awful", None, "docker pull mysql:8"),
    # A leading sentence that only describes the situation.
    ("our report-gen:1.4 keeps hogging every core. run it limited to 2 cpus", None,
     "docker run --cpus 2 report-gen:1.4"),
    ("our cache-loader:0.9 keeps filling the disk. run it with 1g of memory", None,
     "docker run -m 1g cache-loader:0.9"),
    # ... and its plain words are talk when the request names its own image or container.
    ("our worker box needs a debugger: run alpine:3.20 with sh", None, "docker run -i -t alpine:3.20 sh"),
    ("my staging proxy is flaky today. restart web2", None, "docker restart web2"),
    ("the api keeps timing out on big requests. show logs of web1", None, "docker logs web1"),
    ("how much memory is each container burning? list them with sizes", None, "docker ps -s"),
    # "just run id": the program id, not "only the ids".
    ("debian:12, just run `id` please", None, "docker run debian:12 id"),
    ("run fedora:40 and just run id", None, "docker run fedora:40 id"),
    ("just the ids of running containers", None, "docker ps -q"),
    ("web1: restart it", None, "docker restart web1"),
    # A heading before a colon.
    ("I'm drafting a wiki page: the command to list all containers including stopped ones", None,
     "docker ps -a"),
    # "attached to backend-net": a network by its name's "net" part (a heading before it aside).
    ("we're updating the ops wiki: run a detached redis named rl connected to backend-net", None,
     "docker run -d --name rl --network backend-net redis"),
    ("launch alpine attached to the data-net with sh", None, "docker run -i -t --network data-net alpine sh"),
    ("run busybox connected to lab-net", None, "docker run --network lab-net busybox"),
    ("run alpine attached to its output", None, "docker run alpine"),
    # An option word in talk names no option; a value of its own shape still does.
    ("run alpine so I can poke at the dns settings", None, "docker run alpine"),
    ("run nginx so I can reach it on 8080", None, "docker run -p 8080:80 nginx"),
    # Near-misses that must not change: an order of actions, a name said outright, a leading
    # question that names the object.
    ("delete web1 after stopping it", {"containers": [container("web1", "nginx")]}, "docker rm -f web1"),
    ("stop my wiki container, its name is wikisite", None, "docker stop wikisite"),
    ("where is the pgdata volume stored? inspect it", None, "docker volume inspect pgdata"),
]


@pytest.mark.parametrize("text,context,expected", CASES)
def test_translates(text, context, expected):
    assert_command(text, context, expected)


def test_attached_to_a_container_name_is_asked():
    """"attached to web1": no "net" in the name, so it is not taken for a network."""
    assert_asks("run nginx attached to web1", None, names=("web1",))


def test_a_comment_does_not_choose_between_containers():
    """"…, it's leaking memory" says why; "the api one" still fits two containers."""
    assert_asks("stop the api one, it's leaking memory", TWO_API, names=("api-a", "api-b"))


def test_a_comment_does_not_name_the_container():
    assert_asks("halt the web one, it is serving old files", TWO_WEB, names=("web-blue", "web-green"))

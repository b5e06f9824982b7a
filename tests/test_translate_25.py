"""Causes found by blind20 (fixer R): questions about a container's details, logs asked for in
words, networks and volumes wished for, named in a heading or asked about twice."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

IP = "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'"
BOXES = {"containers": [container("kv-main", "redis:7", "running", 1),
                        container("shop-front", "nginx", "running", 2)]}

# "api's ip", "what IP does web have": the container whose detail a question asks for
FIELD_OWNER = [
    ("which ip address did billing get", None, f"{IP} billing"),
    ("what ip is worker-2 using", None, f"{IP} worker-2"),
    ("gateway's ip address?", None, f"{IP} gateway"),
    ("what IP does shop-front have", BOXES, f"{IP} shop-front"),
    ("what is the ip address of search", None, f"{IP} search"),            # near-miss: "of X"
]

# "what X has been printing": what a container wrote over time is its log
PRINTED_SO_FAR = [
    ("pull up what my nginx container has been printing", BOXES, "docker logs shop-front"),
    ("what has kv-main been outputting", BOXES, "docker logs kv-main"),
    ("let me see what shop-front has been logging", BOXES, "docker logs shop-front"),
    ("bring up whatever the redis one has been spitting out", BOXES, "docker logs kv-main"),
    ("pull up the latest alpine image", None, "docker pull alpine:latest"),  # near-miss: pull
]

# "NAME: new network, bridge driver": a heading names the object; a driver is not its name
HEADING_NAME = [
    ("ci-net: new network, overlay driver", None, "docker network create -d overlay ci-net"),
    ("frontend: create a network", None, "docker network create frontend"),
    ("archive: new volume please", None, "docker volume create archive"),
    ("make a network, bridge driver, called qa-net", None,
     "docker network create -d bridge qa-net"),
    ("note: create a network", None, "docker network create <network>"),   # near-miss: a label
]

# "which volumes exist and which are unused": two questions about the list are the list
WHOLE_LIST = [
    ("show me all my volumes, and tell me which ones are dangling", None, "docker volume ls"),
    ("list volumes and which of them are not used", None, "docker volume ls"),
    ("what volumes exist", None, "docker volume ls"),
    ("which volumes are unused", None, "docker volume ls -f dangling=true"),  # near-miss
    ("show which volumes are unused", None, "docker volume ls -f dangling=true"),
]


@pytest.mark.parametrize("text, context, expected",
                         FIELD_OWNER + PRINTED_SO_FAR + HEADING_NAME + WHOLE_LIST)
def test_command(text, context, expected):
    assert_command(text, context, expected)


# "we need a network": one new network wished for, with no name, asks what to call it
@pytest.mark.parametrize("text", ["i want another network", "give me a network",
                                  "we need a network for the app",
                                  "could use a separate network for api"])
def test_asks_network_name(text):
    assert_asks(text)


@pytest.mark.parametrize("text, expected", [
    ("i need to see my networks", "docker network ls"),
    ("which networks do i need", "docker network ls"),
    ("i need a network called ci", "docker network create ci"),
    ("i want a volume", "docker volume create"),
])
def test_need_near_misses(text, expected):
    assert_command(text, None, expected)

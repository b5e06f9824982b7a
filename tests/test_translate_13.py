"""Causes found in blind14 (fixer F): verbs other than run/exec, and chatter around them. Each
case is a phrasing of our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

LAB = {"containers": [container("redis", "redis:7"), container("blog", "ghost:5")]}

COMMANDS = [
    # contractions typed without the apostrophe: "its still running", "wont", "doesnt"
    ("delete batch-7 even though its still running", None, "docker rm -f batch-7"),
    ("get rid of pipeline-x, its still up", None, "docker rm -f pipeline-x"),
    ("remove scraper though theyre running", None, "docker rm -f scraper"),
    ("remove web, its logs are huge", None, "docker rm web"),
    ("stop api, its still running", None, "docker stop api"),
    # a state clause with a negated verb describes the container; it names nothing
    ("queue-worker wont start, show its logs", None, "docker logs queue-worker"),
    ("ingest doesnt respond anymore, kill it", None, "docker kill ingest"),
    ("mailer is stuck and won't quit, remove it forcefully", None, "docker rm -f mailer"),
    ("billing is frozen and cant recover, restart it", None, "docker restart billing"),
    # a closing courtesy after a question mark is talk
    ("can you stop web1 and web2? thanks so much", None, "docker stop web1 web2"),
    ("would you pull postgres:16? thank you in advance", None, "docker pull postgres:16"),
    ("please restart api-3? cheers", None, "docker restart api-3"),
    # "I mean", "or rather": a later verb corrects the earlier one
    ("pause worker-1, I mean stop it", None, "docker stop worker-1"),
    ("restart gateway, or rather kill it", None, "docker kill gateway"),
    ("start cron-a and cron-b, restart them I meant", None, "docker restart cron-a cron-b"),
    ("remove old-db, delete it I mean", None, "docker rm old-db"),
    # a hex id or digest is one word, never a duration inside it
    ("delete image 9b8a7c6d5e, force it", None, "docker rmi -f 9b8a7c6d5e"),
    ("inspect container a1b2c3d4e5f6", None, "docker inspect a1b2c3d4e5f6"),
    ("stop 4e3d2c1b0a9f", None, "docker stop 4e3d2c1b0a9f"),
    ("logs of web from the last 7d", None, "docker logs --since 168h web"),
    # "put X on NET", "add X to the NET network": a container joins a network; an image runs there
    ("put shop on backend-net", None, "docker network connect backend-net shop"),
    ("add web to network frontnet", None, "docker network connect frontnet web"),
    ("move api onto appnet", None, "docker network connect appnet api"),
    ("put redis on appnet", LAB, "docker network connect appnet redis"),
    ("put nginx on the edge network, detached", None, "docker run -d --network edge nginx"),
    ("put nginx on port 8080", None, "docker run -p 8080:80 nginx"),
    # bridge is the default driver: said aloud it needs no flag; another driver keeps -d
    ("create a bridge network named lab-net", None, "docker network create lab-net"),
    ("make a user-defined bridge network appnet", None, "docker network create appnet"),
    ("make an overlay network called swarm-net", None, "docker network create -d overlay swarm-net"),
    ("new network ci-net using the bridge driver", None, "docker network create -d bridge ci-net"),
    # "the latest X" pulled keeps the tag the user said
    ("pull the latest nginx image", None, "docker pull nginx:latest"),
    ("grab latest postgres", None, "docker pull postgres:latest"),
    ("fetch the latest version of redis", None, "docker pull redis:latest"),
    ("pull node", None, "docker pull node"),
    # "…, like X and Y", "such as", "for example": examples of what the command shows
    ("inspect the volume pgdata, such as where it lives and which containers use it", None,
     "docker volume inspect pgdata"),
    ("show details of network appnet, for example the gateway and attached containers", None,
     "docker network inspect appnet"),
    ("show the settings of network data-tier, like its subnet and members", None,
     "docker network inspect data-tier"),
    # the newest containers said as a noun phrase, with a count
    ("최근 컨테이너 3개", None, "docker ps -n 3"),
    ("최신 컨테이너 두 개만", None, "docker ps -n 2"),
    ("최근 컨테이너", None, "docker ps -l"),
]


@pytest.mark.parametrize("text, context, expected", COMMANDS)
def test_command(text, context, expected):
    assert_command(text, context, expected)


ASKS = [
    # "how do I <verb> it" with nothing to point at: a question back, not the concept page
    ("how do i connect it to a network", None, ()),
    ("how can I plug them into the backend network", None, ()),
    ("how do I attach it to appnet", None, ()),
]


@pytest.mark.parametrize("text, context, names", ASKS)
def test_asks(text, context, names):
    assert_asks(text, context, names)


def test_network_question_keeps_the_concept_page():
    from webapp.commands.translate import translate
    assert translate("how do networks work")["concept"]

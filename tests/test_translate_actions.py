"""Which docker verb an English request means, and which of the caller's containers it is
about: state sentences as requests, shells in existing containers, containers named by their
image or by a word of their name, and words that describe rather than name.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from webapp.commands.translate import translate
from tests.translating import assert_command, container as _c




SHOP = {"containers": [_c("cart-api", "node:20", created=1), _c("orders-db", "mysql:8", created=2),
                       _c("broker", "rabbitmq:3", created=3), _c("edge", "traefik:2", created=4)]}
TWO_MYSQL = {"containers": [_c("sql-legacy", "mysql:5.7", "exited", 1),
                            _c("sql-current", "mysql:8", "running", 2)]}
TWO_STOPPED = {"containers": [_c("sql-a", "mysql:8", "exited", 1), _c("sql-b", "mysql:8", "exited", 2)]}
TWO_RUNNING = {"containers": [_c("sql-c", "mysql:8", "running", 1), _c("sql-d", "mysql:8", "running", 2)]}
STAGING = {"containers": [_c("probe-1", "busybox", "exited", 3), _c("probe-2", "busybox", "running", 9),
                          _c("gateway", "haproxy", "running", 5)]}

CASES = [
    # A state sentence is the request: its subject is the container the verb acts on.
    ("indexer has to restart", None, "docker restart indexer"),
    ("notifier should stop now", None, "docker stop notifier"),
    ("thumbnailer must be removed", None, "docker rm thumbnailer"),
    # "X is down, bring it up again": the container exists, so it is started, not run.
    ("billing is down, fire it up again", None, "docker start billing"),
    ("cron-jobs went down, start it up again please", None, "docker start cron-jobs"),
    ("spin payments up once more", None, "docker start payments"),
    ("ledger-db crashed, boot it up", None, "docker start ledger-db"),
    # A shell in a container said to run already is exec.
    ("open a bash shell in the running container invoicer", None, "docker exec -i -t invoicer bash"),
    ("give me an sh session inside the existing container relay", None,
     "docker exec -i -t relay sh"),
    # "whichever one is <image>": the caller's container running that image.
    ("bash into whichever one is traefik", SHOP, "docker exec -i -t edge bash"),
    ("sh inside whichever container runs mysql", SHOP, "docker exec -i -t orders-db sh"),
    ("run ls in whichever one is rabbitmq", SHOP, "docker exec broker ls"),
    ("execute env inside the one running node", SHOP, "docker exec cart-api env"),
    # A part of an image's name picks the one container running it.
    ("broker's frozen, kill it", SHOP, "docker kill broker"),
    ("rabbit stuck, restart it", SHOP, "docker restart broker"),
    ("mysql's wedged, restart it", SHOP, "docker restart orders-db"),
    # A word with an image: the one container of that image the word tells apart.
    ("my legacy mysql is down, start it again", TWO_MYSQL, "docker start sql-legacy"),
    ("the current mysql seems stuck, restart it", TWO_MYSQL, "docker restart sql-current"),
    # Words that say how a container is are not more containers.
    ("the 'courier' container is behaving oddly, restart it", None, "docker restart courier"),
    ("relay-2 looks slow, bounce it", None, "docker restart relay-2"),
    ("container 'mailer' seems flaky, stop it", None, "docker stop mailer"),
    # "so far" is not a name; "the newest" is the most recent container.
    ("show the logs of the latest container so far", STAGING, "docker logs probe-2"),
    ("what has the most recent container logged so far", STAGING, "docker logs probe-2"),
    # "X can go": remove it.
    ("scratch-box can go", None, "docker rm scratch-box"),
    ("tmp-worker needs to go, with its anonymous volumes", None, "docker rm -v tmp-worker"),
    ("the backups volume can go, remove it", None, "docker volume rm backups"),
    ("builds volume should go, delete it", None, "docker volume rm builds"),
    # The plural of a noun among the action cues ("a bash session") is a name, not a verb.
    ("disconnect shells from backnet", None, "docker network disconnect backnet shells"),
    ("show the consoles logs", None, "docker logs consoles"),
    ("the last 30 lines of the terminals log", None, "docker logs -n 30 terminals"),
]

# Near misses that must keep their meaning.
KEPT = [
    ("run nginx again", None, "docker run nginx"),
    ("sh into a fresh postgres", SHOP, "docker run -i -t postgres sh"),
    ("run ls in a new mysql", SHOP, "docker run mysql ls"),
    ("bash in a new ubuntu container", None, "docker run -i -t ubuntu bash"),
    ("delete volume uploads", None, "docker volume rm uploads"),
    ("logs of gateway", STAGING, "docker logs gateway"),
    ("open a bash session in gateway", STAGING, "docker exec -i -t gateway bash"),
]


@pytest.mark.parametrize("text,context,expected", CASES + KEPT)
def test_action_and_referent(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text,context,candidates", [
    ("shell into whichever one is busybox", STAGING, None),
    ("mysql is down, start it again", TWO_STOPPED, ["sql-a", "sql-b"]),
    ("my mysql is acting weird, restart it", TWO_RUNNING, ["sql-c", "sql-d"]),
    ("mysq is wedged, restart it", TWO_RUNNING, ["sql-c", "sql-d"]),
])
def test_several_fit_is_a_question(text, context, candidates):
    """Never guess silently: when several containers fit, the answer lists them."""
    result = translate(text, context=context)
    if candidates is None:
        assert result["command"] == "docker exec -i -t probe-2 sh", result   # the running one
        return
    assert result["command"] is None, result
    for name in candidates:
        assert name in result["clarify"]

"""Causes found by blind18 (fixer L): other verbs, references to the caller's objects, and
when a definite reference with nothing to resolve it is a question."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

TWO = {"containers": [container("jobrun", "alpine:3.20", "exited", 5),
                      container("webapp", "acme/web:2", "running", 6)]}
ONE = {"containers": [container("api-dev", "node:20")]}
TAGS = {"containers": [], "images": ["debian:11", "debian:12", "redis:7"]}

# a typed-looking order whose words are all sentence words ("rm whichever one exited")
WHICHEVER = [
    ("rm whichever one exited", TWO, "docker rm jobrun"),
    ("delete whichever one is stopped", TWO, "docker rm jobrun"),
    ("stop whichever one is running", TWO, "docker stop webapp"),
    ("rm jobrun", TWO, "docker rm jobrun"),                      # near-miss: a real name
]

# "cool", "great", "awesome": talk before the request
TALK = [
    ("great, it's running. now open a shell in it", ONE, "docker exec -i -t api-dev sh"),
    ("awesome. restart it", ONE, "docker restart api-dev"),
    ("cool, show me its logs", ONE, "docker logs api-dev"),
]

# "다시 시작" of a stopped container starts it; of a running one restarts it
AGAIN = [
    ("jobrun 다시 시작해줘", TWO, "docker start jobrun"),
    ("어제 돌렸던 alpine 컨테이너 다시 시작해줘", TWO, "docker start jobrun"),
    ("webapp 다시 시작해줘", TWO, "docker restart webapp"),
    ("jobrun 재시작해줘", TWO, "docker restart jobrun"),          # near-miss: 재시작 is restart
]

# the driver typed as one word with its noun
DRIVER = [
    ("make a bridge-driver network named lab-bridge", None,
     "docker network create -d bridge lab-bridge"),
    ("create an overlay-driver network called swarmnet", None,
     "docker network create -d overlay swarmnet"),
    ("set up a macvlan-driver network named lan0", None, "docker network create -d macvlan lan0"),
    ("make a network called bridge-driver", None, "docker network create bridge-driver"),   # its name
]

# several names after a plural noun
SEVERAL = [
    ("remove volumes data1 and data2", None, "docker volume rm data1 data2"),
    ("delete volumes a1, b2 and c3", None, "docker volume rm a1 b2 c3"),
    ("drop networks front-net and back-net", None, "docker network rm front-net back-net"),
    ("remove volume pgdata", None, "docker volume rm pgdata"),    # near-miss: one name
]

# "rebuild" is build
REBUILD = [
    ("rebuild with no cache, tag shop:3", None, "docker build -t shop:3 --no-cache ."),
    ("rebuild the image as web:2", None, "docker build -t web:2 ."),
    ("rebuild api:dev from ./api", None, "docker build -t api:dev ./api"),
]

# a trailing clause about what still uses the object is a reason, not a value
HOLDS = [
    ("force delete ghcr.io/acme/indexer:edge, some stopped container still references it", None,
     "docker rmi -f ghcr.io/acme/indexer:edge"),
    ("force remove redis:6, an old container still uses it", None, "docker rmi -f redis:6"),
    ("delete the network lab-net, the test container still needs it", None, "docker network rm lab-net"),
]

# "keep 12": of the caller's tags of a bare image name, the one not kept
KEEP = [
    ("delete the old debian image, keep 12", TAGS, "docker rmi debian:11"),
    ("remove debian but keep the 11 one", TAGS, "docker rmi debian:12"),
    ("get rid of the debian image but keep 11", TAGS, "docker rmi debian:12"),
]

# who asks and for whom ("I'm a teacher and want students to see …") is talk
WHO = [
    ("I'm a tutor and want my class to see every container's size, stopped ones too", None,
     "docker ps -a -s"),
    ("i'm a developer and need the logs of web1", {"containers": [container("web1", "nginx")]},
     "docker logs web1"),
    ("I'm a student, show me all containers", None, "docker ps -a"),
]

# a leading need for storage, then the order
NEED = [
    ("we need shared storage for the build cache, create a volume ci-cache", None,
     "docker volume create ci-cache"),
    ("i need somewhere to keep postgres data, make volume pg-store", None,
     "docker volume create pg-store"),
    ("I need persistent storage for loki, add a volume loki-data", None, "docker volume create loki-data"),
]

# a generic how-to is a template
# plain words after "volumes"/"networks" are their names, as after "containers"; none is dropped
PLAIN_NAMES = [
    ("delete the volumes pgdata, logs-vol", None, "docker volume rm pgdata logs-vol"),
    ("wipe volumes mediadata and thumbs", None, "docker volume rm mediadata thumbs"),
    ("remove the networks backend and frontend", None, "docker network rm backend frontend"),
    ("show volumes", None, "docker volume ls"),                                   # near miss
]

GENERIC = [
    ("Push an image to a registry", None, "docker push <image>"),
    ("push an image", None, "docker push <image>"),
    ("remove a volume", None, "docker volume rm <volume>"),
    ("create a network", None, "docker network create <network>"),
]


@pytest.mark.parametrize("text,context,expected",
                         WHICHEVER + TALK + AGAIN + DRIVER + SEVERAL + REBUILD + HOLDS + KEEP + WHO + NEED
                         + GENERIC + PLAIN_NAMES)
def test_command(text, context, expected):
    assert_command(text, context, expected)


# a definite reference ("the image", "make one") with nothing to resolve it asks
@pytest.mark.parametrize("text", ["push the image", "pull the image", "delete the network",
                                  "inspect the volume", "gotta have another net, make one",
                                  "we need a network, create one"])
def test_definite_without_referent_asks(text):
    assert_asks(text)


def test_definite_lists_candidates():
    assert_asks("push the image", {"containers": [], "images": ["app:1", "app:2"]}, ["app:1", "app:2"])


def test_several_tags_left_asks():
    ctx = {"containers": [], "images": ["node:18", "node:20", "node:22"]}
    assert_asks("delete node, keep 22", ctx)

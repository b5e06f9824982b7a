"""Session causes (fixer AG): an explicit verb wins over "go down" / "come up"; "my boss wants …"
and a leading complaint ("too much noise —") are talk; an -ing container moved by a network verb
is a name; "untag" removes an image and "A / B" between two words of one action is one request;
a mistyped "the" (teh, hte, thr) before a context pick; and "rim" picks rmi for an image word."""
import pytest

from tests.translating import assert_asks, assert_command, container

_EXITED_ONE = {"containers": [container("stale-db", "mysql:8", status="exited", created=1),
                              container("web7", "nginx", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # an explicit verb wins over a vague "go down" / "come up"
    ("billing must go offline, stop it now", None, "docker stop billing"),
    ("worker needs to come back up, start it", None, "docker start worker"),
    ("the proxy should come up, restart it", None, "docker restart proxy"),
    ("queue has to go down, halt it", None, "docker stop queue"),
    # near miss: "X needs to go" alone is still a removal
    ("cache can go, delete it", None, "docker rm cache"),
    ("the scratch container has to go", None, "docker rm scratch"),
    # who asked for it is talk, the object names the container
    ("my lead asked for the logs of the billing container", None, "docker logs billing"),
    ("our client wants the last 50 lines of the api container log", None, "docker logs -n 50 api"),
    ("the team needs a volume called shared", None, "docker volume create shared"),
    # a leading complaint before a dash or comma is talk
    ("so many warnings, just show me api's logs", None, "docker logs api"),
    ("way too many errors — show gateway's logs from the past 10 minutes", None,
     "docker logs --since 10m gateway"),
    # a network verb's -ing object is the container
    ("detach billing from mesh", None, "docker network disconnect mesh billing"),
    ("take pricing off backnet", None, "docker network disconnect backnet pricing"),
    ("connect tracking to mesh", None, "docker network connect mesh tracking"),
    ("detach web from frontnet (network)", None, "docker network disconnect frontnet web"),
    # "untag" removes an image; "A / B" of one action is one request
    ("untag myapp:old", None, "docker rmi myapp:old"),
    ("untag the image shop:1", None, "docker rmi shop:1"),
    ("remove/delete the web container", None, "docker rm web"),
    ("erase / remove the volume pgdata", None, "docker volume rm pgdata"),
    ("halt/stop the api container", None, "docker stop api"),
    # near miss: a path of one slash is still a path
    ("mount / at /host in alpine", None, "docker run -v /:/host alpine"),
    # a mistyped "the" before a pick from the context
    ("docker rm thr exited container", _EXITED_ONE, "docker rm stale-db"),
    ("remove teh stopped one", _EXITED_ONE, "docker rm stale-db"),
    ("docker logs hte running one", _EXITED_ONE, "docker logs web7"),
    # a subcommand as near to rm as to rmi: an image word picks rmi
    ("docker rim myimage", None, "docker rmi myimage"),
    ("docker rim base-img old-image", None, "docker rmi base-img old-image"),
    ("docker rim acme/api:1", None, "docker rmi acme/api:1"),
    # near miss: a plain name keeps rm
    ("docker rim worker", None, "docker rm worker"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    # two different actions offered: still a question
    ("stop / kill worker", None, ("/",)),
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

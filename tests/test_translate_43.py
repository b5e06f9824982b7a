"""Fixer AJ: agent-style key=value flags and slots, copies of a container ("the old api"),
counted names, the entrypoint's program, listing phrases, a database's own shell."""
import pytest

from tests.translating import assert_asks, assert_command, container

_TWINS = {"containers": [container("api", "nginx"), container("api-old", "nginx", "exited"),
                         container("db", "postgres:16"), container("db-test", "postgres:16"),
                         container("worker", "python:3"), container("new-worker", "python:3")]}
_DBS = {"containers": [container("cache-prod", "redis:7"), container("pg-orders", "postgres:16"),
                       container("shop-db", "mysql:8")]}


@pytest.mark.parametrize("text, context, expected", [
    # key=value whose key is a flag of the command, or names the object's kind
    ("list containers, n=3", None, "docker ps -n 3"),
    ("show logs of web tail=5", None, "docker logs -n 5 web"),
    ("fetch logs container=pay-api tail=20", None, "docker logs -n 20 pay-api"),
    ("stop container=web time=5", None, "docker stop -t 5 web"),
    ("restart container=api", None, "docker restart api"),
    ("list containers with network=mesh", None, "docker ps -f network=mesh"),
    ("create a volume name=pgdata", None, "docker volume create pgdata"),
    # an adjective before "container" describes it; "the old X" is X's old copy
    ("my old container web2 died, start it again", None, "docker start web2"),
    ("the old container 'relay' stopped, bring it back up", None, "docker start relay"),
    ("delete the old api", _TWINS, "docker rm api-old"),
    ("restart the test db", _TWINS, "docker restart db-test"),
    ("stop the new worker", _TWINS, "docker stop new-worker"),
    ("stop api", _TWINS, "docker stop api"),
    # a number word counting the names just listed
    ("c1 c2 c3 - rm all three", None, "docker rm c1 c2 c3"),
    ("stop web and db, all two of them", None, "docker stop web db"),
    ("please kill q1, q2 and q3, all three of them", None, "docker kill q1 q2 q3"),
    # the entrypoint's program "env" is no -e option
    ("start busybox with env as the entrypoint", None, "docker run --entrypoint env busybox"),
    ("run alpine, override the entrypoint with env", None, "docker run --entrypoint env alpine"),
    ("run app:2 with entrypoint env and env DEBUG=1", None, "docker run --entrypoint env -e DEBUG=1 app:2"),
    # "list what's there" as the program
    ("run busybox in /srv as the working dir and list what is there", None, "docker run -w /srv busybox ls"),
    ("start alpine with workdir /etc and list its contents", None, "docker run -w /etc alpine ls"),
    ("run debian with the working directory /var and list what's in it", None, "docker run -w /var debian ls"),
    # a database's shell in a container already there is its client
    ("open a redis shell in my redis container", _DBS, "docker exec -i -t cache-prod redis-cli"),
    ("give me a postgres shell inside pg-orders", _DBS, "docker exec -i -t pg-orders psql"),
    ("get a mysql shell in shop-db", _DBS, "docker exec -i -t shop-db mysql"),
    ("open a postgres shell", None, "docker run -i -t postgres sh"),
    ("open a shell in cache-prod", _DBS, "docker exec -i -t cache-prod sh"),
])
def test_fixer_aj(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("list containers tail=3", None, ["tail=3"]),        # no flag of ps: asked, not dropped
    ("c1 c2 c3 - rm all four", None, ["four"]),           # a different count stays a value
])
def test_fixer_aj_asks(text, context, names):
    assert_asks(text, context, names)

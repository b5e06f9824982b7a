"""Session causes (fixer AH): "DESCRIPTION container NAME" names NAME (quoted or not),
"name=X" in a create request is the name, a trailing ": NAME" after the purpose names the new
network or volume, "on its default port" publishes the image's known port on both sides, and
"두 개 포트" counting the ports listed is talk."""
import pytest

from tests.translating import assert_asks, assert_command, container

_TWO = {"containers": [container("cache", "redis"), container("rcache", "redis"),
                       container("api", "node"), container("apisrv", "node")]}


@pytest.mark.parametrize("text, context, expected", [
    # the word after the container noun is its name; the word before only describes it
    ("open a psql shell in my database container 'pgmain'", None, "docker exec -i -t pgmain psql"),
    ("restart my proxy container edge01", None, "docker restart edge01"),
    ("get me into the queue container \"rabbit2\" with bash", None, "docker exec -i -t rabbit2 bash"),
    ("give me redis-cli in the cache container rcache", _TWO, "docker exec -i -t rcache redis-cli"),
    ("프록시 컨테이너 edge01 재시작해줘", None, "docker restart edge01"),
    ("웹서버 컨테이너 webprod 로그 보여줘", None, "docker logs webprod"),
    ("api 컨테이너 apisrv에 sh로 접속", _TWO, "docker exec -i -t apisrv sh"),
    # near misses: the description alone, or a name said outright
    ("restart the cache container", None, "docker restart cache"),
    ("stop container 'web'", None, "docker stop web"),
    ("the billing container keeps restarting, show its logs", None, "docker logs billing"),
    ("my worker container died again, restart it", None, "docker restart worker"),
    # "name=X" when creating something is its name, not a label
    ("make a network name=backbone", None, "docker network create backbone"),
    ("create a volume name=pgdata", None, "docker volume create pgdata"),
    ("new overlay network name=swarmnet", None, "docker network create -d overlay swarmnet"),
    ("start redis detached, name=cache2", None, "docker run -d --name cache2 redis"),
    # near misses: a label or a variable said aloud keeps the pair
    ("make a network with label name=mesh called foo", None, "docker network create --label name=mesh foo"),
    ("run alpine with env name=foo", None, "docker run -e name=foo alpine"),
    # ": NAME" closing a request to make something is its name; "for X" says what it is for
    ("create a volume for postgres data: pgvol", None, "docker volume create pgvol"),
    ("make a network for my services: svcnet", None, "docker network create svcnet"),
    ("create an overlay network for the swarm: swarmnet", None, "docker network create -d overlay swarmnet"),
    ("new network: labnet", None, "docker network create labnet"),
    # "on its default port": the known port on the host too
    ("run postgres on the usual port", None, "docker run -p 5432:5432 postgres"),
    ("start mysql with the default port open", None, "docker run -d -p 3306:3306 mysql"),
    ("run redis with its standard port published", None, "docker run -p 6379:6379 redis"),
    ("기본 포트로 nginx 띄워줘", None, "docker run -d -p 80:80 nginx"),
    # near misses: no host port said and no word for the default; a host port said
    ("run nginx and publish the port", None, "docker run -p <host-port>:80 nginx"),
    ("run myapp on its default port", None, "docker run -p <host-port>:<container-port> myapp"),
    ("run postgres on port 5433", None, "docker run -p 5433:5432 postgres"),
    # a count of the ports listed
    ("httpd 8081이랑 9443:443 2개 포트 열어줘", None, "docker run -d -p 8081:80 -p 9443:443 httpd"),
    ("nginx 8080이랑 8443은 443으로 두 개의 포트 열어서 실행", None, "docker run -d -p 8080:80 -p 8443:443 nginx"),
    ("run nginx publishing both ports 8080:80 and 8443:443", None, "docker run -p 8080:80 -p 8443:443 nginx"),
])
def test_names_ports_networks(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, names", [
    # the count disagrees with the ports listed: ask about it
    ("nginx 8080이랑 8443은 443으로 세개 포트 열어서 띄워줘", ("3",)),
    ("nginx 8080 포트 3개 열어줘", ("3",)),
])
def test_asks(text, names):
    assert_asks(text, None, names)

"""Session causes (fixer AB): what the user is doing ("I'm following a tutorial and it says
to …") is background, "build DIR as NAME" tags the image, a network's own details (subnet,
attached containers) mark a network, "a new IMAGE on the X network" runs it there, "the two
that exited" counts the containers of a state, an image word asked for a container's detail is
the container running it, "환경변수 X 넣어서" puts a value in, and "8444 (inside 443)" gives a
host port its container port."""
import pytest

from tests.translating import assert_asks, assert_command, container

_JOBS = {"containers": [container("batch-1", "alpine", "exited", 1), container("batch-2", "alpine", "exited", 2),
                        container("web", "nginx", "running", 3)]}
_DBS = {"containers": [container("docstore", "mongo:7", created=2), container("shop", "nginx", created=3),
                       container("shop2", "nginx", created=4), container("cachebox", "redis:7", created=5)]}
_IP = "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'"


@pytest.mark.parametrize("text, context, expected", [
    # following a guide: what the user is doing, not -f; the request is what the guide says
    ("Hey, I'm reading a docker guide and it tells me to stop the 'cache' container", None, "docker stop cache"),
    ("we're working through the course, which says to remove the old-api container", None, "docker rm old-api"),
    ("I'm following the handout and it says: restart the 'queue' container", None, "docker restart queue"),
    # near misses: following a container's logs still follows
    ("I'm following web1's logs", None, "docker logs -f web1"),
    ("keep following the logs of api", None, "docker logs -f api"),
    # "build DIR as NAME": the tag it gets
    ("build . as myapp", None, "docker build -t myapp ."),
    ("build ./web folder as frontend:v2", None, "docker build -t frontend:v2 ./web"),
    ("build the ./api directory as apisvc", None, "docker build -t apisvc ./api"),
    # near misses: "as" a user, and "run IMAGE as NAME"
    ("run ubuntu as nobody", None, "docker run -u nobody ubuntu"),
    ("run redis as cache", None, "docker run --name cache redis"),
    # a network's own details: subnet, gateway, the containers on it
    ("inspect backbone, I need its gateway", None, "docker network inspect backbone"),
    ("show me everything about labnet, which containers are attached to it", None,
     "docker network inspect labnet"),
    ("details of corenet, its subnet mostly", None, "docker network inspect corenet"),
    # near misses: a container named gateway, a container said to be one
    ("full inspect output for gateway", None, "docker inspect gateway"),
    ("gateway 컨테이너 상세정보 좀 보여주세요", None, "docker inspect gateway"),
    # "a new IMAGE … on the X network": run it there, the network is not the object made
    ("make a new redis named cache2 on the backend network", None,
     "docker run --name cache2 --network backend redis"),
    ("a new httpd called web9 on the frontnet network in the background", None,
     "docker run -d --name web9 --network frontnet httpd"),
    ("put a new postgres called pg2 onto the data-net network", None,
     "docker run --name pg2 --network data-net postgres"),
    # near misses: a new network or volume is still made
    ("put a new network called lab", None, "docker network create lab"),
    ("create a new network called lab", None, "docker network create lab"),
    ("put a new volume named data1", None, "docker volume create data1"),
    # "the two that exited": those containers, when there are that many
    ("delete the 2 containers that stopped", _JOBS, "docker rm batch-1 batch-2"),
    ("get rid of those two which have exited", _JOBS, "docker rm batch-1 batch-2"),
    ("restart the two that stopped", _JOBS, "docker restart batch-1 batch-2"),
    # near misses
    ("remove the exited ones", _JOBS, "docker rm batch-1 batch-2"),
    ("stop the one that is running", _JOBS, "docker stop web"),
    # an image word asked for a container's detail: the one container running it
    ("mongo's IP address?", _DBS, f"{_IP} docstore"),
    ("what is the ip of redis", _DBS, f"{_IP} cachebox"),
    ("show the mount info of mongo", _DBS, "docker inspect -f '{{json .Mounts}}' docstore"),
    # near misses: the image itself, and no container running it
    ("inspect the mongo image", _DBS, "docker inspect mongo"),
    ("ip address of postgres", _DBS, f"{_IP} postgres"),
    # "환경변수 X 넣어서 IMAGE로 PROGRAM 출력": a value put in, then a run
    ("환경변수 A=1 넣어서 alpine 으로 date 출력해줘", None, "docker run -e A=1 alpine date"),
    ("MODE=dev 넣어서 busybox로 env 출력해줘", None, "docker run -e MODE=dev busybox env"),
    ("환경변수 TZ=UTC 넣고 alpine으로 date 보여줘", None, "docker run -e TZ=UTC alpine date"),
    # near miss: a container put on a network
    ("web1을 mynet 네트워크에 넣어줘", None, "docker network connect mynet web1"),
    # "8444 (inside 443)": that host port's container port; the other takes the image's
    ("httpd 8090이랑 8443(컨테이너 443)으로 띄워줘", None, "docker run -d -p 8090:80 -p 8443:443 httpd"),
    ("run nginx on 8081 and 8444 (inside 443)", None, "docker run -p 8081:80 -p 8444:443 nginx"),
    ("run caddy on 9080 and 9443 (container port 443)", None, "docker run -p 9080:80 -p 9443:443 caddy"),
    ("nginx 7080이랑 7443으로 띄워줘", None, "docker run -d -p 7080:80 -p 7443:443 nginx"),
    # near miss
    ("nginx 8080으로 띄워줘", None, "docker run -d -p 8080:80 nginx"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("remove the three that exited", _JOBS, ("batch-1", "batch-2")),     # the count does not match
    ("nginx's ip", _DBS, ("shop", "shop2")),                             # two containers run it
    ("redis 6379이랑 6380으로 띄워줘", None, ()),                           # which one reaches 6379?
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

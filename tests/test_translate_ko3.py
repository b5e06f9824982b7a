"""Korean requests and bracketed typed commands: causes found on the blind9 tuning set.

Each case is our own phrasing of a family of requests (never a benchmark row), asserting the
exact canonical command, with near-misses that must keep their old answer.
"""
from __future__ import annotations

import pytest

from webapp.commands.translate import translate
from tests.translating import assert_command

OTHER = {"containers": [{"name": "web", "image": "nginx", "status": "running", "created": 1}]}
WEB = {"containers": [{"name": "shop-db", "image": "mysql:8.0", "status": "running", "created": 1},
                      {"name": "shop-web", "image": "httpd:2.4", "status": "running", "created": 2},
                      {"name": "shop-job", "image": "alpine", "status": "exited", "created": 3}]}
TWO_WEB = {"containers": [{"name": "a", "image": "nginx", "status": "running", "created": 1},
                          {"name": "b", "image": "caddy", "status": "running", "created": 2}]}
PAIR = {"containers": [{"name": "pg-1", "image": "postgres:16", "status": "running", "created": 1},
                       {"name": "kv-1", "image": "redis", "status": "running", "created": 2},
                       {"name": "kv-0", "image": "redis", "status": "exited", "created": 0}]}
DB = {"containers": WEB["containers"][:2]}
STOPPED = {"containers": [{"name": "old", "image": "redis", "status": "exited", "created": 0}]}

CAUSES = [
    # a host folder ("X 폴더를", "X 전체를") mounted at a container path
    ("/srv/www 폴더를 /usr/share/nginx/html 에 마운트해서 nginx 띄워줘", None,
     "docker run -d -v /srv/www:/usr/share/nginx/html nginx"),
    ("/home/dev/code 디렉토리를 /code 로 연결해서 python bash 열어줘", None,
     "docker run -i -t -v /home/dev/code:/code python bash"),
    ("busybox sh 열 때 /var/log 폴더를 /logs 에 연결해줘", None,
     "docker run -i -t -v /var/log:/logs busybox sh"),
    ("호스트 /etc 전체를 /hostetc 로 붙여서 alpine sh 열어줘", None,
     "docker run -i -t -v /etc:/hostetc alpine sh"),
    # a version written right after a Hangul image name
    ("파이썬3.11로 python -V 실행해줘", None, "docker run python:3.11 python -V"),
    ("우분투22.04 컨테이너에서 bash 열어줘", None, "docker run -i -t ubuntu:22.04 bash"),
    ("노드18 컨테이너에서 작업디렉토리 /app 으로 sh 열어줘", OTHER,
     "docker run -i -t -w /app node:18 sh"),
    # "IMAGE 컨테이너를 NET 네트워크에 붙여서": the noun after a name is its own
    ("redis 컨테이너를 backnet 네트워크에 붙여서 띄워줘", None, "docker run -d --network backnet redis"),
    ("alpine 컨테이너를 testnet 네트워크에 연결해서 sh 열어줘", None,
     "docker run -i -t --network testnet alpine sh"),
    ("caddy 컨테이너를 edge 네트워크에 붙여서 올려줘", None, "docker run -d --network edge caddy"),
    # host ports said as one list, container ports as another
    ("httpd 9080이랑 9443 포트 열어서 80이랑 443으로 띄워줘", None,
     "docker run -d -p 9080:80 -p 9443:443 httpd"),
    ("nginx 8082하고 8444 열어서 80, 443 으로 연결해서 띄워줘", None,
     "docker run -d -p 8082:80 -p 8444:443 nginx"),
    ("caddy 7080과 7443 둘 다 열어서 80과 443으로 띄워줘", None,
     "docker run -d -p 7080:80 -p 7443:443 caddy"),
    ("run nginx with host ports 8082 and 8444 to 80 and 443", None,
     "docker run -p 8082:80 -p 8444:443 nginx"),
    # a shell entrypoint is the shell asked for: no second shell after the image
    ("엔트리포인트를 /bin/bash로 해서 redis 이미지에 쉘로 접속해줘", None,
     "docker run -i -t --entrypoint /bin/bash redis"),
    ("override the entrypoint with /bin/bash and get a shell in ubuntu", None,
     "docker run -i -t --entrypoint /bin/bash ubuntu"),
    ("엔트리포인트 /bin/sh 로 바꿔서 alpine 안에 -it로 들어갈래", None,
     "docker run -i -t --entrypoint /bin/sh alpine"),
    # a stopped container "다시 시작": start it
    ("멈춰있는 web1 다시 시작해줘", None, "docker start web1"),
    ("정지된 api 컨테이너 다시 시작해줘", None, "docker start api"),
    ("꺼진 old 다시 시작해 줘", STOPPED, "docker start old"),
    # "the web server": the one container running a web-server image
    ("웹서버 재시작해줘", WEB, "docker restart shop-web"),
    ("웹 서버 로그 보여줘", WEB, "docker logs shop-web"),
    ("stop the web server", WEB, "docker stop shop-web"),
    # the image named docker, with a docker command run inside it
    ("docker 이미지로 docker images 실행해줘", None, "docker run docker docker images"),
    ("docker:cli 이미지로 docker version 실행해줘", None, "docker run docker:cli docker version"),
    ("run docker ps using the docker image", None, "docker run docker docker ps"),
    # "올려줘" with no registry brings a server up: in the background
    ("caddy 올려줘", None, "docker run -d caddy"),
    ("redis 6380 포트로 올려줘", None, "docker run -d -p 6380:6379 redis"),
    ("postgres 올려줘 비번은 pw1", None, "docker run -d -e POSTGRES_PASSWORD=pw1 postgres"),
    # "최근꺼", "마지막 거": the newest container
    ("최근꺼 정지해줘", PAIR, "docker stop kv-1"),
    ("최신꺼 로그 보여줘", PAIR, "docker logs kv-1"),
    ("마지막 거 재시작해줘", PAIR, "docker restart kv-1"),
    # "X에 / X한테 PROGRAM 날려봐": a program sent into an existing container
    ("kv-1 에 redis-cli info 날려봐", PAIR, "docker exec kv-1 redis-cli info"),
    ("worker한테 ls /tmp 실행해봐", None, "docker exec worker ls /tmp"),
    ("pg-1 에 env 돌려봐", PAIR, "docker exec pg-1 env"),
    # "IMAGE 돌리는 애한테 / 돌아가는 컨테이너에서 PROGRAM": the caller's container running IMAGE
    ("redis 돌리는 애한테 redis-cli dbsize 실행해봐", PAIR, "docker exec kv-1 redis-cli dbsize"),
    ("postgres 돌아가는 컨테이너에서 pg_isready 돌려봐", PAIR, "docker exec pg-1 pg_isready"),
    ("postgres 실행 중인 컨테이너에서 ls / 실행해줘", PAIR, "docker exec pg-1 ls /"),
    # an image that is also a program ("mysql 돌아가는 컨테이너") names the container
    ("mysql 돌아가는 컨테이너에 쉘로 들어갈래", DB, "docker exec -i -t shop-db sh"),
    ("mysql 돌리는 애한테 bash로 접속해줘", DB, "docker exec -i -t shop-db bash"),
    ("httpd 실행 중인 컨테이너에 sh로 들어가줘", DB, "docker exec -i -t shop-web sh"),
    # a program run in an image, then "바로 지워": run --rm
    ("alpine에서 uname -a 실행하고 바로 지워줘", None, "docker run --rm alpine uname -a"),
    ("busybox로 df -h 돌려보고 컨테이너 지워줘", None, "docker run --rm busybox df -h"),
    ("node:20으로 node -v 찍어보고 바로 삭제해", None, "docker run --rm node:20 node -v"),
    # the host's network: a port mention publishes nothing
    ("redis를 호스트 네트워크로 띄워줘, 포트 설정 없이", None, "docker run -d --network host redis"),
    ("caddy 호스트 네트워크로 올려줘 포트 매핑은 필요 없어", None, "docker run -d --network host caddy"),
    ("run nginx on the host network so I don't need port mapping", None,
     "docker run --network host nginx"),
    # a password named in words, then typed as a KEY=value pair: the pair is the value
    ("postgres 띄워줘 비밀번호는 환경변수로 POSTGRES_PASSWORD=tiger 넣어줘", None,
     "docker run -d -e POSTGRES_PASSWORD=tiger postgres"),
    ("postgres 비번 설정은 POSTGRES_PASSWORD=abc 로 해서 띄워줘", None,
     "docker run -d -e POSTGRES_PASSWORD=abc postgres"),
    ("mariadb 띄워줘 루트 비번 변수 MARIADB_ROOT_PASSWORD=s3cret", None,
     "docker run -d -e MARIADB_ROOT_PASSWORD=s3cret mariadb"),
    # typed commands with the container described in brackets
    ("docker restart <the redis container>", PAIR, "docker restart kv-1"),
    ("docker exec -it (the oldest) bash", PAIR, "docker exec -i -t kv-0 bash"),
    ("docker logs -f (the postgres one)", PAIR, "docker logs -f pg-1"),
    ("docker stop <the newest one>", PAIR, "docker stop kv-1"),
    ("docker restart -t=5 the oldest", PAIR, "docker restart -t 5 kv-0"),
    ("docker logs --tail 20 the postgres one", PAIR, "docker logs -n 20 pg-1"),
    ("docker start my redis container", PAIR, "docker start kv-0"),
]

NEAR_MISSES = [
    ("/app 폴더에서 node bash 열어줘", None, "docker run -i -t -w /app node bash"),
    ("작업 디렉토리 /src 로 alpine sh 열어줘", None, "docker run -i -t -w /src alpine sh"),
    ("레디스 6379 포트로 띄워줘", None, "docker run -d -p 6379:6379 redis"),
    ("nginx 8080 포트로 띄워줘", None, "docker run -d -p 8080:80 nginx"),
    ("엔트리포인트를 /bin/sh로 바꿔서 alpine에서 ls 실행해줘", None,
     "docker run --entrypoint /bin/sh alpine ls"),
    ("web1 다시 시작해줘", None, "docker restart web1"),
    ("꺼져있는 web1 재시작해줘", None, "docker restart web1"),
    ("웹서버 하나 띄워줘", WEB, "docker run -d nginx"),
    ("myapp 이미지 레지스트리에 올려줘", None, "docker push myapp"),
    ("alpine 올려줘", None, "docker run alpine"),
    ("mynet 네트워크에 web1 연결해줘", None, "docker network connect mynet web1"),
    ("kv-1 지워줘", PAIR, "docker rm kv-1"),
    ("지금 돌아가는 컨테이너 뭐 있어?", PAIR, "docker ps"),
    ("redis 돌아가는 애 로그 보여줘", PAIR, "docker logs kv-1"),
    ("ubuntu 이미지 지워줘", None, "docker rmi ubuntu"),
    ("nginx 포트 열어서 띄워줘", None, "docker run -d -p <host-port>:80 nginx"),
    ("postgres 띄워줘 비번은 사과123", None, "docker run -d -e 'POSTGRES_PASSWORD=사과123' postgres"),
    ("이 폴더를 docker 이미지로 만들어줘", None, "docker build ."),
    ("docker 이미지 목록 보여줘", None, "docker images"),
    ("start docker:cli with the docker socket mounted so i can run docker inside it", None,
     "docker run -i -t -v /var/run/docker.sock:/var/run/docker.sock docker:cli sh"),
]


@pytest.mark.parametrize("text,context,expected", CAUSES + NEAR_MISSES)
def test_exact_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text,context", [
    ("웹서버 재시작해줘", TWO_WEB),          # two web servers: which one?
    ("docker logs <container>", PAIR),     # nothing tells them apart
    ("docker stop the web container please", PAIR),   # no such container: asked, not kept
])
def test_asks_when_several_fit(text, context):
    result = translate(text, None, context)
    assert result["command"] is None
    assert result["clarify"]


def test_bracketed_image_is_not_a_container():
    result = translate("docker run -p 8080:80 (nginx)", None, PAIR)
    assert result["command"] is None

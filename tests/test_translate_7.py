"""English requests whose program arguments end at a purpose clause or a place adverb, flags said
in words (a timestamp per line, the anonymous volumes, "H for port C"), a host path mounted
"into an X container at /p", a shell "to poke at" something, and "running as nobody", a typed
"-e KEY value", and "get X going".

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command

CASES = [
    # A purpose or reason clause ends the program's arguments.
    ("start alpine as uid 500 and run id so we can check the groups", None,
     "docker run -u 500 alpine id"),
    ("run hostname in web2 because I need the container id", None, "docker exec web2 hostname"),
    ("in debian run uname -a so that I know the kernel", None, "docker run debian uname -a"),
    # A place adverb after a lone program is talk.
    ("list the processes in api1 by running ps there", None, "docker exec api1 ps"),
    ("inside box3, run whoami there", None, "docker exec box3 whoami"),
    # The word after "inside" is the container; a program's name elsewhere is talk.
    ("check free disk space inside storage1 with df -h", None, "docker exec storage1 df -h"),
    ("see free memory inside cache2 with free -m", None, "docker exec cache2 free -m"),
    ("show free disk space within vault9 using df -h", None, "docker exec vault9 df -h"),
    # A Korean verb after "pwd" is no password: pwd is the program.
    ("alpine 컨테이너에서 pwd 찍어봐", None, "docker run alpine pwd"),
    ("ubuntu 작업 디렉토리 /srv로 하고 pwd 출력해줘", None, "docker run -w /srv ubuntu pwd"),
    # A preposition after "password" is no password.
    ("run postgres with a password through POSTGRES_PASSWORD=hunter2 detached", None,
     "docker run -d -e POSTGRES_PASSWORD=hunter2 postgres"),
    ("start mariadb in the background, set the password using MARIADB_ROOT_PASSWORD=x9", None,
     "docker run -d -e MARIADB_ROOT_PASSWORD=x9 mariadb"),
    # "a timestamp on each line" is -t; "since a timestamp" is still a point in time.
    ("show web logs with a timestamp on every line", None, "docker logs -t web"),
    ("api logs, put a timestamp in front of each entry", None, "docker logs -t api"),
    ("print worker logs with a timestamp per line", None, "docker logs -t worker"),
    ("logs of db since a timestamp", None, "docker logs --since <time> db"),
    # "anon volumes" is rm's -v.
    ("delete job3 plus its anon volumes", None, "docker rm -v job3"),
    ("force remove edge-2 with the anon volumes", None, "docker rm -f -v edge-2"),
    ("remove the stopped container old-api and anon volumes too", None, "docker rm -v old-api"),
    # A word ending in -ing right after "the container" at the end is its name.
    ("stop the container pricing", None, "docker stop pricing"),
    ("show the low-level details of the container shipping.", None, "docker inspect shipping"),
    ("restart the container tracking", None, "docker restart tracking"),
    # "H for port C": host port, then the container's.
    ("run nginx with 9090 for port 80", None, "docker run -p 9090:80 nginx"),
    ("run grafana, host 3300 for the container's port 3000", None, "docker run -p 3300:3000 grafana"),
    ("start caddy detached with 8080 for port 80 and 8443 for port 443", None,
     "docker run -d -p 8080:80 -p 8443:443 caddy"),
    # "mount H into an X container at C": the image said between the two paths.
    ("mount /srv into a debian container at /data", None, "docker run -v /srv:/data debian"),
    ("mount /opt/tools inside an alpine container at /tools and open a shell", None,
     "docker run -i -t -v /opt/tools:/tools alpine sh"),
    ("mount /home/kim into the ubuntu box at /work and give me bash", None,
     "docker run -i -t -v /home/kim:/work ubuntu bash"),
    # "…, I need to poke at X": what the shell is for.
    ("open a privileged debian shell, we want to tinker with the kernel modules", None,
     "docker run -i -t --privileged debian bash"),
    ("privileged busybox shell, I need to poke at /sys", None, "docker run -i -t --privileged busybox sh"),
    ("start ubuntu with bash, I want to mess with /etc", None, "docker run -i -t ubuntu bash"),
    # "running as X": the user, not the running containers.
    ("id inside alpine running as uid 1000", None, "docker run -u 1000 alpine id"),
    ("whoami in debian running as nobody", None, "docker run -u nobody debian whoami"),
    ("run id in busybox as nobody", None, "docker run -u nobody busybox id"),
    # Asking for "the command" (명령어 부탁) is not a command to run inside.
    ("could you send me the command to start redis 7 named q9 in the background", None,
     "docker run -d --name q9 redis:7"),
    ("tell me the command to launch postgres on 5433, please", None,
     "docker run -d -p 5433:5432 postgres"),
    ("동료가 redis를 6390번 포트로 띄워달래요, 명령어 좀 알려주세요", None, "docker run -d -p 6390:6379 redis"),
    ("nginx 8085 포트로 띄우는 커맨드 부탁해요", None, "docker run -d -p 8085:80 nginx"),
    # "tag our api image as 2.0": the caller's one image of that name, a new version of it.
    ("tag the web image as 3.1 as well", {"containers": [], "images": ["shop/web:3.0", "nginx:1.25"]},
     "docker tag shop/web:3.0 shop/web:3.1"),
    ("retag the worker image to v5", {"containers": [], "images": ["acme/worker:v4"]},
     "docker tag acme/worker:v4 acme/worker:v5"),
    ("tag api as 2.0.1 please", {"containers": [], "images": ["team/api:1.9", "redis:7"]},
     "docker tag team/api:1.9 team/api:2.0.1"),
    # A typed "-e KEY value" before an image or another option: KEY=value.
    ("docker run -e POSTGRES_PASSWORD pw1 postgres", None, "docker run -e POSTGRES_PASSWORD=pw1 postgres"),
    ("docker run -e DEBUG true -e MODE dev node:20 npm start", None,
     "docker run -e DEBUG=true -e MODE=dev node:20 npm start"),
    ("docker run --env TZ Asia/Seoul -d redis", None, "docker run -e TZ=Asia/Seoul -d redis"),
    # "get X going" brings a server up: -d.
    ("get nginx going on 8080", None, "docker run -d -p 8080:80 nginx"),
    ("get a postgres 16 going named pg", None, "docker run -d --name pg postgres:16"),
    ("could you get redis going for me on port 6390 so my app can reach it", None,
     "docker run -d -p 6390:6379 redis"),
]

_TWO = {"containers": [{"name": "jobs-b", "image": "busybox", "status": "running", "created": 1},
                       {"name": "api-x", "image": "httpd", "status": "running", "created": 2}]}
_THREE = {"containers": _TWO["containers"] + [
    {"name": "db-z", "image": "mysql", "status": "running", "created": 3}]}

CASES += [
    # "X 말고": the container left once X is set aside; with more left, a question.
    ("httpd 말고 먼저 만든 거 재시작해줘", _TWO, "docker restart jobs-b"),
    ("api-x 말고 나머지 하나 멈춰줘", _TWO, "docker stop jobs-b"),
    ("busybox 말고 다른 거 로그 20줄", _TWO, "docker logs -n 20 api-x"),
]

NEAR_MISSES = [
    ("echo so what in alpine", None, "docker run alpine echo so what"),
    ("postgres 띄워줘 비번은 사과123", None, "docker run -d -e 'POSTGRES_PASSWORD=사과123' postgres"),
    ("show containers running as root", None, "docker ps"),
    ("list the running containers", None, "docker ps"),
    ("mount /srv at /data in alpine", None, "docker run -v /srv:/data alpine"),
    ("docker run -e HOME alpine env", None, "docker run -e HOME alpine env"),
    ("docker run -e HOME -it alpine sh", None, "docker run -e HOME -i -t alpine sh"),
    ("get an alpine shell going", None, "docker run -i -t alpine sh"),
    ("run nginx on port 8080 so i can reach it from my browser", None, "docker run -p 8080:80 nginx"),
]


@pytest.mark.parametrize("text,context,expected", CASES + NEAR_MISSES)
def test_exact_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text,names", [
    ("httpd 말고 다른 거 로그 보여줘", ("jobs-b", "db-z")),
    ("로그 보여줘", ("jobs-b", "api-x", "db-z")),
])
def test_asks_when_several_are_left(text, names):
    assert_asks(text, _THREE, names)

"""Fixer AO: "im on my … lab and the sheet says …" and "I half remember it's …" framing, a
formal verb ("retrieve", "obtain"), a sentence's final full stop after a value, "it works" as
talk, "what has X been saying" as its logs, a pointer with no context and an "a network"."""
import pytest

from tests.translating import assert_asks, assert_command, container

_ONE = {"containers": [container("lab-web", "nginx")]}
_TWO = {"containers": [container("front", "nginx"), container("kv", "redis", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # the place, then the page, joined by "and": framing
    ("im on my first docker lab and the sheet says run a redis server in the background", None,
     "docker run -d redis"),
    ("we're on our second practice session and the handout says to start a postgres container detached",
     None, "docker run -d postgres"),
    ("i'm in the big lab room and the slides say run nginx on port 8080", None,
     "docker run -p 8080:80 nginx"),
    ("i'm in the lab, run nginx", None, "docker run nginx"),                              # near-miss
    # a half memory of a command is talk; the request follows it
    ("I half remember it's docker run -p something... I want httpd on 8081 mapped to its 80, detached",
     None, "docker run -d -p 8081:80 httpd"),
    ("I vaguely remember it's docker logs -f or something. show me web1 logs as they come", None,
     "docker logs -f web1"),
    ("i kind of remember that it was docker ps -a. list every container, stopped too", None, "docker ps -a"),
    # a formal verb for "get"
    ("TASK: retrieve the last 10 log lines of container lab3-s02 with timestamps.", None,
     "docker logs -n 10 -t lab3-s02"),
    ("obtain the logs of worker-2", None, "docker logs worker-2"),
    ("Note: retrieve logs of api-7", None, "docker logs api-7"),
    # the full stop ending the sentence is not part of the last value
    ("list all containers whose name contains s22.", None, "docker ps -a -f name=s22"),
    ("show the logs of billing.", None, "docker logs billing"),
    ("Agent check for student s09: output the command listing all containers (stopped included) "
     "whose name contains s09.", None, "docker ps -a -f name=s09"),
    ("build an image called web from .", None, "docker build -t web ."),                 # near-miss
    # "it works", "that worked": how the last step went is talk
    ("ok it works. now follow its logs", _ONE, "docker logs -f lab-web"),
    ("cool, that worked, now stop it", _ONE, "docker stop lab-web"),
    ("nice, this is working so restart it", _ONE, "docker restart lab-web"),
    ("yay it works, now show the logs", _ONE, "docker logs lab-web"),
    # what a container has been saying is its log
    ("what's my redis container been saying", _TWO, "docker logs kv"),
    ("what has front been logging", _TWO, "docker logs front"),
    ("what is kv saying", _TWO, "docker logs kv"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


_EDGES = {"containers": [container("ng-a", "nginx"), container("ng-b", "nginx", created=2),
                         container("rd", "redis", created=3)]}
_STOPPED = {"containers": [container("pgmain", "postgres", "exited"), container("w", "nginx")]}
_CACHE = {"containers": [container("hotkv", "redis:7"), container("pg1", "postgres:16", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # "방금 띄운 IMAGE": the newest of that image's containers, the image word used up
    ("방금 띄운 nginx 멈춰줘", _EDGES, "docker stop ng-b"),
    ("마지막에 만든 nginx 로그 보여줘", _EDGES, "docker logs ng-b"),
    ("stop the nginx container I started most recently", _EDGES, "docker stop ng-b"),
    ("방금 띄운 거 멈춰줘", _EDGES, "docker stop rd"),                                   # near-miss
    # "IMAGE 컨테이너 켜줘" with a stopped container of the image: start it
    ("postgres 컨테이너 켜줘", _STOPPED, "docker start pgmain"),
    ("postgres 컨테이너 다시 켜줘", _STOPPED, "docker start pgmain"),
    ("turn on the postgres container", _STOPPED, "docker start pgmain"),
    ("nginx 컨테이너 켜줘", _STOPPED, "docker run -d nginx"),                           # near-miss
    ("postgres 켜줘", _STOPPED, "docker run -d postgres"),                              # near-miss
    # "이름 X 말고 Y로": the name kept is Y
    ("레디스 7 버전으로 백그라운드 실행, 이름 임시캐시 말고 kv1로 해줘", None, "docker run -d --name kv1 redis:7"),
    ("redis:7 백그라운드 실행, 이름 cache1 말고 sess로 해줘", None, "docker run -d --name sess redis:7"),
    ("nginx 띄워줘, 이름은 웹서버 대신 web1로", None, "docker run -d --name web1 nginx"),
    ("mysql 8 실행해줘 이름을 db1 말고 maindb로", None, "docker run --name maindb mysql:8"),
    ("nginx 말고 httpd 띄워줘", None, "docker run -d httpd"),                            # near-miss
    # "i've created/made": the user's own containers, no create
    ("gimme the 3 newest containers i've created, running or not", None, "docker ps -n 3"),
    ("list the 2 most recent containers I've made", None, "docker ps -n 2"),
    ("show the 5 newest containers i have created", None, "docker ps -n 5"),
    ("show the 4 newest containers i created", None, "docker ps -n 4"),                  # near-miss
    # exec misspelt: the described container, and the command typed kept
    ("docker exce -it my redis bash", _CACHE, "docker exec -i -t hotkv bash"),
    ("docker exc -it the postgres psql -U app", _CACHE, "docker exec -i -t pg1 psql -U app"),
    ("docker exex -it my redis redis-cli", _CACHE, "docker exec -i -t hotkv redis-cli"),
    ("docker exec -it my redis bash", _CACHE, "docker exec -i -t hotkv bash"),          # near-miss
    # a misspelt long flag typed with one dash
    ("docker run -enviroment LAB=3 alpine env", None, "docker run -e LAB=3 alpine env"),
    ("docker run -environment MODE=dev busybox env", None, "docker run -e MODE=dev busybox env"),
    ("docker run -enviornment A=1 alpine", None, "docker run -e A=1 alpine"),
    ("docker run -eFOO=1 alpine", None, "docker run -e FOO=1 alpine"),                   # near-miss
])
def test_command_more(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    # a pointer with no context and no name: a question, not a placeholder
    ("join it to a network", None, ()),
    ("plug it into a network", None, ()),
    ("disconnect it from a network", None, ()),
    ("it works", None, ()),                                                             # near-miss
])
def test_asks(text, context, names):
    assert_asks(text, context, names)


def test_a_container_to_a_network_is_a_template():
    assert_command("connect a container to a network", None, "docker network connect <network> <container>")


@pytest.mark.parametrize("text, expected", [
    # "it" pointing back at "a (new) container" said before it describes, not points: a template
    ("Run a command in a new container connecting it to a network",
     "docker run --network <network> <image> <command>"),
    ("launch a new container, joining it to a network", "docker run --network <network> <image>"),
    ("Stop a container, waiting some seconds before killing it", "docker stop -t <seconds> <container>"),
])
def test_it_pointing_back_at_a_container_is_a_template(text, expected):
    assert_command(text, None, expected)

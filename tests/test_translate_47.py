"""Fixer AN: sentence punctuation after a value, "just print id", a program's name naming a
user, "and then remove the container", "ls it" after a path, a path after a swapped
entrypoint, "443은 8443으로" with the image's own port first, the docker CLI image running docker
commands, an unnamed Korean volume, "so I can grep through …", "that IMAGE container"."""
import pytest

from tests.translating import assert_asks, assert_command, container

_UBUNTU = {"containers": [container("box-ub", "ubuntu"), container("mc1", "memcached", created=2)]}
_API = {"containers": [container("billing", "acme/billing"), container("web", "nginx", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # sentence punctuation after a value said in words is not part of it
    ("run redis with env LOG_LEVEL set to debug!", None, "docker run -e LOG_LEVEL=debug redis"),
    ("can you start mysql detached with MYSQL_ROOT_PASSWORD set to s3cret?", None,
     "docker run -d -e MYSQL_ROOT_PASSWORD=s3cret mysql"),
    ("run alpine with env MODE equal to fast.", None, "docker run -e MODE=fast alpine"),
    ("run alpine with env MODE=fast", None, "docker run -e MODE=fast alpine"),          # near-miss
    # "just print id": the program, not "ids only"
    ("run alpine and just print `id`", None, "docker run alpine id"),
    ("run busybox as user 33 and just print id", None, "docker run -u 33 busybox id"),
    ("list containers, just print ids", None, "docker ps -q"),                           # near-miss
    ("docker ps but include stopped ones and only print ids", None, "docker ps -a -q"),  # near-miss
    # a program's name said as the user ("node 유저로") is no command
    ("python 이미지를 python 사용자로 실행해서 id 출력해줘", None, "docker run -u python python id"),
    ("node 이미지를 node 유저로 실행해", None, "docker run -u node node"),
    ("ubuntu를 root 유저로 실행해서 id 찍어봐", None, "docker run -u root ubuntu id"),       # near-miss
    # "and then remove the container" after a run: --rm
    ("run `uname -a` in alpine, then delete the container", None, "docker run --rm alpine uname -a"),
    ("run ls / in busybox and remove the container afterwards", None, "docker run --rm busybox ls /"),
    ("execute `node -v` in node:20 and then rm it", None, "docker run --rm node:20 node -v"),
    ("run alpine echo hi and then remove the alpine image", None, "docker run alpine echo hi"),  # near-miss
    ("stop web and then remove the container", _API, "docker rm -f web"),                # near-miss
    # "ls it", "cat it": the path said before
    ("mount ./conf at /etc/app in alpine and cat it", None, "docker run -v ./conf:/etc/app alpine cat /etc/app"),
    ("there is a file /etc/nginx/nginx.conf in web, cat it", _API, "docker exec web cat /etc/nginx/nginx.conf"),
    ("check /etc/hosts in billing, cat it please", _API, "docker exec billing cat /etc/hosts"),
    ("ls /tmp in web", _API, "docker exec web ls /tmp"),                                 # near-miss
    # a path after a swapped-in entrypoint is its argument
    ("ubuntu 엔트리포인트를 ls로 바꿔서 /etc 보여줘", None, "docker run --entrypoint ls ubuntu /etc"),
    ("run busybox with the entrypoint swapped for cat and show /etc/passwd", None,
     "docker run --entrypoint cat busybox /etc/passwd"),
    ("override the entrypoint of alpine with head and print /etc/hosts", None,
     "docker run --entrypoint head alpine /etc/hosts"),
    ("run alpine with entrypoint sh", None, "docker run -i -t --entrypoint sh alpine"),  # near-miss
    # "A은 B로": the image's own port first is the container's side; "A은 B에" too
    ("redis 띄우고 6379는 16379로 연결해줘", None, "docker run -d -p 16379:6379 redis"),
    ("httpd 띄우고 9090은 80에 연결해줘", None, "docker run -d -p 9090:80 httpd"),
    ("nginx 띄우는데 호스트 8081은 80에, 8444는 443에 연결해줘", None, "docker run -d -p 8081:80 -p 8444:443 nginx"),
    ("nginx 띄우고 8443은 443으로 연결해줘", None, "docker run -d -p 8443:443 nginx"),       # near-miss
    # the docker CLI image runs docker commands inside, and serves nothing
    ("spin up docker:cli with /var/run/docker.sock mounted and run `docker ps -a` in it", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps -a"),
    ("run docker:cli with the docker socket mounted and list the images from inside", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker images"),
    ("start a docker:cli container with /var/run/docker.sock mounted and list volumes in it", None,
     "docker run -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker volume ls"),
    ("I ran `docker ps` but nothing shows", None, "docker ps"),                          # near-miss
    ("spin up redis", None, "docker run -d redis"),                                      # near-miss
    # unnamed Korean volume: asked (below); named or labelled, made
    ("pgdata라는 볼륨 만들어줘", None, "docker volume create pgdata"),
    ("라벨 env=dev 붙여서 볼륨 만들어줘", None, "docker volume create --label env=dev"),
    ("i want a volume", None, "docker volume create"),                                   # near-miss
    # "so I can grep through …": a shell to look around in
    ("start ubuntu with ./logs mounted at /logs so we can poke around in them", None,
     "docker run -i -t -v ./logs:/logs ubuntu bash"),
    ("mount /srv/app into busybox at /app so I can look around", None,
     "docker run -i -t -v /srv/app:/app busybox sh"),
    ("get into web so I can dig through the config", _API, "docker exec -i -t web sh"),
    ("run alpine and grep root /etc/passwd", None, "docker run alpine grep root /etc/passwd"),  # near-miss
    # "that/the IMAGE container": the caller's container running it
    ("get me bash in the ubuntu container", _UBUNTU, "docker exec -i -t box-ub bash"),
    ("open bash in that memcached container", _UBUNTU, "docker exec -i -t mc1 bash"),
    ("this ubuntu container, give me bash in it", _UBUNTU, "docker exec -i -t box-ub bash"),
    ("get me bash in a new ubuntu container", _UBUNTU, "docker run -i -t ubuntu bash"),  # near-miss
    ("get me bash in the debian container", _UBUNTU, "docker run -i -t debian bash"),    # near-miss
])
def test_commands(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", ["볼륨 하나 만들어줘", "볼륨 좀 만들어 줄래", "새 볼륨 하나 만들어 줘"])
def test_asks_volume_name(text):
    assert_asks(text, names=("볼륨",))

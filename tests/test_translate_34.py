"""Session causes (fixer AA): a program's command line said to happen in/inside/에서 a named
container is exec there (also after a purpose: "… in NAME with CMD"); a docker subcommand
typed as a request's verb ("rmi ID, force it"); a subcommand's letters typed out of order
("ecex"); a port pair split by a space ("-p 8083 80 nginx")."""
import pytest

from tests.translating import assert_command, container

_WEB = {"containers": [container("web1", "nginx"), container("vault", "hashicorp/vault")]}


@pytest.mark.parametrize("text, context, expected", [
    # a program's command line in/inside a named container, no verb
    ("head /etc/passwd in web1", None, "docker exec web1 head /etc/passwd"),
    ("ls -la /srv inside cache2", None, "docker exec cache2 ls -la /srv"),
    ("cat /app/x.txt inside web1", _WEB, "docker exec web1 cat /app/x.txt"),
    # "NAME에서 CMD 실행해줘": an image's word typed with its flags is the program there
    ("vault에서 ls -al /etc 실행해줘", None, "docker exec vault ls -al /etc"),
    ("web2 안에서 redis-cli -n 2 ping 실행해줘", None, "docker exec web2 redis-cli -n 2 ping"),
    ("api에서 python -V 돌려줘", None, "docker exec api python -V"),
    ("run nginx -s reload in edge", None, "docker exec edge nginx -s reload"),
    # a purpose, then "with CMD"
    ("check the nginx config in web1 with nginx -t", _WEB, "docker exec web1 nginx -t"),
    ("reload nginx in edge2 with nginx -s reload", None, "docker exec edge2 nginx -s reload"),
    ("look at the php settings in shop with php -i", None, "docker exec shop php -i"),
    ("check python in api with python --version", None, "docker exec api python --version"),
    # near misses: a new container stays run
    ("cat /etc/os-release in a new ubuntu container", None, "docker run ubuntu cat /etc/os-release"),
    ("ubuntu 22.04, cat /etc/os-release", None, "docker run ubuntu:22.04 cat /etc/os-release"),
    ("ls /app in alpine", None, "docker run alpine ls /app"),
    ("run nginx -p 8080:80 in the background", None, "docker run -d -p 8080:80 nginx"),
    ("nginx 8080 포트로 띄워줘", None, "docker run -d -p 8080:80 nginx"),
    # "rmi" typed as the verb, then words
    ("rmi 9f8e7d6c5b4a, force it", None, "docker rmi -f 9f8e7d6c5b4a"),
    ("rmi redis:7 please, force it", None, "docker rmi -f redis:7"),
    ("rmi 0a1b2c3d4e5f even if it is in use, force it", None, "docker rmi -f 0a1b2c3d4e5f"),
    ("please rmi nginx", None, "docker rmi nginx"),
    # near miss: rm stays rm
    ("remove web1, force it", None, "docker rm -f web1"),
    # a subcommand's letters out of order, its first letter kept
    ("docker ecex web1 cat /etc/hosts", None, "docker exec web1 cat /etc/hosts"),
    ("docker lsog -f api", None, "docker logs -f api"),
    ("docker phsu myrepo/app:1", None, "docker push myrepo/app:1"),
    # near miss: one swap was already a typo
    ("docker lgos -f api", None, "docker logs -f api"),
    # a port pair split by a space
    ("docker run -p 5000 5000 myapp", None, "docker run -p 5000:5000 myapp"),
    ("run -d -p 6380 6379 redis:7", None, "docker run -d -p 6380:6379 redis:7"),
    ("docker run -d -p 9090 80 httpd", None, "docker run -d -p 9090:80 httpd"),
    # near misses: one port, or a number that is the container's command
    ("docker run -d -p 8083 nginx", None, "docker run -d -p 8083:80 nginx"),
    ("docker run alpine sleep 80", None, "docker run alpine sleep 80"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)

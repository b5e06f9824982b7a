"""Causes found by blind18 (fixer K): `docker run`, ports, typed flags, agents' values."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

CTX = {"containers": [container("web1", "nginx")]}

# Two host ports for a web server (80 and 443): the one ending in 443 reaches 443.
WEB_PORTS = [
    ("run caddy exposed on 9443 and 9080", None, "docker run -p 9443:443 -p 9080:80 caddy"),
    ("start httpd listening on 8000 and 8443 in the background", None,
     "docker run -d -p 8000:80 -p 8443:443 httpd"),
    ("httpd 8000이랑 8443 열어서 실행해줘", None, "docker run -d -p 8000:80 -p 8443:443 httpd"),
    ("traefik 9080하고 9443 열어서 띄워줘", None, "docker run -d -p 9080:80 -p 9443:443 traefik"),
    # near-miss: one port stays one mapping
    ("run nginx on port 8088", None, "docker run -p 8088:80 nginx"),
]

# "expose N" in every form of the verb
EXPOSE = [
    ("start httpd and expose it on 8081", None, "docker run -d -p 8081:80 httpd"),
    ("launch redis exposed on 6390", None, "docker run -d -p 6390:6379 redis"),
    ("bring up caddy named site exposing 9000", None, "docker run -d --name site -p 9000:80 caddy"),
]

# env/labels given to an agent's call as one comma-joined string of pairs
JOINED = [
    ('run_container(image="nginx", labels="team=web,tier=front")', None,
     "docker run -l team=web -l tier=front nginx"),
    ('run(image="alpine", env="X=1, Y=2")', None, "docker run -e X=1 -e Y=2 alpine"),
    ('docker_run(image="redis:7", environment="MODE=fast,LEVEL=3", detach=true)', None,
     "docker run -e MODE=fast -e LEVEL=3 -d redis:7"),
    # near-miss: a comma inside one value stays one value
    ('docker_run(image="redis", environment="MODE=a,b")', None, "docker run -e MODE=a,b redis"),
]

# a shell asked, then why: the reason is no command
SHELL_REASON = [
    ("start alpine with a shell because I want to ls the volume", None, "docker run -i -t alpine sh"),
    ("give me a shell in web1, I want to cat the config", CTX, "docker exec -i -t web1 sh"),
    ("run ubuntu and give me bash, I need to grep some logs", None, "docker run -i -t ubuntu bash"),
    # near-miss: no shell asked, the program is the command
    ("run alpine ls /etc", None, "docker run alpine ls /etc"),
]

# "X 이름 붙여서": the container's name
KO_NAME = [
    ("postgres를 db-main 이름 달아서 실행해줘", None, "docker run --name db-main postgres"),
    ("nginx web-front 이름을 붙여서 띄워", None, "docker run -d --name web-front nginx"),
    ("alpine sleeper 이름 지어서 백그라운드로 돌려줘", None, "docker run -d --name sleeper alpine"),
    ("nginx 이름 web2로 붙여서 실행해줘", None, "docker run --name web2 nginx"),
]

# an invented long flag read by its words' meaning
MEANT_FLAGS = [
    ("docker run --mem-limit 512m redis", None, "docker run -m 512m redis"),
    ("docker run --max-memory 2g nginx", None, "docker run -m 2g nginx"),
    ("docker run --cpu 2 nginx", None, "docker run --cpus 2 nginx"),
    ("docker run --port-map 8080:80 nginx", None, "docker run -p 8080:80 nginx"),
    # near-misses: a real flag stays, a misspelling still goes by spelling
    ("docker run --cpu-count 2 nginx", None, "docker run --cpu-count 2 nginx"),
    ("docker run --detatch nginx", None, "docker run -d nginx"),
]


@pytest.mark.parametrize("text, context, expected",
                         WEB_PORTS + EXPOSE + JOINED + SHELL_REASON + KO_NAME + MEANT_FLAGS)
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", ["run redis on ports 6379 and 6380", "run mysql on 3307 and 3308",
                                  "run nginx on 8080 and 8081"])
def test_two_ports_one_known_port_asks(text):
    assert_asks(text)


def test_meant_flag_listed_in_corrections():
    result = assert_command("docker run -d --cpu-limit 1 nginx", None, "docker run -d --cpus 1 nginx")
    assert {"from": "--cpu-limit", "to": "--cpus", "kind": "flag"} in result["corrections"]

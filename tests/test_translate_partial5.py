"""Typed commands pasted into a chat: a question or remark around the command, a filter's key
and value typed apart, a volume's sides swapped, the shell typed before the container; and a
Korean server "opened" on a port.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container as _c




SHOP = {"containers": [_c("billing-db", "postgres:16", created=1), _c("cart", "node:20", created=2),
                       _c("web1", "nginx", created=3), _c("web2", "nginx", created=4)]}

CASES = [
    # A remark after the command is not arguments: "???", "(…?)", "<- …", "# …", ", right?".
    ("docker logs --tail 30 cart ?? is this right", SHOP, "docker logs -n 30 cart"),
    ("docker stop web1 web2   (will that stop both?)", SHOP, "docker stop web1 web2"),
    ("docker ps -aq  <-- ids of everything?", None, "docker ps -a -q"),
    ("docker volume ls # the volumes i made", None, "docker volume ls"),
    ("docker pull redis:7, correct?", None, "docker pull redis:7"),
    ("docker restart cart does that work?", SHOP, "docker restart cart"),
    ("docker image ls -a 이거 맞아?", None, "docker images -a"),
    ("docker rm -f web2 맞나요?", SHOP, "docker rm -f web2"),
    # The command quoted inside a question.
    ("how come `docker images -all` fails for me", None, "docker images -a"),
    ("what is wrong with 'docker logs -follow cart'", SHOP, "docker logs -f cart"),
    ("`docker exec -it cart bash` says no such container, why", SHOP,
     "docker exec -i -t cart bash"),
    # A filter's key and value typed as two words.
    ("docker images --filter dangling true", None, "docker images -f dangling=true"),
    ("docker ps -a -f name billing", SHOP, "docker ps -a -f name=billing"),
    ("docker container ls --filter ancestor nginx -q", None, "docker ps -f ancestor=nginx -q"),
    # A volume's container path typed before its name.
    ("docker run -d -v /data:cachedata redis", None, "docker run -d -v cachedata:/data redis"),
    ("docker run -v /usr/share/nginx/html:site:ro nginx", None,
     "docker run -v site:/usr/share/nginx/html:ro nginx"),
    ("docker run -d -v /var/lib/postgresql/data:pg postgres", None,
     "docker run -d -v pg:/var/lib/postgresql/data postgres"),
    # The shell typed before the container.
    ("docker exec -it sh cart", SHOP, "docker exec -i -t cart sh"),
    ("docker exec -it zsh dev-box", None, "docker exec -i -t dev-box zsh"),
    ("docker exec -it bash billing-db", SHOP, "docker exec -i -t billing-db bash"),
    # A server opened on a port is brought up in the background.
    ("redis 6390번 포트 열어줘", None, "docker run -d -p 6390:6379 redis"),
    ("postgres 5440번으로 열어서 실행해줘 이름은 acct-pg", None,
     "docker run -d --name acct-pg -p 5440:5432 postgres"),
    ("httpd 9090 포트로 열어줘", None, "docker run -d -p 9090:80 httpd"),
    # Near misses that must not change.
    ("docker run -v /srv/app:/app node", None, "docker run -v /srv/app:/app node"),
    ("docker ps --filter status=exited", None, "docker ps -f status=exited"),
    ("docker exec -it cart bash", SHOP, "docker exec -i -t cart bash"),
    ("nginx를 8081 포트로 실행해줘", None, "docker run -p 8081:80 nginx"),
    ("busybox로 sh 열어줘", None, "docker run -i -t busybox sh"),
]


@pytest.mark.parametrize("text,context,expected", CASES)
def test_pasted_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", [
    "docker ps -a ?? && rm -rf /",
    "docker exec -it bash web",
])
def test_still_asks(text):
    assert_asks(text, SHOP)

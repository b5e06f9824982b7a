"""English requests with talk around them, values said in words, and containers named by
what they run: background and closing remarks, server images brought up, echo of quoted
text, port pairs said with an arrow verb, a network said after "on", counts of pings.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container as _c




SITE = {"containers": [_c("shopfront", "httpd:2.4", created=1), _c("shopdb", "postgres:16", created=2)]}
TWO_MYSQL = {"containers": [_c("sql-a", "mysql:8", created=1), _c("sql-b", "mysql:8", created=2)]}
BUILDS = {"containers": [], "images": ["kim/quiz:1.0", "kim/quiz:beta", "kim/quiz:rc2", "redis:7"]}
APP = {"containers": [_c("sqlbox", "mysql:8.0", created=1), _c("frontend", "node:20", created=2)]}
TWO_WEB = {"containers": [_c("site-a", "nginx", created=1), _c("site-b", "caddy:2", created=2)]}

CASES = [
    # A leading clause of background (who asked, where one comes from) is talk, not values.
    ("hi, I'm switching over from podman, how can I run redis detached",
     None, "docker run -d redis"),
    ("ok so my instructor told me to check my setup, how do I run hello-world",
     None, "docker run hello-world"),
    ("I just installed docker, how would I list my images", None, "docker images"),
    # A closing remark after the request is talk too.
    ("restart shopdb, thanks a lot!", SITE, "docker restart shopdb"),
    ("start shopfront, I'm heading out now", SITE, "docker start shopfront"),
    ("please stop shopdb; we're finished for the week", SITE, "docker stop shopdb"),
    # "um", "uh": hesitation, not words to place.
    ("uh how do I see the logs of shopdb", SITE, "docker logs shopdb"),
    # "turn/convert … into an image" builds; "(no tag needed)" declines a name.
    ("convert this folder into a docker image", None, "docker build ."),
    ("how can I turn ./service into an image", None, "docker build ./service"),
    ("turn the current directory into an image called blog:2 (no cache)", None,
     "docker build -t blog:2 --no-cache ."),
    ("build the current folder, no name needed", None, "docker build ."),
    # "boot" brings a server up in the background; a one-shot image stays in the foreground.
    ("boot a redis container called cache-1", None, "docker run -d --name cache-1 redis"),
    ("boot postgres with port 5433 on the host", None, "docker run -d -p 5433:5432 postgres"),
    # Quoted text after echo/print/say is what echo prints, as one argument.
    ('start alpine and make it print "build finished"', None,
     "docker run alpine echo 'build finished'"),
    ("spin up ubuntu that says 'good morning all'", None, "docker run ubuntu echo 'good morning all'"),
    ('run busybox and let it echo "a b c"', None, "docker run busybox echo 'a b c'"),
    # A port pair said with an arrow verb needs no word "port".
    ("launch caddy detached with 8080 forwarding to 80 and 4443 forwarding to 443", None,
     "docker run -d -p 8080:80 -p 4443:443 caddy"),
    ("run httpd in the background, 9090 pointing to 80", None, "docker run -d -p 9090:80 httpd"),
    # "on <network>": a network-shaped word after "on" is the network.
    ("run redis on labnet in the background", None, "docker run -d --network labnet redis"),
    ("run postgres named db2 on back-tier", None, "docker run --name db2 --network back-tier postgres"),
    ("fresh httpd, detached, on team_net", None, "docker run -d --network team_net httpd"),
    # "ping X N times": the count is ping's -c.
    ("run busybox and ping 8.8.8.8 five times", None, "docker run busybox ping -c 5 8.8.8.8"),
    ("use alpine to ping google.com 2 times", None, "docker run alpine ping -c 2 google.com"),
    ("testing things out, list my images", None, "docker images"),
    ("debugging dns stuff, run busybox with a shell", None, "docker run -i -t busybox sh"),
    # A count of containers, said in a question, lists that many (not the concept page).
    ("what are the 2 newest containers", None, "docker ps -n 2"),
    ("what were the 4 most recent containers i started", None, "docker ps -n 4"),
    # "called something with X": part of a name to filter on.
    ("show running containers named anything like pay", None, "docker ps -f name=pay"),
    ("list every container, even stopped, called something that has api", None,
     "docker ps -a -f name=api"),
    # Fractions of an hour.
    ("what did shopdb print in the past half hour", SITE, "docker logs --since 30m shopdb"),
    ("logs of shopfront from the last hour and a half", SITE, "docker logs --since 90m shopfront"),
    ("shopdb logs for the last quarter of an hour", SITE, "docker logs --since 15m shopdb"),
    # A question about a network or volume named by its shape, then "inspect it".
    ("which containers sit on shop-net? please inspect it", None, "docker network inspect shop-net"),
    ("what driver does app_net use? show its details", None, "docker network inspect app_net"),
    ("where is cache-vol stored? inspect it", None, "docker volume inspect cache-vol"),
    # An image named by its tag alone ("the beta build").
    ("push the beta build", BUILDS, "docker push kim/quiz:beta"),
    ("push the rc2 image", BUILDS, "docker push kim/quiz:rc2"),
    # "my <image> container": the caller's container running it, not a new one.
    ("open a shell in my node container", APP, "docker exec -i -t frontend sh"),
    ("I need a terminal inside our mysql box", APP, "docker exec -i -t sqlbox sh"),
    ("run ls in my node container", APP, "docker exec frontend ls"),
    # "the web server": the one container serving the web.
    ("stop the web server", SITE, "docker stop shopfront"),
    # A distro image run interactively opens its shell.
    ("run ubuntu interactively", None, "docker run -i -t ubuntu bash"),
    ("start an interactive debian:12 container", None, "docker run -i -t debian:12 bash"),
    ("launch busybox interactively, remove it after", None, "docker run -i -t --rm busybox sh"),
    ("give me an ubuntu shell to mess around in", None, "docker run -i -t ubuntu bash"),
    # "ps" opens a listing; its flags are docker's.
    ("ps but with disk sizes", None, "docker ps -s"),
    ("ps -a please", None, "docker ps -a"),
    ("how much disk space are my containers using", None, "docker ps -s"),
]

# Near misses: these must keep their meaning.
KEPT = [
    ("I'm debugging shopdb, show its logs", SITE, "docker logs shopdb"),
    ("run alpine sh -c \"ls /tmp\"", None, "docker run alpine sh -c 'ls /tmp'"),
    ("start a redis container on startup", None, "docker run -d redis"),
    ("run nginx on port 8080", None, "docker run -p 8080:80 nginx"),
    ("boot up busybox", None, "docker run busybox"),
    ("run alpine ping web 4", None, "docker run alpine ping web 4"),
    ("give me a bash shell in a new mysql container", APP, "docker run -i -t mysql bash"),
    ("run python interactively", None, "docker run -i -t python"),
    ("ps -ef in frontend", APP, "docker exec frontend ps -ef"),
    ("learning volumes, create one called scratch", None, "docker volume create scratch"),
]


@pytest.mark.parametrize("text,context,expected", CASES + KEPT)
def test_english_request(text, context, expected):
    assert_command(text, context, expected, "en")


@pytest.mark.parametrize("text,context,candidates", [
    ("restart the web server", TWO_WEB, ("site-a", "site-b")),
    ("open a shell in my mysql container", TWO_MYSQL, ("sql-a", "sql-b")),
])
def test_several_fit_is_a_question(text, context, candidates):
    assert_asks(text, context, candidates, "en")

"""Causes found in blind17 (fixer I): `docker run` requests in words. Each case is a phrasing of
our own, not a row of the set."""
from __future__ import annotations

import pytest

from tests.translating import assert_asks, assert_command, container

COMMANDS = [
    # "expose N" for an image with a known port: reach it on N
    ("run postgres, expose 5433", None, "docker run -p 5433:5432 postgres"),
    ("launch mongo detached and expose 27018", None, "docker run -d -p 27018:27017 mongo"),
    ("run nginx, publish 8080", None, "docker run -p 8080:80 nginx"),
    ("docker run --expose 8080 nginx", None, "docker run --expose 8080 nginx"),        # near miss
    # "N to N": the same number on both sides is a mapping for any image
    ("start grafana/grafana detached, 3000 to 3000", None,
     "docker run -d -p 3000:3000 grafana/grafana"),
    ("run myapp:1 with 9000 to 9000", None, "docker run -p 9000:9000 myapp:1"),
    ("bring up eclipse-mosquitto in the background, 8883 to 8883", None,
     "docker run -d -p 8883:8883 eclipse-mosquitto"),
    ("run nginx in background, 8080 to 80", None, "docker run -d -p 8080:80 nginx"),   # near miss
    # "a database called X" for a database image is its database variable, not --name
    ("run postgres in the background with password pw1 and a database named orders", None,
     "docker run -d -e POSTGRES_PASSWORD=pw1 -e POSTGRES_DB=orders postgres"),
    ("mariadb detached, root password x9, db name wiki", None,
     "docker run -d -e MARIADB_ROOT_PASSWORD=x9 -e MARIADB_DATABASE=wiki mariadb"),
    ("postgres 띄워줘 비밀번호는 pw1 데이터베이스 이름은 shop", None,
     "docker run -d -e POSTGRES_PASSWORD=pw1 -e POSTGRES_DB=shop postgres"),
    ("run postgres named pg1 with a database called app", None,
     "docker run --name pg1 -e POSTGRES_DB=app postgres"),
    ("run postgres named db1", None, "docker run --name db1 postgres"),                # near miss
    # of several sizes, the one after a limit word is the limit; the machine's is talk
    ("my vps has 2gb of memory, run nginx limited to 256mb", None, "docker run -m 256m nginx"),
    ("I have 16gb ram; start postgres with memory capped at 4gb", None,
     "docker run -d -m 4g postgres"),
    ("run redis, memory limit 1g", None, "docker run -m 1g redis"),                     # near miss
    # "the user set to X", "user is X", "as the user X"
    ("start nginx detached, user set as www-data", None, "docker run -d -u www-data nginx"),
    ("run alpine with the user being 1000", None, "docker run -u 1000 alpine"),
    ("run ubuntu bash, username is guest", None, "docker run -i -t -u guest ubuntu bash"),
    ("run busybox as the user nobody", None, "docker run -u nobody busybox"),
    ("run debian as user nobody with bash", None, "docker run -i -t -u nobody debian bash"),  # near miss
    ("run alpine with user=nobody, sh", None, "docker run -i -t -u nobody alpine sh"),
    ("run nginx with username=www-data detached", None, "docker run -d -u www-data nginx"),
    ("run ubuntu bash with USER=bob", None, "docker run -i -t -e USER=bob ubuntu bash"),  # near miss
    # "give me bash, I want to …": a shell asked for leads; the reason after it is talk
    ("mount /srv/media into a debian container at /media and give me a shell, I need to fetch "
     "a few things", None, "docker run -i -t -v /srv/media:/media debian bash"),
    ("bash in ubuntu please, I want to grab a config file", None, "docker run -i -t ubuntu bash"),
    ("run ubuntu with /data mounted at /data and give me bash, I want to pull some logs", None,
     "docker run -i -t -v /data:/data ubuntu bash"),
    # well-known images published under a namespace, by their bare name or misspelt
    ("run jellyfin on port 8097 in the background", None,
     "docker run -d -p 8097:8096 jellyfin/jellyfin"),
    ("uptime-kuma 백그라운드로 띄워줘", None, "docker run -d louislam/uptime-kuma"),
    ("run prometheus detached, expose 9091", None, "docker run -d -p 9091:9090 prom/prometheus"),
    ("docker run -d grafana/grafan", None, "docker run -d grafana/grafana"),
    ("docker run -d -p 8097:8096 jellyfin/jellyfn", None, "docker run -d -p 8097:8096 jellyfin/jellyfin"),
    ("docker run -d myuser/grafana", None, "docker run -d myuser/grafana"),             # near miss
    ("docker run -d grafana/loki", None, "docker run -d grafana/loki"),                 # near miss
    ("stop grafana", {"containers": [container("grafana", "grafana/grafana")]},
     "docker stop grafana"),                                                            # near miss
]

ASKS = [
    ("run myapp with a database called foo", None, ("foo",)),
    ("run myapp, expose 8080", None, ()),
]


@pytest.mark.parametrize("text, context, expected", COMMANDS)
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", ASKS)
def test_asks(text, context, names):
    assert_asks(text, context, names)

"""English requests from phone typing and non-native wording: program versions, place
adverbs and Go package patterns after a program, a replaced entrypoint and its arguments,
and more.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from webapp.commands.translate import translate
from tests.translating import same as _same




CASES = [
    # "./..." (Go's package pattern) is one argument, not "./" and a full stop.
    ("in golang run go test ./... please", None, "docker run golang go test ./..."),
    ("run golang:1.22 go vet ./pkg/...", None, "docker run golang:1.22 go vet ./pkg/..."),
    ("run golang and do go build ./cmd/...", None, "docker run golang go build ./cmd/..."),
    # "the python version": the program's --version (go's is a subcommand).
    ("run node:20 and show the node version", None, "docker run node:20 node --version"),
    ("ruby image, print the ruby version", None, "docker run ruby ruby --version"),
    ("golang image, print the go version", None, "docker run golang go version"),
    ("run docker:cli and show the docker version", None, "docker run docker:cli docker version"),
    # "there"/"here" ending the sentence after a program's arguments is talk.
    ("in ubuntu run ls -la here", None, "docker run ubuntu ls -la"),
    ("run python:3.12 with workdir /code and run pip list there", None,
     "docker run -w /code python:3.12 pip list"),
    ("run busybox echo hi there", None, "docker run busybox echo hi there"),
    # A replaced entrypoint ("override", "swapped for", "replaced by") and its arguments.
    ("run busybox, replace the entrypoint with /bin/cat, giving it /etc/os-release as the argument",
     None, "docker run --entrypoint /bin/cat busybox /etc/os-release"),
    ("run ubuntu with its entrypoint overridden to /bin/ls, passing /tmp as the argument", None,
     "docker run --entrypoint /bin/ls ubuntu /tmp"),
    ("run alpine, entrypoint changed to /bin/date", None, "docker run --entrypoint /bin/date alpine"),
    ("start nginx with entrypoint replaced by /bin/sh and keep it interactive", None,
     "docker run -it --entrypoint /bin/sh nginx"),
    ("override the entrypoint of acme/tool:2 with /bin/bash, interactive", None,
     "docker run -it --entrypoint /bin/bash acme/tool:2"),
    # "X is acting weird / behaving strangely / flaky": X is the container the verb acts on.
    ("checkout has been behaving strangely, restart it", None, "docker restart checkout"),
    ("ledger is misbehaving, stop it", None, "docker stop ledger"),
    ("indexer is acting up again, kill it", None, "docker kill indexer"),
    # "both A and B", "A and B": every name of the list, short or plain words too.
    ("kill both ingest and relay", None, "docker kill ingest relay"),
    ("stop both mq and broker", None, "docker stop mq broker"),
    ("restart both api and worker1", None, "docker restart api worker1"),
    ("stop api and then list images", None, "docker stop api"),
    # "tail -f style", "weird": descriptions, never names.
    ("tail -f style logs for orders-api", None, "docker logs -f orders-api"),
    ("follow style logs of mailer please", None, "docker logs -f mailer"),
    # A registry reference's host words ("registry.", "internal") are not cues; "our registry"
    # is where it goes, not an image.
    ("push harbor.corp.lan/ops/backup:3 up to our registry", None,
     "docker push harbor.corp.lan/ops/backup:3"),
    ("push registry.gitlab.com/grp/api:latest", None, "docker push registry.gitlab.com/grp/api:latest"),
    ("pull quay.io/prometheus/node-exporter:v1.8.0", None,
     "docker pull quay.io/prometheus/node-exporter:v1.8.0"),
    # "the NAME network/volume, with its containers": the noun right after the name decides.
    ("inspect the pgdata volume and the containers using it", None, "docker volume inspect pgdata"),
    ("details of the lab network with its containers", None, "docker network inspect lab"),
    ("inspect the web container and its network", None, "docker inspect web"),
    # A verb said not to be done is not the action, when another verb is said.
    ("download redis:7 but do not start it", None, "docker pull redis:7"),
    ("fetch ubuntu:24.04 without running it", None, "docker pull ubuntu:24.04"),
    ("just pull node:20, no need to run it", None, "docker pull node:20"),
    ("don't stop web, restart it", None, "docker restart web"),
    ("stop web, don't remove it", None, "docker stop web"),
    # "host N" alone is the host's port; the image's own port is inside.
    ("run postgres:16 in the background, host 5433", None, "docker run -d -p 5433:5432 postgres:16"),
    ("mongo on host side 27018, detached", None, "docker run -d -p 27018:27017 mongo"),
    ("run nginx, host 8080 to container 80", None, "docker run -p 8080:80 nginx"),
    # Two host ports, then their container ports said with "container"/"inside".
    ("run caddy on 8081 and 8444 (inside: 80 and 443)", None,
     "docker run -p 8081:80 -p 8444:443 caddy"),
    ("traefik reachable at 8000 and 8443, container ports 80 and 443", None,
     "docker run -p 8000:80 -p 8443:443 traefik"),
    ("run alpine sleep 30 and 40 then 50 and 60", None, None),
    # An image with several well-known ports: one other host port said is a question.
    ("run rabbitmq:3.13-management on port 8080", None, None),
    ("docker run -p 15673 rabbitmq:3-management", None, None),
    ("rabbitmq:3-management on 15672, detached", None, "docker run -d -p 15672:15672 rabbitmq:3-management"),
    ("run rabbitmq on port 5673", None, "docker run -p 5673:5672 rabbitmq"),
]




@pytest.mark.parametrize("text, context, expected", CASES)
def test_translates(text, context, expected):
    got = translate(text, "en", context)
    if expected is None:
        assert got.get("command") is None and got.get("clarify"), got
    else:
        assert _same(got.get("command"), expected), (text, got)

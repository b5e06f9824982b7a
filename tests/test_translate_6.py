"""English requests from workshops and team chat: a docker error message quoted before the
request, a request asked on someone's behalf, a goal that means -d or --rm, and "start from the
last N lines" as where log output begins.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from webapp.commands.translate import translate
from tests.translating import same as _same

CASES = [
    # A quoted docker error message is context; the request is what follows it.
    ("error: driver failed programming external connectivity: address already in use. ok then run "
     "redis on host port 6380 detached", None, "docker run -d -p 6380:6379 redis"),
    ('i got "docker: Error response from daemon: pull access denied for ngnix" so pull nginx:1.25 instead',
     None, "docker pull nginx:1.25"),
    ("Conflict. The container name is already in use by another container -- whatever, start postgres "
     "in the background named pg2", None, "docker run -d --name pg2 postgres"),
    ("Error response from daemon: conflict: unable to remove repository reference. fine, force remove "
     "the image busybox", None, "docker rmi -f busybox"),
    # Who asks is not what to do.
    ("my coworker wants to stop the api container", None, "docker stop api"),
    ("over in the infra channel somebody asked: how do I stop the container named cache?",
     None, "docker stop cache"),
    ("our intern needs to see the last 20 lines of worker logs", None, "docker logs --tail 20 worker"),
    ("a student asked: how to open a shell in the running box called lab1?", None,
     "docker exec -it lab1 sh"),
    # "start from the last N lines": where output begins, not `docker start`.
    ("follow cache logs, start at the last 30 lines", None, "docker logs -f --tail 30 cache"),
    ("show queue logs: start with the last 5 lines", None, "docker logs --tail 5 queue"),
    ("stream the logs of gateway starting from the last 100 lines", None,
     "docker logs -f --tail 100 gateway"),
    # A goal only a detached server meets: -d.
    ("start up a redis named q1, it has to keep running after I close this window", None,
     "docker run -d --name q1 redis"),
    ("bring up nginx named front on 8099, it should keep running after I close my laptop", None,
     "docker run -d --name front -p 8099:80 nginx"),
    ("launch a caddy container on 8443:443 that stays up after I exit the terminal", None,
     "docker run -d -p 8443:443 caddy"),
    # Cleaned up when done: --rm.
    ("a temp ubuntu container with bash", None, "docker run -i -t --rm ubuntu bash"),
    ("run alpine with sh and have it deleted once they quit", None, "docker run -i -t --rm alpine sh"),
    ("node:20 with bash for each student, removed when they leave", None, "docker run -i -t --rm node:20 bash"),
    ("python:3.12 running python -V, auto-delete afterwards", None, "docker run --rm python:3.12 python -V"),
    # Near misses: nothing above may change these.
    ("start web", [{"name": "web", "image": "nginx", "status": "exited", "created": 1}], "docker start web"),
    ("show the logs of api, start from the top", None, "docker logs api"),
    ("run alpine echo hi and remove it after", None, "docker run --rm alpine echo hi"),
    ("run nginx on port 8082 so I can open it in my browser", None, "docker run -p 8082:80 nginx"),
    ("my teammate container logs", [{"name": "teammate", "image": "nginx", "status": "running",
                                     "created": 1}], "docker logs teammate"),
]




@pytest.mark.parametrize("text, context, expected", CASES)
def test_translates(text, context, expected):
    ctx = {"containers": context} if context else None
    got = translate(text, "en", ctx)
    if expected is None:
        assert got.get("command") is None and got.get("clarify"), got
    else:
        assert _same(got.get("command"), expected), (text, got)

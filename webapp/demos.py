"""One-click demos: short, curated sequences of real commands with a check on each output.

A demo is data: an id, a title and summary in both languages, steps (a command, a regular
expression its output must match, an optional pause before it for a server to come up) and
cleanup commands. Pages run the steps one by one through the run API (the same pipeline as
everything else); ``tests/test_web.py`` runs every demo end to end on the real engine.

A demo that ``requires`` verbs the sandbox cannot run yet (``plan()`` answers "not available")
is hidden until it can.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from flask import current_app

from runtime import plan as planner
from runtime.errors import SandboxError
from runtime.spec import Owner

from .commands import parser


@dataclass(frozen=True)
class Step:
    command: str
    expect: str                     # a regular expression (Python and JavaScript alike)
    pause: float = 0.0              # seconds to wait before this step
    note: tuple[str, str] = ("", "")

    def as_dict(self, lang: str) -> dict:
        return {"command": self.command, "expect": self.expect, "pause": self.pause,
                "note": _pick(self.note, lang)}


@dataclass(frozen=True)
class Demo:
    id: str
    title: tuple[str, str]
    summary: tuple[str, str]
    steps: tuple[Step, ...]
    cleanup: tuple[str, ...] = ()
    learn: str = ""                 # the explainer page that goes with it
    requires: tuple[str, ...] = ()  # verbs that must be available
    ports: bool = False             # a step publishes a port: show the "open" link

    def as_dict(self, lang: str) -> dict:
        return {"id": self.id, "title": _pick(self.title, lang),
                "summary": _pick(self.summary, lang), "learn": self.learn,
                "steps": [s.as_dict(lang) for s in self.steps], "cleanup": list(self.cleanup),
                "requires": list(self.requires)}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "ko" else pair[0]


DEMOS = (
    Demo("hello-world", ("Hello, world", "헬로 월드"),
         ("Run your first container: it prints a greeting and exits.",
          "첫 컨테이너를 실행해요. 인사말을 출력하고 끝나요."),
         (Step("docker run --rm hello-world", r"Hello"),), learn="container"),
    Demo("nginx-port", ("A web server on a port", "포트로 여는 웹 서버"),
         ("Start nginx in the background, publish port 80 as 8080, and open the page.",
          "nginx를 백그라운드에서 띄우고 80번 포트를 8080으로 공개한 뒤 페이지를 열어요."),
         (Step("docker run -d --name web -p 8080:80 nginx", r"^[0-9a-f]{12,}"),
          Step("docker ps", r"web")),
         cleanup=("docker rm -f web",), learn="run", ports=True),
    Demo("logs-follow", ("Follow a container's logs", "컨테이너 로그 따라가기"),
         ("A busybox loop prints a line every second; docker logs -f follows it until it ends.",
          "busybox 반복문이 1초마다 한 줄씩 출력하고, docker logs -f가 끝날 때까지 따라가요."),
         (Step("docker run -d --name ticker busybox sh -c "
               "'for i in 1 2 3 4 5; do echo tick $i; sleep 1; done'", r"^[0-9a-f]{12,}"),
          Step("docker logs -f ticker", r"tick 1", pause=1.0)),
         cleanup=("docker rm -f ticker",), learn="logs"),
    Demo("exec", ("Run a command inside a container", "컨테이너 안에서 명령 실행"),
         ("Start nginx, then list the files at the root of its filesystem with docker exec.",
          "nginx를 띄운 뒤 docker exec로 컨테이너 파일 시스템의 최상위 목록을 봐요."),
         (Step("docker run -d --name web1 nginx", r"^[0-9a-f]{12,}"),
          Step("docker exec web1 ls /", r"(?m)^etc$")),
         cleanup=("docker rm -f web1",), learn="exec"),
    Demo("volume", ("Data that outlives a container", "컨테이너보다 오래 사는 데이터"),
         ("Write a file into a named volume from one container and read it from another.",
          "한 컨테이너에서 이름 있는 볼륨에 파일을 쓰고, 다른 컨테이너에서 읽어요."),
         (Step("docker volume create notes", r"notes"),
          Step("docker run --rm -v notes:/data busybox sh -c "
               "'echo kept in a volume > /data/note.txt'", r"^$"),
          Step("docker run --rm -v notes:/data busybox cat /data/note.txt", r"kept in a volume")),
         cleanup=("docker volume rm notes",), learn="volume"),
    Demo("network", ("Two containers talking", "서로 이야기하는 두 컨테이너"),
         ("Make a user network, start nginx on it as srv, and fetch its page from a second "
          "container by that name.",
          "사용자 네트워크를 만들고 그 위에 nginx를 srv라는 이름으로 띄운 뒤, 두 번째 컨테이너에서 "
          "그 이름으로 페이지를 받아 와요."),
         (Step("docker network create demo-net", r"^[0-9a-f]{12,}"),
          Step("docker run -d --name srv --network demo-net --network-alias srv nginx",
               r"^[0-9a-f]{12,}"),
          Step("docker run --rm --network demo-net busybox wget -qO- http://srv",
               r"Welcome to nginx", pause=1.0)),
         cleanup=("docker rm -f srv", "docker network rm demo-net"), learn="network"),
    Demo("build-push-pull", ("Build, tag, push, pull", "빌드, 태그, 푸시, 풀"),
         ("Build an image, tag it for the private registry, push it there, remove the local "
          "copy and pull it back.",
          "이미지를 빌드하고, 사설 레지스트리용 태그를 붙여 푸시한 뒤, 로컬 사본을 지우고 다시 "
          "받아 와요."),
         (Step("docker build -t myapp:1.0 .", r"(?i)(successfully|naming to|writing image)"),
          Step("docker tag myapp:1.0 localhost:5000/myapp:1.0", r"^$"),
          Step("docker push localhost:5000/myapp:1.0", r"(?i)(pushed|digest)"),
          Step("docker rmi localhost:5000/myapp:1.0", r"(?i)untagged"),
          Step("docker pull localhost:5000/myapp:1.0", r"(?i)(downloaded|up to date|digest)")),
         cleanup=("docker rmi localhost:5000/myapp:1.0 myapp:1.0",), learn="push",
         requires=("build", "push")),
)
_BY_ID = {d.id: d for d in DEMOS}
ID = re.compile(r"^[a-z0-9-]{1,40}$")


def get(demo_id: str, include_unavailable: bool = False) -> Demo | None:
    demo = _BY_ID.get(demo_id) if ID.match(demo_id or "") else None
    if demo and (include_unavailable or available(demo)):
        return demo
    return None


def listed() -> list[Demo]:
    """The demos the sandbox can run now."""
    return [d for d in DEMOS if available(d)]


def for_page(slug: str) -> list[Demo]:
    return [d for d in listed() if d.learn == slug]


def available(demo: Demo) -> bool:
    """Every required verb plans (pure: no engine call) instead of answering "not available"."""
    for verb in demo.requires:
        step = next((s for s in demo.steps if s.command.split()[1:2] == [verb]), None)
        if step is None or not _plans(step.command):
            return False
    return True


def _plans(command: str) -> bool:
    parsed = parser.parse(command)
    if not parsed.ok:
        return False
    try:
        planner.plan(parsed.spec(), Owner("gorae-demo-probe"), current_app.config["LIMITS"])
    except SandboxError as e:
        return "not available" not in e.message
    return True

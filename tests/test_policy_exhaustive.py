"""Every option the sandbox does not allow, for every verb, in every spelling docker accepts
(long, long with '=', shorthand, shorthand glued to its value, inside a combined shorthand),
is refused by plan() with its span — and allowed ones are not refused for their name."""
from __future__ import annotations

import pytest

from runtime.errors import PolicyViolation
from runtime.plan import plan
from runtime.policy import ALLOWED, Limits
from runtime.spec import Owner
from webapp.commands import grammar
from webapp.commands.parser import parse

SAMPLE = {"bool": None, "int": "1", "uint": "1", "decimal": "0.1", "bytes": "8m",
          "duration": "1s", "timestamp": "1m", "port": "8080:80", "expose": "80",
          "env": "A=1", "label": "a=b", "keyvalue": "a=b", "name": "n1", "container": "c1",
          "image": "busybox", "network": "n1", "volume": "v1:/v", "mount": "type=volume,target=/v",
          "tmpfs": "/t", "signal": "SIGTERM", "restart": "no", "user": "1000", "path": "/tmp",
          "filter": "a=b", "format": "json", "capability": "NET_ADMIN", "ulimit": "nofile=1:1",
          "device": "/dev/null", "ip": "127.0.0.1", "host": "h:127.0.0.1",
          "platform": "linux/amd64", "pull": "missing", "other": "x"}
ARGS = {"image": "busybox", "container": "c1", "network": "n1", "volume": "v1", "path": ".",
        "command": "true", "name": "n1"}


def _args(command) -> list[str]:
    words = []
    for spec in command.args:
        if spec.card in ("1", "+", "rest+"):
            words.append(ARGS.get(spec.kind, "x"))
        if command.name == "tag" and spec.name.startswith("TARGET"):
            words[-1] = "mine:1"
    if command.name == "push":
        words = ["localhost:5000/mine"]
    return words


def _spellings(flag) -> list[list[str]]:
    value = SAMPLE.get(flag.kind, "x")
    if flag.is_bool:
        forms = [[f"--{flag.long}"], [f"--{flag.long}=true"]]
        return forms + ([[f"-{flag.short}"]] if flag.short else [])
    forms = [[f"--{flag.long}", value], [f"--{flag.long}={value}"]]
    if flag.short:
        forms += [[f"-{flag.short}", value], [f"-{flag.short}{value}"]]
    return forms


def _cases():
    for command in grammar.COMMANDS.values():
        allowed = ALLOWED.get(command.name, set())
        for flag in command.flags:
            if flag.long not in allowed:
                for words in _spellings(flag):
                    yield pytest.param(command, flag, words,
                                       id=f"{command.name}:{' '.join(words)}")


@pytest.mark.parametrize("command, flag, words", list(_cases()))
def test_not_allowed_is_refused(command, flag, words):
    text = " ".join(["docker", command.name, *words, *_args(command)])
    parsed = parse(text)
    assert parsed.ok, (text, [e.message["en"] for e in parsed.errors])
    with pytest.raises(PolicyViolation) as refused:
        plan(parsed.spec(), Owner("exhaustive"), Limits())
    hit = [v for v in refused.value.violations if v.option == flag.long]
    assert hit, text
    assert text[hit[0].start:hit[0].end].startswith(words[0].split("=")[0][:2])


def test_combined_shorthands_carry_refused_flags():
    for text in ["docker run -itv /:/h busybox true", "docker run -dit --privileged busybox",
                 "docker run -tiu 0 -v /etc:/e busybox"]:
        with pytest.raises(PolicyViolation):
            plan(parse(text).spec(), Owner("exhaustive"), Limits())

"""Property tests (hypothesis) of the parser and of what ``plan()`` makes of parsed commands.

(a) ``parse`` never raises, whatever the text, and every problem points inside the text;
(b) round trip: a generated valid command parses, and its canonical form parses to the same
    spec; (d) ``plan`` of such a spec either plans or raises the runtime's own errors;
(c) whatever ``run`` spec ``plan()`` accepts, the SDK arguments keep the sandbox invariants.

No engine is needed. The whole file runs in a few seconds (example counts are set below).
"""
from __future__ import annotations

import shlex
import string

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from runtime import policy
from runtime.errors import PolicyViolation, SpecError
from runtime.plan import engine_name, plan
from runtime.firewall import Egress
from runtime.policy import Limits
from runtime.spec import Owner
from webapp.commands import grammar, parser
from webapp.commands.parser import parse

MIB = 1024 * 1024
OWNER = Owner("prop-test")
FAST = settings(deadline=None, max_examples=200,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                       HealthCheck.data_too_large])


def _parse(text, context=None):
    """``parse``; any exception fails the property (the crashes it found are fixed:
    tests/test_parser.py::test_unknown_shorthand, ::test_empty_subcommand_word)."""
    return parse(text, context)


# --------------------------------------------------------------------------------------
# Values per kind: each strategy gives only values docker (and Gorae) accept for the kind
# --------------------------------------------------------------------------------------

NAME = st.from_regex(r"[a-z0-9][a-z0-9_.-]{1,12}", fullmatch=True)
KEY = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                   max_size=12)
IMAGES = st.sampled_from(["busybox", "nginx", "nginx:1.25", "redis:7-alpine", "debian:bookworm",
                          "hello-world", "me/app", "localhost:5000/me/app:1.0",
                          "busybox@sha256:" + "ab" * 32])


def _join(*parts):
    """A strategy for the concatenation of ``parts`` (strategies or plain strings)."""
    parts = [p if isinstance(p, st.SearchStrategy) else st.just(p) for p in parts]
    return st.tuples(*parts).map(lambda t: "".join(map(str, t)))


PORT = st.integers(1, 65535)
VALUES = {
    "string": ANY_TEXT,
    "int": st.integers(-5, 100000).map(str),
    "uint": st.integers(0, 1000).map(str),
    "decimal": st.sampled_from(["0.5", "1", "0.25", "1.5", "2.0"]),
    "bytes": _join(st.integers(1, 4096), st.sampled_from(["", "k", "m", "g", "b", "mb", "KiB"])),
    "duration": st.sampled_from(["30s", "1m30s", "500ms", "2h", "1h30m", "10us"]),
    "timestamp": st.sampled_from(["10m", "1h", "1700000000", "2024-01-31T15:00:00",
                                  "2024-01-31", "2024-01-31T15:00:00Z", "1700000000.5"]),
    "port": st.one_of(PORT.map(str), _join(PORT, ":", PORT),
                      _join("127.0.0.1:", PORT, ":", PORT),
                      _join(PORT, ":", PORT, st.sampled_from(["/tcp", "/udp"]))),
    "expose": st.one_of(PORT.map(str), _join(PORT, "/udp"), st.just("8000-8002")),
    "env": st.one_of(KEY, _join(KEY, "=", ANY_TEXT)),
    "label": st.one_of(st.sampled_from(["com.example.tier", "a"]), _join(KEY, "=", ANY_TEXT)),
    "keyvalue": _join(KEY, "=", NAME),
    "filter": st.sampled_from(["status=exited", "name=web", "label=a=b", "dangling=true"]),
    "name": NAME,
    "container": NAME,
    "image": IMAGES,
    "network": st.one_of(NAME, st.just("none")),
    "volume": st.one_of(_join(NAME, ":/", NAME), _join("/", NAME), _join(NAME, ":/data:ro")),
    "mount": _join("type=volume,source=", NAME, ",target=/", NAME),
    "tmpfs": st.sampled_from(["/run", "/tmp:rw,size=64m"]),
    "signal": st.sampled_from(["SIGTERM", "KILL", "9", "SIGUSR1", "hup", "SIGRTMIN+1"]),
    "restart": st.sampled_from(["no", "always", "on-failure", "on-failure:3", "unless-stopped"]),
    "user": st.sampled_from(["root", "1000:1000", "nobody", "0"]),
    "path": st.sampled_from(["/app", "Dockerfile", ".", "./app", "-"]),
    "format": st.sampled_from(["{{.ID}}", "json", "table {{.Names}}\t{{.Status}}", "{{json .}}"]),
    "capability": st.sampled_from(["NET_ADMIN", "ALL", "SYS_TIME"]),
    "ulimit": st.sampled_from(["nofile=1024:2048", "nproc=64"]),
    "device": st.sampled_from(["/dev/null", "/dev/snd:/dev/snd:rw"]),
    "ip": st.sampled_from(["10.0.0.5", "172.18.0.9", "fe80::1"]),
    "host": st.sampled_from(["db:10.0.0.2", "example.com:127.0.0.1"]),
    "platform": st.sampled_from(["linux/amd64", "linux/arm64/v8"]),
    "pull": st.sampled_from(["always", "missing", "never"]),
    "other": st.sampled_from(["0-1", "default", "host", "private", "ctrl-p,ctrl-q", "a"]),
}
# Flags whose accepted values are narrower than their kind.
FLAG_VALUES = {
    "tail": st.one_of(st.integers(0, 500).map(str), st.just("all")),
}
ARG_VALUES = {"image": IMAGES, "container": NAME, "network": NAME, "volume": NAME, "name": NAME,
              "path": st.sampled_from([".", "./app", "-", "https://example.com/repo.git"])}
COMMAND_WORDS = st.lists(st.one_of(st.sampled_from(["sh", "-c", "echo hi", "ls", "-la", "--privileged",
                                                    "-d", "--", "--help", "'", "|", ""]), ANY_TEXT),
                         max_size=4)


def _value(flag):
    return FLAG_VALUES[flag.long] if flag.long in FLAG_VALUES else VALUES[flag.kind]


@st.composite
def flag_words(draw, command, spelling_name, flag):
    """The words of one flag with a value, in one of the spellings pflag accepts."""
    long_name = spelling_name
    if flag.is_bool:
        value = draw(st.sampled_from([None, "true", "false", "1", "0"]))
        forms = [f"--{long_name}" if value is None else f"--{long_name}={value}"]
        if flag.short and long_name == flag.long:
            forms.append(f"-{flag.short}" if value is None else f"-{flag.short}={value}")
        return [draw(st.sampled_from(forms))]
    value = draw(_value(flag))
    forms = [[f"--{long_name}", shlex.quote(value)], [f"--{long_name}={shlex.quote(value)}"]]
    if flag.short and long_name == flag.long:
        forms.append([f"-{flag.short}", shlex.quote(value)])
        forms.append([f"-{flag.short}={shlex.quote(value)}"])
        if value and not value.startswith("="):
            forms.append([shlex.quote(f"-{flag.short}{value}")])
    return draw(st.sampled_from(forms))


@st.composite
def positional(draw, command):
    words = []
    for spec in command.args:
        if spec.kind == "command":
            low = 1 if spec.card == "rest+" else 0
            cmd = draw(COMMAND_WORDS.filter(lambda w: len(w) >= low))
            return words, [shlex.quote(w) for w in cmd]
        count = {"1": 1, "?": draw(st.integers(0, 1)), "+": draw(st.integers(1, 3)),
                 "*": draw(st.integers(0, 3))}[spec.card]
        words += [shlex.quote(draw(ARG_VALUES[spec.kind])) for _ in range(count)]
    return words, []


@st.composite
def valid_commands(draw, verbs=None):
    """A docker command that docker accepts: a spelling of a Gorae command, some of its flags
    with valid values in any accepted spelling, then valid arguments."""
    name = draw(st.sampled_from(verbs or sorted(grammar.COMMANDS)))
    command = grammar.COMMANDS[name]
    spelling = draw(st.sampled_from([name, *command.aliases]))
    choices = sorted(command.by_long.items())
    chosen = draw(st.lists(st.sampled_from(choices), max_size=5)) if choices else []
    flags = []
    for long_name, flag in chosen:
        flags.append(draw(flag_words(command, long_name, flag)))
    args, rest = draw(positional(command))
    words = [w for group in flags for w in group]
    if command.interspersed and args and flags and draw(st.booleans()):
        # flags may follow the arguments of interspersed commands
        cut = draw(st.integers(0, len(flags)))
        before = [w for group in flags[:cut] for w in group]
        after = [w for group in flags[cut:] for w in group]
        words = before + args + after
    else:
        words = words + args
    program = draw(st.sampled_from(["docker ", "docker  ", ""]))
    return program + " ".join([spelling] + words + rest)


def _spec_key(parsed):
    spec = parsed.spec()
    return (spec.verb, [(o.name, o.value) for o in spec.options], spec.arg_values(),
            [a.value for a in spec.command])


# --------------------------------------------------------------------------------------
# (a) parse never crashes; problems point inside the text
# --------------------------------------------------------------------------------------

def _check_bounds(text, parsed):
    assert isinstance(parsed, parser.Parsed)
    for problem in parsed.errors + parsed.warnings:
        assert 0 <= problem.start <= problem.end <= len(text), (problem, text)
        assert problem.message["en"] and problem.message["ko"]
    for span in parsed.spans:
        assert 0 <= span.start <= span.end <= len(text), (span, text)
    if parsed.ok:
        assert parsed.canonical() is not None


@FAST
@given(st.text(max_size=80))
@example("docker run -p 8080:80 'unterminated")
@example("docker \u2014\u2014 run")
@example("\\")
def test_arbitrary_text_never_crashes(text):
    _check_bounds(text, _parse(text))


DASHES = ["\u2014", "\u2013", "\u2212", "\u2010"]
SPELLINGS = grammar.all_spellings()
ALL_FLAGS = sorted({f for c in grammar.COMMANDS.values() for f in c.by_long})
ALL_SHORTS = sorted({s for c in grammar.COMMANDS.values() for s in c.by_short})
TOKEN = st.one_of(
    st.sampled_from(["docker", "--", "-", "--help", "-it", "-itd", "=", "''", '""', "'", '"', "\\",
                     "|", "&&", ";", ">", "2>&1", "$(id)", "`id`", "x=y", "web1", "busybox",
                     "nginx", "8080:80", "-p8080:80", "-p=80", "--rm=false", "-d=0"]),
    st.sampled_from(SPELLINGS),
    st.sampled_from(ALL_FLAGS).map(lambda f: "--" + f),
    _join("--", st.sampled_from(ALL_FLAGS), "=", st.sampled_from(["", "1", "x", "a=b", "-1"])),
    _join("-", st.text(st.sampled_from(ALL_SHORTS), min_size=1, max_size=4)),
    _join(st.sampled_from(DASHES), st.sampled_from(ALL_FLAGS + ALL_SHORTS)),
    st.text(st.sampled_from(string.printable), max_size=6),
)


@st.composite
def dockerish(draw):
    tokens = draw(st.lists(TOKEN, max_size=12))
    if draw(st.booleans()):
        tokens = ["docker", draw(st.sampled_from(SPELLINGS))] + tokens
    for i in range(len(tokens)):
        if draw(st.integers(0, 9)) == 0:   # now and then a real value of some kind
            tokens[i] = shlex.quote(draw(st.one_of(*VALUES.values())))
    seps = draw(st.lists(st.sampled_from([" ", "  ", "\t"]), min_size=len(tokens),
                         max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, seps)).rstrip()


@FAST
@given(dockerish())
@example("docker run -p 99999:1 busybox")
@example("docker logs web1 --since")
def test_dockerish_text_never_crashes(text):
    parsed = _parse(text, {"containers": [{"name": "web1"}, {"name": "db"}]})
    _check_bounds(text, parsed)
    # a span's text is the input slice, unless quoting, look-alike dashes or the spacing of a
    # two-word subcommand (tests/test_parser.py, xfail) make them differ
    for span in parsed.spans:
        raw = text[span.start:span.end]
        if any(c in raw for c in "'\"\\" + "".join(DASHES)):
            continue
        if span.kind == "subcommand":
            assert " ".join(raw.split()) == span.text
        else:
            assert span.text == raw, (span, text)


# --------------------------------------------------------------------------------------
# (b) round trip through the canonical form
# --------------------------------------------------------------------------------------

@FAST
@given(valid_commands())
@example("docker run -itd --name=web -p8080:80 busybox echo hi")
@example("docker logs web1 -f -n 5")
@example("docker run --rm=false -e 'A=b c' busybox sh -c 'echo \"x\"'")
def test_valid_commands_parse_and_round_trip(text):
    first = _parse(text)
    assert first.ok, ([(e.code, e.message["en"]) for e in first.errors], text)
    canonical = first.canonical()
    again = _parse(canonical)
    assert again.ok, ([(e.code, e.message["en"]) for e in again.errors], canonical)
    assert _spec_key(again) == _spec_key(first), (text, canonical)
    # the canonical form is a fixed point
    assert again.canonical() == canonical


# --------------------------------------------------------------------------------------
# (d) plan() of a parsed command answers with a Plan or the runtime's own errors
# --------------------------------------------------------------------------------------

@FAST
@given(valid_commands())
def test_plan_raises_only_runtime_errors(text):
    parsed = _parse(text)
    assume(parsed.ok and not parsed.help)
    try:
        result = plan(parsed.spec(), OWNER, Limits())
    except (PolicyViolation, SpecError):
        return
    assert result.op and isinstance(result.params, dict)


# --------------------------------------------------------------------------------------
# (c) sandbox invariants of every accepted run
# --------------------------------------------------------------------------------------

RUN = grammar.COMMANDS["run"]
ALLOWED_RUN = sorted(policy.ALLOWED["run"] & set(RUN.by_long))
RISKY = {
    "volume": st.sampled_from(["/etc:/etc", "/:/host", "./src:/src", "~/x:/x", ".:/app",
                               "data:/data", "/data", "data:/data:ro", ":/data", "C:\\x:/x",
                               "/var/run/docker.sock:/var/run/docker.sock"]),
    "mount": st.sampled_from(["type=bind,source=/,target=/host", "type=volume,source=d,target=/d",
                              "source=/etc,target=/etc", "type=tmpfs,target=/t",
                              "type=volume,src=d,dst=/d,volume-driver=local",
                              "target=/anon", "type=volume,source=d,target=/d,readonly"]),
    "memory": st.sampled_from(["1g", "300m", "256m", "255m", "64m", "268435457b", "1.5g", "4k"]),
    "memory-reservation": st.sampled_from(["1g", "64m", "300m"]),
    "cpus": st.sampled_from(["2", "0.5", "0.25", "0.50001", "0.01", "1"]),
    "pids-limit": st.sampled_from(["1000", "-1", "0", "64", "128", "129"]),
    "network": st.sampled_from(["host", "none", "bridge", "default", "container:web1", "mynet",
                                "HOST"]),
    "publish": st.sampled_from(["80:80", "8080:80", "0.0.0.0:8080:80", "127.0.0.1:8080:80",
                                "80", "1023:80", "8080-8081:80-81"]),
    "restart": st.sampled_from(["always", "unless-stopped", "on-failure:3", "on-failure:4",
                                "no", "on-failure"]),
    "label": st.sampled_from(["org.gorae.owner=someone-else", "a=b", "org.gorae.name=x"]),
    "cap-add": st.sampled_from(["ALL", "SYS_ADMIN"]),
    "security-opt": st.sampled_from(["seccomp=unconfined", "apparmor=unconfined"]),
}


@st.composite
def run_commands(draw):
    """``docker run`` with flags mostly from the allowed set, with risky values where we
    know them, plus now and then any other run flag."""
    words = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(st.sampled_from(ALLOWED_RUN) if draw(st.integers(0, 4)) else
                    st.sampled_from(sorted(RUN.by_long)))
        flag = RUN.by_long[name]
        if name in RISKY and draw(st.booleans()):
            words += [f"--{name}", shlex.quote(draw(RISKY[name]))]
        else:
            words += draw(flag_words(RUN, name, flag))
    image = draw(st.sampled_from(["busybox", "nginx", "redis", "debian", "hello-world"]))
    return " ".join(["docker", "run", *words, image, *map(shlex.quote, draw(COMMAND_WORDS))])


def _assert_sandboxed(params, owner):
    create = params["create"]
    assert create["privileged"] is False
    assert 0 < create["mem_limit"] <= 256 * MIB
    assert create["memswap_limit"] == create["mem_limit"]
    assert create.get("mem_reservation") is None or create["mem_reservation"] <= create["mem_limit"]
    assert 0 < create["nano_cpus"] <= 0.5e9
    assert 0 < create["pids_limit"] <= 128
    assert any(o.startswith("no-new-privileges") and not o.endswith("false")
               for o in create["security_opt"])
    assert create["cap_drop"]
    for entry in create.get("volumes") or []:
        source, sep, _ = entry.partition(":")
        # an entry without ':' is an anonymous volume at that container path: no host source
        assert not (sep and source.startswith(("/", ".", "~"))), entry
        assert not sep or source.startswith(engine_name(owner, "")), entry
    for mount in create.get("mounts") or []:
        assert mount["Type"] == "volume"
        assert mount["Source"] is None or mount["Source"].startswith(engine_name(owner, ""))
    for key in ("cap_add", "devices", "device_requests", "volumes_from", "pid_mode", "ipc_mode",
                "userns_mode", "sysctls", "ulimits", "runtime", "cgroup_parent", "dns",
                "extra_hosts", "links", "tmpfs"):
        assert key not in create, key
    assert create.get("network_mode") not in ("host",)
    assert params["network"] == "none" or params["network"].startswith(engine_name(owner, ""))
    log = create["log_config"]
    assert log["Type"] == "json-file" and log["Config"].get("max-size")
    labels = create["labels"]
    assert labels[policy.OWNER_LABEL] == owner.id
    for port, binding in (create.get("ports") or {}).items():
        assert binding is None, (port, binding)     # host bindings are the executor's (loopback)


@FAST
@given(run_commands())
@example("docker run --memory 256m --cpus 0.5 --pids-limit 128 busybox")
@example("docker run -v data:/data -v /data --mount type=volume,source=d,target=/d busybox")
@example("docker run --network none -p 8080:80 nginx")
def test_every_accepted_run_keeps_the_sandbox_invariants(text):
    parsed = _parse(text)
    assume(parsed.ok)
    try:
        result = plan(parsed.spec(), OWNER, Limits())
    except (PolicyViolation, SpecError) as e:
        event(f"refused ({type(e).__name__})")
        return
    event("planned")
    assert result.op == "run"
    _assert_sandboxed(result.params, OWNER)


@pytest.mark.parametrize("text", [
    "docker run --privileged busybox",
    "docker run -v /etc:/etc busybox",
    "docker run -v ./src:/src busybox",
    "docker run --mount type=bind,source=/,target=/host busybox",
    "docker run --cap-add SYS_ADMIN busybox",
    "docker run --device /dev/sda busybox",
    "docker run --network host busybox",
    "docker run --pid host busybox",
    "docker run -m 1g busybox",
    "docker run --cpus 2 busybox",
    "docker run --pids-limit 1000 busybox",
    "docker run --security-opt seccomp=unconfined busybox",
    "docker run --label org.gorae.owner=someone busybox",
    "docker run --restart always busybox",
    "docker run -p 80:80 nginx",
])
def test_the_obvious_escapes_are_refused(text):
    parsed = parse(text)
    assert parsed.ok
    with pytest.raises(PolicyViolation):
        plan(parsed.spec(), OWNER, Limits())


def test_publish_all_does_not_bypass_the_loopback_port_pool():
    parsed = parse("docker run -d -P nginx")
    assert parsed.ok
    try:
        result = plan(parsed.spec(), OWNER, Limits(egress=Egress(open=True)))
    except PolicyViolation:
        return
    assert not result.params["create"].get("publish_all_ports")


def test_health_start_interval_is_planned_or_refused():
    parsed = parse("docker run --health-cmd true --health-start-interval 5s busybox")
    assert parsed.ok
    try:
        result = plan(parsed.spec(), OWNER, Limits())
    except PolicyViolation:
        return
    assert result.params["create"]["healthcheck"].get("start_interval") == 5_000_000_000

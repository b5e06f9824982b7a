"""Fuzzing the parser, the translator and the planner (hypothesis, plus a short atheris run).

1. ``parse`` and ``translate`` never raise, whatever the text (any code point, lone surrogates
   included).
2. Commands built from the grammar itself (``grammar.COMMANDS``: every verb, every flag with its
   aliases, in every spelling pflag accepts, with values chosen per flag *kind* from both valid
   and hostile sets) parse without crashing; and whenever one parses and plans
   (``plan(spec, Owner("fuzz"), Limits())``), the SDK arguments keep the sandbox invariants
   (``sandbox_problems`` below): not privileged; memory, swap, CPU and pids limits present and
   within the caps, swap == memory; no host path in volumes or mounts; no cap_add, devices,
   host namespaces or host network; ports bound by the executor on loopback only; capped
   json-file logs; no-new-privileges; the owner's labels; images in the owner's namespace or
   the shared demo set; exec never privileged and time-capped; networks internal.
3. The translator's commands, when they plan, keep the same invariants.

The bugs the properties found are pinned by their exact inputs at the end of the file; the
properties tolerate none of them any more. No engine needed; the file runs in about 40 s.
"""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import event as _event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from runtime import images, policy
from runtime.errors import PolicyViolation, SandboxError
from runtime.plan import EXPIRES_LABEL, NAME_LABEL, engine_name, plan
from runtime.policy import OWNER_LABEL, Limits
from runtime.spec import Owner
from webapp.commands import grammar
from webapp.commands.parser import parse
from webapp.commands.translate import translate

ROOT = Path(__file__).resolve().parent.parent
OWNER = Owner("fuzz")
LIMITS = Limits()
MIB = 1024 * 1024
FUZZ = settings(deadline=None, max_examples=1200, database=None,
                suppress_health_check=list(HealthCheck))
QUICK = settings(deadline=None, max_examples=400, database=None,
                 suppress_health_check=list(HealthCheck))

# --------------------------------------------------------------------------------------------
# The sandbox invariants of a plan
# --------------------------------------------------------------------------------------------

FORBIDDEN_CREATE_KEYS = (
    "cap_add", "devices", "device_requests", "device_cgroup_rules", "volumes_from", "pid_mode",
    "ipc_mode", "userns_mode", "uts_mode", "cgroupns", "sysctls", "ulimits", "runtime",
    "cgroup_parent", "dns", "dns_opt", "dns_search", "extra_hosts", "links", "tmpfs",
    "network_mode", "publish_all_ports", "oom_kill_disable", "kernel_memory", "storage_opt",
    "isolation", "shm_size", "cpu_shares", "cpu_period", "cpu_quota", "cpuset_cpus",
    "blkio_weight", "oom_score_adj", "volume_driver", "mac_address", "init_path", "ipv4_address")


def _own_image(ref: str) -> bool:
    """A reference the engine may use for OWNER: a shared demo image, or one in its namespace."""
    if images.is_demo(ref, LIMITS.images):
        return True
    mine = images.namespace(OWNER) + "/"
    return ref.startswith(mine) or ref.startswith(f"{images.REGISTRY}/{mine}")


def sandbox_problems(op: str, params: dict, spec=None) -> list[str]:
    """Every sandbox invariant ``params`` breaks (empty when the plan is safe)."""
    found = []

    def need(ok, what):
        if not ok:
            found.append(what)
    if op in ("run", "create"):
        c = params["create"]
        need(c.get("privileged") is False, "privileged")
        need(isinstance(c.get("mem_limit"), int) and 0 < c["mem_limit"] <= LIMITS.memory_max,
             f"memory {c.get('mem_limit')}")
        need(c.get("memswap_limit") == c.get("mem_limit"), "memswap != memory")
        need(c.get("mem_reservation") is None or 0 <= c["mem_reservation"] <= c["mem_limit"],
             "memory reservation")
        need(isinstance(c.get("nano_cpus"), int) and 0 < c["nano_cpus"] <= LIMITS.cpus_max * 1e9,
             f"nano_cpus {c.get('nano_cpus')}")
        need(isinstance(c.get("pids_limit"), int) and 0 < c["pids_limit"] <= LIMITS.pids_max,
             f"pids {c.get('pids_limit')}")
        need(c.get("security_opt") == ["no-new-privileges:true"], f"security_opt {c.get('security_opt')}")
        need(set(LIMITS.cap_drop) <= set(c.get("cap_drop") or ()), "cap_drop")
        need(c.get("log_config") == {"Type": "json-file", "Config": {
            "max-size": LIMITS.log_max_size, "max-file": "1"}}, f"log_config {c.get('log_config')}")
        for key in FORBIDDEN_CREATE_KEYS:
            need(key not in c, f"create has {key}")
        for entry in c.get("volumes") or []:
            source, sep, _ = entry.partition(":")
            need(not sep or source.startswith(engine_name(OWNER, "")), f"volume {entry!r}")
            need(sep or entry.startswith("/"), f"anonymous volume {entry!r}")
        for mount in c.get("mounts") or []:
            need(mount.get("Type") == "volume", f"mount type {mount}")
            need(mount.get("Source") is None or mount["Source"].startswith(engine_name(OWNER, "")),
                 f"mount source {mount}")
            need(set(mount) <= {"Type", "Target", "Source", "ReadOnly"}, f"mount keys {mount}")
        need(params["network"] == "none" or params["network"].startswith(engine_name(OWNER, "")),
             f"network {params['network']}")
        for port, binding in (c.get("ports") or {}).items():
            need(binding is None, f"host binding in the plan {port}: {binding}")
        for spec_ in params["publish"]:
            need(spec_["ip"] in ("", "127.0.0.1", "localhost"), f"publish ip {spec_}")
        labels = c.get("labels") or {}
        need(labels.get(OWNER_LABEL) == OWNER.id, "owner label")
        need(EXPIRES_LABEL in labels and float(labels[EXPIRES_LABEL]) <= time.time() + LIMITS.ttl + 60,
             "expires label")
        need(all(k in (OWNER_LABEL, NAME_LABEL, EXPIRES_LABEL) for k in labels
                 if k.startswith(policy.LABEL_PREFIX)), f"reserved labels {labels}")
        restart = c.get("restart_policy")
        need(restart is None or restart["Name"] in ("", "no") or (
            restart["Name"] == "on-failure" and 0 < restart["MaximumRetryCount"] <= LIMITS.restart_max),
            f"restart {restart}")
        need(_own_image(c["image"]), f"image {c['image']}")
        if op == "run":
            need(0 < params["timeout"] <= LIMITS.run_timeout, "run timeout")
            need(params["output_cap"] <= LIMITS.output_cap, "output cap")
    elif op == "exec":
        need(params["privileged"] is False, "exec privileged")
        need(0 < params["timeout"] <= LIMITS.run_timeout, "exec timeout")
        need(params["output_cap"] <= LIMITS.output_cap, "exec output cap")
    elif op in ("logs", "start"):
        need(0 < params["timeout"] <= LIMITS.run_timeout, f"{op} timeout")
        need(params["output_cap"] <= LIMITS.output_cap, f"{op} output cap")
    elif op == "build":
        need(params["memory"] <= LIMITS.memory_max, "build memory")
        need(params["timeout"] <= LIMITS.build_timeout, "build timeout")
        need(all(_own_image(ref) and not images.is_demo(ref, LIMITS.images)
                 for _, ref in params["tags"]), f"build tags {params['tags']}")
    elif op in ("pull", "push"):
        need(_own_image(params["reference"]), f"{op} {params['reference']}")
        if op == "push":
            need(params["reference"].startswith(f"{images.REGISTRY}/{images.namespace(OWNER)}/"),
                 f"push target {params['reference']}")
    elif op == "tag":
        need(_own_image(params["source"]), f"tag source {params['source']}")
        need(_own_image(params["target"]) and not images.is_demo(params["target"], LIMITS.images),
             f"tag target {params['target']}")
    elif op == "rmi":
        need(all(_own_image(ref) for _, ref in params["images"]), f"rmi {params['images']}")
    elif op == "network_create":
        need(params["internal"] is True, "network not internal")
        need(params["labels"].get(OWNER_LABEL) == OWNER.id, "network owner label")
        need(set(params) <= {"name", "internal", "labels", "quotas"}, f"network params {params}")
    elif op == "volume_create":
        need(params["labels"].get(OWNER_LABEL) == OWNER.id, "volume owner label")
        need(set(params) <= {"name", "labels", "quotas"}, f"volume params {params}")
    return found


def event(text: str):
    """hypothesis' event() in a property; nothing elsewhere (the atheris harness)."""
    try:
        _event(text)
    except InvalidArgument:
        pass


def _check_text(text: str):
    """Parse, plan and check; the assertion message carries the input."""
    parsed = parse(text)
    if not parsed.ok or parsed.help:
        event("not planned: invalid or --help")
        return
    spec = parsed.spec()
    try:
        result = plan(spec, OWNER, LIMITS)
    except SandboxError as e:               # PolicyViolation, SpecError: refused cleanly
        event(f"refused: {type(e).__name__}")
        return
    event(f"planned: {result.op}")
    problems = sandbox_problems(result.op, result.params, spec)
    assert problems == [], (text, problems)


# --------------------------------------------------------------------------------------------
# Values per flag kind: valid ones and hostile ones
# --------------------------------------------------------------------------------------------

NAME = st.from_regex(r"[a-z0-9][a-z0-9_.-]{1,10}", fullmatch=True)
JUNK = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=10)
HOST_PATHS = ["/", "/etc", "/var/run/docker.sock", "/proc", "/sys/kernel", "//etc", ".", "./x",
              "..", "../..", "~", "~/x", "C:\\x", "\\\\srv\\x", "/dev/sda", "/root/.ssh"]
OTHER_NAMESPACE = "u0123456789"
IMAGE_REFS = ["busybox", "nginx:latest", "redis", "debian:bookworm", "hello-world",
              "library/busybox", "busybox@sha256:" + "ab" * 32, "myapp:1.0", "me/app",
              "localhost:5000/me/app:1.0", "127.0.0.1:5000/library/busybox",
              f"{OTHER_NAMESPACE}/secret:1", f"127.0.0.1:5000/{OTHER_NAMESPACE}/secret:1",
              "localhost:5000/../x", "evil.example/busybox", "docker.io/library/busybox",
              "BUSYBOX", "busybox:latest@sha256:" + "cd" * 32, "sha256:" + "ef" * 32]

HOSTILE = {
    "bytes": ["0", "1", "1b", "-1", "256m", "257m", "256.5m", "1g", "0.1", "4k", " 128m",
              "99999999999999999999p", "268435457", "1e9", "128MiB", "128 m"],
    "decimal": ["0", "0.0", "-1", "-0.5", "0.5", "0.50000001", "0.01", "1e-12", "2", "nan",
                "inf", "-inf", ".5", "0x1"],
    "int": ["0", "-1", "1", "128", "129", "64", "99999999999999", "+5", "1_000", "-0"],
    "uint": ["0", "1", "3", "99999"],
    "port": ["80", "80:80", "8080:80", "0.0.0.0:8080:80", "[::]:8080:80", "127.0.0.1:8080:80",
             "localhost:8080:80", "::1:8080:80", "1023:80", "0:80", "8080-8081:80-81",
             "1-100", "80/udp", "65535:65535/sctp", "10.0.0.1::80", ":80", "8080:80/tcp"],
    "expose": ["80", "1-1000", "53/udp", "0", "65536"],
    "volume": [f"{p}:/x" for p in HOST_PATHS] + ["data:/data", "data:/data:ro", "/data", ":/x",
               "data:/data:z", "data:/etc:rw", "x:y:z:w", "data", "/:/:ro"],
    "mount": ["type=bind,source=/,target=/h", "type=volume,source=d,target=/d",
              "source=/etc,target=/etc", "type=tmpfs,target=/t", "TYPE=bind,src=/,dst=/h",
              "type=volume,type=bind,src=/,dst=/h", "type=bind,type=volume,src=d,dst=/h",
              "type=volume,src=d,dst=/d,volume-driver=local", "type=volume,src=d,dst=/d,volume-opt=device=/",
              "type=volume,src=/etc,dst=/x", "target=/anon", "type=volume,src=d,dst=/d,readonly",
              "type=volume,src=../x,dst=/d", "type=npipe,src=x,dst=/x", "type=volume,dst="],
    "network": ["host", "HOST", "none", "bridge", "default", "container:web", "container:x",
                "g-0123456789-bridge", "mynet", "../host", "ns:/proc/1/ns/net"],
    "restart": ["no", "always", "unless-stopped", "on-failure", "on-failure:0", "on-failure:3",
                "on-failure:4", "on-failure:-1", "on-failure:99", "no:1"],
    "label": ["a=b", "org.gorae.owner=someone", "org.gorae.expires=99999999999",
              "org.gorae.name=x", "ORG.GORAE.OWNER=x", " org.gorae.owner=x", "org.gorae.", "x"],
    "env": ["A=b", "LD_PRELOAD=/tmp/x.so", "PATH", "A=", "DOCKER_HOST=tcp://1.2.3.4:2375"],
    "capability": ["ALL", "SYS_ADMIN", "NET_RAW", "CAP_SYS_PTRACE"],
    "device": ["/dev/sda", "/dev/kmsg:/dev/kmsg:rwm", "/dev/null"],
    "user": ["root", "0", "0:0", "65534:65534", "nobody", "1000"],
    "path": HOST_PATHS + ["/tmp", "/app", "Dockerfile", "/proc/self", "//proc", "/PROC", "-"],
    "name": ["web", "a", "ab", "x" * 64, "g-0123456789-web", "web.1", "-x", "a..b"],
    "container": ["web", "g-0123456789-web", "0", "a", "abcdef012345", "../x"],
    "image": IMAGE_REFS,
    "filter": ["label=org.gorae.owner", "label=org.gorae.owner=x", "status=running", "name=web",
               "id=0", "ancestor=busybox", "dangling=true", "network=host", "volume=/"],
    "format": ["{{.ID}}", "json", "{{json .}}", "table {{.Names}}", "{{range .}}{{.}}{{end}}",
               "{{printf \"%s\" .Names}}", "{{index .Labels \"org.gorae.owner\"}}", "{{", "}}"],
    "signal": ["SIGKILL", "9", "0", "65", "SIGRTMIN+3", "HUP", "-9", "sigterm"],
    "duration": ["1ns", "0s", "1ms", "30s", "-1s", "1h", "99999h"],
    "timestamp": ["10m", "0", "1700000000", "2024-01-31", "9999999999999"],
    "keyvalue": ["a=b", "device=/", "o=bind", "type=none", "max-size=10g"],
    "host": ["db:10.0.0.2", "host.docker.internal:host-gateway"],
    "ip": ["10.0.0.5", "0.0.0.0", "::"],
    "tmpfs": ["/run", "/tmp:rw,size=64m,exec"],
    "ulimit": ["nproc=99999", "nofile=1:1"],
    "platform": ["linux/amd64", "windows/amd64", ""],
    "pull": ["always", "missing", "never", "sometimes"],
    "other": ["host", "private", "0-1", "ctrl-p,ctrl-q", "/dev/sda:1mb", "a"],
    "string": ["x", "", "sh -c 'id'", "/", "host", "unconfined", "runc"],
}
COMMAND_WORDS = ["sh", "-c", "id; cat /proc/1/environ", "--privileged", "-v", "/:/h", "--",
                 "'", "echo", "$(id)", "|", "&&", "busybox", "-it", "--rm"]


def value_for(kind: str):
    return st.one_of(st.sampled_from(HOSTILE.get(kind, HOSTILE["string"])), JUNK, NAME)


@st.composite
def flag_words(draw, command, spelling: str, flag) -> list[str]:
    """One flag in one of the spellings pflag accepts (long, =, short, glued, cluster)."""
    if flag.is_bool:
        value = draw(st.sampled_from([None, "true", "false", "1", "0", "T", "x"]))
        forms = [f"--{spelling}" if value is None else f"--{spelling}={value}"]
        if flag.short and spelling == flag.long:
            forms.append(f"-{flag.short}" if value is None else f"-{flag.short}={value}")
        return [draw(st.sampled_from(forms))]
    value = draw(value_for(flag.kind))
    quoted = shlex.quote(value)
    forms = [[f"--{spelling}", quoted], [f"--{spelling}={quoted}"]]
    if flag.short and spelling == flag.long:
        forms += [[f"-{flag.short}", quoted], [shlex.quote(f"-{flag.short}{value}")]]
    return draw(st.sampled_from(forms))


@st.composite
def grammar_commands(draw, verbs=None) -> str:
    """Any Gorae verb with up to 6 of its flags and arguments of the right kinds."""
    name = draw(st.sampled_from(verbs or sorted(grammar.COMMANDS)))
    command = grammar.COMMANDS[name]
    spelling = draw(st.sampled_from([name, *command.aliases]))
    words = []
    choices = sorted(command.by_long.items())
    for long, flag in draw(st.lists(st.sampled_from(choices), max_size=6)) if choices else []:
        words += draw(flag_words(command, long, flag))
    args = []
    for spec in command.args:
        if spec.kind == "command":
            rest = draw(st.lists(st.sampled_from(COMMAND_WORDS), min_size=spec.card == "rest+",
                                 max_size=4))
            args += [shlex.quote(w) for w in rest]
            continue
        count = {"1": 1, "?": draw(st.integers(0, 1)), "+": draw(st.integers(1, 3)),
                 "*": draw(st.integers(0, 3))}.get(spec.card, 1)
        kind = {"name": "name", "path": "path", "network": "network", "volume": "name"}.get(spec.kind, spec.kind)
        args += [shlex.quote(draw(value_for(kind))) for _ in range(count)]
    if command.interspersed and draw(st.booleans()) and words and args and not any(
            a.kind == "command" for a in command.args):
        cut = draw(st.integers(0, len(words)))
        words = words[:cut] + args + words[cut:]
    else:
        words += args
    return " ".join([draw(st.sampled_from(["docker", "docker ", ""])) + spelling] + words)


# --------------------------------------------------------------------------------------------
# 1. no crash for any text
# --------------------------------------------------------------------------------------------

ANY_TEXT = st.text(st.characters(codec=None), max_size=120)   # surrogates and NUL included


@QUICK
@given(ANY_TEXT)
@example("docker run \ud800")
@example("docker \x00 run")
@example("docker run -p '")
def test_parse_never_raises(text):
    parsed = parse(text)
    for problem in parsed.errors + parsed.warnings:
        assert 0 <= problem.start <= problem.end <= len(text)
    if parsed.ok:
        assert parsed.canonical() is not None


CONTEXT = st.fixed_dictionaries({
    "containers": st.lists(st.fixed_dictionaries({
        "name": NAME, "image": st.sampled_from(IMAGE_REFS), "status": st.sampled_from(
            ["running", "exited", "created"]), "created": st.integers(1, 10)}), max_size=3),
    "images": st.lists(st.sampled_from(IMAGE_REFS), max_size=3)})
WORDISH = st.lists(st.one_of(st.sampled_from(
    ["run", "nginx", "8080", "포트", "로", "띄워줘", "컨테이너", "목록", "stop", "remove", "all",
     "logs", "-p", "--privileged", "-v", "/:/h", "on", "port", "with", "이미지", "지워줘", "docker",
     "ps", "-a", "and", "then", "|", "$(docker ps -q)", "web", "실행", "privileged", "host"]),
    JUNK), max_size=12).map(" ".join)


@QUICK
@given(st.one_of(ANY_TEXT, WORDISH, grammar_commands()), st.sampled_from([None, "en", "ko"]),
       st.one_of(st.none(), CONTEXT))
@example("nginx를 8080 포트로 띄워줘", None, None)
@example("\ud800 run nginx", "en", None)
def test_translate_never_raises_and_what_it_proposes_stays_sandboxed(text, lang, context):
    answer = translate(text, lang, context=context)
    assert isinstance(answer, dict)
    # every answer says something: a command, a question, or a concept page
    assert answer.get("command") or answer.get("clarify") or answer.get("concept"), (text, answer)
    command = answer.get("command")
    if isinstance(command, str) and not answer.get("template"):
        _check_text(command)


# --------------------------------------------------------------------------------------------
# 2. whatever parses and plans keeps the sandbox invariants
# --------------------------------------------------------------------------------------------

@FUZZ
@given(grammar_commands())
@example("docker run --cpus 0.5 -m 256m --pids-limit 128 busybox")
@example("docker run -v data:/data -v /data --mount type=volume,src=d,dst=/d busybox")
@example("docker run --mount TYPE=bind,src=/,dst=/h busybox")
@example("docker run --mount type=volume,type=bind,src=/,dst=/h busybox")
@example("docker run -p [::]:8080:80 nginx")
@example(f"docker run {OTHER_NAMESPACE}/secret:1")
@example("docker tag busybox localhost:5000/../x")
@example("docker push 127.0.0.1:5000/library/busybox")
def test_every_planned_command_keeps_the_sandbox_invariants(text):
    _check_text(text)


@FUZZ
@given(grammar_commands(verbs=["run", "create", "exec"]))
def test_run_create_exec_keep_the_sandbox_invariants(text):
    """The verbs that make or enter containers, with more examples each."""
    _check_text(text)


# --------------------------------------------------------------------------------------------
# atheris (coverage-guided, libFuzzer) for a few seconds, when it is installed
# --------------------------------------------------------------------------------------------

HARNESS = textwrap.dedent("""
    import importlib.util, sys
    import atheris
    import flask, jinja2, werkzeug, rapidfuzz, markupsafe  # noqa: F401 — not instrumented
    with atheris.instrument_imports(include=["webapp.commands", "runtime"]):
        from webapp.commands.parser import parse
        from webapp.commands.translate import translate
        from runtime.plan import plan
    spec = importlib.util.spec_from_file_location("fuzz_props", sys.argv[1])
    props = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(props)

    def one(data: bytes):
        text = atheris.FuzzedDataProvider(data).ConsumeUnicode(400)
        props._check_text(text)
        props.translate(text)

    atheris.Setup([sys.argv[0], *sys.argv[2:]], one)
    atheris.Fuzz()
""")
SEEDS = ["docker run --rm -it -p 8080:80 -v data:/data --name web nginx",
         "docker run -d --cpus 0.5 -m 128m --pids-limit 64 --restart on-failure:3 busybox sleep 9",
         "docker exec -it -u root -w /tmp web sh -c 'id'", "docker build -t me/app:1 -f Dockerfile .",
         "docker network create --internal mynet", "docker volume create --name data",
         "docker ps -a --filter status=exited --format '{{.Names}}'", "docker logs -f -n 10 web",
         "docker push localhost:5000/me/app:1", "docker run --mount type=volume,src=d,dst=/d busybox",
         "nginx를 8080 포트로 띄워줘", "stop all containers"]


def test_atheris_short_run(tmp_path):
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(SEEDS):
        (corpus / f"seed{i}").write_bytes(seed.encode())
    done = subprocess.run(
        [sys.executable, "-c", HARNESS, __file__, "-max_total_time=6", "-timeout=10",
         "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(corpus)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    crashes = [(p.name, p.read_bytes()[:300]) for p in tmp_path.glob("crash-*")]
    assert done.returncode == 0, (crashes, done.stdout[-3000:], done.stderr[-1500:])
    assert "Done" in done.stderr or "DONE" in done.stderr, done.stderr[-1000:]


# --------------------------------------------------------------------------------------------
# Bugs the properties found (exact inputs)
# --------------------------------------------------------------------------------------------

def _planned(text: str):
    parsed = parse(text)
    assert parsed.ok, [e.code for e in parsed.errors]
    return plan(parsed.spec(), OWNER, LIMITS)


@pytest.mark.parametrize("value", ["0", "0.0000000001", "-1"])
def test_cpus_zero_is_not_unlimited(value):
    try:
        result = _planned(f"docker run --cpus {value} busybox true")
    except PolicyViolation:
        return
    assert 0 < result.params["create"]["nano_cpus"] <= LIMITS.cpus_max * 1e9


@pytest.mark.parametrize("value", ["on-failure", "on-failure:0"])
def test_on_failure_without_a_count_is_capped(value):
    try:
        result = _planned(f"docker run -d --restart {value} busybox false")
    except PolicyViolation:
        return
    restart = result.params["create"]["restart_policy"]
    assert 0 < restart["MaximumRetryCount"] <= LIMITS.restart_max


@pytest.mark.parametrize("text", ["docker run -d -p 1-65535 busybox true",
                                  "docker run -d --expose 1-65535 -P busybox true"])
def test_publishing_more_ports_than_the_pool_is_refused(text):
    low, high = LIMITS.port_pool
    try:
        result = _planned(text)
    except PolicyViolation:
        return
    wanted = sum(p["container"][1] - p["container"][0] + 1 for p in result.params["publish"])
    wanted += len(result.params["create"].get("ports") or {}) if result.params["publish_all"] else 0
    assert wanted <= high - low + 1


def test_tag_target_with_a_digest_is_refused():
    with pytest.raises(PolicyViolation):
        _planned("docker tag busybox busybox@sha256:" + "ab" * 32)


@pytest.mark.parametrize("text", ["network create --intenett 8 C?", "network create --internl 8 x?"])
def test_translate_question_without_its_text(text):
    answer = translate(text, None, context={})
    assert isinstance(answer, dict)

"""Conformance: Gorae reads and carries out docker commands the way docker does.

The corpus is every in-scope command of the tldr-pages data set
(``../shared/datasets/tldr-docker.jsonl``, field ``command``) plus ``tests/data/conformance.txt``.
For each command:

1. the docker CLI accepts it (run with no daemon reachable: parsing errors still show), and
   Gorae parses it OK;
2. ``plan()`` gives the expected outcome: the executor op for the verb, or a
   ``PolicyViolation`` exactly when the sandbox's published rules (``_expected_refusal``) say
   the command is refused;
3. ``run``/``create``: the container is created once with the real docker CLI
   (``docker create`` with the same flags) and once through Gorae, and what the engine holds
   is compared field by field (``_view``);
4. read-only commands (ps, images, logs, inspect, ls ...) run through both; both must exit 0,
   and the outputs are compared where they can be (``_comparable``: same object, no names).

Commands are kept as a learner types them: a host path stays a host path where it is the
point of the command (tldr's "bind mounted volumes": refused by the sandbox, and checked to be),
and our own lines use the sandbox's images (comments in the corpus say where one was swapped).

Known divergences are ``xfail(strict=True)`` in ``KNOWN_BUGS`` with the reason. The last
test prints the agreement figures and asserts 100% on everything compared outside them.
"""
from __future__ import annotations

import atexit
import json
import os
import secrets
import shlex
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from runtime.errors import PolicyViolation, SpecError
from runtime.policy import DEMO_IMAGES
from runtime.executor import Executor
from runtime.plan import Plan, plan, user_name
from runtime.policy import OWNER_LABEL, Limits
from runtime.spec import Owner
from runtime.values import parse_bytes
from conftest import PREFIX  # the same module object pytest loaded (rootdir conftest)
from webapp.commands import grammar
from webapp.commands.parser import parse

ROOT = Path(__file__).resolve().parents[1]
TLDR = ROOT.parent / "shared" / "datasets" / "tldr-docker.jsonl"
OWN = ROOT / "tests" / "data" / "conformance.txt"
DOCKER = shutil.which("docker")
MIB = 1024 * 1024
TOKEN = secrets.token_hex(3)                 # this session's CLI object names
CLI_OWNER = PREFIX + "cli"                   # label of what the docker CLI creates here
CREATE_OWNER = Owner(PREFIX + "conf")        # Gorae's side of the create comparisons
READ_OWNER = Owner(PREFIX + "conf-ro")       # Gorae's side of the read-only commands

pytestmark = [pytest.mark.engine,
              pytest.mark.skipif(DOCKER is None, reason="docker client not on PATH")]


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------

# tldr rows whose command carries shell syntax: Gorae runs no shell, so it must point at the
# operator (checked in test_tldr_shell_syntax_is_pointed_at); the docker part is the corpus entry.
SHELL_SYNTAX = {
    "docker < Dockerfile build -t myapp:1.0 -": ("<", "docker build -t myapp:1.0 -"),
    'docker images --format "{{.ID}}\\t{{.Size}}\\t{{.Repository}}:{{.Tag}}" | sort -k 2 -h':
        ("|", 'docker images --format "{{.ID}}\\t{{.Size}}\\t{{.Repository}}:{{.Tag}}"'),
}
# tldr "display help" rows that docker itself rejects (bare commands that print usage and exit
# 1): excluded from the corpus; test_tldr_bare_commands_are_rejected_like_docker checks them.
DOCKER_REJECTS = {"docker inspect", "docker tag"}


def _tldr_commands() -> list[str]:
    if not TLDR.exists():
        return []
    found = {}
    for line in TLDR.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["subcommand"] in grammar.SPELLINGS:      # a Gorae command or alias
            found.setdefault(row["command"], None)
    return list(found)


def _own_commands() -> list[str]:
    return [line.strip() for line in OWN.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


TLDR_RAW = _tldr_commands()
TLDR_CORPUS = [SHELL_SYNTAX.get(c, (None, c))[1] for c in TLDR_RAW if c not in DOCKER_REJECTS]
CORPUS = list(dict.fromkeys(TLDR_CORPUS + _own_commands()))
SOURCE = {c: "tldr" if c in TLDR_CORPUS else "own" for c in CORPUS}

_INSPECT_TEMPLATES = "Go templates over nested fields are printed literally (no template engine)"
KNOWN_BUGS: dict[str, str] = {}


def _case(command):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[command])] \
        if command in KNOWN_BUGS else []
    return pytest.param(command, marks=marks, id=command[:90])


# --------------------------------------------------------------------------------------
# What to expect: the verb's executor op, or a refusal by the sandbox's published rules
# --------------------------------------------------------------------------------------

OPS = {"run": "run", "create": "create", "ps": "ps", "logs": "logs", "exec": "exec",
       "stop": "stop", "start": "start", "restart": "restart", "rm": "rm", "rmi": "rmi",
       "pull": "pull", "images": "images", "inspect": "inspect",
       "container inspect": "inspect", "image inspect": "inspect", "tag": "tag",
       "network ls": "network_ls", "network create": "network_create",
       "network rm": "network_rm", "network inspect": "network_inspect",
       "network connect": "network_connect", "network disconnect": "network_disconnect",
       "volume create": "volume_create", "volume ls": "volume_ls",
       "volume inspect": "volume_inspect", "volume rm": "volume_rm",
       "build": "build", "push": "push"}
READ_ONLY = {"ps", "images", "logs", "inspect", "container inspect", "image inspect",
             "network ls", "network inspect", "volume ls", "volume inspect"}

# The options a learner may use, per verb (the sandbox is an allow-list); any other is refused.
_RUN_OPTIONS = {
    "attach", "cpus", "detach", "detach-keys", "disable-content-trust", "domainname",
    "entrypoint", "env", "expose", "group-add", "health-cmd", "health-interval",
    "health-retries", "health-start-interval", "health-start-period", "health-timeout",
    "hostname", "init", "interactive", "label", "memory", "memory-reservation", "mount", "name",
    "network", "network-alias", "no-healthcheck", "pids-limit", "platform", "publish",
    "publish-all", "pull", "quiet", "read-only", "restart", "rm", "sig-proxy", "stop-signal",
    "stop-timeout", "tty", "user", "volume", "workdir"}
ALLOWED_OPTIONS = {
    "run": _RUN_OPTIONS, "create": _RUN_OPTIONS,
    "exec": {"detach", "detach-keys", "env", "interactive", "tty", "user", "workdir"},
    "network create": {"driver", "internal", "label", "attachable"},
    "network connect": {"alias"},
    "volume create": {"driver", "label", "name"},
}


def _expected_refusal(spec) -> str | None:
    """Why the sandbox must refuse ``spec``, by its rules: host paths, privileges, namespaces,
    limits above the caps (256 MiB, 0.5 CPU, 128 processes), restart loops, ports below 1024
    or off loopback, reserved labels, foreign drivers."""
    allowed = ALLOWED_OPTIONS.get(spec.verb)
    for o in spec.options:
        if allowed is not None and o.name not in allowed:
            return f"--{o.name}"
        value = str(o.value)
        if o.name == "memory" and parse_bytes(value) > 256 * MIB:
            return "memory above the cap"
        if o.name == "cpus" and float(value) > 0.5:
            return "cpus above the cap"
        if o.name == "pids-limit" and not 0 < int(value) <= 128:
            return "pids above the cap"
        if o.name == "restart":
            name, _, count = value.partition(":")
            # on-failure needs a count of 1..3: without one (or 0) dockerd retries forever
            if name != "no" and (name != "on-failure" or not count or not 0 < int(count) <= 3):
                return "restart loop"
        if o.name == "publish":
            parts = value.split("/")[0].split(":")
            ip = parts[0] if len(parts) == 3 else ""
            host = parts[-2] if len(parts) >= 2 else ""
            if ip not in ("", "127.0.0.1", "localhost") or (host and int(host.split("-")[0]) < 1024):
                return "port"
        if o.name == "volume" and ":" in value and value.split(":")[0].startswith(("/", ".", "~")):
            return "host path"
        if o.name == "mount" and "type=" in value and "type=volume" not in value:
            return "mount type"
        if o.name == "label" and value.startswith("org.gorae."):
            return "reserved label"
        if o.name == "network" and (value == "host" or value.startswith("container:")):
            return "network namespace"
        if o.name == "workdir" and value.startswith(("/proc", "/sys")):
            return "workdir"
        if o.name == "driver" and value not in ("bridge", "local"):
            return "driver"
        if o.name == "tag" and value.split(":")[0] in DEMO_IMAGES:
            return "tag shadows a shared image"
    target = spec.args[-1].value if spec.verb in ("tag", "push") and spec.args else ""
    if spec.verb == "push" and target.split("/")[0] not in ("localhost:5000", "127.0.0.1:5000"):
        return "push outside the practice registry"
    if target and target.split(":")[0].removeprefix("library/") in DEMO_IMAGES:
        return "tag shadows a shared image"
    return None


# --------------------------------------------------------------------------------------
# The docker CLI: as a parser (no daemon) and against the engine
# --------------------------------------------------------------------------------------

_WORK = Path(tempfile.mkdtemp(prefix="gorae-conformance-"))   # the CLI's cwd (build context)
atexit.register(shutil.rmtree, _WORK, True)
(_WORK / "Dockerfile").write_text("FROM busybox\n")
(_WORK / ".env").write_text("DEBUG=1\n")
(_WORK / "app").mkdir()
_BASE_ENV = {k: v for k, v in os.environ.items()
             if k in ("PATH", "HOME", "DOCKER_HOST", "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY",
                      "DOCKER_CONFIG", "DOCKER_CONTEXT")}
_BASE_ENV.update({"DOCKER_CLI_HINTS": "false", "LC_ALL": "C"})
_NO_DAEMON_ENV = {**_BASE_ENV, "DOCKER_HOST": "unix://" + str(_WORK / "no-daemon.sock")}
_NO_DAEMON_ENV.pop("DOCKER_CONTEXT", None)
# What the CLI says once the words are parsed and it goes on to do the work.
_PARSED_OK = ("Cannot connect to the Docker daemon", "the input device is not a TTY",
              "unable to prepare context", "unknown server OS")


def _docker(argv, env=_BASE_ENV, timeout=60):
    return subprocess.run([DOCKER, *argv], capture_output=True, text=True, env=env,
                          timeout=timeout, stdin=subprocess.DEVNULL, cwd=_WORK)


def _cli_parses(command: str) -> tuple[bool, str]:
    argv = shlex.split(command)[1:]
    if argv[:1] == ["build"] and any("://" in a or a.startswith("github.com/") for a in argv):
        return True, "remote build context: not fetched"   # the CLI would git clone it
    result = _docker(argv, env=_NO_DAEMON_ENV, timeout=30)
    accepted = result.returncode == 0 or any(m in result.stderr for m in _PARSED_OK)
    return accepted, result.stderr.strip()


@pytest.fixture(scope="module")
def cli_parses():
    """The CLI's verdict on every corpus command, computed up front, in parallel."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        verdicts = dict(zip(CORPUS, pool.map(_cli_parses, CORPUS)))
    return verdicts


def _cli_name(name: str) -> str:
    return f"gconf-{TOKEN}-{name}"


class _Rewrite:
    """The docker CLI argv for a corpus command: names made unique to this session (the CLI's
    objects share the engine with everyone), ``run`` made ``create`` (run-only flags dropped),
    and the cleanup label added."""

    RUN_ONLY = {"detach", "detach-keys", "sig-proxy"}

    def __init__(self, names: dict[str, str]):
        self.names = dict(names)
        self.volumes: list[str] = []

    def _volume_source(self, source: str) -> str:
        if not source or source.startswith(("/", ".", "~")):
            return source
        if source not in self.names:
            self.names[source] = _cli_name("v-" + source)
            self.volumes.append(self.names[source])
        return self.names[source]

    def value(self, flag: str, value: str) -> str:
        if flag == "name":      # a new container: a name of its own (web1 exists already)
            return _cli_name("new-" + value)
        if flag == "network" and value not in ("none", "bridge", "host", "default") \
                and not value.startswith("container:"):
            return self.names.get(value, value)
        if flag == "volume":
            source, sep, rest = value.partition(":")
            return self._volume_source(source) + sep + rest if sep else value
        if flag == "mount":
            fields = []
            for part in value.split(","):
                key, eq, val = part.partition("=")
                fields.append(f"{key}={self._volume_source(val)}" if key in ("source", "src")
                              else part)
            return ",".join(fields)
        if flag == "volumes-from":
            return self.names.get(value, value)
        return value

    def argv(self, command: str, create: bool) -> list[str]:
        words = shlex.split(command)[1:]
        verb = grammar.resolve(words[:2])[0]
        used = 2 if " ".join(words[:2]) in grammar.SPELLINGS and words[0] in grammar.MANAGEMENT else 1
        head, body = words[:used], words[used:]
        if create:
            head = [w if w != "run" else "create" for w in head]
            head += ["--label", f"{OWNER_LABEL}={CLI_OWNER}"]
        out, i, positional_only = [], 0, False
        while i < len(body):
            word = body[i]
            i += 1
            if positional_only or word == "-" or not word.startswith("-"):
                out.append(self.names.get(word, word) if not positional_only or not create
                           else word)
                if not verb.interspersed:
                    positional_only = True
                continue
            if word == "--":
                out.append(word)
                positional_only = True
                continue
            if word.startswith("--"):
                name, eq, value = word[2:].partition("=")
                flag = verb.by_long.get(name)
                if flag is None:                             # --help
                    out.append(word)
                    continue
                takes = not flag.is_bool and not eq
                if takes:
                    value, i = body[i], i + 1
                if create and flag.long in self.RUN_ONLY:
                    continue
                if flag.is_bool:
                    out.append(word)
                elif eq:
                    out.append(f"--{name}={self.value(flag.long, value)}")
                else:
                    out += [word, self.value(flag.long, value)]
                continue
            kept, letters = "", word[1:]
            while letters:
                flag = verb.by_short[letters[0]]
                if flag.is_bool:
                    if letters[1:2] == "=":
                        if not (create and flag.long in self.RUN_ONLY):
                            kept += letters
                        letters = ""
                        break
                    if not (create and flag.long in self.RUN_ONLY):
                        kept += letters[0]
                    letters = letters[1:]
                    continue
                attached = letters[1:]
                if attached:
                    eq = attached.startswith("=")
                    value = attached[1:] if eq else attached
                    kept += letters[0] + ("=" if eq else "") + self.value(flag.long, value)
                    letters = ""
                else:
                    value, i = body[i], i + 1
                    out_value = self.value(flag.long, value)
                    if kept + letters[0]:
                        out.append("-" + kept + letters[0])
                    out.append(out_value)
                    kept, letters = "", ""
                    break
            if kept:
                out.append("-" + kept)
        return head + out


# --------------------------------------------------------------------------------------
# What the engine holds
# --------------------------------------------------------------------------------------

def _signal(value):
    """The engine treats KILL, kill, SIGKILL alike; docker stores what it was given."""
    if not value:
        return None
    value = str(value).upper()
    return value if value.isdigit() or value.startswith("SIG") else "SIG" + value


def _view(attrs: dict, spec) -> dict:
    """The fields compared, read from ``docker inspect``. User-given Env entries only, labels
    other than org.gorae.*, and limits only where the user set them (within the caps)."""
    config, host = attrs["Config"], attrs["HostConfig"]
    keys = {v.split("=", 1)[0] for v in spec.values("env")}
    restart = host.get("RestartPolicy") or {}
    view = {
        "Config.Image": config.get("Image"),
        "Config.Cmd": config.get("Cmd"),
        "Config.Entrypoint": config.get("Entrypoint"),
        # sorted: the docker 28 CLI sends -e entries in Go map order (it varies run to run)
        "Config.Env": sorted(e for e in config.get("Env") or [] if e.split("=", 1)[0] in keys),
        "Config.ExposedPorts": sorted(config.get("ExposedPorts") or {}),
        "Config.WorkingDir": config.get("WorkingDir"),
        "Config.User": config.get("User"),
        "Config.Tty": config.get("Tty"),
        "Config.OpenStdin": config.get("OpenStdin"),
        "Config.Labels": {k: v for k, v in (config.get("Labels") or {}).items()
                          if not k.startswith("org.gorae.")},
        "Config.Healthcheck": config.get("Healthcheck"),
        "Config.StopSignal": _signal(config.get("StopSignal")),
        "Config.StopTimeout": config.get("StopTimeout"),
        # "" and "no" are the same policy to the engine (docker writes "no", the SDK "")
        "HostConfig.RestartPolicy": (restart.get("Name") or "no", restart.get("MaximumRetryCount")),
        # unset and false are the same to an engine without a daemon-wide init default
        "HostConfig.Init": bool(host.get("Init")),
        "HostConfig.ReadonlyRootfs": host.get("ReadonlyRootfs"),
    }
    for flag, field in (("memory", "Memory"), ("cpus", "NanoCpus"), ("pids-limit", "PidsLimit"),
                        ("memory-reservation", "MemoryReservation")):
        if spec.value(flag) is not None:
            view["HostConfig." + field] = host.get(field)
    for flag, field in (("hostname", "Hostname"), ("domainname", "Domainname")):
        if spec.value(flag) is not None:
            view["Config." + field] = config.get(field)
    if spec.verb == "create" or spec.flag("detach"):
        # a foreground `run --rm` is removed by Gorae's executor instead
        view["HostConfig.AutoRemove"] = host.get("AutoRemove")
    return view


# --------------------------------------------------------------------------------------
# Fixtures: the objects the commands name, on both sides
# --------------------------------------------------------------------------------------

NAMED = {"containers": ("web1", "web2"), "networks": ("mynet", "frontend", "backend"),
         "volumes": ("myvol",)}


def _gorae(executor, owner, command):
    parsed = parse(command)
    assert parsed.ok, (command, parsed.errors)
    return executor.execute(plan(parsed.spec(), owner, Limits()))


@pytest.fixture(scope="module")
def executor(engine):
    return Executor(engine)


class World:
    """web1/web2 (nginx, created), mynet/frontend/backend, myvol: once through the CLI (with
    session-unique names) and once for each Gorae owner that needs them.

    ``ensure()`` puts back whatever is missing: a test session starting meanwhile sweeps
    ``test-*`` networks and volumes it takes for leftovers (tests/conftest.py), whatever their
    age, so these can vanish while this module runs."""

    def __init__(self, engine, executor):
        self.engine, self.executor = engine, executor
        self.names = {n: _cli_name(n) for group in NAMED.values() for n in group}
        self.gorae = {READ_OWNER: NAMED, CREATE_OWNER: {"networks": ("mynet",)}}

    def ensure(self):
        label = ["--label", f"{OWNER_LABEL}={CLI_OWNER}"]
        nets = {n.name for n in self.engine.networks.list(names=list(self.names.values()))}
        vols = {v.name for v in self.engine.volumes.list(filters={"label": f"{OWNER_LABEL}={CLI_OWNER}"})}
        ctrs = {c.name for c in self.engine.containers.list(
            all=True, filters={"label": f"{OWNER_LABEL}={CLI_OWNER}"}, ignore_removed=True)}
        for net in NAMED["networks"]:
            if self.names[net] not in nets:
                _docker(["network", "create", *label, self.names[net]])
        for vol in NAMED["volumes"]:
            if self.names[vol] not in vols:
                _docker(["volume", "create", *label, self.names[vol]])
        for ctr in NAMED["containers"]:
            if self.names[ctr] not in ctrs:
                result = _docker(["create", *label, "--name", self.names[ctr], "nginx"])
                assert result.returncode == 0, result.stderr
        for owner, wanted in self.gorae.items():
            mine = {"label": f"{OWNER_LABEL}={owner.id}"}
            have = {user_name(owner, n.name) for n in self.engine.networks.list(filters=mine)}
            have |= {user_name(owner, v.name) for v in self.engine.volumes.list(filters=mine)}
            have |= {user_name(owner, c.name) for c in self.engine.containers.list(
                all=True, filters=mine, ignore_removed=True)}
            for net in wanted.get("networks", ()):
                if net not in have:
                    _gorae(self.executor, owner, f"docker network create {net}")
            for vol in wanted.get("volumes", ()):
                if vol not in have:
                    _gorae(self.executor, owner, f"docker volume create {vol}")
            for ctr in wanted.get("containers", ()):
                if ctr not in have:
                    _gorae(self.executor, owner, f"docker create --name {ctr} nginx")
        return self.names


@pytest.fixture(scope="module")
def world(engine, executor):
    made = World(engine, executor)
    made.ensure()
    yield made
    names = made.names
    _docker(["rm", "-f", "-v", *[names[c] for c in NAMED["containers"]]])
    _docker(["network", "rm", *[names[n] for n in NAMED["networks"]]])
    _docker(["volume", "rm", "-f", *[names[v] for v in NAMED["volumes"]]])
    _remove_owned(engine, READ_OWNER)
    _remove_owned(engine, CREATE_OWNER)


def _remove_owned(engine, owner, networks=True):
    label = {"label": f"{OWNER_LABEL}={owner.id}"}
    for container in engine.containers.list(all=True, filters=label):
        container.remove(force=True, v=True)
    for volume in engine.volumes.list(filters=label):
        volume.remove(force=True)
    if networks:
        for network in engine.networks.list(filters=label):
            network.remove()


# --------------------------------------------------------------------------------------
# The record behind the summary
# --------------------------------------------------------------------------------------

RESULTS: dict[str, dict] = {}


def _record(command, **facts):
    RESULTS.setdefault(command, {"source": SOURCE.get(command, "?")}).update(facts)


# --------------------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------------------

def test_corpus_is_there_and_large_enough():
    if not TLDR.exists():
        pytest.skip(f"{TLDR} is absent (CI puts shared/ beside the clone)")
    assert len(TLDR_RAW) >= 90, "tldr in-scope commands went missing"
    assert len(CORPUS) >= 200
    subcommands = {grammar.resolve(shlex.split(c)[1:3])[0].name for c in CORPUS}
    assert {"run", "create", "ps", "logs", "exec", "stop", "start", "restart", "rm", "rmi",
            "pull", "push", "images", "build", "inspect", "tag", "network ls", "network create",
            "network rm", "network inspect", "network connect", "network disconnect",
            "volume create", "volume ls", "volume inspect", "volume rm"} <= subcommands


@pytest.mark.parametrize("raw", sorted(SHELL_SYNTAX))
def test_tldr_shell_syntax_is_pointed_at(raw):
    operator, _ = SHELL_SYNTAX[raw]
    parsed = parse(raw)
    assert [e.code for e in parsed.errors] == ["shell-operator"]
    start = raw.index(f" {operator} ") + 1
    assert (parsed.errors[0].start, parsed.errors[0].end) == (start, start + len(operator))


@pytest.mark.parametrize("command", sorted(DOCKER_REJECTS))
def test_tldr_bare_commands_are_rejected_like_docker(command):
    result = _docker(shlex.split(command)[1:], env=_NO_DAEMON_ENV)
    assert result.returncode != 0 and "requires" in result.stderr
    assert [e.code for e in parse(command).errors] == ["missing-argument"]


@pytest.mark.parametrize("command", [_case(c) for c in CORPUS])
def test_command(command, cli_parses, world, engine, executor):
    # 1. docker accepts it, and so does Gorae
    accepted, said = cli_parses[command]
    assert accepted, f"the docker CLI rejects {command!r}: {said}"
    parsed = parse(command)
    _record(command, parsed=parsed.ok)
    assert parsed.ok, [(e.code, e.start, e.end, e.message["en"]) for e in parsed.errors]
    if parsed.help:
        _record(command, outcome="help")
        return
    spec = parsed.spec()

    # 2. plan() answers as expected
    refusal = _expected_refusal(spec)
    op = OPS[spec.verb]
    try:
        planned = plan(spec, CREATE_OWNER if spec.verb in ("run", "create") else READ_OWNER,
                       Limits())
    except PolicyViolation as e:
        _record(command, outcome="refused", plan_ok=refusal is not None)
        assert refusal is not None, f"refused, but no sandbox rule says so: {e.message}"
        return
    except SpecError as e:
        _record(command, outcome="not available", plan_ok=op is None and refusal is None)
        assert op is None and refusal is None, e.message
        return
    _record(command, outcome=planned.op, plan_ok=refusal is None and planned.op == op)
    assert refusal is None, f"should be refused ({refusal}) but plan() gave {planned.op}"
    assert planned.op == op

    # 3./4. against the engine
    if spec.verb in ("run", "create"):
        _compare_create(command, spec, planned, world, engine, executor)
    elif spec.verb in READ_ONLY:
        _compare_read_only(command, spec, planned, world, executor)


def _compare_create(command, spec, planned, world, engine, executor):
    rewrite = _Rewrite(world.ensure())
    argv = rewrite.argv(command, create=True)
    for volume in rewrite.volumes:       # made here, labelled, so a crash leaves nothing behind
        engine.volumes.create(volume, labels={OWNER_LABEL: CLI_OWNER})
    cli = _docker(argv)
    cli_id = cli.stdout.strip().splitlines()[-1] if cli.returncode == 0 else None
    gorae_id = None
    try:
        assert cli.returncode == 0, f"docker {' '.join(argv)}: {cli.stderr}"
        result = executor.execute(Plan("create", planned.params, planned.owner, planned.text))
        gorae_id = result.data["id"]
        theirs = _view(engine.api.inspect_container(cli_id), spec)
        ours = _view(engine.api.inspect_container(gorae_id), spec)
        differ = {k: (theirs[k], ours.get(k)) for k in theirs if theirs[k] != ours.get(k)}
        _record(command, fields=len(theirs), fields_agreed=len(theirs) - len(differ),
                differ=differ)
        assert not differ, f"docker vs Gorae: {differ}"
    finally:
        if cli_id:
            _docker(["rm", "-f", "-v", cli_id])
        if rewrite.volumes:
            _docker(["volume", "rm", "-f", *rewrite.volumes])
        _remove_owned(engine, CREATE_OWNER, networks=False)


# Outputs that are the same on both sides (same image, or a property of a container that does
# not depend on its name or id); every other read-only output is checked by exit code only
# (Gorae shows the user's own objects under their own names, docker shows the whole engine).
def _comparable(spec) -> bool:
    if spec.verb == "logs":
        return True
    template = spec.value("format")
    if spec.verb in ("inspect", "image inspect") and spec.arg_values() == ["nginx"] \
            and template is None:
        return True
    return template in ("{{.Config.Image}}", "{{.State.Status}}", "{{.Os}}",
                        "{{.Architecture}}", "{{.Driver}}")


def _same_output(spec, theirs: str, ours: str) -> bool:
    if spec.value("format") is None and "inspect" in spec.verb:
        return [o["Id"] for o in json.loads(theirs)] == [o["Id"] for o in json.loads(ours)]
    return theirs == ours


def _compare_read_only(command, spec, planned, world, executor):
    argv = _Rewrite(world.ensure()).argv(command, create=False)
    cli = _docker(argv)
    ours = executor.execute(planned)
    _record(command, exit_agreed=cli.returncode == 0 and ours.exit_code == 0)
    assert cli.returncode == 0, cli.stderr
    assert ours.exit_code == 0, ours.output
    if _comparable(spec):
        same = _same_output(spec, cli.stdout, ours.output)
        _record(command, output_agreed=same)
        assert same, f"docker said {cli.stdout!r}, Gorae said {ours.output!r}"


def test_rewrite_keeps_the_flags():
    rewrite = _Rewrite({"web1": "W", "mynet": "N"})
    assert rewrite.argv("docker run -itd --name=web1 -p8080:80 --network mynet nginx sh -c 'a b'",
                        create=True) == [
        "create", "--label", f"{OWNER_LABEL}={CLI_OWNER}", "-it", f"--name={_cli_name('new-web1')}",
        "-p8080:80",
        "--network", "N", "nginx", "sh", "-c", "a b"]
    assert rewrite.argv("docker container run -dp 80 busybox", create=True)[:4] == [
        "container", "create", "--label", f"{OWNER_LABEL}={CLI_OWNER}"]
    assert rewrite.argv("docker container run -dp 80 busybox", create=True)[4:] == [
        "-p", "80", "busybox"]
    argv = rewrite.argv("docker run -v data:/data --mount source=c,target=/c busybox", True)
    assert argv[4] == _cli_name("v-data") + ":/data"
    assert argv[6] == f"source={_cli_name('v-c')},target=/c"
    assert rewrite.argv("docker logs web1 -f", create=False) == ["logs", "W", "-f"]


def test_agreement_summary(capsys):
    """The agreement figures (printed), and 100% on everything compared outside KNOWN_BUGS."""
    if not RESULTS:
        pytest.skip("no conformance case ran")
    known = {c for c in RESULTS if c in KNOWN_BUGS}
    clean = {c: r for c, r in RESULTS.items() if c not in known}

    def count(results, key, value=True):
        return sum(1 for r in results.values() if r.get(key) == value)

    def rate(agreed, total):
        return f"{agreed}/{total} ({100.0 * agreed / total:.1f}%)" if total else "0/0"

    fields = sum(r.get("fields", 0) for r in RESULTS.values())
    fields_ok = sum(r.get("fields_agreed", 0) for r in RESULTS.values())
    creates = [r for r in RESULTS.values() if "fields" in r]
    creates_ok = sum(1 for r in creates if r["fields"] == r["fields_agreed"])
    outcomes = {}
    for r in RESULTS.values():
        outcomes[r.get("outcome", "?")] = outcomes.get(r.get("outcome", "?"), 0) + 1
    lines = [
        "",
        "=== Gorae conformance ===",
        f"commands: {len(RESULTS)} (tldr {sum(r['source'] == 'tldr' for r in RESULTS.values())}, "
        f"own {sum(r['source'] == 'own' for r in RESULTS.values())}); known bugs (xfail): {len(known)}",
        f"parsed OK (docker accepts all):   {rate(count(RESULTS, 'parsed'), len(RESULTS))}",
        f"plan() as expected:               {rate(count(RESULTS, 'plan_ok'), sum('plan_ok' in r for r in RESULTS.values()))}",
        f"outcomes: {dict(sorted(outcomes.items()))}",
        f"containers compared (create):     {rate(creates_ok, len(creates))} commands, "
        f"fields {rate(fields_ok, fields)}",
        f"read-only exit codes agree:       {rate(count(RESULTS, 'exit_agreed'), sum('exit_agreed' in r for r in RESULTS.values()))}",
        f"read-only outputs compared agree: {rate(count(RESULTS, 'output_agreed'), sum('output_agreed' in r for r in RESULTS.values()))}",
    ]
    clean_fields = sum(r.get("fields", 0) for r in clean.values())
    clean_ok = sum(r.get("fields_agreed", 0) for r in clean.values())
    lines.append(f"outside known bugs: fields {rate(clean_ok, clean_fields)}, parse "
                 f"{rate(count(clean, 'parsed'), len(clean))}")
    for command in sorted(known):
        differ = RESULTS[command].get("differ")
        lines.append(f"  known: {command}" + (f"  {differ}" if differ else ""))
    with capsys.disabled():
        print("\n".join(lines))
    assert clean_ok == clean_fields
    assert count(clean, "parsed") == len(clean)
    assert all(r.get("plan_ok", True) for r in clean.values())
    assert all(r.get("exit_agreed", True) and r.get("output_agreed", True) for r in clean.values())

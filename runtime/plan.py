"""``plan()``: a pure function from an allowed :class:`Spec` to the docker SDK arguments.

The policy is applied here, whatever channel the spec came from: a spec with violations never
becomes a plan. Forced controls (limits, labels, capabilities, logging, loopback ports) are
written into every plan, so nothing above this module can forget them. No docker import.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from . import images, policy, values
from .errors import PolicyViolation, SpecError
from .policy import LABEL_PREFIX, OWNER_LABEL, Limits
from .spec import Owner, Spec

NAME_LABEL = LABEL_PREFIX + "name"
EXPIRES_LABEL = LABEL_PREFIX + "expires"
PORTS_LABEL = LABEL_PREFIX + "ports"


@dataclass
class Plan:
    op: str                       # the executor method that carries it out
    params: dict = field(default_factory=dict)
    owner: Owner | None = None
    text: str = ""


def engine_name(owner: Owner, name: str) -> str:
    """The engine-side name of a user's object: unique per user, invisible to them."""
    return f"g-{owner.key}-{name}"


def user_name(owner: Owner, engine: str) -> str | None:
    prefix = f"g-{owner.key}-"
    engine = engine.lstrip("/")
    return engine[len(prefix):] if engine.startswith(prefix) else None


def user_network(owner: Owner) -> str:
    """Each user's default network; the user sees it as docker's ``bridge``."""
    return engine_name(owner, "bridge")


def owner_labels(owner: Owner, name: str | None = None, limits: Limits | None = None) -> dict:
    labels = {OWNER_LABEL: owner.id}
    if name:
        labels[NAME_LABEL] = name
    if limits:
        labels[EXPIRES_LABEL] = str(int(time.time() + limits.ttl))
    return labels


def plan(spec: Spec, owner: Owner, limits: Limits | None = None, files: dict | None = None) -> Plan:
    """``files``: the build context a caller uploaded (``build`` only; checked by the policy)."""
    limits = limits or Limits()
    violations = policy.check(spec, limits) + policy.check_files(files, limits)
    if violations:
        raise PolicyViolation(violations)
    builder = _BUILDERS.get(spec.verb)
    if builder is None:
        raise SpecError(f"docker {spec.verb} is not available in the practice sandbox.")
    try:
        op, params = builder(spec, owner, limits, files) if spec.verb == "build" \
            else builder(spec, owner, limits)
    except ValueError as e:
        raise SpecError(str(e)) from e
    return Plan(op, params, owner, spec.text)


def _run(spec: Spec, owner: Owner, limits: Limits):
    op, params = _create(spec, owner, limits)
    if spec.flag("rm") and spec.flag("detach"):
        params["create"]["auto_remove"] = True   # foreground --rm is removed by the executor
    params.update(detach=spec.flag("detach"), remove=spec.flag("rm"),
                  timeout=limits.run_timeout, output_cap=limits.output_cap,
                  stdin=spec.flag("interactive"))
    return "run", params


def _create(spec: Spec, owner: Owner, limits: Limits):
    name = spec.value("name")
    image = images.engine_image(owner, spec.args[0].value, limits.images)
    args = {
        "image": image,
        "command": [a.value for a in spec.command] or None,
        "labels": {**_labels(spec), **owner_labels(owner, name, limits)},
        "environment": _environment(spec.values("env")) or None,
        "working_dir": spec.value("workdir"),
        "user": spec.value("user"),
        "hostname": spec.value("hostname"),
        "domainname": spec.value("domainname"),
        "init": spec.flag("init") or None,
        "read_only": spec.flag("read-only") or None,
        "tty": spec.flag("tty"),
        "stdin_open": spec.flag("interactive"),
        "stop_signal": spec.value("stop-signal") and values.signal_name(spec.value("stop-signal")),
        "stop_timeout": _int(spec.value("stop-timeout")),
        "restart_policy": _restart(spec.value("restart")),
        "healthcheck": _healthcheck(spec),
        "ports": _expose(spec) or None,
        "volumes": [_volume(owner, v) for v in spec.values("volume")] or None,
        "mounts": [_mount(owner, v) for v in spec.values("mount")] or None,
        "group_add": spec.values("group-add") or None,
        "auto_remove": (spec.verb == "create" and spec.flag("rm")) or None,
        "platform": spec.value("platform"),
        **_forced(spec, limits),
    }
    entrypoint = spec.value("entrypoint")
    if entrypoint is not None:
        args["entrypoint"] = [entrypoint]       # docker keeps the value as one word
    params = {
        "name": name,
        "create": {k: v for k, v in args.items() if v is not None},
        "publish": [values.port_spec(p) for p in spec.values("publish")],
        "publish_all": spec.flag("publish-all"),
        "network": _network(owner, spec.value("network")),
        "aliases": spec.values("network-alias"),
        "pull": spec.value("pull", "missing"),
        "shown_image": spec.args[0].value,
        "volumes": _named_volumes(spec),
    }
    return "create", params


def _forced(spec: Spec, limits: Limits) -> dict:
    """The controls every container gets, whatever was asked."""
    memory = values.parse_bytes(spec.value("memory")) if spec.value("memory") else None
    memory = min(memory or limits.memory_default, limits.memory_max)
    cpus = min(float(spec.value("cpus") or limits.cpus_max), limits.cpus_max)
    pids = min(int(spec.value("pids-limit") or limits.pids_max), limits.pids_max)
    return {
        "mem_limit": memory,
        "memswap_limit": memory,
        "mem_reservation": _reservation(spec, memory),
        "nano_cpus": int(cpus * 1e9),
        "pids_limit": pids,
        "security_opt": ["no-new-privileges:true"],
        "cap_drop": list(limits.cap_drop),
        "privileged": False,
        "log_config": {"Type": "json-file",
                       "Config": {"max-size": limits.log_max_size, "max-file": "1"}},
    }


def _reservation(spec: Spec, memory: int) -> int | None:
    wanted = spec.value("memory-reservation")
    return min(values.bytes_value(wanted), memory) if wanted else None


def _labels(spec: Spec) -> dict:
    return dict(values.label_pair(v) for v in spec.values("label"))


def _environment(texts: list[str]) -> list[str]:
    """``-e`` values as docker sends them: a repeated KEY keeps only its last value."""
    last = {values.env_pair(t)[0]: _env(t) for t in texts}
    return list(last.values())


def _env(text: str) -> str:
    key, value = values.env_pair(text)
    return f"{key}={value}" if value is not None else key


def _int(text):
    return int(text) if text is not None else None


def _restart(text):
    return values.restart_policy(text) if text else None


def _healthcheck(spec: Spec):
    if spec.flag("no-healthcheck"):
        return {"test": ["NONE"]}
    cmd = spec.value("health-cmd")
    if cmd is None:
        return None
    check = {"test": ["CMD-SHELL", cmd]}
    for flag, key in (("health-interval", "interval"), ("health-timeout", "timeout"),
                      ("health-start-period", "start_period")):
        if spec.value(flag):
            check[key] = values.duration_ns(spec.value(flag))
    if spec.value("health-retries"):
        check["retries"] = int(spec.value("health-retries"))
    return check


def _expose(spec: Spec) -> dict:
    """Container ports to expose (--expose, and the container side of --publish)."""
    exposed = {}
    for text in spec.values("expose"):
        port, _, proto = text.partition("/")
        low, _, high = port.partition("-")
        for number in range(int(low), int(high or low) + 1):
            exposed[f"{number}/{proto or 'tcp'}"] = None
    for text in spec.values("publish"):
        parsed = values.port_spec(text)
        low, high = parsed["container"]
        for number in range(low, high + 1):
            exposed[f"{number}/{parsed['proto']}"] = None
    return exposed


def _network(owner: Owner, name: str | None) -> str:
    if name in (None, "", "bridge", "default"):
        return user_network(owner)
    if name == "none":
        return "none"
    return engine_name(owner, name)


def _volume(owner: Owner, text: str) -> str:
    source, sep, rest = text.partition(":")
    return f"{engine_name(owner, source)}:{rest}" if sep else text


def _named_volumes(spec: Spec) -> list[str]:
    names = [v.partition(":")[0] for v in spec.values("volume") if ":" in v]
    for text in spec.values("mount"):
        fields = dict(p.partition("=")[::2] for p in text.split(","))
        source = fields.get("source") or fields.get("src")
        if source:
            names.append(source)
    return names


def _mount(owner: Owner, text: str) -> dict:
    fields = dict(part.partition("=")[::2] for part in text.split(","))
    source = fields.get("source") or fields.get("src")
    target = fields.get("target") or fields.get("dst") or fields.get("destination")
    if not target:
        raise ValueError(f"--mount {text}: target is required, e.g. type=volume,src=data,dst=/data")
    readonly = fields.get("readonly", fields.get("ro", "false"))
    return {"Type": "volume", "Target": target,
            "Source": engine_name(owner, source) if source else None,
            "ReadOnly": readonly in ("", "1", "true")}


def _refs(spec: Spec) -> list[str]:
    return spec.arg_values()


def _ps(spec: Spec, owner: Owner, limits: Limits):
    filters = {}
    for text in spec.values("filter"):
        key, _, value = text.partition("=")
        filters.setdefault(key, []).append(value)
    last = _int(spec.value("last"))
    if spec.flag("latest"):
        last = 1
    return "ps", {"all": spec.flag("all") or last is not None, "last": last,
                  "quiet": spec.flag("quiet"), "size": spec.flag("size"),
                  "no_trunc": spec.flag("no-trunc"), "format": spec.value("format"),
                  "filters": filters}


def _logs(spec: Spec, owner: Owner, limits: Limits):
    tail = spec.value("tail", "all")
    params = {"container": spec.args[0].value, "timestamps": spec.flag("timestamps"),
              "follow": spec.flag("follow"), "tail": tail if tail == "all" else int(tail),
              "output_cap": limits.output_cap, "timeout": limits.run_timeout}
    for flag in ("since", "until"):
        if spec.value(flag):
            params[flag] = int(values.timestamp(spec.value(flag)))
    return "logs", params


def _exec(spec: Spec, owner: Owner, limits: Limits):
    return "exec", {"container": spec.args[0].value, "cmd": [a.value for a in spec.command],
                    "user": spec.value("user") or "", "workdir": spec.value("workdir"),
                    "environment": _environment(spec.values("env")) or None,
                    "tty": spec.flag("tty"), "stdin": spec.flag("interactive"),
                    "detach": spec.flag("detach"), "privileged": False,
                    "timeout": limits.run_timeout, "output_cap": limits.output_cap}


def _lifecycle(verb: str):
    def build(spec: Spec, owner: Owner, limits: Limits):
        signal = spec.value("signal")
        return verb, {"containers": _refs(spec), "timeout": _int(spec.value("timeout")),
                      "signal": values.signal_name(signal) if signal else None}
    return build


def _start(spec: Spec, owner: Owner, limits: Limits):
    return "start", {"containers": _refs(spec), "attach": spec.flag("attach"),
                     "interactive": spec.flag("interactive"),
                     "timeout": limits.run_timeout, "output_cap": limits.output_cap}


def _rm(spec: Spec, owner: Owner, limits: Limits):
    return "rm", {"containers": _refs(spec), "force": spec.flag("force"),
                  "volumes": spec.flag("volumes")}


def _images(spec: Spec, owner: Owner, limits: Limits):
    return "images", {"reference": (spec.arg_values() or [None])[0],
                      "all": spec.flag("all"), "quiet": spec.flag("quiet"),
                      "format": spec.value("format"), "no_trunc": spec.flag("no-trunc"),
                      "digests": spec.flag("digests")}


def _pull(spec: Spec, owner: Owner, limits: Limits):
    shown = spec.args[0].value
    return "pull", {"reference": images.engine_image(owner, shown, limits.images),
                    "shown": shown, "quiet": spec.flag("quiet")}


def _push(spec: Spec, owner: Owner, limits: Limits):
    shown = spec.args[0].value
    return "push", {"reference": images.engine_image(owner, shown, limits.images),
                    "shown": shown, "quiet": spec.flag("quiet")}


def _tag(spec: Spec, owner: Owner, limits: Limits):
    source, target = spec.arg_values()
    return "tag", {"source": images.engine_image(owner, source, limits.images),
                   "target": images.engine_image(owner, target, limits.images),
                   "shown": (source, target), "quota": limits.quotas["images"]}


def _rmi(spec: Spec, owner: Owner, limits: Limits):
    refs = _refs(spec)
    return "rmi", {"images": [(r, images.engine_image(owner, r, limits.images)) for r in refs],
                   "force": spec.flag("force")}


def _build(spec: Spec, owner: Owner, limits: Limits, files: dict | None = None):
    tags = spec.values("tag")
    return "build", {
        "tags": [(t, images.engine_image(owner, t, limits.images)) for t in tags],
        "dockerfile": spec.value("file") or "Dockerfile",
        "files": files if files is not None else dict(SAMPLE_CONTEXT),
        "nocache": spec.flag("no-cache"), "quiet": spec.flag("quiet"),
        "buildargs": dict(values.label_pair(v) for v in spec.values("build-arg")) or None,
        "labels": _labels(spec) or None, "target": spec.value("target"),
        "memory": limits.memory_max, "timeout": limits.build_timeout,
        "quota": limits.quotas["images"], "demo": limits.images}


# The build context used when a caller sends no files: the learn pages' first Dockerfile.
SAMPLE_CONTEXT = {"Dockerfile": 'FROM busybox\nRUN echo "Hello from my first image" > /hello.txt\n'
                                'CMD ["cat", "/hello.txt"]\n'}


def _inspect(spec: Spec, owner: Owner, limits: Limits):
    kind = {"container inspect": "container", "image inspect": "image"}.get(spec.verb)
    return "inspect", {"refs": _refs(spec), "type": kind or spec.value("type"),
                       "format": spec.value("format"), "size": spec.flag("size")}


def _simple(op: str, *flags: str):
    """Verbs whose plan is their arguments plus a few flags, passed through by name."""
    def build(spec: Spec, owner: Owner, limits: Limits):
        params = {"refs": _refs(spec), "quotas": limits.quotas}
        for flag in flags:
            params[flag.replace("-", "_")] = spec.value(flag)
        return op, params
    return build


def _network_create(spec: Spec, owner: Owner, limits: Limits):
    return "network_create", {"name": spec.args[0].value,
                              "internal": spec.flag("internal") or not limits.egress.routed,
                              "labels": {**_labels(spec), **owner_labels(owner, limits=limits)},
                              "quotas": limits.quotas}


def _volume_create(spec: Spec, owner: Owner, limits: Limits):
    name = (spec.arg_values() or [spec.value("name")])[0]
    return "volume_create", {"name": name,
                             "labels": {**_labels(spec), **owner_labels(owner, limits=limits)},
                             "quotas": limits.quotas}


_BUILDERS = {
    "run": _run, "create": _create, "ps": _ps, "logs": _logs, "exec": _exec,
    "stop": _lifecycle("stop"), "restart": _lifecycle("restart"), "start": _start,
    "rm": _rm, "images": _images, "pull": _pull, "rmi": _rmi,
    "inspect": _inspect, "container inspect": _inspect, "image inspect": _inspect,
    "tag": _tag, "push": _push, "build": _build,
    "network ls": _simple("network_ls", "quiet", "format", "filter"),
    "network create": _network_create,
    "network rm": _simple("network_rm"),
    "network inspect": _simple("network_inspect", "format"),
    "network connect": _simple("network_connect"),
    "network disconnect": _simple("network_disconnect", "force"),
    "volume create": _volume_create,
    "volume ls": _simple("volume_ls", "quiet", "format"),
    "volume inspect": _simple("volume_inspect", "format"),
    "volume rm": _simple("volume_rm", "force"),
}

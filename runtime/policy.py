"""The sandbox policy: the single source of truth for what may run and what is forced.

Everything here is pure data and pure functions over a :class:`~runtime.spec.Spec`. The
policy is an allow-list: an option runs only if it is listed for its verb; everything else is
refused, with a specific reason where we have one and a general one otherwise. Values of
allowed options are checked by the functions in ``_VALUE_CHECKS``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .firewall import Egress
from .spec import Option, Spec
from .values import parse_bytes

MIB = 1024 * 1024
OWNER_LABEL = "org.gorae.owner"
LABEL_PREFIX = "org.gorae."
DEMO_IMAGES = ("hello-world", "busybox", "nginx", "redis", "debian")


@dataclass(frozen=True)
class Limits:
    """Forced limits and quotas. Deployments may tighten or loosen them in configuration."""

    memory_default: int = 128 * MIB
    memory_max: int = 256 * MIB
    cpus_max: float = 0.5
    pids_max: int = 128
    run_timeout: float = 30.0
    build_timeout: float = 120.0
    build_cgroup: str = "gorae-build"     # the parent of build steps (runtime/cgroups.py)
    context_max: int = 12 * 1024          # bytes of an uploaded build context (bodies ≤ 16 KiB)
    context_files: int = 20
    # users' networks are internal (no way out) unless egress is open or allowlisted (the
    # allowlist itself is the host firewall's: runtime.firewall)
    egress: Egress = Egress()
    output_cap: int = MIB
    restart_max: int = 3
    ttl: int = 30 * 60
    log_max_size: str = "1m"
    port_pool: tuple[int, int] = (20000, 20999)
    quotas: dict = field(default_factory=lambda: {
        "containers": 5, "images": 5, "volumes": 5, "networks": 3})
    images: tuple[str, ...] = DEMO_IMAGES
    cap_drop: tuple[str, ...] = ("NET_RAW", "MKNOD", "AUDIT_WRITE", "SYS_CHROOT", "SETFCAP",
                                 "SETPCAP", "FSETID")


@dataclass(frozen=True)
class Violation:
    code: str
    option: str                  # the offending option's long name, or "" for an argument
    start: int
    end: int
    message: dict                # {"en": ..., "ko": ...}
    alternative: dict            # {"en", "ko"}: the safe way to get what was wanted
    replacement: str | bool | None = None   # a safe value for the option, or None: drop it

    def as_dict(self, lang: str | None = None) -> dict:
        """Both languages, or with ``lang`` the message and alternative in that language."""
        pick = (lambda text: text.get(lang, text["en"])) if lang else (lambda text: text)
        return {"code": self.code, "option": self.option, "start": self.start, "end": self.end,
                "message": pick(self.message), "alternative": pick(self.alternative)}


def _m(en: str, ko: str) -> dict:
    return {"en": en, "ko": ko}


# Options refused outright, with the reason a learner should hear and the safe alternative.
_REFUSED = {
    "privileged": (_m("--privileged gives the container nearly every power of the host's root.",
                      "--privileged는 컨테이너에 호스트 root에 가까운 권한을 줘서 허용하지 않아요."),
                   _m("Drop --privileged; containers here get a safe default capability set.", "--privileged를 빼세요. 여기 컨테이너는 안전한 기본 권한을 받아요.")),
    "cap-add": (_m("Adding kernel capabilities weakens the sandbox.",
                   "커널 권한(capability)을 추가하면 격리가 약해져서 허용하지 않아요."),
                _m("Drop --cap-add; most programs run fine with the default capabilities.", "--cap-add를 빼세요. 대부분의 프로그램은 기본 권한으로 잘 돌아가요.")),
    "device": (_m("Host devices cannot be passed into a sandbox container.",
                  "호스트 장치는 연습용 컨테이너에 넘길 수 없어요."), _m("Drop --device.", "--device 옵션을 빼세요.")),
    "gpus": (_m("There are no GPUs in the practice sandbox.", "연습용 샌드박스에는 GPU가 없어요."),
             _m("Drop --gpus.", "--gpus 옵션을 빼세요.")),
    "security-opt": (_m("Security options (seccomp, AppArmor, no-new-privileges) are fixed by "
                        "the sandbox.", "보안 옵션(seccomp, AppArmor 등)은 샌드박스가 고정해요."),
                     _m("Drop --security-opt.", "--security-opt 옵션을 빼세요.")),
    "cgroup-parent": (_m("The cgroup is chosen by the sandbox so that limits apply.",
                         "제한이 적용되도록 cgroup은 샌드박스가 정해요."), _m("Drop --cgroup-parent.", "--cgroup-parent 옵션을 빼세요.")),
    "runtime": (_m("The container runtime is fixed by the sandbox.",
                   "컨테이너 런타임은 샌드박스가 정해요."), _m("Drop --runtime.", "--runtime 옵션을 빼세요.")),
    "sysctl": (_m("Kernel parameters (sysctl) cannot be changed from the sandbox.",
                  "샌드박스에서는 커널 파라미터(sysctl)를 바꿀 수 없어요."), _m("Drop --sysctl.", "--sysctl 옵션을 빼세요.")),
    "ulimit": (_m("Resource limits are set by the sandbox.", "자원 제한은 샌드박스가 정해요."),
               _m("Drop --ulimit.", "--ulimit 옵션을 빼세요.")),
    "oom-kill-disable": (_m("The memory limit must stay enforceable.",
                            "메모리 제한이 지켜져야 해서 OOM killer를 끌 수 없어요."),
                         _m("Drop --oom-kill-disable.", "--oom-kill-disable 옵션을 빼세요.")),
    "env-file": (_m("--env-file reads a file on the server, not on your computer.",
                    "--env-file은 여러분의 PC가 아니라 서버의 파일을 읽어서 허용하지 않아요."),
                 _m("Pass variables one by one with -e KEY=VALUE.", "변수를 -e KEY=VALUE로 하나씩 넘겨 주세요.")),
    "label-file": (_m("--label-file reads a file on the server.",
                      "--label-file은 서버의 파일을 읽어서 허용하지 않아요."),
                   _m("Pass labels with --label KEY=VALUE.", "레이블은 --label KEY=VALUE로 넘겨 주세요.")),
    "cidfile": (_m("--cidfile writes a file on the server.", "--cidfile은 서버에 파일을 써서 허용하지 않아요."),
                _m("Use the ID that docker run -d prints.", "docker run -d가 출력하는 ID를 쓰세요.")),
    "volumes-from": (_m("--volumes-from could reach volumes outside your sandbox.",
                        "--volumes-from은 샌드박스 밖의 볼륨에 닿을 수 있어 허용하지 않아요."),
                     _m("Mount the same named volume: -v NAME:/path.", "같은 이름 있는 볼륨을 마운트하세요: -v NAME:/path")),
    "pid": (_m("Sharing a PID namespace breaks isolation.", "PID 네임스페이스 공유는 격리를 깨요."),
            _m("Drop --pid.", "--pid 옵션을 빼세요.")),
    "ipc": (_m("Sharing an IPC namespace breaks isolation.", "IPC 네임스페이스 공유는 격리를 깨요."),
            _m("Drop --ipc.", "--ipc 옵션을 빼세요.")),
    "uts": (_m("Sharing the host's UTS namespace breaks isolation.",
               "호스트 UTS 네임스페이스 공유는 격리를 깨요."), _m("Use --hostname NAME instead.", "대신 --hostname NAME을 쓰세요.")),
    "userns": (_m("The user namespace is fixed by the sandbox.",
                  "사용자 네임스페이스는 샌드박스가 정해요."), _m("Drop --userns.", "--userns 옵션을 빼세요.")),
    "cgroupns": (_m("The cgroup namespace is fixed by the sandbox.",
                    "cgroup 네임스페이스는 샌드박스가 정해요."), _m("Drop --cgroupns.", "--cgroupns 옵션을 빼세요.")),
    "add-host": (_m("Host-name overrides are not available in the sandbox.",
                    "샌드박스에서는 호스트 이름 매핑을 바꿀 수 없어요."),
                 _m("Put containers on the same network and use their names.", "컨테이너들을 같은 네트워크에 두고 이름으로 부르세요.")),
    "dns": (_m("DNS settings are fixed by the sandbox.", "DNS 설정은 샌드박스가 정해요."),
            _m("Drop --dns.", "--dns 옵션을 빼세요.")),
    "dns-option": (_m("DNS settings are fixed by the sandbox.", "DNS 설정은 샌드박스가 정해요."),
                   _m("Drop --dns-option.", "--dns-option 옵션을 빼세요.")),
    "dns-search": (_m("DNS settings are fixed by the sandbox.", "DNS 설정은 샌드박스가 정해요."),
                   _m("Drop --dns-search.", "--dns-search 옵션을 빼세요.")),
    "log-driver": (_m("The log driver is fixed so that logs stay capped.",
                      "로그 크기를 제한하려고 로그 드라이버는 고정돼 있어요."), _m("Drop --log-driver.", "--log-driver 옵션을 빼세요.")),
    "log-opt": (_m("Log options are fixed so that logs stay capped.",
                   "로그 크기를 제한하려고 로그 옵션은 고정돼 있어요."), _m("Drop --log-opt.", "--log-opt 옵션을 빼세요.")),
    "memory-swap": (_m("Swap is forced equal to the memory limit.",
                       "스왑은 메모리 제한과 같게 고정돼 있어요."), _m("Set only -m/--memory.", "-m/--memory만 지정하세요.")),
    "kernel-memory": (_m("Memory is limited with -m/--memory only.",
                         "메모리는 -m/--memory로만 제한해요."), _m("Use -m 128m.", "-m 128m처럼 쓰세요.")),
    "use-api-socket": (_m("Mounting the Docker API socket would hand over the whole engine.",
                          "Docker API 소켓을 넣으면 엔진 전체를 넘기는 셈이라 허용하지 않아요."),
                       _m("Drop --use-api-socket.", "--use-api-socket 옵션을 빼세요.")),
    "volume-driver": (_m("Volume drivers can bind host paths; only local volumes are allowed.",
                         "볼륨 드라이버는 호스트 경로를 붙일 수 있어서 local 볼륨만 허용해요."),
                      _m("Drop --volume-driver.", "--volume-driver 옵션을 빼세요.")),
    "link": (_m("Legacy links are not available; use a network.",
                "예전 방식의 --link 대신 네트워크를 써요."),
             _m("docker network create mynet, then --network mynet on both containers.", "docker network create mynet 후 두 컨테이너에 --network mynet을 주세요.")),
    "opt": (_m("Driver options can bind host paths or change the network; not available.",
               "드라이버 옵션은 호스트 경로를 붙이거나 네트워크를 바꿀 수 있어서 허용하지 않아요."),
            _m("Drop -o/--opt.", "-o/--opt를 빼세요.")),
    "network": (_m("Containers must stay on your own networks.",
                   "컨테이너는 여러분의 네트워크에만 연결할 수 있어요."),
                _m("Leave --network out (your own network is used) or name a network you created.", "--network를 빼거나(내 네트워크가 쓰여요) 직접 만든 네트워크 이름을 주세요.")),
}
_GENERIC = (_m("{flag} is not available in the practice sandbox.",
               "{flag} 옵션은 연습용 샌드박스에서 쓸 수 없어요."), _m("Leave {flag} out.", "{flag}는 빼 주세요."))

_RUN_ALLOWED = {
    "attach", "cpus", "detach", "detach-keys", "disable-content-trust", "domainname",
    "entrypoint", "env", "expose", "group-add", "health-cmd", "health-interval",
    "health-retries", "health-start-period", "health-timeout",
    "hostname", "init", "interactive", "label", "memory", "memory-reservation", "mount", "name",
    "network", "network-alias", "no-healthcheck", "pids-limit", "platform", "publish",
    "publish-all", "pull", "quiet", "read-only", "restart", "rm", "sig-proxy", "stop-signal",
    "stop-timeout", "tty", "user", "volume", "workdir",
}
ALLOWED = {
    "run": _RUN_ALLOWED,
    "create": _RUN_ALLOWED - {"detach", "sig-proxy", "detach-keys"},
    "ps": {"all", "filter", "format", "last", "latest", "no-trunc", "quiet", "size"},
    "logs": {"details", "follow", "since", "tail", "timestamps", "until"},
    "exec": {"detach", "detach-keys", "env", "interactive", "tty", "user", "workdir"},
    "stop": {"signal", "timeout"},
    "restart": {"signal", "timeout"},
    "start": {"attach", "interactive", "detach-keys"},
    "rm": {"force", "volumes"},
    "rmi": {"force", "no-prune"},
    "pull": {"all-tags", "disable-content-trust", "platform", "quiet"},
    "push": {"all-tags", "disable-content-trust", "platform", "quiet"},
    "images": {"all", "digests", "filter", "format", "no-trunc", "quiet", "tree"},
    "build": {"build-arg", "file", "label", "no-cache", "pull", "quiet", "rm", "force-rm",
              "tag", "target"},
    "inspect": {"format", "size", "type"},
    "container inspect": {"format", "size"},
    "image inspect": {"format", "platform"},
    "tag": set(),
    "network ls": {"filter", "format", "no-trunc", "quiet"},
    "network create": {"driver", "internal", "label", "attachable"},
    "network rm": {"force"},
    "network inspect": {"format", "verbose"},
    "network connect": {"alias"},
    "network disconnect": {"force"},
    "volume create": {"driver", "label", "name"},
    "volume ls": {"filter", "format", "quiet"},
    "volume inspect": {"format"},
    "volume rm": {"force"},
}
# Options the sandbox sets itself; a user may ask for less, never for more.
FORCED = {"memory", "cpus", "pids-limit"}


def flag_status(verb: str, name: str) -> dict:
    """How the sandbox treats option ``name`` of ``verb``: allowed, forced or refused (with why)."""
    if name in ALLOWED.get(verb, ()):
        status = "forced" if name in FORCED else "allowed"
        return {"status": status, "reason": _forced_reason(name) if status == "forced" else None}
    message, _ = _refusal(name)
    return {"status": "refused", "reason": message}


def _forced_reason(name: str) -> dict:
    return _m(f"The sandbox caps --{name}; you may ask for less.",
              f"--{name} 값은 샌드박스가 상한을 정해요. 더 작게는 지정할 수 있어요.")


def _refusal(name: str) -> tuple[dict, str]:
    if name in _REFUSED:
        return _REFUSED[name]
    message, alternative = _GENERIC
    flag = f"--{name}"
    return ({k: v.format(flag=flag) for k, v in message.items()},
            {k: v.format(flag=flag) for k, v in alternative.items()})


def check(spec: Spec, limits: Limits) -> list[Violation]:
    """Every policy violation in ``spec`` (empty when it may run)."""
    allowed = ALLOWED.get(spec.verb)
    if allowed is None:
        return [Violation("verb-not-available", "", -1, -1,
                          _m(f"docker {spec.verb} is not available in the practice sandbox.",
                             f"docker {spec.verb} 명령은 연습용 샌드박스에서 쓸 수 없어요."),
                          _m("See /learn for the commands you can practise here.", "/learn에서 연습할 수 있는 명령을 보세요."))]
    found = []
    for opt in spec.options:
        if opt.name not in allowed:
            message, alternative = _refusal(opt.name)
            found.append(Violation("refused-option", opt.name, opt.start, opt.end, message,
                                   alternative))
            continue
        checker = _VALUE_CHECKS.get(opt.name)
        problem = checker(opt, spec, limits) if checker else None
        if problem:
            found.append(problem)
    return found + _check_args(spec, limits)


def check_files(files: dict | None, limits: Limits) -> list[Violation]:
    """An uploaded build context: a few small text files with plain relative names."""
    if files is None:
        return []
    problem = None
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in files.items()):
        problem = _m("The build context must map file names to their text.",
                     "빌드 컨텍스트는 파일 이름과 내용(텍스트)의 목록이어야 해요.")
    elif len(files) > limits.context_files or \
            sum(len(k) + len(v.encode()) for k, v in files.items()) > limits.context_max:
        problem = _m(f"The build context is limited to {limits.context_files} files and "
                     f"{limits.context_max // 1024} KiB.",
                     f"빌드 컨텍스트는 파일 {limits.context_files}개, {limits.context_max // 1024} KiB까지예요.")
    elif any(not re.fullmatch(r"(?:[\w.-]+/)*[\w.-]+", k) or ".." in k.split("/") for k in files):
        problem = _m("File names in the build context must be plain relative paths.",
                     "빌드 컨텍스트의 파일 이름은 단순한 상대 경로여야 해요.")
    return [Violation("context-refused", "", -1, -1, problem,
                      _m("Send a Dockerfile and a few small files.", "Dockerfile과 작은 파일 몇 개만 보내 주세요."))] if problem else []


def _check_args(spec: Spec, limits: Limits) -> list[Violation]:
    """Arguments the sandbox restricts: push only to the private registry; no tags that
    would shadow a shared demo image."""
    found = []
    for arg in list(spec.args)[-1:] if spec.verb in ("tag", "push") else []:
        value = arg.value
        first = value.split("/")[0]
        if spec.verb == "push" and first not in ("localhost:5000", "127.0.0.1:5000"):
            found.append(Violation("push-refused", "", arg.start, arg.end, _m(
                "Pushing goes to the practice registry only (localhost:5000).",
                "푸시는 연습용 레지스트리(localhost:5000)로만 할 수 있어요."),
                _m(f"Tag it first: docker tag {value} localhost:5000/{value.split('/')[-1]}", f"먼저 태그를 붙이세요: docker tag {value} localhost:5000/{value.split('/')[-1]}")))
        if re.split(r"[:@]", value)[0].removeprefix("library/") in limits.images:
            found.append(Violation("tag-refused", "", arg.start, arg.end, _m(
                f"'{value}' is a shared demo image name.", f"'{value}'는 공용 예제 이미지 이름이에요."),
                _m("Choose your own name, e.g. myapp:1.0.", "myapp:1.0처럼 내 이름을 붙이세요.")))
    for value in spec.values("tag") if spec.verb == "build" else []:
        if value.split(":")[0] in limits.images:
            opt = spec.option("tag")
            found.append(Violation("tag-refused", "tag", opt.start, opt.end, _m(
                f"'{value}' is a shared demo image name.", f"'{value}'는 공용 예제 이미지 이름이에요."),
                _m("Choose your own name, e.g. myapp:1.0.", "myapp:1.0처럼 내 이름을 붙이세요.")))
    return found


def _bad(opt: Option, code: str, en: str, ko: str, alternative: str, replacement=None):
    return Violation(code, opt.name, opt.start, opt.end, _m(en, ko), alternative, replacement)


def _check_memory(opt, spec, limits):
    size = parse_bytes(opt.value)
    if size is not None and size > limits.memory_max:
        mib = limits.memory_max // MIB
        return _bad(opt, "limit-too-high", f"Memory is capped at {mib} MiB in the sandbox.",
                    f"샌드박스의 메모리 상한은 {mib} MiB예요.", _m(f"Use -m {mib}m or less.", f"-m {mib}m 이하로 쓰세요."),
                    f"{mib}m")
    return None


def _check_cpus(opt, spec, limits):
    try:
        cpus = float(opt.value)
    except ValueError:
        return None
    if cpus < 0.01:
        return _bad(opt, "invalid-limit", "--cpus must be at least 0.01 (0 would mean no limit).",
                    "--cpus는 0.01 이상이어야 해요(0은 제한 없음이라는 뜻이에요).",
                    _m("Use --cpus 0.5 or less.", "--cpus 0.5 이하로 쓰세요."), str(limits.cpus_max))
    if cpus > limits.cpus_max:
        return _bad(opt, "limit-too-high", f"CPUs are capped at {limits.cpus_max} in the sandbox.",
                    f"샌드박스의 CPU 상한은 {limits.cpus_max}개예요.",
                    _m(f"Use --cpus {limits.cpus_max} or less.", f"--cpus {limits.cpus_max} 이하로 쓰세요."), str(limits.cpus_max))
    return None


def _check_pids(opt, spec, limits):
    try:
        pids = int(opt.value)
    except ValueError:
        return None
    if pids <= 0 or pids > limits.pids_max:
        return _bad(opt, "limit-too-high", f"Processes are capped at {limits.pids_max}.",
                    f"프로세스 수 상한은 {limits.pids_max}개예요.",
                    _m(f"Use --pids-limit {limits.pids_max} or less.", f"--pids-limit {limits.pids_max} 이하로 쓰세요."), str(limits.pids_max))
    return None


def _check_restart(opt, spec, limits):
    policy, _, count = str(opt.value).partition(":")
    if policy == "no":
        return None
    if policy == "on-failure" and count.isdigit() and 0 < int(count) <= limits.restart_max:
        return None
    return _bad(opt, "restart-refused",
                f"Restart policy '{opt.value}' would keep a container alive beyond the sandbox's "
                f"control; only 'no' and 'on-failure' up to {limits.restart_max} retries are allowed.",
                f"'{opt.value}' 재시작 정책은 허용하지 않아요. 'no' 또는 최대 {limits.restart_max}번까지의 "
                f"'on-failure'만 쓸 수 있어요.",
                _m(f"Use --restart on-failure:{limits.restart_max}.", f"--restart on-failure:{limits.restart_max}를 쓰세요."), f"on-failure:{limits.restart_max}")


def _check_publish(opt, spec, limits):
    parts = str(opt.value).split("/")[0].rsplit(":", 2)
    ip = parts[0] if len(parts) == 3 else ""
    host = parts[-2] if len(parts) >= 2 else ""
    if ip not in ("", "127.0.0.1", "localhost"):
        return _bad(opt, "port-ip-refused", "Published ports are bound to 127.0.0.1 only.",
                    "포트는 127.0.0.1에만 열 수 있어요.", _m("Leave the IP out: -p HOST:CONTAINER.", "IP는 빼고 -p HOST:CONTAINER로 쓰세요."),
                    opt.value.split(":", 1)[1])
    container_ports = parts[-1].split("-")
    if len(container_ports) == 2 and container_ports[0].isdigit() and container_ports[1].isdigit() \
            and int(container_ports[1]) - int(container_ports[0]) >= _MAX_PORTS:
        return _bad(opt, "too-many-ports", f"At most {_MAX_PORTS} ports can be published at once.",
                    f"포트는 한 번에 {_MAX_PORTS}개까지 열 수 있어요.",
                    _m("Publish only the ports you need, e.g. -p 8080:80.",
                       "필요한 포트만 여세요. 예: -p 8080:80"))
    low = host.split("-")[0]
    if low.isdigit() and 0 < int(low) < 1024:
        container = parts[-1]
        return _bad(opt, "privileged-port",
                    f"Host port {low} is a privileged port (below 1024).",
                    f"{low}번은 1024 미만의 특권 포트라서 호스트 쪽에 쓸 수 없어요.",
                    _m(f"Use a host port of 1024 or above, e.g. -p 8080:{container}.", f"1024 이상의 호스트 포트를 쓰세요. 예: -p 8080:{container}"),
                    f"8080:{container}")
    return None


_MAX_PORTS = 20


def _check_expose(opt, spec, limits):
    low, _, high = str(opt.value).split("/")[0].partition("-")
    if high.isdigit() and low.isdigit() and int(high) - int(low) >= _MAX_PORTS:
        return _bad(opt, "too-many-ports", f"At most {_MAX_PORTS} ports can be exposed at once.",
                    f"포트는 한 번에 {_MAX_PORTS}개까지 열 수 있어요.",
                    _m("Expose only the ports you need, e.g. --expose 80.",
                       "필요한 포트만 여세요. 예: --expose 80"))
    return None


def _check_grace(opt, spec, limits):
    try:
        seconds = int(opt.value)
    except ValueError:
        return None
    if seconds > limits.run_timeout:
        return _bad(opt, "limit-too-high", f"Waiting more than {limits.run_timeout:g} s is not "
                    "allowed in the sandbox.", f"샌드박스에서는 {limits.run_timeout:g}초보다 오래 기다릴 수 없어요.",
                    _m("Use -t 10 or less.", "-t 10 이하로 쓰세요."), "10")
    return None


def _is_host_path(source: str) -> bool:
    return source.startswith(("/", ".", "~")) or "\\" in source


def _check_volume(opt, spec, limits):
    source, sep, rest = str(opt.value).partition(":")
    if sep and _is_host_path(source):
        target = rest.split(":")[0]
        return _bad(opt, "host-mount-refused",
                    f"Host directories cannot be mounted into the sandbox ({source}).",
                    f"호스트 디렉터리({source})는 샌드박스에 마운트할 수 없어요.",
                    _m(f"Use a named volume instead: -v data:{target}", f"대신 이름 있는 볼륨을 쓰세요: -v data:{target}"), f"data:{target}")
    return None


def _check_mount(opt, spec, limits):
    fields = dict(part.partition("=")[::2] for part in str(opt.value).split(","))
    kind = fields.get("type", "volume")
    risky = [k for k in fields if k.startswith("volume-opt") or k == "volume-driver"]
    if kind != "volume" or risky:
        target = fields.get("target") or fields.get("dst") or fields.get("destination") or "/data"
        return _bad(opt, "host-mount-refused",
                    f"Only named volumes can be mounted (type={kind} refused).",
                    f"이름 있는 볼륨만 마운트할 수 있어요(type={kind}는 허용하지 않아요).",
                    _m(f"Use --mount type=volume,source=data,target={target}", f"--mount type=volume,source=data,target={target}처럼 쓰세요."),
                    f"type=volume,source=data,target={target}")
    return None


def _check_label(opt, spec, limits):
    if str(opt.value).startswith(LABEL_PREFIX):
        return _bad(opt, "label-refused", f"Labels under {LABEL_PREFIX} are reserved for the sandbox.",
                    f"{LABEL_PREFIX}로 시작하는 레이블은 샌드박스 전용이에요.",
                    _m("Choose another label key.", "다른 레이블 키를 쓰세요."))
    return None


def _check_workdir(opt, spec, limits):
    if re.match(r"^/+(proc|sys)(/|$)", str(opt.value)):
        return _bad(opt, "workdir-refused", "A working directory under /proc or /sys is refused.",
                    "/proc나 /sys 아래는 작업 디렉터리로 쓸 수 없어요.", _m("Use -w /tmp or -w /app.", "-w /tmp나 -w /app을 쓰세요."))
    return None


def _check_network(opt, spec, limits):
    value = str(opt.value)
    if value != "host" and not value.startswith("container:"):
        return None
    message, alternative = _REFUSED["network"]
    return _bad(opt, "network-refused", message["en"] + f" ('{value}' refused)",
                message["ko"] + f" ('{value}'는 허용하지 않아요)", alternative)


def _check_driver(opt, spec, limits):
    wanted = "bridge" if spec.verb == "network create" else "local"
    if opt.value != wanted:
        return _bad(opt, "driver-refused", f"Only the '{wanted}' driver is available.",
                    f"'{wanted}' 드라이버만 쓸 수 있어요.", _m("Leave --driver out.", "--driver는 빼 주세요."))
    return None


_VALUE_CHECKS = {
    "memory": _check_memory, "cpus": _check_cpus, "pids-limit": _check_pids,
    "restart": _check_restart, "publish": _check_publish, "volume": _check_volume,
    "mount": _check_mount, "label": _check_label, "workdir": _check_workdir,
    "network": _check_network, "driver": _check_driver, "expose": _check_expose,
    "timeout": _check_grace, "stop-timeout": _check_grace,
}

"""Docker's value syntaxes, parsed the way the docker CLI and daemon parse them.

Each parser returns the parsed value, or raises ``ValueError`` with a message that says what
the accepted form is. The command validator (webapp) and the planner both call these, so the
syntax is defined once.
"""
from __future__ import annotations

import re
import time
from datetime import datetime, timezone

_BYTES = re.compile(r"(\d+(?:\.\d+)?)\s*([kmgtp]?)i?b?", re.I)
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")
_DURATION_NS = {"ns": 1, "us": 1e3, "µs": 1e3, "ms": 1e6, "s": 1e9, "m": 60e9, "h": 3600e9}
_PORT = re.compile(
    r"(?:(?P<ip>\[[0-9a-fA-F:.]+\]|\d+\.[0-9.]+|localhost):)?"
    r"(?:(?P<host>\d*(?:-\d+)?):)?(?P<container>\d+(?:-\d+)?)(?:/(?P<proto>tcp|udp|sctp))?")
SIGNALS = ("ABRT ALRM BUS CHLD CONT FPE HUP ILL INT IO IOT KILL PIPE PROF PWR QUIT SEGV STKFLT "
           "STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ").split()


def parse_bytes(text) -> int | None:
    """Docker's RAMInBytes (binary units: 1k = 1024); None when it is not a size."""
    match = _BYTES.fullmatch(str(text).strip())
    if not match:
        return None
    number, unit = match.groups()
    return int(float(number) * 1024 ** " kmgtp".index(unit.lower() or " "))


def bytes_value(text) -> int:
    size = parse_bytes(text)
    if size is None:
        raise ValueError("expected a size such as 256m, 1g or 512k")
    return size


def duration_ns(text) -> int:
    """A Go duration (``1m30s``, ``500ms``, ``2h``) in nanoseconds."""
    text = str(text).strip()
    parts = _DURATION_PART.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError("expected a duration such as 30s, 5m or 1h30m")
    return int(sum(float(n) * _DURATION_NS[u] for n, u in parts))


def timestamp(text, now: float | None = None) -> float:
    """``--since``/``--until``: a Unix time, an RFC 3339 date/time, or a duration before now."""
    text = str(text).strip()
    now = time.time() if now is None else now
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    try:
        return now - duration_ns(text) / 1e9
    except ValueError:
        pass
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        return parsed.timestamp()
    raise ValueError("expected a duration (10m), a Unix time or a date such as 2024-01-31T15:00:00")


def _port_range(text: str, what: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    low_n, high_n = int(low), int(high or low)
    if not (1 <= low_n <= 65535 and 1 <= high_n <= 65535) or high_n < low_n:
        raise ValueError(f"{what} port must be between 1 and 65535")
    return low_n, high_n


def port_spec(text) -> dict:
    """``[ip:][host[-range]:]container[-range][/proto]`` → its parts, checked."""
    match = _PORT.fullmatch(str(text).strip())
    if not match:
        raise ValueError("expected [IP:]HOST:CONTAINER[/PROTOCOL], e.g. 8080:80")
    container = _port_range(match["container"], "container")
    host = _port_range(match["host"], "host") if match["host"] else None
    if host and host[1] - host[0] != container[1] - container[0] and host[0] != host[1]:
        raise ValueError("host and container port ranges must be the same size")
    return {"ip": (match["ip"] or "").strip("[]"), "host": host, "container": container,
            "proto": match["proto"] or "tcp"}


def env_pair(text) -> tuple[str, str | None]:
    """``KEY=VALUE`` (or bare ``KEY``: passed through from the client's environment)."""
    key, sep, value = str(text).partition("=")
    if not key or re.search(r"\s", key):
        raise ValueError("expected KEY=VALUE with a non-empty KEY without spaces")
    return key, (value if sep else None)


def label_pair(text) -> tuple[str, str]:
    key, _, value = str(text).partition("=")
    if not key:
        raise ValueError("expected KEY=VALUE (or just KEY)")
    return key, value


def signal_name(text) -> str:
    text = str(text).strip().upper()
    if text.isdigit() and 1 <= int(text) <= 64:
        return text
    name = text[3:] if text.startswith("SIG") else text
    if name not in SIGNALS and not re.fullmatch(r"RTMIN(\+\d+)?|RTMAX(-\d+)?", name):
        raise ValueError("expected a signal such as SIGTERM, SIGKILL, HUP or 9")
    return "SIG" + name


def restart_policy(text) -> dict:
    name, _, count = str(text).partition(":")
    if name not in ("no", "always", "unless-stopped", "on-failure"):
        raise ValueError("expected no, on-failure[:N], always or unless-stopped")
    if count and (name != "on-failure" or not count.isdigit()):
        raise ValueError("only on-failure takes a retry count, e.g. on-failure:3")
    return {"Name": "" if name == "no" else name, "MaximumRetryCount": int(count or 0)}

"""Value validation, as docker checks values client- or daemon-side, by the grammar's kinds.

Each checker takes the text and returns None when it is fine, or the expected form. The value
syntaxes themselves live in ``runtime.values`` and are shared with the planner.
"""
from __future__ import annotations

import re

from runtime import values

from . import suggest
from .problems import problem

_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
_HOST_PART = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_DOMAIN = rf"(?:{_HOST_PART}(?:\.{_HOST_PART})*|\[[a-fA-F0-9:]+\])(?::\d+)?"
_REFERENCE = re.compile(
    rf"(?:{_DOMAIN}/)?{_COMPONENT}(?:/{_COMPONENT})*(?::[\w][\w.-]{{0,127}})?"
    rf"(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{{32,}})?")
_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]+")
_OBJECT = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9_.-]*")


def _try(parse):
    def check(text):
        try:
            parse(text)
        except ValueError as e:
            return str(e)
        return None
    return check


def image_reference(text: str) -> str | None:
    if _REFERENCE.fullmatch(text):
        return None
    if text.lower() != text and _REFERENCE.fullmatch(text.lower()):
        return "repository name must be lowercase"
    return "expected an image reference such as nginx, nginx:1.25 or localhost:5000/me/app:1.0"


def _number(kind):
    def check(text):
        try:
            number = float(text) if kind == "decimal" else int(text)
        except ValueError:
            return "expected a decimal number such as 0.5" if kind == "decimal" else "expected a whole number"
        if kind == "uint" and number < 0:
            return "expected a number of 0 or more"
        return None
    return check


def _pattern(regex, expected):
    return lambda text: None if regex.fullmatch(text) else expected


def _keyvalue(text):
    return None if "=" in text and text.split("=", 1)[0] else "expected KEY=VALUE"


def _mount(text):
    fields = [part.partition("=") for part in text.split(",")]
    if not any(k in ("target", "dst", "destination") for k, _, _ in fields):
        return "expected type=volume,source=NAME,target=/path (target is required)"
    return None


def _volume(text):
    parts = text.split(":")
    if len(parts) > 3 or not parts[-1 if len(parts) == 1 else 1].startswith("/"):
        return "expected [NAME:]/container/path[:ro], e.g. data:/data"
    return None


def _pull(text):
    return None if text in ("always", "missing", "never") else "expected always, missing or never"


CHECKS = {
    "int": _number("int"), "uint": _number("uint"), "decimal": _number("decimal"),
    "bytes": lambda t: None if values.parse_bytes(t) is not None else "expected a size such as 256m or 1g",
    "duration": _try(values.duration_ns), "timestamp": _try(values.timestamp),
    "port": _try(values.port_spec), "env": _try(values.env_pair), "label": _try(values.label_pair),
    "signal": _try(values.signal_name), "restart": _try(values.restart_policy),
    "name": _pattern(re.compile(f"(?:{_NAME.pattern})?"), "names use letters, digits, '_', '.' and '-', start with a letter or "
                            "digit, and are at least 2 characters"),
    "image": image_reference, "keyvalue": _keyvalue, "filter": _keyvalue, "mount": _mount,
    "volume": _volume, "pull": _pull,
    "expose": _pattern(re.compile(r"\d+(?:-\d+)?(?:/(?:tcp|udp|sctp))?"),
                       "expected PORT[-PORT][/PROTOCOL], e.g. 80 or 8000-8010/udp"),
    "network": _pattern(re.compile(r"(?:container:)?[a-zA-Z0-9][a-zA-Z0-9_.-]*"),
                        "expected a network name (or container:NAME)"),
}
_FLAG_CHECKS = {
    "tail": lambda t: None if t == "all" or t.isdigit() else "expected a number of lines or all",
    "memory-swap": lambda t: None if t == "-1" else CHECKS["bytes"](t),
}
_ARG_CHECKS = {"image": image_reference, "container": _pattern(_OBJECT, "expected a container name or ID"),
               "network": CHECKS["network"], "volume": _pattern(_OBJECT, "expected a volume name")}


def check(parsed, context: dict):
    """Append an error for each bad value and a warning for each likely typo in a name."""
    command = parsed.command
    for option in parsed.options:
        flag = command.by_long[option.name]
        checker = _FLAG_CHECKS.get(flag.long) or CHECKS.get(flag.kind)
        reason = checker(str(option.value)) if checker and not flag.is_bool else None
        if reason:
            parsed.errors.append(problem("invalid-value", option.start, option.end,
                                         flag="--" + flag.long, value=option.value, expected=reason))
    specs = {s.start: s.arg for s in parsed.spans if s.kind == "argument"}
    kinds = {a.name: a.kind for a in command.args}
    for arg in parsed.args:
        kind = kinds.get(specs.get(arg.start))
        # docker images takes a REPOSITORY *pattern* ("*nginx*"), not an image reference
        check_arg = _ARG_CHECKS.get(kind) if command.name != "images" else None
        reason = check_arg(arg.value) if check_arg else None
        if reason:
            parsed.errors.append(problem("invalid-argument", arg.start, arg.end,
                                         name=specs.get(arg.start), value=arg.value, expected=reason))
        elif kind == "image" and command.name not in ("tag", "push", "images"):
            _hint(parsed, "unknown-image", arg, suggest.image(arg.value))
        elif kind == "container":
            known = [c["name"] for c in context.get("containers", [])]
            _hint(parsed, "unknown-container", arg, suggest.container(arg.value, known))


def _hint(parsed, code, arg, suggestion):
    if suggestion:
        parsed.warnings.append(problem(code, arg.start, arg.end, suggestion=suggestion,
                                       value=arg.value))

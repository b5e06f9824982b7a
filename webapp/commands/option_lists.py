"""Options written as a list of keys and values, the way tools and agents write them:
``{action:'run', image:'redis:7', detach:true}``, ``nginx, name=edge, bg``.

Each known key becomes the flag it names, so the rest of the reader sees a typed command
(``run redis:7 -d``). Only items standing alone (between braces, commas or the ends of the
text) are read: "containers with name=web" stays a filter, "-e name=bob" an env value.
"""
from __future__ import annotations

import ast
import re
import shlex

from . import grammar
from . import lexicon as L
from .answers import Ask

_KEYS = "|".join(sorted(map(re.escape, {**L.OPTION_KEYS, **L.SWITCH_KEYS, **dict.fromkeys(L.WORD_KEYS)}),
                        key=len, reverse=True))
_VALUE = r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]|[^,{}\s]+"
_ITEM = re.compile(r"(?:(?<=^)|(?<=[{,]))\s*['\"]?(" + _KEYS + r")['\"]?\s*[:=]\s*(" + _VALUE + r")\s*(?=[,}]|$)",
                   re.I)
# "tool_call{", "run({": the wrapper around the options
_WRAPPER = re.compile(r"[\w.]*\(?\{([^{}]*)\}\)?")
_LIST_ITEM = re.compile(r"'[^']*'|\"[^\"]*\"|[^,\[\]\s]+")
_TRUE = {"true", "yes", "1", "on"}
# "tool call: run …", "args: image=…": an agent's label before what it asks
# "agent> …": a prompt marker before it
_LABEL = re.compile(r"\s*(?:(?:tool[ _]?call|function(?:[ _]call)?|call|action|args|arguments|cmd|command"
                    r"|invoke)\s*:|[a-z][\w-]*>)\s*(?=\S)", re.I)


def unlabel(text: str) -> str:
    m = _LABEL.match(text)
    return text[m.end():] if m else text


# "remove container x force=true": an on/off key closing a sentence, as its flag
_LAST_SWITCH = re.compile(r"(?<=\s)([a-z][a-z_]*)\s*=\s*(true|false|yes|no)\s*$")


# "logs container=etl-job": a key naming the object's kind, before the object's name (not
# a filter's key: "--filter network=mesh", "containers with volume=data")
_SLOT_KEY = re.compile(r"(?<![\w=.-])(container|image|network|volume)=(?=[a-z0-9])", re.I)
_FILTER_BEFORE = re.compile(r"(?:filter|-f|with|where|whose|label)\s*$", re.I)


def spell_out(text: str) -> str:
    """The option items in ``text`` as the flags they name."""
    if ":" not in text and "=" not in text:
        return text
    text = _SLOT_KEY.sub(lambda m: m.group() if _FILTER_BEFORE.search(text, 0, m.start())
                         else m.group(1) + " ", text)
    text = _last_switch(text)
    text = _WRAPPER.sub(lambda m: m.group(1) if _ITEM.search(m.group(1).strip()) else m.group(), text)
    return _ITEM.sub(_flag, text)


def _last_switch(text: str) -> str:
    m = _LAST_SWITCH.search(text)
    before = text[:m.start()].split() if m else []
    if not before or before[-1].startswith("-"):     # "-e debug=true": a value
        return text
    key, on = m.group(1), m.group(2) in _TRUE
    flag = L.SWITCH_KEYS.get(key) or "--" + key.replace("_", "-")
    return text[:m.start()] + (flag if on else "").rstrip()


def _flag(m: re.Match) -> str:
    key, value = m.group(1).lower(), m.group(2)
    values = [v.strip("'\"") for v in _LIST_ITEM.findall(value)] if value.startswith("[") \
        else [value.strip("'\"")]
    if key in L.SWITCH_KEYS:
        return " " + L.SWITCH_KEYS[key] if values[0].lower() in _TRUE else ""
    if key in L.WORD_KEYS:
        return " " + " ".join(values)
    return "".join(f" {L.OPTION_KEYS[key]} {v}" for v in values if v)


# ---------------------------------------------------------------------------
# A tool call as an agent writes it: ``run_container(image='redis:7', detach=True)``,
# ``list_containers all=true quiet=true``: a function name and keyword arguments.
# ---------------------------------------------------------------------------

_CALL_SHAPE = re.compile(
    r"\s*(?:docker\s+)?(?:([a-z_][\w.]*)\b\s*)?(?:\((.*)\)|((?:[\s,]*\w+\s*=\S.*)+))\s*;?\s*$", re.I | re.S)
_CALL_ITEM = re.compile(r"[\s,]*(\w+)\s*[=:]\s*('[^']*'|\"[^\"]*\"|\[[^\]]*\]|\{[^}]*\}|[^,\s]+)")
_NAME_PART = re.compile(r"[a-z]+|[A-Z][a-z]*")
# the verbs of a function name, as docker's commands (with their object: images, networks…)
_CALL_VERBS = {"run": "run", "create": "create", "start": "start", "stop": "stop", "kill": "kill",
               "restart": "restart", "remove": "rm", "rm": "rm", "delete": "rm", "exec": "exec",
               "execute": "exec", "logs": "logs", "log": "logs", "list": "ls", "ls": "ls",
               "ps": "ps", "inspect": "inspect", "pull": "pull", "push": "push", "build": "build",
               "pause": "pause", "unpause": "unpause", "top": "top", "stats": "stats",
               "tag": "tag", "rename": "rename", "wait": "wait", "prune": "prune", "images": "images"}
_CALL_OBJECTS = {"image": "image", "images": "image", "network": "network", "networks": "network",
                 "volume": "volume", "volumes": "volume"}
# docker-py's own names of options, as the long flag they mean (the words anyone uses for a
# flag, "environment", "ports", "auto-remove", are lexicon.FLAG_WORDS, shared with typed flags)
_CALL_FLAGS = {"detached": "detach", "stdin_open": "interactive", "volumes": "volume",
               "working_dir": "workdir", "mem_limit": "memory", "network_mode": "network",
               "labels": "label", "filters": "filter", "restart_policy": "restart",
               "stream": "follow", "timeout": "time", "env_vars": "env"}
_CALL_ARGS = {"image": "image", "repository": "image", "repo": "image", "container": "container",
              "container_id": "container", "command": "command", "cmd": "command",
              "args": "command", "path": "path", "context": "path", "network": "name",
              "volume": "name"}
_ACTION_KEYS = ("action", "op", "verb")
# keys naming the command's object whatever its kind: "target=web", "object=cache"
_TARGET_KEYS = {"target", "object", "resource"}
_PAIR_FLAGS = {"env", "label"}
_JOINED_PAIRS = re.compile(r"[a-z_][\w.-]*=[^,=]*(?:,\s*[a-z_][\w.-]*=[^,=]*)+", re.I)
_BOOLS = {"true": True, "false": False, "none": None, "null": None}


def tool_call(text: str) -> str | None:
    """``text`` as the docker command line its tool call names, or None if it is no tool call.
    A key that names no option of the command is a question, never a guess."""
    if "=" not in text and "(" not in text:
        return None
    m = _CALL_SHAPE.fullmatch(unlabel(text))
    if not m:
        return None
    items = _call_items(m.group(2) if m.group(2) is not None else m.group(3))
    if items is None:
        return None
    args, kwargs = items
    name = _call_command(m.group(1) or "", kwargs)
    if name not in grammar.COMMANDS:
        return None
    return " ".join(map(shlex.quote, ["docker", *_call_argv(grammar.COMMANDS[name], args, kwargs)]))


def _call_items(src: str) -> tuple[list, dict] | None:
    """The positional and keyword arguments written in ``src``."""
    try:
        call = ast.parse(f"f({src})", mode="eval").body
        kwargs = {k.arg: _literal(k.value) for k in call.keywords if k.arg}
        args = [_literal(a) for a in call.args]
    except (SyntaxError, ValueError):
        found = list(_CALL_ITEM.finditer(src))
        if not found or "".join(f.group() for f in found).strip(" ,") != src.strip(" ,"):
            return None
        args, kwargs = [], {f.group(1): _word(f.group(2)) for f in found}
    if len(args) == 1 and isinstance(args[0], dict) and not kwargs:    # run({image: 'x'})
        return [], args[0]
    return args, kwargs


def _literal(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return _BOOLS.get(node.id.lower(), node.id)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [_literal(e) for e in node.elts]
    if isinstance(node, ast.Dict) and None not in node.keys:
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        number = _literal(node.operand)
        if isinstance(number, (int, float)) and not isinstance(number, bool):
            return -number
    raise ValueError(node)


def _word(value: str):
    if value[:1] in "[{":
        try:
            return _literal(ast.parse(value, mode="eval").body)
        except (SyntaxError, ValueError):     # [8443:443, 80:80]: items left unquoted
            return [v.strip("'\"") for v in _LIST_ITEM.findall(value)] if value[0] == "[" else value
    return _BOOLS.get(value.lower(), value.strip("'\""))


def _call_command(func: str, kwargs: dict) -> str | None:
    if func.lower() in L.SHORT_COMMANDS and not any(k in kwargs for k in _ACTION_KEYS):
        return L.SHORT_COMMANDS[func.lower()]
    parts = [p.lower() for p in _NAME_PART.findall(func)]
    for key in _ACTION_KEYS:
        if isinstance(kwargs.get(key), str):
            parts += [p.lower() for p in _NAME_PART.findall(kwargs.pop(key))]    # "volume.inspect"
    verb = next((_CALL_VERBS[p] for p in parts if p in _CALL_VERBS), None)
    if verb is None:     # "cmd=stop target=web": the command key holding a bare verb
        key = next((k for k in ("command", "cmd") if str(kwargs.get(k, "")).lower() in _CALL_VERBS), None)
        verb = _CALL_VERBS[kwargs.pop(key).lower()] if key else None
    obj = next((_CALL_OBJECTS[p] for p in parts if p in _CALL_OBJECTS), None)
    if verb is None:
        return None
    if obj in ("network", "volume"):
        return f"{obj} {'ls' if verb in ('ls', 'ps') else verb}"
    if obj == "image":
        return {"ls": "images", "ps": "images", "rm": "rmi", "inspect": "image inspect",
                "prune": "image prune"}.get(verb, verb)
    return "ps" if verb == "ls" else verb


def _call_argv(cmd, args: list, kwargs: dict) -> list[str]:
    flags, given, tag = _port_keys(cmd, kwargs), {}, None
    for key, value in kwargs.items():
        key = key.lower()
        # "volume_create(name=…)": the object's name is its operand, not the deprecated --name
        flag = None if key == "name" and _arg_kind(cmd, key) == "name" else _call_flag(cmd, key)
        kind = None if flag else _arg_kind(cmd, key)
        if flag:
            flags += _flag_words(flag, value)
        elif kind:
            given.setdefault(kind, []).extend(_words(value, kind))
        elif key == "tag" and any(a.kind == "image" for a in cmd.args):
            tag = str(value)
        elif cmd.flag("filter"):                   # list_containers(status='exited')
            flags += ["--filter", f"{key}={value}"]
        else:
            raise Ask("tool-key", option=key, command=cmd.name)
    rest, operands = list(args), []    # positional: in the command's order
    for spec in cmd.args:
        words = given.pop(spec.kind, None)
        if words is None:
            words, rest = ([w for r in rest for w in _words(r, spec.kind)], []) if spec.is_rest \
                else ([str(r) for r in rest[:1]], rest[1:])
        if spec.kind == "image" and tag and words:
            words[0] += ":" + tag
        operands += words
    return cmd.name.split() + flags + operands + [str(r) for r in rest]


_PORT_KEYS = ("host_port", "container_port")


def _port_keys(cmd, kwargs: dict) -> list[str]:
    """``host_port=8088`` (``container_port=80``): one publish, the container side from the
    image's usual port when not given; a question when it has none."""
    if not cmd.flag("publish") or not any(k in kwargs for k in _PORT_KEYS):
        return []
    host, inside = (kwargs.pop(k, None) for k in _PORT_KEYS)
    from .slots import known_port     # slots reads text, which reads this module
    image = kwargs.get("image")
    inside = inside or (known_port(str(image), str(host)) if image and host else None)
    if inside is None:
        raise Ask("tool-key", option=_PORT_KEYS[0], command=cmd.name)
    return ["-p", f"{host or inside}:{inside}"]


def _call_flag(cmd, key: str):
    long = _CALL_FLAGS.get(key) or L.FLAG_WORDS.get(key.replace("_", "-"), key)
    return cmd.flag(long) or cmd.flag(long.replace("_", "-")) or \
        (cmd.by_short.get(key) if len(key) == 1 else None)


def _arg_kind(cmd, key: str) -> str | None:
    kinds = {a.kind for a in cmd.args}
    kind = _CALL_ARGS.get(key)
    if key in _TARGET_KEYS or (kind is None and key in ("name", "id")):
        return cmd.args[0].kind if cmd.args else None
    if kind in kinds:
        return kind
    return "name" if kind in ("container", "image", "network", "volume") and "name" in kinds else None


def _words(value, kind: str) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return shlex.split(value) if kind == "command" and isinstance(value, str) else [str(value)]


def _flag_words(flag, value) -> list[str]:
    spelled = flag.spelled()
    if flag.is_bool:
        return [spelled] if value is True or str(value).lower() in _TRUE else []
    if isinstance(value, dict):
        value = [_pair(flag.long, k, v) for k, v in value.items()] if flag.repeats \
            else next(iter(value.values()), "")        # restart_policy={'Name': 'always'}
    values = value if isinstance(value, list) else [value]
    if flag.long in _PAIR_FLAGS and isinstance(value, str) and _JOINED_PAIRS.fullmatch(value):
        values = [v.strip() for v in value.split(",")]    # env="A=1,B=2": one pair a flag
    return [w for v in values if v not in (None, "", False) for w in (spelled, str(v))]


def _pair(long: str, key, value) -> str:
    """One entry of a dict-valued option: ports {'80/tcp': 8080}, volumes {'data': {'bind': …}}."""
    if long == "publish":
        port, _, proto = str(key).partition("/")
        return f"{value}:{port}" + (f"/{proto}" if proto and proto != "tcp" else "")
    if long == "volume":
        if isinstance(value, dict):
            mode = value.get("mode")
            return f"{key}:{value.get('bind', '')}" + (f":{mode}" if mode and mode != "rw" else "")
        return f"{key}:{value}"
    return f"{key}={value}"

"""What a learner types → one exact, validated docker command (or a question back).

``translate(text, lang, context)`` reads Korean, English, both mixed, or a half-remembered
command line, and answers with the command the grammar builds and the parser accepts
(``parser.parse(candidate).canonical()``), a template with ``<placeholders>``, a question
(``clarify``) when a needed value is missing or ambiguous, or the explainer page for a concept
question. Pure Python, offline, no I/O after import.

Three readers are tried in order:

1. a typed command (``dokcer ps -a``, ``run -name web ngnix``): repaired step by step from the
   parser's own errors and suggestions, each fix listed in ``corrections``;
2. a concept question ("컨테이너랑 VM 차이가 뭐야?"): matched against the explainer pages;
3. a request in words: cues from ``lexicon`` give an intent and its slots, the slots become a
   plan, the plan becomes argv, and the parser validates it.

The caller's context (``containers`` and ``images``) resolves names; with several candidates
and no name the answer is a question listing them, never a guess.
"""
from __future__ import annotations

import os
import re
import shlex
import unicodedata
from dataclasses import dataclass, field

from runtime import policy

from . import grammar, parser, suggest, tokens, validate
from . import lexicon as L

CLARIFY_BELOW = 0.4
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
CONTENT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "explain", "content")

# Placeholder -> a valid sample used only while the parser validates a template.
PLACEHOLDERS = {
    "<image>": "gph-image", "<container>": "gph-container", "<name>": "gph-name",
    "<network>": "gph-network", "<volume>": "gph-volume", "<path>": "/gph-path",
    "<command>": "gph-command", "<host-port>": "65001", "<container-port>": "65002",
    "<KEY>": "GPH_KEY", "<value>": "gph-value", "<size>": "65003m", "<number>": "65004",
    "<cpus>": "0.65005", "<user>": "gph-user", "<time>": "65006s", "<seconds>": "65007",
    "<tag>": "gph-tag", "<template>": "gph-template", "<key>": "gph-key",
    "<platform>": "linux/gph-arch", "<dockerfile>": "gph-dockerfile", "<source>": "gph-source",
    "<target>": "gph-target", "<signal>": "SIGPWR", "<code>": "65008",
}


class _Ask(Exception):
    """Raised anywhere a value is missing or ambiguous: becomes ``clarify``."""

    def __init__(self, key: str, candidates=(), alternatives=(), intent=None, **params):
        super().__init__(key)
        self.key, self.candidates, self.alternatives = key, list(candidates), list(alternatives)
        self.intent, self.params = intent, params


# ===========================================================================
# Entry point
# ===========================================================================

def translate(text: str, lang: str | None = None, context: dict | None = None) -> dict:
    text = _normalise(text if isinstance(text, str) else "")
    lang = lang if lang in ("ko", "en") else ("ko" if HANGUL.search(text) else "en")
    ctx = _Ctx(context)
    try:
        return _translate(text, lang, ctx)
    except _Ask as ask:
        return _asked(ask, lang)


def _translate(text: str, lang: str, ctx: "_Ctx") -> dict:
    if not text.strip():
        raise _Ask("empty")
    if any(p.search(text.lower()) for p in _INJECTION):
        raise _Ask("injection")
    typed = _typed(text, lang, ctx)
    if typed is not None:
        return typed
    if any(p.search(text.lower()) for p in _SHELL_DANGER):
        raise _Ask("shell")
    req = _Request(text, lang, ctx)
    concept = _concept(req)
    if concept:
        return concept
    return _finish(_plan(req), lang)


def _result(lang, command=None, template=False, confidence=0.0, alternatives=(), clarify=None,
            intent=None, corrections=(), concept=None, violations=()) -> dict:
    return {"command": command, "template": template, "confidence": round(confidence, 2),
            "alternatives": list(alternatives), "clarify": clarify, "intent": intent,
            "corrections": list(corrections), "concept": concept, "lang": lang,
            "violations": list(violations)}


def _asked(ask: _Ask, lang: str) -> dict:
    en, ko = L.ASK.get(ask.key) or L.ASK.get(ask.key.split(":")[0]) or L.ASK["intent"]
    question = (ko if lang == "ko" else en).format(**ask.params)
    if ask.candidates:
        question += " " + ", ".join(ask.candidates)
    return _result(lang, clarify=question, confidence=0.0, alternatives=ask.alternatives,
                   intent=ask.intent)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.translate({ord(a): b for a, b in zip("“”‘’`", "\"\"''\"")})
    text = re.sub(r"\b(it|that|what|there|here|he|she|who|where|how)'s\b", r"\1 is", text, flags=re.I)
    text = re.sub(r"(?<=[A-Za-z0-9])'s\b", "", text)
    text = re.sub(r"\"([\w.-]+)\"", r"\1", text)
    text = re.sub(r"\[([A-Za-z]{1,3})\](?=[A-Za-z])|(?<=[A-Za-z])\[([A-Za-z]{1,3})\]",
                  lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"\s+", " ", text).strip()


def _lower(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# ===========================================================================
# The caller's containers and images
# ===========================================================================

def _repo(ref: str) -> str:
    ref = str(ref).split("@")[0]
    head, sep, tail = ref.rpartition(":")
    return head if sep and "/" not in tail else ref


class _Ctx:
    def __init__(self, context):
        context = context if isinstance(context, dict) else {}
        self.containers = [c for c in context.get("containers") or []
                           if isinstance(c, dict) and c.get("name")]
        self.names = [str(c["name"]) for c in self.containers]
        self.images = [str(i) for i in context.get("images") or []]
        self.repos = {_repo(i) for i in self.images}

    @staticmethod
    def state(c: dict) -> str:
        status = str(c.get("status", "")).lower()
        if status.startswith(("up", "running", "restarting")):
            return "running"
        return "paused" if "paused" in status else "stopped"

    def newest(self) -> str | None:
        if not self.containers:
            return None
        return max(self.containers, key=lambda c: _number(c.get("created")))["name"]

    def pool(self, states=None, repos=None) -> list[str]:
        return [c["name"] for c in self.containers
                if (not states or self.state(c) in states)
                and (not repos or _repo(c.get("image", "")) in repos)]

    def known_image(self, ref: str) -> bool:
        return ref in self.images or _repo(ref) in self.repos


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


# ===========================================================================
# Typed commands: repair from the parser's own errors
# ===========================================================================

def _safe_parse(argv: list[str], ctx: "_Ctx"):
    try:
        return parser.parse(shlex.join(argv), {"containers": ctx.containers})
    except Exception:  # noqa: BLE001 — a parser bug must not break translation
        return None


def _corr(frm: str, to: str, kind: str) -> dict:
    return {"from": frm, "to": to, "kind": kind}


_TYPED_FIXES = (
    (re.compile(r"(?<=\d);(?=\d)"), ":", ";", ":"),                       # -p 8080;80
    (re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s+=\s+(?=\S)"), r"\1=", " = ", "="),  # -e K = v
)


def _typed(text: str, lang: str, ctx: "_Ctx") -> dict | None:
    if HANGUL.search(text):
        exact = parser.parse(text)      # Korean inside a valid command's arguments is kept
        return _validated(exact, lang, 1.0, [], []) if exact.ok and exact.had_program else None
    fixes: list[dict] = []
    for pattern, repl, frm, to in _TYPED_FIXES:
        fixed = pattern.sub(repl, text)
        if fixed != text and text.lstrip().lower().startswith(("docker", "dokcer", "run", "sudo")):
            fixes.append(_corr(frm, to, "value"))
            text = fixed
    try:
        words = tokens.split(text)
    except tokens.UnclosedQuote:
        return None
    texts = [w.text for w in words]
    if texts and texts[0].lower() in L.DROP_WORDS:
        fixes.append(_corr(texts[0], "", "program"))
        texts, words = texts[1:], words[1:]
    if not texts:
        return None
    explicit = _is_program(texts[0])
    if explicit and texts[0] != "docker":
        fixes.append(_corr(texts[0], "docker", "program"))
    body = texts[1:] if explicit else texts
    if not explicit and not _looks_typed(body, ctx):
        return None
    if any(tokens.is_operator(w) for w in words):
        expanded = _expand_ps(text, ctx)
        if expanded is None:
            raise _Ask("shell", alternatives=_segments(text, ctx))
        return _typed(expanded, lang, ctx)
    if not explicit:
        fixes.append(_corr("", "docker", "program"))
    if not body:
        raise _Ask("intent")
    return _repair(body, fixes, lang, ctx, explicit)


def _is_program(word: str) -> bool:
    word = word.lower()
    return word == "docker" or (word not in L.EN_FILLER and len(word) >= 4 and
                                suggest.closest(word, L.PROGRAM_WORDS, 0.65) is not None)


def _looks_typed(words: list[str], ctx: "_Ctx") -> bool:
    first = words[0].lower() if words else ""
    known = (first in grammar.SPELLINGS or first in grammar.MANAGEMENT or first in grammar.OTHER
             or first in L.SUBCOMMAND_ALIASES)
    if not known and not (len(first) >= 3 and first.isalpha() and
                          suggest.closest(first, _FIRST_WORDS, 0.65) and
                          any(w.startswith("-") for w in words[1:])):
        return False
    if any(w.lower() in L.NL_MARKERS or re.fullmatch(r"[a-z]{3,}ly", w.lower())
           for w in words[1:] if not w.startswith("-")):
        return False
    if first == "start" and len(words) == 2 and not words[1].startswith("-"):
        return ctx.known_image(words[1]) is False and words[1] not in suggest.IMAGE_CATALOGUE
    return True


_FIRST_WORDS = sorted({s.split()[0] for s in grammar.all_spellings()})


_PS_Q = re.compile(r"\$\(\s*docker\s+(?:ps|container\s+ls)\s+(-a\s+-q|-q\s+-a|-aq|-qa|-q)\s*\)")


def _expand_ps(text: str, ctx: "_Ctx") -> str | None:
    """``docker stop $(docker ps -q)``: the caller's own containers, spelled out."""
    m = _PS_Q.search(text)
    if not m or not ctx.containers or _PS_Q.sub("", text).count("$(") or \
            re.search(r"[;&|`]", _PS_Q.sub("", text)):
        return None
    names = ctx.names if "a" in m.group(1) else ctx.pool({"running"})
    return _PS_Q.sub(" ".join(names), text) if names else None


def _segments(text: str, ctx: "_Ctx") -> list[str]:
    found = []
    for part in re.split(r"\|\||&&|[;|&]", text):
        try:
            words = [w.text for w in tokens.split(part.strip())]
        except tokens.UnclosedQuote:
            continue
        if words and words[0] == "docker":
            parsed = _safe_parse(words, ctx)
            if parsed is not None and parsed.ok:
                found.append(parsed.canonical())
    return found


def _elsewhere(body: list[str]) -> bool:
    other = grammar.known_elsewhere(body)
    return bool(other) and other not in grammar.MANAGEMENT


def _fix_subcommand(body: list[str], fixes: list[dict]) -> list[str] | None:
    """The subcommand as docker spells it: aliases, then typos (``netwrok ls``, ``rnu``)."""
    if grammar.resolve(body)[0] or _elsewhere(body):
        return body
    first = body[0].lower()
    second = body[1].lower() if len(body) > 1 and not body[1].startswith("-") else None
    if first in L.SUBCOMMAND_ALIASES and (second is None or first not in grammar.MANAGEMENT):
        fixes.append(_corr(body[0], L.SUBCOMMAND_ALIASES[first], "subcommand"))
        return L.SUBCOMMAND_ALIASES[first].split() + body[1:]
    group = first if first in grammar.MANAGEMENT else \
        suggest.closest(first, grammar.MANAGEMENT, 0.7) if second else None
    if group and second is not None:
        return _fix_second(body, group, second, fixes)
    found = suggest.closest(first, _SINGLE_WORDS, 0.6)
    if not found:
        return None
    fixes.append(_corr(body[0], found, "subcommand"))
    body = [found] + body[1:]
    return body if grammar.resolve(body)[0] or _elsewhere(body) else None


_SINGLE_WORDS = [s for s in grammar.all_spellings() if " " not in s]


def _fix_second(body, group: str, second: str, fixes) -> list[str] | None:
    subs = sorted({s.split()[1] for s in grammar.all_spellings() if s.startswith(group + " ")})
    alias = L.SUB_ALIASES.get(second)
    sub = alias if alias in subs else suggest.closest(second, subs, 0.6)
    if not sub:
        return None
    fixes.append(_corr(f"{body[0]} {body[1]}", f"{group} {sub}", "subcommand"))
    return [group, sub] + body[2:]


def _repair(body, fixes, lang, ctx, explicit) -> dict | None:
    body = _fix_subcommand(body, fixes)
    if body is None:
        if explicit:
            raise _Ask("intent")
        return None
    command, used = grammar.resolve(body)
    if command is None:
        return _other(body, fixes, lang, ctx)
    argv = ["docker", *command.name.split(), *body[used:]]
    parsed = None
    for _ in range(10):
        argv = _fix_dashes(command, argv, fixes)
        parsed = _safe_parse(argv, ctx)
        if parsed is None:
            return None
        step = _next_fix(parsed, argv, command, ctx, fixes, explicit)
        if step is None:
            break
        argv = step
    if parsed is None or not parsed.ok:
        if not explicit:
            return None
        message = parsed.errors[0].message[lang] if parsed and parsed.errors else None
        return _result(lang, clarify=message, intent=command.name, corrections=fixes)
    if _sentence_words(parsed):
        return None
    confidence = max(0.5, 1.0 - 0.08 * len([f for f in fixes if f["kind"] != "program"])
                     - (0.05 if not explicit else 0))
    return _validated(parsed, lang, confidence, fixes, [])


def _sentence_words(parsed) -> bool:
    words = [a.value for a in parsed.args]
    if parsed.rest and parsed.rest[0].value.lower() not in L.PROGRAMS:
        words += [a.value for a in parsed.rest]
        if any(_CUES.fullmatch(w.lower()) for w in words):
            return True
    return any(w.lower() in L.NL_MARKERS for w in words)


def _other(body, fixes, lang, ctx) -> dict | None:
    """A real docker command outside the sandbox (kill, pause ...): spelled, not validated."""
    name = grammar.known_elsewhere(body)
    if not name or name in grammar.MANAGEMENT:
        return None
    argv = ["docker", *name.split(), *body[name.count(" ") + 1:]]
    return _result(lang, command=shlex.join(argv), confidence=0.6, intent=name,
                   corrections=fixes)


def _flag_walk(command, argv: list[str]):
    """Yield (index, word) for every word in the flag region of ``argv``."""
    i, start = 0, 2 + command.name.count(" ")
    words = argv[start:]
    while i < len(words):
        word = words[i]
        if word == "--":
            return
        if not word.startswith("-") or word == "-":
            if not command.interspersed:
                return
            i += 1
            continue
        yield start + i, word
        i += 2 if _takes_next(command, word) else 1


def _takes_next(command, word: str) -> bool:
    if word.startswith("--"):
        flag = command.by_long.get(word[2:])
        return bool(flag and not flag.is_bool and "=" not in word)
    for k, ch in enumerate(word[1:]):
        flag = command.by_short.get(ch)
        if flag is None:
            return False
        if not flag.is_bool:
            return k == len(word) - 2
    return False


def _cluster_ok(command, body: str) -> bool:
    for ch in body:
        flag = command.by_short.get(ch)
        if flag is None:
            return False
        if not flag.is_bool:
            return True
    return True


def _fix_dashes(command, argv: list[str], fixes: list[dict]) -> list[str]:
    argv = list(argv)
    for i, word in list(_flag_walk(command, argv)):
        if word.startswith("--") or re.fullmatch(r"-\d+(\.\d+)?", word):
            continue
        body, eq, value = word[1:].partition("=")
        if body in command.by_long and (len(body) >= 3 or not _cluster_ok(command, body)):
            argv[i] = f"--{word[1:]}"
        elif not _cluster_ok(command, body):
            argv[i] = _dash_guess(command, body, eq, value) or ""
        else:
            continue
        fixes.append(_corr(word, argv[i], "flag"))
    return [w for w in argv if w != ""]


def _dash_guess(command, body: str, eq: str, value: str) -> str | None:
    found = suggest.closest(body, list(command.by_long), 0.7)
    if found:
        return f"--{found}{eq}{value}"
    letters = [suggest.shorthand(command, ch) or "" for ch in body]
    return "-" + "".join(x[1:] for x in letters) if all(letters) else None


def _offsets(argv: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for word in argv:
        quoted = shlex.quote(word)
        spans.append((at, at + len(quoted)))
        at += len(quoted) + 1
    return spans


def _index_at(argv: list[str], start: int) -> int:
    for i, (a, b) in enumerate(_offsets(argv)):
        if a <= start < b or start == b:
            return i
    return len(argv) - 1


def _next_fix(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    if parsed.errors:
        return _fix_error(parsed, argv, command, ctx, fixes, explicit)
    for fixer in (_fix_order, _fix_swap, _fix_joined, _fix_warnings, _fix_bytes, _fix_publish,
                  _fix_filter, _fix_network, _fix_glued):
        step = fixer(parsed, argv, command, ctx, fixes)
        if step is not None:
            return step
    return None


def _fix_error(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    error = parsed.errors[0]
    i = _index_at(argv, error.start)
    if error.code == "unknown-flag":
        name, eq, value = argv[i][2:].partition("=")
        glued = re.fullmatch(r"([a-z-]+?)(\d+[a-z]*)", name)
        if glued and glued.group(1) in command.by_long and not eq:
            fixes.append(_corr(argv[i], f"--{glued.group(1)} {glued.group(2)}", "flag"))
            return argv[:i] + [f"--{glued.group(1)}={glued.group(2)}"] + argv[i + 1:]
        found = (error.suggestion or "")[2:] or suggest.closest(name, list(command.by_long), 0.6)
        if not found:
            return None
        fixes.append(_corr(f"--{name}", f"--{found}", "flag"))
        return argv[:i] + [f"--{found}{eq}{value}"] + argv[i + 1:]
    if error.code == "invalid-value":
        return _fix_value(parsed, argv, command, fixes, i)
    if error.code == "invalid-argument" and argv[i].lower() != argv[i]:
        fixes.append(_corr(argv[i], argv[i].lower(), "image"))
        return argv[:i] + [argv[i].lower()] + argv[i + 1:]
    if error.code == "missing-argument":
        return _fill_missing(parsed, argv, command, ctx, fixes, explicit)
    return None


def _fix_value(parsed, argv, command, fixes, i) -> list[str] | None:
    """``--since=10min`` → ``10m``: a duration in words or long units."""
    for option in parsed.options:
        flag = command.by_long[option.name]
        if flag.kind not in ("duration", "timestamp") or not isinstance(option.value, str):
            continue
        fixed = _go_duration(option.value)
        if fixed and fixed != option.value:
            fixes.append(_corr(option.value, fixed, "value"))
            k = _index_at(argv, option.end - 1)
            return argv[:k] + [argv[k].replace(option.value, fixed)] + argv[k + 1:]
    return None


def _go_duration(text: str) -> str | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-z]+)", text.strip().lower())
    if not m or m.group(2) not in _DUR_UNIT:
        return None
    unit = _DUR_UNIT[m.group(2)]
    return f"{_trim(float(m.group(1)) * 24)}h" if unit == "d" else f"{m.group(1)}{unit}"


def _fill_missing(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    name = command.name
    if name == "build":
        fixes.append(_corr("", ".", "argument"))
        return argv + ["."]
    if name == "exec" and parsed.args and parsed.args[0].value in L.PROGRAMS and \
            parsed.args[0].value not in ctx.names:
        target = _only_candidate(ctx, "exec")
        fixes.append(_corr("", target, "container"))
        i = _index_at(argv, parsed.args[0].start)
        return argv[:i] + [target] + argv[i:]
    if name == "exec" and parsed.args:
        if any(o.name in ("interactive", "tty") for o in parsed.options):
            fixes.append(_corr("", "sh", "argument"))
            return argv + ["sh"]
        raise _Ask("command", intent=name, alternatives=[shlex.join(argv + ["sh"])])
    kind = next((a.kind for a in command.args if a.card in ("1", "+")), "")
    if kind == "container" or name == "exec":
        target = _only_candidate(ctx, name)
        fixes.append(_corr("", target, "container"))
        return argv + [target] + (["sh"] if name == "exec" else [])
    if kind == "image" and name == "push" and len(ctx.images) == 1:
        fixes.append(_corr("", ctx.images[0], "image"))
        return argv + [ctx.images[0]]
    key = f"image:{name}" if kind == "image" else kind if kind in ("network", "volume") else \
        "container" if kind == "name" else "intent"
    raise _Ask(key if key in L.ASK else "image", candidates=ctx.images[:8] if kind == "image" else [],
               intent=name)


def _only_candidate(ctx: "_Ctx", intent: str) -> str:
    states = _STATES.get(intent)
    pool = ctx.pool(states) if ctx.containers else []
    if len(pool) == 1:
        return pool[0]
    key = f"container:{intent}" if f"container:{intent}" in L.ASK else "container"
    raise _Ask(key, candidates=pool or ctx.names, intent=intent)


def _fix_order(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """Options typed after the image or container (``docker run nginx -d``)."""
    if command.interspersed or not parsed.rest or not parsed.rest[0].value.startswith("-"):
        return None
    rest = [a.value for a in parsed.rest]
    moved, k = [], 0
    while k < len(rest) and rest[k].startswith("-") and _known_flag(command, rest[k]):
        take = 2 if _takes_next(command, rest[k]) and k + 1 < len(rest) else 1
        moved += rest[k:k + take]
        k += take
    if not moved:
        return None
    first = _index_at(argv, parsed.args[0].start) if parsed.args else len(argv)
    args = argv[first:len(argv) - len(rest)]
    fixes.append(_corr(" ".join(args + moved), " ".join(moved + args), "order"))
    return argv[:first] + moved + args + rest[k:]


def _known_flag(command, word: str) -> bool:
    if word.startswith("--"):
        return word[2:].split("=")[0] in command.by_long
    body = word[1:]
    return _cluster_ok(command, body) or body in command.by_long


def _fix_swap(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``network connect web1 mynet``: the container was typed where the network goes."""
    if command.name not in ("network connect", "network disconnect") or len(parsed.args) != 2:
        return None
    a, b = (x.value for x in parsed.args)
    swapped = (a in ctx.names and b not in ctx.names) or ("net" in b.lower() and "net" not in a.lower())
    if not swapped:
        return None
    i, j = _index_at(argv, parsed.args[0].start), _index_at(argv, parsed.args[1].start)
    argv = list(argv)
    argv[i], argv[j] = b, a
    fixes.append(_corr(f"{a} {b}", f"{b} {a}", "order"))
    return argv


def _fix_warnings(parsed, argv, command, ctx, fixes) -> list[str] | None:
    for warning in parsed.warnings:
        if warning.code not in ("unknown-image", "unknown-container") or not warning.suggestion:
            continue
        i = _index_at(argv, warning.start)
        if warning.code == "unknown-image" and ctx.known_image(argv[i]):
            continue
        if warning.code == "unknown-container" and not _close(argv[i], warning.suggestion):
            continue
        kind = "image" if warning.code == "unknown-image" else "container"
        fixes.append(_corr(argv[i], warning.suggestion, kind))
        return argv[:i] + [warning.suggestion] + argv[i + 1:]
    return None


def _fix_joined(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``docker run hello world`` → ``hello-world``."""
    if not parsed.args or not parsed.rest or command.name not in ("run", "create", "pull"):
        return None
    joined = f"{parsed.args[0].value}-{parsed.rest[0].value}"
    if joined not in suggest.IMAGE_CATALOGUE:
        return None
    i = _index_at(argv, parsed.args[0].start)
    fixes.append(_corr(f"{parsed.args[0].value} {parsed.rest[0].value}", joined, "image"))
    return argv[:i] + [joined] + argv[i + 2:]


def _fix_publish(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``-p 8080 nginx``: a learner gives the host port; the container port is nginx's 80."""
    for option in parsed.options:
        if option.name != "publish" or not re.fullmatch(r"\d{1,5}", str(option.value)):
            continue
        image = parsed.args[0].value if parsed.args else ""
        known = L.KNOWN_PORTS.get(_repo(image))
        if not known:
            raise _Ask("port", image=image or "?", host=option.value, intent=command.name)
        fixed = f"{option.value}:{known}"
        fixes.append(_corr(str(option.value), fixed, "value"))
        k = _index_at(argv, option.end - 1)
        return argv[:k] + [argv[k].replace(str(option.value), fixed)] + argv[k + 1:]
    return None


def _fix_filter(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``--filter status=exitted`` → ``exited``."""
    for option in parsed.options:
        key, _, value = str(option.value).partition("=")
        choices = L.FILTER_VALUES.get(key) if option.name == "filter" else None
        if not choices or value in choices:
            continue
        found = suggest.closest(value, choices, 0.7)
        if found:
            fixes.append(_corr(value, found, "value"))
            k = _index_at(argv, option.end - 1)
            return argv[:k] + [argv[k].replace(f"{key}={value}", f"{key}={found}")] + argv[k + 1:]
    return None


def _fix_network(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``network inspect brige`` → ``bridge`` (the built-in networks)."""
    kinds = [a.kind for a in command.args]
    for arg, kind in zip(parsed.args, kinds + [kinds[-1]] * len(parsed.args) if kinds else []):
        if kind != "network" or arg.value in L.BUILTIN_NETWORKS:
            continue
        found = suggest.closest(arg.value, L.BUILTIN_NETWORKS, 0.75)
        if found:
            fixes.append(_corr(arg.value, found, "network"))
            k = _index_at(argv, arg.start)
            return argv[:k] + [found] + argv[k + 1:]
    return None


def _fix_glued(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``exec web1 ls/`` → ``ls /``: a program glued to its path."""
    if not parsed.rest:
        return None
    m = re.fullmatch(r"([a-z]+)(/\S*)", parsed.rest[0].value)
    if not m or m.group(1) not in L.PROGRAMS:
        return None
    k = _index_at(argv, parsed.rest[0].start)
    fixes.append(_corr(m.group(0), f"{m.group(1)} {m.group(2)}", "argument"))
    return argv[:k] + [m.group(1), m.group(2)] + argv[k + 1:]


def _close(a: str, b: str, cutoff: float = 0.8) -> bool:
    return suggest.closest(a, [b], cutoff) is not None


def _fix_bytes(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``-m 256MB`` → ``-m 256m``: docker's lower-case units."""
    for option in parsed.options:
        flag = command.by_long[option.name]
        if flag.kind == "bytes" and isinstance(option.value, str):
            fixed = _bytes_text(option.value)
            if fixed and fixed != option.value:
                i = _index_at(argv, option.end - 1)
                argv = list(argv)
                argv[i] = argv[i].replace(option.value, fixed)
                return argv
    return None


def _bytes_text(value: str) -> str | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?", value.strip(), re.I)
    return f"{m.group(1)}{m.group(2).lower()}" if m else None


# ===========================================================================
# Building the answer from a validated parse
# ===========================================================================

def _validated(parsed, lang, confidence, corrections, alternatives) -> dict:
    command = parsed.canonical()
    violations = [dict(v.as_dict(lang), replacement=v.replacement)
                  for v in policy.check(parsed.spec(), policy.Limits())]
    return _result(lang, command=command, confidence=confidence, intent=parsed.command.name,
                   corrections=corrections, alternatives=alternatives, violations=violations)


@dataclass
class _Plan:
    command: str
    options: list = field(default_factory=list)
    args: list = field(default_factory=list)
    rest: list = field(default_factory=list)
    confidence: float = 0.9
    alternatives: list = field(default_factory=list)
    corrections: list = field(default_factory=list)

    def opt(self, long: str, value=True):
        if value is None or value is False or value == "":
            return
        flag = grammar.COMMANDS[self.command].flag(long) if self.command in grammar.COMMANDS else None
        if flag is not None and flag.is_bool and any(o == long for o, _ in self.options):
            return
        if (long, value) not in self.options:
            self.options.append((long, value))

    def has(self, long: str) -> bool:
        return any(o == long for o, _ in self.options)

    def argv(self) -> list[str]:
        argv = ["docker", *self.command.split()]
        for long, value in self.options:
            argv += [f"--{long}"] if value is True else [f"--{long}", str(value)]
        return argv + [str(a) for a in self.args] + [str(r) for r in self.rest]


def _finish(plan: _Plan, lang: str) -> dict:
    if plan.command not in grammar.COMMANDS:
        command = _unfill(shlex.join(_fill(w) for w in plan.argv()))
        return _result(lang, command=command, confidence=min(plan.confidence, 0.6),
                       template="<" in command, intent=plan.command, corrections=plan.corrections)
    argv = plan.argv()
    template = any(ph in word for word in argv for ph in PLACEHOLDERS)
    sample = [_fill(word) for word in argv]
    parsed = parser.parse(shlex.join(sample), {})
    if not parsed.ok:
        raise _Ask("intent", intent=plan.command)
    confidence = min(plan.confidence, 0.6) if template else plan.confidence
    if confidence < CLARIFY_BELOW:
        raise _Ask("intent", intent=plan.command)
    alternatives = [_canonical(a) for a in plan.alternatives]
    alternatives = [a for a in alternatives if a]
    if template:
        return _result(lang, command=_unfill(parsed.canonical()), template=True,
                       confidence=confidence, intent=parsed.command.name,
                       corrections=plan.corrections, alternatives=alternatives)
    return _validated(parsed, lang, confidence, plan.corrections, alternatives)


def _canonical(argv) -> str | None:
    if isinstance(argv, str):
        return argv
    parsed = parser.parse(shlex.join(_fill(w) for w in argv), {})
    return _unfill(parsed.canonical()) if parsed.ok else None


def _fill(word: str) -> str:
    for ph, sample in PLACEHOLDERS.items():
        word = word.replace(ph, sample)
    return word


def _unfill(text: str) -> str:
    for ph, sample in sorted(PLACEHOLDERS.items(), key=lambda kv: -len(kv[1])):
        text = text.replace(sample, ph)
    return text


def fill_template(command: str) -> str:
    """A template's placeholders replaced by valid sample values (for comparing by parse)."""
    return _fill(command)


# ===========================================================================
# Cue patterns (compiled once)
# ===========================================================================

def _boundary(cue: str) -> str:
    pattern = re.escape(cue).replace(r"\ ", r"\s+")
    if cue[:1].isascii() and cue[:1].isalnum():
        pattern = r"(?<![a-z0-9_-])" + pattern
    if cue[-1:].isascii() and cue[-1:].isalnum():
        pattern += r"(?![a-z0-9_])"
    return pattern


def _inflect(word: str) -> list[str]:
    """English forms of a one-word cue: build → builds, building, built is not guessed."""
    forms = [word + "s", word + "es", word + "ed", word + "ing", word + "d"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):
        forms += [word + word[-1] + "ing", word + word[-1] + "ed"]
    return forms


class _CueMatcher:
    """Leftmost-longest dictionary match of every cue (faster than one huge regex)."""

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.longest: dict[str, int] = {}
        for cue in table:
            self.longest[cue[0]] = max(self.longest.get(cue[0], 0), len(cue))

    def finditer(self, text: str):
        i, n = 0, len(text)
        while i < n:
            found = self._at(text, i, n)
            if found:
                yield found, i, i + len(found)
                i += len(found)
            else:
                i += 1

    def fullmatch(self, text: str) -> bool:
        return text in self.table and self._at(text, 0, len(text)) == text

    def _at(self, text: str, i: int, n: int) -> str | None:
        size = self.longest.get(text[i])
        if not size or (_ASCII_WORD.match(text[i]) and i and _WORD_BEFORE.match(text[i - 1])):
            return None
        for length in range(min(size, n - i), 0, -1):
            cue = text[i:i + length]
            if length == 1 and i and HANGUL.match(cue) and HANGUL.match(text[i - 1]) and \
                    self.table.get(cue, "").startswith("a:"):
                continue                      # "꺼" in "한꺼번에" is not "turn off"
            if cue in self.table and not (_ASCII_WORD.match(cue[-1]) and i + length < n
                                          and _WORD_AFTER.match(text[i + length])):
                return cue
        return None


_ASCII_WORD = re.compile(r"[a-z0-9]")
_WORD_BEFORE = re.compile(r"[a-z0-9_-]")
_WORD_AFTER = re.compile(r"[a-z0-9_]")


def _cue_table() -> tuple[_CueMatcher, dict]:
    table: dict[str, str] = {}
    for tag, (ko, en) in L.CUES.items():
        for cue in (*ko, *en):
            table.setdefault(cue.lower(), tag)
    for tag, (_, en) in L.CUES.items():
        for cue in en:
            if re.fullmatch(r"[a-z]{3,}", cue) and not tag.startswith(("s:", "m:conv", "m:deictic",
                                                                         "m:indefinite")):
                for form in _inflect(cue):
                    table.setdefault(form, tag)
    return _CueMatcher(table), table


_CUES, _CUE_TAGS = _cue_table()
_INJECTION = [re.compile(p) for p in L.INJECTION]
_SHELL_DANGER = [re.compile(p) for p in L.SHELL_DANGER]
_HELP = re.compile("|".join(_boundary(c) for c in sorted(L.HELP_CUES, key=len, reverse=True)))
_PHRASES: dict = {}


def _phrases(words) -> re.Pattern:
    key = tuple(words)
    if key not in _PHRASES:
        _PHRASES[key] = re.compile("|".join(_boundary(w) for w in sorted(words, key=len, reverse=True)))
    return _PHRASES[key]


_PROGRAM_PHRASES = [(_phrases(words), program) for words, program in L.PROGRAM_PHRASES]


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*")
                            for w in sorted(words, key=len, reverse=True)) + ")"


_DUR_UNIT = {u: k for k, units in L.DURATION_UNITS.items() for u in units}
_BYTE_UNIT = {u: k for k, units in L.BYTE_UNITS.items() for u in units}
NUM = r"(\d+(?:\.\d+)?)"
DUR = NUM + r"\s*" + "(" + _alt(_DUR_UNIT)[3:] + r"(?![a-z])"
BYTES = NUM + r"\s*" + "(" + _alt(_BYTE_UNIT)[3:] + r"(?![a-z])"

_P = {
    "map": re.compile(r"(?<![\d.:a-z/])(?:(\d{1,3}(?:\.\d{1,3}){3}|localhost):)?(\d{1,5}):(\d{1,5})"
                      r"(?:/(tcp|udp|sctp))?(?![\d.:a-z])(?!/[a-z])"),
    "en_to": re.compile(r"(?:host\s+)?(?:port\s+)?(\d{2,5})\s*(?:on the host\s*)?(?:to|->|→|=>)\s*"
                        r"(?:the\s+)?(?:container(?:'s)?\s+)?(?:port\s+)?(\d{1,5})(?![\d.])"),
    "en_rev": re.compile(r"container(?:'s)?\s+port\s+(\d{1,5})\s*(?:to|on|->|→|as|at)\s*"
                         r"(?:the\s+)?host(?:'s)?\s+(?:port\s+)?(\d{2,5})"),
    "ko_to": re.compile(r"(?:호스트\s*(?:의\s*)?)?(\d{2,5})\s*(?:번)?\s*(?:포트)?\s*(?:를|을|은|는|에서|에|와|과|,)?"
                        r"\s*(?:컨테이너\s*(?:의\s*)?)(?:포트\s*)?(\d{1,5})"),
    "ko_rev": re.compile(r"컨테이너\s*(?:의\s*)?(?:포트\s*)?(\d{1,5})\s*(?:번)?\s*(?:포트)?\s*(?:를|을|은|는)?\s*"
                         r"(?:호스트\s*(?:의\s*)?)(?:포트\s*)?(\d{2,5})"),
    "ko_link": re.compile(r"(\d{2,5})\s*(?:번)?\s*(?:포트)?\s*(?:을|를)\s*(\d{1,5})\s*(?:번)?\s*(?:포트)?\s*"
                          r"(?:으로|로|에)\s*(?:연결|매핑|맵핑|포워딩|바인딩|열어|publish)"),
    "single": re.compile(r"(\d{2,5})\s*번?\s*포트|포트\s*(?:번호\s*)?(?:를|을|은|는|:)?\s*(\d{2,5})"
                         r"|\bports?\s*(?:number\s*)?:?\s*(\d{2,5})\b|\b(\d{2,5})\s*port\b"
                         r"|localhost:(\d{2,5})(?![\d/])"
                         r"|\b(?:on|at|via)\s+(?:port\s+)?(\d{2,5})\b(?!\s*(?:lines?|min|sec|hour|mb|gb|meg|gig|%|cpu|core|m\b|g\b))"
                         r"|(?<![\d.])(\d{2,5})\s*번\s*(?:으로|로|에서|에)?"),
    "bytes": re.compile(BYTES),
    "password": re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in
                                            L.PASSWORD_WORDS) + r")(?![a-z])\s*(?:는|은|를|을|이|가|:|=|(?:is|of|to|as)(?=\s))?"
                           r"\s*['\"]?([^\s'\",]+?)['\"]?(?:으로|로|이야|야|입니다|예요|에요)?(?=[\s,.]|$)"),
    "cpu": re.compile(NUM + r"\s*(?:개의?\s*|개\s*)?(?:코어|cores?|cpus?|vcpus?|씨피유)(?![a-z])"
                      r"|(?:cpus?|코어|씨피유|processors?)\s*(?:를|을|은|는|limit(?:ed)?|제한)?\s*"
                      r"(?:to|of|at|:|=)?\s*" + NUM + r"\s*(?:개|코어)?"),
    "until": re.compile(r"(?:until|before|older than|up to)\s+" + DUR + r"(?:\s+ago)?"
                        r"|" + DUR + r"\s*(?:전\s*까지|이전\s*까지|이전의?|전의|전 것|ago and older)"
                        r"|(?:until|before)\s+(\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?)"),
    "since": re.compile(r"(?:since|after|newer than|(?:in|for|within|during|from|over)?\s*(?:the\s+)?"
                        r"(?:last|past|previous)|지난|최근)\s*" + DUR +
                        r"|" + DUR + r"\s*(?:전부터|이후|전 이후|동안|사이|간|ago|전\s*로그)"
                        r"|since\s+(\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?)"),
    "dur": re.compile(DUR),
    "lines": re.compile(r"(\d+)\s*(?:개\s*)?(?:줄|라인|행|lines?|rows?|entries|log lines)"),
    "count": re.compile(r"(\d+)\s+(?:most\s+recent(?:ly)?|latest|newest|last)(?![a-z])|"
                        r"(?:tail|last|latest|recent|most recent|마지막|최근|끝에서|끝|final|newest)\s*"
                        r"(?:의\s*)?(\d+)(?!\s*(?:\.\d|초|분|시간|일|seconds?|minutes?|hours?|days?|"
                        r"secs?|mins?|[smhd]\b|mb|gb|메가|기가|줄|lines?))|(\d+)\s*개"),
    "env_ko": re.compile(r"(?:환경\s*변수|env)\s*([a-z_][a-z0-9_]*)\s*(?:를|을|은|는|이|가|:)?\s*(\S+?)\s*"
                         r"(?:으로|로)\s*(?:설정|지정|넣|주|해|세팅|줘)"),
    "env_en": re.compile(r"(?:env(?:ironment)?(?:\s+var(?:iable)?s?)?|variable|set)\s+([a-z_][a-z0-9_]*)\s*"
                         r"(?:to|=|as|equal to|set to|with value|of)\s*(\S+)"),
    "platform": re.compile(r"\b(linux/(?:amd64|arm64|arm(?:/v[678])?|386|ppc64le|s390x|riscv64))\b"
                           r"|\b(arm64|amd64|x86_64|x86-64|aarch64)\b"),
}
_TOKEN = re.compile(r"[A-Za-z0-9_./:@~$=+%{}\[\]-]+")
_KV = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)")
_FILTER_KEYS = {"status", "name", "ancestor", "label", "dangling", "before", "since", "reference",
                "driver", "type", "id", "network", "volume", "health", "exited", "expose",
                "publish", "is-task", "scope"}
_NUMBER_WORDS_EN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, L.EN_NUMBERS), key=len,
                                                       reverse=True)) + r")\s+(?=(?:"
                              + "|".join(L.EN_UNIT_WORDS) + r")\b)", re.I)
_NUMBER_WORDS_KO = re.compile(r"(?<![가-힣])(" + "|".join(sorted(L.KO_NUMBERS, key=len, reverse=True))
                              + r")\s*(?=" + "|".join(L.KO_COUNTERS) + ")")
_HOST_SOURCES = [(re.compile(_alt(phrases)), src, dst) for phrases, src, dst in L.HOST_SOURCES]
_RM_AFTER = re.compile(r"\b(?:clean(?:s|ing)?\s+(?:it\s+|them\s+)?up|remove|delete|get rid of|throw away)"
                       r"(?:\s+\S+){0,3}?\s+(?:after(?:wards)?(?=\s*(?:$|[,.!;]|and\b))"
                       r"|when (?:it'?s? |it is )?(?:done|finished|exits)"
                       r"|once (?:it'?s? |it is )?(?:done|finished|exits))\b")
_ONLY_IDS = re.compile(r"\b(?:only|just)\s+(?:the\s+|their\s+)?(?:[a-z]+\s+)?ids?\b|\bids?\s+only\b")
_PATH_TEXT = re.compile(r"(?<![\w/.~-])(?:~|\.{1,2})?/[A-Za-z0-9_./-]*")
_KV_TEXT = re.compile(r"(?<![\w-])[a-z_][a-z0-9_]*=\S*")
_NOUN_AFTER = re.compile(r"\s*(?:" + "|".join(L.ADNOMINAL_NOUNS) + ")")


def _participle(tag, scan: str) -> bool:
    """"downloaded images", "the built image": an -ed form describing a noun."""
    kind, cue, _, end = tag
    return bool(kind.startswith("a:") and re.fullmatch(r"[a-z]+(?:ed|en|t)", cue) and cue.endswith(
        ("ed", "built", "taken")) and re.match(r"\s+(?:docker\s+)?(?:images?|containers?|networks?|volumes?)\b",
                                                 scan[end:]))


def _adnominal(tag, scan: str) -> bool:
    """"다운로드한 이미지", "만든 컨테이너": a verb describing a noun, not the request's verb."""
    kind, _, start, _ = tag
    word = re.match(r"[가-힣]+", scan[start:])
    return bool(kind.startswith("a:") and word and word.group() in L.ADNOMINAL and
                _NOUN_AFTER.match(scan, start + len(word.group())))


# ===========================================================================
# A request in words
# ===========================================================================

@dataclass
class _Tok:
    text: str
    low: str
    start: int
    end: int
    suffix: str
    kind: str = ""
    fixed: str = ""           # corrected spelling, for fuzzy matches
    used: bool = False
    in_command: bool = False  # part of the command run inside the container


class _Request:
    """The words of one request: cues found, values read, tokens classified."""

    def __init__(self, text: str, lang: str, ctx: _Ctx):
        self.lang, self.ctx = lang, ctx
        self.text = _image_words(_number_words(text))
        self.low = _lower(self.text)
        self.scan = self.low
        self.quoted: list[str] = []
        self.hosts: list[tuple[str, str, int]] = []
        self.tags: list[tuple[str, str, int, int]] = []
        self.values: dict[str, list] = {}
        self.corrections: list[dict] = []
        self._read()

    # --- reading ------------------------------------------------------------
    def _read(self):
        self._quotes()
        self._host_sources()
        self.parens = [(m.start(), m.end()) for m in re.finditer(r"\([^)]*\)", self.low)]
        self.tags = [t for t in self._cue_tags() if not (
            t[0].startswith(("a:", "s:")) and any(p <= t[2] < q for p, q in self.parens))]
        self._values()
        self.toks = self._tokens()

    def _cue_tags(self) -> list:
        scan = _KV_TEXT.sub(lambda m: " " * len(m.group()), self.scan)
        scan = _PATH_TEXT.sub(lambda m: " " * len(m.group()), scan)
        auto = [(m.start(), m.end()) for m in _RM_AFTER.finditer(scan)]
        for start, end in auto:
            scan = scan[:start] + " " * (end - start) + scan[end:]
        tags = [("m:rm-auto", "remove after", start, end) for start, end in auto]
        tags += [(_CUE_TAGS[cue], cue, start, end) for cue, start, end in _CUES.finditer(scan)]
        tags += [("m:all", "다", m.start(1), m.end(1))
                 for m in re.finditer(r"(?:^|\s)(다)\s+(?=[가-힣])", scan)]
        tags += [("m:quiet", "ids", m.start(), m.end()) for m in _ONLY_IDS.finditer(scan)]
        tags += [("a:disconnect", "detach", m.start(), m.end())
                 for m in re.finditer(r"\bdetach\b(?=(?:\s+\S+){1,3}\s+from\b)", scan)]
        return [t for t in tags if not self._named_word(t, scan) and not _adnominal(t, scan) and
                not _participle(t, scan) and
                not (t[1] == "detach" and t[0] == "m:detach" and
                     any(x[0] == "a:disconnect" and x[2] == t[2] for x in tags))]

    def _named_word(self, tag, scan: str) -> bool:
        """A cue word used as a name: "a volume named *uploads*", "the *logs* volume"."""
        kind, cue, start, end = tag
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", cue) or kind.startswith(("s:", "o:")):
            return False
        if not kind.startswith("a:") and not re.match(r"\s*(?:볼륨|네트워크|컨테이너)", scan[end:]):
            return False
        if re.search(r"(?:named|called|name it|call it)\s+$", scan[max(0, start - 12):start]):
            return True
        if re.match(r"\s*(?:볼륨|네트워크|컨테이너)", scan[end:]):
            return not kind.startswith(("s:", "o:"))
        return bool(re.match(r"\s+(?:volume|network|container)s?\b", scan[end:]) and
                    re.search(r"\b(?:the|a|an|my)\s+$", scan[max(0, start - 6):start]))

    def _mask(self, start: int, end: int):
        self.scan = self.scan[:start] + " " * (end - start) + self.scan[end:]

    def _quotes(self):
        for m in re.finditer(r"\"([^\"]*)\"|(?<![A-Za-z0-9])'([^']+)'(?![A-Za-z0-9])", self.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if re.fullmatch(r"[\w.-]+", inner):
                continue
            self.quoted.append((inner, m.start()))
            self._mask(m.start(), m.end())

    def _host_sources(self):
        for pattern, source, target in _HOST_SOURCES:
            for m in pattern.finditer(self.scan):
                self.hosts.append((self._explicit_path(m.end()) or source, target, m.start()))
                self._mask(m.start(), m.end())

    def _explicit_path(self, end: int) -> str | None:
        """"my home directory /home/alex": the path said right after the phrase."""
        m = re.match(r"\s*(?:\(|,)?\s*((?:/|~/)[A-Za-z0-9_./-]*)", self.text[end:])
        if not m:
            return None
        self._mask(end + m.start(1), end + m.end(1))
        return m.group(1)

    def _values(self):
        self._find("password", "password", keep=lambda m: self._orig(m, 1).rstrip(".,"))
        self._find("bytes", "bytes", keep=self._is_bytes)
        self._find("cpu", "cpu")
        for name in ("map", "en_rev", "ko_rev", "en_to", "ko_to", "ko_link"):
            self._ports(name, reverse=name.endswith("rev"))
        self._single_ports()
        self._find("until", "until")
        self._find("since", "since")
        self._find("lines", "lines")
        self._find("dur", "dur")
        self._find("count", "count")
        self._find("env_ko", "env", keep=lambda m: f"{m.group(1).upper()}={self._orig(m, 2)}")
        self._find("env_en", "env", keep=self._env_en)
        self._find("platform", "platform")

    def _orig(self, m, group: int) -> str:
        return self.text[m.start(group):m.end(group)]

    def _ports(self, name: str, reverse: bool):
        for m in _P[name].finditer(self.scan):
            groups = [g for g in m.groups() if g]
            if name.startswith("en") and not (self.has("m:port") or re.search(r"host|container", m.group())):
                continue
            if name == "map":
                ip = m.group(1) + ":" if m.group(1) and m.group(1) != "localhost" else ""
                proto = "/" + m.group(4) if m.group(4) else ""
                host, cont = ip + m.group(2), m.group(3) + proto
            else:
                host, cont = (groups[1], groups[0]) if reverse else (groups[0], groups[1])
            self.values.setdefault("port", []).append((m.start(), host, cont))
            self._mask(m.start(), m.end())

    def _single_ports(self):
        for m in _P["single"].finditer(self.scan):
            host = next(g for g in m.groups() if g)
            self.values.setdefault("port", []).append((m.start(), host, None))
            self._mask(m.start(), m.end())

    def _find(self, name: str, slot: str, keep=None):
        for m in _P[name].finditer(self.scan):
            value = keep(m) if keep else [g for g in m.groups() if g]
            if not value:
                continue
            self.values.setdefault(slot, []).append((m.start(), value))
            self._mask(m.start(), m.end())

    def _is_bytes(self, m):
        unit = _BYTE_UNIT[re.sub(r"\s+", "", m.group(2))]
        if m.group(2) in ("m", "g", "k") and not self.has("m:memory"):
            return None
        return f"{m.group(1)}{unit}"

    def _env_en(self, m):
        key = self._orig(m, 1)
        if not (key.isupper() or self.has("m:env")):
            return None
        return f"{key}={self._orig(m, 2).rstrip('.,')}"

    def _tokens(self) -> list[_Tok]:
        toks = []
        for m in _TOKEN.finditer(self.scan):
            raw = m.group()
            start, end = m.start(), m.end()
            while raw and raw not in (".", "..") and raw[-1] in ".:," and not raw.endswith("/"):
                raw, end = raw[:-1], end - 1
            if not raw:
                continue
            suffix = re.match(r"[가-힣]*", self.low[end:]).group()
            tok = _Tok(self.text[start:end], raw, start, end, suffix)
            self._done = toks
            tok.kind = self._classify(tok)
            toks.append(tok)
        return toks

    def _in_cue(self, tok: _Tok) -> bool:
        return any(s <= tok.start and tok.end <= e for _, _, s, e in self.tags)

    def _classify(self, tok: _Tok) -> str:
        t = tok.low
        if t.startswith("-") and len(t) > 1 and not re.fullmatch(r"-\d+(\.\d+)?", t):
            return "flag"
        if re.fullmatch(r"\d+(\.\d+)?", t):
            return "number"
        if _KV.fullmatch(tok.text) and not t.startswith(("/", ".")):
            return "kv"
        if ":/" in t or t.startswith(("/", "./", "../", "~")) or t in (".", ".."):
            return "path"
        if tok.text in self.ctx.names:
            return "container"
        if self._in_cue(tok) and re.search(r"\b(?:to|a|an|the|private|own|your|my|local)\s+$",
                                           self.low[max(0, tok.start - 10):tok.start]):
            return "cue"
        if self._image_like(t):
            return "image"
        if self._in_cue(tok) or (self.lang == "en" and t in L.EN_FILLER) or t in ("docker", "도커") \
                or t in L.KO_ASCII_WORDS:
            return "cue"
        kind = self._fuzzy(tok)
        if kind == "name" and not HANGUL.search(self.low) and not self._en_name(tok):
            return "cue"
        return kind

    def _after_name(self, tok: _Tok) -> bool:
        done = getattr(self, "_done", [])
        return bool(done) and done[-1].kind in ("name", "container")

    def _en_name(self, tok: _Tok) -> bool:
        """In English, a leftover word is a name only where a name is expected."""
        t = tok.low
        if re.search(r"[\d_.:/]", t) or ("-" in t and t not in L.EN_COMPOUNDS):
            return True
        if t.endswith(("ly", "ed", "ing")) or not self.low[:tok.start].strip() or \
                self.low[:tok.start].rstrip().endswith(","):
            return False
        before = re.findall(r"[a-z0-9']+", self.low[max(0, tok.start - 40):tok.start])
        raw = before[-1] if before else ""
        while before and before[-1] in ("the", "a", "an", "my", "your"):
            before.pop()
        if before and before[-1] in L.EN_NAME_BEFORE:
            return True
        if before and before[-1] in ("and", "or") and self._after_name(tok):
            return True
        if any(t2.startswith("a:") and re.fullmatch(r"\s*(?:the\s+)?", self.low[e:tok.start])
               for t2, _, _, e in self.tags):
            return True
        return raw in ("", "the", "my", "your", "this", "that") and any(
            (t2.startswith("o:") or t2 == "a:logs") and 0 <= s - tok.end <= 2
            for t2, _, s, _ in self.tags)

    def _image_like(self, t: str) -> bool:
        repo = _repo(t)
        if repo in suggest.IMAGE_CATALOGUE or self.ctx.known_image(t):
            return True
        if re.fullmatch(r"[\d.:]+", t) or validate.image_reference(t) is not None:
            return False
        return (":" in t and not t.endswith(":")) or ("/" in t and not t.startswith("/")
                                                       and "." not in t.split("/")[0][:1])

    def _fuzzy(self, tok: _Tok) -> str:
        t = tok.low
        if len(t) < 4 or not t.isascii() or not re.fullmatch(r"[a-z][a-z0-9_.-]*", t):
            return "name"
        found = suggest.closest(tok.text, self.ctx.names, 0.8) if self.ctx.names else None
        if found:
            tok.fixed = found
            self.corrections.append(_corr(tok.text, found, "container"))
            return "container"
        found = suggest.closest(t, suggest.IMAGE_CATALOGUE, 0.8)
        if found and found != t and t not in L.PROGRAMS:
            tok.fixed = found
            self.corrections.append(_corr(tok.text, found, "image"))
            return "image"
        return "name"

    # --- questions about what was read ----------------------------------------
    def has(self, tag: str) -> bool:
        return any(t == tag and not self._in_command(s, e) for t, _, s, e in self.tags)

    def _in_command(self, start: int, end: int) -> bool:
        return any(t.in_command and t.start <= start and end <= t.end for t in getattr(self, "toks", ()))

    def cues(self, tag: str) -> list[str]:
        return [c for t, c, _, _ in self.tags if t == tag]

    def where(self, tag: str) -> list[int]:
        return [s for t, _, s, _ in self.tags if t == tag]

    def actions(self) -> list[tuple[str, str, int]]:
        return [(t[2:], c, s) for t, c, s, _ in self.tags if t.startswith("a:")]

    def first(self, slot: str):
        found = sorted(self.values.get(slot, []), key=lambda v: v[0])
        return found[0][1] if found else None

    def all(self, slot: str) -> list:
        return [v[1:] if len(v) > 2 else v[1] for v in sorted(self.values.get(slot, []))]

    def kinds(self, *kinds: str, free: bool = True) -> list[_Tok]:
        return [t for t in self.toks if t.kind in kinds and not (free and t.used)]

    def word(self, tok: _Tok) -> str:
        return tok.fixed or tok.text

    def conversational(self) -> bool:
        return self.has("m:conv") or "?" in self.text or self.has("m:deictic")


_KO_IMAGES = re.compile("|".join(sorted(map(re.escape, L.KO_IMAGE_NAMES), key=len, reverse=True)),
                        re.I)


def _image_words(text: str) -> str:
    return _KO_IMAGES.sub(lambda m: L.KO_IMAGE_NAMES[m.group().lower()], text)


def _number_words(text: str) -> str:
    """"fifty lines" → "50 lines", "세 줄" → "3 줄", "last hour" → "last 1 hour"."""
    text = re.sub(r"\b(last|past|previous)\s+(hour|minute|day|second)\b", r"\1 1 \2", text,
                  flags=re.I)
    text = re.sub(r"\bhalf an hour\b", "30 minutes", text, flags=re.I)
    text = _NUMBER_WORDS_EN.sub(lambda m: L.EN_NUMBERS[m.group(1).lower()] + " ", text)
    return _NUMBER_WORDS_KO.sub(lambda m: L.KO_NUMBERS[m.group(1)] + " ", text)


# ===========================================================================
# Concept questions
# ===========================================================================

def _front_matter(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return {}
    m = re.match(r"---\s*\n(.*?)\n---", text, re.S)
    meta = {}
    for line in (m.group(1).splitlines() if m else []):
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    keywords = meta.get("keywords", "").strip("[]")
    meta["keywords"] = [k.strip().strip("'\"").lower() for k in keywords.split(",") if k.strip()]
    return meta


def _load_concepts() -> dict:
    concepts = {}
    for slug in L.CONCEPT_SLUGS:
        pages = {lang: _front_matter(os.path.join(CONTENT, lang, f"{slug}.md"))
                 for lang in ("en", "ko")}
        words = {slug.replace("-", " ")} | set(L.CONCEPT_HINTS.get(slug, ()))
        for page in pages.values():
            words |= set(page.get("keywords", []))
            if page.get("title"):
                words.add(page["title"].lower())
        concepts[slug] = {"title": {lang: page.get("title") for lang, page in pages.items()},
                          "section": next((p.get("section") for p in pages.values()
                                           if p.get("section")), ""),
                          "words": {w for w in words if len(w) >= 2}}
    return concepts


CONCEPTS = _load_concepts()
_COMMAND_SLUGS = {"run", "stop", "start", "restart", "rm", "rmi", "pull", "push", "images", "ps",
                  "logs", "exec", "build", "network", "volume"}
_QUESTION_EN = re.compile(
    r"\b(?:what\s+(?:is|are|was|were|does|do)|what's|whats|explain|define|definition\s+of|"
    r"describe|tell\s+me\s+about|how\s+does|how\s+do|meaning\s+of|difference(?:s)?\s+between|"
    r"what\s+exactly\s+is)\s+(.*)")
_QUESTION_KO = re.compile(r"(.*?)\s*(?:이란|란|이라는\s*게|라는\s*게|라는\s*건|이라는\s*건)?\s*"
                          r"(?:대체\s*)?(?:뭐야|뭐예요|뭐에요|뭔가요|뭐지|뭘까|무엇|뭐임|뭔데|무슨\s*뜻|뜻이|"
                          r"의미|설명|개념|어떻게\s*(?:나가|빠져나|동작|작동)|차이|원리)")
_PARTICLES = re.compile(r"(이란|란|이라는|라는|이랑|랑|와|과|하고|에서|에|으로|로|의|이|가|은|는|을|를|도|만)$")


def _concept(req: _Request) -> dict | None:
    subject = _subject(req)
    if subject is None or _is_request(req):
        return None
    slug = _best_concept(subject, req)
    if slug is None:
        return None
    titles = CONCEPTS[slug]["title"]
    title = titles.get(req.lang) or titles.get("en") or slug
    return _result(req.lang, confidence=0.85, concept={"slug": slug, "title": title})


def _subject(req: _Request) -> str | None:
    low = req.low.rstrip("?.! ")
    m = _QUESTION_EN.search(low)
    if m:
        return re.sub(r"\s+(do|does|mean|means|work|works|for|used for|do in docker)$", "",
                      m.group(1)).strip() or low
    m = _QUESTION_KO.search(low)
    if m and HANGUL.search(low):
        words = [_PARTICLES.sub("", w) for w in m.group(1).split()]
        return " ".join(w for w in words if w) or low
    return None


def _is_request(req: _Request) -> bool:
    """A question that is really a request: "what's running?", "what images do I have?"."""
    if req.values.get("port") or req.kinds("container", "kv", "path"):
        return True
    if any(t.startswith("s:") for t, _, _, _ in req.tags) or _HELP.search(req.low):
        return True
    return bool(re.search(r"\b(do i have|have i got|are there|is there|i have|my)\b|내\s|뭐\s*있|"
                          r"뭐가\s*있|몇\s*개", req.low))


def _best_concept(subject: str, req: _Request) -> str | None:
    text = req.low
    vm = re.search(r"\bvms?\b|virtual machine|가상\s*머신|\bvm", text)
    if vm and re.search(r"container|컨테이너", text) and re.search(
            r"differ|차이|\bvs\b|versus|비교|compare", text):
        return "vm-vs-container"
    best, score = None, 0.0
    for slug, info in CONCEPTS.items():
        s = _concept_score(subject, slug, info)
        if s > score:
            best, score = slug, s
    return best if score >= 1.5 else None


def _concept_score(subject: str, slug: str, info: dict) -> float:
    bare = re.sub(r"^(?:docker|도커)\s+", "", subject).strip()
    if slug in _COMMAND_SLUGS:
        said = re.search(rf"(?:^|\s)(?:docker|도커)\s+{re.escape(slug)}s?\b|^{re.escape(slug)}$|"
                         rf"\b{re.escape(slug)}\s*(?:명령|command)", subject)
        return 6.0 if said else 0.0
    score = 0.0
    for word in info["words"]:
        if word == bare or word == subject:
            score = max(score, 5.0)
        elif re.search(rf"(?<![a-z가-힣]){re.escape(word)}", bare):
            score = max(score, 2.0 + len(word) / 20)
    return score + (1.0 if slug in L.CONCEPT_HINTS and any(
        h in subject for h in L.CONCEPT_HINTS[slug] if len(h) > 3) else 0)


# ===========================================================================
# Intent
# ===========================================================================

RANK = {"logs": 9, "build": 8, "exec": 8, "kill": 8, "restart": 8, "connect": 8,
        "disconnect": 8, "run": 7, "push": 7, "inspect": 6, "pull": 6, "stop": 6, "remove": 6,
        "tag": 5, "start": 5, "create": 5, "list": 3}
BG_VERBS = {"띄우", "띄워", "띄울", "띄웁", "켜", "켤", "켭", "돌려", "돌리", "돌릴", "구동", "기동",
            "spin up", "spin-up", "spin", "fire up", "start up", "bring up", "boot up", "launch",
            "launches", "deploy", "serve", "start", "starts", "시작"}
_STATES = {"stop": {"running", "paused"}, "kill": {"running", "paused"},
           "restart": {"running"}, "exec": {"running"}, "start": {"stopped"},
           "network connect": None, "logs": None, "rm": None, "inspect": None}


def _intent(req: _Request) -> tuple[str, str | None]:
    acts = req.actions()
    if not acts:
        return _implicit(req), None
    found = {a for a, _, _ in acts}
    found = _combine(found, req, acts)
    either = _either(req, acts, found) or _imperative(req, acts, found)
    action = either or max(found, key=lambda a: (RANK[a], _position(acts, a, req.lang)))
    cue = next((c for a, c, _ in acts if a == action), None)
    return action, cue


def _either(req: _Request, acts, found: set) -> str | None:
    """"Start or stop a container", "시작 또는 중지": the first of the two is meant."""
    spots = sorted((s, a) for a, _, s in acts if a in found)
    for (s1, a1), (s2, a2) in zip(spots, spots[1:]):
        between = req.low[s1:s2]
        if a1 != a2 and re.search(r"(?<![a-z])or(?![a-z])|또는|혹은", between):
            return a1
    return None


_MAIN_VERBS = {"stop", "start", "restart", "remove", "kill", "pull", "push", "build", "tag"}


def _imperative(req: _Request, acts, found: set) -> str | None:
    """English puts the verb first: "Stop a container, ... before killing it" is stop."""
    if req.lang != "en" or not acts:
        return None
    first = min(acts, key=lambda a: a[2])
    if first[2] <= 1 and first[0] in _MAIN_VERBS and first[0] in found and \
            found <= _MAIN_VERBS | {"list"}:
        return first[0]
    return None


def _position(acts, action, lang) -> int:
    spots = [s for a, _, s in acts if a == action] or [0]
    return max(spots) if lang == "ko" else -min(spots)


def _inside(req: _Request) -> bool:
    """Something is to happen inside a container: "web1 안에서", "in web1", "inside db"."""
    if req.has("m:inside"):
        return True
    for tok in req.kinds("container", "name", free=False):
        before = req.low[max(0, tok.start - 10):tok.start]
        if re.search(r"\b(?:in|inside|within|into)\s+(?:the\s+)?$", before) or \
                tok.suffix.startswith(("에서", "안에", "안에서", "속에서", "내부에서")):
            return True
    return False


def _program_phrase(req: _Request) -> str | None:
    if not req.has("a:list"):
        return None
    for pattern, program in _PROGRAM_PHRASES:
        if pattern.search(req.low):
            return program
    return None


def _combine(found: set, req: _Request, acts) -> set:
    found = _combine_exec(found, req, acts)
    if "push" in found and not (req.has("m:registry") or req.has("o:image")) and \
            all(c in ("올려", "올리") for a, c, _ in acts if a == "push"):
        found = (found - {"push"}) | {"run"}
    if "stop" in found and "remove" in found:
        req.tags.append(("m:force", "stop+remove", -1, -1))
        found = found - {"stop"}
    if "kill" in found and "remove" in found:
        req.tags.append(("m:force", "kill+remove", -1, -1))
        found = found - {"kill"}
    if "run" in found and found & {"connect", "disconnect"}:
        found = found - {"connect", "disconnect"}
    if "connect" in found and (req.hosts or req.has("m:mount") or (req.has("o:volume") and _paths(req))) \
            and (req.kinds("image") or req.has("o:container")):
        found = (found - {"connect"}) | {"run"}
    if "run" in found and found & {"tag", "pull", "create"} and \
            (req.kinds("image") or req.has("m:webserver") or req.has("o:container")):
        found = found - {"tag", "pull", "create"}
    if "exec" in found and req.has("m:new-container"):
        found = (found - {"exec"}) | {"run"}
    if "create" in found and "start" in found and req.kinds("image"):
        found = (found - {"create", "start"}) | {"run"}

    if "list" in found and len(found) > 1:
        found = found - {"list"}
    if "logs" in found and "start" in found and req.has("m:attach"):
        found = found - {"logs"}
    if found == {"list"} and (req.values.get("lines") or req.has("m:follow")) and \
            not req.has("o:image"):
        found = {"logs"}
    if "logs" in found and "run" in found and not req.kinds("image"):
        found = found - {"run"}
    return found


_RUN_HINTS = ("m:detach", "m:mount", "m:privileged", "m:interactive", "m:rm-auto", "m:env",
              "m:memory", "m:cpu", "m:publish-all", "m:shell")


def _combine_exec(found: set, req: _Request, acts) -> set:
    """A command inside an existing container is exec; "run a command" in a new one is run."""
    program = _has_program(req) or _program_phrase(req)
    if found & {"list", "run", "remove", "inspect"} and not found & {"logs", "build"} and \
            _inside(req) and program and req.kinds("container", "name"):
        return {"exec"}
    cues = [c for a, c, _ in acts if a == "exec"]
    if cues and all(c in L.COMMAND_CUES for c in cues) and not _existing(req):
        return (found - {"exec"}) | {"run"}
    if found == {"list"} and req.kinds("image") and _has_program(req) and not _existing(req):
        return {"run"}
    return found


def _existing(req: _Request) -> bool:
    return bool(req.kinds("container") or req.has("s:running") or req.has("m:existing") or
                (_inside(req) and req.kinds("name")))


def _implicit(req: _Request) -> str:
    if req.kinds("image") and (req.values.get("port") or req.hosts or
                               any(req.has(h) for h in _RUN_HINTS)):
        return "run"
    if req.has("m:webserver"):
        return "run"
    if (req.has("m:shell") or req.has("m:interactive")) and (req.has("s:running") or _inside(req)):
        return "exec"
    if req.has("s:running") or req.has("s:stopped"):
        return "list"
    if any(req.has(t) for t in ("o:image", "o:container", "o:network", "o:volume")):
        return "list"
    raise _Ask("intent")


def _object(req: _Request, near: list[int]) -> str | None:
    spots = [(abs(s - p), t[2:]) for t, _, s, _ in req.tags if t.startswith("o:") for p in near]
    return min(spots)[1] if spots else None


# ===========================================================================
# Slots shared by several intents
# ===========================================================================

def _deictic_or_chat(req: _Request) -> bool:
    """A request that points at something ("delete it") or talks to us, rather than a
    general description ("Remove a container"), must ask instead of answering a template."""
    if req.has("m:indefinite"):
        return False
    return _pointing(req) or req.has("m:conv") or "?" in req.text


def _pointing(req: _Request) -> bool:
    """"delete it", "그거 지워": a pronoun that is the object of the request's verb."""
    for tag, _, start, _ in req.tags:
        if tag != "m:deictic":
            continue
        if req.lang == "ko" or any(t.startswith("a:") and re.fullmatch(r"\s*", req.low[e:start])
                                   for t, _, _, e in req.tags):
            return True
    return False


def _names(req: _Request) -> list[_Tok]:
    return [t for t in req.kinds("container", "name")
            if _adjacent_noun(req, t) not in ("volume", "network", "image")]


def _take(tok: _Tok | None) -> str | None:
    if tok is None:
        return None
    tok.used = True
    return tok.fixed or tok.text


def _adjacent_noun(req: _Request, tok: _Tok) -> str | None:
    after = tok.end + len(tok.suffix)
    for t, _, s, e in req.tags:
        if t.startswith("o:") and (0 <= s - after <= 2 or 0 <= tok.start - e <= 2):
            return t[2:]
    return None


def _named(req: _Request, noun: str | None = None) -> _Tok | None:
    """A name given with a naming cue: "named web", "web이라는 이름", "이름은 web"."""
    for tok in req.kinds("name", "container", "image", "cue"):
        if tok.kind == "cue" and tok.low in L.EN_FILLER:
            continue
        if _name_cue_before(req, tok) or re.match(r"(이?라는|이?란|이?라고)", tok.suffix):
            kind = _adjacent_noun_after(req, tok)
            if noun is None or kind in (None, noun):
                return tok
    return None


def _name_cue_before(req: _Request, tok: _Tok) -> bool:
    before = req.low[max(0, tok.start - 24):tok.start]
    return bool(re.search(r"(?:named|called|call\s+it|calling\s+it|name\s+(?:it|is|of)?|name:|"
                          r"name\s*=|with the name|"
                          r"이름(?:은|을|는|이|:)?|이름으로)\s*(?:as\s+|to\s+)?['\"]?\s*$", before))


def _adjacent_noun_after(req: _Request, tok: _Tok) -> str | None:
    after = tok.end + len(tok.suffix)
    for t, _, s, _ in req.tags:
        if t.startswith("o:") and 0 <= s - after <= 8:
            return t[2:]
    return None


def _object_name(req: _Request, noun: str) -> _Tok | None:
    """The name of a network or volume: "mynet 네트워크", "network mynet", "network called mynet"."""
    named = _named(req, noun)
    if named is not None and _adjacent_noun_after(req, named) in (noun, None) and \
            (noun in (_adjacent_noun_after(req, named), _adjacent_noun(req, named))
             or req.has(f"o:{noun}")):
        return named
    for tok in req.kinds("name", "container", "image"):
        if _adjacent_noun(req, tok) == noun:
            return tok
    return None


def _images(req: _Request, used: bool = False) -> list[_Tok]:
    return req.kinds("image", free=not used)


def _image_ref(req: _Request, tok: _Tok) -> str:
    """``tok`` plus a version said as a separate word: "ubuntu 22.04", "node 20 버전"."""
    ref = tok.fixed or tok.low
    if ":" in ref:
        return ref
    nxt = _next_tok(req, tok)
    if nxt and not nxt.used and (nxt.low in L.TAG_WORDS or (
            nxt.kind == "number" and re.fullmatch(r"\d{1,2}(?:\.\d+)*|\d+\.\d+(?:\.\d+)*", nxt.low)
            and not nxt.suffix.startswith(("번", "개", "로", "으로", "포트")))):
        gap = req.low[tok.end + len(tok.suffix):nxt.start]
        if re.fullmatch(r"\s*(?:version|버전|tag|태그)?\s*", gap):
            nxt.used = True
            return f"{ref}:{nxt.low}"
    return ref


def _next_tok(req: _Request, tok: _Tok) -> _Tok | None:
    later = [t for t in req.toks if t.start >= tok.end]
    return later[0] if later else None


def _ports(req: _Request, image: str | None) -> list[str]:
    found = sorted(req.values.get("port", []))
    if not found:
        found = [(t.start, t.low, None) for t in req.kinds("number")
                 if re.fullmatch(r"\d{2,5}", t.low) and t.suffix.startswith(("으로", "로"))][:1]
    specs = []
    for _, host, cont in found:
        specs.append(f"{host}:{cont or _container_port(req, image, host)}")
    return specs


def _container_port(req: _Request, image: str | None, host: str) -> str:
    known = L.KNOWN_PORTS.get(_repo(image or ""))
    if known:
        return known
    if image is None or image.startswith("<"):
        return "<container-port>"
    raise _Ask("port", image=image, host=host, intent="run")


def _time(req: _Request, slot: str) -> str | None:
    value = req.first(slot)
    if not value:
        return None
    if len(value) == 1:
        return value[0]
    number, unit = value[0], _DUR_UNIT[re.sub(r"\s+", "", value[1])]
    if unit == "d":
        return f"{_trim(float(number) * 24)}h"
    return f"{number}{unit}"


def _trim(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def _seconds(req: _Request) -> str | None:
    value = req.first("dur") or req.first("since") or req.first("until")
    if not value or len(value) < 2:
        return None
    unit = _DUR_UNIT[re.sub(r"\s+", "", value[1])]
    factor = {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    return _trim(float(value[0]) * factor)


def _kvs(req: _Request) -> list[str]:
    pairs = [req.word(t) for t in req.kinds("kv")]
    return pairs + [v for _, v in sorted(req.values.get("env", []))]


def _paths(req: _Request) -> list[_Tok]:
    return req.kinds("path")


def _states(req: _Request, intent: str):
    if req.has("s:stopped"):
        return {"stopped"}
    if req.has("s:running"):
        return {"running"}
    return _STATES.get(intent)


def _targets(req: _Request, intent: str, many: bool = False) -> list[str]:
    """The containers a request is about, resolved against the caller's context."""
    named = _container_names(req, intent)
    if named:
        return named if many else named[:1]
    ctx = req.ctx
    if req.has("m:last"):
        if ctx.containers:
            return [ctx.newest()]
        raise _Ask(_ask_key(intent), intent=_cmd_name(intent))
    repos = {_repo(req.word(t)) for t in _images(req)}
    if repos and not ctx.containers:
        tok = _images(req)[0]
        req.tags.append(("m:guess", "image-as-name", -1, -1))
        return [_take(tok)]
    pool = ctx.pool(_states(req, intent), repos or None) if ctx.containers else []
    if repos and not pool:
        pool = ctx.pool(None, repos)
    if many and req.has("m:all") and pool:
        return pool
    if len(pool) == 1:
        return pool
    if ctx.containers:
        raise _Ask(_ask_key(intent), candidates=pool or ctx.names, intent=_cmd_name(intent))
    if _deictic_or_chat(req):
        raise _Ask(_ask_key(intent), intent=_cmd_name(intent))
    return ["<container>"]


def _ask_key(intent: str) -> str:
    key = f"container:{intent}"
    return key if key in L.ASK else "container"


def _cmd_name(intent: str) -> str:
    return {"remove": "rm"}.get(intent, intent)


def _container_names(req: _Request, intent: str) -> list[str]:
    names = []
    for tok in _names(req):
        if tok.kind == "name" and req.ctx.containers and not _looks_like_name(tok):
            continue
        names.append(_take(tok))
    return names


def _looks_like_name(tok: _Tok) -> bool:
    return bool(re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", tok.low)) and (
        any(c.isdigit() for c in tok.low) or "-" in tok.low or "_" in tok.low or len(tok.low) >= 2)


# ===========================================================================
# Plans, one per intent
# ===========================================================================

def _plan(req: _Request) -> _Plan:
    if _HELP.search(req.low) and req.actions():
        return _help_plan(req)
    action, cue = _intent(req)
    near = [s for a, _, s in req.actions() if a == action] or \
        [len(req.low) if req.lang == "ko" else 0]
    name = _command_for(action, req, near)
    typed = _typed_flags(req, grammar.COMMANDS.get(name))
    plan = BUILDERS[name](req, cue) if name in BUILDERS else _simple(req, name)
    plan.corrections = req.corrections + plan.corrections
    if req.has("m:guess"):
        plan.confidence -= 0.2
    plan.confidence -= 0.05 * len(req.corrections)
    if plan.command in grammar.COMMANDS:
        _add_typed_flags(plan, typed)
    return plan


def _help_plan(req: _Request) -> _Plan:
    action, _ = _intent(req)
    name = _command_for(action, req, [0])
    raise _Ask("intent", alternatives=[f"docker {name} --help"], intent=name)


def _command_for(action: str, req: _Request, near: list[int]) -> str:
    obj = _object(req, near)
    table = {
        "list": {"image": "images", "network": "network ls", "volume": "volume ls"},
        "remove": {"image": "rmi", "network": "network rm", "volume": "volume rm"},
        "create": {"network": "network create", "volume": "volume create", "image": "build"},
        "inspect": {"network": "network inspect", "volume": "volume inspect"},
    }
    if action == "list" and obj in ("volume", "network") and _object_name(req, obj):
        return f"{obj} inspect"
    nouns = {t[2:] for t, _, _, _ in req.tags if t.startswith("o:")}
    if action == "inspect" and len(nouns) > 1:
        return "inspect"
    if action in table:
        found = table[action].get(obj)
        if found:
            return found
        return {"list": "ps", "remove": _remove_kind(req), "create": _create_kind(req),
                "inspect": "inspect"}[action]
    return {"connect": "network connect", "disconnect": "network disconnect"}.get(action, action)


def _remove_kind(req: _Request) -> str:
    images = _images(req)
    names = req.kinds("container", "name")
    if images and not names and not req.has("o:container"):
        tok = images[0]
        if req.ctx.containers and tok.text in req.ctx.names:
            return "rm"
        if req.ctx.known_image(tok.low) or ":" in tok.low or "/" in tok.low:
            return "rmi"
    return "rm"


def _create_kind(req: _Request) -> str:
    if req.has("m:without-start") or (req.lang == "en" and "create" in req.cues("a:create")) or \
            "생성" in req.cues("a:create"):
        return "create" if (req.kinds("image") or req.has("o:container")) else "run"
    return "run"


def _run_image(req: _Request) -> str:
    images = _images(req)
    if images:
        preferred = [t for t in images if _adjacent_noun(req, t) == "image" or
                     t.suffix.startswith(("에서", "로", "으로", "를", "을", "이미지"))
                     or re.search(r"\b(?:in|using|from|with|of)\s+(?:the\s+|an?\s+)?$",
                                  req.low[max(0, t.start - 12):t.start])]
        tok = (preferred or images)[0]
        ref = _image_ref(req, tok)
        tok.used = True
        return ref
    names = [t for t in req.kinds("name") if not _is_named(req, t)]
    if names:
        return _take(names[0]).lower()
    if req.has("m:webserver"):
        return L.DEFAULT_WEB_SERVER
    if req.ctx.images and _deictic_or_chat(req):
        raise _Ask("image:run", candidates=req.ctx.images[:8], intent="run")
    if _deictic_or_chat(req):
        raise _Ask("image:run", intent="run")
    return "<image>"


def _is_named(req: _Request, tok: _Tok) -> bool:
    return _name_cue_before(req, tok) or bool(re.match(r"(이?라는|이?란|이?라고)", tok.suffix))


def _container_command(req: _Request, peek: bool = False) -> list[str]:
    """What to run inside: quoted text, or words from a known program on."""
    for text, _ in req.quoted:
        if not _KV.fullmatch(text) and text.strip():
            try:
                return shlex.split(text)
            except ValueError:
                return text.split()
    found = [i for i, tok in enumerate(req.toks)
             if not (tok.used or tok.low not in L.PROGRAMS or tok.kind in ("path", "kv", "number", "flag")
                     or tok.text != tok.low or (tok.low in ("sh", "bash") and tok.suffix))]
    if not found:
        return _echo(req, peek) or _list_path(req, peek)
    flagged = [i for i in found if i + 1 < len(req.toks) and req.toks[i + 1].kind == "flag"
               and not req.toks[i].suffix]
    return _command_words(req, (flagged or found)[0], peek) if found else []


_ECHO_EN = re.compile(r"\b(?:prints?|says?|echoe?s?|outputs?|writes?)\s+(?:out\s+)?['\"]?([a-z0-9][\w ,!.'-]*?)['\"]?"
                      r"(?=\s+(?:in|inside|on|with|and|then|using|from)\b|[.!?]?$)")
_ECHO_KO = re.compile(r"([A-Za-z0-9][\w ,!.'-]*?)\s*(?:이?라고|를|을)?\s*(?:출력|찍어|찍고|프린트|print)")


_LIST_PATH = re.compile(r"\b(?:list|show)\s+(?:the\s+)?(?:files\s+(?:in|of|under)\s+)?(/[\w./-]*)")


def _list_path(req: _Request, peek: bool) -> list[str]:
    """"list /etc" inside a container is ``ls /etc``."""
    m = _LIST_PATH.search(req.low)
    if not m:
        return []
    for tok in req.toks:
        if tok.start == m.start(1) and not peek:
            tok.used = tok.in_command = True
    return ["ls", req.text[m.start(1):m.end(1)]]


def _echo(req: _Request, peek: bool) -> list[str]:
    """"print hello", "hello라고 출력해줘": the classic first container command."""
    m = (_ECHO_KO if req.lang == "ko" else _ECHO_EN).search(req.text if req.lang == "ko" else req.low)
    if not m or not req.kinds("image", free=False):
        return []
    words = req.text[m.start(1):m.end(1)].split()
    images = {t.low for t in req.kinds("image", free=False)}
    if not words or words[0].lower() in images or words[0].lower() in L.EN_FILLER:
        return []
    if not peek:
        for tok in req.toks:
            if m.start(1) <= tok.start < m.end(1):
                tok.used = tok.in_command = True
    return ["echo", *words]


def _command_words(req: _Request, i: int, peek: bool = False) -> list[str]:
    words, prev_end = [], req.toks[i].start
    for tok in req.toks[i:]:
        gap = req.low[prev_end:tok.start]
        if HANGUL.search(gap) or (words and tok.low in L.COMMAND_BREAKS and req.lang == "en"):
            break
        if words == [req.toks[i].text] and words[0] in L.SHELLS and not tok.low.startswith("-"):
            break
        if tok.used and words and tok.kind != "flag":
            break
        words.append(tok.text)
        tok.used = tok.used or not peek
        tok.in_command = tok.in_command or not peek
        prev_end = tok.end
        if tok.suffix:
            break
    return words


def _shell_for(image: str, req: _Request) -> str:
    if re.search(r"(?<![a-z])bash(?![a-z])|배시", req.low):
        return "bash"
    if re.search(r"(?<![a-z])zsh(?![a-z])", req.low):
        return "zsh"
    return "bash" if _repo(image) in L.BASH_IMAGES else "sh"


def _wants_shell(req: _Request, cue: str | None) -> bool:
    return bool(req.has("m:shell") or any(c not in L.COMMAND_CUES for c in req.cues("a:exec")))


def _build_run(req: _Request, cue: str | None, command: str = "run") -> _Plan:
    plan = _Plan(command)
    name = _take(_named(req, "container"))
    image = _run_image(req)
    entrypoint = _entrypoint(req)
    run_cmd = _container_command(req)
    shell = (_wants_shell(req, cue) and not run_cmd) or run_cmd[:1] in (["sh"], ["bash"], ["zsh"]) \
        or (len(run_cmd) == 1 and run_cmd[0] in L.INTERACTIVE_PROGRAMS)
    if not run_cmd and not shell and (
            req.has("m:command") or any(c in L.COMMAND_CUES for c in req.cues("a:exec"))):
        run_cmd = ["<command>"]
    if shell:
        run_cmd = [_shell_for(image, req)]
    server = _repo(image) not in L.NOT_SERVERS and not image.startswith("<")
    verbs = set(req.cues("a:run")) | set(req.cues("a:start")) | {cue}
    background = req.has("m:detach") or (bool(verbs & BG_VERBS) and server and not shell
                                         and not req.has("m:interactive"))
    if command == "run":
        plan.opt("detach", background)
    plan.opt("interactive", shell or req.has("m:interactive"))
    plan.opt("tty", shell or req.has("m:interactive"))
    plan.opt("rm", req.has("m:rm-auto"))
    if name is None and req.has("m:name") and not req.has("o:network"):
        name = "<name>"
    plan.opt("name", name)
    plan.opt("entrypoint", entrypoint)
    _run_options(plan, req, image)
    plan.args, plan.rest = [image], run_cmd
    if req.has("m:webserver") and image == L.DEFAULT_WEB_SERVER and not _images(req, used=True):
        plan.confidence = 0.7
        plan.alternatives.append([w if w != image else "httpd" for w in plan.argv()])
    return plan


def _entrypoint(req: _Request) -> str | None:
    if not req.has("m:entrypoint"):
        return None
    for at in req.where("m:entrypoint"):
        nxt = next((t for t in req.toks if t.start > at and not t.used and t.kind != "cue"), None)
        if nxt is not None and nxt.start - at < 24:
            return _take(nxt)
    return "<command>"


def _run_options(plan: _Plan, req: _Request, image: str):
    for spec in _ports(req, image):
        plan.opt("publish", spec)
    if req.has("m:publish-all"):
        plan.opt("publish-all")
    elif req.has("m:port") and not plan.has("publish") and req.cues("m:port") != ["map"]:
        known = L.KNOWN_PORTS.get(_repo(image), "<container-port>")
        plan.opt("publish", f"<host-port>:{known}")
    _env_options(plan, req, "env", image)
    _mount_options(plan, req)
    _network_option(plan, req)
    _limit_options(plan, req)
    _user_workdir(plan, req)
    plan.opt("privileged", req.has("m:privileged"))
    plan.opt("restart", _restart_policy(req))
    if req.has("m:read-only") and not any(o == "volume" for o, _ in plan.options):
        plan.opt("read-only")
    plan.opt("platform", _platform(req))


def _password(req: _Request, image: str | None) -> list[str]:
    value = req.first("password")
    var = L.PASSWORD_ENV.get(_repo(image or ""))
    return [f"{var}={value}"] if value and var else []


def _env_options(plan: _Plan, req: _Request, flag: str, image: str | None = None):
    pairs = _kvs(req) + (_password(req, image) if flag == "env" else [])
    label = req.has("m:label")
    for pair in pairs:
        plan.opt("label" if label and flag == "env" else flag, pair)
    if not pairs and req.has("m:env"):
        plan.opt(flag, "<KEY>=<value>")
    if not pairs and label and plan.command in ("run", "build", "network create", "volume create"):
        plan.opt("label", "<key>=<value>")
    if not pairs and req.has("m:env") and flag == "label":
        return


def _mount_options(plan: _Plan, req: _Request):
    specs = [req.word(t) for t in _paths(req) if ":/" in t.low and not t.used]
    for tok in _paths(req):
        if ":/" in tok.low:
            tok.used = True
    for source, target, _ in req.hosts:
        if source == "." and not (req.has("m:mount") or req.has("o:volume")):
            continue
        specs.append(f"{source}:{_mount_target(req) or target}")
    if not specs and (req.has("m:mount") or req.has("o:volume")):
        specs = _volume_mount(req)
    ro = ":ro" if req.has("m:read-only") else ""
    for spec in specs:
        plan.opt("volume", spec + (ro if not spec.endswith(":ro") else ""))


def _mount_target(req: _Request) -> str | None:
    for tok in _paths(req):
        if tok.low.startswith("/") and not tok.used and not _is_workdir(req, tok):
            tok.used = True
            return tok.text
    return None


def _volume_mount(req: _Request) -> list[str]:
    name = _object_name(req, "volume")
    source = _take(name) if name else None
    target = _mount_target(req)
    if source is None and target is None:
        return ["<volume>:<path>"]
    return [f"{source or '<volume>'}:{target or '<path>'}"]


def _is_workdir(req: _Request, tok: _Tok) -> bool:
    before = req.low[max(0, tok.start - 28):tok.start]
    after = req.low[tok.end:tok.end + 12]
    after = req.low[tok.end:tok.end + 30]
    return bool(re.search(r"(작업\s*(?:디렉[터토]리|폴더|경로|위치)|working\s+dir(?:ectory)?|workdir|"
                          r"work\s+dir(?:ectory)?|cwd)\S*\s*(?:를|을|은|는|is|as|to|of|at|in|:)?\s*$",
                          before) or re.match(r"\S*\s*(?:as|for)\s+(?:the\s+|a\s+)?(?:working|work)\s+dir",
                                              after) or re.match(r"\S*\s*(?:을|를)?\s*작업\s*(?:디렉|폴더|경로)", after)
                or re.match(r"\S*\s*(?:디렉[터토]리|폴더|directory|folder|dir)\s*(?:에서|안에서|in)?",
                            after) and not re.search(r"mount|마운트", req.low))


def _network_option(plan: _Plan, req: _Request):
    if not req.has("o:network"):
        return
    tok = _object_name(req, "network")
    plan.opt("network", _take(tok) if tok else "<network>")


def _limit_options(plan: _Plan, req: _Request):
    size = req.first("bytes")
    if size:
        plan.opt("memory", size)
    elif req.has("m:memory"):
        plan.opt("memory", _bare_number(req, "m") or "<size>")
    cpus = req.first("cpu")
    if cpus:
        plan.opt("cpus", cpus[0])
    elif req.has("m:cpu"):
        plan.opt("cpus", "<cpus>")


def _bare_number(req: _Request, unit: str) -> str | None:
    for tok in req.kinds("number"):
        tok.used = True
        return tok.low + unit
    return None


def _user_workdir(plan: _Plan, req: _Request):
    for tok in _paths(req):
        if not tok.used and _is_workdir(req, tok):
            tok.used = True
            plan.opt("workdir", tok.text)
    if req.has("m:workdir") and not plan.has("workdir"):
        plan.opt("workdir", "<path>")
    user = _user(req)
    if user:
        plan.opt("user", user)
    elif req.has("m:user"):
        plan.opt("user", "<user>")


def _user(req: _Request) -> str | None:
    m = re.search(r"\bas\s+(root|\d+(?::\d+)?)\b|\bas\s+(?:the\s+)?([a-z_][a-z0-9_-]*)\s+user\b"
                  r"|\b(?:user|uid|username)\s+(?:named\s+|called\s+|id\s+)?([a-z_][a-z0-9_-]*|\d+(?::\d+)?)"
                  r"|([a-z_][a-z0-9_-]*|\d+)\s*(?:사용자|유저|계정)(?:로|으로|권한으로)"
                  r"|(?:사용자|유저|계정|uid)\s*(?:를|을|은|는)?\s*([a-z_][a-z0-9_-]*|\d+(?::\d+)?)"
                  r"|(root|루트)\s*(?:로|으로|권한으로|권한|사용자로|계정으로)", req.scan)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    if value in ("a", "an", "the", "it", "well", "root's", "background", "daemon", "specific",
                 "given", "different", "custom", "particular", "certain", "non-root", "uid", "id"):
        return None
    for tok in req.toks:
        if tok.low == value:
            tok.used = True
    return "root" if value == "루트" else value


def _restart_policy(req: _Request) -> str | None:
    low = req.low
    if re.search(r"unless[- ]stopped", low):
        return "unless-stopped"
    m = re.search(r"on[- ]failure(?::(\d+))?|실패\s*(?:하면|시|할 때)\s*(?:재시작|다시)", low)
    if m:
        return "on-failure" + (f":{m.group(1)}" if m and m.lastindex and m.group(1) else "")
    if re.search(r"restart\s+(?:policy\s+)?always|always\s+restart|항상\s*재시작|자동\s*(?:으로\s*)?재시작|"
                 r"restart\s+automatically|auto[- ]?restart|죽으면\s*(?:다시|자동)|재부팅\s*(?:되어도|후에도)",
                 low):
        return "always"
    return None


def _platform(req: _Request) -> str | None:
    value = req.first("platform")
    if not value:
        return "<platform>" if req.has("m:platform") else None
    arch = value[0]
    return arch if arch.startswith("linux/") else "linux/" + {"x86_64": "amd64", "x86-64": "amd64",
                                                             "aarch64": "arm64"}.get(arch, arch)


def _build_create(req: _Request, cue: str | None) -> _Plan:
    return _build_run(req, cue, "create")


def _build_exec(req: _Request, cue: str | None) -> _Plan:
    containers = [t for t in req.kinds("container")]
    images = _images(req)
    names = [t for t in _names(req) if t.kind == "name" and not _is_named(req, t)]
    if not containers and images and not names and not req.has("m:last") and \
            not (req.ctx.containers and req.ctx.pool(None, {_repo(req.word(images[0]))})):
        return _build_run(req, cue)
    plan = _Plan("exec")
    run_cmd = _container_command(req) or _phrase_command(req)
    target = _targets(req, "exec")[0]
    if not run_cmd:
        shell = _wants_shell(req, cue) or req.has("m:interactive")
        run_cmd = [_shell_for("", req)] if shell else ["<command>"]
        plan.opt("interactive", shell)
        plan.opt("tty", shell)
    else:
        enter = any(c not in L.COMMAND_CUES for c in req.cues("a:exec")) or run_cmd[0] in L.SHELLS \
            or (len(run_cmd) == 1 and run_cmd[0] in L.INTERACTIVE_PROGRAMS)
        plan.opt("interactive", req.has("m:interactive") or enter)
        plan.opt("tty", req.has("m:interactive") or enter)
    plan.opt("interactive", req.has("m:stdin"))
    plan.opt("detach", req.has("m:detach"))
    if run_cmd[:1] != ["env"]:
        _env_options(plan, req, "env")
    _user_workdir(plan, req)
    plan.args, plan.rest = [target], run_cmd
    return plan


def _phrase_command(req: _Request) -> list[str]:
    """"파일 목록" → ls, "environment variables" → env (inside a container)."""
    program = _program_phrase(req)
    if program is None or (program == "env" and _kvs(req)):
        return []
    path = next((t for t in _paths(req) if not t.used and t.low.startswith("/")
                 and not _is_workdir(req, t)), None) if program == "ls" else None
    return [program] + ([_take(path)] if path else [])


def _build_logs(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("logs")
    target = _targets(req, "logs")[0]
    lines = req.first("lines") or (req.first("count") if req.first("count") else None)
    follow = [c for c in req.cues("m:follow") if c != "tail" or not lines]
    plan.opt("follow", bool(follow))
    plan.opt("tail", lines[0] if lines else None)
    point = req.has("m:time-point")
    plan.opt("since", _time(req, "since") or ("<time>" if req.has("m:since") and (
        point or "since" in req.cues("m:since")) else None))
    plan.opt("until", _time(req, "until") or ("<time>" if req.has("m:until") and (
        point or "until" in req.cues("m:until")) else None))
    plan.opt("timestamps", req.has("m:timestamps"))
    plan.opt("details", req.has("m:details"))
    plan.args = [target]
    return plan


def _build_ps(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("ps")
    plan.opt("all", req.has("m:all") and not (req.has("m:last") and not req.first("count")))
    status = next((s for t, s in (("s:stopped", "exited"), ("s:paused", "paused"),
                                  ("s:created", "created")) if req.has(t)), None)
    if status and not req.has("m:all"):
        plan.opt("filter", f"status={status}")
    for kv in [k for k in _kvs(req) if k.split("=")[0] in _FILTER_KEYS]:
        plan.opt("filter", kv)
    _ps_filters(plan, req)
    if req.has("m:exit-code"):
        code = re.search(r"(?:code|코드)\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:번\s*)?(?:코드|code)", req.low)
        plan.opt("filter", f"exited={(code.group(1) or code.group(2)) if code else '<code>'}")
        plan.opt("all")
    if req.has("m:from-image") and not plan.has("filter"):
        plan.opt("filter", "ancestor=<image>")
    if req.has("m:filter") and not plan.has("filter"):
        plan.opt("filter", "<key>=<value>")
    count = req.first("count")
    if count:
        plan.opt("last", count[0])
    else:
        plan.opt("latest", req.has("m:last"))
    plan.opt("quiet", req.has("m:quiet"))
    plan.opt("size", req.has("m:size"))
    plan.opt("no-trunc", req.has("m:no-trunc"))
    if re.search(r"\bjson\b|json\s*(?:으로|형식)", req.low):
        plan.opt("format", "json")
    return plan


def _ps_filters(plan: _Plan, req: _Request):
    m = re.search(r"(?:name|names?|이름)\S*\s*(?:contains?|containing|with|matching|like|starting with|"
                  r"includes?|has|에)?\s*['\"]?([a-z0-9][a-z0-9_.-]*)['\"]?\s*(?:이|가)?\s*"
                  r"(?:들어간|들어가는|포함된|포함한|있는|인)?", req.scan)
    if m and req.has("m:name") and m.group(1) not in L.EN_FILLER:
        plan.opt("filter", f"name={m.group(1)}")
        _use(req, m.group(1))
    for tok in _images(req):
        plan.opt("filter", f"ancestor={_take(tok)}")
    for tok in req.kinds("name"):
        if req.has("o:container") and _adjacent_noun(req, tok) == "container":
            plan.opt("filter", f"name={_take(tok)}")


def _use(req: _Request, word: str):
    for tok in req.toks:
        if tok.low == word:
            tok.used = True


def _build_images(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("images")
    plan.opt("all", req.has("m:intermediate"))
    plan.opt("quiet", req.has("m:quiet"))
    plan.opt("digests", req.has("m:digests"))
    if req.has("m:dangling"):
        plan.opt("filter", "dangling=true")
    for kv in [k for k in _kvs(req) if k.split("=")[0] in _FILTER_KEYS]:
        plan.opt("filter", kv)
    if req.has("m:filter") and not plan.has("filter"):
        plan.opt("filter", "<key>=<value>")
    plan.opt("no-trunc", req.has("m:no-trunc"))
    if re.search(r"\bjson\b", req.low):
        plan.opt("format", "json")
    images = _images(req) or [t for t in req.kinds("name") if _adjacent_noun(req, t) == "image"]
    plan.args = [_take(images[0])] if images else []
    return plan


def _build_rm(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("rm")
    targets = _targets(req, "rm", many=True)
    plan.opt("force", req.has("m:force"))
    plan.opt("volumes", req.has("m:rm-volumes"))
    plan.args = targets
    return plan


def _container_verb(name: str, states_key: str):
    def build(req: _Request, cue: str | None) -> _Plan:
        plan = _Plan(name)
        plan.args = _targets(req, states_key, many=True)
        if name in ("stop", "restart"):
            plan.opt("timeout", _seconds(req) or ("<seconds>" if req.has("m:timeout") else None))
            plan.opt("signal", _signal(req))
        if name == "start":
            plan.opt("attach", req.has("m:attach"))
            plan.opt("interactive", req.has("m:interactive"))
        return plan
    return build


def _signal(req: _Request) -> str | None:
    m = re.search(r"\b(sig(?!nal)[a-z0-9]+)\b|\b(?:signal|시그널|신호)\s*(\d{1,2})\b", req.low)
    if m:
        return (m.group(1) or m.group(2)).upper()
    return "<signal>" if req.has("m:signal") else None


def _build_start(req: _Request, cue: str | None) -> _Plan:
    images = _images(req)
    ctx_named = req.kinds("container")
    if images and not ctx_named and not (req.ctx.containers and req.ctx.pool(
            None, {_repo(req.word(images[0]))})):
        return _build_run(req, cue)
    if not ctx_named and not req.kinds("name") and not req.ctx.containers and \
            (req.has("o:image") or req.has("m:webserver") or req.has("m:detach")
             or req.values.get("port")):
        return _build_run(req, cue)
    return _container_verb("start", "start")(req, cue)


def _build_run_or_other(req: _Request, cue: str | None) -> _Plan:
    """"실행"/"run" aimed at an existing container means start it, or exec a command in it."""
    containers = req.kinds("container")
    inside = req.has("m:inside") or any(re.search(r"\b(?:in|inside)\s+(?:the\s+)?$",
                                                  req.low[max(0, t.start - 10):t.start])
                                        or t.suffix.startswith(("에서", "안에서"))
                                        for t in req.kinds("container", "name"))
    if containers and not _images(req):
        if _container_command(req, peek=True) or inside:
            return _build_exec(req, cue)
        return _container_verb("start", "start")(req, cue)
    if inside and not _images(req) and req.kinds("name") and _has_program(req):
        return _build_exec(req, cue)
    if req.has("s:stopped") and not _images(req) and not req.has("m:new-container"):
        return _container_verb("start", "start")(req, cue)
    return _build_run(req, cue)


def _has_program(req: _Request) -> bool:
    return any(t.low in L.PROGRAMS for t in req.toks) or bool(req.quoted)


def _build_rmi(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("rmi")
    images = [_image_ref(req, t) for t in _images(req)] or \
        [_take(t) for t in req.kinds("name") if not t.used]
    if not images:
        images = [_one_image(req, "rmi")]
    plan.opt("force", req.has("m:force"))
    plan.opt("no-prune", req.has("m:no-prune"))
    plan.args = images
    return plan


def _one_image(req: _Request, intent: str) -> str:
    if len(req.ctx.images) == 1 and not req.conversational():
        return req.ctx.images[0]
    if req.ctx.images or _deictic_or_chat(req):
        raise _Ask(f"image:{intent}", candidates=req.ctx.images[:8], intent=intent)
    return "<image>"


def _build_pull(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("pull")
    images = _images(req) or [t for t in req.kinds("name") if not t.used]
    image = _image_ref(req, images[0]) if images else None
    if images:
        images[0].used = True
    plan.opt("all-tags", req.has("m:all-tags"))
    plan.opt("platform", _platform(req))
    plan.opt("quiet", req.has("m:quiet"))
    plan.args = [image or _ask_image(req, "pull")]
    return plan


def _ask_image(req: _Request, intent: str) -> str:
    if _deictic_or_chat(req):
        raise _Ask(f"image:{intent}", candidates=req.ctx.images[:8], intent=intent)
    return "<image>"


def _build_push(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("push")
    images = _images(req) or [t for t in req.kinds("name") if not t.used]
    plan.opt("all-tags", req.has("m:all-tags"))
    plan.opt("quiet", req.has("m:quiet"))
    plan.args = [_image_ref(req, images[-1]) if images else _one_image(req, "push")]
    return plan


def _build_tag(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("tag")
    refs = [t for t in req.toks if t.kind in ("image", "name") and not t.used]
    if req.lang == "ko":
        refs.sort(key=lambda t: 0 if t.suffix.startswith(("을", "를", "에", "의")) else 1)
    words = [_image_ref(req, t) for t in refs[:2]]
    if len(words) == 2 and re.fullmatch(r"v?\d[\w.-]*|latest|stable|dev|prod|test", words[1]):
        words[1] = f"{_repo(words[0])}:{words[1]}"
    if len(words) == 1 and len(req.ctx.images) == 1 and words[0] != req.ctx.images[0]:
        words = [req.ctx.images[0], words[0]]
    if len(words) < 2:
        if _deictic_or_chat(req) and not words:
            raise _Ask("image:tag", candidates=req.ctx.images[:8], intent="tag")
        words = (words + ["<image>", "<target>"])[:2] if words else ["<image>", "<target>"]
    plan.args = words
    return plan


def _build_inspect(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("inspect")
    names = [_take(t) for t in req.kinds("container", "name")]
    images = [_image_ref(req, t) for t in _images(req)]
    if not names and not images:
        names = _targets(req, "inspect")
    for words, template in L.INSPECT_FORMATS:
        if _phrases(words).search(req.low):
            plan.opt("format", template)
            break
    plan.opt("size", req.has("m:size"))
    plan.args = names + images
    return plan


def _build_build(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("build")
    dockerfile = next((t for t in req.toks if "dockerfile" in t.low and t.low != "dockerfile"
                       and not t.used), None)
    tag = _build_tag_name(req)
    if tag is None and (req.has("a:tag") or req.has("m:name")):
        tag = "<image>:<tag>"
    plan.opt("tag", tag)
    if dockerfile:
        plan.opt("file", _take(dockerfile))
    elif req.has("m:dockerfile-path"):
        plan.opt("file", "<dockerfile>")
    plan.opt("no-cache", req.has("m:no-cache"))
    plan.opt("pull", req.has("m:pull-base"))
    plan.opt("quiet", req.has("m:quiet"))
    for pair in _kvs(req):
        plan.opt("label" if req.has("m:label") else "build-arg", pair)
    if (req.has("m:build-arg") or req.has("m:env")) and not _kvs(req):
        plan.opt("build-arg", "<KEY>=<value>")
    plan.opt("platform", _platform(req))
    m = re.search(r"(?:target|stage|타깃|타겟|스테이지)\s*(?:를|을|은|는)?\s*([a-z][\w-]*)|"
                  r"([a-z][\w-]*)\s*(?:스테이지|stage)", req.scan)
    if m:
        plan.opt("target", next(g for g in m.groups() if g))
    context = next((t for t in _paths(req) if not t.used), None)
    plan.args = [_take(context) if context else "."]
    return plan


def _build_tag_name(req: _Request) -> str | None:
    named = _named(req, None)
    if named is not None:
        return _image_ref(req, named)
    for tok in sorted(req.toks, key=lambda t: t.kind != "image"):
        if tok.kind in ("image", "name") and not tok.used and "dockerfile" not in tok.low:
            tok.used = True
            return _image_ref(req, tok)
    return None


def _build_network(name: str):
    def build(req: _Request, cue: str | None) -> _Plan:
        plan = _Plan(name)
        tok = _object_name(req, "network") or next(iter(req.kinds("name", "container")), None)
        if name == "network create":
            driver = next((t for t in req.toks if t.low in ("bridge", "overlay", "macvlan", "ipvlan",
                                                            "host", "none")), None)
            if driver and re.search(r"driver|드라이버", req.low):
                driver.used = True
                plan.opt("driver", driver.low)
            elif req.has("m:custom") or "bridge" in req.low or "브리지" in req.low:
                plan.opt("driver", "bridge")
            plan.opt("internal", req.has("m:internal"))
            plan.opt("subnet", _cidr(req))
            if _kvs(req):
                _env_options(plan, req, "label")
        plan.args = [_take(tok) if tok else _missing_name(req)]
        return plan
    return build


def _cidr(req: _Request) -> str | None:
    m = re.search(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3}/\d{1,2})", req.low)
    return m.group(1) if m else None


def _missing_name(req: _Request) -> str:
    if _deictic_or_chat(req):
        raise _Ask("name:network", intent="network create")
    return "<network>"


def _build_network_list(req: _Request, cue: str | None) -> _Plan:
    plan = _Plan("network ls" if req.has("o:network") else "volume ls")
    plan.opt("quiet", req.has("m:quiet"))
    for kv in _kvs(req):
        plan.opt("filter", kv)
    if req.has("m:dangling") and plan.command == "volume ls":
        plan.opt("filter", "dangling=true")
    if plan.command == "network ls":
        plan.opt("no-trunc", req.has("m:no-trunc"))
    return plan


def _build_object(name: str, noun: str):
    def build(req: _Request, cue: str | None) -> _Plan:
        plan = _Plan(name)
        toks = [t for t in req.kinds("name", "container", "image") if not t.used]
        named = _object_name(req, noun)
        chosen = [named] if named else toks
        plan.args = [_take(t) for t in chosen] or [_missing_object(req, noun, name)]
        if name.endswith(" rm"):
            plan.opt("force", req.has("m:force"))
        if name == "volume create" and (_kvs(req) or req.has("m:label")):
            _env_options(plan, req, "label")
        if name == "volume create" and not [a for a in plan.args if not a.startswith("<")]:
            plan.args = []
        return plan
    return build


def _missing_object(req: _Request, noun: str, name: str) -> str:
    if name.endswith("create"):
        return f"<{noun}>"
    if _deictic_or_chat(req):
        raise _Ask(noun, intent=name)
    return f"<{noun}>"


def _build_connect(name: str):
    def build(req: _Request, cue: str | None) -> _Plan:
        plan = _Plan(name)
        network = _object_name(req, "network") or _by_preposition(req, "network")
        if network is not None:
            network.used = True
        containers = [t for t in req.kinds("container", "name", "image") if not t.used]
        container = containers[0] if containers else None
        if network is None and len(containers) >= 2:
            network, container = _network_of_two(req, containers[:2])
        net = _take(network) if network else _missing_object(req, "network", name)
        plan.args = [net, _take(container) if container else _targets(req, "network connect")[0]]
        if name == "network disconnect":
            plan.opt("force", req.has("m:force"))
        return plan
    return build


def _by_preposition(req: _Request, noun: str) -> _Tok | None:
    for tok in req.kinds("name", "container"):
        before = req.low[max(0, tok.start - 10):tok.start]
        if re.search(r"\b(?:to|from|on|into|onto)\s+(?:the\s+)?$", before) and tok.kind == "name":
            return tok
        if tok.suffix.startswith(("에서", "에", "로", "으로")) and tok.kind == "name":
            return tok
    return None


def _network_of_two(req: _Request, pair: list[_Tok]):
    a, b = pair
    if a.text in req.ctx.names and b.text not in req.ctx.names:
        return b, a
    if "net" in a.low and "net" not in b.low:
        return a, b
    return b, a


def _simple(req: _Request, name: str) -> _Plan:
    """Commands outside the sandbox that a learner still asks for (``docker kill``)."""
    plan = _Plan(name)
    plan.args = _targets(req, "kill" if name == "kill" else "stop", many=True)
    plan.confidence = 0.7
    return plan


BUILDERS = {
    "run": _build_run_or_other, "create": _build_create, "exec": _build_exec,
    "logs": _build_logs, "ps": _build_ps, "images": _build_images, "rm": _build_rm,
    "stop": _container_verb("stop", "stop"), "restart": _container_verb("restart", "restart"),
    "start": _build_start, "rmi": _build_rmi, "pull": _build_pull, "push": _build_push,
    "tag": _build_tag, "inspect": _build_inspect, "build": _build_build,
    "network create": _build_network("network create"),
    "network ls": _build_network_list, "volume ls": _build_network_list,
    "network rm": _build_object("network rm", "network"),
    "network inspect": _build_object("network inspect", "network"),
    "volume create": _build_object("volume create", "volume"),
    "volume rm": _build_object("volume rm", "volume"),
    "volume inspect": _build_object("volume inspect", "volume"),
    "network connect": _build_connect("network connect"),
    "network disconnect": _build_connect("network disconnect"),
}


def _typed_flags(req: _Request, command) -> list[tuple[str, str | None]]:
    """Flags typed inside a sentence ("nginx -d로 실행", "web1 logs -f 보여줘"): the flag
    words and, for flags that take a value, the word after them (taken out of the sentence)."""
    found = []
    for tok in req.toks:
        if tok.kind != "flag" or tok.used:
            continue
        value = None
        if _wants_value(command, tok.low) and "=" not in tok.low:
            value = _word_after(req, tok)
        found.append((tok, value))
    return found


def _wants_value(command, word: str) -> bool:
    commands = [command] if command is not None else list(grammar.COMMANDS.values())
    for cmd in commands:
        if word.startswith("--"):
            flag = cmd.by_long.get(word[2:])
        else:
            flag = cmd.by_short.get(word[-1]) if cmd.by_short.get(word[-1]) and all(
                cmd.by_short.get(c) for c in word[1:]) else cmd.by_long.get(word[1:])
        if flag is not None:
            return not flag.is_bool
    return False


def _word_after(req: _Request, tok: _Tok) -> str | None:
    m = re.match(r"\s+(\S+)", req.text[tok.end + len(tok.suffix):])
    if not m:
        return None
    start = tok.end + len(tok.suffix) + m.start(1)
    word = re.sub(r"[가-힣]+$", "", m.group(1))
    for other in req.toks:
        if start <= other.start < start + len(m.group(1)):
            other.used = True
    return word.rstrip(".,") or None


def _add_typed_flags(plan: _Plan, typed: list):
    command = grammar.COMMANDS[plan.command]
    for tok, value in typed:
        if tok.in_command:
            continue
        word = tok.text
        spelled = word.lower() if word.startswith("--") else word
        for flag, flag_value in _read_flag(command, spelled, value):
            if flag.is_bool:
                plan.opt(flag.long)
            elif flag_value and (not plan.has(flag.long) or flag.repeats):
                plan.opt(flag.long, _bytes_text(flag_value) if flag.kind == "bytes" and
                         _bytes_text(flag_value) else flag_value)


def _read_flag(command, word: str, value: str | None):
    name, eq, attached = word.lstrip("-").partition("=")
    if word.startswith("--") or (name in command.by_long and len(name) > 2):
        flag = command.by_long.get(name)
        return [(flag, attached if eq else value)] if flag else []
    found = []
    for k, ch in enumerate(word[1:]):
        flag = command.by_short.get(ch)
        if flag is None:
            return found
        if not flag.is_bool:
            found.append((flag, word[k + 2:] or value))
            return found
        found.append((flag, True))
    return found

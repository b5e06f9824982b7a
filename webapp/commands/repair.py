"""Commands typed as commands but wrong or incomplete: ``dokcer ps -a``, ``run -name web
ngnix``, ``ps -a``, ``docker logs --tali 5 web1``, ``docker pull ubuntu 22.04``.

The text is read as a command only when it looks like one (a docker subcommand first, no
sentence words after it). It is then repaired step by step from the parser's own errors and
warnings (``fixes``), and every change is listed in ``corrections``. Each fix costs a little
confidence: a command that needed many is less certain than one typed right.
"""
from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING

from . import grammar, parser, slots, suggest, tokens
from . import lexicon as L
from .answers import Ask, corr, result, validated
from .context import name_parts
from .cues import CUE_TAGS, CUES, SHELL_DANGER
from .fixes import fix_dashes, next_fix
from .request import Request
from .text import HANGUL

if TYPE_CHECKING:
    from .context import Ctx

FIX_COST = 0.08              # per correction other than the program name
NO_DOCKER_COST = 0.05        # "ps -a": docker itself was not typed
UNKNOWN_COST = 0.2           # a container the caller does not have: typed, so kept, but doubtful
MAX_STEPS = 10
_OPERATORS = re.compile(r"\|\||&&|[;|&]")
_SHELL_CHAR = re.compile(r"[;&|`]")
_ADVERB = re.compile(r"[a-z]{3,}ly")
# "run redis detached.", "run redis detached, …": a sentence's stop after a word, not a name
_SENTENCE_END = re.compile(r"[a-z]{3,}[.,;]")
# "docker logs -f <the postgres one>", "docker stop (the newest)": a container described in
# words where its name goes
_REFERENT = re.compile(r"(?<=\s)(?:<([^<>|;&$]*[a-z][^<>|;&$]*)>|\(([^()|;&$]*[a-z][^()|;&$]*)\))(?=\s|$)"
                       r"|(?<=\s)((?:the|my)\s+[a-z][\w -]*)$", re.I)
# "docker exec -it my postgres psql -U app": a one-word description, then the command
_REFERENT_THEN_COMMAND = re.compile(
    r"(?<=\s)((?:the|my)\s+[a-z][\w.-]*(?:\s+(?:container|one|box))?)(?=\s+[^\s-])", re.I)
_INTENTS = {"rm": "remove"}
# A remark pasted after a command, as in a chat: "??? is that right", "(is -v right?)",
# "<- only ids right?", "# all of them", ", right?", "맞아?". It is not arguments.
_REMARK = re.compile(
    r"\s+(?:[?!]+|<-+|<=+|←|#)(?:\s.*)?$"
    r"|\s+\((?=[^()]*\?)[^()]*\)?\s*$"
    r"|[\s,]+(?:(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|ok(?:ay)?|wrong)"
    r"|(?:does|will|would)\s+(?:that|this|it)\s+work|am\s+i\s+right)\s*[?!.]*\s*$"
    r"|[\s,]+(?:right|correct|ok(?:ay)?)\s*\?+\s*$|(?<=\S)\?+\s*$"
    r"|\s+(?:이거|이게)?\s*(?:맞|되)(?:아|나|나요|죠|지|니|아요|습니까|는\s*거\s*(?:야|지|죠))\s*\?*\s*$",
    re.I)
# "why does `docker ps -all` give me an error": the command quoted inside a question
_QUOTED_COMMAND = re.compile(r"[`'\"]([a-z]+\s[^`'\"]+)[`'\"]", re.I)
_EXEC = re.compile(r"\S+\s+exec\s", re.I)
# "`docker logs db` so it only shows …", "docker ps -a but just the ids", "docker run -it
# alpine sh — name it x": a typed command and a change to it asked in words
_BACKTICKED = re.compile(r"[`\"]([^`\"]+)[`\"]")
# "a docker:cli container … run `docker ps` in it": the typed command runs inside that image
_DOCKER_CLI_IMAGE = re.compile(r"\bdocker:[\w.-]*cli\b", re.I)
_CHANGE_BREAK = re.compile(r"\s+[—–-]+\s+|[—–]|,\s+|\s+(?:but|so|and)\s+", re.I)


def safe_parse(argv: list[str], ctx: Ctx):
    """The parse of ``argv`` against the caller's containers, or None if the parser fails."""
    try:
        return parser.parse(shlex.join(argv), {"containers": ctx.containers})
    except Exception:  # noqa: BLE001 — a parser bug must not break translation
        return None


def _env_pair(m: re.Match) -> str:
    """``-e KEY value mysql:8``: the value typed apart from its variable, when an image
    or another option (not the value) follows; ``-e HOME alpine`` passes the host's HOME on."""
    value, after = m.group(3), m.group(4)
    imagelike = ":" in after or after in suggest.IMAGE_CATALOGUE or after.startswith("-")
    if not imagelike or ":" in value or value in suggest.IMAGE_CATALOGUE:
        return m.group()
    return f"{m.group(1)}{m.group(2)}={value}"


_TYPED_FIXES = (
    (re.compile(r"(?<=\d);(?=\d)"), ":", ";", ":"),                       # -p 8080;80
    (re.compile(r"\b([A-Za-z_][A-Za-z0-9_]*)\s+=\s+(?=\S)"), r"\1=", " = ", "="),  # -e K = v
    (re.compile(r"(?<=\s)(-e\s+|--env[\s=])([A-Z][A-Z0-9_]*)\s+(?!-)([^\s=]+)(?=\s+(\S+))"),
     _env_pair, " ", "="),                                                  # -e K v image
)


def typed(text: str, lang: str, ctx: Ctx) -> dict | None:
    """The repaired command, or None when the text is a request in words."""
    pasted = _pasted(text)
    if pasted is not None:
        return typed(pasted, lang, ctx)
    if HANGUL.search(text):
        command = _without_request_verb(text)
        if command:
            return typed(command, lang, ctx)
        exact = parser.parse(text)      # Korean inside a valid command's arguments is kept
        return validated(exact, lang, 1.0, [], []) if exact.ok and exact.had_program else None
    text, fixes = _text_fixes(text)
    text = _referent(text, lang, ctx, fixes)
    try:
        words = tokens.split(text)
    except tokens.UnclosedQuote:
        return None
    if words and words[0].text.lower() in L.DROP_WORDS:
        fixes.append(corr(words[0].text, "", "program"))
        words = words[1:]
    if not words:
        return None
    texts = [w.text for w in words]
    explicit = _is_program(texts[0])
    if explicit and texts[0] != "docker":
        fixes.append(corr(texts[0], "docker", "program"))
    body = texts[1:] if explicit else texts
    if not explicit and not _looks_typed(body, ctx):
        return None
    if explicit and texts[0].lower() != "docker" and not _after_misspelt_program(body):
        return None          # "worker should stop now": a name that looks like "docker"
    if any(tokens.is_operator(w) for w in words):
        return _with_operators(text, lang, ctx)
    if not explicit:
        fixes.append(corr("", "docker", "program"))
    if not body:
        raise Ask("intent")
    return _repair(body, fixes, lang, ctx, explicit)


def command_and_change(text: str) -> tuple[str, str] | None:
    """A typed command and the change asked in words around it (None when the text is not
    one, or the words are no request)."""
    m = _BACKTICKED.search(text)
    if m and _typed_command(m.group(1)):
        command, words = m.group(1), text[:m.start()] + " " + text[m.end():]
    elif (m := _CHANGE_BREAK.search(text)) and _typed_command(text[:m.start()]):
        command, words = text[:m.start()], text[m.end():]
    else:
        return None
    if _DOCKER_CLI_IMAGE.search(words):
        return None
    said = [w.strip(".,?!").lower() for w in words.split()]
    if not any(w in L.EN_FILLER or w in L.NL_MARKERS or CUES.fullmatch(w) for w in said):
        return None
    return command.strip(), " ".join(words.split())


def _typed_command(text: str) -> bool:
    first = text.split(None, 1)
    return len(first) == 2 and _is_program(first[0]) and not _SHELL_CHAR.search(text)


def _pasted(text: str) -> str | None:
    """The command a learner pasted into a question or a remark, without them (None when
    the text is not one)."""
    first = text.split(None, 1)[0] if text.strip() else ""
    if first[:1] not in "`'\"" and (_is_program(first) or _known_first(first.lower())):
        m = _REMARK.search(text)
        command = text[:m.start()] if m and m.start() else None
        around = text[m.start():] if command else ""
    else:
        m = _QUOTED_COMMAND.search(text)
        command = m.group(1) if m and _is_program(m.group(1).split()[0]) else None
        around = text[:m.start()] + " " + text[m.end():] if command else ""
    risky = _OPERATORS.search(around) or SHELL_DANGER.search(around.lower())
    return None if risky or _DOCKER_CLI_IMAGE.search(around) else command


_KO_LAST = re.compile(r"\s+([가-힣]+[.!?~]*)\s*$")
_KO_ENDINGS = ("", "해", "해요", "하자", "해봐", "해라")
# Read-only commands a "보여줘" / "확인" after a typed command agrees with.
_READS = {"ps", "images", "logs", "inspect", "stats", "top", "port", "diff", "history", "version",
          "info", "events", "search", "container ls", "image ls", "volume ls", "network ls",
          "volume inspect", "network inspect", "image inspect", "container inspect"}


def _without_request_verb(text: str) -> str | None:
    """``docker ps -a 보여줘``, ``docker run -d nginx 실행해줘``: a typed command, then the
    request's own Korean verb; the command without it (None when the verb asks for something
    else, or the Korean words are the command's own arguments)."""
    first = text.split(None, 1)[0] if text.strip() else ""
    if not (first.isascii() and _is_program(first)):
        return None
    head, tags = text, []
    while (m := _KO_LAST.search(head)) and (tag := _request_word(m.group(1))):
        head, tags = head[:m.start()], tags + [tag]
    words = head.split()
    if not tags or not words or not _is_program(words[0]):
        return None
    command, _ = grammar.resolve(words[1:])
    reads = command is not None and command.name in _READS
    return head if all(t in ("a:run", "m:conv") or (t == "a:list" and reads) for t in tags) else None


def _request_word(word: str) -> str | None:
    """The cue tag of a Korean request word ("실행해줘" → a:run, "좀" → m:conv), or None."""
    word = word.rstrip(".!?~")
    found = list(CUES.finditer(word))
    if not found or found[0][1] > 1 or word[found[-1][2]:] not in _KO_ENDINGS:
        return None
    tags = [CUE_TAGS.get(c) for c, _, _ in found]
    action = next((t for t in tags if t and t.startswith("a:")), None)
    if any(t is None or not t.startswith(("a:", "m:conv")) for t in tags):
        return None
    return action or "m:conv"


def _text_fixes(text: str) -> tuple[str, list[dict]]:
    """Slips inside values: ``-p 8080;80``, ``-e FOO = bar``."""
    fixes = []
    for pattern, repl, frm, to in _TYPED_FIXES:
        fixed = pattern.sub(repl, text)
        if fixed != text and text.lstrip().lower().startswith(("docker", "dokcer", "run", "sudo")):
            fixes.append(corr(frm, to, "value"))
            text = fixed
    return text, fixes


def _referent(text: str, lang: str, ctx: Ctx, fixes: list[dict]) -> str:
    """The container a description in brackets (or "the …" after the options) points at,
    read like a sentence would be."""
    m, described, bare = _referent_match(text)
    before = text[:m.start()].split() if m else []
    if m is None or not ctx.containers or not before or not _is_program(before[0]):
        return text
    typed_name = next((w.lower() for w in before[1:] if not w.startswith("-")), "")
    name = _subcommand(typed_name)
    command = grammar.COMMANDS.get(name)
    if command is None or not command.args or command.args[0].kind != "container":
        return text
    if bare and not _only_options(before[before.index(typed_name) + 1:] if typed_name in before else []):
        return text                     # "docker logs for the last hour": a sentence
    try:
        found = slots.targets(Request(described, lang, ctx), _INTENTS.get(name, name))
    except Ask:
        found = _by_part(described, ctx)
        if not found and not bare:
            raise
    if not found or found[0] not in ctx.names:
        found = _by_part(described, ctx)
    if not found:
        return text
    fixes.append(corr(m.group(), found[0], "container"))
    return text[:m.start()] + found[0] + text[m.end():]


def _subcommand(word: str) -> str:
    """``strat`` → ``start``: the subcommand a typed word most likely is (repaired later)."""
    if word in grammar.COMMANDS or not _close_first(word):
        return word
    found = suggest.closest(word, _FIRST_WORDS, 0.65)
    return L.SUBCOMMAND_ALIASES.get(found, found)


_DESCRIBING = {"the", "my", "one", "container", "box"}


def _by_part(described: str, ctx: Ctx) -> list[str]:
    """"the api one" beside shop-api: the one container with that word in its name."""
    words = [w for w in described.lower().split() if w not in _DESCRIBING]
    found = [n for n in ctx.names if len(words) == 1 and words[0] in name_parts(n)]
    return found if len(found) == 1 else []


def _referent_match(text: str):
    """The description of a container in ``text``, its words, and whether it is bare (not in
    brackets)."""
    m = _REFERENT_THEN_COMMAND.search(text) if _EXEC.match(text) or _misspelt_exec(text) else None
    if m:
        return m, m.group(1), True
    m = _REFERENT.search(text)
    if m is None:
        return None, "", False
    return m, m.group(1) or m.group(2) or m.group(3), bool(m.group(3))


def _misspelt_exec(text: str) -> bool:
    """"docker exce -it my redis bash": exec misspelt is still exec (its command typed is kept)."""
    words = text.split(None, 2)
    return len(words) > 2 and words[1][:2].lower() == "ex" and _subcommand(words[1].lower()) == "exec"


def _only_options(words: list[str]) -> bool:
    """Flags, each maybe followed by its value: ``-t=15``, ``--tail 20``."""
    return all(w.startswith("-") or (i and words[i - 1].startswith("-") and "=" not in words[i - 1])
               for i, w in enumerate(words))


def _with_operators(text: str, lang: str, ctx: Ctx) -> dict | None:
    """``docker stop $(docker ps -q)`` is spelled out; other shell operators are refused with
    the docker parts offered."""
    expanded = _expand_ps(text, ctx)
    if expanded is None:
        raise Ask("shell", alternatives=_segments(text, ctx))
    return typed(expanded, lang, ctx)


def _is_program(word: str) -> bool:
    word = word.lower()
    return word == "docker" or (word not in L.EN_FILLER and len(word) >= 4 and
                                suggest.closest(word, L.PROGRAM_WORDS, 0.65) is not None)


# "docker vol rm x", "net ls": the short forms people type for docker's object groups
_GROUP_SHORT = {"vol": "volume", "vols": "volume", "net": "network", "img": "image",
                "imgs": "image", "cont": "container", "ctr": "container"}


def _known_first(word: str) -> bool:
    return (word in grammar.SPELLINGS or word in grammar.MANAGEMENT or word in grammar.OTHER
            or word in L.SUBCOMMAND_ALIASES or word in _GROUP_SHORT)


def _close_first(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and bool(suggest.closest(word, _FIRST_WORDS, 0.65))


def _has_sentence_words(words: list[str]) -> bool:
    return any(w.lower().rstrip(":") in L.NL_MARKERS or _ADVERB.fullmatch(w.lower())    # "network:"
               for w in words if not w.startswith("-")) or \
        bool(words and _SENTENCE_END.fullmatch(words[-1]))


def _after_misspelt_program(words: list[str]) -> bool:
    """What follows a misspelt ``docker`` reads as a command: a subcommand (maybe misspelt)
    or a flag first, or nothing."""
    first = words[0].lower() if words else ""
    return not words or first.startswith("-") or _known_first(first) or _close_first(first)


def _looks_typed(words: list[str], ctx: Ctx) -> bool:
    first = words[0].lower() if words else ""
    if not _known_first(first) and not (_close_first(first) and (
            any(w.startswith("-") for w in words[1:]) or _misspelt_before_names(words, ctx))):
        return False
    if _has_sentence_words(words[1:]):
        return False
    if first == "start" and len(words) == 2 and not words[1].startswith("-"):
        return ctx.known_image(words[1]) is False and words[1] not in suggest.IMAGE_CATALOGUE
    return True


_BARE_NAME = re.compile(r"[a-z0-9][a-z0-9_.:/-]*")


def _misspelt_before_names(words: list[str], ctx: Ctx) -> bool:
    """``strt cache1``: one subcommand near the first word, then only names (the caller's,
    when we know them), no word of a sentence."""
    first, rest = words[0].lower(), [w.lower() for w in words[1:]]
    if first in L.EN_FILLER or CUES.fullmatch(first):
        return False
    found = {L.SUBCOMMAND_ALIASES.get(w, w) for w in suggest.tied(first, _FIRST_WORDS, 0.75)}
    # a typo keeps the first letter; "have fun" is not "save fun"
    if not (1 <= len(rest) <= 3 or len(first) >= 5) or len(found) != 1 or \
            min(found)[0] != first[0]:
        return False
    if any(not _BARE_NAME.fullmatch(w) or w in L.EN_FILLER or w in L.NL_MARKERS
           or CUES.fullmatch(w) for w in rest):
        return False
    return not ctx.containers or all(w in ctx.names for w in words[1:])


_FIRST_WORDS = sorted({s.split()[0] for s in grammar.all_spellings()})

_PS_Q = re.compile(r"\$\(\s*docker\s+(?:ps|container\s+ls)\s+(-a\s+-q|-q\s+-a|-aq|-qa|-q)\s*\)")


def _expand_ps(text: str, ctx: Ctx) -> str | None:
    """``docker stop $(docker ps -q)``: the caller's own containers, spelled out."""
    m = _PS_Q.search(text)
    rest = _PS_Q.sub("", text)
    if not m or not ctx.containers or "$(" in rest or _SHELL_CHAR.search(rest):
        return None
    names = ctx.names if "a" in m.group(1) else ctx.pool({"running"})
    return _PS_Q.sub(" ".join(names), text) if names else None


def _segments(text: str, ctx: Ctx) -> list[str]:
    found = []
    for part in _OPERATORS.split(text):
        try:
            words = [w.text for w in tokens.split(part.strip())]
        except tokens.UnclosedQuote:
            continue
        if words and words[0] == "docker":
            parsed = safe_parse(words, ctx)
            if parsed is not None and parsed.ok:
                found.append(parsed.canonical())
    return found


def _elsewhere(body: list[str]) -> bool:
    other = grammar.known_elsewhere(body)
    return bool(other) and other not in grammar.MANAGEMENT


def _fix_subcommand(body: list[str], fixes: list[dict]) -> list[str] | None:
    """The subcommand as docker spells it: aliases, then typos (``netwrok ls``, ``rnu``)."""
    swapped = _object_second(body, fixes)
    if swapped or grammar.resolve(body)[0] or _elsewhere(body):
        return swapped or body
    first = body[0].lower()
    second = body[1].lower() if len(body) > 1 and not body[1].startswith("-") else None
    if first in _GROUP_SHORT and second is not None:
        fixed = _fix_second(body, _GROUP_SHORT[first], second, fixes)
        if fixed is not None:
            return fixed
    if first in L.SUBCOMMAND_ALIASES and (second is None or first not in grammar.MANAGEMENT):
        fixes.append(corr(body[0], L.SUBCOMMAND_ALIASES[first], "subcommand"))
        return L.SUBCOMMAND_ALIASES[first].split() + body[1:]
    group = first if first in grammar.MANAGEMENT else \
        suggest.closest(first, grammar.MANAGEMENT, 0.7) if second else None
    if group and second is not None:
        fixed = _fix_second(body, group, second, fixes)
        if fixed is not None or group == first:
            return fixed                # "imagse busybox": not image + a sub, so a single word
    found = _closest_fitting(first, body[1:])
    if not found:
        return None
    fixes.append(corr(body[0], found, "subcommand"))
    body = [found] + body[1:]
    return body if grammar.resolve(body)[0] or _elsewhere(body) else None


_OBJECT_VERBS = {"list": "ls", "remove": "rm", "delete": "rm", "del": "rm"}


def _object_second(body: list[str], fixes: list[dict]) -> list[str] | None:
    """``rm image node:14``, ``delete volume data``: the verb said before its object, as the
    object's own command (``image rm``), not the container command of that verb."""
    if len(body) < 2 or body[1].lower().rstrip("s") not in grammar.MANAGEMENT:
        return None
    verb = body[0].lower()
    name = f"{body[1].lower().rstrip('s')} {_OBJECT_VERBS.get(verb, verb)}"
    if name not in grammar.SPELLINGS or name.startswith("container "):
        return None
    fixes.append(corr(" ".join(body[:2]), name, "subcommand"))
    return name.split() + body[2:]


_SINGLE_WORDS = [s for s in grammar.all_spellings() if " " not in s]
# "ecex", "sotp": a subcommand's letters typed in another order, its first one kept
_SCRAMBLED = {(w[0], "".join(sorted(w))): w for w in _SINGLE_WORDS if len(w) >= 4}


def _closest_fitting(word: str, args: list[str]) -> str | None:
    """``rim redis:6``: of the spellings equally near (rm, rmi), the one the arguments fit."""
    found = suggest.tied(word, _SINGLE_WORDS, 0.6) or \
        [w for w in [_SCRAMBLED.get((word[:1], "".join(sorted(word))))] if w]
    if len(found) > 1:
        for spelling in _images_first(found, args):
            parsed = parser.parse(shlex.join(["docker", spelling, *args]), {})
            if parsed.ok:
                return spelling
    return found[0] if found else None


# "rim oldimg": a word saying it is an image (a tag or a slash already rule rm out)
_IMAGE_WORD = re.compile(r"img|image", re.I)


def _images_first(found: list[str], args: list[str]) -> list[str]:
    if not any(_IMAGE_WORD.search(a) for a in args):
        return found
    return sorted(found, key=lambda spelling: not _takes_image(spelling))


def _takes_image(spelling: str) -> bool:
    command = grammar.COMMANDS.get(spelling)
    return bool(command and command.args and command.args[0].kind == "image")


def _fix_second(body, group: str, second: str, fixes) -> list[str] | None:
    subs = sorted({s.split()[1] for s in grammar.all_spellings() if s.startswith(group + " ")})
    alias = L.SUB_ALIASES.get(second)
    sub = alias if alias in subs else suggest.closest(second, subs, 0.6)
    if not sub:
        return None
    fixes.append(corr(f"{body[0]} {body[1]}", f"{group} {sub}", "subcommand"))
    return [group, sub] + body[2:]


def _repair(body, fixes, lang, ctx, explicit) -> dict | None:
    body = _fix_subcommand(body, fixes)
    if body is None:
        if explicit:
            raise Ask("intent")
        return None
    command, used = grammar.resolve(body)
    if command is None:
        return _other(body, fixes, lang, ctx)
    parsed = _fixed(command, ["docker", *command.name.split(), *body[used:]], ctx, fixes, explicit)
    if parsed is None or not parsed.ok:
        # "docker run nginx, but make it detached": a command with the change asked in words
        if not explicit or _has_sentence_words(body[used:]):
            return None
        message = parsed.errors[0].message[lang] if parsed and parsed.errors else None
        return result(lang, clarify=message, intent=command.name, corrections=fixes)
    if _sentence_words(parsed):
        return None
    unknown = [w for w in parsed.warnings if w.code == "unknown-container"]
    _ambiguous(parsed, unknown, ctx)
    confidence = max(0.5, 1.0 - FIX_COST * len([f for f in fixes if f["kind"] != "program"])
                     - (0.0 if explicit else NO_DOCKER_COST)) - UNKNOWN_COST * bool(unknown)
    return validated(parsed, lang, confidence, fixes, [])


def _ambiguous(parsed, unknown, ctx):
    """``rm site`` beside site1 and site2: the start of several names is a question."""
    starts = {w.start for w in unknown} | _container_args(parsed, ctx)
    for arg in (a for a in parsed.args if a.start in starts):
        found = [n for n in ctx.names if n.lower().startswith(arg.value.lower())]
        near = [n for n in ctx.names if _near(arg.value.lower(), n.lower())]
        if len(found) > 1 or (not found and near):
            raise Ask("unknown-container", candidates=found or near,
                      intent=parsed.command.name, name=arg.value)


def _container_args(parsed, ctx) -> set[int]:
    """Where the arguments naming a container the caller does not have start."""
    if not ctx.containers:
        return set()
    kinds = {a.name: a.kind for a in parsed.command.args}
    return {s.start for s in parsed.spans if s.kind == "argument" and kinds.get(s.arg) == "container"
            and s.text not in ctx.names}


_DIGITS = re.compile(r"\d+")


def _near(typed: str, name: str) -> bool:
    """"scrtchpad" beside sketchpad, "ledgr" beside ledger-db: too far to fix silently, too
    near to run as a new name. Names apart only in a number (web9, web1) are siblings."""
    if _DIGITS.sub("", typed) == _DIGITS.sub("", name):
        return False
    return suggest.closest(typed, [name, *name.split("-")], 0.7) is not None


def _fixed(command, argv, ctx, fixes, explicit):
    """Parse, fix the first thing the parser objects to, and again, until nothing is left."""
    parsed = None
    for _ in range(MAX_STEPS):
        argv = fix_dashes(command, argv, fixes)
        parsed = safe_parse(argv, ctx)
        if parsed is None:
            return None
        step = next_fix(parsed, argv, command, ctx, fixes, explicit)
        if step is None:
            break
        argv = step
    return parsed


def _sentence_words(parsed) -> bool:
    """Arguments that are words of a sentence ("run nginx in the background")."""
    words = [a.value for a in parsed.args]
    if parsed.rest and parsed.rest[0].value.lower() not in L.PROGRAMS:
        words += [a.value for a in parsed.rest]
        if any(CUES.fullmatch(w.lower()) for w in words):
            return True
    return any(w.lower() in L.NL_MARKERS for w in words) or \
        sum(w.lower() in L.EN_FILLER for w in words) >= 2    # "rm whichever one exited"


def _other(body, fixes, lang, ctx) -> dict | None:
    """A real docker command outside the sandbox (kill, pause ...): spelled, not validated."""
    name = grammar.known_elsewhere(body)
    if not name or name in grammar.MANAGEMENT:
        return None
    argv = ["docker", *name.split(), *body[name.count(" ") + 1:]]
    return result(lang, command=shlex.join(argv), confidence=0.6, intent=name,
                  corrections=fixes)

"""One repair each, for a typed command the parser objects to or warns about.

``next_fix`` returns the argv with the first fix applied (and the fix listed), or None when
nothing is left to fix; ``repair`` runs it until the parse is clean. The fixes come from the
parser's own errors and suggestions, so they follow docker's grammar, not a list of typos.
"""
from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING

from . import suggest
from . import lexicon as L
from .answers import Ask, ask_key, corr
from .context import STATES, repo
from .patterns import FILTER_KEYS, bytes_text, go_duration, is_tag_word
from .slots import known_port, port_question

if TYPE_CHECKING:
    from .context import Ctx

_NUMBER_FLAG = re.compile(r"-\d+(\.\d+)?")
_GLUED_VALUE = re.compile(r"([a-z-]+?)(\d+[a-z]*)")
_PORT = re.compile(r"\d{1,5}")
_GLUED_PATH = re.compile(r"([a-z]+)(/\S*)")
_MAJOR = re.compile(r"\d{1,3}")
# "-v /var/lib/mysql:mysqldata": the container path typed before the volume's name
_VOLUME_SWAPPED = re.compile(r"^(/[^:]*):([a-z0-9][\w.-]*)((?::r[ow])?)$", re.I)
_BARE_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]*", re.I)
# Commands whose every argument is an image reference.
IMAGE_LIST_COMMANDS = ("rmi", "image rm", "save", "image save", "image inspect", "history",
                       "image history")
# Flags whose value is one of a few words ("--restart onfailure" is a slip of on-failure).
# Commands whose first N arguments name containers (None: all of them).
_BY_IMAGE = {"stop": None, "start": None, "restart": None, "rm": None, "kill": None, "logs": 1,
             "exec": 1}
# Real programs a shell typo must not be "corrected" from ("dash" is not a slip of "bash").
_NOT_SHELL_TYPOS = {"dash", "fish", "ksh", "csh", "tcsh", "ssh", "sh", "ash", "bash", "zsh"}
_CHOICES = {"restart": ("no", "on-failure", "always", "unless-stopped")}


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
    """Does the flag word consume the next word as its value?"""
    word = _single_dash_long(command, word) or word
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
    """Is ``-body`` a valid cluster of short flags (``-it``, ``-aq``)?"""
    for ch in body:
        flag = command.by_short.get(ch)
        if flag is None:
            return False
        if not flag.is_bool:
            return True
    return True


def fix_dashes(command, argv: list[str], fixes: list[dict]) -> list[str]:
    """``-name web`` → ``--name web``, ``-follow`` → ``--follow``: a long flag with one dash."""
    argv = list(argv)
    for i, word in list(_flag_walk(command, argv)):
        fixed = _single_dash_long(command, word)
        if fixed is None:
            continue
        argv[i] = fixed
        fixes.append(corr(word, argv[i], "flag"))
    return [w for w in argv if w != ""]


def _single_dash_long(command, word: str) -> str | None:
    """The flag ``word`` typed with one dash means (``--name``), "" when it means nothing,
    None when it is fine as typed."""
    if word.startswith("--") or _NUMBER_FLAG.fullmatch(word):
        return None
    body, eq, value = word[1:].partition("=")
    if body in command.by_long and (len(body) >= 3 or not _cluster_ok(command, body)):
        return f"--{word[1:]}"
    if not _cluster_ok(command, body):
        return _dash_guess(command, body, eq, value) or ""
    if len(body) >= 5 and body.isalpha():      # "-fliter": a misspelt long flag, not "-f liter"
        # ("-enviroment": the word for the flag, misspelt, not "-e nviroment")
        found = suggest.closest(body, list(command.by_long), 0.8) or _flag_word(command, body)
        return f"--{found}{eq}{value}" if found else None
    return None


def _dash_guess(command, body: str, eq: str, value: str) -> str | None:
    found = suggest.closest(body, list(command.by_long), 0.7) or \
        (_flag_word(command, body) if len(body) >= 3 else None)
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


def _replace(argv: list[str], i: int, *words: str) -> list[str]:
    return argv[:i] + list(words) + argv[i + 1:]


def _index_at(argv: list[str], start: int) -> int:
    for i, (a, b) in enumerate(_offsets(argv)):
        if a <= start < b or start == b:
            return i
    return len(argv) - 1


def next_fix(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    """The argv with one more fix, or None when the parse has nothing left to fix."""
    if parsed.errors:
        return _fix_error(parsed, argv, command, ctx, fixes, explicit)
    for fixer in (_fix_order, _fix_swap, _fix_shell_first, _fix_split_port, _fix_joined, _fix_split_tag, _fix_warnings,
                  _fix_local_image, _fix_listed_image, _fix_image_names, _fix_order_word, _fix_bytes, _fix_publish, _fix_filter,
                  _fix_network, _fix_glued, _fix_shell, _fix_program, _fix_session, _fix_name_part):
        step = fixer(parsed, argv, command, ctx, fixes)
        if step is not None:
            return step
    return None


def _fix_error(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    error = parsed.errors[0]
    i = _index_at(argv, error.start)
    if error.code in ("invalid-value", "unexpected-argument"):
        step = _join_filter(argv, command, fixes) or _colon_filter(argv, i, fixes) or \
            _colon_filter(argv, i + 1, fixes)
        if step is not None:
            return step
    if error.code == "unknown-flag":
        return _fix_unknown_flag(argv, i, command, error.suggestion, fixes)
    if error.code == "invalid-value":
        return _fix_value(parsed, argv, command, fixes, i)
    if error.code == "invalid-argument" and argv[i].lower() != argv[i]:
        fixes.append(corr(argv[i], argv[i].lower(), "image"))
        return _replace(argv, i, argv[i].lower())
    if error.code == "missing-argument":
        return _fill_missing(parsed, argv, command, ctx, fixes, explicit)
    if error.code == "unexpected-argument" and i > 0:
        return _join_tag(argv, i - 1, fixes) or \
            (_join_tag(argv, i - 2, fixes) if i > 2 and argv[i - 3] in _TAG_FLAGS else None)
    return None


_TAG_FLAGS = ("-t", "--tag")      # "build -t ledger 2.0 .": the tag belongs to the flag's name


def _join_filter(argv, command, fixes) -> list[str] | None:
    """``ps --filter status exited``: a filter's key and value typed as two words."""
    flag = command.by_long.get("filter")
    spellings = {"--filter", f"-{flag.short}"} if flag and flag.short else {"--filter"}
    for i, word in enumerate(argv[:-2]):
        key, value = argv[i + 1], argv[i + 2]
        if flag and word in spellings and key.lower() in FILTER_KEYS and not value.startswith("-"):
            fixes.append(corr(f"{key} {value}", f"{key}={value}", "value"))
            return argv[:i + 1] + [f"{key.lower()}={value}"] + argv[i + 3:]
    return None


def _colon_filter(argv, i, fixes) -> list[str] | None:
    """``--filter status:exited``: a filter's key and value joined the way YAML writes them."""
    if i >= len(argv):
        return None
    head, eq, word = argv[i].partition("=") if argv[i].startswith("-") else ("", "", argv[i])
    key, colon, value = word.partition(":")
    if not colon or "=" in word or key.lower() not in FILTER_KEYS or not value:
        return None
    fixes.append(corr(word, f"{key.lower()}={value}", "value"))
    return _replace(argv, i, f"{head}{eq}{key.lower()}={value}")


def _fix_unknown_flag(argv, i, command, suggestion, fixes) -> list[str] | None:
    """``--tail20`` → ``--tail 20``; ``--detatch`` → ``--detach``."""
    name, eq, value = argv[i][2:].partition("=")
    glued = _GLUED_VALUE.fullmatch(name)
    if glued and glued.group(1) in command.by_long and not eq:
        fixes.append(corr(argv[i], f"--{glued.group(1)} {glued.group(2)}", "flag"))
        return _replace(argv, i, f"--{glued.group(1)}={glued.group(2)}")
    found = _meant_flag(command, name) or (suggestion or "")[2:] or \
        suggest.closest(name, list(command.by_long), 0.6) or _flag_word(command, name)
    if not found and _shorts(command, name):
        fixes.append(corr(f"--{name}", f"-{name}", "flag"))    # "--it": a cluster of shorts
        return _replace(argv, i, f"-{name}{eq}{value}")
    if not found:
        return None
    if not eq and _valueless(argv, i) and not command.by_long[found].is_bool:
        found = _close_switch(command, name) or found    # "ps --lats": --latest, not --last N
    if _switch_given(command, argv, found, i):     # "-d --detatch": said twice, once misspelt
        fixes.append(corr(f"--{name}", "", "flag"))
        return argv[:i] + argv[i + 1:]
    fixes.append(corr(f"--{name}", f"--{found}", "flag"))
    return _replace(argv, i, f"--{found}{eq}{value}")


def _valueless(argv: list[str], i: int) -> bool:
    return i + 1 >= len(argv) or argv[i + 1].startswith("-")


def _close_switch(command, name: str) -> str | None:
    return suggest.closest(name, [long for long, flag in command.by_long.items() if flag.is_bool], 0.6)


def _switch_given(command, argv: list[str], long: str, i: int) -> bool:
    """Is the switch ``--long`` already among the flags typed (other than at ``i``)?"""
    flag = command.by_long.get(long)
    if flag is None or not flag.is_bool:
        return False
    return any(j != i and (word == f"--{long}" or flag.short and not word.startswith("--")
                           and flag.short in word[1:] and _cluster_ok(command, word[1:]))
               for j, word in _flag_walk(command, argv))


def _shorts(command, name: str) -> bool:
    """``it``, ``d``, ``p``: short flags, each a switch but maybe the last."""
    flags = [command.by_short.get(ch) for ch in name]
    return 0 < len(name) <= 3 and all(flags) and all(f.is_bool for f in flags[:-1])


def _meant_flag(command, name: str) -> str | None:
    """``--cpu-limit`` → ``cpus``, ``--mem-max`` → ``memory``: an invented flag whose words name
    one option (before spelling distance, which would read ``--cpu-limit`` as ``--ulimit``)."""
    words = [w for w in name.lower().split("-") if w not in L.FLAG_FILLER]
    meant = {L.FLAG_WORDS.get(w, w) for w in words} if words else set()
    flag = meant.pop() if len(meant) == 1 else None
    return flag if flag in command.by_long else None


def _flag_word(command, name: str) -> str | None:
    """``--enviroment`` → ``env``: a flag named (maybe misspelt) by the word for it."""
    word = suggest.closest(name.lower(), L.FLAG_WORDS, 0.75)
    flag = L.FLAG_WORDS.get(word or "")
    return flag if flag in command.by_long else None


def _join_tag(argv: list[str], i: int, fixes) -> list[str] | None:
    """``pull ubuntu 22.04``, ``pull mongo 7``: a tag typed as its own word after an untagged
    image (a bare number there is a major version)."""
    image, tag = argv[i], argv[i + 1] if i + 1 < len(argv) else ""
    if image.startswith("-") or ":" in image.rpartition("/")[2] or \
            not (is_tag_word(tag) or _MAJOR.fullmatch(tag)):
        return None
    fixes.append(corr(f"{image} {tag}", f"{image}:{tag}", "image"))
    return argv[:i] + [f"{image}:{tag}"] + argv[i + 2:]


def _fix_value(parsed, argv, command, fixes, i) -> list[str] | None:
    """``--since=10min`` → ``10m``: a duration in words or long units; ``--restart
    onfailure:4`` → ``on-failure:4``: a misspelled choice."""
    for option in parsed.options:
        flag = command.by_long[option.name]
        if not isinstance(option.value, str):
            continue
        if flag.kind in ("duration", "timestamp"):
            fixed = go_duration(option.value)
        elif option.name == "volume":
            fixed = _VOLUME_SWAPPED.sub(r"\2:\1\3", option.value)
            k = _index_at(argv, option.end - 1)
            if _BARE_NAME.fullmatch(option.value) and argv[k + 1:k + 2] and argv[k + 1].startswith("/"):
                # "-v data /var/lib/x": the volume and its path typed as two words
                fixes.append(corr(f"{option.value} {argv[k + 1]}", f"{option.value}:{argv[k + 1]}", "value"))
                return argv[:k] + [f"{argv[k]}:{argv[k + 1]}"] + argv[k + 2:]
        else:
            fixed = _choice(option.name, option.value)
        if fixed and fixed != option.value:
            fixes.append(corr(option.value, fixed, "value"))
            k = _index_at(argv, option.end - 1)
            return _replace(argv, k, argv[k].replace(option.value, fixed))
    return None


def _choice(flag: str, value: str) -> str | None:
    head, sep, count = value.partition(":")
    found = suggest.closest(head.lower(), _CHOICES.get(flag, ()), 0.7)
    return f"{found}{sep}{count}" if found else None


def _fill_missing(parsed, argv, command, ctx, fixes, explicit) -> list[str] | None:
    """A missing argument: the build context is ``.``; a container or image is the only
    one the caller has; otherwise a question."""
    name = command.name
    if name == "build":
        fixes.append(corr("", ".", "argument"))
        return argv + ["."]
    if name == "exec" and parsed.args:
        return _fill_exec(parsed, argv, ctx, fixes)
    kind = next((a.kind for a in command.args if a.card in ("1", "+")), "")
    if kind == "container" or name == "exec":
        target = _only_candidate(ctx, name)
        fixes.append(corr("", target, "container"))
        return argv + [target] + (["sh"] if name == "exec" else [])
    if kind == "image" and name == "push" and len(ctx.images) == 1:
        fixes.append(corr("", ctx.images[0], "image"))
        return argv + [ctx.images[0]]
    if kind == "image":
        raise Ask(ask_key("image", name), candidates=ctx.images[:8], intent=name)
    raise Ask({"network": "network", "volume": "volume", "name": "container"}.get(kind, "intent"),
              intent=name)


def _fill_exec(parsed, argv, ctx, fixes) -> list[str]:
    """``exec ls`` (no container) or ``exec -it web1`` (no command)."""
    first = parsed.args[0].value
    if first in L.PROGRAMS and first not in ctx.names:
        target = _only_candidate(ctx, "exec")
        fixes.append(corr("", target, "container"))
        i = _index_at(argv, parsed.args[0].start)
        return argv[:i] + [target] + argv[i:]
    if any(o.name in ("interactive", "tty") for o in parsed.options):
        fixes.append(corr("", "sh", "argument"))
        return argv + ["sh"]
    raise Ask("command", intent="exec", alternatives=[shlex.join(argv + ["sh"])])


def _only_candidate(ctx: Ctx, intent: str) -> str:
    """The one container the verb can act on, or a question listing them."""
    pool = ctx.pool(STATES.get(intent)) if ctx.containers else []
    if len(pool) == 1:
        return pool[0]
    raise Ask(ask_key("container", intent), candidates=pool or ctx.names, intent=intent)


def _fix_order(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """Options typed after the image or container (``docker run nginx -d``)."""
    if command.interspersed or not parsed.rest or not parsed.rest[0].value.startswith("-"):
        return None
    if any(o.name == "entrypoint" for o in parsed.options):
        return None        # "--entrypoint /bin/ls alpine -la": the entrypoint's own flags
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
    fixes.append(corr(" ".join(args + moved), " ".join(moved + args), "order"))
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
    if a in ctx.networks:
        return None         # the caller's own network comes first already
    swapped = b in ctx.networks or (a in ctx.names and b not in ctx.names) or \
        ("net" in b.lower() and "net" not in a.lower())
    if not swapped:
        return None
    i, j = _index_at(argv, parsed.args[0].start), _index_at(argv, parsed.args[1].start)
    argv = list(argv)
    argv[i], argv[j] = b, a
    fixes.append(corr(f"{a} {b}", f"{b} {a}", "order"))
    return argv


_SHELLS = {*L.SHELLS, "dash", "fish", "ksh"}   # any shell one might type before the container


def _fix_shell_first(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``exec -it bash api-gw``: the shell typed before the container."""
    if command.name != "exec" or not parsed.args or len(parsed.rest) != 1:
        return None
    shell, name = parsed.args[0].value, parsed.rest[0].value
    if shell not in _SHELLS or shell in ctx.names or \
            not (name in ctx.names or (name not in L.PROGRAMS and _BARE_NAME.fullmatch(name))):
        return None
    i, j = _index_at(argv, parsed.args[0].start), _index_at(argv, parsed.rest[0].start)
    fixes.append(corr(f"{shell} {name}", f"{name} {shell}", "order"))
    return argv[:i] + [name, shell] + argv[j + 1:]


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
        fixes.append(corr(argv[i], warning.suggestion, kind))
        return _replace(argv, i, warning.suggestion)
    return None


def _fix_image_names(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """A container typed by its image's name (``restart redis``)."""
    if not ctx.containers or command.name not in _BY_IMAGE:
        return None
    for arg in parsed.args[:_BY_IMAGE[command.name]]:
        if arg.value not in ctx.names:
            step = _by_image(argv, _index_at(argv, arg.start), command, ctx, fixes)
            if step is not None:
                return step
    return None


def _by_image(argv, i, command, ctx, fixes) -> list[str] | None:
    """``restart redis`` with no container named redis: the one container running the redis
    image; a question when several do."""
    found = ctx.pool(None, {repo(argv[i])})
    if len(found) > 1:
        raise Ask(ask_key("container", command.name), candidates=found, intent=command.name)
    if not found:
        return None
    fixes.append(corr(argv[i], found[0], "container"))
    return _replace(argv, i, found[0])


# "logs lastest", "stop newset": an order word, slipped or not, where a container's name goes
_ORDER_WORDS = {"latest": "newest", "last": "newest", "newest": "newest", "oldest": "oldest"}


def _fix_order_word(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """The caller's newest (oldest) container, named by an order word none of its names is."""
    if not ctx.containers or command.name not in _BY_IMAGE:
        return None
    for arg in parsed.args[:_BY_IMAGE[command.name]]:
        typed = arg.value.lower()
        if arg.value in ctx.names or not typed.isalpha():
            continue
        word = typed if typed in _ORDER_WORDS else suggest.closest(typed, _ORDER_WORDS, 0.8)
        if word:
            name = getattr(ctx, _ORDER_WORDS[word])()
            fixes.append(corr(arg.value, name, "container"))
            return _replace(argv, _index_at(argv, arg.start), name)
    return None


def _fix_local_image(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``rmi ngnix`` beside nginx:1.27: an image to remove is one of the caller's, so an
    untagged or misspelled name means the one local image of (nearly) that name."""
    if not ctx.images or command.name not in IMAGE_LIST_COMMANDS:
        return None
    for arg in parsed.args:
        found = _local_image(arg.value, ctx)
        if found:
            fixes.append(corr(arg.value, found, "image"))
            return _replace(argv, _index_at(argv, arg.start), found)
    return None


def _fix_listed_image(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``images reddis``: the listing's filter is a pattern, but a plain name misspelt like
    a known image's means that image (a pattern with ``*`` is kept as typed)."""
    if command.name != "images":
        return None
    for arg in parsed.args:
        found = None if "*" in arg.value or ctx.known_image(arg.value) else suggest.image(arg.value)
        if found and found != arg.value:
            i = _index_at(argv, arg.start)
            fixes.append(corr(argv[i], found, "image"))
            return _replace(argv, i, found)
    return None


def _local_image(ref: str, ctx) -> str | None:
    if ref in ctx.images or ":" in ref.rpartition("/")[2]:
        return None
    name = ref if ref in ctx.repos else suggest.closest(ref, sorted(ctx.repos), 0.75)
    tagged = [i for i in ctx.images if repo(i) == name]
    return tagged[0] if len(tagged) == 1 else None


def _fix_split_tag(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``docker rmi redis 6.2``: where every argument is an image, a word that can only be a
    tag ("6.2", "v2") belongs to the image before it."""
    if command.name not in IMAGE_LIST_COMMANDS:
        return None
    for before, arg in zip(parsed.args, parsed.args[1:]):
        if is_tag_word(arg.value):
            return _join_tag(argv, _index_at(argv, before.start), fixes)
    return None


def _fix_joined(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``docker run hello world`` → ``hello-world``; ``docker run ubuntu 22.04`` → ``ubuntu:22.04``."""
    if not parsed.args or not parsed.rest or command.name not in ("run", "create", "pull"):
        return None
    joined = f"{parsed.args[0].value}-{parsed.rest[0].value}"
    i = _index_at(argv, parsed.args[0].start)
    if joined not in suggest.IMAGE_CATALOGUE:
        return _join_tag(argv, i, fixes)
    fixes.append(corr(f"{parsed.args[0].value} {parsed.rest[0].value}", joined, "image"))
    return argv[:i] + [joined] + argv[i + 2:]


def _fix_split_port(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``-p 8083 80 nginx``: a bare number right after a host port, where the image goes and
    with an image after it, is the container port typed apart."""
    if command.name not in ("run", "create") or not parsed.args or not parsed.rest or \
            not parsed.args[0].value.isdigit():
        return None
    j = _index_at(argv, parsed.args[0].start)
    for option in parsed.options:
        k = _index_at(argv, option.end - 1)
        if option.name == "publish" and _PORT.fullmatch(str(option.value)) and j == k + 1 and \
                argv[k] == str(option.value):
            fixed = f"{option.value}:{argv[j]}"
            fixes.append(corr(f"{option.value} {argv[j]}", fixed, "value"))
            return argv[:k] + [fixed] + argv[j + 1:]
    return None


def _fix_publish(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``-p 8080 nginx``: a learner gives the host port; the container port is nginx's 80."""
    for option in parsed.options:
        if option.name != "publish" or not _PORT.fullmatch(str(option.value)):
            continue
        image = parsed.args[0].value if parsed.args else ""
        known = known_port(image, str(option.value))
        if not known:
            raise port_question(image or "?", str(option.value), command.name)
        fixed = f"{option.value}:{known}"
        fixes.append(corr(str(option.value), fixed, "value"))
        k = _index_at(argv, option.end - 1)
        return _replace(argv, k, argv[k].replace(str(option.value), fixed))
    return None


def _fix_filter(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``--filter status=exitted`` → ``exited``; ``--filter staus=exited`` → ``status``."""
    for option in parsed.options:
        key, eq, value = str(option.value).partition("=")
        if option.name == "filter" and eq and key not in FILTER_KEYS:
            found = suggest.closest(key, FILTER_KEYS, 0.75)
            if found:
                fixes.append(corr(key, found, "value"))
                k = _index_at(argv, option.end - 1)
                return _replace(argv, k, argv[k].replace(f"{key}=", f"{found}=", 1))
        choices = L.FILTER_VALUES.get(key) if option.name == "filter" else None
        if not choices or value in choices:
            continue
        found = suggest.closest(value, choices, 0.7)
        if found:
            fixes.append(corr(value, found, "value"))
            k = _index_at(argv, option.end - 1)
            return _replace(argv, k, argv[k].replace(f"{key}={value}", f"{key}={found}"))
    return None


def _fix_network(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``network inspect brige`` → ``bridge`` (the built-in networks)."""
    kinds = [a.kind for a in command.args]
    for arg, kind in zip(parsed.args, kinds + [kinds[-1]] * len(parsed.args) if kinds else []):
        if kind != "network" or arg.value in L.BUILTIN_NETWORKS:
            continue
        found = suggest.closest(arg.value, L.BUILTIN_NETWORKS, 0.75)
        if found:
            fixes.append(corr(arg.value, found, "network"))
            k = _index_at(argv, arg.start)
            return _replace(argv, k, found)
    return None


def _fix_glued(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``exec web1 ls/`` → ``ls /``: a program glued to its path."""
    if not parsed.rest:
        return None
    m = _GLUED_PATH.fullmatch(parsed.rest[0].value)
    if not m or m.group(1) not in L.PROGRAMS:
        return None
    k = _index_at(argv, parsed.rest[0].start)
    fixes.append(corr(m.group(0), f"{m.group(1)} {m.group(2)}", "argument"))
    return _replace(argv, k, m.group(1), m.group(2))


def _close(a: str, b: str, cutoff: float = 0.8) -> bool:
    return suggest.closest(a, [b], cutoff) is not None


def _fix_bytes(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``-m 256MB`` → ``-m 256m``: docker's lower-case units."""
    for option in parsed.options:
        flag = command.by_long[option.name]
        if flag.kind == "bytes" and isinstance(option.value, str):
            fixed = bytes_text(option.value)
            if fixed and fixed != option.value:
                i = _index_at(argv, option.end - 1)
                return _replace(argv, i, argv[i].replace(option.value, fixed))
    return None


def _fix_shell(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``exec -it api bsah``: with a terminal asked for, a word close to a shell is one."""
    if command.name not in ("exec", "run") or not parsed.rest or \
            not {"interactive", "tty"} & {o.name for o in parsed.options}:
        return None
    word = parsed.rest[0].value
    found = None if word in _NOT_SHELL_TYPOS else suggest.closest(word, ("bash", "zsh"), 0.7)
    if found is None:
        return None
    fixes.append(corr(word, found, "command"))
    return _replace(argv, _index_at(argv, parsed.rest[0].start), found)


def _fix_program(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``run python:3.12 pyhton``, ``exec cache1 redis-clu``: a long program name one slip
    away from exactly one known program."""
    if command.name not in ("exec", "run", "create") or not parsed.rest:
        return None
    word = parsed.rest[0].value
    if len(word) < 5 or word in L.PROGRAMS or word in ctx.names:
        return None
    found = suggest.tied(word, L.PROGRAMS, 0.8)
    if len(found) != 1:
        return None
    fixes.append(corr(word, found[0], "command"))
    return _replace(argv, _index_at(argv, parsed.rest[0].start), found[0])


def _fix_session(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``exec pgmain psql``: a database client alone as exec's command opens its prompt, -it
    (a shell typed without it is left as typed)."""
    if command.name != "exec" or len(parsed.rest) != 1 or parsed.rest[0].value not in L.DB_CLIENTS \
            or {"interactive", "tty", "detach"} & {o.name for o in parsed.options}:
        return None
    fixes.append(corr("exec", "exec -it", "flag"))
    return argv[:2] + ["-it"] + argv[2:]


_DIGITS = re.compile(r"\d+")


def _part_slip(typed: str, part: str) -> bool:
    """``api`` for acct-api, ``ledgr`` for ledger-db: the part itself, or a slip in a long one."""
    return typed == part or (min(len(typed), len(part)) >= 4 and _close(typed, part))


def _fix_name_part(parsed, argv, command, ctx, fixes) -> list[str] | None:
    """``logs ledgr`` beside ledger-db: a slip in one part of exactly one of the caller's
    names (names apart only in a number are siblings, never slips)."""
    if not ctx.containers or command.name not in _BY_IMAGE:
        return None
    for arg in parsed.args[:_BY_IMAGE[command.name]]:
        typed = arg.value.lower()
        if arg.value in ctx.names or len(typed) < 2 or "-" in typed:
            continue
        found = [n for n in ctx.names if _DIGITS.sub("", n) != _DIGITS.sub("", typed) and
                 any(_part_slip(typed, p.lower()) for p in n.split("-"))]
        if len(found) == 1:
            fixes.append(corr(arg.value, found[0], "container"))
            return _replace(argv, _index_at(argv, arg.start), found[0])
    return None


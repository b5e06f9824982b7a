"""Flags typed inside a sentence: "nginx -d로 실행", "web1 logs -f 보여줘", "--name web으로".

The flag words (and, for a flag that takes a value, the word after it) are read before the
plan is built so that the value is not taken for a name; they are added to the plan after.
A flag right after a program ("ls -al") belongs to that program, not to docker.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import grammar, slots
from .patterns import bytes_text
from .programs import program_tok

if TYPE_CHECKING:
    from .answers import Plan
    from .request import Request, Tok

_NEXT_WORD = re.compile(r"\s+(\S+)")
_HANGUL_END = re.compile(r"[가-힣]+$")


def typed_flags(req: Request, command) -> list[tuple[str, str | None]]:
    """Flags typed inside a sentence ("nginx -d로 실행", "web1 logs -f 보여줘"): the flag
    words and, for flags that take a value, the word after them (taken out of the sentence)."""
    found = []
    for k, tok in enumerate(req.toks):
        if tok.kind == "kv" and not tok.used and command is not None and slots.flag_pair(req, tok, command):
            tok.used = True
            found.append((tok, tok.text.partition("=")[2]))
        if tok.kind != "flag" or tok.used or _program_flag(req, k):
            continue
        value = None
        if _wants_value(command, tok.low) and "=" not in tok.low:
            value = _word_after(req, tok)
        found.append((tok, value))
    return found


def _program_flag(req: Request, k: int) -> bool:
    """``ls -al /app``: a flag right after a program (or its flags) is the program's own."""
    prev_end = req.toks[k].start
    for tok in reversed(req.toks[:k]):
        if req.low[tok.end:prev_end].strip() or tok.suffix:
            return False
        if tok.kind != "flag":
            return program_tok(req, tok) and not _docker_ps(req, tok)
        prev_end = tok.start
    return False


def _docker_ps(req: Request, tok: Tok) -> bool:
    """"ps -a please": a request opening with ps, in no container, is docker's ps."""
    return tok.low == "ps" and tok.start == 0 and not slots.inside(req)


def _wants_value(command, word: str) -> bool:
    """Does the flag take a value (for ``command``, or for any command when unknown)?"""
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


def _word_after(req: Request, tok: Tok) -> str | None:
    m = _NEXT_WORD.match(req.text, tok.end + len(tok.suffix))
    if not m:
        return None
    for other in req.toks:
        if m.start(1) <= other.start < m.end(1):
            other.used = True
    return _HANGUL_END.sub("", m.group(1)).rstrip(".,") or None


def add_typed_flags(plan: Plan, typed: list):
    """The flags read by ``typed_flags``, added to the plan in docker's spelling."""
    command = grammar.COMMANDS[plan.command]
    for tok, value in typed:
        if tok.in_command:
            continue
        word = tok.text if tok.kind != "kv" else "-" * min(2, tok.text.index("=")) + tok.low.partition("=")[0]
        spelled = word.lower() if word.startswith("--") else word
        for flag, flag_value in _read_flag(command, spelled, value):
            if flag.is_bool:
                plan.opt(flag.long)
            elif flag_value and (not plan.has(flag.long) or flag.repeats):
                plan.opt(flag.long, bytes_text(flag_value) if flag.kind == "bytes" and
                         bytes_text(flag_value) else flag_value)


def _read_flag(command, word: str, value: str | None):
    """(flag, value) pairs of one word: ``--name=web``, ``-it``, ``-p8080:80``."""
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

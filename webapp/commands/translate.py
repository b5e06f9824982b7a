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
and no name the answer is a question listing them, never a guess. A plan whose evidence is
thin (a value left unused, a vague verb) is also a question, with the best guess offered.

This module holds the public entry points and the order of the readers. The parts:

- ``other_tools``: another tool's command (podman, kubectl, compose) said as docker's;
- ``repair``, ``fixes``: typed commands;
- ``concepts``: concept questions;
- ``request``, ``classify``, ``cues``, ``patterns``, ``text``: reading a request in words;
- ``intents``: what it asks for; ``slots``, ``programs``: the values it gives;
- ``run_plans``, ``container_plans``, ``image_plans``, ``object_plans``, ``plans``: one plan
  per docker command; ``inline_flags``: flags typed inside a sentence;
- ``evidence``: how sure a plan is; ``answers``: the shapes of an answer;
- ``context``: the caller's containers and images; ``lexicon``: the word lists.
"""
from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING

from . import grammar, parser
from .answers import Ask, asked, corr, fill_template, finish, validated
from .concepts import concept
from .context import Ctx
from .cues import INJECTION, SHELL_DANGER, asks_help
from .evidence import check_targets, weigh
from .inline_flags import add_typed_flags, typed_flags
from .intents import command_for, intent
from .option_lists import tool_call
from .other_tools import as_docker
from .plans import BUILDERS, simple
from .parser import render_argv
from .repair import command_and_change, typed
from .request import Request
from .text import HANGUL, normalise

if TYPE_CHECKING:
    from .answers import Plan

__all__ = ["translate", "fill_template"]


def translate(text: str, lang: str | None = None, context: dict | None = None) -> dict:
    """``text`` as one docker command, a template, a question back, or a concept page."""
    text = text if isinstance(text, str) else ""
    try:    # an agent's tool call is read before normalising, which would take its quotes
        call = tool_call(text)
    except Ask as ask:
        return asked(ask, lang if lang == "ko" else "en")
    text = call or normalise(text)
    lang = lang if lang in ("ko", "en") else ("ko" if HANGUL.search(text) else "en")
    ctx = Ctx(context)
    try:
        return _translate(text, lang, ctx)
    except Ask as ask:
        return asked(ask, lang)


def _translate(text: str, lang: str, ctx: Ctx) -> dict:
    if not text.strip():
        raise Ask("empty")
    if INJECTION.search(text.lower()):
        raise Ask("injection")
    text, tool = as_docker(text)
    answer = _read(_unrejected(text), lang, ctx)
    if tool and answer.get("command"):    # said to the learner, never silently
        answer["corrections"].insert(0, corr(tool, "docker", "tool"))
    return answer


# "my friend typed docker run -p 80 but I want …": a command someone gave, which the words
# after it replace rather than change
_REJECTED = re.compile(r"\b(?:typed|wrote|said|says|suggested|gave me|showed me|told me(?: to run)?|tried)"
                       r"\s+[`'\"]?(docker\s[^`'\",]*?)[`'\"]?,?\s+but\s+(?=(?:i|we)\b)", re.I)


def _unrejected(text: str) -> str:
    """The rejected command's options dropped; its command and operands are still meant."""
    m = _REJECTED.search(text) if " but " in text else None
    typed_cmd = parser.parse(m.group(1)) if m else None
    if typed_cmd is None or typed_cmd.command is None:
        return text
    kept = ["docker", *typed_cmd.command.name.split(), *(a.value for a in typed_cmd.args + typed_cmd.rest)]
    return text[:m.start(1)] + shlex.join(kept) + text[m.end(1):]


def _read(text: str, lang: str, ctx: Ctx) -> dict:
    split = None if HANGUL.search(text) else command_and_change(text)
    answer = _changed(*split, lang, ctx) if split else None
    if answer is not None:
        return answer
    answer = typed(text, lang, ctx)
    if answer is not None:
        return answer
    if SHELL_DANGER.search(text.lower()):
        raise Ask("shell")
    req = Request(text, lang, ctx)
    answer = concept(req)
    if answer:
        return answer
    return finish(_plan(req), lang)


def _changed(command: str, words: str, lang: str, ctx: Ctx) -> dict | None:
    """A typed command with the change its words ask for ("docker ps -a but just the ids"):
    the words are read after the command (before a run's own command line), and the typed
    options the reading lost are kept. None when the typed part is no command."""
    try:
        base = typed(command, lang, ctx)
    except Ask:
        return None
    typed_cmd = parser.parse(base["command"]) if base and base["command"] else None
    if typed_cmd is None or not typed_cmd.ok:
        return None
    # the typed options stay out of the words' reading, so an option the words restate
    # ("-p 80 … but on localhost:3000") replaces the typed one when they are merged
    head = ["docker", *typed_cmd.command.name.split(), *(a.value for a in typed_cmd.args)]
    changed = finish(_plan(Request(f"{shlex.join(head)} {words}", lang, ctx)), lang)
    got = parser.parse(changed["command"] or "")
    if not got.ok or got.command.name != typed_cmd.command.name:
        return None
    kept = {o.name for o in got.options}
    got.options += [o for o in typed_cmd.options if o.name not in kept]
    got.rest = typed_cmd.rest or got.rest
    merged = parser.parse(shlex.join(render_argv(got)), {"containers": ctx.containers})
    if not merged.ok:
        return None
    if merged.canonical() == typed_cmd.canonical():
        return base
    return validated(merged, lang, min(base["confidence"], changed["confidence"]),
                     base["corrections"] + changed["corrections"], [])


def _plan(req: Request) -> Plan:
    """Intent → command → the command's builder → flags typed in the sentence → checks
    against the caller's context → confidence from the evidence."""
    if asks_help(req) and req.actions():
        return _help_plan(req)
    action, cue = intent(req)
    near = [s for a, _, s in req.actions() if a == action] or \
        [len(req.low) if req.lang == "ko" else 0]
    name = command_for(action, req, near)
    flags = typed_flags(req, grammar.COMMANDS.get(name))
    plan = BUILDERS[name](req, cue) if name in BUILDERS else simple(req, name)
    plan.corrections = req.corrections + plan.corrections
    if plan.command in grammar.COMMANDS:
        add_typed_flags(plan, flags)
    check_targets(req, plan)
    weigh(req, plan)
    return plan


def _help_plan(req: Request) -> Plan:
    action, _ = intent(req)
    name = command_for(action, req, [0])
    raise Ask("intent", alternatives=[f"docker {name} --help"], intent=name)


# The first date the parser reads builds strptime's locale tables (about 4 ms): pay that at
# import, not in a learner's first request.
parser.parse("docker logs --since 2000-01-01 gph-container")

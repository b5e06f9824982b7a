"""Gorae's agent tools: one implementation behind ``POST /api/v1/tools/{name}``, the MCP server
and the CLI. Every tool goes through :mod:`webapp.service` (parser, policy, sandbox, history).

Run safety: ``run`` needs ``confirm: true`` or a ``plan_id`` that validate/translate issued for
exactly that command (an HMAC of the user id, the canonical command and an expiry, keyed with
the app secret). Container output handed to an agent is capped and wrapped as untrusted data.
Every function needs an app context; none needs a request.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import sqlite3
import time
from functools import lru_cache

from flask import Flask, current_app, has_request_context, request
from jsonschema import Draft202012Validator

from . import openapi, service
from .commands import parser
from .errors import GoraeError
from .explain import learn
from .history import store

PLAN_TTL = 15 * 60        # seconds a plan_id stays valid (GORAE_PLAN_TTL)


def configure(app: Flask):
    app.config.setdefault("PLAN_TTL", int(os.environ.get("GORAE_PLAN_TTL", PLAN_TTL)))
    app.config.setdefault("PUBLIC_URL", os.environ.get("GORAE_PUBLIC_URL", "").rstrip("/"))


# ---------------------------------------------------------------------------------------------
# Plans: proof that a command was checked (and shown) before it runs
# ---------------------------------------------------------------------------------------------
def canonical(command: str) -> str | None:
    return parser.parse(command).canonical()


def _signature(user_id: str, command: str, expires: int) -> str:
    key = current_app.config["SECRET_KEY"]
    key = key.encode() if isinstance(key, str) else key
    message = "\x00".join(("gorae-plan-1", user_id, command, str(expires))).encode("utf-8", "surrogatepass")
    mac = hmac.new(key, message, hashlib.sha256).digest()[:24]
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def make_plan(user_id: str, command: str) -> dict:
    """{plan_id, plan_expires} for running ``command`` (already canonical) as ``user_id``."""
    expires = int(time.time()) + int(current_app.config.get("PLAN_TTL", PLAN_TTL))
    return {"plan_id": f"{expires}.{_signature(user_id, command, expires)}",
            "plan_expires": expires}


def check_plan(plan_id: str, user_id: str, command: str) -> None:
    """Raise unless ``plan_id`` was issued to ``user_id`` for ``command`` and has not expired."""
    expires_text, _, signature = str(plan_id).partition(".")
    target = canonical(command)
    if not expires_text.isdigit() or not signature or target is None or not hmac.compare_digest(
            signature, _signature(user_id, target, int(expires_text))):
        raise GoraeError(428, "plan-mismatch", "This plan_id was not issued for this command "
                         "(or for you): the command differs from the one that was checked.",
                         hint="Call validate (or translate) with the exact command to run and pass "
                              "the plan_id it returns, or pass confirm: true once the user agreed.",
                         outcome="refused")
    if int(expires_text) < time.time():
        raise GoraeError(428, "plan-expired", "This plan_id has expired.",
                         hint="Call validate again for a fresh plan_id.", outcome="refused")


def require_confirmation(body: dict, user_id: str) -> None:
    """The rule for agent runs: a valid plan_id for this command, or confirm: true."""
    plan_id, confirm = body.get("plan_id"), body.get("confirm")
    if plan_id is not None:
        check_plan(plan_id, user_id, body.get("command") or "")
        return
    if confirm is not True:
        raise GoraeError(428, "confirmation-required",
                         "Running a command for an agent needs the user's go-ahead: pass "
                         "confirm: true once the user has seen the exact command and agreed, or "
                         "the plan_id that validate/translate returned for it.",
                         hint="Call validate with the command, show it to the user, then call "
                              "run with the same command and the plan_id.", outcome="refused")


def add_plan(body: dict, user_id: str, can_run: bool) -> dict:
    command = body.get("command")
    if can_run and isinstance(command, str):
        target = canonical(command)
        if target:
            body.update(make_plan(user_id, target))
    return body


def translate_can_run(body: dict) -> bool:
    return bool(body.get("command") and not body.get("template") and not body.get("errors")
                and not body.get("violations") and not body.get("clarify"))


# ---------------------------------------------------------------------------------------------
# Untrusted output
# ---------------------------------------------------------------------------------------------
def untrusted(text: str | None, cap: int = openapi.OUTPUT_CAP) -> dict:
    """Container output as data an agent must not obey: capped at ``cap`` bytes of UTF-8."""
    text = text or ""
    data = text.encode("utf-8", "replace")
    kept = data[:cap].decode("utf-8", "ignore")
    return {"untrusted_output": kept, "truncated": len(data) > cap, "bytes": len(data),
            "note": openapi.UNTRUSTED_NOTE}


def _command_result(outcome: dict) -> dict:
    result = {k: outcome[k] for k in ("status", "command", "exit_code", "message", "violations",
                                      "errors", "history_id", "name") if k in outcome}
    result["output"] = untrusted(outcome.get("output"))
    if outcome.get("truncated"):
        result["output"]["truncated"] = True
    return result


# ---------------------------------------------------------------------------------------------
# Learn pages
# ---------------------------------------------------------------------------------------------
def learn_pages(lang: str = "en") -> list:
    """Every learn page in ``lang``, in the explainer's order (webapp.explain.learn)."""
    return [page for _, members in learn.sections(lang if lang in learn.LANGS else "en")
            for page in members]


def base_url() -> str:
    configured = current_app.config.get("PUBLIC_URL", "")
    if configured:
        return configured
    return request.url_root.rstrip("/") if has_request_context() else ""


def learn_urls(slug: str, lang: str = "en") -> dict:
    """Where a learn page lives: HTML (pages.py) and Markdown (``/learn/<slug>.md``)."""
    root, query = base_url(), ("?lang=ko" if lang == "ko" else "")
    return {"url": f"{root}/learn/{slug}{query}", "markdown_url": f"{root}/learn/{slug}.md{query}"}


_PARTICLE = re.compile(r"(이란|란|이라는|라는|이랑|랑|와|과|하고|에서|에|으로|로|의|이|가|은|는|을|를|도|만|이에요|예요|요)$")
_STOP = {"the", "a", "an", "is", "are", "what", "how", "do", "does", "of", "to", "in", "and",
         "or", "for", "on", "with", "docker", "뭐야", "무엇", "뭔가요", "어떻게"}


def _words(query: str) -> list[str]:
    words = []
    for word in re.findall(r"[\w-]+", query.lower()):
        if re.search(r"[가-힣]", word) and len(word) > 2:
            word = _PARTICLE.sub("", word) or word
        if word not in _STOP and (len(word) >= 2 or re.search(r"[가-힣]", word)):
            words.append(word)
    return words


def search_learn(query: str, lang: str = "en", limit: int = 5) -> list[dict]:
    """The explainer's own search (every word must match), topped up by a looser ranking (any
    word counts) so an agent's wordy question still finds the page."""
    lang = lang if lang in learn.LANGS else "en"
    try:
        found = list(learn.search(query, lang, limit))
    except sqlite3.Error:       # a query FTS5 cannot read: the loose ranking still answers
        found = []
    if len(found) < limit:
        seen = {p.slug for p in found}
        found += [p for p in _loose(query, lang) if p.slug not in seen][:limit - len(found)]
    return [{"slug": p.slug, "title": p.title, "summary": p.summary, "section": p.section,
             **learn_urls(p.slug, lang)} for p in found]


def _loose(query: str, lang: str) -> list:
    words = _words(query)
    phrase = " ".join(query.lower().split())
    scored = []
    for page in learn_pages(lang):
        title, summary, body = page.title.lower(), page.summary.lower(), page.body.lower()
        keywords = [k.lower() for k in page.keywords]
        score = 10.0 if phrase and (phrase == title or phrase in keywords) else 0.0
        for word in words:
            score += 6 if word in (page.slug, title) else 0
            score += 4 if word in title else 0
            if any(word == k or word in k.split() for k in keywords):
                score += 3
            elif any(word in k for k in keywords):
                score += 1.5
            score += 1.5 if word in summary else 0
            score += min(body.count(word), 5) * 0.2
        if score > 0:
            scored.append((score, page))
    scored.sort(key=lambda item: -item[0])
    return [page for _, page in scored]


# ---------------------------------------------------------------------------------------------
# Calling a tool
# ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(openapi.TOOLS[name]["input_schema"])


def check_arguments(name: str, arguments) -> dict:
    if name not in openapi.TOOLS:
        raise GoraeError(404, "unknown-tool", f"There is no tool named {name!r}.",
                         hint="Tools: " + ", ".join(openapi.TOOLS) + ".")
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, dict):
        raise GoraeError(400, "invalid-arguments", "The arguments must be a JSON object.",
                         outcome="invalid")
    errors = sorted(_validator(name).iter_errors(arguments), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.path) or "arguments"
        raise GoraeError(400, "invalid-arguments", f"{where}: {first.message}", outcome="invalid",
                         details=[{"path": ".".join(str(p) for p in e.path), "message": e.message}
                                  for e in errors[:10]])
    properties = openapi.TOOLS[name]["input_schema"]["properties"]
    return {key: int(value) if properties[key].get("type") == "integer" else value
            for key, value in arguments.items()}     # JSON Schema takes 5.0 as an integer


def call(name: str, arguments, user_id: str, source: str = "agent") -> tuple[dict, int]:
    """Run tool ``name`` for ``user_id``: (result, HTTP status). Raises GoraeError for bad
    arguments (400), unknown tools (404) and runs without confirmation (428)."""
    args = check_arguments(name, arguments)
    lang = args.get("lang", "en")
    if name == "translate":
        body = service.translate(args["text"], user_id, args.get("lang"))
        add_plan(body, user_id, translate_can_run(body))
        return {"status": "ok", **body}, 200
    if name == "validate":
        body = service.check(args["command"], lang)
        add_plan(body, user_id, body["ok"])
        status = "ok" if body["ok"] else ("invalid" if body["errors"] or not body["command"] else "refused")
        return {"status": status, **body}, 200
    if name == "explain":
        body = service.explain(args["command"], lang)
        return {"status": "ok" if body["ok"] else "invalid", **body}, 200
    if name == "history":
        rows = store.search(user_id, query=args.get("query", ""), status=args.get("status", ""),
                            verb=args.get("verb", ""), limit=args.get("limit", 20))
        items = []
        for row in rows:
            row.pop("user_id", None)
            row.pop("rank", None)
            row["output"] = untrusted(row.get("output"), cap=2048)
            items.append(row)
        return {"status": "ok", "items": items}, 200
    if name == "learn":
        return {"status": "ok", "pages": search_learn(args["query"], lang, args.get("limit", 5))}, 200
    if name == "run":
        require_confirmation(args, user_id)
        command = args["command"]
    elif name == "ps":
        command = "docker ps -a" if args.get("all") else "docker ps"
    else:   # logs
        command = f"docker logs --tail {args.get('tail', 100)} {args['container']}"
    outcome = service.run(command, user_id, source, lang)
    return _command_result(outcome), service.HTTP_STATUS.get(outcome["status"], 200)


def failure(error: GoraeError) -> dict:
    """A GoraeError as a tool result body (what MCP clients and the CLI see)."""
    return error.body()

"""From typed text to an outcome: parse → spec → plan → execute → record. Every channel (API,
pages, embeds, agents) goes through here, so none can skip the parser, the policy or history."""
from __future__ import annotations

import time

from flask import current_app

from runtime import plan as planner
from runtime.errors import EngineUnavailable, PolicyViolation, SandboxError
from runtime.spec import Owner

from . import engine
from .errors import GoraeError
from .commands import llm, parser
from .commands import translate as translator
from .explain import tokens as explain_tokens
from .history import store

HTTP_STATUS = {"ok": 200, "failed": 200, "refused": 422, "invalid": 400, "unavailable": 503,
               "error": 500}


def check(text: str, lang: str = "en", context: dict | None = None) -> dict:
    """Parse and apply the policy without running: the validate API's answer."""
    parsed = parser.parse(text, context)
    body = {"ok": False, "command": parsed.canonical(), "argv": parsed.argv(),
            "tokens": explain_tokens.explain(parsed, lang),
            "errors": [e.as_dict(lang) for e in parsed.errors],
            "warnings": [w.as_dict(lang) for w in parsed.warnings], "violations": []}
    if parsed.ok and not parsed.help:
        violations = planner.policy.check(parsed.spec(), _limits())
        body["violations"] = [_violation(v, lang) for v in violations]
    body["ok"] = parsed.ok and not body["violations"]
    return body


MAX_REQUEST = 1000      # characters of one request for the translator (its cost grows with it)


def translate(text: str, user_id: str, lang: str | None = None) -> dict:
    """Natural language or a partial command → a validated command, explained."""
    if len(text) > MAX_REQUEST:
        raise GoraeError(400, "text-too-long", f"Ask one thing at a time, in at most {MAX_REQUEST} "
                         f"characters (this was {len(text)}).", outcome="invalid")
    context = user_context(user_id)
    answer = translator.translate(text, lang, context=context)
    if answer["command"] is None and answer["intent"] is None and not answer["concept"]:
        answer = _llm_fallback(text, answer, context) or answer
    lang = answer.get("lang") or lang or "en"
    command = answer.get("command")
    if command and not answer.get("template"):
        checked = check(command, lang)
        answer.update(explanation=checked["tokens"], errors=checked["errors"],
                      violations=checked["violations"])
    else:
        answer.update(explanation=[], errors=[], violations=answer.get("violations") or [])
    return answer


def _llm_fallback(text: str, answer: dict, context: dict) -> dict | None:
    """When configured (GORAE_LLM_URL), let a model propose a command the rules did not find.
    The proposal goes through the translator's typed-command path: parser, repairs, policy."""
    config = current_app.config
    if not config.get("LLM_URL"):
        return None
    proposal = llm.propose(text, config["LLM_URL"], config["LLM_MODEL"], config["LLM_KEY"])
    if proposal is None:
        return None
    checked = translator.translate(proposal, answer["lang"], context=context)
    if checked["command"] is None:
        return None
    return {**checked, "source": "llm", "confidence": min(checked["confidence"], 0.5)}


def explain(text: str, lang: str = "en") -> dict:
    parsed = parser.parse(text)
    return {"ok": parsed.ok, "command": parsed.canonical(), "lang": lang,
            "tokens": explain_tokens.explain(parsed, lang),
            "errors": [e.as_dict(lang) for e in parsed.errors],
            "warnings": [w.as_dict(lang) for w in parsed.warnings]}


def run(text: str, user_id: str, source: str = "api", lang: str = "en",
        files: dict | None = None) -> dict:
    """``files``: an uploaded build context ({name: text}) for ``docker build``."""
    started = time.monotonic()
    outcome = _outcome(text, user_id, lang, files)
    outcome["history_id"] = store.record(user_id, source, text, outcome,
                                         (time.monotonic() - started) * 1000)
    return outcome


def run_stream(text: str, user_id: str, source: str = "api", lang: str = "en"):
    """Like :func:`run`, yielding output chunks as they come; the last item is the outcome."""
    started, chunks = time.monotonic(), []
    outcome = yield from _outcome_stream(text, user_id, lang, chunks)
    outcome["output"] = "".join(chunks) + outcome["output"]
    outcome["history_id"] = store.record(user_id, source, text, outcome,
                                         (time.monotonic() - started) * 1000)
    yield outcome


def _outcome_stream(text, user_id, lang, chunks):
    outcome = _prepare(text, user_id, lang)
    if not isinstance(outcome, planner.Plan):
        return outcome
    base = _base(parser.parse(text), lang)
    try:
        for item in engine.executor().stream(outcome):
            if isinstance(item, str):
                chunks.append(item)
                yield item
            else:
                return _result(base, item)
    except SandboxError as e:
        return _failure(base, e)


def _outcome(text: str, user_id: str, lang: str, files: dict | None = None) -> dict:
    prepared = _prepare(text, user_id, lang, files)
    if not isinstance(prepared, planner.Plan):
        return prepared
    base = _base(parser.parse(text), lang)
    try:
        return _result(base, engine.executor().execute(prepared))
    except SandboxError as e:
        return _failure(base, e)


def _prepare(text: str, user_id: str, lang: str, files: dict | None = None):
    """The plan for ``text``, or the outcome that ends the call before the engine is asked."""
    parsed = parser.parse(text)
    base = _base(parsed, lang)
    if not parsed.ok:
        return {**base, "status": "invalid", "message": _first(parsed.errors, lang)}
    if parsed.help:
        return {**base, "status": "ok", "exit_code": 0,
                "output": f"Usage:  {parsed.command.usage}\n\n{parsed.command.en}\n"}
    try:
        return planner.plan(parsed.spec(), Owner(user_id), _limits(), files)
    except PolicyViolation as e:
        return {**base, "status": "refused", "exit_code": 125, "message": e.message,
                "violations": [_violation(v, lang) for v in e.violations]}
    except SandboxError as e:
        return _failure(base, e)


def _base(parsed, lang: str) -> dict:
    return {"command": parsed.canonical(), "verb": parsed.command and parsed.command.name,
            "exit_code": None, "output": "", "violations": [],
            "errors": [e.as_dict(lang) for e in parsed.errors]}


def _failure(base: dict, e: SandboxError) -> dict:
    return {**base, "status": e.status, "exit_code": e.exit_code, "message": e.message,
            "output": e.message + "\n" + (e.hint and e.hint + "\n")}


def _result(base: dict, result) -> dict:
    status = "ok" if result.exit_code == 0 else "failed"
    return {**base, "status": status, "exit_code": result.exit_code, "output": result.output,
            "truncated": result.data.get("truncated", False),
            **{k: v for k, v in result.data.items() if k in ("id", "name", "links")}}


def _first(problems, lang: str) -> str:
    return problems[0].message.get(lang, problems[0].message["en"]) if problems else ""


def _violation(v, lang: str) -> dict:
    return v.as_dict(lang)


def _limits():
    return current_app.config["LIMITS"]


def open_terminal(text: str, user_id: str, lang: str = "en"):
    """``(terminal, outcome base)`` for an interactive command, or the outcome that refuses it."""
    prepared = _prepare(text, user_id, lang)
    if not isinstance(prepared, planner.Plan):
        return None, prepared
    base = _base(parser.parse(text), lang)
    params = prepared.params
    if not _interactive(prepared):
        return None, {**base, "status": "invalid", "exit_code": None,
                      "message": "The terminal is for interactive commands: docker run -it …, "
                                 "docker start -ai … or docker exec -it …; use Run for the others."}
    try:
        return engine.executor().open_terminal(prepared), base
    except SandboxError as e:
        return None, _failure(base, e)


def _interactive(plan) -> bool:
    params = plan.params
    if plan.op == "start":
        return bool(params["attach"] and params["interactive"] and len(params["containers"]) == 1)
    if plan.op == "exec":
        return bool(params.get("stdin") and params.get("tty"))
    return plan.op == "run" and bool(params.get("stdin") and params["create"].get("tty"))


def finish_terminal(text: str, user_id: str, base: dict, exit_code: int, output: str,
                    duration_ms: float) -> dict:
    outcome = {**base, "status": "ok" if exit_code == 0 else "failed", "exit_code": exit_code,
               "output": output}
    outcome["history_id"] = store.record(user_id, "terminal", text, outcome, duration_ms)
    return outcome


def endpoint(user_id: str, name: str, port: int) -> tuple[str, int]:
    """The address of a user's own container port, for the browser proxy."""
    return engine.executor().endpoint(Owner(user_id), name, port)


def user_context(user_id: str) -> dict:
    """The caller's objects, or nothing when the engine is away (names then stay unresolved)."""
    try:
        return engine.executor().context(Owner(user_id))
    except EngineUnavailable:
        return {}


def engine_report() -> dict:
    try:
        return {"reachable": True, **engine.executor().version()}
    except EngineUnavailable as e:
        return {"reachable": False, "message": e.message}

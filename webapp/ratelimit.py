"""Rate limits per user (flask-limiter): runs (GORAE_RATE_RUN, default 30/minute) and all other
API calls (GORAE_RATE_API, default 300/minute). A token's calls count for its owner, so one
user's tokens, browser and CLI share one budget.

Counts live in memory (``GORAE_RATE_STORAGE``, default ``memory://``), per process: with
several gunicorn workers (or the MCP process beside them) each process counts on its own, so
the effective limit is multiplied. Give a shared storage (e.g. ``redis://host:6379``) to count
across processes. Limits are off in tests unless a test turns them on (``RATELIMIT_ENABLED``).
"""
from __future__ import annotations

import math
import os
import time

from flask import Flask, current_app, g, has_request_context, request
from flask_limiter import Limiter
from flask_limiter.errors import RateLimitExceeded
from limits import parse

from . import errors
from .errors import GoraeError
from .identity import current_user

RUN_ENDPOINTS = {"api.run", "api.run_stream"}
API_SCOPE, RUN_SCOPE = "global", "run"     # flask-limiter's application limits use "global"


def _key() -> str:
    return current_user()


STATIC_ENDPOINTS = {"agent.openapi_json", "agent.tool_list"}    # fixed descriptions: not counted


def _not_api() -> bool:
    return not request.path.startswith("/api/v1/") or request.endpoint in STATIC_ENDPOINTS


def _rate(kind: str) -> str:
    return current_app.config["RATE_RUN" if kind == "run" else "RATE_API"]


def _limiter(app: Flask | None = None) -> Limiter:
    return (app or current_app).extensions["gorae.limiter"]


def enabled(app: Flask | None = None) -> bool:
    return bool((app or current_app).config.get("RATELIMIT_ENABLED"))


def hit(kind: str, user_id: str) -> None:
    """Count one ``kind`` (run or api) call for ``user_id``; raise 429 past the limit. For
    callers outside Flask's request cycle (the MCP server) and for the run tool."""
    if not enabled():
        return
    limiter = _limiter()
    item = parse(_rate(kind))
    scope = RUN_SCOPE if kind == "run" else API_SCOPE
    if not limiter.limiter.hit(item, user_id, scope):
        reset = limiter.limiter.get_window_stats(item, user_id, scope).reset_time
        raise _exceeded(item, reset)


def _exceeded(item, reset_time: float) -> GoraeError:
    retry = max(1, math.ceil(reset_time - time.time()))
    if has_request_context():
        g.retry_after = retry
    return GoraeError(429, "rate-limited", f"Too many requests: the limit is {item}. Try again "
                      f"in {retry} s.", retry_after=retry)


def _check_run():
    """Runs have their own, smaller budget: POST /api/v1/run(/stream) and the run tool."""
    if not enabled() or request.method != "POST":
        return
    is_run = request.endpoint in RUN_ENDPOINTS or (
        request.endpoint == "agent.call_tool" and (request.view_args or {}).get("name") == "run")
    if is_run:
        hit("run", current_user())


def _on_exceeded(e: RateLimitExceeded):
    current = _limiter().current_limit
    reset = current.reset_at if current else time.time() + 60
    return errors.handle(_exceeded(e.limit.limit, reset))


def _retry_after_header(response):
    retry = g.pop("retry_after", None)
    if retry is not None and response.status_code == 429:
        response.headers["Retry-After"] = str(retry)
    return response


def init_app(app: Flask):
    app.config.setdefault("RATE_RUN", os.environ.get("GORAE_RATE_RUN", "30/minute"))
    app.config.setdefault("RATE_API", os.environ.get("GORAE_RATE_API", "300/minute"))
    app.config.setdefault("RATELIMIT_STORAGE_URI", os.environ.get("GORAE_RATE_STORAGE", "memory://"))
    app.config.setdefault("RATELIMIT_ENABLED", not app.config.get("TESTING"))
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    # a moving window: no double burst across a minute boundary (a fixed window allows 2x)
    app.config.setdefault("RATELIMIT_STRATEGY", "moving-window")
    for key in ("RATE_RUN", "RATE_API"):
        parse(app.config[key])          # a bad value is a start-up error, not a 500 later
    limiter = Limiter(key_func=_key, application_limits=[lambda: current_app.config["RATE_API"]],
                      application_limits_exempt_when=_not_api)
    # after_request hooks run last-registered first: ours is registered before the limiter's
    # header injection so that it runs after it, and the Retry-After of a run-budget 429 is the
    # run budget's (the limiter's own would be the API window's, a second off or more)
    app.after_request(_retry_after_header)
    limiter.init_app(app)
    app.extensions["gorae.limiter"] = limiter
    app.before_request(_check_run)
    app.register_error_handler(RateLimitExceeded, _on_exceeded)

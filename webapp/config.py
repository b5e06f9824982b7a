"""Configuration from ``GORAE_*`` environment variables (the engine from ``DOCKER_HOST``)."""
from __future__ import annotations

import os

from flask import Flask

from runtime.firewall import Egress, parse_egress
from runtime.policy import Limits

DEFAULTS = {
    "DATABASE": None,               # SQLite file; default: <instance>/gorae.db
    "SECRET_KEY": None,             # required outside development and tests
    "DEV": False,                   # GORAE_DEV=1: development conveniences (a throwaway key)
    "ENGINE_TIMEOUT": 60,           # seconds for one engine API call
    "RUN_TIMEOUT": 30.0,            # seconds a foreground run or exec may take
    "EGRESS": "",                   # GORAE_EGRESS: 0, 1 or host:port,… (runtime/firewall.py)
    "TRUSTED_USER_HEADER": "",      # e.g. X-Forwarded-User, only behind a trusted proxy
    "EMBED_ORIGINS": "",            # space-separated origins allowed to frame /embed/ pages
    "MAX_CONTENT_LENGTH": 16 * 1024,
    "TERMINAL_IDLE": 120,           # seconds an interactive terminal may sit without input
    "TERMINAL_MAX": 600,            # seconds a terminal session may last in all
    "TERMINAL_OUTPUT": 1024 * 1024,  # bytes of output a terminal session may send
    "LLM_URL": "",                  # optional OpenAI-compatible endpoint for the translator's fallback
    "LLM_MODEL": "gpt-4o-mini",
    "LLM_KEY": "",
    "USER_PREFIX": "",              # prepended to user ids: tells apart deployments sharing an engine
    "SECURE_COOKIES": False,        # GORAE_SECURE_COOKIES=1 behind TLS: the cookie is sent over https only
}


class ConfigError(RuntimeError):
    pass


def _coerce(default, text: str):
    if isinstance(default, bool):
        return text.lower() in ("1", "true", "yes", "on")
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        return type(default)(text)
    return text


def load(app: Flask, test_config: dict | None):
    for key, default in DEFAULTS.items():
        env = os.environ.get("GORAE_" + key)
        app.config[key] = _coerce(default, env) if env is not None else default
    if test_config:
        app.config.update(test_config)
    if not app.config["DATABASE"]:
        os.makedirs(app.instance_path, exist_ok=True)
        app.config["DATABASE"] = os.path.join(app.instance_path, "gorae.db")
    if not app.config["SECRET_KEY"]:
        if not (app.config["DEV"] or app.config.get("TESTING")):
            raise ConfigError("GORAE_SECRET_KEY is not set. Set it to a long random string, e.g. "
                              "export GORAE_SECRET_KEY=$(python3 -c 'import secrets; "
                              "print(secrets.token_hex(32))'), or GORAE_DEV=1 for development.")
        app.config["SECRET_KEY"] = os.urandom(32).hex()
    app.config["LIMITS"] = app.config.get("LIMITS") or Limits(
        run_timeout=app.config["RUN_TIMEOUT"], egress=_egress(app.config["EGRESS"]))
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      SESSION_COOKIE_SECURE=bool(app.config["SECURE_COOKIES"]),
                      PERMANENT_SESSION_LIFETIME=60 * 60 * 24 * 365)


def _egress(value) -> Egress:
    if isinstance(value, Egress):
        return value
    try:
        return parse_egress(str(value))
    except ValueError as e:
        raise ConfigError(str(e)) from None

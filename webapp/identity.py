"""Who is calling: a trusted proxy header when configured, else an anonymous signed cookie."""
from __future__ import annotations

import secrets

from flask import Flask, current_app, g, request, session


def current_user() -> str:
    if "user" not in g:
        g.user = current_app.config["USER_PREFIX"] + (_from_proxy() or _from_cookie())
    return g.user


def _from_proxy() -> str | None:
    header = current_app.config["TRUSTED_USER_HEADER"]
    value = request.headers.get(header, "").strip() if header else ""
    return f"proxy:{value}" if value else None


def _from_cookie() -> str:
    if "uid" not in session:
        session["uid"] = "anon:" + secrets.token_hex(12)
        session.permanent = True
    return session["uid"]


def init_app(app: Flask):
    app.jinja_env.globals["current_user"] = current_user

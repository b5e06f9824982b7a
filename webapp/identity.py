"""Who is calling, in this order: an API token (``Authorization: Bearer``), a trusted proxy
header when configured, an embed widget's id (``X-Gorae-Widget``), else an anonymous signed
cookie. Only the cookie way sets a cookie."""
from __future__ import annotations

import re
import secrets

from flask import Flask, current_app, g, request, session

from .errors import GoraeError

WIDGET_HEADER = "X-Gorae-Widget"
_WIDGET_ID = re.compile(r"[A-Za-z0-9_-]{22,64}")


def current_user() -> str:
    if "user" not in g:
        token_user = _from_token()
        if token_user is not None:
            g.user = token_user            # stored with the prefix it was created under
        else:
            g.user = current_app.config["USER_PREFIX"] + (_from_proxy() or _from_widget()
                                                          or _from_cookie())
    return g.user


def auth_kind() -> str:
    """How the caller was identified: token, proxy, widget or cookie."""
    current_user()
    return g.auth


def via_token() -> bool:
    return auth_kind() == "token"


def bearer_token() -> str | None:
    """The token in ``Authorization: Bearer …``, if the request carries one."""
    scheme, _, value = request.headers.get("Authorization", "").strip().partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _from_token() -> str | None:
    token = bearer_token()
    if token is None:
        return None
    from . import tokens

    row = tokens.lookup(token)
    if row is None:
        raise GoraeError(401, "invalid-token", "This API token is unknown or has been revoked.",
                         hint="Create a token at /tokens (or `gorae tokens create`) and send it "
                              "as Authorization: Bearer <token>.")
    g.auth, g.token_id = "token", row["id"]
    return row["user_id"]


def _from_proxy() -> str | None:
    header = current_app.config["TRUSTED_USER_HEADER"]
    value = request.headers.get(header, "").strip() if header else ""
    if value:
        g.auth = "proxy"
        return f"proxy:{value}"
    return None


def _from_widget() -> str | None:
    value = request.headers.get(WIDGET_HEADER)
    if value is None and request.path == "/ws/terminal":
        value = request.args.get("widget")    # a browser WebSocket cannot send headers
    if value is None:
        return None
    if not _WIDGET_ID.fullmatch(value.strip()):
        raise GoraeError(400, "invalid-widget-id", f"{WIDGET_HEADER} must be 22 to 64 characters "
                         "of A-Z, a-z, 0-9, _ and -.", hint="Generate it once per browser, e.g. "
                         "16 random bytes in base64url, and keep it in localStorage.")
    g.auth = "widget"
    return f"widget:{value.strip()}"


def _from_cookie() -> str:
    g.auth = "cookie"
    if "uid" not in session:
        session["uid"] = "anon:" + secrets.token_hex(12)
        session.permanent = True
    return session["uid"]


def _identify_early():
    """A bad token or widget id fails the request before any view runs, whether or not the
    view asks who is calling."""
    if "Authorization" in request.headers or WIDGET_HEADER in request.headers:
        current_user()


def init_app(app: Flask):
    app.jinja_env.globals["current_user"] = current_user
    app.before_request(_identify_early)

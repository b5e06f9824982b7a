"""Headers on every response and the cross-site request check on the API."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, current_app, request

from .errors import GoraeError

_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors {ancestors}")
_UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def check_api_request():
    """API writes must be JSON and must not come from another site's page (CSRF); so must
    writes through the sandbox proxy, which acts as the user on their containers."""
    if request.method not in _UNSAFE:
        return
    if request.path.startswith("/sandbox/"):
        return _refuse_cross_site("the sandbox proxy", "open the page from Gorae itself")
    if not request.path.startswith("/api/"):
        return
    if request.mimetype != "application/json":
        raise GoraeError(415, "unsupported-media-type",
                         "Send the body as JSON with the header Content-Type: application/json.")
    if request.headers.get("Authorization", "")[:7].lower() == "bearer ":
        return   # a token, not an ambient cookie: no CSRF risk; identity answers 401 for bad ones
    _refuse_cross_site("the API", "call it from Gorae's own pages, or from a script or agent "
                                  "(no browser)")


def _refuse_cross_site(what: str, instead: str):
    site = request.headers.get("Sec-Fetch-Site")
    if site and site not in ("same-origin", "none"):
        raise GoraeError(403, "cross-site-request",
                         f"Cross-site requests to {what} are refused; {instead}.")
    origin = request.headers.get("Origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.host:
        raise GoraeError(403, "cross-site-request",
                         f"Requests from {origin} to {what} are refused; {instead}.")


def add_headers(response):
    embeddable = request.path.startswith("/embed/")
    origins = current_app.config["EMBED_ORIGINS"].split()
    ancestors = " ".join(origins) if embeddable and origins else ("'self'" if embeddable else "'none'")
    response.headers.setdefault("Content-Security-Policy", _CSP.format(ancestors=ancestors))
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not embeddable:
        response.headers.setdefault("X-Frame-Options", "DENY")
    return response


def init_app(app: Flask):
    app.before_request(check_api_request)
    app.after_request(add_headers)

"""One error type for the web app, carrying its HTTP status, and one handler for JSON and HTML."""
from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException


class GoraeError(Exception):
    """Anything the app answers with an error. ``extra`` fields go into the JSON body as-is."""

    def __init__(self, status: int, code: str, message: str, hint: str = "", **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.hint, self.extra = status, code, message, hint, extra

    def body(self) -> dict:
        body = {"status": self.extra.pop("outcome", "error"), "error": self.code,
                "message": self.message, **self.extra}
        if self.hint:
            body["hint"] = self.hint
        return body


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def handle(error: GoraeError):
    if _wants_json():
        return jsonify(error.body()), error.status
    return render_template("error.html", error=error), error.status


def _from_http(e: HTTPException):
    messages = {413: "The request body is too large (the limit is 16 KiB).",
                404: "There is nothing at this address.",
                405: "This address does not accept that method."}
    code = (e.name or "error").lower().replace(" ", "-")
    return handle(GoraeError(e.code or 500, code, messages.get(e.code, e.description or e.name)))


def _from_unexpected(e: Exception):
    logging.getLogger("gorae").exception("unhandled error")
    return handle(GoraeError(500, "internal-error",
                             "Gorae hit an internal error; it has been logged. Please try again."))


def init_app(app: Flask):
    app.register_error_handler(GoraeError, handle)
    app.register_error_handler(HTTPException, _from_http)
    app.register_error_handler(Exception, _from_unexpected)

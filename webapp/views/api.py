"""The JSON API under /api/v1."""
from __future__ import annotations

import json

from flask import Blueprint, Response, jsonify, request, stream_with_context

from .. import service
from ..errors import GoraeError
from ..history import store
from ..identity import current_user

bp = Blueprint("api", __name__, url_prefix="/api/v1")
MAX_COMMAND = 4096


def _json_body() -> dict:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise GoraeError(400, "invalid-json", "The body must be a JSON object, e.g. "
                         '{"command": "docker run --rm hello-world"}.', outcome="invalid")
    return body


def _text_field(body: dict, name: str) -> str:
    value = body.get(name)
    if value is None:
        raise GoraeError(400, "missing-field", f'The field "{name}" is required.', outcome="invalid")
    if not isinstance(value, str):
        raise GoraeError(400, "wrong-type", f'The field "{name}" must be a string, not '
                         f"{type(value).__name__}.", outcome="invalid")
    if len(value) > MAX_COMMAND or "\x00" in value or not _encodable(value):
        raise GoraeError(400, "invalid-command", f'The field "{name}" must be at most '
                         f"{MAX_COMMAND} characters of valid text (no NUL bytes or lone surrogates).", outcome="invalid")
    return value


def _files(body: dict) -> dict | None:
    files = body.get("files")
    if files is not None and not isinstance(files, dict):
        raise GoraeError(400, "wrong-type", 'The field "files" must be an object mapping file '
                         'names to their text, e.g. {"Dockerfile": "FROM busybox"}.',
                         outcome="invalid")
    return files


def _encodable(text: str) -> bool:
    """False for text with lone surrogates (``"\\ud800"`` in JSON): not UTF-8, so not a command."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _lang(body: dict) -> str:
    lang = body.get("lang", "en")
    return lang if lang in ("en", "ko") else "en"


@bp.post("/run")
def run():
    body = _json_body()
    text = _text_field(body, "command")
    outcome = service.run(text, current_user(), "api", _lang(body), _files(body))
    return jsonify(outcome), service.HTTP_STATUS[outcome["status"]]


@bp.post("/run/stream")
def run_stream():
    """Server-sent events: ``output`` chunks as they come, then one ``result``."""
    body = _json_body()
    text = _text_field(body, "command")
    events = service.run_stream(text, current_user(), "api", _lang(body))

    def generate():
        for item in events:
            name, data = ("output", {"data": item}) if isinstance(item, str) else ("result", item)
            yield f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
    return Response(stream_with_context(generate()), mimetype="text/event-stream",
                    headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@bp.post("/validate")
def validate():
    body = _json_body()
    return jsonify(service.check(_text_field(body, "command"), _lang(body)))


@bp.post("/translate")
def translate():
    body = _json_body()
    lang = body.get("lang") if body.get("lang") in ("en", "ko") else None
    return jsonify(service.translate(_text_field(body, "text"), current_user(), lang))


@bp.post("/explain")
def explain():
    body = _json_body()
    return jsonify(service.explain(_text_field(body, "command"), _lang(body)))


@bp.get("/history")
def history():
    limit = request.args.get("limit", 50, type=int)
    rows = store.search(current_user(), query=request.args.get("q", ""),
                       status=request.args.get("status", ""), verb=request.args.get("verb", ""),
                       limit=max(1, min(limit, 500)), before=request.args.get("before", type=int))
    for row in rows:
        row.pop("user_id", None)
        row.pop("rank", None)
    return jsonify({"items": rows})


@bp.get("/engine")
def engine_status():
    return jsonify(service.engine_report())

"""HTML pages and the health check."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template, request

from .. import service

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    return render_template("index.html")


@bp.get("/healthz")
def healthz():
    report = service.engine_report()
    return jsonify({"status": "ok" if report["reachable"] else "degraded", "engine": report})


@bp.get("/explain")
def explain_page():
    text = request.args.get("cmd", "")[:4096]
    lang = request.args.get("lang") or request.accept_languages.best_match(["en", "ko"]) or "en"
    result = service.explain(text, lang) if text.strip() else None
    pieces = _pieces(text, result["tokens"]) if result else []
    return render_template("explain.html", text=text, result=result, pieces=pieces, lang=lang)


def _pieces(text: str, tokens: list[dict]) -> list[dict]:
    """The command cut into plain and explained pieces, in order, for highlighting."""
    pieces, at = [], 0
    for number, token in enumerate(sorted(tokens, key=lambda t: t["start"]), 1):
        if token["start"] < at:
            continue
        if token["start"] > at:
            pieces.append({"text": text[at:token["start"]]})
        pieces.append({"text": text[token["start"]:token["end"]], "token": token, "n": number})
        at = token["end"]
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces

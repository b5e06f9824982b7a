"""HTML pages and the health check."""
from __future__ import annotations

from flask import Blueprint, jsonify, render_template

from .. import service

bp = Blueprint("pages", __name__)


@bp.get("/")
def index():
    return render_template("index.html")


@bp.get("/healthz")
def healthz():
    report = service.engine_report()
    return jsonify({"status": "ok" if report["reachable"] else "degraded", "engine": report})

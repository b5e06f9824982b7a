"""The history pages: the caller's own runs, searchable and filterable, re-runnable, deletable
(POST forms with a CSRF token) and exportable as JSON or CSV."""
from __future__ import annotations

import csv
import io
import json

from flask import Blueprint, Response, redirect, render_template, request, url_for

from ..history import store
from ..identity import current_user
from .ui import check_csrf

bp = Blueprint("history_pages", __name__)
PAGE_SIZE = 20
STATUSES = ("ok", "failed", "refused", "invalid", "unavailable", "error")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _filters() -> dict:
    status = request.args.get("status", "")
    return {"query": request.args.get("q", "").strip()[:200],
            "status": status if status in STATUSES else "",
            "verb": request.args.get("verb", "").strip()[:40]}


@bp.get("/history")
def history():
    user, filters = current_user(), _filters()
    before = request.args.get("before", type=int)
    rows = store.search(user, **filters, limit=PAGE_SIZE + 1, before=before)
    older = rows[PAGE_SIZE - 1]["id"] if len(rows) > PAGE_SIZE else None
    return render_template("history.html", rows=rows[:PAGE_SIZE], older=older, before=before,
                           filters=filters, statuses=STATUSES, verbs=store.verbs(user),
                           total=store.count(user), done=request.args.get("done", ""))


@bp.post("/history/<int:run_id>/delete")
def delete(run_id: int):
    check_csrf()
    store.delete(current_user(), run_id)
    return redirect(url_for(".history", done="deleted"), 303)


@bp.post("/history/delete")
def delete_all():
    check_csrf()
    store.delete_all(current_user())
    return redirect(url_for(".history", done="deleted-all"), 303)


def _download(body: str, mimetype: str, name: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/history/export.json")
def export_json():
    items = list(store.export(current_user()))
    body = json.dumps({"items": items}, ensure_ascii=False, indent=1)
    return _download(body, "application/json", "gorae-history.json")


@bp.get("/history/export.csv")
def export_csv():
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=store.EXPORT_COLUMNS)
    writer.writeheader()
    for row in store.export(current_user()):
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return _download("\ufeff" + out.getvalue(), "text/csv", "gorae-history.csv")


def _cell(value):
    """Spreadsheets run cells that start like a formula; such text gets a leading quote."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value

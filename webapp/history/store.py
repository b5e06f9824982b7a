"""The history store: record a call, list and search a user's calls. One connection per request."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

import sqlite_utils
from flask import Flask, current_app, g

from .migrations import migrations

OUTPUT_KEPT = 64 * 1024     # history keeps the first 64 KiB of an output


def connect(path: str) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA synchronous = NORMAL")
    return sqlite_utils.Database(conn)


def migrate(path: str):
    db = connect(path)
    db.enable_wal()
    migrations.apply(db)
    db.close()


def db() -> sqlite_utils.Database:
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def _close(exc=None):
    database = g.pop("db", None)
    if database is not None:
        database.close()


def record(user_id: str, source: str, input_text: str, outcome: dict, duration_ms: float) -> int:
    output = outcome.get("output") or ""
    row = {
        "user_id": user_id, "created": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
        "source": source, "input": input_text, "command": outcome.get("command"),
        "verb": outcome.get("verb"), "status": outcome["status"],
        "exit_code": outcome.get("exit_code"), "output": output[:OUTPUT_KEPT],
        "truncated": int(bool(outcome.get("truncated")) or len(output) > OUTPUT_KEPT),
        "duration_ms": round(duration_ms, 2),
    }
    database = db()
    # Take the write lock up front: a deferred transaction that reads first cannot wait for a
    # concurrent writer (SQLite answers "database is locked" at once instead of busy-waiting).
    database.conn.execute("BEGIN IMMEDIATE")
    try:
        pk = database["runs"].insert(row).last_pk
        database.conn.commit()
        return pk
    except BaseException:
        if database.conn.in_transaction:
            database.conn.rollback()
        raise


def items(user_id: str, query: str = "", status: str = "", verb: str = "", limit: int = 50,
          before: int | None = None) -> list[dict]:
    where, params = ["user_id = :user"], {"user": user_id}
    for column, value in (("status", status), ("verb", verb)):
        if value:
            where.append(f"{column} = :{column}")
            params[column] = value
    if before:
        where.append("id < :before")
        params["before"] = before
    table = db()["runs"]
    if query:
        return list(table.search(query, where=" and ".join(where), where_args=params,
                                 limit=limit, order_by="id desc", quote=True))
    return list(table.rows_where(" and ".join(where), params, order_by="id desc", limit=limit))


def init_app(app: Flask):
    migrate(app.config["DATABASE"])
    app.teardown_appcontext(_close)

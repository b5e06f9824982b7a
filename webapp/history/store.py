"""The history store: record a call, list and search a user's calls. One connection per request."""
from __future__ import annotations

import fcntl
import sqlite3
from contextlib import contextmanager
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
    """Bring the schema up to date. Several workers may boot at once on a fresh file: a lock
    file lets one of them migrate while the others wait, then find nothing left to do."""
    with open(path + ".migrate-lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            db = connect(path)
            db.enable_wal()
            migrations.apply(db)
            db.close()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


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
    with _immediate() as database:
        return database["runs"].insert(row).last_pk


@contextmanager
def _immediate():
    """A write transaction that takes the write lock up front: a deferred transaction that reads
    first cannot wait for a concurrent writer (SQLite answers "database is locked" at once
    instead of busy-waiting)."""
    database = db()
    database.conn.execute("BEGIN IMMEDIATE")
    try:
        yield database
        database.conn.commit()
    except BaseException:
        if database.conn.in_transaction:
            database.conn.rollback()
        raise


def _filters(user_id: str, status: str, verb: str, before: int | None) -> tuple[list, dict]:
    """The WHERE clauses and parameters every history listing starts from."""
    where, params = ["user_id = :user"], {"user": user_id}
    for column, value in (("status", status), ("verb", verb)):
        if value:
            where.append(f"{column} = :{column}")
            params[column] = value
    if before:
        where.append("id < :before")
        params["before"] = before
    return where, params


def items(user_id: str, query: str = "", status: str = "", verb: str = "", limit: int = 50,
          before: int | None = None) -> list[dict]:
    where, params = _filters(user_id, status, verb, before)
    table = db()["runs"]
    if query:
        return list(table.search(query, where=" and ".join(where), where_args=params,
                                 limit=limit, order_by="id desc", quote=True))
    return list(table.rows_where(" and ".join(where), params, order_by="id desc", limit=limit))


def init_app(app: Flask):
    migrate(app.config["DATABASE"])
    app.teardown_appcontext(_close)


# --- the history pages: short-query search, one entry, deleting, exporting ----------------------

EXPORT_COLUMNS = ("id", "created", "source", "input", "command", "verb", "status", "exit_code",
                  "output", "truncated", "duration_ms")


def search(user_id: str, query: str = "", status: str = "", verb: str = "", limit: int = 20,
           before: int | None = None) -> list[dict]:
    """Like ``items``, but words under three characters (which the trigram index cannot find)
    are matched with LIKE, so "ps" or "앱" find something too."""
    words = query.split()
    if not words or min(len(w) for w in words) >= 3:
        return items(user_id, query, status, verb, limit, before)
    where, params = _filters(user_id, status, verb, before)
    for i, word in enumerate(words[:10]):
        params[f"w{i}"] = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(" + " or ".join(f"{c} like :w{i} escape '\\'"
                                       for c in ("input", "command", "output")) + ")")
    return list(db()["runs"].rows_where(" and ".join(where), params, order_by="id desc",
                                        limit=limit))


def get(user_id: str, run_id: int) -> dict | None:
    rows = list(db()["runs"].rows_where("user_id = ? and id = ?", [user_id, run_id]))
    return rows[0] if rows else None


def _write(sql: str, params: list) -> int:
    with _immediate() as database:
        return database.conn.execute(sql, params).rowcount


def delete(user_id: str, run_id: int) -> bool:
    """Delete one of the user's entries (someone else's id deletes nothing)."""
    return _write("delete from runs where user_id = ? and id = ?", [user_id, run_id]) > 0


def delete_all(user_id: str) -> int:
    return _write("delete from runs where user_id = ?", [user_id])


def verbs(user_id: str) -> list[str]:
    """The verbs in the user's history, for the filter."""
    rows = db().execute("select distinct verb from runs where user_id = ? and verb is not null "
                        "order by verb", [user_id]).fetchall()
    return [r[0] for r in rows]


def count(user_id: str) -> int:
    return db()["runs"].count_where("user_id = ?", [user_id])


def export(user_id: str):
    """All of the user's entries, newest first, with the export columns only."""
    columns = ", ".join(EXPORT_COLUMNS)
    cursor = db().execute(f"select {columns} from runs where user_id = ? order by id desc",
                          [user_id])
    for row in cursor:
        yield dict(zip(EXPORT_COLUMNS, row))

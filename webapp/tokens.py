"""API tokens: ``Authorization: Bearer <token>`` acts as the user who created the token.

A token is ``gorae_`` and 40 random URL-safe characters. Only its sha256 is stored, with the
first characters (the prefix) to tell tokens apart in a listing. Revoking keeps the row (marked
revoked) so a listing can still say what was revoked; revoked tokens never authenticate.
Every function needs an app context (the history database).
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from .errors import GoraeError
from .history import store

PREFIX = "gorae_"
SHOWN = len(PREFIX) + 6          # characters of a token kept in clear, for listings
MAX_ACTIVE = 20                  # active tokens per user
MAX_NAME = 64
_TOUCH_EVERY = timedelta(minutes=1)   # last_used is written at most this often


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def looks_like_token(value: str) -> bool:
    return value.startswith(PREFIX) and 20 <= len(value) <= 200


def _public(row: dict) -> dict:
    return {"id": row["id"], "name": row["name"], "prefix": row["prefix"],
            "created": row["created"], "last_used": row.get("last_used")}


def _write(fn):
    database = store.db()
    database.conn.execute("BEGIN IMMEDIATE")     # see store.record: take the write lock first
    try:
        result = fn(database)
        database.conn.commit()
        return result
    except BaseException:
        if database.conn.in_transaction:
            database.conn.rollback()
        raise


def create(user_id: str, name: str = "") -> tuple[dict, str]:
    """A new token for ``user_id``: (its public row, the secret, shown this once)."""
    name = (name or "").strip()[:MAX_NAME] or "token"
    if any(ord(c) < 32 for c in name):
        raise GoraeError(400, "invalid-name", "A token name cannot contain control characters.")
    token = PREFIX + secrets.token_urlsafe(30)

    def insert(database):
        active = database.execute(
            "select count(*) from tokens where user_id = ? and revoked is null", [user_id]).fetchone()[0]
        if active >= MAX_ACTIVE:
            raise GoraeError(409, "too-many-tokens", f"You already have {MAX_ACTIVE} active tokens.",
                             hint="Revoke one you no longer use first.")
        row = {"user_id": user_id, "name": name, "prefix": token[:SHOWN], "hash": digest(token),
               "created": _stamp(_now()), "last_used": None, "revoked": None}
        row["id"] = database["tokens"].insert(row).last_pk
        return row
    return _public(_write(insert)), token


def items(user_id: str) -> list[dict]:
    rows = store.db()["tokens"].rows_where("user_id = ? and revoked is null", [user_id],
                                            order_by="id desc")
    return [_public(r) for r in rows]


def revoke(user_id: str, ref: int | str) -> dict | None:
    """Revoke one of ``user_id``'s tokens by id or by prefix; the revoked row, or None."""
    def update(database):
        if isinstance(ref, int) or str(ref).isdigit():
            where, args = "id = ?", [int(ref)]
        else:
            where, args = "prefix = ?", [str(ref)[:SHOWN]]
        rows = list(database["tokens"].rows_where(
            f"user_id = ? and revoked is null and {where}", [user_id, *args]))
        if len(rows) != 1:
            return None
        database["tokens"].update(rows[0]["id"], {"revoked": _stamp(_now())})
        return _public(rows[0])
    return _write(update)


def lookup(token: str) -> dict | None:
    """The active token row for a presented secret (and its last use noted), or None."""
    if not looks_like_token(token):
        return None
    rows = list(store.db()["tokens"].rows_where("hash = ? and revoked is null", [digest(token)]))
    if not rows:
        return None
    row = rows[0]
    now = _now()
    last = row.get("last_used")
    if not last or datetime.fromisoformat(last) + _TOUCH_EVERY < now:
        _write(lambda database: database["tokens"].update(row["id"], {"last_used": _stamp(now)}))
    return row

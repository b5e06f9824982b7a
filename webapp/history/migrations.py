"""The history schema, as sqlite-utils migrations (applied in order, each once)."""
from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("gorae.history")


@migrations()
def create_runs(db):
    db["runs"].create({
        "id": int, "user_id": str, "created": str, "source": str, "input": str,
        "command": str, "verb": str, "status": str, "exit_code": int, "output": str,
        "truncated": int, "duration_ms": float,
    }, pk="id", not_null={"user_id", "created", "input", "status"})
    db["runs"].create_index(["user_id", "id"])


@migrations()
def search_runs(db):
    db["runs"].enable_fts(["input", "command", "output"], tokenize="trigram", create_triggers=True)


@migrations()
def create_tokens(db):
    """API tokens: only a sha256 of each token is kept, with a short prefix to recognise it."""
    db["tokens"].create({
        "id": int, "user_id": str, "name": str, "prefix": str, "hash": str, "created": str,
        "last_used": str, "revoked": str,
    }, pk="id", not_null={"user_id", "name", "prefix", "hash", "created"})
    db["tokens"].create_index(["hash"], unique=True)
    db["tokens"].create_index(["user_id", "id"])

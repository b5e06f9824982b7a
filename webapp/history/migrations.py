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

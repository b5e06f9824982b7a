"""Helpers the translator's cause files share: a container of the caller's context, and the two
checks they all make — the exact command, or a question back."""
from __future__ import annotations

from webapp.commands import parser
from webapp.commands.translate import translate


def container(name: str, image: str, status: str = "running", created: int = 1) -> dict:
    return {"name": name, "image": image, "status": status, "created": created}


def same(got: str | None, expected: str) -> bool:
    """The same command once parsed: flag order and spelling (-n/--tail) do not matter."""
    return got is not None and parser.parse(got).canonical() == parser.parse(expected).canonical()


def assert_command(text: str, context: dict | None, expected: str, lang: str | None = None) -> dict:
    """``text`` translates to exactly ``expected``, without a question, as a command docker
    accepts (a template's placeholders, and verbs the sandbox does not offer, aside)."""
    result = translate(text, lang, context)
    assert result["command"] == expected, result
    assert result["clarify"] is None, result
    problems = {e.code for e in parser.parse(result["command"]).errors}
    assert "<" in expected or problems <= {"not-available"}, problems
    return result


def assert_asks(text: str, context: dict | None = None, names=(), lang: str | None = None) -> dict:
    """``text`` gets a question back, naming each of ``names``."""
    result = translate(text, lang, context)
    assert result["command"] is None and result["clarify"], result
    assert all(name in result["clarify"] for name in names), result
    return result

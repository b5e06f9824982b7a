"""Program output and typed text made safe to put in an HTML page as text.

Terminal escape sequences are harmless inside a page, but pages get copied into terminals and
saved: OSC 52 writes a clipboard, OSC 0 sets a title. Every {{ … }} in a template goes through
``for_html`` (the Jinja ``finalize``): colour codes (SGR) stay as a visible ``␛[…m`` that the
page's script turns back into colours (static/js/output.js); every other sequence and control
character but newline and tab is dropped. The same sequences as output.js recognises.
"""
from __future__ import annotations

import re

from markupsafe import Markup

MARK = "\u241b"            # ␛ SYMBOL FOR ESCAPE
_SEQUENCE = re.compile("|".join([
    r"\x1b\[[0-?]*[ -/]*[@-~]",
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)",
    r"\x1b[PX^_][^\x1b]*\x1b\\",
    r"\x1b[ -/]*[0-~]",
    r"\x9b[0-?]*[ -/]*[@-~]",
    r"\x9d[^\x07\x9c]*(?:\x07|\x9c)",
]))
_SGR = re.compile(r"(?:\x1b\[|\x9b)([0-9;:]*m)")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _sequence(match: re.Match) -> str:
    sgr = _SGR.fullmatch(match.group(0))
    return f"{MARK}[{sgr.group(1)}" if sgr else ""


def for_html(value):
    """A template value without raw escapes (Markup stays Markup)."""
    if not isinstance(value, str):
        return value
    text = value
    if any(c in text for c in "\x1b\x9b\x9d") or _CONTROLS.search(text):
        text = _CONTROLS.sub("", _SEQUENCE.sub(_sequence, text))
    return Markup(text) if isinstance(value, Markup) else text

"""Options written as a list of keys and values, the way tools and agents write them:
``{action:'run', image:'redis:7', detach:true}``, ``nginx, name=edge, bg``.

Each known key becomes the flag it names, so the rest of the reader sees a typed command
(``run redis:7 -d``). Only items standing alone (between braces, commas or the ends of the
text) are read: "containers with name=web" stays a filter, "-e name=bob" an env value.
"""
from __future__ import annotations

import re

from . import lexicon as L

_KEYS = "|".join(sorted(map(re.escape, {**L.OPTION_KEYS, **L.SWITCH_KEYS, **dict.fromkeys(L.WORD_KEYS)}),
                        key=len, reverse=True))
_VALUE = r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]|[^,{}\s]+"
_ITEM = re.compile(r"(?:(?<=^)|(?<=[{,]))\s*['\"]?(" + _KEYS + r")['\"]?\s*[:=]\s*(" + _VALUE + r")\s*(?=[,}]|$)",
                   re.I)
# "tool_call{", "run({": the wrapper around the options
_WRAPPER = re.compile(r"[\w.]*\(?\{([^{}]*)\}\)?")
_LIST_ITEM = re.compile(r"'[^']*'|\"[^\"]*\"|[^,\[\]\s]+")
_TRUE = {"true", "yes", "1", "on"}


def spell_out(text: str) -> str:
    """The option items in ``text`` as the flags they name."""
    if ":" not in text and "=" not in text:
        return text
    text = _WRAPPER.sub(lambda m: m.group(1) if _ITEM.search(m.group(1).strip()) else m.group(), text)
    return _ITEM.sub(_flag, text)


def _flag(m: re.Match) -> str:
    key, value = m.group(1).lower(), m.group(2)
    values = [v.strip("'\"") for v in _LIST_ITEM.findall(value)] if value.startswith("[") \
        else [value.strip("'\"")]
    if key in L.SWITCH_KEYS:
        return " " + L.SWITCH_KEYS[key] if values[0].lower() in _TRUE else ""
    if key in L.WORD_KEYS:
        return " " + " ".join(values)
    return "".join(f" {L.OPTION_KEYS[key]} {v}" for v in values if v)

"""The plain command spec the runtime accepts: what was asked, with where it was asked.

A spec is what a parser (or any other front end) hands the runtime. It names the canonical
verb (``run``, ``network create`` ...), each option by its canonical long name with its raw
value, and the positional arguments. Spans point into the text the user typed so that a
policy refusal can underline the exact token; callers without text use ``-1``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Option:
    name: str                 # canonical long name, e.g. "publish"
    value: str | bool         # raw text value; True/False for booleans
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Arg:
    value: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Spec:
    verb: str
    options: tuple[Option, ...] = ()
    args: tuple[Arg, ...] = ()
    command: tuple[Arg, ...] = ()   # run/create/exec: the container's own command line
    text: str = ""                  # the canonical command line, for messages and history

    def values(self, name: str) -> list:
        """Every value given for option ``name``, in order (repeatable flags accumulate)."""
        return [o.value for o in self.options if o.name == name]

    def value(self, name: str, default=None):
        """The last value given for ``name`` (pflag semantics: the last one wins)."""
        found = self.values(name)
        return found[-1] if found else default

    def flag(self, name: str) -> bool:
        return bool(self.value(name, False))

    def option(self, name: str) -> Option | None:
        found = [o for o in self.options if o.name == name]
        return found[-1] if found else None

    def arg_values(self) -> list[str]:
        return [a.value for a in self.args]


@dataclass(frozen=True)
class Owner:
    """The sandbox a command runs in: one per user. ``key`` is short, stable and engine-safe."""

    id: str
    key: str = field(default="")

    def __post_init__(self):
        if not self.key:
            object.__setattr__(self, "key", hashlib.sha256(self.id.encode()).hexdigest()[:10])

"""The docker command grammar: typed views over the flag tables in ``flagtable``.

``flagtable`` is plain data (one tuple per flag, one dict per subcommand); this module turns it
into lookups by spelling, long name and shorthand, built once at import.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import flagtable

MANAGEMENT = ("container", "image", "network", "volume", "builder", "system", "plugin",
              "context", "buildx", "compose", "swarm", "service", "node", "secret", "config",
              "stack", "trust", "manifest", "checkpoint")


@dataclass(frozen=True)
class Flag:
    long: str
    short: str
    type: str
    kind: str
    repeats: bool
    en: str
    ko: str

    @property
    def is_bool(self) -> bool:
        return self.kind == "bool"

    def spelled(self) -> str:
        return f"-{self.short}" if self.short else f"--{self.long}"


@dataclass(frozen=True)
class ArgSpec:
    name: str
    kind: str
    card: str                  # "1", "?", "+", "*", "rest", "rest+"

    @property
    def is_rest(self) -> bool:
        return self.card.startswith("rest")


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    args: tuple[ArgSpec, ...]
    interspersed: bool
    flags: tuple[Flag, ...]
    en: str
    ko: str
    aliases: tuple[str, ...] = ()
    by_long: dict = field(default_factory=dict, compare=False, repr=False)
    by_short: dict = field(default_factory=dict, compare=False, repr=False)

    def flag(self, long: str) -> Flag | None:
        return self.by_long.get(long)


def _command(name: str, entry: dict) -> Command:
    flags = tuple(Flag(*row) for row in entry["flags"])
    hidden = flagtable.HIDDEN.get(name, {})
    hidden_only = tuple(Flag(*row) for row in flagtable.HIDDEN_ONLY.get(name, ()))
    by_long = {f.long: f for f in flags + hidden_only}
    by_long.update({alias: by_long[target] for alias, target in hidden.items() if target in by_long})
    return Command(
        name=name, usage=entry["usage"], args=tuple(ArgSpec(*a) for a in entry["args"]),
        interspersed=entry.get("interspersed", True), flags=flags, en=entry["en"], ko=entry["ko"],
        aliases=tuple(entry.get("aliases", ())), by_long=by_long,
        by_short={f.short: f for f in flags if f.short})


COMMANDS: dict[str, Command] = {name: _command(name, e) for name, e in flagtable.COMMANDS.items()}
SPELLINGS: dict[str, str] = {}
for _cmd in COMMANDS.values():
    SPELLINGS[_cmd.name] = _cmd.name
    SPELLINGS.update({alias: _cmd.name for alias in _cmd.aliases})
OTHER: dict[str, tuple[str, str]] = dict(flagtable.OTHER_COMMANDS)
GLOBAL_FLAGS = tuple(Flag(*row) for row in flagtable.GLOBAL_FLAGS)


def resolve(words: list[str]) -> tuple[Command | None, int]:
    """The command spelled by the first one or two ``words``, and how many words it took."""
    if len(words) >= 2 and " ".join(words[:2]) in SPELLINGS:
        return COMMANDS[SPELLINGS[" ".join(words[:2])]], 2
    if words and words[0] in SPELLINGS and words[0] not in MANAGEMENT:
        return COMMANDS[SPELLINGS[words[0]]], 1
    return None, 0


def known_elsewhere(words: list[str]) -> str | None:
    """The name of a real docker command that Gorae knows but does not offer, if any."""
    for n in (2, 1):
        name = " ".join(words[:n])
        if len(words) >= n and (name in OTHER or (n == 1 and name in MANAGEMENT)):
            return name
    return None


def all_spellings() -> list[str]:
    return list(SPELLINGS) + list(OTHER)

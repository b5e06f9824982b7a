"""What a translation answers with: a validated command, a template, or a question back.

``Ask`` is raised wherever a value is missing or ambiguous and becomes ``clarify``; ``Plan`` is
a command being built from a request; ``finish`` validates a plan through the parser (with
sample values for ``<placeholders>``) and turns a plan with too little evidence into a
question that offers the plan as its best guess.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from runtime import policy

from . import grammar, parser
from . import lexicon as L

# Below this confidence the answer is a question (with the plan as its best guess).
CLARIFY_BELOW = 0.5
# A template answers a description, not a request: never more sure than this.
TEMPLATE_CONFIDENCE = 0.6

# Placeholder -> a valid sample used only while the parser validates a template.
PLACEHOLDERS = {
    "<image>": "gph-image", "<container>": "gph-container", "<name>": "gph-name",
    "<network>": "gph-network", "<volume>": "gph-volume", "<path>": "/gph-path",
    "<command>": "gph-command", "<host-port>": "65001", "<container-port>": "65002",
    "<KEY>": "GPH_KEY", "<value>": "gph-value", "<size>": "65003m", "<number>": "65004",
    "<cpus>": "0.65005", "<user>": "gph-user", "<time>": "65006s", "<seconds>": "65007",
    "<tag>": "gph-tag", "<template>": "gph-template", "<key>": "gph-key",
    "<platform>": "linux/gph-arch", "<dockerfile>": "gph-dockerfile", "<source>": "gph-source",
    "<target>": "gph-target", "<signal>": "SIGPWR", "<code>": "65008",
}


class Ask(Exception):
    """Raised anywhere a value is missing or ambiguous: becomes ``clarify``."""

    def __init__(self, key: str, candidates=(), alternatives=(), intent=None, **params):
        super().__init__(key)
        self.key, self.candidates, self.alternatives = key, list(candidates), list(alternatives)
        self.intent, self.params = intent, params


def result(lang, command=None, template=False, confidence=0.0, alternatives=(), clarify=None,
            intent=None, corrections=(), concept=None, violations=()) -> dict:
    return {"command": command, "template": template, "confidence": round(confidence, 2),
            "alternatives": list(alternatives), "clarify": clarify, "intent": intent,
            "corrections": list(corrections), "concept": concept, "lang": lang,
            "violations": list(violations)}


def asked(ask: Ask, lang: str) -> dict:
    en, ko = L.ASK.get(ask.key) or L.ASK.get(ask.key.split(":")[0]) or L.ASK["intent"]
    question = (ko if lang == "ko" else en).format_map(_Params(ask.params))
    if ask.candidates:
        question += " " + ", ".join(ask.candidates)
    return result(lang, clarify=question, confidence=0.0, alternatives=ask.alternatives,
                  intent=ask.intent)


def ask_key(kind: str, intent: str) -> str:
    """The most specific question there is: "container:logs", else "container"."""
    key = f"{kind}:{intent}"
    return key if key in L.ASK else kind


class _Params(dict):
    """A question's values; one that is missing reads as "?" rather than failing."""

    def __missing__(self, key):
        return "?"


def corr(frm: str, to: str, kind: str) -> dict:
    return {"from": frm, "to": to, "kind": kind}


def validated(parsed, lang, confidence, corrections, alternatives) -> dict:
    command = parsed.canonical()
    violations = [dict(v.as_dict(lang), replacement=v.replacement)
                  for v in policy.check(parsed.spec(), policy.Limits())]
    return result(lang, command=command, confidence=confidence, intent=parsed.command.name,
                  corrections=corrections, alternatives=alternatives, violations=violations)


@dataclass
class Plan:
    command: str
    options: list = field(default_factory=list)
    args: list = field(default_factory=list)
    rest: list = field(default_factory=list)
    confidence: float = 0.9
    alternatives: list = field(default_factory=list)
    corrections: list = field(default_factory=list)
    doubt: tuple | None = None      # (question key, params) when the evidence is too thin

    def opt(self, long: str, value=True):
        if value is None or value is False or value == "":
            return
        flag = grammar.COMMANDS[self.command].flag(long) if self.command in grammar.COMMANDS else None
        if flag is not None and flag.is_bool and any(o == long for o, _ in self.options):
            return
        if (long, value) not in self.options:
            self.options.append((long, value))

    def has(self, long: str) -> bool:
        return any(o == long for o, _ in self.options)

    def argv(self) -> list[str]:
        argv = ["docker", *self.command.split()]
        for long, value in self.options:
            argv += [f"--{long}"] if value is True else [f"--{long}", str(value)]
        return argv + [str(a) for a in self.args] + [str(r) for r in self.rest]


def finish(plan: Plan, lang: str) -> dict:
    """The plan as a validated command or template; a question when its evidence is thin."""
    if plan.command not in grammar.COMMANDS:
        return _unsandboxed(plan, lang)
    argv = plan.argv()
    parsed = parser.parse(shlex.join(fill(word) for word in argv), {})
    if not parsed.ok:
        raise Ask("intent", intent=plan.command)
    template = any(ph in word for word in argv for ph in PLACEHOLDERS)
    confidence = min(plan.confidence, TEMPLATE_CONFIDENCE) if template else plan.confidence
    if confidence < CLARIFY_BELOW:
        guess = unfill(parsed.canonical())
        key, params = plan.doubt or ("unsure:intent", {})
        raise Ask(key, alternatives=[guess], intent=plan.command, guess=guess, **params)
    alternatives = [a for a in map(_canonical, plan.alternatives) if a]
    if template:
        return result(lang, command=unfill(parsed.canonical()), template=True,
                      confidence=confidence, intent=parsed.command.name,
                      corrections=plan.corrections, alternatives=alternatives)
    return validated(parsed, lang, confidence, plan.corrections, alternatives)


def _unsandboxed(plan: Plan, lang: str) -> dict:
    """A docker command the sandbox does not offer (``kill``): spelled, not validated."""
    command = unfill(shlex.join(fill(w) for w in plan.argv()))
    return result(lang, command=command, confidence=min(plan.confidence, TEMPLATE_CONFIDENCE),
                  template="<" in command, intent=plan.command, corrections=plan.corrections)


def _canonical(argv) -> str | None:
    if isinstance(argv, str):
        return argv
    parsed = parser.parse(shlex.join(fill(w) for w in argv), {})
    return unfill(parsed.canonical()) if parsed.ok else None


def fill(word: str) -> str:
    for ph, sample in PLACEHOLDERS.items():
        word = word.replace(ph, sample)
    return word


def unfill(text: str) -> str:
    for ph, sample in sorted(PLACEHOLDERS.items(), key=lambda kv: -len(kv[1])):
        text = text.replace(sample, ph)
    return text


def fill_template(command: str) -> str:
    """A template's placeholders replaced by valid sample values (for comparing by parse)."""
    return fill(command)

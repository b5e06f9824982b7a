"""Parse a docker command line with the docker CLI's own (cobra/pflag) rules.

The result is a :class:`Parsed`: the command, one :class:`Span` per word (what it is and which
flag it belongs to), the runtime :class:`~runtime.spec.Spec` it stands for, and every error
found, each with its position. Parsing never raises on bad input.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass, field

from runtime.spec import Arg, Option, Spec

from . import grammar, suggest, tokens, validate
from .grammar import Command, Flag
from .problems import Problem, problem

TRUE_WORDS = {"1", "t", "T", "TRUE", "true", "True"}
FALSE_WORDS = {"0", "f", "F", "FALSE", "false", "False"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"


@dataclass
class Span:
    start: int
    end: int
    text: str
    kind: str                 # program, subcommand, flag, value, argument, command, operator
    flag: str | None = None   # long name of the flag this word is or belongs to
    arg: str | None = None    # the argument's name (IMAGE, CONTAINER ...) for positional words

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "flag": self.flag, "arg": self.arg}


@dataclass
class Parsed:
    text: str
    command: Command | None = None
    spans: list[Span] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    args: list[Arg] = field(default_factory=list)
    rest: list[Arg] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    help: bool = False
    had_program: bool = True

    @property
    def ok(self) -> bool:
        return self.command is not None and not self.errors

    def argv(self) -> list[str]:
        return render_argv(self) if self.command else []

    def canonical(self) -> str | None:
        return shlex.join(self.argv()) if self.ok else None

    def spec(self) -> Spec:
        return Spec(verb=self.command.name, options=tuple(self.options), args=tuple(self.args),
                    command=tuple(self.rest), text=self.canonical() or self.text)


def parse(text: str, context: dict | None = None) -> Parsed:
    result = Parsed(text)
    try:
        words = tokens.split(text)
    except tokens.UnclosedQuote as e:
        result.errors.append(problem("unclosed-quote", e.start, e.end, quote=e.quote))
        return result
    operator = next((w for w in words if tokens.is_operator(w)), None)
    if operator:
        result.errors.append(problem("shell-operator", operator.start, operator.end,
                                     word=operator.text))
        return result
    _Parser(result, words, context or {}).run()
    return result


class _Parser:
    def __init__(self, result: Parsed, words: list[tokens.Word], context: dict):
        self.r, self.words, self.context = result, words, context
        self.i = 0

    def fail(self, code: str, at: tokens.Word, **params):
        self.r.errors.append(problem(code, at.start, at.end, **params))

    def run(self):
        if not self.words:
            self.r.errors.append(problem("empty-command", 0, len(self.r.text)))
            return
        if self.words[0].text == "docker":
            self.r.spans.append(Span(self.words[0].start, self.words[0].end, "docker", "program"))
            self.i = 1
        else:
            self.r.had_program = False
        if not self._global_flags() or not self._subcommand():
            return
        self._body()
        if not self.r.errors and not self.r.help:
            self._arguments()
            validate.check(self.r, self.context)

    def _global_flags(self) -> bool:
        while self.i < len(self.words) and self.words[self.i].text.startswith("-"):
            word = self.words[self.i]
            self.fail("global-flag", word, flag=word.text)
            return False
        if self.i >= len(self.words):
            anchor = self.words[-1]
            self.r.errors.append(problem("missing-subcommand", anchor.end, anchor.end))
            return False
        return True

    def _subcommand(self) -> bool:
        names = [w.text for w in self.words[self.i:self.i + 2]]
        command, used = grammar.resolve(names)
        if command is None:
            word = self.words[self.i]
            other = grammar.known_elsewhere(names)
            if other:
                end = self.words[self.i + other.count(" ")].end
                self.r.errors.append(problem("not-available", word.start, end, name=other))
            else:
                self.fail("unknown-subcommand", word, name=word.text,
                          suggestion=suggest.subcommand(" ".join(names)))
            return False
        first, last = self.words[self.i], self.words[self.i + used - 1]
        self.r.spans.append(Span(first.start, last.end, self.r.text[first.start:last.end],
                                 "subcommand"))
        self.r.command = command
        self.i += used
        return True

    def _body(self):
        positional_only = False
        while self.i < len(self.words):
            word = self.words[self.i] if positional_only else self._dashes(self.words[self.i])
            self.i += 1
            text = word.text
            if positional_only or text == "-" or not text.startswith("-"):
                self._positional(word)
                if not self.r.command.interspersed:
                    positional_only = True
                continue
            if text == "--":
                self.r.spans.append(Span(word.start, word.end, "--", "terminator"))
                positional_only = True
                continue
            if text.startswith("--"):
                self._long(word)
            else:
                self._shorts(word)
            if self.r.errors:
                return

    def _dashes(self, word: tokens.Word) -> tokens.Word:
        """A word led by look-alike dashes (``—rm``, typed on phones and Macs) is read as the
        flag it was meant to be, with a warning: ``--`` if a long name follows, else ``-``."""
        stripped = word.text.lstrip(DASHES + "-")
        lead = word.text[:len(word.text) - len(stripped)]
        if not lead or all(c == "-" for c in lead) or word.quoted:
            return word
        long = len(lead) > 1 or stripped.split("=")[0] in self.r.command.by_long
        self.r.warnings.append(problem("unicode-dash", word.start, word.start + len(lead)))
        return tokens.Word(("--" if long else "-") + stripped, word.start, word.end, word.quoted)

    def _positional(self, word: tokens.Word):
        self.r.args.append(Arg(word.text, word.start, word.end))
        self.r.spans.append(Span(word.start, word.end, word.text, "argument"))

    def _long(self, word: tokens.Word):
        name, eq, value = word.text[2:].partition("=")
        if name == "help":
            self.r.help = True
            self.r.spans.append(Span(word.start, word.end, word.text, "flag", "help"))
            return
        flag = self.r.command.by_long.get(name)
        if flag is None:
            self.fail("unknown-flag", word, flag="--" + name,
                      suggestion=suggest.flag(self.r.command, name))
            return
        if eq:
            self._set(flag, value, word, word)
        elif flag.is_bool:
            self._set(flag, "true", word, word)
        else:
            self._set(flag, *self._next_value(flag, word))

    def _next_value(self, flag: Flag, word: tokens.Word):
        if self.i >= len(self.words):
            self.fail("missing-value", word, flag=word.text.split("=")[0])
            return None, word, word
        value_word = self.words[self.i]
        self.i += 1
        return value_word.text, word, value_word

    def _shorts(self, word: tokens.Word):
        chars, offset = word.text[1:], 1
        while chars:
            letter = chars[0]
            flag = self.r.command.by_short.get(letter)
            if flag is None:
                self.fail("unknown-shorthand", word, letter=letter, word=word.text,
                          suggestion=suggest.shorthand(self.r.command, letter))
                return
            if len(chars) > 2 and chars[1] == "=" or (flag.is_bool and chars[1:2] == "="):
                self._set(flag, chars[2:], word, word)
                return
            if flag.is_bool:
                self._set(flag, "true", word, word)
                chars, offset = chars[1:], offset + 1
                continue
            if len(chars) > 1:
                self._set(flag, chars[1:], word, word)
            else:
                self._set(flag, *self._next_value(flag, word))
            return

    def _set(self, flag: Flag, value, flag_word, value_word):
        if value is None:
            return
        self.r.spans.append(Span(flag_word.start, flag_word.end, flag_word.text, "flag", flag.long))
        if value_word is not flag_word:
            self.r.spans.append(Span(value_word.start, value_word.end, value_word.text, "value",
                                     flag.long))
        if flag.is_bool:
            if value not in TRUE_WORDS | FALSE_WORDS:
                self.fail("invalid-value", value_word, flag="--" + flag.long, value=value,
                          expected="true or false")
                return
            value = value in TRUE_WORDS
        self.r.options.append(Option(flag.long, value, flag_word.start, value_word.end))

    def _arguments(self):
        """Match the positional words against the command's argument spec."""
        args, specs = list(self.r.args), self.r.command.args
        self.r.args = []
        for spec in specs:
            if spec.is_rest:
                self.r.rest = args
                self._mark(args, "command", spec.name)
                if spec.card == "rest+" and not args:
                    self._missing(spec)
                args = []
                break
            take = {"1": 1, "?": min(1, len(args)), "+": len(args) - _fixed_after(specs, spec),
                    "*": len(args) - _fixed_after(specs, spec)}[spec.card]
            take = max(take, 0)
            if spec.card in ("1", "+") and len(args) < 1:
                self._missing(spec)
                return
            taken, args = args[:take], args[take:]
            self.r.args.extend(taken)
            self._mark(taken, "argument", spec.name)
        for extra in args:
            self.r.errors.append(problem("unexpected-argument", extra.start, extra.end,
                                         word=extra.value, command=self.r.command.name,
                                         usage=self.r.command.usage))

    def _missing(self, spec):
        end = self.words[-1].end
        self.r.errors.append(problem("missing-argument", end, end, name=spec.name,
                                     command=self.r.command.name, usage=self.r.command.usage))

    def _mark(self, args: list[Arg], kind: str, name: str):
        starts = {a.start for a in args}
        for span in self.r.spans:
            if span.kind == "argument" and span.start in starts:
                span.kind, span.arg = kind, name


def _fixed_after(specs, current) -> int:
    after = specs[specs.index(current) + 1:]
    return sum(1 for s in after if s.card == "1")


def render_argv(parsed: Parsed) -> list[str]:
    """The canonical argv: ``docker``, the canonical verb, flags (short form where docker has
    one) in the order given, then arguments. ``parse(shlex.join(argv))`` gives the same spec."""
    command = parsed.command
    argv = ["docker", *command.name.split()]
    for option in parsed.options:
        flag = command.by_long[option.name]
        name = flag.spelled()
        if flag.is_bool:
            argv.append(name if option.value else f"--{flag.long}=false")
        else:
            argv += [name, str(option.value)]
    positional = [a.value for a in parsed.args]
    if command.interspersed and any(p.startswith("-") for p in positional):
        argv.append("--")
    return argv + positional + [a.value for a in parsed.rest]

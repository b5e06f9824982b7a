"""Split a command line into words the way a POSIX shell (and ``shlex``) does, keeping spans.

``shlex`` gives the words but not where they came from; every word here carries the
[start, end) span of its raw text in the input so errors and explanations can point at it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_OPERATOR_CHARS = set(";|&<>")   # a POSIX shell ends a word at these, even without spaces
OPERATORS = {"|", "||", "&", "&&", ";", ">", ">>", "<", "<<", "2>", "2>&1", "$(", "`"}


@dataclass(frozen=True)
class Word:
    text: str          # the word after quote removal
    start: int
    end: int
    quoted: bool = False


class UnclosedQuote(Exception):
    def __init__(self, quote: str, start: int, end: int):
        super().__init__(quote)
        self.quote, self.start, self.end = quote, start, end


_PLAIN = re.compile(r"[^'\"\\;|&<>]*")   # nothing a shell would treat specially
_WORD = re.compile(r"\S+")


def split(line: str) -> list[Word]:
    if _PLAIN.fullmatch(line):       # most requests: the words are the runs of non-space
        return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(line)]
    words, i, n = [], 0, len(line)
    while i < n:
        if line[i].isspace():
            i += 1
            continue
        redirect = re.match(r"\d*[;|&<>]+(?:\d+|-)?", line[i:])
        if redirect and (line[i] in _OPERATOR_CHARS or redirect.group()[-1:] in _OPERATOR_CHARS
                         or re.search(r"[<>]", redirect.group())):
            j = i + redirect.end()
            words.append(Word(line[i:j], i, j, False))
            i = j
            continue
        start, buf, quoted = i, [], False
        while i < n and not line[i].isspace() and line[i] not in _OPERATOR_CHARS:
            ch = line[i]
            if ch == "'":
                end = line.find("'", i + 1)
                if end < 0:
                    raise UnclosedQuote("'", i, n)
                buf.append(line[i + 1:end])
                i, quoted = end + 1, True
            elif ch == '"':
                i, text = _double(line, i)
                buf.append(text)
                quoted = True
            elif ch == "\\" and i + 1 < n:
                buf.append(line[i + 1])
                i += 2
                quoted = True
            else:
                buf.append(ch)
                i += 1
        words.append(Word("".join(buf), start, i, quoted))
    return words


def _double(line: str, i: int) -> tuple[int, str]:
    """A double-quoted part starting at ``line[i]``; returns (index after it, its text)."""
    buf, j, n = [], i + 1, len(line)
    while j < n and line[j] != '"':
        if line[j] == "\\" and j + 1 < n and line[j + 1] in '"\\$`\n':
            buf.append(line[j + 1])
            j += 2
        else:
            buf.append(line[j])
            j += 1
    if j >= n:
        raise UnclosedQuote('"', i, n)
    return j + 1, "".join(buf)


def is_operator(word: Word) -> bool:
    text = word.text
    return not word.quoted and (bool(re.fullmatch(r"\d*[;|&<>]+(?:\d+|-)?", text))
                                or text.startswith("`") or "$(" in text)

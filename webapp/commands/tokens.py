"""Split a command line into words the way a POSIX shell (and ``shlex``) does, keeping spans.

``shlex`` gives the words but not where they came from; every word here carries the
[start, end) span of its raw text in the input so errors and explanations can point at it.
"""
from __future__ import annotations

from dataclasses import dataclass

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


def split(line: str) -> list[Word]:
    words, i, n = [], 0, len(line)
    while i < n:
        if line[i].isspace():
            i += 1
            continue
        start, buf, quoted = i, [], False
        while i < n and not line[i].isspace():
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
    return not word.quoted and (word.text in OPERATORS or word.text.startswith(("$(", "`")))

"""Text helpers shared by the readers: normalising what was typed, number words, Hangul image
names, and building regular expressions from word lists.
"""
from __future__ import annotations

import re
import unicodedata

from . import lexicon as L
from .option_lists import spell_out, unlabel
from .talk import strip_how_to, strip_talk

SPACES = re.compile(r"\s+")

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


# A chat spelling only as a whole word, never inside a path or a flag value.
_SLANG = re.compile(r"(?<![\w/.=-])(?:" + "|".join(
    re.escape(w) for w in sorted(L.SLANG, key=len, reverse=True)) + r")(?![\w/])", re.I)


# "containers + their sizes", "logs & timestamps": a sign alone between words is "and"
_AND_SIGN = re.compile(r"(?<=\s)[+&](?=\s)")
# "… whose name contains s17.": the sentence's full stop, never part of the last value
_FINAL_STOP = re.compile(r"(?<=[a-z0-9])\.+\s*$", re.I)


_QUOTES = str.maketrans(dict(zip("“”‘’`", "\"\"''\"")))
_IS = re.compile(r"\b(it|that|what|whatever|everything|anything|something|there|here|he|she|who|"
                 r"where|how)'s\b", re.I)
_POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])'s\b")
# "pricing's logs": an owner that reads as a verb form ("billing", "seeded") said as "logs of X"
_INFLECTED_LOGS = re.compile(r"\b([a-z][\w-]*(?:ing|ed))'s\s+(logs?)\b", re.I)
# "'scratchpad'" as well as "\"scratchpad\"": quotes around one name are only its marking
_QUOTED_WORD = re.compile(r"\"([\w.-]+)\"|(?<![\w'])'([\w.-]+)'(?![\w'])")
_BRACKETED = re.compile(r"\[([A-Za-z]{1,3})\](?=[A-Za-z])|(?<=[A-Za-z])\[([A-Za-z]{1,3})\]")
# "8444(안쪽은 443)", "8443 (inside 443)": the host port's container port said in brackets
_INSIDE_PORT = re.compile(r"(?<![\d.:])(\d{2,5})\s*\(\s*(?:안쪽|안|내부|컨테이너(?:\s*포트)?|inside|internal|container)"
                          r"(?:\s*port)?(?:은|는|에서는?|에선|쪽은)?\s*[:=]?\s*(\d{1,5})\s*\)", re.I)


def normalise(text: str) -> str:
    text = unlabel(unicodedata.normalize("NFKC", text).translate(_QUOTES))
    text = _IS.sub(r"\1 is", text)
    text = strip_how_to(spell_out(strip_talk(text)))
    if "'s" in text:
        text = _POSSESSIVE.sub("", _INFLECTED_LOGS.sub(r"\2 of \1", text))
    text = _QUOTED_WORD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _BRACKETED.sub(lambda m: m.group(1) or m.group(2), text)
    if "(" in text:
        text = _INSIDE_PORT.sub(r"\1:\2", text)
    text = _SLANG.sub(lambda m: L.SLANG[m.group().lower()], text)
    text = _AND_SIGN.sub("and", text)
    if text.endswith(".") or text.endswith(". "):
        text = _FINAL_STOP.sub("", text)
    return SPACES.sub(" ", text).strip()


def lower(text: str) -> str:
    """Lower case with every character kept in place (spans stay valid)."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:    # no letter grew (İ) or took context (Σ)
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def boundary(cue: str) -> str:
    pattern = re.escape(cue).replace(r"\ ", r"\s+")
    if cue[:1].isascii() and cue[:1].isalnum():
        pattern = r"(?<![a-z0-9_-])" + pattern
    if cue[-1:].isascii() and cue[-1:].isalnum():
        pattern += r"(?![a-z0-9_])"
    return pattern


_PHRASES: dict = {}


def phrases(words) -> re.Pattern:
    key = tuple(words)
    if key not in _PHRASES:
        _PHRASES[key] = re.compile("|".join(boundary(w) for w in sorted(words, key=len, reverse=True)))
    return _PHRASES[key]


def alt(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*")
                            for w in sorted(words, key=len, reverse=True)) + ")"


_EN_NUMBER = "(" + "|".join(sorted(map(re.escape, L.EN_NUMBERS), key=len, reverse=True)) + ")"
# A number word is a number before a unit ("fifty lines") or after a word that asks for a
# count ("max five"); elsewhere it may be a name or a pronoun ("the newest one").
# "the last one" is a pronoun, not a count
_NOT_COUNTS = {"one", "a", "an", "single", "double", "zero"}


def _after_any(words) -> str:
    """A lookbehind for any of ``words`` and one space (each lookbehind has one width)."""
    widths = sorted({len(w) for w in words})
    return "(?:" + "|".join(r"(?<=\b(?:" + "|".join(re.escape(w) for w in words if len(w) == n)
                            + r")\s)" for n in widths) + ")"


# After a count, the words up to an order word: "5 containers i spun up most recently",
# "three that were created last", "6 containers did we start most recently".
RECENT_AFTER = (r"\s+(?:containers?\s+|ones\s+)?(?:(?:that|which|did)\s+)?(?:(?:i|we|you)\s+)?"
                r"(?:(?:were|was|have\s+been|got)\s+)?(?:[a-z]+\s+(?:up\s+)?)?"
                r"(?:most\s+recent(?:ly)?|newest|latest|last)(?![a-z])")
_NUMBER_WORDS_EN = re.compile(
    r"(?<![\w:/.-])" + _EN_NUMBER + r"\s+(?=(?:" + "|".join(L.EN_UNIT_WORDS) + r")\b)"
    r"|" + _after_any(L.EN_COUNT_LEADS) + "(" + "|".join(sorted(
        (w for w in L.EN_NUMBERS if w.isalpha() and w not in _NOT_COUNTS), key=len, reverse=True))
    + r")(?![\w:/.-])"
    # "the three most recently created", "five newest": a count before an order word
    r"|\b(" + "|".join(sorted((w for w in L.EN_NUMBERS if w.isalpha() and w not in _NOT_COUNTS),
                             key=len, reverse=True))
    + r")(?=\s+oldest\b|" + RECENT_AFTER + ")", re.I)
_NUMBER_WORDS_KO = re.compile(r"(?<![가-힣])(" + "|".join(sorted(L.KO_NUMBERS, key=len, reverse=True))
                              + r")\s*(?=" + "|".join(L.KO_COUNTERS) + ")")
_ONCE_KO = re.compile(r"\s*번")

_KO_IMAGES = re.compile("(" + "|".join(sorted(map(re.escape, L.KO_IMAGE_NAMES), key=len, reverse=True))
                        + ")", re.I)


_EN_IMAGES = re.compile(r"(?<![\w./:-])(" + "|".join(L.EN_IMAGE_NAMES) + r")(?![\w/:-])", re.I)


# "노드20", "파이썬3.12": a version written right after a Hangul image name is its tag
_KO_VERSION = re.compile(r"(\d{1,2}(?:\.\d+){0,2})"
                         r"(?![\d.]|\s*(?:번|포트|개|초|분|시간|메가|기가|[mgk]b?\b))", re.I)


def _ko_image(m: re.Match) -> str:
    name = L.KO_IMAGE_NAMES[m.group(1).lower()]
    version = _KO_VERSION.match(m.string, m.end())
    return f"{name}:" if version else name


# "the hello world image": a hyphenated image's name said with a space, when "image" follows
# ("echo hello world" is a program's words)
_SPACED_IMAGES = re.compile(r"(?<![\w/.-])(" + "|".join(
    n.replace("-", r")[\s_](") for n in sorted(L.RUN_ONLY_IMAGES) if "-" in n)
    + r")(?=\s+(?:image|container)s?\b)", re.I)


def image_words(text: str) -> str:
    text = _EN_IMAGES.sub(lambda m: L.EN_IMAGE_NAMES[m.group().lower()], text)
    if " image" in text or " container" in text:
        text = _SPACED_IMAGES.sub(lambda m: "-".join(g for g in m.groups() if g), text)
    return _KO_IMAGES.sub(_ko_image, text)


_SMALL_WORD = "|".join(sorted((w for w, n in L.EN_NUMBERS.items() if w.isalpha()
                              and w not in _NOT_COUNTS and n.isdigit()), key=len, reverse=True))
# A run of number words with a scale in it ("eight thousand eighty"): plainly one number.
_SCALED = re.compile(r"\b(?:(?:" + _SMALL_WORD + r"|a)[\s-]+)*(?:thousand|hundred)(?:[\s-]+"
                     r"(?:and[\s-]+)?(?:" + _SMALL_WORD + r"|thousand|hundred))*\b", re.I)
_SCALES = {"hundred": 100, "thousand": 1000}


def _scaled_value(m: re.Match) -> str:
    total = current = 0
    for word in re.split(r"[\s-]+", m.group().lower()):
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word != "and":
            current += int(L.EN_NUMBERS.get(word, "1"))
    return str(total + current)


_DIGIT_WORD = "|".join(w for w, n in L.EN_NUMBERS.items() if w.isalpha() and len(n) == 1)
# "one and a half", "2 and a half": a whole number and a half; "one point five": a decimal
_AND_A_HALF = re.compile(r"(?<![\w.-])(\d+|" + _SMALL_WORD + r"|one|an?)\s+and\s+a\s+half\b", re.I)
_POINT = re.compile(r"(?<![\w.-])(\d+|" + _SMALL_WORD + r"|one|zero)\s+point\s+(\d|" + _DIGIT_WORD
                    + r")\b", re.I)


def _whole(word: str) -> str:
    return L.EN_NUMBERS.get(word.lower(), word)


def number_words(text: str) -> str:
    """"fifty lines" → "50 lines", "세 줄" → "3 줄", "last hour" → "last 1 hour",
    "eight thousand eighty" → "8080", "one and a half" → "1.5"."""
    text = _SCALED.sub(_scaled_value, text)
    text = _AND_A_HALF.sub(lambda m: _whole(m.group(1)) + ".5", text)
    text = _POINT.sub(lambda m: f"{_whole(m.group(1))}.{_whole(m.group(2))}", text)
    text = re.sub(r"\b(last|past|previous)\s+(hour|minute|day|second)\b", r"\1 1 \2", text,
                  flags=re.I)
    text = _HOUR_AND_A_HALF.sub("90 minutes", text)
    text = _HALF_HOUR.sub("30 minutes", text)
    text = _QUARTER_HOUR.sub("15 minutes", text)
    text = _GRACE_BEFORE.sub(_grace_seconds, text)
    text = _GRACE_AFTER.sub(lambda m: f"{m.group(1)} of {_grace_number(m.group(2))} seconds", text)
    text = _NUMBER_WORDS_EN.sub(_en_number, text)
    return _NUMBER_WORDS_KO.sub(_ko_number, text)


# "the last half hour", "half an hour", "an hour and a half", "a quarter of an hour"
_HOUR_AND_A_HALF = re.compile(r"\b(?:an|one|1)\s+hour\s+and\s+a\s+half\b", re.I)
_HALF_HOUR = re.compile(r"\b(?:a\s+)?half(?:\s+of)?(?:\s+an?)?[\s-]+hour\b", re.I)
_QUARTER_HOUR = re.compile(r"\b(?:a\s+)?quarter(?:\s+of)?(?:\s+an?)?[\s-]+hour\b", re.I)
# "a second name" is an ordinal; "a second or two", "one second timeout" are durations
_ORDINAL_SECOND = re.compile(r"second\s+(?!(?:or|and|of|to|for|ago|later|before|after|each|"
                             r"per|timeout|delay|grace|wait|between)\b)[a-z]", re.I)


# "zero grace period", "no grace", "5 timeout", "a timeout of zero": seconds without the unit
_GRACE = r"(grace(?:\s+period)?|time-?out|wait(?:ing)?\s+time)"
_GRACE_BEFORE = re.compile(r"\b(zero|\d+|no(?=[\s-]+grace))[\s-]+(?=" + _GRACE + r"\b)", re.I)
_GRACE_AFTER = re.compile(r"\b" + _GRACE + r"\s+(?:of\s+)?(zero|\d+)\b(?!\s*(?:s\b|secs?\b|seconds?\b|"
                          r"m\b|mins?\b|minutes?\b|ms\b))", re.I)


def _grace_number(word: str) -> str:
    return "0" if word.lower() in ("zero", "no") else word


def _grace_seconds(m: re.Match) -> str:
    return _grace_number(m.group(1)) + " seconds "


def _en_number(m: re.Match) -> str:
    if m.group(1) and _ORDINAL_SECOND.match(m.string, m.end()):
        return m.group()
    if m.group(1):
        return L.EN_NUMBERS[m.group(1).lower()] + " "
    return L.EN_NUMBERS[(m.group(2) or m.group(3)).lower()]


def _ko_number(m: re.Match) -> str:
    # "한 번 쓰고 버릴" means "once, throwaway", not a count of one
    if m.group(1) == "한" and _ONCE_KO.match(m.string, m.end()):
        return m.group()
    return L.KO_NUMBERS[m.group(1)] + " "

"""Finding the cue words of ``lexicon.CUES`` in a request, and telling which of them are not
the request's own verb.

A cue is a word or phrase tagged ``a:`` (an action), ``o:`` (a kind of object), ``s:`` (a
container state) or ``m:`` (a modifier). An action word is not the request's verb when it
describes a noun ("downloaded images", "받아둔 이미지"), is an argument of a program ("go
build"), or sits in a purpose clause ("…so I can connect"); the filters below say so.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import suggest
from .text import HANGUL, boundary, phrases

if TYPE_CHECKING:
    from .request import Request

_ASCII_WORD = re.compile(r"[a-z0-9]")
_WORD_BEFORE = re.compile(r"[a-z0-9_-]")
# "session" in "session-cache" is part of a name, not a cue
_WORD_AFTER = re.compile(r"[a-z0-9_]|-[a-z0-9]")
_INFLECTABLE = re.compile(r"[a-z]{3,}")
_DOUBLING = re.compile(r"[^aeiou][aeiou][bdgmnpt]$")


class _CueMatcher:
    """Leftmost-longest dictionary match of every cue (faster than one huge regex)."""

    def __init__(self, table: dict[str, str]):
        self.table = table
        self.longest: dict[str, int] = {}
        for cue in table:
            self.longest[cue[0]] = max(self.longest.get(cue[0], 0), len(cue))

    def finditer(self, text: str):
        i, n = 0, len(text)
        while i < n:
            found = self._at(text, i, n)
            if found:
                yield found, i, i + len(found)
                i += len(found)
            else:
                i += 1

    def fullmatch(self, text: str) -> bool:
        return text in self.table and self._at(text, 0, len(text)) == text

    def _at(self, text: str, i: int, n: int) -> str | None:
        size = self.longest.get(text[i])
        if not size or (_ASCII_WORD.match(text[i]) and i and _WORD_BEFORE.match(text[i - 1])):
            return None
        for length in range(min(size, n - i), 0, -1):
            cue = text[i:i + length]
            if length == 1 and i and HANGUL.match(cue) and HANGUL.match(text[i - 1]) and \
                    self.table.get(cue, "").startswith("a:"):
                continue                      # "꺼" in "한꺼번에" is not "turn off"
            if cue in self.table and not (_ASCII_WORD.match(cue[-1]) and i + length < n
                                          and _WORD_AFTER.match(text, i + length)):
                return cue
        return None


def _inflect(word: str) -> list[str]:
    """English forms of a one-word cue: build → builds, building, built is not guessed."""
    forms = [word + "s", word + "es", word + "ed", word + "ing", word + "d"]
    if word.endswith("e"):
        forms.append(word[:-1] + "ing")
    if _DOUBLING.search(word):
        forms += [word + word[-1] + "ing", word + word[-1] + "ed"]
    return forms


# Korean verbs contract their stem with 어 ("지우" + 어 → "지워"); a phrase cue given in the
# contracted form also matches the stem ("끝나면 지워" → "끝나면 지우고").
_CONTRACTED = {"워": "우", "려": "리", "꺼": "끄", "써": "쓰", "져": "지"}


def _cue_table() -> tuple[_CueMatcher, dict]:
    table: dict[str, str] = {}
    for tag, (ko, en) in L.CUES.items():
        for cue in (*ko, *en):
            table.setdefault(cue.lower(), tag)
    for tag, (ko, _) in L.CUES.items():
        for cue in ko:
            if " " in cue and cue[-1] in _CONTRACTED:
                table.setdefault(cue[:-1] + _CONTRACTED[cue[-1]], tag)
    for tag, (_, en) in L.CUES.items():
        if tag.startswith(("s:", "m:conv", "m:deictic", "m:indefinite")):
            continue
        for cue in en:
            if _INFLECTABLE.fullmatch(cue) and cue not in L.EN_NOUN_CUES:
                for form in _inflect(cue):
                    table.setdefault(form, tag)
    return _CueMatcher(table), table


CUES, CUE_TAGS = _cue_table()
# One pattern each: a request is searched once, not once per phrase.
INJECTION = re.compile("|".join(f"(?:{p})" for p in L.INJECTION))
SHELL_DANGER = re.compile("|".join(f"(?:{p})" for p in L.SHELL_DANGER))
HELP = re.compile("|".join(boundary(c) for c in sorted(L.HELP_CUES, key=len, reverse=True)))
PROGRAM_PHRASES = [(phrases(words), program) for words, program in L.PROGRAM_PHRASES]
# Words of the container going away: "throw it out", "vanish", "goes away".
_GONE = (r"throw(?:s|n)?\s+(?:(?:it|them|the\s+container|this|that)\s+)?(?:away|out)"
         r"|(?:go(?:es)?|went)\s+away|vanish(?:es)?|disappears?")
RM_AFTER = re.compile(r"\b(?:auto[-\s]?)?(?:clean(?:s|ed|ing)?\s+(?:it\s+|them\s+|the\s+container\s+)?up|remove[sd]?|delete[sd]?"
                      r"|rm|get rid of|" + _GONE + r")"
                      r"(?:\s+\S+){0,3}?\s+(?:after(?:wards)?(?=\s*(?:$|[,.!;]|and\b))"
                      r"|(?:when|once|after) (?:(?:it|they|we|you|i|he|she)(?:'?s|'?re|'?ll be| is| are| has"
                      r"| have)? )?"
                      r"(?:done|finish(?:es|ed)?|exit(?:s|ed)?|end(?:s|ed)?|complete(?:s|d)?|leaves?|quits?"
                      r"|stop(?:s|ped)?|terminate(?:s|d)?|over|log(?:s|ged)? (?:off|out)))\b")
# "... and then goes away" said last: the run's container is gone when it is done.
GONE_LAST = re.compile(r"\b(?:and|then)\s+(?:then\s+)?(?:it\s+)?(?:" + _GONE +
                       r"|throw\s+(?:it|the\s+container)\s+away)(?=\s*(?:$|[.!;]))")
# "even though it's still running", "while they are up": remove it anyway (-f).
FORCE_WHILE = re.compile(r"\b(?:(?:even\s+)?(?:though|if|while|tho)\s+"
                         r"(?:it|they)(?:\s+is|\s+are|'?re|'?s)\s+"     # "its": it's typed plainly
                         r"(?:still\s+)?|(?:it|they)(?:\s+is|\s+are|'?re|'?s)\s+still\s+)"
                         r"(?:running|up|on|active|alive|in\s+use)\b")
# "put cms on net-public", "add web to the backend network": placing a container on a network
# (an image put on one is run there: ``intents``)
PUT_CUE = "put on a network"
PUT_ON_NET = re.compile(r"\b(?:put|add|move|stick)(?=\s+[\w.-]+(?:\s+and\s+[\w.-]+)?\s+(?:on|onto|in|into|to)"
                        r"\s+(?:the\s+)?(?:networks?\b|(?!internet\b)[\w.-]*net\b|net-|[\w.-]+\s+network\b))")
# "try the nginx image", "I want to try redis": trying an image runs it; "try to stop web",
# "try removing it", "try again" leave the verb to the words after
TRY_IMAGE = re.compile(r"\btry\b(?!\s+(?:to|and|again|out|it|this|that|[a-z]+ing)\b|\s*$)")
# "each line prefixed with its time", "with times in front": every line carries its time (-t)
LINE_TIMES = re.compile(r"\b(?:(?:each|every)\s+line\s+(?:is\s+)?)?(?:prefixed|stamped|marked|tagged|labell?ed)"
                        r"\s+(?:with|by)\s+(?:its|their|the|a)\s+(?:time|date|timestamp|clock)s?\b"
                        r"|\b(?:times?|dates?)\s+(?:in\s+front|up\s+front|at\s+the\s+(?:start|front))\b")
# "update my grafana image": an image brought up to date is pulled again (not ``docker update``)
UPDATE_IMAGE = re.compile(r"\b(?:update|refresh|upgrade)(?=\s+(?:(?:my|our|the|that|this)\s+)?"
                          r"(?:[\w.-]+\s+){0,2}?images?\b)")
# "I need app:1 to also be called app:stable", "call X also Y": a second name for an image
ALSO_CALLED = re.compile(r"\balso\s+be\s+(?:called|named|known\s+as)\b|\bcall(?=\s+\S+\s+also\s)")
# Phrases read before the cue words, whose words would read as other cues.
CLAUSES = ((RM_AFTER, "m:rm-auto", "remove after"), (GONE_LAST, "m:rm-auto", "remove after"),
           (FORCE_WHILE, "m:force", "even if running"), (PUT_ON_NET, "a:connect", PUT_CUE),
           (TRY_IMAGE, "a:run", "try"), (LINE_TIMES, "m:timestamps", "timestamps"),
           (UPDATE_IMAGE, "a:pull", "pull"), (ALSO_CALLED, "a:tag", "tag"))
# "just run id", "just print id" run the program ("only print ids" is quiet)
ONLY_IDS = re.compile(r"\b(?:only|just)\s+(?:the\s+|their\s+)?(?:(?!run\s|exec\s|print\s+id\b)[a-z]+\s+)?ids?\b"
                      r"|\bids?\s+only\b"
                      r"|\b(?:every|all)\s+(?:the\s+)?container\s+ids?\b")


# ---------------------------------------------------------------------------
# Action words that are not the request's verb
# ---------------------------------------------------------------------------

_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|t)")
_OBJECT_AFTER = re.compile(r"\s+(?:docker\s+)?(?:images?|containers?|networks?|volumes?)\b")
_NOUN_AFTER = re.compile(r"\s*(?:" + "|".join(L.ADNOMINAL_NOUNS) + ")")
_ADNOMINAL_WORD = re.compile(r"([가-힣]+?)(?:(\s*(?:" + "|".join(L.ADNOMINAL_AUX) + r"))(?![가-힣])|(?![가-힣]))")
# "뭐 받아놨는지 보여줘", "만들었는지 알려줘": a verb inside an embedded question says what is
# shown, not what to do
_EMBEDDED_QUESTION = re.compile(r"[가-힣]*는지(?![가-힣])")
_ASCII_ADNOMINAL = re.compile(r"\s*(?:해|받아)?\s*(" + "|".join(L.ADNOMINAL_AUX) + r")(?![가-힣])"
                              r"|\s*(?:한|된|받은)(?![가-힣])")
_ARGUMENT_WORD = re.compile(r"[a-z][\w-]*")


# "start from the last 50 lines", "starting at the top": where output begins, not `docker start`
_FROM_WHERE = re.compile(r"\s+(?:from|at|with)\s+(?:the\s+)?(?:very\s+)?(?:last|first|top|bottom|end|"
                         r"beginning|latest|newest|oldest|\d)")


def where_from(tag, scan: str) -> bool:
    """"start from the last 50 lines": "start" says where reading begins."""
    kind, cue, _, end = tag
    return kind == "a:start" and cue in ("start", "starting") and bool(_FROM_WHERE.match(scan, end))


def participle(tag, scan: str) -> bool:
    """"downloaded images", "the built image": an -ed form describing a noun; "running as
    nobody": who the program runs as, not which containers are running."""
    kind, cue, start, end = tag
    if kind == "s:running" and AS_USER.match(scan, end):
        return True
    # "the last 3 containers created": after a plural object, too
    return bool(kind.startswith("a:") and _PARTICIPLE.fullmatch(cue) and
                cue.endswith(("ed", "built", "taken")) and (
                    _OBJECT_AFTER.match(scan, end) or scan[:start].rstrip().endswith(_PLURALS)))


_PLURALS = ("containers", "images", "networks", "volumes")

# "ugh my build keeps failing", "friday deploy lol,": an action word as the subject of a
# complaint (after a possessive or a day, before a verb of its state or a pause) is a noun
_NOUN_BEFORE = re.compile(r"(?:\b(?:my|our|your|their|(?:today|tonight|tomorrow)(?:'?s)?|nightly|weekly|monday|"
                          r"tuesday|wednesday|thursday|friday|saturday|sunday|weekend|prod)\s+)$")
_NOUN_AFTER_EN = re.compile(r"\s*(?:[,.;!?]|\s(?:lol|lmao|haha|keeps|kept|is|was|has|had|failed|fails|"
                            r"broke|went|died|crashed)\b)")


# "rm uploads and …", "stop deploy, then …": the word a container verb acts on is its name,
# even when it is a cue word of its own
_ACTS_ON = re.compile(r"(?:^|(?<=[\s,;.]))(?:rm|rmi|stop|kill|restart|start|pause|unpause|remove|delete)\s+$")
_OBJECT_END = re.compile(r"\s*(?:$|[,.;!?]|\s(?:and|then|too|also|now|please|pls)\b)")


# "mailer needs to go down": going down or offline is a state asked for, not a removal
_DIRECTION_AFTER = re.compile(r"\s+(?:back\s+)?(?:down|up|offline|online|dark|quiet)\b")


def going_somewhere(tag, scan: str) -> bool:
    """"needs to go down", "should go offline": the removal's "go" moves somewhere instead."""
    kind, cue, _, end = tag
    return kind == "a:remove" and cue.endswith(" go") and bool(_DIRECTION_AFTER.match(scan, end))


def object_word(tag, scan: str) -> bool:
    """"rm uploads and also …": an action word as the object of the container verb before it."""
    kind, cue, start, end = tag
    return kind.startswith("a:") and cue.isalpha() and cue.isascii() and \
        bool(_OBJECT_END.match(scan, end)) and bool(_ACTS_ON.search(scan, max(0, start - 9), start))


def noun_use(tag, scan: str) -> bool:
    """An action word used as a noun: "my build keeps failing", "friday deploy lol,"."""
    kind, cue, start, end = tag
    return kind.startswith("a:") and cue.isalpha() and cue.isascii() and \
        bool(_NOUN_AFTER_EN.match(scan, end)) and bool(_NOUN_BEFORE.search(scan, max(0, start - 12), start))


AS_USER = re.compile(r"\s+as\s+(?:user\s+|uid\s+)?(?:root|nobody|\d+|the\s+[\w-]+\s+user)\b")


def adnominal(tag, scan: str) -> bool:
    """"다운로드한 이미지", "받아둔 이미지", "만든 컨테이너": a verb describing a noun (its last
    syllable ends in ㄴ, or an auxiliary 둔/놓은 follows), not the request's verb."""
    kind, cue, start, end = tag
    if not kind.startswith("a:"):
        return False
    if cue.isascii():               # "pull 해둔 이미지", "build한 이미지"
        m = _ASCII_ADNOMINAL.match(scan, end)
        return bool(m and (m.group(1) or _NOUN_AFTER.match(scan, m.end())))
    if _EMBEDDED_QUESTION.match(scan, start):
        return True
    m = _ADNOMINAL_WORD.match(scan, start)
    if not m:
        return False
    if m.group(2):                  # "꺼둔 blog": an auxiliary 둔/놓은 always describes
        return True
    word = m.group(1)
    return bool(_NOUN_AFTER.match(scan, m.end()) and (word in L.ADNOMINAL or _final_n(word[-1])))


def _final_n(syllable: str) -> bool:
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 4


def program_word(tag, scan: str) -> bool:
    """"go build", "npm run build", "cargo run": a verb typed as a program's argument."""
    kind, cue, start, _ = tag
    if not kind.startswith("a:") or not cue.isascii():
        return False
    before = scan[max(0, start - 40):start]
    if not before[-1:].isspace():
        return False
    words = before.split()[-2:]
    if words and _bare_program(words[-1]):
        # "a psql shell", "a redis-cli prompt": the client's session, not its argument
        return not (cue.split()[0] in L.SESSION_WORDS and words[-1] in L.INTERACTIVE_PROGRAMS
                    and words[-1] not in L.SHELLS)
    return len(words) == 2 and _bare_program(words[0]) and \
        bool(_ARGUMENT_WORD.fullmatch(words[1])) and words[1] not in L.EN_FILLER - {"run"}


def _bare_program(word: str) -> bool:
    return word in L.PROGRAMS and word not in suggest.IMAGE_CATALOGUE


_PURPOSE_EN = re.compile(r"\b(?:so\s+(?:that\s+)?(?:i|we|you|they|it)\s+(?:can|could|may|will)|"
                         r"in\s+order\s+to|so\s+as\s+to"
                         # "a shell to poke around in": what the shell is for
                         r"|to\s+(?:poke|look|mess|play|dig|snoop|nose|tinker|fiddle|muck|test)\s+"
                         r"(?:around|about)"
                         r"|to\s+(?:poke|mess|play|snoop|tinker|fiddle|muck)\s+(?:at|with)"
                         # "give it 30 secs to clean up": what the grace period is for
                         # ("the last 10 mins for worker-3": whose logs, not a purpose)
                         r"|(?<=\d)\s*(?:s|secs?|seconds?|mins?|minutes?)\s+(?:to|for(?=\s+(?:it|them|him|her|[a-z]+ing)\b))"
                         r"(?=\s+(?:it\s+to\s+)?[a-z]))\b[^,.;!?]*")
_PURPOSE_KO = re.compile(r"[가-힣]*(?:게|도록)(?![가-힣])|[가-힣]*\s*수\s*있(?:게|도록)")
_IN_IT = re.compile(r"\s*(?:inside|in)\s+(?:it|there)\b")


_SUBJECT = r"(?:i|we|you|they|it|he|she|(?:the|my|our|their|your)\s+[a-z-]+)"
# "…, so the wifi doesn't kill us", "… before it gets killed", ", it's serving stale assets":
# a clause after the request that says why, or comments on the object
_REASON_EN = re.compile(r"(?:\bso\s+(?:that\s+)?" + _SUBJECT + r"|\b(?:because|cause|cuz|since\s+"
                        r"(?:i|we|you|they|it|there)|(?:before|after)\s+(?:[a-z]+ing|" + _SUBJECT +
                        r")|to\s+(?:make\s+sure|ensure|verify|confirm|see\s+(?:if|whether))|in\s+case"
                        # "… to practice linux commands": what the user will learn there
                        r"|to\s+(?:practi[cs]e|learn|study|experiment|get\s+(?:used|familiar))\b"
                        # "… for the session store": the part of the system it plays
                        r"|for\s+(?:the|our|my|a)\s+(?:[a-z-]+\s+)?(?:store|layer|tier|stack|demo|project|workshop|class)\b"
                        r"|ahead\s+of|(?:i|we)\s+(?:need|want|have|wanna|gotta)\s+to"
                        r"|(?:(?:i|we)\s+)?need\s+(?:it|this|that|them)\s+for)"
                        r"|[,;]\s*(?:it'?s|it\s+(?:is|was|has|keeps)|that\s+(?:job|one|thing|box|service)"
                        r"|they(?:'re|\s+are|\s+were)?|this\s+one"
                        # "…, some stopped container still uses it": what holds on to the object
                        r"|(?:some|a|an|another|one|the)\s+(?:[a-z-]+\s+){0,2}?(?:still\s+)?"
                        r"(?:uses|references|refers\s+to|depends\s+on|needs|holds)\s+(?:it|them)"
                        # "…, I'm on 7 now", "…, we moved to 16": why the old version goes
                        r"|(?:i'?m|i\s+am|we'?re|we\s+are)\s+on(?=\s+v?\d)"
                        r"|(?:i|we)(?:'ve|\s+have)?\s+(?:moved|switched|upgraded|migrated)\s+(?:over\s+)?to"
                        # "…, like subnet and which containers are on it": examples of what it shows
                        r"|like|such\s+as|for\s+(?:example|instance)|e\.?g\.?)"
                        r"(?!\s+(?:called|named|name)\b))\b[^,.;!?]*")


def reason_spans(low: str) -> list[tuple[int, int]]:
    """Where a clause of reasons or comments runs ("… ahead of the workshop")."""
    # (one said first is the request's own lead-in, "I need to …", and hides none after it)
    return [m.span() for m in _REASON_EN.finditer(low, 1)]


def purpose_spans(scan: str) -> list[tuple[int, int]]:
    """"…so I can poke at ports": where an English purpose clause runs."""
    return [m.span() for m in _PURPOSE_EN.finditer(scan)]


def without_purpose(tags: list, scan: str) -> list:
    """"띄워줘, 9090번으로 접속하게", "launch it so I can connect": an action in a purpose
    clause is not the request's verb, when the request has another one."""
    spans = purpose_spans(scan)

    def purpose(tag) -> bool:
        kind, _, start, end = tag
        return kind.startswith("a:") and (any(a <= start < b for a, b in spans) or bool(
            HANGUL.match(scan[start:end]) and _PURPOSE_KO.match(scan, end)))
    found = [t for t in tags if purpose(t)]
    if not found or all(purpose(t) for t in tags if t[0].startswith("a:")):
        return tags
    kept = [t for t in tags if t not in found]
    if any(t[0] in ("a:run", "a:exec") for t in found) and any(
            t[0] == "m:inside" or _IN_IT.match(scan, t[3]) for t in tags):
        kept.append(("m:shell", "work inside", found[0][2], found[0][3]))   # "…so I can work in it"
    return kept


# ---------------------------------------------------------------------------
# Phrasal verbs split by their object, hyphenated compounds, help
# ---------------------------------------------------------------------------

def _phrasal_table() -> tuple[re.Pattern, dict]:
    pairs = {}
    for tag, (_, en) in L.CUES.items():
        for cue in en:
            words = cue.split()
            if tag.startswith("a:") and len(words) == 2 and words[1] in L.PARTICLES:
                pairs.setdefault(cue, tag)
    verbs = sorted({c.split()[0] for c in pairs}, key=len, reverse=True)
    particles = "|".join(L.PARTICLES)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\s+((?:(?!(?:and|then|"
                         + particles + r")\b)[\w.:/'-]+\s+){1,4}?)(back\s+)?(" + particles + r")\b")
    return pattern, pairs


_PHRASAL, _PHRASAL_TAGS = _phrasal_table()


def split_phrasals(scan: str):
    """"turn it back on", "hook web1 up to appnet", "take db off mynet": a phrasal verb with
    its object in between. Yields (tag, cue, [verb span, particle span])."""
    for m in _PHRASAL.finditer(scan):
        cue = f"{m.group(1)} {m.group(4)}"
        tag = _PHRASAL_TAGS.get(cue)
        if tag is None:
            continue
        if m.group(3) and tag in ("a:run", "a:start") and m.group(4) in ("on", "up"):
            tag = "a:start"                   # "turn it back on": start it again
        yield tag, cue, [m.span(1), m.span(4)]


_COMPOUND = re.compile(r"(?<![\w.-])([A-Za-z]+)-([A-Za-z]+)(?![\w.:/-])")


# "untag / delete the image", "remove/delete it": two words offered for one action
_VERB_OR_VERB = re.compile(r"(?<![\w./~-])([A-Za-z]+)\s*/\s*([A-Za-z]+)(?![\w.:/-])")


def _either_verb(m) -> str:
    first, second = m.group(1).lower(), m.group(2).lower()
    if CUE_TAGS.get(first, "").startswith("a:") and CUE_TAGS.get(first) == CUE_TAGS.get(second):
        return f"{m.group(1)} or {m.group(2)}"
    return m.group()


def split_compounds(text: str) -> str:
    """"force-delete", "hard-delete …": a hyphen joining a word to an action is read as a space
    (when the first word is a cue too, or the compound opens the request)."""
    if "/" in text:
        text = _VERB_OR_VERB.sub(_either_verb, text)

    def split(m):
        first, second = m.group(1).lower(), m.group(2).lower()
        if f"{first}-{second}" in CUE_TAGS or not CUE_TAGS.get(second, "").startswith("a:") or \
                (first not in CUE_TAGS and m.start()):
            return m.group()
        return f"{m.group(1)} {m.group(2)}"
    return _COMPOUND.sub(split, text)


def in_program_phrase(req: Request, tok) -> bool:
    """"processes", "env" in "env vars": a word of a phrase that names a program to run."""
    return any(m.start() <= tok.start and tok.end <= m.end()
               for pattern, _ in PROGRAM_PHRASES for m in pattern.finditer(req.low))


def asks_help(req: Request) -> bool:
    """"help", "usage", but not inside another cue ("disk usage" is a size)."""
    return any(not any(s <= m.start() < e for t, _, s, e in req.tags if not t.startswith("a:"))
               for m in HELP.finditer(req.low))

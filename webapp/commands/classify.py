"""What each leftover word of a request is: a flag, a number, KEY=value, a path, one of the
caller's containers, an image, a name, or just a cue or filler word.

English needs care: most leftover words there are ordinary words, so a word is a name only
where a name is expected ("stop *db*", "the *worker* container"). In a Korean sentence an
ASCII word is almost always a name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import suggest, validate
from .answers import corr
from .context import repo
from .cues import AS_USER, in_program_phrase
from .patterns import KV
from .text import HANGUL, SPACES as _SPACES

if TYPE_CHECKING:
    from .request import Request, Tok

_NEGATIVE = re.compile(r"-\d+(\.\d+)?")
_NUMBER = re.compile(r"\d+(\.\d+)?")
_DETERMINER_BEFORE = re.compile(r"\b(?:to|a|an|the|private|own|your|my|our|local)\s+$")
_NAME_SHAPED = re.compile(r"[\d_.:/]")
_WORD_AND_SPACE = re.compile(r"\s+([a-z][\w.-]*)\s+")
_WORDS = re.compile(r"[a-z0-9][a-z0-9']*")   # an opening quote is no word
_THE = re.compile(r"\s*(?:the\s+)?")
_NUMERIC = re.compile(r"[\d.:]+")
_FUZZY_WORD = re.compile(r"[a-z][a-z0-9_.-]*")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|my|our|that|this)\s+$")
_PARTICLE_AFTER = re.compile(r"\s+(?:back\s+)?(?:up|down|on|off|out)\b")
_NET_PREP_AFTER = re.compile(r"\s+(?:to|from|into|onto|off)\b")
_SENTENCE_END = re.compile(r"\s*(?:[,.!?]|$)")
# "connect the container billing to net1": a preposition ends the name as well
_NAME_END = re.compile(r"\s*(?:[,.!?]|$)|\s+(?:to|from|into|onto|off)\b")
_LABELS_PATH = re.compile(r"\s*[=:]\s*(?:(?:\.{1,2}|~)/?|/)(?:[\s,]|$)|\s*[=:]\s*(?:\.{1,2}|~)?/\w")
_ASKS_OUTPUT = re.compile(r"\bwhat\s+(?:does|do|would|will|did|should)\s+\S")
_PLURAL_AFTER = re.compile(r"\s+(?:containers|images|volumes|networks)\b")
# "docker 이미지로 docker ps 실행": the image named docker, running a docker command
_DOCKER_IMAGE = re.compile(r"\s*(?:이미지\s*(?:로|으로|에서)|image\b)")
_DOCKER_TWICE = re.compile(r"\bdocker\b.*\bdocker\s+[a-z]|\bdocker\s+[a-z].*\bdocker\b")
# A request that opens with its object: "scheduler logs please", "ingest needs to be stopped".
# "render is hung, kill it": the subject of a state clause is the container the verb acts on.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:logs?\b|(?:needs?|has|have|should|must|can|could|(?:won|doesn|didn|can|isn|wasn)'t)"
    r"\s+(?:to\s+)?(?:be|go|[a-z]+)\b"
    r"|(?:(?:is|was|has\s+been|seems|looks)\s+)?"   # "x's hung": normalise drops the 's
    r"(?:still\s+|totally\s+|completely\s+|already\s+)?"
    r"(?:hung|stuck|frozen|wedged|unresponsive|crashed|broken|dead|down|running|stopped|exited|"
    r"done|finished|misbehaving|flaky|glitchy|(?:acting|behaving)\s+[a-z]+"
    # "reports died, start it back up": an event said in the past, the same state
    r"|died|went\s+down|(?:keeps\s+)?(?:crashing|dying))\b)")


def kind(req: Request, tok: Tok) -> str:
    t = tok.low
    if t.startswith("-") and len(t) > 1 and not _NEGATIVE.fullmatch(t):
        return "flag"
    if _NUMBER.fullmatch(t):
        return "number"
    if KV.fullmatch(tok.text) and not t.startswith(("/", ".")):
        return "kv"
    if ":/" in t or t.startswith(("/", "./", "../", "~")) or t in (".", ".."):
        return "path" if _alone(req, tok) or t[0] != "." else "cue"
    if tok.text in req.ctx.names:
        return "container"
    if req.covered(tok) and _DETERMINER_BEFORE.search(req.low[max(0, tok.start - 10):tok.start]):
        return "cue"
    if _USER_AFTER.match(req.low, tok.end) and _AS_BEFORE.search(req.low, max(0, tok.start - 8), tok.start):
        return "cue"                    # "as the postgres user": who runs it, not the image
    if _image_like(req, t) or (t == "docker" and _DOCKER_IMAGE.match(req.low, tok.end)
                               and _DOCKER_TWICE.search(req.low)):
        return "image"
    if req.covered(tok) or (req.lang == "en" and t in L.EN_FILLER) or t in ("docker", "도커") \
            or t in L.KO_ASCII_WORDS or in_program_phrase(req, tok):
        return "cue"
    if req.lang == "en" and t in L.GENERIC_NOUNS and (
            _ARTICLE_BEFORE.search(req.low[max(0, tok.start - 6):tok.start]) or _after_image(req)):
        return "cue"                    # "the box", "a debian box": a pointer, not a name
    if t in ("=", ":") or (req.lang == "en" and _LABELS_PATH.match(req.low, tok.end)) or \
            (t == "context" and req.has("a:build")):
        return "cue"                    # "context = .", "build context ./app": the path's label
    if req.lang == "en" and t in L.OUTPUT_VERBS and _ASKS_OUTPUT.search(req.low, 0, tok.start):
        return "cue"                    # "what does uname -a say": what it answers, not a name
    found = _fuzzy(req, tok)
    if found == "name" and req.lang == "en" and req.in_purpose(tok.start):
        return "cue"
    if found == "name" and not HANGUL.search(req.low) and not _en_name(req, tok):
        return "cue"
    return found


def _after_image(req: Request) -> bool:
    return bool(req.toks) and req.toks[-1].kind == "image"


def _alone(req: Request, tok: Tok) -> bool:
    """"." typed as a word is the current directory; one closing "(…)." ends a sentence."""
    return tok.start == 0 or req.text[tok.start - 1].isspace()


def _image_like(req: Request, t: str) -> bool:
    if repo(t) in suggest.IMAGE_CATALOGUE or req.ctx.known_image(t):
        return True
    if _NUMERIC.fullmatch(t) or validate.image_reference(t) is not None:
        return False
    return (":" in t and not t.endswith(":")) or ("/" in t and not t.startswith("/")
                                                   and "." not in t.split("/")[0][:1])


def _fuzzy(req: Request, tok: Tok) -> str:
    """A misspelled container or image name ("wbeapp", "ngnix"), corrected and listed."""
    t = tok.low
    if len(t) < 4 or not t.isascii() or not _FUZZY_WORD.fullmatch(t):
        return "name"
    found = suggest.closest(tok.text, req.ctx.names, 0.8) if req.ctx.names else None
    if found:
        tok.fixed = found
        req.corrections.append(corr(tok.text, found, "container"))
        return "container"
    found = suggest.closest(t, suggest.IMAGE_CATALOGUE, 0.8)
    if found and found != t and t not in L.PROGRAMS and not _numbered_place(req, tok, found):
        tok.fixed = found
        req.corrections.append(corr(tok.text, found, "image"))
        return "image"
    return "name"


_IN_BEFORE = re.compile(r"\b(?:in|inside|into)\s+$")


def _numbered_place(req: Request, tok: Tok, image: str) -> bool:
    """"redis1에서 redis-cli 열어줘", "in mongo2, open mongosh": an image word numbered, where
    something is to happen, is a container named after its image, not a misspelling."""
    rest = tok.low[len(image):] if tok.low.startswith(image) else ""
    return rest.isdigit() and (tok.suffix.startswith("에") or bool(
        _IN_BEFORE.search(req.low, max(0, tok.start - 8), tok.start)))


_COMPLEMENT = re.compile(r"\b(?:is|are|was|were|acting|behaving|looks?|looking|seems?|feels?|went|gone|"
                         r"got|getting|(?:won|don|doesn|didn|can|isn|aren|wasn|couldn|wouldn)'t)"
                         r"(?:\s+(?:really|very|kinda|a\s+bit|super))?$")
_NAME_IS = re.compile(r"\bname\s+(?:is|was)$")
_HEADING = re.compile(r"\s*:\s")
FIELD_WORDS = frozenset(w for words, _ in L.INSPECT_FORMATS for w in words)
_OWNER_AUX = re.compile(r"\b(?:does|did|do|is|was)$")
_OWNER_VERB = re.compile(r"\s+(?:have|has|got|get|use|using|own)\b")
_FOLDER_GAP = re.compile(r"\s+(?:(?:directory|folder|dir)\s+)?")
_VERSION_GAP = re.compile(r"\s*(?:(?:version|tag)\s+)?v?\d+(?:\.\d+)*\s+|\s+")
_APPOSITION = re.compile(r"\b(?:volume|network|container)\s*,$")
# "delete the volumes pgdata, logs-vol": a list after the plural noun names them ("what
# networks exist?" lists nothing)
_PLURAL_BEFORE = re.compile(r"\b(?:volumes|networks)$")
_LIST_AFTER = re.compile(r"\s*(?:,|\band\b)\s*([\w.-]+)")
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$")
_USER_AFTER = re.compile(r"\s+user\b")
# "X's output" reads "X output of it" once normalised; "logs for X"
_OUTPUT_AFTER = re.compile(r"\s+output\s+of\s+it\b")
_LOGS_OF = re.compile(r"\b(?:logs?|output)\s+(?:of|for|from)\s+(?:the\s+)?$")


def _en_name(req: Request, tok: Tok) -> bool:
    """In English, a leftover word is a name only where a name is expected."""
    t = tok.low
    if _NAME_SHAPED.search(t) or ("-" in t and t not in L.EN_COMPOUNDS):
        return True
    before = req.low[:tok.start].rstrip()
    if t.endswith(("ly", "ed", "ing")):
        return _inflected_name(req, tok) or _field_owner(req, tok, before)
    noun = _noun_after(req, tok.end)
    if noun is not None:
        # "the worker container"; not "hung" in "the hung worker container", nor "find containers"
        return noun == tok.end and not (not before and _PLURAL_AFTER.match(req.low, tok.end))
    if _NAME_IS.search(before) or _as_after_image(req) or _field_owner(req, tok, before):
        return True                     # "the name is wikijs", "redis 7.2 as sessions": said outright
    if _COMPLEMENT.search(before):
        return False                    # "jobs is acting weird", "x won't die": how it is
    if _APPOSITION.search(before) or (_PLURAL_BEFORE.search(before) and _listed_after(req, tok)):
        return True                     # "a new volume, pgdata": the object's name
    if not before or before.endswith(","):
        return bool(_SUBJECT_AFTER.match(req.low, tok.end)) or _heading_name(req, tok, before)
    return _named_by_word_before(req, tok) or _object_of_verb(req, tok)


def _field_owner(req: Request, tok: Tok, before: str) -> bool:
    """"api's ip", "what IP does web have": whose detail a question asks for."""
    gap = _SPACES.match(req.low, tok.end)
    if gap and any(t == "a:inspect" and s == gap.end() and c in FIELD_WORDS for t, c, s, _ in req.tags):
        return True
    return bool(_OWNER_AUX.search(before) and _OWNER_VERB.match(req.low, tok.end)) and any(
        t == "a:inspect" and c in FIELD_WORDS and e <= tok.start for t, c, _, e in req.tags)


def _heading_name(req: Request, tok: Tok, before: str) -> bool:
    """"pgdata: new volume": a word heading a request to create a network or volume is its name."""
    return not before and tok.low not in L.HEADING_WORDS and bool(_HEADING.match(req.low, tok.end)) \
        and req.has("a:create") and (req.has("o:network") or req.has("o:volume"))


def _as_after_image(req: Request) -> bool:
    """"as" right after the image, or its version, names the container it starts."""
    toks = req.toks
    if len(toks) < 2 or toks[-1].low != "as" or AS_USER.match(req.low, toks[-2].end):
        return False                    # "run ubuntu as nobody": the user it runs as
    image = next((t for t in reversed(toks) if t.kind == "image"), None)
    if image is not None and toks[-2].low in L.AS_NAME_AFTER and toks[-2].low not in ("it", "them"):
        return True                     # "redis detached as kv": how it runs, then its name
    if toks[-2].kind == "path" or toks[-2].low in ("directory", "folder", "dir"):
        return _built_as(req)           # "build ./api as apisvc": the tag it gets
    return image is not None and bool(_VERSION_GAP.fullmatch(req.low, image.end, toks[-1].start))


def _built_as(req: Request) -> bool:
    path = next((t for t in reversed(req.toks) if t.kind == "path"), None)
    return path is not None and req.has("a:build") and bool(
        _FOLDER_GAP.fullmatch(req.low, path.end, req.toks[-1].start))


def _listed_after(req: Request, tok: Tok) -> bool:
    m = _LIST_AFTER.match(req.low, tok.end)
    return bool(m) and m.group(1) not in L.EN_FILLER and m.group(1) not in L.EN_FUNCTION_WORDS


def _inflected_name(req: Request, tok: Tok) -> bool:
    """"the billing network", "start pricing back up": a word ending in -ing or -ed is a name
    only in a name's place (before an object noun after "the", or between a verb and its
    particle)."""
    before = req.low[max(0, tok.start - 5):tok.start]
    if _noun_after(req, tok.end) == tok.end and _ARTICLE_BEFORE.search(before):
        return True
    if not req.low[:tok.start].strip() and _SUBJECT_AFTER.match(req.low, tok.end):
        return True                     # "billing is down, start it"
    if _OUTPUT_AFTER.match(req.low, tok.end) or (_LOGS_OF.search(req.low, 0, tok.start) and
                                                  _noun_after(req, tok.end) is None):
        return True                     # "billing's output", "the logs of pricing": whose logs
    if _NAME_END.match(req.low, tok.end) and any(
            t.startswith("o:") and not c.endswith("s") and req.low[e:tok.start] == " "
            for t, c, _, e in req.tags):
        return True                     # "inspect the container billing", not "containers eating?"
    # "unplug reporting from analytics": the container a network verb moves
    return _object_of_verb(req, tok) and bool(_PARTICLE_AFTER.match(req.low, tok.end) or (
        _NET_PREP_AFTER.match(req.low, tok.end) and (req.has("a:disconnect") or req.has("a:connect"))))


def _noun_after(req: Request, end: int) -> int | None:
    """Where the name ends when an object noun follows: "X volume" gives ``end``, "X Y volume"
    gives Y's end (X is an adjective then); None when no noun follows."""
    nouns = {s for t, _, s, _ in req.tags if t.startswith("o:")}
    gap = _SPACES.match(req.low, end)
    if not gap:
        return None
    if gap.end() in nouns:
        return end
    m = _WORD_AND_SPACE.match(req.low, end)
    if m and m.end() in nouns and m.group(1) not in L.EN_FILLER and \
            not any(s == m.start(1) for _, _, s, _ in req.tags):
        return m.end(1)
    return None


def _named_by_word_before(req: Request, tok: Tok) -> bool:
    """"logs of *web1*", "stop *db* and *api*", "the *web1* logs"."""
    before = _WORDS.findall(req.low[max(0, tok.start - 40):tok.start])
    raw = before[-1] if before else ""
    while before and before[-1] in ("the", "a", "an", "my", "your"):
        before.pop()
    if before and before[-1] in L.EN_NAME_BEFORE:
        return True
    if before and before[-1] in ("and", "or") and _listed_before(req):
        return True
    return raw in ("", "the", "my", "your", "this", "that") and any(
        (t.startswith("o:") or t == "a:logs") and 0 <= s - tok.end <= 2 for t, _, s, _ in req.tags)


def _listed_before(req: Request) -> bool:
    """"stop db and cachebox": the word before "and" is a name, so the next one is too."""
    toks = req.toks[:-1] if req.toks and req.toks[-1].low in ("and", "or") else req.toks
    return bool(toks) and toks[-1].kind in ("name", "container")


def _object_of_verb(req: Request, tok: Tok) -> bool:
    """"stop *db*", "kill the *worker*": right after an action word (or before one)."""
    return any((t.startswith("a:") or (t, c) == ("m:follow", "tail")) and
               _THE.fullmatch(req.low[e:tok.start]) for t, c, _, e in req.tags)

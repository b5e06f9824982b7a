"""How sure a plan is, from the evidence the request gave for it.

A plan starts at its builder's confidence (0.9, or less for a plan built on a default) and
loses some for each sign that it may have misread the request:

- the intent came from no verb at all, or from a vague one (``lexicon.WEAK_CUES``);
- other actions were also said and one was chosen by rank;
- words were corrected by spelling distance, or an image was taken as a container's name;
- a word or value the request gave is used nowhere in the plan: a number, size, duration,
  port, path, KEY=value, image or name-shaped word that the plan ignored costs the most, as
  it means the plan answers a different request than the one typed. A word that is
  an instruction by itself (a one-word action or option cue: "detach", "follow", or a
  feature no cue covers: "swap") costs as much; a word of a longer cue ("takes" up space)
  costs less, two making a question; other words ("brand", "box", "gonna") are mostly
  talk, and cost little.

Below ``answers.CLARIFY_BELOW`` the answer is a question that names the ignored words and
offers the plan as its best guess (``alternatives``). A container or image that the caller's
context does not have is never sent on: it is resolved from part of its name (or of its
image's name: "rabbit" → the rabbitmq container) when only one fits, or asked about with the
candidates.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots, suggest
from .answers import Ask, corr
from .context import name_parts, newest_first, repo

if TYPE_CHECKING:
    from .answers import Plan
    from .request import Request, Tok

IGNORED_COST = {"value": 0.45, "number": 0.45, "image": 0.45, "path": 0.45, "kv": 0.45,
                "container": 0.45, "name": 0.2, "word": 0.2,
                "instruction": 0.45, "chatter": 0.05}
INTENT_COST = {"cue": 0.0, "weak": 0.1, "implicit": 0.1}
RIVAL_COST = 0.05          # per other action said (at most two counted)
CORRECTION_COST = 0.05     # per word corrected by spelling distance
GUESS_COST = 0.2           # an image word taken as the container's name
DEFAULT_VERB_COST = 0.45   # no verb said, and the command is a default (see _default_verb)
_LISTINGS = {"ps", "images", "network ls", "volume ls"}
# Commands the values alone decide (an image with ports or a shell is run; a name given to a
# new volume is create).
_SAID_BY_VALUES = {"run", "create", "exec", "volume create", "network create", "logs", "start"}

# Arguments that name an existing container, by command (None: all of them).
_CONTAINER_ARGS = {"exec": (0,), "logs": (0,), "stop": None, "start": None, "restart": None,
                   "rm": None, "kill": None, "network connect": (1,), "network disconnect": (1,)}
# Arguments that name a local image.
_IMAGE_ARGS = {"rmi": None, "push": (0,), "tag": (0,)}
_VALUE_SHAPED = re.compile(r"[\d_.:-]")
_PIECES = re.compile(r"[=:,@]")
_PATH_PIECES = re.compile(r"[=:,@/]")
# "… for a kernel lab": a closing reason, not an instruction
_REASON_TAIL = re.compile(r"\bfor\s+(?:a|an|my|the|some|our)\s+[a-z -]+[.!]?$")
_LOCAL_REGISTRY = re.compile(r"\blocal\b|localhost|로컬")
# "configured", "running": a cue word that describes rather than instructs
_STATE = re.compile(r"(?:ed|ing)$")


def _cue_words(whole: bool) -> frozenset[str]:
    """The words of the English action and option cues: the one-word cues said as a command
    ("tail", "detach", not "configured") when ``whole``, else every word of the others."""
    return frozenset(word for kind, (_, en) in L.CUES.items() if kind[:2] in ("a:", "m:", "o:")
                     for phrase in en for word in phrase.split()
                     if (" " not in phrase and not _STATE.search(phrase)) == whole)


_INSTRUCTION_WORDS = _cue_words(True) | L.EN_OPTION_WORDS
_CUE_WORDS = _cue_words(False) - _INSTRUCTION_WORDS
_NUMBER_SCALES = {"thousand", "hundred", "million"}


def weigh(req: Request, plan: Plan):
    """Lower the plan's confidence for every piece of thin or ignored evidence; when it is
    too low, ``plan.doubt`` says what to ask."""
    ignored = _ignored(req, plan)
    plan.confidence -= INTENT_COST[req.intent_from] + RIVAL_COST * min(req.rivals, 2)
    plan.confidence -= CORRECTION_COST * len(req.corrections)
    plan.confidence -= GUESS_COST if req.has("m:guess") else 0
    plan.confidence -= sum(IGNORED_COST[kind] for _, kind in ignored)
    if ignored:
        plan.doubt = ("unsure", {"words": ", ".join(f"'{w}'" for w, _ in ignored)})
    if _default_verb(req, plan):
        plan.confidence -= DEFAULT_VERB_COST
        plan.doubt = plan.doubt or ("unsure:intent", {})


def _default_verb(req: Request, plan: Plan) -> bool:
    """No verb was said and the plan's command is a default: a listing is safe only when the
    request says nothing but what to list ("volumes?", "stopped containers"); inspecting a
    named object, or a listing led by a word we do not know as a verb ("decommission old
    volumes"), is a guess."""
    if req.intent_from != "implicit" or plan.command in _SAID_BY_VALUES:
        return False
    if plan.command not in _LISTINGS:
        return True
    first = req.toks[0] if req.toks else None     # an English request opens with its verb
    return req.lang == "en" and first is not None and first.start == 0 and first.kind == "cue" \
        and not (first.used or req.covered(first)) and first.low not in L.EN_FILLER \
        and first.low not in L.NL_MARKERS


def _ignored(req: Request, plan: Plan) -> list[tuple[str, str]]:
    """Words and values the request gave that the plan does not use."""
    pieces = _argv_pieces(plan)
    found = [(req.word(t), _ignored_kind(req, t)) for t in req.toks
             if not (t.used or t.in_command or _aside(req, t.start)
                     or (t.kind == "path" and req.in_purpose(t.start)))   # "…to poke at /dev"
             and t.kind in IGNORED_COST and req.word(t).lower() not in pieces]
    found += [(req.word(t), _loose_kind(t)) for t in _loose_words(req) if t.low not in pieces]
    for slot, entries in req.values.items():
        if slot not in req.consumed:
            found += [(_value_text(e), "value") for e in entries if not _aside(req, e[0])]
    return found


def _loose_words(req: Request) -> list[Tok]:
    """Known words that no cue, value or plan took and that carry meaning ("max", "knows",
    "between"): an instruction the plan may have dropped."""
    reason = _REASON_TAIL.search(req.low)
    return [t for t in req.toks if t.kind == "cue" and req.lang == "en"
            and not (t.used or t.in_command or req.aside(t.start) or req.covered(t)
                     or req.in_purpose(t.start) or (reason and t.start >= reason.start()))
            and t.low not in L.EN_FILLER and t.low not in L.NL_MARKERS
            and t.low not in L.EN_FUNCTION_WORDS]


def _loose_kind(tok: Tok) -> str:
    """A number said in words is a value, and a one-word cue or a feature no cue covers an
    instruction; a word of a longer cue may be one, and any other word is talk."""
    if tok.low in L.EN_NUMBERS or tok.low in _NUMBER_SCALES:
        return "number"
    if tok.low in _INSTRUCTION_WORDS:
        return "instruction"
    return "word" if tok.low in _CUE_WORDS else "chatter"


def _ignored_kind(req: Request, tok: Tok) -> str:
    """A leftover English word may be a stray word; one in a Korean sentence or shaped like
    a name or a version ("web2", "v2", "my-app") was meant as a value."""
    if tok.kind == "name" and (req.lang == "ko" or _VALUE_SHAPED.search(tok.low)):
        return "value"
    return tok.kind


def _argv_pieces(plan: Plan) -> set[str]:
    """Every word of the plan and its parts ("8080:80" → 8080, 80), to find words it used."""
    pieces = set()
    for word in plan.argv():
        word = str(word).lower()
        pieces.add(word)
        pieces.update(_PIECES.split(word))
        pieces.update(_PATH_PIECES.split(word))
    return pieces


def _aside(req: Request, at: int) -> bool:
    return req.aside(at)


def _value_text(entry) -> str:
    value = entry[1] if len(entry) == 2 else entry[1:]
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v)
    return str(value)


def check_targets(req: Request, plan: Plan):
    """A container or image the caller does not have is resolved from a part of its name
    ("my app image" → localhost:5000/myapp:1.0) or asked about, not sent to fail."""
    if plan.command in _IMAGE_ARGS and req.ctx.images:
        _check_images(req, plan)
    if plan.command in _CONTAINER_ARGS and req.ctx.containers:
        _check_containers(req, plan)
    elif plan.command == "inspect" and plan.args and " one" in req.low:
        _the_one(req, plan)


def _the_one(req: Request, plan: Plan):
    """"the details of the etl one": a word said as "the X one" that is no container's name but
    part of exactly one container's name is that container (an image's inspect is left alone)."""
    name = str(plan.args[0])
    if name in req.ctx.names or req.ctx.known_image(name) or f"the {name.lower()} one" not in req.low:
        return
    part_of = [n for n in req.ctx.names if name.lower() in name_parts(n)]
    if len(part_of) == 1:
        plan.corrections.append(corr(name, part_of[0], "container"))
        plan.args[0] = part_of[0]


def _check_containers(req: Request, plan: Plan):
    names = req.ctx.names
    for i in _CONTAINER_ARGS[plan.command] or range(len(plan.args)):
        name = plan.args[i] if i < len(plan.args) else None
        if not name or str(name).startswith("<") or name in names:
            continue
        part_of = [n for n in names if str(name).lower() in name_parts(n)]
        part_of = part_of or _running_image(req, str(name).lower()) or \
            (slots.databases(req, names) if str(name).lower() in L.DATABASES else [])
        if len(part_of) == 1:           # "the api box" → payments-api, the one it is part of
            plan.corrections.append(corr(name, part_of[0], "container"))
            plan.args[i] = part_of[0]
            continue
        close = suggest.closest(name, names, 0.6)
        raise Ask("unknown-container", candidates=part_of or ([close] if close else names),
                  intent=plan.command, name=name)


def _running_image(req: Request, word: str) -> list[str]:
    """"rabbit's hung, kill it": the caller's containers whose image the word begins."""
    if len(word) < 4:
        return []
    return [c["name"] for c in req.ctx.containers
            if repo(str(c.get("image", ""))).rpartition("/")[2].startswith(word)]


def _check_images(req: Request, plan: Plan):
    images = req.ctx.images
    for i in _IMAGE_ARGS[plan.command] or range(len(plan.args)):
        ref = str(plan.args[i]) if i < len(plan.args) else "<"
        if ref.startswith("<") or _have_image(ref, images):
            continue
        found = [image for image in images if ref in repo(image).rpartition("/")[2]] or \
            [image for image in images if _tag_of(image) == ref]     # "push the dev build"
        if len(found) > 1 and _LOCAL_REGISTRY.search(req.low):
            found = [image for image in found if _registry_host(image)] or found
        if len(found) > 1:
            found = _by_age(req, found)
        if len(found) != 1:
            raise Ask("unknown-image", candidates=found or images[:8], intent=plan.command,
                      name=ref)
        plan.corrections.append(corr(ref, found[0], "image"))
        plan.args[i] = found[0]


# "the older redis image": an age word picks among tags of one repository ("old"/"older"
# only between two; "oldest"/"newest" among any number)
_AGE = re.compile(r"\b(?:(old|older|previous)|(oldest|earliest)|(newer|more recent)"
                  r"|(newest|most recent))\b|(오래된|예전|옛날|구버전|이전 버전)|(최신|새 버전|최근)")


def _by_age(req: Request, found: list[str]) -> list[str]:
    m = _AGE.search(req.low)
    if not m or (len(found) > 2 and (m.group(1) or m.group(3))):
        return found
    older = bool(m.group(1) or m.group(2) or m.group(5))
    ranked = newest_first(found)
    return [ranked[-1] if older else ranked[0]]


def _tag_of(image: str) -> str:
    tail = image.rpartition("/")[2]
    return tail.rpartition(":")[2] if ":" in tail else ""


def _have_image(ref: str, images: list[str]) -> bool:
    return ref in images or f"{ref}:latest" in images or \
        (ref.endswith(":latest") and ref[:-len(":latest")] in images)


def _registry_host(image: str) -> bool:
    head, sep, _ = image.partition("/")
    return bool(sep) and ("." in head or ":" in head or head == "localhost")

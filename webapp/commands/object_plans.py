"""Plans for networks and volumes: create, ls, rm, inspect, and connecting a container to a
network or taking it off one."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots
from .answers import Ask, Plan
from .patterns import STORE_PART
from .run_plans import env_options

if TYPE_CHECKING:
    from .request import Request, Tok

_DRIVERS = ("bridge", "overlay", "macvlan", "ipvlan", "host", "none")
_DRIVER = re.compile(r"driver|드라이버")
_OTHER_DRIVERS = ("overlay", "macvlan", "ipvlan")
_PLURAL = {noun: re.compile(rf"\b{noun}s\b") for noun in ("volume", "network")}
_ONE_AFTER = re.compile(r"\s+(?:a\s+new\s+|another\s+|a\s+)?one\b")
_CIDR = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3}/\d{1,2})")
_SECOND_QUESTION = re.compile(r"(?:\band|,)\s+(?:also\s+)?(?:tell\s+me\s+|show\s+me\s+)?(?:which|what)\b")
_COLON_BEFORE = re.compile(r"\w\s*:\s*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|from|on|into|onto|off(?:\s+of)?)\s+(?:the\s+)?$")


def build_network(name: str):
    def build(req: Request, cue: str | None) -> Plan:
        plan = Plan(name)
        _vague_words(req)
        if name == "network create":    # first: "a new network, bridge driver" names no network
            _driver(plan, req)
        tok = (name == "network create" and _made_name(req)) or slots.object_name(req, "network") \
            or _any_name(req)
        if name == "network create":
            plan.opt("internal", req.has("m:internal"))
            plan.opt("subnet", _cidr(req))
            if slots.kvs(req):
                env_options(plan, req, "label")
        plan.args = [slots.take(tok) if tok else _missing_name(req)]
        if name == "network create" and tok:
            _joining_later(req, tok)
        return plan
    return build


# "I want mqtt and node-red on it", "so api and db can join it", "for api and db": the
# containers that will use the new network later
_JOINS_IT = re.compile(r"\b(?:on|in|onto|into|to|join|use|share)\s+it\b|\bfor\s+(?:my\s+|the\s+)?(?=\S)")


def _joining_later(req: Request, made: Tok):
    """What will join a network being created is talk: the request makes one network."""
    for m in _JOINS_IT.finditer(req.low, made.end):
        after = m.group().startswith("for")
        for t in req.kinds("name", "container"):
            if (made.end < t.start < m.start()) if not after else t.start >= m.end():
                t.used = True


def _made_name(req: Request) -> Tok | None:
    """The name given to what is created outright: "name=mesh", or after a colon that ends
    the request ("a bridge network for the lab: labnet"; "for the lab" says what it is for)."""
    last = req.toks[-1] if req.toks else None
    if last is None or last.used or not _COLON_BEFORE.search(req.low, 0, last.start) or \
            not slots.NAME_SHAPE.fullmatch(last.low) or last.kind not in ("name", "cue", "container") \
            or last.low in L.EN_FILLER:
        return slots.kv_name(req)
    for tok in req.kinds("name", "container", "image"):
        tok.used = tok.used or tok.start < last.start     # the purpose said before the name
    last.used = True
    return last


def _any_name(req: Request) -> Tok | None:
    """Any name left, unless the network was only wished for: "we need a network for api"
    names what uses it, not the network."""
    return None if req.intent_from == "implicit" else next(iter(req.kinds("name", "container")), None)


def _driver(plan: Plan, req: Request):
    """"--driver bridge" when the driver is named as one; "a new bridge network" says the
    default aloud, which needs no flag, while "an overlay network" does."""
    driver = next((t for t in req.toks if _driver_word(t) in _DRIVERS and not (
        t.low != _driver_word(t) and slots.is_named(req, t))), None)
    word = _driver_word(driver) if driver else None
    if driver and (_DRIVER.search(req.low) or word in _OTHER_DRIVERS):
        driver.used = True
        plan.opt("driver", word)
    elif word == "bridge":
        driver.used = True


def _driver_word(tok: Tok) -> str:
    """"a bridge-driver network": the driver and its noun typed as one word."""
    return tok.low.removesuffix("-driver")


def _cidr(req: Request) -> str | None:
    m = _CIDR.search(req.low)
    return m.group(1) if m else None


def _vague_words(req: Request) -> bool:
    """"one more network thingy": a stand-in word is no name (so the name is asked for)."""
    vague = [t for t in req.toks if t.low in L.VAGUE_NOUNS]
    for tok in vague:
        tok.used = True
    return bool(vague)


def _missing_name(req: Request) -> str:
    if slots.deictic_or_chat(req) or _one_made(req) or req.intent_from == "implicit" or _vague_words(req):
        raise Ask("name:network", intent="network create")
    return "<network>"


def _one_made(req: Request) -> bool:
    """"need another net, make one": "one" stands for a new network the user must name."""
    return any(_ONE_AFTER.match(req.low, end) for tag, _, _, end in req.tags if tag.startswith("a:"))


def build_network_list(req: Request, cue: str | None) -> Plan:
    plan = Plan("network ls" if req.has("o:network") else "volume ls")
    plan.opt("quiet", req.has("m:quiet"))
    for kv in slots.kvs(req):
        plan.opt("filter", kv)
    if req.has("m:dangling") and plan.command == "volume ls" and not _also_asked(req):
        plan.opt("filter", "dangling=true")
    if plan.command == "network ls":
        plan.opt("no-trunc", req.has("m:no-trunc"))
    return plan


def _also_asked(req: Request) -> bool:
    """"which volumes exist and which are unused": a second question about the list the first
    one asks for is answered by the whole list, not by the filter alone."""
    m = _SECOND_QUESTION.search(req.low)
    return bool(m) and any(t == "o:volume" and s < m.start() for t, _, s, _ in req.tags) and \
        all(s > m.start() for t, _, s, _ in req.tags if t == "m:dangling")


def build_object(name: str, noun: str):
    def build(req: Request, cue: str | None) -> Plan:
        plan = Plan(name)
        _vague_words(req)
        toks = [t for t in req.kinds("name", "container", "image") if not t.used]
        given = (name.endswith(" create") and _made_name(req)) or slots.object_name(req, noun)
        if name.endswith(" inspect") and len(toks) > 1:     # "the subnet of lab-net": the net
            toks = [t for t in toks if STORE_PART[noun].search(t.low)] or toks
        chosen = [given] if given else toks
        if given and name.endswith(" rm") and _PLURAL[noun].search(req.low):
            chosen += [t for t in toks if t is not given]   # "remove volumes a and b"
        plan.args = [slots.take(t) for t in chosen] or [_missing_object(req, noun, name)]
        if name.endswith(" rm"):
            plan.opt("force", req.has("m:force"))
        if name == "volume create" and (slots.kvs(req) or req.has("m:label")):
            env_options(plan, req, "label")
        if name == "volume create" and not [a for a in plan.args if not a.startswith("<")]:
            _unnamed_volume(req, plan)
        return plan
    return build


def _unnamed_volume(req: Request, plan: Plan):
    """"볼륨 만들어 줘" with nothing else: asked, as a new network's name is (a learner rarely
    wants a random name); English keeps docker's anonymous volume, and so do labels."""
    if req.lang == "ko" and not plan.options and slots.deictic_or_chat(req):
        raise Ask("name:volume", intent="volume create")
    plan.args = []


def _missing_object(req: Request, noun: str, name: str) -> str:
    if name.endswith("create"):
        return f"<{noun}>"
    if slots.deictic_or_chat(req) or slots.definite(req):
        raise Ask(noun, intent=name)
    return f"<{noun}>"


def build_connect(name: str):
    def build(req: Request, cue: str | None) -> Plan:
        plan = Plan(name)
        network = slots.object_name(req, "network") or _by_preposition(req, "network")
        if network is not None:
            network.used = True
        containers = [t for t in req.kinds("container", "name", "image") if not t.used]
        container = containers[0] if containers else None
        if network is None and len(containers) >= 2:
            network, container = _network_of_two(req, containers[:2])
        net = slots.take(network) if network else _missing_object(req, "network", name)
        plan.args = [net, slots.take(container) if container else slots.targets(req, "network connect")[0]]
        if name == "network disconnect":
            plan.opt("force", req.has("m:force"))
        return plan
    return build


def _by_preposition(req: Request, noun: str) -> Tok | None:
    for tok in req.kinds("name", "container"):
        before = req.low[max(0, tok.start - 10):tok.start]
        if _PREPOSITION_BEFORE.search(before) and tok.kind == "name":
            return tok
        if tok.suffix.startswith(("에서", "에", "로", "으로")) and tok.kind == "name":
            return tok
    return None


def _network_of_two(req: Request, pair: list[Tok]):
    a, b = pair
    if a.text in req.ctx.names and b.text not in req.ctx.names:
        return b, a
    if "net" in a.low and "net" not in b.low:
        return a, b
    return b, a

"""Slots that several plans fill: the containers a request is about, names, images and their
tags, ports, durations, KEY=value pairs, paths, and where something is to happen.

A slot that takes a word marks it ``used`` (``take``) and a slot that takes a value marks it
consumed (``Request.first``/``take``), so that ``evidence`` can see what no slot took.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from .text import SPACES as _SPACES
from .answers import Ask, ask_key
from .context import STATES, name_parts, repo
from .patterns import DUR_UNIT, STORE_PART, TAG_SHAPE, trim
from .suggest import IMAGE_CATALOGUE

if TYPE_CHECKING:
    from .request import Request, Tok

# "the exited ones", "stopped containers": several of a state said in the plural
_COUNTED = re.compile(r"\b(?:the|those|these|all)\s+(two|three|four|five|[2-9])\b(?=\s+(?:that|which|who|ones?\b|"
                      r"containers?\b|(?:are|were|have|got)\b))")
# "restart all three: api, worker, beat", "stop both: web, db": a count, then the names it counts
_COUNTED_LIST = re.compile(r"\b(?:(?:all|the|these|those)\s+(two|three|four|five|[2-9])|(both))\s*:\s*"
                           r"([\w.-]+(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[\w.-]+)+)\s*[.!]?$")
_PLURAL = re.compile(r"\b(?:ones|containers)\b")
# "in container web1": the noun before a name says it exists already
_IN_BEFORE = re.compile(r"\b(?:in|inside|within|into)\s+(?:the\s+|my\s+|our\s+)?(?:container\s+)?$")
# "exec redis-cli ping on cache-01": with exec's own verb, "on" names where it runs too
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+|my\s+|our\s+)?$")
_EXEC_VERBS = {"exec", "execute", "executes", "executing"}
# "api-7 … run env in it", "mongo-lab, run mongod there": a place that points back to a name
_THERE = re.compile(r"\b(?:in(?:side)?\s+(?:it|there|that(?:\s+one)?)|(?<!is\s)(?<!are\s)there)"
                    r"\s*(?:[.!?,;]|$|please\b|pls\b|for\s+me\b|too\b)")
# "web1에서", "web1 안에", and "web1에 / web1한테 ping 날려봐": a program sent to a container
_INSIDE_SUFFIX = re.compile(r"(?:에서|안에|안에서|속에서|내부에서|에게|한테|에(?![가-힣]))")
_DETACHED_PARTICLE = re.compile(r"\s+(에서|에게|한테|에)(?![가-힣])")
# "app 컨테이너에서", "postgres 돌리는 애한테": the noun (and particle) after a name or image
RUNNING_KO = r"(?:(?:돌리는|돌아가는|돌(?:리)?고\s*있는|실행\s*중인|떠\s*있는)\s*)?"
_CONTAINER_THEN = re.compile(r"\s*" + RUNNING_KO + r"(?:컨테이너|애)\s*([가-힣]*)")
_SPACE = re.compile(r"\s*")
_NAMING_SUFFIX = re.compile(r"(이?라는|이?란|이?라고)")
# "cache01 이란 이름으로", "web 이라는 컨테이너": the naming particle typed apart from the name
# "cache-big 이름 붙여서": the name, then the naming verb
_NAMING_AFTER = re.compile(r"\s+(?:이?라는|이?란|이?라고)(?![가-힣])|\s+(?:으로|로)\s*이름"
                           r"|\s+이름\s*(?:으로|(?:을\s*)?(?:붙|달|지어|줘|주))")
_NAMING_BEFORE = re.compile(r"(?<![a-z])(?:named|called|call\s+it|calling\s+it|name\s+(?:it|is|of)?|name:|"
                            r"container\s*[:=]|container\s+is|"
                            r"name\s*=|with the name|"
                            r"이름(?:은|을|는|이|:)?|이름으로)\s*(?:as\s+|to\s+)?['\"]?\s*$")
_NOUN_BEFORE = re.compile(r"\b(?:volume|network)\s+$")
_PHRASE_GAP = re.compile(r",|\b(?:on|in|to|at|onto|into|via|with|over|and)\b")
_THE_WORD = re.compile(r"\bthe\b")
_NAMED_OBJECT = re.compile(r"\s+(?:volumes?|networks?)\b")
_AS_BEFORE = re.compile(r"([\w:./-]+)\s+as\s+$")
_VERSION_NUMBER = re.compile(r"\d{1,2}(?:\.\d+)*|\d+\.\d+(?:\.\d+)*")
_TAG_GAP = re.compile(r"\s*(?:image\s+)?(?:(?:(?:at|with)\s+)?(?:the\s+)?(?:version|tag)|tagged|"
                      r"버전|태그)?\s*")
# "the 6.0 tag of mongo": the tag said before its image
_TAG_OF = re.compile(r"\s*(?:tag|version)\s+of\s+(?:the\s+)?")
# "the trainer image with the cpu tag": the tag named before the word "tag"
_TAG_WITH = re.compile(r"\s*(?:image\s+)?(?:with|at|of|from)\s+(?:the\s+)?")
_TAG_NOUN = re.compile(r"\s+(?:tag|version)\b")
_DETERMINERS = {"the", "a", "an", "its", "this", "that", "their"}
_FOR_PROTOCOL = re.compile(r"\b(\d{2,5})\s+(?:is\s+)?for\s+(?:the\s+)?(https?|tls|ssl)(?![\w-])")
# "the database one", "my db container", "디비 컨테이너": the container holding the data
_DATABASE_ONE = re.compile(r"\b(?:the|my|our|that)\s+(?:database|db)\b(?!\s+(?:called|named|name))"
                           r"|(?:데이터베이스|디비)\s*(?:컨테이너|쪽)?")
_COUNT_OF_PORTS = re.compile(r"\d\s*개\s*(?:의\s*)?포트")
# "two port mappings, 8081 to 80 and 8443 to 443": the noun a count of the ports comes before
_PORTS_NOUN = re.compile(r"\s+(?:port\s+|published\s+)?(?:ports|mappings|maps|forwards|forwardings|bindings)\b")
_PORT_NUMBER = re.compile(r"\d{2,5}")
_LIST_SUFFIXES = ("이랑", "랑", "와", "과", "하고")
_LIST_GAP = re.compile(r"[가-힣]*\s*,?\s*")
NAME_SHAPE = re.compile(r"[a-z0-9][a-z0-9_.-]*")
_WORKDIR_BEFORE = re.compile(r"(작업\s*(?:디렉[터토]리|폴더|경로|위치)|working\s+(?:dir(?:ectory)?|folder)|"
                             r"workdir|work\s+dir(?:ectory)?|cwd|\b(?:start|open|land)(?:s|ing)?\s+in)\S*\s*"
                             r"(?:를|을|은|는|is|as|to|of|at|in|:|=|set\s+to|(?:should|must|will)\s+be)?"
                             r"\s*$")
_WORKDIR_NOUN = r"(?:(?:working|work)\s+(?:dir|folder)|workdir|cwd)"
_WORKDIR_AFTER = re.compile(rf"\S*\s*(?:as|for)\s+(?:the\s+|a\s+|its\s+)?{_WORKDIR_NOUN}"
                            rf"|\S*\s+(?:the|its)\s+{_WORKDIR_NOUN}"
                            r"|\S*\s*(?:을|를)?\s*작업\s*(?:디렉|폴더|경로)")
# "/a 폴더를 /b에": the first of a mount pair, not a working directory
_FOLDER_AFTER = re.compile(r"\S*\s*(?:디렉[터토]리|폴더|directory|folder|dir)(?!\s*[를을]\s*[~.]*/)")
_MOUNT = re.compile(r"mount|마운트")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


# ---------------------------------------------------------------------------
# Where the request is to happen
# ---------------------------------------------------------------------------

def network_joined(req: Request, tok: Tok) -> bool:
    """"run alpine on iot-net": a name after "on" shaped like a network, none of the caller's
    containers, is the network a new container joins."""
    return tok.text not in req.ctx.names and bool(_ON_BEFORE.search(req.low, 0, tok.start)) and \
        bool(STORE_PART["network"].search(tok.low))


def inside(req: Request) -> bool:
    """Something is to happen inside a container: "web1 안에서", "in web1", "inside db",
    "app 컨테이너에서", "redis 컨테이너에서" (an image naming the caller's container)."""
    if req.has("m:inside") or any(_IN_BEFORE.search(req.low[max(0, s - 10):s]) or
                                  _INSIDE_SUFFIX.match(req.low, e)
                                  for tag, _, s, e in req.tags if tag == "m:existing"):
        return True                     # "in whichever one is redis", "redis 돌리는 애한테"
    there = _THERE.search(req.low) if req.lang == "en" else None
    if there and any(t.end <= there.start() for t in req.kinds("container", "name", free=False)):
        return True
    for tok in req.kinds("container", "name", "image", free=False):
        if tok.kind == "image" and not (req.ctx.containers and req.ctx.pool(None, {repo(req.word(tok))})):
            continue
        before = req.low[max(0, tok.start - 20):tok.start]
        if _IN_BEFORE.search(before) or _INSIDE_SUFFIX.match(_noun_suffix(req, tok)) or \
                (_ON_BEFORE.search(before) and any(c in _EXEC_VERBS for c in req.cues("a:exec"))):
            return True
    return False


def _noun_suffix(req: Request, tok: Tok) -> str:
    """The particle after a name, or after "컨테이너" following it ("app 컨테이너에서")."""
    if tok.suffix.startswith("컨테이너"):       # "worker컨테이너에서": the noun typed on
        return _CONTAINER_THEN.match(tok.suffix).group(1)
    m = _CONTAINER_THEN.match(req.low, tok.end + len(tok.suffix)) or \
        _DETACHED_PARTICLE.match(req.low, tok.end + len(tok.suffix))
    return m.group(1) if m and not tok.suffix else tok.suffix


def running_image(req: Request) -> bool:
    """An image word that names the caller's existing container ("redis 컨테이너에서")."""
    return any(req.ctx.pool(None, {repo(req.word(t))}) for t in req.kinds("image"))


def existing(req: Request) -> bool:
    return bool(req.kinds("container") or req.has("s:running") or req.has("m:existing") or
                (inside(req) and req.kinds("name")))


def port_access(req: Request) -> bool:
    """"9090번으로 접속", "connect on port 8080": reaching a port is a new server, not a shell."""
    return bool(req.values.get("port")) and bool(req.kinds("image", free=False)) and \
        not req.kinds("container", free=False)


_A_CONTAINER = re.compile(r"\b(?:an?|any|some|new)\s+(?:[a-z]+\s+)?containers?\b")


def deictic_or_chat(req: Request) -> bool:
    """A request that points at something ("delete it") or talks to us, rather than a
    general description ("Remove a container"), must ask instead of answering a template;
    "a container" in a request that talks to us ("can you fire up a container for me") is
    still a request ("connect it to a network": the pointer still points, unless it points back
    at "a container" said before it: "stop a container, waiting before killing it")."""
    pointer = _pointing(req)
    if pointer is not None and not _A_CONTAINER.search(req.low, 0, pointer):
        return True
    if req.has("m:indefinite") and not req.has("m:conv"):
        return False
    return pointer is not None or req.has("m:conv") or "?" in req.text or \
        any(t.kind == "cue" and t.low in L.GENERIC_NOUNS for t in req.toks)


def _pointing(req: Request) -> int | None:
    """Where "delete it", "그거 지워" points: a pronoun that is the object of the request's verb."""
    for tag, _, start, _ in req.tags:
        if tag != "m:deictic":
            continue
        if req.lang == "ko" or any(t.startswith("a:") and _SPACE.fullmatch(req.low[e:start])
                                   for t, _, _, e in req.tags):
            return start
    return None


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

def take(tok: Tok | None) -> str | None:
    if tok is None:
        return None
    tok.used = True
    return tok.fixed or tok.text


def use(req: Request, word: str):
    for tok in req.toks:
        if tok.low == word:
            tok.used = True


def count_said(req: Request, tag: str, count: int):
    """"two env vars, A=1 and B=2": a number right before the noun that counts the values
    given is no value of its own."""
    for at in req.where(tag):
        tok = next((t for t in reversed(req.toks) if t.end <= at), None)
        if tok and req.low[tok.end:at].isspace() and \
                L.EN_NUMBERS.get(tok.low, tok.low) == str(count):
            tok.used = True


def names(req: Request) -> list[Tok]:
    """Words that may name a container (not "mynet 네트워크", not "nginx image")."""
    return [t for t in req.kinds("container", "name")
            if adjacent_noun(req, t) not in ("volume", "network", "image") and not network_joined(req, t)]


def named(req: Request, noun: str | None = None) -> Tok | None:
    """A name given with a naming cue: "named web", "web이라는 이름", "이름은 web"."""
    for tok in req.kinds("name", "container", "image", "cue"):
        if tok.kind == "cue" and tok.low in L.EN_FILLER:
            continue
        if is_named(req, tok) and (noun is None or adjacent_noun_after(req, tok) in (None, noun)):
            return tok
    return None


def is_named(req: Request, tok: Tok) -> bool:
    return name_cue_before(req, tok) or bool(_NAMING_SUFFIX.match(tok.suffix)) or \
        bool(not tok.suffix and _NAMING_AFTER.match(req.low, tok.end)) or _as_name(req, tok)


def _as_name(req: Request, tok: Tok) -> bool:
    """"nginx in the background as edge-proxy": "as" after the image or how it runs names
    the container ("run as root", "tag it as v2" do not)."""
    m = _AS_BEFORE.search(req.low, 0, tok.start)
    if tok.kind != "name" or not m:
        return False
    return m.group(1) in L.AS_NAME_AFTER or any(_image_ends(req, t, m) for t in req.toks)


def _image_ends(req: Request, tok: Tok, m: re.Match) -> bool:
    """The word before "as" is the image, or its version ("redis 7.2 as cache")."""
    if tok.kind != "image":
        return False
    end = tok.end + len(tok.suffix)
    return end == m.end(1) or (_VERSION_NUMBER.fullmatch(m.group(1)) is not None
                               and _TAG_GAP.fullmatch(req.low, end, m.start(1)) is not None)


def asks_name(req: Request) -> bool:
    """A naming cue for the container ("named", "call it"), not "the named volume V"."""
    return any(t == "m:name" and not _NAMED_OBJECT.match(req.low, e) for t, _, _, e in req.tags)


def name_cue_before(req: Request, tok: Tok) -> bool:
    return bool(_NAMING_BEFORE.search(req.low[max(0, tok.start - 24):tok.start]))


def adjacent_noun(req: Request, tok: Tok) -> str | None:
    """The object noun right before or after a word ("mynet 네트워크", "volume data")."""
    after = tok.end + len(tok.suffix)
    nouns = [(t[2:], 0 <= s - after <= 2) for t, _, s, e in req.tags
             if t.startswith("o:") and (0 <= s - after <= 2 or 0 <= tok.start - e <= 2)]
    # "컨테이너를 classnet 네트워크에": the noun after the name is its own
    return next((n for n, behind in nouns if behind), nouns[0][0] if nouns else None)


def adjacent_noun_after(req: Request, tok: Tok) -> str | None:
    after = tok.end + len(tok.suffix)
    for t, _, s, _ in req.tags:
        # "named cache on network backend": a preposition starts the next option's phrase
        if t.startswith("o:") and 0 <= s - after <= 8 and not _PHRASE_GAP.search(req.low, after, s):
            return t[2:]
    return None


def object_name(req: Request, noun: str) -> Tok | None:
    """The name of a network or volume: "mynet 네트워크", "network mynet", "network called mynet"."""
    found = named(req, noun)
    if found is not None and adjacent_noun_after(req, found) in (noun, None) and \
            (noun in (adjacent_noun_after(req, found), adjacent_noun(req, found))
             or req.has(f"o:{noun}")):
        return found
    found = [t for t in req.kinds("name", "container", "image") if adjacent_noun(req, t) == noun]
    after = [t for t in found if req.lang == "en" and _NOUN_BEFORE.search(req.low, 0, t.start)]
    return (after if len(found) > 1 and after else found or [None])[0]   # "the data volume pgdata"


# ---------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------

def images(req: Request, used: bool = False) -> list[Tok]:
    return req.kinds("image", free=not used)


# "the image I built", "내가 만든 이미지": one the caller made, not one pulled
_BUILT_CUES = {"i built", "i made", "i created", "내가 만든", "제가 만든", "내가 빌드한", "제가 빌드한"}
_PUBLIC = frozenset((*IMAGE_CATALOGUE, *L.NAMESPACED_IMAGES))


def built_image(req: Request) -> str | None:
    """The caller's one custom image (not a catalogue image) when "the image I built" is said."""
    if _BUILT_CUES.isdisjoint(req.cues("m:mine")):
        return None
    own = [i for i in req.ctx.images if repo(i) not in _PUBLIC]
    return own[0] if len(own) == 1 else None


def image_ref(req: Request, tok: Tok) -> str:
    """``tok`` plus a tag said as a separate word: "ubuntu 22.04", "node 18-alpine 태그"."""
    ref = tok.fixed or tok.low
    tok.used = True
    if ":" in ref:
        return ref
    tag = _said_tag(req, tok)
    if tag is None:
        return ref
    tag.used = True
    variant = next((t for t in req.toks if t.start > tag.end), None)
    if variant is not None and not variant.used and variant.low in L.TAG_WORDS and \
            _SPACE.fullmatch(req.low[tag.end:variant.start]) and "-" not in tag.low:
        variant.used = True             # "node 18 alpine": the variant of that version
        return f"{ref}:{tag.low}-{variant.low}"
    return f"{ref}:{tag.low}"


def _said_tag(req: Request, tok: Tok) -> Tok | None:
    """The tag word after the image ("mongo tagged 6.0") or before it ("the 6.0 tag of")."""
    after = [t for t in req.toks if t.start >= tok.end][:4]
    before = [t for t in req.toks if t.end <= tok.start][-4:]
    for nxt in after if not tok.suffix else ():
        gap = req.low[tok.end:nxt.start]
        if _TAG_GAP.fullmatch(gap) and _tag_word(nxt) or _TAG_WITH.fullmatch(gap) and \
                _TAG_NOUN.match(req.low, nxt.end) and NAME_SHAPE.fullmatch(nxt.low) and \
                nxt.low not in _DETERMINERS:
            return None if nxt.used else nxt
    for prev in reversed(before):
        if _TAG_OF.fullmatch(req.low[prev.end + len(prev.suffix):tok.start]) and \
                _tag_word(prev):
            return None if prev.used else prev
    return None


def _tag_word(tok: Tok) -> bool:
    """A word that can be a tag; "8080번으로", "3개" are numbers of something else."""
    if TAG_SHAPE.fullmatch(tok.low):
        return True
    return tok.kind == "number" and bool(_VERSION_NUMBER.fullmatch(tok.low)) and (
        "." in tok.low or not tok.suffix.startswith(("번", "개", "로", "으로", "포트")))




# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------

def ports(req: Request, image: str | None) -> list[str]:
    """``-p`` specs; one port alone is the host port of the image's usual container port."""
    found = req.take("port")
    if not found:
        found = [(t.start, t.low, None) for t in req.kinds("number")
                 if _PORT_NUMBER.fullmatch(t.low) and t.suffix.startswith(("으로", "로"))
                 and not _amount_of(req, t)][:1]
    found = _listed_hosts(req, found)
    hosts = [host for _, host, cont in found if cont is None]
    inside = _protocol_ports(req, image) or _web_ports(hosts, image)
    _ports_counted(req, len(found))
    return [f"{host}:{cont or inside.get(host) or _container_port(image, host)}" for _, host, cont in found]


def _ports_counted(req: Request, count: int):
    """"8080이랑 8443 두 개 포트 열어서": a count of the ports listed is talk, not a value."""
    counts = req.values.get("count", [])
    counts[:] = [c for c in counts if not (count > 1 and c[1][-1:] == [str(count)]
                                           and _COUNT_OF_PORTS.match(req.low, c[0]))]
    for tok in req.toks if count > 1 else ():
        if L.EN_NUMBERS.get(tok.low, tok.low) == str(count) and _PORTS_NOUN.match(req.low, tok.end):
            tok.used = True


def _listed_hosts(req: Request, found: list) -> list:
    """"8081이랑 8444로", "8081이랑 8444:443로": host ports listed before the port said."""
    for tok in reversed(req.kinds("number")):
        if tok.suffix in _LIST_SUFFIXES and _PORT_NUMBER.fullmatch(tok.low) and \
                _LIST_GAP.match(req.low, tok.end).end() in {s for s, _, _ in found}:
            tok.used = True
            found = [(tok.start, tok.low, None), *found]
    return found


def _protocol_ports(req: Request, image: str | None) -> dict[str, str]:
    """"8081 for http, 8444 for tls": a web server's side each host port reaches."""
    if not image or repo(image) not in L.HTTP_AND_TLS:
        return {}
    return {m.group(1): "80" if m.group(2) == "http" else "443" for m in _FOR_PROTOCOL.finditer(req.low)}


def _web_ports(hosts: list[str], image: str | None) -> dict[str, str]:
    """Two host ports for an image with one known port: a web server's HTTP and TLS ports when
    one of them ends in 443, otherwise a question (which of them reaches the image's port?)."""
    if len(hosts) < 2 or not image or _several_ports(image) or repo(image) not in L.KNOWN_PORTS:
        return {}
    tls = [h for h in hosts if h.endswith("443")]
    if len(hosts) == 2 and len(tls) == 1 and repo(image) in L.HTTP_AND_TLS:
        return {h: "443" if h in tls else "80" for h in hosts}
    raise port_question(image, hosts[-1], "run")


_AMOUNT_CUES = ("m:memory", "m:cpu", "m:user")


def _amount_of(req: Request, tok: Tok) -> bool:
    """"메모리는 512로": a number said right after another option is that option's value."""
    return any(t in _AMOUNT_CUES and 0 <= tok.start - e <= 4 for t, _, _, e in req.tags)


def known_port(image: str, host: str) -> str | None:
    """The image's usual container port for ``host``; None when it has none, or several and
    ``host`` is none of them."""
    several = _several_ports(image)
    if several:
        return host if host in several else None
    return L.KNOWN_PORTS.get(repo(image))


def _several_ports(image: str) -> tuple[str, ...]:
    name, _, tag = str(image).partition(":")
    return next((ports for (r, word), ports in L.SEVERAL_PORTS.items()
                 if r == repo(name) and word in tag), ())


def port_question(image: str, host: str, intent: str) -> Ask:
    """Which container port ``host`` reaches: one of the image's own, when it has several."""
    several = _several_ports(image)
    if several:
        return Ask("port:several", candidates=[f"-p {host}:{p}" for p in several],
                   image=image, host=host, intent=intent)
    return Ask("port", image=image, host=host, intent=intent)


def _container_port(image: str | None, host: str) -> str:
    known = known_port(image or "", host)
    if known:
        return known
    if image is None or image.startswith("<"):
        return "<container-port>"
    raise port_question(image, host, "run")


def time_value(req: Request, slot: str) -> str | None:
    """A Go duration for ``--since``/``--until`` (days become hours)."""
    value = req.first(slot)
    if not value:
        return None
    if len(value) == 1:
        return value[0]
    number, unit = value[0], DUR_UNIT[_SPACES.sub("", value[1])]
    if unit == "d":
        return f"{trim(float(number) * 24)}h"
    return f"{number}{unit}"


def seconds(req: Request) -> str | None:
    value = req.first("dur") or req.first("since") or req.first("until")
    if not value or len(value) < 2:
        return None
    unit = DUR_UNIT[_SPACES.sub("", value[1])]
    return trim(float(value[0]) * _SECONDS[unit])


def kv_name(req: Request) -> Tok | None:
    """"create network name=mesh": name= typed in a request that makes something is its name,
    not a label or a variable (unless one is said: "label name=mesh")."""
    if req.has("m:label") or req.has("m:env"):
        return None
    tok = next((t for t in req.kinds("kv") if t.low.startswith("name=") and len(t.low) > 5), None)
    if tok is not None:
        tok.fixed, tok.used = tok.text[5:], True
    return tok


def flag_pair(req: Request, tok: Tok, command) -> bool:
    """"logs tail=100", "ps, n=3": an agent's key=value whose key is a flag of ``command`` sets
    that flag. Not where a pair is an env value or a label (run's, exec's, or one said so), nor
    name=, the name of what is made (``kv_name``)."""
    key, _, value = tok.low.partition("=")
    if not value or key == "name" or "env" in command.by_long or req.has("m:label") or req.has("m:env") or \
            not tok.text.partition("=")[0].islower() and len(key) > 1:
        return False
    return key in (command.by_short if len(key) == 1 else command.by_long)


def kvs(req: Request, keys=None) -> list[str]:
    """KEY=value pairs (typed, or said: "환경변수 MODE를 dev로"); only those whose key is in
    ``keys`` when given, and only the values returned count as used."""
    typed = [(t.start, req.word(t)) for t in req.kinds("kv")]
    said = list(req.values.get("env", []))
    if keys is not None:
        typed = [p for p in typed if p[1].split("=")[0] in keys]
        said = [p for p in said if p[1].split("=")[0] in keys]
    if said:
        req.consumed.add("env")
    return [pair for _, pair in sorted(typed + said)]    # in the order said


def paths(req: Request) -> list[Tok]:
    return [t for t in req.kinds("path") if not req.aside(t.start)]


def is_workdir(req: Request, tok: Tok) -> bool:
    """"작업 디렉터리를 /app으로", "with /src as the working dir", "/app 폴더에서"."""
    before = req.low[max(0, tok.start - 28):tok.start]
    after = req.low[tok.end:tok.end + 30]
    return bool(_WORKDIR_BEFORE.search(before) or _WORKDIR_AFTER.match(after) or
                (_FOLDER_AFTER.match(after) and not _MOUNT.search(req.low)))


# ---------------------------------------------------------------------------
# The containers a request is about
# ---------------------------------------------------------------------------

def states(req: Request, intent: str):
    if req.has("s:stopped"):
        return {"stopped"}
    if req.has("s:running"):
        return {"running"}
    return STATES.get(intent)


def targets(req: Request, intent: str, many: bool = False) -> list[str]:
    """The containers a request is about, resolved against the caller's context: named, the
    newest, the ones running an image ("the redis container"), or the only candidate."""
    counted = (_counted(req, intent) or _counted_list(req)) if many else None
    if counted:
        return counted
    given = _container_names(req)
    if given:
        given = _by_image(req, intent, given) or given
        _describing_images(req, given)
        if many and len(given) > 1:
            _listed_count(req, len(given))
        return given if many else given[:1]
    ctx = req.ctx
    repos = {repo(req.word(t)) for t in images(req)}
    for tag, pick in (("m:last", ctx.newest), ("m:first", ctx.oldest)):
        if req.has(tag):
            if ctx.containers:     # "방금 띄운 nginx": the newest of the image's containers
                return [pick(_pool(req, intent, repos) if repos else None)]
            raise Ask(ask_key("container", intent), intent=_cmd_name(intent))
    if repos and not ctx.containers:
        req.tags.append(("m:guess", "image-as-name", -1, -1))
        return [take(images(req)[0])]
    pool = _pool(req, intent, repos)
    if many and pool and (req.has("m:all") or _plural_state(req)):
        pool = _wanted(req, pool)       # "everything except the cache"
        if pool:
            return pool
    elif len(pool) == 1:
        return pool
    rest = _wanted(req, pool or ctx.names)
    if len(rest) == 1:
        return rest                     # "nginx 말고 그 전에 만든 거": the one left
    served = _pool(req, intent, L.WEB_SERVERS) if req.has("m:webserver") and not repos else []
    if len(served) == 1:
        return served                   # "웹서버 재시작": the one container serving the web
    stores = databases(req, pool or ctx.names) if not repos else []
    if len(stores) == 1:
        return stores                   # "the database one": the one container holding data
    if ctx.containers or deictic_or_chat(req) or definite(req):
        raise Ask(ask_key("container", intent), candidates=pool or ctx.names if ctx.containers else (),
                  intent=_cmd_name(intent))
    return ["<container>"]


def databases(req: Request, names: list[str]) -> list[str]:
    """The containers whose name or image says they are a database, when one is meant."""
    if not _DATABASE_ONE.search(req.low):
        return []
    images_of = {c["name"]: repo(str(c.get("image", ""))).rpartition("/")[2] for c in req.ctx.containers}
    return [n for n in names if images_of.get(n) in L.DATABASES or
            not L.DATABASES.isdisjoint(name_parts(n))]


def _listed_count(req: Request, count: int):
    """"c1 c2 c3 - rm all three", "web and db, the two of them": a number word counting the
    names just given is talk (a different count stays a value, so it is asked about)."""
    for k, tok in enumerate(req.toks):
        if L.EN_NUMBERS.get(tok.low) == str(count) and not tok.low.isdigit() and (
                k and req.toks[k - 1].low in ("all", "the") or req.low.startswith(" of", tok.end)):
            tok.used = True


def _counted_list(req: Request) -> list[str] | None:
    """The names listed after a count that matches them ("all three: api, worker, beat")."""
    m = _COUNTED_LIST.search(req.low)
    if not m:
        return None
    listed = [t for t in req.toks if m.start(3) <= t.start < m.end(3) and t.low != "and"]
    if str(len(listed)) != ("2" if m.group(2) else L.EN_NUMBERS.get(m.group(1), m.group(1))):
        return None
    for tok in req.toks:
        tok.used = tok.used or m.start() <= tok.start < m.start(3)
    return [take(t) for t in listed]


def _plural_state(req: Request) -> bool:
    """"get rid of the exited ones": every container of the state said, not a question."""
    return (req.has("s:stopped") or req.has("s:running")) and bool(_PLURAL.search(req.low))


def _counted(req: Request, intent: str) -> list[str] | None:
    """"remove the two that exited": the containers of the state said, when there are that
    many (otherwise a question)."""
    m = _COUNTED.search(req.low) if req.has("s:stopped") or req.has("s:running") else None
    if not m or not req.ctx.containers:
        return None
    for tok in req.toks:
        tok.used = tok.used or tok.start == m.start(1)
    pool = _pool(req, intent, set())
    if L.EN_NUMBERS.get(m.group(1), m.group(1)) != str(len(pool)):
        raise Ask(ask_key("container", intent), candidates=pool or req.ctx.names, intent=_cmd_name(intent))
    return pool


_NAME_MARK = re.compile(r"[\d_-]")
_NAME_CLOSES = re.compile(r"['\"]|\s*(?:[,.!?;:)]|$)|\s+(?:with|to|from|and|using|via|for|please|now)\b")
_KIND_THEN_NAME = re.compile(r"\s*(?:container|컨테이너)\s+(?:(?:named|called)\s+)?['\"]?")


def _describing_images(req: Request, given: list[str]):
    """"what version of mongo is in mongo-lab": an image word that is part of a container's
    name, said before it, tells what runs there."""
    parts = {p for n in given for p in name_parts(n)}
    first = min((t.start for t in req.kinds("container", "name", free=False) if t.text in given),
                default=0)
    for tok in images(req):
        # "my postgres container ledger-db": the image word describes the container named
        if (tok.low in parts and tok.start < first) or _KIND_THEN_NAME.fullmatch(req.low, tok.end, first):
            tok.used = True


def _wanted(req: Request, names: list[str]) -> list[str]:
    """The containers left once those said to be not meant ("web1 말고", "nginx 말고") are
    set aside; all of them when nothing was set aside."""
    if not req.not_wanted:
        return names
    by_name = {c["name"]: c for c in req.ctx.containers}
    return [n for n in names if not any(w in (n.lower(), repo(str(by_name.get(n, {}).get("image", ""))))
                                        for w in req.not_wanted)]


def _by_image(req: Request, intent: str, given: list[str]) -> list[str]:
    """"my old postgres": a word that is no container of the caller's, with an image that
    is, picks the one container of that image (the word telling apart several)."""
    repos = {repo(req.word(t)) for t in images(req)}
    if not repos or not req.ctx.containers or any(g in req.ctx.names for g in given):
        return []
    pool = _pool(req, intent, repos)
    if len(pool) > 1:
        pool = [n for n in pool if any(g.lower() in name_parts(n) for g in given)]
    return pool if len(pool) == 1 else []


def definite(req: Request) -> bool:
    """"tail the logs": a terse order with "the" points at one container the learner has in
    mind, so a placeholder would be a guess; "the logs of a container" and longer
    descriptions ("Display the image name of the container") describe the command. A bare
    verb and noun typed in lower case ("show logs") is a learner's order: descriptions are
    written in sentence case ("Show logs")."""
    if req.has("m:indefinite"):
        return False
    if req.lang == "en" and len(req.toks) <= 2 and req.text[:1].islower():
        return True
    return len(req.toks) <= 5 and bool(_THE_WORD.search(req.low)) and not req.has("o:container")


def _pool(req: Request, intent: str, repos: set[str]) -> list[str]:
    """The caller's containers in the right state (and running one of ``repos``)."""
    if not req.ctx.containers:
        return []
    pool = req.ctx.pool(states(req, intent), repos or None)
    if repos and not pool:
        pool = req.ctx.pool(None, repos)
    for tok in images(req) if pool and repos else ():
        tok.used = True                       # "the redis container": the image picked it
    return pool


def _cmd_name(intent: str) -> str:
    return {"remove": "rm"}.get(intent, intent)


def _container_names(req: Request) -> list[str]:
    found, described = [], set()
    toks = sorted(names(req), key=lambda t: _said_inside(req, t))
    told = {t.start for t in toks if is_named(req, t) or _bracketed(req, t) or _after_described(req, t, toks)}
    for tok in toks:
        if tok.kind == "name" and req.ctx.containers and not _looks_like_name(tok):
            continue
        # "the minecraft log …, container is mc-creative", "the vpn container (gluetun)"
        if told and tok.start not in told and (adjacent_noun_after(req, tok) == "container"
                                               or tok.low.isalpha() and tok.start < min(told)):
            described.add(len(found))
        found.append(take(tok))
    # "my wiki container is stuck … the name is wikijs": the name said outright beats a description
    kept = [n for i, n in enumerate(found) if i not in described] or found
    return list(dict.fromkeys(kept))    # "web1 is slow? restart web1": one container, said twice


def _after_described(req: Request, tok: Tok, toks: list[Tok]) -> bool:
    """"my cache container rcache": the word after the noun names what the word before it
    describes ("the exam container keeps crashing": a verb goes on the sentence instead)."""
    return any(_KIND_THEN_NAME.fullmatch(req.low, p.end + len(p.suffix), tok.start) for p in toks) and (
        req.lang == "ko" or _NAME_MARK.search(tok.low) is not None or _NAME_CLOSES.match(req.low, tok.end) is not None)


def describes_next(req: Request, tok: Tok) -> bool:
    """"student container lab2-s09": a plain word before the noun only describes the name-shaped
    word after it (unless the caller has a container of that name)."""
    if tok.kind != "name" or _NAME_MARK.search(tok.low) or tok.low in req.ctx.names:
        return False
    m = _KIND_THEN_NAME.match(req.low, tok.end + len(tok.suffix))
    return m is not None and m.end() > tok.end and any(
        t.start == m.end() and t.kind in ("name", "container") and _NAME_MARK.search(t.low) for t in req.toks)


def _bracketed(req: Request, tok: Tok) -> bool:
    """A name in brackets after what it names: "the torrent container (qbit)"."""
    return any(p < tok.start < q and req.low[p] == "(" and p > 0 for p, q in req.parens)


def _said_inside(req: Request, tok: Tok) -> int:
    """"check free disk space inside storage1": the word after "inside" is the container; a
    program's name elsewhere ("free") is talk about what to do."""
    return 0 if _IN_BEFORE.search(req.low[max(0, tok.start - 10):tok.start]) else \
        2 if tok.low in L.PROGRAMS else 1


def _looks_like_name(tok: Tok) -> bool:
    return bool(NAME_SHAPE.fullmatch(tok.low)) and (
        any(c.isdigit() for c in tok.low) or "-" in tok.low or "_" in tok.low or len(tok.low) >= 2)

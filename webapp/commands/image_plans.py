"""Plans for commands about images: images, rmi, pull, push, tag and build."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots
from .answers import Ask, Plan
from .context import repo
from .patterns import FILTER_KEYS
from .run_plans import platform

if TYPE_CHECKING:
    from .request import Request

_JSON_WORD = re.compile(r"\bjson\b")
_LATEST_BEFORE = re.compile(r"\blatest\s+(?:version\s+of\s+(?:the\s+)?)?$")
# "server 디렉토리 빌드", "build the api folder": a bare word named as a folder is the context
_FOLDER_WORD = re.compile(r"(?<![\w/.:-])([a-z0-9][\w.-]*)\s*(?:디렉[터토]리|폴더)"
                          r"|(?<![\w/.:-])([a-z0-9][\w.-]*)\s+(?:directory|folder|dir)\b"
                          # "out of the folder tools", "from the directory api"
                          r"|\b(?:of|from|in|inside)\s+(?:the|my|our)\s+(?:directory|folder|dir)\s+"
                          r"([a-z0-9][\w.-]*)(?![\w'/:-])")
_IN_BEFORE = re.compile(r"\b(?:in|from|inside|under)\s+(?:the\s+)?(?:(?:folder|directory|dir)\s+)?$")
# "build the week4/app directory": a relative path named as a folder
_FOLDER_AFTER = re.compile(r"\s+(?:folder|directory|dir)\b")
_BEING_IN = re.compile(r"\b(?:i\s*am|i'?m|we\s+are|we'?re)\s+(?:in|inside)\s+(?:my|our|the)?\s*$")
# "myapp에 v2 태그": a bare tag is the source image's repository with that tag
_KEPT = re.compile(r"\b(?:keep|keeping|except|but\s+not|not|leave)\s+(?:the\s+)?(?:[\w.-]+:)?"
                   r"(v?\d[\w.-]*|latest|stable|dev|prod|test|[\w.-]+(?=\s+(?:one|tag|version)))")
_BARE_TAG = re.compile(r"v?\d[\w.-]*|latest|stable|dev|prod|test")
_TARGET_STAGE = re.compile(r"(?:target|stage|타깃|타겟|스테이지)\s*(?:를|을|은|는)?\s*([a-z][\w-]*)|"
                           r"([a-z][\w-]*)\s*(?:스테이지|stage)")


def build_images(req: Request, cue: str | None) -> Plan:
    plan = Plan("images")
    plan.opt("all", req.has("m:intermediate"))
    plan.opt("quiet", req.has("m:quiet"))
    plan.opt("digests", req.has("m:digests"))
    if req.has("m:dangling"):
        plan.opt("filter", "dangling=true")
    for kv in slots.kvs(req, FILTER_KEYS):
        plan.opt("filter", kv)
    if req.has("m:filter") and not plan.has("filter"):
        plan.opt("filter", "<key>=<value>")
    plan.opt("no-trunc", req.has("m:no-trunc"))
    if _JSON_WORD.search(req.low):
        plan.opt("format", "json")
    images = slots.images(req) or [t for t in req.kinds("name") if slots.adjacent_noun(req, t) == "image"]
    plan.args = [slots.take(images[0])] if images else []
    return plan


def build_rmi(req: Request, cue: str | None) -> Plan:
    plan = Plan("rmi")
    images = [slots.image_ref(req, t) for t in slots.images(req)] or \
        [slots.image_ref(req, t) for t in req.kinds("name") if not t.used]
    if not images:
        images = [_one_image(req, "rmi")]
    images = [_tag_left(req, ref) for ref in images]
    plan.opt("force", req.has("m:force"))
    plan.opt("no-prune", req.has("m:no-prune"))
    plan.args = images
    return plan


def _tag_left(req: Request, ref: str) -> str:
    """"delete the ubuntu image, keep 24.04": of the caller's tags of a bare name, the one
    not kept."""
    kept = _KEPT.findall(req.low) if ":" not in ref else ()
    tags = [i for i in req.ctx.images if repo(i) == ref and i.rpartition(":")[2] not in kept]
    if not kept or len(tags) != 1:
        return ref
    for word in kept:
        slots.use(req, word)
    return tags[0]


def _the_image(req: Request) -> str | None:
    """The only image, or "the image I just built": the newest."""
    return req.ctx.newest_image() if len(req.ctx.images) == 1 or req.has("m:last") else None


def _one_image(req: Request, intent: str) -> str:
    built = slots.built_image(req)
    if built:
        return built
    if _the_image(req) and (req.has("m:last") or not req.conversational()):
        return _the_image(req)
    if req.ctx.images or slots.deictic_or_chat(req) or slots.definite(req):
        raise Ask(f"image:{intent}", candidates=req.ctx.images[:8], intent=intent)
    return "<image>"


def build_pull(req: Request, cue: str | None) -> Plan:
    plan = Plan("pull")
    images = slots.images(req) or [t for t in req.kinds("name") if not t.used]
    image = slots.image_ref(req, images[0]) if images else None
    if images:
        images[0].used = True
        if ":" not in image and _LATEST_BEFORE.search(req.low, 0, images[0].start):
            image += ":latest"          # "pull the latest alpine": the tag the user said
    plan.opt("all-tags", req.has("m:all-tags"))
    plan.opt("platform", platform(req))
    plan.opt("quiet", req.has("m:quiet"))
    plan.args = [image or _ask_image(req, "pull")]
    return plan


def _ask_image(req: Request, intent: str) -> str:
    if slots.deictic_or_chat(req) or slots.definite(req):
        raise Ask(f"image:{intent}", candidates=req.ctx.images[:8], intent=intent)
    return "<image>"


def build_push(req: Request, cue: str | None) -> Plan:
    plan = Plan("push")
    images = slots.images(req) or [t for t in req.kinds("name") if not t.used]
    plan.opt("all-tags", req.has("m:all-tags"))
    plan.opt("quiet", req.has("m:quiet"))
    plan.args = [slots.image_ref(req, images[-1]) if images else _one_image(req, "push")]
    return plan


_REGISTRY_HOST = re.compile(r"(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?")
_TARGET_BEFORE = re.compile(r"\b(?:as|to|into)\s+$")


def build_tag(req: Request, cue: str | None) -> Plan:
    plan = Plan("tag")
    refs = [t for t in req.toks if (t.kind in ("image", "name") or _new_version(req, t)) and not t.used]
    if req.lang == "ko":
        refs.sort(key=lambda t: 0 if t.suffix.startswith(("을", "를", "에", "의")) else 1)
    words = [slots.image_ref(req, t) for t in refs[:2]]
    if words:
        words[0] = _local_image(req, words[0])
    if len(words) == 1 and _the_image(req) and words[0] != _the_image(req):
        words = [_the_image(req), words[0]]
    if len(words) == 2 and _BARE_TAG.fullmatch(words[1]):
        words[1] = f"{repo(words[0])}:{words[1]}"
    elif len(words) == 2 and _REGISTRY_HOST.fullmatch(words[1]):
        words[1] = f"{words[1]}/{words[0]}"     # "for my registry at localhost:5000": same name
    if len(words) < 2:
        if (slots.deictic_or_chat(req) and not words) or (words and _only_target(req, refs[0])):
            raise Ask("image:tag", candidates=req.ctx.images[:8], intent="tag")
        words = (words + ["<image>", "<target>"])[:2] if words else ["<image>", "<target>"]
    plan.args = words
    return plan


_VERSION = re.compile(r"\d+(?:\.\d+)+")


def _new_version(req: Request, tok) -> bool:
    """"tag it as 2.0": a version number said as the new tag."""
    return tok.kind == "number" and bool(_VERSION.fullmatch(tok.low)) and \
        bool(_TARGET_BEFORE.search(req.low, 0, tok.start))


def _local_image(req: Request, word: str) -> str:
    """"our api image": the caller's one image whose name ends in that word."""
    if ":" in word or "/" in word:
        return word
    found = [i for i in req.ctx.images if repo(i).rpartition("/")[2] == word.lower()]
    return found[0] if len(found) == 1 else word


def _only_target(req: Request, tok) -> bool:
    """"tag the image as v2": the one word said is the new name, and which image gets it
    was not said."""
    return bool(_TARGET_BEFORE.search(req.low, 0, tok.start))


def build_build(req: Request, cue: str | None) -> Plan:
    plan = Plan("build")
    folder = _folder_after_in(req)
    dockerfile = next((t for t in req.toks if "dockerfile" in t.low and t.low != "dockerfile"
                       and not t.used), None)
    tag = _build_tag_name(req)
    if tag is None and (req.has("a:tag") or req.has("m:name")):
        tag = "<image>:<tag>"
    plan.opt("tag", tag)
    if dockerfile:
        plan.opt("file", slots.take(dockerfile))
    elif req.has("m:dockerfile-path"):
        plan.opt("file", "<dockerfile>")
    plan.opt("no-cache", req.has("m:no-cache"))
    plan.opt("pull", req.has("m:pull-base"))
    plan.opt("quiet", req.has("m:quiet"))
    said = _context_pair(req)
    _build_args(plan, req)
    context = next((t for t in slots.paths(req) if not t.used), folder)
    plan.args = [said or (slots.take(context) if context else _folder(req))]
    if dockerfile and _file_in_folder(req, dockerfile, plan.args[0]):
        plan.options = [(o, f"{plan.args[0].rstrip('/')}/{v}" if o == "file" else v) for o, v in plan.options]
    return plan


_CONTEXT_KEYS = {"context", "path", "dir", "directory", "folder", "ctx", "src", "source"}


def _context_pair(req: Request) -> str | None:
    """An agent's "context=./reports", "dir=api": the folder to build, not a --build-arg."""
    for tok in req.kinds("kv"):
        key, _, value = req.word(tok).partition("=")
        if key in _CONTEXT_KEYS and value:      # PATH=/usr/bin typed in capitals is a variable
            tok.used = True
            return value
    return None


# "./worker 폴더에 있는 Dockerfile.dev", "./api's Dockerfile.prod": the file said to sit in the folder
_HELD_IN = re.compile(r"/?\s*(?:(?:폴더|디렉[터토]리|folder|directory|dir)\s*)?(?:'s|(?:에|안에|속에|밑에|아래에?)"
                      r"\s*(?:있는|든|들어\s*있는)|안의|속의)\s*")
# "the Dockerfile.dev in ./worker", "Dockerfile.prod that's inside the api folder"
# ("using Dockerfile.prod in ./auth" without "the": the folder is where to build, the file as said)
_IN_FOLDER = re.compile(r"\s*(?P<rel>(?:that|which)\s*(?:'s|is|lives|sits)\s+|sitting\s+|living\s+|located\s+)?"
                        r"(?P<link>in|inside|under)\s+(?:the\s+)?(?:(?:folder|directory|dir)\s+)?")
_THE_BEFORE = re.compile(r"\b(?:the|its|that)\s+$")
# "Dockerfile.dev in it", "the one inside there": the file sits in the folder just named
_IN_IT = re.compile(r"\s*(?:(?:that|which)\s*(?:'s|is)\s+)?(?:in|inside|within)\s+"
                    r"(?:it|there|that\s+(?:folder|directory|dir)|the\s+same\s+(?:folder|directory|dir))\b")


def _file_in_folder(req: Request, file_tok, folder: str) -> bool:
    """A Dockerfile named as a file inside the build folder: its path is ``-f FOLDER/FILE``."""
    if folder in (".", "./") or "/" in file_tok.low.rstrip("/"):
        return False
    if _IN_IT.match(req.low, file_tok.end):
        return True
    name = folder.lower()
    i = req.low.rfind(name, 0, file_tok.start)
    j = req.low.find(name, file_tok.end)
    held = j >= 0 and _IN_FOLDER.fullmatch(req.low, file_tok.end, j)
    return (i >= 0 and bool(_HELD_IN.fullmatch(req.low, i + len(name), file_tok.start))) or \
        bool(held and (held.group("rel") or held.group("link") != "in"
                       or _THE_BEFORE.search(req.low, max(0, file_tok.start - 6), file_tok.start)))


def _folder_after_in(req: Request):
    """"build the image in services/ledger": a relative path after "in" or "from" is the
    folder to build, not a repository name (taken before the tag is chosen)."""
    tok = next((t for t in req.toks if t.kind in ("image", "name") and "/" in t.low
                and ":" not in t.low and not t.used
                and (_IN_BEFORE.search(req.low, max(0, t.start - 26), t.start)
                     or _FOLDER_AFTER.match(req.low, t.end))), None)
    if tok is not None:
        tok.used = True
    return tok


def _folder(req: Request) -> str:
    m = _FOLDER_WORD.search(req.low)
    word = m and (m.group(1) or m.group(2) or m.group(3))
    if not word or (not m.group(1) and word in L.EN_FILLER):   # "the current directory"
        return "."
    if _BEING_IN.search(req.low, 0, m.start()):
        slots.use(req, word)
        return "."                      # "I'm in my project folder": where they are is "."
    slots.use(req, word)
    return word


def _build_args(plan: Plan, req: Request):
    """--build-arg / --label pairs, --platform and --target."""
    for pair in slots.kvs(req):
        plan.opt("label" if req.has("m:label") else "build-arg", pair)
    if (req.has("m:build-arg") or req.has("m:env")) and not slots.kvs(req):
        plan.opt("build-arg", "<KEY>=<value>")
    plan.opt("platform", platform(req))
    m = _TARGET_STAGE.search(req.scan)
    if m:
        plan.opt("target", next(g for g in m.groups() if g))


def _build_tag_name(req: Request) -> str | None:
    given = slots.named(req, None)
    if given is not None:
        return slots.image_ref(req, given)
    for tok in sorted(req.toks, key=lambda t: t.kind != "image"):
        if tok.kind in ("image", "name") and not tok.used and "dockerfile" not in tok.low:
            tok.used = True
            return slots.image_ref(req, tok)
    return None

"""Concept questions ("컨테이너랑 VM 차이가 뭐야?", "what is a registry?"): the explainer page that
answers them, found by the page's title, keywords and ``lexicon.CONCEPT_HINTS``.

A question that is really a request ("what's running?", "how do I run alpine as nobody?") is
left to the request reader.
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from . import lexicon as L
from .answers import result
from .classify import FIELD_WORDS
from .cues import asks_help
from .programs import has_program
from .text import HANGUL

if TYPE_CHECKING:
    from .request import Request

CONTENT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "explain", "content")


def _front_matter(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return {}
    m = re.match(r"---\s*\n(.*?)\n---", text, re.S)
    meta = {}
    for line in (m.group(1).splitlines() if m else []):
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    keywords = meta.get("keywords", "").strip("[]")
    meta["keywords"] = [k.strip().strip("'\"").lower() for k in keywords.split(",") if k.strip()]
    return meta


def _load_concepts() -> dict:
    concepts = {}
    for slug in L.CONCEPT_SLUGS:
        pages = {lang: _front_matter(os.path.join(CONTENT, lang, f"{slug}.md"))
                 for lang in ("en", "ko")}
        words = _concept_words(slug, pages.values())
        concepts[slug] = {"title": {lang: page.get("title") for lang, page in pages.items()},
                          "section": next((p.get("section") for p in pages.values()
                                           if p.get("section")), ""),
                          "words": words,
                          # compiled once: hundreds of patterns would flush re's own cache
                          "patterns": [(w, re.compile(rf"(?<![a-z가-힣]){re.escape(w)}"))
                                       for w in sorted(words)],
                          "said": re.compile(rf"(?:^|\s)(?:docker|도커)\s+{re.escape(slug)}s?\b|"
                                             rf"^{re.escape(slug)}$|\b{re.escape(slug)}\s*(?:명령|command)")}
    return concepts


def _concept_words(slug: str, pages) -> set[str]:
    words = {slug.replace("-", " ")} | set(L.CONCEPT_HINTS.get(slug, ()))
    for page in pages:
        words |= set(page.get("keywords", []))
        if page.get("title"):
            words.add(page["title"].lower())
    return {w for w in words if len(w) >= 2}


CONCEPTS = _load_concepts()
_COMMAND_SLUGS = {"run", "stop", "start", "restart", "rm", "rmi", "pull", "push", "images", "ps",
                  "logs", "exec", "build", "network", "volume"}
# Commands that are also things a learner asks about: "what is a volume?" wants the page.
_NOUN_SLUGS = {"network", "volume"}
_QUESTION_EN = re.compile(
    r"\b(?:what\s+(?:is|are|was|were|does|do)|what's|whats|explain|define|definition\s+of|"
    r"describe|tell\s+me\s+about|how\s+does|how\s+do|meaning\s+of|difference(?:s)?\s+between|"
    r"what\s+exactly\s+is)\s+(.*)")
# what a Korean question asks about ends where this begins ("컨테이너란 뭐야")
_QUESTION_KO = re.compile(r"\s*(?:이란|란|이라는\s*게|라는\s*게|라는\s*건|이라는\s*건)?\s*"
                          r"(?:대체\s*)?(?:뭐야|뭐예요|뭐에요|뭔가요|뭐지|뭘까|무엇|뭐임|뭔데|무슨\s*뜻|뜻이|"
                          r"의미|설명|개념|어떻게\s*(?:나가|빠져나|동작|작동)|차이|원리)")
_PARTICLES = re.compile(r"(이란|란|이라는|라는|이랑|랑|와|과|하고|에서|에|으로|로|의|이|가|은|는|을|를|도|만)$")
_HOW_TO = re.compile(r"\bhow\s+(?:do|can|could|should|would)\s+(?:i|we|you)\b|\bhow\s+to\b|"
                     r"어떻게\s*(?:해|하면|하나|하죠|해야)")
_TRAILING_VERB = re.compile(r"\s+(do|does|mean|means|work|works|for|used for|do in docker)$")
_OWNING = re.compile(r"\b(do i have|have i got|are there|is there|i have|my|i (?:ran|started|made|created|built|pulled|launched))\b|내가?\s|가진\s|갖고\s*있는|뭐뭐|뭐\s*있|뭐가\s*있|몇\s*개")
_VM = re.compile(r"\bvms?\b|virtual machine|가상\s*머신|\bvm")
_CONTAINER = re.compile(r"container|컨테이너")
_COMPARE = re.compile(r"differ|차이|\bvs\b|versus|비교|compare")
_EXPLAIN = {"explain", "describe", "define", "tell me about"}
_ASKING = {"what", "which", "how", "where", "who"}     # cues that open a question, not a request
# the action opens the text or follows a sentence: "build what's in this dir" is a request
_IMPERATIVE_BEFORE = re.compile(r"(?:^|[?.!,;])\s*(?:(?:please|just|so|then|ok|okay)[\s,]+)?$")
_DOCKER_FIRST = re.compile(r"^(?:docker|도커)\s+")
# a count, a port or a time said with the question: "how do I see the last 10 mins of logs"
_VALUE_SLOTS = ("port", "count", "since", "until", "lines")
# "how do I build the dockerfile here": a build's folder said is this user's own folder
_BUILD_PLACE = re.compile(r"\b(?:here|this\s+(?:folder|dir(?:ectory)?|repo(?:sitory)?|project))\b")


def concept(req: Request) -> dict | None:
    subject = _subject(req)
    if subject is None or _is_request(req):
        return None
    slug = _best_concept(subject, req)
    if slug is None or (slug in _NOUN_SLUGS and req.kinds("name")):
        return None                 # "what is on the mynet network?" is about the user's own
    titles = CONCEPTS[slug]["title"]
    title = titles.get(req.lang) or titles.get("en") or slug
    return result(req.lang, confidence=0.85, concept={"slug": slug, "title": title})


def _subject(req: Request) -> str | None:
    low = req.low.rstrip("?.! ")
    m = _QUESTION_EN.search(low)
    if m:
        return _TRAILING_VERB.sub("", m.group(1)).strip() or low
    m = HANGUL.search(low) and _QUESTION_KO.search(low)
    if m:
        head = low[low.rfind("\n", 0, m.start()) + 1:m.start()]
        words = [_PARTICLES.sub("", w) for w in head.split()]
        return " ".join(w for w in words if w) or low
    return None


def _is_request(req: Request) -> bool:
    """A question that is really a request: "what's running?", "what images do I have?"."""
    if any(req.values.get(slot) for slot in _VALUE_SLOTS) or req.kinds("container", "kv", "path"):
        return True
    if req.kinds("name") and any(a == "inspect" and c in FIELD_WORDS for a, c, _ in req.actions()):
        return True                 # "orbit 컨테이너 아이피가 뭐야?": a detail of one of theirs
    if any(t.startswith("s:") for t, _, _, _ in req.tags) or asks_help(req):
        return True
    if _HOW_TO.search(req.low) and req.kinds("image", "name") and (
            req.actions() or req.has("m:shell") or req.has("m:interactive")):
        return True                 # "how do I run alpine as nobody?": show the command
    if _HOW_TO.search(req.low) and req.actions() and req.has("m:deictic"):
        return True                 # "how do I attach it to a network?": an action on one of theirs
    if req.has("a:build") and _BUILD_PLACE.search(req.low) and _HOW_TO.search(req.low):
        return True
    if any(_IMPERATIVE_BEFORE.search(req.low, 0, at) and cue not in _EXPLAIN
           and (at or cue not in _ASKING) for _, cue, at in req.actions()):
        return True                 # "what's on lab-net? inspect it": a question, then the request
    if req.has("m:last") or req.has("m:first"):
        return True                 # "what was the newest container?": the user's own
    if req.kinds("image") and has_program(req):
        return True                 # "what does hostname print in alpine?": run it and see
    return bool(_OWNING.search(req.low))


def _best_concept(subject: str, req: Request) -> str | None:
    text = req.low
    if _VM.search(text) and _CONTAINER.search(text) and _COMPARE.search(text):
        return "vm-vs-container"
    best, score = None, 0.0
    for slug, info in CONCEPTS.items():
        s = _concept_score(subject, slug, info)
        if s > score:
            best, score = slug, s
    return best if score >= 1.5 else None


def _concept_score(subject: str, slug: str, info: dict) -> float:
    bare = _DOCKER_FIRST.sub("", subject).strip()
    if slug in _COMMAND_SLUGS and (info["said"].search(subject) or slug not in _NOUN_SLUGS):
        return 6.0 if info["said"].search(subject) else 0.0
    score = 0.0
    for word, pattern in info["patterns"]:
        if word == bare or word == subject:
            score = max(score, 5.0)
        elif pattern.search(bare):
            score = max(score, 2.0 + len(word) / 20)
    return score + (1.0 if slug in L.CONCEPT_HINTS and any(
        h in subject for h in L.CONCEPT_HINTS[slug] if len(h) > 3) else 0)

"""The caller's own containers and images (the ``context`` of a request).
"""
from __future__ import annotations

import re

from .lexicon import COPY_WORDS

_NAME_PARTS = re.compile(r"[-_.]")
_JOINERS = re.compile(r"(?<=[a-z])[-_](?=[a-z])")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*")
_DIGITS = re.compile(r"\d+")

# The states of container each verb can act on (None: any state).
STATES = {"stop": {"running", "paused"}, "kill": {"running", "paused"},
          "restart": {"running"}, "exec": {"running"}, "start": {"stopped"},
          "network connect": None, "logs": None, "rm": None, "inspect": None}


def repo(ref: str) -> str:
    """``redis:7`` → ``redis``; a registry port (``localhost:5000/app``) is not a tag."""
    ref = str(ref).split("@")[0]
    head, sep, tail = ref.rpartition(":")
    return head if sep and "/" not in tail else ref


def _listed(context: dict, key: str) -> list:
    """A context field that should be a list; anything else counts as nothing known."""
    value = context.get(key)
    return value if isinstance(value, list) else []


class Ctx:
    """The containers (name, image, status, created), images and networks a request may refer to."""

    def __init__(self, context):
        context = context if isinstance(context, dict) else {}
        self.containers = [c for c in _listed(context, "containers") if isinstance(c, dict) and c.get("name")]
        self.names = [str(c["name"]) for c in self.containers]
        self.images = [str(i) for i in _listed(context, "images")]
        self.repos = {repo(i) for i in self.images}
        self.networks = {str(n.get("name") if isinstance(n, dict) else n)
                         for n in _listed(context, "networks")} - {"None"}

    @staticmethod
    def state(c: dict) -> str:
        status = str(c.get("status", "")).lower()
        if status.startswith(("up", "running", "restarting")):
            return "running"
        return "paused" if "paused" in status else "stopped"

    def newest(self, among: list[str] | None = None) -> str | None:
        """The newest container (of ``among``, when given: "방금 띄운 nginx" among nginx's)."""
        return self._by_age(max, among)

    def oldest(self, among: list[str] | None = None) -> str | None:
        return self._by_age(min, among)

    def _by_age(self, pick, among: list[str] | None) -> str | None:
        found = [c for c in self.containers if not among or c["name"] in among]
        return pick(found, key=lambda c: _number(c.get("created")))["name"] if found else None

    def pool(self, states=None, repos=None) -> list[str]:
        return [c["name"] for c in self.containers
                if (not states or self.state(c) in states)
                and (not repos or repo(c.get("image", "")) in repos)]

    def newest_image(self) -> str | None:
        """Images are listed newest first, as ``docker images`` lists them."""
        return self.images[0] if self.images else None

    def known_image(self, ref: str) -> bool:
        return ref in self.images or repo(ref) in self.repos


def newest_first(images: list[str]) -> list[str]:
    """Tags that are all versions (``7.2``, ``6``) rank by version; others keep the context's
    order, which lists images newest first as ``docker images`` does."""
    versions = [_VERSION.match(image.rpartition("/")[2].rpartition(":")[2]) for image in images]
    if not all(versions):
        return images
    key = {image: tuple(map(int, _DIGITS.findall(v.group()))) for image, v in zip(images, versions)}
    return sorted(images, key=key.get, reverse=True)


def joined_names(text: str, names: list[str]) -> str:
    """"the web api" with a container ``web-api``: words said apart name the joined name."""
    low = text.lower()
    for name in names:
        spaced = _JOINERS.sub(" ", name.lower())
        if spaced == name.lower() or len(spaced) < 4:
            continue
        words = spaced.split(" ")
        if len(words) == 2 and words[1] in COPY_WORDS:     # "the old frontend": frontend-old
            text = _join(low, text, f"{words[1]} {words[0]}", name)
        text = _join(low, text, spaced, name)
    return text


def _join(low: str, text: str, spaced: str, name: str) -> str:
    at = low.find(spaced)
    while at >= 0:
        end = at + len(spaced)
        if (not at or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            text = text[:at] + name + text[end:]
        at = low.find(spaced, end)
    return text


def name_parts(name: str) -> list[str]:
    """``pg-old`` → pg, old: the words a container's name is made of."""
    return _NAME_PARTS.split(str(name).lower())


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0

"""Image names: what a user types, and what the engine holds.

The demo images (busybox, nginx …) are shared and read-only. Everything a user tags, builds or
pulls from the private registry lives under the user's own namespace on the engine:

    myapp:1.0                  →  u<key>/myapp:1.0                   (local only)
    localhost:5000/mybox       →  127.0.0.1:5000/u<key>/mybox:latest (the private registry)

so users never see or touch each other's images, and the mapping is reversible for display.
"""
from __future__ import annotations

import re

from .spec import Owner

REGISTRY = "127.0.0.1:5000"
LOCAL_REGISTRIES = ("localhost:5000", "127.0.0.1:5000")


def split(reference: str) -> tuple[str, str, str]:
    """(registry host or "", repository path, tag or "@digest") with docker's defaults."""
    first, slash, rest = reference.partition("/")
    host = first if slash and ("." in first or ":" in first or first == "localhost") else ""
    path = rest if host else reference
    if "@" in path:
        path, digest = path.split("@", 1)
        return host, path, "@" + digest
    name, colon, tag = path.rpartition(":") if ":" in path else (path, "", "")
    return host, (name if colon else path), (tag if colon else "latest")


def join(host: str, path: str, tag: str) -> str:
    base = f"{host}/{path}" if host else path
    return base + tag if tag.startswith("@") else f"{base}:{tag}"


def is_demo(reference: str, demo: tuple[str, ...]) -> bool:
    host, path, _ = split(reference)
    return not host and path.removeprefix("library/") in demo


def is_private(reference: str) -> bool:
    return split(reference)[0] in LOCAL_REGISTRIES


def namespace(owner: Owner) -> str:
    return f"u{owner.key}"


def namespace_key(engine_ref: str) -> str | None:
    """The owner key of a tag in some user's namespace, or None for shared images."""
    host, path, _ = split(engine_ref)
    first = path.split("/", 1)[0]
    if host not in ("", REGISTRY) or not re.fullmatch(r"u[0-9a-f]{10}", first) or "/" not in path:
        return None
    return first[1:]


def engine_image(owner: Owner, reference: str, demo: tuple[str, ...]) -> str:
    """The engine's name for what ``owner`` typed."""
    host, path, tag = split(reference)
    if not host and path.removeprefix("library/") in demo:
        return reference.removeprefix("library/")      # as typed: docker keeps "nginx", not "nginx:latest"
    if host in LOCAL_REGISTRIES:
        return join(REGISTRY, f"{namespace(owner)}/{path}", tag)
    return join("", f"{namespace(owner)}/{host + '/' if host else ''}{path}", tag)


def user_image(owner: Owner, engine_ref: str) -> str | None:
    """What ``owner`` calls an engine tag, or None when the tag is not theirs."""
    mine = namespace(owner) + "/"
    host, path, tag = split(engine_ref)
    if host == REGISTRY and path.startswith(mine):
        return join("localhost:5000", path[len(mine):], tag)
    if not host and path.startswith(mine):
        return join("", path[len(mine):], tag)
    return None

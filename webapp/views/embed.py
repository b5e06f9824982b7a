"""Wiki embedding: /embed/learn/<slug> and /embed/demo/<id> (minimal chrome, framable by the
origins in GORAE_EMBED_ORIGINS), and oEmbed discovery at /oembed.

Embed GETs have no side effects: they set no cookie and start no session (no ``current_user()``,
no CSRF token, the ``lang`` cookie is not written). Their scripts identify each widget with a
random id sent as ``X-Gorae-Widget``, since a cross-site iframe often cannot keep cookies.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from flask import Blueprint, abort, jsonify, render_template, request, url_for
from markupsafe import Markup

from .. import demos
from ..errors import GoraeError
from ..explain import learn, render
from .ui import LANGS, lang

bp = Blueprint("embed", __name__)
SIZES = {"learn": (720, 600), "demo": (720, 520)}
_TARGET = re.compile(r"^/(?:embed/)?(learn|demos?)/([a-z0-9-]{1,64})/?$")


def embed_url(kind: str, ident: str, lang_: str) -> str:
    endpoint = "embed.embed_learn" if kind == "learn" else "embed.embed_demo"
    return url_for(endpoint, **({"slug": ident} if kind == "learn" else {"demo_id": ident}),
                   lang=lang_, _external=True)


def embed_code(kind: str, ident: str, title: str, lang_: str | None = None,
               width: int | None = None, height: int | None = None) -> Markup:
    """The <iframe> a wiki pastes in; every value escaped."""
    default_w, default_h = SIZES[kind]
    return Markup(_IFRAME).format(src=embed_url(kind, ident, lang_ or lang()),
                                  w=width or default_w, h=height or default_h, title=title)


_IFRAME = ('<iframe src="{src}" width="{w}" height="{h}" title="{title}" loading="lazy" '
           'allow="clipboard-write" referrerpolicy="no-referrer" sandbox="allow-scripts '
           'allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>')


@bp.get("/embed/learn/<slug>")
def embed_learn(slug: str):
    page = learn.get(slug, lang()) or abort(404)
    return render_template("embed_learn.html", page=page,
                           html=render.page_html(page.slug, page.lang))


@bp.get("/embed/demo/<demo_id>")
def embed_demo(demo_id: str):
    demo = demos.get(demo_id) or abort(404)
    return render_template("embed_demo.html", demo=demo)


@bp.get("/oembed")
def oembed():
    """oEmbed (https://oembed.com) for Gorae's /learn and /demos URLs: a "rich" iframe."""
    if request.args.get("format", "json") != "json":
        raise GoraeError(501, "format-not-implemented", "Only format=json is available.")
    kind, ident, title, lang_ = _target(request.args.get("url", ""))
    width, height = _size(kind)
    return jsonify({"version": "1.0", "type": "rich", "provider_name": "Gorae",
                    "provider_url": url_for("pages.index", _external=True), "title": title,
                    "width": width, "height": height,
                    "html": str(embed_code(kind, ident, title, lang_, width, height))})


def _target(url: str) -> tuple[str, str, str, str]:
    parts = urlsplit(url)
    asked = parse_qs(parts.query).get("lang", [""])[0]
    lang_ = asked if asked in LANGS else lang()
    match = _TARGET.match(parts.path)
    if not match or (parts.netloc and parts.netloc != request.host):
        raise GoraeError(404, "not-found", "oEmbed answers for Gorae /learn/<page> and "
                         "/demos/<id> addresses on this server only.")
    kind, ident = match.groups()
    if kind == "learn":
        page = learn.get(ident, lang_) or abort(404)
        return "learn", page.slug, page.title, lang_
    demo = demos.get(ident) or abort(404)
    return "demo", demo.id, demo.as_dict(lang_)["title"], lang_


def _size(kind: str) -> tuple[int, int]:
    width, height = SIZES[kind]
    maxwidth = request.args.get("maxwidth", type=int)
    maxheight = request.args.get("maxheight", type=int)
    return (max(200, min(width, maxwidth)) if maxwidth else width,
            max(150, min(height, maxheight)) if maxheight else height)

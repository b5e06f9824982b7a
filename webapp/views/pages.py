"""HTML pages: the chat, the explainer (/learn), the demos, the explain page and the health check."""
from __future__ import annotations

from flask import Blueprint, Response, abort, jsonify, render_template, request, url_for

from .. import demos, service
from ..explain import learn, render
from .embed import embed_code
from .ui import lang

bp = Blueprint("pages", __name__)
bp.record_once(lambda state: learn.pages())      # read the explainer pages at start-up
SAMPLES = {"en": ("run nginx on port 8080", "docker run --rm hello-world",
                  "what is the difference between a VM and a container?"),
           "ko": ("nginx를 8080 포트로 띄워줘", "docker run --rm hello-world", "컨테이너랑 VM 차이가 뭐야?")}


@bp.get("/")
def index():
    return render_template("index.html", samples=SAMPLES[lang()],
                           page_data={"summaries": learn.summaries(lang())})


@bp.get("/healthz")
def healthz():
    report = service.engine_report()
    return jsonify({"status": "ok" if report["reachable"] else "degraded", "engine": report})


@bp.get("/explain")
def explain_page():
    text = request.args.get("cmd", "")[:4096]
    result = service.explain(text, lang()) if text.strip() else None
    pieces = _pieces(text, result["tokens"]) if result else []
    return render_template("explain.html", text=text, result=result, pieces=pieces)


def _pieces(text: str, tokens: list[dict]) -> list[dict]:
    """The command cut into plain and explained pieces, in order, for highlighting."""
    pieces, at = [], 0
    for number, token in enumerate(sorted(tokens, key=lambda t: t["start"]), 1):
        if token["start"] < at:
            continue
        if token["start"] > at:
            pieces.append({"text": text[at:token["start"]]})
        pieces.append({"text": text[token["start"]:token["end"]], "token": token, "n": number})
        at = token["end"]
    if at < len(text):
        pieces.append({"text": text[at:]})
    return pieces


# --- the explainer ----------------------------------------------------------------------------

@bp.get("/learn")
def learn_index():
    query = request.args.get("q", "").strip()[:200]
    results = learn.search(query, lang()) if query else None
    return render_template("learn_index.html", query=query, results=results,
                           sections=learn.sections(lang()))


@bp.get("/learn/<slug>")
def learn_page(slug: str):
    page = learn.get(slug, lang()) or abort(404)
    oembed = url_for("embed.oembed", url=url_for("pages.learn_page", slug=page.slug,
                                                 _external=True), format="json", _external=True)
    embed = str(embed_code("learn", page.slug, page.title, page.lang))
    return render_template("learn_page.html", page=page, html=render.page_html(page.slug, page.lang),
                           related=learn.related(page), demos=demos.for_page(page.slug),
                           oembed=oembed, embed=embed)


@bp.get("/learn/<slug>.md")
def learn_markdown(slug: str):
    page = learn.get(slug, lang()) or abort(404)
    return Response(page.source, mimetype="text/markdown", content_type="text/markdown; charset=utf-8")


# --- demos ------------------------------------------------------------------------------------

@bp.get("/demos")
def demos_index():
    return render_template("demos.html", demos=demos.listed())


@bp.get("/demos/<demo_id>")
def demo_page(demo_id: str):
    demo = demos.get(demo_id) or abort(404)
    title = demo.as_dict(lang())["title"]
    return render_template("demo_page.html", demo=demo, embed=str(embed_code("demo", demo.id, title)))

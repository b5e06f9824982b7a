"""Explainer pages: Markdown → safe HTML, once per page and language.

1. markdown-it (CommonMark + tables, raw HTML off) renders the page; each ```docker fence becomes
   a marker paragraph carrying a random nonce, its lines kept aside.
2. bleach keeps only the tags Markdown produces (and only safe attributes and URL schemes).
3. After sanitising, and only then, our own trusted pieces go in: each marker becomes a run block
   (every ``docker …`` line with a Run button and an Explain link, built with escaping), and each
   ``{{diagram NAME}}`` paragraph becomes the inline SVG of ``diagrams/NAME.<lang>.svg`` — looked
   up among our own files, never a path built from the text.
"""
from __future__ import annotations

import os
import re
import secrets
from functools import cache
from urllib.parse import urlencode

import bleach
from markdown_it import MarkdownIt
from markupsafe import Markup

from . import learn

DIAGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "diagrams")
TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "code", "pre", "em",
        "strong", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "br"}
PROTOCOLS = {"http", "https", "mailto"}
_DIAGRAM = re.compile(r"<p>\{\{\s*diagram\s+([a-z0-9-]+)\s*\}\}</p>")


def _attributes(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in ("href", "title")
    if tag == "code":
        return name == "class" and re.fullmatch(r"language-[a-z0-9-]+", value) is not None
    if tag == "ol":
        return name == "start"
    return False


def _markdown(fences: list[list[str]], nonce: str) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    default = md.renderer.rules["fence"]

    def fence(renderer, tokens, idx, options, env):
        token = tokens[idx]
        if token.info.strip().lower() != "docker":
            return default(tokens, idx, options, env)
        fences.append(token.content.splitlines())
        return f"<p>gorae-run-{nonce}-{len(fences) - 1}</p>\n"

    md.add_render_rule("fence", fence)
    return md


def to_html(markdown: str, lang: str) -> Markup:
    """Render and sanitise ``markdown``; then put in run blocks and diagrams."""
    fences: list[list[str]] = []
    nonce = secrets.token_hex(8)
    html = _markdown(fences, nonce).render(markdown)
    clean = bleach.clean(html, tags=TAGS, attributes=_attributes, protocols=PROTOCOLS, strip=True,
                         strip_comments=True)
    clean = re.sub(rf"<p>gorae-run-{nonce}-(\d+)</p>",
                   lambda m: run_block(fences[int(m.group(1))], lang), clean)
    clean = _DIAGRAM.sub(lambda m: diagram(m.group(1), lang) or "", clean)
    return Markup(clean)


@cache
def page_html(slug: str, lang: str) -> Markup | None:
    """The page's HTML, rendered on first use and kept for the life of the process."""
    page = learn.get(slug, lang)
    return to_html(page.body, page.lang) if page else None


def _label(key: str, lang: str) -> str:
    from ..views.ui import t   # the one table of UI strings
    return t(key, lang)


def run_block(lines: list[str], lang: str) -> str:
    """A fence of docker commands: each line with Run and Explain, its output under it."""
    items = "".join(run_line(line, lang) for line in lines if line.strip())
    return str(Markup('<div class="run-block"><ul class="run-lines">{}</ul></div>').format(
        Markup(items)))


def run_line(line: str, lang: str) -> str:
    command = line.strip()
    if not command.startswith("docker "):
        return str(Markup('<li class="run-line"><code class="run-cmd">{}</code></li>').format(line))
    explain = "/explain?" + urlencode({"cmd": command, "lang": lang})
    return str(Markup(
        '<li class="run-line"><code class="run-cmd">{cmd}</code>'
        '<span class="run-actions"><button type="button" class="btn btn-run" data-run="{cmd}">'
        '{run}</button> <a class="explain-link" href="{explain}">{explain_label}</a></span>'
        '<div class="run-result" aria-live="polite" hidden></div></li>').format(
            cmd=command, run=_label("run", lang), explain=explain,
            explain_label=_label("explain", lang)))


@cache
def _diagram_files() -> dict[str, str]:
    return {name[:-4]: os.path.join(DIAGRAMS, name) for name in os.listdir(DIAGRAMS)
            if name.endswith(".svg")}


@cache
def diagram(name: str, lang: str) -> str | None:
    """Our own SVG ``name`` in ``lang`` (else English), without its XML prolog, in a figure."""
    files = _diagram_files()
    path = files.get(f"{name}.{lang}") or files.get(f"{name}.en")
    if not path:
        return None
    with open(path, encoding="utf-8") as f:
        svg = re.sub(r"\A\s*<\?xml[^>]*\?>\s*", "", f.read())
    return f'<figure class="diagram">{svg}</figure>'

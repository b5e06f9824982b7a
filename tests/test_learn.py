"""The explainer: every page renders (sanitised, diagrams inlined, run blocks), the index groups
by section in both languages, search works for Korean and short words, Markdown is served raw."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from webapp.explain import learn, render

SLUGS = sorted({slug for (_, slug) in learn.pages()})


def test_every_page_exists_in_both_languages_with_front_matter():
    assert len(SLUGS) >= 23
    for slug in SLUGS:
        for lang in ("en", "ko"):
            page = learn.pages()[(lang, slug)]
            assert page.title and page.summary and page.section in learn.SECTIONS
            assert all(learn.get(r, lang) for r in page.related), (slug, page.related)


@pytest.mark.parametrize("slug", SLUGS)
def test_each_page_renders_safely_in_both_languages(client, slug):
    for lang in ("en", "ko"):
        response = client.get(f"/learn/{slug}", query_string={"lang": lang})
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert "{{diagram" not in html and "gorae-run-" not in html
        assert unsafe_markup(html) == []
        assert 'rel="alternate" type="application/json+oembed"' in html


def unsafe_markup(html: str) -> list:
    """Every script that is not our module or JSON data, inline style, event handler or
    javascript: URL in ``html``, as the browser's parser would see them."""
    found = []

    class Parser(HTMLParser):
        in_textarea = False     # its content is text to a browser (Python's parser disagrees)

        def handle_endtag(self, tag):
            self.in_textarea = self.in_textarea and tag != "textarea"

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if self.in_textarea:
                return
            self.in_textarea = tag == "textarea"
            if tag == "img" and attrs.get("src", "").startswith("/static/"):
                return
            if tag == "script" and attrs.get("type") not in ("module", "application/json"):
                found.append((tag, attrs))
            if tag in ("iframe", "object", "embed", "style", "img") or "style" in attrs:
                found.append((tag, attrs))
            for name, value in attrs.items():
                if name.startswith("on") or "javascript:" in (value or "").lower().replace(" ", ""):
                    found.append((tag, name, value))
    Parser().feed(html)
    return found


def test_rendering_keeps_only_markdown_tags_and_safe_links():
    html = render.to_html(
        "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=x>b</b>\n\n"
        "```docker\ndocker run \"><img src=x onerror=alert(1)>\n```\n\n"
        "{{diagram ../../etc/passwd}}\n\n| a | b |\n|--:|:-|\n| 1 | 2 |\n", "en")
    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "href" not in html.split("<div")[0]          # the javascript: link stays text
    assert unsafe_markup(html) == []
    assert 'data-run="docker run &#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    assert "etc/passwd" in html and "<figure" not in html     # unknown diagram: left as text
    assert "<table>" in html and "text-align" not in html


def test_docker_fences_get_run_and_explain_per_line(client):
    html = client.get("/learn/run?lang=en").get_data(as_text=True)
    assert html.count('class="btn btn-run" data-run="docker run --rm hello-world"') == 1
    assert '/explain?cmd=docker+run+--rm+hello-world&amp;lang=en' in html
    plain = render.to_html("```\ndocker run x\n```\n", "en")
    assert "btn-run" not in plain                  # only ```docker fences are runnable


def test_diagrams_are_inlined_from_our_svg_files_in_the_page_language(client):
    ko = client.get("/learn/vm-vs-container?lang=ko").get_data(as_text=True)
    en = client.get("/learn/vm-vs-container?lang=en").get_data(as_text=True)
    assert '<figure class="diagram"><svg' in ko and 'lang="ko"' in ko.split("<figure")[1][:400]
    assert 'lang="en"' in en.split("<figure")[1][:400]
    assert "<?xml" not in ko


def test_pages_are_rendered_once():
    first = render.page_html("run", "en")
    assert render.page_html("run", "en") is first


def test_index_groups_by_section_in_the_chosen_language(client):
    html = client.get("/learn?lang=ko").get_data(as_text=True)
    assert "개념" in html and "명령" in html and "VM과 컨테이너 비교" in html
    assert html.index('id="section-concepts"') < html.index('id="section-commands"')
    english = client.get("/learn?lang=en").get_data(as_text=True)
    assert "Concepts" in english and "VMs vs containers" in english


def test_language_comes_from_accept_language_then_the_cookie(client):
    html = client.get("/learn", headers={"Accept-Language": "ko-KR,ko;q=0.9"}).get_data(as_text=True)
    assert '<html lang="ko">' in html
    response = client.get("/learn?lang=en", headers={"Accept-Language": "ko"})
    assert "lang=en" in response.headers["Set-Cookie"]
    html = client.get("/learn", headers={"Accept-Language": "ko"}).get_data(as_text=True)
    assert '<html lang="en">' in html              # the cookie wins over the header


@pytest.mark.parametrize("query, lang, expected", [
    ("컨테이너", "ko", "container"),       # Korean, ≥ 3 characters: trigram FTS5
    ("가상 머신", "ko", "vm"),
    ("볼륨", "ko", "volume"),              # 2 characters: LIKE fallback
    ("layers", "en", "images-and-layers"),
    ("ps", "en", "ps"),
    ("registry", "en", "registry"),
])
def test_search_finds_pages(client, query, lang, expected):
    slugs = [p.slug for p in learn.search(query, lang)]
    assert expected in slugs[:3], slugs
    html = client.get("/learn", query_string={"q": query, "lang": lang}).get_data(as_text=True)
    assert f'href="/learn/{expected}"' in html


@pytest.mark.parametrize("query", ['"', "%", "_", "' OR 1=1 --", "NEAR(", "*", "<script>"])
def test_search_survives_odd_queries(client, query):
    response = client.get("/learn", query_string={"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.get_data(as_text=True)
    assert "&lt;script&gt;" in response.get_data(as_text=True) or query != "<script>"


def test_markdown_source_is_served_raw(client):
    response = client.get("/learn/run.md?lang=ko")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/markdown; charset=utf-8"
    text = response.get_data(as_text=True)
    assert text.startswith("---\ntitle: docker run") and "```docker" in text
    assert client.get("/learn/nope.md").status_code == 404


@pytest.mark.parametrize("path", ["/learn/nope", "/learn/..%2Fetc", "/learn/RUN", "/embed/learn/nope"])
def test_unknown_pages_are_404(client, path):
    assert client.get(path).status_code == 404

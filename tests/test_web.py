"""The web pages: chat, languages, escaping and CSP, embeds and oEmbed, and every one-click demo
end to end on the real engine."""
from __future__ import annotations

import re
import secrets
import time

import pytest

from webapp import demos, identity
from webapp.views import ui

from test_learn import unsafe_markup

XSS = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
PAGES = ["/", "/learn", "/learn/run", "/demos", "/demos/hello-world", "/history", "/explain",
         "/explain?cmd=docker+run+--rm+hello-world", "/learn?q=run"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_pages_render_in_both_languages_with_a_strict_csp(client, path, lang):
    response = client.get(path, query_string={"lang": lang} if "?" not in path else None,
                          headers={"Accept-Language": lang})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and response.headers["X-Frame-Options"] == "DENY"
    assert unsafe_markup(html) == []
    for src in re.findall(r'<script[^>]+src="([^"]+)"|<link rel="(?:stylesheet|icon)" href="([^"]+)"',
                          html):
        src = "".join(src)
        assert src.startswith("/") and not src.startswith("//"), src   # no CDN


def test_every_ui_string_has_both_languages():
    for key, pair in ui.STRINGS.items():
        assert len(pair) == 2 and all(pair), key
        assert set(re.findall(r"\{(\w+)\}", pair[0])) == set(re.findall(r"\{(\w+)\}", pair[1])), key


def test_chat_page_hands_strings_and_summaries_to_its_script(client):
    html = client.get("/?lang=ko").get_data(as_text=True)
    data = re.search(r'<script type="application/json" id="gorae-data">(.*?)</script>', html, re.S)
    import json
    body = json.loads(data.group(1))
    assert body["lang"] == "ko" and body["strings"]["run"] == "실행"
    assert body["summaries"]["vm-vs-container"]["title"] == "VM과 컨테이너 비교"
    assert 'aria-live="polite"' in html and '<label for="chat-input">' in html
    assert '<script type="module" src="/static/js/chat.js">' in html


def test_vendored_assets_are_served_with_their_licences(client):
    for path in ("/static/vendor/xterm/xterm.mjs", "/static/vendor/xterm/xterm.css",
                 "/static/vendor/xterm/LICENSE", "/static/vendor/xterm-addon-fit/addon-fit.mjs",
                 "/static/vendor/xterm-addon-fit/LICENSE"):
        response = client.get(path)
        assert response.status_code == 200, path
        response.close()
    assert b"MIT" in client.get("/static/vendor/xterm/LICENSE").data or \
        b"Permission is hereby granted" in client.get("/static/vendor/xterm/LICENSE").data


@pytest.mark.parametrize("path", ["/explain?cmd={x}", "/learn?q={x}", "/?cmd={x}",
                                  "/history?q={x}&verb={x}&status={x}"])
def test_user_input_is_escaped_everywhere(client, path):
    html = client.get(path.format(x=XSS)).get_data(as_text=True)
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    assert unsafe_markup(html) == []


def test_explain_page_escapes_a_hostile_container_name(client):
    html = client.get("/explain", query_string={"cmd": f"docker run --name '{XSS}' busybox"}).get_data(
        as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img src=x" not in html


# --- embeds and oEmbed ----------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/embed/learn/run", "/embed/learn/vm-vs-container?lang=ko",
                                  "/embed/demo/hello-world", "/embed/demo/network?lang=ko"])
def test_embeds_are_framable_minimal_and_leave_no_trace(make_app, engine, path):
    app = make_app(EMBED_ORIGINS="https://wiki.example.org")
    client = app.test_client()
    response = client.get(path)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers                    # no session, no lang cookie
    assert "frame-ancestors https://wiki.example.org" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers
    html = response.get_data(as_text=True)
    assert 'class="nav"' not in html and '/static/js/embed.js' in html
    assert unsafe_markup(html) == []
    with app.app_context():
        assert _all_history(app) == 0


def _all_history(app) -> int:
    from webapp.history import store
    return store.db()["runs"].count


def test_embed_falls_back_to_self_when_no_origin_is_configured(client):
    csp = client.get("/embed/learn/run").headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp


@pytest.mark.parametrize("url, kind", [("http://localhost/learn/run", "learn"),
                                       ("http://localhost/learn/run?lang=ko", "learn"),
                                       ("/learn/volume", "learn"),
                                       ("http://localhost/demos/network", "demo"),
                                       ("http://localhost/embed/demo/hello-world", "demo")])
def test_oembed_answers_rich_iframes(client, url, kind):
    body = client.get("/oembed", query_string={"url": url, "format": "json", "maxwidth": 500}).get_json()
    assert body["type"] == "rich" and body["version"] == "1.0" and body["provider_name"] == "Gorae"
    assert body["width"] == 500 and body["height"] > 0 and body["title"]
    assert re.fullmatch(r'<iframe src="http://localhost/embed/(learn|demo)/[a-z0-9-]+\?lang=(en|ko)" '
                        r'width="500" .*></iframe>', body["html"])
    assert f"/embed/{kind}/" in body["html"]
    if "lang=ko" in url:
        assert "lang=ko" in body["html"] and body["title"] == "docker run"


@pytest.mark.parametrize("url", ["http://evil.example/learn/run", "http://localhost/learn/nope",
                                 "http://localhost/history", "javascript:alert(1)", ""])
def test_oembed_refuses_other_urls(client, url):
    assert client.get("/oembed", query_string={"url": url}).status_code == 404


def test_oembed_only_speaks_json(client):
    assert client.get("/oembed?url=/learn/run&format=xml").status_code == 501


def test_learn_and_demo_pages_offer_discovery_and_embed_code(client):
    html = client.get("/learn/run").get_data(as_text=True)
    link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html)
    assert link and "/oembed?url=http" in link.group(1)
    assert client.get(link.group(1).replace("&amp;", "&")).get_json()["type"] == "rich"
    assert 'data-copy-from="embed-code"' in html and "&lt;iframe src=" in html
    demo = client.get("/demos/volume").get_data(as_text=True)
    assert 'data-copy-from="embed-code"' in demo and "/embed/demo/volume" in demo


# --- demos ----------------------------------------------------------------------------------

def test_demos_page_lists_available_demos_with_their_steps(client):
    html = client.get("/demos").get_data(as_text=True)
    for demo_id in ("hello-world", "nginx-port", "logs-follow", "exec", "volume", "network"):
        assert f'data-demo="{demo_id}"' in html
    assert 'data-command="docker run --rm hello-world"' in html
    assert client.get("/demos/nope").status_code == 404


def test_demos_needing_unavailable_verbs_are_hidden(app, monkeypatch):
    monkeypatch.setattr(demos, "_plans", lambda command: False)
    with app.app_context():
        assert demos.get("build-push-pull") is None
        assert "build-push-pull" not in [d.id for d in demos.listed()]
        assert demos.get("hello-world") is not None         # requires nothing


def test_learn_pages_link_their_demos(client):
    assert 'href="/demos/volume"' in client.get("/learn/volume").get_data(as_text=True)


def _run_demo(post, demo):
    """Every step in order (with its pause), checked against its pattern; then the cleanup."""
    try:
        for step in demo.steps:
            time.sleep(step.pause)
            body = post(step.command)
            assert body["status"] == "ok", (step.command, body)
            assert re.search(step.expect, body["output"]), (step.command, step.expect, body["output"])
            for link in body.get("links") or []:           # published ports (when the API has them)
                assert link["url"].startswith("/") and link["port"]
    finally:
        results = [post(command) for command in demo.cleanup]
    assert all(r["status"] == "ok" for r in results), results


@pytest.mark.parametrize("demo_id", [d.id for d in demos.DEMOS])
def test_every_demo_works_end_to_end_on_the_engine(app, client, demo_id):
    with app.app_context():
        demo = demos.get(demo_id)
    if demo is None:
        pytest.skip(f"{demo_id} needs {demos.DEMOS[-1].requires}, not available in this sandbox yet")
    _run_demo(lambda command: client.post("/api/v1/run", json={"command": command}).get_json(), demo)


@pytest.mark.skipif(not hasattr(identity, "WIDGET_HEADER"),
                    reason="needs the lead's X-Gorae-Widget support in webapp/identity.py")
def test_a_demo_works_for_a_cookieless_widget(app):
    """An embedded demo in a cross-site iframe: no cookies, the widget id header instead."""
    widget = secrets.token_hex(16)

    def post(command):
        client = app.test_client(use_cookies=False)           # every call without cookies
        response = client.post("/api/v1/run", json={"command": command},
                               headers={"X-Gorae-Widget": widget, "Sec-Fetch-Site": "same-origin"})
        assert "Set-Cookie" not in response.headers
        return response.get_json()
    with app.app_context():
        _run_demo(post, demos.get("volume"))

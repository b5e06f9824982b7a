"""Agent-friendly interfaces: the OpenAPI document and docs page, tools, plan ids and the
confirmation rule, untrusted output, API tokens, widget identity, rate limits, /llms.txt."""
from __future__ import annotations

import re
import sqlite3

import pytest
from flask import g
from jsonschema import Draft202012Validator

from conftest import PREFIX
from webapp import identity, openapi
from webapp.views import api

HELLO = "docker run --rm hello-world"
TOOL_NAMES = ["translate", "validate", "explain", "run", "ps", "logs", "history", "learn"]


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def token(client):
    """A token of the test client's (cookie) user."""
    response = client.post("/api/v1/tokens", json={"name": "test agent"})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["token"]


@pytest.fixture
def agent(app, token):
    """A second client, cookie-less, that calls with the token: an agent."""
    client = app.test_client(use_cookies=False)

    def call(method, path, **kwargs):
        kwargs.setdefault("headers", {}).update(bearer(token))
        return getattr(client, method)(path, **kwargs)
    return call


# --- the description -------------------------------------------------------------------------

def test_openapi_covers_every_api_route(app, client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    routed = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            if path == "/api/v1/tools/{name}":
                routed |= {(f"/api/v1/tools/{n}", method) for n in openapi.TOOLS}
            else:
                routed.add((path, method))
    assert routed == documented


def test_openapi_schemas_are_valid_json_schema(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    for name, schema in doc["components"]["schemas"].items():
        Draft202012Validator.check_schema(schema)
    for name, tool in openapi.TOOLS.items():
        Draft202012Validator.check_schema(tool["input_schema"])
        Draft202012Validator.check_schema(openapi.output_schema(name))
        assert "$ref" not in str(openapi.output_schema(name))
    assert openapi.MAX_COMMAND == api.MAX_COMMAND


def test_docs_page_renders_the_spec_without_inline_code(client):
    response = client.get("/api/docs")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    for path in openapi.spec()["paths"]:
        assert path.replace("{", "").split("}")[0].split("/")[-1] in html
    for name in TOOL_NAMES:
        assert f'id="tool-{name}"' in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all('type="application/json"' in s or "src=" in s for s in scripts), scripts
    assert " style=" not in html and "<style" not in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


# --- tools -----------------------------------------------------------------------------------

def test_tool_definitions_in_three_shapes(client):
    tools = client.get("/api/v1/tools").get_json()["tools"]
    assert [t["name"] for t in tools] == TOOL_NAMES
    for tool in tools:
        assert set(tool) == {"name", "description", "input_schema"}
        assert tool["input_schema"]["type"] == "object"
        Draft202012Validator.check_schema(tool["input_schema"])
    run = next(t for t in tools if t["name"] == "run")
    assert {"command", "confirm", "plan_id"} <= set(run["input_schema"]["properties"])
    openai = client.get("/api/v1/tools?format=openai").get_json()["tools"]
    assert openai[0]["type"] == "function" and "parameters" in openai[0]["function"]
    mcp = client.get("/api/v1/tools?format=mcp").get_json()["tools"]
    assert "inputSchema" in mcp[0]


def test_bad_tool_calls(client):
    assert client.post("/api/v1/tools/nope", json={}).status_code == 404
    response = client.post("/api/v1/tools/validate", json={"command": 3})
    assert response.status_code == 400 and response.get_json()["error"] == "invalid-arguments"
    response = client.post("/api/v1/tools/validate", json={"command": "docker ps", "extra": 1})
    assert response.status_code == 400
    response = client.post("/api/v1/tools/logs", json={"container": "web; rm -rf /"})
    assert response.status_code == 400
    assert client.post("/api/v1/tools/ps", data="[1]", content_type="application/json").status_code == 400


def test_translate_and_validate_carry_a_plan_for_runnable_commands(client):
    body = client.post("/api/v1/translate", json={"text": "run hello-world and remove it after"}).get_json()
    assert body["command"] == HELLO and body["plan_id"] and body["plan_expires"]
    body = client.post("/api/v1/validate", json={"command": HELLO}).get_json()
    assert body["ok"] and body["plan_id"]
    refused = client.post("/api/v1/validate", json={"command": "docker run --privileged busybox"}).get_json()
    assert not refused["ok"] and "plan_id" not in refused
    invalid = client.post("/api/v1/tools/validate", json={"command": "docker frobnicate"}).get_json()
    assert invalid["status"] == "invalid" and "plan_id" not in invalid


def test_run_tool_needs_confirmation_or_a_matching_plan(client, make_app):
    response = client.post("/api/v1/tools/run", json={"command": HELLO})
    assert response.status_code == 428
    assert response.get_json() == {**response.get_json(), "status": "refused",
                                   "error": "confirmation-required"}
    plan = client.post("/api/v1/tools/validate", json={"command": HELLO}).get_json()["plan_id"]
    other = client.post("/api/v1/tools/run", json={"command": "docker run --rm busybox echo hi",
                                                    "plan_id": plan})
    assert other.status_code == 428 and other.get_json()["error"] == "plan-mismatch"
    forged = client.post("/api/v1/tools/run", json={"command": HELLO, "plan_id": plan[:-2] + "xx"})
    assert forged.get_json()["error"] == "plan-mismatch"
    ran = client.post("/api/v1/tools/run", json={"command": "docker  run   --rm hello-world",
                                                  "plan_id": plan})
    body = ran.get_json()
    assert ran.status_code == 200 and body["status"] == "ok", body
    assert "Hello" in body["output"]["untrusted_output"]
    assert body["output"]["note"] == openapi.UNTRUSTED_NOTE

    someone_else = make_app().test_client()      # another user cannot use this user's plan
    response = someone_else.post("/api/v1/tools/run", json={"command": HELLO, "plan_id": plan})
    assert response.status_code == 428


def test_expired_plans_are_refused(make_app, engine):
    client = make_app(PLAN_TTL=-1).test_client()
    plan = client.post("/api/v1/validate", json={"command": HELLO}).get_json()["plan_id"]
    response = client.post("/api/v1/tools/run", json={"command": HELLO, "plan_id": plan})
    assert response.status_code == 428 and response.get_json()["error"] == "plan-expired"


def test_agent_output_is_capped_and_wrapped(client):
    command = "docker run --rm busybox sh -c 'yes 0123456789abcdef | head -c 40000'"
    body = client.post("/api/v1/tools/run", json={"command": command, "confirm": True}).get_json()
    assert body["status"] == "ok", body
    wrapped = body["output"]
    assert set(wrapped) == {"untrusted_output", "truncated", "bytes", "note"}
    assert wrapped["truncated"] is True and wrapped["bytes"] == 40000
    assert len(wrapped["untrusted_output"].encode()) <= openapi.OUTPUT_CAP
    history = client.post("/api/v1/tools/history", json={"limit": 1}).get_json()
    assert history["items"][0]["output"]["untrusted_output"].startswith("0123456789abcdef")
    assert history["items"][0]["source"] == "agent"


def test_ps_logs_learn_tools(client):
    client.post("/api/v1/tools/run", json={"command": "docker run --name talker busybox echo from-talker",
                                           "confirm": True})
    ps = client.post("/api/v1/tools/ps", json={"all": True}).get_json()
    assert ps["command"] == "docker ps -a" and "talker" in ps["output"]["untrusted_output"]
    logs = client.post("/api/v1/tools/logs", json={"container": "talker", "tail": 5}).get_json()
    assert logs["status"] == "ok" and "from-talker" in logs["output"]["untrusted_output"]
    missing = client.post("/api/v1/tools/logs", json={"container": "nobody-here"})
    assert missing.get_json()["status"] == "failed"
    learn = client.post("/api/v1/tools/learn", json={"query": "image layers"}).get_json()
    assert learn["pages"][0]["slug"] == "images-and-layers"
    assert learn["pages"][0]["markdown_url"].endswith("/learn/images-and-layers.md")
    ko = client.post("/api/v1/tools/learn", json={"query": "볼륨이 뭐야", "lang": "ko"}).get_json()
    assert ko["pages"][0]["slug"] == "volume" and ko["pages"][0]["url"].endswith("?lang=ko")
    wordy = client.post("/api/v1/tools/learn", json={
        "query": "what's the difference between a virtual machine and a container?"}).get_json()
    assert "vm-vs-container" in [p["slug"] for p in wordy["pages"][:2]]


# --- tokens and identity ---------------------------------------------------------------------

def test_bearer_runs_need_confirmation_and_share_history(client, agent, token, app):
    response = agent("post", "/api/v1/run", json={"command": HELLO})
    assert response.status_code == 428
    assert agent("post", "/api/v1/run/stream", json={"command": HELLO}).status_code == 428
    plan = agent("post", "/api/v1/validate", json={"command": HELLO}).get_json()["plan_id"]
    response = agent("post", "/api/v1/run", json={"command": HELLO, "plan_id": plan})
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
    assert "Set-Cookie" not in response.headers
    response = agent("post", "/api/v1/run", json={"command": HELLO, "confirm": True})
    assert response.status_code == 200
    # the cookie user (who made the token) sees the agent's runs: one user, one history
    items = client.get("/api/v1/history").get_json()["items"]
    assert [i["command"] for i in items[:2]] == [HELLO, HELLO]
    # cookie callers are not asked to confirm (the browser UI shows the command itself)
    assert client.post("/api/v1/run", json={"command": "docker ps"}).status_code == 200


def test_tokens_are_hashed_listed_and_revocable(client, agent, token, app):
    listed = client.get("/api/v1/tokens").get_json()["tokens"]
    assert len(listed) == 1 and token.startswith(listed[0]["prefix"]) and "token" not in listed[0]
    with sqlite3.connect(app.config["DATABASE"]) as db:
        stored = db.execute("select hash, prefix from tokens").fetchall()
    assert token not in str(stored) and len(stored[0][0]) == 64
    assert agent("get", "/api/v1/tokens").get_json()["tokens"][0]["last_used"]
    refused = agent("post", "/api/v1/tokens", json={"name": "more"})
    assert refused.status_code == 403 and refused.get_json()["error"] == "token-needs-session"
    revoked = client.delete(f"/api/v1/tokens/{listed[0]['id']}", json={})
    assert revoked.status_code == 200
    response = agent("get", "/api/v1/history")
    assert response.status_code == 401 and response.get_json()["error"] == "invalid-token"
    assert client.delete(f"/api/v1/tokens/{listed[0]['id']}", json={}).status_code == 404


def test_unknown_bearer_tokens_are_refused_everywhere(client):
    for method, path in (("get", "/api/v1/history"), ("post", "/api/v1/validate"),
                         ("post", "/api/v1/tools/learn")):
        response = getattr(client, method)(path, json={"command": "docker ps", "query": "x"},
                                           headers=bearer("gorae_" + "x" * 40))
        assert response.status_code == 401, path
        assert response.get_json()["status"] == "error"


def test_bearer_scripts_need_no_cookie(app, token):
    """Scripts send no Origin / Sec-Fetch-Site: bearer writes pass the browser check; the
    token, not a cookie, says who calls."""
    client = app.test_client(use_cookies=False)
    response = client.post("/api/v1/validate", json={"command": "docker ps"}, headers=bearer(token))
    assert response.status_code == 200 and "Set-Cookie" not in response.headers
    response = client.post("/api/v1/validate", data="{}", headers=bearer(token))
    assert response.status_code == 415


def test_tokens_page_uses_csrf_protected_forms(client):
    page = client.get("/tokens")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and 'name="csrf_token"' in html
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    assert client.post("/tokens", data={"name": "x"}).status_code == 400
    created = client.post("/tokens", data={"name": "from the page", "csrf_token": csrf})
    assert created.status_code == 201
    secret = re.search(r"(gorae_[A-Za-z0-9_-]{40})", created.get_data(as_text=True)).group(1)
    listed = client.get("/api/v1/tokens").get_json()["tokens"]
    assert listed[0]["name"] == "from the page" and secret.startswith(listed[0]["prefix"])
    assert client.post(f"/tokens/{listed[0]['id']}/revoke", data={}).status_code == 400
    revoked = client.post(f"/tokens/{listed[0]['id']}/revoke", data={"csrf_token": csrf})
    assert revoked.status_code == 303 and client.get("/api/v1/tokens").get_json()["tokens"] == []


def test_widget_header_is_its_own_user_without_a_cookie(app, client, owner_id):
    widget = "w" * 10 + "-_" + "A1" * 6
    first = app.test_client(use_cookies=False)
    response = first.post("/api/v1/run", json={"command": "docker ps"},
                          headers={identity.WIDGET_HEADER: widget})
    assert response.status_code == 200 and "Set-Cookie" not in response.headers
    second = app.test_client()          # another browser, same widget id: the same history
    items = second.get("/api/v1/history", headers={identity.WIDGET_HEADER: widget}).get_json()["items"]
    assert [i["command"] for i in items] == ["docker ps"]
    assert client.get("/api/v1/history").get_json()["items"] == []     # not the cookie user's
    with app.test_request_context("/", headers={identity.WIDGET_HEADER: widget}):
        assert identity.current_user() == f"{PREFIX}widget:{widget}" and g.auth == "widget"
    for bad in ("short", "x" * 65, "has space in it........", "ünïcode-and-more-than-22"):
        response = first.get("/api/v1/history", headers={identity.WIDGET_HEADER: bad})
        assert response.status_code == 400 and response.get_json()["error"] == "invalid-widget-id"


# --- rate limits -----------------------------------------------------------------------------

def test_rate_limits_per_user_with_a_clear_429(make_app, engine):
    app = make_app(RATELIMIT_ENABLED=True, RATE_RUN="2/minute", RATE_API="6/minute")
    client = app.test_client()
    codes = [client.post("/api/v1/run", json={"command": "docker ps"}).status_code for _ in range(2)]
    assert codes == [200, 200]
    limited = client.post("/api/v1/tools/run", json={"command": "docker ps", "confirm": True})
    assert limited.status_code == 429
    body = limited.get_json()
    assert body["status"] == "error" and body["error"] == "rate-limited"
    assert 0 < body["retry_after"] <= 60 and limited.headers["Retry-After"] == str(body["retry_after"])
    other = app.test_client()            # another user has a budget of their own
    assert other.post("/api/v1/run", json={"command": "docker ps"}).status_code == 200
    codes = [client.get("/api/v1/history").status_code for _ in range(4)]
    assert codes[:2] == [200, 200] and codes[-1] == 429      # 6 API calls a minute in all
    body = client.get("/api/v1/engine").get_json()
    assert body["error"] == "rate-limited" and body["retry_after"] > 0
    assert client.get("/api/docs").status_code == 200          # pages are not API calls


def test_limits_are_off_in_tests_unless_asked(app):
    assert app.config["RATELIMIT_ENABLED"] is False
    assert app.config["RATE_RUN"] == "30/minute" and app.config["RATE_API"] == "300/minute"


# --- llms.txt and Markdown -------------------------------------------------------------------

def test_llms_txt(client):
    response = client.get("/llms.txt")
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/plain"
    assert text.startswith("# Gorae") and "\n> " in text and "## Safety rules" in text
    assert "/api/v1/openapi.json" in text and "plan_id" in text and "untrusted" in text
    for name in TOOL_NAMES:
        assert f"- `{name}(" in text
    from webapp.explain import learn
    for (lang, slug) in learn.pages():
        suffix = "?lang=ko" if lang == "ko" else ""
        assert f"/learn/{slug}.md{suffix})" in text, (lang, slug)


def test_learn_pages_answer_accept_markdown(client):
    markdown = client.get("/learn/run", headers={"Accept": "text/markdown"})
    assert markdown.status_code == 200 and markdown.mimetype == "text/markdown"
    assert markdown.get_data(as_text=True).startswith("---\ntitle: docker run")
    assert "Accept" in markdown.headers["Vary"]
    html = client.get("/learn/run", headers={"Accept": "text/html,*/*;q=0.8"})
    assert html.mimetype == "text/html" and "Accept" in html.headers["Vary"]
    assert client.get("/learn/nope", headers={"Accept": "text/markdown"}).status_code == 404

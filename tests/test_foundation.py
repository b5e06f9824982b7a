"""Issue 2's vertical slice: health, a real hello-world run, history per caller, bad input."""
from __future__ import annotations

import pytest

from webapp import create_app
from webapp.config import ConfigError


def test_healthz_reports_the_engine(client):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    assert body["engine"]["reachable"] is True
    assert body["engine"]["version"]


def test_hello_world_runs_for_real_and_lands_in_history(client, run):
    status, body = run("docker run --rm hello-world")
    assert status == 200, body
    assert body["status"] == "ok" and body["exit_code"] == 0
    assert body["output"].startswith("Hello")
    items = client.get("/api/v1/history").get_json()["items"]
    assert items[0]["command"] == "docker run --rm hello-world"
    assert items[0]["status"] == "ok" and items[0]["output"].startswith("Hello")


def test_history_is_per_caller(app, run):
    run("docker run --rm busybox echo only-mine")
    other = app.test_client()
    assert other.get("/api/v1/history").get_json()["items"] == []


def test_history_search_finds_korean_and_output(client, run):
    run("docker run --rm busybox echo 안녕하세요-고래")
    found = client.get("/api/v1/history", query_string={"q": "안녕하세요"}).get_json()["items"]
    assert len(found) == 1 and "안녕하세요-고래" in found[0]["output"]


@pytest.mark.parametrize("kwargs, status, code", [
    ({"data": "not json", "content_type": "application/json"}, 400, "invalid-json"),
    ({"json": ["a", "list"]}, 400, "invalid-json"),
    ({"json": {}}, 400, "missing-field"),
    ({"json": {"command": 42}}, 400, "wrong-type"),
    ({"json": {"command": "docker ps\x00"}}, 400, "invalid-command"),
    ({"data": "command=docker+ps", "content_type": "application/x-www-form-urlencoded"}, 415,
     "unsupported-media-type"),
    ({"json": {"command": "docker run busybox echo " + "x" * 17000}}, 413, "request-entity-too-large"),
])
def test_bad_bodies_get_clear_errors(client, kwargs, status, code):
    response = client.post("/api/v1/run", **kwargs)
    assert response.status_code == status
    body = response.get_json()
    assert body["error"] == code and body["message"]


def test_empty_command_is_invalid_and_recorded(client, run):
    status, body = run("   ")
    assert status == 400 and body["status"] == "invalid"
    assert body["errors"][0]["code"] == "empty-command"
    assert client.get("/api/v1/history").get_json()["items"][0]["status"] == "invalid"


@pytest.mark.parametrize("headers", [{"Origin": "https://evil.example"},
                                     {"Sec-Fetch-Site": "cross-site"}])
def test_cross_site_api_writes_are_refused(client, headers):
    response = client.post("/api/v1/run", json={"command": "docker ps"}, headers=headers)
    assert response.status_code == 403
    assert response.get_json()["error"] == "cross-site-request"


def test_same_origin_browser_request_is_accepted(client):
    response = client.post("/api/v1/run", json={"command": "docker ps"},
                           headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200


def test_missing_secret_key_is_a_clear_start_up_error(tmp_path, monkeypatch):
    monkeypatch.delenv("GORAE_SECRET_KEY", raising=False)
    monkeypatch.delenv("GORAE_DEV", raising=False)
    with pytest.raises(ConfigError, match="GORAE_SECRET_KEY"):
        create_app({"DATABASE": str(tmp_path / "x.db")})


def test_engine_down_is_503_and_still_recorded(make_app):
    client = make_app(DOCKER_HOST="unix:///nonexistent/docker.sock").test_client()
    response = client.post("/api/v1/run", json={"command": "docker run --rm hello-world"})
    assert response.status_code == 503
    assert response.get_json()["status"] == "unavailable"
    assert client.get("/api/v1/history").get_json()["items"][0]["status"] == "unavailable"
    assert client.get("/healthz").get_json()["engine"]["reachable"] is False


def test_pages_send_security_headers(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("secure", [False, True])
def test_session_cookie_is_secure_when_configured(make_app, secure):
    client = make_app(SECURE_COOKIES=secure).test_client()
    client.post("/api/v1/translate", json={"text": "docker ps"})
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.secure is secure

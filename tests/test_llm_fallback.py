"""The optional LLM fallback, against a real HTTP server on loopback that speaks the
OpenAI-compatible chat API (no model is reachable here, and no test may need one)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest


@pytest.fixture
def endpoint():
    answers, seen = [], []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            seen.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            body = json.dumps({"choices": [{"message": {"content": answers.pop(0)}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1", answers, seen
    server.shutdown()


TEXT = "quelque chose avec une boîte occupée qui dit bonjour"   # nothing the rules read


def test_off_by_default(client):
    answer = client.post("/api/v1/translate", json={"text": TEXT}).get_json()
    assert answer["command"] is None and "source" not in answer


def test_proposal_goes_through_parser_and_policy(make_app, endpoint, engine):
    url, answers, seen = endpoint
    client = make_app(LLM_URL=url).test_client()
    answers.append("```\ndocker run --rm busybox echo bonjour\n```")
    answer = client.post("/api/v1/translate", json={"text": TEXT}).get_json()
    assert answer["command"] == "docker run --rm busybox echo bonjour"
    assert answer["source"] == "llm" and answer["confidence"] <= 0.5
    assert seen[0]["messages"][1]["content"] == TEXT
    answers.append("docker run --privileged busybox")
    answer = client.post("/api/v1/translate", json={"text": TEXT}).get_json()
    assert answer["violations"][0]["option"] == "privileged"


def test_non_docker_answers_are_dropped(make_app, endpoint, engine):
    url, answers, _ = endpoint
    client = make_app(LLM_URL=url).test_client()
    answers.append("rm -rf / --no-preserve-root")
    answer = client.post("/api/v1/translate", json={"text": TEXT}).get_json()
    assert answer["command"] is None and answer["clarify"]


def test_unreachable_endpoint_is_harmless(make_app, engine):
    client = make_app(LLM_URL="http://127.0.0.1:9/v1").test_client()
    answer = client.post("/api/v1/translate", json={"text": TEXT}).get_json()
    assert answer["command"] is None and answer["clarify"]

"""Streamed runs (server-sent events): output arrives while the container runs."""
from __future__ import annotations

import json


def _events(response):
    events = []
    for block in response.get_data(as_text=True).split("\n\n"):
        if block.strip():
            name, data = block.split("\n", 1)
            events.append((name.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    return events


def test_foreground_run_streams_then_reports(client):
    response = client.post("/api/v1/run/stream", json={
        "command": "docker run --rm busybox sh -c 'echo one; sleep 1; echo two'"})
    assert response.mimetype == "text/event-stream"
    events = _events(response)
    chunks = [data["data"] for name, data in events if name == "output"]
    assert "".join(chunks) == "one\ntwo\n" and len(chunks) == 2
    name, result = events[-1]
    assert name == "result" and result["status"] == "ok" and result["exit_code"] == 0
    history = client.get("/api/v1/history").get_json()["items"][0]
    assert history["output"] == "one\ntwo\n"


def test_logs_follow_stops_at_the_time_limit(make_app, engine):
    client = make_app(RUN_TIMEOUT=2.0).test_client()
    client.post("/api/v1/run", json={"command": "docker run -d --name ticker busybox sh -c "
                                                "'while true; do echo tick; sleep 0.5; done'"})
    events = _events(client.post("/api/v1/run/stream", json={"command": "docker logs -f ticker"}))
    text = "".join(d["data"] for n, d in events if n == "output")
    assert text.count("tick") >= 3
    assert "stopped following after 2 s" in text
    assert events[-1][1]["status"] == "ok"


def test_streamed_refusal_is_a_single_result(client):
    events = _events(client.post("/api/v1/run/stream", json={"command": "docker run --privileged busybox"}))
    assert [name for name, _ in events] == ["result"]
    assert events[0][1]["status"] == "refused"


def test_streamed_endless_loop_is_killed(make_app, engine):
    client = make_app(RUN_TIMEOUT=2.0).test_client()
    events = _events(client.post("/api/v1/run/stream", json={
        "command": "docker run --rm busybox sh -c 'while true; do :; done'"}))
    result = events[-1][1]
    assert result["exit_code"] == 137 and "time limit" in result["output"]

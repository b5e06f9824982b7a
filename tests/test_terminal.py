"""The interactive terminal over a real WebSocket, against the real engine."""
from __future__ import annotations

import json
import threading
import time

import pytest
from simple_websocket import Client, ConnectionClosed
from werkzeug.serving import make_server


@pytest.fixture
def server(make_app, engine):
    app = make_app(TERMINAL_IDLE=3)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield app, f"127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def _session(address, first, inputs=(), until=None, cookie=None, wait=15):
    headers = {"Cookie": cookie} if cookie else {}
    ws = Client.connect(f"ws://{address}/ws/terminal", headers=headers)
    ws.send(json.dumps(first))
    text, result, deadline = "", None, time.time() + wait
    pending = list(inputs)
    while time.time() < deadline:
        message = ws.receive(timeout=0.5)
        if message is None:
            if pending and (until is None or until in text):
                ws.send(json.dumps({"type": "stdin", "data": pending.pop(0)}))
            continue
        event = json.loads(message)
        if event["type"] == "stdout":
            text += event["data"]
        else:
            result = event
            break
    _close(ws)
    return text, result


def _close(ws):
    try:
        ws.close()
    except (ConnectionClosed, OSError):
        pass      # the server hung up first


def test_run_it_shell(server):
    app, address = server
    text, result = _session(address, {"command": "docker run -it --rm busybox sh"},
                            ["echo hi-$((40+2))\n", "exit 3\n"])
    assert "hi-42" in text
    assert result == {"type": "exit", "code": 3}


def test_exec_it_into_a_running_container_is_owner_only(server):
    app, address = server
    client = app.test_client()
    body = client.post("/api/v1/run", json={"command": "docker run -d --name box busybox sleep 60"}).get_json()
    assert body["status"] == "ok"
    cookie = f"session={client.get_cookie('session').value}"
    text, result = _session(address, {"command": "docker exec -it box sh"},
                            ["hostname\n", "exit\n"], cookie=cookie)
    assert result == {"type": "exit", "code": 0} and text.strip()
    text, result = _session(address, {"command": "docker exec -it box sh"})   # another user
    assert result["type"] == "error" and "No such container: box" in result["message"]
    history = client.get("/api/v1/history").get_json()["items"]
    assert history[0]["command"] == "docker exec -i -t box sh" and history[0]["status"] == "ok"


def test_start_ai_attaches_a_created_container(server):
    app, address = server
    client = app.test_client()
    for command in ("docker create -it --name later busybox sh",
                    "docker create --name plain busybox echo plain"):
        assert client.post("/api/v1/run", json={"command": command}).get_json()["status"] == "ok"
    cookie = f"session={client.get_cookie('session').value}"
    text, result = _session(address, {"command": "docker start -ai later"},
                            ["echo started-$((6*7))\n", "exit 4\n"], cookie=cookie)
    assert "started-42" in text and result == {"type": "exit", "code": 4}
    text, result = _session(address, {"command": "docker start -ai plain"}, cookie=cookie)
    assert result["type"] == "error" and "docker start -a plain" in result["message"], result
    text, result = _session(address, {"command": "docker start -ai later"})   # another user
    assert result["type"] == "error" and "No such container: later" in result["message"]


def test_refused_and_non_interactive_commands(server):
    app, address = server
    text, result = _session(address, {"command": "docker run -it --privileged busybox sh"})
    assert result["type"] == "error" and "privileged" in result["message"]
    text, result = _session(address, {"command": "docker ps"})
    assert result["type"] == "error" and "interactive" in result["message"]


def test_idle_terminal_is_closed(server):
    app, address = server
    text, result = _session(address, {"command": "docker run -it --rm busybox sh"}, wait=20)
    assert "idle" in text
    assert result["type"] == "exit"


def test_cross_site_connection_is_refused(server):
    app, address = server
    ws = Client.connect(f"ws://{address}/ws/terminal", headers={"Origin": "http://evil.example"})
    event = json.loads(ws.receive(timeout=5))
    assert event["type"] == "error" and "Cross-site" in event["message"]
    _close(ws)

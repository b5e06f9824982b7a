"""The engine goes away mid-run and comes back: clear 503s, nothing lost, full recovery.

This stops the real dockerd that scripts/engine started (skipped when the engine is not ours:
we never stop someone else's engine) and starts it again before the module ends.
"""
from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "scripts" / "engine"


def _engine(action: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ENGINE), action], capture_output=True, text=True, timeout=180)


@pytest.fixture
def our_engine(engine):
    if "(ours" not in _engine("status").stdout:
        pytest.skip("the running engine was not started by scripts/engine; not stopping it")
    yield engine
    assert _engine("up").returncode == 0


def test_engine_down_mid_run_then_recovery(client, run, our_engine):
    in_flight = {}
    thread = threading.Thread(target=lambda: in_flight.update(
        answer=run("docker run --rm busybox sleep 20")))
    thread.start()
    time.sleep(2)
    assert _engine("down").returncode == 0
    thread.join(60)
    status, body = in_flight["answer"]
    assert (status, body["status"]) in ((503, "unavailable"), (200, "failed")), body
    status, body = run("docker ps")
    assert status == 503 and body["status"] == "unavailable"
    assert "engine" in body["message"].lower()
    assert client.get("/healthz").get_json()["engine"]["reachable"] is False

    started = time.monotonic()
    assert _engine("up").returncode == 0
    while run("docker run --rm hello-world")[0] != 200:
        assert time.monotonic() - started < 60, "no recovery within 60 s"
        time.sleep(0.5)
    print(f"recovered {time.monotonic() - started:.1f} s after the engine was started again")
    statuses = [item["status"] for item in client.get("/api/v1/history").get_json()["items"]]
    assert statuses[-1] in ("unavailable", "failed") and "unavailable" in statuses and statuses[0] == "ok"

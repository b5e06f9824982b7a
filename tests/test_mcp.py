"""The MCP server, driven by the official SDK's client: over stdio (``python -m webapp.cli mcp``,
as a desktop agent spawns it) and over streamable HTTP (``gorae mcp --http``), on the real
engine, recording into the same history as the web app."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from conftest import PREFIX
from webapp import tokens

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = ["translate", "validate", "explain", "run", "ps", "logs", "history", "learn"]
HELLO = "docker run --rm hello-world"


@pytest.fixture
def env(tmp_path, engine):
    """The environment of a Gorae process for this test: its own database, this session's
    user prefix (so conftest cleans up its containers), no token or server inherited."""
    clean = {k: v for k, v in os.environ.items() if k not in ("GORAE_TOKEN", "GORAE_SERVER")}
    return {**clean, "GORAE_DATABASE": str(tmp_path / "gorae.db"), "GORAE_USER_PREFIX": PREFIX,
            "GORAE_SECRET_KEY": "test-" + os.urandom(8).hex(), "GORAE_STATE_DIR": str(tmp_path),
            "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}


def stdio(env: dict) -> StdioServerParameters:
    return StdioServerParameters(command=sys.executable, args=["-m", "webapp.cli", "mcp"],
                                 env=env, cwd=ROOT)


def make_token(make_app, env: dict, user: str) -> str:
    app = make_app(DATABASE=env["GORAE_DATABASE"])
    with app.app_context():
        return tokens.create(user, "mcp test")[1]


def test_stdio_lists_tools_translates_and_runs(env):
    async def session():
        async with Client(stdio(env)) as client:
            listed = await client.list_tools()
            assert [t.name for t in listed.tools] == TOOLS
            run_tool = next(t for t in listed.tools if t.name == "run")
            assert run_tool.input_schema["required"] == ["command"]
            assert run_tool.annotations.destructive_hint is True

            translated = await client.call_tool("translate", {"text": "run hello-world and remove it after"})
            plan = translated.structured_content
            assert not translated.is_error and plan["command"] == HELLO and plan["plan_id"]

            refused = await client.call_tool("run", {"command": HELLO})
            assert refused.is_error
            assert json.loads(refused.content[0].text)["error"] == "confirmation-required"

            ran = await client.call_tool("run", {"command": plan["command"], "plan_id": plan["plan_id"]})
            result = ran.structured_content
            assert not ran.is_error and result["status"] == "ok" and result["exit_code"] == 0
            assert "Hello" in result["output"]["untrusted_output"]
            assert "never as instructions" in result["output"]["note"]
            assert json.loads(ran.content[0].text) == result

            sandboxed = await client.call_tool("run", {"command": "docker run --privileged busybox",
                                                       "confirm": True})
            assert sandboxed.is_error and sandboxed.structured_content["status"] == "refused"

            history = await client.call_tool("history", {"limit": 5})
            items = history.structured_content["items"]
            assert [(i["source"], i["command"]) for i in items][-1] == ("mcp", HELLO)
            return items
    items = anyio.run(session)
    assert len(items) == 2


def test_stdio_with_older_protocol_clients(env):
    """Desktop agents on the handshake-era protocol (initialize) work too."""
    async def session():
        async with Client(stdio(env), mode="legacy") as client:
            assert client.protocol_version < "2026"
            assert len((await client.list_tools()).tools) == len(TOOLS)
            learned = await client.call_tool("learn", {"query": "port publishing"})
            return learned.structured_content["pages"]
    assert anyio.run(session)


def test_stdio_acts_as_the_owner_of_gorae_token(env, make_app):
    """GORAE_TOKEN makes the MCP session the user who created the token: one history."""
    web_user = PREFIX + "anon:mcp-token-owner"
    token = make_token(make_app, env, web_user)

    async def session():
        async with Client(stdio({**env, "GORAE_TOKEN": token})) as client:
            await client.call_tool("run", {"command": "docker ps", "confirm": True})
    anyio.run(session)
    app = make_app(DATABASE=env["GORAE_DATABASE"])
    with app.app_context():
        from webapp.history import store
        assert [r["command"] for r in store.items(web_user)] == ["docker ps"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {process.stdout.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {timeout} s")


@pytest.fixture
def mcp_http(env):
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "webapp.cli", "mcp", "--http", "--port", str(port)],
                               env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/healthz", process)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_streamable_http_needs_a_token_and_runs(mcp_http, env, make_app):
    request = urllib.request.Request(mcp_http, data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401 and refused.value.headers["WWW-Authenticate"] == "Bearer"

    user = PREFIX + "anon:mcp-http"
    token = make_token(make_app, env, user)

    async def session():
        http = create_mcp_http_client(headers={"Authorization": f"Bearer {token}"})
        async with Client(streamable_http_client(mcp_http, http_client=http)) as client:
            assert [t.name for t in (await client.list_tools()).tools] == TOOLS
            checked = (await client.call_tool("validate", {"command": HELLO})).structured_content
            assert checked["ok"] and checked["plan_id"]
            ran = await client.call_tool("run", {"command": HELLO, "plan_id": checked["plan_id"]})
            return ran.structured_content
    result = anyio.run(session)
    assert result["status"] == "ok" and "Hello" in result["output"]["untrusted_output"]
    app = make_app(DATABASE=env["GORAE_DATABASE"])
    with app.app_context():
        from webapp.history import store
        assert [(r["source"], r["command"]) for r in store.items(user)] == [("mcp", HELLO)]

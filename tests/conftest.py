"""Fixtures: a real Docker engine, a temporary SQLite file, and an app factory.

Every container, network and volume a test makes belongs to a user id that starts with this
session's prefix; the ``_cleanup`` fixture removes all of them at the end of the session.
"""
from __future__ import annotations

import secrets
import time

import docker
import pytest

from runtime.output import parse_time
from runtime.policy import OWNER_LABEL
from webapp import create_app

PREFIX = f"test-{secrets.token_hex(4)}:"


@pytest.fixture(scope="session")
def engine():
    """The real engine (scripts/test starts it). Fails loudly, never skips, when it is missing."""
    client = docker.from_env(timeout=120)
    try:
        client.ping()
    except Exception as e:  # noqa: BLE001 — report any reason the engine is unusable
        pytest.fail(f"No Docker engine: {e}. Run scripts/test (it starts one).")
    _remove_owned(client, "test-", older_than=15 * 60)   # left by an interrupted session
    yield client
    _remove_owned(client, PREFIX)
    client.close()


def _remove_owned(client, prefix: str, older_than: float = 0):
    """Remove test objects; another test session may be removing the same ones meanwhile."""
    label = {"label": OWNER_LABEL}

    def mine(labels):
        return (labels or {}).get(OWNER_LABEL, "").startswith(prefix)

    def old(container):
        return time.time() - parse_time(container.attrs["Created"]) >= older_than
    for c in client.containers.list(all=True, filters=label, ignore_removed=True):
        if mine(c.labels) and old(c):
            _quietly(c.remove, force=True, v=True)
    for n in client.networks.list(filters=label):
        if mine(n.attrs["Labels"]):
            _quietly(n.remove)
    for v in client.volumes.list(filters=label):
        if mine(v.attrs.get("Labels")):
            _quietly(v.remove, force=True)


def _quietly(remove, **kwargs):
    try:
        remove(**kwargs)
    except docker.errors.APIError:   # gone already, or still in use by a live session
        pass


@pytest.fixture
def make_app(tmp_path):
    """``make_app(**overrides)``: a fresh app on a temporary database, config overridable."""
    def factory(**overrides):
        config = {"TESTING": True, "DATABASE": str(tmp_path / "gorae.db"), "USER_PREFIX": PREFIX,
                  "SECRET_KEY": "test-" + secrets.token_hex(8)}
        config.update(overrides)
        return create_app(config)
    return factory


@pytest.fixture
def app(make_app, engine):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def run(client):
    """POST a command to the run API as this test's user; returns (status code, body)."""
    def call(command, **extra):
        response = client.post("/api/v1/run", json={"command": command, **extra})
        return response.status_code, response.get_json()
    return call


@pytest.fixture
def owner_id(client):
    """The user id the test client runs as (known after its first request)."""
    client.get("/api/v1/history")
    with client.session_transaction() as session:
        return PREFIX + session["uid"]

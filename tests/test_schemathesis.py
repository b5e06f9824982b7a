"""Schemathesis against the app (in-process WSGI): generated requests for every operation of
/api/v1/openapi.json, positive and negative; no 5xx, and every response matches the document
(status code, content type, body schema). Bounded: a few examples an operation. Runs are not
fuzzed (each would start a container); a handful of fixed run requests are checked instead."""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance,
                                               response_schema_conformance,
                                               status_code_conformance)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]
RUNS = r"^/api/v1/(run|run/stream|tools/run)$"
SLOW = r"^/api/v1/(translate|tools/translate)$"     # the translator looks at the engine: ~1 s a call
FAST = dict(deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture
def api_schema(make_app, engine):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", make_app())


@pytest.fixture
def translate_schema(make_app, engine):
    """Without the coverage phase: its 4096-character boundary texts take the translator
    seconds each (reported), which would dominate this file's time."""
    config = schemathesis.Config.from_dict({"phases": {"coverage": {"enabled": False}}})
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", make_app(), config=config)


schema = schemathesis.pytest.from_fixture("api_schema")
translate = schemathesis.pytest.from_fixture("translate_schema")


@schema.exclude(path_regex=RUNS).exclude(path_regex=SLOW).parametrize()
@settings(max_examples=40, **FAST)
def test_api_conforms(case):
    case.call_and_validate(checks=CHECKS)


@translate.include(path_regex=SLOW).parametrize()
@settings(max_examples=15, **FAST)
def test_translate_conforms(case):
    case.call_and_validate(checks=CHECKS)


@pytest.mark.parametrize("path, body", [
    ("/api/v1/run", {"command": "docker run --rm hello-world"}),
    ("/api/v1/run", {"command": "docker run --privileged busybox"}),
    ("/api/v1/run", {"command": "docker frobnicate"}),
    ("/api/v1/run", {"command": 42}),
    ("/api/v1/run/stream", {"command": "docker run --rm busybox echo streamed"}),
    ("/api/v1/tools/run", {"command": "docker run --rm hello-world"}),
    ("/api/v1/tools/run", {"command": "docker run --rm busybox sh -c 'exit 3'", "confirm": True}),
    ("/api/v1/tools/run", {"command": "docker run --cap-add ALL busybox", "confirm": True}),
])
def test_runs_conform(api_schema, path, body):
    case = api_schema[path]["POST"].Case(body=body, media_type="application/json")
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code < 500

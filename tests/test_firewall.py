"""The sandbox's host firewall (runtime/firewall.py): its configuration, its rules, and — on the
real engine — what a container can reach: never the host, and the outside only as allowed."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest

from runtime import firewall
from runtime.firewall import Egress, parse_egress
from runtime.plan import engine_name
from runtime.spec import Owner
from webapp.config import ConfigError

from conftest import PREFIX

ENGINE = Path(__file__).resolve().parent.parent / "scripts" / "engine"

PROBE = ("docker run --rm busybox sh -c 'for t in {targets}; do "
         "nc -w 3 ${{t%:*}} ${{t#*:}} </dev/null >/dev/null 2>&1 && echo open:$t || echo shut:$t; "
         "done'")


@pytest.mark.parametrize("text, expected", [
    ("", Egress()), ("0", Egress()), ("off", Egress()), ("1", Egress(open=True)),
    ("pypi.org:443, 10.0.0.0/8:5432,deb.debian.org",
     Egress(allow=(("pypi.org", 443), ("10.0.0.0/8", 5432), ("deb.debian.org", None)))),
])
def test_egress_setting_forms(text, expected):
    assert parse_egress(text) == expected
    assert expected.routed == (expected.open or bool(expected.allow))


@pytest.mark.parametrize("text, words", [
    ("pypi.org:99999", ["'pypi.org:99999'", "1-65535"]),
    ("evil.com;rm -rf /:80", ["not a host name"]),
    ("::1", ["IPv4"]),
    ("10.0.0.0/99", ["10.0.0.0/99"]),
])
def test_bad_egress_settings_say_which_entry_and_the_forms(text, words):
    with pytest.raises(ValueError) as error:
        parse_egress(text)
    assert all(word in str(error.value) for word in words + ["forms"]), str(error.value)


def test_a_bad_egress_setting_stops_the_app_with_the_reason(make_app):
    with pytest.raises(ConfigError, match="GORAE_EGRESS entry 'x:0'"):
        make_app(EGRESS="x:0")


def test_rules_close_by_default_and_open_only_what_is_listed():
    closed = firewall.rules(Egress(), {}, ["10.0.0.53"])
    assert closed[-1] == ["-A", "GORAE-EGRESS", "-j", "REJECT"]
    assert not any("53" in rule for rule in closed), "no DNS when nothing is allowed"
    allowed = firewall.rules(Egress(allow=(("pypi.org", 443), ("10.1.0.0/16", None))),
                             {"pypi.org": ["203.0.113.80"], "10.1.0.0/16": ["10.1.0.0/16"]},
                             ["10.0.0.53"])
    assert ["-A", "GORAE-EGRESS", "-d", "203.0.113.80", "-p", "tcp", "--dport", "443",
            "-j", "RETURN"] in allowed
    assert ["-A", "GORAE-EGRESS", "-d", "10.1.0.0/16", "-j", "RETURN"] in allowed
    assert ["-A", "GORAE-EGRESS", "-d", "10.0.0.53", "-p", "udp", "--dport", "53",
            "-j", "RETURN"] in allowed
    assert allowed[-1] == ["-A", "GORAE-EGRESS", "-j", "REJECT"]
    for rules in (closed, allowed, firewall.rules(Egress(open=True), {}, [])):
        assert ["-A", "GORAE-INPUT", "-i", "br-+", "-j", "REJECT"] in rules


# --------------------------------------------------------------------------------------------
# On the engine
# --------------------------------------------------------------------------------------------

@pytest.fixture
def host_service():
    """A TCP service on this host listening on every address, as a careless deployment has."""
    server = socket.create_server(("0.0.0.0", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                server.accept()[0].close()
            except OSError:
                pass
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    server.close()


@pytest.fixture
def configured_firewall(engine):
    """The firewall as this deployment configures it (scripts/engine applies it too), put back
    after a test that changes it."""
    configured = parse_egress(os.environ.get("GORAE_EGRESS"))
    firewall.apply(configured)
    yield firewall
    firewall.apply(configured)


def _gateways(run) -> list[str]:
    status, body = run("docker run --rm busybox ip route")
    return [line.split()[2] for line in body["output"].splitlines() if line.startswith("default")]


def test_containers_cannot_connect_to_the_host(run, configured_firewall, host_service):
    gateway = _gateways(run)[0]
    # the host answers on that address (the probe would be meaningless otherwise)
    socket.create_connection((gateway, host_service), timeout=2).close()
    status, body = run(PROBE.format(targets=f"{gateway}:{host_service}"))
    assert f"shut:{gateway}:{host_service}" in body["output"], body


def _host_reaches(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=3).close()
        return True
    except OSError:
        return False


def test_an_allowlist_lets_out_only_what_it_names(make_app, engine, configured_firewall):
    if not (_host_reaches("pypi.org", 443) and _host_reaches("pypi.org", 80)):
        pytest.skip("this host cannot reach pypi.org on 443 and 80: nothing to compare with")
    allowlisted = make_app(EGRESS="pypi.org:443").test_client()
    configured_firewall.apply(parse_egress("pypi.org:443"))
    probe = PROBE.format(targets="pypi.org:443 pypi.org:80 1.1.1.1:53")
    output = allowlisted.post("/api/v1/run", json={"command": probe}).get_json()["output"]
    assert "open:pypi.org:443" in output, output
    assert "shut:pypi.org:80" in output and "shut:1.1.1.1:53" in output, output
    closed = make_app().test_client()
    output = closed.post("/api/v1/run", json={"command": probe}).get_json()["output"]
    assert "open:" not in output, output


def test_users_networks_are_internal_unless_egress_is_routed(make_app, engine):
    for setting, internal in (("", True), ("pypi.org:443", False)):
        client = make_app(EGRESS=setting).test_client()
        client.post("/api/v1/run", json={"command": "docker run --rm busybox true"})
        with client.session_transaction() as session:
            owner = PREFIX + session["uid"]
        network = engine.networks.get(engine_name(Owner(owner), "bridge"))
        assert network.attrs["Internal"] is internal, setting


def test_engine_up_warns_about_chains_left_in_the_other_iptables_backend(engine):
    """Rules in the backend not in use (say legacy, beside nft) stay active and can reject
    container traffic; ``scripts/engine up`` says so, with the command that clears them."""
    mine = os.path.realpath(shutil.which("iptables") or "")
    other = "iptables-legacy" if "nft" in mine else "iptables-nft" if "legacy" in mine else None
    if os.geteuid() != 0 or other is None or shutil.which(other) is None:
        pytest.skip("needs root and both iptables backends")
    if os.environ.get("DOCKER_HOST"):
        pytest.skip("the engine is not this host's")
    subprocess.run([other, "-N", "GORAE-STALE-TEST"], check=True)
    try:
        up = subprocess.run([str(ENGINE), "up"], capture_output=True, text=True, timeout=180)
    finally:
        subprocess.run([other, "-X", "GORAE-STALE-TEST"], check=True)
    assert up.returncode == 0, up.stderr
    assert f"{other} still holds DOCKER/GORAE chains" in up.stderr, up.stderr
    clean = subprocess.run([str(ENGINE), "up"], capture_output=True, text=True, timeout=180)
    assert "still holds" not in clean.stderr, clean.stderr

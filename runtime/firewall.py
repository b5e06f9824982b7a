"""The engine host's firewall for sandbox networks: what a container may reach.

Docker's own rules keep users' bridges apart; these add what Docker has no setting for:

- **GORAE-INPUT** (first in INPUT): a container may not open connections to the host itself
  (services listening on 0.0.0.0 are reachable through any bridge gateway otherwise, even from
  an ``internal`` network). Replies to connections the host opened (the proxy) still pass.
- **GORAE-EGRESS** (from DOCKER-USER, for traffic that leaves a bridge for the outside): by
  ``GORAE_EGRESS`` — unset/``0``: nothing gets out (users' networks are internal as well);
  ``1``: everything; ``host:port,cidr:port,…``: only those destinations, plus DNS to the
  host's resolvers so the names resolve. Names are resolved when the rules are applied.

``rules()`` is pure; ``apply()`` runs iptables on this host. ``python -m runtime.firewall``
applies what ``GORAE_EGRESS`` says (``scripts/engine up`` calls it); ``--show`` prints it.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import re
import socket
import subprocess
import sys
from dataclasses import dataclass

INPUT_CHAIN, EGRESS_CHAIN = "GORAE-INPUT", "GORAE-EGRESS"
BRIDGES = ("br-+", "docker0")         # users' networks, and the default bridge


@dataclass(frozen=True)
class Egress:
    """Where sandbox containers may connect: ``open`` (anywhere), or only ``allow``."""

    open: bool = False
    allow: tuple[tuple[str, int | None], ...] = ()   # (host name, IP or CIDR; port or any)

    @property
    def routed(self) -> bool:
        """Whether users' networks need a way out at all (else they are ``internal``)."""
        return self.open or bool(self.allow)


def parse_egress(text: str | None) -> Egress:
    """``GORAE_EGRESS``: ``0``/empty, ``1``, or a comma list of ``HOST[:PORT]``; ValueError
    says which entry is wrong and what the accepted forms are."""
    text = (text or "").strip()
    if text.lower() in ("", "0", "false", "no", "off"):
        return Egress()
    if text.lower() in ("1", "true", "yes", "on", "all"):
        return Egress(open=True)
    return Egress(allow=tuple(_destination(entry.strip()) for entry in text.split(",")
                              if entry.strip()))


def _destination(entry: str) -> tuple[str, int | None]:
    forms = "(forms: host, host:port, 10.0.0.0/8:5432 — IPv4; or 0 / 1)"
    host, sep, port = entry.rpartition(":")
    if not sep:
        host, port = entry, ""
    elif not (port.isdigit() and 0 < int(port) < 65536):
        raise ValueError(f"GORAE_EGRESS entry {entry!r}: the port must be 1-65535 {forms}")
    if not re.fullmatch(r"[A-Za-z0-9.-]+(/\d{1,2})?", host):
        raise ValueError(f"GORAE_EGRESS entry {entry!r} is not a host name, IPv4 address or "
                         f"CIDR {forms}")
    if "/" in host:
        try:
            ipaddress.ip_network(host, strict=False)
        except ValueError as e:
            raise ValueError(f"GORAE_EGRESS entry {entry!r}: {e} {forms}") from None
    return host, int(port) if port else None


def resolve(host: str) -> list[str]:
    """IPv4 addresses (or the CIDR itself) for one allowlist host; [] when it does not resolve."""
    try:
        ipaddress.ip_network(host, strict=False)
        return [host]
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return []
    return sorted({info[4][0] for info in found})


def nameservers(path: str = "/etc/resolv.conf") -> list[str]:
    try:
        with open(path, encoding="utf-8") as f:
            words = [line.split() for line in f]
    except OSError:
        return []
    return [w[1] for w in words if len(w) >= 2 and w[0] == "nameserver" and ":" not in w[1]
            and not w[1].startswith("127.")]


def rules(egress: Egress, resolved: dict[str, list[str]], dns: list[str]) -> list[list[str]]:
    """The iptables commands (without ``iptables``) that set both chains from scratch."""
    out = [["-N", chain] for chain in (INPUT_CHAIN, EGRESS_CHAIN)]
    out += [["-F", INPUT_CHAIN], ["-F", EGRESS_CHAIN]]
    for bridge in BRIDGES:
        out.append(["-A", INPUT_CHAIN, "-i", bridge, "-m", "conntrack", "--ctstate",
                    "ESTABLISHED,RELATED", "-j", "RETURN"])
        out.append(["-A", INPUT_CHAIN, "-i", bridge, "-j", "REJECT"])
    out.append(["-A", EGRESS_CHAIN, "-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED",
                "-j", "RETURN"])
    out += [["-A", EGRESS_CHAIN, "-o", bridge, "-j", "RETURN"] for bridge in BRIDGES]
    if egress.open:
        out.append(["-A", EGRESS_CHAIN, "-j", "RETURN"])
    for server in dns if egress.allow else []:
        out += [["-A", EGRESS_CHAIN, "-d", server, "-p", proto, "--dport", "53", "-j", "RETURN"]
                for proto in ("udp", "tcp")]
    for host, port in egress.allow:
        for address in resolved.get(host, []):
            by_port = ["-p", "tcp", "--dport", str(port)] if port else []
            out.append(["-A", EGRESS_CHAIN, "-d", address, *by_port, "-j", "RETURN"])
    out.append(["-A", EGRESS_CHAIN, "-j", "REJECT"])
    return out


def jumps() -> list[list[str]]:
    """Where the chains hook in (each inserted once, first)."""
    out = [["INPUT", "-j", INPUT_CHAIN]]
    out += [["DOCKER-USER", "-i", bridge, "-j", EGRESS_CHAIN] for bridge in BRIDGES]
    return out


def host_rules(egress: Egress) -> tuple[list[list[str]], list[str]]:
    """``rules()`` for this host (its resolvers, names resolved now), and the allowlist hosts
    that did not resolve."""
    resolved = {host: resolve(host) for host, _ in egress.allow}
    missing = [host for host, addresses in resolved.items() if not addresses]
    return rules(egress, resolved, nameservers()), missing


def apply(egress: Egress, iptables: str = "iptables") -> list[str]:
    """Set the chains on this host; returns allowlist hosts that did not resolve."""
    commands, missing = host_rules(egress)
    for args in commands:
        _iptables(iptables, args, tolerate=args[0] == "-N")
    for chain, *match in jumps():
        if _iptables(iptables, ["-C", chain, *match], tolerate=True):
            _iptables(iptables, ["-I", chain, "1", *match])
    return missing


def _iptables(iptables: str, args: list[str], tolerate: bool = False) -> int:
    done = subprocess.run([iptables, "-w", "5", *args], capture_output=True, text=True)
    if done.returncode and not tolerate:
        raise RuntimeError(f"{iptables} {' '.join(args)}: {done.stderr.strip()}")
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the rules, change nothing")
    args = parser.parse_args(argv)
    try:
        egress = parse_egress(os.environ.get("GORAE_EGRESS"))
    except ValueError as e:
        print(f"firewall: {e}", file=sys.stderr)
        return 2
    if args.show:
        for line in host_rules(egress)[0]:
            print("iptables", *line)
        return 0
    for host in apply(egress):
        print(f"firewall: warning: GORAE_EGRESS host {host!r} does not resolve; not allowed",
              file=sys.stderr)
    mode = "open" if egress.open else (f"{len(egress.allow)} allowed" if egress.allow else "closed")
    print(f"firewall: sandbox egress {mode}; containers cannot connect to the host")
    return 0


if __name__ == "__main__":
    sys.exit(main())

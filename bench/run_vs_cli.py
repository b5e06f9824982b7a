"""Benchmark: `docker run --rm busybox true` through Gorae's API vs the raw docker CLI.

Starts gunicorn (the Procfile's worker model) on a loopback port with a temporary database,
then alternates API and CLI runs on the same engine and reports medians and their ratio; then
N concurrent users (own cookie each) run containers through the API: errors, p50, p95.

    python3 bench/run_vs_cli.py [--rounds 15] [--users 20] [--per-user 3]

Results also go to bench/results/run_vs_cli.json.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
COMMAND = "docker run --rm busybox true"
SAME_NETWORK = "bench-user-network"


def start_server(port: int, db: str) -> subprocess.Popen:
    env = dict(os.environ, GORAE_SECRET_KEY=secrets.token_hex(16), GORAE_DATABASE=db,
               GORAE_USER_PREFIX="bench-")
    gunicorn = [sys.executable, "-m", "gunicorn", "webapp:create_app()", "--bind",
                f"127.0.0.1:{port}", "--worker-class", "gthread", "--workers", "2",
                "--threads", "8", "--timeout", "120"]
    server = subprocess.Popen(gunicorn, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).ok:
                return server
        except requests.RequestException:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("gunicorn did not start")


def api_run(session: requests.Session, base: str) -> float:
    started = time.perf_counter()
    body = session.post(f"{base}/api/v1/run", json={"command": COMMAND}, timeout=120).json()
    elapsed = time.perf_counter() - started
    if body["status"] != "ok":
        raise RuntimeError(body)
    return elapsed


def cli_run(network: str | None = None) -> float:
    words = COMMAND.split()
    if network:
        words[2:2] = ["--network", network]
    started = time.perf_counter()
    subprocess.run(words, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def alternate(base: str, rounds: int) -> dict:
    """API, CLI on the default bridge, and CLI on an internal user-defined network like each
    sandbox user's (the engine takes ~0.1 s longer to start a container on one: that part of
    the ratio is the isolation, not the app)."""
    session = requests.Session()
    subprocess.run(["docker", "network", "create", "--internal", SAME_NETWORK], check=True,
                   stdout=subprocess.DEVNULL)
    try:
        api_run(session, base), cli_run(), cli_run(SAME_NETWORK)       # warm every path
        api, cli, same = [], [], []
        for _ in range(rounds):
            api.append(api_run(session, base))
            cli.append(cli_run())
            same.append(cli_run(SAME_NETWORK))
    finally:
        subprocess.run(["docker", "network", "rm", SAME_NETWORK], stdout=subprocess.DEVNULL)
    api, cli, same = (statistics.median(x) for x in (api, cli, same))
    return {"rounds": rounds, "api_median_s": api, "cli_median_s": cli, "ratio": api / cli,
            "cli_user_network_median_s": same, "ratio_same_network": api / same}


def concurrent(base: str, users: int, per_user: int) -> dict:
    samples = []

    def user(_):
        session, times, errors = requests.Session(), [], 0
        for _ in range(per_user):
            try:
                times.append(api_run(session, base))
            except Exception as e:   # noqa: BLE001 — every failure counts as an error
                errors += 1
                samples.append(str(e)[:300])
        return times, errors
    started = time.perf_counter()
    with ThreadPoolExecutor(users) as pool:
        results = list(pool.map(user, range(users)))
    wall = time.perf_counter() - started
    times = sorted(t for ts, _ in results for t in ts)
    return {"users": users, "runs": len(times), "errors": sum(e for _, e in results),
            "p50_s": statistics.median(times), "p95_s": times[int(len(times) * 0.95) - 1],
            "wall_s": wall, "error_samples": samples[:3]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--per-user", type=int, default=3)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(args.port, os.path.join(tmp, "bench.db"))
        base = f"http://127.0.0.1:{args.port}"
        try:
            result = {"alternating": alternate(base, args.rounds),
                      "concurrent": concurrent(base, args.users, args.per_user)}
        finally:
            server.terminate()
            server.wait(10)
            subprocess.run([sys.executable, "-c", "import docker; from runtime.executor import "
                            "Executor; print(len(Executor(docker.from_env()).reap(now=4e9, owner_prefix='bench-')), "
                            "'sandbox objects reaped')"], cwd=ROOT, check=False)
    print(json.dumps(result, indent=2))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "run_vs_cli.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

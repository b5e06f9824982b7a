"""Benchmark: how long Gorae takes to read a command, against ``shlex.split`` alone.

For ~30 everyday commands, times ``parse()`` (split, flags, arguments, value validation,
suggestions) plus the sandbox policy check of the resulting spec, round-robin over the
commands for 20,000 iterations in all, and reports p50/p95/p99 in microseconds. The same
commands through ``shlex.split`` (splitting only) are the baseline; the ratio says what the
rest of the reading costs. No engine is needed.

    python3 bench/parse.py [--iterations 20000]

Results also go to bench/results/parse.json.
"""
from __future__ import annotations

import argparse
import json
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from runtime import policy  # noqa: E402
from runtime.policy import Limits  # noqa: E402
from webapp.commands.parser import parse  # noqa: E402

COMMANDS = [
    "docker run hello-world",
    "docker run --rm busybox echo hello",
    "docker run -it --rm debian bash",
    "docker run -d --name web -p 8080:80 nginx",
    "docker run -d --name cache redis",
    "docker run --rm -e GREETING=hello -e NAME='Gorae user' busybox env",
    "docker run -d -m 128m --cpus 0.5 --pids-limit 64 --restart on-failure:3 nginx",
    "docker run --rm -v data:/data -w /data busybox sh -c 'ls -la && cat notes.txt'",
    "docker run -d --name web1 --health-cmd 'wget -q -O- localhost' --health-interval 10s nginx",
    "docker create --name box -l app=demo busybox sleep 60",
    "docker ps",
    "docker ps -a",
    "docker ps -a --filter status=exited --format '{{.Names}}\\t{{.Status}}'",
    "docker images",
    "docker images -q",
    "docker logs web1",
    "docker logs -f --tail 20 web1",
    "docker logs --since 10m -t web1",
    "docker exec -it web1 sh",
    "docker exec -e DEBUG=1 -w /app web1 ls -la",
    "docker stop web1",
    "docker start -a web1",
    "docker restart -t 5 web1",
    "docker rm -f web1 web2",
    "docker rmi nginx:latest",
    "docker pull redis:7",
    "docker inspect -f '{{.State.Status}}' web1",
    "docker container ls -a",
    "docker network create mynet",
    "docker volume ls",
]


def gorae(text: str, limits: Limits) -> None:
    parsed = parse(text)
    if parsed.ok and not parsed.help:
        policy.check(parsed.spec(), limits)


def parse_only(text: str, limits: Limits) -> None:
    parse(text)


def split_only(text: str, limits: Limits) -> None:
    shlex.split(text)


def measure(func, iterations: int, limits: Limits) -> list[float]:
    """Microseconds per call, round-robin over the commands, after a warm-up."""
    for i in range(min(1000, iterations)):
        func(COMMANDS[i % len(COMMANDS)], limits)
    clock = time.perf_counter_ns
    timings = []
    for i in range(iterations):
        text = COMMANDS[i % len(COMMANDS)]
        started = clock()
        func(text, limits)
        timings.append((clock() - started) / 1000)
    return timings


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


def summary(timings: list[float]) -> dict:
    return {"p50": percentile(timings, 50), "p95": percentile(timings, 95),
            "p99": percentile(timings, 99), "mean": statistics.fmean(timings),
            "max": max(timings), "n": len(timings)}


def main() -> dict:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--iterations", type=int, default=20_000)
    options = args.parse_args()
    limits = Limits()
    broken = [c for c in COMMANDS if not parse(c).ok]
    if broken:
        raise SystemExit(f"these benchmark commands do not parse: {broken}")

    rows = {
        "parse+validate+policy": summary(measure(gorae, options.iterations, limits)),
        "parse+validate": summary(measure(parse_only, options.iterations, limits)),
        "shlex.split": summary(measure(split_only, options.iterations, limits)),
    }
    base = rows["shlex.split"]
    for name, row in rows.items():
        row["ratio_vs_shlex"] = {p: row[p] / base[p] for p in ("p50", "p95", "p99")}

    print(f"{len(COMMANDS)} commands, {options.iterations} iterations each row "
          f"(Python {platform.python_version()}), microseconds per command:")
    print(f"{'':24}{'p50':>9}{'p95':>9}{'p99':>9}{'mean':>9}   x shlex (p50/p95/p99)")
    for name, row in rows.items():
        r = row["ratio_vs_shlex"]
        print(f"{name:24}{row['p50']:9.1f}{row['p95']:9.1f}{row['p99']:9.1f}{row['mean']:9.1f}"
              f"   {r['p50']:.1f} / {r['p95']:.1f} / {r['p99']:.1f}")

    result = {"benchmark": "parse", "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
              "python": platform.python_version(), "machine": platform.machine(),
              "iterations": options.iterations, "commands": COMMANDS, "unit": "microseconds",
              "rows": rows}
    out = ROOT / "bench" / "results" / "parse.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")
    return result


if __name__ == "__main__":
    main()

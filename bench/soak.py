"""Soak and quotas: users create containers continuously under a short TTL while a reaper runs
like cron; the engine's count per user stays within the quota, nothing is orphaned, disk stays
bounded and the gunicorn workers do not grow.

    python3 bench/soak.py                     # 8 users, 3 minutes, TTL 45 s, reap every 10 s
    python3 bench/soak.py --duration 60 --users 4 --ttl 20 --warmup 10        # a quick run

The TTL has no environment variable (``config.load`` builds ``Limits(run_timeout=…)`` only), so
gunicorn serves the real app through ``soak_app()`` below, a one-line factory that passes
``LIMITS=Limits(ttl=…)`` to ``create_app``: same workers, same config otherwise (gthread,
2 x 8, temporary database, ``GORAE_USER_PREFIX=soak-<hex>:``, rate limits raised).

Each user (a thread with its own session, so its own sandbox) loops: ``run -d … sleep 600``
(more than the quota allows, so some are refused with 422), ``run --rm busybox echo``,
``ps -a``, ``logs`` and ``rm -f`` of one of its containers. A reaper thread calls
``Executor(client).reap(owner_prefix=…)`` every ``--reap-interval`` seconds. A sampler records
every ``--sample`` seconds: containers per user on the engine, the workers' RSS
(/proc/<pid>/status), and the anonymous volumes our containers mount.

Checks: containers per user <= the quota (5) at every sample; after the final reap no container
of the soak is left; the soak's own disk (its containers' writable layers, its anonymous
volumes, the registry directory) is bounded; each worker's RSS grows < 10 % from the end of the
warm-up to the end. ``docker system df`` before and after is reported (the engine is shared, so
its totals move with other people's work too). ``--anon-volumes`` adds ``-v /data`` to the
detached runs, which shows that anonymous volumes outlive ``docker rm -f`` (see
tests/test_attacks.py::test_anonymous_volumes_do_not_outlive_their_container).
Results: bench/results/soak.json; exit status 1 if a check fails.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import (RESULTS, ROOT, Server, engine_client, gorae_env,  # noqa: E402
                  prepare_database, reap_prefix, remove_prefix, rss_kib, summarise)


def soak_app():
    """gunicorn entry point: the real app with a short TTL (there is no env for the TTL)."""
    from runtime.policy import Limits
    from webapp import create_app
    return create_app({"LIMITS": Limits(ttl=int(os.environ["GORAE_SOAK_TTL"]),
                                        run_timeout=float(os.environ.get("GORAE_RUN_TIMEOUT", 30)))})


class SoakUser:
    def __init__(self, base, ident, deadline, out, anon_volumes, think, seen_volumes):
        self.base, self.ident, self.deadline, self.out = base, ident, deadline, out
        self.session, self.rng = requests.Session(), random.Random(ident)
        self.names, self.n, self.anon, self.think = [], 0, anon_volumes, think
        self.seen_volumes = seen_volumes

    def run(self, label, command):
        started = time.perf_counter()
        outcome, self.last = None, {}
        try:
            response = self.session.post(self.base + "/api/v1/run", json={"command": command},
                                         timeout=120)
            code = response.status_code
            self.last = response.json()
            outcome = self.last.get("status")
        except (requests.RequestException, ValueError) as e:
            code = type(e).__name__
        self.out.append((label, code, time.perf_counter() - started, outcome))
        return outcome

    def note_volumes(self, name):
        """The anonymous volumes of our own container, as its owner sees them (docker inspect)."""
        if self.run("inspect", f"docker inspect {name}") == "ok":
            try:
                for mount in json.loads(self.last["output"])[0].get("Mounts") or []:
                    if mount.get("Type") == "volume" and mount.get("Name"):
                        self.seen_volumes.add(mount["Name"])
            except (ValueError, KeyError, IndexError, TypeError):
                pass

    def loop(self):
        while time.monotonic() < self.deadline and self.n < 100_000:
            self.n += 1
            roll = self.rng.random()
            if roll < 0.40:
                name = f"s{self.ident}n{self.n}"
                volume = "-v /data " if self.anon else ""
                if self.run("run -d", f"docker run -d --name {name} {volume}busybox sleep 600") == "ok":
                    self.names.append(name)
                    if self.anon:
                        self.note_volumes(name)
            elif roll < 0.60:
                self.run("run --rm", f"docker run --rm busybox echo soak-{self.n}")
            elif roll < 0.75:
                self.run("ps -a", "docker ps -a")
            elif roll < 0.85 and self.names:
                self.run("logs", f"docker logs {self.rng.choice(self.names)}")
            elif self.names:
                name = self.names.pop(self.rng.randrange(len(self.names)))
                self.run("rm -f", f"docker rm -f {name}")
            time.sleep(self.rng.uniform(0, 2 * self.think))


def dir_bytes(path: str) -> int | None:
    if not os.path.isdir(path):
        return None
    out = subprocess.run(["du", "-sb", path], capture_output=True, text=True, timeout=120)
    return int(out.stdout.split()[0]) if out.returncode == 0 else None


def system_df(client) -> dict:
    df = client.df()
    return {"images": len(df.get("Images") or []),
            "images_bytes": df.get("LayersSize"),
            "containers": len(df.get("Containers") or []),
            "containers_rw_bytes": sum(c.get("SizeRw") or 0 for c in df.get("Containers") or []),
            "volumes": len(df.get("Volumes") or []),
            "volumes_bytes": sum(max(0, (v.get("UsageData") or {}).get("Size") or 0)
                                 for v in df.get("Volumes") or [])}


class Sampler:
    def __init__(self, client, prefix, server, every):
        self.client, self.prefix, self.server, self.every = client, prefix, server, every
        self.samples, self.anon_volumes = [], set()
        self.stop = threading.Event()

    def sample(self):
        from runtime.policy import OWNER_LABEL
        listed = self.client.api.containers(all=True, size=True, filters={"label": OWNER_LABEL})
        ours = [c for c in listed if c["Labels"].get(OWNER_LABEL, "").startswith(self.prefix)]
        per_user = Counter(c["Labels"][OWNER_LABEL] for c in ours)
        for c in ours:
            for mount in c.get("Mounts") or []:
                if mount.get("Type") == "volume" and mount.get("Name"):
                    self.anon_volumes.add(mount["Name"])
        self.samples.append({
            "t": round(time.monotonic(), 1), "containers": len(ours),
            "max_per_user": max(per_user.values(), default=0),
            "rw_bytes": sum(c.get("SizeRw") or 0 for c in ours),
            "rss_kib": {pid: rss_kib(pid) for pid in self.server.workers()}})

    def loop(self):
        while not self.stop.wait(self.every):
            try:
                self.sample()
            except Exception as e:   # noqa: BLE001 — a sample lost is reported, not fatal
                self.samples.append({"t": round(time.monotonic(), 1), "error": repr(e)[:200]})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=180)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--ttl", type=int, default=45)
    parser.add_argument("--reap-interval", type=float, default=10)
    parser.add_argument("--sample", type=float, default=5)
    parser.add_argument("--warmup", type=float, default=20,
                        help="seconds of load before the RSS baseline is read")
    parser.add_argument("--think", type=float, default=0.3)
    parser.add_argument("--anon-volumes", action="store_true")
    parser.add_argument("--registry-dir", default=os.environ.get(
        "GORAE_REGISTRY_DIR", os.path.join(os.environ.get("GORAE_STATE_DIR", "/var/lib/gorae"),
                                           "registry")))
    args = parser.parse_args()

    from runtime.executor import Executor
    from runtime.policy import Limits
    quota = Limits().quotas["containers"]
    prefix = f"soak-{secrets.token_hex(4)}:"
    client = engine_client()
    result = {"config": {**vars(args), "prefix": prefix, "quota": quota,
                         "ttl_note": "no env for the TTL: gunicorn serves bench/soak.py:soak_app(), "
                                     "which passes LIMITS=Limits(ttl=...) to create_app"}}
    result["df_before"] = system_df(client)
    result["registry_bytes_before"] = dir_bytes(args.registry_dir)
    reaped, reap_errors = [], []
    with tempfile.TemporaryDirectory(prefix="gorae-soak-") as tmp:
        db = os.path.join(tmp, "soak.db")
        prepare_database(db)
        env = gorae_env(db, prefix, GORAE_SOAK_TTL=str(args.ttl), PYTHONPATH=str(ROOT))
        server = Server("soak:soak_app()", env=env, workdir=tmp,
                        extra=["--pythonpath", str(ROOT / "bench")])
        sampler = Sampler(client, prefix, server, args.sample)
        stop_reaper = threading.Event()

        def reaper():
            executor = Executor(engine_client())
            while not stop_reaper.wait(args.reap_interval):
                try:
                    reaped.append((round(time.monotonic(), 1),
                                   len(executor.reap(owner_prefix=prefix))))
                except Exception as e:   # noqa: BLE001
                    reap_errors.append(repr(e)[:200])
        out: list = []
        workers_start, workers_end, anon_left = {}, {}, []
        started = time.monotonic()
        deadline = started + args.duration
        users = [SoakUser(server.base, i, deadline, out, args.anon_volumes, args.think,
                          sampler.anon_volumes) for i in range(args.users)]
        threads = [threading.Thread(target=u.loop, daemon=True) for u in users]
        threads += [threading.Thread(target=reaper, daemon=True),
                    threading.Thread(target=sampler.loop, daemon=True)]
        try:
            print(f"soak: {args.users} users, {args.duration:g} s, TTL {args.ttl} s, reap every "
                  f"{args.reap_interval:g} s, on {server.base} ...", flush=True)
            for t in threads:
                t.start()
            time.sleep(min(args.warmup, args.duration / 3))
            workers_start = {pid: rss_kib(pid) for pid in server.workers()}
            for t in threads[:len(users)]:
                t.join(args.duration + 180)
            workers_end = {pid: rss_kib(pid) for pid in server.workers()}
            sampler.stop.set()
            stop_reaper.set()
            sampler.sample()
        finally:
            sampler.stop.set()
            stop_reaper.set()
            server.stop()
            after = reap_prefix(prefix)
            for name in sorted(sampler.anon_volumes):
                try:
                    client.volumes.get(name)
                    anon_left.append(name)
                except Exception:   # noqa: BLE001 — gone, as it should be
                    pass
            remove_prefix(prefix)
            for name in anon_left:
                try:
                    client.volumes.get(name).remove(force=True)
                except Exception:   # noqa: BLE001
                    pass
    result["requests"] = summarise(out, args.duration)
    result["reaper"] = {"sweeps": len(reaped), "removed": sum(n for _, n in reaped),
                        "errors": reap_errors}
    samples = [s for s in sampler.samples if "error" not in s]
    result["samples"] = {"count": len(samples),
                         "errors": [s["error"] for s in sampler.samples if "error" in s],
                         "max_containers_per_user": max((s["max_per_user"] for s in samples), default=0),
                         "max_containers": max((s["containers"] for s in samples), default=0),
                         "max_rw_bytes": max((s["rw_bytes"] for s in samples), default=0),
                         "series": [{k: s[k] for k in ("t", "containers", "max_per_user")}
                                    for s in samples]}
    growth = {}
    for pid, start in workers_start.items():
        end = workers_end.get(pid)
        growth[pid] = {"start_kib": start, "end_kib": end,
                       "growth_pct": round(100 * (end - start) / start, 1) if start and end else None}
    result["rss"] = {"workers": growth, "respawned": sorted(set(workers_end) - set(workers_start))}
    result["after_final_reap"] = after
    result["anonymous_volumes"] = {"mounted": len(sampler.anon_volumes), "left_after_rm": len(anon_left)}
    result["df_after"] = system_df(client)
    result["registry_bytes_after"] = dir_bytes(args.registry_dir)

    failures = []
    if result["samples"]["max_containers_per_user"] > quota:
        failures.append(f"a user had {result['samples']['max_containers_per_user']} containers "
                        f"(quota {quota})")
    if after["left_containers"]:
        failures.append(f"containers left after the final reap: {after['left_containers']}")
    outage = sum(1 for s in out if s[1] == 503 and s[3] == "unavailable")
    result["engine_outage"] = {"503_unavailable": outage,
                               "reaper_sweeps_unavailable": sum("EngineUnavailable" in e
                                                                for e in reap_errors)}
    if result["requests"]["http_5xx"] - outage or result["requests"]["transport_errors"]:
        failures.append(f"{result['requests']['http_5xx'] - outage} 5xx other than 503 "
                        f"unavailable, {result['requests']['transport_errors']} transport errors")
    other_reap_errors = [e for e in reap_errors if "EngineUnavailable" not in e]
    if other_reap_errors:
        failures.append(f"reaper errors: {other_reap_errors[:3]}")
    if anon_left:
        failures.append(f"{len(anon_left)} anonymous volumes outlived their containers")
    if result["samples"]["max_rw_bytes"] > 64 * 1024 * 1024:
        failures.append(f"the soak's containers wrote {result['samples']['max_rw_bytes']} bytes")
    before, after_reg = result["registry_bytes_before"], result["registry_bytes_after"]
    # the soak pushes nothing; the registry is shared, so only a large growth is a finding
    if before is not None and after_reg is not None and after_reg - before > 64 * 1024 * 1024:
        failures.append(f"the registry grew by {after_reg - before} bytes")
    if result["rss"]["respawned"] or set(workers_start) - set(workers_end):
        failures.append(f"workers changed during the soak: {workers_start} -> {workers_end}")
    for pid, g in growth.items():
        if g["growth_pct"] is None or g["growth_pct"] >= 10:
            failures.append(f"worker {pid} RSS {g['start_kib']} -> {g['end_kib']} KiB "
                            f"({g['growth_pct']} %)")
    outcomes = Counter()
    for e in result["requests"]["endpoints"].values():
        outcomes.update(e.get("outcomes", {}))
    result["outcomes"] = dict(outcomes)
    result["failures"] = failures
    result["verdict"] = "fail" if failures else ("inconclusive" if outage else "pass")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(result, indent=2, default=str))
    _print(result)
    sys.exit({"pass": 0, "fail": 1, "inconclusive": 2}[result["verdict"]])


def _print(result):
    r = result["requests"]
    print(f"\n{r['requests']} requests, 5xx {r['http_5xx']}, transport errors "
          f"{r['transport_errors']}; outcomes {result['outcomes']}")
    for name, e in r["endpoints"].items():
        print(f"  {name:10} n={e['requests']:<5} p50 {e['p50_ms']} ms  p95 {e['p95_ms']} ms  "
              f"{e.get('outcomes', {})}")
    s = result["samples"]
    print(f"reaper: {result['reaper']['sweeps']} sweeps removed {result['reaper']['removed']} "
          f"containers; samples {s['count']}: max containers per user {s['max_containers_per_user']} "
          f"(quota {result['config']['quota']}), max in all {s['max_containers']}, "
          f"max writable-layer bytes {s['max_rw_bytes']}")
    after = result["after_final_reap"]
    print(f"after the final reap: {after['reaped']} reaped; left: {len(after['left_containers'])} "
          f"containers, {len(after['left_volumes'])} volumes, {len(after['left_networks'])} idle "
          f"default networks (kept 10 min by the reaper; removed by the bench)")
    print(f"anonymous volumes: {result['anonymous_volumes']}")
    print(f"docker system df before {result['df_before']}\n                 after  {result['df_after']}")
    print(f"registry bytes {result['registry_bytes_before']} -> {result['registry_bytes_after']}")
    for pid, g in result["rss"]["workers"].items():
        print(f"worker {pid}: RSS {g['start_kib']} -> {g['end_kib']} KiB ({g['growth_pct']} %)")
    if result["engine_outage"]["503_unavailable"]:
        print(f"engine outage during the soak (not caused by it: someone restarted the shared "
              f"engine?): {result['engine_outage']}; rerun for a clean figure")
    print({"pass": "PASS", "inconclusive": "INCONCLUSIVE (engine outage; other checks passed)",
           "fail": "FAIL: " + "; ".join(result["failures"])}[result["verdict"]])


if __name__ == "__main__":
    main()

"""Chaos: the engine dies under load, a worker dies mid-request, many writers share SQLite.

    python3 bench/chaos.py                          # all three (about 1.5 minutes)
    python3 bench/chaos.py --only worker,sqlite     # without stopping the engine

(a) ``engine``: clients run containers, list them and validate commands through gunicorn; the
    engine is stopped (``scripts/engine down``) for ``--down-for`` seconds and started again
    (``scripts/engine up``). Expected: while it is down, runs and ``ps`` answer 503 with
    ``status: unavailable`` (never another 5xx, never a hang), validate keeps answering 200,
    /healthz says ``reachable: false``; once it is back, runs succeed again. Measured: how long
    ``up`` takes, and the time from ``up`` (started / returned) to the first successful run and to
    full recovery (the last failed run). Only an engine that ``scripts/engine`` started is
    stopped (``status`` says "ours"); the engine is started again in a ``finally`` (also on
    Ctrl-C or SIGTERM), whatever happens. The engine is shared: other people's tests see the
    outage too, so keep ``--down-for`` short.
(b) ``worker``: a ``docker run --rm busybox sleep 5`` is in flight; the gunicorn worker holding
    that connection (found through /proc/net/tcp) gets SIGKILL. Expected: the client gets an
    error, the master starts a new worker, the next requests succeed, and no container is left
    running; the orphaned (exited) container is removed by the reaper once its TTL passes.
(c) ``sqlite``: ``--writers`` threads x ``--writes`` history writes through
    ``webapp.history.store.record`` (one app context per write, as a request has), in each of
    ``--procs`` processes, with two readers searching meanwhile. Expected: no "database is
    locked", and every row is there.

Results: bench/results/chaos.json; exit status 1 if a check fails.
"""
from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import (RESULTS, ROOT, Server, engine_client, gorae_env, owned_by_prefix,  # noqa: E402
                  prepare_database, reap_prefix, remove_prefix)

ENGINE = ROOT / "scripts" / "engine"


def engine(action: str, timeout: float = 240) -> tuple[int, float, str]:
    started = time.monotonic()
    done = subprocess.run([str(ENGINE), action], capture_output=True, text=True, timeout=timeout)
    return done.returncode, round(time.monotonic() - started, 2), (done.stdout + done.stderr)[-600:]


# ------------------------------------------------------------------------------------------
# (a) the engine dies under load
# ------------------------------------------------------------------------------------------

class Client:
    """One user cycling through run / ps / validate / healthz, recording (t, what, code, status)."""

    COMMANDS = [("run", "/api/v1/run", {"command": "docker run --rm busybox echo chaos"}),
                ("ps", "/api/v1/run", {"command": "docker ps -a"}),
                ("validate", "/api/v1/validate", {"command": "docker run -d -p 8080:80 nginx"}),
                ("healthz", "/healthz", None)]

    def __init__(self, base, ident, stop, out, t0):
        self.base, self.ident, self.stop, self.out, self.t0 = base, ident, stop, out, t0
        self.session = requests.Session()

    def loop(self):
        n = 0
        while not self.stop.is_set() and n < 100_000:
            what, path, body = self.COMMANDS[(n + self.ident) % len(self.COMMANDS)]
            n += 1
            started = time.monotonic()
            status = None
            try:
                if body is None:
                    response = self.session.get(self.base + path, timeout=90)
                    status = "reachable" if response.json()["engine"]["reachable"] else "unreachable"
                else:
                    response = self.session.post(self.base + path, json=body, timeout=90)
                    data = response.json()
                    status = data.get("status") if what != "validate" else ("ok" if "ok" in data else "?")
                code = response.status_code
            except (requests.RequestException, ValueError) as e:
                code = type(e).__name__
            self.out.append((round(started - self.t0, 2), round(time.monotonic() - started, 2),
                             what, code, status))
            time.sleep(0.1)


def chaos_engine(args, prefix: str) -> dict:
    status = subprocess.run([str(ENGINE), "status"], capture_output=True, text=True, timeout=60)
    if "(ours" not in status.stdout:
        return {"skipped": "the running engine was not started by scripts/engine; not stopping it",
                "status": status.stdout}
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="gorae-chaos-") as tmp:
        db = os.path.join(tmp, "chaos.db")
        prepare_database(db)
        # engine calls fail fast while it is down; foreground runs keep their 30 s limit
        server = Server(env=gorae_env(db, prefix, GORAE_ENGINE_TIMEOUT="20"), workdir=tmp)
        stop, out, t0 = threading.Event(), [], time.monotonic()
        clients = [Client(server.base, i, stop, out, t0) for i in range(args.clients)]
        threads = [threading.Thread(target=c.loop, daemon=True) for c in clients]
        in_flight = {}

        def long_run():
            started = time.monotonic()
            try:
                r = requests.post(server.base + "/api/v1/run", timeout=90,
                                  json={"command": "docker run --rm busybox sleep 20"})
                in_flight.update(code=r.status_code, status=r.json().get("status"))
            except (requests.RequestException, ValueError) as e:
                in_flight.update(code=type(e).__name__)
            in_flight["seconds"] = round(time.monotonic() - started, 1)
        marks, long = {}, None
        try:
            for t in threads:
                t.start()
            time.sleep(args.warm)
            long = threading.Thread(target=long_run, daemon=True)
            long.start()
            time.sleep(2)
            marks["down_started"] = time.monotonic() - t0
            rc, secs, text = engine("down")
            result["down"] = {"rc": rc, "seconds": secs}
            marks["down_returned"] = time.monotonic() - t0
            time.sleep(args.down_for)
        finally:
            marks["up_started"] = time.monotonic() - t0
            rc, secs, text = engine("up")
            marks["up_returned"] = time.monotonic() - t0
            result["up"] = {"rc": rc, "seconds": secs, **({"output": text} if rc else {})}
            if rc != 0:      # try once more: never leave the shared engine down
                rc, secs, text = engine("up")
                result["up_retry"] = {"rc": rc, "seconds": secs, "output": text}
        try:
            time.sleep(args.after)
            stop.set()
            for t in threads:
                t.join(100)
            if long is not None:
                long.join(100)
        finally:
            server.stop()
            result["after"] = reap_prefix(prefix)
            remove_prefix(prefix)
    result["in_flight_long_run"] = in_flight
    down_from, up_at, up_done = marks["down_started"], marks["up_started"], marks["up_returned"]
    engine_calls = [r for r in out if r[2] in ("run", "ps")]

    def phase(row):
        start = row[0]
        if start + row[1] < down_from:
            return "before"
        if start >= marks["down_returned"] and start + row[1] <= up_at:
            return "down"
        if start >= up_done:
            return "after"
        return "transition"
    by_phase = {}
    for row in out:
        key = f"{phase(row)} {row[2]}"
        by_phase.setdefault(key, Counter())[f"{row[3]} {row[4]}"] += 1
    result["responses"] = {k: dict(v) for k, v in sorted(by_phase.items())}
    result["timeline_s"] = {k: round(v, 2) for k, v in marks.items()}
    ok_after_up = [r for r in engine_calls if r[0] >= up_at and r[3] == 200 and r[4] in ("ok",)]
    bad_after_up = [r for r in engine_calls if r[0] >= up_at and not (r[3] == 200 and r[4] == "ok")]
    first_ok = min((r[0] + r[1] for r in ok_after_up if r[2] == "run"), default=None)
    last_bad = max((r[0] + r[1] for r in bad_after_up), default=None)
    result["recovery"] = {
        "up_script_s": result["up"]["seconds"],
        "first_ok_run_after_up_started_s": round(first_ok - up_at, 2) if first_ok else None,
        "first_ok_run_after_up_returned_s": round(first_ok - up_done, 2) if first_ok else None,
        "last_failure_after_up_started_s": round(last_bad - up_at, 2) if last_bad else 0.0,
        "full_recovery_after_up_started_s": round(max(last_bad or up_at, first_ok or up_at) - up_at, 2)}
    other_5xx = [r for r in out if isinstance(r[3], int) and r[3] >= 500 and r[3] != 503]
    transport = [r for r in out if not isinstance(r[3], int)]
    down_engine = [r for r in engine_calls if phase(r) == "down"]
    failures = []
    if result["up"]["rc"] != 0 and result.get("up_retry", {}).get("rc", 1) != 0:
        failures.append("the engine did not come back up")
    if other_5xx:
        failures.append(f"5xx other than 503: {other_5xx[:5]}")
    if transport:
        failures.append(f"transport errors: {transport[:5]}")
    if not down_engine:
        failures.append("no engine call was made while the engine was down")
    if any(r[3] != 503 or r[4] != "unavailable" for r in down_engine):
        failures.append(f"while down, engine calls answered {Counter((r[3], r[4]) for r in down_engine)}")
    slow = [r for r in down_engine if r[1] > 25]
    if slow:
        failures.append(f"{len(slow)} calls took more than 25 s while the engine was down")
    if any(r[3] != 200 for r in out if r[2] == "validate"):
        failures.append("validate failed at some point")
    if not any(r[2] == "healthz" and r[4] == "unreachable" for r in out if phase(r) == "down"):
        failures.append("/healthz never said the engine was unreachable")
    if first_ok is None or first_ok - up_done > 60:
        failures.append("no successful run within 60 s of the engine coming back")
    if result["after"]["left_containers"]:
        failures.append(f"containers left: {result['after']['left_containers']}")
    result["failures"] = failures
    return result


# ------------------------------------------------------------------------------------------
# (b) a worker dies mid-request
# ------------------------------------------------------------------------------------------

def _socket_inode(server_port: int, client_port: int) -> str | None:
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], fields[9]
            if int(local.rsplit(":", 1)[1], 16) == server_port and \
                    int(remote.rsplit(":", 1)[1], 16) == client_port:
                return inode
    return None


def _holder(pids: list[int], inode: str) -> int | None:
    wanted = f"socket:[{inode}]"
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == wanted:
                        return pid
                except OSError:
                    continue
        except OSError:
            continue
    return None


def chaos_worker(args, prefix: str) -> dict:
    result: dict = {}
    client = engine_client()
    with tempfile.TemporaryDirectory(prefix="gorae-chaos-") as tmp:
        db = os.path.join(tmp, "chaos.db")
        prepare_database(db)
        server = Server(env=gorae_env(db, prefix), workdir=tmp)
        session = requests.Session()
        try:
            warm = session.post(server.base + "/api/v1/run", timeout=60,
                                json={"command": "docker run --rm busybox echo warm"}).json()
            result["warm_up"] = warm.get("status")
            cookie = "; ".join(f"{k}={v}" for k, v in session.cookies.items())
            before = server.workers()
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            conn.connect()
            client_port = conn.sock.getsockname()[1]
            body = json.dumps({"command": "docker run --rm busybox sleep 5"})
            conn.request("POST", "/api/v1/run", body=body,
                         headers={"Content-Type": "application/json", "Cookie": cookie})
            answer = {}

            def read():
                try:
                    response = conn.getresponse()
                    answer.update(code=response.status, body=response.read()[:300].decode())
                except Exception as e:   # noqa: BLE001 — the error is the expected outcome
                    answer.update(error=type(e).__name__, message=str(e)[:200])
            reader = threading.Thread(target=read, daemon=True)
            reader.start()
            victim, running = None, []
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not (victim and running):
                inode = _socket_inode(server.port, client_port)
                victim = _holder(before, inode) if inode else None
                running = [c for c in owned_by_prefix(client, prefix)["containers"]
                           if c.status == "running"]
                time.sleep(0.1)
            result["victim_worker"], result["container_running_at_kill"] = victim, len(running)
            if victim is None:
                result["failures"] = ["could not find the worker holding the request"]
                return result
            killed_at = time.monotonic()
            os.kill(victim, signal.SIGKILL)       # a worker of the gunicorn we started
            reader.join(30)
            result["client_saw"] = answer
            replacement = []
            while not replacement and time.monotonic() - killed_at < 30:
                replacement = sorted(set(server.workers()) - set(before))
                time.sleep(0.02)
            result["respawn"] = {"new_workers": replacement,
                                 "seconds": round(time.monotonic() - killed_at, 2),
                                 "workers_now": len(server.workers())}
            nexts = []
            for i in range(args.next_requests):
                r = session.post(server.base + "/api/v1/run", timeout=60,
                                 json={"command": f"docker run --rm busybox echo next-{i}"})
                nexts.append((r.status_code, r.json().get("status")))
            result["next_requests"] = dict(Counter(f"{c} {s}" for c, s in nexts))
            time.sleep(7)       # the orphaned `sleep 5` ends by itself
            left = owned_by_prefix(client, prefix)["containers"]
            result["after_sleep"] = {"running": [c.name for c in left if c.status == "running"],
                                     "exited_orphans": [c.name for c in left if c.status != "running"]}
            history = session.get(server.base + "/api/v1/history", timeout=30).json()["items"]
            result["history_rows"] = {"count": len(history),
                                      "has_killed_request": any("sleep 5" in (h["input"] or "")
                                                                for h in history)}
            from runtime.executor import Executor
            reaped = Executor(client).reap(owner_prefix=prefix)
            result["reaper_now_removed_orphan"] = any(n in reaped for n in result["after_sleep"]["exited_orphans"])
            reaped = Executor(client).reap(now=time.time() + 31 * 60, owner_prefix=prefix)
            result["reaper_after_ttl_removed_orphan"] = all(n in reaped for n in result["after_sleep"]["exited_orphans"])
        finally:
            server.stop()
            result["after"] = reap_prefix(prefix)
            remove_prefix(prefix)
    failures = []
    if "error" not in result["client_saw"] and result["client_saw"].get("code", 200) < 500:
        failures.append(f"the client got a normal answer: {result['client_saw']}")
    if not result["respawn"]["new_workers"]:
        failures.append("the master did not start a new worker")
    if result["next_requests"] != {"200 ok": args.next_requests}:
        failures.append(f"next requests: {result['next_requests']}")
    if result["after_sleep"]["running"]:
        failures.append(f"containers still running: {result['after_sleep']['running']}")
    if result["after"]["left_containers"]:
        failures.append(f"containers left after the reaper: {result['after']['left_containers']}")
    result["failures"] = failures
    return result


# ------------------------------------------------------------------------------------------
# (c) many writers on SQLite
# ------------------------------------------------------------------------------------------

def _writer_process(db: str, proc: int, writers: int, writes: int, start: float, queue):
    from webapp import create_app
    from webapp.history import store
    app = create_app({"TESTING": True, "DATABASE": db, "SECRET_KEY": "chaos"})
    errors, stop = [], threading.Event()
    outcome = {"status": "ok", "command": "docker ps", "verb": "ps", "exit_code": 0,
               "output": "CONTAINER ID   IMAGE\n" * 20}

    def write(t):
        for i in range(writes):
            try:
                with app.app_context():
                    store.record(f"sqlite-p{proc}-t{t}", "chaos", f"docker ps #{i} 고래",
                                 outcome, 1.0)
            except Exception as e:   # noqa: BLE001 — every failure is counted
                errors.append(f"{type(e).__name__}: {e}")

    def read():
        n = 0
        while not stop.is_set() and n < 100_000:
            n += 1
            try:
                with app.app_context():
                    store.items(f"sqlite-p{proc}-t0", query="고래", limit=20)
                    store.search(f"sqlite-p{proc}-t1", query="ps", limit=20)
            except Exception as e:   # noqa: BLE001
                errors.append(f"reader {type(e).__name__}: {e}")
            time.sleep(0.01)
    threads = [threading.Thread(target=write, args=(t,)) for t in range(writers)]
    readers = [threading.Thread(target=read) for _ in range(2)]
    while time.time() < start:
        time.sleep(0.005)
    began = time.monotonic()
    for t in threads + readers:
        t.start()
    for t in threads:
        t.join(600)
    stop.set()
    for t in readers:
        t.join(30)
    queue.put({"proc": proc, "seconds": round(time.monotonic() - began, 2), "errors": errors})


def chaos_sqlite(args) -> dict:
    with tempfile.TemporaryDirectory(prefix="gorae-sqlite-") as tmp:
        db = os.path.join(tmp, "history.db")
        prepare_database(db)
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        start = time.time() + 3
        procs = [ctx.Process(target=_writer_process,
                             args=(db, p, args.writers, args.writes, start, queue))
                 for p in range(args.procs)]
        for p in procs:
            p.start()
        reports = [queue.get(timeout=900) for _ in procs]
        for p in procs:
            p.join(60)
        import sqlite3
        conn = sqlite3.connect(db)
        rows = conn.execute("select count(*) from runs where user_id like 'sqlite-%'").fetchone()[0]
        fts = conn.execute("select count(*) from runs_fts").fetchone()[0]
        conn.close()
    expected = args.procs * args.writers * args.writes
    errors = [e for r in reports for e in r["errors"]]
    seconds = max(r["seconds"] for r in reports)
    result = {"processes": args.procs, "threads_per_process": args.writers,
              "writes_per_thread": args.writes, "expected_rows": expected, "rows": rows,
              "fts_rows": fts, "seconds": seconds, "writes_per_s": round(expected / seconds, 1),
              "errors": len(errors), "locked_errors": sum("locked" in e for e in errors),
              "error_samples": errors[:5]}
    failures = []
    if errors:
        failures.append(f"{len(errors)} errors, e.g. {errors[:2]}")
    if rows != expected:
        failures.append(f"{expected - rows} rows lost")
    if fts != rows:
        failures.append(f"full-text index has {fts} rows for {rows}")
    result["failures"] = failures
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="engine,worker,sqlite")
    parser.add_argument("--clients", type=int, default=8, help="(a) concurrent users")
    parser.add_argument("--warm", type=float, default=5, help="(a) seconds before the kill")
    parser.add_argument("--down-for", type=float, default=5, help="(a) seconds the engine stays down")
    parser.add_argument("--after", type=float, default=20, help="(a) seconds of load after up")
    parser.add_argument("--next-requests", type=int, default=10, help="(b)")
    parser.add_argument("--writers", type=int, default=20, help="(c) threads per process")
    parser.add_argument("--writes", type=int, default=200, help="(c) writes per thread")
    parser.add_argument("--procs", type=int, default=2, help="(c) processes")
    args = parser.parse_args()
    wanted = set(args.only.split(","))

    def on_signal(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, on_signal)
    result = {}
    prefix = f"chaos-{secrets.token_hex(4)}:"
    try:
        if "sqlite" in wanted:
            print("(c) sqlite writers ...", flush=True)
            result["sqlite"] = chaos_sqlite(args)
        if "worker" in wanted:
            print("(b) SIGKILL a worker mid-request ...", flush=True)
            result["worker"] = chaos_worker(args, prefix + "w")
        if "engine" in wanted:
            print("(a) stop the engine under load ...", flush=True)
            result["engine"] = chaos_engine(args, prefix + "e")
    finally:
        if "engine" in wanted:      # whatever happened above: the shared engine must be up
            rc, secs, text = engine("up")
            result.setdefault("engine", {})["final_up"] = {"rc": rc, "seconds": secs}
    failures = [f"{name}: {f}" for name, part in result.items() for f in part.get("failures", [])]
    result["failures"] = failures
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "chaos.json").write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    print("PASS" if not failures else "FAIL: " + "; ".join(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

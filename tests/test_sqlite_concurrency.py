"""The history store under concurrency: many threads and processes writing at once (WAL, busy
timeout, BEGIN IMMEDIATE) lose nothing and never answer "database is locked".

No engine needed; about 30 s. bench/chaos.py (c) is the long version (2 x 20 threads x 200).
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from webapp import create_app
from webapp.history import store

ROOT = Path(__file__).resolve().parent.parent
THREADS, WRITES, PROCS = 8, 50, 2
OUTCOME = {"status": "ok", "command": "docker ps", "verb": "ps", "exit_code": 0,
           "output": "CONTAINER ID   IMAGE   고래\n" * 10}

# One writer process: THREADS threads x WRITES writes, one app context per write (as a request
# has), started at the time given, reporting its errors as JSON.
WRITER = textwrap.dedent("""
    import json, sys, threading, time
    from webapp import create_app
    from webapp.history import store
    db, name, threads, writes, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
    app = create_app({"TESTING": True, "DATABASE": db, "SECRET_KEY": "x"})
    outcome = json.loads(sys.argv[6])
    errors = []
    def write(t):
        for i in range(writes):
            try:
                with app.app_context():
                    store.record(f"{name}-t{t}", "test", f"docker ps #{i}", outcome, 1.0)
            except Exception as e:
                errors.append(f"{type(e).__name__}: {e}")
    workers = [threading.Thread(target=write, args=(t,)) for t in range(threads)]
    while time.time() < start:
        time.sleep(0.005)
    for w in workers: w.start()
    for w in workers: w.join(120)
    print(json.dumps(errors))
""")


@pytest.fixture
def db_path(tmp_path):
    path = str(tmp_path / "history.db")
    store.migrate(path)
    return path


def _rows(path: str, like: str) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("select count(*) from runs where user_id like ?", [like]).fetchone()[0]
        fts = conn.execute("select count(*) from runs_fts").fetchone()[0]
    finally:
        conn.close()
    return rows, fts


def test_threads_and_processes_write_at_once_and_lose_nothing(db_path):
    app = create_app({"TESTING": True, "DATABASE": db_path, "SECRET_KEY": "x"})
    start = time.time() + 2.5          # the processes need a moment to import the app
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_path, f"proc{p}", str(THREADS),
                               str(WRITES), str(start), json.dumps(OUTCOME)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in range(PROCS)]
    errors, stop = [], threading.Event()

    def write(t):
        for i in range(WRITES):
            try:
                with app.app_context():
                    store.record(f"main-t{t}", "test", f"docker ps #{i} 고래", OUTCOME, 1.0)
            except Exception as e:   # noqa: BLE001 — every failure is a finding
                errors.append(f"{type(e).__name__}: {e}")

    def read():
        for _ in range(2000):
            if stop.is_set():
                return
            try:
                with app.app_context():
                    store.items("main-t0", query="고래", limit=20)
                    store.search("main-t1", query="ps", limit=20)
            except Exception as e:   # noqa: BLE001
                errors.append(f"reader {type(e).__name__}: {e}")
            time.sleep(0.01)
    writers = [threading.Thread(target=write, args=(t,)) for t in range(THREADS)]
    readers = [threading.Thread(target=read) for _ in range(2)]
    while time.time() < start:
        time.sleep(0.005)
    for t in writers + readers:
        t.start()
    for t in writers:
        t.join(120)
    stop.set()
    for t in readers:
        t.join(30)
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
        errors += json.loads(out.strip().splitlines()[-1])
    assert errors == [], errors[:5]
    rows, fts = _rows(db_path, "%-t%")
    assert rows == (PROCS + 1) * THREADS * WRITES
    assert fts == rows


def test_deletes_interleaved_with_writes(db_path):
    """Deleting one user's history while others write: no lock errors, others keep every row."""
    app = create_app({"TESTING": True, "DATABASE": db_path, "SECRET_KEY": "x"})
    errors = []

    def write(user):
        for i in range(WRITES):
            try:
                with app.app_context():
                    store.record(user, "test", f"echo {i}", OUTCOME, 1.0)
                    if user == "victim" and i % 10 == 9:
                        store.delete_all("victim")
            except Exception as e:   # noqa: BLE001
                errors.append(f"{type(e).__name__}: {e}")
    threads = [threading.Thread(target=write, args=(u,)) for u in ["victim"] + [f"keep{i}" for i in range(5)]]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert _rows(db_path, "keep%")[0] == 5 * WRITES
    assert _rows(db_path, "victim")[0] == 0


# Workers that boot at the same moment on a new database file, as gunicorn's do on a first
# deployment (no --preload): each runs the migrations in create_app(). Forked from one clean
# process so that they really start together; up to 30 rounds of 8, stopping at the first failure.
BOOT = textwrap.dedent("""
    import multiprocessing as mp, os, sys, tempfile, time, traceback
    import webapp
    from webapp import create_app

    def boot(path, start, queue):
        while time.time() < start:
            pass
        try:
            create_app({"TESTING": True, "DATABASE": path, "SECRET_KEY": "x"})
            queue.put("ok")
        except Exception:
            queue.put(traceback.format_exc().strip().splitlines()[-1])

    if __name__ == "__main__":
        # warm what create_app() reads once per process (pages, templates) so that the forked
        # workers reach the migrations together, as preloaded workers would
        create_app({"TESTING": True, "DATABASE": os.path.join(tempfile.mkdtemp(), "warm.db"),
                    "SECRET_KEY": "x"})
        ctx = mp.get_context("fork")
        deadline = time.monotonic() + 30
        for round_ in range(30):
            if time.monotonic() > deadline:
                break
            path = os.path.join(tempfile.mkdtemp(), "fresh.db")
            queue, start = ctx.Queue(), time.time() + 0.3
            procs = [ctx.Process(target=boot, args=(path, start, queue)) for _ in range(8)]
            for p in procs: p.start()
            results = [queue.get(timeout=60) for _ in procs]
            for p in procs: p.join(10)
            failed = [r for r in results if r != "ok"]
            if failed:
                print(f"round {round_}: {len(failed)} of 8 workers failed to boot: {failed[0]}")
                sys.exit(1)
        print("all rounds booted")
""")


def test_workers_booting_together_on_a_fresh_database():
    done = subprocess.run([sys.executable, "-c", BOOT], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-1000:] + done.stderr[-1000:]

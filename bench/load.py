"""Load: 50 simulated users for 120 s against gunicorn (the Procfile's worker model), then the
translate endpoint's throughput against a bare Flask hello-world under the same settings.

    python3 bench/load.py                       # 50 users, 120 s (about 3 minutes in all)
    python3 bench/load.py --users 10 --duration 20 --baseline 10     # a quick run

gunicorn (gthread, 2 workers x 8 threads, as in the Procfile) listens on a free 127.0.0.1 port
with a temporary database and ``GORAE_USER_PREFIX=load-<hex>:``, so every sandbox object the run
makes is labelled with that prefix and reaped at the end. Each user is a thread with its own
``requests.Session`` (its own cookie, so its own sandbox) in one of ``--client-procs`` client
processes; it loops over a weighted mix of translate, validate, explain (API and page), the
learn pages, history (API and page), ``docker run --rm busybox echo`` and a detached flow
(``run -d`` + ``logs`` + ``rm -f``), with a short think time.

The per-user rate limits (30 runs and 300 API calls a minute) are raised for the run so that the
figures measure capacity, not the limiter; 429s are still counted. Results (requests, 5xx,
errors, p50/p95/p99 per endpoint, throughput, the translate/hello ratio) are printed and written
to bench/results/load.json. Exit status 1 if any 5xx, transport error or leftover container.

The helpers here (``Server``, ``Recorder``, ``reap_prefix`` ...) are shared by soak.py and
chaos.py.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))


def _gunicorn_version() -> tuple:
    try:
        import gunicorn
        return tuple(gunicorn.version_info)
    except (ImportError, AttributeError):
        return (0,)


# The Procfile's worker model, bound to loopback.
GUNICORN_ARGS = ["--worker-class", "gthread", "--workers", "2", "--threads", "8",
                 "--timeout", "120", "--graceful-timeout", "30"]
# gunicorn >= 27 opens a control socket at one fixed path (~/.gunicorn/gunicorn.ctl) for every
# instance: ours would take it over from a server someone else runs on this machine.
NO_CONTROL_SOCKET = ["--no-control-socket"] if _gunicorn_version() >= (27,) else []
HIGH_RATES = {"GORAE_RATE_RUN": "100000/minute", "GORAE_RATE_API": "1000000/minute"}


# ------------------------------------------------------------------------------------------
# Shared helpers (soak.py and chaos.py import these)
# ------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_database(path: str):
    """Create the schema once before the workers start. Workers booting together on a fresh
    file used to race in the migrations ("database is locked", then "Worker failed to boot");
    store.migrate now takes a lock file (tests/test_sqlite_concurrency.py::
    test_workers_booting_together_on_a_fresh_database), and this keeps the benches independent
    of that."""
    from webapp.history import store
    store.migrate(path)


class Server:
    """gunicorn on 127.0.0.1:<free port> in its own session; ``stop()`` ends only it."""

    def __init__(self, app: str = "webapp:create_app()", env: dict | None = None,
                 cwd: Path = ROOT, workdir: str | None = None, extra: list[str] | None = None,
                 health: str = "/healthz"):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = workdir or tempfile.mkdtemp(prefix="gorae-bench-")
        self.log_path = os.path.join(self.workdir, "gunicorn.log")
        self.log = open(self.log_path, "ab")
        command = [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{self.port}",
                   *GUNICORN_ARGS, *NO_CONTROL_SOCKET, *(extra or [])]
        self.proc = subprocess.Popen(command, cwd=cwd, env={**os.environ, **(env or {})},
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited ({self.proc.returncode}); see {self.log_path}:\n"
                                   + self.tail())
            try:
                if requests.get(self.base + health, timeout=5).status_code < 500:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.2)
        else:
            self.stop()
            raise RuntimeError(f"gunicorn did not answer within 60 s; see {self.log_path}")
        self.wait_workers(2)

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(Path(self.log_path).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def workers(self) -> list[int]:
        """The master's live child processes (the workers)."""
        try:
            text = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in text.split() if _alive(int(p))]

    def wait_workers(self, count: int, timeout: float = 30, exclude: set | None = None) -> list[int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.workers() if p not in (exclude or set())]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.workers()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(35)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)     # its own session: only gunicorn
                self.proc.wait(10)
        self.log.close()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def gorae_env(db: str, prefix: str, **extra) -> dict:
    return {"GORAE_SECRET_KEY": secrets.token_hex(16), "GORAE_DATABASE": db,
            "GORAE_USER_PREFIX": prefix, **HIGH_RATES, **extra}


def engine_client():
    import docker
    return docker.from_env(timeout=120)


def owned_by_prefix(client, prefix: str) -> dict:
    """Sandbox objects on the engine whose owner id starts with ``prefix``."""
    from runtime.policy import OWNER_LABEL

    def mine(labels):
        return (labels or {}).get(OWNER_LABEL, "").startswith(prefix)
    label = {"label": OWNER_LABEL}
    containers = [c for c in client.containers.list(all=True, filters=label, ignore_removed=True)
                  if mine(c.labels)]
    return {"containers": containers,
            "networks": [n for n in client.networks.list(filters=label) if mine(n.attrs["Labels"])],
            "volumes": [v for v in client.volumes.list(filters=label) if mine(v.attrs.get("Labels"))]}


def reap_prefix(prefix: str) -> dict:
    """The reaper as cron would call it, with every TTL passed, then what is left."""
    from runtime.executor import Executor
    client = engine_client()
    removed = Executor(client).reap(now=4e9, owner_prefix=prefix)
    left = owned_by_prefix(client, prefix)
    return {"reaped": len(removed), "left_containers": [c.name for c in left["containers"]],
            "left_networks": [n.name for n in left["networks"]],
            "left_volumes": [v.name for v in left["volumes"]]}


def remove_prefix(prefix: str):
    """Remove whatever the prefix still owns (networks and volumes the reaper keeps)."""
    client = engine_client()
    left = owned_by_prefix(client, prefix)
    for c in left["containers"]:
        _quietly(c.remove, force=True, v=True)
    for n in left["networks"]:
        _quietly(n.remove)
    for v in left["volumes"]:
        _quietly(v.remove, force=True)


def _quietly(fn, **kwargs):
    try:
        fn(**kwargs)
    except Exception:   # noqa: BLE001 — gone already or still in use
        pass


def percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, int(round(q * len(sorted_values) + 0.5)) - 1))
    return sorted_values[index]


def summarise(samples: list[tuple], wall: float) -> dict:
    """``samples``: (endpoint, status code or error text, seconds, outcome or None)."""
    by_endpoint = defaultdict(list)
    for sample in samples:
        by_endpoint[sample[0]].append(sample)
    endpoints = {}
    for name, rows in sorted(by_endpoint.items()):
        times = sorted(r[2] for r in rows)
        codes = Counter(str(r[1]) for r in rows)
        outcomes = Counter(r[3] for r in rows if r[3])
        endpoints[name] = {"requests": len(rows), "rps": round(len(rows) / wall, 2),
                           "p50_ms": _ms(percentile(times, 0.50)),
                           "p95_ms": _ms(percentile(times, 0.95)),
                           "p99_ms": _ms(percentile(times, 0.99)), "max_ms": _ms(times[-1]),
                           "codes": dict(codes), **({"outcomes": dict(outcomes)} if outcomes else {})}
    codes = Counter(str(s[1]) for s in samples)
    return {"requests": len(samples), "wall_s": round(wall, 1),
            "throughput_rps": round(len(samples) / wall, 1),
            "http_5xx": sum(n for c, n in codes.items() if c.isdigit() and c.startswith("5")),
            "http_429": codes.get("429", 0),
            "transport_errors": sum(n for c, n in codes.items() if not c.isdigit()),
            "endpoints": endpoints}


def _ms(seconds):
    return None if seconds is None else round(seconds * 1000, 1)


# ------------------------------------------------------------------------------------------
# The simulated users
# ------------------------------------------------------------------------------------------

TRANSLATE = ["run nginx on port 8080", "nginx를 8080 포트로 띄워줘", "list all containers",
             "컨테이너 목록 보여줘", "docker run hello-world", "show the logs of web",
             "remove all stopped containers", "run busybox and print hello", "이미지 목록",
             "what is the difference between a VM and a container?", "docker ps -a",
             "docker run -d -p 8080:80 --name web nginx", "stop the container web"]
VALIDATE = ["docker run --rm hello-world", "docker run -d -p 8080:80 --name web nginx",
            "docker ps -a --format '{{.Names}}'", "docker run --privileged busybox",
            "docker run -v /etc:/x busybox true", "docker logs -f --tail 10 web",
            "docker network create mynet", "docker run -it --rm debian bash",
            "docker exec -it web sh", "docker build -t myapp:1.0 .", "docker rm -f web db",
            "docker run -m 1g busybox", "docker volume create data", "docker images -q"]
PAGES = ["/learn", "/learn/run", "/learn?q=volume"]


class User:
    def __init__(self, base: str, ident: int, deadline: float, think: float, out: list):
        self.base, self.ident, self.deadline, self.think, self.out = base, ident, deadline, think, out
        self.session = requests.Session()
        self.rng = random.Random(ident)
        self.n = 0

    def call(self, name: str, method: str, path: str, check=None, **kwargs):
        started = time.perf_counter()
        outcome = None
        try:
            response = self.session.request(method, self.base + path, timeout=120, **kwargs)
            code = response.status_code
            if check and code < 500:
                outcome = check(response)
        except requests.RequestException as e:
            code = type(e).__name__
            response = None
        self.out.append((name, code, time.perf_counter() - started, outcome))
        return response

    def run(self, name: str, command: str):
        return self.call(name, "POST", "/api/v1/run", json={"command": command},
                         check=lambda r: r.json().get("status"))

    def loop(self):
        actions = [(self.translate, 20), (self.validate, 18), (self.explain, 12), (self.learn, 10),
                   (self.history, 10), (self.echo, 20), (self.detached, 4)]
        funcs, weights = zip(*actions)
        while time.monotonic() < self.deadline and self.n < 100_000:
            self.n += 1
            self.rng.choices(funcs, weights)[0]()
            time.sleep(self.rng.uniform(0, 2 * self.think))

    def translate(self):
        self.call("POST /api/v1/translate", "POST", "/api/v1/translate",
                  json={"text": self.rng.choice(TRANSLATE)})

    def validate(self):
        self.call("POST /api/v1/validate", "POST", "/api/v1/validate",
                  json={"command": self.rng.choice(VALIDATE)})

    def explain(self):
        command = self.rng.choice(VALIDATE)
        if self.rng.random() < 0.5:
            self.call("POST /api/v1/explain", "POST", "/api/v1/explain",
                      json={"command": command, "lang": self.rng.choice(["en", "ko"])})
        else:
            self.call("GET /explain", "GET", "/explain", params={"cmd": command})

    def learn(self):
        path = self.rng.choice(PAGES)
        self.call("GET " + path.split("?")[0], "GET", path)

    def history(self):
        if self.rng.random() < 0.5:
            self.call("GET /api/v1/history", "GET", "/api/v1/history",
                      params={"q": self.rng.choice(["", "echo", "busybox"])})
        else:
            self.call("GET /history", "GET", "/history", params={"q": "echo"})

    def echo(self):
        self.run("POST /api/v1/run (run --rm echo)",
                 f"docker run --rm busybox echo load-{self.ident}-{self.n}")

    def detached(self):
        name = f"d{self.ident}x{self.n}"
        self.run("POST /api/v1/run (run -d)", f"docker run -d --name {name} busybox sh -c "
                                               f"'echo up; sleep 30'")
        self.run("POST /api/v1/run (logs)", f"docker logs {name}")
        self.run("POST /api/v1/run (rm -f)", f"docker rm -f {name}")


class Hammer(User):
    """One endpoint, closed loop, no think time: for the throughput comparison."""

    def __init__(self, base, ident, deadline, out, method, path, body):
        super().__init__(base, ident, deadline, 0, out)
        self.method, self.path, self.body = method, path, body

    def loop(self):
        while time.monotonic() < self.deadline and self.n < 1_000_000:
            self.n += 1
            self.call(self.path, self.method, self.path,
                      **({"json": self.body(self.rng)} if self.body else {}))


def _client_process(kind: str, base: str, idents: list[int], start: float, duration: float,
                    think: float, queue):
    while time.time() < start:
        time.sleep(0.01)
    deadline = time.monotonic() + duration
    out: list = []
    if kind == "mixed":
        users = [User(base, i, deadline, think, out) for i in idents]
    elif kind == "translate":
        users = [Hammer(base, i, deadline, out, "POST", "/api/v1/translate",
                        lambda rng: {"text": rng.choice(TRANSLATE)}) for i in idents]
    else:
        users = [Hammer(base, i, deadline, out, "GET", "/", None) for i in idents]
    threads = [threading.Thread(target=u.loop, daemon=True) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + 180)
    queue.put(out)


def drive(kind: str, base: str, users: int, duration: float, think: float = 0.2,
          procs: int = 2) -> dict:
    """Run ``users`` simulated users spread over ``procs`` client processes; summary dict."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    start = time.time() + 1.0
    groups = [list(range(i, users, procs)) for i in range(min(procs, users))]
    workers = [ctx.Process(target=_client_process,
                           args=(kind, base, g, start, duration, think, queue)) for g in groups]
    for w in workers:
        w.start()
    samples = []
    for _ in workers:
        samples += queue.get(timeout=duration + 300)
    for w in workers:
        w.join(30)
    return summarise(samples, duration)


HELLO = textwrap.dedent("""
    from flask import Flask
    app = Flask(__name__)

    @app.get("/")
    def hello():
        return "Hello, World!"
""")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=120, help="seconds of mixed load")
    parser.add_argument("--baseline", type=float, default=20,
                        help="seconds of translate-only and of hello-world load (0: skip)")
    parser.add_argument("--think", type=float, default=0.2, help="mean think time, seconds")
    parser.add_argument("--client-procs", type=int, default=2)
    args = parser.parse_args()

    prefix = f"load-{secrets.token_hex(4)}:"
    result = {"config": {"users": args.users, "duration_s": args.duration,
                         "baseline_s": args.baseline, "think_s": args.think,
                         "gunicorn": " ".join(GUNICORN_ARGS), "cpus": os.cpu_count(),
                         "client_procs": args.client_procs, "prefix": prefix,
                         "rate_limits": "raised for the run (429s still counted)"}}
    with tempfile.TemporaryDirectory(prefix="gorae-load-") as tmp:
        db = os.path.join(tmp, "load.db")
        prepare_database(db)
        server = Server(env=gorae_env(db, prefix), workdir=tmp)
        try:
            learn = requests.get(server.base + "/learn/run", timeout=30).status_code
            result["notes"] = [] if learn == 200 else [f"/learn/run answered {learn}"]
            print(f"mixed load: {args.users} users for {args.duration:g} s on {server.base} ...",
                  flush=True)
            result["mixed"] = drive("mixed", server.base, args.users, args.duration, args.think,
                                    args.client_procs)
            if args.baseline > 0:
                print(f"translate only, closed loop, {args.baseline:g} s ...", flush=True)
                result["translate_only"] = drive("translate", server.base, args.users,
                                                 args.baseline, 0, args.client_procs)
        finally:
            server.stop()
            result["after"] = reap_prefix(prefix)
            remove_prefix(prefix)
        if args.baseline > 0:
            hello_dir = os.path.join(tmp, "hello")
            os.makedirs(hello_dir)
            Path(hello_dir, "hello.py").write_text(HELLO)
            hello = Server("hello:app", cwd=Path(hello_dir), workdir=hello_dir, health="/")
            try:
                print(f"hello-world baseline, closed loop, {args.baseline:g} s ...", flush=True)
                result["hello_only"] = drive("hello", hello.base, args.users, args.baseline, 0,
                                             args.client_procs)
            finally:
                hello.stop()
            t, h = result["translate_only"], result["hello_only"]
            result["translate_vs_hello"] = {
                "translate_rps": t["throughput_rps"], "hello_rps": h["throughput_rps"],
                "ratio": round(t["throughput_rps"] / h["throughput_rps"], 3) if h["throughput_rps"] else None,
                "translate_p50_ms": t["endpoints"].get("/api/v1/translate", {}).get("p50_ms"),
                "hello_p50_ms": h["endpoints"].get("/", {}).get("p50_ms")}
    mixed = result["mixed"]
    failures = []
    if mixed["http_5xx"]:
        failures.append(f"{mixed['http_5xx']} responses were 5xx (503 'unavailable' ones mean "
                        f"the shared engine went away: someone restarted it? rerun)")
    if mixed["transport_errors"]:
        failures.append(f"{mixed['transport_errors']} transport errors")
    not_ok = {k: v.get("outcomes") for k, v in mixed["endpoints"].items()
              if v.get("outcomes") and set(v["outcomes"]) - {"ok"}}
    if not_ok:
        failures.append(f"runs that did not end ok: {not_ok}")
    if result["after"]["left_containers"]:
        failures.append(f"containers left after the reap: {result['after']['left_containers']}")
    for name in ("translate_only", "hello_only"):
        if name in result and (result[name]["http_5xx"] or result[name]["transport_errors"]):
            failures.append(f"{name}: {result[name]['http_5xx']} 5xx, "
                            f"{result[name]['transport_errors']} transport errors")
    result["failures"] = failures
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "load.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    _print(result)
    sys.exit(1 if failures else 0)


def _print(result: dict):
    mixed = result["mixed"]
    print(f"\nmixed: {mixed['requests']} requests in {mixed['wall_s']} s = "
          f"{mixed['throughput_rps']} req/s; 5xx {mixed['http_5xx']}, 429 {mixed['http_429']}, "
          f"transport errors {mixed['transport_errors']}")
    print(f"{'endpoint':42} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  codes")
    for name, e in mixed["endpoints"].items():
        print(f"{name:42} {e['requests']:>6} {e['p50_ms']:>8} {e['p95_ms']:>8} {e['p99_ms']:>8}  "
              f"{e['codes']}{' ' + str(e['outcomes']) if e.get('outcomes') else ''}")
    if "translate_vs_hello" in result:
        r = result["translate_vs_hello"]
        print(f"\ntranslate {r['translate_rps']} req/s (p50 {r['translate_p50_ms']} ms) vs "
              f"hello-world {r['hello_rps']} req/s (p50 {r['hello_p50_ms']} ms): ratio {r['ratio']}")
    after = result["after"]
    print(f"after the reap: {after['reaped']} reaped; left: {len(after['left_containers'])} "
          f"containers, {len(after['left_volumes'])} volumes, {len(after['left_networks'])} idle "
          f"default networks (the reaper keeps those 10 min; removed by the bench)")
    print("PASS" if not result["failures"] else "FAIL: " + "; ".join(result["failures"]))


if __name__ == "__main__":
    main()

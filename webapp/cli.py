"""``gorae``: Gorae from a terminal or a script.

    gorae ask "run nginx on port 8080"      translate, explain, run after you confirm (--yes)
    gorae explain "docker run -d -p 8080:80 nginx"
    gorae validate "docker run --privileged busybox"
    gorae run "docker run --rm hello-world"
    gorae history [-q WORDS] [--limit N]
    gorae learn "image layers"
    gorae tokens create [--name N] | list | revoke ID|PREFIX
    gorae serve [--host H] [--port P]        the web app with gunicorn, as the Procfile does
    gorae mcp [--http [--host H] [--port P]] the MCP server (stdio by default)

With ``--server URL`` (or ``GORAE_SERVER``) calls go to a running Gorae over HTTP with
``--token`` (or ``GORAE_TOKEN``); without it they run in-process on the configured database
(``GORAE_DATABASE``) and engine, as ``cli:<os user>`` (or as the owner of ``GORAE_TOKEN``).
``--json`` prints the API's JSON. Exit codes: 0 ok, 1 failed (the command exited non-zero),
2 invalid input or usage, 3 refused (sandbox, confirmation, authentication), 4 unavailable
(engine, server, rate limit), 5 internal error.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import urllib.error
import urllib.request

EXIT = {"ok": 0, "failed": 1, "invalid": 2, "refused": 3, "unavailable": 4, "error": 5}
HTTP_EXIT = {400: 2, 401: 3, 403: 3, 404: 2, 409: 1, 413: 2, 415: 2, 422: 3, 428: 3, 429: 4,
             503: 4}


class Failure(Exception):
    """Ends the command with ``code``, printing ``body`` (JSON) or its message."""

    def __init__(self, code: int, body: dict):
        super().__init__(body.get("message", ""))
        self.code, self.body = code, body


def exit_code(body: dict, http_status: int = 200) -> int:
    """The exit code for an answer: the outcome's status, else the HTTP status."""
    status = body.get("status")
    if status in EXIT and not (status == "error" and http_status >= 400):
        return EXIT[status]
    if http_status >= 500:
        return 5
    return HTTP_EXIT.get(http_status, 0 if http_status < 400 else 2)


# ---------------------------------------------------------------------------------------------
# Backends: in-process and HTTP. Each call answers (body, HTTP status).
# ---------------------------------------------------------------------------------------------
def make_local_app():
    """The app on the configured database, as ``scripts/start`` configures it."""
    from . import create_app

    state = os.environ.get("GORAE_STATE_DIR", "/var/lib/gorae")
    overrides = {}
    if not os.environ.get("GORAE_SECRET_KEY"):
        key_file = os.path.join(state, "secret_key")
        try:
            with open(key_file, encoding="utf-8") as f:
                overrides["SECRET_KEY"] = f.read().strip()
        except OSError:
            overrides["SECRET_KEY"] = os.urandom(32).hex()   # plans live as long as this process
    if not os.environ.get("GORAE_DATABASE") and os.path.exists(os.path.join(state, "gorae.db")):
        overrides["DATABASE"] = os.path.join(state, "gorae.db")
    return create_app(overrides)


def local_user(app, token: str | None) -> str:
    """The owner of ``token``, else ``cli:<os user>`` (with the deployment's user prefix)."""
    if token:
        from . import tokens

        with app.app_context():
            row = tokens.lookup(token)
        if row is None:
            raise Failure(3, {"status": "error", "error": "invalid-token",
                              "message": "GORAE_TOKEN is unknown or has been revoked."})
        return row["user_id"]
    try:
        name = getpass.getuser()
    except (KeyError, OSError):      # no login name (a container without a passwd entry)
        name = str(os.getuid())
    return app.config["USER_PREFIX"] + "cli:" + name


class Local:
    def __init__(self, token: str | None = None, user: str | None = None):
        self.app = make_local_app()
        self.user = (self.app.config["USER_PREFIX"] + user) if user else local_user(self.app, token)

    def _do(self, fn):
        from .errors import GoraeError

        with self.app.app_context():
            try:
                return fn()
            except GoraeError as e:
                return e.body(), e.status

    def tool(self, name: str, arguments: dict):
        from . import tools
        return self._do(lambda: tools.call(name, arguments, self.user, "cli"))

    def run(self, command: str, plan_id: str | None = None, lang: str = "en"):
        from . import service, tools

        def go():
            if plan_id:
                tools.check_plan(plan_id, self.user, command)
            outcome = service.run(command, self.user, "cli", lang)
            return outcome, service.HTTP_STATUS[outcome["status"]]
        return self._do(go)

    def history(self, query="", status="", verb="", limit=20):
        from .history import store

        def go():
            rows = store.search(self.user, query=query, status=status, verb=verb, limit=limit)
            for row in rows:
                row.pop("user_id", None)
                row.pop("rank", None)
            return {"items": rows}, 200
        return self._do(go)

    def tokens(self, action: str, name: str = "", ref: str = ""):
        from . import tokens

        def go():
            if action == "create":
                row, secret = tokens.create(self.user, name)
                return {**row, "token": secret}, 201
            if action == "list":
                return {"tokens": tokens.items(self.user)}, 200
            row = tokens.revoke(self.user, ref)
            if row is None:
                return {"status": "error", "error": "no-such-token",
                        "message": f"You have no active token {ref}."}, 404
            return {"revoked": row["id"]}, 200
        return self._do(go)

    def mcp_call(self):
        from .mcp_server import local_call
        return local_call(self.app, self.user, source="mcp")


class Remote:
    def __init__(self, server: str, token: str | None = None, timeout: float = 120):
        self.server, self.token, self.timeout = server.rstrip("/"), token, timeout

    def request(self, method: str, path: str, body: dict | None = None):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Accept": "application/json", "User-Agent": "gorae-cli"}
        if data is not None or method in ("POST", "DELETE"):
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(self.server + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as response:
                return json.loads(response.read() or b"{}"), response.status
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return json.loads(raw), e.code
            except ValueError:
                return {"status": "error", "error": f"http-{e.code}",
                        "message": raw.decode("utf-8", "replace")[:500] or str(e)}, e.code
        except (urllib.error.URLError, OSError) as e:
            raise Failure(4, {"status": "unavailable", "error": "server-unreachable",
                              "message": f"Gorae at {self.server} cannot be reached: "
                                         f"{getattr(e, 'reason', e)}"}) from e

    def tool(self, name: str, arguments: dict):
        return self.request("POST", f"/api/v1/tools/{name}", arguments)

    def run(self, command: str, plan_id: str | None = None, lang: str = "en"):
        body = {"command": command, "lang": lang}
        body.update({"plan_id": plan_id} if plan_id else {"confirm": True})
        return self.request("POST", "/api/v1/run", body)

    def history(self, query="", status="", verb="", limit=20):
        from urllib.parse import urlencode
        args = {k: v for k, v in {"q": query, "status": status, "verb": verb, "limit": limit}.items() if v}
        return self.request("GET", "/api/v1/history?" + urlencode(args))

    def tokens(self, action: str, name: str = "", ref: str = ""):
        if action == "create":
            return self.request("POST", "/api/v1/tokens", {"name": name})
        if action == "list":
            return self.request("GET", "/api/v1/tokens")
        if not str(ref).isdigit():
            listed, status = self.request("GET", "/api/v1/tokens")
            match = [t for t in listed.get("tokens", []) if t["prefix"].startswith(ref) or ref.startswith(t["prefix"])]
            if status != 200 or len(match) != 1:
                return {"status": "error", "error": "no-such-token",
                        "message": f"No single active token matches {ref}."}, 404
            ref = match[0]["id"]
        return self.request("DELETE", f"/api/v1/tokens/{ref}")

    def mcp_call(self):
        def call(name, arguments):
            body, status = self.tool(name, arguments)
            from .mcp_server import is_error
            return body, status >= 400 or is_error(name, body)
        return call


# ---------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------
def out(text: str = ""):
    print(text, flush=True)


def err(text: str):
    print(text, file=sys.stderr, flush=True)


def show_error(body: dict):
    err(f"gorae: {body.get('message') or body.get('error') or 'error'}")
    if body.get("hint"):
        err(f"  {body['hint']}")


def show_tokens(tokens_: list[dict]):
    for token in tokens_:
        out(f"  {token['text']:<24} {token['help']}"
            + (f"  [{token['sandbox']}]" if token.get("sandbox") not in (None, "allowed") else ""))


def show_problems(body: dict):
    for problem in body.get("errors") or []:
        err(f"  error: {problem['message']}")
    for violation in body.get("violations") or []:
        err(f"  refused: {violation['message']}")
        if violation.get("alternative"):
            err(f"    instead: {violation['alternative']}")


def show_outcome(body: dict):
    output = body.get("output")
    if isinstance(output, dict):
        output = output.get("untrusted_output", "")
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
        sys.stdout.flush()
    status = body.get("status")
    if status not in ("ok",):
        line = f"[{status}]"
        if body.get("exit_code") is not None:
            line += f" exit code {body['exit_code']}"
        if body.get("message") and body["message"] not in (output or ""):
            line += f": {body['message']}"
        err(line)
        show_problems(body)


# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------
def _finish(args, body: dict, status: int, human) -> int:
    code = exit_code(body, status)
    if args.json:
        out(json.dumps(body, ensure_ascii=False, indent=2))
    elif status >= 400 and "error" in body and body.get("status") not in ("failed",) \
            and "exit_code" not in body:
        show_error(body)
    else:
        human(body)
    return code


def cmd_ask(args, backend) -> int:
    lang = {"lang": args.lang} if args.lang else {}
    body, status = backend.tool("translate", {"text": args.text, **lang})
    if status >= 400:
        return _finish(args, body, status, show_error)
    command, concept = body.get("command"), body.get("concept")
    if concept and not command:
        found, _ = backend.tool("learn", {"query": concept.get("title") or concept.get("slug")
                                          or "?", "limit": 10,
                                          "lang": args.lang or body.get("lang") or "en"})
        pages = [p for p in found.get("pages") or [] if p["slug"] == concept.get("slug")]
        if args.json:
            out(json.dumps({"translation": body, "pages": pages}, ensure_ascii=False, indent=2))
        else:
            out(concept.get("title") or concept.get("slug") or "")
            for page in pages[:1]:
                out(f"  {page['summary']}\n  {page['url']}")
        return 0
    if not args.json:
        if command:
            out(command)
            show_tokens(body.get("explanation") or [])
            show_problems(body)
            if body.get("template"):
                err("Fill in the <placeholders>, then: gorae run \"…\"")
        else:
            err(body.get("clarify") or "gorae: I could not turn that into a docker command.")
    if not (command and body.get("plan_id")):
        if args.json:
            out(json.dumps(body, ensure_ascii=False, indent=2))
        return 3 if body.get("violations") else 2
    if not args.yes:
        if not sys.stdin.isatty():
            if args.json:
                out(json.dumps(body, ensure_ascii=False, indent=2))
            else:
                err("(not run: pass --yes to run it without asking)")
            return 0
        if input("Run it? [y/N] ").strip().lower() not in ("y", "yes", "네", "예", "ㅇ"):
            return 0
    outcome, status = backend.run(command, plan_id=body["plan_id"], lang=body.get("lang") or "en")
    if args.json:
        out(json.dumps({"translation": body, "outcome": outcome}, ensure_ascii=False, indent=2))
        return exit_code(outcome, status)
    if status >= 400 and "error" in outcome and "exit_code" not in outcome:
        show_error(outcome)
    else:
        show_outcome(outcome)
    return exit_code(outcome, status)


def cmd_explain(args, backend) -> int:
    body, status = backend.tool("explain", {"command": args.command, "lang": args.lang or "en"})

    def human(b):
        if b.get("command"):
            out(b["command"])
        show_tokens(b.get("tokens") or [])
        show_problems(b)
    code = _finish(args, body, status, human)
    return code if status >= 400 else (0 if body.get("ok") else 2)


def cmd_validate(args, backend) -> int:
    body, status = backend.tool("validate", {"command": args.command, "lang": args.lang or "en"})

    def human(b):
        out(f"{b.get('command') or args.command}: {'ok' if b.get('ok') else b.get('status')}")
        show_problems(b)
    return _finish(args, body, status, human)


def cmd_run(args, backend) -> int:
    body, status = backend.run(args.command, lang=args.lang or "en")
    return _finish(args, body, status, show_outcome)


def cmd_history(args, backend) -> int:
    body, status = backend.history(args.query, args.status, args.verb, args.limit)

    def human(b):
        for item in b.get("items", []):
            code = "" if item.get("exit_code") is None else f" ({item['exit_code']})"
            out(f"{item['id']:>6}  {item['created'][:19].replace('T', ' ')}  "
                f"{item['status']:<11}{code:<6} {item.get('command') or item['input']}")
    return _finish(args, body, status, human)


def cmd_learn(args, backend) -> int:
    body, status = backend.tool("learn", {"query": args.query, "lang": args.lang or "en"})

    def human(b):
        for page in b.get("pages", []):
            out(f"{page['title']}\n  {page['summary']}\n  {page['url']}")
    code = _finish(args, body, status, human)
    return code if code or body.get("pages") else 1


def cmd_tokens(args, backend) -> int:
    body, status = backend.tokens(args.action, name=getattr(args, "name", "") or "",
                                  ref=getattr(args, "ref", "") or "")

    def human(b):
        if "token" in b:
            out(b["token"])
            err(f"Token {b['id']} ({b['name']}) created: it is shown this once. "
                "Use it as GORAE_TOKEN or Authorization: Bearer <token>.")
        elif "tokens" in b:
            for t in b["tokens"]:
                out(f"{t['id']:>4}  {t['prefix']}…  {t['name']:<20} created {t['created']}"
                    f"  last used {t.get('last_used') or '-'}")
        else:
            out(f"revoked {b['revoked']}")
    return _finish(args, body, status, human)


def cmd_serve(args, _backend=None) -> int:
    argv = [sys.executable, "-m", "gunicorn", "webapp:create_app()", "--bind",
            f"{args.host}:{args.port}", "--worker-class", "gthread", "--workers",
            str(args.workers), "--threads", "8", "--timeout", "120", "--graceful-timeout", "30",
            "--access-logfile", "-"]
    os.execvp(argv[0], argv)
    return 5     # not reached


def cmd_mcp(args, backend) -> int:
    from . import mcp_server

    if args.http:
        if isinstance(backend, Remote):
            raise Failure(2, {"status": "invalid", "error": "usage",
                              "message": "gorae mcp --http serves in-process; drop --server."})
        mcp_server.run_http(backend.app, args.host, args.port)
    else:
        mcp_server.run_stdio(backend.mcp_call())
    return 0


# ---------------------------------------------------------------------------------------------
# Arguments
# ---------------------------------------------------------------------------------------------
def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--server", default=argparse.SUPPRESS,
                        help="a Gorae server URL (default: GORAE_SERVER, else in-process)")
    common.add_argument("--token", default=argparse.SUPPRESS,
                        help="API token (default: GORAE_TOKEN)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="print the JSON answer")
    common.add_argument("--lang", choices=("en", "ko"), default=argparse.SUPPRESS,
                        help="language of explanations")

    main = argparse.ArgumentParser(prog="gorae", parents=[common],
                                   description="Gorae (고래): Docker practice from a terminal.",
                                   epilog="Exit codes: 0 ok, 1 failed, 2 invalid/usage, "
                                          "3 refused, 4 unavailable, 5 internal error.")
    sub = main.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    def add(name, fn, help_):
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(fn=fn)
        return p

    p = add("ask", cmd_ask, "translate a request into a command, explain it, run it after you confirm")
    p.add_argument("text")
    p.add_argument("-y", "--yes", action="store_true", help="run without asking")
    add("explain", cmd_explain, "explain every token of a docker command").add_argument("command")
    add("validate", cmd_validate, "check a command against the parser and the sandbox").add_argument("command")
    add("run", cmd_run, "run a docker command in your sandbox").add_argument("command")
    p = add("history", cmd_history, "your past commands, newest first")
    p.add_argument("-q", "--query", default="")
    p.add_argument("--status", default="", choices=("", *EXIT))
    p.add_argument("--verb", default="")
    p.add_argument("--limit", type=int, default=20)
    add("learn", cmd_learn, "find learn pages about a concept").add_argument("query")
    p = add("tokens", cmd_tokens, "create, list or revoke API tokens")
    tsub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    c = tsub.add_parser("create", help="create a token (shown once)")
    c.add_argument("--name", default="cli")
    c.add_argument("--user", default=None, help="in-process only: create it for this user id "
                   "(e.g. proxy:alice), for administrators on the server")
    tsub.add_parser("list", help="list active tokens")
    tsub.add_parser("revoke", help="revoke a token by id or prefix").add_argument("ref")
    p = add("serve", cmd_serve, "serve the web app with gunicorn (as the Procfile does)")
    p.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    p.add_argument("--workers", type=int, default=2)
    p = add("mcp", cmd_mcp, "serve MCP: stdio (for desktop agents) or streamable HTTP (--http)")
    p.add_argument("--http", action="store_true", help="streamable HTTP at /mcp instead of stdio")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=int(os.environ.get("GORAE_MCP_PORT", 8001)))
    return main


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as e:
        return 0 if e.code == 0 else 2
    args.json = getattr(args, "json", False)
    args.lang = getattr(args, "lang", None)
    server = getattr(args, "server", None) or os.environ.get("GORAE_SERVER")
    token = getattr(args, "token", None) or os.environ.get("GORAE_TOKEN")
    try:
        if args.fn is cmd_serve:
            return cmd_serve(args)
        if server:
            if getattr(args, "user", None):
                raise Failure(2, {"status": "invalid", "error": "usage",
                                  "message": "--user works in-process only (drop --server)."})
            backend = Remote(server, token)
        else:
            backend = Local(token, user=getattr(args, "user", None))
        return args.fn(args, backend)
    except Failure as f:
        if args.json:
            out(json.dumps(f.body, ensure_ascii=False, indent=2))
        else:
            show_error(f.body)
        return f.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:          # gorae history | head
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as e:  # noqa: BLE001 — a script gets exit code 5 and one line
        err(f"gorae: internal error: {e}")
        return 5


if __name__ == "__main__":
    sys.exit(main())

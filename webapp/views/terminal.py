"""The interactive terminal: ``docker run -it`` and ``docker exec -it`` over a WebSocket.

Protocol (JSON text frames). Client: first ``{"command", "lang"?, "cols"?, "rows"?}``, then
``{"type": "stdin", "data"}`` and ``{"type": "resize", "cols", "rows"}``. Server:
``{"type": "stdout", "data"}``, at the end ``{"type": "exit", "code"}`` or
``{"type": "error", "message"}``. Sessions end on exit, after ``TERMINAL_IDLE`` seconds without
input, after ``TERMINAL_MAX`` seconds in all, or past ``TERMINAL_OUTPUT`` bytes of output.
"""
from __future__ import annotations

import json
import threading
import time
from urllib.parse import urlsplit

from flask import current_app, request
from flask_sock import Sock
from simple_websocket import ConnectionClosed

from .. import service
from ..identity import current_user

sock = Sock()
KEPT = 64 * 1024


@sock.route("/ws/terminal")
def terminal(ws):
    origin = request.headers.get("Origin")
    if origin and urlsplit(origin).netloc != request.host:
        return _error(ws, "Cross-site terminal connections are refused.")
    try:
        first = json.loads(ws.receive(timeout=10) or "{}")
        text = str(first["command"])[:4096]
    except (ValueError, KeyError, TypeError):
        return _error(ws, 'Send {"command": "docker run -it busybox sh"} first.')
    user, lang = current_user(), first.get("lang", "en")
    term, base = service.open_terminal(text, user, lang)
    if term is None:
        return _error(ws, base.get("message") or base.get("output") or base["status"])
    term.resize(int(first.get("cols", 80)), int(first.get("rows", 24)))
    Session(ws, term, current_app.config).run(text, user, base)


def _error(ws, message: str):
    ws.send(json.dumps({"type": "error", "message": message}))
    ws.close()


class Session:
    def __init__(self, ws, term, config):
        self.ws, self.term = ws, term
        self.idle = config.get("TERMINAL_IDLE", 120)
        self.deadline = time.monotonic() + config.get("TERMINAL_MAX", 600)
        self.cap = config.get("TERMINAL_OUTPUT", 1024 * 1024)
        self.sent, self.kept, self.ended = 0, [], threading.Event()

    def run(self, text: str, user: str, base: dict):
        started = time.monotonic()
        pump = threading.Thread(target=self._pump, daemon=True)
        pump.start()
        try:
            note = self._listen()
        except ConnectionClosed:
            note = None        # the browser went away: end the session all the same
        code = self.term.close()
        pump.join(5)
        output = "".join(self.kept)[:KEPT] + (note or "")
        service.finish_terminal(text, user, base, code, output, (time.monotonic() - started) * 1000)
        if note:
            self._send("stdout", data=note)
        self._send("exit", code=code)
        try:
            self.ws.close()
        except ConnectionClosed:
            pass

    def _pump(self):
        """Container output → browser, until the process ends or the output cap is reached."""
        while (data := self.term.read()) and self.sent < self.cap:
            self.sent += len(data)
            chunk = data.decode("utf-8", "replace")
            if sum(map(len, self.kept)) < KEPT:
                self.kept.append(chunk)
            self._send("stdout", data=chunk)
        self.ended.set()

    def _listen(self) -> str | None:
        """Browser input → container; returns why the session was cut short, if it was."""
        last_input = time.monotonic()
        while not self.ended.is_set():
            if time.monotonic() > self.deadline:
                return "\r\n[gorae] terminal closed: session time limit reached.\r\n"
            if time.monotonic() - last_input > self.idle:
                return "\r\n[gorae] terminal closed after being idle.\r\n"
            message = self.ws.receive(timeout=0.5)
            if message is None:
                continue
            last_input = time.monotonic()
            self._handle(message)
        if self.sent >= self.cap:
            return "\r\n[gorae] terminal closed: output limit reached.\r\n"
        return None

    def _handle(self, message: str):
        try:
            event = json.loads(message)
        except ValueError:
            return
        if event.get("type") == "stdin":
            self.term.write(str(event.get("data", "")).encode()[:4096])
        elif event.get("type") == "resize":
            self.term.resize(int(event.get("cols", 80)), int(event.get("rows", 24)))

    def _send(self, kind: str, **fields):
        try:
            self.ws.send(json.dumps({"type": kind, **fields}))
        except Exception:   # noqa: BLE001 — the browser went away; the session ends anyway
            self.ended.set()


def init_app(app):
    sock.init_app(app)

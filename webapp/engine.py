"""The engine client and the executor for a request. One client per app (it pools connections);
the executor is handed it, as the runtime requires."""
from __future__ import annotations

import threading

from flask import current_app, g

from runtime.errors import EngineUnavailable
from runtime.executor import Executor, connect

_lock = threading.Lock()


def client():
    ext = current_app.extensions
    if "gorae.engine" not in ext:
        with _lock:
            if "gorae.engine" not in ext:
                try:
                    ext["gorae.engine"] = connect(current_app.config.get("DOCKER_HOST"),
                                                  current_app.config["ENGINE_TIMEOUT"])
                except Exception as e:   # docker.errors.DockerException: bad DOCKER_HOST etc.
                    raise EngineUnavailable(f"The Docker engine cannot be reached: {e}") from e
    return ext["gorae.engine"]


def executor() -> Executor:
    if "executor" not in g:
        g.executor = Executor(client(), current_app.config["LIMITS"])
    return g.executor



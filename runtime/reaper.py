"""The reaper as a process: every ``--interval`` seconds, remove sandbox objects whose TTL has
passed and orphans left by a crash (see ``Executor.reap``). Run it beside the web workers:

    python -m runtime.reaper --interval 60
"""
from __future__ import annotations

import argparse
import logging
import time

from .errors import EngineUnavailable
from .executor import Executor, connect

log = logging.getLogger("gorae.reaper")


def sweep(executor: Executor) -> int:
    try:
        removed = executor.reap()
    except EngineUnavailable as e:
        log.warning("engine unavailable, will retry: %s", e.message)
        return 0
    if removed:
        log.info("reaped %d: %s", len(removed), ", ".join(removed))
    return len(removed)


def main(argv: list[str] | None = None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=60.0)
    parser.add_argument("--once", action="store_true", help="sweep once and exit")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    executor = Executor(connect())
    while True:
        sweep(executor)
        if args.once:
            return
        time.sleep(args.interval)


if __name__ == "__main__":
    main()

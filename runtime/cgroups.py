"""The engine host's cgroup for ``docker build`` steps.

The legacy build API takes memory and CPU quota for each RUN step's container but has no pids
limit, so build containers go under one parent cgroup that this module creates with the
sandbox's limits (a fork bomb in a RUN step stops at ``pids_max``). The parent is shared: all
builds on one engine together get ``pids_max`` processes, ``cpus_max`` CPUs and
``memory_max`` bytes.

``python -m runtime.cgroups`` creates it on this host (``scripts/engine up`` calls it).
"""
from __future__ import annotations

import os
import sys

from .policy import Limits

ROOT = "/sys/fs/cgroup"
PERIOD = 100_000        # µs: the CFS period docker uses


def settings(limits: Limits, unified: bool) -> dict[str, str]:
    """Relative file → value under the parent, for cgroup v2 (unified) or v1."""
    quota = str(int(limits.cpus_max * PERIOD))
    name = limits.build_cgroup
    if unified:
        return {f"{name}/pids.max": str(limits.pids_max),
                f"{name}/cpu.max": f"{quota} {PERIOD}",
                f"{name}/memory.max": str(limits.memory_max)}
    return {f"pids/{name}/pids.max": str(limits.pids_max),
            f"cpu/{name}/cpu.cfs_period_us": str(PERIOD),
            f"cpu/{name}/cpu.cfs_quota_us": quota,
            f"memory/{name}/memory.limit_in_bytes": str(limits.memory_max)}


def provision(limits: Limits, root: str = ROOT) -> dict[str, str]:
    """Create the parent cgroup with the limits; returns what was written."""
    unified = os.path.exists(os.path.join(root, "cgroup.controllers"))
    if unified:
        _write(os.path.join(root, "cgroup.subtree_control"), "+pids +cpu +memory")
    written = settings(limits, unified)
    for path, value in written.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        _write(os.path.join(root, path), value)
    if unified:
        _write(os.path.join(root, limits.build_cgroup, "cgroup.subtree_control"),
               "+pids +cpu +memory")
    return written


def _write(path: str, value: str):
    with open(path, "w", encoding="ascii") as f:
        f.write(value)


def main() -> int:
    try:
        written = provision(Limits())
    except OSError as e:
        print(f"cgroups: cannot create the build cgroup: {e}", file=sys.stderr)
        return 1
    print("cgroups: build steps limited to " + ", ".join(
        f"{os.path.basename(path)}={value}" for path, value in written.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Which builder makes the plan for each docker command."""
from __future__ import annotations

from .container_plans import (build_exec, build_inspect, build_logs, build_ps, build_rm,
                              build_run_or_other, build_start, container_verb, simple)
from .image_plans import build_build, build_images, build_pull, build_push, build_rmi, build_tag
from .object_plans import build_connect, build_network, build_network_list, build_object
from .run_plans import build_create

__all__ = ["BUILDERS", "simple"]

BUILDERS = {
    "run": build_run_or_other, "create": build_create, "exec": build_exec,
    "logs": build_logs, "ps": build_ps, "images": build_images, "rm": build_rm,
    "stop": container_verb("stop", "stop"), "restart": container_verb("restart", "restart"),
    "start": build_start, "rmi": build_rmi, "pull": build_pull, "push": build_push,
    "tag": build_tag, "inspect": build_inspect, "build": build_build,
    "network create": build_network("network create"),
    "network ls": build_network_list, "volume ls": build_network_list,
    "network rm": build_object("network rm", "network"),
    "network inspect": build_object("network inspect", "network"),
    "volume create": build_object("volume create", "volume"),
    "volume rm": build_object("volume rm", "volume"),
    "volume inspect": build_object("volume inspect", "volume"),
    "network connect": build_connect("network connect"),
    "network disconnect": build_connect("network disconnect"),
}

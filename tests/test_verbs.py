"""Every verb through the API on the real engine, with output shaped like the docker CLI's."""
from __future__ import annotations

import json

import docker
import pytest

from runtime.errors import EngineUnavailable
from runtime.executor import Executor
from runtime.plan import plan
from runtime.spec import Owner
from webapp.commands.parser import parse


def ok(run, command):
    status, body = run(command)
    assert body["status"] == "ok", (command, body)
    return body["output"]


def test_ps_flags(run):
    ok(run, "docker run -d --name alpha busybox sleep 60")
    ok(run, "docker run --name beta busybox true")
    assert ok(run, "docker ps").splitlines()[0].split() == [
        "CONTAINER", "ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]
    assert "beta" not in ok(run, "docker ps") and "beta" in ok(run, "docker ps -a")
    assert ok(run, "docker ps -a --format '{{.Names}}' -n 1") == "beta\n"
    assert ok(run, "docker ps -l --format '{{.Names}}'") == "beta\n"
    assert ok(run, "docker ps -a --filter status=exited --format '{{.Names}}'") == "beta\n"
    assert ok(run, "docker ps -a --filter name=alp --format '{{.Names}}'") == "alpha\n"
    assert len(ok(run, "docker ps -aq").split()) == 2
    assert "(virtual" in ok(run, "docker ps -s")
    table = ok(run, "docker ps -a --format 'table {{.Names}}\\t{{.Status}}'")
    assert table.splitlines()[0].split() == ["NAMES", "STATUS"]


def test_logs_flags(run):
    ok(run, "docker run --name talk busybox sh -c 'for i in 1 2 3 4 5; do echo line$i; done'")
    assert ok(run, "docker logs talk") == "".join(f"line{i}\n" for i in range(1, 6))
    assert ok(run, "docker logs --tail 2 talk") == "line4\nline5\n"
    assert ok(run, "docker logs -n 1 -t talk").split()[1] == "line5"
    assert ok(run, "docker logs --since 10m talk").count("line") == 5
    assert ok(run, "docker logs --until 2000-01-01 talk") == ""


def test_lifecycle(run):
    ok(run, "docker create --name later busybox sleep 60")
    assert "Created" in ok(run, "docker ps -a")
    assert ok(run, "docker start later") == "later\n"
    assert ok(run, "docker exec later sh -c 'echo $((6*7))'") == "42\n"
    assert ok(run, "docker exec -e X=1 -w /tmp later sh -c 'echo $X $(pwd)'") == "1 /tmp\n"
    assert ok(run, "docker restart -t 1 later") == "later\n"
    assert ok(run, "docker stop -t 1 later") == "later\n"
    assert "Exited" in ok(run, "docker ps -a --format '{{.Status}}'")
    status, body = run("docker exec later true")
    assert body["status"] == "failed" and "is not running" in body["output"]
    ok(run, "docker start later")
    assert ok(run, "docker stop --signal SIGKILL -t 1 later") == "later\n"
    assert ok(run, "docker rm -v later") == "later\n"


def test_rm_running_needs_force(run):
    ok(run, "docker run -d --name busy busybox sleep 60")
    status, body = run("docker rm busy")
    assert body["status"] == "failed" and "stop the container" in body["output"]
    assert ok(run, "docker rm -f busy") == "busy\n"


def test_inspect_formats(run):
    ok(run, "docker run -d --name look -e GREETING=hi busybox sleep 60")
    data = json.loads(ok(run, "docker inspect look"))
    assert data[0]["Name"] == "/look" and "GREETING=hi" in data[0]["Config"]["Env"]
    assert ok(run, "docker inspect -f '{{.State.Status}}' look") == "running\n"
    assert ok(run, "docker inspect --format '{{.Config.Image}}' look") == "busybox\n"
    assert json.loads(ok(run, "docker image inspect busybox"))[0]["Id"].startswith("sha256:")


def test_networks(run):
    ok(run, "docker network create mynet")
    assert "mynet" in ok(run, "docker network ls")
    ok(run, "docker run -d --name n1 --network mynet nginx")
    ok(run, "docker run -d --name n2 busybox sleep 60")
    assert ok(run, "docker network connect mynet n2") == ""
    assert ok(run, "docker network inspect -f '{{.Driver}}' mynet") == "bridge\n"
    status, body = run("docker network rm mynet")
    assert body["status"] == "failed"                       # containers still attached
    ok(run, "docker network disconnect mynet n2")
    ok(run, "docker rm -f n1")
    assert ok(run, "docker network rm mynet") == "mynet\n"
    assert "pre-defined" in run("docker network rm bridge")[1]["output"]


def test_volumes_keep_data_across_containers(run):
    assert ok(run, "docker volume create notes") == "notes\n"
    ok(run, "docker run --rm -v notes:/data busybox sh -c 'echo kept > /data/x'")
    assert ok(run, "docker run --rm -v notes:/data busybox cat /data/x") == "kept\n"
    assert "notes" in ok(run, "docker volume ls")
    assert ok(run, "docker volume inspect --format '{{.Driver}}' notes") == "local\n"
    assert ok(run, "docker volume rm notes") == "notes\n"
    status, body = run("docker volume inspect notes")
    assert body["status"] == "failed" and "no such volume" in body["output"]


def test_help_is_usage(run):
    assert ok(run, "docker run --help").startswith("Usage:  docker run")


def test_names_resolve_on_the_users_networks(run):
    ok(run, "docker network create appnet")
    ok(run, "docker run -d --name srv --network appnet nginx")
    ok(run, "docker run -d --name late busybox sleep 60")
    ok(run, "docker network connect appnet late")
    get = "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 srv 80 | head -1"
    assert "200 OK" in ok(run, f"docker run --rm --network appnet busybox sh -c \"{get}\"")
    assert "200 OK" in ok(run, f"docker exec late sh -c \"{get}\"")


@pytest.mark.parametrize("command", ["docker volume rm v1 v2", "docker network rm n1 n2",
                                     "docker rmi app:1 app:2", "docker stop a b"])
def test_engine_gone_mid_loop_is_unavailable_not_a_per_item_error(command):
    """A client whose engine is not there (explicit API version: no call until the first
    verb) — the multi-object verbs end with EngineUnavailable instead of listing it per item."""
    gone = docker.DockerClient(base_url="unix:///nonexistent/docker.sock", version="1.41")
    with pytest.raises(EngineUnavailable):
        Executor(gone).execute(plan(parse(command).spec(), Owner("test-gone")))

"""The sandbox on the real engine: refusals in every spelling, forced limits checked on the
engine itself, isolation between users, and contained bombs, floods and loops."""
from __future__ import annotations

import json
import time

import pytest

from runtime.executor import Executor

from runtime.plan import engine_name
from runtime.spec import Owner

REFUSED = [
    "docker run --privileged busybox true",
    "docker run --privileged=true busybox true",
    "docker run -itv /:/h busybox true",
    "docker run -v /etc:/x busybox true",
    "docker run --volume=/var/run/docker.sock:/s busybox true",
    "docker run -v ./here:/x busybox true",
    "docker run -v ~/x:/x busybox true",
    "docker run --mount type=bind,source=/,target=/h busybox true",
    "docker run --mount type=volume,source=v,target=/d,volume-opt=device=/ busybox true",
    "docker run --volumes-from other busybox true",
    "docker run --pid host busybox true",
    "docker run --pid=host busybox true",
    "docker run --ipc host busybox true",
    "docker run --uts host busybox true",
    "docker run --userns host busybox true",
    "docker run --cgroupns host busybox true",
    "docker run --network host busybox true",
    "docker run --net=host busybox true",
    "docker run --network container:abc busybox true",
    "docker run --cap-add SYS_ADMIN busybox true",
    "docker run --cap-add=ALL busybox true",
    "docker run --device /dev/sda busybox true",
    "docker run --gpus all busybox true",
    "docker run --security-opt seccomp=unconfined busybox true",
    "docker run --security-opt apparmor=unconfined busybox true",
    "docker run --cgroup-parent / busybox true",
    "docker run --runtime runc busybox true",
    "docker run --sysctl net.ipv4.ip_forward=1 busybox true",
    "docker run --ulimit nproc=99999 busybox true",
    "docker run --oom-kill-disable busybox true",
    "docker run -m 1g busybox true",
    "docker run --memory=512m busybox true",
    "docker run --memory-swap -1 busybox true",
    "docker run --cpus 2 busybox true",
    "docker run --pids-limit -1 busybox true",
    "docker run --pids-limit 10000 busybox true",
    "docker run --env-file /etc/shadow busybox true",
    "docker run --label-file /etc/passwd busybox true",
    "docker run --cidfile /tmp/x busybox true",
    "docker run --label org.gorae.owner=someone busybox true",
    "docker run -l org.gorae.owner=x busybox true",
    "docker run --restart always busybox true",
    "docker run --restart unless-stopped busybox true",
    "docker run --restart on-failure:10 busybox true",
    "docker run --add-host evil:1.2.3.4 busybox true",
    "docker run --dns 8.8.8.8 busybox true",
    "docker run --log-driver none busybox true",
    "docker run --log-opt max-size=10g busybox true",
    "docker run -p 80:80 nginx",
    "docker run -p 0.0.0.0:8080:80 nginx",
    "docker run -w /proc/sys busybox true",
    "docker run --workdir=/sys busybox true",
    "docker run --use-api-socket busybox true",
    "docker run --volume-driver local busybox true",
    "docker create --privileged busybox",
    "docker exec --privileged web1 sh",
    "docker run —privileged busybox true",
    "docker run –privileged busybox true",
    "docker container run --privileged busybox true",
    "docker network create -d host n1",
    "docker volume create -o type=none -o o=bind -o device=/ v1",
    "docker volume create --driver other v1",
]


@pytest.mark.parametrize("command", REFUSED)
def test_refused_in_every_spelling(run, engine, owner_id, command):
    status, body = run(command)
    assert status == 422, body
    assert body["status"] == "refused"
    violation = body["violations"][0]
    assert violation["message"] and violation["alternative"]
    assert 0 <= violation["start"] < violation["end"] <= len(command)
    assert engine.containers.list(all=True, filters={"label": f"org.gorae.owner={owner_id}"}) == []


def test_refusal_is_in_korean_when_asked(run):
    status, body = run("docker run --privileged busybox true", lang="ko")
    assert status == 422
    assert "권한" in body["violations"][0]["message"]


def test_forced_limits_on_the_engine(run, engine, owner_id):
    status, body = run("docker run -d --name limits busybox sleep 60")
    assert status == 200, body
    host = engine.containers.get(engine_name(Owner(owner_id), "limits")).attrs["HostConfig"]
    assert host["Memory"] == 128 * 1024 * 1024 and host["MemorySwap"] == host["Memory"]
    assert host["NanoCpus"] == 500_000_000
    assert host["PidsLimit"] == 128
    assert host["Privileged"] is False
    assert "no-new-privileges:true" in host["SecurityOpt"]
    assert "NET_RAW" in host["CapDrop"] and not host["CapAdd"]
    assert host["LogConfig"] == {"Type": "json-file", "Config": {"max-file": "1", "max-size": "1m"}}
    assert host["Binds"] in (None, [])
    assert host["NetworkMode"] == engine_name(Owner(owner_id), "bridge")


def test_lower_limits_are_honoured(run, engine, owner_id):
    status, body = run("docker run -d --name small -m 64m --cpus 0.25 --pids-limit 20 busybox sleep 60")
    assert status == 200, body
    host = engine.containers.get(engine_name(Owner(owner_id), "small")).attrs["HostConfig"]
    assert (host["Memory"], host["NanoCpus"], host["PidsLimit"]) == (64 * 2**20, 250_000_000, 20)


def test_published_ports_stay_on_loopback(run, engine, owner_id):
    status, body = run("docker run -d -p 8080:80 --name pub nginx")
    assert status == 200, body
    bindings = engine.containers.get(engine_name(Owner(owner_id), "pub")).attrs["HostConfig"]["PortBindings"]
    for binds in bindings.values():
        for bind in binds:
            assert bind["HostIp"] == "127.0.0.1"
            assert 20000 <= int(bind["HostPort"]) <= 20999


def test_other_users_objects_do_not_exist(app, run):
    status, body = run("docker run -d --name secret busybox sleep 60")
    assert body["status"] == "ok", body
    container_id = body["output"].strip()
    intruder = app.test_client()
    for command in ["docker logs secret", "docker exec secret ls", "docker rm -f secret",
                    "docker stop secret", "docker inspect secret", f"docker logs {container_id[:12]}",
                    f"docker rm -f {container_id[:6]}", f"docker inspect {container_id}"]:
        response = intruder.post("/api/v1/run", json={"command": command}).get_json()
        assert response["status"] == "failed", (command, response)
        assert "No such" in response["output"], (command, response)
    ps = intruder.post("/api/v1/run", json={"command": "docker ps -a -q"}).get_json()
    assert ps["output"] == ""
    status, body = run("docker inspect secret")
    assert status == 200 and body["status"] == "ok"


def test_users_cannot_reach_each_other(app, run):
    status, body = run("docker run -d --name srv nginx")
    assert status == 200
    ip = _ip(run, "srv")
    other = app.test_client()
    probe = other.post("/api/v1/run", json={"command": _http_get(ip)}).get_json()
    assert "nginx" not in probe["output"] and "rc=0" not in probe["output"], probe
    mine = run(_http_get(ip))[1]
    assert "rc=0" in mine["output"] and "nginx" in mine["output"], mine


def test_no_egress_by_default(run, engine, owner_id):
    status, body = run(_http_get("1.1.1.1"))
    assert "rc=0" not in body["output"] and "rc=" in body["output"], body
    network = engine.networks.get(engine_name(Owner(owner_id), "bridge"))
    assert network.attrs["Internal"] is True


def _http_get(ip: str) -> str:
    """A plain HTTP GET with busybox nc (its wget needs NSS, which the static build lacks)."""
    return (f"docker run --rm busybox sh -c 'printf \"GET / HTTP/1.0\\r\\n\\r\\n\" "
            f"| nc -w 2 {ip} 80; echo rc=$?'")


def _ip(run, name):
    data = json.loads(run(f"docker inspect {name}")[1]["output"])
    return next(iter(data[0]["NetworkSettings"]["Networks"].values()))["IPAddress"]


def test_fork_bomb_is_contained(run):
    status, body = run("docker run --rm busybox sh -c 'for i in $(seq 400); do sleep 5 & done; "
                       "wait; echo survived'")
    assert body["status"] in ("ok", "failed")
    assert "can't fork" in body["output"] or "Resource temporarily unavailable" in body["output"]


def test_memory_bomb_is_killed_and_explained(run):
    status, body = run("docker run --rm busybox sh -c 'x=a; while true; do x=$x$x; done'")
    assert body["exit_code"] == 137
    assert "memory limit 128 MiB" in body["output"]


def test_log_flood_is_capped(run):
    status, body = run("docker run --rm busybox sh -c 'yes 0123456789abcdef | head -c 3000000'")
    assert len(body["output"].encode()) <= 1024 * 1024 + 200


def test_endless_loop_is_killed(make_app, engine):
    client = make_app(RUN_TIMEOUT=2.0).test_client()
    body = client.post("/api/v1/run", json={"command": "docker run --rm busybox sh -c "
                                                       "'while true; do :; done'"}).get_json()
    assert body["exit_code"] == 137
    assert "time limit" in body["output"]


def test_quota_says_which_and_how_to_free(run):
    for i in range(5):
        assert run(f"docker run -d --name q{i} busybox sleep 60")[0] == 200
    status, body = run("docker run -d --name q5 busybox sleep 60")
    assert body["status"] == "refused"
    assert "5 containers" in body["message"] and "docker rm" in body["message"]


def test_image_not_offered_lists_the_available_ones(run, engine, owner_id):
    status, body = run("docker run --rm postgres")
    assert body["status"] == "failed"
    assert "busybox" in body["output"] and "nginx" in body["output"]
    assert engine.containers.list(all=True, filters={"label": f"org.gorae.owner={owner_id}"}) == []


def test_first_run_makes_the_users_network(run, engine, owner_id):
    """The default network is created when the engine first asks for it (at start)."""
    network = engine_name(Owner(owner_id), "bridge")
    assert engine.networks.list(names=[network]) == []
    status, body = run("docker run --rm busybox echo hello")
    assert (status, body["output"]) == (200, "hello\n"), body
    assert engine.networks.get(network).attrs["Labels"]["org.gorae.owner"] == owner_id


def test_unknown_network_leaves_no_container(run, engine, owner_id):
    status, body = run("docker run --network nope busybox true")
    assert body["status"] == "failed" and "network nope not found" in body["output"], body
    assert engine.containers.list(all=True, filters={"label": f"org.gorae.owner={owner_id}"}) == []


def test_reaper_removes_expired_and_orphans(app, run, engine, owner_id):
    run("docker run -d --name old busybox sleep 60")
    engine.containers.run("busybox", "sleep 60", detach=True, name=f"orphan-{owner_id[-6:]}",
                          labels={"org.gorae.owner": owner_id})
    removed = Executor(engine).reap(now=time.time() + 31 * 60, owner_prefix=owner_id)
    names = {c.name for c in engine.containers.list(all=True, filters={"label": f"org.gorae.owner={owner_id}"})}
    assert not names and len(removed) >= 2

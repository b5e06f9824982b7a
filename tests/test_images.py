"""Images on the real engine: tag, build, push and pull through the private registry, each
user in their own namespace; shared demo images stay read-only."""
from __future__ import annotations

import pytest


def test_build_with_the_sample_context_then_run(run):
    status, body = run("docker build -t myapp .")
    assert body["status"] == "ok", body
    assert "Successfully tagged myapp:latest" in body["output"]
    assert "org.gorae" not in body["output"]
    assert run("docker run --rm myapp")[1]["output"] == "Hello from my first image\n"


def test_build_with_an_uploaded_context(run):
    files = {"Dockerfile": "FROM busybox\nCOPY greeting.txt /\nCMD [\"cat\", \"/greeting.txt\"]\n",
             "greeting.txt": "안녕, 고래!\n"}
    status, body = run("docker build -t greeter:1.0 .", files=files)
    assert body["status"] == "ok", body
    assert run("docker run --rm greeter:1.0")[1]["output"] == "안녕, 고래!\n"


def test_build_has_no_network(run):
    files = {"Dockerfile": "FROM busybox\nRUN nc -w 2 1.1.1.1 80 </dev/null\n"}
    status, body = run("docker build -t netless .", files=files)
    assert body["status"] == "failed" and body["exit_code"] != 0


@pytest.mark.parametrize("files", [{"../etc/passwd": "x"}, {"/abs": "x"}, {"Dockerfile": 5},
                                   {f"f{i}": "x" for i in range(30)},
                                   {"Dockerfile": "FROM busybox\n" + "#" * 13000}])
def test_bad_build_contexts_are_refused(run, files):
    status, body = run("docker build -t bad .", files=files)
    assert status in (413, 422), body
    if status == 422:
        assert body["violations"][0]["code"] == "context-refused"


def test_tag_push_remove_pull_through_the_private_registry(run):
    assert run("docker tag busybox localhost:5000/mybox:1.0")[1]["status"] == "ok"
    pushed = run("docker push localhost:5000/mybox:1.0")[1]
    assert pushed["status"] == "ok", pushed
    assert "The push refers to repository [localhost:5000/mybox]" in pushed["output"]
    assert "digest: sha256:" in pushed["output"]
    assert run("docker rmi localhost:5000/mybox:1.0")[1]["status"] == "ok"
    assert "localhost:5000/mybox" not in run("docker images")[1]["output"]
    pulled = run("docker pull localhost:5000/mybox:1.0")[1]
    assert pulled["status"] == "ok", pulled
    assert run("docker run --rm localhost:5000/mybox:1.0 echo pulled-back")[1]["output"] == "pulled-back\n"


def test_images_of_others_do_not_exist(app, run, engine):
    run("docker tag busybox secret-image:1")
    run("docker tag busybox localhost:5000/secret:1")
    run("docker push localhost:5000/secret:1")
    other = app.test_client()

    def as_other(command):
        return other.post("/api/v1/run", json={"command": command}).get_json()
    assert "secret" not in as_other("docker images")["output"]
    for command in ["docker run --rm secret-image:1 true", "docker inspect secret-image:1",
                    "docker rmi secret-image:1", "docker pull localhost:5000/secret:1",
                    "docker tag secret-image:1 mine"]:
        answer = as_other(command)
        assert answer["status"] == "failed", (command, answer)


def test_shared_images_are_read_only(run):
    assert "shared sandbox image" in run("docker rmi busybox")[1]["output"]
    status, body = run("docker tag busybox nginx")
    assert status == 422 and body["violations"][0]["code"] == "tag-refused"
    status, body = run("docker push busybox")
    assert status == 422 and body["violations"][0]["code"] == "push-refused"
    assert "localhost:5000/busybox" in body["violations"][0]["alternative"]


def test_image_quota(run):
    for i in range(5):
        assert run(f"docker tag busybox img{i}")[1]["status"] == "ok"
    body = run("docker tag busybox img5")[1]
    assert body["status"] == "refused" and "5 images" in body["message"]
    assert run("docker tag busybox img0:latest")[1]["status"] == "ok"   # re-tagging is free

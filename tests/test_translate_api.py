"""/api/v1/translate end to end: the caller's real containers as context, explanation and
sandbox verdicts on the answer."""
from __future__ import annotations


def translate(client, text, **extra):
    response = client.post("/api/v1/translate", json={"text": text, **extra})
    assert response.status_code == 200
    return response.get_json()


def test_korean_request_becomes_an_explained_command(client):
    answer = translate(client, "nginx를 8080 포트로 백그라운드 실행해줘")
    assert answer["command"] == "docker run -d -p 8080:80 nginx"
    assert answer["lang"] == "ko" and answer["clarify"] is None
    kinds = [t["kind"] for t in answer["explanation"]]
    assert kinds[:2] == ["program", "subcommand"] and "flag" in kinds
    assert all(t["help"] for t in answer["explanation"])
    assert answer["violations"] == [] and answer["errors"] == []


def test_typo_command_is_corrected(client):
    answer = translate(client, "dokcer ps -a")
    assert answer["command"] == "docker ps -a"
    assert answer["corrections"]


def test_context_comes_from_the_callers_own_containers(client, run):
    run("docker run -d --name web1 nginx")
    run("docker run -d --name db busybox sleep 60")
    answer = translate(client, "로그 보여줘")
    assert answer["command"] is None and "web1" in answer["clarify"] and "db" in answer["clarify"]
    assert translate(client, "show me web1's logs")["command"] == "docker logs web1"


def test_dangerous_request_comes_back_with_the_refusal(client):
    answer = translate(client, "run busybox privileged")
    assert "--privileged" in answer["command"]
    assert answer["violations"] and answer["violations"][0]["option"] == "privileged"


def test_concept_question_links_the_learn_page(client):
    answer = translate(client, "컨테이너랑 VM 차이가 뭐야?")
    assert answer["command"] is None and answer["concept"]["slug"] == "vm-vs-container"


def test_korean_arguments_of_a_typed_command_are_kept(client):
    answer = translate(client, "docker run --rm busybox echo 안녕 고래")
    assert answer["command"] == "docker run --rm busybox echo '안녕' '고래'"


def test_overlong_requests_are_refused_quickly(client):
    response = client.post("/api/v1/translate", json={"text": "0" * 1001})
    assert response.status_code == 400
    assert response.get_json()["error"] == "text-too-long"

"""The browser proxy: a container's web server, reachable by its owner only."""
from __future__ import annotations

import time


def _wait_ok(client, url):
    for _ in range(30):
        response = client.get(url, headers={"Accept-Encoding": "identity"})
        if response.status_code == 200:
            return response
        time.sleep(0.2)
    return response


def test_published_port_gives_a_link_that_reaches_nginx(client, run):
    status, body = run("docker run -d -p 8080:80 --name site nginx")
    assert body["status"] == "ok", body
    assert body["links"] == [{"port": 80, "url": "/sandbox/p/site/80/"}]
    page = _wait_ok(client, "/sandbox/p/site/80/")
    assert page.status_code == 200 and b"Welcome to nginx" in page.data
    assert page.headers["Content-Security-Policy"].startswith("sandbox")
    logs = run("docker logs site")[1]["output"]
    assert "GET / HTTP" in logs


def test_other_users_cannot_use_the_link(app, run):
    run("docker run -d -p 8081:80 --name private nginx")
    response = app.test_client().get("/sandbox/p/private/80/")
    assert response.status_code == 404
    assert b"No such container: private" in response.data


def test_a_port_nobody_listens_on_is_a_clear_502(client, run):
    run("docker run -d --name quiet busybox sleep 60")
    response = client.get("/sandbox/p/quiet/80/")
    assert response.status_code == 502
    assert b"does not answer on port 80" in response.data

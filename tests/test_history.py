"""The history pages and store: the caller's own entries, search (FTS and short words), filters,
pagination, deleting with CSRF tokens, exports, and escaping of everything stored."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

from webapp.history import store

XSS = '"><img src=x onerror=alert(1)><script>alert(2)</script>'


def _record(app, user, text, status="ok", verb="run", output="", command=None):
    with app.app_context():
        return store.record(user, "api", text, {"status": status, "verb": verb, "exit_code": 0,
                                                "command": command or text, "output": output}, 1.0)


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture
def seeded(app, client, owner_id):
    ids = [_record(app, owner_id, f"docker run --rm busybox echo number-{i}", output=f"number-{i}\n")
           for i in range(25)]
    ids.append(_record(app, owner_id, "docker ps", verb="ps", output="CONTAINER ID\n"))
    ids.append(_record(app, owner_id, "docker run --privileged busybox", status="refused"))
    ids.append(_record(app, owner_id, "docker run --rm busybox echo 안녕하세요-고래",
                       output="안녕하세요-고래\n"))
    return ids


def test_history_lists_newest_first_and_pages(client, seeded):
    html = client.get("/history").get_data(as_text=True)
    assert html.index("안녕하세요-고래") < html.index("docker ps")
    assert html.count('class="history-entry"') == 20
    older = re.search(r'href="(/history\?before=\d+)"', html).group(1)
    rest = client.get(older).get_data(as_text=True)
    assert rest.count('class="history-entry"') == 8 and "number-0" in rest
    assert "28 entries in all" in html or "전체 28개" in html


@pytest.mark.parametrize("query, expect, absent", [
    ("안녕하세요", "안녕하세요-고래", "number-3"),       # Korean, trigram FTS
    ("number-7", "number-7", "안녕하세요"),
    ("ps", "docker ps", "number-3"),                   # two characters: LIKE
    ("고래", "안녕하세요-고래", "number-3"),
])
def test_history_search(client, seeded, query, expect, absent):
    html = client.get("/history", query_string={"q": query}).get_data(as_text=True)
    main = html.split("<main")[1]
    assert expect in main and absent not in main


def test_history_filters(client, seeded):
    refused = client.get("/history?status=refused").get_data(as_text=True)
    assert refused.count('class="history-entry"') == 1 and "--privileged" in refused
    ps = client.get("/history?verb=ps").get_data(as_text=True)
    assert ps.count('class="history-entry"') == 1
    assert '<option value="ps"' in ps


def test_history_is_per_user(app, client, seeded):
    other = app.test_client()
    html = other.get("/history").get_data(as_text=True)
    assert "number-1" not in html
    assert json.loads(other.get("/history/export.json").get_data())["items"] == []


def test_delete_one_needs_the_csrf_token_and_the_owner(app, client, seeded):
    html = client.get("/history").get_data(as_text=True)
    victim = seeded[-1]
    assert client.post(f"/history/{victim}/delete").status_code == 400
    assert client.post(f"/history/{victim}/delete", data={"csrf_token": "forged"}).status_code == 400
    other = app.test_client()
    _record(app, client_user_of(other), "docker ps")
    other_token = _token(other.get("/history").get_data(as_text=True))
    assert other.post(f"/history/{victim}/delete", data={"csrf_token": other_token}).status_code == 303
    with app.app_context():
        assert store.count(client_user(client)) == 28       # not someone else's to delete
    response = client.post(f"/history/{victim}/delete", data={"csrf_token": _token(html)})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "안녕하세요-고래" not in page.split("<main")[1]
    assert "Deleted." in page or "지웠어요." in page


def client_user(client) -> str:
    with client.session_transaction() as session:
        return client.application.config["USER_PREFIX"] + session["uid"]


def test_delete_all(app, client, seeded):
    html = client.get("/history").get_data(as_text=True)
    assert client.post("/history/delete", data={}).status_code == 400
    response = client.post("/history/delete", data={"csrf_token": _token(html)})
    assert response.status_code == 303
    with app.app_context():
        assert store.count(client_user(client)) == 0
    assert 'class="history-entry"' not in client.get("/history").get_data(as_text=True)


def test_csrf_token_is_per_session(app, client, seeded):
    mine = _token(client.get("/history").get_data(as_text=True))
    other = app.test_client()
    _record(app, client_user_of(other), "docker ps")
    theirs = _token(other.get("/history").get_data(as_text=True))
    assert mine != theirs
    assert client.post("/history/delete", data={"csrf_token": theirs}).status_code == 400


def client_user_of(client) -> str:
    client.get("/history")
    return client_user(client)


def test_export_json_and_csv(client, seeded):
    response = client.get("/history/export.json")
    assert response.headers["Content-Disposition"] == 'attachment; filename="gorae-history.json"'
    items = response.get_json()["items"]
    assert len(items) == 28 and items[0]["output"] == "안녕하세요-고래\n"
    assert "user_id" not in items[0]
    response = client.get("/history/export.csv")
    assert response.headers["Content-Disposition"] == 'attachment; filename="gorae-history.csv"'
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 28 and rows[0]["input"].endswith("안녕하세요-고래")


def test_csv_export_defuses_formulas(app, client, owner_id):
    _record(app, owner_id, "=HYPERLINK(\"http://evil\")", status="invalid", verb=None)
    rows = list(csv.DictReader(io.StringIO(client.get("/history/export.csv").get_data(as_text=True)
                                           .lstrip("\ufeff"))))
    assert rows[0]["input"].startswith("'=")


def test_everything_stored_is_escaped(app, client, owner_id):
    _record(app, owner_id, f"docker run --name {XSS} busybox", status="invalid",
            output=f"{XSS}\x1b]52;c;ZXZpbA==\x07\n")
    html = client.get("/history", query_string={"q": XSS}).get_data(as_text=True)
    main = html.split("<main")[1]
    assert "<img src=x" not in main and "<script>alert(2)" not in main
    assert "&lt;img src=x onerror=alert(1)&gt;" in main
    assert 'value="&#34;&gt;&lt;img' in main         # the search box keeps the query, escaped


def test_store_search_short_words_and_delete(app, owner_id):
    _record(app, owner_id, "docker ps -a", verb="ps")
    _record(app, owner_id, "docker run 앱", output="앱\n")
    with app.app_context():
        assert [r["input"] for r in store.search(owner_id, "앱")] == ["docker run 앱"]
        assert [r["input"] for r in store.search(owner_id, "-a")] == ["docker ps -a"]
        assert store.search(owner_id, "%") == [] and store.search(owner_id, "_") == []
        assert store.verbs(owner_id) == ["ps", "run"]
        run_id = store.search(owner_id, "앱")[0]["id"]
        assert store.delete("someone-else", run_id) is False
        assert store.delete(owner_id, run_id) is True
        assert store.search(owner_id, "앱") == [] and store.items(owner_id, "docker run") == []

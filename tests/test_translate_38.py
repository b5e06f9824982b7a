"""Session causes (fixer AE): "I think / I guess / looks like" is the speaker's hedge, never a
name; "X's logs" names X also when X reads as a verb form ("billing"); "kick it" / "give it a
kick" is restart; "how do I build … here" is a request; "what is X printing" is X's logs; and a
database client alone as a typed exec's command gets -it."""
import pytest

from tests.translating import assert_asks, assert_command, container

_CACHE_DB = {"containers": [container("sessions-cache", "redis:7", created=3),
                            container("orders-db", "postgres:16", created=2)]}
_TWO_API = {"containers": [container("api-blue", "shopapi:1", created=1),
                           container("api-green", "shopapi:2", created=2)]}
_ONE_API = {"containers": [container("api", "shopapi:1", created=1), container("db", "postgres", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # a hedge before the request is talk
    ("i guess the container web is stuck, restart it", None, "docker restart web"),
    ("I believe billing is frozen, please restart it", None, "docker restart billing"),
    ("so I think cache-1 crashed, start it again", None, "docker start cache-1"),
    ("apparently worker died, show its logs", None, "docker logs worker"),
    ("I think I need to run nginx on port 8080", None, "docker run -p 8080:80 nginx"),
    # near miss: "looks like" inside a request is not a hedge to drop
    ("run an image that looks like nginx", None, "docker run nginx"),
    # "X's logs" names X, also an -ing / -ed word
    ("show billing's logs from the last hour", None, "docker logs --since 1h billing"),
    ("tail shipping's logs", None, "docker logs -f shipping"),
    ("show seeded's log", None, "docker logs seeded"),
    ("show web's logs", None, "docker logs web"),
    # "kick it", "give it a kick": a stuck container restarted
    ("my postgres is frozen, give it a kick", _CACHE_DB, "docker restart orders-db"),
    ("both are hung, kick them", _CACHE_DB, "docker restart sessions-cache orders-db"),
    ("power cycle sessions-cache", _CACHE_DB, "docker restart sessions-cache"),
    # near miss: "kick off" a build is no restart
    ("kick off a build of this folder", None, "docker build ."),
    # "how do I build … here": the user's own folder, a request
    ("how do i build the image here", None, "docker build ."),
    ("how can I build this project, tag it shop:1", None, "docker build -t shop:1 ."),
    ("how do we build the dockerfile in this directory", None, "docker build ."),
    # "what is X printing": X's logs
    ("what's web1 outputting right now?", None, "docker logs web1"),
    ("what is my worker container spitting out", None, "docker logs worker"),
    ("what is the api printing? follow it", _ONE_API, "docker logs -f api"),
    ("what is running", None, "docker ps"),
    # a database client alone as a typed exec's command opens its prompt: -it
    ("docker exec cache1 redis-cli", None, "docker exec -i -t cache1 redis-cli"),
    ("exce db1 mysql", None, "docker exec -i -t db1 mysql"),
    ("exec pgmain psql", None, "docker exec -i -t pgmain psql"),
    # near misses: with arguments it runs once; -d or -i chosen stays
    ("exec cache1 redis-cli ping", None, "docker exec cache1 redis-cli ping"),
    ("exec pg2 psql -c 'select 1'", None, "docker exec pg2 psql -c 'select 1'"),
    ("docker exec -d web1 mongosh", None, "docker exec -d web1 mongosh"),
    ("exec box7 bash", None, "docker exec box7 bash"),
])
def test_talk_names_and_verbs(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("what is the api printing", _TWO_API, ("api-blue", "api-green")),
    ("I think the api is hung, restart it", _TWO_API, ("api-blue", "api-green")),
])
def test_still_asks(text, context, names):
    assert_asks(text, context, names)


def test_how_to_build_in_general_is_a_page():
    from webapp.commands.translate import translate
    assert translate("how do i build an image")["concept"] is not None

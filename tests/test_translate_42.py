"""Session causes (fixer AI): the hour and a deadline ("it's 2am", "due at 9am", "새벽 2시"),
an agent's "agent step 4/9:", how the machine or a container is doing ("disk is full", "X is
done forever"), a pager going off for X, "what X printed" and "timestamps would help", "got
anything whose name …", "what images have I got downloaded", "I keep forgetting how to …",
"in container X, run IMAGE-WORD args", "the one named X" and "redis1에서 …" are talk or name
what the request is about."""
import pytest

from tests.translating import assert_asks, assert_command


@pytest.mark.parametrize("text, context, expected", [
    # the hour and a deadline are talk; "since 9am" is still a time for the logs
    ("it's 11pm and I need postgres listening on host port 5433, in the background", None,
     "docker run -d -p 5433:5432 postgres"),
    ("the lab is due by 8am, show me the logs of api", None, "docker logs api"),
    ("it's 10:30pm, restart web1 please", None, "docker restart web1"),
    ("at 3pm the demo starts, run nginx on port 8080", None, "docker run -d -p 8080:80 nginx"),
    ("it's really late, stop web1", None, "docker stop web1"),
    ("밤 11시 30분인데 api 로그 보여줘", None, "docker logs api"),
    ("새벽 3시라서 급해, web1 재시작해줘", None, "docker restart web1"),
    ("show logs of api since 9am", None, "docker logs --since <time> api"),
    # an agent's place in its plan is not a value
    ("bot step 2 of 5: restart web1", None, "docker restart web1"),
    ("plan step #3/4 - show logs of api", None, "docker logs api"),
    ("agent step 1/3: list every container, stopped too, ids only", None, "docker ps -a -q"),
    # how the machine is doing is talk; "full" describing the output still means --no-trunc
    ("my laptop is almost out of space - show me images", None, "docker images"),
    ("the server is so slow, list running containers", None, "docker ps"),
    ("list images with full ids", None, "docker images --no-trunc"),
    ("show the full output of docker ps", None, "docker ps --no-trunc"),
    # "X is done forever": how long it stays done is talk
    ("batch-old is finished for good, remove it", None, "docker rm batch-old"),
    ("the legacy-api containers are dead forever. delete them", None, "docker rm legacy-api"),
    ("web1 is done, get rid of it", None, "docker rm web1"),
    # a pager going off for X names X; with no X it is only talk
    ("the alert fired for billing, restart it", None, "docker restart billing"),
    ("pager just paged me about ledger-svc: tail its last 50 log lines", None, "docker logs -n 50 ledger-svc"),
    ("alert triggered on cache-2 - restart it", None, "docker restart cache-2"),
    ("the alarm went off, stop web1", None, "docker stop web1"),
    # what a container printed is its logs; "timestamps would help" asks for -t
    ("what has scheduler-2 logged since 10m ago", None, "docker logs --since 10m scheduler-2"),
    ("show me what the gateway container wrote in the last hour, timestamps would be nice", None,
     "docker logs --since 1h -t gateway"),
    ("list all containers, sizes would really help", None, "docker ps -a -s"),
    ("run nginx, it would help", None, "docker run nginx"),
    # "got anything whose name …", "what images have I got downloaded": what is here already
    ("got any containers whose name has web in it?", None, "docker ps -f name=web"),
    ("you got anything with db in the name", None, "docker ps -f name=db"),
    ("which images have we pulled so far", None, "docker images"),
    ("what images do I have downloaded", None, "docker images"),
    ("got nginx downloaded? if not pull it", None, "docker pull nginx"),
    # "I keep forgetting how to …" is talk; the request follows
    ("I never remember how to see logs of a stopped container. show me the logs of batch-7", None,
     "docker logs batch-7"),
    ("ugh, I always forget how to do this. restart web1", None, "docker restart web1"),
    ("I forgot how to stop web1", None, "docker stop web1"),
    # an image word with arguments, run inside a container named, is the program there
    ("in container web1 run node scripts/seed.js", None, "docker exec web1 node scripts/seed.js"),
    ("run python manage.py migrate in web1", None, "docker exec web1 python manage.py migrate"),
    ("in the billing container, run python manage.py showmigrations", None,
     "docker exec billing python manage.py showmigrations"),
    ("run python manage.py migrate", None, "docker run python manage.py migrate"),
    ("open a shell in the one called api-2", None, "docker exec -i -t api-2 sh"),
    ("stop the one named cache", None, "docker stop cache"),
    # a numbered image word where something happens is a container named after its image
    ("mongo2에서 mongosh 실행해줘", None, "docker exec -i -t mongo2 mongosh"),
    ("in redis1, open redis-cli", None, "docker exec -i -t redis1 redis-cli"),
    ("redis에서 redis-cli 열어줘", None, "docker run -i -t redis redis-cli"),
    ("run redis7", None, "docker run redis"),
])
def test_session_causes(text, context, expected):
    assert_command(text, context, expected)


def test_clock_does_not_hide_a_missing_image():
    assert_asks("it's 2am and I need something listening on host port 8080")

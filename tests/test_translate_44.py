"""Fixer AK: talk and framing around a request (a poster's tag, an exercise heading, "emit the
command", a closing "I'm finished with …", the box it happens on, what it is for), run-only
images, a container left behind, a database client "of" a container, the newest container, a
correction pointing back, and "everything except …"."""
import pytest

from tests.translating import assert_asks, assert_command, container

_NEWEST = {"containers": [container("web", "nginx"), container("fresh_turing", "alpine", created=3),
                          container("queue", "redis", created=2)]}
_BOXES = {"containers": [container("scratch", "busybox", "exited", created=2),
                         container("front", "nginx"), container("api", "node:20", created=3)]}
_STACK = {"containers": [container("cache", "redis:7"), container("api-db", "postgres:16", created=2),
                         container("api", "node:20", created=3)]}


@pytest.mark.parametrize("text, context, expected", [
    # a poster's [tag], an exercise heading, "emit the command": framing, never values
    ("[ci-bot] lab 2: list all volumes", None, "docker volume ls"),
    ("exercise 4 says run redis detached, what do i type", None, "docker run -d redis"),
    ("homework 3: show the last 20 log lines of api-7", None, "docker logs -n 20 api-7"),
    ("[tester] question 5 check: emit command listing images", None, "docker images"),
    ("generate the command to stop web1", None, "docker stop web1"),
    ("[task 1/3] list volumes", None, "docker volume ls"),
    # a closing "I'm finished with exercise 2" is talk
    ("restart api; we're done with lab 4!", None, "docker restart api"),
    ("kill web1, I'm all done with the tutorial", None, "docker kill web1"),
    ("remove cache, I'm finished with step 3", None, "docker rm cache"),
    # an image only ever run, with no verb; a container not left behind is --rm
    ("test my install with hello-world", None, "docker run hello-world"),
    ("verify my setup using hello-world", None, "docker run hello-world"),
    ("run alpine echo hi and don't leave anything behind", None, "docker run --rm alpine echo hi"),
    ("start busybox, don't keep the container", None, "docker run --rm busybox"),
    ("run nginx and leave it running", None, "docker run nginx"),
    # what it is for ("to practice …", "for the session store") and the box it runs on are talk
    ("launch alpine and get inside it to learn shell scripting", None, "docker run -i -t alpine sh"),
    ("start a container with debian and get a shell in it to study the filesystem", None,
     "docker run -i -t debian bash"),
    ("run memcached for the caching layer, detached", None, "docker run -d memcached"),
    ("we have a build server where I want to pull alpine", None, "docker pull alpine"),
    ("I've got this old ubuntu vm and I need to run nginx on 8080", None, "docker run -p 8080:80 nginx"),
    ("I need to bring up a postgres instance for the billing store. Name it bill-db", None,
     "docker run -d --name bill-db postgres"),
    # a database client "of"/"on" a container opens in it
    ("open the redis-cli of sessions", None, "docker exec -i -t sessions redis-cli"),
    ("the mongosh on mongo1 please", None, "docker exec -i -t mongo1 mongosh"),
    ("give me the psql of orders-db", None, "docker exec -i -t orders-db psql"),
    ("run mysql on port 3306", None, "docker run -p 3306:3306 mysql"),
    # "N minutes for NAME": whose logs, not what the minutes are for
    ("logs from the past 20 minutes for queue-2", None, "docker logs --since 20m queue-2"),
    ("stop web, give it 30 secs for it to finish", None, "docker stop -t 30 web"),
    # the environment variables "of" a container are those inside it
    ("print the env vars of relay-1 using env", None, "docker exec relay-1 env"),
    ("what are the environment variables of queue-7", None, "docker exec queue-7 env"),
    ("show the environment variables from web1", None, "docker exec web1 env"),
    # "the last container" is the newest one, not a time window
    ("open a shell in the last container", _NEWEST, "docker exec -i -t fresh_turing sh"),
    ("get me the logs from the last container I ran", _NEWEST, "docker logs fresh_turing"),
    ("show logs in the last 10 minutes for web", _NEWEST, "docker logs --since 10m web"),
    # a correction pointing back at "the container" keeps the object said before
    ("kill api? no, just stop the container", _BOXES, "docker stop api"),
    ("remove the nginx one and its image. actually no, just remove the container", _BOXES, "docker rm front"),
    ("stop front? no wait, stop api", _BOXES, "docker stop api"),
    # "everything except X": every running container but X
    ("stop all containers but api", _STACK, "docker stop cache api-db"),
    ("restart all except the postgres one", _STACK, "docker restart cache api"),
    ("kill everything other than api-db", _STACK, "docker kill cache api"),
    ("stop everything except cache and api", _STACK, "docker stop api-db"),
    ("stop everything", _STACK, "docker stop cache api-db api"),
])
def test_talk_and_picks(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("stop everything except cache", None, ()),
    ("open a shell in the newest container", None, ()),
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

"""Session causes (fixer AC): any doing ("I'm finishing my lab and the handout says to …") is
background, "what would the command be?" asks for docker's command, ", I'm on 7 now" is a reason
aside, "the printer's back online, …" is talk, a state asked about alone ("anything paused?",
"status is created") lists that state, "update my X image" pulls it, "X to also be called Y" tags
it, and "whichever one runs IMAGE" is the container running it."""
import pytest

from tests.translating import assert_asks, assert_command, container

_BOXES = {"containers": [container("dev-box", "ubuntu:22.04", created=1), container("edge", "caddy:2", created=2)]}
_TWO_UBUNTU = {"containers": [container("dev-box", "ubuntu:22.04", created=1),
                              container("ci-box", "ubuntu:24.04", created=2)]}


@pytest.mark.parametrize("text, context, expected", [
    # what the user is doing, and the page named again, are background
    ("hey, I'm starting my networking lab sheet and the worksheet says to run redis in the background "
     "on port 6379", None, "docker run -d -p 6379:6379 redis"),
    ("I'm redoing the week 4 exercise and the handout says: run postgres:16 detached with POSTGRES_PASSWORD "
     "set to pw", None, "docker run -d -e POSTGRES_PASSWORD=pw postgres:16"),
    ("we're reviewing the docker tutorial and it says to list all containers", None, "docker ps -a"),
    # "what would the command be?": docker's own command, not a program to run
    ("run redis detached, what should the command be?", None, "docker run -d redis"),
    ("start nginx in the background on port 8081. What would the command be? thanks", None,
     "docker run -d -p 8081:80 nginx"),
    # near miss: a command for the container to run is still asked for
    ("run alpine and make it execute a command", None, "docker run alpine <command>"),
    # ", I'm on N now", ", we moved to N": why the old version goes
    ("remove postgres:13, we moved to 16", None, "docker rmi postgres:13"),
    ("delete the redis:6.2 image, we've switched to 7.2", None, "docker rmi redis:6.2"),
    ("get rid of the node:18 image, I'm on 20 now", None, "docker rmi node:18"),
    # a leading clause about something else's state is talk
    ("the nas is back up, restart plex", None, "docker restart plex"),
    ("scanner's back online, can you start paperless again", None, "docker start paperless"),
    ("the wifi's working again, pull nginx", None, "docker pull nginx"),
    # near misses: the container whose state is said is the object
    ("web1 is down, restart it", None, "docker restart web1"),
    ("notifier is down, restart it", None, "docker restart notifier"),
    ("web1's back up, show its logs", None, "docker logs web1"),
    # a state asked about alone lists it; "status is created" is the state, not create
    ("is anything paused?", None, "docker ps -f status=paused"),
    ("which containers are paused right now", None, "docker ps -f status=paused"),
    ("list containers with status created", None, "docker ps -f status=created"),
    ("show me containers in the created state", None, "docker ps -f status=created"),
    ("Step 2/4: enumerate the containers whose status is created", None, "docker ps -f status=created"),
    # near miss: creating one still creates
    ("create a container from nginx", None, "docker create nginx"),
    # "update my X image" pulls it again
    ("update the nginx image", None, "docker pull nginx"),
    ("refresh my grafana image to the newest", None, "docker pull grafana"),
    ("update my image: redis:7", None, "docker pull redis:7"),
    # "X to also be called Y", "call X also Y": a second name (tag)
    ("call api:2 also api:stable", None, "docker tag api:2 api:stable"),
    ("I want myapp:3 to also be known as myapp:latest", None, "docker tag myapp:3 myapp:latest"),
    ("web:1.0 should also be named reg.local:5000/web:1.0", None, "docker tag web:1.0 reg.local:5000/web:1.0"),
    # near miss: a run's container "also called" is its name
    ("run nginx also called web", None, "docker run --name web nginx"),
    # "whichever one runs IMAGE": the container running it
    ("stop whichever container runs caddy", _BOXES, "docker stop edge"),
    ("halt the container that runs ubuntu", _BOXES, "docker stop dev-box"),
    ("show logs of the one that runs caddy", _BOXES, "docker logs edge"),
    # near miss: running the image itself still runs it
    ("run ubuntu", _BOXES, "docker run ubuntu"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


def test_two_containers_of_the_image_ask():
    assert_asks("halt whichever one runs ubuntu", _TWO_UBUNTU, ("dev-box", "ci-box"))

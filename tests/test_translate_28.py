"""Session causes (fixer U): how a request is framed and the talk around it — "what do I type" /
"show me how to" asking for the request's command, an action opening a "what is …" clause,
"go ahead and", where the user is and what a sheet or runbook says, a name corrected with
"no wait, it's …", "what's inside" a container, "size-wise", and an agent's "step N/M:"."""
import pytest

from tests.translating import assert_asks, assert_command


@pytest.mark.parametrize("text, context, expected", [
    # the request wrapped in "what do I type" / "show me how to" is the request
    ("my friend said run a busybox container with a terminal in it, what should i type?", None,
     "docker run -i -t busybox sh"),
    ("show me how to get a shell in a fresh ubuntu container", None, "docker run -i -t ubuntu bash"),
    ("teach me how to open a node prompt in a container", None, "docker run -i -t node node"),
    ("remove web1, what do i run here", None, "docker rm web1"),
    # an action opening the text makes "what is …" after it part of the request
    ("build what is here and call it blog:latest", None, "docker build -t blog:latest ."),
    ("build what's in this folder and tag it inventory:2", None, "docker build -t inventory:2 ."),
    # "go ahead and", "feel free to": leave to act
    ("please go ahead and restart api-gw", None, "docker restart api-gw"),
    ("feel free to pause ledger", None, "docker pause ledger"),
    ("go ahead and delete the stopped one called old-web", None, "docker rm old-web"),
    # where the user is and what a page says is background
    ("I'm at school, list my images", None, "docker images"),
    ("Hello. The deploy-team playbook says to restart cart-api with a 10 second timeout.", None,
     "docker restart -t 10 cart-api"),
    ("my on-call guide says to show the logs of pay-svc", None, "docker logs pay-svc"),
    ("it says 'stop web1'", None, "docker stop web1"),
    # a name said again replaces the one before it
    ("I have a container I think is named store... no wait it is storefront. restart it", None,
     "docker restart storefront"),
    ("pause web-1, I mean web-3", None, "docker pause web-3"),
    ("stop the worker, sorry, worker-2", None, "docker stop worker-2"),
    ("tail the logs of billing, sorry, invoices", None, "docker logs -f invoices"),
    # what is inside a container, a field "and everything": its whole record
    ("what is inside container cache-2", None, "docker inspect cache-2"),
    ("tell me what is inside ledger, mounts, ports, everything", None, "docker inspect ledger"),
    ("inspect the mounts of api, etc", None, "docker inspect api"),
    # "size-wise" is talk for size
    ("list running containers, size-wise", None, "docker ps -s"),
    # an agent's place in its plan and "one command only" are framing
    ("TASK step 1/3: list all images. Return one command only.", None, "docker images"),
    ("subtask 2 of 4: stop web1", None, "docker stop web1"),
    ("[task 1/3] list volumes", None, "docker volume ls"),
    # near misses that must not change
    ("stop web-legacy, no waiting around, timeout 0", None, "docker stop -t 0 web-legacy"),
    ("stop web-1 right now, no grace period at all", None, "docker stop -t 0 web-1"),
    ("run redis, actually detached", None, "docker run -d redis"),
    ("stop web1, no wait, restart it", None, "docker restart web1"),
    ("run redis, wait, scratch that, run valkey", None, "docker run valkey"),
    ("show me web1 mounts please, inspect it", None, "docker inspect -f '{{json .Mounts}}' web1"),
])
def test_framing(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text", [
    "go ahead and start it up",
    "just go ahead and stop it",
    "the worksheet says restart the container but which one?",
    "I'm in class, it says 'now run the container' but which one?",
])
def test_asks(text):
    assert_asks(text)


@pytest.mark.parametrize("text", ["what is a volume", "explain what a bind mount is",
                                  "how does a volume work"])
def test_concept_questions_stay(text):
    from webapp.commands.translate import translate
    result = translate(text)
    assert result["command"] is None and result["concept"], result

"""Session causes (fixer W): a how-to or what-question that carries values is a request, "N
mins for the X container" names whose logs, sentences of talk before the one that asks, a
quoted command with "what do I add?", a pasted error and "instead" for the old port, and a
name's spelling said after it."""
import pytest

from tests.translating import assert_command
from webapp.commands.translate import translate

_IP = "docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "


@pytest.mark.parametrize("text, context, expected", [
    # a question with a duration, a count or a field of a named container: the command
    ("how can I view the past 2 hours of logs for the billing container", None,
     "docker logs --since 2h billing"),
    ("how do i check the last 30 mins of logs for the queue container", None,
     "docker logs --since 30m queue"),
    ("web 컨테이너 IP가 뭐야?", None, _IP + "web"),
    ("what is the ip address of the gateway container?", None, _IP + "gateway"),
    ("what's the ledger container's ip?", None, _IP + "ledger"),
    # "N mins for …" says whose logs, not what the time is for
    ("show logs from the last 15 mins for the api container", None, "docker logs --since 15m api"),
    ("stop web and give it 30 secs for it to shut down", None, "docker stop -t 30 web"),
    # sentences before the one that asks are talk
    ("the readme mentions a postgres cache for the job queue. can you start postgres detached "
     "called jobs-db?", None, "docker run -d --name jobs-db postgres"),
    ("our handbook says every service logs to a shared folder. please give me the command to "
     "list the volumes", None, "docker volume ls"),
    ("my lead told me the api talks to a mongo database over a session. could you show me how to "
     "run mongo in the background on port 27017?", None, "docker run -d -p 27017:27017 mongo"),
    # near misses: two orders stay two orders; a leading sentence's port is still meant
    ("stop web. can you also remove it?", None, "docker rm -f web"),
    ("I need redis on 6379. run it detached", None, "docker run -d -p 6379:6379 redis"),
    # a quoted command and the change, then "what do I add?"
    ("the tutorial says `docker images` but I want the ids only, what flag do I add?", None,
     "docker images -q"),
    ("my notes say `docker logs web` but I also want timestamps, what should I add?", None,
     "docker logs -t web"),
    ("the guide says `docker ps` but I also want exited ones, what option do I need?", None,
     "docker ps -a"),
    ("I want to see stopped containers too, what do I type?", None, "docker ps -a"),
    # a pasted error and the port said before are background; "instead" replaces the host port
    ("nginx on 80 keeps failing. run it on 8082 instead, detached", None, "docker run -d -p 8082:80 nginx"),
    ('I got "bind: address already in use" running httpd on 8080. start it on 9000 instead, detached',
     None, "docker run -d -p 9000:80 httpd"),
    ("we hit 'port is already allocated' with redis on 6379. run it on 6380 instead in the background",
     None, "docker run -d -p 6380:6379 redis"),
    ("run alpine and echo 'hello there'", None, "docker run alpine echo 'hello there'"),
    # the name's spelling said after it
    ("Error: No such container: pay-api. oh, it's pay_api with an underscore. stop that one", None,
     "docker stop pay_api"),
    ("hmm it's called log-shipper, spelled with a hyphen. show its logs", None, "docker logs log-shipper"),
    ("restart api-gw with a dash instead of an underscore", None, "docker restart api-gw"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, slug", [
    ("what is a container?", "container"),
    ("컨테이너가 뭐야?", "container"),
    ("how do containers differ from VMs", "vm-vs-container"),
    ("what is the ip address of a container?", "container"),
    ("컨테이너 IP 주소가 뭐야?", "container"),
])
def test_concept_questions_stay(text, slug):
    assert (translate(text)["concept"] or {}).get("slug") == slug

"""Session causes (fixer Y): an action word used as a noun in a complaint, "the command please"
asked for, an agent's "Return …", "the hello world image", "ps output", a container that died
as the "it" of the next clause, and a cue word as the object of a container verb."""
import pytest

from tests.translating import assert_command


@pytest.mark.parametrize("text, context, expected", [
    # an action word as a noun ("friday deploy lol,", "my build keeps failing."): talk
    ("monday deploy lol, need to pull nginx:1.25 fast", None, "docker pull nginx:1.25"),
    ("tonight's deploy, haha, stop billing-api real quick", None, "docker stop billing-api"),
    ("ugh my deploy is broken, restart cart-svc", None, "docker restart cart-svc"),
    ("my build keeps failing. anyway, rebuild from this directory as web:ci", None,
     "docker build -t web:ci ."),
    # near misses: the action word as the request's verb
    ("deploy nginx", None, "docker run -d nginx"),
    ("show my logs for api", None, "docker logs api"),
    ("the build died, run it again", None, "docker build ."),
    # "… could you tell me the command please?": docker's command asked for, nothing to run inside
    ("hey, I'm new here. we need postgres 16 in the background named pg-lab. could you tell me "
     "the command please?", None, "docker run -d --name pg-lab postgres:16"),
    ("mysql 8 detached named db1, give me the command please", None, "docker run -d --name db1 mysql:8"),
    ("redis 7 in the background named cache-a, could you tell me the command please?", None,
     "docker run -d --name cache-a redis:7"),
    # near miss: a command for the container to run, not yet said
    ("run a command in alpine please", None, "docker run alpine <command>"),
    # an agent's "Return …": the answer's form
    ("return the ids of all images", None, "docker images -q"),
    ("Return IDs of running containers. Nothing else.", None, "docker ps -q"),
    ("Return the last 20 log lines of api", None, "docker logs -n 20 api"),
    # "the hello world image": the image hello-world; a doubt asked first is talk
    ("is my install ok? run the hello world image", None, "docker run hello-world"),
    ("start a hello world container to test docker", None, "docker run hello-world"),
    ("run the hello world image", None, "docker run hello-world"),
    # near miss: a program's words
    ("run ubuntu echo hello world", None, "docker run ubuntu echo hello world"),
    # "ps output": docker's own listing, not a container's logs
    ("ps output + sizes", None, "docker ps -s"),
    ("docker ps output and how much disk each uses", None, "docker ps -s"),
    # near miss: a name's output is its logs
    ("mailer output + timestamps", None, "docker logs -t mailer"),
    # "X died, start it": the container that died is "it"
    ("ledger died, start it again", None, "docker start ledger"),
    ("billing died, restart it", None, "docker restart billing"),
    ("cache went down, start it back up", None, "docker start cache"),
    ("worker keeps crashing, show its logs", None, "docker logs worker"),
    # a cue word as the object of a container verb: its name
    ("rm uploads and also its anonymous volumes", None, "docker rm -v uploads"),
    ("stop deploys and then show its logs", None, "docker logs deploys"),
    ("kill pulls and remove it", None, "docker rm -f pulls"),
    # near misses: two verbs joined, and a plain name
    ("stop and remove web", None, "docker rm -f web"),
    ("rm web and also throw away its anonymous volumes", None, "docker rm -v web"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)

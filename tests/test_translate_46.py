"""Talk around a request (a quoted instruction, an agent's heading, "bring X back up", "give X N
seconds"), counts and orders that belong to lines, "the X one", and listings asked as questions."""
import pytest

from tests.translating import assert_command, container

NIGHTLY = {"containers": [container("ml-train", "pytorch/pytorch", created=9),
                          container("notebook", "jupyter/base-notebook", created=8),
                          container("etl-nightly", "lumenlabs/etl:1.2", "exited", created=5)]}
BY_IMAGE = {"containers": [container("seed-job", "lumenlabs/seeder:0.3", "exited", created=7),
                           container("web", "nginx", created=5),
                           container("demo-1", "alpine", "exited", created=6)]}
STOPPED = {"containers": [container("metabase", "metabase/metabase", "exited"),
                          container("api", "example/api", "exited")]}
IMAGES = {"images": ["shopfront:1.9", "shopfront:2.0", "nginx:latest", "api:1", "api:2"]}

CASES = [
    # the quoted instruction someone gave is the request
    ("I'm new here, I was told to 'run alpine with -it and --rm and a shell'. what do I type?", None,
     "docker run -i -t --rm alpine sh"),
    ("my boss told me to 'list all containers'", None, "docker ps -a"),
    ("the lead asked us to \"pull redis:7\" before lunch", None, "docker pull redis:7"),
    ("we were asked to 'restart api' by ops", None, "docker restart api"),
    ("I was told to restart api", None, "docker restart api"),                  # near miss: no quote
    # an agent's heading is who speaks
    ("ci-agent: fetch the last 80 log lines from container deploy-hook for the failure report", None,
     "docker logs -n 80 deploy-hook"),
    ("deploy-bot: restart the api container", None, "docker restart api"),
    ("release_agent: show logs of web for the incident review", None, "docker logs web"),
    ("web: restart", None, "docker restart web"),                                # near miss: a name
    # "bring X back up" starts X
    ("bring the metabase container back up, it's stopped", STOPPED, "docker start metabase"),
    ("get api back online please", STOPPED, "docker start api"),
    ("spin worker-2 back up", None, "docker start worker-2"),
    # ids of everything
    ("ids of everything incl stopped ones", None, "docker ps -a -q"),
    ("ids of everything", None, "docker ps -a -q"),
    # "give X N seconds to shut down": X named, the stop timeout set
    ("give reporting 30 seconds to shut down cleanly and stop it", None, "docker stop -t 30 reporting"),
    ("give billing 10 seconds to shut down and stop it", None, "docker stop -t 10 billing"),
    ("give the api container 5s to finish and restart it", None, "docker restart -t 5 api"),
    # need a named volume / network: create it
    ("need a named volume pgdata-eu", None, "docker volume create pgdata-eu"),
    ("we want a new named network backend-net", None, "docker network create backend-net"),
    ("I need a named volume called cache-v", None, "docker volume create cache-v"),
    # "newest N lines" counts lines, never picks the newest container
    ("show the nginx container's logs, newest 20 lines", BY_IMAGE, "docker logs -n 20 web"),
    ("the alpine container's most recent 5 log lines", BY_IMAGE, "docker logs -n 5 demo-1"),
    ("newest 50 entries from the web logs", BY_IMAGE, "docker logs -n 50 web"),
    ("logs of the newest container, 20 lines", BY_IMAGE, "docker logs -n 20 seed-job"),  # near miss
    # "the X one": the one container whose name X is part of
    ("can you get me the details of the etl one", NIGHTLY, "docker inspect etl-nightly"),
    ("inspect the ml one", NIGHTLY, "docker inspect ml-train"),
    ("inspect the train one please", NIGHTLY, "docker inspect ml-train"),
    ("inspect etl", NIGHTLY, "docker inspect etl"),                             # near miss: no "one"
    # what the user has is a listing, never a concept page or logs
    ("내가 가진 이미지들 뭐뭐야", None, "docker images"),
    ("내가 가진 볼륨 뭐야", None, "docker volume ls"),
    ("우리가 갖고 있는 네트워크 뭐뭐야", None, "docker network ls"),
    ("볼륨들 쭉 나열해봐", None, "docker volume ls"),
    ("컨테이너들 쭉 보여줘", None, "docker ps"),
    ("이미지 쭉 훑어봐", None, "docker images"),
    ("web1 로그 쭉 보여줘", None, "docker logs -f web1"),                        # near miss: logs
    # "two X builds": images, the one picked by age
    ("I've got two shopfront builds, toss the older one", IMAGES, "docker rmi shopfront:1.9"),
    ("there are two api images, remove the older one", IMAGES, "docker rmi api:1"),
    ("we have 2 api builds and delete the newer one", IMAGES, "docker rmi api:2"),
    ("both api versions, drop the oldest one", IMAGES, "docker rmi api:1"),
]


@pytest.mark.parametrize("text, context, expected", CASES)
def test_command(text, context, expected):
    assert_command(text, context, expected)


def test_concept_question_stays():
    from webapp.commands.translate import translate
    assert translate("이미지가 뭐야")["concept"]
    assert translate("what is a volume?")["concept"]

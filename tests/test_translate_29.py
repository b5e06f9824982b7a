"""Session causes (fixer V): agents' key=value calls with the verb in a key, "pre-pull"-style
verbs, "in container NAME", a typed command the user rejects, a URL for the image's program,
a run said with no verb, "VERB NAME with IMAGE", "launch" and -d, and a flag typo whose value
is missing."""
import pytest

from tests.translating import assert_asks, assert_command, container

_WEB = {"containers": [container("web", "nginx"), container("api", "node:20")]}


@pytest.mark.parametrize("text, context, expected", [
    # an agent's call: the verb in action/op/verb/cmd, the object in target/name/container
    ("action=restart target=cache-01", None, "docker restart cache-01"),
    ("op=network.rm name=old-net", None, "docker network rm old-net"),
    ("verb=logs container=api tail=20", None, "docker logs -n 20 api"),
    ("cmd=start target=worker-3", None, "docker start worker-3"),
    ("bot> action=rm target=old-db force=true", None, "docker rm -f old-db"),
    ("op=image.pull image=redis:7.2", None, "docker pull redis:7.2"),
    ("agent> op=volume.rm name=tmp-data", None, "docker volume rm tmp-data"),
    # near misses: a function-named call and a filter keep their reading
    ("list_containers name=web", None, "docker ps -f name=web"),
    ("containers with name=web", None, "docker ps -f name=web"),
    # pulling ahead of time is a pull; a "X job:" heading is talk
    ("Nightly task: pre-pull redis:7.2", None, "docker pull redis:7.2"),
    ("please prefetch alpine:3.19 before the demo", None, "docker pull alpine:3.19"),
    ("warm the cache with node:20 so builds start fast", None, "docker pull node:20"),
    # "in container NAME": a container that exists, so exec
    ("run `ls /tmp` in container api-7", None, "docker exec api-7 ls /tmp"),
    ('execute "cat /etc/hosts" inside container edge-proxy', None, "docker exec edge-proxy cat /etc/hosts"),
    ("execute uptime in container batch-2", None, "docker exec batch-2 uptime"),
    ("run `uname -a` in a new alpine container", None, "docker run alpine uname -a"),
    # a command someone gave that the words after "but I want" replace
    ("my colleague wrote `docker run -p 6379 redis` but I want it reachable on localhost:6380 in the background",
     None, "docker run -d -p 6380:6379 redis"),
    ("the guide says docker run -d -p 8080:80 httpd but I want port 9090", None,
     "docker run -p 9090:80 -d httpd"),
    ("docker run -p 80 caddy but on localhost:4000", None, "docker run -p 4000:80 caddy"),
    ("docker ps -a but just the ids", None, "docker ps -q -a"),
    # a curl container is curlimages/curl; a URL is what its program is given
    ("a disposable curl container that hits http://web:80/", None, "docker run --rm curlimages/curl http://web:80/"),
    ("run a curl container against https://example.com/api", None,
     "docker run curlimages/curl https://example.com/api"),
    ("throwaway curl container on the lab-net network that calls http://db-admin:8081/", None,
     "docker run --rm --network lab-net curlimages/curl http://db-admin:8081/"),
    ("run nginx with ./site:/usr/share/nginx/html", None, "docker run -v ./site:/usr/share/nginx/html nginx"),
    # no verb: a name with run-only slots is an image to run
    ("acme-api in the background with 9000:9000 mapped", None, "docker run -d -p 9000:9000 acme-api"),
    ("billing-svc with 5000:5000, auto-remove when done", None, "docker run --rm -p 5000:5000 billing-svc"),
    ("throwaway busybox container on the lab-net network", None, "docker run --rm --network lab-net busybox"),
    # "VERB NAME with IMAGE": NAME is the new container's name
    ("spin up cache-7 using redis:7 in the background", None, "docker run -d --name cache-7 redis:7"),
    ("run blog-api from node:20 with port 3000:3000 detached", None,
     "docker run -d --name blog-api -p 3000:3000 node:20"),
    ("deploy wiki with the image nginx:alpine on 8081", None, "docker run -d --name wiki -p 8081:80 nginx:alpine"),
    # "launch": -d for a known server, or one reached on a port, or when asked
    ("launch reports:nightly with 256m of memory", None, "docker run -m 256m reports:nightly"),
    ("launch etl-job:3 capped at half a cpu", None, "docker run --cpus 0.5 etl-job:3"),
    ("launch redis limited to 1.5 cpus", None, "docker run -d --cpus 1.5 redis"),
    ("launch reports:nightly in the background", None, "docker run -d reports:nightly"),
    ("spin up reports:nightly", None, "docker run -d reports:nightly"),
    # a typo whose nearest flag needs a value that is not there: the close switch
    ("docker ps --lats -q", None, "docker ps -l -q"),
    ("docker ps --lates", None, "docker ps -l"),
    ("docker container ls --lats", None, "docker ps -l"),
    ("docker ps --lastt 3", None, "docker ps -n 3"),
    ("docker logs --tial 20 web", _WEB, "docker logs -n 20 web"),
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, names", [
    ("action=stop target=web depth=3", ["depth"]),       # a key naming no option: a question
    ("serve my-site on port 8080", ["my-site"]),
])
def test_asks(text, names):
    assert_asks(text, None, names)

"""Fixer AL: both states together list every container, number words after "newest", a count
of the ports or names listed after it, "map host N to it", build context= and a Dockerfile
"in it", stand-in words that are no names, "the image I built", python's >>> prompt."""
import pytest

from tests.translating import assert_asks, assert_command, container

_BUILT = {"containers": [], "images": ["acme/billing:2.1", "redis:7"]}
_WEB = {"containers": [container("web", "nginx")]}


@pytest.mark.parametrize("text, context, expected", [
    # running and stopped together: every container, never a status filter
    ("show me container ids, running and stopped", None, "docker ps -a -q"),
    ("list every container, running or exited", None, "docker ps -a"),
    ("names of containers both running and dead", None, "docker ps -a"),
    ("ps running+stopped, quiet", None, "docker ps -a -q"),
    ("list the stopped containers", None, "docker ps -f status=exited"),     # near-miss
    ("list running containers", None, "docker ps"),                          # near-miss
    # a number word after newest / latest / most recent is the count
    ("ps, just the newest two", None, "docker ps -n 2"),
    ("show the latest four containers", None, "docker ps -n 4"),
    ("containers, most recent five", None, "docker ps -n 5"),
    ("show the newest one", None, "docker ps -l"),                           # near-miss
    # a count of the port mappings said before them is talk
    ("run nginx with two port mappings, 8080 to 80 and 8443 to 443", None,
     "docker run -p 8080:80 -p 8443:443 nginx"),
    ("launch httpd in the background with 2 port mappings: 9080 to 80, 9443 to 443", None,
     "docker run -d -p 9080:80 -p 9443:443 httpd"),
    ("start caddy detached with two ports, 8081 to 80 and 8444 to 443", None,
     "docker run -d -p 8081:80 -p 8444:443 caddy"),
    # a count, a colon, then the names it counts
    ("restart all three: api, worker, beat", None, "docker restart api worker beat"),
    ("stop both: web and db", None, "docker stop web db"),
    ("remove these two: cache, queue", None, "docker rm cache queue"),
    # "map host N to it / to the container": N reaches the image's known port
    ("start postgres 16 in the background and map host 5433 to it", None,
     "docker run -d -p 5433:5432 postgres:16"),
    ("run nginx and forward 8081 to the container", None, "docker run -p 8081:80 nginx"),
    ("spin up mongo, name it notes, and map 27018 to it", None,
     "docker run -d --name notes -p 27018:27017 mongo"),
    ("run nginx, map 8080 to the container port 80", None, "docker run -p 8080:80 nginx"),
    # an agent's context= / dir= / path= is the build context
    ("build image, tag=reports:ci, context=./reports", None, "docker build -t reports:ci ./reports"),
    ("build: tag=api:2 dir=./api", None, "docker build -t api:2 ./api"),
    ("build path=services/web tag=web:dev", None, "docker build -t web:dev services/web"),
    ("build with PATH=/usr/bin as build arg", None, "docker build --build-arg PATH=/usr/bin ."),
    # a Dockerfile "in it" sits in the context folder
    ("build ./api with Dockerfile.prod inside it, tag api:1", None,
     "docker build -t api:1 -f ./api/Dockerfile.prod ./api"),
    ("build ./web using the Dockerfile.ci in there", None, "docker build -f ./web/Dockerfile.ci ./web"),
    ("build ./worker with Dockerfile.dev in it", None,
     "docker build -f ./worker/Dockerfile.dev ./worker"),
    ("build ./web using Dockerfile.dev, tag web:dev", None,
     "docker build -t web:dev -f Dockerfile.dev ./web"),                     # near-miss
    # stand-in words are no names; real names stay
    ("create a network", None, "docker network create <network>"),
    ("create a network called things-api", None, "docker network create things-api"),
    # "the image I built": the caller's one custom image
    ("push the image I made", _BUILT, "docker push acme/billing:2.1"),
    ("start the image I built in the background", _BUILT, "docker run -d acme/billing:2.1"),
    ("run the image I built on port 8080:3000", _BUILT, "docker run -p 8080:3000 acme/billing:2.1"),
    # "the >>> prompt" is python's REPL; "drop me into" lands there, it removes nothing
    ("I'd like to play with python 3.11 interactively, just drop me at the >>> prompt", None,
     "docker run -i -t python:3.11 python"),
    ("drop me into a node 20 prompt", None, "docker run -i -t node:20 node"),
    ("give me the >>> prompt in python 3.12", None, "docker run -i -t python:3.12 python"),
    ("drop web", _WEB, "docker rm web"),                                     # near-miss
])
def test_command(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("run httpd with three port mappings, 8081 to 80 and 8443 to 443", None, ("three",)),
    ("stop all three: api, worker", None, ("three",)),
    ("make me one more network thingy", None, ()),
    ("set up another network whatchamacallit", None, ()),
    ("add a network thing", None, ()),
    ("run the image I built on port 3000", _BUILT, ("acme/billing:2.1",)),
    ("push the image I pulled", _BUILT, ("acme/billing:2.1", "redis:7")),
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

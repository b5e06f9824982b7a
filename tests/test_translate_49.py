"""Build contexts named as folders, command lines after "and run"/"command", an interpreter's
version, "list what's in there", "the password to be X", "filtered by name X", and a word
that only describes the named container."""
import pytest

from tests.translating import assert_command, container

CTX = {"containers": [container("web1", "nginx"), container("lab-07", "alpine")]}


@pytest.mark.parametrize("text,context,expected", [
    # "out of / from the folder X", "the X/Y directory": the folder is the build context
    ("build an image called site out of the directory site-src", None, "docker build -t site site-src"),
    ("create an image tagged cli:2 from my folder cli", None, "docker build -t cli:2 cli"),
    ("build an image named x from the directory services/api", None, "docker build -t x services/api"),
    ("build the lab/api folder and tag it labapi:1", None, "docker build -t labapi:1 lab/api"),
    ("build image web from the folder i am in", None, "docker build -t web ."),
    # "and run CMD ARGS" / "command CMD ARGS" at the end: the command inside, for any program
    ("run my-tools:3 detached, then run pytest -x tests", None, "docker run -d my-tools:3 pytest -x tests"),
    ("run julia:1.10 with workdir /src and execute julia main.jl", None,
     "docker run -w /src julia:1.10 julia main.jl"),
    ("run stats-box:2 with the volume results mounted at /data, command Rscript fit.R", None,
     "docker run -v results:/data stats-box:2 Rscript fit.R"),
    ("run postgres and run pgadmin too", None, "docker run postgres"),
    # an interpreter image printing its version; "clean the container up after" is --rm
    ("run node 20 and show the version", None, "docker run node:20 node --version"),
    ("run golang 1.22 and print its version", None, "docker run golang:1.22 go version"),
    ("run ruby 3.3 to print its version, clean the container up afterwards", None,
     "docker run --rm ruby:3.3 ruby --version"),
    ("run nginx and show the version", None, "docker run nginx"),
    ("run alpine and clean the container up afterwards", None, "docker run --rm alpine"),
    # "list what's in there / what's inside" is ls
    ("run alpine with workdir /etc and list what is inside", None, "docker run -w /etc alpine ls"),
    ("run debian with the working directory /opt and show me what's in there", None,
     "docker run -w /opt debian ls"),
    ("run busybox with workdir /var/log, list everything in there", None, "docker run -w /var/log busybox ls"),
    # "the password to be X"
    ("run mysql 8 detached, I want the root password to be hunter22", None,
     "docker run -d -e MYSQL_ROOT_PASSWORD=hunter22 mysql:8"),
    ("set the password to be abc123 and run postgres", None, "docker run -e POSTGRES_PASSWORD=abc123 postgres"),
    ("run postgres with the password set to pw1", None, "docker run -e POSTGRES_PASSWORD=pw1 postgres"),
    # "filtered by name X", "filter by name X"
    ("list containers filtered by name web", None, "docker ps -f name=web"),
    ("show all containers filter by name api", None, "docker ps -a -f name=api"),
    ("list running container ids filtered by name s12", None, "docker ps -f name=s12 -q"),
    ("list containers filtered by name", None, "docker ps -f <key>=<value>"),
    # a plain word before "container NAME" only describes it
    ("inspect the grading container exam-07", None, "docker inspect exam-07"),
    ("check that the lab container lab-07 exists by inspecting it", CTX, "docker inspect lab-07"),
    ("inspect web1 and lab-07", CTX, "docker inspect web1 lab-07"),
])
def test_translates(text, context, expected):
    assert_command(text, context, expected)

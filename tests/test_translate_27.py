"""Session causes (fixer T): an age word picking among one repository's tagged images, "tail -f"
and "whatever I launched most recently" naming the newest container's logs, and two pairs of
ports whose first pair is the image's own."""
import pytest

from tests.translating import assert_asks, assert_command, container

QUIZ = {"containers": [container("shop-web", "nginx", created=1),
                       container("shop-db", "postgres:16", created=2),
                       container("shop-jobs", "python:3.12", created=3)]}
TAGS = {"images": ["mysql:8.4", "mysql:5.7", "alpine:3.20"]}
UNORDERED = {"images": ["mongo:6", "mongo:7", "busybox"]}
THREE = {"images": ["postgres:16", "postgres:14", "postgres:15"]}
NAMED = {"images": ["api:prod", "api:dev"]}


@pytest.mark.parametrize("text, context, expected", [
    # an age word among tags of one repository: by version, else by the context's order
    ("delete the older mysql image", TAGS, "docker rmi mysql:5.7"),
    ("get rid of the newer mysql image", TAGS, "docker rmi mysql:8.4"),
    ("remove the old mongo image", UNORDERED, "docker rmi mongo:6"),
    ("throw away the oldest postgres image", THREE, "docker rmi postgres:14"),
    ("delete the newest postgres image", THREE, "docker rmi postgres:16"),
    ("remove the older api image", NAMED, "docker rmi api:dev"),
    ("오래된 mysql 이미지 지워줘", TAGS, "docker rmi mysql:5.7"),
    ("최신 mongo 이미지 삭제해줘", UNORDERED, "docker rmi mongo:7"),
    # "tail -f" as words reads logs; "whatever I launched most recently" is the newest container
    ("tail -f whatever I started most recently", QUIZ, "docker logs -f shop-jobs"),
    ("tail -f the thing I ran last", QUIZ, "docker logs -f shop-jobs"),
    ("tail -f shop-db", QUIZ, "docker logs -f shop-db"),
    ("tail the one I spun up most recently", QUIZ, "docker logs -f shop-jobs"),
    ("stop whatever I launched most recently", QUIZ, "docker stop shop-jobs"),
    ("restart the one I deployed last", QUIZ, "docker restart shop-jobs"),
    # an image's own ports said first, then ports no image uses: the later pair is the host's
    ("nginx 80이랑 443을 각각 9080, 9443으로 열어서 띄워줘", None,
     "docker run -d -p 9080:80 -p 9443:443 nginx"),
    ("caddy 띄워줘 80하고 443을 각각 7080, 7443으로", None,
     "docker run -d -p 7080:80 -p 7443:443 caddy"),
    ("run nginx and map 80 and 443 to 8000 and 8443", None, "docker run -p 8000:80 -p 8443:443 nginx"),
    ("run httpd with ports 80 and 443 mapped to 8081 and 8444", None,
     "docker run -p 8081:80 -p 8444:443 httpd"),
    # near misses: host ports first, or the sides named, keep the said order
    ("nginx 9080이랑 9443을 각각 80, 443으로 열어서 띄워줘", None,
     "docker run -d -p 9080:80 -p 9443:443 nginx"),
    ("run caddy, map 8082 and 8444 to 80 and 443", None, "docker run -p 8082:80 -p 8444:443 caddy"),
    ("nginx 8080번 포트로 띄워줘", None, "docker run -d -p 8080:80 nginx"),
])
def test_translates(text, context, expected):
    assert_command(text, context, expected)


@pytest.mark.parametrize("text, context, names", [
    ("remove the redis image", {"images": ["redis:7.2", "redis:6.2"]}, ("redis:7.2", "redis:6.2")),
    # "older" among three says no one image
    ("delete the older postgres image", THREE, ("postgres:14", "postgres:15")),
    ("tail -f", QUIZ, ("shop-web", "shop-db")),
])
def test_asks(text, context, names):
    assert_asks(text, context, names)

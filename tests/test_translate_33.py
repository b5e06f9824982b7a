"""Session causes (fixer Z): "container NAME" before a preposition names the container, "pull
X off (of) NET" takes it off a network, "docker network:" said as a label, an entrypoint's
"and pass X", "with X as the workdir/cwd", root wanted ("need root in X", "a root shell"),
"extra"/"additional" before a new tag, and "IMAGE 컨테이너" between a host path and its target."""
import pytest

from tests.translating import assert_command, container

_NETS = {"containers": [container("relay", "nginx"), container("cart-7", "node:20")],
         "networks": ["spine", {"name": "edge-lan"}]}


@pytest.mark.parametrize("text, context, expected", [
    # "container NAME" then a preposition: NAME is the container, even an -ing word
    ("connect container pricing to network shop-net", None, "docker network connect shop-net pricing"),
    ("attach the container billing to the backend network", None, "docker network connect backend billing"),
    ("detach container ordering from network orders-net", None,
     "docker network disconnect orders-net ordering"),
    # near misses: the name at the sentence's end, as before
    ("inspect the container billing", None, "docker inspect billing"),
    ("show logs of the container billing", None, "docker logs billing"),
    # "pull X off (of) / out of NET": taken off a network-shaped name or a known network
    ("pull worker off the payments-net network", None, "docker network disconnect payments-net worker"),
    ("pull web1 off of the frontend network", None, "docker network disconnect frontend web1"),
    ("pull relay out of spine", _NETS, "docker network disconnect spine relay"),
    # near misses: pulling an image stays pull
    ("pull nginx", None, "docker pull nginx"),
    ("pull redis off docker hub", None, "docker pull redis"),
    ("pull nginx from the internet", None, "docker pull nginx"),
    # "docker network:" / "docker volume:" said as a label is a request, not a typed command
    ("make docker network: qa-net", None, "docker network create qa-net"),
    ("Create docker volume: pgdata2", None, "docker volume create pgdata2"),
    ("delete docker network: old-net", None, "docker network rm old-net"),
    ("inspect docker network: edge-net", None, "docker network inspect edge-net"),
    # near misses: typed commands stay typed
    ("docker network create qa-net", None, "docker network create qa-net"),
    ("docker run --name web nginx", None, "docker run --name web nginx"),
    # "and pass X", "passing X" after a replaced entrypoint: its arguments
    ("run alpine, entrypoint /bin/sleep, passing 30", None, "docker run --entrypoint /bin/sleep alpine 30"),
    ("start busybox with the entrypoint set to /bin/echo and pass hi there", None,
     "docker run --entrypoint /bin/echo busybox hi there"),
    ("run debian but swap the entrypoint for /bin/date and pass +%s", None,
     "docker run --entrypoint /bin/date debian +%s"),
    # near misses: "pass it X" as before, and no arguments said
    ("run ubuntu but override the entrypoint with /bin/echo and pass it hello", None,
     "docker run --entrypoint /bin/echo ubuntu hello"),
    ("run ubuntu with entrypoint /bin/echo", None, "docker run --entrypoint /bin/echo ubuntu"),
    # "with X as the workdir", "X as its cwd", "X as the working folder"
    ("run python:3.12 using /code as its cwd", None, "docker run -w /code python:3.12"),
    ("run `ls` in alpine, /data as the working folder", None, "docker run -w /data alpine ls"),
    ("run `go test ./...` in golang:1.22 with /src as the workdir", None,
     "docker run -w /src golang:1.22 go test ./..."),
    # near miss: a path mounted is no workdir
    ("run node:18 with /app mounted at /app", None, "docker run -v /app:/app node:18"),
    # root wanted: "want root in X", "a root shell", "with root privileges"
    ("we want root in cache1, open sh", None, "docker exec -i -t -u root cache1 sh"),
    ("get me a root shell in api-1", None, "docker exec -i -t -u root api-1 sh"),
    ("open bash in worker with root privileges", None, "docker exec -i -t -u root worker bash"),
    # near misses: no root said, and a root folder
    ("open a shell in worker", None, "docker exec -i -t worker sh"),
    ("run alpine with root folder mounted at /host", None, "docker run -v <volume>:/host alpine"),
    # "the extra tag", "an additional tag": the new tag, not a name
    ("give myapp:1.0 the extra tag acme/myapp:1.0", None, "docker tag myapp:1.0 acme/myapp:1.0"),
    ("give api:2 an additional tag localhost:5000/api:2", None, "docker tag api:2 localhost:5000/api:2"),
    ("tag shop:v1 with the extra tag ghcr.io/acme/shop:v1", None, "docker tag shop:v1 ghcr.io/acme/shop:v1"),
    # near miss: "extra" typed as the name
    ("start extra", None, "docker start extra"),
    # host path, "IMAGE 컨테이너", then the container path: one mount
    ("/srv/data 폴더를 nginx 컨테이너 /usr/share/nginx/html에 마운트해서 실행해줘", None,
     "docker run -v /srv/data:/usr/share/nginx/html nginx"),
    ("/srv/data를 node:20 컨테이너의 /data에 마운트해서 bash 열어줘", None,
     "docker run -i -t -v /srv/data:/data node:20 bash"),
    ("호스트 /var/log 폴더를 busybox 컨테이너 /logs에 마운트해서 sh 열어줘", None,
     "docker run -i -t -v /var/log:/logs busybox sh"),
    # near miss: no image between the paths, as before
    ("/srv/data 폴더를 /data에 마운트해서 nginx 실행", None, "docker run -v /srv/data:/data nginx"),
])
def test_causes(text, context, expected):
    assert_command(text, context, expected)

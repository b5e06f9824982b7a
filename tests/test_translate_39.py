"""Session causes (fixer AF): "password env KEY=v" takes the typed pair, "…to container port N."
ends a sentence, "N to its default port" is the image's known port, portainer's known port,
"my IMAGE container NAME" describes the container, "using FILE in DIR" keeps the -f path as
said, "my whole home folder" at a said path is ~/, and "홈 디렉토리 /x로" is where it goes."""
import pytest

from tests.translating import assert_command


@pytest.mark.parametrize("text, context, expected", [
    # "password env KEY=v": the pair typed wins; "env" names its kind, not a program
    ("start mysql:8 in the background, root password env MYSQL_ROOT_PASSWORD=tiger9", None,
     "docker run -d -e MYSQL_ROOT_PASSWORD=tiger9 mysql:8"),
    ("run postgres with env POSTGRES_PASSWORD=hunter7", None, "docker run -e POSTGRES_PASSWORD=hunter7 postgres"),
    ("run mariadb, password variable MARIADB_ROOT_PASSWORD=s3cret, detached", None,
     "docker run -d -e MARIADB_ROOT_PASSWORD=s3cret mariadb"),
    # near misses: env typed right after the image is its command line; a plain password
    ("run postgres env POSTGRES_PASSWORD=hunter7", None, "docker run postgres env POSTGRES_PASSWORD=hunter7"),
    ("run postgres with password hunter7", None, "docker run -e POSTGRES_PASSWORD=hunter7 postgres"),
    # "host port N to container port M." at a sentence's end
    ("run myapp with host port 8081 to container port 80. thanks", None, "docker run -p 8081:80 myapp"),
    ("Hi. Please run grafana/grafana detached, host port 3301 to container port 3000. Cheers!", None,
     "docker run -d -p 3301:3000 grafana/grafana"),
    ("start web-ui from acme/ui, host port 9090 to container port 8080.", None,
     "docker run -d --name web-ui -p 9090:8080 acme/ui"),
    # "N to its default port", "its usual port on N": the image's known port
    ("run mongo:7 and map 27018 to its default port", None, "docker run -p 27018:27017 mongo:7"),
    ("run postgres:16 detached, its usual port on 5433", None, "docker run -d -p 5433:5432 postgres:16"),
    ("run nginx, map the standard port to host port 8088", None, "docker run -p 8088:80 nginx"),
    # portainer's known port, and "access to the docker socket"
    ("run portainer/portainer-ce detached with the docker socket mounted, port 9000", None,
     "docker run -d -p 9000:9000 -v /var/run/docker.sock:/var/run/docker.sock portainer/portainer-ce"),
    ("give nginx access to the docker socket", None, "docker run -v /var/run/docker.sock:/var/run/docker.sock nginx"),
    # "my IMAGE container NAME": the image word describes the named container
    ("restart my redis container cache1", None, "docker restart cache1"),
    ("show logs of my nginx container edge", None, "docker logs edge"),
    ("stop the mysql container named shopdb", None, "docker stop shopdb"),
    ("mongo 컨테이너 mdb1 재시작해줘", None, "docker restart mdb1"),
    # "using FILE in DIR": DIR is where to build, the file as said
    ("build with Dockerfile.dev in ./web, tag web:dev", None, "docker build -t web:dev -f Dockerfile.dev ./web"),
    ("build shop:1 from Dockerfile.ci in ./shop", None, "docker build -t shop:1 -f Dockerfile.ci ./shop"),
    # near misses: "the FILE in DIR", "FILE inside DIR" sit in the folder
    ("build worker:dev with the Dockerfile.dev in ./worker", None,
     "docker build -t worker:dev -f ./worker/Dockerfile.dev ./worker"),
    ("build api:2 using Dockerfile.test inside ./api", None, "docker build -t api:2 -f ./api/Dockerfile.test ./api"),
    # the home folder mounted at a said path: ~/ on the host
    ("run alpine with my entire home dir mounted at /data and give me a shell", None,
     "docker run -i -t -v '~/:/data' alpine sh"),
    ("mount my home dir into alpine at /mnt/home and open sh", None, "docker run -i -t -v '~/:/mnt/home' alpine sh"),
    ("알파인에 홈 폴더를 /data로 마운트하고 sh 실행", None, "docker run -i -t -v '~/:/data' alpine sh"),
    ("우분투에 내 홈 디렉터리 /work로 마운트해서 bash 열어줘", None, "docker run -i -t -v '~/:/work' ubuntu bash"),
    # near misses: the default home mount, a home path said after the phrase is the source
    ("mount my home directory into an ubuntu container", None, "docker run -v '~:/home' ubuntu"),
    ("내 홈 디렉토리 /home/alex를 /data로 마운트해서 ubuntu 실행", None, "docker run -v /home/alex:/data ubuntu"),
    ("run busybox with the whole current directory mounted at /src", None, "docker run -v .:/src busybox"),
])
def test_fixer_af(text, context, expected):
    assert_command(text, context, expected)

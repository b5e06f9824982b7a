"""Values said in words inside an English request: host ports, CPU amounts, working
directories, counts, programs to run, registry hosts, host paths, and the ";" of a sentence.

Every case asserts the exact canonical command. The phrasings are our own; the benchmark sets
are never copied here. The near-misses at the end must keep their answer.
"""
from __future__ import annotations

import pytest

from webapp.commands import parser
from webapp.commands.translate import translate

CTX = {"containers": [{"name": "ledger", "image": "postgres", "status": "exited", "created": 1},
                      {"name": "edge", "image": "nginx", "status": "running", "created": 2}],
       "images": ["nginx"]}

VALUES = [
    # --- a host port: "N on the host", "map it to N", "reachable on N" ------------
    ("bring up redis, expose 7000 to the host", None, "docker run -d -p 7000:6379 redis"),
    ("run mysql with 3307 on the host side", None, "docker run -p 3307:3306 mysql"),
    ("start nginx, map it to 8081 on my machine", None, "docker run -d -p 8081:80 nginx"),
    ("run nginx detached, forward it to 8000", None, "docker run -d -p 8000:80 nginx"),
    ("run postgres detached and publish it on 5555", None, "docker run -d -p 5555:5432 postgres"),
    ("expose container port 3000 as 8300 on the host with node", None, "docker run -p 8300:3000 node"),
    ("run nginx and publish port 80 on 8090", None, "docker run -p 8090:80 nginx"),
    ("run httpd, host port 8001 pointing to container port 80", None, "docker run -p 8001:80 httpd"),
    ("run redis with 6390 forwarding to 6379", None, "docker run -p 6390:6379 redis"),
    # --- a user and its group ---------------------------------------------------------------
    ("run alpine sh as uid 1000 gid 1000", None, "docker run -it -u 1000:1000 alpine sh"),
    ("run busybox as user 33 and group 33", None, "docker run -u 33:33 busybox"),
    ("open a shell in debian as uid 501, gid 20", None, "docker run -it -u 501:20 debian bash"),
    # --- the order word of a line count -----------------------------------------------------
    ("tail the final twenty lines of the api logs", None, "docker logs -n 20 api"),
    ("from web logs, the most recent 40 lines", None, "docker logs -n 40 web"),
    ("print the newest 5 lines of worker logs", None, "docker logs -n 5 worker"),
    # --- CPU amounts in words ----------------------------------------------------------
    ("run redis limited to 2 and a half cores", None, "docker run --cpus 2.5 redis"),
    ("run alpine, cpu limit one point five", None, "docker run --cpus 1.5 alpine"),
    ("run nginx capped at zero point five cpus", None, "docker run --cpus 0.5 nginx"),
    ("open a debian shell with one and a half cores", None, "docker run -it --cpus 1.5 debian bash"),
    ("run alpine sh with two and a half gigs of memory", None, "docker run -it -m 2.5g alpine sh"),
    # --- a working directory -------------------------------------------------------------
    ("python:3.12 shell with the working directory set to /code", None,
     "docker run -it -w /code python:3.12 bash"),
    ("alpine shell, workdir = /tmp", None, "docker run -it -w /tmp alpine sh"),
    ("run ruby bash, the working folder is /app", None, "docker run -it -w /app ruby bash"),
    ("open a bash in node:20 starting in /usr/src/app", None,
     "docker run -it -w /usr/src/app node:20 bash"),
    ("give me a shell in ubuntu that opens in /var/www", None, "docker run -it -w /var/www ubuntu bash"),
    ("run python:3.11 bash and make /work the working directory", None,
     "docker run -it -w /work python:3.11 bash"),
    ("run node bash with /app as its working dir", None, "docker run -it -w /app node bash"),
    # --- the shell named is the shell opened --------------------------------------------
    ("start node with sh", None, "docker run -it node sh"),
    ("run golang sh and start in /go/src", None, "docker run -it -w /go/src golang sh"),
    # --- a count of recent containers ------------------------------------------------------
    ("which 6 containers did we start most recently?", None, "docker ps -n 6"),
    ("show me the seven containers i fired up most recently", None, "docker ps -n 7"),
    ("the three containers I created last", None, "docker ps -n 3"),
    ("list the 2 containers we brought up most recently", None, "docker ps -n 2"),
    # --- a program to run, said in words ------------------------------------------------
    ("run busybox with MODE=dev and show me the environment variables", None,
     "docker run -e MODE=dev busybox env"),
    ("start ubuntu, set env DEBUG=1, then list all the env vars", None,
     "docker run -e DEBUG=1 ubuntu env"),
    ("run alpine and print env vars", None, "docker run alpine env"),
    ("what does hostname print in busybox?", None, "docker run busybox hostname"),
    ("what would whoami output in ubuntu? try it", None, "docker run ubuntu whoami"),
    ("what does date return inside debian", None, "docker run debian date"),
    ("run a throwaway alpine listing /etc", None, "docker run --rm alpine ls /etc"),
    ("start ubuntu that shows the files in /var/log, remove it after", None,
     "docker run --rm ubuntu ls /var/log"),
    # --- a ";" between two sentences is not a shell operator -----------------------------
    ("web2 is dead; restart it", None, "docker restart web2"),
    ("cache01 is finished; remove it along with its anonymous volumes", None, "docker rm -v cache01"),
    ("the edge container is stuck; kill it", CTX, "docker kill edge"),
    # --- a grace period and what it is for -------------------------------------------
    ("stop the api container, allow 45 seconds for it to finish its work", None,
     "docker stop -t 45 api"),
    ("stop worker-2 but give it a minute to wrap up", None, "docker stop -t 60 worker-2"),
    ("halt edge and give it 20 secs to drain", CTX, "docker stop -t 20 edge"),
    # --- a registry host as a tag's target ---------------------------------------------
    ("tag billing:3 for the registry at registry.local:5000", None,
     "docker tag billing:3 registry.local:5000/billing:3"),
    ("give shop:2.1 a tag for localhost:5001 keeping name and tag", None,
     "docker tag shop:2.1 localhost:5001/shop:2.1"),
    ("retag api:7 for my registry at reg.example.com", None,
     "docker tag api:7 reg.example.com/api:7"),
    # --- a path's label in a build ------------------------------------------------------
    ("ops/Dockerfile.prod is the dockerfile, context = ., tag web-prod", None,
     "docker build -t web-prod -f ops/Dockerfile.prod ."),
    ("build context ./svc with Dockerfile.dev, tag it svc:dev", None,
     "docker build -t svc:dev -f Dockerfile.dev ./svc"),
    # --- host paths: relative, "from the host", read-only ------------------------------------
    ("run nginx with ./site mounted read-only at /usr/share/nginx/html", None,
     "docker run -v ./site:/usr/share/nginx/html:ro nginx"),
    ("run node bash with ../shared mounted to /shared", None, "docker run -it -v ../shared:/shared node bash"),
    ("run alpine with /tmp/scratch from the host at /scratch", None,
     "docker run -v /tmp/scratch:/scratch alpine"),
    ("run busybox sh with /srv/logs from my machine into /logs", None,
     "docker run -it -v /srv/logs:/logs busybox sh"),
    # --- a volume's name after the noun, a description before it --------------------------
    ("run postgres with the main volume pg-main at /var/lib/postgresql/data", None,
     "docker run -v pg-main:/var/lib/postgresql/data postgres"),
    ("run redis with the cache volume redis-store at /data", None, "docker run -v redis-store:/data redis"),
    ("run mongo with the db volume mongodata mounted at /data/db", None,
     "docker run -v mongodata:/data/db mongo"),
    # --- a version and its variant said as words; alpine images have no bash --------------
    ("pull debian 12 slim", None, "docker pull debian:12-slim"),
    ("pull node lts alpine", None, "docker pull node:lts-alpine"),
    ("run node 18 alpine with a shell", None, "docker run -it node:18-alpine sh"),
    ("open a shell in python:3.12-alpine", None, "docker run -it python:3.12-alpine sh"),
    # --- a window of time in the logs -------------------------------------------------------
    ("show logs of api between 10 and 5 minutes ago", None, "docker logs --since 10m --until 5m api"),
    ("web logs from between 2 hours ago and 1 hour ago", None, "docker logs --since 2h --until 1h web"),
    ("logs for worker between 30 and 45 minutes ago", None, "docker logs --since 45m --until 30m worker"),
    # --- a variable set for the program run in a container -----------------------------------
    ("exec env in ledger with FOO=bar set", {**CTX, "containers": [
        {"name": "ledger", "image": "postgres", "status": "running", "created": 1}]},
     "docker exec -e FOO=bar ledger env"),
    ("in edge run printenv with LANG=C", CTX, "docker exec -e LANG=C edge printenv"),
    ("inside edge print the env vars with DEBUG=1", CTX, "docker exec -e DEBUG=1 edge env"),
    # --- run options named by a word, then their value ----------------------------------------
    ("run alpine sh, dns server set to 1.1.1.1", None, "docker run -it --dns 1.1.1.1 alpine sh"),
    ("run postgres with a shared memory size of 1gb", None, "docker run --shm-size 1g postgres"),
    ("run busybox with a pids limit of 64", None, "docker run --pids-limit 64 busybox"),
    ("run ubuntu with host name box1 and a shell", None, "docker run -it -h box1 ubuntu bash"),
    # --- the host's root filesystem --------------------------------------------------------
    ("start busybox sh with the root of the host mounted at /mnt/root", None,
     "docker run -it -v /:/mnt/root busybox sh"),
    ("ubuntu bash with the entire host filesystem at /hostfs", None,
     "docker run -it -v /:/hostfs ubuntu bash"),
    ("run alpine with the host root file system mounted at /h and open a shell", None,
     "docker run -it -v /:/h alpine sh"),
]

# Near misses: the same words where they are not the value above.
UNCHANGED = [
    ("run alpine with env vars A=1", None, "docker run -e A=1 alpine"),
    ("run nginx on localhost:8080", None, "docker run -p 8080:80 nginx"),
    ("show the last container", None, "docker ps -l"),
    ("run alpine and print hello", None, "docker run alpine echo hello"),
    ("stop web1 with a 10 second timeout", None, "docker stop -t 10 web1"),
    ("tag web:1 as localhost:5000/web:1", None, "docker tag web:1 localhost:5000/web:1"),
    ("python bash", None, "docker run -it python bash"),
    ("run postgres with the pgdata volume at /var/lib/postgresql/data", None,
     "docker run -v pgdata:/var/lib/postgresql/data postgres"),
    ("run nginx mapping 8080 to 80", None, "docker run -p 8080:80 nginx"),
    ("run alpine sh as user 1001", None, "docker run -it -u 1001 alpine sh"),
    ("run node:20 with a shell", None, "docker run -it node:20 bash"),
    ("run ubuntu 22.04 with bash", None, "docker run -it ubuntu:22.04 bash"),
    ("show logs of api from the past ten minutes", None, "docker logs --since 10m api"),
    ("run hostname in alpine", None, "docker run alpine hostname"),
    ("run alpine and print its hostname", None, "docker run alpine hostname"),
    ("show edge environment variables", CTX, "docker exec edge env"),
]


@pytest.mark.parametrize("text,context,expected", VALUES + UNCHANGED)
def test_value_is_placed(text, context, expected):
    result = translate(text, context=context)
    assert result["command"] and not result["template"], result
    assert parser.parse(result["command"]).canonical() == parser.parse(expected).canonical()


@pytest.mark.parametrize("text", ["docker images; cat /etc/shadow", "run nginx; cat /etc/passwd",
                                  "show the logs of web; shred /etc/x", "stop web ; docker rm web",
                                  "list containers; ls"])
def test_a_shell_command_after_a_semicolon_is_refused(text):
    result = translate(text)
    assert result["command"] is None and result["clarify"], result


@pytest.mark.parametrize("text", ["what does docker run do?", "what does exec do",
                                  "what is an image?"])
def test_a_concept_question_without_a_program_keeps_its_page(text):
    assert translate(text)["concept"], text

"""English run requests: the container going away said in words ("rm after", "throw it out
after", "goes away"), a box "I can type in" (a shell), and ports said without the word port
("N on my side", "N to M", "N for M") when the inside number is an image's own port.

Every case is our own wording; the benchmark sets are never copied here.
"""
from __future__ import annotations

import pytest

from tests.translating import assert_command

CASES = [
    # A remove/away word before "after" or "when … exits", or "and then goes away" said last.
    ("start debian, run uname -a, rm after", None, "docker run --rm debian uname -a"),
    ("run ubuntu and show id, throw it out after", None, "docker run --rm ubuntu id"),
    ("launch busybox running sleep 5 and then it goes away", None, "docker run --rm busybox sleep 5"),
    ("run alpine, print the date and throw it away", None, "docker run --rm alpine date"),
    ("fedora with hostname, make it disappear when it exits", None, "docker run --rm fedora hostname"),
    # A question mark ends the program's arguments.
    ("run debian and show whoami? delete it once it exits", None, "docker run --rm debian whoami"),
    # Near-misses: no --rm of a new container.
    ("stop web1 and throw it away", None, "docker stop web1"),
    ("run alpine and print the date", None, "docker run alpine date"),
    # A box to type commands in is an interactive shell.
    ("give me a debian container I can type commands into", None, "docker run -i -t debian bash"),
    ("start a fedora box where I can type in commands", None, "docker run -i -t fedora bash"),
    ("an alpine box I can type in that vanishes once I exit", None, "docker run -i -t --rm alpine sh"),
    # Ports without the word port: the inside number is the image's own port.
    ("run redis with 7000 to 6379 in the background", None, "docker run -d -p 7000:6379 redis"),
    ("start postgres, 6000 on my end", None, "docker run -d -p 6000:5432 postgres"),
    ("httpd detached, 8181 on my side", None, "docker run -d -p 8181:80 httpd"),
    ("caddy with 9001 for 80 and 9444 for 443", None, "docker run -p 9001:80 -p 9444:443 caddy"),
    ("run nginx 8080 for 80", None, "docker run -p 8080:80 nginx"),
]


@pytest.mark.parametrize("text,context,expected", CASES)
def test_run_options(text, context, expected):
    assert_command(text, context, expected)

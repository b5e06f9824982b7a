"""Unit tests of the command parser: docker's own (cobra/pflag) rules, with exact results.

Every expectation here is what the docker 28 CLI does with the same words (checked by hand
against ``docker`` with no daemon reachable, where parsing errors still show), or, for
Gorae-only behaviour (spans, codes, suggestions, Korean messages), what Gorae promises.
Known bugs are ``xfail(strict=True)`` with the failing input in the reason.
"""
from __future__ import annotations

import re

import pytest

from webapp.commands.parser import parse

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def opts(parsed):
    return [(o.name, o.value) for o in parsed.options]


def args(parsed):
    return [a.value for a in parsed.args]


def rest(parsed):
    return [a.value for a in parsed.rest]


def errors(parsed):
    return [(e.code, e.start, e.end) for e in parsed.errors]


def same_spec(a, b) -> bool:
    """Two specs are the same command when verb, options, arguments and command agree
    (spans and text aside)."""
    sa, sb = a.spec(), b.spec()
    return (sa.verb, [(o.name, o.value) for o in sa.options], sa.arg_values(),
            [c.value for c in sa.command]) == \
           (sb.verb, [(o.name, o.value) for o in sb.options], sb.arg_values(),
            [c.value for c in sb.command])


# --------------------------------------------------------------------------------------
# pflag: shorthands, attached values, booleans
# --------------------------------------------------------------------------------------

def test_combined_shorthands_are_each_set_in_order():
    p = parse("docker run -itd busybox")
    assert p.ok
    assert opts(p) == [("interactive", True), ("tty", True), ("detach", True)]
    assert args(p) == ["busybox"] and rest(p) == []
    assert p.canonical() == "docker run -i -t -d busybox"


def test_combined_shorthands_may_end_with_a_value_flag():
    p = parse("docker run -dp 8080:80 nginx")
    assert p.ok
    assert opts(p) == [("detach", True), ("publish", "8080:80")]
    assert args(p) == ["nginx"]


def test_value_flag_inside_a_group_takes_the_rest_of_the_word():
    # pflag: '-farg' -- everything after the value flag's letter is its value
    p = parse("docker run -ip8080:80 nginx")
    assert p.ok
    assert opts(p) == [("interactive", True), ("publish", "8080:80")]


@pytest.mark.parametrize("text", [
    "docker run -p8080:80 nginx",
    "docker run -p=8080:80 nginx",
    "docker run -p 8080:80 nginx",
    "docker run --publish=8080:80 nginx",
    "docker run --publish 8080:80 nginx",
])
def test_attached_and_separate_values_are_the_same(text):
    p = parse(text)
    assert p.ok, p.errors
    assert opts(p) == [("publish", "8080:80")]
    assert args(p) == ["nginx"]
    assert p.canonical() == "docker run -p 8080:80 nginx"


def test_long_flag_with_equals():
    p = parse("docker run --name=web nginx")
    assert p.ok
    assert opts(p) == [("name", "web")]
    assert p.spec().option("name").start == 11 and p.spec().option("name").end == 21


def test_equals_value_keeps_further_equals_signs():
    p = parse("docker run -e=A=1 --label=a=b=c busybox")
    assert p.ok
    assert opts(p) == [("env", "A=1"), ("label", "a=b=c")]


@pytest.mark.parametrize("text, expected", [
    ("docker run --rm=false nginx", [("rm", False)]),
    ("docker run --rm=true nginx", [("rm", True)]),
    ("docker run --rm=0 nginx", [("rm", False)]),
    ("docker run --rm=T nginx", [("rm", True)]),
    ("docker run --rm=FALSE nginx", [("rm", False)]),
    ("docker run -d=false nginx", [("detach", False)]),
    ("docker run -d=1 nginx", [("detach", True)]),
    ("docker rm -v=false web1", [("volumes", False)]),
])
def test_boolean_values(text, expected):
    p = parse(text)
    assert p.ok, p.errors
    assert opts(p) == expected


def test_boolean_false_survives_the_canonical_form():
    p = parse("docker run -d=false --rm=false nginx")
    assert p.canonical() == "docker run --detach=false --rm=false nginx"
    again = parse(p.canonical())
    assert opts(again) == [("detach", False), ("rm", False)]


def test_boolean_value_inside_a_group():
    # pflag: -it=false is -i, then t=false
    p = parse("docker run -it=false busybox")
    assert p.ok
    assert opts(p) == [("interactive", True), ("tty", False)]


def test_a_boolean_flag_does_not_take_the_next_word():
    # `--rm false` is --rm=true and then the word "false" is the IMAGE
    p = parse("docker run --rm false")
    assert opts(p) == [("rm", True)]
    assert args(p) == ["false"]


@pytest.mark.parametrize("text, flag", [
    ("docker run --rm=yes nginx", "--rm"),
    ("docker run -d=maybe nginx", "--detach"),
])
def test_bad_boolean_is_an_invalid_value(text, flag):
    p = parse(text)
    assert [e.code for e in p.errors] == ["invalid-value"]
    assert flag in p.errors[0].message["en"]


def test_value_flag_takes_the_next_word_even_if_it_looks_like_a_flag():
    # pflag: '-f arg' takes args[0] whatever it is
    p = parse("docker run --name -d busybox")
    assert opts(p) == [("name", "-d")]
    assert [e.code for e in p.errors] == ["invalid-value"]   # '-d' is not a container name


def test_repeated_flags_accumulate_and_last_one_wins():
    p = parse("docker run -e A=1 -e B=2 --name one --name two busybox")
    assert p.ok
    assert p.spec().values("env") == ["A=1", "B=2"]
    assert p.spec().value("name") == "two"


def test_hidden_aliases_map_to_the_canonical_flag():
    p = parse("docker run --net=none busybox")
    assert p.ok and opts(p) == [("network", "none")]
    assert parse("docker stop --time 3 web1").spec().value("timeout") == "3"


# --------------------------------------------------------------------------------------
# Interspersed flags, the `--` terminator, flags after IMAGE / CONTAINER
# --------------------------------------------------------------------------------------

def test_interspersed_flags_after_the_argument():
    p = parse("docker logs web1 -f")
    assert p.ok
    assert opts(p) == [("follow", True)] and args(p) == ["web1"]
    assert p.canonical() == "docker logs -f web1"


def test_interspersed_flags_between_arguments():
    p = parse("docker rm web1 -f web2 -v")
    assert p.ok
    assert opts(p) == [("force", True), ("volumes", True)]
    assert args(p) == ["web1", "web2"]


def test_interspersed_value_flag_after_the_argument():
    p = parse("docker logs web1 -n 5 --until 10m")
    assert p.ok
    assert opts(p) == [("tail", "5"), ("until", "10m")] and args(p) == ["web1"]


def test_flags_after_the_image_belong_to_the_container_command():
    p = parse("docker run busybox --privileged")
    assert p.ok
    assert opts(p) == []
    assert args(p) == ["busybox"] and rest(p) == ["--privileged"]
    assert [s.kind for s in p.spans if s.text == "--privileged"] == ["command"]


def test_run_flags_after_the_image_are_not_flags_even_if_docker_knows_them():
    p = parse("docker run -d busybox -d --rm sh -c 'echo hi'")
    assert p.ok
    assert opts(p) == [("detach", True)]
    assert rest(p) == ["-d", "--rm", "sh", "-c", "echo hi"]


def test_create_is_not_interspersed_either():
    p = parse("docker create busybox -it")
    assert p.ok and opts(p) == [] and rest(p) == ["-it"]


def test_exec_flags_stop_at_the_container():
    p = parse("docker exec -it web1 ls -la --color")
    assert p.ok
    assert opts(p) == [("interactive", True), ("tty", True)]
    assert args(p) == ["web1"] and rest(p) == ["ls", "-la", "--color"]


def test_help_after_the_container_is_the_containers_argument():
    p = parse("docker exec web1 sh --help")
    assert p.ok and not p.help
    assert rest(p) == ["sh", "--help"]


def test_double_dash_ends_the_flags():
    p = parse("docker rm -f -- web1")
    assert p.ok
    assert opts(p) == [("force", True)] and args(p) == ["web1"]
    assert [s.kind for s in p.spans] == ["program", "subcommand", "flag", "terminator", "argument"]


def test_double_dash_before_the_image():
    p = parse("docker run --rm -- busybox echo --help")
    assert p.ok
    assert opts(p) == [("rm", True)]
    assert args(p) == ["busybox"] and rest(p) == ["echo", "--help"]


def test_double_dash_after_the_container_of_exec_is_part_of_the_command():
    # pflag without interspersing: everything after the first argument is an argument, `--` too
    p = parse("docker exec web1 -- ls")
    assert p.ok
    assert args(p) == ["web1"] and rest(p) == ["--", "ls"]


def test_after_double_dash_a_dash_word_is_an_argument():
    p = parse("docker logs -- -f")
    assert opts(p) == []
    # '-f' is the CONTAINER (not a valid name, so an invalid-argument)
    assert [e.code for e in p.errors] == ["invalid-argument"]


def test_a_lone_dash_is_an_argument():
    p = parse("docker build -t myapp:1.0 -")
    assert p.ok
    assert opts(p) == [("tag", "myapp:1.0")] and args(p) == ["-"]


# --------------------------------------------------------------------------------------
# Quoting
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, command", [
    ("docker run busybox echo 'a  b'", ["echo", "a  b"]),
    ("docker run busybox echo 'it''s'", ["echo", "its"]),
    ("docker run busybox echo '$HOME \"x\"'", ["echo", '$HOME "x"']),
    ('docker run busybox echo "a  b"', ["echo", "a  b"]),
    ('docker run busybox echo "say \\"hi\\""', ["echo", 'say "hi"']),
    ('docker run busybox echo "\\$HOME \\\\ \\n"', ["echo", "$HOME \\ \\n"]),
    ("docker run busybox echo \"it's\"", ["echo", "it's"]),
    ("docker run busybox echo a\\ b", ["echo", "a b"]),
    ("docker run busybox echo \\'x\\'", ["echo", "'x'"]),
    ("docker run busybox echo 'a'\"b\"c", ["echo", "abc"]),
    ("docker run busybox echo ''", ["echo", ""]),
    ("docker run busybox sh -c 'echo \"hi there\" && ls'", ["sh", "-c", 'echo "hi there" && ls']),
])
def test_quoting_is_posix(text, command):
    p = parse(text)
    assert p.ok, p.errors
    assert rest(p) == command


def test_quoted_flag_value():
    p = parse('docker run -e "GREETING=hello world" --name=\'web\' busybox')
    assert p.ok
    assert opts(p) == [("env", "GREETING=hello world"), ("name", "web")]
    value = next(s for s in p.spans if s.kind == "value")
    assert (value.start, value.end, value.text) == (14, 36, "GREETING=hello world")


def test_quoted_shell_operators_are_plain_text():
    p = parse("docker run busybox sh -c 'ls | wc -l; echo done > /tmp/x'")
    assert p.ok
    assert rest(p) == ["sh", "-c", "ls | wc -l; echo done > /tmp/x"]


def test_canonical_form_requotes():
    p = parse("docker run -e 'A=b c' busybox echo \"it's\"")
    assert p.canonical() == "docker run -e 'A=b c' busybox echo 'it'\"'\"'s'"
    assert same_spec(parse(p.canonical()), p)


# --------------------------------------------------------------------------------------
# Spans
# --------------------------------------------------------------------------------------

SPAN_INPUTS = [
    "docker run -itd --name=web -p 8080:80 -e A=1 busybox echo hi",
    "docker logs web1 -f --tail 5",
    "docker rm -f -- web1 web2",
    "docker   run\t-d   nginx",
    "docker container ls -a",
    "docker network create -d bridge mynet",
    "docker exec -it web1 sh -c 'echo hi'",
    'docker run -e "A=b c" busybox',
    "docker ps --help",
    "run -d nginx",
]


@pytest.mark.parametrize("text", SPAN_INPUTS)
def test_span_text_is_the_input_slice_unless_quoted(text):
    p = parse(text)
    assert p.spans
    for span in p.spans:
        raw = text[span.start:span.end]
        assert 0 <= span.start < span.end <= len(text)
        if not re.search(r"['\"\\]", raw):
            assert span.text == raw, span


def test_spans_are_ordered_and_tagged():
    text = "docker run -d --name web -p 8080:80 nginx nginx -g 'daemon off;'"
    p = parse(text)
    assert [(s.kind, s.flag, s.arg) for s in p.spans] == [
        ("program", None, None), ("subcommand", None, None),
        ("flag", "detach", None), ("flag", "name", None), ("value", "name", None),
        ("flag", "publish", None), ("value", "publish", None),
        ("argument", None, "IMAGE"), ("command", None, "COMMAND"),
        ("command", None, "COMMAND"), ("command", None, "COMMAND")]
    assert [s.start for s in p.spans] == sorted(s.start for s in p.spans)
    quoted = p.spans[-1]
    assert quoted.text == "daemon off;" and text[quoted.start:quoted.end] == "'daemon off;'"


def test_program_word_is_optional():
    p = parse("ps -a")
    assert p.ok and not p.had_program
    assert [s.kind for s in p.spans] == ["subcommand", "flag"]
    assert p.canonical() == "docker ps -a"


def test_two_word_subcommand_span_covers_both_words():
    p = parse("docker container ls -a")
    sub = p.spans[1]
    assert (sub.start, sub.end, sub.text, sub.kind) == (7, 19, "container ls", "subcommand")


def test_two_word_subcommand_span_with_extra_spaces_is_the_input_slice():
    text = "docker container  ls -a"
    sub = parse(text).spans[1]
    assert sub.text == text[sub.start:sub.end]


# --------------------------------------------------------------------------------------
# Errors: code and position
# --------------------------------------------------------------------------------------

ERROR_CASES = [
    # (text, code, start, end)
    ("", "empty-command", 0, 0),
    ("   ", "empty-command", 0, 3),
    ("docker", "missing-subcommand", 6, 6),
    ("docker rnu busybox", "unknown-subcommand", 7, 10),
    ("docker lauch web1", "unknown-subcommand", 7, 12),
    ("docker run --foo busybox", "unknown-flag", 11, 16),
    ("docker ps --detatch", "unknown-flag", 10, 19),
    ("docker logs web1 --folow", "unknown-flag", 17, 24),
    ("docker run --name", "missing-value", 11, 17),
    ("docker run -p", "missing-value", 11, 13),
    ("docker logs web1 --tail", "missing-value", 17, 23),
    ("docker run -p 8080:70000 nginx", "invalid-value", 11, 24),
    ("docker run -p 0:0 nginx", "invalid-value", 11, 17),
    ("docker run --expose 80 -p 65536 nginx", "invalid-value", 23, 31),
    ("docker run -m 12x busybox", "invalid-value", 11, 17),
    ("docker run --memory=lots busybox", "invalid-value", 11, 24),
    ("docker run --shm-size 1q busybox", "invalid-value", 11, 24),
    ("docker logs --since yesterday web1", "invalid-value", 12, 29),
    ("docker logs --until 10x web1", "invalid-value", 12, 23),
    ("docker logs --since 2024-13-45 web1", "invalid-value", 12, 30),
    ("docker run --health-interval 5x busybox", "invalid-value", 11, 31),
    ("docker run --restart sometimes nginx", "invalid-value", 11, 30),
    ("docker run --restart always:3 nginx", "invalid-value", 11, 29),
    ("docker run --restart on-failure:x nginx", "invalid-value", 11, 33),
    ("docker stop -s SIGFOO web1", "invalid-value", 12, 21),
    ("docker run --stop-signal NOPE busybox", "invalid-value", 11, 29),
    ("docker run --name 'my web' nginx", "invalid-value", 11, 26),
    ("docker run --name -web nginx", "invalid-value", 11, 22),
    ("docker run --name w nginx", "invalid-value", 11, 19),
    ("docker build -t MyApp:1.0 .", "invalid-value", 13, 25),
    ("docker run --cpus abc busybox", "invalid-value", 11, 21),
    ("docker ps -n x", "invalid-value", 10, 14),
    ("docker run --privileged=maybe busybox", "invalid-value", 11, 29),
    ("docker run NGINX", "invalid-argument", 11, 16),
    ("docker pull Redis:latest", "invalid-argument", 12, 24),
    ("docker logs", "missing-argument", 11, 11),
    ("docker stop", "missing-argument", 11, 11),
    ("docker run -it", "missing-argument", 14, 14),
    ("docker exec web1", "missing-argument", 16, 16),
    ("docker tag nginx", "missing-argument", 16, 16),
    ("docker network connect mynet", "missing-argument", 28, 28),
    ("docker ps web1", "unexpected-argument", 10, 14),
    ("docker logs web1 web2", "unexpected-argument", 17, 21),
    ("docker network ls bridge", "unexpected-argument", 18, 24),
    ('docker run "busybox', "unclosed-quote", 11, 19),
    ("docker run busybox echo 'hi", "unclosed-quote", 24, 27),
    ("docker ps | grep web", "shell-operator", 10, 11),
    ("docker ps && docker images", "shell-operator", 10, 12),
    ("docker logs web1 > out.txt", "shell-operator", 17, 18),
    ("docker logs web1 2>&1", "shell-operator", 17, 21),
    ("docker run busybox echo $(id)", "shell-operator", 24, 29),
    ("docker run busybox echo `id`", "shell-operator", 24, 28),
    ("docker ps ; docker images", "shell-operator", 10, 11),
    ("docker commit x", "not-available", 7, 13),
    ("docker system prune", "not-available", 7, 19),
    ("docker compose up", "not-available", 7, 14),
    ("docker cp web1:/etc/hosts .", "not-available", 7, 9),
    ("docker -H tcp://x ps", "global-flag", 7, 9),
    ("docker --debug ps", "global-flag", 7, 14),
    ("docker --context default ps", "global-flag", 7, 16),
]


@pytest.mark.parametrize("text, code, start, end", ERROR_CASES)
def test_error_code_and_position(text, code, start, end):
    p = parse(text)
    assert not p.ok
    assert errors(p)[0] == (code, start, end), [(e.code, e.start, e.end, e.message["en"])
                                                 for e in p.errors]


@pytest.mark.parametrize("text, code, start, end", ERROR_CASES)
def test_every_error_has_an_english_and_a_korean_message(text, code, start, end):
    for e in parse(text).errors:
        assert e.message["en"].strip()
        assert HANGUL.search(e.message["ko"]), e.message
        # the message names what is wrong (the word, flag, or value), never a bare template
        assert "{" not in e.message["en"].replace("{{", "") or "{{" in text


UNKNOWN_SHORTHAND = [
    ("docker run -x busybox", "x", 11, 13),
    ("docker run -itx busybox", "x", 11, 15),
    ("docker run -name web nginx", "n", 11, 16),
    ("docker ps -z", "z", 10, 12),
]


@pytest.mark.parametrize("text, letter, start, end", UNKNOWN_SHORTHAND)
def test_unknown_shorthand(text, letter, start, end):
    p = parse(text)
    assert errors(p) == [("unknown-shorthand", start, end)]
    assert f"'{letter}'" in p.errors[0].message["en"]
    assert HANGUL.search(p.errors[0].message["ko"])


@pytest.mark.parametrize("text", ["docker run -p 70000:80 nginx",
                                  "docker run -p 99999:80/udp nginx"])
def test_host_port_out_of_range(text):
    p = parse(text)
    assert [e.code for e in p.errors] == ["invalid-value"]
    assert (p.errors[0].start, p.errors[0].end) == (11, len(text) - 6)


@pytest.mark.parametrize("text, start, end", [
    ("docker ps;docker images", 9, 10),
    ("docker ps|grep web", 9, 10),
    ("docker logs web1>out.txt", 16, 17),
])
def test_glued_shell_operator(text, start, end):
    # POSIX ends a word at ; | & < > even without spaces
    assert errors(parse(text))[:1] == [("shell-operator", start, end)]


def test_first_error_stops_the_parse():
    p = parse("docker run --foo --bar busybox")
    assert [e.code for e in p.errors] == ["unknown-flag"]


def test_several_invalid_values_are_all_reported():
    p = parse("docker run -m 12x --cpus abc busybox")
    assert errors(p) == [("invalid-value", 11, 17), ("invalid-value", 18, 28)]


def test_a_valid_but_policy_refused_command_parses():
    # parsing is docker's grammar; the sandbox policy is a separate step
    p = parse("docker run --privileged -v /:/host busybox")
    assert p.ok
    assert opts(p) == [("privileged", True), ("volume", "/:/host")]


def test_help_is_not_an_error_and_skips_argument_checks():
    p = parse("docker rm --help")
    assert p.ok and p.help
    assert p.errors == []


def test_error_messages_carry_the_offending_words():
    assert "--foo" in parse("docker run --foo busybox").errors[0].message["en"]
    assert "'rnu'" in parse("docker rnu").errors[0].message["en"]
    e = parse("docker run -p 8080:70000 nginx").errors[0]
    assert "8080:70000" in e.message["en"] and "8080:70000" in e.message["ko"]
    assert "docker commit" in parse("docker commit x").errors[0].message["ko"]


# --------------------------------------------------------------------------------------
# Suggestions and warnings
# --------------------------------------------------------------------------------------

def test_misspelt_subcommand_suggests_the_command():
    e = parse("docker rnu busybox").errors[0]
    assert (e.code, e.suggestion) == ("unknown-subcommand", "run")
    assert "'run'" in e.message["en"] and "'run'" in e.message["ko"]


@pytest.mark.parametrize("text, suggestion", [
    ("docker imgaes", "images"),
    ("docker exce -it web1 sh", "exec"),
    ("docker stpo web1", "stop"),
])
def test_more_subcommand_typos(text, suggestion):
    assert parse(text).errors[0].suggestion == suggestion


def test_misspelt_flag_suggests_the_flag():
    e = parse("docker run --detatch busybox").errors[0]
    assert (e.code, e.start, e.end, e.suggestion) == ("unknown-flag", 11, 20, "--detach")
    assert "--detach" in e.message["ko"]


def test_misspelt_image_is_a_warning_with_a_suggestion():
    p = parse("docker run ngnix")
    assert p.ok
    w = p.warnings[0]
    assert (w.code, w.start, w.end, w.suggestion) == ("unknown-image", 11, 16, "nginx")
    assert HANGUL.search(w.message["ko"])


def test_misspelt_image_keeps_its_tag_in_the_suggestion():
    assert parse("docker pull rediss:7").warnings[0].suggestion == "redis:7"


def test_known_image_has_no_warning():
    assert parse("docker run nginx:latest").warnings == []


def test_misspelt_container_is_a_warning_when_the_context_knows_the_containers():
    context = {"containers": [{"name": "web1"}, {"name": "db"}]}
    p = parse("docker logs web-1", context)
    assert p.ok
    w = p.warnings[0]
    assert (w.code, w.start, w.end, w.suggestion) == ("unknown-container", 12, 17, "web1")
    assert HANGUL.search(w.message["ko"])


def test_container_warnings_need_a_context():
    assert parse("docker logs web-1").warnings == []
    assert parse("docker logs web1", {"containers": [{"name": "web1"}]}).warnings == []


# --------------------------------------------------------------------------------------
# Management spellings
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("long, short", [
    ("docker container ls -a", "docker ps -a"),
    ("docker container list --all", "docker ps -a"),
    ("docker container ps -q", "docker ps -q"),
    ("docker container run -d --name web nginx", "docker run -d --name web nginx"),
    ("docker container create busybox", "docker create busybox"),
    ("docker container rm -f web1", "docker rm -f web1"),
    ("docker container remove web1", "docker rm web1"),
    ("docker container logs -f web1", "docker logs -f web1"),
    ("docker container exec -it web1 sh", "docker exec -it web1 sh"),
    ("docker container stop web1", "docker stop web1"),
    ("docker container start web1", "docker start web1"),
    ("docker container restart web1", "docker restart web1"),
    ("docker image ls", "docker images"),
    ("docker image list -q", "docker images -q"),
    ("docker image rm nginx", "docker rmi nginx"),
    ("docker image pull redis", "docker pull redis"),
    ("docker image push me/app", "docker push me/app"),
    ("docker image tag nginx me/nginx", "docker tag nginx me/nginx"),
    ("docker image build .", "docker build ."),
    ("docker network list", "docker network ls"),
    ("docker network remove mynet", "docker network rm mynet"),
    ("docker volume list", "docker volume ls"),
    ("docker volume remove data", "docker volume rm data"),
])
def test_management_spellings_are_the_same_command(long, short):
    a, b = parse(long), parse(short)
    assert a.ok and b.ok
    assert a.command is b.command
    assert same_spec(a, b)
    assert a.canonical() == b.canonical()


def test_inspect_is_its_own_command_per_object():
    assert parse("docker container inspect web1").command.name == "container inspect"
    assert parse("docker inspect web1").command.name == "inspect"


# --------------------------------------------------------------------------------------
# Unicode dashes
# --------------------------------------------------------------------------------------

def test_em_dash_before_a_long_name_is_a_long_flag():
    p = parse("docker run —privileged busybox")
    assert p.ok
    assert opts(p) == [("privileged", True)] and args(p) == ["busybox"]
    w = p.warnings[0]
    assert (w.code, w.start, w.end) == ("unicode-dash", 11, 12)
    assert HANGUL.search(w.message["ko"])
    flag = p.spans[2]
    assert (flag.start, flag.end, flag.kind, flag.flag) == (11, 22, "flag", "privileged")


@pytest.mark.parametrize("text, expected", [
    ("docker ps –a", [("all", True)]),                       # en dash + shorthand
    ("docker run —d busybox", [("detach", True)]),           # em dash + shorthand
    ("docker run ——rm busybox", [("rm", True)]),             # two em dashes
    ("docker run −−name web busybox", [("name", "web")]),    # minus signs
    ("docker run –rm busybox", [("rm", True)]),              # en dash + long name
])
def test_other_look_alike_dashes(text, expected):
    p = parse(text)
    assert p.ok, p.errors
    assert opts(p) == expected
    assert [w.code for w in p.warnings] == ["unicode-dash"]


@pytest.mark.parametrize("text, command", [
    ("docker run busybox echo —hello", ["echo", "—hello"]),
    ("docker run busybox echo '—'", ["echo", "—"]),
    ("docker exec web1 echo –n", ["echo", "–n"]),
])
def test_dashes_in_the_container_command_are_left_alone(text, command):
    # the container's own words are passed on untouched, whatever they look like
    p = parse(text)
    assert rest(p) == command
    assert p.warnings == []


# --------------------------------------------------------------------------------------
# Other bugs found
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [('docker ""', 7, 9), ("''", 0, 2)])
def test_empty_subcommand_word(text, start, end):
    assert errors(parse(text)) == [("unknown-subcommand", start, end)]


def test_empty_subcommand_word_before_a_real_one():
    assert errors(parse("docker '' ps")) == [("unknown-subcommand", 7, 9)]


def test_empty_name_is_accepted_like_docker_does():
    p = parse("docker run --name= busybox")
    assert p.ok and opts(p) == [("name", "")]


@pytest.mark.parametrize("text, start, end", [("docker run --expose abc busybox", 11, 23),
                                              ("docker run --expose 80-x busybox", 11, 24)])
def test_bad_expose_is_an_invalid_value(text, start, end):
    assert errors(parse(text)) == [("invalid-value", start, end)]

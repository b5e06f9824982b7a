"""Check webapp/commands/flagtable.py against the real docker client.

Needs the `docker` client binary on PATH; no daemon is needed.  DOCKER_HOST is
pointed at a socket that does not exist, because a reachable (older) daemon
makes the client hide flags that need a newer API version.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLE_PATH = ROOT / "webapp" / "commands" / "flagtable.py"


def _load_table():
    spec = importlib.util.spec_from_file_location("gorae_flagtable_under_test", TABLE_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ft = _load_table()

DOCKER = shutil.which("docker")
pytestmark = pytest.mark.skipif(DOCKER is None, reason="docker client not on PATH")

_TMP = tempfile.mkdtemp(prefix="gorae-flagtable-")
ENV = dict(os.environ)
ENV.update({
    "DOCKER_HOST": "unix://" + os.path.join(_TMP, "no-daemon.sock"),
    "DOCKER_CLI_HINTS": "false",
    "LC_ALL": "C",
})
ENV.pop("DOCKER_CONTEXT", None)

HANGUL = re.compile(r"[\uac00-\ud7a3]")
FLAG_LINE = re.compile(r"^  (?:-(\w), |    )--([\w-]+)(?: ([\w-]+))?(?:\s{2,}(.*))?$")
SECTION_HEAD = re.compile(r"^(Common Commands|Management Commands|Swarm Commands|Commands):\s*$")

ALIAS_OF = {alias: key for key, spec in ft.COMMANDS.items() for alias in spec["aliases"]}
SPELLINGS = sorted(set(ft.COMMANDS) | set(ALIAS_OF))


def _flags_of(spelling):
    return ft.COMMANDS[ALIAS_OF.get(spelling, spelling)]["flags"]


def _docker(args, timeout=30):
    return subprocess.run([DOCKER, *args], capture_output=True, text=True,
                          env=ENV, timeout=timeout, stdin=subprocess.DEVNULL)


def _parse_help(text, section="Options:"):
    """Parse a help screen into usage, description, aliases, options and subcommands."""
    lines = text.splitlines()
    info = {"usage": None, "desc": "", "aliases": [], "options": {}, "children": {}}
    for i, line in enumerate(lines):
        if line.startswith("Usage:"):
            info["usage"] = " ".join(line[len("Usage:"):].split())
            rest = [ln.strip() for ln in lines[i + 1:i + 4] if ln.strip()]
            info["desc"] = rest[0] if rest else ""
            break
    m = re.search(r"^Aliases:\n  (.*)$", text, re.M)
    if m:
        info["aliases"] = [a.strip()[len("docker "):] for a in m.group(1).split(",")]
    where = None
    last = None
    for line in lines:
        if line.startswith(section):
            where = "opts"
            continue
        if SECTION_HEAD.match(line):
            where = "cmds"
            continue
        if not line.startswith(" "):
            where = None
            continue
        if where == "opts":
            fm = FLAG_LINE.match(line)
            if fm:
                short, long_, type_, usage = fm.groups()
                info["options"][long_] = [short or "", type_ or "", usage or ""]
                last = long_
            elif last and line.strip():
                info["options"][last][2] += " " + line.strip()
        elif where == "cmds":
            cm = re.match(r"^  (\S+?)\*?\s{2,}(.*)$", line)
            if cm:
                info["children"][cm.group(1)] = cm.group(2).strip()
    return info


def _help_many(spellings):
    def one(spelling):
        proc = _docker([*spelling.split(), "--help"])
        return spelling, proc.returncode, proc.stdout
    with ThreadPoolExecutor(max_workers=16) as pool:
        return {s: (rc, out) for s, rc, out in pool.map(one, spellings)}


@pytest.fixture(scope="module")
def helps():
    names = set(SPELLINGS) | set(ft.OTHER_COMMANDS) | {""}
    raw = _help_many(sorted(names))
    return {name: (rc, out, _parse_help(out)) for name, (rc, out) in raw.items()}


def _is_top_level_help(name, info):
    """An uninstalled plugin name makes docker print the top-level help."""
    return name != "" and (info["usage"] or "").startswith("docker [OPTIONS] COMMAND")


@pytest.fixture(scope="module")
def short_desc(helps):
    """spelling -> the one-line description docker prints in its parent's command list."""
    found = {}
    for name, (_rc, _out, info) in helps.items():
        if _is_top_level_help(name, info):
            continue
        for child, desc in info["children"].items():
            found[(name + " " + child).strip()] = desc
    return found


def _norm(text):
    text = re.sub(r"\(default [^)]*\)", "", text)
    text = " ".join(text.lower().split())
    return text.rstrip(" .")


# --------------------------------------------------------------------------
# Pure structure of the table
# --------------------------------------------------------------------------

def _all_flag_lists():
    for key, spec in ft.COMMANDS.items():
        yield key, spec["flags"]
    for key, flags in getattr(ft, "HIDDEN_ONLY", {}).items():
        yield key + " (hidden)", flags
    yield "(global)", ft.GLOBAL_FLAGS


def test_flag_tuples_well_formed():
    repeatable = set(ft.REPEATABLE_TYPES)
    for where, flags in _all_flag_lists():
        longs, shorts = set(), set()
        for flag in flags:
            assert isinstance(flag, tuple) and len(flag) == 7, (where, flag)
            long_, short, type_, kind, repeats, en, ko = flag
            assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", long_), (where, flag)
            assert short == "" or re.fullmatch(r"[A-Za-z]", short), (where, flag)
            assert kind in ft.KINDS, (where, long_, kind)
            assert isinstance(repeats, bool), (where, long_)
            assert repeats == (type_ in repeatable), (where, long_, type_, repeats)
            assert (type_ == "") == (kind == "bool"), (where, long_, type_, kind)
            assert en.strip() and ko.strip(), (where, long_)
            assert HANGUL.search(ko), (where, long_, ko)
            assert _norm(en) != _norm(ko), (where, long_)
            assert long_ not in longs, (where, "duplicate --" + long_)
            longs.add(long_)
            if short:
                assert short not in shorts, (where, "duplicate -" + short)
                shorts.add(short)


def test_commands_well_formed():
    for key, spec in ft.COMMANDS.items():
        assert set(spec) == {"aliases", "usage", "args", "interspersed", "flags", "en", "ko"}, key
        assert isinstance(spec["aliases"], tuple), key
        assert spec["usage"].startswith("docker " + key + " ") or spec["usage"] == "docker " + key, key
        assert isinstance(spec["interspersed"], bool), key
        assert spec["en"].strip() and HANGUL.search(spec["ko"]), key
        for i, arg in enumerate(spec["args"]):
            name, kind, card = arg
            assert name and kind in ft.ARG_KINDS and card in ft.CARDINALITIES, (key, arg)
            if card.startswith("rest"):
                assert i == len(spec["args"]) - 1, (key, "rest must be last")


def test_no_name_in_both_tables():
    known = set(ft.COMMANDS)
    assert len(ALIAS_OF) == sum(len(s["aliases"]) for s in ft.COMMANDS.values()), "alias used twice"
    assert not known & set(ALIAS_OF), "a COMMANDS key is also an alias"
    overlap = (known | set(ALIAS_OF)) & set(ft.OTHER_COMMANDS)
    assert not overlap, overlap


def test_other_commands_descriptions():
    for name, pair in ft.OTHER_COMMANDS.items():
        assert isinstance(pair, tuple) and len(pair) == 2, name
        en, ko = pair
        assert en.strip() and HANGUL.search(ko), name


def test_hidden_targets_exist():
    for key, mapping in ft.HIDDEN.items():
        assert key in ft.COMMANDS, key
        longs = {f[0] for f in ft.COMMANDS[key]["flags"]}
        for hidden, canonical in mapping.items():
            assert canonical in longs, (key, hidden, canonical)
            assert hidden not in longs, (key, hidden)


# --------------------------------------------------------------------------
# Against the real docker client
# --------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", SPELLINGS)
def test_flags_match_docker_help(helps, spelling):
    rc, _out, info = helps[spelling]
    assert rc == 0 and info["usage"], spelling
    docker_opts = {k: v for k, v in info["options"].items() if k != "help"}
    ours = {f[0]: f for f in _flags_of(spelling)}
    assert set(ours) == set(docker_opts), (
        spelling, "missing:", sorted(set(docker_opts) - set(ours)),
        "extra:", sorted(set(ours) - set(docker_opts)))
    for long_, (short, type_, usage) in docker_opts.items():
        flag = ours[long_]
        assert flag[1] == short, (spelling, long_, "shorthand", flag[1], short)
        assert flag[2] == type_, (spelling, long_, "type", flag[2], type_)
        assert _norm(flag[5]) != _norm(usage), (spelling, long_, "en copies docker's wording")


@pytest.mark.parametrize("key", sorted(ft.COMMANDS))
def test_usage_aliases_and_summary(helps, short_desc, key):
    spec = ft.COMMANDS[key]
    _rc, _out, info = helps[key]
    assert " ".join(spec["usage"].split()) == info["usage"], key
    docker_aliases = set(info["aliases"]) - {key}
    assert docker_aliases == set(spec["aliases"]), (key, sorted(docker_aliases))
    for alias in spec["aliases"]:
        assert key in helps[alias][2]["aliases"], (alias, "does not name", key)
    for theirs in (short_desc.get(key, ""), info["desc"]):
        assert _norm(spec["en"]) != _norm(theirs), (key, "en copies docker's wording")


@pytest.mark.parametrize("name", sorted(ft.OTHER_COMMANDS))
def test_other_command_exists(helps, short_desc, name):
    rc, _out, info = helps[name]
    assert rc == 0, name
    if _is_top_level_help(name, info):
        if name in getattr(ft, "PLUGINS", ()):
            pytest.skip(f"docker CLI plugin {name!r} is not installed")
        pytest.fail(f"docker does not know {name!r}")
    usage = info["usage"] or ""
    named = usage == "docker " + name or usage.startswith("docker " + name + " ") \
        or name in info["aliases"]
    if not named and info["desc"].endswith("only supported on a Docker daemon with experimental features enabled"):
        named = True  # checkpoint help text depends on the daemon; never happens without one
    assert named, (name, usage, info["aliases"])
    en, _ko = ft.OTHER_COMMANDS[name]
    for theirs in (short_desc.get(name, ""), info["desc"]):
        assert _norm(en) != _norm(theirs), (name, "en copies docker's wording")


def test_every_docker_command_is_known(helps):
    known = set(ft.COMMANDS) | set(ALIAS_OF) | set(ft.OTHER_COMMANDS)
    listed = set()
    for name, (_rc, _out, info) in helps.items():
        if _is_top_level_help(name, info):
            continue
        for child in info["children"]:
            listed.add((name + " " + child).strip())
        listed.update(info["aliases"])
    missing = sorted(listed - known)
    assert not missing, missing


def test_global_flags_match_docker(helps):
    _rc, out, _info = helps[""]
    info = _parse_help(out, section="Global Options:")
    docker_opts = {k: v for k, v in info["options"].items() if k != "help"}
    ours = {f[0]: f for f in ft.GLOBAL_FLAGS}
    assert set(ours) == set(docker_opts)
    for long_, (short, type_, usage) in docker_opts.items():
        assert ours[long_][1] == short, long_
        assert ours[long_][2] == type_, long_
        assert _norm(ours[long_][5]) != _norm(usage), long_


def _probe(spelling, args):
    proc = _docker([*spelling.split(), *args], timeout=30)
    return proc.stdout + proc.stderr


def test_hidden_flags_accepted_by_docker(helps):
    jobs = []
    for key, mapping in ft.HIDDEN.items():
        for spelling in (key, *ft.COMMANDS[key]["aliases"]):
            jobs += [(spelling, hidden) for hidden in mapping]
    for key, flags in getattr(ft, "HIDDEN_ONLY", {}).items():
        jobs += [(key, f[0]) for f in flags]
    jobs.append(("run", "gorae-no-such-flag"))  # control: must be rejected
    with ThreadPoolExecutor(max_workers=16) as pool:
        outs = list(pool.map(lambda j: _probe(j[0], [f"--{j[1]}=1", "--help"]), jobs))
    for (spelling, name), out in zip(jobs, outs):
        unknown = f"unknown flag: --{name}" in out
        if name == "gorae-no-such-flag":
            assert unknown, out
            continue
        assert not unknown, (spelling, name)
        assert name not in helps.get(spelling, helps[ALIAS_OF.get(spelling, spelling)])[2]["options"]


def test_interspersed_matches_docker():
    # `docker CMD x --probe`: with interspersed flags the unknown flag is
    # rejected; otherwise it is taken as a positional argument.  The daemon
    # socket does not exist, so nothing can actually run.
    keys = sorted(ft.COMMANDS)
    with ThreadPoolExecutor(max_workers=16) as pool:
        outs = list(pool.map(lambda k: _probe(k, ["gorae-probe-arg", "--gorae-probe-flag"]), keys))
    for key, out in zip(keys, outs):
        rejected = "unknown flag: --gorae-probe-flag" in out
        assert rejected == ft.COMMANDS[key]["interspersed"], (key, out[-300:])

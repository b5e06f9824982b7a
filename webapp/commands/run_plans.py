"""Plans for ``docker run`` and ``docker create``: the image, the command inside, a shell,
``-d`` for servers brought up in the background, and every run option a request can say
(ports, variables and passwords, mounts, network, limits, user, working directory, restart
policy, platform).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots
from .answers import Ask, Plan
from .context import repo
from .intents import BG_VERBS
from .patterns import STORE_PART, bytes_text
from .programs import (container_command, phrase_command, session_after, session_client, shell_for,
                       wants_shell)

if TYPE_CHECKING:
    from .request import Request

_IMAGE_BEFORE = re.compile(r"\b(?:in|using|from|with|of)\s+(?:the\s+|an?\s+)?$")
_USER = re.compile(r"\bas\s+(root|nobody|\d+(?::\d+)?)\b|\bas\s+(?:the\s+)?(?!(?:the|an?)\s)([a-z_][a-z0-9_-]*)\s+user\b"
                   r"|\b(?:username|user|uid)(?![\w-])\s*(?:(?:named|called|id|(?:is\s+)?set\s+(?:to|as)|of|is|being|:)\s*)?"
                   r"([a-z_][a-z0-9_-]*|\d+(?::\d+)?)"
                   r"|([a-z_][a-z0-9_-]*|\d+)\s*(?:사용자|유저|계정)(?:로|으로|권한으로)"
                   r"|(?:사용자|유저|계정|uid)\s*(?:를|을|은|는)?\s*([a-z_][a-z0-9_-]*|\d+(?::\d+)?)"
                   r"|(root|루트)\s*(?:로|으로|권한으로|권한|사용자로|계정으로)"
                   # "i need root inside web", "a root shell in api": root wanted, not a folder
                   r"|\b(?:need|needs|want|wants|get|gimme|give\s+me|with)\s+(root)\b"
                   r"(?!['’]s|\s+(?:dir|directory|folder|path|of|fs|filesystem)\b)"
                   r"|\b(root)(?=\s+(?:shell|access|privileges?|permissions?|rights|prompt)\b)")
_USER_PAIR = re.compile(r"(?:user|username|uid)=")
# Words the user pattern catches that are not a user ("as a daemon", "as the default user").
_NOT_USERS = {"a", "an", "the", "it", "well", "root's", "background", "daemon", "specific", "given",
              "different", "custom", "particular", "certain", "non-root", "uid", "id"}
_UNLESS_STOPPED = re.compile(r"unless[- ]stopped")
_ON_FAILURE = re.compile(r"on[- ]failure(?::(\d+))?|실패\s*(?:하면|시|할 때)\s*(?:재시작|다시)")
_TIMES = r"\s*(?:tries|times|attempts|retries|restarts|번|회)"
_TRIES_ANY = re.compile(r"(?:max(?:imum)?|at\s+most|up\s+to|no\s+more\s+than|최대)\s*(\d+)"
                        r"(?:" + _TIMES + r")?|(\d+)" + _TIMES)
_ALWAYS = re.compile(r"restart\s+(?:policy\s+)?always|always\s+restart|항상\s*재시작|자동\s*(?:으로\s*)?재시작|"
                     r"restart\s+(?:it\s+|them\s+)?automatically|restarts?\s+itself|auto[- ]?restart|죽으면\s*(?:다시|자동)|재부팅\s*(?:되어도|후에도)")
_SPACE = re.compile(r"\s*")
# "cap it at", "limited to", "max": the words that lead a limit's value
_LIMIT_BEFORE = re.compile(r"\b(?:cap(?:ped)?|limit(?:ed)?|max(?:imum)?|at\s+most|no\s+more\s+than|restrict(?:ed)?)"
                           r"\b(?:\s+(?:it|its|the|them|memory|ram|mem)\b)*(?:\s+(?:at|to|of))?\s*$|제한|최대\s*$")
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$")
# "attached to backend-net": a network by its name's own "net" part
_JOINED_BEFORE = re.compile(r"\b(?:attached|connected)\s+to\s+(?:the\s+)?$")
# a word after "on" names a network only when shaped like one ("classnet", "lab-2"; not "startup")
_NETWORK_SHAPED = re.compile(r"net|[\d_-]")
_IN_PLACE = re.compile(r"\b(?:in|inside|from|within)\s+(?:the\s+)?(?:folder\s+|dir\s+)?$")
_PATH_LINK = re.compile(r"\s*(?:(?:폴더|디렉[토터]리|경로|전체)\s*)?(?:를|을|은|는|에서)?"
                        r"\s*(?:(?:[a-z0-9][\w.:/-]*\s*)?컨테이너(?:의|\s*안의?)?\s*)?"   # "alpine 컨테이너"
                        r"|\s+(?:(?:mounted|mount(?:ed)?\s+it)\s+)?(?:(?:read[- ]?only|ro)\s+)?"
                        r"(?:at|to|on|into|as|->|→)\s+"
                        r"(?:the\s+)?(?:container(?:'s)?\s+)?(?:path\s+)?|\s*(?:->|→)\s*"
                        # "mount /srv into a debian container at /data": the image said between
                        r"|\s+(?:into|in|inside)\s+(?:an?\s+|the\s+|my\s+)?[\w.:/-]+\s+"
                        r"(?:container|box)?\s*(?:at|on|under)\s+(?:the\s+)?(?:path\s+)?")
# "/tmp/x from the host at /x": a host path and its place in the container
_FROM_HOST = re.compile(r"\s+from\s+(?:the\s+|my\s+)?(?:host|machine|laptop)(?=\s)")
_SAME_PATH = re.compile(r"same\s+(?:path|place|location|spot)|같은\s*(?:경로|위치|자리)|경로\s*그대로")
_ARCH = {"x86_64": "amd64", "x86-64": "amd64", "aarch64": "arm64"}


def run_image(req: Request) -> str:
    """The image to run, by its published name ("jellyfin" is jellyfin/jellyfin)."""
    ref = _said_image(req)
    full = L.PUBLISHED_IMAGES.get(repo(ref))
    if full and not req.ctx.known_image(ref):
        return full + ref[len(repo(ref)):]
    return ref


def _said_image(req: Request) -> str:
    """The image word said as one ("nginx 이미지로", "using alpine"), another word when none
    is known, nginx for "a web server", or a question."""
    images = slots.images(req)
    images = [t for t in images if not _entrypoint_word(req, t)] or images
    images = _tagged_first(req, images)
    if images:
        preferred = [t for t in images if slots.adjacent_noun(req, t) == "image" or
                     t.suffix.startswith(("에서", "로", "으로", "를", "을", "이미지"))
                     or _IMAGE_BEFORE.search(req.low[max(0, t.start - 12):t.start])]
        return slots.image_ref(req, (preferred or images)[0])
    names = [t for t in req.kinds("name") if not slots.is_named(req, t)]
    if names:
        return slots.take(names[0]).lower()
    built = slots.built_image(req)
    if built:
        return built
    if req.has("m:webserver"):
        return L.DEFAULT_WEB_SERVER
    if req.ctx.images and slots.deictic_or_chat(req):
        raise Ask("image:run", candidates=req.ctx.images[:8], intent="run")
    if slots.deictic_or_chat(req):
        raise Ask("image:run", intent="run")
    return "<image>"


def _tagged_first(req: Request, images: list) -> list:
    """"a python prompt in a python:3.12 container": the bare name before a session word is
    the tagged image's interpreter, said again (placed, and not the image)."""
    tagged = {repo(t.low): t for t in images if ":" in t.low}
    if not tagged:
        return images
    for t in images:
        if ":" not in t.low and repo(t.low) in tagged and session_after(req, t):
            t.used = True
    return [t for t in images if not t.used]


def build_run(req: Request, cue: str | None, command: str = "run") -> Plan:
    plan = Plan(command)
    name = slots.take(slots.kv_name(req) or slots.named(req, "container") or _container_called(req))
    image = run_image(req)
    entry = entrypoint(req)
    run_cmd, shell = _entry_path(req, entry) or _inner_command(req, cue, image)
    if entry and not run_cmd:
        run_cmd = entry_args(req)
    run_cmd = run_cmd or _url_argument(req)
    if shell and entry and entry.rsplit("/", 1)[-1] in L.SHELLS and len(run_cmd) == 1 \
            and run_cmd[0] in L.SHELLS:
        run_cmd = []                    # the entrypoint is the shell asked for
    if command == "run":
        plan.opt("detach", _background(req, cue, image, shell))
    plan.opt("interactive", shell or req.has("m:interactive"))
    plan.opt("tty", shell or req.has("m:interactive"))
    plan.opt("rm", req.has("m:rm-auto"))
    if name is None and slots.asks_name(req) and not req.has("o:network"):
        name = "<name>"
    plan.opt("name", name)
    plan.opt("entrypoint", entry)
    plan.args, plan.rest = [image], run_cmd
    _run_options(plan, req, image)
    if req.has("m:webserver") and image == L.DEFAULT_WEB_SERVER and not slots.images(req, used=True):
        plan.confidence = 0.7               # "a web server": nginx is a default, httpd as good
        plan.alternatives.append([w if w != image else "httpd" for w in plan.argv()])
    return plan


_WITH_IMAGE = re.compile(r"\s+(?:with|using|from|based\s+on)\s+(?:the\s+)?(?:image\s+)?")


def _container_called(req: Request):
    """"postgres:15 이미지로 db2 컨테이너 만들어서": with the image said, a new word right before
    "컨테이너" is the new container's name (in English "a redis cache container" describes)."""
    images = slots.images(req)
    if not images:
        return None
    if req.lang != "ko":                # "serve docs-site with httpd:2.4": the name, then its image
        starts = {t.start for t in images}
        return next((t for t in req.kinds("name") if (m := _WITH_IMAGE.match(req.low, t.end)) and
                     m.end() in starts and not slots.is_named(req, t)), None)
    nouns = {s for tag, _, s, _ in req.tags if tag == "o:container"}
    return next((t for t in req.kinds("name") if not t.suffix and
                 _SPACE.match(req.low, t.end).end() in nouns and not slots.is_named(req, t)), None) \
        or _called_as(req, images)


_CONTAINER_NOUN = re.compile(r"\s*컨테이너(?:를|은|는)?\s*")


def _called_as(req: Request, images: list):
    """"mongo 컨테이너 notes-mongo로 켜줘": a word with 로 right after "IMAGE 컨테이너" is the
    new container's name."""
    after = {m.end() for t in images if not t.suffix and (m := _CONTAINER_NOUN.match(req.low, t.end))
             and m.end() > m.start()}
    return next((t for t in req.kinds("name") if t.start in after and t.suffix in ("로", "으로")), None)


def _inner_command(req: Request, cue: str | None, image: str) -> tuple[list[str], bool]:
    """(the command to run inside, whether it is an interactive shell)."""
    run_cmd = container_command(req) or phrase_command(req) or session_client(req)
    if len(run_cmd) == 1 and run_cmd[0] in L.INTERACTIVE_PROGRAMS and run_cmd[0] not in L.SHELLS:
        return run_cmd, True            # "the python repl": the program itself, with a terminal
    if not run_cmd and repo(image) in L.REPLS and (set(req.cues("m:interactive")) & L.REPL_CUES
                                                   or _own_prompt(req, image)):
        return [L.REPLS[repo(image)]], True     # "a python 3.12 repl": the image's interpreter
    if not run_cmd and repo(image) in L.VERSION_COMMANDS and _ITS_VERSION.search(req.low):
        return list(L.VERSION_COMMANDS[repo(image)]), False   # "print its version"
    shell = (wants_shell(req, cue) and not run_cmd) or \
        (run_cmd[:1] in (["sh"], ["bash"], ["zsh"]) and not _script(run_cmd)) \
        or (len(run_cmd) == 1 and run_cmd[0] in L.INTERACTIVE_PROGRAMS) \
        or (not run_cmd and repo(image) in L.DISTRO_IMAGES and _said_interactive(req))
    if shell:                           # the shell named ("golang sh"), else the image's own
        return [run_cmd[0] if run_cmd[:1] and run_cmd[0] in L.SHELLS else shell_for(image, req)], True
    if not run_cmd and (_command_inside(req) or any(c in L.COMMAND_CUES for c in req.cues("a:exec"))):
        return ["<command>"], False
    return run_cmd, False


# "print its version", "show me the version": the interpreter image's own version
_ITS_VERSION = re.compile(r"\b(?:print|show|output|display|check|tell|report|see|get)(?:s|ing)?\s+"
                          r"(?:me\s+|us\s+|out\s+)?(?:its|the|their)\s+version\b")


# "a node prompt", "python 3.12 console", "its prompt": the interpreter's own prompt
_OWN_PROMPT = re.compile(r"\b(its|[a-z][\w-]*)(?:[\s:]+\d[\w.-]*)?\s+(?:prompt|console)\b")


def _own_prompt(req: Request, image: str) -> bool:
    """A prompt or console named by the image's interpreter (not "a bash prompt")."""
    names = {"its", repo(image), L.REPLS[repo(image)]}
    if ">>>" in req.low and L.REPLS[repo(image)] == "python":
        return True                     # "the >>> prompt" is python's own
    return any(m.group(1) in names for m in _OWN_PROMPT.finditer(req.low))


# "the command to run nginx", "what command would I use for starting redis": docker's command
_COMMAND_FOR = re.compile(r"(?:\s+(?:to|for|that|which|i|you|we|would|should|can|could|do|does|"
                          r"will|need|use|i'd|you'd|i'll|is|are))+\s+$")


# "… could you give me the command?", "what's the command.": the sentence ends on it, so it
# is docker's own command being asked for (also "what would the command be?")
_ASKED_FOR = re.compile(r"\s*(?:be\b\s*)?(?:for\s+(?:it|this|that|me|us)\s*)?(?:,?\s*(?:please|pls|plz|thanks|thx)\b\s*)?(?:[?.!]|$)")


def _command_inside(req: Request) -> bool:
    """"run a command in alpine": a command for the container to run, not yet said."""
    acts = [s for _, _, s in req.actions()]
    return any(not any(a > end and _COMMAND_FOR.fullmatch(req.low, end, a) for a in acts)
               and not _ASKED_FOR.match(req.low, end)
               for tag, _, _, end in req.tags if tag == "m:command")


def _script(run_cmd: list[str]) -> bool:
    """``sh -c '…'``, ``bash -lc '…'``: a shell running a script, not a session."""
    return len(run_cmd) > 2 and run_cmd[1][:1] == "-" and run_cmd[1][1:2] != "-" and "c" in run_cmd[1]


def _said_interactive(req: Request) -> bool:
    """"run alpine interactively" (in words, not a typed -it): a session, so its shell."""
    return any(not cue.startswith("-") for cue in req.cues("m:interactive"))


# Verbs that start anything, a server or a one-off job alike
_PLAIN_START = {"launch", "launches"}


# "docker:27-cli": a client image runs one command, it serves nothing
_CLI_TAG = re.compile(r":[\w.-]*\bcli\b")


def _background(req: Request, cue: str | None, image: str, shell: bool) -> bool:
    """-d: asked for, or a server brought up with "띄워줘" / "spin up"."""
    server = repo(image) not in L.NOT_SERVERS and not image.startswith("<") and not _CLI_TAG.search(image)
    verbs = set(req.cues("a:run")) | set(req.cues("a:start")) | set(req.cues("a:push")) | {cue}
    if verbs & BG_VERBS <= _PLAIN_START:    # "launch ledger:debug": a known server, or one reached on a port
        server = repo(image) in L.KNOWN_PORTS or server and bool(req.values.get("port") or req.hosts)
    return req.has("m:detach") or (bool(verbs & BG_VERBS) and server and not shell
                                   and not req.has("m:interactive"))


def entrypoint(req: Request) -> str | None:
    if not req.has("m:entrypoint"):
        return None
    for m in _ENTRY_VERB.finditer(req.low):
        req.use_span(*m.span(m.lastindex))  # "override", "swapped for": how, not what
    said = _AS_ENTRY.search(req.low)
    tok = said and next((t for t in req.toks if t.start == said.start(1) and not t.used), None)
    if tok is not None:
        return slots.take(tok)          # "with /bin/sh as the entrypoint": the word before
    for at in req.where("m:entrypoint"):
        nxt = next((t for t in req.toks if t.start > at and not t.used and
                    (t.kind != "cue" or _program_word(t.low))), None)
        if nxt is not None and (nxt.start - at < 24 or (_program_word(nxt.low) and nxt.start - at < 56)):
            return slots.take(nxt)
    return "<command>"


_AS_ENTRY = re.compile(r"([^\s,]+)\s+as\s+(?:the\s+|its\s+|an?\s+|new\s+)*entry\s?point\b")
# "override the entrypoint of IMAGE with X", "entrypoint swapped for X"
_ENTRY_VERB = re.compile(r"\b(overrid(?:e|es|ing|den)|replac(?:e|ed|ing)|swap(?:s|ped|ping)?|"
                         r"chang(?:e|ed|ing))(?=\s+(?:the\s+|its\s+)?entry\s?point\b)|"
                         r"\bentry\s?point\s+((?:is\s+|gets\s+)?(?:overridden|replaced|swapped|changed)"
                         r"(?:\s+(?:for|with|by|to))?)|"
                         # "a weird entrypoint, override it with X": "it" is the entrypoint said
                         r"\b((?:overrid(?:e|es|ing)|replac(?:e|es|ing)|swap(?:s|ping)?|chang(?:e|es|ing))"
                         r"\s+(?:it|that)\s+(?:for|with|by|to)\b)")
# "passing hello as the arg", "with 5 as its argument": what the entrypoint is given
_ENTRY_ARGS = re.compile(r"\b(?:pass(?:ing)?|giv(?:e|ing)\s+it|with)\s+([^\s,]+(?:\s+[^\s,]+){0,3}?)\s+as\s+"
                         r"(?:the\s+|its\s+|an?\s+)?(?:arg(?:ument)?s?|param(?:eter)?s?)\b"
                         # "… and pass it hello": the words up to the clause's end
                         r"|\b(?:pass(?:ing)?|giv(?:e|ing)|hand(?:ing)?)\s+it\s+([^\s,]+(?:\s+[^\s,]+){0,3}?)"
                         r"\s*(?:[,;.!?]|$)"
                         # "… and pass hello", "passing 1 2": the words themselves
                         r"|\b(?:pass(?:ing)?|feed(?:ing)?)\s+(?!it\b)([^\s,]+(?:\s+[^\s,]+){0,3}?)\s*(?:[,;.!?]|$)")


def _entry_path(req: Request, entry: str | None) -> tuple[list[str], bool] | None:
    """"엔트리포인트를 cat으로 바꿔서 /etc/os-release 출력": a path after the swapped-in program is
    its argument (not a mount's, not the working directory)."""
    if not entry or entry.startswith("<") or req.has("m:mount"):
        return None
    path = next((t for t in slots.paths(req) if not t.used and t.low.startswith("/")
                 and not slots.is_workdir(req, t)), None)
    return ([slots.take(path)], False) if path else None


def entry_args(req: Request) -> list[str]:
    """The words given to a replaced entrypoint as its arguments."""
    m = _ENTRY_ARGS.search(req.low)
    if not m:
        return []
    group = next(g for g in (1, 2, 3) if m.group(g))
    words = req.text[m.start(group):m.end(group)].split()
    req.use_span(*m.span())
    return words


_DEFAULT_PORT = re.compile(r"\b(?:default|usual|standard|normal)\s+ports?\b|기본\s*포트")
_ENTRY_LINK = re.compile(r"\s*(?:을|를|은|는|:|=|(?:set\s+)?to|with|as|of)?\s*")


def _entrypoint_word(req: Request, tok) -> bool:
    """"엔트리포인트 python으로 … acme/job:1": the program right after the cue is not the image."""
    ends = [e for t, _, _, e in req.tags if t == "m:entrypoint"]
    return _program_word(tok.low) and \
        any(e <= tok.start and _ENTRY_LINK.fullmatch(req.low[e:tok.start]) for e in ends)


def _program_word(word: str) -> bool:
    """"엔트리포인트 sh로": a program named right after the cue is the entrypoint, though the
    word is also a cue (a shell)."""
    return word in L.PROGRAMS or word in L.SHELLS or word.startswith("/")


def _run_options(plan: Plan, req: Request, image: str):
    for spec in slots.ports(req, image):
        plan.opt("publish", spec)
    if req.has("m:publish-all"):
        plan.opt("publish-all")
    elif req.has("m:port") and not plan.has("publish") and req.cues("m:port") != ["map"] \
            and not req.values.get("net_host"):     # the host's network: no ports to publish
        known = L.KNOWN_PORTS.get(repo(image))
        # "mongo on its default port": the image's own port, the same on the host
        host = known if known and _DEFAULT_PORT.search(req.low) else "<host-port>"
        plan.opt("publish", f"{host}:{known or '<container-port>'}")
    if plan.rest[:1] not in L.ENV_READS or slots.kvs(req):  # "show the environment variables": a read
        env_options(plan, req, "env", image)
    _mount_options(plan, req)
    _network_option(plan, req)
    _limit_options(plan, req)
    user_workdir(plan, req)
    plan.opt("privileged", req.has("m:privileged"))
    for _, cap in req.take("cap"):
        plan.opt("cap-add", cap)
    plan.opt("pid", "host" if req.take("pid") else None)
    plan.opt("restart", _restart_policy(req))
    if req.has("m:read-only") and not any(o == "volume" for o, _ in plan.options):
        plan.opt("read-only")
    plan.opt("platform", platform(req))
    for _, (flag, value) in req.take("option"):
        plan.opt(flag, (bytes_text(value) or value) if flag == "shm-size" else value)


def _password(req: Request, image: str | None) -> list[str]:
    found = req.first("password")
    if not found:
        return []
    typed, value = found
    var = typed or L.PASSWORD_ENV.get(repo(image or ""))
    return [f"{var}={value}"] if var else []


def _database(req: Request, image: str | None) -> list[str]:
    """"a db called shop" for an image that creates one: its variable."""
    var = L.DATABASE_ENV.get(repo(image or ""))
    found = var and req.first("database")
    return [f"{var}={found[0]}"] if found else []


def env_options(plan: Plan, req: Request, flag: str, image: str | None = None):
    pairs = slots.kvs(req) + (_password(req, image) + _database(req, image) if flag == "env" else [])
    pairs = [p for p in pairs if not _USER_PAIR.match(p)]      # "user=nobody" is -u, not -e
    label = req.has("m:label")
    slots.count_said(req, "m:label" if label else "m:env", len(pairs))
    for pair in pairs:
        plan.opt("label" if label and flag == "env" else flag, pair)
    if not pairs and req.has("m:env") and _env_said(plan, req):
        plan.opt(flag, "<KEY>=<value>")
    if not pairs and label and plan.command in ("run", "build", "network create", "volume create"):
        plan.opt("label", "<key>=<value>")


def _env_said(plan: Plan, req: Request) -> bool:
    """"its entrypoint swapped for env": the program env is the entrypoint, not an -e option."""
    entry = dict(plan.options).get("entrypoint")
    return entry is None or any(t == "m:env" and c != entry for t, c, _, _ in req.tags)


def _mount_spec(tok) -> bool:
    return ":/" in tok.low and "://" not in tok.low       # a URL is no mount


def _url_argument(req: Request) -> list[str]:
    """"a curl container that hits http://api:8080/health": a URL is what the image's own
    program is given."""
    return [slots.take(t) for t in slots.paths(req) if "://" in t.low and not t.used][:1]


def _mount_options(plan: Plan, req: Request):
    specs = [req.word(t) for t in slots.paths(req) if _mount_spec(t) and not t.used]
    for tok in slots.paths(req):
        if _mount_spec(tok):
            tok.used = True
    specs += _host_paths(req)
    for source, target, _ in req.hosts:
        if source == "." and not (req.has("m:mount") or req.has("o:volume")):
            continue
        said = _mount_target(req)
        specs.append(f"{_home_dir(source) if said else source}:{said or target}")
    if not specs and (req.has("m:mount") or req.has("o:volume")):
        specs = _volume_mount(req)
    ro = ":ro" if req.has("m:read-only") else ""
    for spec in specs:
        plan.opt("volume", spec + (ro if not spec.endswith(":ro") else ""))


def _home_dir(source: str) -> str:
    """"my home folder at /data": the home directory as a directory (~/) when it goes to a
    path the user said; the bare ~ stays for its default home-to-/home mount."""
    return "~/" if source == "~" else source


def _host_paths(req: Request) -> list[str]:
    """"호스트 /etc를 /hostetc로 연결", "mount /srv at /data", "/data mounted at the same
    path": a host path and where it goes in the container."""
    free = [t for t in slots.paths(req) if t.low.startswith(("/", "~/", "./", "../")) and
            ":" not in t.low and not t.used and not slots.is_workdir(req, t)]
    gap = req.low[free[0].end:free[1].start] if len(free) >= 2 else ""
    mount = req.has("m:mount") or req.has("a:connect") or bool(_FROM_HOST.match(gap))
    if len(free) >= 2 and mount and _PATH_LINK.fullmatch(_FROM_HOST.sub(" ", gap, 1)):
        pair = [slots.take(free[0]), slots.take(free[1])]
    elif free and mount and _SAME_PATH.search(req.low):
        pair = [slots.take(free[0])] * 2
    else:
        return []
    return [":".join(pair)]


def _mount_target(req: Request) -> str | None:
    for tok in slots.paths(req):
        if tok.low.startswith("/") and not tok.used and not slots.is_workdir(req, tok):
            tok.used = True
            return tok.text
    return None


def _volume_mount(req: Request) -> list[str]:
    name = slots.object_name(req, "volume")
    source = slots.take(name) if name else None
    target = _mount_target(req)
    if source is None and target is None:
        return ["<volume>:<path>"]
    return [f"{source or '<volume>'}:{target or '<path>'}"]


def _network_option(plan: Plan, req: Request):
    if req.take("net_host"):
        plan.opt("network", "host")
    if not req.has("o:network"):
        tok = next((t for t in req.kinds("name") if _network_said(req, t)
                    and not slots.adjacent_noun_after(req, t)), None)
        plan.opt("network", slots.take(tok) if tok else None)    # "new nginx, on classnet"
        return
    tok = slots.object_name(req, "network")
    plan.opt("network", slots.take(tok) if tok else "<network>")


def _network_said(req: Request, tok) -> bool:
    return bool(_ON_BEFORE.search(req.low, 0, tok.start) and _NETWORK_SHAPED.search(tok.low)
                or _JOINED_BEFORE.search(req.low, 0, tok.start) and STORE_PART["network"].search(tok.low))


def _memory_size(req: Request) -> str | None:
    """"my pi has 1gb ram, cap it at 512 megs": of several sizes, the one a limit word
    leads is the limit; the others describe the machine."""
    said = sorted(req.values.get("bytes", []), key=lambda v: v[0])
    led = [v for at, v in said if _LIMIT_BEFORE.search(req.low, max(0, at - 24), at)]
    first = req.first("bytes")
    return led[0] if len(said) > 1 and led else first


def _limit_options(plan: Plan, req: Request):
    size = _memory_size(req)
    if size:
        plan.opt("memory", size)
    elif req.has("m:memory"):
        plan.opt("memory", _bare_number(req, "m") or "<size>")
    cpus = req.first("cpu")
    if cpus:
        plan.opt("cpus", cpus[0])
    elif req.has("m:cpu"):
        plan.opt("cpus", "<cpus>")


def _bare_number(req: Request, unit: str) -> str | None:
    for tok in req.kinds("number"):
        tok.used = True
        return tok.low + unit
    return None


def _program_in(plan: Plan, req: Request, tok) -> bool:
    """"run `npm ls` in /usr/src/app": a place given to a program is where it runs."""
    return bool(plan.rest) and plan.rest[0] not in L.SHELLS and \
        bool(_IN_PLACE.search(req.low[max(0, tok.start - 12):tok.start]))


def user_workdir(plan: Plan, req: Request):
    for tok in slots.paths(req):
        if not tok.used and (slots.is_workdir(req, tok) or _program_in(plan, req, tok)):
            tok.used = True
            plan.opt("workdir", tok.text)
    if req.has("m:workdir") and not plan.has("workdir"):
        plan.opt("workdir", "<path>")
    user = _user(req)
    if user:
        plan.opt("user", user)
    elif req.has("m:user"):
        plan.opt("user", "<user>")


def _user(req: Request) -> str | None:
    number = req.first("user")
    if number:
        return ":".join(number)        # a uid, and the gid when one was said
    typed = next((t for t in req.kinds("kv") if _USER_PAIR.match(req.word(t))), None)
    if typed:                           # "user=nobody" typed as a pair
        typed.used = True
        return req.word(typed).split("=", 1)[1]
    said = (next(g for g in m.groups() if g) for m in _USER.finditer(req.scan))
    value = next((v for v in said if v not in _NOT_USERS), None)   # "as the user nobody"
    if value is None:
        return None
    slots.use(req, value)
    return "root" if value == "루트" else value


def _restart_policy(req: Request) -> str | None:
    tries = req.take("restart")
    if tries:
        return "on-failure" + (f":{tries[0][1]}" if tries[0][1] else "")
    if _UNLESS_STOPPED.search(req.low):
        return "unless-stopped"
    m = _ON_FAILURE.search(req.low)
    if m:
        return "on-failure" + (f":{m.group(1) or _tries(req)}" if m.group(1) or _tries(req) else "")
    return "always" if _ALWAYS.search(req.low) else None


def _tries(req: Request) -> str | None:
    """A count said apart from the policy: "on-failure, up to 2 times", "최대 3번"."""
    m = _TRIES_ANY.search(req.low)
    if not m:
        return None
    req.use_span(*m.span())
    return m.group(1) or m.group(2)


def platform(req: Request) -> str | None:
    value = req.first("platform")
    if not value:
        return "<platform>" if req.has("m:platform") else None
    arch = value[0]
    return arch if arch.startswith("linux/") else "linux/" + _ARCH.get(arch, arch)


def build_create(req: Request, cue: str | None) -> Plan:
    return build_run(req, cue, "create")

"""What a request in words asks for: the action (run, logs, stop …) and the docker command.

Every action cue found is a candidate. The rules in ``_combine`` settle the collisions that
learners' sentences produce ("stop and remove" is ``rm -f``; "run ls in web1" is ``exec``;
"태그도 붙여줘" attaches a tag, not a network); among what is left the highest ``RANK`` wins,
unless "A or B" or an English imperative decides. With no action word at all, the objects
and values said decide (``_implicit``). How the intent was found is kept on the request for
``evidence``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots
from .answers import Ask
from .context import repo
from .cues import PUT_CUE
from .patterns import NETWORK_DETAIL, STORE_PART, name_in
from .programs import has_program, program_phrase, program_tok, session_after

if TYPE_CHECKING:
    from .request import Request

_OR = re.compile(r"(?<![a-z])or(?![a-z])|또는|혹은")
_FROM_BEFORE = re.compile(r"\b(?:from|off(?:\s+of)?|out\s+of)\s+(?:the\s+)?$")
_NEED_ONE = re.compile(r"\b(?:need|want|wanna|like|use|give\s+me|get\s+me)\s+(?:a|an|another|one\s+more)"
                       r"\s+(?:(?:new|fresh|separate|private|dedicated|docker|named)\s+)*(?:network|volume)\b(?!s)")

# Which action wins when several remain (a sentence's main verb outranks "show").
RANK = {"logs": 9, "build": 8, "exec": 8, "kill": 8, "restart": 8, "connect": 8,
        "disconnect": 8, "run": 7, "push": 7, "inspect": 6, "pull": 6, "stop": 6, "remove": 6,
        "tag": 5, "start": 5, "create": 5, "list": 3}
# Verbs that bring a server up in the background (-d): "띄워줘", "spin up"; a server "열어"
# (opened on a port) serves too, where a shell "열어" is a session.
BG_VERBS = {"띄우", "띄워", "띄울", "띄웁", "켜", "켤", "켭", "돌려", "돌리", "돌릴", "구동", "기동",
            "올려", "올리", "열어",
            "spin up", "spin-up", "spin", "fire up", "start up", "bring up", "boot up", "launch",
            "launches", "deploy", "serve", "start", "starts", "시작", "boot", "boots",
            "get going"}


def intent(req: Request) -> tuple[str, str | None]:
    """(action, the cue that said it); raises ``Ask`` when nothing says what to do."""
    acts = req.actions()
    if not acts:
        req.intent_from = "implicit"
        return _implicit(req), None
    found = {a for a, _, _ in acts}
    found = _combine(found, req, acts)
    either = _either(req, acts, found) or _imperative(req, acts, found)
    action = either or max(found, key=lambda a: (RANK[a], _position(acts, a, req.lang)))
    cue = next((c for a, c, _ in acts if a == action), None)
    req.intent_from = "weak" if cue in L.WEAK_CUES else "cue"
    req.rivals = len(found) - 1 if not either else 0
    return action, cue


def _either(req: Request, acts, found: set) -> str | None:
    """"Start or stop a container", "시작 또는 중지": the first of the two is meant."""
    spots = sorted((s, a) for a, _, s in acts if a in found)
    for (s1, a1), (s2, a2) in zip(spots, spots[1:]):
        between = req.low[s1:s2]
        if a1 != a2 and _OR.search(between):
            return a1
    return None


# "다시 시작" ("start again", unlike "재시작") of a container said to be stopped: start
AGAIN_CUES = {"다시 시작"}
_MAIN_VERBS = {"stop", "start", "restart", "remove", "kill", "pull", "push", "build", "tag"}


def _imperative(req: Request, acts, found: set) -> str | None:
    """English puts the verb first: "Stop a container, ... before killing it" is stop."""
    if req.lang != "en" or not acts:
        return None
    first = min(acts, key=lambda a: a[2])
    if first[2] <= 1 and first[0] in _MAIN_VERBS and first[0] in found and \
            found <= _MAIN_VERBS | {"list"}:
        return first[0]
    return None


def _position(acts, action, lang) -> int:
    spots = [s for a, _, s in acts if a == action] or [0]
    return max(spots) if lang == "ko" else -min(spots)


def _combine(found: set, req: Request, acts) -> set:
    for rule in (_value_put, _combine_exec, _one_action, _new_container, _list_last, _switch_on):
        found = rule(found, req, acts)
    return found


def _value_put(found: set, req: Request, acts) -> set:
    """"환경변수 A=1 넣어서 …": a value put in, not a container put on a network."""
    if "connect" in found and len(found) > 1 and not req.has("o:network") and \
            (req.has("m:env") or req.kinds("kv")):
        return found - {"connect"}
    return found


def _one_action(found: set, req: Request, acts) -> set:
    """Two action words that together mean one docker command."""
    if "push" in found and not (req.has("m:registry") or req.has("o:image")) and \
            all(c in ("올려", "올리") for a, c, _ in acts if a == "push"):
        found = (found - {"push"}) | {"run"}      # "올려줘" without a registry: bring up
    for verb in ("stop", "kill"):
        if verb in found and "remove" in found:
            req.tags.append(("m:force", f"{verb}+remove", -1, -1))
            found = found - {verb}
    if "run" in found and found & {"connect", "disconnect"}:
        found = found - {"connect", "disconnect"}
    for verb in found & {"remove", "pull"}:
        if _from_network(req):          # "remove web1 from mynet", "pull web1 off of mynet"
            found = (found - {verb}) | {"disconnect"}
    if "restart" in found and req.has("s:stopped") and \
            all(c in AGAIN_CUES for a, c, _ in acts if a == "restart"):
        found = (found - {"restart"}) | {"start"}  # "꺼져있는 web 다시 시작": start it again
    if _then_removed(found, req, acts):
        req.tags.append(("m:rm-auto", "then remove", -1, -1))
        found = {"run"}                 # "alpine에서 ls 찍어보고 바로 지워": run --rm
    if "tag" in found and "connect" in found and not req.has("o:network"):
        found = found - {"connect"}                 # "태그도 붙여줘": attach a tag
    return found


# "… and then remove the container", "then delete it": what goes is the run's container
_REMOVED_AFTER = re.compile(r"\S+\s+(?:the\s+)?(?:container|it)\b")


def _then_removed(found: set, req: Request, acts) -> bool:
    """A program run in an image, then "지워" or "and then remove the container" said last: the
    container goes when it is done."""
    last, _, at = max(acts, key=lambda a: a[2]) if acts else (None, None, 0)
    return last == "remove" and bool(found & {"run", "list", "exec"}) and \
        (req.lang == "ko" or _REMOVED_AFTER.match(req.low, at) is not None) and \
        not any(w in req.low[at:] for w in ("image", "이미지")) and \
        bool(req.kinds("image")) and has_program(req) and not slots.existing(req)


def _image_put_on_net(req: Request) -> bool:
    """"put redis on the cachenet network": an image, not a container, is run on it."""
    return PUT_CUE in req.cues("a:connect") and bool(req.kinds("image")) and not req.kinds("container")


def _new_container(found: set, req: Request, acts) -> set:
    """Mounts, images, ports and "새 컨테이너" mean a container made now: run."""
    linked = req.hosts or req.has("m:mount") or len(slots.paths(req)) >= 2 or \
        (req.has("o:volume") and slots.paths(req))
    if "connect" in found and (linked and (req.kinds("image") or req.has("o:container")) or
                               _image_put_on_net(req)):
        found = (found - {"connect"}) | {"run"}
    if "run" in found and found & {"tag", "pull", "create"} and \
            (req.kinds("image") or req.has("m:webserver") or req.has("o:container")):
        found = found - {"tag", "pull", "create"}
    if "exec" in found and (req.has("m:new-container") or req.has("m:rm-auto") or slots.port_access(req) or
                            req.has("m:entrypoint") or _limited_image(req)):
        found = (found - {"exec"}) | {"run"}    # exec takes no entrypoint, no limits
    if {"run", "build"} <= found and req.kinds("image") and has_program(req):
        found = found - {"build"}       # "run golang:1.22 and compile with go build": inside
    if "create" in found and "start" in found and req.kinds("image"):
        found = (found - {"create", "start"}) | {"run"}
    return found


def _limited_image(req: Request) -> bool:
    """"node 20, 1.5 cpus, drop me into bash": limits are set on a container made now."""
    return bool(req.kinds("image") and (req.values.get("cpu") or req.values.get("bytes"))
                and not slots.existing(req))


def _list_last(found: set, req: Request, acts) -> set:
    """"보여줘"/"show" goes with most requests; it is the action only when alone."""
    if "list" in found and len(found) > 1:
        found = {"list"} if _which_made(req, acts, found) else found - {"list"}
    if "logs" in found and "start" in found and req.has("m:attach"):
        found = found - {"logs"}
    if found == {"list"} and (req.values.get("lines") or req.has("m:follow")) and \
            not req.has("o:image"):
        found = {"logs"}
    if "logs" in found and "run" in found and not req.kinds("image"):
        found = found - {"run"}
    if found == {"list"} and _run_only(req):
        found = {"run"}                 # "check docker works - hello-world please"
    return found


# "켜줘" switches on: a container that is there already, rather than a new one
_SWITCH_ON = {"켜", "켤", "켭"}


def _switch_on(found: set, req: Request, acts) -> set:
    """"postgres 컨테이너 켜줘": the image's container, stopped, is switched on (start), when
    nothing else is said about a new one."""
    if found != {"run"} or not all(c in _SWITCH_ON for a, c, _ in acts if a == "run") or \
            any(req.has(h) for h in RUN_HINTS) or req.values.get("port") or has_program(req):
        return found
    repos = {repo(req.word(t)) for t in req.kinds("image")
             if slots.adjacent_noun_after(req, t) == "container"}
    return {"start"} if repos and req.ctx.pool({"stopped"}, repos) else found


def _run_only(req: Request) -> bool:
    """An image that is only ever run (hello-world), with no containers asked about."""
    words = {repo(req.word(t)) for t in req.kinds("image", free=False)}
    return bool(words) and words <= L.RUN_ONLY_IMAGES and not req.has("o:container") \
        and not req.ctx.containers


def _which_made(req: Request, acts, found: set) -> bool:
    """"which container did I create most recently?": the verb says how it was picked."""
    first = min(acts, key=lambda a: a[2])
    return first[0] == "list" and first[1] in ("which", "what") and \
        (req.has("m:last") or req.has("m:first")) and found <= {"list", "create", "run", "start"}


def _from_network(req: Request) -> bool:
    """"remove web1 from (the) mynet (network)": a container taken out of a network."""
    names = req.kinds("container", "name")
    for tok in names:
        if not _FROM_BEFORE.search(req.low[max(0, tok.start - 12):tok.start]):
            continue
        network = slots.adjacent_noun_after(req, tok) == "network" or "net" in tok.low or \
            tok.text in req.ctx.networks
        if network and any(t.end <= tok.start for t in names):
            return True
    return False


_MY_BEFORE = re.compile(r"\b(?:my|our|that|this|the)\s+(?:own\s+)?$")
# "inside the caddy container", "in my redis container": one that exists already
_IN_THE_BEFORE = re.compile(r"\b(?:in|inside|within)\s+(?:the|my|our)\s+$")
_CONTAINER_NOUN = re.compile(r"\s*(?:container|box|instance)\b")


# Modifiers that only ``docker run`` has: with an image and no verb, the request is a run.
RUN_HINTS = ("m:detach", "m:mount", "m:privileged", "m:interactive", "m:rm-auto", "m:env",
             "m:memory", "m:cpu", "m:publish-all", "m:shell", "m:entrypoint")


def in_the_container(req: Request, tok) -> bool:
    """"inside the caddy container": an image word naming a container that is there already."""
    return bool(_IN_THE_BEFORE.search(req.low[max(0, tok.start - 12):tok.start])) and \
        slots.adjacent_noun_after(req, tok) == "container"


_NOT_ARGS = {"in", "inside", "on", "with", "and", "as", "from", "into", "using", "named", "called"}


def _image_with_args(req: Request) -> bool:
    """"in container reports, run python manage.py migrate": an image word with words after it,
    said to run inside a container, is the program typed there."""
    toks = req.toks
    return any(t.kind == "image" and i + 1 < len(toks) and toks[i + 1].kind != "flag"
               and toks[i + 1].low not in _NOT_ARGS for i, t in enumerate(toks))


def _combine_exec(found: set, req: Request, acts) -> set:
    """A command inside an existing container is exec; "run a command" in a new one is run."""
    program = has_program(req) or program_phrase(req) or _image_with_args(req)
    if found & {"list", "run", "remove", "inspect"} and not found & {"logs", "build"} and \
            slots.inside(req) and program and (slots.running_image(req) or any(
                not program_tok(req, t) and not slots.network_joined(req, t)
                for t in req.kinds("container", "name")) or any(
                in_the_container(req, t) for t in req.kinds("image"))):
        return {"exec"}
    if found <= _PURPOSE_VERBS and _with_program(req) and _program_in_named(req):
        return {"exec"}                 # "validate the config in proxy with nginx -t"
    cues = [c for a, c, _ in acts if a == "exec"]
    if cues and all(c in L.COMMAND_CUES for c in cues) and not slots.existing(req):
        return (found - {"exec"}) | {"run"}
    if found == {"list"} and req.kinds("image") and has_program(req) and not slots.existing(req):
        return {"run"}
    if found == {"list"} and req.kinds("container") and (program_phrase(req) or _shown_program(req)):
        return {"exec"}                             # "web1의 환경 변수 보여줘", "web1 env 출력"
    return found


# Programs that are also docker's own reads ("web1 top", "web1 ps"): docker top, not exec.
_DOCKER_READS = {"top", "ps", "logs", "stats", "port", "diff", "history", "inspect"}


def _shown_program(req: Request) -> bool:
    """"web1 컨테이너 env 출력": a program whose output is shown, typed beside a container
    (in English "env of web1" would read "of web1" as env's arguments)."""
    return req.lang == "ko" and any(program_tok(req, t) and t.low not in _DOCKER_READS for t in req.toks)


_TAIL = {"tail", "tail -f"}


def _implicit(req: Request) -> str:
    if _TAIL & set(req.cues("m:follow")):
        req.intent_from = "cue"         # "tail web1", "tail -f web1": the verb of reading logs
        return "logs"
    if req.values.get("lines") or req.has("m:timestamps"):
        return "logs"                   # "gimme the last 200 lines from payments"
    if _in_existing(req) or _client_inside(req) or _program_in_named(req):
        return "exec"                   # "sh into whichever one is postgres"
    if req.kinds("image") and (req.values.get("port") or req.hosts or
                               any(req.has(h) for h in RUN_HINTS)):
        return "run"
    if req.kinds("image") and has_program(req) and not slots.existing(req):
        return "run"                    # "ubuntu 22.04, cat /etc/os-release": no verb needed
    if any(req.has(h) for h in RUN_HINTS) and not slots.existing(req) and any(
            req.values.get("port") or slots.adjacent_noun_after(req, t) == "container"
            for t in req.kinds("name")):
        return "run"            # "detached my-gateway with 8080:8080", "a throwaway curl container"
    if req.has("m:webserver"):
        return "run"
    if (req.has("m:shell") or req.has("m:interactive")) and (slots.existing(req) or slots.inside(req)):
        return "exec"
    if _NEED_ONE.search(req.low):
        return "create"                 # "we need a network": one new object, not the list
    if any(req.has(s) for s in _STATES) or (req.has("m:name") and name_in(req.scan)):
        return "list"
    if req.has("m:quiet") and req.has("m:all"):
        return "list"                   # "ids of everything": every container's id
    if any(req.has(t) for t in ("o:image", "o:container", "o:network", "o:volume", "m:size",
                                "m:last")):
        return "list"                   # "how much disk is each one using", "최근 컨테이너 5개만"
    if _run_only(req):
        return "run"                    # "test my install with hello-world"
    raise Ask("intent")


# "anything paused?": a state asked about, with no verb, asks for the list of that state
_STATES = ("s:running", "s:stopped", "s:paused", "s:created")


def _in_existing(req: Request) -> bool:
    """A shell or a program in a container said to exist already ("the running container
    ledger", "whichever one is redis"); an image said must be one the caller runs."""
    wants = req.has("m:shell") or req.has("m:interactive") or has_program(req)
    said = req.has("m:existing") or _my_image_container(req)
    return wants and said and not req.has("m:new-container") and \
        (not req.kinds("image") or slots.running_image(req))


# Verbs a purpose is said with before "with CMD" (reload, set up, check): the command says how
_PURPOSE_VERBS = {"restart", "create", "list", "inspect"}
_WITH_BEFORE = re.compile(r"\bwith\s+$")


def _with_program(req: Request) -> bool:
    return any(program_tok(req, t) and _WITH_BEFORE.search(req.low, max(0, t.start - 6), t.start)
               for t in req.toks)


def _program_in_named(req: Request) -> bool:
    """"cat /etc/hosts inside api": a program's command line said to happen in a named
    container (nothing says a new one is made)."""
    return has_program(req) and slots.inside(req) and bool(req.kinds("container", "name")) and \
        not req.has("m:new-container") and not req.values.get("port")


def _client_inside(req: Request) -> bool:
    """"a python prompt inside web1": the image word is the client opened in a named container."""
    images = req.kinds("image")
    return bool(images) and not req.has("m:new-container") and \
        all(session_after(req, t) for t in images) and bool(req.kinds("name", "container")) and \
        slots.inside(req)


def _my_image_container(req: Request) -> bool:
    """"a shell in my mysql container": the caller's container that runs the image."""
    return any(_MY_BEFORE.search(req.low, 0, t.start) and _CONTAINER_NOUN.match(req.low, t.end)
               for t in req.kinds("image"))


def _object(req: Request, near: list[int]) -> str | None:
    spots = [(abs(s - p), t[2:]) for t, _, s, _ in req.tags if t.startswith("o:") for p in near]
    return min(spots)[1] if spots else None


_PLACED_IN = re.compile(r"\b(?:on|to|onto|into|in|via|through|using|with)\s+(?:the\s+|a\s+|my\s+)?(?:[\w.-]+\s+)?$")


def command_for(action: str, req: Request, near: list[int]) -> str:
    """The docker command for an action and the object noun nearest its verb."""
    obj = _object(req, near)
    table = {
        "list": {"image": "images", "network": "network ls", "volume": "volume ls"},
        "remove": {"image": "rmi", "network": "network rm", "volume": "volume rm"},
        "create": {"network": "network create", "volume": "volume create", "image": "build"},
        "inspect": {"network": "network inspect", "volume": "volume inspect"},
    }
    if action == "list" and obj in ("volume", "network") and slots.object_name(req, obj):
        if req.intent_from == "implicit" and slots.named(req, obj):
            return f"{obj} create"      # "a fresh volume, call it backups": naming makes one
        return f"{obj} inspect"
    if action == "create" and obj in ("network", "volume") and req.kinds("image") and _joined(req, obj):
        obj = None                      # "a new nginx on the edge network": the one it joins
    nouns = {t[2:] for t, _, _, _ in req.tags if t.startswith("o:")}
    if action == "inspect" and len(nouns) > 1:
        return _labelled_store(req) or "inspect"
    if action == "inspect" and obj in (None, "container"):
        store = _store_named(req)       # "which containers are on lab-net? inspect it"
        if store:
            return f"{store} inspect"
    if action in table:
        found = table[action].get(obj)
        if found:
            return found
        return {"list": "ps", "remove": _remove_kind(req), "create": _create_kind(req),
                "inspect": "inspect"}[action]
    return {"connect": "network connect", "disconnect": "network disconnect"}.get(action, action)


def _joined(req: Request, obj: str) -> bool:
    return any(t == f"o:{obj}" and _PLACED_IN.search(req.low, max(0, s - 40), s) for t, _, s, _ in req.tags)


def _labelled_store(req: Request) -> str | None:
    """"the backend-net network, with its attached containers": the noun right after the
    name says what the name is."""
    for tok in req.kinds("name", free=False):
        for tag, _, start, _ in req.tags:
            if tag in ("o:network", "o:volume") and req.low[tok.end:start] == " ":
                return f"{tag[2:]} inspect"
    return None


def _network_detail(req: Request, name) -> bool:
    """"frontnet, its subnet", "which containers are on it": what only a network has, asked
    of a name that is not itself a container ("the gateway container")."""
    m = NETWORK_DETAIL.search(req.low)
    return bool(m) and not name.start <= m.start() < name.end and not any(
        t == "o:container" and not m.start() <= s < m.end() for t, _, s, _ in req.tags)


def _store_named(req: Request) -> str | None:
    """"payments-net 설정 자세히", "where does mongo-vol live": with no object noun said, the
    one name that is not one of the caller's containers and has a "net" or "vol" part names a
    network or a volume."""
    if req.kinds("container"):
        return None
    names = [t for t in req.kinds("name") if t.text not in req.ctx.names]
    if len(names) == 1 and _network_detail(req, names[0]):
        return "network"
    for store, part in STORE_PART.items():
        found = [t for t in req.kinds("name") if part.search(t.low) and t.text not in req.ctx.names]
        if len(found) == 1:
            return store
    return None


# A docker subcommand typed as a request's verb ("rmi abc123, force it") names the command
_TYPED_VERBS = {"rmi": "rmi"}


def _remove_kind(req: Request) -> str:
    typed = next((_TYPED_VERBS[c] for c in req.cues("a:remove") if c in _TYPED_VERBS), None)
    if typed:
        return typed
    images = slots.images(req)
    names = req.kinds("container", "name")
    if images and not names and not req.has("o:container"):
        tok = images[0]
        if req.ctx.containers and tok.text in req.ctx.names:
            return "rm"
        if req.ctx.known_image(tok.low) or ":" in tok.low or "/" in tok.low:
            return "rmi"
    return "rm"


def _create_kind(req: Request) -> str:
    if req.has("m:without-start") or (req.lang == "en" and "create" in req.cues("a:create")) or \
            "생성" in req.cues("a:create"):
        return "create" if (req.kinds("image") or req.has("o:container")) else "run"
    return "run"

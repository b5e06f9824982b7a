"""Plans for commands about existing containers: exec, logs, ps, rm, start, stop, restart,
inspect, kill, and "run" said of a container that already exists (start it, or exec in it).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon as L
from . import slots
from .answers import Plan
from .context import repo
from .intents import AGAIN_CUES, RUN_HINTS, in_the_container
from .patterns import FILTER_KEYS, name_in
from .programs import (container_command, has_program, phrase_command, session_after,
                       session_client, shell_for, wants_shell)
from .run_plans import build_run, env_options, user_workdir
from .text import phrases

if TYPE_CHECKING:
    from .request import Request

_EXIT_CODE = re.compile(r"(?:code|코드)\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:번\s*)?(?:코드|code)")
_CONTAINER_THEN = re.compile(r"\s+container\s+")
_IN_BEFORE = re.compile(r"\b(?:in|inside|within|into)\s+(?:the\s+|my\s+|our\s+)?$")
_A_BEFORE = re.compile(r"\b(?:an?|fresh|new|brand new)\s+$")
_JSON = re.compile(r"\bjson\b|json\s*(?:으로|형식)")
# "the newest container's id": asking for an id alone is -q ("ids and names" is not)
_ID_ALONE = re.compile(r"(?<!with )(?<!and )\bids?\b(?!\s*(?:and|&|,))")
_NAME_FILTER = re.compile(r"(?:\bname[sd]?(?![a-z])|이름\S*)\s*(?:containing|contains?|with|matching|like|"
                          r"starting with|including|includes?|has|에)?\s*['\"]?([a-z0-9][a-z0-9_.-]*)['\"]?\s*(?:이|가)?\s*"
                          r"(?:들어간|들어가는|포함된|포함한|있는|인)?")
# "called something with notes", "named anything like pay": part of a name, loosely said
_NAMED_LIKE = re.compile(r"\b(?:named|called)\s+(?:something|anything)\s+(?:with|containing|like|"
                         r"matching|that\s+(?:contains?|has|includes?))\s+(?:the\s+word\s+)?"
                         r"['\"]?([a-z0-9][a-z0-9_.-]*)")
# "멈춘 컨테이너도", "even the dead ones": stopped ones as well as the rest
_INCLUSIVE = re.compile(r"(?:컨테이너|것|거|애)들?(?:도|까지)|\b(?:even|too|also|as well|includ(?:e|ing))\b|포함")
_INCLUDED = re.compile(r"\b(?:even|includ(?:e|ed|ing))\b|포함")
_AGAIN = re.compile(r"\b(?:again|once more)\b")
_SENTENCE_END = re.compile(r"[.?!;]\s")
_SIGNAL = re.compile(r"\b(sig(?!nal)[a-z0-9]+)\b|\b(?:signal|시그널|신호)\s*(\d{1,2})\b")


def build_exec(req: Request, cue: str | None) -> Plan:
    images = slots.images(req)
    names = [t for t in slots.names(req) if t.kind == "name" and not slots.is_named(req, t)]
    if not req.kinds("container") and images and (_a_new(req, images[0]) or not names) and \
            not req.has("m:last") and not any(in_the_container(req, t) for t in images) and \
            not (req.ctx.containers and req.ctx.pool(None, {repo(req.word(images[0]))})):
        return build_run(req, cue)              # "ubuntu에 접속", "an alpine shell": a new container
    plan = Plan("exec")
    run_cmd = container_command(req) or phrase_command(req)
    target = slots.targets(req, "exec")[0]
    run_cmd, interactive = _exec_command(req, cue, run_cmd)
    plan.opt("interactive", interactive)
    plan.opt("tty", interactive)
    plan.opt("interactive", req.has("m:stdin"))
    plan.opt("detach", req.has("m:detach"))
    if run_cmd[:1] not in L.ENV_READS or slots.kvs(req):     # "print env with FOO=bar set": -e too
        env_options(plan, req, "env")
    user_workdir(plan, req)
    plan.args, plan.rest = [target], run_cmd
    return plan


def _a_new(req: Request, image) -> bool:
    """"an alpine shell", "a fresh ubuntu": an image said with "a" is a new container ("a
    mysql shell in shop-db" is the client's session in the container named)."""
    return bool(_A_BEFORE.search(req.low[max(0, image.start - 12):image.start])) and not (
        session_after(req, image) and any(_IN_BEFORE.search(req.low, 0, t.start)
                                          for t in req.kinds("name")))


def _exec_command(req: Request, cue: str | None, run_cmd: list[str]) -> tuple[list[str], bool]:
    """(the command, whether it needs -it): a shell when none was said (sh, which every image
    but distroless has, unless they say bash)."""
    if not run_cmd:
        shell = wants_shell(req, cue) or req.has("m:interactive")
        return ((session_client(req) or [shell_for("", req)]) if shell else ["<command>"]), shell
    enter = any(c not in L.COMMAND_CUES for c in req.cues("a:exec")) or run_cmd[0] in L.SHELLS \
        or (len(run_cmd) == 1 and run_cmd[0] in L.INTERACTIVE_PROGRAMS)
    return run_cmd, req.has("m:interactive") or enter


def build_logs(req: Request, cue: str | None) -> Plan:
    plan = Plan("logs")
    target = slots.targets(req, "logs")[0]
    lines = req.first("lines") or (req.first("count") if req.first("count") else None)
    follow = [c for c in req.cues("m:follow") if c != "tail" or not lines]
    plan.opt("follow", bool(follow))
    plan.opt("tail", lines[0] if lines else None)
    point = req.has("m:time-point")
    plan.opt("since", slots.time_value(req, "since") or ("<time>" if req.has("m:since") and (
        point or "since" in req.cues("m:since")) else None))
    plan.opt("until", slots.time_value(req, "until") or ("<time>" if req.has("m:until") and (
        point or "until" in req.cues("m:until")) else None))
    plan.opt("timestamps", req.has("m:timestamps"))
    plan.opt("details", req.has("m:details"))
    plan.args = [target]
    return plan


def build_ps(req: Request, cue: str | None) -> Plan:
    plan = Plan("ps")
    status = next((s for t, s in (("s:stopped", "exited"), ("s:paused", "paused"),
                                  ("s:created", "created")) if req.has(t)), None)
    # "running and exited", "running+stopped": both states together are every container
    inclusive = status == "exited" and (req.has("s:running") or bool(_INCLUSIVE.search(req.low))
                                        or _told_before(req))
    every = inclusive or req.has("m:all") and (not status or any(
        c not in L.QUANTIFIERS for c in req.cues("m:all")))
    # -n and -l list every state already ("stopped ones too"); "N newest, stopped ones
    # included" / "even stopped" still spells -a
    said = bool(req.first("count") and _INCLUDED.search(req.low))
    plan.opt("all", every and (said or not (req.has("m:last") or req.first("count"))))
    if status and not every:
        plan.opt("filter", f"status={status}")
    for kv in slots.kvs(req, FILTER_KEYS):
        plan.opt("filter", kv)
    _ps_filters(plan, req)
    _ps_general_filters(plan, req)
    count = req.first("count")
    if count:
        plan.opt("last", count[0])
    else:
        plan.opt("latest", req.has("m:last"))
    plan.opt("quiet", req.has("m:quiet") or bool(_ID_ALONE.search(req.low)))
    plan.opt("size", req.has("m:size"))
    plan.opt("no-trunc", req.has("m:no-trunc"))
    if _JSON.search(req.low):
        plan.opt("format", "json")
    return plan


def _told_before(req: Request) -> bool:
    """"some containers died. show all of them": a state in an earlier sentence says why
    they ask; the "all" of the request decides what is listed."""
    said, every = req.where("s:stopped"), req.where("m:all")
    return bool(said and every) and max(said) < min(every) and \
        _SENTENCE_END.search(req.low, max(said), min(every)) is not None


def _ps_general_filters(plan: Plan, req: Request):
    """Exit code filters, and templates when a filter is asked for without its value."""
    if req.has("m:exit-code"):
        code = _EXIT_CODE.search(req.low)
        plan.opt("filter", f"exited={(code.group(1) or code.group(2)) if code else '<code>'}")
        plan.opt("all")
    if req.has("m:from-image") and not plan.has("filter"):
        plan.opt("filter", "ancestor=<image>")
    if req.has("m:filter") and not plan.has("filter"):
        plan.opt("filter", "<key>=<value>")


def _ps_filters(plan: Plan, req: Request):
    """Name filters ("이름에 web이 들어간", "with api in the name") and image filters."""
    m = _NAMED_LIKE.search(req.scan) or _NAME_FILTER.search(req.scan)
    word = m.group(1) if m and m.group(1) not in L.EN_FILLER else name_in(req.scan)
    by_name = any(t == "m:filter" and "name" in cue for t, cue, _, _ in req.tags)   # "filtered by name x"
    if word and (req.has("m:name") or by_name) and word not in L.EN_FILLER:
        plan.opt("filter", f"name={word}")
        slots.use(req, word)
    for tok in slots.images(req):
        plan.opt("filter", f"ancestor={slots.take(tok)}")
    for tok in req.kinds("name"):
        if req.has("o:container") and slots.adjacent_noun(req, tok) == "container":
            plan.opt("filter", f"name={slots.take(tok)}")


def build_rm(req: Request, cue: str | None) -> Plan:
    plan = Plan("rm")
    targets = slots.targets(req, "rm", many=True)
    plan.opt("force", req.has("m:force"))
    plan.opt("volumes", req.has("m:rm-volumes"))
    plan.args = targets
    return plan


def container_verb(name: str, states_key: str):
    """The builder for stop / start / restart: the target containers and their options."""
    def build(req: Request, cue: str | None) -> Plan:
        plan = Plan(name)
        plan.args = slots.targets(req, states_key, many=True)
        if name == "restart" and _started_again(req, cue, plan.args):
            return container_verb("start", "start")(req, cue)
        if name in ("stop", "restart"):
            plan.opt("timeout", slots.seconds(req) or ("<seconds>" if req.has("m:timeout") else None))
            plan.opt("signal", _signal(req))
        if name == "start":
            plan.opt("attach", req.has("m:attach"))
            plan.opt("interactive", req.has("m:interactive"))
        return plan
    return build


def _started_again(req: Request, cue: str | None, names: list[str]) -> bool:
    """"다시 시작" (start again, unlike "재시작") of containers the context shows stopped."""
    states = {req.ctx.state(c) for c in req.ctx.containers if c["name"] in names}
    return cue in AGAIN_CUES and states == {"stopped"}


def _signal(req: Request) -> str | None:
    m = _SIGNAL.search(req.low)
    if m:
        return (m.group(1) or m.group(2)).upper()
    return "<signal>" if req.has("m:signal") else None


def build_start(req: Request, cue: str | None) -> Plan:
    images = [] if _apposed(req) else slots.images(req)
    ctx_named = req.kinds("container")
    if images and not ctx_named and (_run_options_said(req) or not (req.ctx.containers and req.ctx.pool(
            None, {repo(req.word(images[0]))}))):
        return build_run(req, cue)
    if not ctx_named and not req.kinds("name") and not req.ctx.containers and \
            (req.has("o:image") or req.has("m:webserver") or req.has("m:detach")
             or req.values.get("port")):
        return build_run(req, cue)
    return container_verb("start", "start")(req, cue)


def _apposed(req: Request) -> bool:
    """"my mariadb container recipes-db": the image only says what runs in the container named."""
    names = {t.start for t in req.kinds("name")}
    found = [t for t in slots.images(req)
             if (m := _CONTAINER_THEN.match(req.low, t.end)) and m.end() in names]
    for tok in found:
        tok.used = True
    return bool(found)


def _run_options_said(req: Request) -> bool:
    """Ports, mounts, limits and variables are set when a container is made: "start nginx on
    8080" with an nginx container already there still means a new one."""
    return bool(req.values.get("port") or req.hosts or any(req.has(h) for h in RUN_HINTS[1:]))


def build_run_or_other(req: Request, cue: str | None) -> Plan:
    """"실행"/"run" aimed at an existing container means start it, or exec a command in it."""
    containers = req.kinds("container")
    inside = slots.inside(req)
    if containers and not slots.images(req):
        if container_command(req, peek=True) or inside:
            return build_exec(req, cue)
        return container_verb("start", "start")(req, cue)
    if inside and not slots.images(req) and req.kinds("name") and has_program(req):
        return build_exec(req, cue)
    if (req.has("s:stopped") or _AGAIN.search(req.low)) and \
            (not slots.images(req) or _apposed(req)) and not req.has("m:new-container"):
        return container_verb("start", "start")(req, cue)   # "bring db up again": it exists
    return build_run(req, cue)


# "its mounts, everything": a field named with "everything" is one example of the whole record
_WHOLE_RECORD = ("everything", "and all", "etc", "and so on", "the works", "all of it")


def build_inspect(req: Request, cue: str | None) -> Plan:
    plan = Plan("inspect")
    names = list(dict.fromkeys(slots.take(t) for t in req.kinds("container", "name")
                               if not slots.describes_next(req, t)))
    # "mongo's IP": a container's detail asked of an image word is asked of the container running it
    asked = [template for words, template in L.INSPECT_FORMATS
             if (m := phrases(words).search(req.low)) and not _asked_then_inspect(req, m.end())]
    images = [slots.image_ref(req, t) for t in slots.images(req) if not _a_container(req, t, bool(asked))]
    if not names and not images and req.has("o:image") and req.has("m:last") and req.ctx.images:
        images = [req.ctx.newest_image()]          # "inspect the image I just built"
    elif not names and not images:
        names = slots.targets(req, "inspect")
    # "what ip and mounts does it have": two fields asked are the whole record
    if len(asked) == 1 and not phrases(_WHOLE_RECORD).search(req.low):
        plan.opt("format", asked[0])
    plan.opt("size", req.has("m:size"))
    plan.args = names + images
    return plan


_ONE_AFTER = re.compile(r"\s+(?:one|container|" + "|".join(L.GENERIC_NOUNS) + r")\b")
# "the one running the acme/ledger image", "the container from postgres": the image said of a container
_ONE_BEFORE = re.compile(r"\b(?:one|container|" + "|".join(L.GENERIC_NOUNS) + r")\s+(?:that\s+(?:is\s+)?|"
                         r"which\s+(?:is\s+)?)?(?:running|runs|using|uses|from|based\s+on|"
                         r"(?:built|created|made|started)\s+from)\s+(?:the\s+)?(?:image\s+)?$")


def _a_container(req: Request, tok, field: bool = False) -> bool:
    """"my nginx one", "the redis container", "the one running redis": an image word that
    describes one of the caller's containers."""
    return bool((field or _ONE_AFTER.match(req.low, tok.end) or
                 _ONE_BEFORE.search(req.low, max(0, tok.start - 48), tok.start)) and
                req.ctx.pool(None, {repo(req.word(tok))}))


def _asked_then_inspect(req: Request, end: int) -> bool:
    """"what IP did db get? inspect it": the question says why; what they ask for is the
    whole inspect output, not only the value."""
    q = req.low.find("?", end)
    return q >= 0 and any(at > q for at in req.where("a:inspect"))


def simple(req: Request, name: str) -> Plan:
    """Commands outside the sandbox that a learner still asks for (``docker kill``)."""
    plan = Plan(name)
    plan.args = slots.targets(req, "kill" if name == "kill" else "stop", many=True)
    plan.confidence = 0.7
    return plan

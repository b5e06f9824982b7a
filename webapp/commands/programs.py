"""The command to run inside a container: quoted text, a program and its arguments ("ls -al
/app", "redis-cli ping"), "print hello" (echo), "list /etc" (ls), or a phrase that names a
program ("파일 목록" → ls, "environment variables" → env); and which shell to open.
"""
from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING

from . import grammar, slots
from . import lexicon as L
from .context import repo
from .cues import PROGRAM_PHRASES, in_program_phrase
from .patterns import KV
from .text import HANGUL

if TYPE_CHECKING:
    from .request import Request, Tok

_ECHO_EN = re.compile(r"\b(?:prints?|says?|echoe?s?|outputs?|writes?)\s+(?:out\s+)?['\"]?([a-z0-9][\w ,!.'-]*?)['\"]?"
                      r"(?=\s+(?:in|inside|on|with|and|then|using|from)\b|[.!?]?$)")
_ECHO_REST = re.compile(r"((?:\s+[\w'-]+)*?\s+(?:in|inside|on|from|to)\s+[\w ,'-]*?)[.!?]*$")
# "have it echo \"hi there\"", "make it print '…'": the quoted text is what echo prints
_ECHO_BEFORE = re.compile(r"\b(?:prints?|says?|echoe?s?|outputs?)\s+(?:out\s+)?$")
_ECHO_KO = re.compile(r"([A-Za-z0-9][A-Za-z0-9_ ,!.'-]*?)\s*(?:이?라고|를|을)?\s*(?:출력|찍어|찍고|프린트|print)")
_SLEEP = re.compile(r"\bsleep(?:s|ing)?\s+(?:for\s+)?(\d+)\s*(?:(sec|second|s\b)|(min|minute|m\b)|"
                    r"(hour|hr|h\b))?|(\d+)\s*(?:(초)|(분)|(시간))\s*(?:동안\s*)?(?:sleep|잠|자|재워)")
# Filler words people do have a container print ("echoes hi")
_SAYINGS = {"hi", "hey", "hello", "yo", "ok", "okay", "yes", "thanks", "sure"}
_LIST_PATH = re.compile(r"\b(?:list(?:s|ing)?|show(?:s|ing)?)\s+(?:me\s+)?(?:the\s+)?"
                        r"(?:(?:files|contents?|everything|what(?:'s|\s+is))\s+(?:in|of|under|inside)\s+)?"
                        r"(/[\w./-]*)")
_BASH = re.compile(r"(?<![a-z])bash(?![a-z])|배시")
_ZSH = re.compile(r"(?<![a-z])zsh(?![a-z])")
_CONTAINER_AFTER = re.compile(r"\s*(?:container|box|instance|one|" + slots.RUNNING_KO
                              + r"(?:컨테이너|애))(?![a-z])")


# "print env vars", "show me all the environment variables": the phrase is what is shown
_SHOWN = re.compile(r"\b(?:print|show|list|dump|display|output|see|view)(?:s|ing)?\s+(?:out\s+)?"
                    r"(?:me\s+)?(?:the\s+|all\s+(?:of\s+)?(?:the\s+|its\s+)?|its\s+|every\s+)?$")


def program_phrase(req: Request) -> str | None:
    """"파일 목록 보여줘" → ls, "show the environment variables" → env."""
    found = _phrase(req)
    return found[0] if found else None


def _phrase(req: Request) -> tuple[str, re.Match] | None:
    if not req.has("a:list"):
        return None
    for pattern, program in PROGRAM_PHRASES:
        m = pattern.search(req.low)
        if m:
            return program, m
    return None


def container_command(req: Request, peek: bool = False) -> list[str]:
    """What to run inside: quoted text, or words from a known program on."""
    for text, at in req.quoted:
        if not KV.fullmatch(text) and text.strip():
            line = _program_line(req, at, peek)
            if line:
                return line + [text]
            if _ECHO_BEFORE.search(req.low, 0, at):
                return ["echo", text]
            try:
                return shlex.split(text)
            except ValueError:
                return text.split()
    slept = _sleep(req, peek)
    if slept:
        return slept
    found = [i for i, tok in enumerate(req.toks) if _starts_command(req, tok)]
    if not found:
        return echo(req, peek) or _list_path(req, peek) or _said_line(req, peek)
    flagged = [i for i in found if i + 1 < len(req.toks) and req.toks[i + 1].kind == "flag"
               and not req.toks[i].suffix]
    start = (flagged or found)[0]
    words = _it_path(req, req.toks[start], _versioned(_counted(_command_words(req, start, peek))), peek)
    return words + _korean_echo(req, words) + _path_said(req, req.toks[start], words, peek)


_IT = {"it", "that", "them", "there"}


def _it_path(req: Request, program: Tok, words: list[str], peek: bool) -> list[str]:
    """"mount … at /seed and ls it", "what's in /var/log? cat it": "it" is the path said before."""
    if len(words) != 2 or words[0] not in L.PATH_PROGRAMS or words[1].lower() not in _IT:
        return words
    path = next((t for t in reversed(req.toks) if t.end <= program.start and t.kind == "path"
                 and t.low.startswith("/")), None)
    if path is None:
        return words
    if not req.has("m:mount"):          # a mount's target stays the mount's too
        path.used = path.used or not peek
    return [words[0], path.text]


def _path_said(req: Request, program: Tok, words: list[str], peek: bool) -> list[str]:
    """"the files in /config inside sonarr (ls -la)": a command typed in brackets takes the
    path said in words as its argument."""
    if words[0] not in L.PATH_PROGRAMS or any(w.startswith("/") for w in words[1:]) or \
            not any(p < program.start < q for p, q in req.parens):
        return []
    path = next((t for t in req.toks if t.kind == "path" and not t.used and t.low.startswith("/")), None)
    if path is None:
        return []
    path.used = path.used or not peek
    path.in_command = path.in_command or not peek
    return [path.text]


# "python3 -c 'print(1)'", "psql -U app -c '…'": flags (and their values) between a program
# and its quoted argument
_FLAGS_ONLY = re.compile(r"(?:\s+--?[a-z][\w-]*(?:[ =][^\s'\"가-힣-][^\s'\"가-힣]*)?)*\s*")


def _program_line(req: Request, at: int, peek: bool) -> list[str]:
    """The program typed right before the quote at ``at`` (with its flags): the quoted text is
    that program's argument, not the command itself."""
    for i, tok in enumerate(req.toks):
        if tok.end > at:
            break
        if _starts_command(req, tok) and _FLAGS_ONLY.fullmatch(req.low, tok.end, at):
            line = [t for t in req.toks[i:] if t.end <= at]
            for t in line if not peek else ():
                t.used = t.in_command = True
            return [t.text for t in line]
    return []


# Programs whose version is a subcommand; every other program prints it with --version
_VERSION_SUBCOMMAND = {"go", "docker", "kubectl", "helm"}


def _versioned(words: list[str]) -> list[str]:
    """"print the python version": the program's version flag, not a file named version."""
    if len(words) != 2 or words[1].lower() != "version" or words[0] in _VERSION_SUBCOMMAND:
        return words
    return [words[0], "--version"]


def _counted(words: list[str]) -> list[str]:
    """"ping ledger 3 times": the count said in words is ping's -c."""
    if words[:1] != ["ping"] or len(words) < 3 or words[-1].lower() not in _TIMES \
            or not words[-2].isdigit():
        return words
    return ["ping", "-c", words[-2], *words[1:-2]]


def _starts_command(req: Request, tok: Tok) -> bool:
    """A program typed as one ("ls", not "LS", not "sh로" which is a shell to open)."""
    known = tok.low in L.PROGRAMS or (tok.low == "docker" and _docker_image(req)
                                      and _SUBCOMMAND_AFTER.match(req.low, tok.end) is not None)
    return not (tok.used or not known or tok.kind in ("path", "kv", "number", "flag")
                or req.covered(tok, "m:quiet") or in_program_phrase(req, tok)
                or tok.text != tok.low or (tok.low in ("sh", "bash") and tok.suffix)
                or _in_verb_phrase(req, tok) or _names_container(req, tok)
                or _USER_AFTER.match(req.low, tok.end) is not None or _env_said(req, tok)
                or _browsed(req, tok)
                # "give me a shell, I want to grep my notes": what the shell is for
                or (req.aside(tok.start) and _shell_asked(req)))


_PAIR_AFTER = re.compile(r"\s+[a-z_][a-z0-9_]*=")


def _browsed(req: Request, tok: Tok) -> bool:
    """"so I can grep through …": the program names what the shell is for."""
    m = _BROWSE_PURPOSE.search(req.low)
    if m is None or not m.start() < tok.start < m.end():
        return False
    req.use_span(m.start(), len(req.low))
    return True


def _env_said(req: Request, tok: Tok) -> bool:
    """"with env KEY=v", "password env KEY=v": the word names the pair's kind (-e), unless
    typed right after the image as its command line ("alpine env FOO=bar")."""
    if tok.low != "env" or not _PAIR_AFTER.match(req.low, tok.end):
        return False
    before = next((t for t in reversed(req.toks) if t.end <= tok.start), None)
    return before is None or before.kind != "image" or not req.low[before.end:tok.start].isspace()


_SHELL_ASKED = re.compile(r"\b(?:shell|bash|sh|zsh|terminal|prompt)\b")


def _shell_asked(req: Request) -> bool:
    return any(t in ("m:shell", "a:exec") and _SHELL_ASKED.search(w) for t, w, _, _ in req.tags)


# "as the node user", "the postgres account", "node 유저로": a program's name naming a user
_USER_AFTER = re.compile(r"\s+(?:user|account)\b|\s*(?:유저|사용자|계정)")


_DOCKER_VERBS = {n.split()[0] for n in grammar.COMMANDS} | {"version", "info", "compose"}
_SUBCOMMAND_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(_DOCKER_VERBS, key=len, reverse=True)) + r")\b")


def _docker_image(req: Request) -> bool:
    """The docker CLI image runs docker commands inside."""
    return any(repo(req.word(t)) == "docker" for t in req.kinds("image", free=False))


def _names_container(req: Request, tok: Tok) -> bool:
    """"the nginx box": the container running nginx, not the nginx program."""
    return tok.kind == "image" and bool(_CONTAINER_AFTER.match(req.low, tok.end))


def _in_verb_phrase(req: Request, tok: Tok) -> bool:
    """"dig into web1", "top up": a program's name inside a longer verb phrase (a client's
    "psql into db" still names the client)."""
    return tok.low not in L.DB_CLIENTS and any(t.startswith("a:") and s <= tok.start and tok.end < e and " " in cue
               for t, cue, s, e in req.tags)


# "…, and run csvstat data.csv", "…, command Rscript fit.R": the sentence's tail after a
# second run verb or the word "command" is the command line, even for a program not known
_SAID_LINE = re.compile(r"(?:,\s*|\b(?:and|then)\s+)(?:then\s+)?(?:run|execute|exec)\s+"
                        r"|\b(?:command|cmd)\s*[:=]?\s+")
_PROGRAM_SHAPE = re.compile(r"[a-z][\w.+-]*")


def _said_line(req: Request, peek: bool) -> list[str]:
    if req.lang != "en" or not req.kinds("image", free=False):
        return []
    m = None
    for m in _SAID_LINE.finditer(req.low):
        pass
    if m is None or any(s >= m.end() for _, _, s, _ in req.tags):
        return []
    tail = [t for t in req.toks if t.start >= m.end()]
    if not tail or len(tail) > 6 or not _PROGRAM_SHAPE.fullmatch(tail[0].low) \
            or not _SENTENCE_END.fullmatch(req.low, tail[-1].end) \
            or not any(t.kind == "image" and t.end <= m.start() for t in req.toks) \
            or any(t.used or t.kind == "image" or t.low in L.EN_FILLER for t in tail):
        return []
    for tok in tail if not peek else ():
        tok.used = tok.in_command = True
    return [t.text for t in tail]


def _list_path(req: Request, peek: bool) -> list[str]:
    """"list /etc" inside a container is ``ls /etc``."""
    m = _LIST_PATH.search(req.low)
    if not m:
        return []
    for tok in req.toks:
        if tok.start == m.start(1) and not peek:
            tok.used = tok.in_command = True
    return ["ls", req.text[m.start(1):m.end(1)]]


def _sleep(req: Request, peek: bool) -> list[str]:
    """"a busybox that sleeps for 600 seconds", "10분 동안 sleep": ``sleep 600``, ``sleep 10m``."""
    m = _SLEEP.search(req.low)
    if not m or not req.kinds("image", free=False):
        return []
    if not peek:
        req.consumed.update(slot for slot in ("dur", "since") if any(
            m.start() <= v[0] < m.end() for v in req.values.get(slot, [])))
        for tok in req.toks:
            if m.start() <= tok.start < m.end():
                tok.used = tok.in_command = True
    number = m.group(1) or m.group(5)
    units = [m.group(i) or m.group(i + 4) for i in (3, 4)]
    return ["sleep", number + ("m" if units[0] else "h" if units[1] else "")]


def echo(req: Request, peek: bool) -> list[str]:
    """"print hello", "hello라고 출력해줘": the classic first container command."""
    m = (_ECHO_KO if req.lang == "ko" else _ECHO_EN).search(req.text if req.lang == "ko" else req.low)
    if not m or not req.kinds("image", free=False):
        return []
    end = _echo_end(req, m)
    words = req.text[m.start(1):end].split()
    images = {t.low for t in req.kinds("image", free=False)}
    first = words[0].lower() if words else ""
    if not words or first in images or (first in L.EN_FILLER and first not in _SAYINGS) or \
            any(pattern.match(req.low, m.start(1)) for pattern, _ in PROGRAM_PHRASES):
        return []                       # "print env vars" names a program, not words to echo
    if not peek:
        for tok in req.toks:
            if m.start(1) <= tok.start < end:
                tok.used = tok.in_command = True
    return ["echo", *words]


def _echo_end(req: Request, m: re.Match) -> int:
    """"echo hello from the box": a break word followed by no image and no cue is still
    part of what echo prints."""
    rest = _ECHO_REST.match(req.low, m.end(1))
    return rest.end(1) if rest and _free_tail(req, m.end(1)) else m.end(1)


def _free_tail(req: Request, at: int) -> bool:
    """No cue and no image from ``at`` on: the words there belong to what echo prints."""
    return req.lang == "en" and not any(s >= at for _, _, s, _ in req.tags) and \
        not any(t.start >= at for t in req.kinds("image", free=False))


def _command_words(req: Request, i: int, peek: bool = False) -> list[str]:
    """The program at ``i`` and its arguments, up to Korean text or an English break word."""
    words, prev_end = [], req.toks[i].start
    to_end = req.toks[i].low == "echo" and bool(_ECHO_REST.match(req.low, req.toks[i].end)) and \
        _free_tail(req, req.toks[i].end)
    for tok in req.toks[i:]:
        gap = req.low[prev_end:tok.start]
        answer = tok.kind == "cue" and tok.low in L.OUTPUT_VERBS and req.lang == "en"
        if HANGUL.search(gap) or (words and req.lang == "en" and not to_end and (
                tok.low in L.COMMAND_BREAKS or _CLAUSE_GAP.search(gap) or answer
                or (tok.low in _REASONS and words[0] != "echo"))):
            tok.used = tok.used or (answer and not _CLAUSE_GAP.search(gap) and not peek)
            break
        if words == [req.toks[i].text] and (words[0] in L.SHELLS and not tok.low.startswith("-")
                                            or _session_word(words[0], tok)):
            break
        if tok.used and words and tok.kind != "flag" or _trailing_adverb(req, tok, words):
            break
        words.append(tok.text)
        tok.used = tok.used or not peek
        tok.in_command = tok.in_command or not peek
        prev_end = tok.end
        if tok.suffix:
            break
    return words


_SESSION_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(L.SESSION_WORDS)) + r")\b")


def session_after(req: Request, tok: Tok) -> bool:
    """"python prompt", "mysql shell": a session word right after ``tok``."""
    return _SESSION_AFTER.match(req.low, tok.end) is not None


def _session_word(program: str, tok: Tok) -> bool:
    """"a redis-cli prompt", "the psql shell": the client's session, not an argument to it."""
    return tok.low in L.SESSION_WORDS and program in L.INTERACTIVE_PROGRAMS


_ADVERBS = {"there", "here"}
# "whoami so I can see…", "df because…": a purpose or reason clause (echo prints them)
_REASONS = {"so", "because", "since"}
_SENTENCE_END = re.compile(r"[\s.!?]*$")
_MANNER = re.compile(r"[a-z]{4,}ly")


def _trailing_adverb(req: Request, tok: Tok, words: list[str]) -> bool:
    """"run npm test there", "psql -U app interactively inside db": a place adverb ending the
    sentence, or a manner one before its end or a break word, is talk, not an argument
    (except to echo, which prints it)."""
    if not words or words[0] == "echo" or req.lang != "en":
        return False
    end = bool(_SENTENCE_END.match(req.low, tok.end))
    after = req.low[tok.end:].split(None, 1)
    return end if tok.low in _ADVERBS else bool(_MANNER.fullmatch(tok.low)) and (
        end or after[0] in L.COMMAND_BREAKS)


_TIMES = {"times", "time", "pings", "packets"}
# A comma, a sentence's end or words read as cues between two words: the program's arguments have ended.
_CLAUSE_GAP = re.compile(r",|[?!;]|\.\s|[a-z]{2,}")
_KO_WORD = re.compile(r"[가-힣!?.,~]+")
_QUOTE_END = re.compile(r"(?:이?라고|이?란)$")


def _korean_echo(req: Request, words: list[str]) -> list[str]:
    """"echo 안녕 한번 실행해봐": the Korean words echo prints, up to a filler or a cue."""
    if words != ["echo"] or req.lang != "ko":
        return []
    end = next(t.end for t in req.toks if t.in_command and t.text == words[-1])
    found = []
    for m in _KO_WORD.finditer(req.text, end):
        if req.text[end:m.start()].strip() or m.group().startswith(tuple(L.KO_FILLER)) or \
                any(s <= m.start() < e for _, _, s, e in req.tags):
            break
        word = _QUOTE_END.sub("", m.group())
        found.append(word)
        end = m.end()
        if word != m.group():
            break
    return [w for w in found if w]


# "a mongo shell": the client a database's own name stands for before a session word
# ("open a postgres shell" runs sh in a new postgres container; in a container already
# there, "a redis shell in cache" is its client)
_NAMED_CLIENT = re.compile(r"\b(?:(mongo(?:db)?)\s+(?:shell|prompt|console|cli|repl)"
                           r"|(redis|postgres(?:ql)?)\s+(?:prompt|console|cli|repl)"
                           r"|(redis|postgres(?:ql)?|mysql|mariadb)\s+shell(?=\s+(?:in|inside|into|on)\b))\b")
_CLIENT_OF = {"mongo": "mongosh", "mongodb": "mongosh", "redis": "redis-cli", "postgres": "psql",
              "postgresql": "psql", "mysql": "mysql", "mariadb": "mariadb"}


def session_client(req: Request) -> list[str]:
    """"open a mongo shell in …" → ``mongosh``; nothing when no such client is named."""
    m = _NAMED_CLIENT.search(req.low)
    if not m:
        return []
    req.use_span(*m.span(m.lastindex))
    return [_CLIENT_OF[m.group(m.lastindex)]]


def shell_for(image: str, req: Request) -> str:
    """The shell asked for, else bash for images that have it, else sh."""
    if _BASH.search(req.low):
        return "bash"
    if _ZSH.search(req.low):
        return "zsh"
    alpine = "alpine" in image.partition(":")[2]   # "node:20-alpine" has no bash
    return "bash" if repo(image) in L.BASH_IMAGES and not alpine else "sh"


# "… so I can grep through some files", "so we can poke around": a purpose that needs a shell
_BROWSE_PURPOSE = re.compile(r"\bso\s+(?:that\s+)?(?:i|we)\s+can\s+(?:grep|look|poke|dig|browse|explore|"
                             r"rummage|snoop)\s+(?:around|through|into|in)\b")


def wants_shell(req: Request, cue: str | None) -> bool:
    """"접속", "shell into", "bash로": an interactive session rather than one command."""
    return bool(req.has("m:shell") or _BROWSE_PURPOSE.search(req.low) or (not slots.port_access(req) and any(
        c not in L.COMMAND_CUES for c in req.cues("a:exec"))))


def phrase_command(req: Request) -> list[str]:
    """"파일 목록" → ls, "environment variables" → env (inside a container)."""
    listed = _docker_list(req)
    if listed:
        return listed
    found = _phrase(req)
    if found is None:
        return []
    program, m = found
    if program == "env" and slots.kvs(req) and not _SHOWN.search(req.low, 0, m.start()):
        return []                       # "with env vars A=1": the variables to set
    path = next((t for t in slots.paths(req) if not t.used and t.low.startswith("/")
                 and not slots.is_workdir(req, t)), None) if program == "ls" else None
    return [program] + ([slots.take(path)] if path else [])


# "list containers from inside" a docker CLI image: the docker command that lists them
_DOCKER_LISTS = {"o:container": ["docker", "ps"], "o:image": ["docker", "images"],
                 "o:volume": ["docker", "volume", "ls"], "o:network": ["docker", "network", "ls"]}


def _docker_list(req: Request) -> list[str]:
    if not req.has("a:list") or not _docker_image(req):
        return []
    at = min(req.where("a:list"))
    said = sorted((s, t) for t, _, s, _ in req.tags if t in _DOCKER_LISTS and s > at)
    return list(_DOCKER_LISTS[said[0][1]]) if said else []


def has_program(req: Request) -> bool:
    """Does the request say a command to run (a program, quoted text, "print …")?"""
    return any(program_tok(req, t) for t in req.toks) or bool(req.quoted) or \
        bool(echo(req, peek=True)) or bool(_list_path(req, peek=True))


def program_tok(req: Request, tok: Tok) -> bool:
    """A program to run, not the image ("nginx 이미지") or a modifier ("id만 보여줘")."""
    if tok.low not in L.PROGRAMS or req.covered(tok, "m:quiet") or _in_verb_phrase(req, tok) \
            or _env_said(req, tok):
        return False
    return tok.kind != "image" or any(t.kind == "image" for t in req.toks if t.end <= tok.start) \
        or _typed_line_in_named(req, tok)


def _typed_line_in_named(req: Request, tok: Tok) -> bool:
    """"portal에서 nginx -s reload": an image's word typed with its flags, said to run in a
    named container, is that program's command line there."""
    after = next((t for t in req.toks if t.start >= tok.end), None)
    return after is not None and after.kind == "flag" and \
        bool(req.kinds("container", "name")) and slots.inside(req)

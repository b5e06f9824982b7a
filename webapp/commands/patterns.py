"""The shapes of values in a request: ports, sizes, durations, passwords, users, image tags.

Compiled once at import. ``P`` holds the patterns that ``request.Request`` runs over a
request's text (each match is masked so that no number is read twice); the helpers turn
what a learner wrote into docker's own spelling (``10min`` → ``10m``, ``256MB`` → ``256m``).
"""
from __future__ import annotations

import re

from . import lexicon as L
from .text import RECENT_AFTER, alt

DUR_UNIT = {u: k for k, units in L.DURATION_UNITS.items() for u in units}
BYTE_UNIT = {u: k for k, units in L.BYTE_UNITS.items() for u in units}
NUM = r"(\d+(?:\.\d+)?)"
DUR = NUM + r"\s*" + "(" + alt(DUR_UNIT)[3:] + r"(?![a-z])"
BYTES = NUM + r"\s*" + "(" + alt(BYTE_UNIT)[3:] + r"(?![a-z])"
# "1.5 cpus max", "512mb tops": the word that says the value is a limit
_LIMIT_WORD = r"(?:\s+(?:max(?:imum)?|tops|at\s+most)\b)?"
_PORT_NUM = r"(?<![\d.:])(\d{2,5})\s*번?\s*(?:포트)?"
_AND = r"\s*(?:이랑|랑|하고|와|과|,|and)\s*(?:(?:port|포트)\s*)?"
_OWN_PORT = r"(?:its|the(?:\s+(?:image|container)'s)?)\s+(?:own\s+)?(?:default|usual|standard|normal|native)\s+port\b"
P = {
    "map": re.compile(r"(?<![\d.:a-z/])(?:(\d{1,3}(?:\.\d{1,3}){3}|localhost):)?(\d{1,5}):(\d{1,5})"
                      r"(?:/(tcp|udp|sctp))?(?![\d.:a-z])(?!/[a-z])"),
    "en_to": re.compile(r"(?:host\s+)?(?:port\s+)?(\d{2,5})\s*(?:on the host\s*)?(?:to|->|→|=>|"
                        r"(?:pointing|points?|going|forwarding|forwarded|routed|routing)\s+(?:at|to|into))\s*"
                        r"(?:the\s+)?(?:container(?:'s)?\s+)?(?:port\s+)?(\d{1,5})(?!\d|\.\d)"),   # "…3000." ends a sentence
    # "port 80 mapped to 8080": the container's port, then the host's
    "en_mapped_rev": re.compile(r"(?:port\s+)?(\d{1,5})\s+(?:mapped|published|forwarded)\s+"
                                r"(?:to|on|at)\s+(?:the\s+)?(?:host\s+)?(?:port\s+)?(\d{2,5})\b"),
    # "8081 for port 80", "9000 for the container's port 9000": the host's port, then the container's
    "en_for": re.compile(r"(?<![\d.:])(\d{2,5})\s+for\s+(?:the\s+)?(?:container(?:'s)?\s+|its\s+)?"
                         r"(?:port\s+)?(\d{1,5})\b(?!\s*(?:mins?|minutes?|secs?|seconds?|hours?|days?|lines?|[smhd]\b|%|\.\d))"),
    # "publish port 80 as 8080 on the host": the container's port, then the host's
    "en_as_rev": re.compile(r"\bport\s+(\d{1,5})\s+(?:as|on)\s+(?:the\s+)?(?:host(?:'s)?\s+)?(?:port\s+)?"
                            r"(\d{2,5})\b(?:\s+(?:on|of)\s+(?:the\s+|my\s+)?(?:host|machine))?"),
    # "5672 and 15672 published to the same numbers", "3000 on both sides": host = container
    "same": re.compile(r"(?<![\d.:])(\d{2,5})(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(\d{2,5}))?"
                       r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(\d{2,5}))?\s+(?:(?:published|mapped|exposed|"
                       r"forwarded|bound|open(?:ed)?)\s+)?(?:(?:to|on|at|as)\s+)?(?:the\s+)?"
                       r"(?:same\s+(?:numbers?|ports?)(?:\s+on\s+the\s+host)?|both\s+(?:sides|ends)|each\s+side"
                       r"|host\s+and\s+container|inside\s+and\s+out(?:side)?|straight\s+through|one[\s-]to[\s-]one"
                       r"|1\s*:\s*1|as[\s-]is|unchanged)\b"),
    "en_rev": re.compile(r"container(?:'s)?\s+(?:port\s+)?(\d{1,5})\s*(?:to|on|->|→|as|at)\s*"
                         r"(?:the\s+)?host(?:'s)?\s+(?:port\s+)?(\d{2,5})"),
    "ko_to": re.compile(r"(?:호스트\s*(?:의\s*)?)?(\d{2,5})\s*(?:번)?\s*(?:포트)?\s*(?:를|을|은|는|에서|에|와|과|,)?"
                        r"\s*(?:컨테이너\s*(?:의\s*)?)(?:포트\s*)?(\d{1,5})"),
    "ko_rev": re.compile(r"컨테이너\s*(?:의\s*)?(?:포트\s*)?(\d{1,5})\s*(?:번)?\s*(?:포트)?\s*(?:를|을|은|는)?\s*"
                         r"(?:호스트\s*(?:의\s*)?)(?:포트\s*)?(\d{2,5})"
                         r"|(\d{1,5})\s*번?\s*(?:포트)?\s*(?:을|를)\s*호스트\s*(?:의\s*)?(?:포트\s*)?"
                         r"(\d{2,5})\s*번?\s*(?:포트)?\s*(?:으로|로|에)"),
    "ko_link": re.compile(r"(\d{2,5})\s*(?:번)?\s*(?:포트)?\s*(?:을|를)\s*(\d{1,5})\s*(?:번)?\s*(?:포트)?\s*"
                          r"(?:으로|로|에)\s*(?:연결|매핑|맵핑|포워딩|바인딩|열어|publish)"),
    # "8880은 80으로", "8080은 80에", "호스트 9000번은 컨테이너 9000번으로": the host port as the topic, then
    # the container's (read only when the request is about ports)
    "ko_topic": re.compile(_PORT_NUM + r"\s*(?:은|는)\s*(?:컨테이너\s*(?:의\s*)?)?(?:포트\s*)?"
                           r"(\d{1,5})\s*번?\s*(?:포트)?\s*(?:(?:으로|로|에)(?![가-힣])|(?![가-힣\d]))"),
    # "8082랑 8444 (두 개) … 80이랑 443으로", "8082 and 8444 to 80 and 443": two host ports
    # said as one list, then the container ports in the same order
    "pairs": re.compile(_PORT_NUM + _AND + _PORT_NUM + r"(?:\s*(?:2\s*개|둘(?:\s*다)?|both))?"
                        r"[^\d]{0,40}?" + _PORT_NUM + _AND + _PORT_NUM + r"\s*(?:으로|로|에|(?=[\s),]|$))"),
    "single": re.compile(r"(\d{2,5})\s*번?\s*포트|포트\s*(?:번호\s*)?(?:를|을|은|는|:)?\s*(\d{2,5})"
                         r"|\bports?\s*(?:number\s*)?:?\s*(\d{2,5})\b|\b(\d{2,5})\s*port\b"
                         r"|localhost:(?P<local>\d{2,5})(?![\d/])"
                         # "8443 for https": the host port of the web server's TLS side
                         r"|\b(\d{2,5})\s+(?:is\s+)?for\s+(?:the\s+)?(?:https?|tls|ssl)(?![\w-])(?:\s+traffic)?"
                         # "expose 27018 on the host", "8443 on the host side"
                         r"|\b(\d{2,5})\s+(?:on|to|at)\s+(?:(?:the\s+|my\s+)?(?:host|machine|laptop)"
                         r"(?:\s+side)?|my\s+(?:side|end))(?![\w-])"
                         r"|\b(?:mapped|map|published|publish|forwarded|forward|bound|bind)\s+"
                         r"(?:it\s+|them\s+)?(?:to|on|at)\s+"
                         r"(?:the\s+)?(?:host\s+)?(?:port\s+)?(\d{2,5})\b"
                         r"|\b(?:on|at|via)\s+(?:port\s+)?(\d{2,5})\b(?!\s*(?:lines?|min|sec|hour|mb|gb|meg|gig|%|cpu|core|m\b|g\b))"
                         r"|(?<![\d.])(\d{2,5})\s*번\s*(?:으로|로|에서|에)?"
                         # "expose 6390": a learner's word for reaching the image on that port
                         r"|\b(?:expos(?:e|es|ed|ing)|publish(?:es|ing)?)\s+(?:it\s+|them\s+)?(?:on\s+|at\s+)?"
                         r"(\d{2,5})\b(?![\d.:/])"
                         # "6380 to its default port", "its usual port on 8081", "host 6380 to it",
                         # "8080 to the container": the image's known port
                         r"|\b(\d{2,5})\s+(?:to|onto|->)\s+(?:" + _OWN_PORT + r"|it\b(?!')|(?:the\s+)?container\b(?!'))"
                         r"|" + _OWN_PORT +
                         r"\s+(?:to|on|at|as)\s+(?:the\s+)?(?:host\s+)?(?:port\s+)?(\d{2,5})\b"
                         # "publish host 6380": the host's port, the image's own inside
                         r"|\bhost(?:'s)?\s+(?:side\s+)?(\d{2,5})\b(?!\s*(?:to|->|→|:))"),
    # "7080하고 7443 두개 열어서": host ports listed before the verb that opens them
    "port_list": re.compile(_PORT_NUM + _AND + _PORT_NUM + r"(?:\s*(?:2\s*개|둘(?:\s*다)?))?\s*"
                            r"(?:(?:을|를)\s*)?(?=열어|열고|오픈|노출)"),
    # "on 8088 and 8443": a second host port after the first
    "port_more": re.compile(_AND + r"(\d{2,5})\b(?![\d.:/]|\s*(?:lines?|mb|gb|m\b|g\b|%|번|min|sec|hour))"),
    "bytes": re.compile(BYTES + _LIMIT_WORD),
    # group 1: a variable typed in full (POSTGRES_PASSWORD는 x), group 2: the password
    # "root 비번은 x", "the root password is x": whose password is said, not a value
    "password": re.compile(r"(?:(?<![a-z0-9_])([a-z][a-z0-9_]*_)|(?<![a-z0-9_])"
                           r"(?:root(?:'s)?\s*(?:의\s*|user\s+)?)?)" + alt(L.PASSWORD_WORDS)
                           # "루트 비번(MYSQL_ROOT_PASSWORD) x": the variable named in parentheses
                           + r"(?![a-z])(?:\s*\([a-z][a-z0-9_]*\))?\s*(?:는|은|를|을|이|가|:|=|"
                           r"(?:(?:is\s+|should\s+be\s+)?set\s+(?:to|as)|is|of|to\s+be|to|as|"
                           r"(?:should|must|will|shall)\s+be|needs\s+to\s+be)(?=\s))?"
                           # "pwd 찍어봐": a Korean verb after the word is no password, nor
                           # "a password via env var X=y" a preposition, nor "password env X=y" the pair's kind
                           r"\s*['\"]?(?![가-힣]+(?:봐|줘|해|라|요)\b|(?:via|through|using|with|from|in|on|for|and|env(?:ironment)?|var(?:iable)?)\s)"
                           r"([^\s'\",()]+?)['\"]?"
                           r"(?:으로|로|이야|야|입니다|예요|에요)?(?=[\s,.)]|$)"),
    # "a database called shop", "db name shop", "데이터베이스 이름은 shop": the database to create
    "database": re.compile(r"\b(?:database|db)\s+(?:called|named|name(?:d)?\s*(?:is\s+|=\s*|:\s*)?)\s*"
                           r"['\"]?([a-z0-9_][\w-]*)|(?:데이터베이스|디비|db)\s*이름\s*(?:은|는|을|를|:|=)?\s*"
                           r"([a-z0-9_][\w-]*)"),
    # (a tag's number, "app:1.0 cpu 0.5", is no count)
    "cpu": re.compile(r"(?<![\w.:])" + NUM + r"\s*(?:개의?\s*|개\s*)?(?:코어|cores?|cpus?|vcpus?|씨피유)(?![a-z])"
                      + _LIMIT_WORD + r"|(?:cpus?|코어|씨피유|processors?)\s*(?:를|을|은|는|limit(?:ed)?|제한)?\s*"
                      r"(?:to|of|at|:|=)?\s*" + NUM + r"\s*(?:개|코어)?"),
    "until": re.compile(r"(?:until|till|before|older than|up to|(?:stop(?:ping)?|end(?:ing)?)\s+at"
                        r"|(?<=ago )(?:and|to|till|through))\s+"
                        + DUR + r"(?:\s+ago)?"
                        r"|" + DUR + r"\s*(?:전\s*까지|이전\s*까지|이전의?|전의|전 것|ago and older)"
                        r"|(?:until|before)\s+(\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?)"),
    "since": re.compile(r"(?:since|after|newer than|(?:in|for|within|during|from|over)?\s*(?:the\s+)?"
                        r"(?:last|past|previous)|지난|최근)\s*" + DUR +
                        r"|" + DUR + r"\s*(?:전부터|이후|전 이후|동안|사이|간|ago|전\s*로그)"
                        r"|since\s+(\d{4}-\d{2}-\d{2}(?:t[\d:]+z?)?)"),
    "dur": re.compile(DUR),
    # "between 10 and 5 minutes ago": a window, the unit said once
    "window": re.compile(r"between\s+" + NUM + r"\s*(?:(" + alt(DUR_UNIT)[3:] + r"(?![a-z])\s*)?"
                          r"(?:ago\s+)?and\s+" + DUR + r"(?:\s+ago)?"),
    # "the final 20 lines": the order word belongs to the count
    "lines": re.compile(r"(?:\b(?:last|final|latest|newest|most\s+recent)\s+)?"
                        r"(\d+)\s*(?:개\s*)?(?:줄|라인|행|lines?|rows?|entries|log lines)"),
    "count": re.compile(r"(\d+)" + RECENT_AFTER + "|"
                        r"(?:tail|last|latest|recent|most recent|마지막|최근|끝에서|끝|final|newest)\s*"
                        r"(?:의\s*)?(\d+)(?!\s*(?:\.\d|초|분|시간|일|seconds?|minutes?|hours?|days?|"
                        r"secs?|mins?|[smhd]\b|mb|gb|메가|기가|줄|lines?))|(\d+)\s*개"),
    "env_ko": re.compile(r"(?:환경\s*변수|env)\s*([a-z_][a-z0-9_]*)\s*(?:를|을|은|는|이|가|:)?\s*(\S+?)\s*"
                         r"(?:으로|로)\s*(?:설정|지정|넣|주|해|세팅|줘)"),
    "env_en": re.compile(r"(?:env(?:ironment)?(?:\s+var(?:iable)?s?)?|variable|set)\s+"
                         r"(?!var(?:iable)?s?\b)([a-z_][a-z0-9_]*)\s*"
                         r"(?:to|=|as|equal to|set to|with value|of)\s*(\S+)"
                         r"|\b([a-z_][a-z0-9_]*)\s+(?:set\s+(?:to|as)|equal(?:s|\s+to)|being)"
                         r"\s+(\S+)"),
    "user": re.compile(r"(?<![\d.:])(\d+(?::\d+)?)\s*번?\s*(?:사용자|유저|계정|uid)"
                       r"|(?:\buid|\buser(?:\s+id)?|사용자|유저|계정)\s*(?:를|을|은|는|:|=)?\s*(\d+(?::\d+)?)"
                       r"(?![\d.:])\s*번?"
                       # "uid 1000 gid 1000", "user 1000 and group 50": the group after the user
                       r"(?:\s*(?:,|and)?\s*(?:gid|group(?:\s+id)?)\s*(?:of\s+|=\s*|:\s*)?(\d+)(?![\d.:]))?"),
    "platform": re.compile(r"\b(linux/(?:amd64|arm64|arm(?:/v[678])?|386|ppc64le|s390x|riscv64))\b"
                           r"|\b(arm64|amd64|x86_64|x86-64|aarch64)\b"),
}
_CAPS = "|".join(sorted((c.lower() for c in L.CAPABILITIES), key=len, reverse=True))
_CAP_WORD = alt(L.CAPABILITY_WORDS)
_CRASH_EN = (r"(?:crash(?:es|ed)?|failure|fails?|dies|goes\s+down|errors?\s+out|"
             r"exits\s+with\s+an\s+error)")
_CRASH_KO = r"(?:죽으면|죽을\s*때|실패하면|실패\s*시|크래시\s*(?:나면|되면)|에러\s*나면|오류\s*나면|비정상\s*종료되면)"
_RESTART_KO = r"(?:다시\s*(?:켜|시작|띄워|살아나|살려)|재시작|재기동|되살아나|되살려|부활)"
_TRIES = r"(\d+)\s*(?:tries|times|attempts|retries|restarts)"
# Read before the cue words, so that "재시작" or "restart" in a policy is not the request's verb.
EARLY = {
    # the number of tries is in one of the groups
    "restart": re.compile(
        r"restart(?:s|ing)?(?:\s+(?:it|them))?(?:\s+automatically)?\s+(?:if|when|whenever|on|after)\s+"
        r"(?:it\s+|they\s+)?" + _CRASH_EN + r"(?:[,\s]+(?:but\s+)?(?:max(?:imum)?|at\s+most|up\s+to|no\s+more\s+than)"
        r"\s+(\d+)(?:\s+(?:tries|times|attempts|retries|restarts))?|\s+" + _TRIES + r")?"
        r"|(?:if|when|whenever)\s+(?:it\s+|they\s+)?" + _CRASH_EN + r"[,\s]+(?:have\s+docker\s+|let\s+docker\s+)?"
        r"restart(?:\s+(?:it|them))?(?:[,\s]+(?:max(?:imum)?|at\s+most|up\s+to)\s+(\d+)(?:\s+\w+)?|\s+" + _TRIES + r")?"
        r"|" + _CRASH_KO + r"\s*(?:최대\s*)?(?:(\d+)\s*(?:번|회)\s*(?:까지)?(?:만)?\s*)?" + _RESTART_KO +
        r"|(?:최대\s*)?(\d+)\s*(?:번|회)\s*까지\s*" + _RESTART_KO + r"|최대\s*(\d+)\s*(?:번|회)\s*" + _RESTART_KO +
        r"|(?:재시작|재기동)(?:은|는|을|를)?\s*(?:최대\s*(\d+)\s*(?:번|회)\s*(?:까지|만)?|(\d+)\s*(?:번|회)\s*(?:까지|만))"),
    "cap": re.compile(r"(?:(?:add(?:ing)?|with)\s+(?:the\s+)?)?(?:cap_(" + _CAPS + r")\b|\b(" + _CAPS.replace("|all", "")
                      + r")\b(?=\s*" + _CAP_WORD + r")|\b([a-z]+_[a-z_]+)\b(?=\s*" + _CAP_WORD + r"))"
                      r"(?:\s*" + _CAP_WORD + r"(?:\s*(?:을|를)?\s*(?:추가|줘|주고|붙여|넣어)[가-힣]*)?)?"),
    "pid": re.compile(r"(?:(?:share[sd]?|sharing|use[sd]?|using|join(?:s|ing)?|with|in)\s+)?(?:the\s+)?"
                      r"(?:host(?:'s)?|호스트(?:의)?)\s*pid(?:\s*(?:namespace|네임스페이스))?"
                      r"(?:\s*(?:를|을)?\s*(?:공유|같이\s*(?:써|쓰))[가-힣]*)?"),
    "net_host": re.compile(r"(?:(?:on|in|with|using|use|join)\s+)?(?:the\s+)?(?:host(?:'s)?\s+network(?:ing)?"
                           r"|host\s+networking|호스트(?:의)?\s*네트워크(?:를|을|에서|로|으로)?"
                           r"(?:\s*(?:그대로\s*)?(?:공유|같이\s*(?:써|쓰)|사용)[가-힣]*)?)"),
}
# "with api in the name", "that have web in their names", "whose name has web"
NAME_IN = re.compile(r"([a-z0-9][a-z0-9_.-]*)['\"]?\s+(?:(?:somewhere|anywhere)\s+)?in\s+(?:the|their|its)\s+names?\b"
                     r"|\bwhose\s+names?\s+(?:has|have|contains?|includes?|starts?\s+with)\s+"
                     r"['\"]?([a-z0-9][a-z0-9_.-]*)")
TOKEN = re.compile(r"[A-Za-z0-9_./:@~$=+%{}\[\]-]+")
KV = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*)=(\S*)")
FILTER_KEYS = {"status", "name", "ancestor", "label", "dangling", "before", "since", "reference",
               "driver", "type", "id", "network", "volume", "health", "exited", "expose",
               "publish", "is-task", "scope"}
HOST_SOURCES = [(re.compile(alt(phrases)), src, dst) for phrases, src, dst in L.HOST_SOURCES]
# "my whole home folder": the size word belongs to the phrase
WHOLE_BEFORE = re.compile(r"\b(?:whole|entire|full)\s+$")
PATH_TEXT = re.compile(r"(?<![\w/.~-])(?:~|\.{1,2})?/[A-Za-z0-9_./-]*")
KV_TEXT = re.compile(r"(?<![\w-])[a-z_][a-z0-9_]*=\S*")
# "registry.example.com:5000/team/app:1": a registry host's words are the reference, not cues
REGISTRY_REF = re.compile(r"(?<![\w./-])[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?/[\w./:@-]*[\w]")

# "with hostname web-a", "dns of 1.1.1.1", "shm size set to 256mb": (the option's words, its value)
# ("run hostname in alpine" runs the program: a function word is not a value)
_NOT_VALUES = "|".join(sorted(L.COMMAND_BREAKS | L.OUTPUT_VERBS |
                              {"the", "a", "an", "it", "its", "of", "to", "is", "me", "command"}))
NAMED_OPTION = re.compile(r"(?<![\w-])" + alt(L.NAMED_RUN_OPTIONS).replace("(?:", "(", 1) +
                          r"\s+(?:(?:set\s+)?(?:to|of|as)\s+|=\s*|:\s*|is\s+)?"
                          r"(?!(?:" + _NOT_VALUES + r")(?![\w.:-]))([a-z0-9][\w.:-]*[a-z0-9])")

# A tag said as its own word: "18-alpine", "3.11-slim", "v2.1", "bookworm", "alpine3.19".
TAG_SHAPE = re.compile(r"v?\d+(?:\.\d+)*(?:-[a-z0-9][a-z0-9.]*)+|v\d+(?:\.\d+)*|"
                       + alt(L.TAG_WORDS) + r"(?:[-.]?[a-z0-9][a-z0-9.]*)*")
_DOTTED = re.compile(r"\d+\.\d+(?:\.\d+)*")
_DURATION_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
_BYTES_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?", re.I)


# "payments-net", "mongo-vol": a name with a part that says what kind of object it is
# "its subnet", "which containers are on it": what only a network has
NETWORK_DETAIL = re.compile(r"\b(?:subnets?|gateways?|ipam|cidr)\b|\bcontainers\s+(?:are\s+)?(?:on|attached\s+to"
                            r"|connected\s+to|joined\s+to)\s+it\b")
STORE_PART = {"network": re.compile(r"(?:^|[-_.])(?:net|network)(?:$|[-_.])"),
              "volume": re.compile(r"(?:^|[-_.])(?:vol|volume)(?:$|[-_.])")}


def name_in(text: str) -> str | None:
    """The part of a name asked for: "with *api* in the name"."""
    m = NAME_IN.search(text)
    return next(g for g in m.groups() if g) if m else None


def is_tag_word(word: str) -> bool:
    """``22.04``, ``18-alpine``, ``v2``: a word that can only be an image's tag."""
    return bool(TAG_SHAPE.fullmatch(word.lower()) or _DOTTED.fullmatch(word))


def go_duration(text: str) -> str | None:
    """``10min`` → ``10m``, ``2 days`` → ``48h`` (docker has no day unit)."""
    m = _DURATION_TEXT.fullmatch(text.strip().lower())
    if not m or m.group(2) not in DUR_UNIT:
        return None
    unit = DUR_UNIT[m.group(2)]
    return f"{trim(float(m.group(1)) * 24)}h" if unit == "d" else f"{m.group(1)}{unit}"


def bytes_text(value: str) -> str | None:
    """``256MB`` → ``256m``: docker's lower-case units."""
    m = _BYTES_TEXT.fullmatch(value.strip())
    return f"{m.group(1)}{m.group(2).lower()}" if m else None


def trim(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)

"""The words of one request: the cues found, the values read, the tokens classified.

Reading goes in a fixed order, and everything read is masked in ``scan`` so that no word is
read twice: quoted text, host paths to mount ("the docker socket"), cue words (``cues``),
values by their shape (``patterns.P``: ports, sizes, durations …), then the remaining
words as tokens (``classify``). The plan builders then ask questions of the request and mark
the tokens and values they use; ``evidence`` looks at what no one used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import classify
from .context import joined_names
from . import lexicon as L
from .cues import (CLAUSES, CUE_TAGS, CUES, ONLY_IDS, adnominal, going_somewhere, noun_use, object_word,
                   participle, program_word, purpose_spans, reason_spans, split_compounds, split_phrasals,
                   where_from, without_purpose)
from .patterns import (BYTE_UNIT, EARLY, HOST_SOURCES, KV, KV_TEXT, NAMED_OPTION, PATH_TEXT,
                       REGISTRY_REF, TOKEN, WHOLE_BEFORE, P)
from .text import SPACES as _SPACES, image_words, lower, number_words

if TYPE_CHECKING:
    from .context import Ctx

_PARENS = re.compile(r"\([^)]*\)")
# "root 말고 1000번 유저로", "nginx 대신 httpd": the word said to be not wanted
_NOT_THIS = re.compile(r"(?<!\S)([^\s가-힣]+)(?:은|는|이|가|를|을)?\s*(?:말고|대신에?)(?=\s|$)")
# "stop everything except the cache", "all but api": every one of them, that one set aside
_NOT_THIS_EN = re.compile(r"\b(?:everything|all(?:\s+(?:the\s+|my\s+|of\s+(?:them|the))?\s*containers)?|all\s+of\s+them)"
                          r"(\s+(?:except(?:\s+for)?|but|other\s+than|besides|apart\s+from|save\s+for)\s+(?:the\s+)?"
                          r"(?!(?:keep|leave|not|do|don't|dont|images?|volumes?|networks?)\b)([\w.-]+(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[\w.-]+)*)"
                          r"(?:\s+(?:one|container)s?\b)?)")
_EXCEPT_SPLIT = re.compile(r"\s*,\s*|\s+and\s+(?:the\s+)?")
_ALL_KO = re.compile(r"(?:^|\s)(다)\s+(?=[가-힣])")
_DETACH_FROM = re.compile(r"\bdetach\b(?=(?:\s+\S+){1,3}\s+from\b)")
# "(no name needed)", "without a name": a name declined, not given
_NO_BEFORE = re.compile(r"\b(?:no|without(?:\s+a)?|don'?t\s+need\s+a|skip\s+the)\s+$")
_DECLINABLE = ("m:name", "a:tag")
_INSIDE_SAID = re.compile(r"\b(?:container|inside)\b")
_SIDE_SAID = re.compile(r"container|inside|host|컨테이너|호스트")
# "grab alpine, don't run anything": a verb said not to be done is not the request's action
_NEGATED = re.compile(r"\b(?:don'?t|do\s+not|never|no\s+need\s+to|without)\s+(?:even\s+|actually\s+|yet\s+)?$")
# "talk to the daemon": the Docker daemon as a noun, not "run it as a daemon" (-d)
_DAEMON_NOUN = re.compile(r"\b(?:the|docker'?s?|host'?s?|local|my|your|engine)\s+daemon\b")
_QUOTED = re.compile(r"\"([^\"]*)\"|(?<![A-Za-z0-9])'([^']+)'(?![A-Za-z0-9])")
_ONE_WORD = re.compile(r"[\w.-]+")
_NAME_SHAPED = re.compile(r"[\d_.:/-]")
_NOUN_THEN_BRACKET = re.compile(r"\b(?:containers?|ones?)\s*\($")
_DESCRIBES = re.compile(r"\b(?:the|a|an|my|it|one|this|that|is|are)\b")   # "(the old one)": no names
_PATH_CHAR = re.compile(r"[\w./~-]")
# ("홈 디렉토리 /host로": a path taking 로 is where it goes, the container's side)
_PATH_AFTER = re.compile(r"\s*(?:\(|,)?\s*((?:/|~/)[A-Za-z0-9_./-]*)(?![A-Za-z0-9_./-]|\s*(?:으로|로)(?![가-힣]))")
_ASCII_NAME = re.compile(r"[a-z][a-z0-9_-]*")
_NOUN_KO = re.compile(r"\s*(?:이?라는\s*|이?란\s*)?(?:볼륨|네트워크|컨테이너)")
_STORE_BEFORE = re.compile(r"(?:볼륨|네트워크|\bvolume|\bnetwork)\s*$")
_NOUN_EN = re.compile(r"\s+(?:volume|network|container)s?\b")
_NAMING_BEFORE = re.compile(r"(?:named|called|name it|call it)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|my)\s+$")
_OBJECT_WORD = re.compile(r"host|container")
# "8099 to 80": an image's own port on the inside says the pair is a port mapping
_CONTAINER_PORTS = {*L.KNOWN_PORTS.values(), *(p for ps in L.SEVERAL_PORTS.values() for p in ps), "443"}
# "8081 going to 80", "8443 -> 443": a mapping said by its arrow, without the word "port"
_PORT_ARROW = re.compile(r"->|→|=>|\b(?:pointing|points?|going|forwarding|forwarded|routed|routing)\b")
_WORD = re.compile(r"\w+", re.A)
_FIELDS_AFTER = re.compile(r"\s+(?:ids|names|sizes|count)\b")
_SUFFIX = re.compile(r"[가-힣]*")
_INTERJECTIONS = r"(?:(?:hey|hi|hello|so|um+|uh+|erm|hmm+|ok(?:ay)?|well|alright|oh|yo)\b[\s,]*)*"
# who asked for the request: "my boss wants …", "our lead asked for …"
_WHO = (r"(?:teacher|instructor|professor|prof|tutor|mentor|boss|manager|lead|team|client|customer|"
        r"friend|coworker|colleague|classmate|course|tutorial|book)")
_BACKGROUND = re.compile(r"[^,.;!?]*?(?:려는데|려고\s*(?:하는데|해서|하니까)|보려고|하려고)\s*,?"
                         r"|" + _INTERJECTIONS +
                         r"(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+[a-z]+ing\b"
                         r"|(?:debugging|testing|experimenting|tinkering|exploring|messing|playing)"
                         r"\s+(?:with\s+|around\s+)?[a-z]"
                         # "my teacher said to …": who asked, not what to do
                         r"|(?:(?:my|our|the)\s+)?" + _WHO + r"\s+"
                         r"(?:said|says|told\s+(?:me|us)|wants\s+(?:me|us)|asked\s+(?:me|us))\b"
                         r"|i\s+(?:just|already|finally)\s+[a-z]+ed\b|i'?m\s+new\b|i\s+am\s+new\b"
                         # "printer's back online, start …": how something else is doing
                         r"|(?P<state>(?:(?:the|my|our)\s+)?[a-z][\w-]*(?:'s|\s+is|\s+are|(?=\s+back\b))\s+"
                         r"(?:back\s+|now\s+|finally\s+)?(?:online|offline|up|down|fixed|working|ready|plugged\s+in)\b)"
                         # "I need persistent storage for grafana, make a volume …": the need, then the order
                         r"|(?:i|we)\s+(?:need|want)\s+(?:some\s+)?(?:persistent\s+|permanent\s+|durable\s+|"
                         r"shared\s+)?(?:storage|disk\s+space|somewhere\s+to\s+(?:keep|store|put))\b)"
                         r"[^,;.!?\d]*(?:[,;]|:(?=\s))")
_POINTER_AFTER = re.compile(r"\b(?:it|its|them|their)\b")
# "…, I'm done for today", "…, thanks!": a closing remark after the request
# ("…, I'm finished with exercise 2": the part of the course it ends, its number too)
_CLOSING = re.compile(r"[,;.!?]\s*(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:(?:all\s+)?(?:done|finished)\s+with\s+"
                      r"(?:(?:the|my|this)\s+)?[a-z]+(?:\s+#?\d+[a-z]?)?\b|done|finished|off|heading|"
                      r"going\s+home|leaving|out)|(?:thanks|thank\s+you|thx|cheers)\b)[^,;.!?\d]*[.!]*$")
# "I'm on a work laptop", "nothing fancy": where the asker sits, how plain they want it
_TALK = re.compile(r"\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:on|at|using|in)\s+(?:a|an|my|our|the|this|some)"
                   r"\s+(?:[a-z-]+\s+){0,3}?(?:laptop|machine|computer|pc|mac|macbook|desktop|workstation"
                   r"|vm|chromebook)\b|\bnothing\s+(?:fancy|special|complicated|elaborate)\b|\bno\s+frills\b"
                   # "I'm a teacher and …", "want my students to see …": who asks, and for whom
                   r"|^(?:i'?m|i\s+am)\s+an?\s+[a-z-]+(?=\s+(?:and|who|trying)\b|\s*[,.;])"
                   r"|\bwant\s+(?:my\s+|our\s+|the\s+)?[a-z]+(?=\s+to\s+(?:see|know|learn|understand|watch)\b)"
                   # "my boss wants the logs …": who wants it; "too much noise —": the complaint
                   r"|\b(?:go|come)\s+(?:back\s+)?(?:up|down|online|offline)\b"   # "needs to go down, stop it"
                   # "it's late", "새벽 2시인데": the hour ("2am" goes in text.py)
                   r"|\bit\s+is\s+(?:really\s+|so\s+|pretty\s+|getting\s+)?late\b"
                   r"|(?:새벽|오전|오후|밤|아침|저녁)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분)?(?:인데|라서|이라)?"
                   r"|\b(?:my|our|the)\s+" + _WHO + r"\s+(?:wants|needs|asked(?:\s+for)?|said)\b"
                   r"|^(?:ugh+[\s,]+)?(?:(?:way\s+)?too|so)\s+(?:much|many)\s+[a-z]+(?:\s+[a-z]+)?(?=\s*[,;:—–-])")
# "our worker keeps eating the box. run it …", "our agent needs the socket: run …": a first
# sentence or heading, when the request's verb follows
_SITUATION = re.compile(r"(?:[^.?!:]|[.?!:](?!\s))*[.?!:](?=\s+\S)")
# "… it says I need redis. could you give me the command to run it …": the sentences before
# the one that asks are talk, whatever verbs they hold (none of them opening a sentence: "stop
# web. can you also remove it?" gives two orders)
_ASKS = re.compile(r"[.!?]\s+(?:(?:so|now|ok(?:ay)?|anyway)[\s,]+)?(?:(?:could|can|would|will)\s+(?:you|u)"
                   r"|please|(?:give|show|tell)\s+me)\b")
# "I keep getting 'port is already allocated'": an error quoted is talk, never a command to run
_ERROR_BEFORE = re.compile(r"\b(?:getting|got|seeing|saw|hitting|hit|throws|threw|throwing)"
                           r"(?:\s+(?:this|an?|the))?(?:\s+error)?\s*:?\s*$")
_INSTEAD = re.compile(r"\binstead\b|\brather\b")
_ORDER_BEFORE = re.compile(r"(?:^|[.!?;]\s+)(?:(?:please|just|so|then|ok|okay|hey|now)[\s,]+)*$")
# "delete web1 after stopping it": an order of actions, not a reason
_SEQUENCE = re.compile(r"(?:before|after)\s+[a-z]+ing\b")
# "how much disk is each container eating?": a verb's form, never a name pointed at
_VERB_FORM = re.compile(r"[a-z]{3,}ing")
_ASCII_VALUE = re.compile(r"[A-Za-z0-9]")
# "rmi 3f2a9c1b7d", "sha256:9e1f…": an object's id or digest is one word, never "7d" or "1b" in it
_HEX_ID = re.compile(r"(?<![\w.-])(?=[a-f\d]*\d)(?=[a-f\d]*[a-f])[a-f\d]{8,64}(?![\w.-])")
_PAREN_VAR = re.compile(r"\(([A-Za-z][A-Za-z0-9_]*)\)")   # "비번(MYSQL_ROOT_PASSWORD) x"
_PASSWORD_PAIR = re.compile(r"(?<![\w-])[A-Za-z_]*(?:PASSWORD|PASS|PWD)[A-Za-z_]*=\S", re.I)
_CONTRACTIONS = {"m", "s", "re", "ve", "ll", "d", "t"}
# sentence punctuation after a value said in words ("set to hunter2?") is not part of it
_SENTENCE_END = ".,?!"
# "push to localhost:5000", "my registry at localhost:5000": the host is a registry's
_REGISTRY = re.compile(r"\b(?:push(?:es|ed|ing)?|tag(?:s|ged|ging)?|"
                       r"(?:my|our|your)\s+(?:own\s+|private\s+|local\s+)*registry)\b")
# "포트 두개", "2 개의 포트", "two ports": how many mappings follow, not a value of its own
# "두 개 다", "all three": a count of the ports just listed (kept only when it matches them)
_PORT_COUNT = re.compile(r"포트\s*(\d)\s*개|(\d)\s*(?:개의?\s*)?포트|(\d)\s*개\s*(?:다|모두|전부)(?![가-힣])"
                         r"|\b(\d|two|three|four)\s+ports\b|\ball\s+(\d|two|three|four)\b(?!\s*[a-z])")
_KO_PORT_VERB = re.compile(r"연결|매핑|맵핑|포워딩|바인딩|열어|열고")
_PORT_PATTERNS = ("map", "en_mapped_rev", "en_as_rev", "en_rev", "ko_rev", "en_to", "en_for", "ko_to", "ko_link",
                  "ko_topic")


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int
    suffix: str
    kind: str = ""
    fixed: str = ""           # corrected spelling, for fuzzy matches
    used: bool = False
    in_command: bool = False  # part of the command run inside the container


def _many_running(tag: str, cue: str, start: int, end: int, scan: str) -> list[tuple]:
    """"running container ids": fields of every running container, not one existing container."""
    if cue != "running container" or not _FIELDS_AFTER.match(scan, end):
        return [(tag, cue, start, end)]
    return [("s:running", "running", start, start + 7), ("o:container", "container", end - 9, end)]


def _inside_first(m) -> bool:
    """"80이랑 443을 각각 8000, 8443으로": images' own ports said first, then ports no image
    uses: the later pair is the host's (otherwise the first pair is, "8082 and 8444 to 80")."""
    return all(p in _CONTAINER_PORTS for p in m.group(1, 2)) and \
        not any(p in _CONTAINER_PORTS for p in m.group(3, 4)) and not _SIDE_SAID.search(m.group())


class Request:
    """The words of one request: cues found, values read, tokens classified."""

    def __init__(self, text: str, lang: str, ctx: Ctx):
        self.lang, self.ctx = lang, ctx
        self.text = split_compounds(image_words(number_words(text)))
        if ctx.names:
            self.text = joined_names(self.text, ctx.names)
        self.low = lower(self.text)
        self.scan = self.low
        self.quoted: list[tuple[str, int]] = []
        self.hosts: list[tuple[str, str, int]] = []
        self.tags: list[tuple[str, str, int, int]] = []
        self.values: dict[str, list] = {}
        self.consumed: set[str] = set()          # value slots a plan has used
        self.intent_from, self.rivals = "cue", 0  # how the intent was chosen (for ``evidence``)
        self.corrections: list[dict] = []
        self.toks: list[Tok] = []
        self._dropped: set[int] = set()
        self.not_wanted: list[str] = []          # "nginx 말고": words said to be not meant
        self.situation = 0                       # end of a leading sentence that only describes
        self.told = 0                            # end of the sentences before the one that asks
        self._read()

    # --- reading ------------------------------------------------------------
    def _read(self):
        for m in _NOT_THIS.finditer(self.scan):
            self.not_wanted.append(m.group(1))
            self._mask(*m.span())
        if self.lang == "en" and ("all" in self.scan or "everything" in self.scan):
            for m in _NOT_THIS_EN.finditer(self.scan):
                self.not_wanted += _EXCEPT_SPLIT.split(m.group(2))
                self._mask(*m.span(1))
        self._quotes()
        self._host_sources()
        self._early_values()
        self.parens = [m.span() for m in _PARENS.finditer(self.low)]
        tags = self._cue_tags()
        background = self._background(tags)
        reasons = self._reasons(tags)
        self.parens += background + reasons + [(0, self.situation)]
        for found in self.values.values():   # "debugging dns stuff, …": no option said
            found[:] = [v for v in found if not any(p <= v[0] < q for p, q in background)]
        self._talk_options()
        self.tags = [t for t in tags if not (
            t[0].startswith(("a:", "s:")) and self.aside(t[2]) and t[2] >= self.situation)
            and (t[2] >= self.told or not t[0].startswith(("a:", "s:")))
            and t[2] not in self._dropped and not (   # "…, I want to test some network settings"
                t[0].startswith("o:") and any(p <= t[2] < q for p, q in reasons))]
        self._values()
        self._old_ports()
        self._tokens()

    def _old_ports(self):
        """"nginx on 80 fails. run it on 8082 instead": a leading sentence's port is the one
        replaced."""
        ports = self.values.get("port", [])
        if self.situation and _INSTEAD.search(self.low, self.situation) and \
                any(v[0] >= self.situation for v in ports):
            ports[:] = [v for v in ports if v[0] >= self.situation]

    def _background(self, tags: list) -> list[tuple[int, int]]:
        """"마운트 테스트 해보려는데, …", "I'm writing a dashboard, start …": a leading clause
        that says why; its words are context, not values or options, when a verb follows."""
        spans = [m.span()] if (m := _CLOSING.search(self.low)) else []
        spans += [m.span() for m in _TALK.finditer(self.low)]
        m = _BACKGROUND.match(self.low)
        if not m or not any(t[0].startswith("a:") and t[2] >= m.end() for t in tags) or (
                m.group("state") and _POINTER_AFTER.search(self.low, m.end())):
            return spans                  # "mailer is down, start it": the state's owner is the object
        self._dropped = {t[2] for t in tags if t[2] < m.end()}
        return [m.span()] + spans

    def _reasons(self, tags: list) -> list[tuple[int, int]]:
        """"pull it ahead of the workshop", "our worker keeps eating the box. run it …": a
        clause of reasons after the request's verb, or a leading sentence that only describes,
        is talk around a request that already holds an action."""
        # "give me bash, I want to …": a shell asked for is an action of its own
        acts = [t[2] for t in tags if t[0].startswith("a:") or t[0] == "m:shell"]
        spans = [s for s in reason_spans(self.low) if any(a < s[0] for a in acts) and not (
            _SEQUENCE.match(self.low, s[0]) and any(s[0] <= a < s[1] for a in acts))]
        m = _SITUATION.match(self.scan)    # a quote's own stops end no sentence
        if m and not any(a < m.end() for a in acts) and any(a >= m.end() for a in acts):
            self.situation = m.end()
        told = [m.start() + 1 for m in _ASKS.finditer(self.low)]
        before = [a for a in acts if told and a < told[-1]]
        if before and any(a >= told[-1] for a in acts) and not any(
                _ORDER_BEFORE.search(self.low, 0, a) for a in before):
            self.situation = self.told = told[-1]
        return spans

    def _talk_options(self):
        """"… to poke at some dns stuff": an option word in talk names no option, unless a
        value of its shape follows it."""
        talk = self.parens + self.purposes
        self.values.get("option", [])[:] = [v for v in self.values.get("option", []) if not (
            any(p <= v[0] < q for p, q in talk) and not _NAME_SHAPED.search(v[1][1]))]

    def in_purpose(self, at: int) -> bool:
        """Inside "so I can …": words that say why, not what to name."""
        return any(p <= at < q for p, q in self.purposes)

    def aside(self, at: int) -> bool:
        """Text in parentheses or in a leading clause of reasons is not a value to place."""
        return any(p <= at < q for p, q in self.parens)

    def _cue_tags(self) -> list:
        scan = KV_TEXT.sub(lambda m: " " * len(m.group()), self.scan)
        scan = PATH_TEXT.sub(lambda m: " " * len(m.group()), scan)
        scan = REGISTRY_REF.sub(lambda m: " " * len(m.group()), scan)
        tags = []
        for pattern, tag, cue in CLAUSES:
            for m in pattern.finditer(scan):
                tags.append((tag, cue, *m.span()))
                scan = _blank(scan, *m.span())
        for tag, cue, spans in split_phrasals(scan):
            tags.append((tag, cue, *spans[0]))
            for start, end in spans:
                scan = _blank(scan, start, end)
        tags += [tag for cue, start, end in CUES.finditer(scan)
                 for tag in _many_running(CUE_TAGS[cue], cue, start, end, scan)]
        tags += [("m:all", "다", *m.span(1)) for m in _ALL_KO.finditer(scan)]
        tags += [("m:quiet", "ids", *m.span()) for m in ONLY_IDS.finditer(scan)]
        tags += [("a:disconnect", "detach", *m.span()) for m in _DETACH_FROM.finditer(scan)]
        detach_from = {t[2] for t in tags if t[0] == "a:disconnect"}
        tags = [("m:adnominal", *t[1:]) if adnominal(t, scan) else t for t in tags]
        tags = [("m:from", *t[1:]) if where_from(t, scan) else t for t in tags]
        tags = [t for t in tags if not (self._named_word(t, scan) or object_word(t, scan) or
                                        participle(t, scan) or program_word(t, scan) or
                                        going_somewhere(t, scan) or
                                        (t[:2] == ("m:detach", "detach") and t[2] in detach_from))]
        tags = [t for t in tags if not _store_name(t, tags, scan)]
        tags = [t for t in tags if not (t[0] in _DECLINABLE and _NO_BEFORE.search(self.low, 0, t[2]))]
        tags = _without_negated(tags, self.low)
        nouns = [t for t in tags if noun_use(t, scan)]
        if nouns and any(t[0].startswith("a:") and t not in nouns for t in tags):
            tags = [("m:adnominal", *t[1:]) if t in nouns else t for t in tags]
        nouns = [m.end() for m in _DAEMON_NOUN.finditer(scan)]
        tags = [t for t in tags if not (t[0] == "m:detach" and t[3] in nouns)]
        self.purposes = purpose_spans(scan)
        tags = [t for t in tags if not (t[0] == "m:port" and self.in_purpose(t[2]))]
        return without_purpose(tags, scan)

    def _named_word(self, tag, scan: str) -> bool:
        """A cue word used as a name: "a volume named *uploads*", "the *logs* volume"."""
        kind, cue, start, end = tag
        if not _ASCII_NAME.fullmatch(cue) or kind.startswith(("s:", "o:")) or cue == "new":
            return False                # "a new volume" describes; it never names
        noun_ko = _NOUN_KO.match(scan, end)
        if not kind.startswith("a:") and not noun_ko:
            return False
        if _NAMING_BEFORE.search(scan[max(0, start - 12):start]) or noun_ko:
            return True                 # "a volume named logs", "logs라는 볼륨"
        return bool(_NOUN_EN.match(scan, end) and (_ARTICLE_BEFORE.search(scan[max(0, start - 6):start])
                                                   or (start == 0 and cue.endswith("s"))))

    def _mask(self, start: int, end: int):
        self.scan = _blank(self.scan, start, end)

    def _quotes(self):
        for m in _QUOTED.finditer(self.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if not _ONE_WORD.fullmatch(inner):
                if not _ERROR_BEFORE.search(self.low, 0, m.start()):
                    self.quoted.append((inner, m.start()))
                self._mask(*m.span())

    def _host_sources(self):
        for pattern, source, target in HOST_SOURCES:
            for m in pattern.finditer(self.scan):
                start, end = m.span()
                if start and _PATH_CHAR.match(self.scan[start - 1]):
                    path = PATH_TEXT.search(self.scan, self.scan.rfind(" ", 0, start) + 1)
                    if not path or path.group() != source:
                        continue            # "docker.sock" inside /var/run/docker.sock is the path
                    start, end = path.span()
                whole = WHOLE_BEFORE.search(self.scan, max(0, start - 8), start)
                start = whole.start() if whole else start
                self.hosts.append((self._explicit_path(end) or source, target, start))
                self._mask(start, end)

    def _early_values(self):
        """Run options whose words would otherwise read as verbs or objects: a restart policy
        ("restart it if it crashes"), a capability ("SYS_ADMIN 권한 추가"), the host's pid
        namespace or network."""
        for slot, pattern in EARLY.items():
            for m in pattern.finditer(self.scan):
                value = next((g for g in m.groups() if g), "")
                self.values.setdefault(slot, []).append((m.start(), value.upper()))
                self._mask(*m.span())
        self._find("database", "database")     # "a db called shop": no container's name
        self._named_options()

    def _named_options(self):
        """"with hostname web-a", "dns 1.1.1.1": a run option named by its word, then its value
        (read early: "hostname" is also a program to run)."""
        for m in NAMED_OPTION.finditer(self.scan):
            flag = L.NAMED_RUN_OPTIONS[_SPACES.sub(" ", m.group(1))]
            self.values.setdefault("option", []).append((m.start(), (flag, self._orig(m, 2))))
            self._mask(*m.span())

    def _explicit_path(self, end: int) -> str | None:
        """"my home directory /home/alex": the path said right after the phrase."""
        m = _PATH_AFTER.match(self.text, end)
        if not m:
            return None
        self._mask(*m.span(1))
        return m.group(1)

    def _values(self):
        ids = [m.span() for m in _HEX_ID.finditer(self.scan)]
        shown = self.scan
        for start, end in ids:
            self._mask(start, end)
        self._slot_values()
        for start, end in ids:
            self.scan = self.scan[:start] + shown[start:end] + self.scan[end:]

    def _slot_values(self):
        self._find("password", "password", keep=self._password)
        self._find("bytes", "bytes", keep=self._is_bytes)
        self._find("cpu", "cpu")
        self._find("user", "user")
        self._same_ports()
        self._port_pairs()
        for name in _PORT_PATTERNS:
            self._ports(name, reverse=name.endswith("rev"))
        self._single_ports()
        self._port_count()
        self._window()
        for slot in ("until", "since", "lines", "dur", "count"):
            self._find(slot, slot)
        self._find("env_ko", "env", keep=lambda m: f"{m.group(1).upper()}={self._orig(m, 2)}")
        self._find("env_en", "env", keep=self._env_en)
        self._find("platform", "platform")

    def _orig(self, m, group: int) -> str:
        return self.text[m.start(group):m.end(group)]

    def _ports(self, name: str, reverse: bool):
        for m in P[name].finditer(self.scan):
            groups = [g for g in m.groups() if g]
            inner = groups[0] if reverse else groups[-1]
            if name.startswith("en") and not (self.has("m:port") or _OBJECT_WORD.search(m.group())
                                              or _PORT_ARROW.search(m.group())
                                              or inner in _CONTAINER_PORTS or len(set(groups)) == 1):
                continue
            if name == "ko_topic" and not (self.has("m:port") or self.has("a:run")
                                           or _KO_PORT_VERB.search(self.low)):
                continue
            if name == "map":
                ip = m.group(1) + ":" if m.group(1) and m.group(1) != "localhost" else ""
                proto = "/" + m.group(4) if m.group(4) else ""
                host, cont = ip + m.group(2), m.group(3) + proto
            else:
                reverse = reverse or (name == "ko_topic" and self._topic_inside_first(m))
                host, cont = (groups[1], groups[0]) if reverse else (groups[0], groups[1])
            self.values.setdefault("port", []).append((m.start(), host, cont))
            self._mask(*m.span())

    def _topic_inside_first(self, m) -> bool:
        """"443은 8443으로": an image's own port as the topic, then one no image uses: the
        topic is the container's side (unless "호스트" or "컨테이너" says which is which)."""
        return m.group(1) in _CONTAINER_PORTS and m.group(2) not in _CONTAINER_PORTS and \
            not _SIDE_SAID.search(self.low, max(0, m.start() - 6), m.end())

    def _same_ports(self):
        for m in P["same"].finditer(self.scan):
            for i in (1, 2, 3):
                if m.group(i):
                    self.values.setdefault("port", []).append((m.start(i), m.group(i), m.group(i)))
            self._mask(*m.span())

    def _port_pairs(self):
        for m in P["pairs"].finditer(self.scan):
            if self.lang == "en" and not self.has("m:port") and not _INSIDE_SAID.search(m.group()):
                continue                # "9080 and 9443 (container side 80 and 443)" says ports
            host, inside = (2, 0) if _inside_first(m) else (0, 2)
            for i in (1, 2):
                self.values.setdefault("port", []).append(
                    (m.start(i), m.group(i + host), m.group(i + inside)))
            self._mask(*m.span())

    def _port_count(self):
        said = len(self.values.get("port", []))
        for m in _PORT_COUNT.finditer(self.scan):
            count = next(g for g in m.groups() if g)
            if said > 1 and L.EN_NUMBERS.get(count, count) == str(said):
                self._mask(*m.span())

    def _single_ports(self):
        registry = _REGISTRY.search(self.low)
        for m in P["port_list"].finditer(self.scan):
            for i in (1, 2):
                self.values.setdefault("port", []).append((m.start(i), m.group(i), None))
            self._mask(*m.span())
        for m in P["single"].finditer(self.scan):
            if registry and m.group("local"):
                continue                # "push it to localhost:5000": a registry, not a port
            host = next(g for g in m.groups() if g)
            self.values.setdefault("port", []).append((m.start(), host, None))
            more = P["port_more"].match(self.scan, m.end())
            if more:
                self.values["port"].append((more.start(1), more.group(1), None))
            self._mask(m.start(), more.end() if more else m.end())

    def _window(self):
        """"between 10 and 5 minutes ago": --since the older end, --until the newer."""
        for m in P["window"].finditer(self.scan):
            ends = [[m.group(1), m.group(2) or m.group(4)], [m.group(3), m.group(4)]]
            if ends[0][1] == ends[1][1] and float(ends[0][0]) < float(ends[1][0]):
                ends.reverse()
            self.values.setdefault("since", []).append((m.start(), ends[0]))
            self.values.setdefault("until", []).append((m.start(3), ends[1]))
            self._mask(*m.span())

    def _find(self, name: str, slot: str, keep=None):
        for m in P[name].finditer(self.scan):
            value = keep(m) if keep else [g for g in m.groups() if g]
            if value:
                self.values.setdefault(slot, []).append((m.start(), value))
                self._mask(*m.span())

    def _password(self, m):
        """(the variable when one was typed, as in POSTGRES_PASSWORD는 x; the value)."""
        var = _WORD.match(self.text, m.start(1)).group().upper() if m.group(1) else ""
        paren = _PAREN_VAR.search(self.text, m.start(), m.start(2))
        var = paren.group(1).upper() if paren else var
        value = self._orig(m, 2).rstrip(_SENTENCE_END)
        typed = KV.fullmatch(value)
        if typed:                       # "비번은 POSTGRES_PASSWORD=tiger77": the pair typed in full
            return typed.group(1).upper(), typed.group(2)
        if not _ASCII_VALUE.search(value) and _PASSWORD_PAIR.search(self.text, m.end()):
            return None                 # "비번 환경변수 MYSQL_PASSWORD=x": the pair says it
        return var, value

    def _is_bytes(self, m):
        unit = BYTE_UNIT[_SPACES.sub("", m.group(2))]
        if m.group(2) in ("m", "g", "k") and not self.has("m:memory"):
            return None
        return f"{m.group(1)}{unit}"

    def _env_en(self, m):
        first = 1 if m.group(1) else 3        # "set KEY to v" or "KEY set to v"
        key = self._orig(m, first)
        if not (key.isupper() or self.has("m:env")):
            return None
        return f"{key}={self._orig(m, first + 1).rstrip(_SENTENCE_END)}"

    def _tokens(self):
        for m in TOKEN.finditer(self.scan):
            raw, (start, end) = m.group(), m.span()
            while raw and raw not in (".", "..") and raw[-1] in ".:," and not raw.endswith(_KEPT_ENDS):
                raw, end = raw[:-1], end - 1
            if not raw or (raw == "." and start and not self.scan[start - 1].isspace()):
                continue                      # a full stop, not the current directory
            if raw == "-" or (raw in _CONTRACTIONS and start and self.scan[start - 1] in "'’"):
                continue                      # a dash between clauses; the "m" of "I'm"
            suffix = _SUFFIX.match(self.low, end).group()
            tok = Tok(self.text[start:end], raw, start, end, suffix)
            tok.kind = classify.kind(self, tok)
            # "I'm coming from virtualbox, …": talk, not a target; but a leading sentence may
            # name the object ("where is the pgdata volume stored? inspect it")
            if tok.kind == "name" and self.aside(start) and not _NAME_SHAPED.search(raw) and (
                    start >= self.situation or _VERB_FORM.fullmatch(raw)) and \
                    not self._naming_bracket(start):
                tok.kind = "cue"
            self.toks.append(tok)
        self._situation_talk()

    def _naming_bracket(self, at: int) -> bool:
        """"the vpn containers (gluetun)": brackets after the noun hold the containers' names."""
        return any(p < at < q and self.low[p] == "(" and _NOUN_THEN_BRACKET.search(self.low, 0, p + 1)
                   and not _DESCRIBES.search(self.low, p, q) for p, q in self.parens)

    def _situation_talk(self):
        """"our ci agent needs the socket: run docker:cli …": when the request names its own
        image or container, the leading sentence's plain words only describe."""
        if not any(t.kind in ("image", "name") for t in self.toks if t.start >= self.situation):
            return
        for tok in self.toks:
            if tok.start < self.situation and tok.kind == "name" and not _NAME_SHAPED.search(tok.low):
                tok.kind = "cue"

    # --- questions about what was read ----------------------------------------
    def has(self, tag: str) -> bool:
        return any(t == tag and not self._in_command(s, e) for t, _, s, e in self.tags)

    def _in_command(self, start: int, end: int) -> bool:
        return any(t.in_command and t.start <= start and end <= t.end for t in self.toks)

    def covered(self, tok: Tok, tag: str | None = None) -> bool:
        """Is ``tok`` inside a cue (of ``tag``, when given)?"""
        return any(tag in (None, t) and s <= tok.start and tok.end <= e for t, _, s, e in self.tags)

    def cues(self, tag: str) -> list[str]:
        return [c for t, c, _, _ in self.tags if t == tag]

    def where(self, tag: str) -> list[int]:
        return [s for t, _, s, _ in self.tags if t == tag]

    def actions(self) -> list[tuple[str, str, int]]:
        return [(t[2:], c, s) for t, c, s, _ in self.tags if t.startswith("a:")]

    def first(self, slot: str):
        """The first value read for ``slot``; the plan has used the slot."""
        found = sorted(self.values.get(slot, []), key=lambda v: v[0])
        if found:
            self.consumed.add(slot)
        return found[0][1] if found else None

    def take(self, slot: str) -> list:
        """Every value read for ``slot``, in order; the plan has used them."""
        self.consumed.add(slot)
        return sorted(self.values.get(slot, []))

    def use_span(self, start: int, end: int):
        """A plan read the text from ``start`` to ``end`` itself: its words and values are
        used."""
        for tok in self.toks:
            tok.used = tok.used or start <= tok.start < end
        for entries in self.values.values():
            entries[:] = [e for e in entries if not start <= e[0] < end]

    def kinds(self, *kinds: str, free: bool = True) -> list[Tok]:
        return [t for t in self.toks if t.kind in kinds and not (free and t.used)]

    def word(self, tok: Tok) -> str:
        return tok.fixed or tok.text

    def conversational(self) -> bool:
        return self.has("m:conv") or "?" in self.text or self.has("m:deictic")


# A directory ("src/") and Go's package pattern ("./...") end in what is not a full stop
_KEPT_ENDS = ("/", "/...")


def _without_negated(tags: list, low: str) -> list:
    """The actions said not to be done, when another action is left: no longer actions."""
    negated = [t for t in tags if t[0].startswith("a:") and _NEGATED.search(low, 0, t[2])]
    if not negated or not any(t[0].startswith("a:") and t not in negated for t in tags):
        return tags
    return [("m:negated", *t[1:]) if t in negated else t for t in tags]


def _store_name(tag, tags: list, scan: str) -> bool:
    """"볼륨 uploads 지워", "remove the volume uploads": an action word right after "volume"
    or "network" is that object's name, when another word is the request's verb."""
    kind, cue, start, _ = tag
    return kind.startswith("a:") and cue.isascii() and \
        bool(_STORE_BEFORE.search(scan[max(0, start - 10):start])) and \
        any(t[0].startswith("a:") and t[2] != start for t in tags)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]

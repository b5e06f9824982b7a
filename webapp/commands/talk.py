"""What is said around a request and is not part of it: who speaks and where from, headings and
plan steps, hedges, situations and complaints, corrections ("no wait, …"), and how-to framing
("what's the command to …"). Each rule rewrites the text so that only the request is left.
"""
from __future__ import annotations

import re

from . import lexicon as L

# "ingest: halt it", "api: show its logs": a name set before the request it points at
_LABEL = re.compile(r"^([A-Za-z][\w.-]*):\s+(.*\b(?:it|its)\b.*)$", re.I)
_LABEL_POINTER = re.compile(r"\bit(s?)\b", re.I)
# "authd: last 45 min of logs", "billing: restart": a heading names the container the request
# (one that acts on a container, with no pronoun and nothing to run) is about
_HEADING = re.compile(r"^([A-Za-z][\w.-]*):\s+(?=.*\b(?:logs?|stop|restart|kill|shell|stats|inspect|pause|"
                      r"unpause|exec)\b)(?!.*\b(?:run|start|launch|it|its|them|container)\b)", re.I)
# "ci-agent: fetch …", "deploy-bot: …": an agent's heading says who speaks, never which container
_AGENT_HEADING = re.compile(r"^\W*(?:[a-z][\w.]*[-_])?(?:agent|bot)\s*:\s+", re.I)
# "bring the metabase container back up", "get api back online": start it ("back" is no name)
_BACK_UP = re.compile(r"\b(?:bring|get|spin|put)\s+((?:the\s+|my\s+|our\s+)?[a-z][\w.-]*(?:\s+container)?)\s+back"
                      r"(?:\s+(?:up|online|on))?\b", re.I)
# "give reporting 30 seconds to shut down cleanly": the container named, and its stop timeout
_GIVE_SECONDS = re.compile(r"\bgive\s+(?:the\s+)?(?!(?:it|them|that|this|me|us)\s)([a-z][\w.-]*)(?:\s+container)?\s+"
                           r"(\d+)\s*(?:s|secs?|seconds?)\s+to\s+(?:shut\s*down|stop|exit|finish|wrap\s+up|close)"
                           r"(?:\s+(?:cleanly|gracefully|properly|nicely))?", re.I)
# "newest 20 lines": the order word belongs to the count of lines, never picks the newest container
_NEWEST_LINES = re.compile(r"\b(?:newest|most\s+recent)\s+(?=\d+\s*(?:log\s+)?(?:lines?|rows?|entries)\b)", re.I)
# "볼륨들 쭉 나열해봐": "쭉" over a list is "all the way through", never following logs
_THROUGH_LIST = re.compile(r"((?:볼륨|이미지|컨테이너|네트워크)들?\s*)쭉\s*|쭉\s*(?=나열|훑)")
# "the containers i've created": the ones the user made, as "i created" says (never a create)
_I_HAVE_MADE = re.compile(r"\bi(?:'ve|\s+have)\s+(?=(?:built|made|created|pulled|downloaded)\b)", re.I)
# "이름 세션캐시 말고 sess로": the name said not to be used goes, the one after it stays
_NAME_INSTEAD = re.compile(r"(이름(?:은|을|는)?\s+)\S+?(?:은|는|이|가|를|을)?\s*(?:말고|대신에?)\s+(?=\S)")
# "I've got two shopfront builds, toss the older one": the builds are images, the one picked by age
_TWO_BUILDS = re.compile(r"^\W*(?:(?:i|we)(?:'ve|\s+have)?\s+(?:got\s+)?|there\s+are\s+)?(?:two|2|both|a\s+couple\s+of)\s+"
                         r"([a-z][\w.-]*)\s+(?:builds|images|versions|tags)\s*[,;.]?\s*(?:so\s+|and\s+)?([a-z]+)\s+the\s+"
                         r"(older|newer|oldest|newest)\s+one\b", re.I)
# "mailer output with timestamps": what the container named first printed
_NAME_OUTPUT = re.compile(r"^((?:(?:show|get|see|view|print|dump|tail|check|grab)\s+(?:me\s+)?)?(?:the\s+)?)"
                          r"(?!(?:json|table|text|plain|raw|full|the|my|command|build|ps|images|ls|stats|top|df|info|version|"
                          r"inspect|history|events|diff|docker)\s)([a-z][\w.-]*)"
                          r"\s+(?:console\s+)?output\b", re.I)
# "mongo's output": what a container printed, its logs
_OUTPUT_OF = re.compile(r"(?<=[A-Za-z0-9])'s\s+(?:console\s+)?output\b", re.I)
# "what is the worker printing?": what a container is saying now is its log
# ("what's my redis container been saying": what it has been saying is its log too)
_NOW_PRINTING = re.compile(r"\bwhat\s+(?:is|are|has|have)\s+((?:the\s+|my\s+|our\s+)?[a-z][\w.-]*(?:\s+container)?)\s+"
                           r"(?:been\s+)?(?:printing|outputting|spitting\s+out|spewing(?:\s+out)?|emitting|writing|"
                           r"saying|logging)"
                           r"(?:\s+(?:out|right\s+now|now|currently|to\s+(?:stdout|the\s+console)))*\b", re.I)
# "can I see what notifier printed?": what a container printed is its log
_PAST_PRINTED = re.compile(r"\bwhat\s+(?!(?:i|you|we|they|he|she)\s)((?:the\s+|my\s+|our\s+)?[a-z][\w.-]*(?:\s+container)?)\s+"
                           r"(?:has\s+|had\s+)?(?:printed|outputted|output|said|wrote|written|logged|spat\s+out|spewed(?:\s+out)?)\b", re.I)
# "I keep forgetting how to … . I want to …": what the user forgets is talk; the request follows
# ("I half remember it's docker run -p something... I want …": a vague memory is talk too)
_FORGOT = (r"(?:i|we)\s+(?:(?:keep\s+forgetting|always\s+forget|never\s+remember|can'?t\s+(?:ever\s+)?remember|"
           r"(?:just\s+)?forgot|don'?t\s+remember)\s+how\s+to|(?:(?:only\s+)?half|vaguely|kind\s+of|sort\s+of|"
           r"barely|partly)\s+(?:remember|recall)(?=\s+(?:it'?s|it\s+is|that|the|there)\b))")
_FORGET_LEAD = re.compile(r"^(?:[^.?!]*?\b" + _FORGOT + r"\b[^.?!]*[.?!]+\s+(?=\S)|\W*" + _FORGOT + r"\s+(?=\w))", re.I)
# "run env in the one named relay": the one named is a container
_ONE_NAMED = re.compile(r"\bthe\s+one\s+(?=(?:named|called)\s)", re.I)
# "I'm new": the learner is new, nothing is to be created
_I_AM_NEW = re.compile(r"\b(?:i'?m|i\s+am)\s+(?:(?:very|totally|pretty|quite)\s+)?new\b", re.I)

# "go ahead and stop it", "feel free to prune": leave to act, never a name or a program
_GO_AHEAD = re.compile(r"\b(?:go\s+ahead\s+and|feel\s+free\s+to)\s+(?=[a-z])", re.I)

# "pause? no, just stop it", "run redis, wait, scratch that, run valkey": the request as
# corrected, the last one said
_CORRECTED = re.compile(r"^(.*)[?,;.!]\s*(?:no+(?:\s+wait)?|nah|nope|wait|actually\s+no|scratch\s+that|never\s*mind)"
                        r"\s*(?:[,.;:!-]+\s*|\s+(?=(?:just|actually|instead|rather|make\s+it)\b))", re.I)


# ("… no wait just the container": the container named before, said again)
_POINTER = re.compile(r"\b(?:it|them|that\s+one|the\s+container)\b", re.I)

# "kill both, stop them I mean, gently", "pause it, or rather stop it": a new verb said with
# "I mean" corrects the earlier one, as "no, …" does
_MEANT = re.compile(r"([?,;.!])\s*(?:(?:i\s+meant?|or\s+rather)[,:]?\s+([a-z]+)([^,;.!?]*)"
                    r"|([a-z]+)([^,;.!?]*?)\s+i\s+meant?\b[,;]?)", re.I)
# the one-word action cues that are verbs (not the nouns that also point at an action)
_VERBS = frozenset(phrase for kind, (_, en) in L.CUES.items() if kind.startswith("a:")
                   for phrase in en if " " not in phrase) - {
    "configured", "configuration", "console", "detail", "detailed", "details", "dockerfile", "info",
    "information", "ip", "metadata", "mountpoint", "stderr", "stdout", "low-level", "log", "logs",
    "ps", "ls", "printed", "located", "stored", "new", "session", "shell", "terminal", "what",
    "which", "tags"}

# "called dash... no wait it's dashboards", "web-1, I mean web-2": a name said again replaces
# the one before it (a verb said again is _MEANT's, a new request _CORRECTED's)
_RENAMED = re.compile(r"\b([A-Za-z0-9][\w.-]*?)(?:\.{2,}|…|\s*[,;—–]|\s+-+)\s*(?:(?:no+\s+)?wait(?:\s+no)?"
                      r"|(actually)|(?:(?:sorry|i\s+mean|or\s+rather)[,]?))\s+(?:it\s+is\s+|its\s+)?"
                      r"([A-Za-z0-9][\w.:-]*\w)(?=[\s,.;!?]|$)", re.I)
_RENAME_CUES = ("wait", "actually", "sorry", "mean", "rather")
_NOT_NAMES = frozenset({"it", "its", "the", "that", "this", "them", "a", "an", "not", "no", "i", "we",
                        "you", "just", "instead", "rather", "make", "scratch", "never", "all", "both",
                        "only", "please", "and", "or", "but", "one", "do", "don't", "dont", "let", "wait"})


def _renamed(m: re.Match) -> str:
    said, weak, name = m.groups()
    # "actually" also brings a new value ("run redis, actually detached"): only a name like the first
    if weak and not (name[:2].lower() == said[:2].lower() or _NAMEY.search(name)):
        return m.group()
    return m.group() if name.lower() in _NOT_NAMES or name.lower() in _VERBS else name


_NAMEY = re.compile(r"[\d.:-]")


def _meant(m: re.Match) -> str:
    verb = m.group(2) or m.group(4)
    if verb.lower() not in _VERBS:
        return m.group()
    return f"{m.group(1)} no, {verb}{m.group(3) or m.group(5)}"

# "I got `docker: invalid reference…`", "error: Bind … allocated. ok so give me …", "Conflict. …
# -- fine, run …": a message docker printed is context; the request is what follows it
_ERROR_LEAD = re.compile(
    r"^\s*(?:(?i:i\s+)?(?i:got|get|getting|saw|see|hit)\s+(?i:this\s+|an?\s+|the\s+)?(?i:error\s*)?:?\s*)?"
    r"(?:[\"`](?i:docker:|error)[^\"`]*[\"`]\s*[,.:;-]*"
    r"|(?i:docker:\s*)?(?i:error(?:\s+response\s+from\s+daemon)?|conflict)[.:]\s.*?"
    r"(?:\s+--+\s+|\s+[—–]\s+|[.!]\s+(?=[a-z])))")
# "my teammate wants to …", "in the ops chat someone asked: …": who asks is not what to do
_SPEAKER = (r"(?:(?:my|our|a|the|one\s+of\s+(?:my|our|the))\s+)?(?:team-?mates?|colleagues?|co-?workers?|"
            r"friends?|team\s*lead|lead|manager|boss|intern|students?|someone|somebody|users?|"
            r"devs?|developers?|attendees?|everyone|everybody|people)")
_SPEAKER_LEAD = re.compile(
    r"^\s*(?:(?:in|on|over\s+in)\s+(?:the\s+|our\s+)?[\w#-]+(?:\s+[\w#-]+)?\s+(?:chat|channel|slack|thread)\s*,?\s+)?"
    + _SPEAKER + r"\s+(?:(?:asked|asks|posted|wrote|writes|said|says|wonders|wondered)(?:\s+(?:me|us))?\s*:\s+"
    r"|(?:wants|needs|would\s+like|asked\s+(?:me|us)|asks\s+(?:me|us))\s+(?:me\s+|us\s+)?to\s+(?=\w))", re.I)

# "I'm in the lab, …", "Hi! Our on-call runbook says to …", "the sheet says: …": where the user
# is and what a page told them is background; the request is what follows
_DOCS = (r"(?:(?:the|my|our|this|a)\s+)?(?:[\w-]+\s+){0,2}?(?:work)?(?:sheet|handout|tutorial|guide|"
         r"docs?|book|exercise|assignment|slides?|instructions?|runbook|playbook|readme|course|wiki|ticket)")
_TOLD = r"(?:says?|said|tells?\s+(?:me|us)|wants\s+(?:me|us))\s*(?:to\s+|:\s*)?"
_SOURCE = _DOCS + r"\s+" + _TOLD
# ("im on my first docker lab and the sheet says …": the place, then the page, joined by "and")
_SETTING = (r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in|at|on)\s+(?:(?:the|a|an|my|our)\s+)?"
            r"[a-z]+(?:\s+[a-z]+){0,2}?\s*(?:[,;.]\s+|,?\s+and\s+(?=" + _SOURCE + "))")
# "Hi, I'm following a tutorial and it says to …": what the user is doing is not the request
# (or "I'm finishing my lab assignment and the handout says to …": any doing, any page named again)
_FOLLOWING = (r"(?:(?:hi|hey|hello|ok(?:ay)?|so)\s*[,!.]?\s+)?(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:[a-z]+ing|"
              r"working\s+through|going\s+through)\s+" + _DOCS + r"\s*,?\s+(?:and|which|that)\s+(?:it\s+|"
              + _DOCS + r"\s+)?" + _TOLD)
_SOURCE_LEAD = re.compile(r"^(?:" + _SETTING + "(?:" + _SOURCE + r")?|" + _FOLLOWING + r"|(?:.{0,40}?[.!?]\s+)?"
                          + _SOURCE + ")", re.I)
# "it says 'now run the container'": the instruction quoted is the request
_SAYS_QUOTE = re.compile(r"^it\s+(?:says?|said)\s*:?\s*([\"'])(.+?)\1", re.I)
# "I was told to 'run alpine with a shell'", "we're supposed to \"…\"": the quoted instruction is
# the request, whoever gave it and whatever is asked around it
_TOLD_QUOTE = re.compile(r"\b(?:(?:i|we)(?:'m|'re|\s+(?:was|were|am|are))?\s+(?:told|asked|supposed)|(?:told|asked)\s+(?:me|us))"
                         r"\s+to\s*:?\s*"
                         r"([\"'])(\S.+?)\1(?!\w)", re.I)
# "… there's no name on the sheet": the user does not know the name either ("which one?" asks)
_NO_NAME = re.compile(r"there\s+is\s+no\s+name\b[^.?!]*[.?!]*", re.I)

# "TASK step 2/5: …", "subtask 3 of 7 - …": an agent's place in its plan, not a value
# "[grader-agent] …", "worksheet step 3 says …", "exercise 7: …", "task 4 check: …": who posts
# and which exercise it is, a heading and not a value
_EXERCISE = r"(?:(?:work)?sheet|exercise|lab|task|assignment|homework|question|part|step)"
_PLAN_BODY = (r"(?:(?:(?:agent|bot|plan|task|subtask|job)\s+)?(?:step|task|subtask)\s*#?\s*\d+\s*(?:/|of)\s*\d+"
              r"\s*[:.)\]-]+\s*|(?:(?:the|my|this)\s+)?(?:" + _EXERCISE + r"\s+)?" + _EXERCISE
              + r"(?:\s+#?|\s*#)\d+[a-z]?\b\s*(?:(?:says|asks|wants|check(?:s|ing)?)\b\s*(?:(?:me|us)\s+)?(?:to\b)?)?"
              r"\s*[:.)\]-]*\s*)")
_PLAN_STEP = re.compile(r"^[^\w\[]*(?:\[[a-z][\w .@/-]{0,30}\]\s*" + _PLAN_BODY + "?|" + _PLAN_BODY + ")", re.I)
# an agent's "Return the IDs of …", "…. Return only names": the answer's form, shown
_RETURN_LEAD = re.compile(r"(?:^|(?<=[.!?:]\s))return\s+(?=\S)(?!(?:(?:only|just)\s+)?(?:the|one|a)\s+(?:docker\s+)?(?:command|cmd))", re.I)
# "I think the api is hung, …", "looks like web1 died": the speaker's hedge is talk, never a name
_HEDGE = re.compile(r"(?:^|(?<=[,;.!?]\s))(?:(?:so|well|ok(?:ay)?|um+|uh+|hmm+)\s*,?\s+)?(?:i\s+(?:think|guess|believe|"
                    r"suppose|reckon)|(?:it\s+)?(?:looks|seems|sounds)\s+like|apparently)\s*,?\s+(?:that\s+)?(?=\S)", re.I)
_HEDGE_CUES = ("think", "guess", "believe", "suppose", "reckon", "s like", "apparently")
# "it's 2am and …", "the lab is due at 9am, …": the hour and the deadline are talk (never a "since")
_CLOCK = re.compile(r"(?<!since\s)(?<!until\s)(?<!from\s)\b(?:(?:the\s+|my\s+|our\s+)?[a-z]+\s+(?:is|are)\s+due\s+)?"
                    r"(?:it\s+is\s+)?(?:(?:at|by|around|before)\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b,?", re.I)
# "disk is full, …", "the box is slow, …": how the machine is doing, said before the request
# (not "full ids": "full" then describes the output)
_MACHINE_STATE = re.compile(r"(?:^|(?<=[,;.!?]\s))(?:(?:the|my|our|this)\s+)?(?:disk|drive|box|machine|server|host|"
                            r"laptop|memory|ram|node|vm|storage)\s+is\s+(?:(?:almost|nearly|completely|so|really|super|"
                            r"getting|pretty)\s+)?(?:full|slow|dying|struggling|sluggish|crawling|out\s+of\s+"
                            r"(?:space|memory|disk(?:\s+space)?))\s*(?:[,;.!]+|\s-+|\s+and\s+(?:so\s+)?)\s*", re.I)
# "pager went off for orders-api, show its logs": the page names what the request is about
_PAGED = re.compile(r"^\W*(?:(?:the|my|our|an?)\s+)?(?:pager|alert|alarm|page|monitor(?:ing)?|on-?call\s+bot)\s+"
                    r"(?:just\s+)?(?:went\s+off|fired|triggered|is\s+firing|paged\s+(?:me|us))(?:\s+(?:for|on|about)\s+"
                    r"([A-Za-z][\w.-]*))?\s*[,;.:!-]+\s*", re.I)
# "timestamps would help", "sizes would be nice": a wish for what the output shows, never "--help"
_WOULD_HELP = re.compile(r"\b([a-z][\w-]*)\s+would\s+(?:really\s+)?(?:help|be\s+(?:nice|good|great|useful|handy|helpful))\b", re.I)
# "what images have I got downloaded": what is already here, never a pull
_HAVE_PULLED = re.compile(r"^(\W*(?:so\s+)?(?:what|which)\s+(?:images?|containers?)\b[^,.;!?]*?\b(?:have|got)\b[^,.;!?]*?)"
                          r"\b(?:downloaded|pulled)\b", re.I)
# "got anything whose name has api?": the chat form of "do I have any …"
_GOT_ANY = re.compile(r"^\W*(?:(?:have\s+)?(?:we|you|i)\s+)?got\s+(?=any(?:thing)?\b)", re.I)
# "old-migrator is done forever, …": how long it stays done is talk
_FOREVER = re.compile(r"\b((?:is|are)\s+(?:done|finished|retired|dead|gone|obsolete|useless|over))\s+"
                      r"(?:forever|for\s+good)\b", re.I)
# "we've got a staging box where I need to …": the machine it happens on is talk
_HAVE_BOX = re.compile(r"^\W*(?:(?:so|ok(?:ay)?|well|hi|hey)\W+)?(?:we|i)(?:'ve|\s+have)?\s+(?:got|have)\s+(?:a|an|this|one|our|my)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:box|server|machine|host|vm|cluster|environment|env|node)\s+(?:where|on\s+which|and)\s+", re.I)
# "the redis-cli of sessions", "psql on db1": a database client opened in the container named
_CLIENT_OF = re.compile(r"\b(" + "|".join(map(re.escape, L.DB_CLIENTS)) + r")\s+(?:of|on)\s+(?=[a-z])(?!(?:port|host|localhost|my\s+(?:machine|laptop))\b)", re.I)
# "the environment variables of sidecar": the ones set inside that container (not an image's)
_ENV_OF = re.compile(r"\b(env(?:ironment)?\s+var(?:iable)?s)\s+(?:of|from|on)\s+"
                     r"(?!(?:the\s+|this\s+|that\s+)?(?:[\w.:/-]+\s+)?images?\b)", re.I)
# "ok it works. now …", "cool, that worked, …": how the last step went is talk, never a name
_WORKED = re.compile(r"(?:^|(?<=[,;.!?]\s))(?:(?:ok(?:ay)?|cool|great|nice|yay|yes)\s*[,!.]?\s+)?(?:it|that|this)\s+"
                     r"(?:(?:finally|now)\s+)?(?:works|worked|is\s+working|did\s+it)\s*(?:[,;.!]+\s*|\s+(?:so|and)\s+)(?=\w)", re.I)
# "size-wise", "cpu-wise": talk for the word before it
_WISE = re.compile(r"(?<![\w.-])([a-z]+)-wise(?![\w-])", re.I)


def _source(m: re.Match) -> str:
    return m.group() if m.end() == len(m.string) else ""


def _corrected(m: re.Match) -> str:
    """The earlier request goes; its object stays when the correction points at it."""
    rest = m.string[m.end():]
    return m.group(1).split(None, 1)[-1] + ": " if _POINTER.search(rest) and " " in m.group(1).strip() else ""


def _unlabel(m: re.Match) -> str:
    """"api: show its logs" → "show api's logs": the pronoun is the name set before."""
    return _LABEL_POINTER.sub(lambda p: m.group(1) + ("'s" if p.group(1) else ""), m.group(2), count=1)


def _heading(m: re.Match) -> str:
    return m.group() if m.group(1).lower() in L.HEADING_WORDS else f"container {m.group(1)}: "


# "oh it's tally-worker with a dash": how the name is spelled, said after it
_SPELLING_MARKS = ("dash", "hyphen", "underscore")
_SPELLED = re.compile(r",?\s+(?:(?:spelled|spelt|written)\s+)?(?:with|using)\s+(?:a|an|the)\s+"
                      r"(?:dash|hyphen|underscore|dot)(?:\s+(?:instead(?:\s+of\s+an?\s+\w+)?|in\s+it|not\s+an?\s+\w+))?\b", re.I)


def _framing(text: str) -> str:
    """A plan step, where the user is, what a page says, "go ahead and", "-wise", a name said
    again: talk around the request (the rarer ones only looked for when a word of theirs is there)."""
    text = _SAYS_QUOTE.sub(r"\2", _SOURCE_LEAD.sub(_source, _PLAN_STEP.sub("", text, count=1), count=1), count=1)
    low = text.lower()
    if "told" in low or "asked" in low or "supposed" in low:
        told = _TOLD_QUOTE.search(text)
        text, low = (told.group(2), told.group(2).lower()) if told else (text, low)
    if "return " in low:
        text = _RETURN_LEAD.sub("show ", text)
    if "am" in low or "pm" in low:
        text = _CLOCK.sub("", text)
    if " is " in low:
        text = _MACHINE_STATE.sub("", text)
    if "off" in low or "fire" in low or "trigger" in low or "paged" in low:
        text = _PAGED.sub(lambda m: f"{m.group(1)}: " if m.group(1) else "", text, count=1)
    if "got" in low or "have" in low:
        text = _HAVE_BOX.sub("", text, count=1)
        text = _GOT_ANY.sub("do I have ", _HAVE_PULLED.sub(r"\1locally", text, count=1), count=1)
    if "forg" in low or "remember" in low:
        text = _FORGET_LEAD.sub("", text, count=1)
    if "would" in low:
        text = _WOULD_HELP.sub(r"with \1", text)
    if "forever" in low or "for good" in low:
        text = _FOREVER.sub(r"\1", text)
    if "-wise" in low:
        text = _WISE.sub(r"\1", text)
    if "work" in low or "did it" in low:
        text = _WORKED.sub("", text, count=1)
    if any(cue in low for cue in _HEDGE_CUES):
        text = _HEDGE.sub("", text)
    if "no name" in low:
        text = _NO_NAME.sub("", text)
    if "ahead" in low or "free to" in low:
        text = _GO_AHEAD.sub("", text)
    if any(cue in low for cue in _RENAME_CUES):
        text = _RENAMED.sub(_renamed, text)
    if any(mark in low for mark in _SPELLING_MARKS):
        text = _SPELLED.sub("", text)
    return text


def strip_talk(text: str) -> str:
    """The request without the talk said around it."""
    text = _framing(_SPEAKER_LEAD.sub("", _ERROR_LEAD.sub("", text, count=1), count=1))
    text = _CORRECTED.sub(_corrected, _MEANT.sub(_meant, text))
    if " one" in text:
        text = _TWO_BUILDS.sub(r"\2 the \3 \1 image", text, count=1)
    if "'ve" in text or " have " in text:
        text = _I_HAVE_MADE.sub("i ", text)
    if "이름" in text and ("말고" in text or "대신" in text):
        text = _NAME_INSTEAD.sub(r"\1", text)
    if "쭉" in text and "로그" not in text:
        text = _THROUGH_LIST.sub(r"\1", text)
    if "newest" in text or "most recent" in text:
        text = _NEWEST_LINES.sub("last ", text)
    if "give" in text:
        text = _GIVE_SECONDS.sub(r"the \1 container with a \2 second timeout", text)
    if " back" in text:
        text = _BACK_UP.sub(r"start \1", text)
    if "agent" in text or "bot" in text:
        text = _AGENT_HEADING.sub("", text, count=1)
    text = _LABEL.sub(_unlabel, text)
    text = _HEADING.sub(_heading, text, count=1)
    text = _NAME_OUTPUT.sub(r"\1output of \2", text)
    text = _OUTPUT_OF.sub(" output of it", text)
    if "what" in text.lower():
        if "ing" in text:
            text = _NOW_PRINTING.sub(r"show the logs of \1", text)
        text = _PAST_PRINTED.sub(r"show the logs of \1", text)
    if "one " in text:
        text = _ONE_NAMED.sub("the container ", text)
    if " of " in text or " on " in text or " from " in text:
        text = _ENV_OF.sub(r"\1 inside ", _CLIENT_OF.sub(r"\1 in ", text))
    return _I_AM_NEW.sub("I'm", text)


# "what's the command to stop web1", "is there a way to …": a how-to question asks for the
# command of the request after it (and "command" there is not a program to run).
_HOW_TO_LEAD = re.compile(
    r"\b(?:what\s+is\s+the\s+(?:docker\s+)?(?:command|cmd)\s+(?:to|for)|what\s+(?:docker\s+)?"
    r"command\s+(?:do|would|should|can)\s+i\s+(?:use|run|type)\s+to|is\s+there\s+a\s+"
    r"(?:way|command)\s+to|what\s+do\s+i\s+(?:type|run)\s+to"
    r"|(?:give|tell|show|send|write)\s+(?:me|us)\s+(?:the|a)\s+(?:docker\s+)?(?:command|cmd)\s+(?:to|for)"
    r"|(?:show|teach)\s+(?:me|us)\s+how\s+(?:to|(?:do|can)\s+(?:i|we))"
    # an agent's "emit the command listing …": the request follows
    r"|(?:emit|produce|generate)\s+(?:(?:me|us)\s+)?(?:(?:the|a|one)\s+)?(?:docker\s+)?(?:command|cmd)(?:\s+(?:to|for|that))?)\s+"
    # "…, 명령어 부탁드립니다": asking for the command, not a command to run inside
    r"|(?:명령어|커맨드)\s*(?:좀\s*)?(?:부탁|알려|가르쳐)"
    # an agent's "Return only the command.", "reply with just the cmd": how to answer
    r"|\b(?:(?:only|just)\s+)?(?:return|output|print|give(?:\s+me)?|reply\s+with|respond\s+with)\s+"
    r"(?:(?:only|just|nothing\s+but)\s+)?(?:the|one|a(?:\s+single)?)\s+(?:docker\s+)?(?:command|cmd)(?:\s+only)?"
    r"(?:,?\s+(?:please|pls|for\s+(?:me|us|it|this|that)))*(?=[\s.!,;?]*(?:$|nothing\b|no\b))[.!?]*", re.I)

# "…, what do i type?": the request said first, the question after it only asks how
# ("…, what flag do I add?": the change said first)
_ASK_AFTER = re.compile(r"[,;.]?\s*(?:so\s+)?what\s+(?:(?:flag|option|switch)s?\s+)?(?:do|should|would|can)\s+(?:i|we)\s+"
                        r"(?:type|run|enter|write|add|use|put|append|need)"
                        r"(?:\s+(?:here|then|for\s+(?:that|this|it)))?\s*[?.!]*\s*$", re.I)


def strip_how_to(text: str) -> str:
    """"what's the command to stop web1", "…, what do i type?": the request without the question
    asking how to type it."""
    text = _HOW_TO_LEAD.sub("", text)
    if "what" in text.lower():
        text = _ASK_AFTER.sub("", text, count=1)
    return text

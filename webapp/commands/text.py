"""Text helpers shared by the readers: normalising what was typed, number words, Hangul image
names, and building regular expressions from word lists.
"""
from __future__ import annotations

import re
import unicodedata

from . import lexicon as L
from .option_lists import spell_out, unlabel

SPACES = re.compile(r"\s+")

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


# A chat spelling only as a whole word, never inside a path or a flag value.
_SLANG = re.compile(r"(?<![\w/.=-])(?:" + "|".join(
    re.escape(w) for w in sorted(L.SLANG, key=len, reverse=True)) + r")(?![\w/])", re.I)


# "containers + their sizes", "logs & timestamps": a sign alone between words is "and"
_AND_SIGN = re.compile(r"(?<=\s)[+&](?=\s)")
# "… whose name contains s17.": the sentence's full stop, never part of the last value
_FINAL_STOP = re.compile(r"(?<=[a-z0-9])\.+\s*$", re.I)
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


def _talk(text: str) -> str:
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


_QUOTES = str.maketrans(dict(zip("“”‘’`", "\"\"''\"")))
_IS = re.compile(r"\b(it|that|what|whatever|everything|anything|something|there|here|he|she|who|"
                 r"where|how)'s\b", re.I)
_POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])'s\b")
# "pricing's logs": an owner that reads as a verb form ("billing", "seeded") said as "logs of X"
_INFLECTED_LOGS = re.compile(r"\b([a-z][\w-]*(?:ing|ed))'s\s+(logs?)\b", re.I)
# "'scratchpad'" as well as "\"scratchpad\"": quotes around one name are only its marking
_QUOTED_WORD = re.compile(r"\"([\w.-]+)\"|(?<![\w'])'([\w.-]+)'(?![\w'])")
_BRACKETED = re.compile(r"\[([A-Za-z]{1,3})\](?=[A-Za-z])|(?<=[A-Za-z])\[([A-Za-z]{1,3})\]")
# "8444(안쪽은 443)", "8443 (inside 443)": the host port's container port said in brackets
_INSIDE_PORT = re.compile(r"(?<![\d.:])(\d{2,5})\s*\(\s*(?:안쪽|안|내부|컨테이너(?:\s*포트)?|inside|internal|container)"
                          r"(?:\s*port)?(?:은|는|에서는?|에선|쪽은)?\s*[:=]?\s*(\d{1,5})\s*\)", re.I)


def normalise(text: str) -> str:
    text = unlabel(unicodedata.normalize("NFKC", text).translate(_QUOTES))
    text = _IS.sub(r"\1 is", text)
    text = spell_out(_talk(text))
    text = _HOW_TO_LEAD.sub("", text)
    if "what" in text.lower():
        text = _ASK_AFTER.sub("", text, count=1)
    if "'s" in text:
        text = _POSSESSIVE.sub("", _INFLECTED_LOGS.sub(r"\2 of \1", text))
    text = _QUOTED_WORD.sub(lambda m: m.group(1) or m.group(2), text)
    text = _BRACKETED.sub(lambda m: m.group(1) or m.group(2), text)
    if "(" in text:
        text = _INSIDE_PORT.sub(r"\1:\2", text)
    text = _SLANG.sub(lambda m: L.SLANG[m.group().lower()], text)
    text = _AND_SIGN.sub("and", text)
    if text.endswith(".") or text.endswith(". "):
        text = _FINAL_STOP.sub("", text)
    return SPACES.sub(" ", text).strip()


def lower(text: str) -> str:
    """Lower case with every character kept in place (spans stay valid)."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:    # no letter grew (İ) or took context (Σ)
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def boundary(cue: str) -> str:
    pattern = re.escape(cue).replace(r"\ ", r"\s+")
    if cue[:1].isascii() and cue[:1].isalnum():
        pattern = r"(?<![a-z0-9_-])" + pattern
    if cue[-1:].isascii() and cue[-1:].isalnum():
        pattern += r"(?![a-z0-9_])"
    return pattern


_PHRASES: dict = {}


def phrases(words) -> re.Pattern:
    key = tuple(words)
    if key not in _PHRASES:
        _PHRASES[key] = re.compile("|".join(boundary(w) for w in sorted(words, key=len, reverse=True)))
    return _PHRASES[key]


def alt(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*")
                            for w in sorted(words, key=len, reverse=True)) + ")"


_EN_NUMBER = "(" + "|".join(sorted(map(re.escape, L.EN_NUMBERS), key=len, reverse=True)) + ")"
# A number word is a number before a unit ("fifty lines") or after a word that asks for a
# count ("max five"); elsewhere it may be a name or a pronoun ("the newest one").
# "the last one" is a pronoun, not a count
_NOT_COUNTS = {"one", "a", "an", "single", "double", "zero"}


def _after_any(words) -> str:
    """A lookbehind for any of ``words`` and one space (each lookbehind has one width)."""
    widths = sorted({len(w) for w in words})
    return "(?:" + "|".join(r"(?<=\b(?:" + "|".join(re.escape(w) for w in words if len(w) == n)
                            + r")\s)" for n in widths) + ")"


# After a count, the words up to an order word: "5 containers i spun up most recently",
# "three that were created last", "6 containers did we start most recently".
RECENT_AFTER = (r"\s+(?:containers?\s+|ones\s+)?(?:(?:that|which|did)\s+)?(?:(?:i|we|you)\s+)?"
                r"(?:(?:were|was|have\s+been|got)\s+)?(?:[a-z]+\s+(?:up\s+)?)?"
                r"(?:most\s+recent(?:ly)?|newest|latest|last)(?![a-z])")
_NUMBER_WORDS_EN = re.compile(
    r"(?<![\w:/.-])" + _EN_NUMBER + r"\s+(?=(?:" + "|".join(L.EN_UNIT_WORDS) + r")\b)"
    r"|" + _after_any(L.EN_COUNT_LEADS) + "(" + "|".join(sorted(
        (w for w in L.EN_NUMBERS if w.isalpha() and w not in _NOT_COUNTS), key=len, reverse=True))
    + r")(?![\w:/.-])"
    # "the three most recently created", "five newest": a count before an order word
    r"|\b(" + "|".join(sorted((w for w in L.EN_NUMBERS if w.isalpha() and w not in _NOT_COUNTS),
                             key=len, reverse=True))
    + r")(?=\s+oldest\b|" + RECENT_AFTER + ")", re.I)
_NUMBER_WORDS_KO = re.compile(r"(?<![가-힣])(" + "|".join(sorted(L.KO_NUMBERS, key=len, reverse=True))
                              + r")\s*(?=" + "|".join(L.KO_COUNTERS) + ")")
_ONCE_KO = re.compile(r"\s*번")

_KO_IMAGES = re.compile("(" + "|".join(sorted(map(re.escape, L.KO_IMAGE_NAMES), key=len, reverse=True))
                        + ")", re.I)


_EN_IMAGES = re.compile(r"(?<![\w./:-])(" + "|".join(L.EN_IMAGE_NAMES) + r")(?![\w/:-])", re.I)


# "노드20", "파이썬3.12": a version written right after a Hangul image name is its tag
_KO_VERSION = re.compile(r"(\d{1,2}(?:\.\d+){0,2})"
                         r"(?![\d.]|\s*(?:번|포트|개|초|분|시간|메가|기가|[mgk]b?\b))", re.I)


def _ko_image(m: re.Match) -> str:
    name = L.KO_IMAGE_NAMES[m.group(1).lower()]
    version = _KO_VERSION.match(m.string, m.end())
    return f"{name}:" if version else name


# "the hello world image": a hyphenated image's name said with a space, when "image" follows
# ("echo hello world" is a program's words)
_SPACED_IMAGES = re.compile(r"(?<![\w/.-])(" + "|".join(
    n.replace("-", r")[\s_](") for n in sorted(L.RUN_ONLY_IMAGES) if "-" in n)
    + r")(?=\s+(?:image|container)s?\b)", re.I)


def image_words(text: str) -> str:
    text = _EN_IMAGES.sub(lambda m: L.EN_IMAGE_NAMES[m.group().lower()], text)
    if " image" in text or " container" in text:
        text = _SPACED_IMAGES.sub(lambda m: "-".join(g for g in m.groups() if g), text)
    return _KO_IMAGES.sub(_ko_image, text)


_SMALL_WORD = "|".join(sorted((w for w, n in L.EN_NUMBERS.items() if w.isalpha()
                              and w not in _NOT_COUNTS and n.isdigit()), key=len, reverse=True))
# A run of number words with a scale in it ("eight thousand eighty"): plainly one number.
_SCALED = re.compile(r"\b(?:(?:" + _SMALL_WORD + r"|a)[\s-]+)*(?:thousand|hundred)(?:[\s-]+"
                     r"(?:and[\s-]+)?(?:" + _SMALL_WORD + r"|thousand|hundred))*\b", re.I)
_SCALES = {"hundred": 100, "thousand": 1000}


def _scaled_value(m: re.Match) -> str:
    total = current = 0
    for word in re.split(r"[\s-]+", m.group().lower()):
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word != "and":
            current += int(L.EN_NUMBERS.get(word, "1"))
    return str(total + current)


_DIGIT_WORD = "|".join(w for w, n in L.EN_NUMBERS.items() if w.isalpha() and len(n) == 1)
# "one and a half", "2 and a half": a whole number and a half; "one point five": a decimal
_AND_A_HALF = re.compile(r"(?<![\w.-])(\d+|" + _SMALL_WORD + r"|one|an?)\s+and\s+a\s+half\b", re.I)
_POINT = re.compile(r"(?<![\w.-])(\d+|" + _SMALL_WORD + r"|one|zero)\s+point\s+(\d|" + _DIGIT_WORD
                    + r")\b", re.I)


def _whole(word: str) -> str:
    return L.EN_NUMBERS.get(word.lower(), word)


def number_words(text: str) -> str:
    """"fifty lines" → "50 lines", "세 줄" → "3 줄", "last hour" → "last 1 hour",
    "eight thousand eighty" → "8080", "one and a half" → "1.5"."""
    text = _SCALED.sub(_scaled_value, text)
    text = _AND_A_HALF.sub(lambda m: _whole(m.group(1)) + ".5", text)
    text = _POINT.sub(lambda m: f"{_whole(m.group(1))}.{_whole(m.group(2))}", text)
    text = re.sub(r"\b(last|past|previous)\s+(hour|minute|day|second)\b", r"\1 1 \2", text,
                  flags=re.I)
    text = _HOUR_AND_A_HALF.sub("90 minutes", text)
    text = _HALF_HOUR.sub("30 minutes", text)
    text = _QUARTER_HOUR.sub("15 minutes", text)
    text = _GRACE_BEFORE.sub(_grace_seconds, text)
    text = _GRACE_AFTER.sub(lambda m: f"{m.group(1)} of {_grace_number(m.group(2))} seconds", text)
    text = _NUMBER_WORDS_EN.sub(_en_number, text)
    return _NUMBER_WORDS_KO.sub(_ko_number, text)


# "the last half hour", "half an hour", "an hour and a half", "a quarter of an hour"
_HOUR_AND_A_HALF = re.compile(r"\b(?:an|one|1)\s+hour\s+and\s+a\s+half\b", re.I)
_HALF_HOUR = re.compile(r"\b(?:a\s+)?half(?:\s+of)?(?:\s+an?)?[\s-]+hour\b", re.I)
_QUARTER_HOUR = re.compile(r"\b(?:a\s+)?quarter(?:\s+of)?(?:\s+an?)?[\s-]+hour\b", re.I)
# "a second name" is an ordinal; "a second or two", "one second timeout" are durations
_ORDINAL_SECOND = re.compile(r"second\s+(?!(?:or|and|of|to|for|ago|later|before|after|each|"
                             r"per|timeout|delay|grace|wait|between)\b)[a-z]", re.I)


# "zero grace period", "no grace", "5 timeout", "a timeout of zero": seconds without the unit
_GRACE = r"(grace(?:\s+period)?|time-?out|wait(?:ing)?\s+time)"
_GRACE_BEFORE = re.compile(r"\b(zero|\d+|no(?=[\s-]+grace))[\s-]+(?=" + _GRACE + r"\b)", re.I)
_GRACE_AFTER = re.compile(r"\b" + _GRACE + r"\s+(?:of\s+)?(zero|\d+)\b(?!\s*(?:s\b|secs?\b|seconds?\b|"
                          r"m\b|mins?\b|minutes?\b|ms\b))", re.I)


def _grace_number(word: str) -> str:
    return "0" if word.lower() in ("zero", "no") else word


def _grace_seconds(m: re.Match) -> str:
    return _grace_number(m.group(1)) + " seconds "


def _en_number(m: re.Match) -> str:
    if m.group(1) and _ORDINAL_SECOND.match(m.string, m.end()):
        return m.group()
    if m.group(1):
        return L.EN_NUMBERS[m.group(1).lower()] + " "
    return L.EN_NUMBERS[(m.group(2) or m.group(3)).lower()]


def _ko_number(m: re.Match) -> str:
    # "한 번 쓰고 버릴" means "once, throwaway", not a count of one
    if m.group(1) == "한" and _ONCE_KO.match(m.string, m.end()):
        return m.group()
    return L.KO_NUMBERS[m.group(1)] + " "

"""Another tool's command given as the request: ``podman run -d -p 6380:6379 redis``, "kubectl
get pods but for docker", "kubectl logs -f equivalent for the container api", "docker-compose
logs -f web". Podman's and nerdctl's CLI is docker's; kubectl's pod verbs and compose's container
verbs have a docker counterpart for one container. The text becomes that docker command, without
the words that only say "in docker"."""
from __future__ import annotations

import re

_TOOLS = ("podman", "nerdctl", "kubectl", "compose")
_CONTAINER_VERBS = r"ps|logs|restart|stop|start|exec|kill|top|pause|unpause|rm|port"
_SAME_CLI = re.compile(
    r"\b(?:(?:podman|nerdctl)\s+(?=(?:" + _CONTAINER_VERBS + r"|run|pull|images|build|inspect|stats|cp"
    r"|attach)\b)|docker[- ]compose\s+(?=(?:" + _CONTAINER_VERBS + r")\b))", re.I)
_POD = r"\s+(?:pods?|po)\b"
_KUBECTL = re.compile(rf"\bkubectl\s+(get{_POD}|top{_POD}|delete{_POD}|describe{_POD}"
                      r"|logs\b|exec\b|attach\b|cp\b)", re.I)
_KUBE_VERBS = {"get": "ps", "top": "stats", "delete": "rm", "describe": "inspect"}
# kubectl exec's "--" before the command: docker takes the command as it is
_DASHES = re.compile(r"(?<=\s)--\s+(?=\S)")
# "but for docker", "equivalent (of)", "… 도커로 하면?", "for the container <name>": what the
# command means in docker is the command itself
_IN_DOCKER = re.compile(
    r"[\s,]*\b(?:but\s+)?(?:for|in|with|using|on)\s+docker\b|[\s,]*\b(?:the\s+)?(?:docker\s+)?"
    r"(?:equivalent|counterpart)\b(?:\s+(?:of|to))?"
    r"|(?:\s+(?:[을를]|같은|거|것))*\s*도커[가-힣]*(?:\s+[가-힣]+)*[\s?]*$"
    r"|\b(?:for|of|on|in)\s+(?:the\s+)?(?:container|pod)\s+(?=[\w-])", re.I)


def as_docker(text: str) -> tuple[str, str | None]:
    """``text`` with another tool's command said as the docker one, and that tool's name
    (``text`` and None without one)."""
    low = text.lower()
    if not any(tool in low for tool in _TOOLS):
        return text, None
    found = [m for m in (_SAME_CLI.search(text), _KUBECTL.search(text)) if m]
    if not found:
        return text, None
    first = min(found, key=lambda m: m.start())
    tool = first.group().split()[0]
    # "what's the docker equivalent of `podman ps -a`?": the question around it is not the command
    out = _KUBECTL.sub(_kubectl_verb, _SAME_CLI.sub("docker ", text[first.start():]))
    if "kubectl" in low:
        out = _DASHES.sub("", out)
    return _IN_DOCKER.sub("", out).strip(" `'\"?."), tool


def _kubectl_verb(m: re.Match) -> str:
    verb = m.group(1).split()[0].lower()
    return "docker " + _KUBE_VERBS.get(verb, verb)

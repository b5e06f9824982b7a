""""Did you mean …?": close matches through rapidfuzz, from the grammar and known names."""
from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from . import grammar
from .lexicon import NAMESPACED_IMAGES

# Common official images a learner types; the sandbox itself offers fewer (runtime.policy).
IMAGE_CATALOGUE = ("hello-world", "busybox", "nginx", "redis", "debian", "ubuntu", "alpine",
                   "httpd", "postgres", "mysql", "mariadb", "mongo", "node", "python", "golang",
                   "openjdk", "php", "ruby", "rabbitmq", "memcached", "traefik", "registry",
                   "wordpress", "centos", "fedora", "elasticsearch", "haproxy", "caddy", "tomcat")


def closest(word: str, choices, cutoff: float = 0.6) -> str | None:
    """The choice nearest to ``word`` by edit distance (a swap of two letters counts once)."""
    choices = [c for c in choices if c]
    if not word or not choices:
        return None
    found = process.extractOne(word, choices, scorer=DamerauLevenshtein.normalized_similarity,
                               score_cutoff=cutoff)
    return found[0] if found else None


def tied(word: str, choices, cutoff: float = 0.6) -> list[str]:
    """Every choice as near to ``word`` as the nearest one, in the order given."""
    found = process.extract(word, [c for c in choices if c], limit=None, score_cutoff=cutoff,
                            scorer=DamerauLevenshtein.normalized_similarity)
    best = max((score for _, score, _ in found), default=None)
    return [choice for choice, score, _ in sorted(found, key=lambda f: f[2]) if score == best]


def subcommand(words: str) -> str | None:
    spellings = grammar.all_spellings()
    first = (words.split() or [""])[0]
    return closest(words, spellings) or closest(first, spellings)


def flag(command: grammar.Command, name: str) -> str | None:
    found = closest(name, list(command.by_long), cutoff=0.6)
    return f"--{found}" if found else None


def shorthand(command: grammar.Command, letter: str) -> str | None:
    lower = command.by_short.get(letter.lower()) or command.by_short.get(letter.upper())
    return f"-{lower.short}" if lower else None


def image(name: str) -> str | None:
    repo = name.split(":")[0].split("@")[0]
    if repo in IMAGE_CATALOGUE or repo in NAMESPACED_IMAGES:
        return None
    # "vaultwarden/sever": a namespaced name only near a well-known one
    found = closest(repo, NAMESPACED_IMAGES, 0.85) if "/" in repo else closest(repo, IMAGE_CATALOGUE, 0.6)
    return name.replace(repo, found, 1) if found else None


def container(name: str, known: list[str]) -> str | None:
    if not known or name in known:
        return None
    return closest(name, known, cutoff=0.6)

"""The explainer pages: their index (by language and section) and full-text search.

Pages are Markdown files in ``content/<lang>/<slug>.md`` with front matter (title, summary,
section, order, keywords, related). They are part of the code, read-only at run time, so the
index is built once per process, at first use, into an **in-memory SQLite** database (sqlite-utils)
with a trigram FTS5 table: no migration, nothing to keep in step with the app database, and no
write lock shared with history. Queries of three characters or more use FTS5 (trigram, so
Korean works without a word splitter); shorter ones fall back to ``LIKE``.
"""
from __future__ import annotations

import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import cache

import sqlite_utils

CONTENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "content")
LANGS = ("en", "ko")
SECTIONS = ("concepts", "commands")
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


@dataclass(frozen=True)
class Page:
    slug: str
    lang: str
    title: str
    summary: str
    section: str
    order: int
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    body: str = field(repr=False)        # the Markdown after the front matter
    source: str = field(repr=False)      # the whole file, served at /learn/<slug>.md


def parse(text: str, slug: str, lang: str) -> Page:
    match = _FRONT.match(text)
    meta = {}
    for line in (match.group(1).splitlines() if match else []):
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    return Page(slug=slug, lang=lang, title=meta.get("title", slug),
                summary=meta.get("summary", ""), section=meta.get("section", "concepts"),
                order=int(meta.get("order", "999") or 999), keywords=_list(meta.get("keywords")),
                related=_list(meta.get("related")), body=text[match.end():] if match else text,
                source=text)


def _list(value: str | None) -> tuple[str, ...]:
    items = (value or "").strip().strip("[]").split(",")
    return tuple(i.strip().strip("'\"") for i in items if i.strip())


@cache
def pages() -> dict[tuple[str, str], Page]:
    """Every page, keyed by (lang, slug)."""
    found = {}
    for lang in LANGS:
        folder = os.path.join(CONTENT, lang)
        for name in sorted(os.listdir(folder)):
            slug, ext = os.path.splitext(name)
            if ext == ".md" and SLUG.match(slug):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    found[(lang, slug)] = parse(f.read(), slug, lang)
    return found


def get(slug: str, lang: str) -> Page | None:
    """The page in ``lang``, else in the other language, else None."""
    if not SLUG.match(slug or ""):
        return None
    return pages().get((lang, slug)) or next(
        (p for (l, s), p in pages().items() if s == slug), None)


def sections(lang: str) -> list[tuple[str, list[Page]]]:
    """The index: (section, pages in order) for each section that has pages."""
    listed = [p for (l, _), p in pages().items() if l == lang]
    grouped = []
    for section in SECTIONS + tuple(sorted({p.section for p in listed} - set(SECTIONS))):
        members = sorted((p for p in listed if p.section == section), key=lambda p: (p.order, p.slug))
        if members:
            grouped.append((section, members))
    return grouped


def related(page: Page) -> list[Page]:
    return [p for p in (get(slug, page.lang) for slug in page.related) if p]


def summaries(lang: str) -> dict[str, dict]:
    """slug → title and summary, for the chat's concept answers."""
    return {s: {"title": p.title, "summary": p.summary}
            for (l, s), p in pages().items() if l == lang}


# --- search ---------------------------------------------------------------------------------

_lock = threading.Lock()


@cache
def _index() -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(":memory:", check_same_thread=False))
    db["learn_pages"].insert_all(
        ({"id": f"{p.lang}/{p.slug}", "slug": p.slug, "lang": p.lang, "title": p.title,
          "summary": p.summary, "keywords": " ".join(p.keywords), "body": p.body}
         for p in pages().values()), pk="id")
    db["learn_pages"].enable_fts(["title", "summary", "keywords", "body"], tokenize="trigram")
    return db


def search(query: str, lang: str, limit: int = 20) -> list[Page]:
    """Pages in ``lang`` matching every word of ``query``, best first (titles weigh most)."""
    words = query.replace("\x00", " ").split()[:10]
    if not words:
        return []
    with _lock:
        db = _index()
        if min(len(w) for w in words) >= 3:      # trigram FTS5 needs 3 characters a word
            slugs = [row["slug"] for row in db.query(_FTS, {
                "q": db.quote_fts(" ".join(words)), "raw": " ".join(words), "lang": lang,
                "limit": limit})]
        else:
            slugs = _like(db, words, lang)[:limit]
    return [p for p in (get(s, lang) for s in slugs) if p]


_FTS = """select p.slug from learn_pages p join learn_pages_fts f on p.rowid = f.rowid
where learn_pages_fts match :q and p.lang = :lang
order by lower(p.title) != lower(:raw), instr(lower(p.title), lower(:raw)) = 0, bm25(learn_pages_fts, 10.0, 4.0, 6.0, 1.0)
limit :limit"""


def _like(db, words: list[str], lang: str) -> list[str]:
    """Short words (under 3 characters): a LIKE scan, ranked by where the words are found."""
    where, args = ["lang = :lang"], {"lang": lang}
    for i, word in enumerate(words):
        args[f"w{i}"] = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
        where.append("(" + " or ".join(f"{c} like :w{i} escape '\\'" for c in _COLUMNS) + ")")
    rows = db["learn_pages"].rows_where(" and ".join(where), args)
    return [r["slug"] for r in sorted(rows, key=lambda r: (-_score(r, words), r["slug"]))]


_COLUMNS = ("title", "summary", "keywords", "body")
_WEIGHTS = dict(zip(_COLUMNS, (10, 4, 6, 1)))


def _score(row: dict, words: list[str]) -> int:
    return sum(weight for column, weight in _WEIGHTS.items() for w in words
               if w.lower() in (row[column] or "").lower())

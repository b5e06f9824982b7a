"""Output shaped like the docker CLI's: tables, human durations and sizes, ``--format`` templates.

Pure functions over plain dicts (rows); no engine calls.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone

_FIELD = re.compile(r"\{\{\s*(json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}")


def human_duration(seconds: float) -> str:
    """Go's units.HumanDuration, the wording of ``docker ps`` and ``docker images``."""
    s = int(seconds)
    minutes, hours, days = s // 60, s // 3600, s // 86400
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return f"{s} seconds"
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return f"{minutes} minutes"
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return f"{hours} hours"
    if hours < 24 * 7 * 2:
        return f"{days} days"
    if hours < 24 * 30 * 2:
        return f"{days // 7} weeks"
    if hours < 24 * 365 * 2:
        return f"{days // 30} months"
    return f"{days // 365} years"


def human_size(size: float) -> str:
    """Go's units.HumanSize: decimal units, 3 significant digits (``4.26MB``)."""
    units = ["B", "kB", "MB", "GB", "TB", "PB"]
    i = 0
    while size >= 1000 and i < len(units) - 1:
        size /= 1000.0
        i += 1
    return f"{size:.3g}{units[i]}"


def parse_time(text: str) -> float:
    """An engine timestamp (RFC 3339 with nanoseconds) as a Unix time."""
    text = re.sub(r"(\.\d{6})\d*", r"\1", text.replace("Z", "+00:00"))
    return datetime.fromisoformat(text).timestamp()


def created_at(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded like Go's tabwriter(minwidth 10, padding 3), as docker prints them."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = []
    for cells in [headers] + rows:
        padded = [c.ljust(max(w + 3, 10)) for c, w in zip(cells[:-1], widths)]
        lines.append(("".join(padded) + cells[-1]).rstrip())
    return "\n".join(lines) + "\n"


def render_rows(rows: list[dict], template: str | None, default_columns: list[tuple[str, str]]) -> str:
    """Rows as docker prints them: the default table, or a ``--format`` Go template."""
    if template is None or template == "table":
        return table([h for h, _ in default_columns],
                     [[str(r.get(f, "")) for _, f in default_columns] for r in rows])
    if template == "json" or template.strip() == "{{json .}}":
        return "".join(json.dumps(r) + "\n" for r in rows)
    if template.startswith("table"):
        spec = template[len("table"):].strip().replace("\\t", "\t")
        headers = [_header(cell) for cell in spec.split("\t")]
        return table(headers, [_fill(spec, r).split("\t") for r in rows])
    template = template.replace("\\t", "\t").replace("\\n", "\n")
    return "".join(_fill(template, r) + "\n" for r in rows)


def _fill(template: str, row: dict) -> str:
    def field(match):
        value = _lookup(row, match.group(2))
        if match.group(1) or isinstance(value, (dict, list)):
            return json.dumps(value)
        if isinstance(value, bool):
            return str(value).lower()
        return "<no value>" if value is None else str(value)
    return _FIELD.sub(field, template)


def _lookup(row, path: str):
    """``.Config.Image``-style field paths, as Go templates walk them."""
    value = row
    for name in filter(None, path.split(".")):
        if not isinstance(value, dict) or name not in value:
            return None
        value = value[name]
    return value


def _header(cell: str) -> str:
    """docker's header for a template column: ``{{.RunningFor}}`` → ``CREATED``-style upper case."""
    names = {"ID": "CONTAINER ID", "RunningFor": "CREATED", "CreatedSince": "CREATED",
             "Names": "NAMES", "Repository": "REPOSITORY"}
    def one(match):
        name = match.group(2).split(".")[-1]
        return names.get(name, re.sub(r"(?<!^)(?=[A-Z])", " ", name).upper())
    return _FIELD.sub(one, cell).strip()

"""Turn report documents into text, Markdown and CSV for people and spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

from auditor import i18n
from auditor.findings import N_
from auditor.rules import RULES

_MARK = {"pass": "✓", "partial": "~", "fail": "✗", "unknown": "?"}
# The words the text report shows beside each mark, translated through the catalogs.
STATUS_WORDS = {
    "pass": N_("pass"),
    "partial": N_("partial"),
    "fail": N_("fail"),
    "unknown": N_("not checked"),
}
# NOTE: keep in sync with the Markdown table's columns below.
_COLUMNS = (N_("Criterion"), N_("Points"), N_("Measured"), N_("Aim"), N_("Advice"))


def _points(value: float, lang: str) -> str:
    """Points as the language writes numbers (16, 1.5 / 1,5)."""
    return i18n.format_number(value, lang)


def _who(profile: dict[str, Any]) -> str:
    """Whom a report is about: the member's name, else the vanity, else "?"."""
    return str(profile.get("name") or profile.get("vanity") or "?")


def text(doc: dict[str, Any], path: str | None = None) -> str:
    """A plain-text report of one audit document."""
    lang = doc["language"]
    profile = doc["profile"]
    who = _who(profile)
    lines = [f"{path}: {who}" if path else who]
    lines.append(f"  {doc['summary']}")
    lines.append(f"  ({doc['estimate_of']})")
    sources = profile.get("sources") or []
    if len(sources) > 1:
        used = ", ".join(f"{s['page']} ({s['kind']})" for s in sources)
        lines.append("  " + i18n.gettext("Pages used:", lang) + " " + used)
    if doc.get("merge_note"):
        lines.append(f"  {doc['merge_note']}")
    words = {status: i18n.gettext(word, lang) for status, word in STATUS_WORDS.items()}
    width = max(len(word) for word in words.values())
    for c in doc["criteria"]:
        score = f"{_points(c['points'], lang)}/{c['max_points']}"
        status = f"{_MARK[c['status']]} {words[c['status']]:<{width}}"
        lines.append(f"  {status}  {c['title']:<20} {score:>7}  {c['measured']}")
        if c["status"] != "pass":
            lines.append(f"      → {c['advice']}")
    if doc["next_steps"]:
        lines.append("  " + i18n.gettext("Fix first:", lang))
        for number, step in enumerate(doc["next_steps"][:3], 1):
            gain = _points(step["gain"], lang)
            lines.append(f"    {number}. (+{gain}) {step['advice']}")
    checklist = "  ".join(f"{_MARK_CHECK[i['status']]} {i['title']}" for i in doc["checklist"])
    # Outside the f-string: Babel does not extract calls inside f-strings.
    label = i18n.gettext("LinkedIn checklist:", lang)
    lines.append(f"  {label} {checklist}")
    return "\n".join(lines)


_MARK_CHECK = {"done": "✓", "missing": "✗", "unknown": "?"}


def markdown(doc: dict[str, Any], path: str | None = None) -> str:
    """A Markdown report of one audit document."""
    lang = doc["language"]
    heading = f"## {_who(doc['profile'])}" + (f" (`{path}`)" if path else "")
    rows = [
        heading,
        "",
        f"**{doc['summary']}**  ",
        f"_{doc['estimate_of']}_",
        "",
        "| | " + " | ".join(i18n.gettext(column, lang) for column in _COLUMNS) + " |",
        "|---|---|---|---|---|---|",
    ]
    for c in doc["criteria"]:
        cells = [
            _MARK[c["status"]],
            c["title"],
            f"{_points(c['points'], lang)} / {c['max_points']}",
            c["measured"],
            c["threshold"],
            c["advice"],
        ]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(rows) + "\n"


# One row per report: ``file`` is the file reported (a merge's profile page), ``pages``
# every file used for it, separated by "; ".
CSV_FIELDS = [
    "file",
    "pages",
    "vanity",
    "name",
    "score",
    "unknown_points",
    *RULES,
    "unknown",
    "error",
]


def csv_header() -> str:
    """The CSV team report's header line."""
    return _csv_line(CSV_FIELDS)


def csv_row(
    path: str,
    doc: dict[str, Any] | None,
    error: str | None = None,
    files: list[str] | None = None,
) -> str:
    """One CSV line: a member's score and the points of each criterion, and the files
    used (``files``, default: ``path`` alone); or a file's error."""
    pages = "; ".join(files or [path])
    if doc is None:
        return _csv_line([path, pages, "", "", "", "", *("" for _ in RULES), "", error or ""])
    points = {c["id"]: c["points"] for c in doc["criteria"]}
    unknown = " ".join(c["id"] for c in doc["criteria"] if c["unknown_points"] > 0)
    profile = doc["profile"]
    return _csv_line(
        [
            path,
            pages,
            profile.get("vanity") or "",
            profile.get("name") or "",
            doc["score"],
            doc["unknown_points"],
            *(points.get(rule_id, "") for rule_id in RULES),
            unknown,
            "",
        ]
    )


def _csv_line(values: list[Any]) -> str:
    """One CSV record, quoted as the csv module does (no trailing newline)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(values)
    return buffer.getvalue()

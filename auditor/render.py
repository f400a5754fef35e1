"""Turn report documents into text, Markdown and CSV for people and spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

from auditor import report_i18n
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
# NOTE: keep in sync with the Markdown table's cells below.
_COLUMNS = (
    N_("Criterion"),
    N_("Points"),
    N_("Measured"),
    N_("Aim"),
    N_("Advice"),
    N_("Source"),
)


def _points(value: float, lang: str) -> str:
    """Points as the language writes numbers (16, 1.5 / 1,5)."""
    return report_i18n.format_number(value, lang)


def _gain(gain: float, lang: str) -> str:
    """The points a step can win, in the language's plural: "+1 point", "+1.5 points"."""
    template = report_i18n.ngettext("+{n} point", "+{n} points", gain, lang)
    return template.format(n=_points(gain, lang))


def _steps(doc: dict[str, Any]) -> list[str]:
    """The first three next steps: "Skills (+2 points): Add 9 more skills …"."""
    lang = doc["language"]
    titles = {c["id"]: c["title"] for c in doc["criteria"]}
    return [
        f"{titles.get(step['id'], step['id'])} ({_gain(step['gain'], lang)}): {step['advice']}"
        for step in doc["next_steps"][:3]
    ]


def _checklist(doc: dict[str, Any]) -> str:
    """LinkedIn's checklist on one line: "✓ Profile photo  ✗ Location  ? Industry"."""
    return "  ".join(f"{_MARK_CHECK[i['status']]} {i['title']}" for i in doc["checklist"])


def _who(profile: dict[str, Any]) -> str:
    """Whom a report is about: the member's name, else the vanity, else "?"."""
    return str(profile.get("name") or profile.get("vanity") or "?")


def text(doc: dict[str, Any], path: str | None = None) -> str:
    """A plain-text report of one audit document.

    Each criterion shows what README promises: what was measured, the aim (threshold),
    one line of advice and the source of the threshold; then what to fix first and
    LinkedIn's own checklist.
    """
    lang = doc["language"]
    profile = doc["profile"]
    who = _who(profile)
    lines = [f"{path}: {who}" if path else who]
    lines.append(f"  {doc['summary']}")
    lines.append(f"  ({doc['estimate_of']})")
    sources = profile.get("sources") or []
    if len(sources) > 1:
        used = ", ".join(f"{s['page']} ({s['kind']})" for s in sources)
        lines.append("  " + report_i18n.gettext("Pages used:", lang) + " " + used)
    if doc.get("merge_note"):
        lines.append(f"  {doc['merge_note']}")
    words = {status: report_i18n.gettext(word, lang) for status, word in STATUS_WORDS.items()}
    width = max(len(word) for word in words.values())
    aim = report_i18n.gettext("Aim:", lang)
    source = report_i18n.gettext("Source:", lang)
    for c in doc["criteria"]:
        score = f"{_points(c['points'], lang)}/{c['max_points']}"
        status = f"{_MARK[c['status']]} {words[c['status']]:<{width}}"
        lines.append(f"  {status}  {c['title']:<20} {score:>7}  {c['measured']}")
        lines.append(f"      {aim} {c['threshold']}")
        lines.append(f"      → {c['advice']}")
        lines.append(f"      {source} {c['source']}")
    if doc["next_steps"]:
        lines.append("  " + report_i18n.gettext("Fix first:", lang))
        lines += [f"    {number}. {step}" for number, step in enumerate(_steps(doc), 1)]
    # Outside the f-string: Babel does not extract calls inside f-strings.
    label = report_i18n.gettext("LinkedIn checklist:", lang)
    lines.append(f"  {label} {_checklist(doc)}")
    return "\n".join(lines)


_MARK_CHECK = {"done": "✓", "missing": "✗", "unknown": "?"}


def markdown(doc: dict[str, Any], path: str | None = None) -> str:
    """A Markdown report of one audit document: the criteria table, fix first, checklist."""
    lang = doc["language"]
    heading = f"## {_who(doc['profile'])}" + (f" (`{path}`)" if path else "")
    rows = [
        heading,
        "",
        f"**{doc['summary']}**  ",
        f"_{doc['estimate_of']}_",
        "",
        "| | " + " | ".join(report_i18n.gettext(column, lang) for column in _COLUMNS) + " |",
        "|" + "---|" * (len(_COLUMNS) + 1),
    ]
    for c in doc["criteria"]:
        cells = [
            _MARK[c["status"]],
            c["title"],
            f"{_points(c['points'], lang)} / {c['max_points']}",
            c["measured"],
            c["threshold"],
            c["advice"],
            c["source"],
        ]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    if doc["next_steps"]:
        rows += ["", "**" + report_i18n.gettext("Fix first:", lang) + "**", ""]
        rows += [f"{number}. {step}" for number, step in enumerate(_steps(doc), 1)]
    label = report_i18n.gettext("LinkedIn checklist:", lang)
    rows += ["", f"**{label}** {_checklist(doc)}"]
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
    # One decimal, as every report shows an estimate (16.42 -> 16.4); the JSON keeps two.
    points = {c["id"]: report_i18n.one_decimal(c["points"]) for c in doc["criteria"]}
    unknown = " ".join(c["id"] for c in doc["criteria"] if c["unknown_points"] > 0)
    profile = doc["profile"]
    return _csv_line(
        [
            path,
            pages,
            profile.get("vanity") or "",
            profile.get("name") or "",
            report_i18n.one_decimal(doc["score"]),
            report_i18n.one_decimal(doc["unknown_points"]),
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

"""Score the brand pillar: run the rules over the facts, weigh them, explain the result.

The weights live here, apart from the rules (as Lighthouse keeps ``auditRefs`` apart
from its audits), so they can be tuned with a reason without touching a rule.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel
from pydantic import ConfigDict

from auditor import report_i18n
from auditor.findings import N_
from auditor.findings import Message
from auditor.findings import Status
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.model import PageKind
from auditor.model import Profile
from auditor.rules import RULES
from auditor.version import __version__

# 2: ``details_pages`` and ``merge_note``, ``profile.sources``; a document may merge pages.
SCHEMA_VERSION = 2
MAX_SCORE = 25

# Points per criterion; they add up to the pillar's 25 points.
WEIGHTS: dict[str, int] = {
    "photo": 3,  # both articles; LinkedIn's profile-level meter
    "headline": 3,  # Dutch article: headline other than the job title
    "about": 4,  # Dutch article: extensive summary; About limit 2,600 characters
    "current-position": 3,  # Dutch article: described, linked to the company page
    "skills": 5,  # Dutch article: minimum 8, preferably over 20
    "endorsements": 2,  # LinkedIn: the brand pillar counts endorsements received
    "recommendations": 3,  # Dutch article: at least 3
    "publishing": 2,  # both articles; LinkedIn: articles published
}


class Criterion(BaseModel):
    """One criterion of the brand pillar, measured and explained."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    status: Status
    points: float
    max_points: int
    unknown_points: float  # points that depend on facts this page does not show
    value: int | float | bool | str | None
    measured: str
    threshold: str
    advice: str
    source: str


class ChecklistStatus(StrEnum):
    """An item of LinkedIn's profile-completeness checklist."""

    DONE = "done"
    MISSING = "missing"
    UNKNOWN = "unknown"


class ChecklistItem(BaseModel):
    """One item of LinkedIn's own profile-completeness checklist."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    status: ChecklistStatus


class NextStep(BaseModel):
    """What to fix, with the points it can win."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    advice: str
    gain: float


class DetailsPage(BaseModel):
    """One of the member's own details pages that would make unknown scored facts known."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    section: Literal["skills", "recommendations", "experience"]
    path: str  # /in/<vanity>/details/<section>/
    facts: list[str]  # the unknown facts that page states
    reason: str  # one sentence for the member, in the report's language


class Report(BaseModel):
    """The audit document: the CLI's JSON output and the server's answer are this."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: int = SCHEMA_VERSION
    tool: str = "profile-auditor"
    version: str
    language: str
    estimate_of: str  # says it is an estimate of the brand pillar, never "your SSI"
    score: float
    max_score: int = MAX_SCORE
    unknown_points: float
    summary: str
    criteria: list[Criterion]
    next_steps: list[NextStep]
    checklist: list[ChecklistItem]
    details_pages: list[DetailsPage] = []  # empty unless a logged-in profile page left them
    merge_note: str | None = None  # why a page was audited alone instead of merged
    profile: Profile


def _round(points: float) -> float:
    """Points to two decimals (thirds stay readable)."""
    return round(points + 1e-9, 2)


# What to do about a criterion a page of this kind cannot show (the rules' own advice,
# "did not load: scroll and audit again", is for the member's profile page).
_UNKNOWN_ADVICE = {
    PageKind.PUBLIC_PROFILE: msg(
        "Logged-out visitors do not see this part: audit your profile while signed in to LinkedIn."
    ),
    PageKind.DETAILS: msg(
        "This page shows one section of the profile: audit the main profile page for this."
    ),
    PageKind.ACTIVITY: msg(
        "This page shows one section of the profile: audit the main profile page for this."
    ),
}


def criteria(profile: Profile, lang: str = report_i18n.SOURCE_LANGUAGE) -> list[dict[str, Any]]:
    """Run every rule on the facts and weigh its finding (Criterion fields, as a dict)."""
    result = []
    elsewhere = _UNKNOWN_ADVICE.get(profile.kind)
    for rule_id, rule in RULES.items():
        finding = rule.check(profile)
        weight = WEIGHTS[rule_id]
        advice = finding.advice
        if elsewhere is not None and finding.status is Status.UNKNOWN:
            # "Scroll and audit again" cannot help on a page that never shows this part.
            advice = elsewhere
        result.append(
            {
                "id": rule_id,
                "title": report_i18n.gettext(rule.TITLE, lang),
                "status": finding.status,
                "points": _round(weight * finding.earned),
                "max_points": weight,
                "unknown_points": _round(weight * finding.unchecked),
                "value": finding.value,
                "measured": report_i18n.render(finding.measured, lang),
                "threshold": report_i18n.gettext(rule.THRESHOLD, lang),
                "advice": report_i18n.render(advice, lang),
                "source": report_i18n.gettext(rule.SOURCE, lang),
            }
        )
    return result


def checklist(profile: Profile, lang: str = report_i18n.SOURCE_LANGUAGE) -> list[dict[str, Any]]:
    """LinkedIn's profile-completeness checklist, from the facts this page shows."""
    about = profile.about.characters > 0 if profile.about is not None else None
    position = (
        True
        if profile.current_position is not None
        else (False if profile.positions == 0 else None)
    )
    location = bool(profile.location) if profile.location is not None else None
    education = profile.education > 0 if profile.education is not None else None
    skills = profile.skills_total >= 5 if profile.skills_total is not None else None
    items: list[tuple[str, str, bool | None]] = [
        ("photo", N_("Profile photo"), profile.photo),
        ("location", N_("Location"), location),
        ("industry", N_("Industry"), True if profile.industry else None),
        ("education", N_("Education"), education),
        ("position", N_("Current position"), position),
        ("skills", N_("At least 5 skills"), skills),
        ("summary", N_("Summary (About)"), about),
    ]
    return [
        {
            "id": item_id,
            "title": report_i18n.gettext(title, lang),
            "status": ChecklistStatus.UNKNOWN
            if done is None
            else (ChecklistStatus.DONE if done else ChecklistStatus.MISSING),
        }
        for item_id, title, done in items
    ]


# Which details page states the facts behind an unknown criterion, and why to visit it.
_DETAILS_FOR: tuple[tuple[str, str, Message], ...] = (
    (
        "skills",
        "skills",
        msg("The total of your skills and their endorsements are on your Skills page."),
    ),
    (
        "endorsements",
        "skills",
        msg("The total of your skills and their endorsements are on your Skills page."),
    ),
    (
        "recommendations",
        "recommendations",
        msg("The recommendations you received are counted on your Recommendations page."),
    ),
    (
        "current-position",
        "experience",
        msg("Your current position's description and company link are on your Experience page."),
    ),
)
# The facts of each criterion a details page states: first the one the criterion reads
# (named even when partly known: endorsement counts, a description), then any other
# fact of the section that is unknown.
_CRITERION_FACTS = {
    "skills": ("skills_total",),
    "endorsements": ("skills",),
    "recommendations": ("recommendations_received",),
    "current-position": ("current_position", "positions"),
}


def details_pages(
    profile: Profile, found: list[dict[str, Any]], lang: str = report_i18n.SOURCE_LANGUAGE
) -> list[dict[str, Any]]:
    """The member's own details pages that would make this report's unknown points known.

    Only for a logged-in profile page with a known /in/ vanity: a details page of the
    public profile, or of a page that is itself a details page, is no use to ask for.
    ``found`` is ``criteria(profile)``; a section is named when one of its criteria has
    unknown points, with the facts of those criteria that are unknown.
    """
    vanity = profile.vanity
    if profile.kind is not PageKind.PROFILE or not vanity or vanity.startswith("/pub/"):
        return []
    unknown_criteria = {c["id"] for c in found if c["unknown_points"] > 0}
    pages: dict[str, dict[str, Any]] = {}
    for criterion, section, reason in _DETAILS_FOR:
        if criterion not in unknown_criteria:
            continue
        page = pages.setdefault(
            section,
            {
                "section": section,
                "path": f"/in/{quote(vanity, safe='')}/details/{section}/",
                "facts": [],
                "reason": report_i18n.render(reason, lang),
            },
        )
        main, *others = _CRITERION_FACTS[criterion]
        # The criterion's own fact is named even when partly known (counts, a description).
        for fact in (main, *(other for other in others if other in profile.unknown)):
            if fact not in page["facts"]:
                page["facts"].append(fact)
    return list(pages.values())


def score(
    profile: Profile, lang: str = report_i18n.SOURCE_LANGUAGE, note: Message | None = None
) -> Report:
    """The full report of a profile's facts; ``note`` says why a page was not merged."""
    found = criteria(profile, lang)
    total = _round(sum(c["points"] for c in found))
    unknown = _round(sum(c["unknown_points"] for c in found))

    def gain(c: dict[str, Any]) -> float:
        return _round(c["max_points"] - c["points"] - c["unknown_points"])

    steps = sorted((c for c in found if gain(c) > 0.001), key=lambda c: -gain(c))
    # One validation of the whole document, rather than building its ~20 nested models
    # one by one; the Profile instance is taken as is.
    return Report.model_validate(
        {
            "version": __version__,
            "language": lang,
            "estimate_of": report_i18n.gettext(
                "Estimate of the brand pillar of LinkedIn's Social Selling Index", lang
            ),
            "score": total,
            "unknown_points": unknown,
            "summary": summary(total, unknown, found, lang) + _unknown_layout_note(profile, lang),
            "criteria": found,
            "next_steps": [{"id": c["id"], "advice": c["advice"], "gain": gain(c)} for c in steps],
            "checklist": checklist(profile, lang),
            "details_pages": details_pages(profile, found, lang),
            "merge_note": None if note is None else report_i18n.render(note, lang),
            "profile": profile,
        }
    )


# The layout name of the generic reader (auditor/layouts/generic.py).
UNKNOWN_LAYOUT = "unknown"


def _unknown_layout_note(profile: Profile, lang: str) -> str:
    """For a page in a layout this version does not know: ask the user to report it."""
    if profile.layout != UNKNOWN_LAYOUT:
        return ""
    return " " + report_i18n.render(
        msg(
            "This page's layout is new to profile-auditor: please report it with a copy "
            "safe to share (profile-audit redact FILE)."
        ),
        lang,
    )


def summary(total: float, unknown: float, found: list[dict[str, Any]], lang: str) -> str:
    """One line: the score, and what could not be checked on this page."""
    line = report_i18n.render(
        msg("{score} / {max} brand-pillar estimate", score=total, max=MAX_SCORE), lang
    )
    if unknown > 0:
        missing = ", ".join(c["title"] for c in found if c["unknown_points"] > 0)
        line += " — " + report_i18n.render(
            nmsg(
                "{n} point could not be checked on this page ({sections})",
                "{n} points could not be checked on this page ({sections})",
                unknown,
                sections=missing,
            ),
            lang,
        )
    return line

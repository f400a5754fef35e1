"""Score the brand pillar: run the rules over the facts, weigh them, explain the result.

The weights live here, apart from the rules (as Lighthouse keeps ``auditRefs`` apart
from its audits), so they can be tuned with a reason without touching a rule.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from pydantic import ConfigDict

from auditor import i18n
from auditor.findings import N_
from auditor.findings import Status
from auditor.findings import msg
from auditor.model import PageKind
from auditor.model import Profile
from auditor.rules import RULES

SCHEMA_VERSION = 1
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


def criteria(profile: Profile, lang: str = i18n.SOURCE_LANGUAGE) -> list[dict[str, Any]]:
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
                "title": i18n.gettext(rule.TITLE, lang),
                "status": finding.status,
                "points": _round(weight * finding.earned),
                "max_points": weight,
                "unknown_points": _round(weight * finding.unchecked),
                "value": finding.value,
                "measured": i18n.render(finding.measured, lang),
                "threshold": i18n.gettext(rule.THRESHOLD, lang),
                "advice": i18n.render(advice, lang),
                "source": i18n.gettext(rule.SOURCE, lang),
            }
        )
    return result


def checklist(profile: Profile, lang: str = i18n.SOURCE_LANGUAGE) -> list[dict[str, Any]]:
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
            "title": i18n.gettext(title, lang),
            "status": ChecklistStatus.UNKNOWN
            if done is None
            else (ChecklistStatus.DONE if done else ChecklistStatus.MISSING),
        }
        for item_id, title, done in items
    ]


def score(profile: Profile, lang: str = i18n.SOURCE_LANGUAGE) -> Report:
    """The full report of a profile's facts."""
    from auditor import __version__

    found = criteria(profile, lang)
    total = _round(sum(c["points"] for c in found))
    unknown = _round(sum(c["unknown_points"] for c in found))

    def gain(c: dict[str, Any]) -> float:
        return _round(c["max_points"] - c["points"] - c["unknown_points"])

    steps = sorted((c for c in found if gain(c) > 0.001), key=lambda c: -gain(c))
    # One validation of the whole document (pydantic-core, ~40 µs) costs less than
    # building its ~20 nested models one by one; the Profile instance is taken as is.
    return Report.model_validate(
        {
            "version": __version__,
            "language": lang,
            "estimate_of": i18n.gettext(
                "Estimate of the brand pillar of LinkedIn's Social Selling Index", lang
            ),
            "score": total,
            "unknown_points": unknown,
            "summary": summary(total, unknown, found, lang) + _unknown_layout_note(profile, lang),
            "criteria": found,
            "next_steps": [{"id": c["id"], "advice": c["advice"], "gain": gain(c)} for c in steps],
            "checklist": checklist(profile, lang),
            "profile": profile,
        }
    )


# The layout name of the generic reader (auditor/layouts/generic.py).
UNKNOWN_LAYOUT = "unknown"


def _unknown_layout_note(profile: Profile, lang: str) -> str:
    """For a page in a layout this version does not know: ask the user to report it."""
    if profile.layout != UNKNOWN_LAYOUT:
        return ""
    return " " + i18n.render(
        msg(
            "This page's layout is new to profile-auditor: please report it with a copy "
            "safe to share (profile-audit redact FILE)."
        ),
        lang,
    )


def summary(total: float, unknown: float, found: list[dict[str, Any]], lang: str) -> str:
    """One line: the score, and what could not be checked on this page."""
    line = i18n.render(
        msg("{score} / {max} brand-pillar estimate", score=total, max=MAX_SCORE), lang
    )
    if unknown > 0:
        missing = ", ".join(c["title"] for c in found if c["unknown_points"] > 0)
        line += " — " + i18n.render(
            msg(
                "{points} points could not be checked on this page ({sections})",
                points=unknown,
                sections=missing,
            ),
            lang,
        )
    return line


def audit(data: bytes | str, url: str | None = None, lang: str | None = None) -> Report:
    """Parse a page and score it: the one call the CLI and the server make.

    :raise BadInputError: the input is not a readable HTML page.
    :raise NotAProfileError: the page is not a LinkedIn profile page.
    """
    from auditor.parse import parse_profile

    return score(parse_profile(data, url), i18n.negotiate(lang))

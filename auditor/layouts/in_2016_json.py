"""Layout in-2016-json: the 2016 logged-in profile ("Profil bearbeiten" / "Edit profile").

The server HTML holds the profile only as JSON modules inside HTML comments:
``<code id="top_card-content">`` (TopCard, BasicInfo) and
``<code id="my_profile_post-content">`` (Skills, Summary, Experience, Education,
Endorsements); the browser rendered them with JavaScript. Seen 2016 with a German UI;
the JSON keys are the same in every UI language, only the i18n strings differ.
The post modules are read only when they name the top card's member (the viewer is a
separate ``viewer`` entry there), so another member's data is never mixed in.
"""

from __future__ import annotations

from typing import Any

from auditor import embedded
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.model import About
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import clean
from auditor.text import parse_connections

NAME = "in_2016_json"
LAYOUT = "in-2016-json"

_BR = "<br>"  # 2016 *_lb strings are HTML with <br> line breaks


def detect(page: Page) -> bool:
    """Whether the page carries the 2016 top-card JSON module."""
    return find(page.root, sel.TOP_CARD_CODE_2016) is not None


def extract(page: Page) -> Profile:
    """Read the facts of a 2016 profile page from its embedded JSON modules."""
    blocks = embedded.code_blocks(page.root)
    top = embedded.comment_module(blocks, sel.TOP_CARD_2016) or {}
    found = top.get("TopCard")
    card: dict[str, Any] = found if isinstance(found, dict) else {}
    basic: dict[str, Any] = embedded.dig(top, "BasicInfo", sel.J16_BASIC_INFO) or {}
    member_id = embedded.dig(card, sel.J16_BASIC_INFO, "memberID")
    post = _owner_modules(embedded.comment_module(blocks, sel.PROFILE_POST_2016), member_id)
    unknown: dict[str, str] = {}

    url = embedded.dig(card, sel.J16_PUBLIC_URL, "canonicalUrl")
    slug = vanity_rules.from_url(url if isinstance(url, str) else None)
    picture = embedded.dig(card, "picture", "pictureID")
    background = embedded.dig(card, sel.J16_BACKGROUND) or {}
    connections = embedded.dig(card, "distance", "numberOfConnections")
    followers = embedded.dig(card, "followers", "numberFollowers")
    skills, skills_total = _skills(post, unknown)
    positions, current = _experience(post, card, unknown)
    educations = embedded.dig(post, "Education", "educationsMpr", "educations")
    received = embedded.dig(post, "Endorsements", "recosMpr", "numRecommendations")
    if post is None:
        unknown["about"] = unknown["education"] = "the profile modules of this page are missing"
        unknown["recommendations_received"] = "the profile modules of this page are missing"
    if not isinstance(educations, list):
        unknown.setdefault("education", "no education module on this page")
    for fact in ("activity", "featured", "open_to_work", "creator", "recommendations_given"):
        unknown[fact] = "the 2016 page's JSON modules do not include it"
    return Profile(
        kind=PageKind.PROFILE,
        layout=LAYOUT,
        name=_text(card.get(sel.J16_FULL_NAME)),
        headline=_text(embedded.dig(card, sel.J16_BASIC_INFO, "memberHeadline")) or "",
        about=_about(post),
        photo=bool(picture) if picture is not None or card else None,
        banner=bool(background.get("isCustomUpload") and background.get("visible", True)),
        vanity=slug,
        custom_url=vanity_rules.is_custom(slug),
        location=_text(basic.get(sel.J16_LOCATION)),
        industry=_text(basic.get(sel.J16_INDUSTRY)),
        connections=parse_connections(str(connections)) if connections is not None else None,
        followers=followers if isinstance(followers, int) else None,
        current_position=current,
        positions=positions,
        education=len(educations) if isinstance(educations, list) else None,
        skills_total=skills_total,
        skills=skills,
        recommendations_received=received if isinstance(received, int) else None,
        unknown=unknown,
    )


def _owner_modules(post: dict[str, Any] | None, member_id: Any) -> dict[str, Any] | None:
    """The profile modules, only if they are about the top card's member (not the viewer)."""
    if post is None or member_id is None:
        return None
    subjects = [
        embedded.dig(post, "Skills", "skillsMpr", "recipientId"),
        embedded.dig(post, "Endorsements", "refsMpr", "viewee", "memberID"),
    ]
    named = [subject for subject in subjects if subject is not None]
    return post if named and all(str(s) == str(member_id) for s in named) else None


def _text(raw: Any) -> str | None:
    """A cleaned non-empty string (2016 strings may carry entities and <br>), or None."""
    if not isinstance(raw, str):
        return None
    return clean(raw.replace(_BR, " ")) or None


def _about(post: dict[str, Any] | None) -> About | None:
    """The summary text (the raw form text, else the rendered one), or none."""
    summary = embedded.dig(post, "Summary", "summary")
    if not isinstance(summary, dict):
        return None
    raw = embedded.dig(summary, "formData", "rawSummary")
    text = _text(raw) or _text(summary.get(sel.J16_SUMMARY_HTML))
    return About.of(text or "")


def _skills(
    post: dict[str, Any] | None, unknown: dict[str, str]
) -> tuple[list[Skill] | None, int | None]:
    """The skills with their endorsement counts, and LinkedIn's count of them."""
    mpr = embedded.dig(post, "Skills", "skillsMpr")
    if not isinstance(mpr, dict):
        unknown["skills"] = unknown["skills_total"] = "no skills module on this page"
        return None, None
    skills = [
        Skill(
            name=_text(item.get(sel.J16_SKILL_NAME) or item.get("name")) or "",
            endorsements=_int(item.get("endorsementCount")),
        )
        for item in mpr.get("skills") or []
        if isinstance(item, dict) and _text(item.get(sel.J16_SKILL_NAME) or item.get("name"))
    ]
    total = mpr.get("count")
    return skills, total if isinstance(total, int) else len(skills)


def _experience(
    post: dict[str, Any] | None, card: dict[str, Any], unknown: dict[str, str]
) -> tuple[int | None, Position | None]:
    """The number of positions and the current one (a linked company has a companyId)."""
    positions = embedded.dig(post, "Experience", "positionsMpr", "positions")
    first_current = embedded.dig(card, "positionsMpr", "firstTopCurrentPosition")
    if not isinstance(positions, list):
        unknown["positions"] = "no experience module on this page"
        if isinstance(first_current, dict):
            return None, Position(
                title=_text(first_current.get("title")),
                company=_text(first_current.get("companyName")),
            )
        unknown["current_position"] = "no experience module on this page"
        return None, None
    if not positions or not isinstance(positions[0], dict):
        return 0, None
    first = positions[0]
    return len(positions), Position(
        title=_text(first.get("title")),
        company=_text(first.get("companyName")),
        company_linked=bool(first.get("companyId")),
        has_description=bool(_text(first.get(sel.J16_SUMMARY_HTML))),
    )


def _int(raw: Any) -> int | None:
    """A JSON integer (not a bool), or None."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else None

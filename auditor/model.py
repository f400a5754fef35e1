"""The facts read from a profile page: pydantic models, no logic beyond validation.

Every fact is either known or unknown. A known fact has a value (``False``, ``0`` and
``""`` are known values: the page shows that the member has none). An unknown fact is
``None`` and ``Profile.unknown`` says why: the section was lazy and never loaded, it is
hidden from this viewer, or this kind of page or layout does not show it. The score
never punishes an unknown fact.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import model_validator


class PageKind(StrEnum):
    """What kind of LinkedIn page the facts come from."""

    PROFILE = "profile"  # the member's own or another member's profile, logged in
    PUBLIC_PROFILE = "public_profile"  # the logged-out (guest) profile
    DETAILS = "details"  # /in/<vanity>/details/<section>/
    ACTIVITY = "activity"  # /in/<vanity>/recent-activity/...


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class About(_Frozen):
    """The About (summary) section; ``text`` is ``""`` when the member wrote none."""

    text: str
    characters: int
    words: int

    @classmethod
    def of(cls, text: str) -> About:
        """Build an About from cleaned text, counting characters and words."""
        return cls(text=text, characters=len(text), words=len(text.split()))


class Position(_Frozen):
    """The current (most recent) position."""

    title: str | None = None
    company: str | None = None
    company_linked: bool | None = None  # links to a LinkedIn company page
    has_description: bool | None = None


class Skill(_Frozen):
    """One skill shown on the page and its endorsement count (``None``: not shown)."""

    name: str
    endorsements: int | None = None


class Activity(_Frozen):
    """What the Activity section shows of the member's publishing."""

    has_posts: bool | None = None
    has_articles: bool | None = None  # articles or newsletters
    not_posted: bool | None = None  # LinkedIn's "hasn't posted lately" empty state


Connections = int | Literal["500+"]


class Source(_Frozen):
    """One page the facts were read from: its address path, its kind, when it was captured.

    ``page`` is the URL path (``/in/<vanity>/details/skills/``) when the page's address
    is known, else what the caller knows it by (a file name); ``captured`` is ISO-8601
    UTC, or None when unknown. Filled by whoever knows the capture time (the CLI, the
    server), never by the parser: parsing alone leaves ``Profile.sources`` empty.
    """

    page: str
    kind: PageKind
    captured: str | None = None


class Profile(_Frozen):
    """Everything profile-auditor knows about one profile page."""

    kind: PageKind
    layout: str  # layout era, e.g. "in-2024", "public-2015"
    ui_language: str | None = None  # ISO 639-1 code of the page's UI language
    url: str | None = None
    sources: list[Source] = []  # the pages used (several once merged); not a fact

    name: str | None = None
    headline: str | None = None  # "" when the page shows none
    about: About | None = None
    photo: bool | None = None  # a real photo, not LinkedIn's placeholder
    banner: bool | None = None  # a custom background, not the default
    vanity: str | None = None  # slug after /in/ (percent-decoded), or the /pub/ path
    custom_url: bool | None = None
    location: str | None = None
    industry: str | None = None
    connections: Connections | None = None  # LinkedIn caps the shown number at "500+"
    followers: int | None = None

    current_position: Position | None = None
    positions: int | None = None  # number of positions listed (total when stated)
    education: int | None = None  # number of education entries

    skills_total: int | None = None  # how many skills the member has
    skills: list[Skill] | None = None  # the skills this page shows

    recommendations_received: int | None = None
    recommendations_given: int | None = None

    activity: Activity | None = None
    featured: bool | None = None
    open_to_work: bool | None = None
    creator: bool | None = None

    unknown: dict[str, str] = {}  # fact name -> why it is unknown

    @model_validator(mode="after")
    def _every_unknown_has_a_reason(self) -> Profile:
        """Give each unknown fact a reason, so the report can always say why."""
        missing = {
            name: DEFAULT_REASON
            for name in FACTS
            if getattr(self, name) is None and name not in self.unknown
        }
        stale = [name for name in self.unknown if getattr(self, name, None) is not None]
        if missing or stale:
            reasons = {k: v for k, v in self.unknown.items() if k not in stale} | missing
            object.__setattr__(self, "unknown", dict(sorted(reasons.items())))
        return self


DEFAULT_REASON = "not shown on this page"

# The facts that may be unknown, in model order (everything but the page description).
FACTS: tuple[str, ...] = tuple(
    name
    for name in Profile.model_fields
    if name not in {"kind", "layout", "url", "sources", "unknown"}
)

# The member's /details/<section>/ pages and the facts each one states (a merge takes
# these facts from the page whose section they are; the report names the page to visit).
DETAILS_SECTIONS: dict[str, tuple[str, ...]] = {
    "skills": ("skills_total", "skills"),
    "recommendations": ("recommendations_received", "recommendations_given"),
    "experience": ("positions", "current_position"),
    "education": ("education",),
}

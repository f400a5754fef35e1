"""Merge the pages of one member into one Profile: the profile page and its details pages.

The 2026 profile page prints no totals: how many skills, endorsed or not, how many
recommendations live on the member's /details/ pages. Pages of ONE member (same vanity)
captured within one audit session (``WINDOW`` of the profile page) are merged before
scoring, and ``Profile.sources`` lists every page used. Pure functions: the caller (CLI,
server) says when each page was captured.

Which page a fact comes from: each fact takes the known value of the page that is its
home, else of the profile page, else of any page; among pages of equal standing the one
captured last wins, and a known value is never replaced by an unknown one. A details
page is the home of its own section's facts only (``DETAILS_SECTIONS``: the Skills page
of ``skills_total`` and ``skills``, ...), the activity page of ``activity``, the profile
page of every other fact. So a details page's mini header (name, headline, photo: maybe
a photo not loaded yet, or the placeholder) never overwrites what the profile page read
from its top card; it fills such a fact only when the profile page did not know it.
A page captured again (the same address, path and query) replaces its earlier capture:
the member may have changed it meanwhile (a skill removed), and it is one page used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

from auditor import urls
from auditor.errors import AuditorError
from auditor.findings import Message
from auditor.findings import msg
from auditor.model import DETAILS_SECTIONS
from auditor.model import FACTS
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Source

WINDOW = timedelta(minutes=30)  # one audit session: the profile page and its details pages
# Pages that show one part of a member's profile and join the profile page's session.
MERGEABLE = frozenset({PageKind.DETAILS, PageKind.ACTIVITY})
# Facts made of parts, merged part by part (a details page may know the description
# of the current position the profile page showed without it).
_BY_PART: dict[str, type[Position] | type[Activity]] = {
    "current_position": Position,
    "activity": Activity,
}
# The facts the activity page is the home of, and the profile page's: every fact no
# details section or activity page is the home of.
_ACTIVITY_FACTS = frozenset({"activity"})
_PROFILE_FACTS = (
    frozenset(FACTS)
    - _ACTIVITY_FACTS
    - {name for names in DETAILS_SECTIONS.values() for name in names}
)


class DifferentMembersError(AuditorError):
    """The profiles to merge are not all of one member (or one's member is unknown)."""

    def __init__(self, vanities: Sequence[str | None]) -> None:
        self.vanities = list(vanities)
        shown = ", ".join(sorted({v or "(unknown member)" for v in vanities}))
        super().__init__(f"cannot merge pages of different members: {shown}")


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC with a Z, to the second (the format of ``Source.captured``).

    >>> iso(datetime(2026, 11, 29, 20, 5, 1, 900, tzinfo=UTC))
    '2026-11-29T20:05:01Z'
    """
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_time(text: str | None) -> datetime | None:
    """A ``Source.captured`` as an aware datetime (None stays None)."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def page_of(profile: Profile, fallback: str | None = None) -> str:
    """The page's URL path (``/in/x/details/skills/``), else the fallback, else ``""``.

    >>> from auditor.model import PageKind
    >>> page_of(Profile(kind=PageKind.DETAILS, layout="in-2024",
    ...                 url="https://www.linkedin.com/in/jane-doe/details/skills/?x=1"))
    '/in/jane-doe/details/skills/'
    """
    if profile.url:
        path = urls.path(profile.url)
        if path:
            return path
    return fallback or ""


def stamp(profile: Profile, captured: datetime | None, page: str | None = None) -> Profile:
    """The page's facts with the page itself as their one source.

    ``page`` names the page when its address is unknown (the CLI gives the file name).
    A profile that already has sources (a merge) is returned unchanged.
    """
    if profile.sources:
        return profile
    source = Source(
        page=page_of(profile, page),
        kind=profile.kind,
        captured=None if captured is None else iso(captured),
    )
    return profile.model_copy(update={"sources": [source]})


def captured_at(profile: Profile) -> datetime | None:
    """When the profile's session began: its profile page's capture, else its first page's."""
    times = [s for s in profile.sources if s.captured is not None]
    anchors = [s for s in times if s.kind is PageKind.PROFILE]
    chosen = anchors or times
    return min((parse_time(s.captured) for s in chosen), default=None, key=_sort_key)


def _newest(profile: Profile) -> datetime | None:
    """The capture time of the newest page a profile was read from."""
    return max(
        (parse_time(s.captured) for s in profile.sources if s.captured is not None),
        default=None,
        key=_sort_key,
    )


def _sort_key(moment: datetime | None) -> datetime:
    """Order capture times, unknown ones first (as the oldest)."""
    return moment if moment is not None else datetime.min.replace(tzinfo=UTC)


def merge(profiles: Sequence[Profile]) -> Profile:
    """One Profile from several pages of one member.

    Each fact takes the known value of its home page, else of the profile page, else of
    any page (``_standing``); among pages of equal standing the one captured last wins
    (pages of unknown time count as the oldest; ties keep the given order, the later one
    winning). A known value is never replaced by an unknown one. Two exceptions: the
    current position and the activity merge part by part (each part by the same order),
    and ``skills`` is the longest list known (ties: its home page's, then the newest),
    since every page shows a part of the member's skills (a profile page's two shown
    skills never replace the Skills page's full list, whichever was saved last). A fact
    that stays unknown keeps the reason of its home page, else of the profile page. Kind,
    layout and address are the profile page's (the newest profile page, else the newest
    page); ``sources`` lists every page, oldest first. Of several captures of one address
    only the newest is used.

    :raise DifferentMembersError: the pages are not all of one known member.
    :raise ValueError: no profile was given.
    """
    if not profiles:
        raise ValueError("nothing to merge")
    if len(profiles) == 1:
        return profiles[0]
    vanities = [p.vanity for p in profiles]
    if len(set(vanities)) > 1 or vanities[0] is None:
        raise DifferentMembersError(vanities)
    ordered = _latest_captures(sorted(profiles, key=lambda p: _sort_key(_newest(p))))
    main = [p for p in ordered if p.kind is PageKind.PROFILE] or ordered
    base = main[-1]
    facts: dict[str, Any] = {}
    for name in FACTS:
        # The weakest first: each known value overrides the ones before it. sorted() is
        # stable, so within one standing the pages stay oldest first.
        for profile in sorted(ordered, key=lambda p: _standing(p, name)):
            found = getattr(profile, name)
            if found is None:
                continue
            if name in _BY_PART and name in facts:
                found = _merge_parts(facts[name], found)
            facts[name] = found
    lists = [
        (len(p.skills), _standing(p, "skills"), index, p.skills)
        for index, p in enumerate(ordered)
        if p.skills is not None
    ]
    if lists:
        facts["skills"] = max(lists, key=lambda entry: entry[:3])[3]
    unknown = {name: _reason(name, ordered, base) for name in FACTS if facts.get(name) is None}
    used = dict.fromkeys(s for p in ordered for s in p.sources)  # once each, in order
    sources = sorted(used, key=lambda s: _sort_key(parse_time(s.captured)))
    return Profile(
        kind=base.kind,
        layout=base.layout,
        url=base.url,
        sources=sources,
        unknown=unknown,
        **facts,
    )


def _latest_captures(ordered: Sequence[Profile]) -> list[Profile]:
    """The pages (oldest first) without those captured again later at the same address."""
    last = {address: page for page in ordered if (address := _address(page)) is not None}
    return [
        page for page in ordered if (address := _address(page)) is None or last[address] is page
    ]


def _address(profile: Profile) -> str | None:
    """A single page's address, path and query (a details page's tab is in its query);
    None for a merge of several pages or a page whose address is unknown (a saved file).

    >>> _address(Profile(kind=PageKind.DETAILS, layout="in-2026",
    ...                  url="https://www.linkedin.com/in/jane-doe/details/skills/#top"))
    '/in/jane-doe/details/skills/'
    """
    if not profile.url or len(profile.sources) > 1:
        return None
    parts = urls.split(profile.url)
    if parts is None:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _standing(profile: Profile, name: str) -> int:
    """How far a page is trusted for a fact: 2 on the fact's home page (a details page
    for its section's facts, the activity page for the activity, the profile page for
    the rest), 1 on the profile page, 0 elsewhere (a details page's mini header)."""
    if name in _home_facts(profile):
        return 2
    return 1 if profile.kind in (PageKind.PROFILE, PageKind.PUBLIC_PROFILE) else 0


def _home_facts(profile: Profile) -> frozenset[str]:
    """The facts a page is the home of (see the module's docstring)."""
    if profile.kind is PageKind.DETAILS:
        return frozenset(_section_facts(profile))
    if profile.kind is PageKind.ACTIVITY:
        return _ACTIVITY_FACTS
    return _PROFILE_FACTS


def _merge_parts(older: Position | Activity, newer: Position | Activity) -> Any:
    """A Position or Activity whose each part is the newer known one."""
    parts = older.model_dump() | {k: v for k, v in newer.model_dump().items() if v is not None}
    return type(newer)(**parts)


def _reason(name: str, ordered: Sequence[Profile], base: Profile) -> str:
    """Why a fact stays unknown: its home page says best, else the profile page."""
    for profile in reversed(ordered):
        if name in _home_facts(profile) and name in profile.unknown:
            return profile.unknown[name]
    for profile in (base, *reversed(ordered)):
        if name in profile.unknown:
            return profile.unknown[name]
    return ""  # unreachable: every unknown fact of a Profile has a reason


def _section_facts(profile: Profile) -> tuple[str, ...]:
    """The facts a details page states: its section's, named by its address (or its
    source's), else by the section facts it knows (a saved file's address may be unknown:
    a details page knows its own section's facts only); none for other pages."""
    if profile.kind is not PageKind.DETAILS:
        return ()
    pages = [profile.url or ""] + [source.page for source in profile.sources]
    names: tuple[str, ...] = ()
    for page in pages:
        section = details_section(urls.path(page) or "")
        if section is not None:
            names += DETAILS_SECTIONS.get(section, ())
    if names:
        return names
    for facts in DETAILS_SECTIONS.values():
        if any(getattr(profile, name) is not None for name in facts):
            names += facts
    return names


def details_section(page: str) -> str | None:
    """The section of a /details/<section>/ path.

    >>> details_section("/in/jane-doe/details/skills/"), details_section("/in/jane-doe/")
    ('skills', None)
    """
    parts = [part for part in page.split("/") if part]
    if "details" in parts:
        index = parts.index("details")
        if index + 1 < len(parts):
            return parts[index + 1]
    return None


def refusal(anchor: Profile | None, page: Profile, window: timedelta = WINDOW) -> Message | None:
    """Why ``page`` cannot join the session of ``anchor`` (a profile page, maybe merged).

    None when it can: the same member, a page that shows one part of the profile, captured
    within ``window`` of the profile page (before or after it: saved files come in any
    order). ``anchor`` None: there is no session to join.
    """
    if page.kind not in MERGEABLE:
        return msg("Not merged: only details and activity pages join a profile page's audit.")
    if page.vanity is None:
        return msg("Not merged: this page does not say whose profile it is.")
    if anchor is None:
        return msg(
            "Not merged: no profile page of {member} within {window} minutes of this page:"
            " audit the profile page first, then this page.",
            member=page.vanity,
            window=_minutes(window),
        )
    if anchor.vanity != page.vanity:
        return msg(
            "Not merged: this page is {page_member}'s, the audit in progress is {member}'s.",
            page_member=page.vanity,
            member=anchor.vanity or "?",
        )
    started, taken = captured_at(anchor), captured_at(page)
    if started is None or taken is None:
        return msg("Not merged: when this page or the profile page was captured is unknown.")
    if abs(taken - started) > window:
        return msg(
            "Not merged: this page was captured {minutes} minutes apart from the profile page"
            " of {member}, more than one audit session ({window} minutes): audit the profile"
            " page again, then this page.",
            minutes=_minutes(abs(taken - started)),
            member=page.vanity,
            window=_minutes(window),
        )
    return None


def _minutes(span: timedelta) -> int:
    """Whole minutes of a span (rounded down)."""
    return int(span.total_seconds() // 60)


@dataclass(frozen=True)
class Session:
    """Pages audited together: indices into the given pages (the profile page first), and
    a note for a page that could not join any session."""

    pages: list[int]
    note: Message | None = None


def sessions(pages: Sequence[Profile], window: timedelta = WINDOW) -> list[Session]:
    """Group pages given together (the CLI's files) into audit sessions, in given order.

    Each logged-in profile page starts a session; each details or activity page joins
    the session of the same member's profile page captured nearest to it, within
    ``window``; a page that could join one but does not (too far apart) is audited alone
    with a note saying why. Other pages (public profiles, pages of an unknown member,
    pages of a member whose profile page was not given) are audited alone, without note.
    """
    anchors = [i for i, p in enumerate(pages) if p.kind is PageKind.PROFILE and p.vanity]
    joined: dict[int, list[int]] = {i: [i] for i in anchors}
    alone: dict[int, Message | None] = {}
    for index, page in enumerate(pages):
        if index in joined:
            continue
        if page.kind not in MERGEABLE or page.vanity is None:
            alone[index] = None
            continue
        mine = [i for i in anchors if pages[i].vanity == page.vanity]
        if not mine:
            alone[index] = None  # none of the member's profile pages given: nothing to say
            continue
        taken = captured_at(page)
        nearest = min(mine, key=lambda i: _gap(captured_at(pages[i]), taken))
        note = refusal(pages[nearest], page, window)
        if note is None:
            joined[nearest].append(index)
        else:
            alone[index] = note
    found = [Session(members) for members in joined.values()]
    found += [Session([index], note) for index, note in alone.items()]
    return sorted(found, key=lambda s: min(s.pages))


def _gap(one: datetime | None, other: datetime | None) -> timedelta:
    """The time between two captures; unknown times are infinitely far apart."""
    if one is None or other is None:
        return timedelta.max
    return abs(one - other)

"""Merging one member's pages (auditor/merge.py) and the report's ``details_pages``.

Pages are synthetic, of invented members: a 2024 cards profile page whose Skills and
Recommendations did not load, and its details pages in the 2022-2025 markup.
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta

import pytest

from auditor.merge import WINDOW
from auditor.merge import DifferentMembersError
from auditor.merge import merge
from auditor.merge import refusal
from auditor.merge import sessions
from auditor.merge import stamp
from auditor.model import FACTS
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.parse import parse_profile
from auditor.report import score
from tests.factories import unknown_profile
from tests.synthetic_details import PHOTO
from tests.synthetic_details import profile_page
from tests.synthetic_details import profile_url
from tests.synthetic_details import recommendations_page
from tests.synthetic_details import skills_page

VANITY = "mira-holloway-3e9d2f71"
NAME = "Mira Holloway"
OTHER = "tovin-aldersgate-58c1e0b2"
T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
SKILLS = [("Kiln design", 12), ("Glazing", 3), ("Process safety", None)] + [
    (f"Ceramics topic {n}", n % 3) for n in range(21)
]


def page(html: str, url: str, minutes: float = 0) -> Profile:
    """A page read and stamped as captured ``minutes`` after T0."""
    return stamp(parse_profile(html, url), T0 + timedelta(minutes=minutes))


def main_page(vanity: str = VANITY, minutes: float = 0) -> Profile:
    """The member's profile page (Skills and Recommendations unknown)."""
    return page(profile_page(vanity, NAME), profile_url(vanity), minutes)


def skills(vanity: str = VANITY, minutes: float = 2) -> Profile:
    """The member's Skills page, every skill listed."""
    return page(skills_page(vanity, NAME, SKILLS), profile_url(vanity, "skills"), minutes)


def recommendations(vanity: str = VANITY, minutes: float = 4) -> Profile:
    """The member's Recommendations page: 4 received, 1 given."""
    html = recommendations_page(vanity, NAME, 4, 1)
    return page(html, profile_url(vanity, "recommendations"), minutes)


def test_details_page_of_skills_fills_skills_total_and_skills() -> None:
    """The profile page's unknown skills become the Skills page's: total, list, counts."""
    alone = main_page()
    assert alone.skills_total is None and "skills_total" in alone.unknown
    merged = merge([alone, skills()])
    assert merged.skills_total == len(SKILLS)
    assert merged.skills is not None
    assert merged.skills[0] == Skill(name="Kiln design", endorsements=12)
    assert "skills_total" not in merged.unknown and "skills" not in merged.unknown
    # The profile page's kind, layout and address; its facts kept where the details page has none.
    assert (merged.kind, merged.layout, merged.url) == (alone.kind, alone.layout, alone.url)
    assert merged.about == alone.about and merged.current_position == alone.current_position
    # Recommendations stay unknown, with the profile page's reason.
    assert merged.recommendations_received is None
    assert merged.unknown["recommendations_received"] == alone.unknown["recommendations_received"]


def test_sources_list_every_page_with_kind_path_and_time() -> None:
    """One source per page used, oldest first, each with its path, kind and capture time."""
    merged = merge([recommendations(), main_page(), skills()])
    assert [(s.page, s.kind, s.captured) for s in merged.sources] == [
        (f"/in/{VANITY}/", PageKind.PROFILE, "2026-11-29T09:00:00Z"),
        (f"/in/{VANITY}/details/skills/", PageKind.DETAILS, "2026-11-29T09:02:00Z"),
        (f"/in/{VANITY}/details/recommendations/", PageKind.DETAILS, "2026-11-29T09:04:00Z"),
    ]
    assert (merged.recommendations_received, merged.recommendations_given) == (4, 1)
    assert "sources" not in FACTS and "sources" not in merged.unknown


def test_merged_report_scores_more_and_leaves_fewer_unknown_points() -> None:
    """Skills, endorsements and recommendations become checked: the unknown points go to 0."""
    alone = score(main_page())
    merged = score(merge([main_page(), skills(), recommendations()]))
    assert alone.unknown_points == 10 and merged.unknown_points == 0
    counted = [n for _name, n in SKILLS if n is not None]
    endorsed = 2 * sum(1 for n in counted if n > 0) / len(counted)
    assert merged.score == round(alone.score + 5 + endorsed + 3, 2)
    assert [p.section for p in alone.details_pages] == ["skills", "recommendations"]
    assert merged.details_pages == []


def test_another_members_details_page_is_refused() -> None:
    """Pages of two members never merge: a clear error, and the session refuses with a note."""
    with pytest.raises(DifferentMembersError, match=OTHER):
        merge([main_page(), skills(OTHER)])
    note = refusal(main_page(), skills(OTHER))
    assert note is not None and note.params == {"page_member": OTHER, "member": VANITY}


def test_unknown_member_cannot_merge() -> None:
    """A page whose member is unknown merges with nothing, not even another such page."""
    nobody = unknown_profile(kind=PageKind.DETAILS)
    with pytest.raises(DifferentMembersError):
        merge([nobody, nobody])
    assert refusal(main_page(), nobody) is not None


def test_older_than_the_window_is_not_merged() -> None:
    """A details page captured more than 30 minutes from the profile page is refused."""
    late = skills(minutes=WINDOW.total_seconds() / 60 + 1)
    note = refusal(main_page(), late)
    assert note is not None and note.params["minutes"] == 31 and note.params["window"] == 30
    assert refusal(main_page(), skills(minutes=29)) is None
    groups = sessions([main_page(), late])
    assert [(g.pages, g.note is not None) for g in groups] == [([0], False), ([1], True)]


def test_newest_known_wins_and_known_is_never_replaced_by_unknown() -> None:
    """Among known values the page captured last wins; an unknown never wipes a known."""
    old = unknown_profile(vanity=VANITY, followers=10, headline="Old", photo=True)
    new = unknown_profile(vanity=VANITY, followers=12, headline=None)
    old, new = stamp(old, T0), stamp(new, T0 + timedelta(minutes=5))
    for given in ([old, new], [new, old]):
        merged = merge(given)
        assert (merged.followers, merged.headline, merged.photo) == (12, "Old", True)


GHOST = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def test_details_mini_header_never_overwrites_the_top_card() -> None:
    """A Skills page saved after the profile page, its mini header showing the photo
    placeholder (the photo not loaded yet), a shorter headline and name: the top card's
    photo, headline and name stay; the Skills page's own facts are taken."""
    html = (
        skills_page(VANITY, "M. Holloway", SKILLS)
        .replace(PHOTO, GHOST)
        .replace("Site Lead at Kranich Logistik", "Site Lead")
    )
    late = page(html, profile_url(VANITY, "skills"), minutes=3)
    assert (late.photo, late.headline, late.name) == (False, "Site Lead", "M. Holloway")
    alone = main_page()
    assert alone.photo is True and alone.headline == "Site Lead at Kranich Logistik"
    for given in ([alone, late], [late, alone]):
        merged = merge(given)
        assert (merged.photo, merged.headline, merged.name) == (True, alone.headline, NAME)
        assert merged.skills_total == len(SKILLS) and merged.skills == late.skills
    assert score(merge([alone, late])).criteria[0].status == "pass"  # the photo criterion


def test_mini_header_fills_what_the_profile_page_did_not_know() -> None:
    """A top-card fact the profile page did not read is taken from a details page."""
    blind = stamp(unknown_profile(vanity=VANITY, name=NAME), T0)
    merged = merge([blind, skills()])
    assert merged.photo is True and merged.headline == "Site Lead at Kranich Logistik"


def test_a_section_fact_comes_from_its_details_page_even_when_older() -> None:
    """The Skills page states the total; a profile page saved later with another number
    (a stale or mis-read count) does not replace it. With no Skills page, it is kept."""
    later = stamp(unknown_profile(vanity=VANITY, skills_total=20), T0 + timedelta(minutes=9))
    assert merge([skills(), later]).skills_total == len(SKILLS)
    assert merge([later, recommendations()]).skills_total == 20


def test_a_saved_details_file_is_the_home_of_its_section() -> None:
    """A details page read from a file (no address: its source is the file name) is
    still known by the facts it states: its skills total wins over the profile page's."""
    saved = stamp(parse_profile(skills_page(VANITY, NAME, SKILLS)), T0, "saved/skills.html")
    assert saved.kind is PageKind.DETAILS and saved.vanity == VANITY and saved.url is None
    later = stamp(unknown_profile(vanity=VANITY, skills_total=20), T0 + timedelta(minutes=9))
    assert merge([saved, later]).skills_total == len(SKILLS)


def test_a_page_captured_again_replaces_its_first_capture() -> None:
    """The Skills page saved again after a skill was removed: the later list and total,
    the page listed once; another tab of a page (its query) is another page."""
    fewer = SKILLS[:-1]
    again = page(skills_page(VANITY, NAME, fewer), profile_url(VANITY, "skills"), 6)
    merged = merge([main_page(), skills(), again])
    assert merged.skills_total == len(fewer) and merged.skills == again.skills
    assert [s.captured for s in merged.sources] == ["2026-11-29T09:00:00Z", "2026-11-29T09:06:00Z"]
    given = page(
        recommendations_page(VANITY, NAME, 0, 2),
        profile_url(VANITY, "recommendations") + "?detailScreenTabIndex=1",
        7,
    )
    both = merge([main_page(), recommendations(), given])
    assert len(both.sources) == 3 and both.recommendations_received == 4


def test_current_position_merges_part_by_part() -> None:
    """The Experience page's description completes the position the profile page showed."""
    shown = unknown_profile(
        vanity=VANITY, current_position=Position(title="Site Lead", company_linked=True)
    )
    described = unknown_profile(
        kind=PageKind.DETAILS,
        vanity=VANITY,
        current_position=Position(title="Site Lead", has_description=True),
        positions=5,
    )
    merged = merge([stamp(shown, T0), stamp(described, T0 + timedelta(minutes=1))])
    assert merged.current_position == Position(
        title="Site Lead", company_linked=True, has_description=True
    )
    assert merged.positions == 5 and merged.kind is PageKind.PROFILE


def test_shown_skills_never_replace_the_full_list() -> None:
    """A profile page saved after the Skills page keeps the Skills page's full list."""
    later = main_page(minutes=10).model_copy(
        update={"skills": [Skill(name="Kiln design")], "unknown": main_page().unknown}
    )
    merged = merge([skills(minutes=1), later])
    assert merged.skills is not None and len(merged.skills) == len(SKILLS)


def test_sessions_group_files_given_together() -> None:
    """Each profile page anchors a session; its details pages join it, others stay alone."""
    pages = [skills(), main_page(), main_page(OTHER), recommendations(), skills(OTHER, 90)]
    groups = sessions(pages)
    assert [(g.pages, g.note is None) for g in groups] == [
        ([1, 0, 3], True),
        ([2], True),
        ([4], False),
    ]


def test_details_pages_only_for_a_logged_in_profile_with_a_vanity() -> None:
    """The pages to visit are named for a profile page with a vanity, never otherwise."""
    report = score(main_page())
    paths = {p.section: p.path for p in report.details_pages}
    assert paths["skills"] == f"/in/{VANITY}/details/skills/"
    facts = {p.section: p.facts for p in report.details_pages}
    assert facts == {
        "skills": ["skills_total", "skills"],
        "recommendations": ["recommendations_received"],
    }
    undescribed = main_page().model_copy(
        update={"current_position": Position(title="Site Lead", company_linked=True)}
    )
    experience = score(undescribed).details_pages[-1]
    assert (experience.section, experience.facts) == ("experience", ["current_position"])
    assert score(skills()).details_pages == []
    assert score(unknown_profile()).details_pages == []
    assert score(unknown_profile(kind=PageKind.PUBLIC_PROFILE, vanity=VANITY)).details_pages == []


def test_stamp_names_the_page_by_path_or_fallback() -> None:
    """A page's source is its URL path, else the name the caller gives it."""
    bare = unknown_profile()
    assert stamp(bare, None, "saved/mira.html").sources[0].page == "saved/mira.html"
    assert stamp(bare, None).sources[0].captured is None

"""The synthetic 2026 pages of the browser tests, read by the auditor (no browser).

tests/e2e/pages/sdui-2026-lazy.html renders its cards below Activity when the member
scrolls (an inline script copies each ``<script type="text/html" data-lazy-part=N>`` into
the empty inner placeholder of Part N); sdui-2026-details-skills.html pages in more skills
as the member scrolls (an inline script appends items built from a JSON list, and removes
the progress bar after the last page). Here Python does what those scripts do, and the
auditor reads the page before and after (tests/sdui_2026_pages.py runs the scripts).
"""

from __future__ import annotations

from auditor import audit
from auditor import parse_profile
from auditor.model import PageKind
from tests.sdui_2026_pages import VANITY
from tests.sdui_2026_pages import read
from tests.sdui_2026_pages import scrolled_lazy_page
from tests.sdui_2026_pages import scrolled_skills_page

PROFILE_URL = f"https://www.linkedin.com/in/{VANITY}/"


def test_lazy_page_before_scrolling_leaves_the_lazy_cards_unknown() -> None:
    """Before the member scrolls, the parts are empty: lazy, never 0."""
    profile = parse_profile(read("sdui-2026-lazy.html"), url=PROFILE_URL)
    assert profile.name == "Mara Lindqvist" and profile.vanity == VANITY
    for fact in ("skills", "skills_total", "positions", "education", "recommendations_received"):
        assert getattr(profile, fact) is None
        assert "did not load" in profile.unknown[fact]


def test_lazy_page_after_scrolling_reads_the_cards() -> None:
    """Scrolled: 2 skills shown, totals unknown with their details page, current position."""
    report = audit(scrolled_lazy_page(), url=PROFILE_URL)
    profile = report.profile
    assert [s.name for s in profile.skills or []] == ["Service Design", "User Research"]
    assert all(s.endorsements is None for s in profile.skills or [])
    assert profile.skills_total is None
    assert "Skills page (/details/skills/)" in profile.unknown["skills_total"]
    assert profile.positions is None
    assert "Experience page" in profile.unknown["positions"]
    assert profile.current_position is not None
    assert profile.current_position.title == "Design lead"
    assert profile.current_position.company == "Fjordlight"
    assert profile.current_position.company_linked is True
    assert profile.current_position.has_description is True
    assert profile.education == 1  # no "show all" link: the whole list is shown
    assert profile.recommendations_received is None
    assert "Recommendations page" in profile.unknown["recommendations_received"]
    by_id = {c.id: c for c in report.criteria}
    assert by_id["skills"].status == "unknown" and by_id["recommendations"].status == "unknown"
    assert (
        by_id["skills"].measured == "This page shows 2 of your skills, not how many you list in all"
    )
    assert by_id["recommendations"].measured == "Recommendations count not shown on this page"


def test_details_skills_page_while_loading_has_no_total() -> None:
    """The first page of skills, progress bar still there: the shown skills, no total."""
    url = f"https://www.linkedin.com/in/{VANITY}/details/skills/"
    profile = parse_profile(read("sdui-2026-details-skills.html"), url=url)
    assert profile.kind is PageKind.DETAILS and profile.layout == "in-2026"
    assert profile.vanity == VANITY and profile.name == "Mara Lindqvist"
    assert profile.skills is not None and len(profile.skills) == 5
    assert profile.skills_total is None
    assert "still loading" in profile.unknown["skills_total"]


def test_details_skills_page_scrolled_to_the_end() -> None:
    """Every page loaded, progress bar gone: the total, and endorsements where printed."""
    html, more = scrolled_skills_page()
    url = f"https://www.linkedin.com/in/{VANITY}/details/skills/"
    profile = parse_profile(html, url=url)
    assert profile.skills is not None
    assert profile.skills_total == len(profile.skills) == 5 + len(more)
    by_name = {s.name: s.endorsements for s in profile.skills}
    for name, endorsements, _ in more:
        assert by_name[str(name)] == endorsements
    assert by_name["Service Design"] == 21


def test_details_recommendations_page() -> None:
    """The Received tab: its entries counted; the Given tab not shown: unknown."""
    url = f"https://www.linkedin.com/in/{VANITY}/details/recommendations/"
    profile = parse_profile(read("sdui-2026-details-recommendations.html"), url=url)
    assert profile.kind is PageKind.DETAILS and profile.vanity == VANITY
    assert profile.recommendations_received == 3
    assert profile.recommendations_given is None
    assert "other tab" in profile.unknown["recommendations_given"]


def test_details_page_in_unknown_markup_is_not_guessed() -> None:
    """A /details/skills/ address on an SDUI page whose items are not the known keys:
    the skills and their total are unknown, never 0."""
    html = read("sdui-2026-details-skills.html").replace(
        b"com.linkedin.sdui.profile.skill(", b"com.linkedin.sdui.profile.skillV2("
    )
    url = f"https://www.linkedin.com/in/{VANITY}/details/skills/"
    profile = parse_profile(html, url=url)
    assert profile.kind is PageKind.DETAILS
    assert profile.skills is None and profile.skills_total is None
    assert "not in the markup this version knows" in profile.unknown["skills_total"]
    recommendations = read("sdui-2026-details-recommendations.html").replace(
        b"recommendations_received_pillContent", b"receivedRecommendationsList"
    )
    url = f"https://www.linkedin.com/in/{VANITY}/details/recommendations/"
    profile = parse_profile(recommendations, url=url)
    assert profile.recommendations_received is None
    assert "not in the markup" in profile.unknown["recommendations_received"]

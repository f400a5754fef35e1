"""The synthetic 2026 pages of the browser tests, read by the auditor (no browser).

tests/e2e/pages/sdui-2026-lazy.html renders its cards below Activity when the member
scrolls (an inline script copies each ``<script type="text/html" data-lazy-part=N>`` into
the empty inner placeholder of Part N); sdui-2026-details-skills.html pages in more skills
as the member scrolls (an inline script appends items built from a JSON list, and removes
the progress bar after the last page). Here Python does what those scripts do, and the
auditor reads the page before and after.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import lxml.html

from auditor import audit
from auditor import parse_profile
from auditor.model import PageKind

PAGES = Path(__file__).parent / "e2e" / "pages"
VANITY = "mara-lindqvist-7c21b9e4"
PROFILE_URL = f"https://www.linkedin.com/in/{VANITY}/"


def _read(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def _scrolled_lazy_page() -> bytes:
    """sdui-2026-lazy.html after its script rendered every part (the member scrolled)."""
    root = lxml.html.fromstring(_read("sdui-2026-lazy.html"))
    for source in root.xpath("//script[@data-lazy-part]"):
        key = f"profileCardsBelowActivityPart{source.get('data-lazy-part')}{VANITY}"
        inner = root.xpath(f"//div[@componentkey='{key}']//div[@componentkey='{key}']")[0]
        for element in lxml.html.fragments_fromstring(source.text or ""):
            inner.append(element)
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>")


def test_lazy_page_before_scrolling_leaves_the_lazy_cards_unknown() -> None:
    """Before the member scrolls, the parts are empty: lazy, never 0."""
    profile = parse_profile(_read("sdui-2026-lazy.html"), url=PROFILE_URL)
    assert profile.name == "Mara Lindqvist" and profile.vanity == VANITY
    for fact in ("skills", "skills_total", "positions", "education", "recommendations_received"):
        assert getattr(profile, fact) is None
        assert "did not load" in profile.unknown[fact]


def test_lazy_page_after_scrolling_reads_the_cards() -> None:
    """Scrolled: 2 skills shown, totals unknown with their details page, current position."""
    report = audit(_scrolled_lazy_page(), url=PROFILE_URL)
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


def _skill_item(urn: str, n: int, skill: list[object]) -> str:
    """One skill item, as the details page's script builds it."""
    name, endorsements, context = skill
    key = f"com.linkedin.sdui.profile.skill({urn}, {11 + n})"
    count = (
        f'<div class="_4f5a6b7c"><p class="_2f3a4b5c"><a href="https://www.linkedin.com/in/'
        f'{VANITY}/details/skills/urn:li:fsd_skill:({urn},{11 + n})/endorsers/">'
        f"{endorsements} endorsements</a></p></div>"
        if endorsements is not None
        else ""
    )
    return (
        f'<div componentkey="{key}"><div componentkey="{key}"><div class="_1a2b3c4d">'
        f'<div class="_2b3c4d5e"><div class="_3c4d5e6f"><div><p class="_2f3a4b5c">'
        f'{escape(str(name))}</p></div></div><div role="list"><div role="listitem"><div>'
        f'<p class="_5e6f7a8b">{escape(str(context))}</p></div></div></div>{count}'
        '<button type="button" data-view-name="skill-detail-unendorse-button">Endorse</button>'
        f'</div></div></div></div><div componentkey="{key}-divider"><hr componentkey="{key}-'
        'divider" role="presentation"></div>'
    )


def _scrolled_skills_page() -> tuple[bytes, list[list[object]]]:
    """sdui-2026-details-skills.html after its script loaded every page of skills."""
    root = lxml.html.fromstring(_read("sdui-2026-details-skills.html"))
    more = json.loads(root.get_element_by_id("more-skills").text or "[]")
    items = root.xpath("//div[@id='skills-list']")[0]
    shown = len(items.xpath("./div[not(contains(@componentkey, '-divider'))]"))
    urn = items[0].get("componentkey").split("(")[1].split(",")[0]
    for i, skill in enumerate(more):
        for element in lxml.html.fragments_fromstring(_skill_item(urn, shown + i, skill)):
            items.append(element)
    for loader in root.xpath("//*[@role='progressbar']"):
        loader.drop_tree()
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>"), more


def test_details_skills_page_while_loading_has_no_total() -> None:
    """The first page of skills, progress bar still there: the shown skills, no total."""
    url = f"https://www.linkedin.com/in/{VANITY}/details/skills/"
    profile = parse_profile(_read("sdui-2026-details-skills.html"), url=url)
    assert profile.kind is PageKind.DETAILS and profile.layout == "in-2026"
    assert profile.vanity == VANITY and profile.name == "Mara Lindqvist"
    assert profile.skills is not None and len(profile.skills) == 5
    assert profile.skills_total is None
    assert "still loading" in profile.unknown["skills_total"]


def test_details_skills_page_scrolled_to_the_end() -> None:
    """Every page loaded, progress bar gone: the total, and endorsements where printed."""
    html, more = _scrolled_skills_page()
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
    profile = parse_profile(_read("sdui-2026-details-recommendations.html"), url=url)
    assert profile.kind is PageKind.DETAILS and profile.vanity == VANITY
    assert profile.recommendations_received == 3
    assert profile.recommendations_given is None
    assert "other tab" in profile.unknown["recommendations_given"]


def test_details_page_in_unknown_markup_is_not_guessed() -> None:
    """A /details/skills/ address on an SDUI page whose items are not the known keys:
    the skills and their total are unknown, never 0."""
    html = _read("sdui-2026-details-skills.html").replace(
        b"com.linkedin.sdui.profile.skill(", b"com.linkedin.sdui.profile.skillV2("
    )
    url = f"https://www.linkedin.com/in/{VANITY}/details/skills/"
    profile = parse_profile(html, url=url)
    assert profile.kind is PageKind.DETAILS
    assert profile.skills is None and profile.skills_total is None
    assert "not in the markup this version knows" in profile.unknown["skills_total"]
    recommendations = _read("sdui-2026-details-recommendations.html").replace(
        b"recommendations_received_pillContent", b"receivedRecommendationsList"
    )
    url = f"https://www.linkedin.com/in/{VANITY}/details/recommendations/"
    profile = parse_profile(recommendations, url=url)
    assert profile.recommendations_received is None
    assert "not in the markup" in profile.unknown["recommendations_received"]

"""The real rendered 2026 cards (../shared/linkedin-pages/fragments): every fact of truth.json.

Each member's cards are put into a minimal 2026 page the way LinkedIn nests them (top card
and About above Activity, the others in the lazy parts) and read by ``parse_profile``, the
path every page takes; Languages and Certifications, which give no fact of the model, are
read by the layout's item counter. A second set of tests puts the real cards into the
empty lazy parts of the real saved 2026 pages (``scrolled_page``) and checks the report:
those pages then mix two people, so each fact is compared with the card it comes from.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import lxml.html
import pytest

from auditor import audit
from auditor import parse_profile
from auditor.dom import find
from auditor.layouts import sdui_2026
from auditor.model import Profile
from auditor.selectors import sdui as sel
from tests import sdui_cards

pytestmark = pytest.mark.skipif(
    not sdui_cards.CARDS_FILE.is_file(), reason="needs ../shared/linkedin-pages/fragments"
)


def _key(card: str) -> str:
    """The fragment key of a card kind ("" when the folder is absent)."""
    return sdui_cards.key_of(card) if sdui_cards.CARDS_FILE.is_file() else ""


TOPCARDS = sdui_cards.topcard_keys() if sdui_cards.CARDS_FILE.is_file() else ()
ABOUT, EXPERIENCE, EDUCATION = _key("About"), _key("Experience"), _key("Education")
SKILLS, LANGUAGES, CERTIFICATIONS = _key("Skills"), _key("Languages"), _key("Certifications")

# The cards a scrolled page gets, Part1..Part5 (Part6 stays empty: not scrolled to).
SCROLLED = (EXPERIENCE, EDUCATION, SKILLS, LANGUAGES, CERTIFICATIONS)


def _truth(key: str) -> dict[str, Any]:
    """The facts truth.json gives for one card."""
    return sdui_cards.truth()[key]


@cache
def _member(keys: tuple[str, ...]) -> Profile:
    """One member's cards, read as a page."""
    return parse_profile(sdui_cards.member_page(keys))


def _profile_of(card_key: str) -> Profile:
    """The parsed page holding every card of this card's member."""
    return _member(sdui_cards.member_keys(card_key))


def test_every_card_has_a_truth_entry() -> None:
    """The test covers every card of the file (a new card must get its facts)."""
    assert set(sdui_cards.cards()) == set(sdui_cards.truth())


@pytest.mark.parametrize("key", TOPCARDS, ids=[f"member-{i}" for i in range(len(TOPCARDS))])
def test_topcard_facts(key: str) -> None:
    """Name, headline, location, counts, photo, banner, vanity, company, open to work."""
    want = _truth(key)
    got = _profile_of(key)
    for fact in ("name", "headline", "location", "connections", "vanity", "custom_url"):
        assert getattr(got, fact) == want[fact], fact
    # followers null in the truth: the card prints none, so the fact is unknown
    assert got.followers == want["followers"]
    if want["followers"] is None:
        assert "followers" in got.unknown
    assert got.photo is want["photo"]
    assert got.banner is want["banner"]
    assert got.current_position is not None
    assert got.current_position.company == want["current_company"]
    if "open_to_work" in want:
        assert got.open_to_work is want["open_to_work"]
    else:  # no open-to-work card: not shown to this viewer, never a guessed False
        assert got.open_to_work is None
        assert "open_to_work" in got.unknown


@pytest.mark.parametrize("key", TOPCARDS, ids=[f"member-{i}" for i in range(len(TOPCARDS))])
def test_topcard_photo_is_the_img_not_the_svg_fallback(key: str) -> None:
    """The photo frame holds an svg loading fallback next to the img: only the img counts.

    The same real card with its photo <img> removed reads as no photo.
    """
    root = lxml.html.fromstring(sdui_cards.member_page((key,)))
    frame = find(root, sel.PHOTO_FRAME)
    assert frame is not None
    assert frame.find(".//svg") is not None  # the fallback is there in the real card
    for img in list(frame.iter("img")):
        img.drop_tree()
    assert parse_profile(lxml.html.tostring(root)).photo is False


def test_about_card() -> None:
    """About text without the "… mehr" toggle and without the Top-Kenntnisse line."""
    want = _truth(ABOUT)
    about = _profile_of(ABOUT).about
    assert about is not None
    assert (about.characters > 0) is want["about"]
    assert "mehr" not in about.text.split()[-1]
    # the top skills are a separate line of the card, not About text, and not skills
    assert not any(skill in about.text for skill in want["top_skills"])
    skills = _profile_of(ABOUT).skills or []
    assert not {s.name for s in skills} & set(want["top_skills"])


def test_experience_card() -> None:
    """Shown positions, no total (show-all link without a number), the current position."""
    want = _truth(EXPERIENCE)
    got = _profile_of(EXPERIENCE)
    assert got.positions == want["positions_total"]
    assert f"shows {want['positions_shown']} positions" in got.unknown["positions"]
    assert "/details/experience/" in got.unknown["positions"]
    card = _card(EXPERIENCE, "Experience")
    assert len(sdui_2026.layout.shown_items(card, "Experience")) == want["positions_shown"]  # type: ignore[arg-type]
    current = want["current_position"]
    assert got.current_position is not None
    assert got.current_position.title == current["title"]
    assert got.current_position.company == current["company"]
    assert got.current_position.company_linked is current["company_linked"]
    assert got.current_position.has_description is current["has_description"]


def test_education_card() -> None:
    """Shown entries, no total: the total is on the Education page."""
    want = _truth(EDUCATION)
    got = _profile_of(EDUCATION)
    assert got.education == want["education_total"]
    assert f"shows {want['education_shown']} education" in got.unknown["education"]
    card = _card(EDUCATION, "Education")
    assert sdui_2026.layout.shown_items(card, "Education") == want["education_shown"]


def test_skills_card() -> None:
    """The two shown skills, no endorsement counts, and an unknown total, never 2 or 0."""
    want = _truth(SKILLS)
    got = _profile_of(SKILLS)
    assert [s.name for s in got.skills or []] == want["skills_shown"]
    assert all(s.endorsements is want["endorsements"] for s in got.skills or [])
    assert got.skills_total is want["skills_total"]
    reason = got.unknown["skills_total"]
    assert f"shows {len(want['skills_shown'])} skills" in reason
    assert "Skills page" in reason and "/details/skills/" in reason


def test_languages_and_certifications_cards() -> None:
    """Cards the model has no fact for: named right and their entries counted."""
    language = _card(LANGUAGES, "Languages")
    assert (
        sdui_2026.layout.shown_items(language, "Languages") == _truth(LANGUAGES)["languages_shown"]
    )
    certification = _card(CERTIFICATIONS, "Certifications")
    assert (
        sdui_2026.layout.shown_items(certification, "Certifications")
        == _truth(CERTIFICATIONS)["certifications_shown"]
    )
    # neither card lends its entries or links to another fact
    got = _profile_of(LANGUAGES)
    assert got.skills is None and got.positions is None and got.education is None


def _card(key: str, name: str) -> lxml.html.HtmlElement:
    """The rendered section of one real card, checked to carry the card name it should."""
    section = lxml.html.fragment_fromstring(sdui_cards.cards()[key]).find(".//section")
    assert section is not None
    assert sdui_2026.layout.card_name(section.get("componentkey") or "") == name
    return section


# --- scrolled pages: the saved 2026 pages with the real cards in their lazy parts ---------


@pytest.mark.parametrize(
    "saved", sdui_cards.SAVED_2026, ids=[f"saved-{i}" for i in range(len(sdui_cards.SAVED_2026))]
)
def test_scrolled_saved_page(saved: Any) -> None:
    """The report of a saved page scrolled with real cards: shown skills, unknown totals."""
    report = audit(sdui_cards.scrolled_page(saved, SCROLLED))
    profile = report.profile
    skills = _truth(SKILLS)
    assert [s.name for s in profile.skills or []] == skills["skills_shown"]
    assert profile.skills_total is None
    assert "Skills page" in profile.unknown["skills_total"]
    experience = _truth(EXPERIENCE)
    assert profile.positions is None
    assert profile.current_position is not None
    assert profile.current_position.title == experience["current_position"]["title"]
    assert profile.current_position.company == experience["current_position"]["company"]
    assert profile.education is None and "Education page" in profile.unknown["education"]
    # Part6 was not scrolled to: recommendations are lazy, not 0
    assert profile.recommendations_received is None
    assert "did not load" in profile.unknown["recommendations_received"]
    by_id = {c.id: c for c in report.criteria}
    assert by_id["skills"].status == "unknown"  # never "0 skills" (fail)
    assert (
        by_id["skills"].measured == "This page shows 2 of your skills, not how many you list in all"
    )
    assert by_id["endorsements"].status == "unknown"  # never "No skills to endorse"
    assert by_id["current-position"].status != "unknown"


@pytest.mark.parametrize("saved", sdui_cards.SAVED_2026[:1], ids=["saved-0"])
def test_scrolled_saved_page_names_the_details_pages(saved: Any) -> None:
    """The real cards rendered: the report names the member's Skills page (total and
    endorsements unknown) and Recommendations page (its part not scrolled to), at the
    member's own paths; the skills advice points to the Skills page, not to scrolling."""
    report = audit(sdui_cards.scrolled_page(saved, SCROLLED))
    vanity = report.profile.vanity
    assert vanity
    pages = [(p.section, p.path, p.facts) for p in report.details_pages]
    assert pages == [
        ("skills", f"/in/{vanity}/details/skills/", ["skills_total", "skills"]),
        ("recommendations", f"/in/{vanity}/details/recommendations/", ["recommendations_received"]),
    ]
    by_id = {c.id: c for c in report.criteria}
    for rendered in ("skills", "endorsements"):
        assert "Skills" in by_id[rendered].advice and "scroll" not in by_id[rendered].advice
    assert "scroll" in by_id["recommendations"].advice  # that part did not render


@pytest.mark.parametrize("saved", sdui_cards.SAVED_2026[:1], ids=["saved-0"])
def test_scrolled_page_with_parts_still_empty(saved: Any) -> None:
    """Only Experience rendered: Skills and Education stay lazy (unknown), not 0."""
    profile = parse_profile(sdui_cards.scrolled_page(saved, [EXPERIENCE]))
    assert profile.current_position is not None
    want = _truth(EXPERIENCE)["current_position"]
    assert profile.current_position.title == want["title"]
    assert profile.skills is None and profile.skills_total is None
    assert "did not load" in profile.unknown["skills_total"]
    assert profile.education is None

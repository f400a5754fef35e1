"""Shown is not total, in every layout: a list total is the number the page states, or
unknown with a reason saying where it is; never the count of the shown items, never 0.

Each test takes a synthetic fixture of one layout, changes only the "show all" / "show
more" control (its number removed, or the control removed) and reads the page again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from auditor import parse_profile
from auditor.model import Profile

PROFILES = Path(__file__).parent / "profiles"

Edit = Callable[[lxml.html.HtmlElement], None]


def _read(fixture: str, edit: Edit | None = None) -> Profile:
    """Parse a fixture, after applying ``edit`` to its tree."""
    root = lxml.html.fromstring((PROFILES / fixture).read_bytes())
    if edit is not None:
        edit(root)
    return parse_profile(lxml.html.tostring(root, doctype="<!DOCTYPE html>"))


def _strip_numbers(element: lxml.html.HtmlElement) -> None:
    """Remove every digit from an element's text, attributes (id, aria-label) and children."""
    for node in element.iter():
        if node.text:
            node.text = re.sub(r"\s*\d+", "", node.text)
        for name in ("id", "aria-label"):
            if node.get(name):
                node.set(name, re.sub(r"-?\d+", "", node.get(name) or ""))


def _each(xpath: str, action: Callable[[lxml.html.HtmlElement], None]) -> Edit:
    """An edit applying ``action`` to every match of ``xpath`` (which must match)."""

    def edit(root: lxml.html.HtmlElement) -> None:
        found = root.xpath(xpath)
        assert found, f"the fixture has no {xpath}"
        for element in found:
            action(element)

    return edit


def _drop(element: lxml.html.HtmlElement) -> None:
    element.drop_tree()


# --- 2026 SDUI --------------------------------------------------------------------------

SDUI = "in-2026-rendered-parts.html"
SDUI_SKILLS_LINK = "//a[contains(@href, '/details/skills')]"


def test_sdui_show_all_without_number_is_unknown() -> None:
    """The real 2026 footer link ("Show all", no number): the total is on the Skills page."""
    profile = _read(SDUI)
    assert profile.skills is not None and len(profile.skills) == 2
    assert profile.skills_total is None
    assert profile.unknown["skills_total"] == (
        "the profile shows 2 skills; the total is on your Skills page (/details/skills/)"
    )
    assert profile.positions is None and "Experience page" in profile.unknown["positions"]


def test_sdui_show_all_with_a_number_is_that_number() -> None:
    """A link that states its number gives it (modelled: no real 2026 link states one)."""

    def number(link: lxml.html.HtmlElement) -> None:
        link.set("aria-label", "Show all 27 skills")

    assert _read(SDUI, _each(SDUI_SKILLS_LINK, number)).skills_total == 27


def test_sdui_no_show_all_counts_the_whole_list() -> None:
    """No footer link: the card shows every skill, so counting them is the total."""
    profile = _read(SDUI, _each(SDUI_SKILLS_LINK, _drop))
    assert profile.skills_total == 2


# --- 2022-2025 cards ----------------------------------------------------------------------

CARDS = "i18n-cards-en.html"
CARDS_SKILLS_LINK = "//a[starts-with(@id, 'navigation-index-Show-all-')]"


def test_cards_show_all_number_is_the_total() -> None:
    """ "Show all 30 skills" (id and text): 30, whatever is shown."""
    profile = _read(CARDS)
    assert profile.skills_total == 30
    assert profile.skills is not None and len(profile.skills) < 30


def test_cards_show_all_without_number_is_unknown() -> None:
    """The same link with no number: unknown, with the Skills page named, never 2 or 0."""
    profile = _read(CARDS, _each(CARDS_SKILLS_LINK, _strip_numbers))
    assert profile.skills_total is None
    shown = len(profile.skills or [])
    assert profile.unknown["skills_total"] == (
        f"the profile shows {shown} skills; the total is on your Skills page (/details/skills/)"
    )


def test_cards_experience_show_all_without_number_is_unknown() -> None:
    """Experience's "Show all N experiences" without N: positions unknown."""
    link = "//a[contains(@href, '/details/experience')][ancestor::*[contains(@class, 'footer')]]"
    profile = _read(CARDS, _each(link, _strip_numbers))
    assert profile.positions is None
    assert "Experience page" in profile.unknown["positions"]


# --- Ember 2018 / 2021 --------------------------------------------------------------------

SHOW_MORE = "//button[contains(@class, 'pv-profile-section__see-more-inline')]"


def test_ember_2021_show_n_more_adds_n() -> None:
    """ "Show 3 more experiences": the shown positions plus 3."""
    profile = _read("in-2021-deferred.html")
    shown = _read("in-2021-deferred.html", _each(SHOW_MORE, _drop)).positions
    assert shown is not None and profile.positions == shown + 3


def test_ember_2021_show_more_without_number_is_unknown() -> None:
    """ "Show more experiences" with no number: positions unknown, not the shown count."""
    profile = _read("in-2021-deferred.html", _each(SHOW_MORE, _strip_numbers))
    assert profile.positions is None
    assert "show more" in profile.unknown["positions"]


def test_ember_2018_show_more_without_number_is_unknown() -> None:
    """The 2018 reader (shared with 2021) on a 2018 page given a number-less button."""

    def add_button(section: lxml.html.HtmlElement) -> None:
        button = lxml.html.fragment_fromstring(
            '<button class="pv-profile-section__see-more-inline" type="button">'
            "Show more experiences</button>"
        )
        section.append(button)

    fixture = "in-2018-late-ghost.html"
    before = _read(fixture)
    assert before.positions is not None and before.layout == "in-2018"
    profile = _read(fixture, _each("//section[@id='experience-section']", add_button))
    assert profile.positions is None
    assert f"shows {before.positions} positions" in profile.unknown["positions"]


# --- public 2013-2024 ---------------------------------------------------------------------


def test_public_2015_see_n_plus_adds_n() -> None:
    """ "See N+" under the skill pills: the pills before it plus N."""
    profile = _read("public-2015-see-more.html")
    assert profile.skills is not None and profile.skills_total is not None
    more = "//li[@id='see-more-less-skill']//span[contains(@class, 'more-text')]"
    stripped = _read("public-2015-see-more.html", _each(more, _strip_numbers))
    assert stripped.skills_total is None
    assert "skills" in stripped.unknown["skills_total"]


def test_public_2016_see_more_without_number_is_unknown() -> None:
    """ "See 2+" -> the total; "See more" without the number -> unknown."""
    fixture = "public-2016-fizzy.html"
    assert _read(fixture).skills_total is not None
    stripped = _read(fixture, _each("//li[contains(@class, 'see-more')]", _strip_numbers))
    assert stripped.skills_total is None
    assert "show more" in stripped.unknown["skills_total"]


def test_public_2013_counts_every_bean_present() -> None:
    """2013 pages hold every skill (the extras hidden but present): counting is right."""
    profile = _read("public-2013-hresume.html")
    assert profile.skills is not None
    assert profile.skills_total is not None and profile.skills_total >= len(profile.skills)


def test_public_2024_recommendations_need_the_count_line() -> None:
    """ "N people have recommended X" gives N; the snippets alone are a sample: unknown."""
    fixture = "public-2024-full.html"
    stated = _read(fixture).recommendations_received
    assert stated is not None
    line = "//p[@data-test-id='recommendations__recommenders']"
    profile = _read(fixture, _each(line, _drop))
    assert profile.recommendations_received is None
    assert "snippets" in profile.unknown["recommendations_received"]


# --- details pages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "total"),
    [("details-skills-2024-all.html", True), ("details-skills-2024-paged.html", False)],
)
def test_details_list_total_only_when_fully_loaded(fixture: str, total: bool) -> None:
    """A details list still paging in ("Show more results") states no total."""
    profile = _read(fixture)
    assert profile.skills is not None
    if total:
        assert profile.skills_total == len(profile.skills)
    else:
        assert profile.skills_total is None
        assert "scroll to its end" in profile.unknown["skills_total"]


def test_ember_2018_embedded_paging_total_is_stated() -> None:
    """The 2018 page's own profileView JSON states the positions total: it wins over a
    number-less button (the page states it, in data rather than text)."""

    def add_button(section: lxml.html.HtmlElement) -> None:
        section.append(
            lxml.html.fragment_fromstring(
                '<button class="pv-profile-section__see-more-inline">Show more</button>'
            )
        )

    fixture = "in-2018-json-numbers.html"
    stated = _read(fixture).positions
    edited = _read(fixture, _each("//section[@id='experience-section']", add_button))
    assert stated is not None and edited.positions == stated

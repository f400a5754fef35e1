"""Pages in layouts the project does not know: the generic reader, images, text, reasons.

Synthetic pages only (invented people); the real-page variants are in
tests/test_unseen_pages.py.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from auditor import NotAProfileError
from auditor import parse_profile
from auditor.api import audit
from auditor.images import ImageKind
from auditor.images import image_urls
from auditor.images import kind
from auditor.images import shows_real_image
from auditor.layouts import generic
from auditor.model import FACTS
from auditor.text import clean
from tests import golden
from tests import variants
from tests.test_unseen_pages import _changes

PHOTO = "https://media.licdn.com/dms/image/v2/Z/profile-displayphoto-shrink_200_200/0/1"
BANNER = "https://media.licdn.com/dms/image/v2/Z/profile-displaybackgroundimage-shrink_350/0/1"
GHOST_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _page(body: str, head: str = "<title>Ines Varga | LinkedIn</title>") -> str:
    """A small LinkedIn-like page around a body."""
    return f'<html lang="en"><head>{head}</head><body>{body}</body></html>'


# --- the generic reader ---------------------------------------------------------------------


def test_unknown_layout_is_read_and_reported() -> None:
    """An unknown logged-in layout: the facts every layout shares, the rest unknown, and
    the summary asks for a report with a redacted copy."""
    report = audit((golden.PROFILES / "unknown-2027-logged-in.html").read_bytes())
    profile = report.profile
    assert profile.layout == "unknown"
    assert profile.name == "Mira Okonkwo-Lind"
    assert profile.followers == 1342  # the owner's networkinfo, not the viewer's 999
    assert profile.headline is not None and "Someone else" not in profile.headline
    assert profile.unknown["skills_total"] == generic.REASON
    assert "profile-audit redact" in report.summary


def test_a_name_alone_is_not_a_profile() -> None:
    """A heading that matches the title is not enough: no address, contact-info link,
    owner JSON or member top card, no profile."""
    page = _page("<main><h1>Ines Varga</h1><p>Some text about Ines.</p></main>")
    with pytest.raises(NotAProfileError):
        parse_profile(page)


def test_an_address_alone_is_not_a_profile() -> None:
    """A profile address with no name this reader can confirm is not read."""
    head = '<link rel="canonical" href="https://www.linkedin.com/in/ines-varga-1a2b3c4d">'
    section = '<section id="experience-section"><h2>Experience</h2><ul><li>Invented Ltd</li></ul>'
    page = _page(f"<main>{section}</section></main>", head)
    with pytest.raises(NotAProfileError) as raised:
        parse_profile(page)
    assert "Experience" in str(raised.value)


def test_the_viewer_is_never_the_owner() -> None:
    """The viewer's /me JSON names someone else: the vanity comes from the page's link."""
    profile = parse_profile((golden.PROFILES / "unknown-2027-logged-in.html").read_bytes())
    assert profile.vanity == "mira-okonkwo-lind-7f3e21a9"
    assert profile.custom_url is False


def test_a_lazy_photo_not_loaded_is_unknown() -> None:
    """A member's photo element without any URL yet: unknown, not "no photo"."""
    head = '<link rel="canonical" href="https://www.linkedin.com/in/ines-varga">'
    body = '<section><img alt="Ines Varga"><h1>Ines Varga</h1></section>'
    profile = parse_profile(_page(body, "<title>Ines Varga | LinkedIn</title>" + head))
    assert profile.photo is None
    assert profile.layout == "unknown"


# --- not-a-profile reasons name the page ----------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "named"),
    [
        ("not-fragment-2026-about", "the About section saved alone"),
        ("not-other-linkedin-company", "a company page"),
        ("not-company-guest-body", "company"),
        ("not-job-guest-body", "job"),
        ("not-sales-navigator-lead", "Sales Navigator"),
        ("not-guest-homepage", "guest homepage"),
        ("not-authwall", "sign-in wall"),
        ("not-app-shell", "app shell"),
        ("not-profile-not-found", "not found"),
        ("not-linkedin", "not from LinkedIn"),
    ],
)
def test_not_a_profile_names_what_the_page_is(fixture: str, named: str) -> None:
    """Each rejection says what the page is, not only that it is no profile."""
    with pytest.raises(NotAProfileError) as raised:
        parse_profile((golden.PROFILES / f"{fixture}.html").read_bytes())
    assert named in str(raised.value)


# --- images ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "urls"),
    [
        (f'<img src="{PHOTO}">', [PHOTO]),
        (f'<img data-delayed-url="{PHOTO}">', [PHOTO]),
        (f'<img data-src="{PHOTO}">', [PHOTO]),
        (f'<img srcset="{PHOTO} 1x, {BANNER} 2x">', [PHOTO, BANNER]),
        (f"<div style=\"background-image: url('{BANNER}')\"></div>", [BANNER]),
        ('<img src="#">', []),
    ],
)
def test_every_way_a_page_carries_an_image(markup: str, urls: list[str]) -> None:
    """src, lazy-load attributes, srcset and CSS background images are all read."""
    assert image_urls(lxml.html.fragment_fromstring(markup)) == urls


@pytest.mark.parametrize(
    ("markup", "blank_is_ghost", "expected"),
    [
        (f'<img src="{PHOTO}">', False, True),
        ('<img src="https://static.licdn.com/aero-v1/sc/h/abc">', False, False),
        (f'<img class="ghost-person" src="{PHOTO}">', False, False),
        (f'<img src="{PHOTO}" data-ghost-url="{PHOTO}">', False, False),
        (f'<img src="{GHOST_GIF}">', False, None),  # a lazy blank or the ghost: unknown
        (f'<img src="{GHOST_GIF}">', True, False),  # the photo slot's own ghost
        ('<img alt="not loaded">', False, None),
        ('<img src="data:image/jpeg;base64,/9j/4AAQ">', False, True),  # SingleFile inline
    ],
)
def test_real_image_placeholder_or_unknown(
    markup: str, blank_is_ghost: bool, expected: bool | None
) -> None:
    """One helper decides real image, LinkedIn's placeholder, or not loaded (unknown)."""
    element = lxml.html.fragment_fromstring(markup)
    assert shows_real_image(element, blank_is_ghost=blank_is_ghost) is expected


def test_image_kinds() -> None:
    """Image URLs are told apart by what LinkedIn's paths say they are."""
    assert kind(PHOTO) is ImageKind.PHOTO
    assert kind(BANNER) is ImageKind.BANNER
    assert kind("https://media.licdn.com/dms/image/Z/company-logo_100_100/0/1") is ImageKind.LOGO
    assert kind("https://static.licdn.com/scds/common/u/images/ghost_person.png") is (
        ImageKind.GHOST
    )


# --- the member's text as written -------------------------------------------------------------


def test_text_is_kept_as_written() -> None:
    """Whitespace collapses; every other character stays, ZWJ emoji sequences whole."""
    technologist = "\U0001f9d1\U0001f3fc\u200d\U0001f4bb"
    assert clean(f"  Builder\n\t{technologist}  ") == f"Builder {technologist}"
    assert clean("Jo\u200cse\u2060ph\u00a0K") == "Jo\u200cse\u2060ph K"


def test_headline_keeps_its_emoji_sequence() -> None:
    """The generic reader's headline and About keep the ZWJ sequence of the page."""
    profile = parse_profile((golden.PROFILES / "unknown-2027-logged-in.html").read_bytes())
    technologist = "\U0001f9d1\U0001f3fc\u200d\U0001f4bb"
    assert profile.headline is not None and technologist in profile.headline
    assert profile.about is not None and technologist in profile.about.text


# --- variants of the synthetic fixtures (no ../shared needed) ---------------------------------

# Class churn is a risk for the layouts LinkedIn still serves (2022-2026 logged-in, guest
# top-card-layout), not for the 2013-2021 ones, whose markup will not change again.
_CURRENT = (
    "in-2022",
    "in-2023",
    "in-2024",
    "in-2025",
    "in-2026",
    "i18n-",
    "details-",
    "activity-",
    "public-2024",
    "unknown-",
)
# Pseudo-localising member text too makes a name differ from the one in the owner's JSON:
# this 2018 page's JSON is then (rightly) not taken as the owner's.
_PSEUDO_ARTEFACT = {"in-2018-json-numbers.html"}


def _kind_and_facts(html: str) -> tuple[str, dict[str, object]]:
    """The page kind (or the rejection reason) and every fact, as JSON data."""
    try:
        profile = parse_profile(html)
    except NotAProfileError as error:
        return f"not a profile: {error.reason}", {}
    return profile.kind.value, profile.model_dump(mode="json")


@pytest.mark.parametrize(
    "path",
    [p for p in golden.fixtures() if p.name not in _PSEUDO_ARTEFACT],
    ids=lambda p: p.name,
)
def test_pseudo_localised_fixture_changes_no_fact(path: Path) -> None:
    """A fixture in a UI language with no word lists: same kind, facts unknown or the same."""
    page = path.read_bytes()
    kind, before = _kind_and_facts(variants.round_trip(page))
    kind_after, after = _kind_and_facts(variants.pseudo_localised(page))
    assert kind_after == kind
    changed = [c for f in FACTS for c in _changes(before.get(f), after.get(f), f)]
    assert not changed, changed


@pytest.mark.parametrize(
    "path",
    [p for p in golden.fixtures() if p.name.startswith(_CURRENT)],
    ids=lambda p: p.name,
)
def test_class_churned_fixture_changes_no_fact(path: Path) -> None:
    """A current-era fixture with every class renamed: same kind, no fact another value."""
    page = path.read_bytes()
    kind, before = _kind_and_facts(variants.round_trip(page))
    kind_after, after = _kind_and_facts(variants.class_churned(page))
    assert kind_after == kind
    changed = [c for f in FACTS for c in _changes(before.get(f), after.get(f), f)]
    assert not changed, changed


# --- only positive evidence rejects a page --------------------------------------------------

_NAME_CARD = f'<section><img alt="Ines Varga" src="{PHOTO}"><h1>Ines Varga</h1></section>'


@pytest.mark.parametrize(
    "head",
    [
        # A pageKey no version has seen, on a page whose address names a member.
        '<meta name="pageKey" content="d_flagship4_member_view">'
        '<link rel="canonical" href="https://www.linkedin.com/in/ines-varga-1a2b3c4d/">',
        # A new address form around /in/<vanity>.
        '<meta property="og:url" content="https://www.linkedin.com/m/in/ines-varga-1a2b3c4d/">',
    ],
)
def test_a_profile_under_a_new_page_key_or_path_is_read(head: str) -> None:
    """An unknown pageKey or path does not reject a page that names a member."""
    page = _page(_NAME_CARD, "<title>Ines Varga | LinkedIn</title>" + head)
    profile = parse_profile(page)
    assert (profile.layout, profile.name, profile.vanity) == (
        "unknown",
        "Ines Varga",
        "ines-varga-1a2b3c4d",
    )
    assert profile.photo is True


@pytest.mark.parametrize(
    ("head", "named"),
    [
        ('<meta name="pageKey" content="d_flagship4_unheard_of">', "pageKey d_flagship4"),
        (
            '<link rel="canonical" href="https://www.linkedin.com/company/invented-gmbh/">',
            "company",
        ),
        (
            '<meta name="pageKey" content="d_flagship3_search_srp_people">'
            '<link rel="canonical" href="https://www.linkedin.com/in/ines-varga/">',
            "search",
        ),
    ],
)
def test_other_pages_are_still_rejected(head: str, named: str) -> None:
    """A pageKey or path naming another kind, or naming nothing on a page that names no
    member, still rejects the page."""
    body = "<main><h1>Ines Varga</h1></main>"
    with pytest.raises(NotAProfileError) as raised:
        parse_profile(_page(body, "<title>Ines Varga | LinkedIn</title>" + head))
    assert named in str(raised.value)

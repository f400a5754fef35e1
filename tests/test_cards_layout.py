"""Focused tests of the 2022-2025 cards, /details/ and /recent-activity/ readers."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import lxml.html
import pytest

from auditor.images import shows_real_image
from auditor.layouts import _cards
from auditor.layouts import activity
from auditor.layouts import cards
from auditor.layouts import details
from auditor.layouts import details_2026
from auditor.page import load_page

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def fragment(html: str) -> lxml.html.HtmlElement:
    """One element parsed from a snippet."""
    return lxml.html.fragment_fromstring(html)


@pytest.mark.parametrize(
    ("img", "expected"),
    [
        (f'<img class="pv-top-card-profile-picture__image--show ghost-person" src="{GIF}">', False),
        (f'<img class="pv-top-card-profile-picture__image--show" src="{GIF}">', False),
        ('<img class="x" src="https://media.licdn.com/dms/image/v2/a/profile-displayphoto">', True),
        ('<img class="x" src="data:image/jpeg;base64,/9j/4AAQ">', True),  # SingleFile save
        ('<img class="x">', None),
    ],
)
def test_photo_is_real(img, expected):
    """In the top card's photo slot the ghost is a 1x1 GIF or class ghost-person; inlined
    JPEGs are real photos."""
    assert shows_real_image(fragment(img), blank_is_ghost=True) is expected


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        (
            '<section><a id="navigation-index-Show-all-17-skills" href="/details/skills">'
            "Alle 17 Kenntnisse anzeigen</a></section>",
            17,
        ),
        (
            '<section><a id="navigation-index-see-all-experiences" href="/details/experience">'
            "Mostra tutte le esperienze (5)</a></section>",
            5,
        ),
        (
            '<section><div class="pvs-list__footer-wrapper"><a href="/details/skills">'
            "Show all 26 skills</a></div></section>",
            26,
        ),
        (
            '<section><a id="navigation-index-see-all-companies">Show all companies</a></section>',
            None,
        ),
        ("<section><ul><li>no footer</li></ul></section>", None),
        (  # self-view: the header's pencil (no number) comes before the footer
            '<section><div class="pvs-header__right-container">'
            '<a id="navigation-index-edit-skills" href="/in/x/details/skills"></a></div>'
            '<div class="pvs-list__footer-wrapper"><a id="navigation-index-Show-all-14-skills" '
            'href="/in/x/details/skills">Show all 14 skills</a></div></section>',
            14,
        ),
        (
            '<section><a id="navigation-index-edit-position" href="/in/x/details/experience"></a>'
            '<a id="navigation-index-see-all-experiences">Show all 7 experiences</a></section>',
            7,
        ),
    ],
)
def test_show_all_total(card, expected):
    """Totals come from the footer link: its id when it carries the number, else its text."""
    assert cards.layout.show_all_total(fragment(card)) == expected


def test_card_absent_only_when_a_lower_card_rendered():
    """A missing card means "none" only if LinkedIn got further down the column."""
    rendered = cards.Cards(by_key={}, deepest=cards.ORDER.index("interests"))
    lazy = cards.Cards(by_key={}, deepest=cards.ORDER.index("education"))
    assert rendered.judged_absent("skills") and rendered.judged_absent("recommendations")
    assert not lazy.judged_absent("skills")
    assert lazy.judged_absent("about")


def test_details_item_id():
    """The item id gives the subject's urn, the section and the UI locale."""
    match = details._ITEM_ID.match(
        "profilePagedListComponent-ACoAAB1x-Yz2-RECOMMENDATIONS-VIEW-DETAILS-profileTabSection-"
        "RECEIVED-RECOMMENDATIONS-NONE-es-ES-3"
    )
    assert match is not None
    found = (match["urn"], match["section"], match["locale"])
    assert found == ("ACoAAB1x-Yz2", "RECOMMENDATIONS", "es")


@pytest.mark.parametrize(
    ("href", "tab"),
    [
        ("https://www.linkedin.com/in/x/recent-activity/all/", "all"),
        ("/in/x/recent-activity/comments/?x=1", "comments"),
        ("/in/x/details/skills/", ""),
    ],
)
def test_activity_tab(href, tab):
    """The tab a Show-all link opens tells posts from comments without reading words."""
    assert _cards._tab(href) == tab


def test_detectors_are_exclusive_on_fixtures():
    """Each synthetic page of these families is claimed by exactly its own layout."""
    from tests.golden import PROFILES

    owners = {
        "in-2022": cards.layout,
        "in-2024": cards.layout,
        "in-2025": cards.layout,
        "details": details.layout,
        "activity": activity.layout,
    }
    for prefix, owner in owners.items():
        for path in sorted(PROFILES.glob(f"{prefix}-*.html")):
            page = load_page(path.read_bytes())
            # the 2026 SDUI details pages (modelled) have their own layout
            expected = details_2026.layout if path.name.startswith("details-2026-") else owner
            claimed = [
                m
                for m in (details.layout, details_2026.layout, activity.layout, cards.layout)
                if m.detect(page)
            ]
            assert claimed[:1] == [expected], path.name


# --- a new build's class names: the class-free evidence of the cards readers ---------------


def _facts_kept(html: str) -> tuple[object, ...]:
    """The era label, banner and current position the cards layout reads from a page."""
    profile = cards.layout.extract(load_page(html))
    return profile.layout, profile.banner, profile.current_position


@pytest.mark.parametrize(
    "name",
    [
        "in-2024-other-ghost-photo.html",  # default banner, grouped current position
        "in-2024-lazy-skills.html",  # default banner, one current position
        "in-2025-creator-open-to-work.html",  # the 2025 markers, custom banner
    ],
)
def test_class_churned_fixture_keeps_era_banner_and_position(name):
    """With every class renamed, the era, the banner and the current position (its
    has_description included) read the same from class-free evidence, none unknown."""
    from tests import variants
    from tests.golden import PROFILES

    page = (PROFILES / name).read_bytes()
    before = _facts_kept(variants.round_trip(page))
    assert None not in before
    assert _facts_kept(variants.class_churned(page)) == before


_HERO = '<div style="min-height: 201px; max-height: 201px;"><div>{}</div></div>'


@pytest.mark.parametrize(
    ("slot", "expected"),
    [
        ('<div tabindex="-1"><!----></div>', False),  # the default: nothing in the slot
        (  # a custom banner's image, found by its id
            '<div tabindex="-1"><div><img id="profile-background-image-target-image" '
            'src="https://media.licdn.com/dms/image/v2/B/profile-displaybackgroundimage"></div>'
            "</div>",
            True,
        ),
        ('<div tabindex="-1"><div><picture></picture></div></div>', None),  # unknown content
        ('<div tabindex="-1"><div></div></div>', None),  # an image not rendered (yet)
    ],
)
def test_banner_without_classes(slot, expected):
    """Without classes, only an empty banner slot says "default"; anything else in it
    that is not the banner image is unknown."""
    top = fragment(f'<section data-member-id="1">{_HERO.format(slot)}<div></div></section>')
    assert cards.layout._banner(top) is expected


def test_banner_slot_needs_the_sized_hero():
    """An empty focusable div elsewhere (no hero sized as the banner) says nothing."""
    top = fragment(
        '<section data-member-id="1"><div><div><div tabindex="-1"></div></div></div></section>'
    )
    assert cards.layout._banner(top) is None


@pytest.mark.parametrize(
    ("top_card", "era"),
    [
        (_HERO.format('<div tabindex="0" role="button"></div>'), "in-2025"),
        (_HERO.format('<div tabindex="-1"></div>') + '<svg data-rtl="true"></svg>', "in-2025"),
        (_HERO.format('<div tabindex="-1"></div>'), "in-2023"),  # no 2024 entity either
    ],
)
def test_era_without_classes(top_card, era):
    """The 2025 era from its class-free markers: the banner slot is a button, or the top
    card's icons carry data-rtl; neither, and the era is not called 2025."""
    top = fragment(f'<section data-member-id="1">{top_card}</section>')
    root = fragment(f"<div>{lxml.html.tostring(top, encoding='unicode')}</div>")
    assert cards.layout._layout(root, [], cards.Cards({}, -1), root[0]) == era


_HEADER = (
    '<a href="https://www.linkedin.com/company/1/"><div><div><span aria-hidden="true">'
    "Site Lead</span><span>Site Lead</span></div></div>"
    '<span><span aria-hidden="true">Kranich Logistik · Full-time</span>'
    "<span>Kranich Logistik · Full-time</span></span>"
    '<span><span aria-hidden="true">Jan 2024 - Present</span>'
    "<span>Jan 2024 - Present</span></span></a>"
)
_SKILLS_LINE = (
    '<ul><li><a data-field="position_contextual_skills_see_details" href="/in/x/overlay/">'
    "<strong>Skills: Forklift routing</strong></a></li></ul>"
)


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        ("", False),  # the header alone
        (_SKILLS_LINE, False),  # and a "Skills:" link
        (  # a line-clamped description
            '<ul><li><div style="-webkit-line-clamp:2;"><span aria-hidden="true">'
            "Runs the night shift.</span></div></li></ul>",
            True,
        ),
        (  # text in markup this version does not know: may be a description
            "<ul><li><p>Runs the night shift.</p></li></ul>" + _SKILLS_LINE,
            None,
        ),
    ],
)
def test_position_description_without_classes(below, expected):
    """Without classes, "no description" needs every text of the entry in its header
    block or its Skills link; other text leaves it unknown, never False."""
    item = fragment(
        f'<div data-view-name="profile-component-entity"><div></div><div><div>{_HEADER}</div>'
        f"<div>{below}</div></div></div>"
    )
    position = cards.layout.read_position(item)
    assert (position.title, position.company) == ("Site Lead", "Kranich Logistik")
    assert position.has_description is expected

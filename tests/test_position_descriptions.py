"""Whether a position shows a description, on the 2022-2025 cards and /details/ pages.

The reader answers True where a description is there, False only when every text of
the entry lies in its header block (title, company, dates, location), and unknown for
any other text. The 2022-03 /details/experience/ pages print descriptions in markup the
profile cards of the same date do not use; the real pages are read from
../shared/linkedin-pages (never copied here) and those tests skip without it.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import lxml.html
import pytest

from auditor import audit
from auditor import parse_profile
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import visible_text
from auditor.layouts import details
from auditor.selectors import cards as sel
from tests import realpages
from tests.golden import PROFILES


def _line(classes: str, text: str) -> str:
    """One header line as 2022-2023 prints it: the shown copy and the screen-reader copy."""
    return (
        f'<span class="{classes}"><span aria-hidden="true"><!---->{text}<!----></span>'
        f'<span class="visually-hidden"><!---->{text}<!----></span></span>'
    )


def _below(inner: str) -> str:
    """A line below the header, in the nested list of a 2022-03 /details/experience/ entry."""
    return (
        '<div class="pvs-list__outer-container"><ul class="pvs-list"><li>'
        '<div class="pvs-list__outer-container"><ul class="pvs-list">'
        '<li class="pvs-list__item--with-top-padding"><div class="display-flex">'
        '<div class="display-flex full-width">'
        f'<div class="display-flex align-items-center t-14 t-normal t-black">{inner}</div>'
        "</div></div></li></ul></div></li></ul></div>"
    )


_DESCRIPTION = _below(
    '<span aria-hidden="true"><!---->Plans the delivery routes.<!----></span>'
    '<span class="visually-hidden"><!---->Plans the delivery routes.<!----></span>'
)
# The 2023 /details/ "Skills:" line: the same markup as a description, the label in bold.
_SKILLS = _below(
    '<span aria-hidden="true"><strong><!---->Skills:<!----></strong>'
    '<span class="white-space-pre"> </span>Route planning</span>'
    '<span class="visually-hidden"><strong>Skills:</strong> Route planning</span>'
)


def _entry(below: str) -> lxml.html.HtmlElement:
    """A 2022-03 /details/experience/ entry: the header block, then ``below``."""
    header = (
        '<div class="display-flex flex-column full-width">'
        '<div class="display-flex align-items-center">'
        + _line("t-bold mr1", "Dispatcher")
        + "</div>"
        + _line("t-14 t-normal", "Harrowgate Couriers · Full-time")
        + _line("t-14 t-normal t-black--light", "Feb 2021 - Present · 1 yr 2 mos")
        + "</div>"
    )
    return lxml.html.fragment_fromstring(
        '<div class="pvs-entity pvs-entity--padded">'
        '<div><a href="https://www.linkedin.com/company/90001/"><img alt=""></a></div>'
        '<div class="display-flex flex-column full-width align-self-center">'
        f'<div class="display-flex flex-row justify-space-between">{header}'
        '<div class="pvs-entity__action-container"></div></div>'
        f"{below}</div></div>"
    )


def _without_classes(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element with every class attribute removed (a build whose classes are new)."""
    for node in element.iter():
        node.attrib.pop("class", None)
    return element


@pytest.mark.parametrize(
    ("below", "expected"),
    [
        (_DESCRIPTION, True),  # the plain description line
        ("", False),  # the header block alone: positive evidence of none
        (_SKILLS, None),  # a bold-labelled "Skills:" line only: not a description, not none
        (_below("<p>Plans the delivery routes.</p>"), None),  # text in markup not known
    ],
)
def test_details_entry_answers_true_false_or_unknown(below, expected):
    """The three answers on a 2022-03-style /details/experience/ entry; known classes
    alone never say "no description"."""
    position = details.layout.read_position(_entry(below))
    assert (position.title, position.company) == ("Dispatcher", "Harrowgate Couriers")
    assert position.has_description is expected


# A class-free header block as the 2024-2025 builds print it (the shape the class-free
# readers know): the title held by a div, the other lines as span > span[aria-hidden].
_CLASS_FREE_HEADER = (
    '<a href="https://www.linkedin.com/company/90001/"><div><div><span aria-hidden="true">'
    "Dispatcher</span><span>Dispatcher</span></div></div>"
    '<span><span aria-hidden="true">Harrowgate Couriers · Full-time</span>'
    "<span>Harrowgate Couriers · Full-time</span></span></a>"
)


@pytest.mark.parametrize(
    ("below", "expected"),
    [(_DESCRIPTION, True), ("", False), (_SKILLS, None)],
)
def test_entry_without_classes(below, expected):
    """With every class gone, the details description line is still found (a plain copy
    held by a div in a list item of the entry), the header-only entry still reads "none",
    and a bold-labelled line is neither."""
    entry = lxml.html.fragment_fromstring(
        '<div data-view-name="profile-component-entity"><div></div>'
        f"<div><div>{_CLASS_FREE_HEADER}</div><div>{below}</div></div></div>"
    )
    position = details.layout.read_position(_without_classes(entry))
    assert (position.title, position.company) == ("Dispatcher", "Harrowgate Couriers")
    assert position.has_description is expected


def test_fixture_whose_current_position_is_described():
    """The synthetic 2022 /details/experience/ page whose first entry has a description:
    the current position says so (the wrong answer was False)."""
    page = (PROFILES / "details-experience-2022-described.html").read_bytes()
    profile = parse_profile(page)
    assert profile.current_position is not None
    assert profile.current_position.has_description is True
    assert profile.positions == 4


def test_profile_keeps_a_position_whose_description_it_cannot_place():
    """A cards profile whose current entry holds text the reader cannot place: title and
    company are still read, only the description is unknown, and the score leaves that
    point unchecked (never 0 for it, never the whole position dropped)."""
    page = (PROFILES / "in-2025-creator-open-to-work.html").read_text(encoding="utf-8")
    header_end = '<div class="pvs-entity__action-container"></div>'
    at = page.index(header_end, page.index('id="experience"')) + len(header_end)
    page = page[:at] + "<p>Text in a block of a new kind</p>" + page[at:]
    report = audit(page)
    position = report.profile.current_position
    assert position is not None
    assert (position.title, position.company) == ("Founder", "Fieldnote Studio")
    assert position.has_description is None
    criterion = next(c for c in report.criteria if c.id == "current-position")
    assert criterion.unknown_points > 0


def _entries(name: str) -> list[tuple[str, lxml.html.HtmlElement, lxml.html.HtmlElement]]:
    """Every position entry of a real /details/experience/ page: (item id, the item's
    own entity, the entity whose lines are the entry's: a group's first role)."""
    root = lxml.html.fromstring((realpages.PAGES / name).read_bytes())
    entries = []
    for li in find_all(root, sel.DETAILS_ITEMS):
        item_id = li.get("id") or ""
        if f"-{sel.SECTION_EXPERIENCE}-" not in item_id:
            continue
        own = find(li, sel.SUB_ITEMS)  # the first entity in the item is its own
        roles = find_all(li, sel.DETAILS_NESTED)
        lines = find(roles[0], sel.SUB_ITEMS) if roles else own
        if own is not None and lines is not None:
            entries.append((item_id, own, lines))
    return entries


def _shows_description(entity: lxml.html.HtmlElement) -> bool:
    """What the markup shows, read apart from the reader's selectors: text in the
    entity's list below its header (div.pvs-list__outer-container, 2022-03), outside
    any nested entry (a role of its own)."""
    texts = [
        visible_text(block)
        for block in entity.xpath("./div/div[contains(@class, 'pvs-list__outer-container')]")
        if not block.xpath("descendant::li[starts-with(@id, 'profilePagedListComponent-')]")
    ]
    return any(text.strip() for text in texts)


@pytest.mark.realpages
@pytest.mark.skipif(not realpages.TRUTH_FILE.is_file(), reason="../shared/linkedin-pages absent")
def test_every_real_details_entry_reads_as_its_markup_shows():
    """On every real /details/experience/ page, every entry's (and every role's)
    has_description is what its markup shows: True where a description line is below the
    header, False where none is."""
    pages = [name for name, entry in realpages.truth().items() if entry["kind"] == "details"]
    checked = {True: 0, False: 0}
    wrong = []
    for name in pages:
        for item_id, own, lines in _entries(name):
            shown = _shows_description(lines)
            got = details.layout.read_position(own).has_description
            checked[shown] += 1
            if got is not shown:
                wrong.append(f"{name} {item_id[-12:]}: read {got}, markup shows {shown}")
    print(f"\nreal details entries: {checked[True]} described, {checked[False]} not")
    assert checked[True] and checked[False], "no entry of each kind: the test checks nothing"
    assert not wrong, "\n".join(wrong)

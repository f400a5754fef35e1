"""Logged-in profile, 2026 server-driven UI (SDUI): cards keyed by ``componentkey``.

Seen 2026 (openoutreach pages): the top card, About, Featured, Services and Activity are
rendered with the page; everything below Activity (Experience, Education, Skills,
Recommendations, ...) sits in six lazy ``profileCardsBelowActivityPartN<vanity>``
containers that stay empty until the member scrolls. Later builds also load Experience
(``profileCardsExperienceOnly``) and, with the top card alone server-rendered
(``profileCardsAboveActivityTopcardOnly``), About lazily: every such container counts.
Facts of those cards are unknown while a part is empty, and read from the cards once
every part has rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import TypeAlias

import lxml.html

from auditor import vanity as vanity_rules
from auditor import words
from auditor.dom import Selector
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import value
from auditor.dom import visible_text
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import sdui as sel
from auditor.text import clean
from auditor.text import parse_connections
from auditor.text import parse_count

NAME = "sdui_2026"
LAYOUT = "in-2026"

LAZY = "{card} did not load (lazy section): scroll to it and audit again"

# Card names at the end of a componentkey; longer names first so "Services" is not
# mistaken for a shorter suffix.
_CARDS = (
    "SuggestedForYou",
    "SupportedLocales",
    "Recommendations",
    "Experience",
    "Education",
    "Activity",
    "Featured",
    "Services",
    "Topcard",
    "Skills",
    "About",
)

Element: TypeAlias = lxml.html.HtmlElement


@dataclass
class _Cards:
    """The page's cards by name: the holder (div) and the rendered section, if any."""

    holders: dict[str, Element] = field(default_factory=dict)
    sections: dict[str, Element] = field(default_factory=dict)
    parts: list[Element] = field(default_factory=list)  # lazy part containers (outer)
    above_key: str | None = None  # "profileCardsAboveActivity<vanity>"
    topcard_only_key: str | None = None  # "profileCardsAboveActivityTopcardOnly<vanity>"

    def card(self, name: str) -> Element | None:
        """The rendered card: its section, else its holder when it has content."""
        section = self.sections.get(name)
        if section is not None:
            return section
        holder = self.holders.get(name)
        return holder if holder is not None and len(holder) else None

    def lazy_state(self) -> str:
        """The lazy parts: all "rendered", one still "pending" (empty), or "absent"."""
        if not self.parts:
            return "absent"
        rendered = all(find(part, sel.PART_RENDERED) is not None for part in self.parts)
        return "rendered" if rendered else "pending"


def detect(page: Page) -> bool:
    """Whether the page is a 2026 SDUI profile (a componentkey Topcard section)."""
    return find(page.root, sel.TOPCARD) is not None


def extract(page: Page) -> Profile:
    """Read the facts of a 2026 SDUI profile page."""
    cards = _cards(page)
    top = cards.sections.get("Topcard")
    if top is None:  # detect() guarantees it; keep mypy and a bad caller honest
        top = find(page.root, sel.TOPCARD)
    assert top is not None
    unknown: dict[str, str] = {}
    facts: dict[str, object] = {}

    intro = find(top, sel.INTRO)
    facts["name"] = value(top, sel.NAME)
    facts["headline"] = (value(intro, sel.HEADLINE) or "") if intro is not None else None
    facts["location"] = value(intro, sel.LOCATION) if intro is not None else None
    facts["vanity"] = _vanity(top, cards)
    facts["photo"] = _image_in(top, sel.PHOTO_FRAME, sel.PHOTO_IMAGE)
    facts["banner"] = _image_in(top, sel.BANNER_FRAME, sel.BANNER_IMAGE)
    connections, followers = _counts(top, intro)
    facts["connections"] = connections
    if connections is None:
        unknown["connections"] = "the top card shows no connections count (creator view)"
    activity_card = cards.card("Activity")
    if followers is None and activity_card is not None:
        followers = _activity_followers(activity_card)
    facts["followers"] = followers
    facts["creator"] = _creator(top, followers_on_top=_followers_on_top(top, intro))
    facts["industry"] = None
    unknown["industry"] = "the 2026 top card does not show the industry"
    facts["open_to_work"] = _open_to_work(top)
    if facts["open_to_work"] is None:
        unknown["open_to_work"] = "the 2026 open-to-work photo frame is not recognised yet"

    facts["about"] = _about(cards)
    facts["featured"] = _has_items(cards, "Featured")
    facts["activity"] = _activity(activity_card)
    if activity_card is None:
        unknown["activity"] = LAZY.format(card="Activity")

    _below_activity(cards, top, facts, unknown)
    return Profile(kind=PageKind.PROFILE, layout=LAYOUT, unknown=unknown, **facts)  # type: ignore[arg-type]


def _cards(page: Page) -> _Cards:
    """Sort every card holder and lazy part by its componentkey, in one pass."""
    cards = _Cards()
    for element in find_all(page.root, sel.CARD_KEYS):
        key = element.get("componentkey") or ""
        if key.startswith(sel.TOPCARD_ONLY_PREFIX):
            # The top card alone: it says nothing about the lazy cards above Activity.
            cards.topcard_only_key = key
            continue
        if key.startswith(sel.LAZY_PART_PREFIX) and not key.startswith(sel.ABOVE_ACTIVITY_PREFIX):
            # outer containers only: an unrendered part repeats its key on an inner div
            nearby = [a for _, a in zip(range(3), element.iterancestors(), strict=False)]
            if all(a.get("componentkey") != key for a in nearby):
                cards.parts.append(element)
            continue
        if key.startswith(sel.ABOVE_ACTIVITY_PREFIX):
            cards.above_key = key
            continue
        name = next((n for n in _CARDS if key.endswith(n)), None)
        if name is None:
            continue
        target = cards.sections if element.tag == "section" else cards.holders
        target.setdefault(name, element)
    return cards


def _vanity(top: Element, cards: _Cards) -> str | None:
    """The owner's slug, from the contact-info link, else the above-activity key."""
    href = value(top, sel.CONTACT_INFO_HREF)
    if href:
        return vanity_rules.from_url(href)
    if cards.above_key:
        return cards.above_key[len(sel.ABOVE_ACTIVITY_PREFIX) :] or None
    if cards.topcard_only_key:
        return cards.topcard_only_key[len(sel.TOPCARD_ONLY_PREFIX) :] or None
    return None


def _image_in(top: Element, frame_sel: Selector, image_sel: str) -> bool | None:
    """True when the frame holds an image, False when it shows only the placeholder."""
    frame = find(top, frame_sel)
    if frame is None:
        return None
    for image in find_all(frame, image_sel):
        src = image.get("src") or ""
        if src and "static.licdn.com" not in src:  # static.licdn.com serves the ghosts
            return True
    return False


def _count_runs(top: Element, intro: Element | None) -> list[Element]:
    """Top-card runs starting with a number, outside the intro (a headline may too)."""
    inside = set(intro.iter("p")) if intro is not None else set()
    return [run for run in find_all(top, sel.COUNT_RUNS) if run not in inside]


def _counts(top: Element, intro: Element | None) -> tuple[Connections | None, int | None]:
    """Connections and followers as printed in the top card ("500+" kept)."""
    connections: Connections | None = None
    followers: int | None = None
    for run in _count_runs(top, intro):
        text = visible_text(run)
        nxt = run.getnext()
        label = text + " " + (visible_text(nxt) if nxt is not None and nxt.tag == "p" else "")
        if followers is None and words.has("followers", text):
            followers = parse_count(text)
        elif connections is None and words.has("connections", label):
            parsed = parse_connections(text)
            connections = (
                "500+" if parsed == "500+" else (parsed if isinstance(parsed, int) else None)
            )
    return connections, followers


def _followers_on_top(top: Element, intro: Element | None) -> bool:
    """Whether the top card prints a followers count."""
    return any(words.has("followers", visible_text(r)) for r in _count_runs(top, intro))


def _activity_followers(card: Element) -> int | None:
    """The followers count in the Activity card header ("677 followers")."""
    for run in find_all(card, sel.ACTIVITY_HEADER):
        text = visible_text(run)
        if words.has("followers", text):
            return parse_count(text)
    return None


def _creator(top: Element, followers_on_top: bool) -> bool:
    """Creator profile: Follow is the primary action and followers show in the top card."""
    actions = find_all(top, sel.ACTIONS)
    follow_first = bool(actions) and find(actions[0], sel.FOLLOW_ICON) is not None
    return follow_first and followers_on_top


def _open_to_work(top: Element) -> bool | None:
    """True when the photo carries LinkedIn's #OPEN_TO_WORK frame text (any UI language)."""
    frame = find(top, sel.PHOTO_FRAME)
    if frame is None:
        return None
    labels = " ".join(
        (e.get("alt") or "") + " " + (e.get("aria-label") or "") for e in frame.iter("img", "div")
    )
    return True if "#open_to_work" in labels.lower() else None


def _text_without_buttons(element: Element) -> str:
    """Cleaned text of an element, leaving out buttons (the "… more" toggle)."""
    parts: list[str] = [element.text or ""]
    # Iterative walk (pages can nest deeper than Python's recursion limit); a button's
    # subtree is skipped but its tail, the text after it, is kept.
    stack: list[Element] = list(reversed(element))
    while stack:
        node = stack.pop()
        if isinstance(node.tag, str) and node.tag != "button":
            parts.append(" " if node.tag in ("br", "p", "div", "li") else "")
            parts.append(node.text or "")
            stack.append(_Tail(node))
            stack.extend(reversed(node))
            continue
        if isinstance(node, _Tail):
            parts.append(node.element.tail or "")
            continue
        parts.append(node.tail or "")  # a button, comment or processing instruction
    return clean(" ".join(parts))


@dataclass(frozen=True)
class _Tail:
    """A marker on the walk stack: emit this element's tail once its content is done."""

    element: Element
    tag: None = None


def _about(cards: _Cards) -> About | None:
    """The About text; an empty About holder on a rendered page means none."""
    card = cards.card("About")
    if card is not None:
        box = find(card, sel.ABOUT_TEXT)
        return About.of(_text_without_buttons(box) if box is not None else "")
    if "About" in cards.holders or cards.above_key is not None:
        return About.of("")  # the above-activity cards render with the page
    return None


def _has_items(cards: _Cards, name: str) -> bool | None:
    """Whether a server-rendered card (Featured, Services) shows items."""
    card = cards.card(name)
    if card is not None:
        return bool(find_all(card, sel.CARD_ITEMS))
    if name in cards.holders or cards.above_key is not None:
        return False
    return None


def _activity(card: Element | None) -> Activity | None:
    """Posts shown in the Activity card, or LinkedIn's "hasn't posted" empty state."""
    if card is None:
        return None
    posts = find(card, sel.ACTIVITY_POSTS)
    has_posts = posts is not None and bool(find_all(posts, sel.ACTIVITY_ITEMS))
    not_posted = not has_posts and words.has("not_posted", visible_text(card))
    return Activity(has_posts=has_posts, has_articles=None, not_posted=not_posted)


def _total(card: Element, name: str) -> int | None:
    """The "Show all N" number of a card's /details/ footer link (aria-label or text)."""
    link = find(card, sel.DETAILS_LINK[name])
    if link is None:
        return None
    return parse_count(link.get("aria-label")) or parse_count(visible_text(link))


def _below_activity(
    cards: _Cards, top: Element, facts: dict[str, object], unknown: dict[str, str]
) -> None:
    """Experience, Education, Skills and Recommendations, when the lazy parts rendered."""
    state = cards.lazy_state()
    company = value(top, sel.CURRENT_COMPANY)
    for name, fields in (
        ("Experience", ("positions", "current_position")),
        ("Education", ("education",)),
        ("Skills", ("skills_total", "skills")),
        ("Recommendations", ("recommendations_received", "recommendations_given")),
    ):
        card = cards.card(name)
        if card is None and state != "rendered":
            why = (
                LAZY.format(card=name)
                if state == "pending"
                else f"{name} is not on this page (saved before it rendered)"
            )
            for f in fields:
                facts[f] = None
                unknown[f] = why
            continue
        reader = _READERS[name]
        reader(card, facts, unknown)
    if facts.get("current_position") is None and company:
        # The top card names the current company even while Experience is lazy.
        facts["current_position"] = Position(company=company)
        unknown.pop("current_position", None)


def _experience(card: Element | None, facts: dict[str, object], unknown: dict[str, str]) -> None:
    """Positions (the "Show all N" total, else the items) and the first, current one."""
    if card is None:
        facts["positions"] = 0
        facts["current_position"] = None
        unknown["current_position"] = "the profile lists no experience"
        return
    items = find_all(card, sel.SECTION_ITEMS)
    facts["positions"] = _total(card, "Experience") or len(items)
    if not items:
        facts["current_position"] = None
        unknown["current_position"] = "the profile lists no experience"
        return
    first = items[0]
    runs = [visible_text(p) for p in find_all(first, sel.ITEM_RUNS)]
    runs = [r for r in runs if r]
    company = runs[1].split(" · ")[0] if len(runs) > 1 else None
    facts["current_position"] = Position(
        title=runs[0] if runs else None,
        company=company,
        company_linked=find(first, sel.ITEM_COMPANY_LINK) is not None,
        has_description=find(first, sel.ABOUT_TEXT) is not None,
    )


def _education(card: Element | None, facts: dict[str, object], unknown: dict[str, str]) -> None:
    """Education entries (the "Show all N" total, else the items)."""
    if card is None:
        facts["education"] = 0
        return
    facts["education"] = _total(card, "Education") or len(find_all(card, sel.SECTION_ITEMS))


def _skills(card: Element | None, facts: dict[str, object], unknown: dict[str, str]) -> None:
    """Skills shown with endorsements, and the total ("Show all N", else all shown)."""
    if card is None:
        facts["skills_total"] = 0
        facts["skills"] = []
        return
    skills = []
    for item in find_all(card, sel.SECTION_ITEMS):
        runs = [t for t in (visible_text(p) for p in find_all(item, sel.ITEM_RUNS)) if t]
        if not runs:
            continue
        endorsements = next(
            (parse_count(r) for r in runs[1:] if words.has("endorsements", r)), None
        )
        skills.append(Skill(name=runs[0], endorsements=endorsements))
    facts["skills"] = skills
    facts["skills_total"] = _total(card, "Skills") or len(skills)


def _recommendations(
    card: Element | None, facts: dict[str, object], unknown: dict[str, str]
) -> None:
    """Received and given: the tab links' numbers, else the entries of the open tab."""
    if card is None:
        facts["recommendations_received"] = 0
        facts["recommendations_given"] = 0
        return
    for key, link_sel, panel_sel in (
        ("recommendations_received", sel.RECEIVED_LINK, sel.RECEIVED_PANEL),
        ("recommendations_given", sel.GIVEN_LINK, sel.GIVEN_PANEL),
    ):
        link = find(card, link_sel)
        count = None
        if link is not None:
            count = parse_count(link.get("aria-label")) or parse_count(visible_text(link))
        if count is None:
            panel = find(card, panel_sel)
            if panel is not None:
                count = len(find_all(panel, sel.SECTION_ITEMS))
        facts[key] = count
        if count is None:
            unknown[key] = "the Recommendations card shows only the other tab"


_READERS = {
    "Experience": _experience,
    "Education": _education,
    "Skills": _skills,
    "Recommendations": _recommendations,
}

"""The generic reader: a LinkedIn member profile in a layout this version does not know.

Tried last. It reads a page only on positive evidence that it is a member's profile
(a canonical, og:url or address ``/in/<x>``, the top card's contact-info link, the
owner's request in the embedded JSON, or the top card's member id) and a name it can
confirm, and then only what does not depend on the layout: the name (a heading that the
``<title>``/``og:title`` confirms, or the top card's heading), the vanity, the photo and
banner by their image URLs, the owner's headline and counts in the embedded JSON, and
About from its section anchor. Everything else is unknown, with the reason below; the
report names the layout ``unknown`` and asks the user to report the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html

from auditor import embedded
from auditor import ui_words
from auditor import urls
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import run
from auditor.dom import visible_text
from auditor.images import ImageKind
from auditor.images import image_urls
from auditor.images import kind
from auditor.images import shows_real_image
from auditor.model import FACTS
from auditor.model import About
from auditor.model import Connections
from auditor.model import PageKind
from auditor.model import Profile
from auditor.page import Page
from auditor.selectors import common
from auditor.selectors import generic as sel
from auditor.text import clean
from auditor.text import parse_connections
from auditor.text import parse_count

REASON = "a LinkedIn layout this version does not know"
# Above this many member photos, the block around the name is no longer the top card.
_MAX_TOP_CARD_PHOTOS = 2
# A count and its one word: "500+ connections", "1,234 followers", "12 345 abonnés".
_COUNT_AND_WORD = re.compile(r"^(\d[\d.,\s\u00a0\u202f']*\+?)\s*([^\W\d_][\w:]*)$")
# Headings read when looking for the name (it is among the first on every layout).
_MAX_HEADINGS = 40


class GenericLayout:
    """A member profile in a layout no other reader knows, read by what every layout
    shares (the readers below); the report names its layout ``unknown``."""

    NAME = "generic"
    LABEL = "unknown"

    def detect(self, page: Page) -> bool:
        """Whether the page is positively a member's profile with a name this reader
        confirms."""
        return _owner(page) is not None and _name_heading(page) is not None

    def extract(self, page: Page) -> Profile:
        """Read what every layout shares; everything else is unknown."""
        owner = _owner(page)
        heading = _name_heading(page)
        facts: dict[str, Any] = {"vanity": owner, "url": next(_addresses(page), None)}
        if heading is not None:
            facts |= _top_card_facts(page, heading)
        member = _owner_json(page, owner)
        if facts.get("headline") is None:
            facts["headline"] = _json_text(member, sel.HEADLINE_KEYS)
        if facts.get("followers") is None:
            facts["followers"] = _json_count(member, sel.FOLLOWERS_KEYS)
        connections = _json_count(member, sel.CONNECTIONS_KEYS)
        if connections is not None and facts.get("connections") is None:
            cap: Connections = "500+"
            facts["connections"] = cap if connections >= sel.CONNECTIONS_CAP else connections
        facts["about"] = _about(page)
        facts = {k: v for k, v in facts.items() if v is not None}
        unknown = {name: REASON for name in FACTS if name not in facts}
        return Profile(kind=_kind(page), layout=self.LABEL, unknown=unknown, **facts)


def _top_card_facts(page: Page, heading: lxml.html.HtmlElement) -> dict[str, Any]:
    """Name, headline, photo, banner and counts around the name's heading (None: not
    found)."""
    facts: dict[str, Any] = {"name": visible_text(heading)}
    facts["headline"] = _headline(heading, guest=_kind(page) is PageKind.PUBLIC_PROFILE)
    top = _top_card(heading)
    if top is not None:
        facts["photo"], facts["banner"] = _images(top)
    section = _section_of(heading)
    if section is not None:
        if facts.get("banner") is None:
            facts["banner"] = _banner_in(section)
        facts["connections"], facts["followers"] = _counts_in(section)
    named = run(page.root, sel.NAMED_IMAGE, name=facts["name"])
    if named:
        # The member's own photo carries their name as alt or title (2016-2025):
        # it wins over other people's photos near the name (mutual connections).
        facts["photo"] = shows_real_image(named[0])
    return facts


# --- the page's owner and kind -----------------------------------------------------------


def _addresses(page: Page) -> Iterator[str]:
    """The page's own LinkedIn addresses: canonical, og:url, the address it came from."""
    for url in (page.canonical, page.meta.get(common.OG_URL), page.url):
        if url and common.BRAND in (urls.host(url) or ""):
            yield url


def _owner(page: Page) -> str | None:
    """The profile owner's vanity from positive evidence only, never the viewer's."""
    for url in _addresses(page):
        slug = vanity_rules.from_url(url)
        if slug:
            return slug
    for href in run(page.root, sel.CONTACT_INFO_HREFS):
        slug = vanity_rules.from_url(str(href))
        if slug:
            return slug
    # A profileView request names the owner only when it is the page's one member: a
    # single-page app may keep responses about members viewed before.
    found = embedded.responses(embedded.code_blocks(page.root))
    members = set(embedded.members(found, sel.PROFILE_VIEW))
    return members.pop() if len(members) == 1 else None


def _kind(page: Page) -> PageKind:
    """Details or activity by the address; a guest profile by its pageKey or tracking names."""
    for url in _addresses(page):
        path = urls.path(url) or ""
        if sel.DETAILS_PATH in path:
            return PageKind.DETAILS
        if sel.ACTIVITY_PATH in path:
            return PageKind.ACTIVITY
    key = page.meta.get(common.PAGE_KEY, "").lower()
    if any(mark in key for mark in sel.PUBLIC_KEY_MARKS):
        return PageKind.PUBLIC_PROFILE
    if not key and (
        find(page.root, sel.PUBLIC_TRACKING) is not None
        or find(page.root, sel.PUBLIC_LINK) is not None
    ):
        return PageKind.PUBLIC_PROFILE
    return PageKind.PROFILE


# --- the name and the top card -----------------------------------------------------------


def _title_names(page: Page) -> set[str]:
    """The names the <title> and og:title give: their first part before " | " or " - "."""
    names = set()
    for title in (page.title, page.meta.get(common.OG_TITLE, "")):
        text = clean(title)
        if text.startswith("(") and ") " in text:
            text = text.split(") ", 1)[1]  # "(3) Jane Doe | LinkedIn": notifications
        for separator in sel.TITLE_SEPARATORS:
            head = text.split(separator)[0].strip()
            if head and head.lower() != common.BRAND:
                names.add(head)
    return names


def _name_heading(page: Page) -> lxml.html.HtmlElement | None:
    """The heading holding the member's name: one the title confirms, else the top card's."""
    names = _title_names(page)
    headings = run(page.root, sel.HEADINGS)[:_MAX_HEADINGS]
    for heading in headings:
        if visible_text(heading) in names:
            element: lxml.html.HtmlElement = heading
            return element
    card = find(page.root, sel.MEMBER_CARD)
    if card is not None:
        for heading in run(card, sel.CARD_NAME):
            if visible_text(heading):
                found: lxml.html.HtmlElement = heading
                return found
    return None


def _headline(heading: lxml.html.HtmlElement, guest: bool) -> str | None:
    """The headline beside the name: the h2 right after the name's h1 (guest top cards
    2017-2025), the top card's next suggestion target (logged-in 2024-2025), or on a
    guest page the next h2 in the name's section outside dialogs (the name's h1 may sit
    in a button, 2024)."""
    following = heading.getnext()
    if heading.tag == "h1" and following is not None and following.tag == "h2":
        return visible_text(following) or None
    section = _section_of(heading)
    if section is None:
        return None  # without the name's section, nothing bounds the top card
    target = find(heading, sel.HEADLINE_AFTER_NAME)
    if target is not None and _section_of(target) is section:
        return visible_text(target) or None
    if guest and heading.tag == "h1":
        after = find(heading, sel.GUEST_HEADLINE_AFTER_NAME)
        if after is not None and _section_of(after) is section:
            return visible_text(after) or None
    return None


def _section_of(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The nearest <section> holding an element."""
    return next(element.iterancestors("section"), None)


def _top_card(heading: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The smallest block around the name that holds a member photo (the top card's),
    looked for up to the name's section; None when none holds one."""
    node = heading.getparent()
    while node is not None and node.tag not in sel.TOP_CARD_LIMITS:
        if any(
            kind(url) is ImageKind.PHOTO for e in run(node, sel.IMAGES) for url in image_urls(e)
        ):
            return node
        if node.tag == "section":
            break
        node = node.getparent()
    return None


def _images(top: lxml.html.HtmlElement) -> tuple[bool | None, bool | None]:
    """(photo, banner) of the top card by what its image URLs are; None when unsure."""
    photos: list[lxml.html.HtmlElement] = []
    banners: list[lxml.html.HtmlElement] = []
    for element in run(top, sel.IMAGES):
        kinds = {kind(url) for url in image_urls(element)}
        if ImageKind.PHOTO in kinds:
            photos.append(element)
        elif ImageKind.BANNER in kinds:
            banners.append(element)
    photo = None
    if 0 < len(photos) <= _MAX_TOP_CARD_PHOTOS:
        photo = shows_real_image(photos[0])
    banner = shows_real_image(banners[0]) if len(banners) == 1 else None
    return photo, banner


def _banner_in(section: lxml.html.HtmlElement) -> bool | None:
    """A member's banner image in the name's section (custom: True); else unknown."""
    for element in run(section, sel.IMAGES):
        if any(kind(url) is ImageKind.BANNER for url in image_urls(element)):
            return shows_real_image(element)
    return None


def _counts_in(section: lxml.html.HtmlElement) -> tuple[Connections | None, int | None]:
    """Connections and followers printed in the name's section as a number and one word
    ("500+ connections", "1,234 followers"), the word in a known UI language; a count
    with more words ("12 mutual connections") is someone else's and is not read."""
    connections: Connections | None = None
    followers: int | None = None
    for element in run(section, sel.COUNT_BLOCKS):
        match = _COUNT_AND_WORD.match(visible_text(element))
        if match is None:
            continue
        number, word = match.group(1), match.group(2)
        if connections is None and ui_words.has("connections", word):
            connections = parse_connections(number)
        elif followers is None and ui_words.has("followers", word):
            followers = parse_count(number)
    return connections, followers


def _about(page: Page) -> About | None:
    """About from its section anchor: the longest text run of the section outside its
    heading and buttons (the member's text is one block; a screen-reader copy of it or a
    "Top skills" line beside it is another, never longer)."""
    section = find(page.root, sel.ABOUT)
    if section is None:
        return None
    best = ""
    for element in section.iter(tag=lxml.etree.Element):
        if element.tag in sel.ABOUT_NOT_TEXT or any(
            a.tag in sel.ABOUT_NOT_TEXT for a in element.iterancestors()
        ):
            continue
        own = clean(" ".join([element.text or "", *(child.tail or "" for child in element)]))
        if len(own) > len(best):
            best = own
    return About.of(best)


# --- the owner in the embedded JSON --------------------------------------------------------


def _owner_json(page: Page, owner: str | None) -> list[dict[str, Any]]:
    """Every JSON object of the page about the owner: ``publicIdentifier`` equal to the
    owner's vanity (the viewer's /me object names the viewer, so it never matches another
    member), and the bodies of Voyager requests naming the owner."""
    if not owner:
        return []
    found: list[dict[str, Any]] = []
    for response in embedded.responses(embedded.code_blocks(page.root)):
        body = response.body
        if response.member == owner and isinstance(body, dict):
            data = body.get(sel.DATA_KEY)
            found.append(data if isinstance(data, dict) else body)
        found.extend(_objects_of(body, owner))
    return found


def _objects_of(data: Any, owner: str) -> Iterator[dict[str, Any]]:
    """The dicts anywhere in ``data`` whose publicIdentifier is ``owner``."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get(sel.PUBLIC_IDENTIFIER) == owner:
                yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _json_text(objects: list[dict[str, Any]], keys: tuple[str, ...]) -> str | None:
    """The first non-empty string under one of ``keys`` in the owner's objects."""
    for item in objects:
        for key in keys:
            value = item.get(key)
            if isinstance(value, str) and clean(value):
                return clean(value)
    return None


def _json_count(objects: list[dict[str, Any]], keys: tuple[str, ...]) -> int | None:
    """The first whole count under one of ``keys`` in the owner's objects."""
    for item in objects:
        for key in keys:
            value = item.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return value
    return None


layout = GenericLayout()

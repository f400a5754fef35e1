"""HTML -> Profile: reject what is not a profile, pick the layout, let it read the facts."""

from __future__ import annotations

import re

from auditor import vanity as vanity_rules
from auditor.detect import reject_non_profiles
from auditor.dom import run
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.layouts import candidates
from auditor.model import Profile
from auditor.page import Page
from auditor.page import load_page
from auditor.selectors import common as sel


def parse_profile(data: bytes | str, url: str | None = None) -> Profile:
    """Read the facts of a saved or captured profile page.

    :raise BadInputError: the input is not a readable HTML page.
    :raise NotAProfileError: the page is not a LinkedIn profile page.
    """
    return parse_page(load_page(data, url))


def parse_page(page: Page) -> Profile:
    """Read the facts of an already parsed page (see ``parse_profile``)."""
    reject_non_profiles(page)
    for layout in candidates(page):
        if layout.detect(page):
            profile: Profile = layout.extract(page)
            return _complete(profile, page)
    raise NotAProfileError(NotAProfileReason.FRAGMENT, _fragment_detail(page))


def _fragment_detail(page: Page) -> str:
    """What a page without a profile top card is: the profile sections it holds, if any."""
    sections: list[str] = []
    for anchor in run(page.root, sel.FRAGMENT_ANCHORS):
        value = str(anchor).lower()
        tokens = set(re.split(r"[^a-z0-9_]+", value))
        for key, section in sel.FRAGMENT_SECTIONS:
            if (key in tokens or value.endswith(key)) and section not in sections:
                sections.append(section)
    if not sections:
        return "a LinkedIn page with no member's top card in any known layout"
    return f"the {', '.join(sections)} section{'s' if len(sections) > 1 else ''} saved alone"


def _complete(profile: Profile, page: Page) -> Profile:
    """Fill the facts every layout derives the same way (URL, custom URL, UI language)."""
    updates: dict[str, object] = {}
    if page.url and not profile.url:
        updates["url"] = page.url
    if profile.vanity is None and page.url:
        updates["vanity"] = vanity_rules.from_url(page.url)
    slug = updates.get("vanity", profile.vanity)
    if profile.custom_url is None and isinstance(slug, str):
        updates["custom_url"] = vanity_rules.is_custom(slug)
    if profile.ui_language is None and page.lang:
        updates["ui_language"] = page.lang.split("-")[0].split("_")[0].lower()
    updates = {k: v for k, v in updates.items() if v is not None}
    if not updates:
        return profile
    # model_copy skips re-validating facts the layout's Profile(...) already validated.
    updates["unknown"] = {k: v for k, v in profile.unknown.items() if k not in updates}
    return profile.model_copy(update=updates)

"""HTML -> Profile: reject what is not a profile, pick the layout, let it read the facts."""

from __future__ import annotations

from auditor import vanity as vanity_rules
from auditor.detect import reject_non_profiles
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.layouts import candidates
from auditor.model import Profile
from auditor.page import Page
from auditor.page import load_page


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
    raise NotAProfileError(NotAProfileReason.FRAGMENT, "no profile top card in any known layout")


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

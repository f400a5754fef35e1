"""Recognise pages that are not profiles, before any layout tries to read them.

Only positive evidence rejects a page: a sign-in wall, the guest homepage, LinkedIn's
"profile not found", an app shell with an empty body, another LinkedIn page (feed,
company, jobs), or a page from another site. A LinkedIn page that is none of these
goes on to the layouts; if none recognises it, parse.py calls it a fragment.
"""

from __future__ import annotations

from itertools import islice

import lxml.etree
import lxml.html

from auditor import urls
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.dom import run
from auditor.dom import xpath
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.page import Page
from auditor.selectors import common as sel

Reason = NotAProfileReason

# Elements walked in Python, with an early exit, before the whole-tree XPath search for
# LinkedIn markers: real pages show one within the first few dozen elements.
_QUICK_WALK = 4000


def reject_non_profiles(page: Page) -> None:
    """Raise ``NotAProfileError`` naming the reason when the page is not a profile.

    :raise NotAProfileError: the page is not a LinkedIn profile page.
    """
    for check in _CHECKS:
        found = check(page)
        if found is not None:
            raise NotAProfileError(*found)


Finding = tuple[NotAProfileReason, str] | None


def _host(url: str | None) -> str | None:
    """The lowercased host of an absolute URL, or None for relative or missing URLs."""
    return urls.host(url)


def _is_linkedin_host(host: str) -> bool:
    """Whether a host is LinkedIn's (www., country hosts, bare domain)."""
    return any(host == h or host.endswith("." + h) for h in sel.LINKEDIN_HOSTS)


def _linkedin_paths(page: Page) -> list[tuple[str, str]]:
    """(source, path) of the page's own URLs that point at LinkedIn (canonical, og:url, url)."""
    paths = []
    for source, url in (
        ("canonical", page.canonical),
        ("og:url", page.meta.get(sel.OG_URL)),
        ("url", page.url),
    ):
        host = _host(url)
        if url and host and _is_linkedin_host(host):
            paths.append((source, urls.path(url) or "/"))
    return paths


def _page_key(page: Page) -> str:
    """LinkedIn's pageKey meta, lowercased ("" when absent)."""
    return page.meta.get(sel.PAGE_KEY, "").lower()


def _foreign_site(page: Page) -> Finding:
    """Another site says so itself: its og:site_name, canonical or og:url host."""
    site = page.meta.get(sel.SITE_NAME, "").strip()
    if site and sel.BRAND not in site.lower():
        return Reason.NOT_LINKEDIN, f"og:site_name is {site!r}"
    for source, url in (("canonical", page.canonical), ("og:url", page.meta.get(sel.OG_URL))):
        host = _host(url)
        if host and not _is_linkedin_host(host):
            return Reason.NOT_LINKEDIN, f"the {source} URL is on {host}"
    return None


def _body_is_empty(page: Page) -> bool:
    """Whether the body holds no content at all (a redirect stub or an unrendered shell)."""
    body = page.root.find("body")
    if body is None:
        return True
    for _ in body.iter(*sel.BODY_CONTENT_TAGS):
        return False
    for element in body.iter(tag=lxml.etree.Element):
        if element.tag in ("script", "style", "noscript", "template", "code"):
            continue
        if (element.text or "").strip() or (element is not body and (element.tail or "").strip()):
            return False
    return not (body.text or "").strip()


def _authwall(page: Page) -> Finding:
    """LinkedIn's sign-in wall: its pageKey or path, or a refresh stub sending to LinkedIn."""
    key = _page_key(page)
    if key and any(mark in key for mark in sel.AUTHWALL_KEYS) and sel.PROFILE_KEY_MARK not in key:
        return Reason.AUTHWALL, f"pageKey {key}"
    for source, path in _linkedin_paths(page):
        if path.lower().startswith(sel.AUTHWALL_PATHS):
            return Reason.AUTHWALL, f"the {source} is {path}"
    refresh = page.meta.get(sel.REFRESH, "")
    target = refresh.partition("url=")[2].strip(" '\"") if "url=" in refresh.lower() else ""
    if not target:
        target = refresh.partition("URL=")[2].strip(" '\"")
    host = _host(target)
    if host and _is_linkedin_host(host) and _body_is_empty(page):
        return Reason.AUTHWALL, f"an empty page that redirects to {host}"
    return None


def _guest_homepage(page: Page) -> Finding:
    """The logged-out homepage ("Log In or Sign Up"), served instead of a profile."""
    key = _page_key(page)
    if key.startswith(sel.GUEST_HOME_KEYS):
        return Reason.GUEST_HOMEPAGE, f"pageKey {key}"
    for source, path in _linkedin_paths(page):
        if source != "url" and path == "/":
            return Reason.GUEST_HOMEPAGE, f"the {source} is LinkedIn's homepage"
    return None


def _not_found(page: Page) -> Finding:
    """LinkedIn's "profile not found": canonical /public-profile/in/<x>/ or /in/unavailable."""
    for source, path in _linkedin_paths(page):
        if path.lower().startswith(sel.NOT_FOUND_PATHS):
            return Reason.PROFILE_NOT_FOUND, f"the {source} is {path}"
    return None


def _other_linkedin_page(page: Page) -> Finding:
    """A LinkedIn page that is not a profile: feed, company, jobs, search, ...

    A pageKey or path that names no known kind of page rejects the page only when
    nothing names a member either: a profile served under a new pageKey or path (with
    a /in/<vanity> address or the top card's contact-info link) goes on to the layouts.
    """
    key = _page_key(page)
    if key and sel.PROFILE_KEY_MARK not in key:
        if _kind_name(key) or not _names_a_member(page):
            return Reason.OTHER_LINKEDIN_PAGE, _named(key, f"pageKey {key}")
    for source, path in _linkedin_paths(page):
        if path != "/" and not path.lower().startswith(sel.PROFILE_PATHS):
            if _kind_name(path) or not _names_a_member(page):
                return Reason.OTHER_LINKEDIN_PAGE, _named(path, f"the {source} is {path}")
    return None


def _names_a_member(page: Page) -> bool:
    """Positive evidence of a member's profile: one of the page's own LinkedIn addresses
    holds /in/<vanity>, or the page has a top card's contact-info link."""
    if any(vanity_rules.from_url(path) for _, path in _linkedin_paths(page)):
        return True
    return find(page.root, sel.MEMBER_CONTACT_INFO) is not None


def _kind_name(mark: str) -> str | None:
    """What a pageKey or path names the page as (a company page, the feed, ...), if known."""
    words = [w for w in mark.lower().replace("-", "_").replace("/", "_").split("_") if w]
    for key, name in sel.PAGE_NAMES:
        if any(word == key or word == key + "s" for word in words):
            return name
    return None


def _named(mark: str, evidence: str) -> str:
    """The evidence, led by what the page is when its path or pageKey names it.

    >>> _named("/company/example-gmbh/", "the canonical is /company/example-gmbh/")
    'a company page: the canonical is /company/example-gmbh/'
    """
    name = _kind_name(mark)
    return f"{name}: {evidence}" if name else evidence


def _other_kind_in_markup(page: Page) -> Finding:
    """Another page kind named by its own markup: what a save without any address
    (body-only, outerHTML) still says. Each marker is one no profile page carries."""
    if find(page.root, sel.SALES_NAVIGATOR) is not None:
        # Not a member profile for this audit: Sales Navigator's lead page shows its own
        # CRM view (no Skills, Recommendations, Activity, Featured or banner).
        return Reason.OTHER_LINKEDIN_PAGE, (
            "a Sales Navigator page: audit the member's LinkedIn profile (/in/...) instead"
        )
    types = run(page.root, sel.GUEST_CONTENT_TYPE)
    content_type = str(types[0]).strip() if types else ""
    if content_type and content_type.upper() != sel.GUEST_PROFILE_TYPE:
        return Reason.OTHER_LINKEDIN_PAGE, f"the guest top card is about a {content_type.lower()}"
    if find(page.root, sel.ORG_TOP_CARD) is not None:
        return Reason.OTHER_LINKEDIN_PAGE, "a company, school or showcase page (org-top-card)"
    return None


def _has_linkedin_marker(element: lxml.html.HtmlElement) -> bool:
    """Whether one element carries LinkedIn-only attributes, classes or asset URLs."""
    attrib = element.attrib
    if any(name in attrib for name in sel.LINKEDIN_ATTRIBUTES):
        return True
    classes = attrib.get("class")
    if classes and any(mark in classes for mark in sel.LINKEDIN_CLASS_MARKS):
        return True
    return any(sel.ASSET_HOST in v for v in attrib.values())


_MARKER_SEARCH = (
    "boolean(//@componentkey | //@data-member-id | //@data-tracking-control-name"
    " | //@*[contains(., 'licdn.com')]"
    " | //*[contains(@class, 'pv-') or contains(@class, 'artdeco-')"
    " or contains(@class, 'top-card-layout') or contains(@class, 'profile-section')"
    " or contains(@class, 'ember-view')])"
)  # NOTE: keep in sync with selectors.common LINKEDIN_* and ASSET_HOST


def _from_linkedin(page: Page) -> bool:
    """Whether anything says the page is LinkedIn's: meta, title, canonical, markup, assets."""
    if page.meta.get(sel.PAGE_KEY) or page.meta.get(sel.SERVICE) == sel.VOYAGER_SERVICE:
        return True
    if sel.BRAND in page.title.lower() or sel.BRAND in page.meta.get(sel.SITE_NAME, "").lower():
        return True
    if any(source != "url" for source, _ in _linkedin_paths(page)):
        return True  # a LinkedIn canonical or og:url (a foreign one was rejected earlier)
    walked = 0
    for element in islice(page.root.iter(tag=lxml.etree.Element), _QUICK_WALK):
        walked += 1
        if _has_linkedin_marker(element):
            return True
    if walked < _QUICK_WALK:
        return False
    return bool(xpath(_MARKER_SEARCH)(page.root))


def _not_linkedin(page: Page) -> Finding:
    """No trace of LinkedIn anywhere: not its meta, title, markup or asset hosts."""
    if _from_linkedin(page):
        return None
    return Reason.NOT_LINKEDIN, "no LinkedIn markup, assets or metadata in the page"


def _app_shell(page: Page) -> Finding:
    """LinkedIn's app shell saved before JavaScript ran: an empty body (voyager-web)."""
    if _body_is_empty(page):
        service = page.meta.get(sel.SERVICE)
        return Reason.APP_SHELL, f"empty body, service {service}" if service else "empty body"
    return None


# Order matters: a foreign site first, then LinkedIn's own non-profile pages from the
# most specific evidence to the least; the app shell last (it only needs an empty body).
_CHECKS = (
    _foreign_site,
    _authwall,
    _guest_homepage,
    _not_found,
    _other_linkedin_page,
    _other_kind_in_markup,
    _not_linkedin,
    _app_shell,
)

"""Images: is this the member's real photo or banner, LinkedIn's placeholder, or not loaded?

A page carries an image in many ways: ``<img src>``, a lazy ``data-delayed-url`` (public
2015-2016) or ``data-src``, a ``srcset``, a CSS ``background-image`` (2018 top card,
activity banner), or an inline ``data:`` URL (SingleFile saves real photos as
``data:image/jpeg``). LinkedIn's placeholder ("ghost") is a 1x1 GIF, an image on its
static host, an image named ghost/no_photo, or the URL the element names as its own
``data-ghost-url``. An element without any URL has not loaded: unknown, never "no photo".
"""

from __future__ import annotations

import re
from enum import StrEnum

import lxml.html

from auditor import urls
from auditor.selectors import images as sel


class ImageKind(StrEnum):
    """What an image URL shows, judged from the URL alone."""

    PHOTO = "profile photo"
    BANNER = "banner"
    GHOST = "ghost"  # LinkedIn's placeholder
    LOGO = "logo"
    OTHER = "image"


# CSS url(...) in a style attribute, quoted or not (entities already decoded by lxml).
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]+)\1\s*\)""")


def image_urls(element: lxml.html.HtmlElement | None) -> list[str]:
    """Every image URL an element carries, in the order a browser would prefer them.

    >>> e = lxml.html.fromstring('<div style="background-image: url(&quot;https://m/x.jpg&quot;)">')
    >>> image_urls(e)
    ['https://m/x.jpg']
    >>> image_urls(lxml.html.fromstring('<img srcset="https://m/a.jpg 1x, https://m/b.jpg 2x">'))
    ['https://m/a.jpg', 'https://m/b.jpg']
    """
    if element is None:
        return []
    urls: list[str] = []
    for attribute in sel.URL_ATTRIBUTES:
        url = (element.get(attribute) or "").strip()
        if url:
            urls.append(url)
    for attribute in sel.SRCSET_ATTRIBUTES:
        for candidate in (element.get(attribute) or "").split(","):
            url = candidate.strip().split(" ")[0]
            if url:
                urls.append(url)
    for match in _CSS_URL.finditer(element.get("style") or ""):
        urls.append(match.group("url").strip())
    return [url for url in urls if url not in ("#", "about:blank")]


def kind(url: str) -> ImageKind:
    """What an image URL shows (its path names it on LinkedIn's media host).

    >>> kind("https://media.licdn.com/dms/image/v2/C4D03AQ/profile-displayphoto-shrink_200_200/0/1")
    <ImageKind.PHOTO: 'profile photo'>
    >>> kind("https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2")
    <ImageKind.GHOST: 'ghost'>
    >>> kind("data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
    <ImageKind.GHOST: 'ghost'>
    """
    lowered = url.lower()
    if lowered.startswith(sel.GHOST_DATA) or any(word in lowered for word in sel.GHOST_WORDS):
        return ImageKind.GHOST
    host = urls.host(url) or ""
    if host.startswith(sel.STATIC_HOST_PREFIXES):
        return ImageKind.GHOST
    if any(mark in lowered for mark in sel.BANNER_MARKS):
        return ImageKind.BANNER
    if any(mark in lowered for mark in sel.LOGO_MARKS):
        return ImageKind.LOGO
    if any(mark in lowered for mark in sel.PHOTO_MARKS):
        return ImageKind.PHOTO
    return ImageKind.OTHER


def is_placeholder(url: str, ghost_url: str | None = None) -> bool:
    """Whether a URL is LinkedIn's placeholder (or the URL the element names as its ghost)."""
    return bool(ghost_url) and url == ghost_url or kind(url) is ImageKind.GHOST


def shows_real_image(
    element: lxml.html.HtmlElement | None,
    blank_is_ghost: bool = False,
    empty_is_ghost: bool = False,
) -> bool | None:
    """A real photo or banner (True), LinkedIn's placeholder (False), or unknown (None):
    no element, or an element with no image URL yet (a lazy image not loaded).

    ``blank_is_ghost``: the caller knows the element is the photo's own slot, where
    LinkedIn shows its ghost as a 1x1 GIF (2016-2025 top cards); elsewhere that GIF may
    be a lazy image's blank, so it alone tells nothing. ``empty_is_ghost``: the slot shows
    the ghost as an element with no image URL at all (2018-2021 top cards).

    >>> shows_real_image(lxml.html.fromstring('<img data-delayed-url="https://media.licdn.com/p.jpg">'))
    True
    >>> shows_real_image(lxml.html.fromstring('<img class="ghost-person" src="https://m/x.jpg">'))
    False
    >>> shows_real_image(lxml.html.fromstring('<img alt="">')) is None
    True
    >>> gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP"
    >>> shows_real_image(lxml.html.fromstring(
    ...     f'<img src="{gif}" data-delayed-url="https://media.licdn.com/p.jpg">'))
    True
    """
    if element is None:
        return None
    classes = element.get("class") or ""
    if any(mark in classes for mark in sel.GHOST_CLASSES):
        return False
    urls = image_urls(element)
    if not urls:
        return False if empty_is_ghost else None
    loaded = [url for url in urls if not url.lower().startswith(sel.GHOST_DATA)]
    if not loaded:
        # The 1x1 GIF is both the ghost (with a ghost class, above) and the blank a lazy
        # image shows before it loads: without the class, nothing tells which.
        return False if blank_is_ghost else None
    # A lazy image keeps the blank GIF in src beside the URL it loads (data-delayed-url,
    # data-src): the blank says nothing once another URL is there.
    ghost = element.get(sel.GHOST_URL_ATTRIBUTE)
    return not any(is_placeholder(url, ghost) for url in loaded)

"""Addresses read from pages and requests, split without ever raising.

``urllib.parse.urlsplit`` raises ``ValueError`` on a bad bracketed host (``http://[``),
and ``.port`` on a bad port: a page's canonical link, an image ``src`` or a request's
``url`` can carry either. Every split of an address the auditor or the server did not
write goes through here; a malformed address is treated as no address.
"""

from __future__ import annotations

from urllib.parse import SplitResult
from urllib.parse import urlsplit


def split(url: str | None) -> SplitResult | None:
    """``urlsplit(url)``, or None for a missing or malformed address.

    >>> split("http://[") is None, split("https://www.linkedin.com/in/x/?a=1").path
    (True, '/in/x/')
    """
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - validates the bracketed host as a whole
    except ValueError:
        return None
    return parts


def host(url: str | None) -> str | None:
    """The lowercased host of an absolute address; None for relative, missing or malformed ones.

    >>> host("https://WWW.LinkedIn.com/in/x/"), host("/in/x/"), host("http://[::1"), host(None)
    ('www.linkedin.com', None, None, None)
    """
    if not url or "://" not in url:
        return None
    parts = split(url)
    if parts is None:
        return None
    return (parts.hostname or "").lower() or None


def path(url: str | None) -> str | None:
    """The path of an address (a bare path is its own path); None for a malformed one.

    >>> path("https://www.linkedin.com/in/x/?trk=1#top"), path("/in/y"), path("http://[/in/z")
    ('/in/x/', '/in/y', None)
    """
    if not url:
        return None
    parts = split(url)
    return parts.path if parts is not None else None


def without_query(url: str | None) -> str | None:
    """The address without its query string, fragment and any user:password part.

    Tracking parameters (``?trk=...``) and fragments say nothing about the page and do
    not belong in a history; a malformed address is dropped.

    >>> without_query("https://www.linkedin.com/in/x/?trk=abc#top")
    'https://www.linkedin.com/in/x/'
    >>> without_query("https://user:pw@example.com:8080/p?q"), without_query("http://[")
    ('https://example.com:8080/p', None)
    """
    parts = split(url)
    if parts is None:
        return None
    netloc = parts.netloc.rpartition("@")[2]
    return SplitResult(parts.scheme, netloc, parts.path, "", "").geturl() or None

"""The profile's vanity slug: where to read it and whether the member customised it."""

from __future__ import annotations

import re
from urllib.parse import unquote

from auditor import urls

# /in/<slug>/... (any LinkedIn host, country hosts included) or a pre-2016 /pub/ path.
_IN_PATH = re.compile(r"/in/([^/?#]+)")
_PUB_PATH = re.compile(r"(/pub/[^?#]+?)/?(?:[?#]|$)")

# A default slug ends with a LinkedIn-generated suffix: a hyphen and 7-9 letters and
# digits with at least one digit (-4a1b2c3d, -7f3e9d21a, -b52c8e07, -3d9a7c1). A plain
# trailing number (janedoe42) is the member's own choice.
_GENERATED_SUFFIX = re.compile(
    r"""
    -                          # the hyphen LinkedIn adds after the name
    (?=[a-z0-9]*\d)            # at least one digit in the suffix
    [a-z0-9]{7,9}$             # 7-9 lowercase letters and digits, at the end
    """,
    re.VERBOSE,
)


def from_url(url: str | None) -> str | None:
    """The vanity in a profile URL: the /in/ slug (percent-decoded) or the /pub/ path.

    >>> from_url("https://se.linkedin.com/in/jane-doe-4a1b2c3d/details/skills/")
    'jane-doe-4a1b2c3d'
    >>> from_url("https://www.linkedin.com/pub/jane-doe/1a/2b3/4c5")
    '/pub/jane-doe/1a/2b3/4c5'
    >>> from_url("https://www.linkedin.com/in/j%C3%BCrgen-k")
    'jürgen-k'
    """
    if not url:
        return None
    path = urls.path(url) if "://" in url else url
    if path is None:
        return None  # a malformed address names no profile
    match = _IN_PATH.search(path)
    if match:
        return unquote(match.group(1))
    match = _PUB_PATH.search(path)
    if match:
        return unquote(match.group(1))
    return None


def is_custom(vanity: str | None) -> bool | None:
    """Whether a vanity was chosen by the member (None when the vanity is unknown).

    >>> is_custom("janedoe42"), is_custom("sam-roe-4a1b2c3d"), is_custom("/pub/a/1/2/3")
    (True, False, False)
    """
    if vanity is None:
        return None
    if vanity.startswith("/pub/"):
        return False
    return _GENERATED_SUFFIX.search(vanity.lower()) is None

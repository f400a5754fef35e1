"""Decode and parse a page once; every extractor reads the tree this builds."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from dataclasses import field

import lxml.etree
import lxml.html
from bs4 import UnicodeDammit

from auditor.errors import BadInputError

MAX_BYTES = 64 * 1024 * 1024  # a rendered profile is 0.5-2 MB; 64 MB is far past any real page

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""",  # <meta charset> or http-equiv
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """A parsed page: the lxml tree plus the few document-level facts every layout needs."""

    root: lxml.html.HtmlElement
    url: str | None
    meta: dict[str, str] = field(default_factory=dict)  # meta name/property -> content
    title: str = ""
    lang: str | None = None  # <html lang>
    canonical: str | None = None


def decode(data: bytes | str) -> str:
    """Return the page's text, decoded with its declared charset or a detected one.

    :raise BadInputError: when the input is empty, too large or not text.
    """
    if isinstance(data, str):
        text = data
    else:
        if len(data) > MAX_BYTES:
            raise BadInputError(f"the page is {len(data) // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit")
        text = _decode_bytes(data)
    if len(text) > MAX_BYTES:
        raise BadInputError(f"the page is over the {MAX_BYTES // 2**20} MB limit")
    if not text.strip():
        raise BadInputError("the page is empty")
    head = text[:65536]
    controls = sum(1 for ch in head if ch < "\x09" or "\x0e" <= ch < "\x20")
    if "\x00" in head or controls > len(head) // 100:
        raise BadInputError("the data is binary, not an HTML page")
    if "<" not in head:
        raise BadInputError("the data has no HTML markup")
    return text


def _decode_bytes(data: bytes) -> str:
    """Decode bytes: BOM, then the declared charset, then UTF-8, then UnicodeDammit."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codecs.lookup(name)
            return data.decode(name, errors="replace")
        except LookupError:
            pass  # a bogus charset name: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        dammit = UnicodeDammit(data, is_html=True)
        if dammit.unicode_markup is None:
            raise BadInputError("the bytes are in no text encoding that could be detected") from None
        return dammit.unicode_markup


def load_page(data: bytes | str, url: str | None = None) -> Page:
    """Decode and parse a page once into a ``Page``.

    :raise BadInputError: when the input is not a readable HTML page.
    """
    text = decode(data)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as error:
        raise BadInputError(f"the HTML cannot be parsed ({error})") from None
    meta: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("name") or element.get("property") or element.get("http-equiv")
        if key and key not in meta:
            meta[key] = element.get("content") or ""
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    canonical = next(
        (link.get("href") for link in root.iter("link") if link.get("rel") == "canonical"), None
    )
    return Page(
        root=root,
        url=url,
        meta=meta,
        title=title,
        lang=root.get("lang"),
        canonical=canonical,
    )


# huge_tree: LinkedIn pages are large and deeply nested; without it libxml2 stops early.
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=False)

"""Decode and parse a page once; every extractor reads the tree this builds."""

from __future__ import annotations

import codecs
import logging
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
    # Every <section> and <code>, in page order, gathered by the walk that reads <meta>:
    # selectors search these as ``$sections`` / ``$codes`` instead of walking the whole
    # tree again (a walk costs 0.1-0.3 ms on a 1-2 MB page; a search of the list ~5 µs).
    sections: tuple[lxml.html.HtmlElement, ...] = ()
    codes: tuple[lxml.html.HtmlElement, ...] = ()

    @property
    def index(self) -> dict[str, tuple[lxml.html.HtmlElement, ...]]:
        """The XPath variables of the page's element index (``$sections``, ``$codes``)."""
        return {"sections": self.sections, "codes": self.codes}


def decode(data: bytes | bytearray | memoryview | str) -> str:
    """Return the page's text, decoded with its declared charset or a detected one.

    :raise BadInputError: when the input is empty, too large or not text.
    """
    return to_utf8(data).decode("utf-8")


def to_utf8(data: bytes | bytearray | memoryview | str) -> bytes:
    """The page as valid UTF-8 bytes, ready for libxml2 (the fastest input it takes).

    Every check runs at C speed (bytes methods, one validation decode): on a 1 MB page
    this costs well under a millisecond where a Python-level scan cost several.
    :raise BadInputError: when the input is empty, too large or not text.
    """
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise BadInputError(f"the page is over the {MAX_BYTES // 2**20} MB limit")
        # "replace": lone surrogates (from a JavaScript capture) cannot be encoded.
        raw = data.encode("utf-8", "replace")
        utf8 = True
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > MAX_BYTES:
            raise BadInputError(
                f"the page is {len(raw) // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit"
            )
        utf8 = False
    else:
        raise BadInputError(f"expected the HTML as bytes or str, got {type(data).__name__}")
    if _NOT_SPACE.search(raw) is None:
        raise BadInputError("the page is empty")
    if not utf8:
        raw = _bytes_to_utf8(raw)
    head = raw[:65536]
    # A stray NUL or control character happens in saved pages; many of them mean binary.
    if len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 100:
        raise BadInputError("the data is binary, not an HTML page")
    if b"<" not in head:
        raise BadInputError("the data has no HTML markup")
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")  # libxml2 would stop at the first NUL
    return raw


_NOT_SPACE = re.compile(rb"\S")
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard); so do we.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when every other byte of the start is NUL (ASCII markup)."""
    sample = data[:2048]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _bytes_to_utf8(data: bytes) -> bytes:
    """Bytes in any encoding as UTF-8: BOM, then the declared charset, then UTF-8, then
    UnicodeDammit's detection."""
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _recode(data, bom_codec)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _recode(data, utf16)
    if data[:65536].count(0) > len(data[:65536]) // 100:
        raise BadInputError("the data is binary, not an HTML page")
    declared = _DECLARED_CHARSET.search(data[:8192])
    codec: str | None = None
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = "cp1252" if name in _WINDOWS_1252 else name
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None  # a bogus charset name: detect instead
    if codec and codec.startswith("utf-16"):
        codec = None  # a UTF-16 label on bytes without a BOM or NULs is a lie
    if codec and codec != "utf-8":
        try:
            return data.decode(codec).encode("utf-8")
        except UnicodeDecodeError:
            pass  # the declaration lies (a re-saved page): detect instead
    if data.isascii():
        return data
    try:
        _validate_utf8(data)  # valid UTF-8 goes to libxml2 as it is
        return data
    except UnicodeDecodeError:
        dammit = UnicodeDammit(data, is_html=True)
        if dammit.unicode_markup is None:
            if codec:
                return _recode(data, codec)
            raise BadInputError(
                "the bytes are in no text encoding that could be detected"
            ) from None
        return dammit.unicode_markup.encode("utf-8", "replace")


_VALIDATION_CHUNK = 16384


def _validate_utf8(data: bytes) -> None:
    """Raise ``UnicodeDecodeError`` unless ``data`` is valid UTF-8.

    Decoded in 16 KB pieces: each piece's str stays in the CPU cache and only a piece
    with an emoji widens to 4 bytes a character, where one decode of a 1.3 MB page builds
    a 5 MB str (0.4-0.7 ms, against 0.2 ms in pieces; measured 2026-11-22).
    """
    decoder = codecs.getincrementaldecoder("utf-8")()  # keeps a character split by a cut
    view = memoryview(data)
    for start in range(0, len(data), _VALIDATION_CHUNK):
        decoder.decode(view[start : start + _VALIDATION_CHUNK])
    decoder.decode(b"", True)


def _recode(data: bytes, codec: str) -> bytes:
    """Bytes in ``codec`` as UTF-8, undecodable bytes replaced."""
    return data.decode(codec, errors="replace").encode("utf-8", "replace")


class _NoReplacementNotice(logging.Filter):
    """Drop bs4's notice that it replaced undecodable bytes: the text itself says so
    (U+FFFD), and a stray line on stderr would break the CLI's one line per failing file."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record but the replacement notice."""
        return "REPLACEMENT CHARACTER" not in record.getMessage()


logging.getLogger("bs4.dammit").addFilter(_NoReplacementNotice())


def load_page(data: bytes | bytearray | memoryview | str, url: str | None = None) -> Page:
    """Decode and parse a page once into a ``Page``.

    :raise BadInputError: when the input is not a readable HTML page.
    """
    raw = to_utf8(data)
    try:
        root = lxml.html.document_fromstring(raw, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError) as error:
        raise BadInputError(f"the HTML cannot be parsed ({error})") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
        # libxml2 stops at 2048 nested elements, even with huge_tree, and drops the rest:
        # reading the cut tree would report present sections as missing.
        raise BadInputError("the HTML nests elements too deep (over 2048 levels) to be read whole")
    meta: dict[str, str] = {}
    title_el: lxml.html.HtmlElement | None = None
    canonical: str | None = None
    sections: list[lxml.html.HtmlElement] = []
    codes: list[lxml.html.HtmlElement] = []
    # One walk for the document-level tags and the page index (each further walk would
    # cost 0.1-0.3 ms on a 2 MB page; adding tags to this one costs next to nothing).
    for element in root.iter("meta", "link", "title", "section", "code"):
        tag = element.tag
        if tag == "section":
            sections.append(element)
        elif tag == "code":
            codes.append(element)
        elif tag == "meta":
            key = element.get("name") or element.get("property") or element.get("http-equiv")
            if key and key not in meta:
                meta[key] = element.get("content") or ""
        elif tag == "link":
            if canonical is None and element.get("rel") == "canonical":
                canonical = element.get("href")
        elif title_el is None:
            title_el = element
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    return Page(
        root=root,
        url=url,
        meta=meta,
        title=title,
        lang=root.get("lang"),
        canonical=canonical,
        sections=tuple(sections),
        codes=tuple(codes),
    )


def element_index(root: lxml.html.HtmlElement) -> dict[str, tuple[lxml.html.HtmlElement, ...]]:
    """``Page.index`` for a tree parsed elsewhere (tests, helpers given a bare element)."""
    top = root.getroottree().getroot()
    return {"sections": tuple(top.iter("section")), "codes": tuple(top.iter("code"))}


# huge_tree: LinkedIn pages are large and deeply nested; without it libxml2 stops early.
# encoding: to_utf8() hands libxml2 UTF-8 bytes, so nothing (a stray <meta charset>, an
# <?xml encoding?> declaration) may make it read them as another encoding.
_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=False, encoding="utf-8")

"""Decode and parse a page once; every extractor reads the tree this builds."""

from __future__ import annotations

import codecs
import logging
import re
import threading
import zlib
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from functools import cache
from typing import TYPE_CHECKING

import lxml.etree
import lxml.html

from auditor.errors import BadInputError

if TYPE_CHECKING:
    from bs4 import UnicodeDammit

MAX_BYTES = 64 * 1024 * 1024  # a rendered profile is 0.5-2 MB; 64 MB is far past any real page


@dataclass(frozen=True)
class Page:
    """A parsed page: the lxml tree plus the few document-level facts every layout needs."""

    root: lxml.html.HtmlElement
    url: str | None
    meta: Mapping[str, str] = field(default_factory=dict)  # meta name/property -> content
    title: str = ""
    lang: str | None = None  # <html lang>
    canonical: str | None = None


def decode(data: bytes | bytearray | memoryview | str) -> str:
    """Return the page's text, decoded with its declared charset or a detected one.

    :raise BadInputError: when the input is empty, too large or not text.
    """
    return to_utf8(data).decode("utf-8")


def to_utf8(data: bytes | bytearray | memoryview | str) -> bytes:
    """The page as valid UTF-8 bytes, ready for libxml2 (which then needs no conversion).

    Every check uses bytes methods and one validation decode, never a Python loop over
    the characters.
    :raise BadInputError: when the input is empty, too large or not text.
    """
    return _read(data)[0]


def _read(data: bytes | bytearray | memoryview | str) -> tuple[bytes, str | None]:
    """``to_utf8`` plus the address a container format recorded (MHTML), if any.

    What users save is not always the bare page: a gzip file, a browser's single-file
    archive (MHTML), a Wayback Machine copy or a page cut out of a source-code string.
    Each is unwrapped here, by what it is, so that every caller reads the page inside.
    """
    location: str | None = None
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise BadInputError(f"the page is over the {MAX_BYTES // 2**20} MB limit")
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError:
            # A lone surrogate (a broken emoji of a JavaScript capture, sent as JSON) cannot
            # be encoded: U+FFFD, as a browser shows it.
            raw = _LONE_SURROGATE.sub("\ufffd", data).encode("utf-8")
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
        raw = _decompress(raw)
        raw, location = _from_mhtml(raw)
        raw = _bytes_to_utf8(raw)
    elif raw.lstrip()[:32].lower().startswith((b"from:", b"mime-version:")):
        raw, location = _from_mhtml(raw)  # an MHTML archive read as text
        raw = _bytes_to_utf8(raw)
    head = raw[:65536]
    # A stray NUL or control character happens in saved pages; many of them mean binary.
    if len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 100:
        raise BadInputError("the data is binary, not an HTML page")
    if b"<" not in head:
        raise BadInputError("the data has no HTML markup")
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")  # libxml2 would stop at the first NUL
    raw = _from_string_literal(raw)
    raw = _without_archive_toolbar(raw)
    return raw, location


# --- containers users save pages in ------------------------------------------------------

_GZIP_MAGIC = b"\x1f\x8b"
_ZIP_MAGIC = b"PK\x03\x04"


def _decompress(raw: bytes) -> bytes:
    """A gzip-compressed page (.html.gz), decompressed up to the size limit.

    :raise BadInputError: for a ZIP archive, a corrupt gzip stream or one too large.
    """
    if raw.startswith(_ZIP_MAGIC):
        raise BadInputError("the data is a ZIP archive, not an HTML page: unzip it first")
    if not raw.startswith(_GZIP_MAGIC):
        return raw
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip header and trailer
    try:
        page = inflater.decompress(raw, MAX_BYTES + 1)
    except zlib.error as error:
        raise BadInputError(f"the data is gzip-compressed but corrupt ({error})") from None
    if len(page) > MAX_BYTES:
        raise BadInputError(f"the gzip-compressed page is over the {MAX_BYTES // 2**20} MB limit")
    if not page.strip():
        raise BadInputError("the gzip-compressed page is empty")
    return page


# Chrome/Edge "Webpage, Single File" (.mhtml) and IE's .mht: a MIME message whose
# multipart/related body holds the page (quoted-printable text/html) and its resources.
_MHTML_HEAD = re.compile(rb"^(?:MIME-Version:|Content-Type:\s*multipart/related)", re.I | re.M)


def _from_mhtml(raw: bytes) -> tuple[bytes, str | None]:
    """The HTML part of an MHTML archive, decoded from its transfer encoding, and the
    address the browser saved it from; other bytes are returned as they are.

    :raise BadInputError: an MHTML archive without an HTML part.
    """
    head = raw[:4096]
    # The substring test first: it excuses every real page before the multi-line regex.
    if b"multipart/related" not in head.lower() or _MHTML_HEAD.search(head) is None:
        return raw, None
    import email  # only an MHTML archive needs the email parser
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    location = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        charset = part.get_content_charset()
        if charset and not payload.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE)):
            try:
                payload = payload.decode(charset).encode("utf-8")  # the part's own label wins
            except (LookupError, UnicodeDecodeError):
                pass  # left to the usual detection
        return payload, str(location or part.get("Content-Location") or "") or None
    raise BadInputError("the MHTML archive holds no HTML page")


# A page copied out of a JavaScript, TypeScript, JSON or Python string: its attribute
# quotes are escaped (class=\"x\") or its line breaks are written as \n before each tag.
_STRING_ESCAPE = re.compile(r"""\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[nrtbfv0"'`\\/\n])""")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "", "f": "", "v": "", "0": "", "\n": ""}


def _unescape_match(match: re.Match[str]) -> str:
    """One string-literal escape as the character it stands for."""
    code = match.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def _from_string_literal(raw: bytes) -> bytes:
    """The page inside a source-code string literal, unescaped; any other page unchanged.

    A real page has thousands of ``="`` and few escaped ones (only inside JSON); a
    string-literal copy has the reverse, or its tags each follow a literal ``\n``.
    """
    # A copy shows its escapes from its first tags on: 16 KB tell. Each test below needs
    # over 5 backslashes, so one byte count excuses most real pages before the patterns.
    head = raw[:16384]
    if head.count(b"\\") <= 5:
        return raw
    escaped = head.count(b'=\\"')
    breaks = head.count(b"\\n<") + head.count(b"\\n ")  # an escaped line break before a tag
    # Each further count is taken only when its test can still pass.
    literal_quotes = escaped > 5 and escaped > head.count(b'="')
    literal_breaks = breaks > 5 and breaks > 5 * head.count(b"\n")
    if not (literal_quotes or literal_breaks):
        return raw
    text = raw.decode("utf-8", "replace").strip()
    if len(text) > 1 and text[0] in "\"'`" and text[-1] == text[0]:
        text = text[1:-1]  # the literal's own quotes
    text = _STRING_ESCAPE.sub(_unescape_match, text)
    # \ud83d\ude00 pairs came out as two surrogates: join them, drop lone ones.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.encode("utf-8", "replace")


# The Wayback Machine inserts its toolbar at the top of the archived page's <body>.
_TOOLBAR_START = b"<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
_TOOLBAR_END = b"<!-- END WAYBACK TOOLBAR INSERT -->"
# ... and rewrites every address: https://web.archive.org/web/20190304123456/https://...,
# /web/20190304123456im_/https://... (a resource), //web.archive.org/web/2019.../...
_ARCHIVED_URL = re.compile(
    r"""
    ^(?:https?:)?(?://web\.archive\.org)?   # the archive's host, or a root-relative path
    /web/\d{1,14}(?:[a-z]{2}_)?/           # /web/<timestamp>[<kind>_]/
    (?P<url>.+)$                           # the original address
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _without_archive_toolbar(raw: bytes) -> bytes:
    """The page without the Wayback Machine's toolbar: the archive's markup, not the page's."""
    # The archive's own scripts open the <head>: no need to search the whole page for a
    # toolbar when its first 16 KB say it was not archived.
    if raw.find(b"archive.org", 0, 16384) < 0:
        return raw
    start = raw.find(_TOOLBAR_START)
    if start < 0:
        return raw
    end = raw.find(_TOOLBAR_END, start)
    if end < 0:
        return raw
    return raw[:start] + raw[end + len(_TOOLBAR_END) :]


def original_url(url: str | None) -> str | None:
    """The original address of a Wayback Machine copy's URL; other URLs unchanged.

    >>> original_url("https://web.archive.org/web/20190304123456/https://www.linkedin.com/in/jo/")
    'https://www.linkedin.com/in/jo/'
    >>> original_url("/web/20190304123456im_/https://media.licdn.com/a.jpg")
    'https://media.licdn.com/a.jpg'
    >>> original_url("https://www.linkedin.com/in/jo/")
    'https://www.linkedin.com/in/jo/'
    """
    if not url or "/web/" not in url:
        return url
    match = _ARCHIVED_URL.match(url.strip())
    if match is None:
        return url
    inner = match.group("url")
    # The archive may fold "https://" to "https:/" in its paths.
    return re.sub(r"^(https?):/(?=[^/])", r"\1://", inner)


_NOT_SPACE = re.compile(rb"\S")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # no surrogate code point encodes to UTF-8
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard); so do we.
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}


def _bytes_to_utf8(data: bytes) -> bytes:
    """Bytes in any encoding as UTF-8, decoded by UnicodeDammit (the declared charset, then
    detection by charset-normalizer, which requests installs: UTF-16 without a byte-order
    mark, a legacy encoding without a label), with the three rules of browsers (WHATWG
    Encoding Standard) it does not follow.

    Measured on every real page, fixture and encoding test: only these need code here.
    """
    text, bom = _strip_byte_order_mark(data)
    # 1. A byte-order mark decides, even over a few bytes it cannot decode: UnicodeDammit
    # would then try other encodings and read the whole page as, say, windows-1252.
    if bom is not None:
        return _recode(text, bom)
    # 2. Valid UTF-8 is UTF-8, whatever the page declares: UnicodeDammit trusts the label,
    # but a page saved as UTF-8 under its original "iso-8859-1" or "windows-1252" label is
    # common, while text in a legacy encoding is next to never valid UTF-8 by chance. Not
    # when NULs fill it: ASCII text in UTF-16 without a BOM is valid UTF-8 too.
    head = data[:65536]
    if head.count(0) <= len(head) // 100:
        try:
            _validate_utf8(data)
            return data
        except UnicodeDecodeError:
            pass  # not UTF-8 after all: let UnicodeDammit detect
    dammit = _unicode_dammit()(data, is_html=True)
    if dammit.unicode_markup is None:
        raise BadInputError("the bytes are in no text encoding that could be detected")
    # 3. A Latin-1 or ASCII label means windows-1252: UnicodeDammit decodes Latin-1 (control
    # codes where windows-1252 has curly quotes, dashes and the euro sign) or, for ASCII,
    # falls back to detection.
    if dammit.declared_html_encoding in _WINDOWS_1252:
        try:
            return data.decode("cp1252").encode("utf-8")
        except UnicodeDecodeError:
            pass  # bytes windows-1252 leaves undefined: keep UnicodeDammit's reading
    return dammit.unicode_markup.encode("utf-8", "replace")


_VALIDATION_CHUNK = 16384


def _validate_utf8(data: bytes) -> None:
    """Raise ``UnicodeDecodeError`` unless ``data`` is valid UTF-8.

    Decoded in 16 KB pieces: only a piece with an emoji widens to 4 bytes a character,
    where one decode of the whole page would build a str up to four times its size.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()  # keeps a character split by a cut
    view = memoryview(data)
    for start in range(0, len(data), _VALIDATION_CHUNK):
        decoder.decode(view[start : start + _VALIDATION_CHUNK])
    decoder.decode(b"", True)


# Byte-order marks, the longer first (UTF-32's little-endian mark begins with UTF-16's).
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32le"),
    (codecs.BOM_UTF32_BE, "utf-32be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
)


def _strip_byte_order_mark(data: bytes) -> tuple[bytes, str | None]:
    """The bytes without their byte-order mark, and the encoding it names (None: no mark).

    What bs4's ``EncodingDetector.strip_byte_order_mark`` does, without importing bs4 for
    every page (most pages never need it).
    """
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark) :], encoding
    return data, None


def _recode(data: bytes, codec: str) -> bytes:
    """Bytes in ``codec`` as UTF-8, undecodable bytes replaced."""
    return data.decode(codec, errors="replace").encode("utf-8", "replace")


@cache
def _unicode_dammit() -> type[UnicodeDammit]:
    """bs4's encoding detector, imported on the first page that needs it (few do: valid
    UTF-8 and declared charsets come first), with its replacement notice silenced."""
    from bs4 import UnicodeDammit

    logging.getLogger("bs4.dammit").addFilter(_NoReplacementNotice())
    return UnicodeDammit


class _NoReplacementNotice(logging.Filter):
    """Drop bs4's notice that it replaced undecodable bytes: the text itself says so
    (U+FFFD), and a stray line on stderr would break the CLI's one line per failing file."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record but the replacement notice."""
        return "REPLACEMENT CHARACTER" not in record.getMessage()


def load_page(data: bytes | bytearray | memoryview | str, url: str | None = None) -> Page:
    """Decode and parse a page once into a ``Page``.

    :raise BadInputError: when the input is not a readable HTML page.
    """
    raw, location = _read(data)
    parser = _parser()
    try:
        root = lxml.html.document_fromstring(raw, parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise BadInputError(f"the HTML cannot be parsed ({error})") from None
    # This thread's own parser: no other parse can have replaced its log since.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 stops at 2048 nested elements, even with huge_tree, and drops the rest:
        # reading the cut tree would report present sections as missing.
        raise BadInputError("the HTML nests elements too deep (over 2048 levels) to be read whole")
    meta: dict[str, lxml.html.HtmlElement] = {}
    title_el: lxml.html.HtmlElement | None = None
    canonical: str | None = None
    # One walk for the document-level tags.
    for element in root.iter("meta", "link", "title"):
        tag = element.tag
        if tag == "meta":
            key = element.get("name") or element.get("property") or element.get("http-equiv")
            if key and key not in meta:
                meta[key] = element
        elif tag == "link":
            if canonical is None and element.get("rel") == "canonical":
                canonical = _restore(element, "href")
        elif title_el is None:
            title_el = element
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    return Page(
        root=root,
        url=original_url(url or location),
        meta=_MetaContents(meta),
        title=title,
        lang=root.get("lang"),
        canonical=canonical,
    )


def _restore(element: lxml.html.HtmlElement, attribute: str) -> str | None:
    """An attribute holding an address, its Wayback rewriting undone in the tree too (so
    layouts reading the canonical or og:url from the tree see the original address)."""
    address = element.get(attribute)
    original = original_url(address)
    if original != address and original is not None:
        element.set(attribute, original)
    return original


class _MetaContents(Mapping[str, str]):
    """The ``content`` of each ``<meta>`` by name, read when asked for.

    2025 pages carry <meta> values of 100-400 KB (build manifests) that no layout reads;
    copying each into a Python string cost more than reading the few that are used.
    """

    def __init__(self, elements: dict[str, lxml.html.HtmlElement]) -> None:
        self._elements = elements
        self._read: dict[str, str] = {}

    def __getitem__(self, key: str) -> str:
        """The content of the first ``<meta>`` with this name ("" when it has none)."""
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = _restore(self._elements[key], "content") or ""
        return found

    def __iter__(self) -> Iterator[str]:
        """The names, in page order."""
        return iter(self._elements)

    def __len__(self) -> int:
        """How many names the page's ``<meta>`` tags have."""
        return len(self._elements)


_PARSERS = threading.local()


def _parser() -> lxml.html.HTMLParser:
    """This thread's HTML parser, made on its first page.

    One parser per thread: a parser shared between the server's threads serialised
    every parse behind one lock (a slow page held up the others) and its ``error_log``,
    read after the lock was released, could be another thread's.
    huge_tree: LinkedIn pages are large and deeply nested; without it libxml2 stops early.
    encoding: to_utf8() hands libxml2 UTF-8 bytes, so nothing (a stray <meta charset>, an
    <?xml encoding?> declaration) may make it read them as another encoding.
    """
    parser: lxml.html.HTMLParser | None = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=False, encoding="utf-8")
        _PARSERS.parser = parser
    return parser

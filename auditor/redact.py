"""``profile-audit redact FILE [-o OUT]``: a copy of a page that is safe to share in a bug report.

What goes: every letter of visible text, comments, ``alt`` texts and JSON string values
(digits and LinkedIn's own UI words kept, so counts still read), the member's and
others' names and vanities (each vanity becomes an invented slug of the same kind,
custom or LinkedIn-generated), the personal parts of URLs, image URLs (reduced to their
kind: profile photo, ghost, banner, logo), and every script except JSON data.
What stays: the markup, ids, classes, ``aria-*``/``data-*`` attributes, numbers, and
LinkedIn's UI words, so the copy is read as the same kind of page, in the same layout,
with the same numeric facts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote
from urllib.parse import urlunsplit

import click
import lxml.etree
import lxml.html

from auditor import embedded
from auditor import urls
from auditor import vanity as vanity_rules
from auditor.images import ImageKind
from auditor.images import kind
from auditor.page import load_page
from auditor.selectors import common
from auditor.selectors import redact as sel
from auditor.ui_words import WORDS

# A run of letters (any script); a K or M right after digits ("6K") stays, so a rounded
# count stays one the auditor refuses to read.
_WORD = re.compile(r"(?<!\d)[^\W\d_]+|(?<=\d)(?![KkMm]\b)[^\W\d_]+")
# LinkedIn's member ids, as their URNs name them (urn:li:fsd_profile:<id>, ...).
_MEMBER_URN = re.compile(sel.MEMBER_URN + r"([A-Za-z0-9_-]{6,})")
# ... and as 2026 card keys write them: <card key prefix><id><card name>.
_CARD_KEY_ID = re.compile(
    re.escape(sel.CARD_KEY_PREFIX) + r"([A-Za-z0-9_-]{6,}?)(?:" + "|".join(sel.CARD_NAMES) + ")$"
)
_UI_WORDS = tuple(
    sorted({w for table in WORDS.values() for ws in table.values() for w in ws} | sel.KEEP_WORDS)
)


def _letters(word: str) -> str:
    """A run of letters replaced, case kept: "Jane" -> "Xxxx"."""
    return "".join("X" if c.isupper() else "x" for c in word)


def scramble(text: str) -> str:
    """Every letter replaced, digits, punctuation and LinkedIn's UI words kept.

    >>> scramble("Jane Doe · 500+ connections, 12 followers")
    'Xxxx Xxx · 500+ connections, 12 followers'
    """

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        lowered = word.lower()
        if lowered.startswith(_UI_WORDS):
            return word
        return _letters(word)

    return _WORD.sub(one, text)


class Redactor:
    """One page's redaction: the vanities met so far and their invented replacements."""

    def __init__(self) -> None:
        self.slugs: dict[str, str] = {}
        self.member_ids: set[str] = set()

    def slug(self, vanity: str) -> str:
        """An invented slug for a vanity, of the same kind (custom or generated suffix)."""
        if vanity not in self.slugs:
            number = len(self.slugs) + 1
            if vanity.startswith("/pub/"):
                self.slugs[vanity] = f"/pub/member-{number}/1/2/3"
            elif vanity_rules.is_custom(vanity):
                self.slugs[vanity] = f"member{number}"
            else:
                self.slugs[vanity] = f"member-{number}-{number:08d}"[:-1] + "a"
        return self.slugs[vanity]

    # --- URLs -----------------------------------------------------------------------

    def url(self, url: str) -> str:
        """A URL with its personal parts replaced; an image URL reduced to its kind."""
        if url.startswith("data:"):
            return url if kind(url) is ImageKind.GHOST else sel.REDACTED_DATA_IMAGE
        if url.startswith(("#", "javascript:", "mailto:", "tel:")):
            return "#" if not url.startswith("#") else url
        parts = urls.split(url)
        if parts is None:
            return "#"  # a malformed address: nothing of it is kept
        host = (parts.hostname or "").lower()
        if host and common.ASSET_HOST in host or _looks_like_image(parts.path):
            image = kind(url)
            if image is ImageKind.GHOST:
                return url  # LinkedIn's own artwork, the same for everyone
            return sel.IMAGE_URLS[image.name]
        if host and common.BRAND not in host:
            return f"{parts.scheme}://redacted.example/" if parts.scheme else "#"
        path = self._path(parts.path)
        query = "&".join(self._query_item(item) for item in parts.query.split("&") if item)
        return urlunsplit((parts.scheme, parts.netloc, path, query, ""))

    def _path(self, path: str) -> str:
        """A LinkedIn path: its vanity replaced, its other personal segments scrambled."""
        slug = vanity_rules.from_url(path)
        segments = path.split("/")
        if slug and not slug.startswith("/pub/"):
            at = segments.index(sel.IN_SEGMENT) + 1 if sel.IN_SEGMENT in segments else -1
            if 0 < at < len(segments):
                segments[at] = quote(self.slug(slug))
                return "/".join(
                    [*segments[: at + 1], *(self._segment(s) for s in segments[at + 1 :])]
                )
        if slug:
            return self.slug(slug) + "/"
        return "/".join(self._segment(s) for s in segments)

    @staticmethod
    def _segment(segment: str) -> str:
        """A path segment kept when it is LinkedIn's (details, overlay, ...), else scrambled."""
        if segment.lower() in sel.PATH_WORDS or not segment:
            return segment
        return _letters_only(segment)

    @staticmethod
    def _query_item(item: str) -> str:
        """A query parameter: its name kept, the letters of its value replaced."""
        name, _, value = item.partition("=")
        return f"{name}={_letters_only(value)}" if value else name

    # --- text and JSON ----------------------------------------------------------------

    def text(self, text: str) -> str:
        """Visible text: vanities replaced, then every other letter."""
        return scramble(self.vanities_in(text))

    def vanities_in(self, text: str) -> str:
        """Every known vanity in a text replaced by its slug (as written and encoded), and
        every member id met (``urn:li:fsd_profile:<id>``) by the id with its letters
        replaced (the same member gets the same id everywhere)."""
        for member_id in self.member_ids:
            if member_id in text:
                text = text.replace(member_id, _letters_only(member_id))
        for vanity, slug in sorted(self.slugs.items(), key=lambda kv: -len(kv[0])):
            if vanity in text:
                text = text.replace(vanity, slug)
            encoded = quote(vanity)
            if encoded != vanity and encoded in text:
                text = text.replace(encoded, quote(slug))
        return text

    def json_value(self, value: Any, key: str = "") -> Any:
        """A JSON value with every string's letters replaced, except LinkedIn's own
        identifiers (types, URNs, request paths), which carry the page's structure."""
        if isinstance(value, dict):
            return {k: self.json_value(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.json_value(v, key) for v in value]
        if not isinstance(value, str):
            return value
        value = self.vanities_in(value)
        if key in sel.JSON_KEEP_KEYS or value.startswith(sel.JSON_KEEP_PREFIXES):
            return value
        if "://" in value:
            return self.url(value)
        return scramble(value)


def _letters_only(text: str) -> str:
    """Every letter replaced, with no UI word kept (URL parts)."""
    return _WORD.sub(lambda m: _letters(m.group(0)), text)


def _looks_like_image(path: str) -> bool:
    """Whether a URL path names an image file."""
    return path.lower().endswith(sel.IMAGE_EXTENSIONS)


def _vanities(root: lxml.html.HtmlElement) -> Iterable[str]:
    """Every member vanity the page links to or names in its requests (owner, viewer, others)."""
    for value in root.xpath(sel.LINK_VALUES):
        slug = vanity_rules.from_url(str(value))
        if slug and slug not in sel.PATH_WORDS:
            yield slug


def _identifiers(data: Any) -> Iterable[str]:
    """Every member vanity a JSON value names (``publicIdentifier``), at any depth."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get(sel.VANITY_KEY)
            if isinstance(value, str) and value:
                yield value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def redact(data: bytes | str) -> str:
    """The redacted copy of a page, as HTML text.

    :raise BadInputError: the input is not a readable HTML page.
    """
    page = load_page(data)
    root = page.root
    redactor = Redactor()
    for vanity in _vanities(root):
        redactor.slug(vanity)
    for found in embedded.responses(embedded.code_blocks(root)):
        if found.member:
            redactor.slug(found.member)
    for text in root.xpath(sel.ID_CARRIERS):
        redactor.member_ids.update(_MEMBER_URN.findall(str(text)))
        redactor.member_ids.update(_CARD_KEY_ID.findall(str(text)))
    for block in embedded.code_blocks(root).values():
        for vanity in _identifiers(embedded.Response("", element=block).body):
            redactor.slug(vanity)
    for element in list(root.iter(tag=lxml.etree.Element)):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "script" and "json" not in (element.get("type") or "").lower():
            _drop(element)
            continue
        meta_key = element.get("name") or element.get("property") if tag == "meta" else None
        for name, value in element.attrib.items():
            if meta_key and name == "content" and meta_key not in sel.TEXT_META:
                value = redactor.url(value) if value.startswith("http") else value
                element.set(name, redactor.vanities_in(value))
                continue
            element.set(name, _attribute(redactor, tag, name, value))
        if tag in ("code", "script"):
            _redact_json(redactor, element)
        elif tag != "style":
            element.text = redactor.text(element.text) if element.text else element.text
        parent = element.getparent()
        if element.tail and (parent is None or parent.tag not in ("code", "script", "style")):
            element.tail = redactor.text(element.tail)
    for comment in list(root.iter(lxml.etree.Comment)):
        parent = comment.getparent()
        if parent is not None and parent.tag == "code":
            continue
        comment.text = redactor.text(comment.text or "")
        if comment.tail and (parent is None or parent.tag not in ("code", "script", "style")):
            comment.tail = redactor.text(comment.tail)
    html: str = lxml.html.tostring(root.getroottree(), encoding="unicode", method="html")
    return html


def _drop(element: lxml.html.HtmlElement) -> None:
    """Remove an element, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _attribute(redactor: Redactor, tag: str, name: str, value: str) -> str:
    """One attribute redacted by what it holds: a URL, a text a reader sees, an identifier."""
    if name in sel.URL_ATTRIBUTES or (tag == "meta" and value.startswith("http")):
        return (
            " ".join(redactor.url(part) for part in value.split(" ") if part)
            if (name.endswith("srcset"))
            else redactor.url(value)
        )
    if name == "style" and "url(" in value:
        return re.sub(
            r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)",
            lambda m: f"url({m.group(1)}{redactor.url(m.group(2))}{m.group(1)})",
            value,
        )
    if name in sel.TEXT_ATTRIBUTES or (tag == "meta" and name == "content"):
        return value if value in sel.KEEP_VALUES else redactor.text(value)
    return redactor.vanities_in(value)


def _redact_json(redactor: Redactor, element: lxml.html.HtmlElement) -> None:
    """A <code> or JSON <script> block with its string values redacted."""
    comments = [child for child in element if isinstance(child, lxml.html.HtmlComment)]
    source = comments[0].text if comments else element.text
    data = embedded.loads(source)
    if data is None:
        if source:
            text = redactor.text(source)
            if comments:
                comments[0].text = text
            else:
                element.text = text
        return
    text = json.dumps(redactor.json_value(data), ensure_ascii=False, separators=(",", ":"))
    if comments:
        comments[0].text = text.replace("-", "\\u002d")  # a comment holds no "--"
    else:
        element.text = text


@click.command("redact")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write the copy [default: FILE.redacted.html].",
)
def redact_command(file: Path, out: Path | None) -> None:
    """Write a copy of a saved page that is safe to share in a bug report.

    Letters of every text and JSON value, names, vanities, personal URL parts and image
    URLs are replaced; markup, numbers and LinkedIn's UI words stay, so the copy reads
    as the same kind of page, in the same layout, with the same counts.
    """
    from auditor.errors import BadInputError

    try:
        copy = redact(file.read_bytes())
    except BadInputError as error:
        raise click.ClickException(str(error)) from None
    target = out or file.with_name(file.stem + ".redacted.html")
    target.write_text(copy, encoding="utf-8")
    click.echo(f"redacted copy written to {target}")

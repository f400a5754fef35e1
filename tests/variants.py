"""Variants of a page LinkedIn could serve tomorrow, made at test time from a saved page.

- ``pseudo_localised``: every ASCII letter of visible text swapped for a look-alike
  (a -> á, n -> ñ, ...): the page as a UI language the project has no words for.
  Digits, markup, attributes, scripts, styles, ``<code>`` JSON and comments are untouched.
- ``class_churned``: every class token replaced, consistently, by a random one: the page
  as a new build of LinkedIn's obfuscated class names.

Both work on the tree the auditor reads (containers and string literals unwrapped) and
hand back HTML text, so the variant goes through the same loading as a user's page.
"""

from __future__ import annotations

import random
import string

import lxml.etree
import lxml.html

from auditor.page import load_page

_PLAIN = string.ascii_lowercase + string.ascii_uppercase
_LOOKALIKE = "áƀçďéƒĝĥíĵķĺḿñöṕʠŕšţüṽŵẋýž" + "ÁƁÇĎÉƑĜĤÍĴĶĹḾÑÖṔɊŔŠŢÜṼŴẊÝŽ"
_SWAP = str.maketrans(_PLAIN, _LOOKALIKE)

# Elements whose text is not visible text: code and data, not words a reader sees.
_NOT_TEXT = frozenset(("script", "style", "code", "template", "noscript"))


def pseudo(text: str) -> str:
    """The look-alike spelling of a text (what the pseudo-localised page prints).

    >>> pseudo("500+ connections")
    '500+ çöññéçţíöñš'
    """
    return text.translate(_SWAP)


def _tree(html: bytes | str) -> lxml.html.HtmlElement:
    """The tree the auditor reads for a page (MHTML, string literals and toolbars unwrapped)."""
    return load_page(html).root


def _serialise(root: lxml.html.HtmlElement) -> str:
    """The tree as HTML text, doctype kept."""
    return lxml.html.tostring(root.getroottree(), encoding="unicode", method="html")


def round_trip(html: bytes | str) -> str:
    """The page loaded and written back unchanged (the baseline of both variants)."""
    return _serialise(_tree(html))


def pseudo_localised(html: bytes | str) -> str:
    """The page with every ASCII letter of its visible text (and <title>) swapped."""
    root = _tree(html)
    for element in root.iter(tag=lxml.etree.Element):
        if element.text and element.tag not in _NOT_TEXT:
            element.text = pseudo(element.text)
        parent = element.getparent()
        if element.tail and (parent is None or parent.tag not in _NOT_TEXT):
            element.tail = pseudo(element.tail)
    for comment in root.iter(lxml.etree.Comment):
        parent = comment.getparent()
        if comment.tail and (parent is None or parent.tag not in _NOT_TEXT):
            comment.tail = pseudo(comment.tail)
    return _serialise(root)


def class_churned(html: bytes | str, seed: int = 11) -> str:
    """The page with every class token replaced by a random token, the same one each time."""
    root = _tree(html)
    rng = random.Random(seed)
    renamed: dict[str, str] = {}
    for element in root.iter(tag=lxml.etree.Element):
        classes = element.get("class")
        if not classes:
            continue
        tokens = []
        for token in classes.split():
            if token not in renamed:
                renamed[token] = "c" + "".join(rng.choices(string.ascii_lowercase, k=9))
            tokens.append(renamed[token])
        element.set("class", " ".join(tokens))
    return _serialise(root)

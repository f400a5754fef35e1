"""Small helpers over the lxml tree: cached XPath, first match of ordered fallbacks, text."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from functools import cache
from typing import Any

import lxml.etree
import lxml.html

from auditor.selectors import common as sel
from auditor.text import clean

Selector = str | Sequence[str]  # one XPath, or ordered fallbacks (newest layout first)


@cache
def xpath(expr: str) -> lxml.etree.XPath:
    """Compile an XPath once; selectors are module constants, so the cache stays small."""
    return lxml.etree.XPath(expr, regexp=False, smart_strings=False)


def run(node: lxml.html.HtmlElement, expr: str, **variables: Any) -> list[Any]:
    """Evaluate a (compiled, cached) XPath that selects nodes or strings; [] otherwise.

    ``variables`` bind XPath variables. Keep a bound node list short: lxml adds each
    node to libxml2's node set with a duplicate check, so the cost grows with its square.
    """
    result = xpath(expr)(node, **variables)
    return result if isinstance(result, list) else []


def _exprs(selector: Selector) -> Sequence[str]:
    return (selector,) if isinstance(selector, str) else selector


def find_all(node: lxml.html.HtmlElement, selector: Selector) -> list[lxml.html.HtmlElement]:
    """Every match of the first fallback that matches anything."""
    for expr in _exprs(selector):
        found = run(node, expr)
        if found:
            return found
    return []


def find(node: lxml.html.HtmlElement, selector: Selector) -> lxml.html.HtmlElement | None:
    """The first match of the first fallback that matches anything, or None."""
    for expr in _exprs(selector):
        found = run(node, expr)
        if found:
            element: lxml.html.HtmlElement = found[0]
            return element
    return None


def value(node: lxml.html.HtmlElement, selector: Selector) -> str | None:
    """The first non-empty string an XPath returns (attribute or text()), cleaned."""
    for expr in _exprs(selector):
        for item in run(node, expr):
            text = clean(item if isinstance(item, str) else visible_text(item))
            if text:
                return text
    return None


def value_each(
    context: lxml.html.HtmlElement, items: Sequence[lxml.html.HtmlElement], expr: str
) -> list[str | None]:
    """``value(item, expr)`` for every item, with one XPath run instead of one per item.

    ``items`` were found under ``context``; ``expr`` is a relative element selector such
    as ``descendant::a[...]``. Its matches under all items come back in one list, in
    document order, and each goes to every item it lies in, so each item sees the same
    matches, in the same order, as its own search would (a skill list of 50 pills: one
    XPath instead of 50). The items are not bound to an XPath variable: lxml builds a
    bound node list with a duplicate check per node, which grows with the square of the list.
    """
    if not items:
        return []
    slot = {item: i for i, item in enumerate(items)}
    matches: list[list[lxml.html.HtmlElement]] = [[] for _ in items]
    for match in run(context, expr):
        node = match.getparent()
        while node is not None:
            index = slot.get(node)
            if index is not None:
                matches[index].append(match)
            if node is context:
                break
            node = node.getparent()
    found: list[str | None] = []
    for item_matches in matches:
        text = None
        for match in item_matches:
            text = clean(visible_text(match)) or None  # as value() reads each match
            if text:
                break
        found.append(text)
    return found


def _hidden(element: lxml.html.HtmlElement) -> bool:
    """Whether an element's text is a duplicate or not shown (screen-reader copies, scripts)."""
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return True
    if tag in ("script", "style", "template", "noscript", "code"):
        return True
    classes = element.get("class") or ""
    return any(mark in classes for mark in sel.HIDDEN_TEXT_CLASSES)


_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p section table td th tr ul".split()
)


def visible_text(
    element: lxml.html.HtmlElement,
    skip: Callable[[lxml.html.HtmlElement], bool] | None = None,
    apart: bool = False,
) -> str:
    """Cleaned text of an element, skipping LinkedIn's visually-hidden duplicate copies.

    2022-2025 pages print each string twice: an ``aria-hidden`` copy and a
    ``visually-hidden`` one for screen readers; reading both doubles every text.

    ``skip``: instead, which descendants to leave out (their subtree; the text after them
    stays), e.g. a "... see more" control. ``apart``: every text node is a word of its
    own (joined with a space), as line-clamped and expandable boxes print them.

    >>> e = lxml.html.fromstring('<p>Dev<span class="visually-hidden">Dev</span>ops<br>2</p>')
    >>> visible_text(e), visible_text(e, skip=lambda n: n.tag == "br", apart=True)
    ('Devops 2', 'Dev Dev ops 2')
    """
    if skip is None:
        if _hidden(element) and element.tag not in ("code",):
            return ""
        skip = _hidden
    parts: list[str] = []
    # Iterative walk: real pages nest deep enough to hit Python's recursion limit.
    stack: list[tuple[lxml.html.HtmlElement, bool]] = [(element, False)]
    while stack:
        node, tail_only = stack.pop()
        if tail_only:
            if node.tag in _BLOCKS:
                parts.append(" ")
            if node.tail:
                parts.append(node.tail)
            continue
        if node is not element:
            stack.append((node, True))  # its tail comes after its content
            if skip(node):
                continue
        if node.tag in _BLOCKS:
            parts.append(" ")
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    return clean((" " if apart else "").join(parts))


def texts(elements: Iterable[lxml.html.HtmlElement]) -> list[str]:
    """Visible text of each element, empty ones dropped."""
    return [text for text in (visible_text(e) for e in elements) if text]

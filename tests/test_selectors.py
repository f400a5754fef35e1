"""Every selector is checked against saved pages: none may be dead.

For each XPath constant in auditor/selectors/ that can be evaluated from the document
(absolute, ``descendant::``, ``id()`` or ``.//``), at least
one synthetic fixture, SSI fixture or real page (when ../shared is there) must match it.
A selector no page confirms is a guess about LinkedIn's markup: it stays only in
UNCONFIRMED, with the reason it is kept.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from pathlib import Path
from typing import Any

import lxml.etree
import pytest

import auditor.selectors
from auditor.page import Page
from auditor.page import load_page
from tests import golden
from tests import realpages
from tests import ssi

# Evaluable from the root: the axes that do not depend on a context node.
_FROM_ROOT = ("/", "(/", "descendant::", "id(", ".//")

# "module.NAME" -> why it is kept although no saved page matches it.
UNCONFIRMED: dict[str, str] = {
    "ember.FEATURED": "no saved 2021 page has a Featured section; it only ever says True",
    "sdui.GIVEN_PANEL": "no saved 2026 page was scrolled to its recommendations (lazy)",
}


def _xpaths(value: Any) -> list[str]:
    """The XPath strings in a selector constant (a string, a tuple/list, or a dict)."""
    if isinstance(value, str):
        xpath_like = any(mark in value for mark in ("[", "::", "(", "@", "//", "$"))
        return [value] if xpath_like and value.lstrip().startswith(_FROM_ROOT) else []
    if isinstance(value, (tuple, list)):
        return [x for item in value for x in _xpaths(item)]
    if isinstance(value, dict):
        return [x for item in value.values() for x in _xpaths(item)]
    return []


def _selectors() -> list[tuple[str, str]]:
    """(module.NAME, xpath) for every evaluable selector."""
    found = []
    for info in pkgutil.iter_modules(auditor.selectors.__path__):
        module = importlib.import_module(f"auditor.selectors.{info.name}")
        for name, value in vars(module).items():
            if name.isupper():
                found += [(f"{info.name}.{name}", x) for x in _xpaths(value)]
    return found


def _page_files() -> list[Path]:
    """Synthetic profile and SSI fixtures, and the real pages when present."""
    real = sorted(realpages.PAGES.glob("*.html")) if realpages.TRUTH_FILE.is_file() else []
    return [*golden.fixtures(), *ssi.fixtures(), *real]


@cache
def _pages() -> tuple[Page, ...]:
    """Every page, loaded once."""
    return tuple(load_page(path.read_bytes()) for path in _page_files())


@cache
def _matches(expr: str) -> int:
    """On how many pages the XPath selects anything."""
    compiled = lxml.etree.XPath(expr)
    return sum(1 for page in _pages() if compiled(page.root))


SELECTORS = _selectors()


def test_the_selectors_are_found() -> None:
    """The scan sees the selector modules (a broken scan must not pass quietly)."""
    modules = {name.split(".")[0] for name, _ in SELECTORS}
    assert {"cards", "ember", "public", "sdui", "ssi"} <= modules
    assert len(SELECTORS) > 100


@pytest.mark.parametrize(
    ("name", "expr"), SELECTORS, ids=[f"{n}:{i}" for i, (n, _) in enumerate(SELECTORS)]
)
def test_selector_matches_a_saved_page(name: str, expr: str) -> None:
    """A selector that no saved page matches is dead or unconfirmed."""
    if name in UNCONFIRMED:
        pytest.skip(f"unconfirmed: {UNCONFIRMED[name]}")
    if not realpages.TRUTH_FILE.is_file():
        # Some selectors are confirmed by real pages only; the fixtures alone cannot judge.
        pytest.skip("needs the real pages in ../shared/linkedin-pages")
    assert _matches(expr) > 0, f"{name} matches no saved page: {expr}"


def test_unconfirmed_list_is_current() -> None:
    """UNCONFIRMED names only existing selectors that still match nothing."""
    by_name: dict[str, list[str]] = {}
    for name, expr in SELECTORS:
        by_name.setdefault(name, []).append(expr)
    for name in UNCONFIRMED:
        assert name in by_name, f"{name} is no longer a selector"
        assert not any(_matches(e) for e in by_name[name]), f"{name} now matches: drop it here"

"""The evidence behind every selector: how many real and synthetic pages it matches.

Shared by tests/test_selectors.py and scripts/selectors_doc.py (docs/selectors.md). A
selector is one XPath of a constant in auditor/selectors/ that can be evaluated from the
document (absolute, ``descendant::``, ``id()`` or ``.//``);
a constant holding several fallbacks gives one selector each, named ``module.NAME[i]``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import lxml.etree

import auditor.selectors
from auditor.layouts import LAYOUTS
from auditor.layouts import candidates
from auditor.page import Page
from auditor.page import load_page
from tests import golden
from tests import realpages
from tests import sdui_cards
from tests import ssi

# Evaluable from the root: the axes that do not depend on a context node.
_FROM_ROOT = ("/", "(/", "descendant::", "id(", ".//")

# Selector id -> why it is kept although no real page matches it (only synthetic
# fixtures, modelled on markup described elsewhere, or nothing at all).
UNCONFIRMED: dict[str, str] = {
    "common.ORG_TOP_CARD": "no real company or school page is saved; modelled on the "
    "logged-in org top card (fixture not-company-logged-in)",
    "common.SALES_NAVIGATOR": "no real Sales Navigator page is saved; modelled on its "
    "/sales-api/ datalets (fixture not-sales-navigator-lead)",
    "ember.PHOTO_2018[1]": "others' view of a 2018 top card as an <img>: the saved pages "
    "show a background-image div or the self-view preview (fixtures in-2018-*)",
    "ember.PHOTO_2021[1]": "the 2018-era <img> photo kept for early-2021 pages; the saved "
    "2021 page uses pv-top-card__photo (fixtures in-2021-*)",
    "ember.SKILL_NAMES[1]": "the 2019-2020 v3 skill-name span is known from scrapers' "
    "selectors; no saved v3 page (fixture in-2021-v3-top-card)",
    "ember.FEATURED[0]": "no saved 2021 page has a Featured section; it only ever says True",
    "ember.FEATURED[1]": "no saved 2021 page has a Featured section; it only ever says True",
    "public.P24_TOP_CARD[1]": "2017-2018 guest topcard, known from scrapers' selectors; "
    "no saved page of this variant (fixture public-2024-era2018-topcard)",
    "public.P24_NAME[2]": "2017-2018 guest topcard (fixture public-2024-era2018-topcard)",
    "public.P24_HEADLINE[2]": "2017-2018 guest topcard (fixture public-2024-era2018-topcard)",
    "public.P24_LOCATION": "2017-2018 guest topcard (fixture public-2024-era2018-topcard)",
    "public.P24_INDUSTRY": "2017-2018 guest topcard (fixture public-2024-era2018-topcard)",
    "public.P24_PHOTO_IMG[2]": "2017-2018 guest topcard (fixture public-2024-era2018-topcard)",
    "public.P24_SUMMARY[1]": "2017-2018 guest summary (fixture public-2024-era2018-topcard)",
    "public.P24_POSITION_KNOWN[1]": "2019-2023 guest section cards, modelled on a 2023-04 "
    "page saved in a public repository's source (fixture public-2024-era2023-subline-items)",
    "public.P24_POSITION_KNOWN[2]": "2017-2018 guest positions (fixture "
    "public-2024-era2018-topcard)",
    "public.P24_POSITION_TITLE[1]": "2019-2023 guest section cards, modelled on a 2023-04 "
    "page saved in a public repository's source (fixture public-2024-era2023-subline-items)",
    "public.P24_POSITION_TITLE[2]": "2017-2018 guest positions (fixture "
    "public-2024-era2018-topcard)",
    "public.P24_POSITION_COMPANY[1]": "2019-2023 guest section cards (fixture "
    "public-2024-era2023-subline-items)",
    "public.P24_POSITION_COMPANY[2]": "2017-2018 guest positions (fixture "
    "public-2024-era2018-topcard)",
    "public.P24_POSITION_DESCRIPTION[2]": "2017-2018 guest positions (fixture "
    "public-2024-era2018-topcard)",
    "public.P24_SUBLINE_ROWS[2]": "2019-2023 subline items, modelled on a 2023-04 page "
    "saved in a public repository's source (fixture public-2024-era2023-subline-items)",
    "public.P24_OTHER_ENTITY": "no real guest company or job page is saved (fixtures "
    "not-company-guest-body, not-job-guest-body)",
    # The 2026 Recommendations card and the 2026 details pages: no real one has been seen
    # (the real rendered cards of fragments/ have no Recommendations card).
    "sdui.RECEIVED_PANEL": "no real 2026 Recommendations card seen; pill key modelled",
    "sdui.GIVEN_PANEL": "no real 2026 Recommendations card seen; pill key modelled",
    "sdui.PAGE_GIVEN_PANEL": "modelled: no 2026 recommendations details page with the Given tab",
    "sdui.PAGE_RECEIVED_PANEL": "no real 2026 recommendations page or card seen",
}
# Selector id -> why it is a model of markup no real page shows, although real pages match
# its broad XPath (a real page's progress bar, a real card's item keys): the matches are
# not evidence of what the selector is for. Real pages must confirm or drop them.
MODELLED: dict[str, str] = {
    "sdui.RECEIVED_LINK": "no real 2026 Recommendations card seen; tab links as in 2022-2025",
    "sdui.GIVEN_LINK": "no real 2026 Recommendations card seen; tab links as in 2022-2025",
    "sdui.EXPERIENCE_ANCHOR": "the real card key, assumed on the (unseen) 2026 details page",
    "sdui.PAGE_SKILL_ITEMS": "the real skill keys, assumed on the (unseen) 2026 details page",
    "sdui.PAGE_ENTITY_ITEMS": "the real entry keys, assumed on the (unseen) 2026 details page",
    "sdui.NESTED_ENTITY_ITEMS": "grouped roles: never seen in 2026; the reader refuses them",
    "sdui.DETAILS_LOADING": "the 2026 paged-list loader (ARIA busy/progressbar) is modelled",
    "sdui.DETAILS_BUTTONS": "the 2026 'show more results' button is modelled",
    "sdui.DETAILS_SELF_LINKS": "links of the (unseen) 2026 details page are modelled",
    "sdui.OPEN_TO_WORK[1]": "second variant (job-opportunities href) only; the first is real",
}
# No real SSI dashboard is saved (tests/ssi/README.md): every SSI selector is modelled.
SSI_REASON = "no real SSI dashboard is saved; modelled (tests/ssi/README.md)"


@dataclass(frozen=True)
class Selector:
    """One evaluable XPath of a selector constant."""

    id: str  # module.NAME, or module.NAME[i] for one of several fallbacks
    constant: str  # module.NAME
    expr: str


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


@cache
def selectors() -> tuple[Selector, ...]:
    """Every evaluable selector, in module order."""
    found: list[Selector] = []
    for info in pkgutil.iter_modules(auditor.selectors.__path__):
        module = importlib.import_module(f"auditor.selectors.{info.name}")
        for name, value in vars(module).items():
            if not name.isupper() or name.endswith("_PATTERN"):
                continue  # a *_PATTERN is a regular expression, not an XPath
            exprs = _xpaths(value)
            constant = f"{info.name}.{name}"
            for i, expr in enumerate(exprs):
                ident = constant if len(exprs) == 1 else f"{constant}[{i}]"
                found.append(Selector(ident, constant, expr))
    return tuple(found)


def reason(selector: Selector) -> str | None:
    """Why an unconfirmed selector is kept (None: not listed)."""
    if selector.constant.startswith("ssi."):
        return SSI_REASON
    for listed in (UNCONFIRMED, MODELLED):
        why = listed.get(selector.id) or listed.get(selector.constant)
        if why:
            return why
    return None


def real_files() -> list[Path]:
    """The real pages, or [] when ../shared is absent."""
    return sorted(realpages.PAGES.glob("*.html")) if realpages.TRUTH_FILE.is_file() else []


@cache
def _real_pages() -> tuple[Page, ...]:
    return tuple(load_page(path.read_bytes()) for path in real_files())


@cache
def _real_cards() -> tuple[Page, ...]:
    """The real rendered 2026 cards (fragments/), each member's in a minimal page.

    They are real markup that no saved page holds (lazy parts), read as
    tests/test_fragments.py reads them; () when ../shared is absent.
    """
    if not real_files() or not sdui_cards.CARDS_FILE.is_file():
        return ()
    return tuple(
        load_page(sdui_cards.member_page(sdui_cards.member_keys(key)))
        for key in sdui_cards.topcard_keys()
    )


@cache
def _synthetic_pages() -> tuple[Page, ...]:
    return tuple(load_page(path.read_bytes()) for path in [*golden.fixtures(), *ssi.fixtures()])


def _count(expr: str, pages: tuple[Page, ...]) -> int:
    compiled = lxml.etree.XPath(expr)
    return sum(1 for page in pages if compiled(page.root))


def confirmed(selector: Selector) -> bool:
    """Whether real pages confirm the selector: they match it and it is not a model."""
    modelled = selector.id in MODELLED or selector.constant in MODELLED
    return not modelled and real_matches(selector.expr) > 0


@cache
def real_matches(expr: str) -> int:
    """On how many real pages (and real rendered 2026 cards) the XPath selects anything."""
    return _count(expr, _real_pages() + _real_cards())


@cache
def synthetic_matches(expr: str) -> int:
    """On how many synthetic fixtures (profiles and SSI) the XPath selects anything."""
    return _count(expr, _synthetic_pages())


# --- per layout ---------------------------------------------------------------------------

_IMPORT = re.compile(r"^from auditor\.selectors import (\w+)(?: as (\w+))?$", re.M)


_BASE_IMPORT = re.compile(r"^from auditor\.layouts\.(_\w+) import (\w+)$", re.M)


def _used(source: str, text: str) -> set[str]:
    """The selector constants ``text`` reads, as module.NAME, by the aliases of ``source``."""
    aliases = {alias or module: module for module, alias in _IMPORT.findall(source)}
    return {
        f"{aliases[alias]}.{name}"
        for alias, name in re.findall(r"\b(\w+)\.([A-Z][A-Z0-9_]+)\b", text)
        if alias in aliases
    }


def _base_selectors(layout_source: str) -> set[str]:
    """The selector constants read by the family readers a layout imports (auditor/layouts/
    _public.py, ...), following each reader into the base's own helpers."""
    found: set[str] = set()
    for base_name, name in _BASE_IMPORT.findall(layout_source):
        base = importlib.import_module(f"auditor.layouts.{base_name}")
        base_source = inspect.getsource(base)
        pending, seen = [name], set()
        while pending:
            current = pending.pop()
            obj = getattr(base, current, None)
            if current in seen or not inspect.isfunction(obj):
                continue
            seen.add(current)
            text = inspect.getsource(obj)
            found |= _used(base_source, text)
            pending += [n for n in re.findall(r"\b(\w+)\(", text) if hasattr(base, n)]
    return found


def _class_attribute_sources(cls: type) -> dict[str, str]:
    """The source of each class attribute assignment in a class body, by name."""
    source = inspect.getsource(cls)
    body = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(body, ast.ClassDef)
    found: dict[str, str] = {}
    for node in body.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                found[target.id] = ast.get_source_segment(textwrap.dedent(source), node) or ""
    return found


def _reached(layout: object, start: str) -> set[str]:
    """The selector constants a layout object reads from its method ``start``: following
    ``self.<name>`` (and ``super().<name>``) into the methods and class attributes the
    object resolves (a subclass's override, not the base's default) and calls into
    module-level helpers."""
    mro = type(layout).__mro__
    found: set[str] = set()
    # (where to look: an index into the MRO to search from, or a module's name; name)
    pending: list[tuple[int | str, str]] = [(0, start)]
    seen: set[tuple[int | str, str]] = set()
    while pending:
        where, name = pending.pop()
        if (where, name) in seen:
            continue
        seen.add((where, name))
        owner_at = None
        if isinstance(where, int):  # an attribute of the object, from mro[where] on
            owner_at = next((i for i in range(where, len(mro)) if name in vars(mro[i])), None)
            if owner_at is None or not mro[owner_at].__module__.startswith("auditor.layouts"):
                continue
            owner = mro[owner_at]
            home = importlib.import_module(owner.__module__)
            member = vars(owner)[name]
            if inspect.isfunction(member):
                text = inspect.getsource(member)
            else:
                text = _class_attribute_sources(owner).get(name, "")
        else:  # a function of a module
            home = importlib.import_module(where)
            obj = getattr(home, name, None)
            if not inspect.isfunction(obj) or obj.__module__ != where:
                continue
            text = inspect.getsource(obj)
        found |= _used(inspect.getsource(home), text)
        pending += [(0, n) for n in re.findall(r"\bself\.(\w+)", text)]
        if owner_at is not None:
            pending += [(owner_at + 1, n) for n in re.findall(r"\bsuper\(\)\.(\w+)", text)]
        pending += [(home.__name__, n) for n in re.findall(r"(?<![.\w])(\w+)\(", text)]
    return found


def layout_selectors(layout: object) -> tuple[set[str], set[str]]:
    """(constants the layout reads, its family readers included; constants its detect()
    reads), as module.NAME. A layout module is read whole; a layout object (a family
    subclass) by its module and what its ``detect`` and ``extract`` reach."""
    if isinstance(layout, ModuleType):
        source = inspect.getsource(layout)
        detect_source = inspect.getsource(layout.detect)
        return _used(source, source) | _base_selectors(source), _used(source, detect_source)
    source = inspect.getsource(importlib.import_module(type(layout).__module__))
    used = _used(source, source) | _reached(layout, "detect") | _reached(layout, "extract")
    return used, _reached(layout, "detect")


@cache
def layout_of_real_pages() -> dict[str, list[str]]:
    """Layout module name -> the real pages it reads (the first candidate that detects)."""
    found: dict[str, list[str]] = {layout.NAME: [] for layout in LAYOUTS}
    for path, page in zip(real_files(), _real_pages(), strict=True):
        for layout in candidates(page):
            if layout.detect(page):
                found[layout.NAME].append(path.name)
                break
    return found

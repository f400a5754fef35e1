"""The real rendered 2026 cards of ../shared/linkedin-pages/fragments, and scrolled pages.

LinkedIn's 2026 profile page leaves the cards below Activity as empty lazy placeholders,
``<div componentkey="profileCardsBelowActivityPartN<vanity>">`` around an inner empty div
with the same key, and fills them when the member scrolls. ``scrolled_page`` does what that
script does with the real cards: it parses a saved 2026 page, puts cards into the inner
placeholders and serialises the page again. The cards and pages are real people's data:
read from the shared folder, never copied into the repository.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import lxml.html

from tests import realpages

FRAGMENTS = realpages.PAGES / "fragments"
CARDS_FILE = FRAGMENTS / "go4energy_sdui-2026-de_sections.json"
TRUTH_FILE = FRAGMENTS / "truth.json"

# The saved 2026 pages (English UI, every part below Activity still empty).
SAVED_2026 = tuple(sorted(realpages.PAGES.glob("openoutreach_*_2026.html")))

_PART = "profileCardsBelowActivityPart"


@cache
def cards() -> dict[str, str]:
    """The real cards: fragment key -> outer HTML ({} when the folder is absent)."""
    if not CARDS_FILE.is_file():
        return {}
    return json.loads(CARDS_FILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def truth() -> dict[str, dict[str, object]]:
    """The facts each card shows, read by eye (fragment key -> facts)."""
    if not TRUTH_FILE.is_file():
        return {}
    table = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in table.items() if not k.startswith("_")}


def scrolled_page(saved: Path, fragment_keys: Sequence[str | None]) -> bytes:
    """A saved 2026 page with the given cards placed into its lazy parts, in order.

    ``fragment_keys[i]`` fills Part i+1; ``None`` leaves that part empty (not yet
    rendered); parts past the end of the sequence stay empty too.
    """
    root = lxml.html.fromstring(saved.read_bytes())
    inner: dict[int, lxml.html.HtmlElement] = {}
    for element in root.iter("div"):
        key = element.get("componentkey") or ""
        if not key.startswith(_PART):
            continue
        number = int(key[len(_PART)])
        # the inner placeholder is the one nested in an element with the same key
        if any(a.get("componentkey") == key for a in element.iterancestors()):
            inner[number] = element
    assert len(inner) == 6, f"{saved.name}: expected six lazy parts, found {sorted(inner)}"
    for number, fragment_key in enumerate(fragment_keys, start=1):
        if fragment_key is None:
            continue
        card = lxml.html.fragment_fromstring(cards()[fragment_key])
        inner[number].append(card)
    return lxml.html.tostring(root, encoding="utf-8", doctype="<!DOCTYPE html>")


def card_page(fragment_key: str) -> bytes:
    """One real card, alone, in a minimal page (no top card: not a profile by itself)."""
    return f"<!DOCTYPE html><html><body><main>{cards()[fragment_key]}</main></body></html>".encode()


def member_page(fragment_keys: Sequence[str], lang: str = "de") -> bytes:
    """The cards of ONE member in a minimal 2026 page, as LinkedIn nests them.

    The top card and About (if given) sit above Activity; every other card fills one lazy
    part (``profileCardsBelowActivityPartN<vanity>``), as LinkedIn's script does on scroll;
    the parts left over stay empty (not scrolled to), as on the saved 2026 pages.
    """
    above = [k for k in fragment_keys if k.endswith(("_topcard", "_about"))]
    below = [k for k in fragment_keys if k not in above]
    top = next(k for k in above if k.endswith("_topcard"))
    vanity = str(truth()[top]["vanity"])
    filled = [cards()[key] for key in below] + [""] * (6 - len(below))
    parts = "".join(
        f'<div componentkey="{_PART}{n}{vanity}"><div data-display-contents="true">'
        f'<div componentkey="{_PART}{n}{vanity}">{card}</div></div></div>'
        for n, card in enumerate(filled, start=1)
    )
    html = (
        f'<!DOCTYPE html><html lang="{lang}" dir="ltr" translate="no"><body><main>'
        f'<div componentkey="profileCardsAboveActivity{vanity}">'
        f"{''.join(cards()[k] for k in above)}</div>{parts}</main></body></html>"
    )
    return html.encode()


def key_of(card: str) -> str:
    """The fragment key of the (first) card truth.json names ``card`` ("Skills", ...)."""
    return next(key for key, facts in truth().items() if facts.get("card") == card)


def member_keys(key: str) -> tuple[str, ...]:
    """Every card of the member a fragment key belongs to (keys are "<member>_<card>")."""
    member = key.split("_")[0]
    return tuple(k for k in cards() if k.split("_")[0] == member)


def topcard_keys() -> tuple[str, ...]:
    """The fragment key of each member's top card."""
    return tuple(key for key, facts in truth().items() if facts.get("card") == "Topcard")

"""Every selector is checked against saved pages: none may be dead, none unexplained.

For each XPath in auditor/selectors/ that can be evaluated from the document (see
tests/selector_evidence.py), at least one synthetic fixture, SSI fixture or real page
(when ../shared is there) must match it. A selector that no REAL page matches is a
model of LinkedIn's markup, not evidence: it is listed in ``UNCONFIRMED`` with the reason
it is kept. The summary prints how many real pages confirm each selector, and
docs/selectors.md (scripts/selectors_doc.py) shows the same per layout.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import realpages
from tests import selector_evidence as evidence

SELECTORS = evidence.selectors()
_NEEDS_REAL = pytest.mark.skipif(
    not realpages.TRUTH_FILE.is_file(),
    reason="some selectors are confirmed by the real pages only (../shared/linkedin-pages)",
)
ROOT = Path(__file__).resolve().parents[1]


def test_the_selectors_are_found() -> None:
    """The scan sees the selector modules (a broken scan must not pass quietly)."""
    modules = {s.constant.split(".")[0] for s in SELECTORS}
    assert {"cards", "ember", "public", "sdui", "ssi", "generic"} <= modules
    assert len(SELECTORS) > 100


@_NEEDS_REAL
@pytest.mark.parametrize("selector", SELECTORS, ids=[s.id for s in SELECTORS])
def test_selector_matches_a_saved_page(selector: evidence.Selector) -> None:
    """A selector that no saved page matches is dead, unless listed as unconfirmed."""
    if evidence.synthetic_matches(selector.expr) or evidence.real_matches(selector.expr):
        return
    why = evidence.reason(selector)
    assert why, f"{selector.id} matches no saved page: {selector.expr}"


@_NEEDS_REAL
@pytest.mark.parametrize("selector", SELECTORS, ids=[s.id for s in SELECTORS])
def test_selector_is_confirmed_or_explained(selector: evidence.Selector) -> None:
    """A selector no real page matches must say why it is kept; a listed one must still
    match no real page (else drop it from the list)."""
    real = evidence.real_matches(selector.expr)
    why = evidence.reason(selector)
    if real == 0:
        assert why, f"{selector.id} matches only synthetic pages and is not listed: add why"
    else:
        modelled = selector.id in evidence.MODELLED or selector.constant in evidence.MODELLED
        assert why is None or modelled or selector.constant.startswith("ssi."), (
            f"{selector.id} now matches {real} real pages: drop it from UNCONFIRMED"
        )


def test_unconfirmed_names_existing_selectors() -> None:
    """UNCONFIRMED names only selectors that exist."""
    known = {s.id for s in SELECTORS} | {s.constant for s in SELECTORS}
    stale = [name for name in (*evidence.UNCONFIRMED, *evidence.MODELLED) if name not in known]
    assert not stale, f"no longer selectors: {stale}"


@_NEEDS_REAL
def test_selector_evidence_summary() -> None:
    """Print how many selectors real pages confirm, and which are modelled only."""
    confirmed = [s for s in SELECTORS if evidence.confirmed(s)]
    modelled = [s for s in SELECTORS if not evidence.confirmed(s)]
    lines = [f"\nselectors: {len(confirmed)} confirmed by real pages, {len(modelled)} modelled"]
    lines += [f"  unconfirmed {s.id}: {evidence.reason(s)}" for s in modelled]
    print("\n".join(lines))
    assert confirmed


@_NEEDS_REAL
def test_selectors_doc_is_current() -> None:
    """docs/selectors.md is what scripts/selectors_doc.py writes today."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "selectors_doc.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr

"""The logged-out layouts: each detects only its own era, and their shared helpers."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from auditor.layouts import _public
from auditor.layouts import public_2013
from auditor.layouts import public_2015
from auditor.layouts import public_2016
from auditor.layouts import public_2024
from auditor.page import load_page

PROFILES = Path(__file__).parent / "profiles"
LAYOUTS = {
    "public-2013": public_2013.layout,
    "public-2015": public_2015.layout,
    "public-2016": public_2016.layout,
    "public-2024": public_2024.layout,
}


@pytest.mark.parametrize("path", sorted(PROFILES.glob("*.html")), ids=lambda p: p.stem)
def test_only_its_own_public_layout_detects(path: Path) -> None:
    """A public-YYYY fixture is claimed by that layout alone; other fixtures by none."""
    page = load_page(path.read_bytes())
    fired = [name for name, layout in LAYOUTS.items() if layout.detect(page)]
    expected = [name for name in LAYOUTS if path.stem.startswith(name)]
    assert fired == expected


def test_shared_helpers_doctests() -> None:
    """The count, image and vanity helpers behave as their examples say."""
    assert doctest.testmod(_public).failed == 0


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        (["612 followers", "500+ connections"], ("500+", 612)),
        (["1.234 volgers 321 connecties"], (321, 1234)),
        (["Copenhagen, Denmark"], (None, None)),
        # 2023 guest pages round large counts: "6K" is not 6, and not 6000 either.
        (["6K followers", "500+ connections"], ("500+", None)),
        (["1,2 k abonnés 312 relations"], (312, None)),
    ],
)
def test_top_card_counts(runs: list[str], expected: tuple[object, object]) -> None:
    """Followers and connections are told apart by their word, whatever the order."""
    assert _public.top_card_counts(runs, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("6K followers", True), ("12 mil seguidores", True), ("Milan, Italy", False), ("Oslo", False)],
)
def test_rounded_count_is_no_location(text: str, expected: bool) -> None:
    """A rounded follower count in the subline is a count run, never the location."""
    assert _public.is_count_run(text) is expected

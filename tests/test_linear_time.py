"""An audit's time grows linearly with the page: padding cannot make it quadratic.

A page padded with many ``<section>`` or ``<code>`` elements once took 0.28 s at 16,000,
3.6 s at 64,000 and 15.6 s at 128,000 (each XPath call bound those lists to variables,
which lxml builds with a duplicate check per node). Here the padding grows 4x and the
time may grow about 4x, never 16x.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest

from auditor import AuditorError
from auditor import audit
from auditor.dom import value_each

PROFILES = Path(__file__).parent / "profiles"
SMALL = 10_000
# Linear time gives a ratio of ~4 for 4x the padding, quadratic ~16: 7 leaves room for
# a busy machine while catching any quadratic step.
MAX_RATIO = 7.0


def _best_time(function: Callable[[], object], runs: int = 3) -> float:
    """The shortest of a few runs (the least disturbed by other work on the machine)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _audit(data: bytes) -> None:
    """A full audit; a page refused with a documented error still did all its work."""
    try:
        audit(data)
    except AuditorError:
        pass


@pytest.mark.parametrize(
    "fixture",
    [
        "in-2026-custom-banner.html",  # sdui-2026
        "in-2025-creator-open-to-work.html",  # cards
        "in-2018-json-numbers.html",  # in-2018 (embedded <code> JSON)
        "in-2021-deferred.html",  # in-2021
        "public-2024-full.html",  # public-2024
        "not-sales-navigator-lead.html",  # page-kind detection over <code>
    ],
)
@pytest.mark.parametrize("padding", [b"<section></section>", b"<code></code>"])
def test_padding_grows_the_time_linearly(fixture: str, padding: bytes) -> None:
    """4x the padding elements costs about 4x the time, not 16x."""
    page = (PROFILES / fixture).read_bytes()
    assert b"</body>" in page

    def padded(count: int) -> bytes:
        return page.replace(b"</body>", padding * count + b"</body>", 1)

    small, large = padded(SMALL), padded(4 * SMALL)
    small_time = _best_time(lambda: _audit(small))
    large_time = _best_time(lambda: _audit(large))
    assert large_time < MAX_RATIO * small_time + 0.05, (small_time, large_time)
    assert large_time < 3, f"{4 * SMALL} padding elements took {large_time:.2f} s"


def test_value_each_grows_linearly() -> None:
    """Reading one name in each of many pills is linear in the number of pills."""

    def pills(count: int) -> tuple[lxml.html.HtmlElement, list[lxml.html.HtmlElement]]:
        html = "<ul>" + "<li><a class='name'>Skill</a></li>" * count + "</ul>"
        root = lxml.html.fromstring(html)
        return root, list(root.iter("li"))

    small, large = pills(SMALL), pills(4 * SMALL)
    small_time = _best_time(lambda: value_each(small[0], small[1], "descendant::a"))
    large_time = _best_time(lambda: value_each(large[0], large[1], "descendant::a"))
    assert value_each(small[0], small[1][:2], "descendant::a") == ["Skill", "Skill"]
    assert large_time < MAX_RATIO * small_time + 0.05, (small_time, large_time)


def test_value_each_gives_each_item_its_own_match() -> None:
    """Matches go to the items they lie in; matches outside every item go nowhere."""
    root = lxml.html.fromstring(
        "<div><a>outside</a><ul><li><b>x</b><a>first</a></li><li></li>"
        "<li><span><a>third</a><a>later</a></span></li></ul></div>"
    )
    items = list(root.iter("li"))
    assert value_each(root, items, "descendant::a") == ["first", None, "third"]

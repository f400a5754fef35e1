"""Every real page in ../shared/linkedin-pages against its hand-checked facts.

Skipped when that folder is absent (a user's clone). A non-null truth must equal the
parsed fact; a null truth must come back unknown (None), not 0 or False. The summary
prints a per-field and per-layout accuracy table and fails below 98% of fields.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from auditor import NotAProfileError
from tests import realpages

pytestmark = [
    pytest.mark.realpages,
    pytest.mark.skipif(
        not realpages.TRUTH_FILE.is_file(), reason="../shared/linkedin-pages absent"
    ),
]

# Known misses: (file, field) -> why. They run as xfail and count as misses.
KNOWN_MISSES: dict[tuple[str, str], str] = {}

MIN_ACCURACY = 0.98
RESULTS: dict[str, Any] = {}


def _cases() -> list[Any]:
    cases = []
    for name, entry in realpages.truth().items():
        if entry["kind"] == "not_profile":
            continue
        for field in realpages.FIELDS:
            marks = []
            if (name, field) in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[(name, field)], strict=True))
            cases.append(pytest.param(name, field, id=f"{name}:{field}", marks=marks))
    return cases


@pytest.mark.parametrize("name", sorted(realpages.truth()))
def test_page_kind(name: str) -> None:
    """The page is recognised as the kind of page it is (or rejected as not a profile)."""
    result = realpages.parsed(name)
    assert realpages.kind_of(result) == realpages.truth()[name]["kind"], result


@pytest.mark.parametrize(("name", "field"), _cases())
def test_field(name: str, field: str) -> None:
    """A known truth equals the parsed fact; an unknown truth is parsed as unknown."""
    result = realpages.parsed(name)
    if isinstance(result, NotAProfileError):
        pytest.fail(f"parsed as not a profile: {result}")
    expected = realpages.truth()[name]["fields"][field]
    got = realpages.fact(result, field)
    assert got == expected, f"{field}: parsed {got!r}, truth {expected!r}"
    if expected is None:
        assert field in result.unknown or field == "about", "an unknown fact needs a reason"


def test_accuracy_summary() -> None:
    """Per-field and per-layout accuracy; fails below 98% overall or on any page-kind error."""
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_layout: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    kinds_ok = 0
    misses: list[str] = []
    table = realpages.truth()
    for name, entry in table.items():
        result = realpages.parsed(name)
        kind_ok = realpages.kind_of(result) == entry["kind"]
        kinds_ok += kind_ok
        if entry["kind"] == "not_profile":
            continue
        for field in realpages.FIELDS:
            expected = entry["fields"][field]
            got = None if isinstance(result, NotAProfileError) else realpages.fact(result, field)
            ok = got == expected and (name, field) not in KNOWN_MISSES
            for bucket in (by_field[field], by_layout[entry["layout"]]):
                bucket[0] += ok
                bucket[1] += 1
            if not ok:
                misses.append(f"{name}:{field} parsed {got!r}, truth {expected!r}")
    right = sum(v[0] for v in by_field.values())
    total = sum(v[1] for v in by_field.values())
    lines = ["", "real-page accuracy by field:"]
    lines += [
        f"  {k:<26} {v[0]:>3}/{v[1]:<3} {100 * v[0] / v[1]:5.1f}%" for k, v in by_field.items()
    ]
    lines.append("real-page accuracy by layout:")
    lines += [
        f"  {k:<26} {v[0]:>3}/{v[1]:<3} {100 * v[0] / v[1]:5.1f}%"
        for k, v in sorted(by_layout.items())
    ]
    lines += [f"  miss: {m}" for m in misses]
    accuracy = right / total if total else 0.0
    lines.append(
        f"real pages: field accuracy {100 * accuracy:.1f}% ({right}/{total}), "
        f"page kinds {kinds_ok}/{len(table)}"
    )
    RESULTS["report"] = "\n".join(lines)
    print(RESULTS["report"])
    assert kinds_ok == len(table), "page-kind errors"
    assert accuracy >= MIN_ACCURACY, f"field accuracy {accuracy:.1%} below {MIN_ACCURACY:.0%}"

"""Pages never seen: variants of every real page, made at test time (tests/variants.py).

- Pseudo-localised pages (a UI language the project has no words for): a fact may come
  back unknown, never wrong, and no profile becomes "not a profile".
- Class-churned 2024-2026 pages (a new build's class names): the page is still read as
  the same kind, and every fact is the same or unknown, never a different value.

Skipped when ../shared/linkedin-pages is absent. The pages are read from there, never
copied here.
"""

from __future__ import annotations

from typing import Any

import pytest

from auditor import NotAProfileError
from auditor import Profile
from auditor import parse_profile
from auditor.model import DEFAULT_REASON
from auditor.model import FACTS
from tests import realpages
from tests import variants

pytestmark = [
    pytest.mark.realpages,
    pytest.mark.skipif(
        not realpages.TRUTH_FILE.is_file(), reason="../shared/linkedin-pages absent"
    ),
]

_CHURNED_ERAS = ("2024", "2025", "2026")
# The summary lines, printed again at the end of the run (conftest.py).
LINES: dict[str, str] = {}


def _parse(html: str) -> Profile | NotAProfileError:
    """The parse result of a variant page."""
    try:
        return parse_profile(html)
    except NotAProfileError as error:
        return error


def _right(got: Any, expected: Any) -> bool:
    """A parsed value equals the truth, in the original or the look-alike spelling."""
    if isinstance(expected, str):
        return got in (expected, variants.pseudo(expected))
    return bool(got == expected)


def test_pseudo_localised_pages_are_never_wrong() -> None:
    """Every truth field of every real page's pseudo-localised copy: right or unknown."""
    right = unknown = 0
    wrong: list[str] = []
    for name, entry in realpages.truth().items():
        result = _parse(variants.pseudo_localised((realpages.PAGES / name).read_bytes()))
        kind = realpages.kind_of(result)
        if kind != entry["kind"]:
            wrong.append(f"{name}: read as {kind}, is {entry['kind']} ({result})")
            continue
        if isinstance(result, NotAProfileError):
            right += 1
            continue
        for field in realpages.FIELDS:
            expected = entry["fields"][field]
            got = realpages.fact(result, field)
            if _right(got, expected):
                right += 1
            elif got is None:
                unknown += 1
                if result.unknown.get(field, DEFAULT_REASON) == DEFAULT_REASON:
                    wrong.append(f"{name}:{field} unknown without saying why")
            else:
                wrong.append(f"{name}:{field} parsed {got!r}, truth {expected!r}")
    LINES["pseudo"] = (
        f"pseudo-localised pages: right {right}, unknown {unknown}, wrong {len(wrong)}"
    )
    print("\n" + LINES["pseudo"])
    assert not wrong, "\n".join(wrong)


def _spelt(value: Any) -> Any:
    """A fact's value with its strings in the look-alike spelling (for comparison)."""
    if isinstance(value, str):
        return variants.pseudo(value)
    if isinstance(value, dict):
        return {k: _spelt(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_spelt(v) for v in value]
    return value


def _changes(before: Any, after: Any, path: str) -> list[str]:
    """Where ``after`` holds a value that is neither ``before`` (in either spelling) nor
    unknown: nested facts (About, Activity, Position) are compared field by field."""
    if after is None or after == before or _spelt(after) == _spelt(before):
        return []
    if isinstance(before, dict) and isinstance(after, dict):
        return [c for k in after for c in _changes(before.get(k), after[k], f"{path}.{k}")]
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        pairs = zip(before, after, strict=True)
        return [c for i, (b, a) in enumerate(pairs) for c in _changes(b, a, f"{path}[{i}]")]
    return [f"{path}: {before!r} -> {after!r}"]


def test_pseudo_localised_pages_change_no_fact() -> None:
    """Beyond the truth fields: no fact of any real page (creator, activity, positions,
    ...) takes another value when the UI speaks a language the project does not know."""
    changed: list[str] = []
    for name in realpages.truth():
        page = (realpages.PAGES / name).read_bytes()
        before = _parse(variants.round_trip(page))
        after = _parse(variants.pseudo_localised(page))
        if isinstance(before, NotAProfileError) or isinstance(after, NotAProfileError):
            continue  # the page kinds are checked above
        for fact in FACTS:
            old = before.model_dump(mode="json")[fact]
            new = after.model_dump(mode="json")[fact]
            changed += _changes(old, new, f"{name}:{fact}")
    assert not changed, "\n".join(changed)


def _facts(result: Profile | NotAProfileError) -> dict[str, Any]:
    """The kind and facts of a parse result (the error message for a rejected page)."""
    if isinstance(result, NotAProfileError):
        return {"error": str(result)}
    return {"kind": result.kind} | {name: getattr(result, name) for name in FACTS}


def test_class_churned_pages_keep_their_facts() -> None:
    """Every 2024-2026 real page with every class renamed: same kind, no fact changed to
    another value (an unknown is a loss, counted; a different value is a failure)."""
    names = [
        name for name, entry in realpages.truth().items() if entry["layout"].endswith(_CHURNED_ERAS)
    ]
    identical = 0
    lost: list[str] = []
    changed: list[str] = []
    for name in names:
        page = (realpages.PAGES / name).read_bytes()
        before = _facts(_parse(variants.round_trip(page)))
        after = _facts(_parse(variants.class_churned(page)))
        if before == after:
            identical += 1
            continue
        if "error" in before or "error" in after or before["kind"] != after["kind"]:
            changed.append(f"{name}: {before.get('error', before.get('kind'))} -> {after}")
            continue
        for fact, value in before.items():
            if after[fact] == value:
                continue
            if after[fact] is None:
                lost.append(f"{name}:{fact}")
            else:
                changed.append(f"{name}:{fact} {value!r} -> {after[fact]!r}")
    LINES["churn"] = f"class-churned pages: identical {identical}/{len(names)}"
    print("\n" + LINES["churn"])
    print(f"class-churned pages: {len(lost)} facts became unknown, {len(changed)} changed")
    assert names
    assert not changed, "\n".join(changed)


def test_round_trip_keeps_every_fact() -> None:
    """The variants' baseline: a page loaded and written back reads the same."""
    for name in realpages.truth():
        page = (realpages.PAGES / name).read_bytes()
        assert _facts(_parse(variants.round_trip(page))) == _facts(realpages.parsed(name)), name

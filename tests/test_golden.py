"""Each synthetic fixture page parses to exactly its golden JSON (scripts/update_golden.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import golden


@pytest.mark.parametrize("path", golden.fixtures(), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    """The parsed document equals the reviewed golden file."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert golden.document(path) == expected

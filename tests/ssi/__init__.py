"""Synthetic SSI dashboard fixtures and their golden documents (scripts/update_golden.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor.ssi import NotAnSsiPageError
from auditor.ssi import read_ssi
from tests import golden

FIXTURES = Path(__file__).parent


def fixtures() -> list[Path]:
    """Every synthetic SSI fixture page."""
    return sorted(FIXTURES.glob("*.html"))


def document(html_path: Path) -> dict[str, Any]:
    """The reading of a fixture, or the not-a-dashboard error, as JSON data."""
    try:
        return {"reading": read_ssi(html_path.read_bytes()).model_dump(mode="json")}
    except NotAnSsiPageError as error:
        return {"not_an_ssi_page": str(error)}


def dumps(doc: dict[str, Any]) -> str:
    """Stable JSON text for a golden file (the same as tests/golden.py writes)."""
    return golden.dumps(doc)

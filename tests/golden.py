"""The golden document of a fixture: what the auditor answers for it, minus volatile parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from auditor import NotAProfileError
from auditor import parse_profile

PROFILES = Path(__file__).parent / "profiles"


def document(html_path: Path) -> dict[str, Any]:
    """The facts parsed from a fixture, or the not-a-profile reason, as JSON data."""
    data = html_path.read_bytes()
    try:
        return {"profile": parse_profile(data).model_dump(mode="json")}
    except NotAProfileError as error:
        return {"not_a_profile": error.reason.value}


def dumps(doc: dict[str, Any]) -> str:
    """Stable JSON text for a golden file (model field order, UTF-8, trailing newline)."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def fixtures() -> list[Path]:
    """Every synthetic fixture page."""
    return sorted(PROFILES.glob("*.html"))

"""Reading ../shared/linkedin-pages and comparing the parser with its hand-checked truth.

The pages are real people's data: they are read from that folder, never copied here.
"""

from __future__ import annotations

import json
import os
from functools import cache
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor import NotAProfileError
from auditor import Profile
from auditor import parse_profile

PAGES = Path(
    os.environ.get("PROFILE_AUDITOR_REAL_PAGES")
    or Path(__file__).resolve().parents[2] / "shared" / "linkedin-pages"
)
TRUTH_FILE = PAGES / "truth.json"

FIELDS = (
    "name",
    "headline",
    "about",
    "skills_total",
    "recommendations_received",
    "photo",
    "banner",
    "connections",
    "followers",
    "vanity",
    "custom_url",
)


@lru_cache(maxsize=1)
def truth() -> dict[str, Any]:
    """The truth table, or {} when the folder is absent."""
    if not TRUTH_FILE.is_file():
        return {}
    return json.loads(TRUTH_FILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def parsed(name: str) -> Profile | NotAProfileError:
    """Parse one real page once per test session."""
    try:
        return parse_profile((PAGES / name).read_bytes())
    except NotAProfileError as error:
        return error


def fact(profile: Profile, field: str) -> Any:
    """The parsed value of a truth field (None: unknown)."""
    if field == "about":
        return None if profile.about is None else profile.about.characters > 0
    return getattr(profile, field)


def kind_of(result: Profile | NotAProfileError) -> str:
    """The truth's page kind for a parse result."""
    return "not_profile" if isinstance(result, NotAProfileError) else result.kind.value

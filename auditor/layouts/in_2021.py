"""Layout in_2021: placeholder until its parser lands (detects nothing)."""

from __future__ import annotations

from auditor.model import Profile
from auditor.page import Page

NAME = "in_2021"


def detect(page: Page) -> bool:
    """Whether the page is in this layout."""
    return False


def extract(page: Page) -> Profile:
    """Read the facts of a page in this layout."""
    raise NotImplementedError(NAME)

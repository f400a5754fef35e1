"""Recognise pages that are not profiles, before any layout tries to read them."""

from __future__ import annotations

from auditor.page import Page


def reject_non_profiles(page: Page) -> None:
    """Raise ``NotAProfileError`` naming the reason when the page is not a profile."""
    return None

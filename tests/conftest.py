"""Shared fixtures and the end-of-run report of the real-page accuracy table."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the real-page accuracy table last, so CI logs show it."""
    from tests.test_real_pages import RESULTS

    if "report" in RESULTS:
        terminalreporter.write_line(RESULTS["report"])

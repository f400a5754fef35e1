"""Shared fixtures and the end-of-run report: the real-page accuracy table and the
robustness lines of the pseudo-localised and class-churned pages."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the real-page accuracy table last, so CI logs show it."""
    from tests.test_real_pages import RESULTS
    from tests.test_unseen_pages import LINES

    if "report" in RESULTS:
        terminalreporter.write_line(RESULTS["report"])
    for line in LINES.values():
        terminalreporter.write_line(line)

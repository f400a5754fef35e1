"""Shared fixtures and the end-of-run report: the real-page accuracy table and the
robustness lines of the pseudo-localised and class-churned pages."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

import pytest


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the real-page accuracy table last, so CI logs show it."""
    from tests.test_real_pages import RESULTS
    from tests.test_unseen_pages import LINES

    if "report" in RESULTS:
        terminalreporter.write_line(RESULTS["report"])
    for line in LINES.values():
        terminalreporter.write_line(line)


class Clock:
    """The server's capture clock (``server.sessions.now``), moved by hand from ``T0``."""

    T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

    def __init__(self) -> None:
        self.moment = self.T0

    def __call__(self) -> datetime:
        """The current (pretended) time."""
        return self.moment

    def advance(self, minutes: float) -> None:
        """Move the clock forward."""
        self.moment += timedelta(minutes=minutes)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """A hand-moved clock for the server's capture times (merge tests)."""
    from server import sessions

    moved = Clock()
    monkeypatch.setattr(sessions, "now", moved)
    return moved


@pytest.fixture
def app(tmp_path: Any) -> Any:
    """An app with its own data directory (a real SQLite file) and a known token, its
    requests checked as from 127.0.0.1:<PORT> (flaskr's app fixture)."""
    from server import create_app
    from tests.test_server_app import PORT
    from tests.test_server_app import TOKEN

    return create_app(
        {"TESTING": True, "DATA_DIR": str(tmp_path / "data"), "TOKEN": TOKEN, "PORT": PORT}
    )


@pytest.fixture
def client(app: Any) -> Any:
    """A test client whose requests come from 127.0.0.1:<PORT>, as the real server sees."""
    return app.test_client()

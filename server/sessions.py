"""Audit sessions: a profile page and the details pages of the same member posted after it.

A logged-in profile page of a member starts a session (and its row in the history).
A details or activity page of the same member posted within ``merge.WINDOW`` of it is
merged into the session's facts: the answer is the merged document and the session's row
is updated, so the history keeps ONE audit per session. A page that cannot join (another
member's, too late, no session) is audited alone, recorded as its own row, and its
answer's ``merge_note`` says why.

The session's facts live in the server's memory only (the history keeps numbers and
flags, never the texts a merge needs): a restarted server starts without sessions, and
the next details page asks for the profile page first.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask
from flask import current_app

from auditor import merge
from auditor.findings import Message
from auditor.model import PageKind
from auditor.model import Profile
from auditor.report import score
from server import history

EXTENSION_KEY = "profile_auditor_sessions"
FORGET_AFTER = timedelta(days=1)  # sessions kept past the window, so a late page hears why


def now() -> datetime:
    """The capture time of a posted page (the server's clock, UTC)."""
    return datetime.now(UTC)


@dataclass
class Session:
    """One member's audit session: the history row it keeps, the pages posted in it (the
    profile page first) and their facts merged."""

    row_id: int
    pages: list[Profile]
    profile: Profile


class Sessions:
    """Every member's latest session, behind a lock (waitress serves requests in threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.by_vanity: dict[str, Session] = {}

    def latest(self) -> Session | None:
        """The session started last, of any member."""
        return max(
            self.by_vanity.values(),
            key=lambda s: merge.captured_at(s.profile) or datetime.min.replace(tzinfo=UTC),
            default=None,
        )

    def forget(self, vanity: str | None = None) -> None:
        """Drop one member's session, or every session (the history was erased)."""
        with self.lock:
            if vanity is None:
                self.by_vanity.clear()
            else:
                self.by_vanity.pop(vanity, None)

    def _prune(self, moment: datetime) -> None:
        """Drop sessions long past their window."""
        for vanity, session in list(self.by_vanity.items()):
            started = merge.captured_at(session.profile)
            if started is None or moment - started > FORGET_AFTER:
                del self.by_vanity[vanity]


def init_app(app: Flask) -> None:
    """Give the app its (empty) sessions."""
    app.extensions[EXTENSION_KEY] = Sessions()


def sessions() -> Sessions:
    """The running app's sessions."""
    found: Sessions = current_app.extensions[EXTENSION_KEY]
    return found


def audit(profile: Profile, lang: str, captured: datetime) -> dict[str, Any]:
    """Score a posted page (stamped with its capture time), merging it into its member's
    session when it belongs there; record it; return the answer document, with ``saved``
    (and ``not_saved_reason`` when the history could not take it: ``history.guarded``)."""
    store = sessions()
    with store.lock:
        store._prune(captured)
        if profile.kind is PageKind.PROFILE and profile.vanity:
            document = score(profile, lang).model_dump(mode="json")
            entry, saved = history.guarded(lambda: history.record(document, captured))
            if entry is not None:
                store.by_vanity[profile.vanity] = Session(entry["id"], [profile], profile)
            return document | saved
        if profile.kind not in merge.MERGEABLE:
            return _alone(profile, lang, captured, None)
        session = store.by_vanity.get(profile.vanity) if profile.vanity else None
        anchor = session.profile if session is not None else None
        if anchor is None:
            latest = store.latest()
            if latest is not None and _recent(latest, captured):
                anchor = latest.profile  # another member's session: the note says so
        note = merge.refusal(anchor, profile)
        if session is None or note is not None:
            return _alone(profile, lang, captured, note)
        # Every page again (not the merge so far and this one): a page posted a second
        # time replaces its first capture (merge.merge).
        pages = [*session.pages, profile]
        merged = merge.merge(pages)
        document = score(merged, lang).model_dump(mode="json")
        row_id, saved = history.guarded(lambda: _keep(session, merged, document, captured))
        if row_id is not None:
            session.row_id = row_id
        session.pages, session.profile = pages, merged
        return document | saved


def _keep(session: Session, merged: Profile, document: dict[str, Any], captured: datetime) -> int:
    """Update the session's history row with the merged document (a new row when the
    history was erased meanwhile); the row's id."""
    if history.update(session.row_id, document):
        return session.row_id
    started = merge.captured_at(merged) or captured
    row: int = history.record(document, started)["id"]
    return row


def _alone(profile: Profile, lang: str, captured: datetime, note: Message | None) -> dict[str, Any]:
    """Score and record a page on its own (with the note saying why it was not merged)."""
    document = score(profile, lang, note).model_dump(mode="json")
    return document | history.guarded(lambda: history.record(document, captured))[1]


def _recent(session: Session, moment: datetime) -> bool:
    """Whether a session started within the window before ``moment``."""
    started = merge.captured_at(session.profile)
    return started is not None and moment - started <= merge.WINDOW

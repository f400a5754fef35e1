"""At least three recommendations received.

A recommendation is a colleague's signed testimony; the Dutch SSI article asks for at
least three. One point for each received, up to three.
"""

from __future__ import annotations

from auditor import totals
from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.model import Profile

ID = "recommendations"
TITLE = N_("Recommendations")
THRESHOLD = N_("at least 3 received")
SOURCE = N_("Dutch SSI article: at least 3 recommendations")

TARGET = 3


def check(profile: Profile) -> Finding:
    """A third of the points per recommendation received, up to three."""
    received = profile.recommendations_received
    if received is None and totals.points_to_details_page(
        profile.unknown.get("recommendations_received")
    ):
        # The card lists a few under a "show all" link: the count is on the details page.
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("Recommendations count not shown on this page"),
            advice=msg(
                "Audit your Recommendations page (“Show all” under Recommendations) to count them."
            ),
        )
    if received is None:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show your recommendations"),
            advice=msg("Recommendations did not load: scroll to them and audit again."),
        )
    measured = (
        nmsg(
            "You have received {n} recommendation",
            "You have received {n} recommendations",
            received,
        )
        if received
        else msg("You have received no recommendations yet")
    )
    if received >= TARGET:
        return Finding(
            earned=1,
            value=received,
            measured=measured,
            advice=msg("Write recommendations for others too: many return the favour."),
        )
    return Finding(
        earned=received / TARGET,
        value=received,
        measured=measured,
        advice=nmsg(
            "Ask {n} more colleague or client for a recommendation about a specific result.",
            "Ask {n} more colleagues or clients for a recommendation about a specific result.",
            TARGET - received,
        ),
    )

"""Skills: at least 8, ideally more than 20.

Skills are how LinkedIn's search and recruiters find a member, and endorsements attach
to them. The Dutch SSI article sets the minimum at 8 and prefers more than 20.
Three of five points from 8 skills, full points from 21.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.model import Profile

ID = "skills"
TITLE = N_("Skills")
THRESHOLD = N_("at least 8, ideally more than 20")
SOURCE = N_("Dutch SSI article: minimum 8 skills, preferably more than 20")

MINIMUM = 8
IDEAL = 21  # "more than 20"


def check(profile: Profile) -> Finding:
    """Score the number of skills; a page that shows only some counts as a lower bound."""
    total = profile.skills_total
    shown = len(profile.skills) if profile.skills is not None else None
    if total is None and (shown is None or shown < IDEAL):
        # Only a few skills are shown and the total is not: what is shown is a lower bound.
        earned = 0.6 if shown is not None and shown >= MINIMUM else 0.0
        if not shown:
            measured = msg("This page does not show your skills")
            advice = msg("Skills did not load: scroll to the Skills section and audit again.")
        else:
            measured = nmsg(
                "This page shows {n} of your skills, not how many you list in all",
                "This page shows {n} of your skills, not how many you list in all",
                shown,
            )
            advice = msg(
                "Open “Show all skills” (the Skills details page) and audit that page"
                " to count all your skills."
            )
        return Finding(
            earned=earned, unchecked=1 - earned, value=None, measured=measured, advice=advice
        )
    count = total if total is not None else shown
    assert count is not None
    measured = (
        nmsg("You list {n} skill", "You list {n} skills", count)
        if count
        else msg("You list no skills yet")
    )
    if count >= IDEAL:
        return Finding(
            earned=1,
            value=count,
            measured=measured,
            advice=msg("You list more than 20 skills: keep the top ones the most relevant."),
        )
    if count >= MINIMUM:
        return Finding(
            earned=0.6,
            value=count,
            measured=measured,
            advice=nmsg(
                "Add {n} more skill to list more than 20.",
                "Add {n} more skills to list more than 20.",
                IDEAL - count,
            ),
        )
    return Finding(
        earned=0,
        value=count,
        measured=measured,
        advice=nmsg(
            "Add at least {n} skill to reach 8, then aim for more than 20.",
            "Add at least {n} skills to reach 8, then aim for more than 20.",
            MINIMUM - count,
        ),
    )

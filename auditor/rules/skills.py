"""Skills: at least 8, ideally more than 20.

Skills are how LinkedIn's search and recruiters find a member, and endorsements attach
to them. The Dutch SSI article sets the minimum at 8 and prefers more than 20.
Three of five points from 8 skills, full points from 21.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
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
        if shown:
            # The card lists a few and links to the Skills page, which alone has the total.
            return Finding(
                earned=earned,
                unchecked=1 - earned,
                value=None,
                measured=msg("{shown} skills shown; the total is not on this page", shown=shown),
                advice=msg(
                    "Audit your Skills page (“Show all” under Skills) to count every skill."
                ),
            )
        return Finding(
            earned=earned,
            unchecked=1 - earned,
            value=None,
            measured=msg("Skills total not shown on this page"),
            advice=msg("Skills did not load: scroll to the Skills section and audit again."),
        )
    count = total if total is not None else shown
    assert count is not None
    measured = msg("{count} skills", count=count)
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
            advice=msg("Add {more} more skills to pass 20.", more=IDEAL - count),
        )
    return Finding(
        earned=0,
        value=count,
        measured=measured,
        advice=msg(
            "Add at least {more} skills to reach 8, then aim for more than 20.",
            more=MINIMUM - count,
        ),
    )

"""Skills endorsed by the network.

Endorsements are the network vouching for a member's skills; LinkedIn says the brand
pillar counts endorsements received. Full points when the skills the page shows are
endorsed, in proportion otherwise.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.findings import sentences
from auditor.model import Profile

ID = "endorsements"
TITLE = N_("Endorsements")
THRESHOLD = N_("the shown skills are endorsed")
SOURCE = N_("Dutch SSI article; LinkedIn: the brand pillar counts endorsements received")


def check(profile: Profile) -> Finding:
    """The share of shown skills with at least one endorsement."""
    skills = profile.skills
    if skills is not None and not skills and profile.skills_total == 0:
        return Finding(
            earned=0,
            value=0,
            measured=msg("You list no skills, so there is nothing to endorse"),
            advice=msg("Add skills first; then ask colleagues to endorse your top three."),
        )
    counted = [s.endorsements for s in skills or [] if s.endorsements is not None]
    if not counted and skills:
        # The skills are there but this layout prints no counts beside them (2024 cards).
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show endorsement counts beside your skills"),
            advice=msg(
                "Open “Show all skills” (the Skills details page) and audit that page to "
                "check your endorsements."
            ),
        )
    if not counted:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show your endorsements"),
            advice=msg("Endorsements did not load: scroll to the Skills section and audit again."),
        )
    endorsed = sum(1 for n in counted if n > 0)
    share = endorsed / len(counted)
    total = sum(counted)
    in_all = nmsg("{n} endorsement in all", "{n} endorsements in all", total)
    if endorsed == 0:
        measured = msg("None of the skills shown is endorsed yet")
    elif endorsed == len(counted):
        measured = sentences(msg("Every skill shown is endorsed."), in_all)
    else:
        measured = sentences(
            nmsg(
                "{n} of the {shown} skills shown is endorsed.",
                "{n} of the {shown} skills shown are endorsed.",
                endorsed,
                shown=len(counted),
            ),
            in_all,
        )
    if share >= 1:
        advice = msg("Your shown skills are endorsed: endorse others, many return the favour.")
    else:
        advice = msg("Ask colleagues who saw your work to endorse your top skills.")
    return Finding(earned=share, value=total, measured=measured, advice=advice)

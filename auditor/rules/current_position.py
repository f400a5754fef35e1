"""The current position, described and linked to its company page.

A current position tells visitors what the member does now; a description gives the
substance, and a link to the company page puts the company's logo on the profile and the
member on the company's people list (Dutch SSI article). One point each.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import Message
from auditor.findings import msg
from auditor.findings import yes_no
from auditor.model import Profile

ID = "current-position"
TITLE = N_("Current position")
THRESHOLD = N_("a current position, with a description, linked to its company page")
SOURCE = N_("Dutch SSI article")


def check(profile: Profile) -> Finding:
    """A point for a position, one for its description, one for the company-page link."""
    position = profile.current_position
    if position is None:
        if profile.positions == 0:
            return Finding(
                earned=0,
                value=0,
                measured=msg("No position listed"),
                advice=msg(
                    "Add your current position, pick the company from LinkedIn's list"
                    " so it links to its page, and describe it."
                ),
            )
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("Experience not shown on this page"),
            advice=msg("Experience did not load: scroll to it and audit again."),
        )
    earned = 1.0
    unchecked = 0.0
    todo: list[Message] = []
    for fact, advice in (
        (
            position.has_description,
            msg("Describe your current position: what you do and what you achieved."),
        ),
        (
            position.company_linked,
            msg(
                "Link your current position to its company page:"
                " choose the company from LinkedIn's list."
            ),
        ),
    ):
        if fact is None:
            unchecked += 1
        elif fact:
            earned += 1
        else:
            todo.append(advice)
    title = position.title or ""
    measured = msg(
        "{title}: description {description}, company page {linked}",
        title=title or N_("position"),
        description=yes_no(position.has_description),
        linked=yes_no(position.company_linked),
    )
    if todo:
        advice = todo[0]
    elif unchecked:
        advice = msg("Open your profile's Experience section and audit again to check the rest.")
    else:
        advice = msg("Your current position is complete: keep its description up to date.")
    return Finding(
        earned=earned / 3, unchecked=unchecked / 3, value=title, measured=measured, advice=advice
    )

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
from auditor.findings import sentences
from auditor.model import Position
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
                measured=msg("Your Experience lists no position"),
                advice=msg(
                    "Add your current position, pick the company from LinkedIn's list"
                    " so it links to its page, and describe it."
                ),
            )
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show the Experience section"),
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
    facts = _FACTS[(position.has_description, position.company_linked)]
    measured = sentences(_which(position), facts)
    if todo:
        advice = todo[0]
    elif unchecked:
        advice = msg("Open your profile's Experience section and audit again to check the rest.")
    else:
        advice = msg("Your current position is complete: keep its description up to date.")
    return Finding(
        earned=earned / 3, unchecked=unchecked / 3, value=title, measured=measured, advice=advice
    )


def _which(position: Position) -> Message:
    """The sentence that names the current position with what the page shows of it."""
    if position.title and position.company:
        return msg(
            "Current position: {title} at {company}.",
            title=position.title,
            company=position.company,
        )
    if position.title:
        return msg("Current position: {title}.", title=position.title)
    if position.company:
        return msg(
            "Current position at {company} (the page does not show its title).",
            company=position.company,
        )
    return msg("Current position (the page does not show its title or company).")


# (has a description, linked to its company page) -> the sentence that says so.
_FACTS: dict[tuple[bool | None, bool | None], Message] = {
    (True, True): msg("It has a description and links to its company page"),
    (True, False): msg("It has a description but does not link to a company page"),
    (False, True): msg("It links to its company page but has no description"),
    (False, False): msg("It has no description and does not link to a company page"),
    (True, None): msg(
        "It has a description; the page does not show whether it links to a company page"
    ),
    (False, None): msg(
        "It has no description; the page does not show whether it links to a company page"
    ),
    (None, True): msg(
        "It links to its company page; the page does not show whether it has a description"
    ),
    (None, False): msg(
        "It does not link to a company page; the page does not show whether it has a description"
    ),
    (None, None): msg(
        "The page shows neither its description nor whether it links to a company page"
    ),
}

"""An extensive About section.

The About is where the member explains, in their own words, what they do and why it
matters; the Dutch SSI article asks for an extensive summary. LinkedIn allows 2,600
characters. Half the points for an About of at least 40 words, full points from 1,000
characters.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.model import Profile

ID = "about"
TITLE = N_("About section")
THRESHOLD = N_("at least 40 words; extensive from 1,000 characters (LinkedIn allows 2,600)")
SOURCE = N_("Dutch SSI article: an extensive summary; LinkedIn's About limit is 2,600 characters")

MIN_WORDS = 40
EXTENSIVE_CHARACTERS = 1000


def check(profile: Profile) -> Finding:
    """Score the About by its length in words and characters."""
    about = profile.about
    if about is None:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show the About section"),
            advice=msg("Audit your main profile page to check your About section."),
        )
    if about.characters == 0:
        return Finding(
            earned=0,
            value=0,
            measured=msg("You have no About section"),
            advice=msg(
                "Write an About section of at least {chars} characters:"
                " who you help, how, and proof of results.",
                chars=EXTENSIVE_CHARACTERS,
            ),
        )
    measured = nmsg(
        "Your About section has {n} word ({chars} characters)",
        "Your About section has {n} words ({chars} characters)",
        about.words,
        chars=about.characters,
    )
    if about.characters >= EXTENSIVE_CHARACTERS and about.words >= MIN_WORDS:
        return Finding(
            earned=1,
            value=about.characters,
            measured=measured,
            advice=msg("Your About is extensive: keep it current and end with how to reach you."),
        )
    if about.words >= MIN_WORDS:
        return Finding(
            earned=0.5,
            value=about.characters,
            measured=measured,
            advice=nmsg(
                "Add {n} more character to reach {chars}:"
                " results, specialities and a call to action.",
                "Add {n} more characters to reach {chars}:"
                " results, specialities and a call to action.",
                EXTENSIVE_CHARACTERS - about.characters,
                chars=EXTENSIVE_CHARACTERS,
            ),
        )
    return Finding(
        earned=0,
        value=about.characters,
        measured=measured,
        advice=msg(
            "Your About is short:"
            " write at least {words} words, ideally {chars} characters or more.",
            words=MIN_WORDS,
            chars=EXTENSIVE_CHARACTERS,
        ),
    )

"""A headline that says more than the job title.

The headline follows the member everywhere (search results, comments, invitations).
LinkedIn fills it with "<title> at <company>" by default; a headline that adds what the
member does, for whom, and with what result stands out (Dutch SSI article).
Half the points for any headline, the other half when it is more than the bare title.
"""

from __future__ import annotations

import re

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.findings import nmsg
from auditor.model import Profile

ID = "headline"
TITLE = N_("Headline")
THRESHOLD = N_("present, and more than the job title")
SOURCE = N_("Dutch SSI article: a headline other than the job title")

# "<title> at <company>" in the UI languages profile-auditor reads.
_AT = re.compile(r"\s(?:at|bij|presso|bei|chez|en|@)\s", re.IGNORECASE)
# Separators members use to say more than one thing: | · • / , & + – —
_SEPARATORS = re.compile(r"[|·•/,&+–—:]")


def _more_than_title(headline: str, title: str | None, company: str | None) -> bool:
    """Whether a headline adds something to the bare job title."""
    folded = headline.casefold().strip()
    if title:
        bare = {title.casefold()}
        if company:
            bare |= {
                f"{title} {word} {company}".casefold()
                for word in ("at", "bij", "presso", "bei", "chez", "en", "@")
            }
        return folded not in bare
    # No known title: a short "X at Y" is LinkedIn's default shape; separators or
    # a longer text mean the member wrote it.
    if _SEPARATORS.search(headline) or len(headline.split()) > 8:
        return True
    return not _AT.search(headline) and len(headline.split()) > 3


def _words(headline: str) -> int:
    """The words of a headline; a separator such as "|" or "·" is not a word."""
    return sum(1 for token in headline.split() if re.search(r"\w", token))


def check(profile: Profile) -> Finding:
    """Half for a headline, half more when it says more than the job title."""
    headline = profile.headline
    if headline is None:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show the headline"),
            advice=msg("Audit your main profile page to check your headline."),
        )
    if not re.search(r"\w", headline):
        return Finding(
            earned=0,
            value=headline,
            measured=msg("Your headline is empty"),
            advice=msg(
                "Write a headline: what you do, for whom, and the result you bring,"
                " not only your job title."
            ),
        )
    position = profile.current_position
    title = position.title if position else None
    company = position.company if position else None
    if _more_than_title(headline, title, company):
        return Finding(
            earned=1,
            value=headline,
            measured=nmsg(
                "Your headline of {n} word says more than your job title",
                "Your headline of {n} words says more than your job title",
                _words(headline),
            ),
            advice=msg("Your headline says more than your title: keep it specific and current."),
        )
    return Finding(
        earned=0.5,
        value=headline,
        measured=msg("Your headline is your job title and nothing more"),
        advice=msg(
            "Say more than your job title in the headline:"
            " who you help and how, in your customers' words."
        ),
    )

"""The one rule for list totals, in every layout: shown is not total.

A card that lists some entries under a "show all" link (or a "Show N more" / "See N+"
button) states its total only in that link. With a number, the number is the total.
Without one, the total is unknown, and the reason says where it is; the count of the
shown entries is never the total, and 0 only when the page shows an empty list. With
no such link, the list is complete and counting it is right.
"""

from __future__ import annotations

# fact -> (what is counted, the details page that lists them all, its path)
_WHERE = {
    "positions": ("positions", "Experience", "/details/experience/"),
    "education": ("education entries", "Education", "/details/education/"),
    "skills_total": ("skills", "Skills", "/details/skills/"),
    "recommendations_received": (
        "received recommendations",
        "Recommendations",
        "/details/recommendations/",
    ),
    "recommendations_given": (
        "given recommendations",
        "Recommendations",
        "/details/recommendations/",
    ),
}

ON_DETAILS_PAGE = "the profile shows {shown} {things}; the total is on your {page} page ({path})"
BEHIND_BUTTON = (
    "the page shows {shown} {things} and a “show more” control with no number:"
    " expand it and audit again"
)


def on_details_page(fact: str, shown: int) -> str:
    """Why a total is unknown when a "show all" link to a details page states no number.

    >>> on_details_page("skills_total", 2)
    'the profile shows 2 skills; the total is on your Skills page (/details/skills/)'
    """
    things, page, path = _WHERE[fact]
    return ON_DETAILS_PAGE.format(shown=shown, things=things, page=page, path=path)


def behind_button(fact: str, shown: int) -> str:
    """Why a total is unknown when an inline "show more" control states no number."""
    return BEHIND_BUTTON.format(shown=shown, things=_WHERE[fact][0])


def points_to_details_page(reason: str | None) -> bool:
    """Whether an unknown fact's reason is ``on_details_page``'s: the total is elsewhere.

    >>> points_to_details_page(on_details_page("recommendations_received", 2))
    True
    >>> points_to_details_page("Recommendations did not load")
    False
    """
    lead = ON_DETAILS_PAGE.split("{", 1)[0]
    return reason is not None and reason.startswith(lead) and "/details/" in reason

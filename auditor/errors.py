"""The errors the auditor raises on purpose: bad input and pages that are not profiles.

Missing data is never an error: it is an unknown fact (see ``model.Profile.unknown``).
"""

from __future__ import annotations

from enum import StrEnum


class AuditorError(Exception):
    """Base class of every error the auditor raises on purpose."""


class BadInputError(AuditorError):
    """The input cannot be read as an HTML page (empty, binary, too large)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"cannot read the page: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the constructor's argument (errors cross from audit workers)."""
        return (type(self), (self.reason,))


class PageTooComplexError(AuditorError):
    """The audit ran past its time limit and was stopped (``auditor.isolate``)."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        super().__init__(
            f"the page is too complex to audit within the {limit:g} s limit: it was stopped "
            "(a saved profile audits in well under a second; check that the file is the page)"
        )

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the constructor's argument."""
        return (type(self), (self.limit,))


class NotAProfileReason(StrEnum):
    """Why a page is not a LinkedIn profile."""

    AUTHWALL = "authwall"
    GUEST_HOMEPAGE = "guest_homepage"
    PROFILE_NOT_FOUND = "profile_not_found"
    APP_SHELL = "app_shell"
    FRAGMENT = "fragment"
    OTHER_LINKEDIN_PAGE = "other_linkedin_page"
    NOT_LINKEDIN = "not_linkedin"


_EXPLANATIONS = {
    NotAProfileReason.AUTHWALL: (
        "LinkedIn's sign-in wall (authwall) was saved instead of the profile"
    ),
    NotAProfileReason.GUEST_HOMEPAGE: "LinkedIn's guest homepage was saved, not a profile",
    NotAProfileReason.PROFILE_NOT_FOUND: "LinkedIn says this profile was not found",
    NotAProfileReason.APP_SHELL: (
        "the page is LinkedIn's empty app shell, saved before JavaScript rendered the profile"
    ),
    NotAProfileReason.FRAGMENT: "the page is a fragment of a profile, without its top card",
    NotAProfileReason.OTHER_LINKEDIN_PAGE: "the page is a LinkedIn page, but not a profile",
    NotAProfileReason.NOT_LINKEDIN: "the page is not from LinkedIn",
}


class NotAProfileError(AuditorError):
    """The page is readable HTML but not a LinkedIn profile page."""

    def __init__(self, reason: NotAProfileReason, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        message = f"not a LinkedIn profile page: {_EXPLANATIONS[reason]}"
        super().__init__(f"{message} ({detail})" if detail else message)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the constructor's arguments."""
        return (type(self), (self.reason, self.detail))

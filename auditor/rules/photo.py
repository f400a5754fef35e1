"""A real profile photo.

Members with a photo get far more profile views and connection acceptances, and every
practitioner's SSI advice starts here; LinkedIn's own profile-strength meter counts it.
PASS: a photo of the member. FAIL: LinkedIn's grey placeholder.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import msg
from auditor.model import Profile

ID = "photo"
TITLE = N_("Profile photo")
THRESHOLD = N_("a real profile photo, not the placeholder")
SOURCE = N_("Both SSI articles; LinkedIn's profile-strength meter")


def check(profile: Profile) -> Finding:
    """Full points for a real photo; unknown when the page does not show the top card photo."""
    if profile.photo is None:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show the profile photo"),
            advice=msg("Open your own profile page and audit again to check your photo."),
        )
    if profile.photo:
        return Finding(
            earned=1,
            value=True,
            measured=msg("You have a real profile photo"),
            advice=msg("Keep a recent, professional photo with your face clearly visible."),
        )
    return Finding(
        earned=0,
        value=False,
        measured=msg("Your profile shows LinkedIn's grey placeholder instead of a photo"),
        advice=msg("Add a profile photo: a recent, well-lit head-and-shoulders picture of you."),
    )

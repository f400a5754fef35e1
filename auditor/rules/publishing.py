"""Publishing posts and articles.

Sharing posts, and publishing articles or a newsletter, shows expertise to the network;
both SSI articles recommend it and LinkedIn counts articles published in the brand
pillar. One point for posts in the activity, one for articles or newsletters.
"""

from __future__ import annotations

from auditor.findings import N_
from auditor.findings import Finding
from auditor.findings import Message
from auditor.findings import msg
from auditor.model import Profile

ID = "publishing"
TITLE = N_("Publishing")
THRESHOLD = N_("posts in the activity, and articles or newsletters")
SOURCE = N_("Both SSI articles; LinkedIn: articles published count in the brand pillar")


def check(profile: Profile) -> Finding:
    """A point for posts, a point for articles or newsletters."""
    activity = profile.activity
    posts = activity.has_posts if activity else None
    articles = activity.has_articles if activity else None
    if posts is None and articles is None:
        return Finding(
            earned=0,
            unchecked=1,
            measured=msg("This page does not show your activity"),
            advice=msg("Activity did not load: scroll to it and audit again."),
        )
    earned = (1 if posts else 0) + (1 if articles else 0)
    unchecked = (posts is None) + (articles is None)
    measured = _SEEN[(posts, articles)]
    if posts is False:
        advice = msg("Post something useful to your network every week.")
    elif articles is False:
        advice = msg("Publish an article or a newsletter on your field of expertise.")
    elif unchecked:
        advice = msg("Open your activity and audit again to check the rest.")
    else:
        advice = msg("You publish posts and articles: keep a steady rhythm.")
    return Finding(
        earned=earned / 2, unchecked=unchecked / 2, value=earned, measured=measured, advice=advice
    )


# (posts in the activity, articles or newsletters) -> the sentence that says so.
_SEEN: dict[tuple[bool | None, bool | None], Message] = {
    (True, True): msg("Your activity shows posts, and articles or newsletters"),
    (True, False): msg("Your activity shows posts but no articles or newsletters"),
    (False, True): msg("Your activity shows articles or newsletters but no posts"),
    (False, False): msg("Your activity shows no posts, articles or newsletters"),
    (True, None): msg(
        "Your activity shows posts; the page does not show whether you publish articles"
        " or newsletters"
    ),
    (False, None): msg(
        "Your activity shows no posts; the page does not show whether you publish articles"
        " or newsletters"
    ),
    (None, True): msg(
        "Your activity shows articles or newsletters; the page does not show your posts"
    ),
    (None, False): msg(
        "Your activity shows no articles or newsletters; the page does not show your posts"
    ),
}

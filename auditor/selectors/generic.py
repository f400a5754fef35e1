"""Selectors of the generic reader: markup every profile layout 2013-2026 shares.

Nothing here names a class: a layout LinkedIn has not shipped yet keeps its ids, link
targets, ARIA roles and embedded JSON far longer than its class names.
"""

from __future__ import annotations

# The top card's contact-info link: /in/<vanity>/overlay/contact-info (2020-2026), the
# subject's vanity (never the viewer's).
CONTACT_INFO_HREFS = "//a[contains(@href, '/overlay/contact-info')]/@href"
# The logged-in top card carries the member's id (2022-2025).
MEMBER_CARD = "/descendant::section[@data-member-id][1]"
# The name in the logged-in top card: its only h1.
CARD_NAME = "descendant::h1"
# Headings that can hold the member's name: h1 (2013-2025), h2 (2026 SDUI).
HEADINGS = "//h1 | //h2"
# Anchors of the About section in every era: the cards' div#about (2022-2025), the 2026
# card's componentkey ending in About, the public data-section="summary" (2024) and
# the 2013-2016 #summary section.
ABOUT = (
    "id('about')/ancestor::section[1]",
    "/descendant::section[substring(@componentkey, string-length(@componentkey) - 4) = 'About']",
    "/descendant::section[@data-section='summary']",
    "id('summary')",
)
# Inside the About section: what is not the member's text (heading, buttons).
ABOUT_NOT_TEXT = frozenset(("h1", "h2", "h3", "button", "svg", "script", "style", "code"))
# Images of a top card: <img> and elements painted with a CSS background image.
IMAGES = "descendant::img | descendant::*[contains(@style, 'url(')]"
# Public (guest) profiles: tracking names start "public_profile" (2016-2025).
PUBLIC_TRACKING = "/descendant::*[starts-with(@data-tracking-control-name, 'public_profile')][1]"
# Guest pages' sign-in links carry a public_profile tracking code or a session redirect
# (2016-2025), as attributes no build renames.
PUBLIC_LINK = (
    "/descendant::a[contains(@href, 'trk=public_profile')"
    " or contains(@href, 'session_redirect=')][1]"
)
# pageKey fragment of guest profile pages (public_profile_v3_desktop, nprofile_v2_public_fs).
PUBLIC_KEY_MARKS = ("public",)
# Sub-pages of a profile, by path.
DETAILS_PATH = "/details/"
ACTIVITY_PATH = "/recent-activity/"
# The embedded JSON keys of a member (Voyager 2016-2025).
PUBLIC_IDENTIFIER = "publicIdentifier"
PROFILE_VIEW = "profileView"  # the Voyager request about one member
DATA_KEY = "data"  # a Voyager body's payload, beside "included"
HEADLINE_KEYS = ("headline", "occupation")
FOLLOWERS_KEYS = ("followersCount", "followerCount")
CONNECTIONS_KEYS = ("connectionsCount",)
# LinkedIn caps the connections it shows at 500 ("500+").
CONNECTIONS_CAP = 500
# "<name> | LinkedIn" in <title>, maybe after a "(3) " notification count.
TITLE_SEPARATORS = (" | ", " - ", " – ")
# The blocks the search for the top card stops at.
TOP_CARD_LIMITS = ("body", "html", "main")
# Logged-in 2024-2025: the headline is the first suggestion target after the name, in
# the name's section (the About text is one too, in another section).
HEADLINE_AFTER_NAME = "following::*[@data-generated-suggestion-target][1]"
# The member's photo names them: alt or title equal to the name (2016-2025).
NAMED_IMAGE = "self::node()/descendant::img[@alt = $name or @title = $name]"
# Blocks that may print a count and its word in the name's section (li, span, p).
COUNT_BLOCKS = "descendant::li | descendant::span | descendant::p"
# Guest pages: the first h2 after the name outside dialogs (2024: the name's h1 sits in
# a button, sign-in dialogs between it and the headline; an open dialog may hide the
# whole page with aria-hidden, so that says nothing).
GUEST_HEADLINE_AFTER_NAME = "following::h2[not(ancestor::*[@role='dialog'])][1]"

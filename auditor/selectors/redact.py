"""What ``profile-audit redact`` keeps and replaces: attribute names, LinkedIn's path and
JSON identifiers, and the stand-in image URLs (one per image kind)."""

from __future__ import annotations

# Attributes holding URLs.
URL_ATTRIBUTES = frozenset(
    (
        "href",
        "src",
        "srcset",
        "data-srcset",
        "data-delayed-url",
        "data-src",
        "data-li-src",
        "data-ghost-url",
        "action",
        "poster",
    )
)
# Attributes holding text a reader (or a screen reader) sees.
TEXT_ATTRIBUTES = frozenset(
    (
        "alt",
        "title",
        "aria-label",
        "aria-description",
        "placeholder",
        "value",
        "content",
        "summary",
        "label",
    )
)
# Attribute values kept as they are: LinkedIn's labels the layouts anchor on.
KEEP_VALUES = frozenset(("Profile photo", "Cover photo", "#OPEN_TO_WORK"))
# Words kept in text besides ui_words.py: the brand (detection reads it in <title>).
KEEP_WORDS = frozenset(("linkedin",))
# The path segment before a member's vanity (/in/<vanity>/...).
IN_SEGMENT = "in"
# LinkedIn path segments (kept); any other segment is personal and scrambled.
PATH_WORDS = frozenset(
    """in pub profile details overlay contact-info recent-activity all posts shares
    comments reactions articles documents images videos events newsletters skills
    experience education recommendations certifications projects languages
    volunteering-experiences honors courses organizations interests featured company
    school showcase search results people content mynetwork feed jobs view learning
    groups sales lead opportunities job-opportunities edit forms redir redirect pulse
    posts-and-activity treasury endorsements public-profile unavailable""".split()
)
# JSON keys whose values are LinkedIn's identifiers (types, requests, URNs, references).
JSON_KEEP_KEYS = frozenset(
    ("$type", "request", "body", "$id", "entityUrn", "publicIdentifier", "status", "$recipeTypes")
)
# Member URNs whose id is personal (the same id then appears bare in componentkeys,
# element ids and search links).
MEMBER_URN = r"urn:li:(?:fsd_profile|fs_profile|fs_miniProfile|fsd_profileCard|member):"
# 2026 profile cards: componentkey = prefix + the member id + the card's name.
CARD_KEY_PREFIX = "com.linkedin.sdui.profile.card.ref"
CARD_NAMES = ("Topcard", "About", "Featured", "Services", "SuggestedForYou", "SupportedLocales")
# Where member URNs are written: embedded JSON and attribute values.
ID_CARRIERS = "//code//text() | //code//comment() | //script//text() | //@*"
# The JSON key of a member's vanity (Voyager 2016-2025).
VANITY_KEY = "publicIdentifier"
JSON_KEEP_PREFIXES = ("urn:", "com.linkedin", "/voyager/", "*")
# Image URL endings.
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")
# The stand-in URL of each image kind (the kind's mark kept, so the copy reads the same).
IMAGE_URLS = {
    "PHOTO": "https://media.licdn.com/dms/image/redacted/profile-displayphoto-redacted",
    "BANNER": "https://media.licdn.com/dms/image/redacted/profile-displaybackgroundimage-redacted",
    "LOGO": "https://media.licdn.com/dms/image/redacted/company-logo-redacted",
    "GHOST": "https://static.licdn.com/redacted/ghost",
    "OTHER": "https://media.licdn.com/dms/image/redacted/image",
}
REDACTED_DATA_IMAGE = "data:image/jpeg;base64,cmVkYWN0ZWQ="
# Every attribute value that may hold a member's link.
LINK_VALUES = "//@href | //@content | //@componentkey"
# <meta> whose content is text about the member; other meta (pageKey, ...) are kept.
TEXT_META = frozenset(
    ("og:title", "og:description", "description", "twitter:title", "twitter:description")
)

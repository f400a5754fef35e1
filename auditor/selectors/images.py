"""How LinkedIn's pages carry images, and how its placeholders and media URLs look (2013-2026).

Used by auditor/images.py for every layout: these are attribute names and URL marks,
not XPaths.
"""

from __future__ import annotations

# Attributes holding one image URL, best first: the loaded src, then the lazy-load URL
# (data-delayed-url on public 2015-2016 pages, data-src / data-li-src elsewhere).
URL_ATTRIBUTES = ("src", "data-delayed-url", "data-src", "data-li-src")
# Attributes holding a list of "URL width" candidates.
SRCSET_ATTRIBUTES = ("srcset", "data-srcset")
# The placeholder an element names as its own (public 2024: src == data-ghost-url).
GHOST_URL_ATTRIBUTE = "data-ghost-url"

# Placeholders: the 1x1 GIF of 2016-2025, images named ghost / no_photo (2013-2016),
# a spacer, and LinkedIn's static hosts (static.licdn.com, static-exp1.licdn.com, ...),
# which serve only LinkedIn's own artwork, never a member's upload.
GHOST_DATA = "data:image/gif"
GHOST_WORDS = ("ghost", "no_photo", "no-photo", "spacer.gif")
STATIC_HOST_PREFIXES = ("static.licdn.com", "static-exp")
# Classes LinkedIn puts on placeholder images (2016-2025 logged-in).
GHOST_CLASSES = ("ghost-person", "ghost_person")

# Path marks of the member's uploads on media.licdn.com (2016-2026).
PHOTO_MARKS = ("profile-displayphoto", "profile-framedphoto", "/mpr/", "profile-photo")
BANNER_MARKS = ("profile-displaybackgroundimage", "background-image", "/cover", "cover_")
LOGO_MARKS = ("company-logo", "school-logo", "/logo")

"""Page-kind selectors and markers shared by every era: what tells a non-profile apart.

Most of these are document-level facts (``Page.meta``, ``Page.canonical``) rather than
XPaths; they live here so that every LinkedIn-specific string stays in this package.
"""

from __future__ import annotations

# --- hosts ------------------------------------------------------------------------------

# LinkedIn's own hosts: www., country hosts (se., uk., de.) and the bare domain.
LINKEDIN_HOSTS = ("linkedin.com",)
# LinkedIn's asset CDNs (static.licdn.com, media.licdn.com, media-exp1.licdn.com, ...).
ASSET_HOST = "licdn.com"

# --- meta keys --------------------------------------------------------------------------

PAGE_KEY = "pageKey"  # LinkedIn's page identifier, 2013-2025
SERVICE = "service"  # "voyager-web" on the logged-in Ember app (2018-2025)
SITE_NAME = "og:site_name"
OG_URL = "og:url"
OG_TITLE = "og:title"
REFRESH = "refresh"  # <meta http-equiv="refresh" content="1;url=https://www.linkedin.com">

VOYAGER_SERVICE = "voyager-web"
# pageKey prefixes of the guest homepage ("d_homepage-guest-home", seen 2024).
GUEST_HOME_KEYS = ("d_homepage-guest",)
# pageKey fragments of the sign-in wall and the login / checkpoint pages.
AUTHWALL_KEYS = ("authwall", "auth_wall", "consumerlogin", "checkpoint", "login")
# pageKeys of profile pages contain "profile": nprofile_v2_public_fs (2015),
# public_profile_v3_desktop (2016-2024), nprofile-public-success (2013),
# nprofile_my_profile (2016 self-edit), d_flagship3_profile_view_base (2020+).
PROFILE_KEY_MARK = "profile"
# pageKey -> the layouts (by NAME) that served it, tried before the rest of the registry.
# Only guest and self-edit keys: none of them is ever served with logged-in card markup,
# so trying their layouts first cannot change which layout reads a page; it spares a
# small public page the whole-tree searches of the logged-in layouts.
# public_profile_v3_desktop: 2016 first, its detection is two id lookups (h1#name).
PAGE_KEY_LAYOUTS = {
    "public_profile_v3_desktop": ("public_2016", "public_2024"),
    "nprofile_v2_public_fs": ("public_2015",),
    "nprofile-public-success": ("public_2013",),
    "nprofile_my_profile": ("in_2016_json",),
}

# --- URL paths --------------------------------------------------------------------------

# Paths of profile pages (and their details / activity sub-pages).
PROFILE_PATHS = ("/in/", "/pub/", "/profile/")
# "Profile not found": LinkedIn's canonical becomes /public-profile/in/<slug>/ (2020+) and
# unavailable members redirect to /in/unavailable/.
NOT_FOUND_PATHS = ("/public-profile/", "/in/unavailable")
# Sign-in wall and login paths.
AUTHWALL_PATHS = ("/authwall", "/login", "/uas/login", "/checkpoint", "/signup")

# --- markup -----------------------------------------------------------------------------

# Content a rendered page has in its body; an app shell or a redirect stub has none.
BODY_CONTENT_TAGS = ("h1", "h2", "h3", "section", "main", "article", "img", "ul", "p")

# Attribute names only LinkedIn's own markup uses: SDUI cards (2026), the member id of the
# 2024 top card, bigpipe data requests (2018-2025), tracking on public pages.
LINKEDIN_ATTRIBUTES = ("componentkey", "data-member-id", "data-tracking-control-name")
# Class prefixes of LinkedIn's design systems: pv-* (profile view, 2016-2025), artdeco-*
# (2017-2025), top-card-layout (public 2017-2025), profile-section (2013-2016).
LINKEDIN_CLASS_MARKS = ("pv-", "artdeco-", "top-card-layout", "profile-section", "ember-view")
# The brand in <title> ("Jane Doe | LinkedIn") and og:site_name; the same in every language.
BRAND = "linkedin"

# --- other page kinds, told by their own markup (saves without an address) -------------

# The guest top card's "Report this ..." menu names what the page is about (seen 2024:
# PROFILE on profiles, COMPANY on company pages, JOB on job postings).
GUEST_CONTENT_TYPE = (
    "/descendant::section[contains(concat(' ', @class, ' '), ' top-card-layout ')]"
    "/descendant::*[@data-semaphore-content-type][1]/@data-semaphore-content-type"
)
GUEST_PROFILE_TYPE = "PROFILE"
# Logged-in top cards of other entities: companies, schools and showcase pages
# (section.org-top-card, 2019-2025). No profile page has one.
ORG_TOP_CARD = "/descendant::section[contains(@class, 'org-top-card')][1]"
# A member's top card links to their contact info (/in/<vanity>/overlay/contact-info,
# 2020-2026): a profile's mark whatever its pageKey or address.
MEMBER_CONTACT_INFO = "/descendant::a[contains(@href, '/overlay/contact-info')][1]"
# Sales Navigator (/sales/lead/, /sales/people/) is its own Ember app: its bigpipe
# datalets call /sales-api/ (never /voyager/api/) and its page instance is d_sales2_*.
SALES_NAVIGATOR = (
    "/descendant::code[starts-with(@id, 'datalet-bpr-guid-')][contains(., '\"/sales-api/')][1]"
    " | id('clientPageInstance')[self::code][contains(., 'urn:li:page:d_sales')]"
)
# Sales Navigator lead pages link to the member's own profile (flagshipProfileUrl).
SALES_PATHS = ("/sales/",)

# --- naming what a page is ---------------------------------------------------------------

# First path segment or pageKey fragment -> what the page is, for the not-a-profile
# message (pageKeys seen: d_org_guest_company_overview, d_flagship3_feed, ...).
PAGE_NAMES = (
    ("sales", "a Sales Navigator page"),
    ("company", "a company page"),
    ("school", "a school page"),
    ("showcase", "a showcase page"),
    ("job", "a job posting or job search"),
    ("feed", "the feed"),
    ("search", "search results"),
    ("mynetwork", "the My Network page"),
    ("messaging", "the messages"),
    ("notifications", "the notifications"),
    ("groups", "a group"),
    ("events", "an event"),
    ("learning", "a LinkedIn Learning page"),
    ("pulse", "an article"),
    ("posts", "a post"),
    ("newsletters", "a newsletter"),
    ("settings", "the settings"),
)
# Profile sections a fragment can be, by their anchor ids (2016-2025 cards and Ember
# sections) or the ending of a 2026 card's componentkey.
FRAGMENT_SECTIONS = (
    ("experience", "Experience"),
    ("education", "Education"),
    ("skills", "Skills"),
    ("skill", "Skills"),
    ("recommendations", "Recommendations"),
    ("recommendation", "Recommendations"),
    ("about", "About"),
    ("summary", "About"),
    ("featured", "Featured"),
    ("activity", "Activity"),
    ("licenses_and_certifications", "Licenses & certifications"),
    ("certifications", "Licenses & certifications"),
    ("languages", "Languages"),
    ("projects", "Projects"),
)
# Anchors that name a section: ids, and 2026 card componentkeys.
FRAGMENT_ANCHORS = "//*[@id][not(self::code)]/@id | /descendant::section/@componentkey"

# Text LinkedIn prints only for screen readers: a second copy of the visible text (2022+).
HIDDEN_TEXT_CLASSES = ("visually-hidden", "a11y-text")

"""Selectors of the logged-in Ember layouts, 2016-2021 (in-2016-json, in-2018, in-2021).

XPath 1.0, newest variant first. Absolute selectors run once per page; the relative
ones (``descendant::``, ``./``) run inside the section found before them, so no search walks
the whole tree twice. Class tests use ``contains(@class, ...)`` on LinkedIn's BEM
names (``pv-top-card-section__name``), which lasted from 2017 to 2021.
"""

from __future__ import annotations

# --- Embedded JSON ----------------------------------------------------------------
# Every <code id=...>: Voyager bodies (bpr-guid-N), their request datalets
# (datalet-bpr-guid-N) and the 2016 modules (top_card-content ...). One pass.
CODE_BLOCKS = "/descendant::code[@id]"
DATALET_PREFIX = "datalet-bpr-guid-"
TOP_CARD_2016 = "top_card-content"  # 2016 self-edit page: TopCard and BasicInfo modules
PROFILE_POST_2016 = "my_profile_post-content"  # 2016: Skills, Summary, Experience, ...
# 2016 self-edit "Profil bearbeiten" page: the code block that holds the top card.
TOP_CARD_CODE_2016 = "id('top_card-content')[self::code]"

# --- Top card ---------------------------------------------------------------------
# 2018: section.pv-top-card-section (late 2018 adds pv-top-card-v2-section__* parts).
TOP_CARD_2018 = "/descendant::section[contains(@class, 'pv-top-card-section')]"
NAME_2018 = "descendant::h1[contains(@class, 'pv-top-card-section__name')]"
HEADLINE_2018 = "descendant::h2[contains(@class, 'pv-top-card-section__headline')]"
LOCATION_2018 = "descendant::h3[contains(@class, 'pv-top-card-section__location')]"
CONNECTIONS_2018 = (
    # late 2018: "See connections (500+)" link text
    "descendant::span[contains(@class, 'pv-top-card-v2-section__connections')]",
    # early 2018: h3 "318 connections" (the number is aria-hidden, the phrase hidden)
    "descendant::h3[contains(@class, 'pv-top-card-section__connections')]",
)
SUMMARY_2018 = "descendant::p[contains(@class, 'pv-top-card-section__summary-text')]"
# The summary block exists (empty) only when the member wrote one; its wrapper marks it.
SUMMARY_BLOCK_2018 = "descendant::div[contains(@class, 'pv-top-card-section__summary')]"
PHOTO_2018 = (
    "descendant::img[contains(@class, 'profile-photo-edit__preview')]",  # self-view
    "descendant::img[contains(@class, 'pv-top-card-section__photo')]",  # another member's profile
    "descendant::div[contains(@class, 'pv-top-card-section__photo')]",  # background-image div
)
# 2019-2021: section.pv-top-card (2020-21) or section.pv-top-card-v3 (2019-20), no <h1>;
# the name is the first li of ul.pv-top-card--list (pv-top-card-v3--list), location and
# connections are the items of the --list-bullet list. The v3 names are known from many
# scrapers' selectors (no saved v3 page was found, 2026-11): "pv-top-card-v3--list
# inline-flex" > li.t-24 name, div.flex-1.mr5 > h2.t-18 headline, "pv-top-card-v3--list
# pv-top-card-v3--list-bullet mt1" > li location, li > span connections.
TOP_CARD_2021 = (
    "/descendant::section[contains(concat(' ', normalize-space(@class), ' '), ' pv-top-card ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' pv-top-card-v3 ')]"
)
LIST_BULLET_2021 = (
    "/descendant::ul[contains(@class, 'pv-top-card--list-bullet')"
    " or contains(@class, 'pv-top-card-v3--list-bullet')]"
)
NAME_2021 = (
    ".//ul[contains(@class, 'pv-top-card--list') or contains(@class, 'pv-top-card-v3--list')]"
    "[1]/li[1]"
)
HEADLINE_2021 = ".//h2[1]"
LOCATION_2021 = (
    "descendant::ul[contains(@class, 'pv-top-card--list-bullet')"
    " or contains(@class, 'pv-top-card-v3--list-bullet')]/li[1]"
)
CONNECTIONS_2021 = (
    "descendant::ul[contains(@class, 'pv-top-card--list-bullet')"
    " or contains(@class, 'pv-top-card-v3--list-bullet')]/li[span]"
)
PHOTO_2021 = (
    "descendant::img[contains(@class, 'pv-top-card__photo')]",  # 2020-21, another member
    "descendant::img[contains(@class, 'pv-top-card-section__photo')]",  # 2019-20 (v3)
    "descendant::img[contains(@class, 'profile-photo-edit__preview')]",  # self-view
)
# 2022-2025 cards pages still carry the 2021 bullet list; their h1 tells them apart.
H1_CARDS = "/descendant::h1[contains(@class, 'text-heading-xlarge')]"

# Both eras: the custom banner image; the default banner has no such <img> src.
BANNER = "id('profile-background-image-target-image')[self::img]"
# Contact-info link: /in/<vanity>/detail/contact-info/ (2018-2021).
CONTACT_INFO = "/descendant::a[contains(@href, '/detail/contact-info')]"
# Early 2018 self-view: the vanity URL in the (deferred) contact-info card.
VANITY_LINK_2018 = "/descendant::section[contains(@class, 'ci-vanity-url')]//a/@href"

# --- Sections -----------------------------------------------------------------------
ABOUT_2021 = "/descendant::section[contains(@class, 'pv-about-section')]"
ABOUT_TEXT_2021 = "descendant::p[contains(@class, 'pv-about__summary-text')]"
EXPERIENCE = "id('experience-section')[self::section]"
EDUCATION = "id('education-section')[self::section]"
POSITION_ITEMS = (
    "descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' pv-position-entity ')]"
)
# A company group (several roles at one company) lists its roles in this ul.
GROUP_ROLES = "descendant::li[contains(@class, 'pv-entity__position-group-role-item')]"
EDUCATION_ITEMS = (
    "descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' pv-education-entity ')]"
)
# "Show 2 more experiences" / "Show 2 more education": the count of hidden items.
SHOW_MORE = "descendant::button[contains(@class, 'pv-profile-section__see-more-inline')]"
POSITION_TITLE = (
    ".//li[contains(@class, 'pv-entity__position-group-role-item')][1]//h3",  # grouped roles
    "descendant::div[contains(@class, 'pv-entity__summary-info')]/h3",
)
POSITION_COMPANY = (
    "descendant::div[contains(@class, 'pv-entity__company-summary-info')]/h3",  # grouped roles
    "descendant::*[contains(@class, 'pv-entity__secondary-title')]",
)
COMPANY_LINK = "descendant::a[@data-control-name='background_details_company']/@href"
DESCRIPTION = "descendant::*[contains(@class, 'pv-entity__description')]"

SKILLS_SECTION = (
    "/descendant::section[contains(@class, 'pv-skill-categories-section')]",  # mid 2018+
    "/descendant::section[contains(@class, 'pv-featured-skills-section')]",  # early 2018
)
SKILL_NAMES = (
    # mid 2018+: the name's own class token; 2019-2021 nest a span "__name-text" inside it,
    # which a substring test would count as a second skill of the same name.
    "descendant::*[contains(concat(' ', normalize-space(@class), ' '),"
    " ' pv-skill-category-entity__name ')]",
    "descendant::*[contains(@class, 'pv-skill-category-entity__name-text')]",
    "descendant::span[contains(@class, 'pv-skill-entity__skill-name')]",  # early 2018
)
SKILL_ITEM = "ancestor::li[1]"
ENDORSEMENT_COUNT = "descendant::*[contains(@class, 'endorsement-count')]"
# "Show more/less" of the skills card; aria-expanded="false": only the top 3 are in the DOM.
SKILLS_TOGGLE = "descendant::button[@data-control-name='skill_details']/@aria-expanded"

RECOMMENDATIONS = "/descendant::section[contains(@class, 'pv-recommendations-section')]"
# artdeco tabs "Received (N)" then "Given (M)", in that order.
RECOMMENDATION_TABS = "descendant::*[@role='tab']"
RECOMMENDATION_ITEMS = "descendant::li[contains(@class, 'pv-recommendation-entity')]"

# The Activity card: a <section> (2021) or <div> (late 2018) with the section class; naming
# the two tags keeps the class test off the other ~5,000 elements when the card is absent.
ACTIVITY = (
    "/descendant::section[contains(@class, 'pv-recent-activity-section-v2')]"
    " | /descendant::div[contains(@class, 'pv-recent-activity-section-v2')]",
    "/descendant::section[contains(@class, 'pv-recent-activity-section')]"
    " | /descendant::div[contains(@class, 'pv-recent-activity-section')]",
)
ACTIVITY_FOLLOWERS = (
    # late 2018: h3 > span "483 followers" beside "Manage followers"
    "descendant::span[contains(@class, 'pv-recent-activity-section__follower-count')]",
    # 2021: a plain span after the header
    "./span[contains(@class, 't-black--light')]",
    "descendant::h3[contains(@class, 'follower-count')]",
)
ACTIVITY_ITEMS = "descendant::li[contains(@class, 'pv-recent-activity-item')]"
# The null state links "See all activity" with this control name (2021).
ACTIVITY_NULL_STATE = "descendant::a[@data-control-name='recent_activity_null_state_see_all']"
# An article in the Activity card links to /pulse/ (LinkedIn's article host, 2014-2021).
ACTIVITY_ARTICLES = "descendant::a[contains(@href, '/pulse/')]"

FEATURED = (
    "/descendant::section[contains(@class, 'pv-featured-section')]",
    "/descendant::section[contains(@class, 'pv-profile-section--featured')]",
)
# 2021: sections LinkedIn had not loaded yet (Skills, Recommendations, Accomplishments).
DEFERRED_PENDING = "/descendant::div[contains(@class, 'pv-deferred-area--pending')]"

# A line-clamped summary's controls and hidden copies, left out of its text (2018-2021).
CLAMP_SKIPPED_TAGS = ("button", "script", "style", "code")
CLAMP_SKIPPED_CLASSES = ("ellipsis", "visually-hidden", "show-more-text__link")
COMPANY_PATH = "/company/"  # a position's link to its company page

# Keys of the 2016 self-edit page's embedded JSON modules (in_2016_json), the same in
# every UI language; a tuple is a path through nested objects.
J16_TOP_CARD = "TopCard"  # the top card module's object
J16_BASIC = ("BasicInfo", "basic_info")  # location and industry (from the top module)
J16_MEMBER_ID = ("basic_info", "memberID")  # the top card's member (from the card)
J16_HEADLINE = ("basic_info", "memberHeadline")
J16_PUBLIC_URL = ("public_url", "canonicalUrl")
J16_PICTURE = ("picture", "pictureID")
J16_BACKGROUND = "topcard_background"
J16_BACKGROUND_CUSTOM = "isCustomUpload"
J16_BACKGROUND_VISIBLE = "visible"
J16_CONNECTIONS = ("distance", "numberOfConnections")
J16_FOLLOWERS = ("followers", "numberFollowers")
J16_FULL_NAME = "fmt__full_name"
J16_LOCATION = "location_highlight"
J16_INDUSTRY = "industry_highlight"
J16_SUMMARY = ("Summary", "summary")
J16_RAW_SUMMARY = ("formData", "rawSummary")  # in the summary object
J16_SUMMARY_HTML = "summary_lb"
J16_SKILLS = ("Skills", "skillsMpr")
J16_SKILL_LIST = "skills"  # in the skills object
J16_SKILL_COUNT = "count"  # in the skills object: LinkedIn's count of them
J16_SKILL_NAMES = ("fmt__skill_name", "name")  # a skill's name: the first key present
J16_ENDORSEMENTS = "endorsementCount"
# The subjects of the post modules: both must name the top card's member.
J16_SKILLS_SUBJECT = ("Skills", "skillsMpr", "recipientId")
J16_REFERENCES_SUBJECT = ("Endorsements", "refsMpr", "viewee", "memberID")
J16_RECEIVED = ("Endorsements", "recosMpr", "numRecommendations")
J16_EDUCATIONS = ("Education", "educationsMpr", "educations")
J16_POSITIONS = ("Experience", "positionsMpr", "positions")
J16_FIRST_CURRENT = ("positionsMpr", "firstTopCurrentPosition")  # in the top card
J16_TITLE = "title"
J16_COMPANY = "companyName"
J16_COMPANY_ID = "companyId"  # a linked company's id

# The owner's Voyager responses of 2018 pages (in_2018), by endpoint, and their keys.
PROFILE_VIEW = "profileView"
NETWORK_INFO = "networkinfo"
J18_FOLLOWERS = ("data", "followersCount")  # in networkinfo
J18_PROFILE = ("data", "profile")  # the Profile entity's urn, in profileView
J18_SKILLS = "skillView"  # profileView collections with a paging total
J18_POSITIONS = "positionView"
J18_EDUCATION = "educationView"
J18_INDUSTRY = "industryName"  # Profile entity fields
J18_SUMMARY = "summary"
J18_FIRST_NAME = "firstName"
J18_LAST_NAME = "lastName"

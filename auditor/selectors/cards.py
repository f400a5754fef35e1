"""Selectors for logged-in 2022-2025 pages: profile cards, /details/ and /recent-activity/.

Seen on pages captured Mar 2022 to May 2025. Cards are ``section.artdeco-card`` holding a
``div#<key>`` anchor whose id is English in every UI language (headings are localized,
so nothing here matches heading words). From 2024 most classes are random per build:
anchor on ids, ``data-*``, ``aria-*``, link targets and the ``pvs-*``/``t-*`` utility
classes, and search inside one card rather than the whole tree.
"""

from __future__ import annotations

# --- whole page (one scan each) -------------------------------------------------------

# The main-column card anchor ids (div#about, div#skills, ...) in the order LinkedIn
# stacks the cards (seen 2022-2025); 2022 named Activity recent_activity. English in
# every UI language. The aside's anchors (browsemap_recommendation, ...) are not read.
CARD_IDS: tuple[str, ...] = (
    "highlights",
    "about",
    "featured",
    "services",
    "content_collections",
    "recent_activity",
    "experience",
    "education",
    "licenses_and_certifications",
    "volunteering_experience",
    "skills",
    "recommendations",
    "projects",
    "publications",
    "patents",
    "courses",
    "honors_and_awards",
    "test_scores",
    "languages",
    "organizations",
    "causes",
    "volunteer_causes",
    "interests",
)
# Those anchors, by id() (libxml2's id index, not a walk of the page for div[@id]).
# The class is pv-profile-card__anchor (2023+) or
# pv-profile-card-anchor (2022); both contain this.
# Without the class (a new build): the anchor is the first child of a
# section[data-view-name='profile-card'] (seen 2024-2025).
CARD_ANCHORS = (
    "id('" + " ".join(CARD_IDS) + "')[self::div][contains(@class, 'pv-profile-card')]",
    "id('" + " ".join(CARD_IDS) + "')[self::div][parent::section[@data-view-name='profile-card']]",
)

# The 2022 anchor class: the cheapest reliable era marker (seen Mar 2022).
ANCHOR_2022 = "pv-profile-card-anchor"

# The top card: section[data-member-id] (2022-2025); 2022 also has class pv-top-card.
TOP_CARD = (
    # From the contact-info link by id(): no tree walk when the link is there.
    "id('top-card-text-details-contact-info')/ancestor::section[@data-member-id][1]",
    # Then a walk over the page's sections.
    "/descendant::section[@data-member-id]",
    # TODO [2027-01-01]: drop (2022 fallback)
    "/descendant::section[contains(@class, 'pv-top-card')]",
)

# A 2024+ marker: entities carry data-view-name (2022-23 used div.pvs-entity only).
ENTITY_2024 = "/descendant::div[@data-view-name='profile-component-entity']"
# The same marker inside one card: looked for in the cards first, before a whole-tree walk.
ENTITY_2024_IN_CARD = "descendant::div[@data-view-name='profile-component-entity']"

# --- inside the top card ----------------------------------------------------------------

# The name is the top card's only h1 (2025 obfuscates its text-heading-xlarge class).
NAME = ".//h1"

# Headline: div.text-body-medium (2024+ also data-generated-suggestion-target).
HEADLINE = (
    "descendant::div[@data-generated-suggestion-target][contains(@class, 'text-body-medium')]",
    "descendant::div[contains(concat(' ', normalize-space(@class), ' '), ' text-body-medium ')]",
    # Without the class (a new build): the top card's first suggestion target (2024-2025).
    "descendant::div[@data-generated-suggestion-target]",
)

# The contact-info link: its href names the SUBJECT's vanity (embedded JSON names the
# viewer first, seen 2024-2025).
CONTACT_INFO = (
    "descendant::a[@id='top-card-text-details-contact-info']",
    "descendant::a[contains(@href, '/overlay/contact-info')]",
)
CONTACT_INFO_PAGE = "id('top-card-text-details-contact-info')[self::a]"

# Location: the span just before the contact-info link's wrapper; else the utility classes.
LOCATION = (
    "descendant::a[@id='top-card-text-details-contact-info']/../preceding-sibling::span[1]",
    "descendant::span[contains(@class, 'text-body-small')]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' inline ')]"
    "[contains(@class, 't-black--light')]",
)

# The counts row: li.text-body-small holding span.t-bold ("500+" + "connections",
# "1,628" + "followers"); which is which needs the word (ui_words.py).
COUNT_ITEMS = (
    ".//ul/li[contains(@class, 'text-body-small')][.//span[contains(@class, 't-bold')]]",
    # Without the classes (a new build): the list right after the column that holds the
    # location and contact-info link (seen 2024-2025).
    "id('top-card-text-details-contact-info')/../../../following-sibling::ul[1]/li",
)

# Others' view: the connections count links to a search of the member's connections
# (seen 2025), which names it without words.
CONNECTIONS_LINK = "descendant::a[contains(@href, 'connectionOf=')]"

# The member's photo: others' view (class --show also on ghosts), then self-view.
PHOTO = (
    "descendant::img[contains(@class, 'pv-top-card-profile-picture__image')]",
    "descendant::img[contains(@class, 'profile-photo-edit__preview')]",
    "descendant::img[contains(@class, 'pv-top-card__photo')]",
    # Without the classes (a new build): the image whose alt starts with the member's
    # name, the top card's h1 (seen 2022-2025; "<name>, #OPEN_TO_WORK" when framed).
    "descendant::img[@alt != '']"
    "[starts-with(@alt, normalize-space(ancestor::section[@data-member-id][1]/descendant::h1[1]))]",
)

# Banner: a custom one is img#profile-background-image-target-image; the default is a
# div with profile-background-image--default and no img (seen 2024-2025).
BANNER_IMAGE = "descendant::img[@id='profile-background-image-target-image']"
BANNER_DEFAULT = (
    "descendant::*[contains(@class, 'profile-background-image--default')]",
    # Without the class (a new build): the banner slot, the focusable div two levels into
    # the top card's first child (the hero, sized by an inline min-/max-height), holding
    # no element at all; a custom banner's slot holds a div with BANNER_IMAGE. One slot
    # per top card on every profile page seen 2022-03 to 2025-05: empty on every
    # default-banner one (2024-07, 2025), holding the image on every custom one
    # (2022-03, 2024-07, 2025-05).
    "descendant::div[contains(@style, 'max-height')][not(preceding-sibling::*)]"
    "/div[1]/div[@tabindex][not(*)]",
)

# 2025 top-card hero class: the in-2025 marker (2024: live-video-hero-image).
HERO_2025 = (
    "descendant::div[contains(@class, 'top-card-background-hero-image')]",
    # Without the class (a new build), two markers seen on every 2025 profile page (2025
    # and 2025-05) and on no 2022-03 or 2024-07 one: the banner slot is a button
    # (role=button; 2022-2024: tabindex -1, no role), and the top card's icons carry
    # data-rtl (the same share icon has none on the 2024-07 pages).
    "descendant::div[contains(@style, 'max-height')][not(preceding-sibling::*)]"
    "/div[1]/div[@tabindex][@role='button']",
    "descendant::svg[@data-rtl]",
)

# Open to work: the framed photo's title carries #OPEN_TO_WORK (seen May 2025); a
# self-view has no frame when only recruiters see it, but its "Open to work" carousel
# card links to /opportunities/job-opportunities/ (seen on a 2024 self-view).
OPEN_TO_WORK = (
    "descendant::img[contains(@title, '#OPEN_TO_WORK')]",
    "descendant::a[@data-view-name='profile-opportunity-card']"
    "[contains(@href, '/opportunities/job-opportunities/')]",
)

# --- inside one card (section) ---------------------------------------------------------

# Top-level items: entities not nested in another entity (nested ones are grouped roles
# and skill lines). 2024+: data-view-name; 2022-23: div.pvs-entity.
# Featured items are carousel <li>s rather than entity blocks (seen 2024-07).
FEATURED_ITEMS = ".//li"

ITEMS = (
    "descendant::div[@data-view-name='profile-component-entity']"
    "[not(ancestor::div[@data-view-name='profile-component-entity'])]",
    "descendant::div[contains(concat(' ', normalize-space(@class), ' '), ' pvs-entity ')]"
    "[not(ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' pvs-entity ')])]",
)

# Nested entities of one item (the roles of a grouped position).
SUB_ITEMS = (
    "descendant::div[@data-view-name='profile-component-entity']",
    "descendant::div[contains(concat(' ', normalize-space(@class), ' '), ' pvs-entity ')]",
)

# The card's "Show all N ..." footer link. Every one seen 2022-2025 sits in
# div.pvs-list__footer-wrapper (not inside an item); a self-view card's header also holds
# a pencil link to the same /details/ page, a#navigation-index-edit-* with no number,
# that comes first in the card (seen on a 2024 self-view): never read the header.
SHOW_ALL = (
    "descendant::div[contains(@class, 'pvs-list__footer-wrapper')]"
    "[not(ancestor::div[@data-view-name='profile-component-entity'])]//a",
    "descendant::a[starts-with(@id, 'navigation-index-')]"
    "[not(starts-with(@id, 'navigation-index-edit'))]",
)

# Within an item: the bold first line (title, skill name, company of a group).
ITEM_TITLE = (
    "descendant::*[contains(concat(' ', normalize-space(@class), ' '), ' t-bold ')]"
    "/span[@aria-hidden='true']"
)

# A skill item's name: the bold first line; without the class (a new build), the text of
# its link to the skill's search (data-field skill_card_skill_topic, seen 2024-2025).
SKILL_NAME = (
    ITEM_TITLE,
    "descendant::a[@data-field='skill_card_skill_topic']/descendant::span[@aria-hidden='true'][1]",
)

# Within an item: the second line ("Company · Full-time"), not the light date lines.
ITEM_SUBTITLE = (
    "descendant::span[contains(concat(' ', normalize-space(@class), ' '), ' t-normal ')]"
    "[not(contains(@class, 't-black--light'))]/span[@aria-hidden='true']"
)

# Within an item: a link to a LinkedIn company page (the logo or the title link).
ITEM_COMPANY_LINK = "descendant::a[contains(@href, '/company/')]"

# Within an item: a free-text description (2023+: inline-show-more-text; 2022 wrapper).
ITEM_DESCRIPTION = (
    "descendant::div[contains(@class, 'inline-show-more-text')]",
    "descendant::div[contains(@class, 'pv-shared-text-with-see-more')]",
)

# A position item's lines. Without the classes (a new build), by their shape (seen
# 2024-2025): the bold line is the first aria-hidden copy held by a div, the second line
# ("Company · Full-time") the first held by a span, the description a line-clamped div
# not in a data-field link (the "Skills:" line is one). Found this way, a missing
# description says nothing (unknown), see read_position.
POSITION_TITLE = (ITEM_TITLE, "descendant::div/span[@aria-hidden='true']")
POSITION_SUBTITLE = (ITEM_SUBTITLE, "descendant::span/span[@aria-hidden='true']")
POSITION_DESCRIPTION = (
    *ITEM_DESCRIPTION,
    # The 2022-03 /details/experience/ pages print it with neither wrapper: a plain
    # aria-hidden copy held by div.t-14.t-normal.t-black, in a list item below the header
    # block. The 2023 details pages print each "Skills:" line the same way, but its copy
    # starts with the label in a <strong> (a description is plain text): not one.
    "descendant::div[contains(concat(' ', normalize-space(@class), ' '), ' t-black ')]"
    "/span[@aria-hidden='true'][not(strong)][not(ancestor::a[@data-field])]",
    "descendant::div[contains(@style, 'line-clamp')][not(ancestor::a[@data-field])]",
    # The same without the classes (a new build): a plain aria-hidden copy held by a div
    # in a list item of the entry (the header block's lines are not in one, seen on every
    # 2022-03 to 2025 entry).
    "descendant::li//div/span[@aria-hidden='true'][not(strong)][not(ancestor::a[@data-field])]",
)
# A position entry's header block, without the classes: the first element holding a
# line as span > span[aria-hidden] (company, dates, location), which also holds the
# title. Seen on every 2024-07 and 2025 entry (an <a> to the company or a <div>); a
# description, when shown, is text outside it (a line-clamped div below it).
POSITION_HEADER = "descendant::*[span/span[@aria-hidden='true']]"
# An entry's elements that hold text of their own, outside a data-field link (the
# "Skills:" line, data-field position_contextual_skills_see_details, seen 2024-07):
# when every one lies in the header block, the entry shows no description.
POSITION_TEXTS = "descendant::*[text()[normalize-space()]][not(ancestor-or-self::a[@data-field])]"

# Skill endorsements: "Python · 23" (2022 supplementary info) or the 2025 link
# "14 endorsements" to /details/skills/urn:li:fsd_skill... (2024 shows none).
SKILL_ENDORSEMENTS = (
    "descendant::span[contains(@class, 'pvs-entity__supplementary-info')]/span"
    "[@aria-hidden='true']",
    "descendant::a[contains(@href, '/details/skills/urn')]",
)

# About text: the first inline-show-more-text block (2025 adds a "Top skills" entity
# after it, which is not the About text).
ABOUT_TEXT = (
    "descendant::div[contains(@class, 'inline-show-more-text')]/span[@aria-hidden='true']",
    "descendant::div[contains(@class, 'inline-show-more-text')]",
    # Without the class (a new build): the line-clamped text under the card's suggestion
    # target, not inside an entity (the 2025 "Top skills" entity follows it).
    "descendant::div[@data-generated-suggestion-target]"
    "[not(ancestor::div[@data-view-name='profile-component-entity'])]"
    "/div/div[contains(@style, 'line-clamp')]/span[@aria-hidden='true']",
)

# Recommendations: two tab panels, Received first, Given second (both in the DOM).
TAB_PANELS = "descendant::div[@role='tabpanel']"

# A recommendation entry links to its author's profile; the empty state ("Nothing to
# see for now") is an entity too, but links nowhere (seen 2024).
RECOMMENDATION_AUTHOR = "descendant::a[contains(@href, '/in/')]"

# Activity card header link "N followers" (2023+: pvs-header__optional-link; 2022:
# pvs-header__subtitle). Only the header: reposts below show other people's counts.
ACTIVITY_FOLLOWERS = (
    "descendant::p[contains(@class, 'pvs-header__optional-link')]",
    "descendant::p[contains(@class, 'pvs-header__subtitle')]",
    # Without the classes (a new build): the line right after the card's heading (2024-2025).
    "descendant::h2/following-sibling::p[1]",
)

# Activity content-type pills (Posts, Comments, Articles, ...; 2023+), one per type the
# member has; an overflow "More" pill (aria-expanded) hides the rest until clicked.
ACTIVITY_PILLS = (
    "descendant::div[@role='group']/button[starts-with(@id, 'content-collection-pill')]"
)
ACTIVITY_PILL_OVERFLOW = "descendant::div[@role='group']/button[@aria-expanded]"

# Activity card items: full updates (2025: a div, as on every saved page), mini updates
# (2023-24), 2022 list entities.
ACTIVITY_UPDATES = (
    "descendant::div[@data-view-name='feed-full-update']",
    "descendant::*[contains(@class, 'profile-creator-shared-feed-update__mini-container')]",
    "descendant::div[starts-with(@data-urn, 'urn:li:activity')]",
    # Without the classes (a new build): the 2023-24 mini updates link to their post.
    "descendant::a[contains(@href, '/feed/update/urn:li:activity')]",
)

# Activity card footer and links: /recent-activity/<tab>/ tells posts from comments.
ACTIVITY_LINKS = "descendant::a[contains(@href, '/recent-activity/')]"


# --- /details/<section>/ pages --------------------------------------------------------

# li#profilePagedListComponent-<urnId>-<SECTION>-VIEW-DETAILS-...-NONE-<locale>-<n>.
DETAILS_ITEMS = "/descendant::li[starts-with(@id, 'profilePagedListComponent-')]"
# The parts of such an id (a verbose regular expression): the subject's urn id, the
# section, the UI locale (seen 2022-2025).
DETAILS_ITEM_ID_PATTERN = r"""
    ^profilePagedListComponent-
    (?P<urn>[A-Za-z0-9_-]+?)           # the subject's profile urn id (ACoAA...)
    -(?P<section>[A-Z_]+)              # EXPERIENCE, EDUCATION, SKILLS, RECOMMENDATIONS, ...
    -VIEW-DETAILS-
    (?P<rest>.*?)                      # profile(TabSection)-...-(ALL-SKILLS|RECEIVED-...)
    -NONE-(?P<locale>[a-z]{2})[-_][A-Z]{2}  # UI locale, en-US / es-ES
    -\d+$                              # item index
    """
# What the first item's id holds on a details page (and on no card of a profile page).
DETAILS_ID_MARK = "-VIEW-DETAILS-"
# The section part of the item ids, and the marks of the items counted in a section:
# every skill (not the "top skills" copy), a received and a given recommendation.
SECTION_EXPERIENCE = "EXPERIENCE"
SECTION_EDUCATION = "EDUCATION"
SECTION_SKILLS = "SKILLS"
SECTION_RECOMMENDATIONS = "RECOMMENDATIONS"
ALL_SKILLS_MARK = "ALL-SKILLS"
RECEIVED_MARK = "-RECEIVED-"
GIVEN_MARK = "-GIVEN-"

# Items nested in another item (roles of a grouped position).
DETAILS_NESTED = "descendant::li[starts-with(@id, 'profilePagedListComponent-')]"

# From an item: the "Show more results" button of its paged list. The list loads in
# pages as it is scrolled (long skills lists, 2022-2025); while the button is there,
# the items in the DOM are only the first pages, not the member's total.
DETAILS_LOAD_MORE = (
    "ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' scaffold-finite-scroll ')]"
    "[1]/descendant::button[contains(@class, 'scaffold-finite-scroll__load-button')]"
)

# Sticky header mini profile: name, headline, photo of the SUBJECT.
# The container is a <div> on every saved details page (2022-2023): naming the tag keeps
# the class test off the other elements.
STICKY_HEADER = (
    "/descendant::div[contains(@class, 'pv-profile-sticky-header-v2__mini-profile-container')]",
    "/descendant::div[contains(@class, 'artdeco-entity-lockup')]"
    "[contains(@class, 'pv-profile-sticky')]",
)
STICKY_NAME = "descendant::*[contains(@class, 'artdeco-entity-lockup__title')]"
STICKY_HEADLINE = "descendant::*[contains(@class, 'artdeco-entity-lockup__subtitle')]"
STICKY_PHOTO = ".//img"

# Links a self-view details page carries to the subject's own profile.
DETAILS_SELF_LINKS = (
    "/descendant::a[contains(@href, '/details/')][contains(@href, '/in/')]",
    "/descendant::a[contains(@href, '/add-edit/')][contains(@href, '/in/')]",
)

# The page's <title>: "<Section> | <Name> | LinkedIn" (seen 2022-2023).
TITLE_SEPARATOR = "|"
TITLE_BRAND = "LinkedIn"

# Embedded API responses (checked against the subject's urn before use): every <code>,
# in one walk.
CODE_BLOCKS = "/descendant::code"
# Their JSON keys: the entities of a response, an entity's urn, a member's vanity.
JSON_INCLUDED = "included"
JSON_ENTITY_URN = "entityUrn"
JSON_PUBLIC_IDENTIFIER = "publicIdentifier"

# --- /recent-activity/ pages -------------------------------------------------------------

ACTIVITY_TOP_CARD = "id('recent-activity-top-card')[self::div]"
ACTIVITY_NAME = ".//h3"
ACTIVITY_HEADLINE = ".//h4"
ACTIVITY_PHOTO = (
    "descendant::img[contains(@class, 'pv-recent-activity-top-card__member-photo')]",
    ".//img",
)
ACTIVITY_BANNER = (
    "descendant::div[contains(@class, 'pv-recent-activity-top-card__bg-img-container')]"
)
# A custom banner paints that container with an image URL (seen 2024-2025).
ACTIVITY_BANNER_URL_START = "http"
# "Followers" label div then the number div (seen 2025).
ACTIVITY_TOP_FOLLOWERS = (
    "descendant::div[contains(@class, 'pv-recent-activity-top-card__extra-info')]/div[1]/div[2]"
)
# Without the classes (a new build): elements painted with a background image, and rows
# of exactly two divs (a label, then its number) in the top card.
ACTIVITY_PAINTED = "descendant::*[contains(@style, 'url(')]"
ACTIVITY_STAT_ROWS = "descendant::div[count(*) = 2][count(div) = 2]"
ACTIVITY_PROFILE_LINK = (
    "descendant::a[starts-with(@href, '/in/') or contains(@href, 'linkedin.com/in/')]"
)
# 2025 feed updates carry data-view-name (the in-2025 marker of activity pages).
FEED_FULL_UPDATE = "/descendant::div[@data-view-name='feed-full-update']"
# The feed of the activity page (main column).
ACTIVITY_MAIN = ("//main", "//body")

# --- literals the readers test (not XPaths) ---
RECENT_ACTIVITY_PATH = "/recent-activity/"  # /in/<vanity>/recent-activity/<tab>/
ACTIVITY_KEYS = ("content_collections", "recent_activity")  # the Activity card's anchor ids
# The anchor ids of the cards the profile reader reads (CARD_IDS, English in every UI).
ABOUT_ID = "about"
FEATURED_ID = "featured"
EXPERIENCE_ID = "experience"
EDUCATION_ID = "education"
SKILLS_ID = "skills"
RECOMMENDATIONS_ID = "recommendations"
# "Show all 34 skills" as an id (2024-25): the total without reading localized text.
SKILLS_ID_TOTAL_PATTERN = r"navigation-index-Show-all-(\d+)-skills"
# Vanity in a profile link: /in/<vanity>/details/... or /in/<vanity>/add-edit/...
DETAILS_LINK_PATTERN = r"/in/([^/?#]+)/(?:details|add-edit)/"
EVI_IMAGE_CLASS = "evi-image"  # the 2023 details page's sticky-header photo
PROFILE_URN_PREFIX = "urn:li:fsd_profile:"  # a member's urn in the embedded JSON
ARTICLE_TABS = frozenset({"articles", "newsletters"})  # /recent-activity/<tab>/ of articles
COMMENT_TABS = frozenset({"comments", "reactions"})  # /recent-activity/<tab>/ of no post

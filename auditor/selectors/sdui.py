"""Selectors of the logged-in 2026 server-driven (SDUI) profile, seen 2026 on openoutreach pages.

The 2026 markup has no ids and random class names (``_7f83dc96``); what lasts is the
``componentkey`` attribute (``com.linkedin.sdui.profile.card.ref<urn-or-vanity><Card>``),
``aria-*``, ``data-testid`` and link targets (``/overlay/contact-info/``,
``/overlay/background-photo/``, ``/details/<section>/``). Every card appears twice, as a
``div`` and a ``section`` with the same componentkey. XPaths relative to a card start
with ``.`` or ``descendant::``; the only whole-tree search is ``CARD_KEYS``, one pass per page.
"""

from __future__ import annotations

# --- page level -------------------------------------------------------------------------

# Every card holder and lazy part container, in one whole-tree pass (2026). The layout
# sorts them by componentkey suffix instead of running one search per card. Holders and
# parts are <div>, rendered cards <section> (all 2026 saves): naming the two tags spares
# ``*[@componentkey]``'s attribute test on every element of the page.
_CARD_KEY_TEST = (
    "[@componentkey][starts-with(@componentkey, 'com.linkedin.sdui.profile.card.ref')"
    " or starts-with(@componentkey, 'profileCards')]"
)
CARD_KEYS = f"/descendant::div{_CARD_KEY_TEST} | /descendant::section{_CARD_KEY_TEST}"
KEY_ATTRIBUTE = "componentkey"  # the attribute that keys every card, part and entry
CARD_KEY_PREFIX = "com.linkedin.sdui.profile.card.ref"
ABOVE_ACTIVITY_PREFIX = "profileCardsAboveActivity"  # + vanity; server-rendered cards
# Lazy parts: "profileCardsBelowActivityPartN<vanity>", empty until the member scrolls (2026).
# Later 2026 builds split the page further (seen in other tools' notes, e.g. a LinkedIn
# extension's DOM assumptions): "profileCardsAboveActivityTopcardOnly<vanity>" holds the
# top card alone (About then loads lazily), "profileCardsExperienceOnly<vanity>" is a lazy
# Experience part and "profileCardsBelowActivityPart1WithoutExp" / "...Part7" the rest.
# Every profileCards* container but the above-activity one is therefore a lazy part.
TOPCARD_ONLY_PREFIX = "profileCardsAboveActivityTopcardOnly"  # + vanity
LAZY_PART_PREFIX = "profileCards"  # any other profileCards* key

# The top card section, among the page's sections.
TOPCARD = (
    "/descendant::section[@componentkey]"
    "[starts-with(@componentkey, 'com.linkedin.sdui.profile.card.ref')]"
    "[substring(@componentkey, string-length(@componentkey) - 6) = 'Topcard']"
)

# A lazy part has rendered when it holds a generated SDUI component or a card section;
# an unrendered part is two nested empty divs with the same componentkey (2026).
PART_RENDERED = "descendant::*[@data-sdui-component] | .//section"

# --- top card (relative to the Topcard section) -----------------------------------------

NAME = ".//h2"  # the name is the top card's only <h2> (2026)

# The "Contact info" link names the owner's vanity in every UI language (2026).
CONTACT_INFO_HREF = "descendant::a[contains(@href, '/overlay/contact-info')]/@href"

# The intro block: [name div, headline p, company·school p, location div]; anchored on the
# location row, which holds the contact-info link.
INTRO = (
    "descendant::p[a[contains(@href, '/overlay/contact-info')]]/parent::div/parent::div",
    ".//h2/ancestor::div[following-sibling::p][2]/parent::div",
)
# Relative to INTRO: the run right after the name block is the headline (2026).
HEADLINE = "./div[.//h2]/following-sibling::*[1][self::p]"
# Relative to INTRO: the location is the first run of the contact-info row.
LOCATION = "./div[.//a[contains(@href, '/overlay/contact-info')]]/p[1][not(.//a)]"

# The current company / school buttons under the intro, told apart by the placeholder
# logo's icon id (company-accent-N / school-accent-N), not by words (2026).
CURRENT_COMPANY = "descendant::div[@role='button'][.//svg[starts-with(@id, 'company-')]]//p"

# Count runs ("11,239 followers", "500+", "connections", "3,122 followers"): <p> whose
# own first text starts with a digit. Mutual-connection lines start with a link, not text.
COUNT_RUNS = (
    "descendant::p[normalize-space(text()[1]) != '']"
    "[translate(substring(normalize-space(text()[1]), 1, 1), '0123456789', '') = '']"
)

# Cover: the <img> inside the background-photo link is a custom banner; the always-present
# <svg aria-label="Cover photo"> alone is the default (2026; the img is the svg's sibling).
BANNER_FRAME = (
    "descendant::a[contains(@href, '/overlay/background-photo')]",
    "descendant::*[@aria-label='Cover photo']/parent::figure",  # English UI only
)
BANNER_IMAGE = "descendant::img[@src]"  # relative to BANNER_FRAME

# Photo figure: the member-photo link (real rendered top cards), else the aria-label
# (English only); the structural fallback is the link right after the banner block
# (2026; the labelled frame is a <div> in every save).
PHOTO_FRAME = (
    "descendant::a[@data-view-name='profile-top-card-member-photo']",  # real, 2026 (de)
    "descendant::div[@aria-label='Profile photo']",
    "descendant::a[contains(@href, '/overlay/background-photo')]/ancestor::div[2]"
    "/following-sibling::a[1]",
)
PHOTO_IMAGE = "descendant::img[@src]"  # relative to PHOTO_FRAME; the ghost is an <svg> alone

# Primary action: the first button or link of the action row. A Follow button carries the
# "add-small" icon; Connect and Message carry others (2026).
ACTIONS = "descendant::button[@componentkey] | descendant::a[@aria-disabled][@componentkey]"
FOLLOW_ICON = "descendant::svg[@id='add-small']"

# --- above-activity cards -----------------------------------------------------------------

# About text box; its "… more" button is aria-hidden and skipped (2026).
ABOUT_TEXT = "descendant::*[@data-testid='expandable-text-box']"
# Featured and Services items: carousel children (<div role=listitem>) or list items (2026).
CARD_ITEMS = "descendant::div[@role='listitem'] | .//li"

# --- activity card ------------------------------------------------------------------------

# Header run after the <h2>: "732 followers" (2026).
ACTIVITY_HEADER = ".//h2/following-sibling::div//p"
# The selected pill's content holder, <div componentkey="<vanity>activity_posts_pillContent">,
# and its posts, <div role="listitem"> (2026). Tag-restricted: the Activity card is large.
ACTIVITY_POSTS = (
    "descendant::div[@componentkey][contains(@componentkey, 'activity_posts_pillContent')]"
)
ACTIVITY_ITEMS = "descendant::div[@role='listitem']"  # relative to ACTIVITY_POSTS

# --- below-activity cards, once the lazy parts rendered -------------------------------------

# Card names are the end of the componentkey, "com.linkedin.sdui.profile.card.ref<urn><Name>",
# where the lazy cards add "TopLevelSection" or "TopLevel": ...ExperienceTopLevelSection,
# ...EducationTopLevelSection, ...LanguageTopLevel, ...CertificationTopLevel and plain
# ...Skills, ...About, ...Topcard (real rendered cards, German UI, 2026). Stripped first.
CARD_KEY_TAILS = ("TopLevelSection", "TopLevel")

# Skill items: <div componentkey="com.linkedin.sdui.profile.skill(<urn>, N)">, nested twice
# with the same key, followed by a "...)-divider" holder (real Skills card, 2026). The
# outer one of each pair; the divider's key does not end with ")".
SKILL_ITEMS = (
    "descendant::div[starts-with(@componentkey, 'com.linkedin.sdui.profile.skill(')]"
    "[substring(@componentkey, string-length(@componentkey)) = ')']"
    "[not(parent::*/@componentkey = @componentkey)]"
)
# Experience items: <div componentkey="entity-collection-item--<hash>"> (real card, 2026).
ENTITY_ITEMS = (
    "descendant::div[starts-with(@componentkey, 'entity-collection-item')]"
    "[not(ancestor::div[starts-with(@componentkey, 'entity-collection-item')])]"
)
# Education and Languages items carry no stable key (a random uuid or nothing); they are
# separated by <hr role="presentation">, and one more such rule sits above the footer
# link. Entries = separators that are not the footer's + 1 (real cards, 2026).
ITEM_SEPARATORS = (
    "descendant::hr[@role='presentation']"
    "[not(following-sibling::*[1][descendant::a[contains(@href, '/details/')]])]"
)
# Any text run below the card's <h2>: a card with none lists nothing.
ENTRY_RUNS = "descendant::p[not(ancestor::h2)]"
# The card's "show all" footer link, by its /details/ target. On every real 2026 card it
# says "Alle anzeigen" with no number (aria-label "Alle Kenntnisse anzeigen", "Alle
# Ausbildungen anzeigen", or the text again): the total is on the details page. A number,
# if a link ever states one (as 2022-2025 did: "Show all 30 skills"), is read.
DETAILS_LINK = {
    "Experience": "descendant::a[contains(@href, '/details/experience')]",
    "Education": "descendant::a[contains(@href, '/details/education')]",
    "Skills": "descendant::a[contains(@href, '/details/skills')]",
    "Recommendations": "descendant::a[contains(@href, '/details/recommendations')]",
    "Languages": "descendant::a[contains(@href, '/details/languages')]",
}
# Received is tab 0 and Given tab 1 of the recommendations details screen (2022+).
# Modelled: no real 2026 Recommendations card has been seen (lazy on every saved page).
RECEIVED_LINK = "descendant::a[contains(@href, 'detailScreenTabIndex=0')]"
GIVEN_LINK = "descendant::a[contains(@href, 'detailScreenTabIndex=1')]"
# The selected recommendations pill, "<vanity>recommendations_received_pillContent" (modelled).
RECEIVED_PANEL = "descendant::div[contains(@componentkey, 'recommendations_received_pillContent')]"
GIVEN_PANEL = "descendant::div[contains(@componentkey, 'recommendations_given_pillContent')]"
# Inside an item: text runs, a company page link, a description text box (real, 2026).
ITEM_RUNS = ".//p"
ITEM_COMPANY_LINK = "descendant::a[contains(@href, '/company/')]"

# --- top card, seen on the real rendered top cards (2026, German UI) ---------------------

# The open-to-work card of the top card's "open to" carousel links to the member's job
# opportunities ("Offen für Jobangebote", data-view-name
# "profile-opento-enrolled-career-interest"); hiring or services cards link elsewhere.
OPEN_TO_WORK = (
    "descendant::a[@data-view-name='profile-opento-enrolled-career-interest']",
    "descendant::a[contains(@href, '/opportunities/job-opportunities/')]",
)

# --- /details/<section>/ pages, 2026 (MODELLED) ------------------------------------------
# No real 2026 details page has been saved publicly. These selectors model one on the real
# 2026 cards: the same item componentkeys (SKILL_ITEMS, ENTITY_ITEMS), the Experience
# card's "profile_experience_top_anchor_<vanity>" key, and the recommendation pill keys
# of the (modelled) Recommendations card. The reader refuses to guess (unknown) wherever
# the page is not this shape.

# Experience anchor; its key ends with the owner's vanity (real Experience card, 2026).
EXPERIENCE_ANCHOR = "/descendant::div[starts-with(@componentkey, 'profile_experience_top_anchor_')]"
EXPERIENCE_ANCHOR_PREFIX = "profile_experience_top_anchor_"
# Every skill item of the page (whole tree: a details page holds one list).
PAGE_SKILL_ITEMS = f"/{SKILL_ITEMS}"
# Recommendation pills, received and given (modelled on the card model above).
PAGE_RECEIVED_PANEL = f"/{RECEIVED_PANEL}"
PAGE_GIVEN_PANEL = f"/{GIVEN_PANEL}"
# A list still paging in as the member scrolls: a busy region or a progress bar (ARIA,
# modelled), or a "show more results" button (told by its words, auditor/ui_words.py).
DETAILS_LOADING = "/descendant::*[@aria-busy='true' or @role='progressbar']"
DETAILS_BUTTONS = "/descendant::main//button"
# Links naming the owner's vanity: /in/<vanity>/details/... or /in/<vanity>/overlay/...
DETAILS_SELF_LINKS = (
    "/descendant::a[contains(@href, '/in/')]"
    "[contains(@href, '/details/') or contains(@href, '/overlay/')]/@href"
)
# Every top-level Experience / recommendation entry of the page, and entries nested in an
# entry (grouped roles: not modelled, so the reader refuses them).
PAGE_ENTITY_ITEMS = f"/{ENTITY_ITEMS}"
NESTED_ENTITY_ITEMS = "descendant::div[starts-with(@componentkey, 'entity-collection-item')]"
# Any componentkey: the page is an SDUI page (2026), whatever its list holds.
SDUI_ANY = "(/descendant::*[@componentkey])[1]"

# An expandable text box's "… more" toggle, left out of its text.
TEXT_BOX_SKIPPED_TAGS = ("button",)
OPEN_TO_WORK_HASHTAG = "#open_to_work"  # in the photo frame's label (2026)
# A 2026 details page's address: /in/<vanity>/details/<section>/
DETAILS_PATH_PATTERN = r"/in/([^/?#]+)/details/([a-z-]+)/?"
# The sections of the modelled 2026 details pages, as their address names them.
DETAILS_SKILLS = "skills"
DETAILS_EXPERIENCE = "experience"
DETAILS_RECOMMENDATIONS = "recommendations"
# A details page's <title>: "<Section> | <Name> | LinkedIn" (2022-2025; assumed in 2026).
TITLE_SEPARATOR = "|"
TITLE_BRAND = "LinkedIn"

# Card names at the end of a componentkey (after "TopLevelSection"/"TopLevel"), longest
# first, and the name the reader uses. Real 2026 keys end "Experience", "Education",
# "Language", "Certification" + a TopLevel tail, or "Skills", "About", "Topcard".
CARD_KEY_NAMES = {
    "SuggestedForYou": "SuggestedForYou",
    "SupportedLocales": "SupportedLocales",
    "Recommendations": "Recommendations",
    "Recommendation": "Recommendations",
    "Certifications": "Certifications",
    "Certification": "Certifications",
    "Experience": "Experience",
    "Education": "Education",
    "Languages": "Languages",
    "Language": "Languages",
    "Activity": "Activity",
    "Featured": "Featured",
    "Services": "Services",
    "Topcard": "Topcard",
    "Skills": "Skills",
    "About": "About",
}

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
# parts are <div>, rendered cards <section> (all 2026 saves): naming the two tags halves
# the cost of ``*[@componentkey]``, an attribute test on each of ~4,000 elements.
_CARD_KEY_TEST = (
    "[@componentkey][starts-with(@componentkey, 'com.linkedin.sdui.profile.card.ref')"
    " or starts-with(@componentkey, 'profileCards')]"
)
CARD_KEYS = f"/descendant::div{_CARD_KEY_TEST} | /descendant::section{_CARD_KEY_TEST}"
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

# Photo figure: the aria-label is English; the structural fallback is the link right after
# the banner block (2026; the labelled frame is a <div> in every save).
PHOTO_FRAME = (
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

# Header run after the <h2>: "677 followers" (2026).
ACTIVITY_HEADER = ".//h2/following-sibling::div//p"
# The selected pill's content holder, <div componentkey="<vanity>activity_posts_pillContent">,
# and its posts, <div role="listitem"> (2026). Tag-restricted: the Activity card is large.
ACTIVITY_POSTS = (
    "descendant::div[@componentkey][contains(@componentkey, 'activity_posts_pillContent')]"
)
ACTIVITY_ITEMS = "descendant::div[@role='listitem']"  # relative to ACTIVITY_POSTS

# --- below-activity cards, once the lazy parts rendered -------------------------------------

# Card items: list items that are not nested in another item (grouped roles are nested).
SECTION_ITEMS = "descendant::li[not(ancestor::li)]"
# "Show all N" footer links, by /details/ target (the same targets as 2022-2025).
DETAILS_LINK = {
    "Experience": "descendant::a[contains(@href, '/details/experience')]",
    "Education": "descendant::a[contains(@href, '/details/education')]",
    "Skills": "descendant::a[contains(@href, '/details/skills')]",
    "Recommendations": "descendant::a[contains(@href, '/details/recommendations')]",
}
# Received is tab 0 and Given tab 1 of the recommendations details screen (2022+).
RECEIVED_LINK = "descendant::a[contains(@href, 'detailScreenTabIndex=0')]"
GIVEN_LINK = "descendant::a[contains(@href, 'detailScreenTabIndex=1')]"
# The selected recommendations pill, "<vanity>recommendations_received_pillContent".
RECEIVED_PANEL = "descendant::div[contains(@componentkey, 'recommendations_received_pillContent')]"
GIVEN_PANEL = "descendant::div[contains(@componentkey, 'recommendations_given_pillContent')]"
# Inside an item: text runs, a company page link, a description text box.
ITEM_RUNS = ".//p"
ITEM_COMPANY_LINK = "descendant::a[contains(@href, '/company/')]"

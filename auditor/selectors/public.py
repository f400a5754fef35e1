"""Selectors of the logged-out (guest) profile layouts, 2013-2024.

Each block names its layout; within a tuple the newest variant comes first. Searches
start from the top card or a section found by id / ``data-section`` so no layout walks
the whole tree more than once. Markup dates are those of the saved pages.
"""

from __future__ import annotations

# ---------------------------------------------------------------- common to all eras

# The profile's own URL; every public layout since 2015 prints it (2024: country host).
# /html/head, not //head: libxml2 puts the one <head> under <html>, and ``//head`` walks
# the whole tree to find it.
CANONICAL = "/html/head/link[@rel='canonical']/@href"

# A "fizzy" stream (Dec 2015-2016) puts a <script> before the doctype, so the parser
# opens <html> itself and drops the real tag's lang; the IE conditional comments that
# repeat "<html lang=...>" survive in <head> (seen 2015-12).
HTML_LANG_COMMENTS = "/html/head/comment()[contains(., '<html ')][contains(., 'lang=')]"

# ---------------------------------------------------------------- public-2013 (hResume)

# The hResume container, seen 2013-05: <div id="content" class="resume hresume">.
P13_CONTENT = "id('content')[self::div][contains(concat(' ', @class, ' '), ' hresume ')]"
# The masthead vcard holding photo, name, headline and location (2013-05).
P13_MASTHEAD = "descendant::div[contains(concat(' ', @class, ' '), ' masthead ')]"
# Name: given + family name spans inside span#name (2013-05).
P13_NAME = (
    "descendant::span[@id='name']//span[contains(@class, 'full-name')]",
    "descendant::span[@id='name']",
)
# Headline: p.headline-title (2013-05).
P13_HEADLINE = "descendant::p[contains(@class, 'headline-title')]"
# Location and industry in dl#headline (2013-05); the dd also carries "(Greater X Area)".
P13_LOCATION = "descendant::dl[@id='headline']//span[contains(@class, 'locality')]"
P13_INDUSTRY = "descendant::dl[@id='headline']/dd[contains(@class, 'industry')]"
# Photo container and its image (2013-05); a ghost would be an icon_no_photo image.
P13_PHOTO_BOX = "descendant::div[@id='profile-picture']"
P13_PHOTO_IMG = "descendant::img[contains(@class, 'photo')]"
# Connections: <dd class="overview-connections"><p><strong>187</strong> connections (2013-05).
P13_CONNECTIONS = (
    "descendant::dl[@id='overview']/dd[contains(@class, 'overview-connections')]//strong"
)
# Sections by id (2013-05).
P13_SUMMARY = "descendant::div[@id='profile-summary']//p[contains(@class, 'description')]"
P13_POSITIONS = (
    "descendant::div[@id='profile-experience']//div"
    "[contains(concat(' ', @class, ' '), ' position ')]"
    "[contains(concat(' ', @class, ' '), ' experience ')]"
)
P13_POSITION_TITLE = "descendant::span[contains(@class, 'title')]"
P13_POSITION_COMPANY = "descendant::span[contains(@class, 'org')]"
P13_POSITION_COMPANY_LINK = ".//h4//a[contains(@href, '/company/')]"
P13_POSITION_DESCRIPTION = "./p[contains(@class, 'description')]"
P13_EDUCATION = (
    "descendant::div[@id='profile-education']//div"
    "[contains(concat(' ', @class, ' '), ' education ')]"
)
# Skills: every li.competency.show-bean, the hidden .extra-skill ones included; language
# items are li.competency.language in another section (2013-05).
P13_SKILLS = (
    "descendant::div[@id='profile-skills']//li[contains(@class, 'competency')]"
    "[contains(@class, 'show-bean')]"
)
P13_SKILL_NAME = "descendant::a[contains(@class, 'jellybean')]"
# "View All (50) Skills" toggle text (2013-05).
P13_SKILLS_ALL = (
    "descendant::div[@id='profile-skills']//p[contains(@class, 'see-more-less')]"
    "/descendant::span[contains(@class, 'more-text')]"
)
# No canonical link in 2013: the member's own public URL appears on their name in the
# author / team-member lists of publications, patents and projects (2013-05).
P13_SELF_LINKS = (
    "descendant::div[contains(@class, 'attribution')]/a[contains(@href, 'linkedin.com/pub/')"
    " or contains(@href, 'linkedin.com/in/')]"
)

# ---------------------------------------------------------------- public-2015 (nprofile_v2)

# Top card, seen 2015-09/10: <div id="top-card" data-li-template="top_card">.
P15_TOP_CARD = "id('top-card')[self::div]"
P15_NAME = (
    "descendant::div[@id='name']//span[contains(@class, 'full-name')]",
    "descendant::div[@id='name']//h1",
)
P15_HEADLINE = "descendant::div[@id='headline']/p[contains(@class, 'title')]"
P15_LOCATION = "descendant::div[@id='location']//span[contains(@class, 'locality')]"
P15_INDUSTRY = "descendant::div[@id='location']//dd[contains(@class, 'industry')]"
# Photo: .profile-picture img (src in single quotes; a ghost_person image when none).
P15_PHOTO_IMG = "descendant::div[contains(@class, 'profile-picture')]//img"
# "500+ connections"; printed twice (profile-aux and highlight module): take the first.
P15_CONNECTIONS = "descendant::div[contains(@class, 'member-connections')]/strong"
# "<strong>7</strong> people have recommended <strong>Alex</strong>" (2015-09); the hidden
# #recommendations shell is present even with recommendations, so only this row counts.
P15_RECOMMENDATIONS = "descendant::tr[@id='overview-recommendation-count']//strong"
# The rest of the page lives in div#background (2015-09/10).
P15_BACKGROUND = "id('background')[self::div]"
P15_SUMMARY = "descendant::div[@id='background-summary']//p[contains(@class, 'description')]"
P15_POSITIONS = (
    "descendant::div[@id='background-experience']/div[starts-with(@id, 'experience-')]"
    "[contains(@class, 'section-item')]"
)
P15_POSITION_TITLE = "./div/header/h4"
P15_POSITION_COMPANY = "./div/header/h5[not(contains(@class, 'experience-logo'))]"
P15_POSITION_COMPANY_LINK = (
    "./div/header/h5[not(contains(@class, 'experience-logo'))]//a[contains(@href, '/company/')]"
)
P15_POSITION_DESCRIPTION = "descendant::p[contains(@class, 'description')]"
P15_CURRENT = "self::*[contains(@class, 'current-position')]"
P15_EDUCATION = (
    "descendant::div[@id='background-education']/div[starts-with(@id, 'education-')]"
    "[contains(@class, 'section-item')]"
)
P15_SKILLS_BOX = "descendant::div[@id='background-skills']"
# Skills: li.endorse-item; the "See N+" / "See less" toggle is li#see-more-less-skill.
P15_SKILLS = "descendant::li[contains(@class, 'endorse-item')][not(@id = 'see-more-less-skill')]"
P15_SKILL_NAME = "descendant::*[contains(@class, 'endorse-item-name-text')]"
P15_SKILLS_MORE = "descendant::li[@id='see-more-less-skill']//span[contains(@class, 'more-text')]"
# "Published by X": the member's LinkedIn (Pulse) articles (2015-09).
P15_ARTICLES = "id('activity')[self::div]//li[contains(@class, 'influencer-post')]"

# ---------------------------------------------------------------- public-2016 (public_profile_v3)

# Top card, seen 2015-12..2016-09: <section id="topcard"> with <h1 id="name" class="fn">.
P16_TOP_CARD = "id('topcard')[self::section]"
P16_NAME = "descendant::h1[@id='name']"
P16_HEADLINE = "descendant::p[contains(@class, 'headline')]"
P16_LOCATION = "descendant::dl[@id='demographics']//span[contains(@class, 'locality')]"
P16_INDUSTRY = "descendant::dl[@id='demographics']/dd[not(contains(@class, 'adr'))]"
P16_PROFILE_CARD = "descendant::div[contains(@class, 'profile-card')]"
# Photo lazily loaded: img.photo[data-delayed-url] with no src; .no-picture when none.
P16_PHOTO_IMG = (
    "descendant::div[contains(@class, 'profile-picture')]//img[contains(@class, 'photo')]"
)
P16_CONNECTIONS = "descendant::div[contains(@class, 'member-connections')]/strong"
# The recommendations row is the only extra-info row whose cell starts with a <strong>
# count ("<strong>5</strong> people have recommended ..."); the others hold lists.
P16_RECOMMENDATIONS = (
    "descendant::table[contains(@class, 'extra-info')]//tr[td/strong]/td/strong",
)
# Sections are top-level siblings of the top card inside div#profile.
P16_SECTIONS = "id('profile')[self::div]/section[@id]"
P16_SUMMARY = "descendant::div[contains(@class, 'description')]"
P16_POSITIONS = "./ul[contains(@class, 'positions')]/li[contains(@class, 'position')]"
P16_POSITION_TITLE = "./header/h4[contains(@class, 'item-title')]"
P16_POSITION_COMPANY = "./header/h5[contains(@class, 'item-subtitle')]"
P16_POSITION_COMPANY_LINK = (
    "./header/h5[contains(@class, 'item-subtitle')]//a[contains(@href, '/company/')]"
)
P16_POSITION_DESCRIPTION = "./p[contains(@class, 'description')]"
P16_EDUCATION = "./ul[contains(@class, 'schools')]/li[contains(@class, 'school')]"
# Skills pills, minus the "See N+" and "See less" toggles (same filter yatish27 uses).
P16_SKILLS = (
    "descendant::li[contains(concat(' ', @class, ' '), ' skill ')]"
    "[not(contains(@class, 'see-more'))][not(contains(@class, 'see-less'))]"
)
P16_SKILL_NAME = "descendant::span[contains(@class, 'wrap')]"
P16_SKILLS_MORE = "descendant::li[contains(@class, 'see-more')]"
P16_ARTICLES = "./ul/li[contains(@class, 'post')]"

# ---------------------------------------------------------------- public-2024 (top-card-layout)

# Top card, seen 2024-03 (and 2023-04 in a scraper's saved page): <section class="top-card-layout
# ..."> with h1.top-card-layout__title, among the page's sections.
# 2017-2018 guest pages used a "topcard" block instead: h1.topcard__name in a
# div.topcard__info-container (the markup two scrapers of that era read: chained_in's
# transform.py, a Scrapy spider's); its card is the nearest section or .topcard around it.
# That fallback walks the tree, but only runs when no top-card-layout section exists.
P24_TITLE_BUTTON = "descendant::button[@data-modal='public_profile_top-card_title-modal-id']"
P24_TOP_CARD = (
    "/descendant::section[contains(concat(' ', @class, ' '), ' top-card-layout ')]",
    "/descendant::h1[contains(concat(' ', @class, ' '), ' topcard__name ')][1]"
    "/ancestor::*[self::section or contains(concat(' ', @class, ' '), ' topcard ')][1]",
    # Without classes (a new build): the section around the name's modal button (2023-2025).
    # Last: a tree walk, where the lookups above are free on other layouts' pages.
    "/descendant::button[@data-modal='public_profile_top-card_title-modal-id'][1]"
    "/ancestor::section[1]",
)
P24_NAME = (
    P24_TITLE_BUTTON + "/h1",  # the name opens the top card's modal (2023-2025)
    "descendant::h1[contains(@class, 'top-card-layout__title')]",
    "descendant::h1[contains(@class, 'topcard__name')]",  # 2017-2018
)
# The top card's "Report this profile" menu names the entity (2023-04, 2024-03):
# data-semaphore-content-type="PROFILE" on a member's page; a guest company or job page
# shares the top-card-layout but says "COMPANY" / "JOB" here.
P24_OTHER_ENTITY = (
    "descendant::a[@data-semaphore-content-type][@data-semaphore-content-type != 'PROFILE']"
)
# Absent when the member hides it from guests (2024-03).
P24_HEADLINE = (
    P24_TITLE_BUTTON + "/following-sibling::h2[1]",  # the h2 after the name (2023-2025)
    "descendant::h2[contains(@class, 'top-card-layout__headline')]",
    "descendant::h2[contains(@class, 'topcard__headline')]",  # 2017-2018
)
# The first subline's rows. 2024-03: middot rows, "City · Contact Info" (the link carries
# data-modal), then "612 followers · 500+ connections" (spans, or one text run). 2019-2023:
# one item per fact, <div|span class="top-card__subline-item">City</...><span class=
# "top-card__subline-item">6K followers</span><span class="... --bullet">500+ connections</span>.
P24_SUBLINE_ROWS = (
    P24_TITLE_BUTTON + "/following-sibling::h3[1]/div/div[span]",  # (2023-2025)
    "descendant::h3[contains(@class, 'top-card-layout__first-subline')]"
    "/descendant::div[contains(@class, 'not-first-middot')]",
    "descendant::h3[contains(@class, 'top-card-layout__first-subline')]"
    "/descendant::*[contains(concat(' ', @class, ' '), ' top-card__subline-item ')]",
)
P24_ROW_TEXT = "./span[not(@data-modal)]"
# 2017-2018: location and industry in their own headings.
P24_LOCATION = "descendant::h3[contains(@class, 'topcard__location')]"
P24_INDUSTRY = "descendant::h4[contains(@class, 'topcard__industry')]"
# Photo: the top-card image; a ghost has src == data-ghost-url (classes lie: 2024-03).
P24_PHOTO_IMG = (
    "descendant::*[@data-section='picture']/img",  # (2023-2025)
    "descendant::img[contains(@class, 'top-card-layout__entity-image')]",
    "descendant::img[contains(@class, 'topcard__profile-image')]",  # 2017-2018
)
# Cover: media.licdn.com for a custom one, a static.licdn.com default otherwise.
P24_COVER_IMG = (
    "descendant::img[@data-embed-id='cover-image']",  # (2023-2025)
    "descendant::img[contains(@class, 'cover-img__image')]",
)
# Sections. 2024-03: section.core-section-container[data-section=...]. 2023-04: the same,
# but Experience carries no data-section (its class says "pp-section experience").
# 2017-2021: section.pp-section.<name> ("summary pp-section", "experience pp-section").
# The layout keys each by data-section, else by its class name.
P24_SECTIONS = (
    "/descendant::section[contains(@class, 'core-section-container')"
    " or contains(concat(' ', @class, ' '), ' pp-section ')]",
    # Without classes: the sections that name themselves (data-section, 2023-2025).
    "/descendant::section[@data-section]",
)
# About text: the section's content box (2023-2024), p.summary__description (2017-2018);
# otherwise the section's own text after its heading.
P24_SUMMARY = (
    "descendant::div[contains(@class, 'core-section-container__content')]",
    "descendant::p[contains(@class, 'summary__description')]",
)
P24_SECTION_HEADING = "./h2 | ./h3 | ./header | ./div[h2]"
# Positions: li.experience-item (2019-2024; 2023 also on the group, which holds positions,
# so groups are left out), li.experience-group-position (2024), li.experience__list-item
# (2017-2018).
P24_POSITIONS = (
    "descendant::li[contains(concat(' ', @class, ' '), ' experience-item ')"
    " or contains(concat(' ', @class, ' '), ' experience-group-position ')"
    " or contains(concat(' ', @class, ' '), ' experience__list-item ')]"
    "[not(contains(concat(' ', @class, ' '), ' experience-group '))]",
    # Without classes: the positions that name themselves (2023-2025). After the classes:
    # a grouped role may carry no data-section, and a list short of it would miscount.
    "descendant::li[@data-section='currentPositionsDetails'"
    " or @data-section='pastPositionsDetails']",
)
# Title and company: span.experience-item__title (2024), h3.profile-section-card__title
# (2023), h3.result-card__title (2019-2021, also .experience-item__title), h4.position__title
# (2017-2018); the item's own h3/h4 otherwise.
P24_POSITION_TITLE = (
    "descendant::*[contains(@class, 'experience-item__title')]",
    "descendant::*[contains(@class, 'profile-section-card__title')]",
    "descendant::*[contains(@class, 'position__title')]",
    "descendant::h3",
)
P24_POSITION_COMPANY = (
    "descendant::*[contains(@class, 'experience-item__subtitle')]",
    "descendant::*[contains(@class, 'profile-section-card__subtitle')]",
    "descendant::*[contains(@class, 'position__company-name')]",
    "descendant::h4",
)
# A grouped role (several roles at one company) names the company in the group header.
P24_GROUP_COMPANY = (
    "ancestor::li[contains(@class, 'experience-group')][1]"
    "/descendant::h4[contains(@class, 'experience-group-header__company')]"
)
P24_POSITION_COMPANY_LINK = (
    ".//h4/a[contains(@href, '/company/')] | .//h5//a[contains(@href, '/company/')]"
)
P24_GROUP_COMPANY_LINK = (
    "ancestor::li[contains(@class, 'experience-group')][1]/a[contains(@href, '/company/')]"
)
# A position item in markup this version knows (its title by class, or the item names
# itself by data-section, 2016-2025): only there does a missing description mean none.
P24_POSITION_KNOWN = (
    *P24_POSITION_TITLE[:-1],
    "self::li[@data-section='currentPositionsDetails' or @data-section='pastPositionsDetails']",
)
P24_POSITION_DESCRIPTION = (
    # The description box names its list (data-section, 2023-2025), with or without classes.
    "descendant::div[@data-section='currentPositions' or @data-section='pastPositions']/div",
    "descendant::div[contains(@class, 'show-more-less-text')]",
    "descendant::p[contains(@class, 'position-body__description')]",  # 2017-2018
)
P24_EDUCATION = (
    "descendant::li[contains(@class, 'education__list-item')]",
    # Without classes: the section's outer list items (2023-2025), after the classes.
    "descendant::ul/li[not(ancestor::li)]",
)
# "1 person has recommended Alex" (2024-03).
P24_RECOMMENDERS = (
    "descendant::p[@data-test-id='recommendations__recommenders']",
    "descendant::div[contains(@class, 'core-section-container__content')]/div/p",
)
P24_RECOMMENDATION_ITEMS = (
    "descendant::div[contains(@class, 'core-section-container__content')]/ul/li"
)
# Activity cards: each links to /posts/<author>_... or /pulse/<slug> (articles). 2024-03:
# ul[data-test-id=activities__list] with a.base-card__full-link; 2023-04: a plain <ul>, and
# the "Articles by X" cards are themselves a.base-card links.
P24_ACTIVITY_LINKS = (
    "descendant::ul[@data-test-id='activities__list']/li//a"
    "[contains(@class, 'base-card__full-link')]/@href",
    "descendant::div[contains(@class, 'core-section-container__content')]/ul/li//a"
    "[contains(@class, 'base-card')]/@href",
    # Without classes: the activity list's links to posts and articles (2024).
    "descendant::ul[@data-test-id='activities__list']/li//a"
    "[contains(@href, '/posts/') or contains(@href, '/pulse/')]/@href",
)
P24_ARTICLE_ITEMS = ".//li"

# --- literals the readers test (not XPaths) ---
SECTION_ATTRIBUTE = "data-section"  # a section's name (2015-12 to 2025)
P13_CURRENT_CLASS = "summary-current"  # a current position (2013)
P15_EXTRA_SKILL_CLASS = "extra-skill"  # a skill pill behind "See more" (2015)
P16_EXTRA_SKILL_CLASS = "extra"  # a skill pill behind "See more" (2016)
P16_NO_PICTURE_CLASS = "no-picture"  # the 2016 profile card without a photo
P16_CURRENT_SECTION = "currentPositionsDetails"  # data-section of a current position (2016)
P24_POSTS_SECTION = "posts"  # data-section of the member's own posts (2024)
PULSE_PATH = "/pulse/"  # an article's address
LINKEDIN_HOST_MARK = "linkedin."  # an address on one of LinkedIn's hosts
# Section class names of pages whose sections carry no data-section (2017-2023), mapped
# to the data-section names of 2024.
P24_SECTION_CLASSES = {
    "summary": "summary",
    "experience": "experience",
    "education": "educationsDetails",
    "recommendations": "recommendations",
    "activities": "posts",
    "articles": "articles",
}
POSTS_PATH = "/posts/"  # a post's address: /posts/<vanity>_<words>-activity-<id>
# Sections by name: a section's id (2016) or its data-section (2017-2025).
SUMMARY_SECTION = "summary"
EXPERIENCE_SECTION = "experience"
P16_EDUCATION_SECTION = "education"
P16_SKILLS_SECTION = "skills"
P16_POSTS_SECTION = "posts"
P24_EDUCATION_SECTION = "educationsDetails"
P24_RECOMMENDATIONS_SECTION = "recommendations"
P24_ARTICLES_SECTION = "articles"

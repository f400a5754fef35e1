"""Synthetic pages of invented members for merge tests: a 2024 cards profile page whose
Skills and Recommendations did not load, and its /details/skills/ and
/details/recommendations/ pages in the 2022-2025 details markup.

The profile page is the ``in-2024-lazy-skills`` fixture with its invented member renamed;
the details pages follow ``details-skills-2024-all`` and ``details-recommendations-es``:
``li#profilePagedListComponent-<urn>-<SECTION>-VIEW-DETAILS-...-NONE-en-US-<n>`` items,
the sticky-header mini profile (name, headline, photo: the same as the profile page's),
endorsement links.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

PROFILES = Path(__file__).parent / "profiles"
_TEMPLATE = "in-2024-lazy-skills.html"
_TEMPLATE_VANITY = "jonas-feldkamp-9c8b7a61"
_TEMPLATE_NAME = "Jonas Feldkamp"
PHOTO = "https://media.licdn.com/dms/image/v2/synthetic/profile-displayphoto-shrink_100_100/0/1"


def profile_page(vanity: str, name: str) -> str:
    """A logged-in 2024 cards profile page of an invented member: Skills and
    Recommendations never loaded (unknown), the rest read."""
    text = (PROFILES / _TEMPLATE).read_text(encoding="utf-8")
    return text.replace(_TEMPLATE_VANITY, vanity).replace(_TEMPLATE_NAME, name)


def profile_url(vanity: str, section: str | None = None) -> str:
    """The member's profile address, or one of their /details/<section>/ pages."""
    tail = f"details/{section}/" if section else ""
    return f"https://www.linkedin.com/in/{vanity}/{tail}"


def _page(vanity: str, name: str, title: str, items: str) -> str:
    """A /details/ page around its list items, with the sticky-header mini profile."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {escape(name)} | LinkedIn</title></head>"
        '<body class="render-mode-BIGPIPE"><div class="application-outlet">'
        '<section class="scaffold-layout-toolbar"><div class="pv1">'
        '<div class="artdeco-entity-lockup pv-profile-sticky-header-v2__mini-profile-container">'
        f'<div class="presence-entity"><img src="{PHOTO}" alt="{escape(name)}" '
        'class="presence-entity__image evi-image"></div>'
        '<div class="artdeco-entity-lockup__content">'
        f'<div class="artdeco-entity-lockup__title">{escape(name)}</div>'
        '<div class="artdeco-entity-lockup__subtitle">Site Lead at Kranich Logistik</div>'
        "</div></div></div></section>"
        '<main class="scaffold-layout__main"><section class="artdeco-card pb3">'
        f'<a href="https://www.linkedin.com/in/{vanity}/" aria-label="Back"></a>'
        f'<h2 class="pvs-header__title"><span aria-hidden="true">{escape(title)}</span></h2>'
        '<div class="scaffold-finite-scroll scaffold-finite-scroll--infinite">'
        f'<div class="scaffold-finite-scroll__content"><ul>{items}</ul></div></div>'
        "</section></main></div></body></html>"
    )


def _text(value: str, cls: str) -> str:
    """A line of an item: LinkedIn's shown copy and its screen-reader copy."""
    safe = escape(value)
    return (
        f'<div class="{cls}"><span aria-hidden="true">{safe}</span>'
        f'<span class="visually-hidden">{safe}</span></div>'
    )


def skills_page(vanity: str, name: str, skills: list[tuple[str, int | None]]) -> str:
    """The member's /details/skills/ page, scrolled to the end: every skill listed, with
    its endorsement count where it has one."""
    urn = "ACoAAB7xSyNtHeTiCuRn-0q1W2e"
    items = []
    for index, (skill, endorsements) in enumerate(skills):
        count = ""
        if endorsements is not None:
            word = "endorsement" if endorsements == 1 else "endorsements"
            count = (
                f'<a href="https://www.linkedin.com/in/{vanity}/details/skills/'
                f'urn:li:fsd_skill:({urn},{40 + index})/endorsers">'
                f"{_text(f'{endorsements} {word}', 't-14 t-normal')}</a>"
            )
        items.append(
            f'<li id="profilePagedListComponent-{urn}-SKILLS-VIEW-DETAILS-profileTabSection-'
            f'ALL-SKILLS-NONE-en-US-{index}" class="pvs-list__paged-list-item">'
            '<div data-view-name="profile-component-entity">'
            f"{_text(skill, 'display-flex align-items-center mr1 t-bold')}"
            f'<div class="pvs-entity__sub-components">{count}</div></div></li>'
        )
    return _page(vanity, name, "Skills", "".join(items))


def recommendations_page(vanity: str, name: str, received: int, given: int) -> str:
    """The member's /details/recommendations/ page: ``received`` and ``given`` items."""
    urn = "ACoAAB7xSyNtHeTiCuRn-0q1W2e"
    items = []
    for tab, count in (("RECEIVED", received), ("GIVEN", given)):
        for index in range(count):
            items.append(
                f'<li id="profilePagedListComponent-{urn}-RECOMMENDATIONS-VIEW-DETAILS-'
                f'profileTabSection-{tab}-RECOMMENDATIONS-NONE-en-US-{index}" '
                'class="pvs-list__paged-list-item"><div data-view-name="profile-component-entity">'
                f"{_text(f'Colleague {tab.lower()} {index}', 't-bold')}"
                f'<a href="https://www.linkedin.com/in/colleague-{index}-0f0f0f0f/">profile</a>'
                "</div></li>"
            )
    ask = (
        f'<li><a href="https://www.linkedin.com/in/{vanity}/details/recommendations/ask/'
        f'?profileUrn=urn%3Ali%3Afsd_profile%3A{urn}">Ask for a recommendation</a></li>'
    )
    return _page(vanity, name, "Recommendations", "".join(items) + ask)

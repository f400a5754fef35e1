"""Synthetic 2026 pages of invented members, in the real 2026 card markup: the scrolled
profile page and its /details/skills/ and /details/recommendations/ pages.

They are the browser tests' pages (tests/e2e/pages/sdui-2026-lazy.html,
sdui-2026-details-skills.html, sdui-2026-details-recommendations.html) after their inline
scripts ran: Python does what those scripts do as the member scrolls (the lazy cards
below Activity rendered into the empty ``profileCardsBelowActivityPartN<vanity>``
placeholders; the skills list paged in to its end, the progress bar gone). ``member()``
gives the same pages of another invented member (vanity and name replaced).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import lxml.html

PAGES = Path(__file__).parent / "e2e" / "pages"
VANITY = "mara-lindqvist-7c21b9e4"
NAME = "Mara Lindqvist"
# The skills list of the details page: the five items in the markup, then the seven its
# script pages in from the "more-skills" JSON (name, endorsements or null, context).
SKILLS_SHOWN = 5


def read(name: str) -> bytes:
    """One of the browser tests' pages, as saved in the repository."""
    return (PAGES / name).read_bytes()


def scrolled_lazy_page() -> bytes:
    """sdui-2026-lazy.html after its script rendered every part (the member scrolled)."""
    root = lxml.html.fromstring(read("sdui-2026-lazy.html"))
    for source in root.xpath("//script[@data-lazy-part]"):
        key = f"profileCardsBelowActivityPart{source.get('data-lazy-part')}{VANITY}"
        inner = root.xpath(f"//div[@componentkey='{key}']//div[@componentkey='{key}']")[0]
        for element in lxml.html.fragments_fromstring(source.text or ""):
            inner.append(element)
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>")


def skill_item(urn: str, n: int, skill: list[object]) -> str:
    """One skill item, as the details page's script builds it."""
    name, endorsements, context = skill
    key = f"com.linkedin.sdui.profile.skill({urn}, {11 + n})"
    count = (
        f'<div class="_4f5a6b7c"><p class="_2f3a4b5c"><a href="https://www.linkedin.com/in/'
        f'{VANITY}/details/skills/urn:li:fsd_skill:({urn},{11 + n})/endorsers/">'
        f"{endorsements} endorsements</a></p></div>"
        if endorsements is not None
        else ""
    )
    return (
        f'<div componentkey="{key}"><div componentkey="{key}"><div class="_1a2b3c4d">'
        f'<div class="_2b3c4d5e"><div class="_3c4d5e6f"><div><p class="_2f3a4b5c">'
        f'{escape(str(name))}</p></div></div><div role="list"><div role="listitem"><div>'
        f'<p class="_5e6f7a8b">{escape(str(context))}</p></div></div></div>{count}'
        '<button type="button" data-view-name="skill-detail-unendorse-button">Endorse</button>'
        f'</div></div></div></div><div componentkey="{key}-divider"><hr componentkey="{key}-'
        'divider" role="presentation"></div>'
    )


def scrolled_skills_page() -> tuple[bytes, list[list[object]]]:
    """sdui-2026-details-skills.html after its script loaded every page of skills, and the
    skills it paged in."""
    root = lxml.html.fromstring(read("sdui-2026-details-skills.html"))
    more = json.loads(root.get_element_by_id("more-skills").text or "[]")
    items = root.xpath("//div[@id='skills-list']")[0]
    shown = len(items.xpath("./div[not(contains(@componentkey, '-divider'))]"))
    urn = items[0].get("componentkey").split("(")[1].split(",")[0]
    for i, skill in enumerate(more):
        for element in lxml.html.fragments_fromstring(skill_item(urn, shown + i, skill)):
            items.append(element)
    for loader in root.xpath("//*[@role='progressbar']"):
        loader.drop_tree()
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>"), more


def url(vanity: str = VANITY, section: str | None = None) -> str:
    """The member's profile address, or one of their /details/<section>/ pages."""
    tail = f"details/{section}/" if section else ""
    return f"https://www.linkedin.com/in/{vanity}/{tail}"


@dataclass(frozen=True)
class Member:
    """One invented member's three 2026 pages (HTML text) and their addresses."""

    vanity: str
    name: str
    profile: str
    skills: str
    recommendations: str

    def bodies(self) -> dict[str, dict[str, str]]:
        """The pages as the extension posts them: ``{"url", "html"}`` by page."""
        return {
            "profile": {"url": url(self.vanity), "html": self.profile},
            "skills": {"url": url(self.vanity, "skills"), "html": self.skills},
            "recommendations": {
                "url": url(self.vanity, "recommendations"),
                "html": self.recommendations,
            },
        }


def member(vanity: str = VANITY, name: str = NAME) -> Member:
    """The scrolled 2026 profile page and its two scrolled details pages, of the member
    ``vanity`` called ``name`` (the browser tests' member when not given)."""

    def renamed(html: bytes) -> str:
        return html.decode("utf-8").replace(VANITY, vanity).replace(NAME, name)

    return Member(
        vanity=vanity,
        name=name,
        profile=renamed(scrolled_lazy_page()),
        skills=renamed(scrolled_skills_page()[0]),
        recommendations=renamed(read("sdui-2026-details-recommendations.html")),
    )


def skill_count() -> int:
    """How many skills the scrolled Skills page lists."""
    return SKILLS_SHOWN + len(scrolled_skills_page()[1])

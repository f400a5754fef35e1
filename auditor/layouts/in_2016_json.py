"""Layout in-2016-json: the 2016 logged-in profile ("Profil bearbeiten" / "Edit profile").

The server HTML holds the profile only as JSON modules inside HTML comments:
``<code id="top_card-content">`` (TopCard, BasicInfo) and
``<code id="my_profile_post-content">`` (Skills, Summary, Experience, Education,
Endorsements); the browser rendered them with JavaScript. Seen 2016 with a German UI;
the JSON keys are the same in every UI language, only the i18n strings differ.
The post modules are read only when they name the top card's member (the viewer is a
separate ``viewer`` entry there), so another member's data is never mixed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor import embedded
from auditor import vanity as vanity_rules
from auditor.dom import find
from auditor.layouts._ember import EmberLayout
from auditor.layouts._ember import Member
from auditor.model import About
from auditor.model import Activity
from auditor.model import Connections
from auditor.model import Position
from auditor.model import Skill
from auditor.page import Page
from auditor.selectors import ember as sel
from auditor.text import clean
from auditor.text import parse_connections

_BR = "<br>"  # 2016 *_lb strings are HTML with <br> line breaks
NOT_IN_JSON = "the 2016 page's JSON modules do not include it"
NO_MODULES = "the profile modules of this page are missing"


@dataclass(frozen=True)
class Member2016(Member):
    """A 2016 page's JSON modules: the top card's, and the owner's post modules."""

    card: dict[str, Any]  # TopCard
    basic: dict[str, Any]  # BasicInfo
    post: dict[str, Any] | None  # None unless they name the top card's member


class In2016Json(EmberLayout[Member2016]):
    """The 2016 self-edit page: every fact from the embedded JSON modules."""

    NAME = "in_2016_json"
    LABEL = "in-2016-json"
    NOT_SHOWN = {
        fact: NOT_IN_JSON
        for fact in ("activity", "featured", "open_to_work", "creator", "recommendations_given")
    }

    def detect(self, page: Page) -> bool:
        """Whether the page carries the 2016 top-card JSON module."""
        return find(page.root, sel.TOP_CARD_CODE_2016) is not None

    def member(self, page: Page) -> Member2016:
        """The top card's modules, and the post modules when they are about its member."""
        top = find(page.root, sel.TOP_CARD_CODE_2016)
        assert top is not None  # detect() said so
        blocks = embedded.code_blocks(page.root)
        modules = embedded.comment_module(blocks, sel.TOP_CARD_2016) or {}
        found = modules.get(sel.J16_TOP_CARD)
        card: dict[str, Any] = found if isinstance(found, dict) else {}
        post = embedded.comment_module(blocks, sel.PROFILE_POST_2016)
        return Member2016(
            page,
            top,
            pending=False,
            card=card,
            basic=embedded.dig(modules, *sel.J16_BASIC) or {},
            post=_owner_modules(post, embedded.dig(card, *sel.J16_MEMBER_ID)),
        )

    def name(self, member: Member2016) -> str | None:
        """The formatted full name."""
        return _text(member.card.get(sel.J16_FULL_NAME))

    def headline(self, member: Member2016) -> str | None:
        """The member's headline ("" when none)."""
        return _text(embedded.dig(member.card, *sel.J16_HEADLINE)) or ""

    def about(self, member: Member2016, unknown: dict[str, str]) -> About | None:
        """The summary text (the raw form text, else the rendered one), or none."""
        if member.post is None:
            unknown["about"] = NO_MODULES
        summary = embedded.dig(member.post, *sel.J16_SUMMARY)
        if not isinstance(summary, dict):
            return None
        raw = embedded.dig(summary, *sel.J16_RAW_SUMMARY)
        text = _text(raw) or _text(summary.get(sel.J16_SUMMARY_HTML))
        return About.of(text or "")

    def photo(self, member: Member2016) -> bool | None:
        """Whether the card names a picture (unknown without a card)."""
        picture = embedded.dig(member.card, *sel.J16_PICTURE)
        return bool(picture) if picture is not None or member.card else None

    def banner(self, member: Member2016) -> bool | None:
        """Whether a visible background image was uploaded."""
        background = embedded.dig(member.card, sel.J16_BACKGROUND) or {}
        custom = background.get(sel.J16_BACKGROUND_CUSTOM)
        return bool(custom and background.get(sel.J16_BACKGROUND_VISIBLE, True))

    def vanity(self, member: Member2016) -> str | None:
        """The vanity of the card's canonical public URL."""
        url = embedded.dig(member.card, *sel.J16_PUBLIC_URL)
        return vanity_rules.from_url(url if isinstance(url, str) else None)

    def location(self, member: Member2016) -> str | None:
        """The location highlight of BasicInfo."""
        return _text(member.basic.get(sel.J16_LOCATION))

    def industry(self, member: Member2016, unknown: dict[str, str]) -> str | None:
        """The industry highlight of BasicInfo."""
        return _text(member.basic.get(sel.J16_INDUSTRY))

    def connections(self, member: Member2016) -> Connections | None:
        """The card's number of connections."""
        connections = embedded.dig(member.card, *sel.J16_CONNECTIONS)
        return parse_connections(str(connections)) if connections is not None else None

    def activity(
        self, member: Member2016, unknown: dict[str, str]
    ) -> tuple[Activity | None, int | None]:
        """No activity in the modules; the card's follower count."""
        followers = embedded.dig(member.card, *sel.J16_FOLLOWERS)
        return None, followers if isinstance(followers, int) else None

    def experience(
        self, member: Member2016, unknown: dict[str, str]
    ) -> tuple[int | None, Position | None]:
        """The number of positions and the current one (a linked company has an id)."""
        positions = embedded.dig(member.post, *sel.J16_POSITIONS)
        first_current = embedded.dig(member.card, *sel.J16_FIRST_CURRENT)
        if not isinstance(positions, list):
            unknown["positions"] = "no experience module on this page"
            if isinstance(first_current, dict):
                return None, Position(
                    title=_text(first_current.get(sel.J16_TITLE)),
                    company=_text(first_current.get(sel.J16_COMPANY)),
                )
            unknown["current_position"] = "no experience module on this page"
            return None, None
        if not positions or not isinstance(positions[0], dict):
            return 0, None
        first = positions[0]
        return len(positions), Position(
            title=_text(first.get(sel.J16_TITLE)),
            company=_text(first.get(sel.J16_COMPANY)),
            company_linked=bool(first.get(sel.J16_COMPANY_ID)),
            has_description=bool(_text(first.get(sel.J16_SUMMARY_HTML))),
        )

    def education(self, member: Member2016, unknown: dict[str, str]) -> int | None:
        """The number of education entries."""
        educations = embedded.dig(member.post, *sel.J16_EDUCATIONS)
        if member.post is None:
            unknown["education"] = NO_MODULES
        elif not isinstance(educations, list):
            unknown["education"] = "no education module on this page"
        return len(educations) if isinstance(educations, list) else None

    def skills(
        self, member: Member2016, unknown: dict[str, str]
    ) -> tuple[list[Skill] | None, int | None]:
        """The skills with their endorsement counts, and LinkedIn's count of them."""
        skills_module = embedded.dig(member.post, *sel.J16_SKILLS)
        if not isinstance(skills_module, dict):
            unknown["skills"] = unknown["skills_total"] = "no skills module on this page"
            return None, None
        skills = [
            Skill(name=name, endorsements=_int(item.get(sel.J16_ENDORSEMENTS)))
            for item in skills_module.get(sel.J16_SKILL_LIST) or []
            if isinstance(item, dict) and (name := _skill_name(item))
        ]
        total = skills_module.get(sel.J16_SKILL_COUNT)
        return skills, total if isinstance(total, int) else len(skills)

    def recommendations(
        self, member: Member2016, unknown: dict[str, str]
    ) -> tuple[int | None, int | None]:
        """The number of recommendations received (given: not in the modules)."""
        if member.post is None:
            unknown["recommendations_received"] = NO_MODULES
        received = embedded.dig(member.post, *sel.J16_RECEIVED)
        return received if isinstance(received, int) else None, None


def _owner_modules(post: dict[str, Any] | None, member_id: Any) -> dict[str, Any] | None:
    """The profile modules, only if they are about the top card's member (not the viewer)."""
    if post is None or member_id is None:
        return None
    subjects = [
        embedded.dig(post, *sel.J16_SKILLS_SUBJECT),
        embedded.dig(post, *sel.J16_REFERENCES_SUBJECT),
    ]
    named = [subject for subject in subjects if subject is not None]
    return post if named and all(str(s) == str(member_id) for s in named) else None


def _skill_name(item: dict[str, Any]) -> str | None:
    """A skill's name: the formatted one, else the plain one."""
    return _text(item.get(sel.J16_SKILL_NAMES[0]) or item.get(sel.J16_SKILL_NAMES[1]))


def _text(raw: Any) -> str | None:
    """A cleaned non-empty string (2016 strings may carry entities and <br>), or None."""
    if not isinstance(raw, str):
        return None
    return clean(raw.replace(_BR, " ")) or None


def _int(raw: Any) -> int | None:
    """A JSON integer (not a bool), or None."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else None


layout = In2016Json()

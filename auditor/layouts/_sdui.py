"""What the 2026 server-driven (SDUI) layouts share (the profile page and its /details/
pages): the readers of a list entry's text runs, for positions and skills.

A layout module of this family reads only what its own page differs in, with these.
"""

from __future__ import annotations

import lxml.html

from auditor import ui_words
from auditor.dom import find
from auditor.dom import find_all
from auditor.dom import visible_text
from auditor.model import Position
from auditor.model import Skill
from auditor.selectors import sdui as sel
from auditor.text import parse_count


def read_position(item: lxml.html.HtmlElement) -> Position:
    """Title, company, company page link and description of an Experience entry.

    The entry's text runs are title, "Company · Employment type", dates, place (real
    2026 card); its description is an expandable text box.
    """
    runs = [r for r in (visible_text(p) for p in find_all(item, sel.ITEM_RUNS)) if r]
    company = runs[1].split(" · ")[0].strip() if len(runs) > 1 else None
    return Position(
        title=runs[0] if runs else None,
        company=company or None,
        company_linked=find(item, sel.ITEM_COMPANY_LINK) is not None,
        has_description=find(item, sel.ABOUT_TEXT) is not None,
    )


def read_skill(item: lxml.html.HtmlElement) -> Skill | None:
    """A skill entry: its name (first run) and an endorsement count where one is printed.

    The real 2026 card prints none: its runs are the name and where the skill was used
    ("<title> bei <company>"); the endorse button's label is not a run.
    """
    runs = [t for t in (visible_text(p) for p in find_all(item, sel.ITEM_RUNS)) if t]
    if not runs:
        return None
    endorsements = next((parse_count(r) for r in runs[1:] if ui_words.has("endorsements", r)), None)
    return Skill(name=runs[0], endorsements=endorsements)

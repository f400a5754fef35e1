"""SSI layout 2021-json: the dashboard of about 2021-2022, its scores as embedded JSON.

A ``<code>`` block holds ``{"activeSeat", "memberScore", "groupScore"}``: as its text, or
as an HTML comment inside it, raw or entity-escaped (see ``auditor.selectors.ssi``).
"""

from __future__ import annotations

import html
import json
from typing import Any

import lxml.html

from auditor import dom
from auditor.page import Page
from auditor.selectors import ssi as sel
from auditor.ssi.model import PILLARS
from auditor.ssi.model import RANKS
from auditor.ssi.model import Layout
from auditor.ssi.model import Parts
from auditor.ssi.model import SsiReading
from auditor.ssi.model import reading
from auditor.ssi.numbers import in_range
from auditor.ssi.numbers import json_number
from auditor.text import clean

NAME = "json_2021"
LAYOUT: Layout = "2021-json"


def detect(page: Page) -> bool:
    """Whether the page embeds the 2021-2022 SSI JSON."""
    return _ssi_code(page) is not None


def extract(page: Page) -> SsiReading:
    """Read the 2021-2022 JSON: total, pillars, ranks and the industry ranked in.

    :raise NotAnSsiPageError: when the data holds no score.
    """
    code = _ssi_code(page)
    assert code is not None  # detect() checked it
    parts = Parts()
    try:
        data: Any = json.loads(_code_json(code))
    except ValueError:
        data = None
    member = _item(data, "memberScore")
    why = "the embedded SSI data is not valid JSON" if data is None else ""
    parts.total = in_range(
        json_number(_item(member, "overall")),
        100,
        "total",
        why or "the SSI data has no memberScore.overall",
        parts.unknown,
    )
    scores = _item(member, "subScores")
    for index, key in enumerate(PILLARS):  # subScores are in pillar order (brand first)
        score = json_number(_item(_item(scores, index), "score"))
        checked = in_range(
            score,
            25,
            f"pillars.{key}",
            why or f"the SSI data has no memberScore.subScores[{index}]",
            parts.unknown,
        )
        if checked is not None:
            parts.pillars[key] = checked
    # groupScore[n].score is the peers' average, never the member's: read only rank.
    groups = _item(data, "groupScore")
    for index, kind in enumerate(RANKS):  # industry first, then network
        number = json_number(_item(_item(groups, index), "rank"))
        rank = int(number) if number is not None and number == int(number) else None
        if rank is not None and 1 <= rank <= 100:
            parts.ranks[kind] = rank
        else:
            parts.unknown[f"ranks.{kind}"] = why or f"the SSI data has no groupScore[{index}].rank"
    industry = _item(_item(groups, 0), "industry")
    parts.industry = clean(industry) if isinstance(industry, str) else None
    if not parts.industry:
        parts.industry = None
        parts.unknown["industry"] = why or "the SSI data has no groupScore[0].industry"
    return reading(page, LAYOUT, parts)


def _ssi_code(page: Page) -> lxml.html.HtmlElement | None:
    """The ``<code>`` block holding the SSI JSON, or None when the page has none."""
    return dom.find(page.root, sel.SSI_JSON)


def _code_json(code: lxml.html.HtmlElement) -> str:
    """The JSON text of the SSI <code> block: its text, or the comment inside it."""
    text = (code.text or "").strip()
    if not text:
        comment = next((child for child in code if not isinstance(child.tag, str)), None)
        text = (comment.text or "").strip() if comment is not None else ""
        if text.startswith("{&quot;"):  # comments are not unescaped by the parser
            text = html.unescape(text)
    return text


def _item(data: object, key: str | int) -> Any:
    """``data[key]`` when data is a dict or list that has it, else None."""
    if isinstance(data, dict) and isinstance(key, str):
        return data.get(key)
    if isinstance(data, list) and isinstance(key, int) and -len(data) <= key < len(data):
        return data[key]
    return None

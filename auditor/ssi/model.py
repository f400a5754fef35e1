"""The SSI reading: what LinkedIn's dashboard (/sales/ssi) showed the member that day.

``SsiReading`` is the model every dashboard layout reads into (``auditor.ssi``'s
``LAYOUTS``); ``Parts`` is what one layout found, turned into a reading by ``reading``.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Annotated
from typing import Literal

from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field

from auditor.errors import AuditorError
from auditor.page import Page
from auditor.text import clean

Layout = Literal["2025", "2021-json"]
PILLARS = ("brand", "people", "insights", "relationships")  # LinkedIn's order on the page
RANKS = ("industry", "network")  # LinkedIn's order on the page: industry first

PillarScore = Annotated[float, Field(ge=0, le=25)]
TotalScore = Annotated[float, Field(ge=0, le=100)]
RankPercent = Annotated[int, Field(ge=1, le=100)]


class NotAnSsiPageError(AuditorError):
    """The page is readable HTML but not LinkedIn's SSI dashboard, or shows no score."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"not LinkedIn's SSI dashboard (/sales/ssi): {detail}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the constructor's argument (errors cross from audit workers)."""
        return (type(self), (self.detail,))


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Pillars(_Frozen):
    """The four pillars, each out of 25 (``None``: not on the page, see ``unknown``)."""

    brand: PillarScore | None = None  # "Establish your professional brand"
    people: PillarScore | None = None  # "Find the right people"
    insights: PillarScore | None = None  # "Engage with insights"
    relationships: PillarScore | None = None  # "Build relationships"


class Ranks(_Frozen):
    """The member's ranks as the N of "top N%" (smaller is better)."""

    industry: RankPercent | None = None
    network: RankPercent | None = None


class SsiReading(_Frozen):
    """One reading of the SSI dashboard: what LinkedIn measured for the member that day."""

    total: TotalScore | None  # out of 100
    pillars: Pillars
    ranks: Ranks
    industry: str | None  # the industry LinkedIn ranks the member in, as the page names it
    lang: str | None  # the page's language (<html lang>)
    layout: Layout  # which markup was read: "2025" (DOM) or "2021-json" (embedded JSON)
    unknown: dict[str, str]  # "total", "pillars.brand", "ranks.network", ... -> why unknown


@dataclass
class Parts:
    """What one layout found; missing values carry a reason in ``unknown``."""

    total: float | None = None
    pillars: dict[str, float] = field(default_factory=dict)
    ranks: dict[str, int] = field(default_factory=dict)
    industry: str | None = None
    unknown: dict[str, str] = field(default_factory=dict)


def reading(page: Page, layout: Layout, parts: Parts) -> SsiReading:
    """The reading of a page from what its layout found, with the page's language.

    :raise NotAnSsiPageError: when the dashboard shows neither a total nor a pillar.
    """
    if parts.total is None and not parts.pillars:
        raise NotAnSsiPageError(
            f"the dashboard ({layout} markup) shows no score: {parts.unknown['total']}"
        )
    unknown = dict(parts.unknown)
    lang = clean(page.lang) or None
    if lang is None:
        unknown["lang"] = "the page declares no language (<html lang>)"
    return SsiReading(
        total=parts.total,
        pillars=Pillars(**parts.pillars),
        ranks=Ranks(**parts.ranks),
        industry=parts.industry,
        lang=lang,
        layout=layout,
        unknown=dict(sorted(unknown.items())),
    )

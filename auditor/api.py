"""The one call: ``audit(data) -> Report``, a page's HTML to its scored report.

It sits on top of the pipeline (HTML -> ``Profile`` by ``auditor.parse`` -> ``Report`` by
``auditor.report``), so neither of those imports the other; the CLI, the batch runner and
the server call this. ``auditor.audit`` is the same function.
"""

from __future__ import annotations

from auditor import report_i18n
from auditor.parse import parse_profile
from auditor.report import Report
from auditor.report import score


def audit(data: bytes | str, url: str | None = None, lang: str | None = None) -> Report:
    """Parse a page and score it, the report in ``lang`` (a tag or an Accept-Language
    header; English when none is offered).

    :raise BadInputError: the input is not a readable HTML page.
    :raise NotAProfileError: the page is not a LinkedIn profile page.
    """
    return score(parse_profile(data, url), report_i18n.negotiate(lang))

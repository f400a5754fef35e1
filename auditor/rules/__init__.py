"""The brand-pillar rules: an explicit registry, one module per criterion.

A rule module has a docstring (why it matters, for the user), ``ID`` (its file name
with ``-`` for ``_``), ``TITLE``, ``THRESHOLD``, ``SOURCE`` and a pure
``check(profile) -> Finding``. Adding a rule: one module, one line here, one weight in
``auditor.report.WEIGHTS`` (tests/test_conventions.py checks all three).
"""

from __future__ import annotations

from types import ModuleType

from auditor.rules import about
from auditor.rules import current_position
from auditor.rules import endorsements
from auditor.rules import headline
from auditor.rules import photo
from auditor.rules import publishing
from auditor.rules import recommendations
from auditor.rules import skills

RULES: dict[str, ModuleType] = {
    photo.ID: photo,
    headline.ID: headline,
    about.ID: about,
    current_position.ID: current_position,
    skills.ID: skills,
    endorsements.ID: endorsements,
    recommendations.ID: recommendations,
    publishing.ID: publishing,
}


def get(rule_id: str) -> ModuleType:
    """The rule module of an id.

    :raise ValueError: no rule has that id.
    """
    try:
        return RULES[rule_id]
    except KeyError:
        raise ValueError(f'no such rule: "{rule_id}"') from None

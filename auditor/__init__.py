"""profile-auditor: read a LinkedIn profile page into facts and score its brand pillar.

The pipeline runs one way: HTML -> ``Profile`` (facts) -> rule findings -> ``Report``.
"""

from __future__ import annotations

from auditor.api import audit
from auditor.errors import AuditorError
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from auditor.model import PageKind
from auditor.model import Profile
from auditor.parse import parse_profile
from auditor.report import Report
from auditor.version import __version__

__all__ = [
    "AuditorError",
    "BadInputError",
    "NotAProfileError",
    "PageKind",
    "Profile",
    "Report",
    "audit",
    "parse_profile",
    "__version__",
]

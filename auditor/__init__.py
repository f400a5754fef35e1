"""profile-auditor: read a LinkedIn profile page into facts and score its brand pillar.

The pipeline runs one way: HTML -> ``Profile`` (facts) -> rule findings -> ``Report``.

The names below load their modules on first use (PEP 562), so that importing one part of
the package (the command line, the server, ``auditor.redact``) does not import the
parser, the models and pydantic with it: ``from auditor import audit`` works as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING
from typing import Any

from auditor.version import __version__

if TYPE_CHECKING:
    from auditor.api import audit
    from auditor.errors import AuditorError
    from auditor.errors import BadInputError
    from auditor.errors import NotAProfileError
    from auditor.model import PageKind
    from auditor.model import Profile
    from auditor.parse import parse_profile
    from auditor.report import Report

# The public names and the module each comes from.
_LAZY = {
    "AuditorError": "auditor.errors",
    "BadInputError": "auditor.errors",
    "NotAProfileError": "auditor.errors",
    "PageKind": "auditor.model",
    "Profile": "auditor.model",
    "Report": "auditor.report",
    "audit": "auditor.api",
    "parse_profile": "auditor.parse",
}

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


def __getattr__(name: str) -> Any:
    """A public name, imported from its module on first use and kept."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the not yet imported public ones included."""
    return sorted({*globals(), *_LAZY})

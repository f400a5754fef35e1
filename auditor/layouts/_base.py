"""What every layout is: a registry name, a test that tells its pages, a reader of their facts.

Each family (public pages, Ember 2016-2021, cards 2022-2025, SDUI 2026) has a base class
in its ``_<family>.py`` that reads what the family shares; a layout is a small subclass
overriding only what its markup differs in. The registry (``auditor.layouts``) holds one
object per layout with this interface.
"""

from __future__ import annotations

from typing import Protocol

from auditor.model import Profile
from auditor.page import Page


class Layout(Protocol):
    """A layout LinkedIn served: ``NAME`` in the registry, ``detect`` and ``extract``."""

    @property
    def NAME(self) -> str:  # noqa: N802  (the registry's name, a constant of each layout)
        """The layout's name in the registry (``public_2015``)."""
        ...

    def detect(self, page: Page) -> bool:
        """Whether the page is of this layout (positive evidence only)."""
        ...

    def extract(self, page: Page) -> Profile:
        """Read the facts of a page ``detect`` accepted."""
        ...

"""Every LinkedIn selector lives in this package, and nowhere else.

One module per layout family (``common``: page kinds and non-profiles; ``public``:
logged-out pages 2013-2024; ``ember``: logged-in 2016-2021; ``cards``: logged-in
2022-2025 profile cards, details and activity pages; ``sdui``: logged-in 2026).
Selectors are XPath 1.0 strings, or tuples of them with the newest variant first; a
legacy variant carries ``# TODO [YYYY-MM-DD]: drop`` once LinkedIn no longer serves it.
Anchor on what lasts: ids, ``aria-*``, ``data-*``, link targets such as
``/details/skills/``, numbers in "Show all N" links; never on generated class names.
tests/test_selectors.py checks the match count of each selector on the fixtures.
"""

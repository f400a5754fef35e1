"""Every LinkedIn selector lives in this package, and nowhere else.

One module per layout family (``common``: page kinds and non-profiles; ``public``:
logged-out pages 2013-2024; ``ember``: logged-in 2016-2021; ``cards``: logged-in
2022-2025 profile cards, details and activity pages; ``sdui``: logged-in 2026).
Selectors are XPath 1.0 strings, or tuples of them with the newest variant first; a
legacy variant carries ``# TODO [YYYY-MM-DD]: drop`` once LinkedIn no longer serves it.
Anchor on what lasts: ids, ``aria-*``, ``data-*``, link targets such as
``/details/skills/``, numbers in "Show all N" links; never on generated class names.
Shape: libxml2 runs ``//x[pred]`` as a child step from every node, so a search with a
predicate on its first step is written ``/descendant::x[...]`` (whole page) or
``descendant::x[...]`` (inside a node found before). An exact id uses ``id('x')``:
libxml2 indexes HTML ids, so it needs no tree walk (figures: docs/performance-notes.md).
Keep ``//x[1]``-style positional steps as they are: ``descendant::x[1]`` means another
node. Whole-page searches for a ``<section>`` or ``<code>`` walk the tree
(``/descendant::section[...]``), in time linear in the page. No selector binds a list of
nodes to an XPath variable: lxml adds each node to libxml2's node set with a duplicate
check, quadratic in the list's length (figures: docs/performance-notes.md).
tests/test_selectors.py checks the match count of each selector on the fixtures.
"""

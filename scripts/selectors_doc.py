"""Write docs/selectors.md: per layout, the real pages behind it and each selector's evidence.

    python scripts/selectors_doc.py           # rewrite docs/selectors.md
    python scripts/selectors_doc.py --check   # exit 1 when it is out of date

Needs ../shared/linkedin-pages (the counts are of real pages); page names are given by
era and count only, never by file name (the files are named after real people).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.layouts import LAYOUTS  # noqa: E402
from tests import realpages  # noqa: E402
from tests import selector_evidence as evidence  # noqa: E402

DOC = ROOT / "docs" / "selectors.md"


def _eras(names: list[str]) -> str:
    """The real pages read by a layout, as era labels from truth.json with counts."""
    truth = realpages.truth()
    eras = Counter(f"{truth[n]['kind']} {truth[n]['layout']}" for n in names if n in truth)
    return ", ".join(f"{count} × {era}" for era, count in sorted(eras.items())) or "none"


def _members(names: list[str]) -> int:
    """How many distinct members (by their vanity in truth.json) the pages show."""
    truth = realpages.truth()
    return len({(truth[n]["fields"]["vanity"], truth[n]["layout"]) for n in names if n in truth})


def _row(selector: evidence.Selector) -> str:
    """One table row: the selector, its real and synthetic matches, confirmed or why not."""
    real = evidence.real_matches(selector.expr)
    synthetic = evidence.synthetic_matches(selector.expr)
    status = (
        "confirmed"
        if evidence.confirmed(selector)
        else f"modelled: {evidence.reason(selector) or '(unlisted)'}"
    )
    expr = selector.expr.replace("|", "\\|")
    if len(expr) > 90:
        expr = expr[:87] + "..."
    return f"| `{selector.id}` | `{expr}` | {real} | {synthetic} | {status} |"


def render() -> str:
    """The whole document."""
    by_constant: dict[str, list[evidence.Selector]] = {}
    for selector in evidence.selectors():
        by_constant.setdefault(selector.constant, []).append(selector)
    pages = evidence.layout_of_real_pages()
    total = len(evidence.real_files())
    all_selectors = evidence.selectors()
    confirmed = sum(1 for s in all_selectors if evidence.confirmed(s))
    lines = [
        "# Selector evidence",
        "",
        "Written by `scripts/selectors_doc.py` from the saved pages; do not edit by hand.",
        f"{confirmed} of {len(all_selectors)} selectors are confirmed by at least one of the "
        f"{total} real pages in `../shared/linkedin-pages/`; the others are **modelled**: "
        "matched only by synthetic fixtures written from markup described elsewhere, each "
        "with the reason it is kept (`tests/selector_evidence.py`). Real pages are named by "
        "kind and era only.",
        "",
    ]
    used_anywhere: set[str] = set()
    for layout in LAYOUTS:
        used, detection = evidence.layout_selectors(layout)
        used_anywhere |= used
        read = pages.get(layout.NAME, [])
        members = _members(read)
        lines += [
            f"## `{layout.NAME}`",
            "",
            f"Real pages it reads: {len(read)} ({_eras(read)}), of {members} member(s).",
        ]
        if members == 1:
            lines.append(
                "**Its detection rests on the markup of a single real page** (one member's "
                "page, however many saves): a variant beside it may not be recognised; the "
                "generic reader then takes the page."
            )
        elif not read:
            lines.append("**No real page**: its detection and every reader are modelled.")
        if layout.NAME == "generic":
            lines.append(
                "It is exercised on class-churned copies of the real 2024-2026 pages "
                "(`tests/test_unseen_pages.py`) and on the `unknown-*` fixtures."
            )
        if detection:
            lines.append("Detection reads: " + ", ".join(f"`{c}`" for c in sorted(detection)) + ".")
        lines += [
            "",
            "| selector | XPath | real pages | fixtures | evidence |",
            "|---|---|---|---|---|",
        ]
        for constant in sorted(used):
            lines += [_row(s) for s in by_constant.get(constant, [])]
        lines.append("")
    rest = sorted(c for c in by_constant if c not in used_anywhere)
    if rest:
        lines += [
            "## Page kinds and other pages",
            "",
            "Selectors read outside the layouts (non-profile detection in `auditor/detect.py`, "
            "the SSI dashboard in `auditor/ssi.py`, helpers shared between layouts).",
            "",
            "| selector | XPath | real pages | fixtures | evidence |",
            "|---|---|---|---|---|",
        ]
        for constant in rest:
            lines += [_row(s) for s in by_constant[constant]]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    """Write the document, or with --check compare it."""
    if not realpages.TRUTH_FILE.is_file():
        print("needs ../shared/linkedin-pages", file=sys.stderr)
        return 2
    text = render()
    if "--check" in sys.argv[1:]:
        if not DOC.is_file() or DOC.read_text(encoding="utf-8") != text:
            print("docs/selectors.md is out of date: run python scripts/selectors_doc.py")
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

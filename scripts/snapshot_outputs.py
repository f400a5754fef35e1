"""Dump the English audit document of every page the project reads, to compare two versions.

Every real page of ../shared/linkedin-pages, the real 2026 cards assembled as
tests/sdui_cards.py assembles them (each card alone, each member's cards together, each
saved 2026 page scrolled with them), every fixture in tests/profiles/ and every e2e page:
its audit document (all facts and their unknown reasons, the score, the advice), or the
reason it is not a profile. A refactoring must leave the file byte-identical:

    .venv/bin/python scripts/snapshot_outputs.py /tmp/outputs-before.json
    ... change the code ...
    .venv/bin/python scripts/snapshot_outputs.py /tmp/outputs-after.json
    cmp /tmp/outputs-before.json /tmp/outputs-after.json

The output holds real people's data: write it outside the repository.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor import AuditorError  # noqa: E402
from auditor import audit  # noqa: E402
from tests import realpages  # noqa: E402
from tests import sdui_cards  # noqa: E402


def pages() -> Iterator[tuple[str, bytes]]:
    """Every page to audit, as (label, HTML bytes), in a stable order."""
    if realpages.PAGES.is_dir():
        for path in sorted(realpages.PAGES.glob("*.html")):
            yield f"real/{path.name}", path.read_bytes()
    for key in sorted(sdui_cards.cards()):
        yield f"fragment/{key}", sdui_cards.card_page(key)
    for key in sorted(sdui_cards.topcard_keys()):
        yield f"member/{key}", sdui_cards.member_page(sdui_cards.member_keys(key))
    keys = [k for k in sorted(sdui_cards.cards()) if not k.endswith(("_topcard", "_about"))]
    for saved in sdui_cards.SAVED_2026:
        yield f"scrolled/{saved.name}", sdui_cards.scrolled_page(saved, keys[:6])
    for folder in ("tests/profiles", "tests/e2e/pages"):
        for path in sorted((ROOT / folder).glob("*.html")):
            yield f"{folder}/{path.name}", path.read_bytes()


def document(data: bytes) -> dict[str, Any]:
    """The English audit document of a page, or the error that refused it."""
    try:
        return {"report": audit(data, lang="en").model_dump(mode="json")}
    except AuditorError as error:
        return {"error": type(error).__name__, "message": str(error)}


def main() -> None:
    """Write the snapshot to the file named by the first argument."""
    if len(sys.argv) != 2:
        sys.exit("usage: snapshot_outputs.py OUT.json (outside the repository)")
    out = Path(sys.argv[1]).resolve()
    if ROOT in out.parents:
        sys.exit("the snapshot holds real people's data: write it outside the repository")
    snapshot = {label: document(data) for label, data in pages()}
    out.write_text(json.dumps(snapshot, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(snapshot)} pages -> {out}")


if __name__ == "__main__":
    main()

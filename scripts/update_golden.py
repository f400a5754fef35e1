"""Regenerate the golden JSON of synthetic fixtures; review the diff, never hand-edit.

Usage: python scripts/update_golden.py [FIXTURE.html ...]   (default: every fixture)

Profile pages live in tests/profiles/ (their document: the parsed facts), SSI
dashboards in tests/ssi/ (their document: the reading).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import golden  # noqa: E402
from tests import ssi  # noqa: E402


def _document(path: Path) -> Callable[[Path], dict[str, Any]]:
    """The document function of a fixture, by the folder it lives in."""
    return ssi.document if path.resolve().parent == ssi.FIXTURES.resolve() else golden.document


def main(argv: list[str]) -> int:
    """Rewrite NAME.json beside each NAME.html given (or every fixture)."""
    paths = [Path(arg) for arg in argv] or [*golden.fixtures(), *ssi.fixtures()]
    for path in paths:
        target = path.with_suffix(".json")
        text = golden.dumps(_document(path)(path))
        changed = not target.exists() or target.read_text(encoding="utf-8") != text
        target.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'same   '} {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

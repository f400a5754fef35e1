"""Regenerate the golden JSON of the SSI fixtures; review the diff, never hand-edit.

Usage: python scripts/update_ssi_golden.py [tests/ssi/NAME.html ...]   (default: all)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import ssi  # noqa: E402


def main(argv: list[str]) -> int:
    """Rewrite NAME.json beside each NAME.html given (or every SSI fixture)."""
    paths = [Path(arg) for arg in argv] or ssi.fixtures()
    for path in paths:
        target = path.with_suffix(".json")
        text = ssi.dumps(ssi.document(path))
        changed = not target.exists() or target.read_text(encoding="utf-8") != text
        target.write_text(text, encoding="utf-8")
        print(f"{'updated' if changed else 'same   '} {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Build the Firefox extension (extension-firefox/) from the same sources as Chrome's.

Usage: .venv/bin/python scripts/build_firefox.py [--out DIR]
(the same as ``profile-audit extension --browser firefox --out extension-firefox``)

The logic lives in the package (auditor.browser_extension), so that pip users have it too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from auditor.browser_extension import GECKO_ID  # noqa: E402
from auditor.browser_extension import firefox_manifest  # noqa: E402
from auditor.browser_extension import write  # noqa: E402

OUT = ROOT / "extension-firefox"
__all__ = ["GECKO_ID", "OUT", "build", "firefox_manifest", "main"]


def build(out: Path = OUT) -> Path:
    """Write the Firefox build to ``out`` (replaced); the output folder."""
    return write(out, "firefox")


def main(argv: list[str] | None = None) -> int:
    """Build, and print where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (replaced)")
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

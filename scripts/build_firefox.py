"""Build the Firefox extension (extension-firefox/) from the same sources as Chrome's.

Usage: python3 scripts/build_firefox.py [--out DIR]

Firefox has no chrome.sidePanel: the panel page becomes a sidebar_action, the worker a
background script, and the id a gecko id. The code feature-detects the rest.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "extension"
OUT = ROOT / "extension-firefox"
GECKO_ID = "profile-auditor@profile-auditor.invalid"
# Firefox 140 (ESR) is the first to read data_collection_permissions, which
# addons.mozilla.org requires of new extensions since November 2025; Android got it in 142.
FIREFOX_MIN = "140.0"
FIREFOX_ANDROID_MIN = "142.0"
# Development files that the browser never loads.
SKIP = shutil.ignore_patterns(
    "test", "node_modules", "package.json", "package-lock.json", "tsconfig.json", "*.md"
)


def firefox_manifest(chrome: dict[str, Any]) -> dict[str, Any]:
    """Chrome's manifest rewritten for Firefox: sidebar, background scripts, gecko id."""
    manifest = {
        k: v
        for k, v in chrome.items()
        if k not in {"key", "minimum_chrome_version", "side_panel", "background"}
    }
    manifest["permissions"] = [p for p in chrome["permissions"] if p != "sidePanel"]
    manifest["background"] = {"scripts": [chrome["background"]["service_worker"]], "type": "module"}
    manifest["sidebar_action"] = {
        "default_panel": chrome["side_panel"]["default_path"],
        "default_title": chrome["action"]["default_title"],
        "default_icon": chrome["action"]["default_icon"],
        "open_at_install": False,
    }
    manifest["browser_specific_settings"] = {
        "gecko": {
            "id": GECKO_ID,
            "strict_min_version": FIREFOX_MIN,
            # Pages go to 127.0.0.1 only, never off the device: nothing is collected.
            "data_collection_permissions": {"required": ["none"]},
        },
        "gecko_android": {"strict_min_version": FIREFOX_ANDROID_MIN},
    }
    return manifest


def build(out: Path = OUT) -> Path:
    """Copy the sources to ``out`` and write the Firefox manifest; the output folder."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(SOURCE, out, ignore=SKIP)
    chrome = json.loads((SOURCE / "manifest.json").read_text(encoding="utf-8"))
    text = json.dumps(firefox_manifest(chrome), indent=2, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """Build, and print where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (replaced)")
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

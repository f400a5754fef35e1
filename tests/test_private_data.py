"""No real person's data in the repository: no tracked file holds a private marker.

../shared/linkedin-pages/private-markers.txt lists strings copied from the real pages
(vanity slugs and their generated suffixes, names, headlines). A tracked file that contains
one, in any case, has copied real data into the project: fixtures, comments and doctests
use invented people instead.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests import realpages

ROOT = Path(__file__).resolve().parents[1]
MARKERS_FILE = realpages.PAGES / "private-markers.txt"


def _markers() -> list[str]:
    """The private markers, lowercased, one a line (blank lines ignored)."""
    lines = MARKERS_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip().casefold() for line in lines if line.strip()]


def _tracked_files() -> list[Path]:
    """Every file git tracks in this checkout (the current tree, not its history)."""
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    return [ROOT / name for name in listing.decode("utf-8").split("\0") if name]


def _lines_with_markers(path: Path, markers: list[str], root: Path = ROOT) -> list[str]:
    """``file:line: marker`` for each line of a text file that holds a marker."""
    try:
        text = path.read_bytes().decode("utf-8")
    except (UnicodeDecodeError, FileNotFoundError):
        return []  # images and other binary files; a file deleted but not yet staged
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        folded = line.casefold()
        found += [f"{path.relative_to(root)}:{number}: {m}" for m in markers if m in folded]
    return found


@pytest.mark.realpages
def test_no_tracked_file_holds_a_private_marker() -> None:
    if not MARKERS_FILE.is_file():
        pytest.skip(f"{MARKERS_FILE} is absent")
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    markers = _markers()
    assert markers, "the markers file lists nothing"
    files = _tracked_files()
    assert any(p.name == "pyproject.toml" for p in files), "git ls-files listed nothing"
    found = [hit for path in files for hit in _lines_with_markers(path, markers)]
    assert not found, "real data copied into the repository:\n" + "\n".join(found)


def test_the_scan_finds_a_marker_in_any_case(tmp_path: Path) -> None:
    """The scan itself: a marker in another case on one line of a text file is reported."""
    page = tmp_path / "page.html"
    page.write_text("<p>first</p>\n<p>Jane ROE-Example</p>\n", encoding="utf-8")
    binary = tmp_path / "icon.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    assert _lines_with_markers(page, ["jane roe-example"], tmp_path) == [
        "page.html:2: jane roe-example"
    ]
    assert _lines_with_markers(binary, ["png"], tmp_path) == []

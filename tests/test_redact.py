"""``profile-audit redact``: a copy safe to share that still reads as the same page.

Over every synthetic fixture and, when ../shared is there, every real page: the copy is
the same kind of page, in the same layout, with the same numeric facts; the member's
name is gone, and no line of ../shared/linkedin-pages/private-markers.txt is left.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from auditor import NotAProfileError
from auditor import Profile
from auditor import parse_profile
from auditor.redact import redact
from tests import golden
from tests import realpages
from tests.test_cli import COMMAND

NUMBERS = (
    "connections",
    "followers",
    "skills_total",
    "recommendations_received",
    "recommendations_given",
    "positions",
    "education",
)


def _read(data: bytes | str) -> Profile | NotAProfileError:
    """The parse result of a page."""
    try:
        return parse_profile(data)
    except NotAProfileError as error:
        return error


def _same_page(original: bytes) -> str:
    """Redact a page; assert the copy reads as the same kind, layout and numbers."""
    copy = redact(original)
    before, after = _read(original), _read(copy)
    assert realpages.kind_of(after) == realpages.kind_of(before), after
    if isinstance(before, Profile) and isinstance(after, Profile):
        assert after.layout == before.layout
        for fact in NUMBERS:
            assert getattr(after, fact) == getattr(before, fact), fact
        if before.name:
            assert before.name not in copy
        if before.vanity:
            assert before.vanity not in copy
        assert "profile-displayphoto-shrink" not in copy  # image URLs reduced to their kind
    return copy


@pytest.mark.parametrize("path", golden.fixtures(), ids=lambda p: p.name)
def test_redacted_fixture_reads_the_same(path: Path) -> None:
    """A synthetic page's copy: same kind, layout and numbers, without the member's name."""
    _same_page(path.read_bytes())


def _markers() -> list[str]:
    """The private strings that must never leave ../shared."""
    path = realpages.PAGES / "private-markers.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.realpages
@pytest.mark.skipif(not realpages.TRUTH_FILE.is_file(), reason="../shared/linkedin-pages absent")
@pytest.mark.parametrize("name", sorted(realpages.truth()))
def test_redacted_real_page_reads_the_same_and_leaks_nothing(name: str) -> None:
    """A real page's copy: same kind, layout and numbers; no private marker left."""
    copy = _same_page((realpages.PAGES / name).read_bytes()).lower()
    markers = _markers()
    assert markers, "private-markers.txt is empty"
    leaked = [marker for marker in markers if marker in copy]
    assert not leaked, f"{len(leaked)} private markers left in the copy"


def test_redact_command(tmp_path: Path) -> None:
    """The installed command writes the copy where -o says, and refuses a non-page."""
    page = golden.PROFILES / "unknown-2027-logged-in.html"
    out = tmp_path / "copy.html"
    done = subprocess.run(
        [COMMAND, "redact", str(page), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    copy = out.read_text(encoding="utf-8")
    assert "Okonkwo" not in copy and "mira-okonkwo" not in copy
    assert _read(copy).layout == "unknown"  # type: ignore[union-attr]
    empty = tmp_path / "empty.html"
    empty.write_text("", encoding="utf-8")
    failed = subprocess.run([COMMAND, "redact", str(empty)], capture_output=True, text=True)
    assert failed.returncode != 0 and "empty" in failed.stderr

"""Bad input never crashes or hangs: a clear BadInputError / NotAProfileError, or unknowns.

Every case here is something a user can feed the CLI, the server or the extension: empty
or binary files, pages cut short by a failed save, huge or absurdly nested pages, pages
in legacy encodings, and str input.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from auditor import parse_profile
from auditor.errors import AuditorError
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.model import Profile

PROFILES = Path(__file__).parent / "profiles"
FIXTURE = PROFILES / "in-2026-custom-banner.html"
ROOT = Path(__file__).resolve().parents[1]


def _fixture_text() -> str:
    """A synthetic 2026 profile page (invented person)."""
    return FIXTURE.read_text(encoding="utf-8")


def _outcome(data: bytes | str) -> Profile | AuditorError:
    """The parse result, or the auditor's own error; any other exception fails the test."""
    try:
        return parse_profile(data)
    except AuditorError as error:
        assert str(error), "an auditor error needs a message"
        return error


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        ("", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        ("\n\n   \t", "empty"),
        (b"\x00" * 64 + b"<html>", "binary"),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)) * 8, "gzip-compressed but corrupt"),
        (b"just some words, no markup at all", "no HTML"),
    ],
    ids=["empty-bytes", "empty-str", "whitespace-bytes", "whitespace-str", "nul", "gzip", "text"],
)
def test_unreadable_input_is_bad_input(data: bytes | str, words: str) -> None:
    """Empty, whitespace-only, binary, corrupt-gzip and markup-free inputs say why they
    cannot be read (a valid .html.gz is read: see test_input_forms.py)."""
    with pytest.raises(BadInputError, match=words):
        parse_profile(data)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_bad_input(seed: int) -> None:
    """Random bytes (NULs included) are rejected as binary, not parsed."""
    data = random.Random(seed).randbytes(50_000) + b"\x00" * 500
    with pytest.raises(BadInputError):
        parse_profile(data)


@pytest.mark.parametrize("value", [None, 42, ["<html>"]], ids=["none", "int", "list"])
def test_wrong_type_is_bad_input(value: object) -> None:
    """Anything but bytes or str is refused with a message naming the type."""
    with pytest.raises(BadInputError, match=type(value).__name__):
        parse_profile(value)  # type: ignore[arg-type]


def test_str_input_equals_bytes_input() -> None:
    """A str page gives exactly the facts of the same page as UTF-8 bytes."""
    text = _fixture_text()
    assert parse_profile(text) == parse_profile(text.encode("utf-8"))


def test_bytearray_input() -> None:
    """A bytearray (what some readers hand over) is accepted like bytes."""
    data = FIXTURE.read_bytes()
    assert parse_profile(bytearray(data)) == parse_profile(data)


@pytest.mark.parametrize("fraction", [0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99])
def test_truncated_page(fraction: float) -> None:
    """A page cut anywhere gives a clear error or a profile, never a traceback."""
    data = FIXTURE.read_bytes()
    result = _outcome(data[: int(len(data) * fraction)])
    assert isinstance(result, Profile | BadInputError | NotAProfileError)


def test_truncated_page_inside_a_multibyte_character() -> None:
    """A cut in the middle of a UTF-8 sequence still decodes (the tail is replaced)."""
    text = _fixture_text().replace("Braga", "Braga ção")
    data = text.encode("utf-8")
    cut = data.index("ção".encode()) + 1  # inside the two-byte "ç"
    result = _outcome(data[:cut])
    assert isinstance(result, Profile | NotAProfileError)


def test_truncated_after_top_card_leaves_later_sections_unknown() -> None:
    """Cut after the top card: the name is read, the lost sections are unknown, not 0."""
    text = _fixture_text()
    cut = text.index("profileCardsAboveActivity")
    result = parse_profile(text[:cut])
    assert result.name == "Marta Ferreira"
    assert result.skills_total is None and "skills_total" in result.unknown
    assert result.recommendations_received is None


def test_non_linkedin_page() -> None:
    """Another site's page is rejected as not from LinkedIn."""
    page = "<html><head><title>My bakery</title></head><body><h1>Bread</h1><p>Hi</p></body></html>"
    with pytest.raises(NotAProfileError) as caught:
        parse_profile(page)
    assert caught.value.reason is NotAProfileReason.NOT_LINKEDIN


def test_latin1_page_with_declared_charset() -> None:
    """A page saved in Latin-1 with <meta charset> decodes its accented letters."""
    text = _fixture_text().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    text = text.replace("Braga, Portugal", "Évora, Portugal")
    data = text.encode("latin-1", errors="replace")
    assert parse_profile(data).location == "Évora, Portugal"


def test_declared_charset_that_lies() -> None:
    """A page declaring UTF-8 but saved in Latin-1 is detected, not turned into U+FFFD."""
    text = _fixture_text().replace("Braga, Portugal", "Évora, Portugal")
    data = text.encode("latin-1", errors="replace")
    assert parse_profile(data).location == "Évora, Portugal"


def test_windows_1252_under_a_latin1_or_ascii_label() -> None:
    """Browsers read a Latin-1 or ASCII label as windows-1252 (curly quotes, not controls)."""
    for label in ("iso-8859-1", "us-ascii"):
        text = _fixture_text().replace('<meta charset="utf-8">', f'<meta charset="{label}">')
        text = text.replace("Braga, Portugal", "\u201cÉvora\u201d, Portugal")
        data = text.encode("cp1252")
        assert parse_profile(data).location == "\u201cÉvora\u201d, Portugal", label


def test_byte_order_mark_decides_over_a_bad_byte() -> None:
    """A UTF-8 BOM decides the encoding even when a byte later on is not UTF-8."""
    text = _fixture_text().replace("Braga, Portugal", "Évora, Portugal")
    data = b"\xef\xbb\xbf" + text.encode("utf-8").replace(b"</body>", b"\xff</body>")
    assert parse_profile(data).location == "Évora, Portugal"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_unicode_encodings(codec: str) -> None:
    """UTF-16 with a BOM (and without one), UTF-32 and UTF-8 with a BOM read like plain UTF-8."""
    text = _fixture_text()
    assert parse_profile(text.encode(codec)) == parse_profile(text.encode("utf-8"))


def test_xml_declaration_in_str() -> None:
    """A str starting with an XML encoding declaration (saved XHTML) still parses."""
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + _fixture_text()
    assert parse_profile(text).name == "Marta Ferreira"


def test_stray_nul_and_lone_surrogate() -> None:
    """A stray NUL is dropped and a lone surrogate read as U+FFFD (as a browser shows
    it), neither fatal."""
    text = _fixture_text().replace("Braga", "Bra\x00ga").replace("Portugal", "Portu\ud800gal")
    result = parse_profile(text)
    assert result.name == "Marta Ferreira"
    assert result.location is not None and result.location.startswith("Braga")
    assert "Portu\ufffdgal" in result.location


def test_nested_divs_bare() -> None:
    """100,000 nested divs: a clear error, at once (libxml2 cannot hold the tree)."""
    start = time.perf_counter()
    with pytest.raises(BadInputError, match="too deep"):
        parse_profile("<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000)
    assert time.perf_counter() - start < 5


def test_nested_divs_inside_a_profile() -> None:
    """Deep nesting inside a profile is refused rather than read as a cut tree."""
    text = _fixture_text().replace(
        "I plan refrigerated", "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "I plan"
    )
    with pytest.raises(BadInputError, match="too deep"):
        parse_profile(text)


def test_moderately_nested_profile_parses() -> None:
    """Nesting a real page could have (1,000 levels) parses, with the text intact."""
    text = _fixture_text().replace(
        "I plan refrigerated", "<div>" * 1000 + "Deep" + "</div>" * 1000 + " I plan refrigerated"
    )
    result = parse_profile(text)
    assert result.about is not None and result.about.text.startswith("Deep I plan")


def test_over_the_size_limit() -> None:
    """Past the size limit the input is refused before any decoding or parsing."""
    data = b"<html><body>" + b"a" * (65 * 2**20)
    start = time.perf_counter()
    with pytest.raises(BadInputError, match="MB"):
        parse_profile(data)
    assert time.perf_counter() - start < 1


_BIG_PAGE_SCRIPT = textwrap.dedent(
    """
    import resource, sys, time
    from auditor import parse_profile
    html = open(sys.argv[1], "rb").read()
    pad = b"<div class='pad'>" + b"<p>lorem ipsum dolor sit amet</p>" * 1_550_000 + b"</div>"
    data = html.replace(b"</main>", pad + b"</main>")
    assert len(data) > 48 * 2**20, len(data)
    start = time.perf_counter()
    profile = parse_profile(data)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(profile.name, f"{elapsed:.2f}", peak)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="uses resource.getrusage")
def test_fifty_megabyte_page() -> None:
    """A 50 MB page parses well under 10 s, with memory bounded (separate process)."""
    done = subprocess.run(
        [sys.executable, "-c", _BIG_PAGE_SCRIPT, str(FIXTURE)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    name, elapsed, peak_mb = done.stdout.split("\n")[0].rsplit(" ", 2)
    assert name == "Marta Ferreira"
    assert float(elapsed) < 10
    # lxml's tree costs ~10 bytes per byte of markup here; 1.5 GB means a leak or a copy loop.
    assert int(peak_mb) < 1500, f"peak memory {peak_mb} MB"

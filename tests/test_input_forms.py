"""The forms a saved page really arrives in read like the page itself.

Users hand over gzip files, Chrome's "Webpage, Single File" (.mhtml), Wayback Machine
copies, HTML cut out of a JavaScript/TypeScript/JSON/Python string, and files whose
BOM or bytes disagree with the charset they declare. Each is built here from a
synthetic fixture (invented people) and must give the same facts as the fixture.
"""

from __future__ import annotations

import gzip
import json
import quopri
import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from auditor import parse_profile
from auditor.errors import BadInputError
from auditor.errors import NotAProfileError
from auditor.errors import NotAProfileReason
from auditor.model import Profile
from auditor.page import load_page
from auditor.page import original_url

PROFILES = Path(__file__).parent / "profiles"
FIXTURES = ["in-2026-custom-banner", "in-2018-late-ghost", "public-2024-full", "in-2021-deferred"]


def _html(name: str) -> bytes:
    """A synthetic fixture's bytes."""
    return (PROFILES / f"{name}.html").read_bytes()


def _mhtml(html: bytes, url: str, html_headers: str = "Content-Type: text/html\r\n") -> bytes:
    """``html`` as Chrome saves it: a multipart/related MIME message, quoted-printable."""
    boundary = "----MultipartBoundary--Yx3kQ9----"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {url}\r\n"
        "Subject: =?utf-8?Q?Page?=\r\n"
        "Date: Tue, 5 Mar 2019 10:00:00 -0000\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\n{html_headers}"
        "Content-ID: <frame-1F2E@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: {url}\r\n\r\n"
    )
    image = (
        f"\r\n--{boundary}\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "Content-Location: https://static.licdn.com/sc/h/example.png\r\n\r\n"
        f"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n--{boundary}--\r\n"
    )
    return head.encode() + quopri.encodestring(html) + image.encode()


def _wayback(html: bytes, stamp: str = "20190305100000") -> bytes:
    """``html`` as the Wayback Machine serves it: toolbar inserted, addresses rewritten."""
    text = html.decode("utf-8")
    text = re.sub(
        r'(href|src|content)="(https://[a-z0-9.]*(?:linkedin|licdn)\.com[^"]*)"',
        lambda m: (
            f'{m.group(1)}="https://web.archive.org/web/{stamp}'
            f'{"im_" if m.group(1) == "src" else ""}/{m.group(2)}"'
        ),
        text,
    )
    text = re.sub(r'href="/(?!/)', f'href="/web/{stamp}/https://www.linkedin.com/', text)
    toolbar = (
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp-base'><div id='wm-ipp'>"
        "<h1>INTERNET ARCHIVE</h1><section><img src='/_static/images/toolbar/logo.png'>"
        "<p>12 captures</p><a href='https://web.archive.org/web/2019*/x'>Captures</a>"
        "</section></div></div><!-- END WAYBACK TOOLBAR INSERT -->"
    )
    text = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + toolbar, text, count=1)
    text = text.replace(
        "<head>",
        '<head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>'
        '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css">'
        "<!-- End Wayback Rewrite JS Include -->",
        1,
    )
    return text.encode("utf-8")


@pytest.mark.parametrize("name", FIXTURES)
def test_gzip_file(name: str) -> None:
    """A .html.gz file reads like the page it compresses."""
    html = _html(name)
    assert parse_profile(gzip.compress(html)) == parse_profile(html)


def test_corrupt_gzip_and_zip_are_named() -> None:
    """A gzip stream that does not inflate, and a ZIP archive, say what they are."""
    with pytest.raises(BadInputError, match="gzip"):
        parse_profile(gzip.compress(_html("in-2026-custom-banner"))[:200] + b"\x00" * 64)
    archive = BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("page.html", _html("in-2026-custom-banner"))
    with pytest.raises(BadInputError, match="ZIP"):
        parse_profile(archive.getvalue())


@pytest.mark.parametrize("name", FIXTURES)
def test_mhtml_single_file(name: str) -> None:
    """Chrome's .mhtml: the quoted-printable HTML part is read; its address is the URL."""
    html = _html(name)
    url = "https://www.linkedin.com/in/someone-saved-7c2d91a4/"
    plain = parse_profile(html, url=url)
    assert parse_profile(_mhtml(html, url)) == plain
    assert parse_profile(_mhtml(html, url).decode("latin-1")) == plain  # read as text


def test_mhtml_address_gives_the_vanity() -> None:
    """A page without its own address takes the vanity from the archive's address."""
    html = _html("in-2026-custom-banner")
    html = re.sub(rb'<link rel="canonical"[^>]*>', b"", html)
    page = load_page(_mhtml(html, "https://www.linkedin.com/in/marta-ferreira-4b7c21a9/"))
    assert page.url == "https://www.linkedin.com/in/marta-ferreira-4b7c21a9/"


def test_mhtml_part_charset() -> None:
    """The HTML part's own charset label decodes it (a Latin-1 part, a UTF-8 page inside)."""
    html = _html("in-2026-custom-banner").decode("utf-8").replace("Braga", "Évora")
    data = _mhtml(
        html.replace('<meta charset="utf-8">', "").encode("latin-1", "replace"),
        "https://www.linkedin.com/in/x/",
        'Content-Type: text/html; charset="iso-8859-1"\r\n',
    )
    assert parse_profile(data).location == "Évora, Portugal"


def test_mhtml_without_a_page() -> None:
    """An .mhtml archive that holds no HTML part is bad input, named as MHTML."""
    data = _mhtml(b"", "https://www.linkedin.com/in/x/").replace(b"text/html", b"text/plain")
    with pytest.raises(BadInputError, match="MHTML"):
        parse_profile(data)


@pytest.mark.parametrize("name", FIXTURES)
def test_wayback_machine_copy(name: str) -> None:
    """A Wayback copy: toolbar ignored, canonical and links read as LinkedIn's own."""
    html = _html(name)
    assert parse_profile(_wayback(html)) == parse_profile(html)


def test_wayback_address_given_as_url() -> None:
    """The archive address passed as the page URL is read as the original address."""
    html = _html("in-2026-custom-banner")
    archived = "https://web.archive.org/web/20190305100000/https://www.linkedin.com/in/jo-doe/"
    profile = parse_profile(_wayback(html), url=archived)
    assert profile.url == "https://www.linkedin.com/in/jo-doe/"


def test_wayback_non_profile_keeps_its_reason() -> None:
    """An archived company page is another LinkedIn page, not a page from the archive."""
    html = _html("not-other-linkedin-company")
    with pytest.raises(NotAProfileError) as caught:
        parse_profile(_wayback(html))
    assert caught.value.reason is NotAProfileReason.OTHER_LINKEDIN_PAGE


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "https://web.archive.org/web/2019/https://www.linkedin.com/in/a/",
            "https://www.linkedin.com/in/a/",
        ),
        (
            "http://web.archive.org/web/20190305100000id_/https://uk.linkedin.com/in/b",
            "https://uk.linkedin.com/in/b",
        ),
        (
            "//web.archive.org/web/20190305100000/http://www.linkedin.com/pub/c/1/2/3",
            "http://www.linkedin.com/pub/c/1/2/3",
        ),
        (
            "https://web.archive.org/web/20190305100000/https:/www.linkedin.com/in/d/",
            "https://www.linkedin.com/in/d/",
        ),
        ("https://www.linkedin.com/in/web/", "https://www.linkedin.com/in/web/"),
        (None, None),
    ],
)
def test_original_url(address: str | None, expected: str | None) -> None:
    """Archive addresses lose their /web/<timestamp>/ prefix; others are unchanged."""
    assert original_url(address) == expected


def _string_forms(text: str) -> dict[str, str]:
    """The page as a JSON string, a JS string's body, a Python repr and a JS \\" literal."""
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return {
        "json": json.dumps(text),
        "json-ascii-body": json.dumps(text, ensure_ascii=True)[1:-1],
        "python-repr": repr(text),
        "js-double-quoted": f'"{quoted}"',
        "js-body-one-line": quoted,
    }


@pytest.mark.parametrize("form", list(_string_forms("")))
@pytest.mark.parametrize("name", FIXTURES)
def test_html_from_a_source_string(name: str, form: str) -> None:
    """HTML copied out of a source-code string literal is unescaped before parsing."""
    html = _html(name)
    text = html.decode("utf-8").replace("Braga", "Braga ção 🚢")
    data = _string_forms(text)[form]
    assert parse_profile(data) == parse_profile(text)
    assert parse_profile(data.encode("utf-8")) == parse_profile(text)


def test_real_json_in_code_blocks_is_left_alone() -> None:
    """A page whose <code> JSON holds escaped quotes is not taken for a string literal."""
    html = _html("in-2018-json-numbers")
    assert html.count(b'="') > 10
    profile = parse_profile(html)
    assert isinstance(profile, Profile) and profile.skills_total is not None


def test_bom_beats_a_wrong_declared_charset() -> None:
    """A UTF-8 BOM wins over a <meta charset> that names another encoding."""
    text = _html("in-2026-custom-banner").decode("utf-8").replace("Braga", "Évora")
    text = text.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    assert parse_profile(b"\xef\xbb\xbf" + text.encode("utf-8")).location == "Évora, Portugal"
    assert parse_profile(text.encode("utf-16")).location == "Évora, Portugal"


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "latin1", "iso-8859-15"])
def test_utf8_bytes_under_a_legacy_label(label: str) -> None:
    """UTF-8 bytes saved under their old single-byte label read as UTF-8, not mojibake."""
    text = _html("in-2026-custom-banner").decode("utf-8").replace("Braga", "Évora")
    text = text.replace('<meta charset="utf-8">', f'<meta charset="{label}">')
    assert parse_profile(text.encode("utf-8")).location == "Évora, Portugal"

"""The SSI dashboard reader (issue #7): golden fixtures, number parsing, selectors, the CLI."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest

import auditor.ssi
import auditor.ssi_cli
from auditor import dom
from auditor.errors import AuditorError
from auditor.errors import BadInputError
from auditor.page import load_page
from auditor.selectors import ssi as sel
from auditor.ssi import NotAnSsiPageError
from auditor.ssi import SsiReading
from auditor.ssi import is_ssi_page
from auditor.ssi import parse_decimal
from auditor.ssi import parse_rank
from auditor.ssi import read_ssi
from tests import ssi as fixtures

CLI = Path(sys.executable).with_name("profile-audit")  # the installed entry point
FIXTURES = fixtures.FIXTURES


# --- golden files -------------------------------------------------------------------------


@pytest.mark.parametrize("path", fixtures.fixtures(), ids=lambda p: p.stem)
def test_golden(path: Path) -> None:
    """Each fixture reads to exactly its golden JSON (scripts/update_golden.py)."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert fixtures.document(path) == expected


def test_every_fixture_has_golden_json() -> None:
    """A fixture without its answer would test nothing; an answer without a page is stale."""
    pages = {p.stem for p in FIXTURES.glob("*.html")}
    answers = {p.stem for p in FIXTURES.glob("*.json")}
    assert pages == answers
    assert {
        "2025-en",
        "2025-pt",
        "2021-json-en",
        "2021-json-es",
        "2025-missing-parts-en",
        "not-dashboard-feed",
    } <= pages


def test_fixtures_readme_lists_every_fixture() -> None:
    """The README gives the provenance of every fixture (all synthetic)."""
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for page in FIXTURES.glob("*.html"):
        assert page.name in readme


# --- numbers ------------------------------------------------------------------------------


def test_doctests() -> None:
    """The doctests of the number parsers and of the CLI's line format pass."""
    for module in (auditor.ssi, auditor.ssi_cli):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("53", 53.0),
        ("24,08", 24.08),
        ("24.08", 24.08),
        ("13.118002", 13.118002),
        ("0,3 de 25", 0.3),
        ("9,87 sur 25", 9.87),
        ("18 out of 25", 18.0),
        ("\u0662\u0664\u066b\u0660\u0668", 24.08),  # Arabic-Indic digits and decimal mark
        ("\u2013", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_decimal(text: str | None, expected: float | None) -> None:
    """Scores read with a point or a comma as decimal mark, in any script's digits."""
    assert parse_decimal(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Top 75%", 75),
        ("Top 1%", 1),
        ("Top 100%", 100),
        ("Primeiros 83%", 83),  # Portuguese
        ("Top 5 %", 5),  # French
        ("Top\u00a05\u00a0%", 5),  # French with no-break spaces
        ("Top\u202f14\u202f%", 14),  # narrow no-break space
        ("Los primeros 10 %", 10),  # Spanish
        ("%12 içinde", 12),  # Turkish: percent sign first
        ("上位 3％", 3),  # Japanese, full-width percent
        ("أعلى ٥٪", 5),  # Arabic digits and percent sign
        ("Top 12", 12),  # percent sign drawn by CSS
        ("Top 0%", None),
        ("Top 150%", None),
        ("Top 0.5%", None),
        ("Top 12 of 30", None),  # two numbers and no percent: ambiguous
        ("", None),
        (None, None),
    ],
)
def test_parse_rank(text: str | None, expected: int | None) -> None:
    """Localized "top N%" ranks read as N."""
    assert parse_rank(text) == expected


# --- reading edge cases (tiny pages built here) ---------------------------------------------

_BARS = "".join(
    f'<progress id="{bar}__sub-score-bar" value="{value}" max="25"></progress>'
    for bar, value in (
        ("establish-brand", 10.5),
        ("find-people", 5),
        ("engage-with-insights", 3),
        ("build-relationships", 2.25),
    )
)


def _page(body: str, lang: str = "en") -> str:
    """A minimal HTML page around a body."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>t</title></head>'
        f"<body>{body}</body></html>"
    )


def _ranks(*rows: tuple[str, str]) -> str:
    """A dl.ssi-ranks with the given (name, score) rows, in order."""
    items = "".join(
        f'<div class="ssi-rank"><dt class="ssi-rank__category-name">{name}</dt>'
        f'<dd class="ssi-rank__category-score">{score}</dd></div>'
        for name, score in rows
    )
    return f'<dl class="ssi-ranks">{items}</dl>'


def test_peer_averages_are_never_the_total() -> None:
    """Without the user's own donut, the peers' .group-ssi-score donuts leave total unknown."""
    body = (
        '<div class="group-ssi-score"><figcaption class="group-ssi-score__donut-chart-caption">'
        '<span class="ssi-score__value">31</span> out of 100</figcaption></div>' + _BARS
    )
    reading = read_ssi(_page(body))
    assert reading.total is None
    assert "total" in reading.unknown
    assert reading.pillars.brand == 10.5


def test_peer_donut_inside_user_section_is_skipped() -> None:
    """A peers' caption nested in the user's section still is not the total."""
    body = (
        '<div class="user-ssi-score"><div class="group-ssi-score">'
        '<div class="user-ssi-score__donut-chart-caption"><span class="ssi-score__value">31'
        '</span></div></div><div class="user-ssi-score__donut-chart-caption">'
        '<span class="ssi-score__value">21</span> out of 100</div></div>' + _BARS
    )
    assert read_ssi(_page(body)).total == 21.0


@pytest.mark.parametrize(
    ("rows", "industry", "network"),
    [
        ((("Industry SSI rank", "Top 7%"), ("Network SSI rank", "Top 3%")), 7, 3),
        # named in the page's language: placed by name even when the order is swapped
        (
            (
                ("Classificação do SSI na rede", "Primeiros 3%"),
                ("Classificação do SSI no setor", "Primeiros 7%"),
            ),
            7,
            3,
        ),
        ((("Netzwerk-SSI-Rang", "Top 3 %"), ("Branchen-SSI-Rang", "Top 7 %")), 7, 3),
        # names in an unknown language: by position, industry first
        ((("業界のSSIランク", "上位7%"), ("ネットワークのSSIランク", "上位3%")), 7, 3),
        # only the industry row
        ((("Industry SSI rank", "Top 7%"),), 7, None),
    ],
)
def test_rank_rows(rows: tuple[tuple[str, str], ...], industry: int, network: int | None) -> None:
    """Rank rows are told apart by their localized names, else by their order."""
    reading = read_ssi(_page(_BARS + _ranks(*rows)))
    assert (reading.ranks.industry, reading.ranks.network) == (industry, network)
    assert ("ranks.network" in reading.unknown) == (network is None)


def test_rank_without_number_is_unknown() -> None:
    """A rank row whose score holds no "top N%" leaves that rank unknown, with a reason."""
    reading = read_ssi(_page(_BARS + _ranks(("Industry SSI rank", "—"))))
    assert reading.ranks.industry is None
    assert "top N%" in reading.unknown["ranks.industry"]


def test_pillar_out_of_range_is_unknown() -> None:
    """A bar value outside 0-25 is not a pillar score: unknown, saying what was read."""
    body = _BARS.replace('value="10.5"', 'value="31.2"')
    reading = read_ssi(_page(body))
    assert reading.pillars.brand is None
    assert reading.unknown["pillars.brand"] == "read 31.2, outside 0-25"


def test_pillar_text_fallback_with_decimal_comma() -> None:
    """Without a value attribute, the bar's visible text ("24,08 de 25") is read."""
    body = _BARS.replace(
        '<progress id="establish-brand__sub-score-bar" value="10.5" max="25"></progress>',
        '<progress id="establish-brand__sub-score-bar" max="25">'
        '<span class="ssi-score__value">24,08</span> de 25</progress>',
    )
    assert read_ssi(_page(body, lang="pt")).pillars.brand == 24.08


@pytest.mark.parametrize(
    ("inside", "expected"),
    [
        ('<span class="ssi-score__value"></span> out of 25', None),  # not 25
        ("out of 25", None),
        ("12,5 de 25", 12.5),  # no span: a leading number
    ],
)
def test_pillar_text_fallback_needs_the_score(inside: str, expected: float | None) -> None:
    """The text of a bar without value is a score only when the score is shown."""
    body = _BARS.replace(
        '<progress id="establish-brand__sub-score-bar" value="10.5" max="25"></progress>',
        f'<progress id="establish-brand__sub-score-bar" max="25">{inside}</progress>',
    )
    assert read_ssi(_page(body)).pillars.brand == expected


def test_total_needs_the_value_span() -> None:
    """A caption without its value span is no total ("out of 100" is not 100)."""
    body = '<figcaption class="user-ssi-score__donut-chart-caption"> out of 100</figcaption>'
    reading = read_ssi(_page(body + _BARS))
    assert reading.total is None and "total" in reading.unknown


def test_exact_value_attribute_wins_over_rounded_text() -> None:
    """The value attribute is exact; the text in the bar is rounded."""
    body = (
        '<progress id="establish-brand__sub-score-bar" value="13.118002" max="25">'
        '<span class="ssi-score__value">13</span> out of 25</progress>'
    )
    assert read_ssi(_page(body)).pillars.brand == 13.118002


def test_dashboard_without_any_score_raises() -> None:
    """Dashboard markup with no total and no pillar is not a reading."""
    with pytest.raises(NotAnSsiPageError, match="shows no score"):
        read_ssi(_page(_ranks(("Industry SSI rank", "Top 7%"))))


def test_2021_invalid_json_raises() -> None:
    """The 2021 <code> block with broken JSON: a dashboard that shows no score."""
    body = '<code id="bpr-guid-1">{"activeSeat": {"seatType": </code>'
    with pytest.raises(NotAnSsiPageError, match="not valid JSON"):
        read_ssi(_page(body))


def test_2021_group_scores_are_not_the_member_score() -> None:
    """groupScore[].score is the peers' average: without memberScore, the total is unknown."""
    data = {
        "activeSeat": {},
        "memberScore": {"subScores": [{"score": 4}, {"score": 3}, {"score": 2}, {"score": 1}]},
        "groupScore": [{"score": 40, "rank": 9}, {"score": 50, "rank": 8}],
    }
    body = f"<code>{json.dumps(data)}</code>"
    reading = read_ssi(_page(body))
    assert reading.total is None
    assert reading.pillars.brand == 4.0
    assert reading.industry is None and "industry" in reading.unknown


def test_missing_lang_is_unknown() -> None:
    """A page without <html lang> reads, with the language unknown."""
    reading = read_ssi(f"<html><body>{_BARS}</body></html>")
    assert reading.lang is None
    assert "lang" in reading.unknown


@pytest.mark.parametrize(
    ("html", "url", "message"),
    [
        ("<html><body><p>Hello</p></body></html>", None, "holds no SSI score"),
        (
            "<html><body><p>Loading</p></body></html>",
            "https://www.linkedin.com/sales/ssi",
            "saved before it finished loading",
        ),
    ],
)
def test_not_a_dashboard(html: str, url: str | None, message: str) -> None:
    """A page that is not the dashboard raises, worded by what the page is."""
    with pytest.raises(NotAnSsiPageError, match=message) as caught:
        read_ssi(html, url)
    assert isinstance(caught.value, AuditorError)


def test_bad_input_raises_bad_input() -> None:
    """Empty input is bad input, not a missing dashboard."""
    with pytest.raises(BadInputError):
        read_ssi(b"")


def test_is_ssi_page() -> None:
    """The cheap routing check: dashboards of both markups yes, the feed no."""
    assert is_ssi_page(load_page((FIXTURES / "2025-en.html").read_bytes()))
    assert is_ssi_page(load_page((FIXTURES / "2021-json-es.html").read_bytes()))
    assert not is_ssi_page(load_page((FIXTURES / "not-dashboard-feed.html").read_bytes()))


def test_reading_document_shape() -> None:
    """The JSON document the server and extension rely on: these keys, in this order."""
    doc = read_ssi((FIXTURES / "2025-en.html").read_bytes()).model_dump(mode="json")
    assert list(doc) == ["total", "pillars", "ranks", "industry", "lang", "layout", "unknown"]
    assert list(doc["pillars"]) == ["brand", "people", "insights", "relationships"]
    assert list(doc["ranks"]) == ["industry", "network"]
    assert SsiReading.model_validate(doc) == read_ssi((FIXTURES / "2025-en.html").read_bytes())


# --- selectors ------------------------------------------------------------------------------

# Expected match count of each selector (first matching variant) per fixture.
SELECTOR_COUNTS: dict[str, dict[str, int]] = {
    "TOTAL": {"2025-en": 1, "2025-pt": 1, "2025-fr": 1, "2021-json-en": 0, "not-dashboard-feed": 0},
    "PILLAR_BARS.brand": {
        "2025-en": 1,
        "2025-pt": 1,
        "2025-missing-parts-en": 1,
        "2021-json-en": 0,
    },
    "PILLAR_BARS.people": {"2025-en": 1, "2025-missing-parts-en": 1},
    "PILLAR_BARS.insights": {"2025-en": 1, "2025-missing-parts-en": 1},
    "PILLAR_BARS.relationships": {"2025-en": 1, "2025-missing-parts-en": 0},
    "RANK_ROWS": {"2025-en": 2, "2025-pt": 2, "2025-fr": 2, "2025-missing-parts-en": 0},
    "MARKERS_2025": {
        "2025-en": 8,
        "2025-missing-parts-en": 6,
        "2025-not-loaded": 0,
        "2021-json-en": 0,
        "not-dashboard-feed": 0,
    },
    "SSI_JSON": {"2021-json-en": 1, "2021-json-es": 1, "2025-en": 0, "not-dashboard-feed": 0},
}

# Selectors that run inside a rank row: counted per row of the fixture.
ROW_SELECTOR_COUNTS = {"RANK_NAME": 1, "RANK_SCORE": 1}

# Selectors that run inside a pillar bar: (fixture, pillar) -> count.
BAR_SELECTOR_COUNTS = {
    "PILLAR_TEXT": {
        ("2025-en", "brand"): 1,
        ("2025-pt", "brand"): 1,
        ("2025-missing-parts-en", "insights"): 1,
    }
}


def _selectors() -> dict[str, str | tuple[str, ...]]:
    """Every XPath of auditor.selectors.ssi by name (dict entries as NAME.key)."""
    found: dict[str, str | tuple[str, ...]] = {}
    for name, selector in vars(sel).items():
        if not name.isupper() or name.endswith("_PART"):
            continue
        if isinstance(selector, dict):
            found.update({f"{name}.{key}": xp for key, xp in selector.items()})
        elif isinstance(selector, str | tuple):
            found[name] = selector
    return found


def test_every_selector_has_expected_counts() -> None:
    """A selector added to auditor/selectors/ssi.py gets its row in the counts table."""
    assert set(_selectors()) == (
        set(SELECTOR_COUNTS) | set(ROW_SELECTOR_COUNTS) | set(BAR_SELECTOR_COUNTS)
    )


@pytest.mark.parametrize(
    ("name", "stem", "count"),
    [
        (name, stem, count)
        for name, counts in SELECTOR_COUNTS.items()
        for stem, count in counts.items()
    ],
)
def test_selector_counts(name: str, stem: str, count: int) -> None:
    """Each selector matches as often as expected on each fixture."""
    root = load_page((FIXTURES / f"{stem}.html").read_bytes()).root
    assert len(dom.find_all(root, _selectors()[name])) == count


@pytest.mark.parametrize("stem", ["2025-en", "2025-pt", "2025-fr"])
def test_row_selector_counts(stem: str) -> None:
    """Inside each rank row, one name and one score."""
    root = load_page((FIXTURES / f"{stem}.html").read_bytes()).root
    for row in dom.find_all(root, sel.RANK_ROWS):
        for name, count in ROW_SELECTOR_COUNTS.items():
            assert len(dom.find_all(row, getattr(sel, name))) == count, name


def test_bar_selector_counts() -> None:
    """Inside a pillar bar, the span with its rounded score."""
    for name, counts in BAR_SELECTOR_COUNTS.items():
        for (stem, pillar), count in counts.items():
            root = load_page((FIXTURES / f"{stem}.html").read_bytes()).root
            bar = dom.find(root, sel.PILLAR_BARS[pillar])
            assert bar is not None
            assert len(dom.find_all(bar, getattr(sel, name))) == count, (name, stem)


# --- the command line (the installed entry point, as a user runs it) -------------------------


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``profile-audit`` with arguments; capture text output."""
    return subprocess.run(
        [str(CLI), *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_cli_text_one_file() -> None:
    """One file: one line, no file name, exit 0."""
    result = _run("ssi", str(FIXTURES / "2025-en.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "SSI 53/100 · brand 16.43 · people 11.2 · insights 9.87 · relationships 15.6 · "
        "industry top 12% · network top 9% [2025, en] unknown: industry"
    ]
    assert result.stderr == ""


def test_cli_json_one_file_is_the_model_dump() -> None:
    """--format json with one file: the reading's model_dump as one JSON document."""
    path = FIXTURES / "2025-pt.html"
    result = _run("ssi", "--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == read_ssi(path.read_bytes()).model_dump(mode="json")


def test_cli_json_lines_with_failures() -> None:
    """Several files: JSON Lines with "file"; each failure one stderr line; exit 1."""
    good = [FIXTURES / "2021-json-en.html", FIXTURES / "2025-fr.html"]
    bad = [FIXTURES / "not-dashboard-feed.html", FIXTURES / "no-such-file.html"]
    result = _run("ssi", "-f", "json", str(good[0]), str(bad[0]), str(good[1]), str(bad[1]))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(p) for p in good]
    assert lines[0] == {
        "file": str(good[0]),
        **read_ssi(good[0].read_bytes()).model_dump(mode="json"),
    }
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"{bad[0]}: not LinkedIn's SSI dashboard")
    assert errors[1] == f"{bad[1]}: No such file or directory"


def test_cli_text_several_files_prefixes_names() -> None:
    """Several files in text: each line starts with its file name."""
    paths = [str(p) for p in (FIXTURES / "2025-en.html", FIXTURES / "2021-json-es.html")]
    result = _run("ssi", *paths)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == paths
    assert "(Desarrollo de programación)" in lines[1]


def test_cli_stdin() -> None:
    """``-`` reads the page from standard input."""
    result = _run("ssi", "-", stdin=(FIXTURES / "2021-json-es.html").read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("SSI 38.9/100 · brand 6.92")


def test_cli_not_a_dashboard_exits_1() -> None:
    """A page that is not the dashboard: nothing on stdout, one line on stderr, exit 1."""
    path = FIXTURES / "2025-not-loaded.html"
    result = _run("ssi", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}: not LinkedIn's SSI dashboard (/sales/ssi): the page is the dashboard's "
        "address but holds none of its scores (saved before it finished loading?)"
    ]


@pytest.mark.parametrize("args", [("ssi",), ("ssi", "--format", "xml", "x.html")])
def test_cli_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """No file, or an unknown format: click's usage error, exit 2."""
    assert _run(*args).returncode == 2

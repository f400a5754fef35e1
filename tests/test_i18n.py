"""The report in English, Dutch and Italian: complete catalogs, localized numbers, negotiation.

Issue 5 ("Reporting"): a message missing from a catalog, or whose placeholders differ,
fails here; so does a catalog that was not updated after the code changed.
"""

from __future__ import annotations

import importlib.util
import os
import string
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from auditor import render
from auditor import report_i18n
from auditor.findings import Message
from auditor.model import About
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill
from auditor.report import score
from auditor.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "it")


def _load_script() -> ModuleType:
    """scripts/extract_messages.py as a module, so tests use its keywords and paths."""
    path = ROOT / "scripts" / "extract_messages.py"
    spec = importlib.util.spec_from_file_location("extract_messages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXTRACT = _load_script()


def _extracted() -> tuple[dict[str, str], dict[str, str]]:
    """Every msgid marked in the source right now, with where it is; and the plurals.

    The second table maps a plural message's singular msgid to its ``msgid_plural``
    (``nmsg`` and ``ngettext``).
    """
    found: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT / "auditor"), method_map=[("**.py", "python")], keywords=EXTRACT.KEYWORDS
    ):
        where = f"auditor/{filename}:{lineno}"
        if isinstance(message, tuple):
            assert len(message) == 2 and all(message), f"{where}: odd plural message"
            singular, plural = message
            plurals[singular] = plural
            found.setdefault(singular, where)
        else:
            assert isinstance(message, str), f"{where}: odd message"
            found.setdefault(message, where)
    return found, plurals


def _read(path: Path, lang: str | None = None) -> Catalog:
    """A .po or .pot file as a Babel catalog."""
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def _po(lang: str) -> Catalog:
    """A language's catalog, as shipped."""
    return _read(report_i18n.LOCALE_DIR / lang / "LC_MESSAGES" / f"{report_i18n.DOMAIN}.po", lang)


def _placeholders(text: str) -> list[str]:
    """The {fields} of a str.format message, sorted (``{{`` is not a field)."""
    return sorted(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)


EXTRACTED, PLURALS = _extracted()


def _key(msgid: object) -> str:
    """A catalog entry's msgid as this file keys it: the singular of a plural entry."""
    return str(msgid[0]) if isinstance(msgid, (list, tuple)) else str(msgid)


def test_something_is_extracted() -> None:
    """The keywords still match the code: titles, rule messages and report lines are found."""
    assert len(EXTRACTED) > 80
    for rule in RULES.values():
        assert rule.TITLE in EXTRACTED and rule.THRESHOLD in EXTRACTED and rule.SOURCE in EXTRACTED
    assert "{score} / {max} brand-pillar estimate" in EXTRACTED
    assert set(render.STATUS_WORDS.values()) <= EXTRACTED.keys()


def test_template_is_current() -> None:
    """auditor/locale/profile_auditor.pot holds exactly what the code marks.

    Fix: ``.venv/bin/python scripts/extract_messages.py``.
    """
    template = {_key(m.id) for m in _read(EXTRACT.TEMPLATE) if m.id}
    assert sorted(EXTRACTED.keys() - template) == [], "run scripts/extract_messages.py"
    assert sorted(template - EXTRACTED.keys()) == [], "run scripts/extract_messages.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_complete(lang: str) -> None:
    """Every msgid is translated, not fuzzy, with the same placeholders, and nothing is stale.

    A plural message is a plural entry with the same ``msgid_plural`` and one non-empty
    translation per plural form of the language, each with the message's placeholders.
    """
    po = _po(lang)
    entries = {_key(m.id): m for m in po if m.id}
    problems = []
    for msgid, where in sorted(EXTRACTED.items(), key=lambda item: item[1]):
        entry = entries.get(msgid)
        plural = PLURALS.get(msgid)
        forms = (
            [str(form) for form in entry.string or ()]
            if entry is not None and entry.pluralizable
            else [str(entry.string or "")]
            if entry is not None
            else []
        )
        if entry is None:
            problems.append(f"{where}: missing: {msgid!r}")
        elif entry.fuzzy:
            problems.append(f"{where}: fuzzy: {msgid!r}")
        elif plural is not None and (not entry.pluralizable or entry.id[1] != plural):
            problems.append(f"{where}: not the plural entry {plural!r}: {msgid!r}")
        elif plural is None and entry.pluralizable:
            problems.append(f"{where}: a plural entry for a singular message: {msgid!r}")
        elif plural is not None and len(forms) != po.num_plurals:
            problems.append(f"{where}: {len(forms)} forms, {po.num_plurals} needed: {msgid!r}")
        elif not all(form.strip() for form in forms):
            problems.append(f"{where}: empty: {msgid!r}")
        elif any(_placeholders(form) != _placeholders(msgid) for form in forms):
            problems.append(f"{where}: placeholders differ: {msgid!r} -> {forms!r}")
    stale = entries.keys() - EXTRACTED.keys()
    problems += [f"stale (no longer in the code): {msgid!r}" for msgid in sorted(stale)]
    assert problems == [], f"{lang}: fix the catalog, then run scripts/extract_messages.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_format(lang: str) -> None:
    """Each translation (each plural form) formats with its msgid's placeholders."""
    for msgid in EXTRACTED:
        values = {name: 1 for name in _placeholders(msgid)}
        if msgid in PLURALS:
            for n in (0, 1, 2, 5, 21, 1.5):
                assert report_i18n.ngettext(msgid, PLURALS[msgid], n, lang).format(**values)
        else:
            assert report_i18n.gettext(msgid, lang).format(**values)


def _sample() -> Profile:
    """An invented member whose report exercises thousands, halves and an unknown section."""
    return Profile(
        kind=PageKind.PROFILE,
        layout="cards-2024",
        ui_language="nl",
        name="Sanne Verbeek",
        headline="Head of Growth bij Koffiebrander Noord | Ik help B2B-teams groeien",
        about=About.of(" ".join(["resultaat"] * 45)),  # >= 40 words, < 1,000 characters
        photo=True,
        current_position=Position(
            title="Head of Growth",
            company="Koffiebrander Noord",
            company_linked=False,
            has_description=True,
        ),
        positions=4,
        education=2,
        location="Utrecht",
        skills_total=12,
        # 3 of the 4 shown skills endorsed: 1.5 of 2 points; 1,234 endorsements in all.
        skills=[
            Skill(name="Growth", endorsements=1200),
            Skill(name="SEO", endorsements=30),
            Skill(name="B2B", endorsements=4),
            Skill(name="CRM", endorsements=0),
        ],
        recommendations_received=1,
        activity=None,  # not loaded: publishing cannot be checked
    )


# lang, the summary line's start, the endorsements line, the statuses' words
LOCALIZED = [
    pytest.param(
        "en",
        "15.5 / 25 brand-pillar estimate — 2 points could not be checked",
        "3 of the 4 skills shown are endorsed. 1,234 endorsements in all",
        "1.5/2",
        id="en",
    ),
    pytest.param(
        "nl",
        "15,5 / 25: geschatte score voor je professionele merk — 2 punten konden",
        "3 van de 4 getoonde vaardigheden zijn onderschreven. 1.234 onderschrijvingen in totaal",
        "1,5/2",
        id="nl",
    ),
    pytest.param(
        "it",
        "15,5 / 25: punteggio stimato per il tuo brand professionale — 2 punti",
        "3 delle 4 competenze mostrate hanno ricevuto conferme. 1.234 conferme in tutto",
        "1,5/2",
        id="it",
    ),
]


@pytest.mark.parametrize(("lang", "summary", "endorsements", "points"), LOCALIZED)
def test_report_in_language(lang: str, summary: str, endorsements: str, points: str) -> None:
    """The whole report, built and rendered as text and Markdown, speaks the language."""
    report = score(_sample(), lang)
    doc = report.model_dump(mode="json")
    assert report.language == lang
    assert report.summary.startswith(summary)
    by_id = {c.id: c for c in report.criteria}
    assert by_id["endorsements"].measured == endorsements
    for rule_id, rule in RULES.items():
        assert by_id[rule_id].title == report_i18n.gettext(rule.TITLE, lang)
        assert by_id[rule_id].threshold == report_i18n.gettext(rule.THRESHOLD, lang)
    text = render.text(doc)
    assert points in text
    assert report_i18n.gettext("not checked", lang) in text  # publishing could not be checked
    assert report_i18n.gettext("Fix first:", lang) in text
    markdown = render.markdown(doc)
    assert report_i18n.gettext("Criterion", lang) in markdown
    if lang != "en":
        # No English sentence leaks through: every rendered string is a translation.
        for english in _sample_messages() | {"Fix first:", "LinkedIn checklist:", "pass"}:
            assert english not in text, english


def _ids(message: Message) -> set[str]:
    """The msgids of a message and of the sentences that follow it."""
    return {message.id}.union(*(_ids(more) for more in message.more))


def _sample_messages() -> set[str]:
    """The English msgids the sample's findings use (measured and advice)."""
    found: set[str] = set()
    for rule in RULES.values():
        finding = rule.check(_sample())
        found |= _ids(finding.measured) | _ids(finding.advice)
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_runtime_message_is_translated(lang: str) -> None:
    """The messages rules produce at run time are in the catalog (plain or plural)."""
    table = report_i18n.catalog(lang)
    for msgid in _sample_messages():
        assert msgid in table or msgid in PLURALS, msgid


@pytest.mark.parametrize(
    ("number", "lang", "expected"),
    [
        (1234, "nl", "1.234"),
        (1234, "it", "1.234"),
        (1234, "en", "1,234"),
        (1.5, "nl", "1,5"),
        (1.5, "it", "1,5"),
        (16.0, "nl", "16"),
        (1234.5, "it", "1.234,5"),
    ],
)
def test_format_number(number: float, lang: str, expected: str) -> None:
    """Numbers in the report follow the language's separators."""
    assert report_i18n.format_number(number, lang) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("nl", "nl"),
        ("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"),
        ("nl-BE", "nl"),
        ("nl_BE", "nl"),
        ("it-IT,it;q=0.9", "it"),
        ("IT-it", "it"),
        ("en-US,en;q=0.9,nl;q=0.8", "en"),
        ("fr-FR,fr;q=0.9,it;q=0.8,nl;q=0.7", "it"),
        ("de-DE,de;q=0.9,nl;q=0.5,it;q=0.6", "it"),
        ("fr-FR,fr;q=0.9", "en"),
        ("*", "en"),
        ("nl;q=abc,it", "it"),
        ("it;q=0", "en"),  # q=0 means "not acceptable" (RFC 9110)
    ],
)
def test_negotiate(header: str | None, expected: str) -> None:
    """A --lang value or an Accept-Language header picks the best report language."""
    assert report_i18n.negotiate(header) == expected


# Numbers as reports hold them: scores, points and gains (one decimal), counts of
# connections, followers and skills, and the odd negative or huge value.
_NUMBERS: list[int | float] = [
    *range(-1100, 1100, 7),
    *(tenths / 10 for tenths in range(-2000, 30001, 3)),
    *(10**power + offset for power in range(3, 19) for offset in (-1, 0, 1)),
    16.25,
    16.42,
    0.05,
    0.67,
    2 / 3,
    999_999.95,
    1_234_567.5,
    123_456_789_012.3,
    -0.04,
]


def test_english_numbers_are_babels() -> None:
    """English numbers, written without Babel, are what Babel writes for "en"."""
    from babel.numbers import format_decimal

    for number in _NUMBERS:
        rounded = report_i18n.one_decimal(number) if isinstance(number, float) else number
        if isinstance(rounded, float) and rounded.is_integer():
            rounded = int(rounded)
        babel = str(format_decimal(rounded, format="#,##0.#", locale="en"))
        assert report_i18n.format_number(number, "en") == babel, number


@pytest.mark.parametrize(
    "header",
    [
        "nl-BE",
        "NL",
        "nl-",
        "-nl",
        "en-GB,nl;q=0.9",
        "fr-CA,fr;q=0.9,nl-NL;q=0.8,it;q=0.7",
        "zh-Hant-TW,it-CH;q=0.5",
        "pt_BR,it",
        "C",
        "POSIX",
        "en_US",
        "it-IT-x-private",
        "x-nl,nl-x",
        "*;q=0.5,nl;q=0.1",
        " it ; q=0.3 , nl ; q=0.2",
    ],
)
def test_negotiate_is_babels(header: str) -> None:
    """Negotiation picks what Babel's ``negotiate_locale`` picks without aliases."""
    from babel import negotiate_locale

    tags = report_i18n._by_preference(header)
    best = negotiate_locale(tags, report_i18n.available(), sep="-", aliases={})
    assert report_i18n.negotiate(header) == (best.lower() if best else "en")


def test_available() -> None:
    """English plus every shipped catalog."""
    assert report_i18n.available() == ("en", "it", "nl")


def test_render_falls_back_to_english() -> None:
    """An unknown msgid or language renders the English text with its numbers."""
    message = Message(id="Not in any catalog: {n}", params={"n": 1234})
    assert report_i18n.render(message, "nl") == "Not in any catalog: 1.234"
    assert report_i18n.gettext("Skills", "xx") == "Skills"


# A synthetic logged-out page (invented person), enough for the public_2024 layout.
PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Sanne Verbeek | LinkedIn</title></head>
<body><section class="top-card-layout">
<h1 class="top-card-layout__title">Sanne Verbeek</h1>
<h2 class="top-card-layout__headline">Ik help B2B-teams groeien | Growth | Spreker</h2>
</section></body></html>
"""


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed profile-audit command (or ``python -m auditor``) as a user would."""
    script = ROOT / ".venv" / "bin" / "profile-audit"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
    )


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (
            ("--lang", "nl"),
            None,
            ["Kopregel", "niet gecontroleerd", "geschatte score", "LinkedIn-checklist:"],
        ),
        (
            ("--lang", "it"),
            None,
            ["Titolo", "non verificato", "punteggio stimato", "Checklist di LinkedIn:"],
        ),
        ((), {"LANG": "it_IT.UTF-8"}, ["Titolo", "Checklist di LinkedIn:"]),
        # $LANG is the system's locale, not a request: one with no report falls back to
        # English (an explicit --lang fr is refused: tests/test_cli.py).
        ((), {"LANG": "fr_FR.UTF-8"}, ["Headline", "not checked", "LinkedIn checklist:"]),
        (
            ("--lang", "nl", "--format", "markdown"),
            None,
            [
                "| | Criterium | Punten | Gemeten | Doel | Advies | Bron |",
                "**LinkedIn-checklist:**",
            ],
        ),
    ],
)
def test_cli_lang(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str] | None, expected: list[str]
) -> None:
    """``profile-audit --lang`` (or $LANG) chooses the report's language."""
    page = tmp_path / "sanne.html"
    page.write_text(PAGE, encoding="utf-8")
    result = _cli(str(page), *args, env=env)
    assert result.returncode == 0, result.stderr
    for fragment in expected:
        assert fragment in result.stdout

"""The same profile in six LinkedIn UI languages gives the same facts (issue 5, Reading).

The fixtures ``tests/profiles/i18n-<layout>-<lang>.html`` show one invented member,
Noor Castellan, in the 2025 cards layout and the 2026 SDUI layout, written by
``scripts/make_language_fixtures.py``. Facts LinkedIn derives from structure or numbers
must be identical in every language; texts that are translated (her own language
versions of headline, About and titles; LinkedIn's place and skill names) are compared
by presence and shape. Real non-English pages are read from ../shared, never copied.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from auditor import NotAProfileError
from auditor import parse_profile
from auditor import ui_words
from auditor.errors import NotAProfileReason
from auditor.page import load_page
from auditor.text import parse_connections
from auditor.text import parse_count
from auditor.ui_words import LANGUAGES
from auditor.ui_words import WORDS
from tests import realpages

PROFILES = Path(__file__).parent / "profiles"
LAYOUTS = ("cards", "2026")
OTHER_LANGUAGES = tuple(lang for lang in LANGUAGES if lang != "en")

# Facts read from free text that the member or LinkedIn translates: compared by shape.
TRANSLATED = frozenset(
    {"ui_language", "headline", "about", "location", "skills", "current_position"}
)

# What every page of Noor must say, whatever its language (the numbers on her pages).
SHARED: dict[str, dict[str, Any]] = {
    "cards": {
        "layout": "in-2025",
        "connections": "500+",
        "followers": 12345,
        "positions": 7,
        "education": 2,
        "skills_total": 30,
        "recommendations_received": 5,
        "recommendations_given": 0,
        "featured": True,
        "creator": True,
        "photo": True,
        "banner": True,
        "open_to_work": False,
        "activity": {"has_posts": True, "has_articles": True, "not_posted": False},
    },
    "2026": {
        "layout": "in-2026",
        "connections": "500+",
        "followers": 12345,
        # The 2026 cards print no totals (real cards): "show all" without a number.
        "positions": None,
        "education": 2,
        "skills_total": None,
        "recommendations_received": 5,
        "recommendations_given": 1,
        "featured": False,
        "creator": True,
        "photo": True,
        "banner": True,
        "activity": {"has_posts": False, "has_articles": None, "not_posted": True},
    },
}


def facts(layout: str, lang: str) -> dict[str, Any]:
    """The parsed facts of Noor's page in one layout and UI language, as JSON data."""
    html = (PROFILES / f"i18n-{layout}-{lang}.html").read_bytes()
    return parse_profile(html).model_dump(mode="json")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_reference_page_has_the_known_facts(layout: str) -> None:
    """The English page states Noor's numbers (so a shared misreading cannot hide)."""
    english = facts(layout, "en")
    for name, expected in SHARED[layout].items():
        assert english[name] == expected, name


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_facts_in_every_ui_language(layout: str, lang: str) -> None:
    """Every fact but the translated texts equals the English page's, field by field."""
    english, other = facts(layout, "en"), facts(layout, lang)
    assert set(other) == set(english)
    for name in sorted(set(english) - TRANSLATED):
        assert other[name] == english[name], name


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_translated_texts_keep_their_shape(layout: str, lang: str) -> None:
    """Headline, About, location, skills and position: present, same shape, translated."""
    english, other = facts(layout, "en"), facts(layout, lang)
    assert other["headline"] and other["headline"] != english["headline"]
    about, about_en = other["about"], english["about"]
    assert about["characters"] == len(about["text"]) > 0
    assert 0.6 <= about["words"] / about_en["words"] <= 1.6  # a translation, not a fragment
    assert other["location"].count(",") == english["location"].count(",") == 2
    assert [s["endorsements"] for s in other["skills"]] == [
        s["endorsements"] for s in english["skills"]
    ]
    assert all(s["name"] for s in other["skills"])
    position, position_en = other["current_position"], english["current_position"]
    assert position["title"] and position["title"] != position_en["title"]
    for name in ("company", "company_linked", "has_description"):
        assert position[name] == position_en[name], name


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_ui_language_comes_from_the_lang_attribute(layout: str, lang: str) -> None:
    """<html lang="nl-NL"> is reported as "nl"."""
    assert facts(layout, lang)["ui_language"] == lang


@pytest.mark.parametrize(
    ("fixture", "lang"),
    [("i18n-details-experience-it", "it"), ("details-recommendations-es", "es")],
)
def test_details_ui_language_comes_from_item_ids(fixture: str, lang: str) -> None:
    """A /details/ page names its UI locale in every item id, even without a lang attribute."""
    html = (PROFILES / f"{fixture}.html").read_text(encoding="utf-8")
    without_lang = html.replace(' lang="it-IT"', "").replace(' lang="es"', "")
    assert "<html lang" not in without_lang
    assert parse_profile(without_lang).ui_language == lang
    assert parse_profile(html).ui_language == lang


def test_details_page_agrees_with_the_profile_pages() -> None:
    """Noor's Italian /details/experience/ page counts the 7 positions her cards state."""
    details = parse_profile((PROFILES / "i18n-details-experience-it.html").read_bytes())
    card = facts("cards", "it")
    assert details.positions == card["positions"]
    assert details.model_dump(mode="json")["current_position"] == card["current_position"]
    assert (details.name, details.vanity) == (card["name"], card["vanity"])


def test_every_word_has_all_six_languages() -> None:
    """The word table covers every UI language the auditor reads, for every key."""
    for key, table in WORDS.items():
        assert set(table) == set(LANGUAGES), key
        assert all(table[lang] for lang in LANGUAGES), key


# --- real non-English pages (read from ../shared, skipped when absent) ----------------

GERMAN_2016 = sorted(realpages.PAGES.glob("julianbei_in-edit_*_de_2016.html"))
POLISH_SHELL = realpages.PAGES / "urlshare_in_shell-no-js_pl.html"


@pytest.mark.skipif(not GERMAN_2016, reason="real pages not available")
def test_real_german_2016_json_page() -> None:
    """The German 2016 self-edit page: UI language "de" and every truth field right."""
    name = GERMAN_2016[0].name
    profile = realpages.parsed(name)
    assert not isinstance(profile, NotAProfileError)
    assert profile.ui_language == "de"
    truth = realpages.truth().get(name)
    if truth is None:
        pytest.skip("no truth entry for the German page")
    assert truth["ui_language"] == "de"
    for field, expected in truth["fields"].items():
        assert realpages.fact(profile, field) == expected, field


@pytest.mark.skipif(not POLISH_SHELL.is_file(), reason="real pages not available")
def test_real_polish_app_shell() -> None:
    """The Polish JS-less shell is recognised as the app shell, not misread as a profile."""
    data = POLISH_SHELL.read_bytes()
    assert load_page(data).lang == "pl"
    with pytest.raises(NotAProfileError) as caught:
        parse_profile(data)
    assert caught.value.reason is NotAProfileReason.APP_SHELL


# --- localized number formats ---------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"

COUNTS = [
    ("1,234 followers", 1234),
    ("1.234 volgers", 1234),
    ("1.234 follower", 1234),
    ("1.234 Follower:innen", 1234),
    ("1.234 Follower", 1234),
    (f"1{NBSP}234 abonnés", 1234),
    (f"1{NNBSP}234 abonnés", 1234),
    (f"12{NNBSP}345{NNBSP}678 abonnés", 12345678),
    ("1234 seguidores", 1234),  # Spanish does not group four digits
    ("12.345 seguidores", 12345),
    ("1,177,995 followers", 1177995),
    ("500+ collegamenti", 500),
    ("Show all 30 skills", 30),
    ("Toon alle 30 vaardigheden", 30),
    ("Mostra tutte le 30 competenze", 30),
    ("Alle 30 Kenntnisse anzeigen", 30),
    ("Afficher les 30 compétences", 30),
    ("Mostrar las 30 aptitudes", 30),
    ("Alle 5 ontvangen tonen", 5),
    ("23 Bestätigungen", 23),
    # Abbreviations: no LinkedIn profile capture prints them, so they are refused.
    ("1.2K followers", None),
    ("12K followers", None),
    ("1,2 M abonnés", None),
    ("geen cijfers", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_parse_count_localized(text: str, expected: int | None) -> None:
    """Thousands separators of every UI language; abbreviations give None, not a wrong number."""
    assert parse_count(text) == expected


CONNECTIONS = [
    ("500+ connections", "500+"),
    ("500+ connecties", "500+"),
    ("500+ collegamenti", "500+"),
    ("500+ Kontakte", "500+"),
    ("500+ relations", "500+"),
    ("500+ contactos", "500+"),
    ("412 relaties", 412),
    ("1 connectie", 1),
]


@pytest.mark.parametrize(("text", "expected"), CONNECTIONS)
def test_parse_connections_localized(text: str, expected: int | str) -> None:
    """The "500+" cap is kept in every language; smaller counts are numbers."""
    assert parse_connections(text) == expected


# --- the words LinkedIn prints, found with the page's own language only ----------------

PRINTED = [
    ("not_posted", "en-US", "Noor hasn’t posted lately"),
    ("not_posted", "en-US", "You haven’t posted yet"),
    ("not_posted", "nl-NL", "Noor heeft onlangs niets geplaatst"),
    ("not_posted", "nl-NL", "Je hebt nog niets geplaatst"),
    ("not_posted", "it-IT", "Noor non ha pubblicato nulla di recente"),
    ("not_posted", "it-IT", "Non hai ancora pubblicato nulla"),
    ("not_posted", "de-DE", "Noor hat in letzter Zeit nichts gepostet"),
    ("not_posted", "de-DE", "Sie haben noch nichts gepostet"),
    ("not_posted", "fr-FR", "Noor n’a rien publié récemment"),
    ("not_posted", "fr-FR", "Vous n’avez encore rien publié"),
    ("not_posted", "es-ES", "Noor no ha publicado nada recientemente"),
    ("not_posted", "es-ES", "Todavía no has publicado nada"),
    ("followers", "nl-NL", "12.345 volgers"),
    ("followers", "it-IT", "12.345 follower"),
    ("followers", "de-DE", "12.345 Follower:innen"),
    ("followers", "fr-FR", f"12{NNBSP}345 abonnés"),
    ("followers", "es-ES", "12.345 seguidores"),
    ("connections", "nl-NL", "500+ connecties"),
    ("connections", "it-IT", "500+ collegamenti"),
    ("connections", "de-DE", "500+ Kontakte"),
    ("connections", "fr-FR", "500+ relations"),
    ("connections", "es-ES", "500+ contactos"),
    ("articles", "nl-NL", "Berichten Reacties Artikelen"),
    ("articles", "it-IT", "Post Commenti Articoli"),
    ("articles", "de-DE", "Beiträge Kommentare Artikel"),
    ("articles", "fr-FR", "Posts Commentaires Articles"),
    ("articles", "es-ES", "Publicaciones Comentarios Artículos"),
]


@pytest.mark.parametrize(("key", "lang", "text"), PRINTED)
def test_words_found_in_the_page_language(key: str, lang: str, text: str) -> None:
    """Each UI language's own wording is found when the lookup is limited to that language."""
    assert ui_words.has(key, text, lang)


@pytest.mark.parametrize(
    ("key", "lang", "text"),
    [
        ("articles", "nl-NL", "Berichten Reacties Video's"),
        ("followers", "fr-FR", "500+ relations"),
        ("connections", "de-DE", "12.345 Follower"),
        ("not_posted", "it-IT", "Post Commenti"),
    ],
)
def test_words_not_found_where_absent(key: str, lang: str, text: str) -> None:
    """No false positives on the neighbouring texts of the same card."""
    assert not ui_words.has(key, text, lang)


NOT_POSTED = {
    "en": "Noor hasn’t posted lately",
    "nl": "Noor heeft onlangs niets geplaatst",
    "it": "Noor non ha pubblicato nulla di recente",
    "de": "Noor hat in letzter Zeit nichts gepostet",
    "fr": "Noor n’a rien publié récemment",
    "es": "Noor no ha publicado nada recientemente",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_empty_activity_in_every_language(lang: str) -> None:
    """The cards Activity card with LinkedIn's empty state instead of posts, per language."""
    html = (PROFILES / f"i18n-cards-{lang}.html").read_text(encoding="utf-8")
    start = html.index('<div class="mb3">')
    end = html.index('<div class="pvs-list__footer-wrapper">', start)
    empty = (
        '<ul class="pvs-list"><li class="artdeco-list__item"><div class="pvs-entity">'
        f'<span class="t-bold"><span aria-hidden="true">{NOT_POSTED[lang]}</span></span>'
        "</div></li></ul>"
    )
    activity = parse_profile(html[:start] + empty + html[end:]).activity
    assert activity is not None
    assert (activity.has_posts, activity.has_articles, activity.not_posted) == (
        False,
        False,
        True,
    )

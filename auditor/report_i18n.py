"""Translate report messages with gettext catalogs (auditor/locale/<lang>/LC_MESSAGES).

Messages are English msgids with ``{placeholders}``; catalogs are standard gettext
``.po`` files, read with Babel so no compile step is needed. English is the source.
These are the report's languages (``--lang``, Accept-Language); the words LinkedIn prints
in each UI language a page may come in are another table, in auditor/ui_words.py.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
from decimal import Decimal
from functools import cache
from functools import lru_cache
from pathlib import Path

from auditor.findings import Message

DOMAIN = "profile_auditor"
LOCALE_DIR = Path(__file__).parent / "locale"
SOURCE_LANGUAGE = "en"


@cache
def available() -> tuple[str, ...]:
    """The report languages: English and every language with a catalog (read once: the
    catalogs ship with the package)."""
    langs = sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (SOURCE_LANGUAGE, *langs)


def negotiate(requested: str | None) -> str:
    """The best available report language for a tag or an Accept-Language header.

    The header's weights order the tags; the first one offered wins, a regional tag
    (``nl-BE``) falling back to its language (Babel's ``negotiate_locale`` without
    aliases, kept here so that an English report never loads Babel).

    >>> negotiate("fr-FR,fr;q=0.9")
    'en'
    >>> negotiate("de-DE,nl-BE;q=0.8,it;q=0.9")
    'it'
    >>> negotiate(None)
    'en'
    """
    if not requested:
        return SOURCE_LANGUAGE
    offered = {lang.lower() for lang in available()}
    for tag in _by_preference(requested):
        lowered = tag.lower()
        if lowered in offered:
            return lowered
        primary, dash, _region = lowered.partition("-")
        if dash and primary in offered:
            return primary
    return SOURCE_LANGUAGE


def _by_preference(header: str) -> list[str]:
    """The tags of an Accept-Language header (or one tag), most wanted first, "_" read
    as "-"; a tag with q=0 is "not acceptable" (RFC 9110) and a bad weight counts as 0."""
    weighted = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if quality > 0 and tag.strip():
            weighted.append((-quality, index, tag.strip().replace("_", "-")))
    return [tag for _, _, tag in sorted(weighted)]


@dataclass(frozen=True, slots=True)
class Catalog:
    """One language's translations: plain messages, plural messages and the plural rule."""

    messages: dict[str, str]
    plurals: dict[str, tuple[str, ...]]  # singular msgid -> the language's forms
    plural_index: Callable[[int], int]  # gettext's Plural-Forms expression


def _english_plural(n: int) -> int:
    """English: the first form for one, the second for every other number."""
    return 0 if n == 1 else 1


@cache
def _catalog(lang: str) -> Catalog:
    """A language's catalog read from its .po file (empty for English or a missing one)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return Catalog({}, {}, _english_plural)
    from babel.messages.pofile import read_po  # only reports in another language need it

    with path.open("rb") as handle:
        po = read_po(handle, locale=lang)
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for m in po:
        if not m.id or m.fuzzy:
            continue
        if isinstance(m.id, (list, tuple)):
            forms = tuple(str(form) for form in m.string or ())
            if all(forms):
                plurals[str(m.id[0])] = forms
        elif m.string:
            messages[str(m.id)] = str(m.string)
    return Catalog(messages, plurals, _gettext.c2py(po.plural_expr))


def catalog(lang: str) -> dict[str, str]:
    """The msgid -> translation table of a language (plain messages; plurals apart)."""
    return _catalog(lang).messages


def gettext(text: str, lang: str) -> str:
    """A message id translated to ``lang`` (the English id itself when untranslated)."""
    return catalog(lang).get(text, text)


def ngettext(singular: str, plural: str, n: float, lang: str) -> str:
    """The form of a plural message that fits ``n`` in ``lang`` (English when untranslated).

    gettext's plural rules are for whole numbers; a fraction (1.5 points) takes the form
    of 2, which is the "other" form for fractions in English, Dutch and Italian (CLDR).

    >>> [ngettext("{n} point", "{n} points", n, "en") for n in (1, 2, 1.5)]
    ['{n} point', '{n} points', '{n} points']
    """
    whole = int(n) if float(n).is_integer() else 2
    table = _catalog(lang)
    forms = table.plurals.get(singular)
    if forms is None:
        return singular if whole == 1 else plural
    return forms[min(table.plural_index(whole), len(forms) - 1)]


def render(message: Message, lang: str = SOURCE_LANGUAGE) -> str:
    """A message translated and formatted, numbers written the language's way.

    Word parameters are msgids too (translated); a message's ``more`` sentences follow it.
    """
    params = {
        k: format_number(v, lang) if isinstance(v, (int, float)) else gettext(v, lang)
        for k, v in message.params.items()
    }
    count = message.params.get("n")
    if message.plural is not None and isinstance(count, (int, float)):
        template = ngettext(message.id, message.plural, count, lang)
    else:
        template = gettext(message.id, lang)
    return " ".join([template.format(**params), *(render(m, lang) for m in message.more)])


def one_decimal(number: float) -> float:
    """A number as a report shows it: one decimal at most, halves rounded up (16.25 -> 16.3).

    Half up, on the decimal digits the number is written with, as the panel's
    ``Intl.NumberFormat`` does (not Python's binary ``round``, which gives 16.2).

    >>> one_decimal(16.42), one_decimal(16.25), one_decimal(0.67), one_decimal(3)
    (16.4, 16.3, 0.7, 3.0)
    """
    return float(Decimal(str(number)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def format_number(number: int | float, lang: str = SOURCE_LANGUAGE) -> str:
    """A number written for a language: 1,234 in English, 1.234 in Dutch and Italian.

    One decimal at most (``one_decimal``): 16.42 points read as 16.4.

    >>> format_number(1234.5, "nl"), format_number(1234, "en"), format_number(16.42, "it")
    ('1.234,5', '1,234', '16,4')
    """
    if isinstance(number, float):
        number = one_decimal(number)
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    if lang == SOURCE_LANGUAGE:
        # Babel's "#,##0.#" for "en", written without Babel: loading Babel and its locale
        # data is a large share of a one-page command's start. tests/test_i18n.py
        # compares the two.
        return f"{number:,.1f}" if isinstance(number, float) else f"{number:,}"
    return _format_number(number, lang)


@lru_cache(maxsize=4096)
def _format_number(number: int | float, lang: str) -> str:
    """Babel's formatting, cached: reports repeat the same few numbers."""
    from babel.numbers import format_decimal

    return str(format_decimal(number, format="#,##0.#", locale=lang))

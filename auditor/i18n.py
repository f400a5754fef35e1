"""Translate report messages with gettext catalogs (auditor/locale/<lang>/LC_MESSAGES).

Messages are English msgids with ``{placeholders}``; catalogs are standard gettext
``.po`` files, read with Babel so no compile step is needed. English is the source.
"""

from __future__ import annotations

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

    >>> negotiate("fr-FR,fr;q=0.9")
    'en'
    >>> negotiate(None)
    'en'
    """
    if not requested:
        return SOURCE_LANGUAGE
    offered = available()
    weighted = []
    for index, part in enumerate(requested.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((-quality, index, tag.strip().lower().replace("_", "-").split("-")[0]))
    for negative_quality, _, lang in sorted(weighted):
        if lang in offered and negative_quality < 0:  # q=0 means "not acceptable"
            return lang
    return SOURCE_LANGUAGE


@cache
def catalog(lang: str) -> dict[str, str]:
    """The msgid -> translation table of a language (empty for English or a missing one)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == SOURCE_LANGUAGE or not path.is_file():
        return {}
    from babel.messages.pofile import read_po  # only reports in another language need it

    with path.open("rb") as handle:
        po = read_po(handle, locale=lang)
    return {str(m.id): str(m.string) for m in po if m.id and m.string and not m.fuzzy}


def gettext(text: str, lang: str) -> str:
    """A message id translated to ``lang`` (the English id itself when untranslated)."""
    return catalog(lang).get(text, text)


def render(message: Message, lang: str = SOURCE_LANGUAGE) -> str:
    """A message translated and formatted, numbers written the language's way."""
    params = {
        k: format_number(v, lang) if isinstance(v, (int, float)) else gettext(v, lang)
        for k, v in message.params.items()
    }
    return gettext(message.id, lang).format(**params)


def format_number(number: int | float, lang: str = SOURCE_LANGUAGE) -> str:
    """A number written for a language: 1,234 in English, 1.234 in Dutch and Italian.

    >>> format_number(1234.5, "nl"), format_number(1234, "en"), format_number(16.0, "it")
    ('1.234,5', '1,234', '16')
    """
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    return _format_number(number, lang)


@lru_cache(maxsize=4096)
def _format_number(number: int | float, lang: str) -> str:
    """Babel's formatting, cached: it costs ~80 µs a call and reports repeat the same numbers."""
    from babel.numbers import format_decimal

    return str(format_decimal(number, format="#,##0.#", locale=lang))

"""The words LinkedIn prints, per UI language, for the few facts structure cannot give.

Prefer structure (ids, link targets, numbers in "Show all N" links) everywhere; use a
word only where LinkedIn offers nothing else, and add every language in this one table.
Each entry is a lowercase substring to look for in cleaned, lowercased text.
These are the page's UI languages (what LinkedIn was set to when the page was saved);
the languages the report is written in are another list, in auditor/report_i18n.py.
"""

from __future__ import annotations

LANGUAGES = ("en", "nl", "it", "de", "fr", "es")

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "connections": {
        "en": ("connection",),
        "nl": ("connectie", "relatie"),
        "it": ("collegament",),
        "de": ("kontakt",),
        "fr": ("relation",),
        "es": ("contacto",),
    },
    "followers": {
        "en": ("follower",),
        "nl": ("volger",),
        "it": ("follower",),
        "de": ("follower",),
        "fr": ("abonné",),
        "es": ("seguidor",),
    },
    "received": {
        "en": ("received",),
        "nl": ("ontvangen",),
        "it": ("ricevut",),
        "de": ("erhalten",),
        "fr": ("reçue",),
        "es": ("recibida",),
    },
    "given": {
        "en": ("given",),
        "nl": ("gegeven",),
        "it": ("fornit", "dat"),
        "de": ("gegeben", "abgegeben"),
        "fr": ("donnée",),
        "es": ("otorgada", "dada"),
    },
    "endorsements": {
        "en": ("endorsement",),
        "nl": ("aanbeveling", "onderschrijving"),
        "it": ("conferm",),
        "de": ("bestätigung",),
        "fr": ("recommandation", "validation"),
        "es": ("validaci", "aptitud"),
    },
    "not_posted": {
        "en": ("hasn’t posted", "hasn't posted", "haven’t posted", "haven't posted"),
        "nl": ("niets geplaatst", "heeft onlangs niets", "heeft niets"),
        "it": ("non ha pubblicato", "non hai ancora pubblicato"),
        "de": ("nichts gepostet", "noch nichts gepostet", "hat in letzter zeit nichts"),
        "fr": ("n’a rien publié", "n'a rien publié", "rien publié", "pas publié"),
        "es": ("no ha publicado", "no has publicado"),
    },
    "articles": {  # activity pills/tabs: articles and newsletters (cards layout, 2023+)
        "en": ("article", "newsletter"),
        "nl": ("artikel", "nieuwsbrie"),
        "it": ("articol", "newsletter"),
        "de": ("artikel", "newsletter"),
        "fr": ("article", "newsletter"),
        "es": ("artículo", "newsletter", "boletín"),
    },
    "other_pills": {  # activity pills/tabs that are not articles (cards layout, 2023+)
        "en": ("post", "comment", "video", "image", "document", "event", "reaction"),
        "nl": ("bericht", "reactie", "video", "afbeelding", "document", "evenement"),
        "it": ("post", "comment", "video", "immagin", "document", "event", "reazion"),
        "de": ("beitr", "kommentar", "video", "bild", "dokument", "veranstaltung", "reaktion"),
        "fr": ("post", "publication", "commentaire", "vidéo", "image", "document", "réaction"),
        "es": ("publicaci", "comentario", "vídeo", "video", "imagen", "documento", "reacci"),
    },
    "open_to_work": {
        "en": ("open to work", "#open_to_work", "open to"),
        "nl": ("open voor werk",),
        "it": ("disponibile a lavorare",),
        "de": ("offen für",),
        "fr": ("en recherche", "ouvert aux"),
        "es": ("disponible para trabajar", "abierto a"),
    },
    "more_results": {  # a paged list's "Show more results" button (details pages)
        "en": ("show more results",),
        "nl": ("meer resultaten",),
        "it": ("mostra più risultati", "altri risultati"),
        "de": ("weitere ergebnisse", "mehr ergebnisse"),
        "fr": ("plus de résultats",),
        "es": ("más resultados",),
    },
}


def has(key: str, text: str, language: str | None = None) -> bool:
    """Whether ``text`` contains one of the words for ``key`` (any language if none given).

    >>> has("followers", "1.234 volgers")
    True
    >>> has("connections", "500+ collegamenti", "it")
    True
    >>> has("followers", "12.345 Follower:innen", "de-DE")
    True
    """
    lowered = text.lower()
    table = WORDS[key]
    primary = primary_language(language)
    languages = (primary,) if primary in table else table.keys()
    return any(word in lowered for lang in languages for word in table[lang])


def primary_language(language: str | None) -> str | None:
    """The ISO 639-1 part of a UI language tag: "nl-NL", "nl_NL" and "NL" all give "nl".

    >>> primary_language("fr-FR"), primary_language("de_DE"), primary_language(None)
    ('fr', 'de', None)
    """
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower() or None

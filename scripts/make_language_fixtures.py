"""Write the language fixtures: one invented member rendered in six LinkedIn UI languages.

Usage: python scripts/make_language_fixtures.py   (then scripts/update_golden.py on them)

Noor Castellan is invented: a localization lead in Brussels who keeps her profile in six
languages, so viewers see her own headline, About and titles in their UI language, as
LinkedIn does for secondary-language profiles. Everything LinkedIn itself prints
(headings, counts, number formats, buttons, empty states, tab labels, locations, skill
names) follows each UI language. Writes tests/profiles/i18n-cards-<lang>.html (2025
cards layout), i18n-2026-<lang>.html (2026 SDUI, lazy parts rendered) and
i18n-details-experience-it.html (a /details/ page whose item ids carry it-IT).
"""

# The templates keep LinkedIn's one-line markup as it is saved, so lines run long.
# ruff: noqa: E501

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "tests" / "profiles"

VANITY = "noor-castellan-5e2a7c19"
NAME = "Noor Castellan"
URN = "ACoAAF7n0oRcAsTeLlAn5e2a"
FOLLOWERS = 12345
NBSP, NNBSP = "\u00a0", "\u202f"


def number(value: int, lang: str, space: str = NBSP) -> str:
    """A count as LinkedIn prints it in ``lang`` (grouped thousands; French uses a space)."""
    grouped = f"{value:,}"
    if lang == "en":
        return grouped
    if lang == "fr":
        return grouped.replace(",", space)
    return grouped.replace(",", ".")


# Everything that differs per UI language. Member-written texts (headline, about, title,
# descriptions) are her own language versions; the rest is LinkedIn's wording.
L: dict[str, dict[str, Any]] = {
    "en": {
        "locale": "en-US",
        "hl": "en",
        "headline": "Localization lead | Terminology, style guides and release-ready translations",
        "about": "I run localization for software teams: glossaries, reviewer networks and "
        "release checklists, so six languages ship on the same day as English.",
        "title": "Localization Lead",
        "title2": "Terminologist",
        "title3": "Translator",
        "desc": "Built the terminology base and the review workflow for six languages.",
        "location": "Brussels, Brussels Region, Belgium",
        "contact": "Contact info",
        "degree": "2nd",
        "followers": "followers",
        "connections": "connections",
        "follow": "Follow",
        "message": "Message",
        "more": "More",
        "about_h": "About",
        "featured_h": "Featured",
        "activity_h": "Activity",
        "experience_h": "Experience",
        "education_h": "Education",
        "skills_h": "Skills",
        "recs_h": "Recommendations",
        "interests_h": "Interests",
        "all_exp": "Show all {n} experiences",
        "all_skills": "Show all {n} skills",
        "all_received": "Show all {n} received",
        "given_n": "{n} given",
        "all_posts": "Show all posts",
        "show_all": "Show all",
        "received": "Received",
        "given": "Given",
        "empty_h": "Nothing to see for now",
        "empty_p": "Recommendations that Noor gives will appear here.",
        "pills": ("Posts", "Comments", "Articles"),
        "not_posted": "Noor hasn’t posted lately",
        "not_posted_p": "Noor’s recent posts and comments will be displayed here.",
        "full_time": "Full-time",
        "present": "Jan 2021 - Present · 4 yrs 11 mos",
        "endorsements": "{n} endorsements",
        "skill1": "Localization",
        "skill2": "Terminology Management",
        "post": "Six languages, one release day: our checklist.",
        "article": "Why glossaries beat style guides",
        "article_kind": "Article",
        "rec1": "Noor made our launch in five markets feel easy.",
        "rec2": "The most careful reviewer I have worked with.",
        "degree_hidden": "2nd degree connection",
    },
    "nl": {
        "locale": "nl-NL",
        "hl": "nl",
        "headline": "Lead lokalisatie | Terminologie, stijlgidsen en vertalingen klaar voor "
        "release",
        "about": "Ik leid lokalisatie voor softwareteams: woordenlijsten, netwerken van "
        "reviewers en releasechecklists, zodat zes talen op dezelfde dag live gaan "
        "als het Engels.",
        "title": "Lead lokalisatie",
        "title2": "Terminoloog",
        "title3": "Vertaler",
        "desc": "Bouwde de terminologiebank en de reviewworkflow voor zes talen.",
        "location": "Brussel, Brussels Hoofdstedelijk Gewest, België",
        "contact": "Contactgegevens",
        "degree": "2e",
        "followers": "volgers",
        "connections": "connecties",
        "follow": "Volgen",
        "message": "Bericht",
        "more": "Meer",
        "about_h": "Info",
        "featured_h": "Uitgelicht",
        "activity_h": "Activiteit",
        "experience_h": "Ervaring",
        "education_h": "Opleiding",
        "skills_h": "Vaardigheden",
        "recs_h": "Aanbevelingen",
        "interests_h": "Interesses",
        "all_exp": "Alle {n} ervaringen tonen",
        "all_skills": "Toon alle {n} vaardigheden",
        "all_received": "Alle {n} ontvangen tonen",
        "given_n": "{n} gegeven",
        "all_posts": "Alle berichten tonen",
        "show_all": "Alles tonen",
        "received": "Ontvangen",
        "given": "Gegeven",
        "empty_h": "Nog niets te zien",
        "empty_p": "Aanbevelingen die Noor geeft, worden hier weergegeven.",
        "pills": ("Berichten", "Reacties", "Artikelen"),
        "not_posted": "Noor heeft onlangs niets geplaatst",
        "not_posted_p": "Recente berichten en reacties van Noor worden hier weergegeven.",
        "full_time": "Voltijds",
        "present": "jan. 2021 - heden · 4 jr 11 mnd",
        "endorsements": "{n} aanbevelingen",
        "skill1": "Lokalisatie",
        "skill2": "Terminologiebeheer",
        "post": "Zes talen, één releasedag: onze checklist.",
        "article": "Waarom woordenlijsten het winnen van stijlgidsen",
        "article_kind": "Artikel",
        "rec1": "Dankzij Noor voelde onze lancering in vijf markten eenvoudig.",
        "rec2": "De zorgvuldigste reviewer met wie ik heb gewerkt.",
        "degree_hidden": "Connectie van de 2e graad",
    },
    "it": {
        "locale": "it-IT",
        "hl": "it",
        "headline": "Responsabile localizzazione | Terminologia, guide di stile e traduzioni "
        "pronte per il rilascio",
        "about": "Guido la localizzazione per team software: glossari, reti di revisori e "
        "checklist di rilascio, perché sei lingue escano lo stesso giorno "
        "dell'inglese.",
        "title": "Responsabile localizzazione",
        "title2": "Terminologa",
        "title3": "Traduttrice",
        "desc": "Ho creato la base terminologica e il flusso di revisione per sei lingue.",
        "location": "Bruxelles, Regione di Bruxelles-Capitale, Belgio",
        "contact": "Informazioni di contatto",
        "degree": "2°",
        "followers": "follower",
        "connections": "collegamenti",
        "follow": "Segui",
        "message": "Messaggio",
        "more": "Altro",
        "about_h": "Informazioni",
        "featured_h": "In primo piano",
        "activity_h": "Attività",
        "experience_h": "Esperienza",
        "education_h": "Formazione",
        "skills_h": "Competenze",
        "recs_h": "Referenze",
        "interests_h": "Interessi",
        "all_exp": "Mostra tutte le {n} esperienze",
        "all_skills": "Mostra tutte le {n} competenze",
        "all_received": "Mostra tutte le {n} ricevute",
        "given_n": "{n} fornite",
        "all_posts": "Mostra tutti i post",
        "show_all": "Mostra tutto",
        "received": "Ricevute",
        "given": "Fornite",
        "empty_h": "Niente da vedere per ora",
        "empty_p": "Le referenze fornite da Noor verranno visualizzate qui.",
        "pills": ("Post", "Commenti", "Articoli"),
        "not_posted": "Noor non ha pubblicato nulla di recente",
        "not_posted_p": "I post e i commenti recenti di Noor verranno visualizzati qui.",
        "full_time": "A tempo pieno",
        "present": "gen 2021 - Presente · 4 anni 11 mesi",
        "endorsements": "{n} conferme",
        "skill1": "Localizzazione",
        "skill2": "Gestione della terminologia",
        "post": "Sei lingue, un solo giorno di rilascio: la nostra checklist.",
        "article": "Perché i glossari battono le guide di stile",
        "article_kind": "Articolo",
        "rec1": "Con Noor il lancio in cinque mercati è sembrato facile.",
        "rec2": "La revisora più attenta con cui abbia lavorato.",
        "degree_hidden": "Collegamento di 2° grado",
    },
    "de": {
        "locale": "de-DE",
        "hl": "de",
        "headline": "Leiterin Lokalisierung | Terminologie, Styleguides und releasefertige "
        "Übersetzungen",
        "about": "Ich verantworte die Lokalisierung für Softwareteams: Glossare, "
        "Reviewer-Netzwerke und Release-Checklisten, damit sechs Sprachen am selben "
        "Tag erscheinen wie Englisch.",
        "title": "Leiterin Lokalisierung",
        "title2": "Terminologin",
        "title3": "Übersetzerin",
        "desc": "Aufbau der Terminologiedatenbank und des Review-Workflows für sechs Sprachen.",
        "location": "Brüssel, Region Brüssel-Hauptstadt, Belgien",
        "contact": "Kontaktinfo",
        "degree": "2.",
        "followers": "Follower:innen",
        "followers_2026": "Follower",
        "connections": "Kontakte",
        "follow": "Folgen",
        "message": "Nachricht",
        "more": "Mehr",
        "about_h": "Info",
        "featured_h": "Im Fokus",
        "activity_h": "Aktivitäten",
        "experience_h": "Berufserfahrung",
        "education_h": "Ausbildung",
        "skills_h": "Kenntnisse",
        "recs_h": "Empfehlungen",
        "interests_h": "Interessen",
        "all_exp": "Alle {n} Berufserfahrungen anzeigen",
        "all_skills": "Alle {n} Kenntnisse anzeigen",
        "all_received": "Alle {n} erhaltenen anzeigen",
        "given_n": "{n} abgegeben",
        "all_posts": "Alle Beiträge anzeigen",
        "show_all": "Alle anzeigen",
        "received": "Erhalten",
        "given": "Abgegeben",
        "empty_h": "Aktuell nichts anzuzeigen",
        "empty_p": "Empfehlungen, die Noor abgibt, werden hier angezeigt.",
        "pills": ("Beiträge", "Kommentare", "Artikel"),
        "not_posted": "Noor hat in letzter Zeit nichts gepostet",
        "not_posted_p": "Die neuesten Beiträge und Kommentare von Noor werden hier angezeigt.",
        "full_time": "Vollzeit",
        "present": "Jan. 2021 - Heute · 4 J. 11 Mon.",
        "endorsements": "{n} Bestätigungen",
        "skill1": "Lokalisierung",
        "skill2": "Terminologiemanagement",
        "post": "Sechs Sprachen, ein Release-Tag: unsere Checkliste.",
        "article": "Warum Glossare Styleguides schlagen",
        "article_kind": "Artikel",
        "rec1": "Mit Noor fühlte sich unser Start in fünf Märkten leicht an.",
        "rec2": "Die sorgfältigste Reviewerin, mit der ich gearbeitet habe.",
        "degree_hidden": "Kontakt 2. Grades",
    },
    "fr": {
        "locale": "fr-FR",
        "hl": "fr",
        "headline": "Responsable localisation | Terminologie, guides de style et traductions "
        "prêtes pour la mise en production",
        "about": "Je dirige la localisation pour des équipes logicielles : glossaires, réseaux "
        "de relecteurs et listes de contrôle, pour que six langues sortent le même "
        "jour que l'anglais.",
        "title": "Responsable localisation",
        "title2": "Terminologue",
        "title3": "Traductrice",
        "desc": "Création de la base terminologique et du circuit de relecture en six langues.",
        "location": "Bruxelles, Région de Bruxelles-Capitale, Belgique",
        "contact": "Coordonnées",
        "degree": "2e",
        "followers": "abonnés",
        "connections": "relations",
        "follow": "Suivre",
        "message": "Message",
        "more": "Plus",
        "about_h": "Infos",
        "featured_h": "Sélection",
        "activity_h": "Activité",
        "experience_h": "Expérience",
        "education_h": "Formation",
        "skills_h": "Compétences",
        "recs_h": "Recommandations",
        "interests_h": "Intérêts",
        "all_exp": "Afficher les {n} expériences",
        "all_skills": "Afficher les {n} compétences",
        "all_received": "Afficher les {n} reçues",
        "given_n": "{n} données",
        "all_posts": "Afficher tous les posts",
        "show_all": "Tout afficher",
        "received": "Reçues",
        "given": "Données",
        "empty_h": "Rien à afficher pour le moment",
        "empty_p": "Les recommandations données par Noor s’afficheront ici.",
        "pills": ("Posts", "Commentaires", "Articles"),
        "not_posted": "Noor n’a rien publié récemment",
        "not_posted_p": "Les posts et commentaires récents de Noor s’afficheront ici.",
        "full_time": "Temps plein",
        "present": "janv. 2021 - aujourd’hui · 4 ans 11 mois",
        "endorsements": "{n} validations",
        "skill1": "Localisation",
        "skill2": "Gestion de la terminologie",
        "post": "Six langues, un seul jour de sortie : notre liste de contrôle.",
        "article": "Pourquoi les glossaires battent les guides de style",
        "article_kind": "Article",
        "rec1": "Avec Noor, notre lancement sur cinq marchés a semblé simple.",
        "rec2": "La relectrice la plus attentive avec qui j’ai travaillé.",
        "degree_hidden": "Relation de 2e niveau",
    },
    "es": {
        "locale": "es-ES",
        "hl": "es",
        "headline": "Responsable de localización | Terminología, guías de estilo y traducciones "
        "listas para publicar",
        "about": "Dirijo la localización de equipos de software: glosarios, redes de revisores "
        "y listas de comprobación, para que seis idiomas salgan el mismo día que el "
        "inglés.",
        "title": "Responsable de localización",
        "title2": "Terminóloga",
        "title3": "Traductora",
        "desc": "Creé la base terminológica y el flujo de revisión para seis idiomas.",
        "location": "Bruselas, Región de Bruselas-Capital, Bélgica",
        "contact": "Información de contacto",
        "degree": "2º",
        "followers": "seguidores",
        "connections": "contactos",
        "follow": "Seguir",
        "message": "Enviar mensaje",
        "more": "Más",
        "about_h": "Acerca de",
        "featured_h": "Destacado",
        "activity_h": "Actividad",
        "experience_h": "Experiencia",
        "education_h": "Educación",
        "skills_h": "Aptitudes",
        "recs_h": "Recomendaciones",
        "interests_h": "Intereses",
        "all_exp": "Mostrar las {n} experiencias",
        "all_skills": "Mostrar las {n} aptitudes",
        "all_received": "Mostrar las {n} recibidas",
        "given_n": "{n} otorgadas",
        "all_posts": "Mostrar todas las publicaciones",
        "show_all": "Mostrar todo",
        "received": "Recibidas",
        "given": "Otorgadas",
        "empty_h": "Nada que ver por ahora",
        "empty_p": "Las recomendaciones que otorgue Noor aparecerán aquí.",
        "pills": ("Publicaciones", "Comentarios", "Artículos"),
        "not_posted": "Noor no ha publicado nada recientemente",
        "not_posted_p": "Las publicaciones y comentarios recientes de Noor aparecerán aquí.",
        "full_time": "Jornada completa",
        "present": "ene. 2021 - actualidad · 4 años 11 meses",
        "endorsements": "{n} validaciones",
        "skill1": "Localización",
        "skill2": "Gestión terminológica",
        "post": "Seis idiomas, un solo día de lanzamiento: nuestra lista.",
        "article": "Por qué los glosarios ganan a las guías de estilo",
        "article_kind": "Artículo",
        "rec1": "Con Noor, nuestro lanzamiento en cinco mercados pareció fácil.",
        "rec2": "La revisora más cuidadosa con la que he trabajado.",
        "degree_hidden": "Contacto de 2º grado",
    },
}

COMPANY = "Polyglot Atelier"
COMPANY2 = "Lexicon Harbour"
SCHOOLS = ("Scheldeland University", "Sablon Institute of Translation")
POSITIONS, SKILLS, RECEIVED, GIVEN_2026 = 7, 30, 5, 1
ENDORSE = (23, 9)

_BG = "https://media.licdn.com/dms/image/v2/D4E16AQNoorBg/profile-displaybackgroundimage-shrink_350_1400/0/1740000000001?e=1&amp;v=beta&amp;t=g"
_PHOTO = "https://media.licdn.com/dms/image/v2/D4E03AQNoorPh/profile-displayphoto-shrink_400_400/0/1740000000000?e=1&amp;v=beta&amp;t=p"
_LOGO = "https://media.licdn.com/dms/image/v2/C4D0BAQPolygl/company-logo_100_100/0/1630000000000?e=1&amp;v=beta&amp;t=c"


def _t(value: str, tag: str = "span") -> str:
    """LinkedIn's doubled text (2022-2025): the shown copy and the screen-reader copy."""
    safe = escape(value, quote=False)
    return (
        f'<{tag} aria-hidden="true"><!---->{safe}<!----></{tag}>'
        f'<{tag} class="visually-hidden"><!---->{safe}<!----></{tag}>'
    )


def _entity(title: str, lines: list[str], href: str = "", sub: str = "") -> str:
    """One 2024-25 card entity: bold title, normal lines, optional nested sub-components."""
    body = "".join(
        f'<span class="t-14 t-normal{" t-black--light" if i else ""}">{_t(x)}</span>'
        for i, x in enumerate(lines)
    )
    logo = (
        f'<div><a class="optional-action-target-wrapper display-flex" target="_self" '
        f'href="{href}"><div class="ivm-image-view-model pvs-entity__image"><img width="48" '
        f'src="{_LOGO}" loading="lazy" height="48" alt="" class="ivm-view-attr__img--centered '
        f'EntityPhoto-square-3 evi-image lazy-image ember-view"></div></a></div>'
        if href
        else ""
    )
    wrap_open = (
        f'<a class="optional-action-target-wrapper display-flex flex-column full-width" '
        f'target="_self" href="{href}">'
        if href
        else '<div class="display-flex flex-column full-width">'
    )
    wrap_close = "</a>" if href else "</div>"
    subs = (
        f'<div class="pvs-entity__sub-components"><ul class="pvs-list">{sub}</ul></div>'
        if sub
        else ""
    )
    return (
        '<li class="artdeco-list__item aBcDeFgHiJkL">\n'
        '<div class="hBdhGrAq QwErTyUiOp" data-view-name="profile-component-entity">\n'
        f'  {logo}\n  <div class="display-flex flex-column full-width align-self-center">\n'
        '    <div class="display-flex flex-row justify-space-between">\n'
        f"      {wrap_open}\n"
        '        <div class="display-flex align-items-center"><div class="display-flex '
        f'align-items-center mr1 hoverable-link-text t-bold">{_t(title)}</div></div>\n'
        f"        {body}\n      {wrap_close}\n"
        '      <div class="pvs-entity__action-container"></div>\n    </div>\n'
        f"    {subs}\n  </div>\n</div></li>"
    )


def _text_sub(text: str) -> str:
    """A description line under an entity (inline-show-more-text)."""
    return (
        '<li class="pvs-list__item--with-top-padding"><div class="display-flex"><div '
        'class="display-flex full-width"><div class="pv-shared-text-with-see-more t-14 '
        't-normal t-black display-flex align-items-center"><div class="inline-show-more-text '
        f'inline-show-more-text--is-collapsed">{_t(text)}</div></div></div></div></li>'
    )


def _footer(text: str, href: str, anchor_id: str) -> str:
    """A card's "Show all N ..." footer link."""
    return (
        '<div class="pvs-list__footer-wrapper"><div class="pv-action"><a class="optional-'
        "action-target-wrapper artdeco-button artdeco-button--tertiary artdeco-button--2 "
        f'artdeco-button--muted inline-flex justify-center full-width" id="{anchor_id}" '
        f'target="_self" href="{href}"><span class="pvs-navigation__text">{escape(text)}'
        '</span><div class="pvs-navigation__icon"></div></a></div></div>'
    )


def _card(key: str, heading: str, body: str, header_extra: str = "") -> str:
    """A 2024-25 profile card: section, English anchor id, localized heading."""
    return (
        '<section data-view-name="profile-card" class="artdeco-card pv-profile-card break-words'
        '\n            " tabindex="-1">\n'
        f'  <div id="{key}" class="pv-profile-card__anchor"></div>\n'
        '  <div class="pvs-header__container"><div class="pvs-header__top-container--no-stack">'
        '<div class="pvs-header__left-container--stack"><div class="pvs-header__title-container">'
        f'\n    <h2 class="pvs-header__title text-heading-large">{_t(heading)}</h2>{header_extra}'
        "\n  </div></div></div></div>\n"
        f"{body}\n</section>\n"
    )


def _list(items: str) -> str:
    return (
        f'<div class="pvs-list__outer-container"><ul class="pvs-list ph5 display-flex '
        f'flex-row flex-wrap">{items}</ul></div>'
    )


def _slug(text: str) -> str:
    """A footer id the way LinkedIn builds navigation-index ids from the link text."""
    return "navigation-index-" + "-".join(text.split())


def cards_page(lang: str) -> str:
    """The 2025 cards layout (another member's view) in one UI language."""
    w = L[lang]
    base = f"https://www.linkedin.com/in/{VANITY}"
    followers = number(FOLLOWERS, lang)
    top = f"""<section class="artdeco-card QwErTyUi" data-member-id="771122334">
  <div class="top-card-background-hero-image"><div class="top-card-background-hero-image__bg-image"><div tabindex="-1" class="profile-background-image"><div class="profile-background-image__image-container"><img class="profile-background-image__image relative full-width full-height" id="profile-background-image-target-image" alt="" src="{_BG}"></div></div></div></div>
  <div class="ph5 pb5">
    <div class="display-flex"><div class="pv-top-card--photo text-align-left"><div class="pv-top-card__non-self-photo-wrapper ml0"><button class="PqRsTuVw pv-top-card-profile-picture__container" type="button"><img width="200" title="{NAME}" src="{_PHOTO}" height="200" alt="{NAME}" class="YvOlMaMq pv-top-card-profile-picture__image--show evi-image ember-view"></button></div></div></div>
    <div class="mt2 relative">
      <div><div><a href="/in/{VANITY}/overlay/about-this-profile/" class="ember-view rKMbjbcof" aria-label="{NAME}"><h1 class="inline t-24 v-align-middle break-words">{NAME}</h1></a><span class="distance-badge t-black--light t-14"><span class="visually-hidden">{escape(w["degree_hidden"])}</span><span class="dist-value " aria-hidden="true">{w["degree"]}</span></span></div>
        <div class="text-body-medium break-words" data-generated-suggestion-target="urn:li:fsu_profileActionDelegate:771122">
          {escape(w["headline"])}
        </div>
      </div>
      <div class="mt2">
        <span class="text-body-small inline t-black--light break-words">
          {escape(w["location"])}
        </span>
        <span class="pv-text-details__separator t-black--light">
          <a href="/in/{VANITY}/overlay/contact-info/" id="top-card-text-details-contact-info" class="ember-view link-without-visited-state cursor-pointer text-heading-small inline-block break-words">{escape(w["contact"])}</a>
        </span>
      </div>
    </div>
    <ul class="pv-top-card--list display-flex pb1"><li class="text-body-small t-black--light inline-block"><span class="t-bold">{followers}</span>
 {escape(w["followers"])}</li><li class="text-body-small"><span class="t-black--light"><span class="t-bold">500+</span>
 {escape(w["connections"])}</span></li></ul>
    <div class="pv-top-card-v2-ctas pt2 display-flex"><div class="pvs-profile-actions"><button class="artdeco-button artdeco-button--2 artdeco-button--primary pvs-profile-actions__action" type="button"><span class="artdeco-button__text">{escape(w["follow"])}</span></button><button class="artdeco-button artdeco-button--2 artdeco-button--secondary pvs-profile-actions__action" type="button"><span class="artdeco-button__text">{escape(w["message"])}</span></button></div></div>
  </div>
</section>
"""
    about = _card(
        "about",
        w["about_h"],
        (
            '<div class="display-flex ph5 pv3"><div class="pv-shared-text-with-see-more full-width '
            't-14 t-normal t-black"><div class="inline-show-more-text inline-show-more-text--is-'
            f'collapsed" dir="ltr">{_t(w["about"])}</div></div></div>'
        ),
    )
    featured = _card(
        "featured",
        w["featured_h"],
        (
            '<div class="pvs-list__outer-container"><ul class="pvs-list"><li class="artdeco-carousel__item">'
            f'<div class="hBdhGrAq" data-view-name="profile-component-entity"><a href="https://www.'
            f'linkedin.com/pulse/noor-glossaries-7200000000000000000/"><div class="t-bold">'
            f'{_t(w["article"])}</div><span class="t-14 t-normal">{_t(w["article_kind"])}</span>'
            "</a></div></li></ul></div>"
        ),
    )
    pills = "".join(
        f'<button aria-pressed="{"true" if i == 0 else "false"}" class="profile-creator-shared-'
        f'pills__pill artdeco-pill artdeco-pill--slate artdeco-pill--choice artdeco-pill--2" '
        f'id="content-collection-pill-{i}" type="button"><span class="artdeco-pill__text">'
        f"{escape(p)}</span></button>"
        for i, p in enumerate(w["pills"])
    )
    activity = _card(
        "content_collections",
        w["activity_h"],
        (
            f'  <div class="mb3"><div class="pv2 ph5"><div class="display-flex white-space-nowrap" '
            f'role="group">{pills}</div></div></div>'
            '<div class="scaffold-finite-scroll"><ul class="artdeco-carousel__slider"><li class="'
            'artdeco-carousel__item active"><div class="full-height" data-view-name="feed-full-update">'
            '<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:'
            f'7310000000000000001"><div class="feed-shared-update-v2__description"><span class="'
            f'break-words">{escape(w["post"])}</span></div></div></div></li></ul></div>'
            + _footer(
                w["all_posts"], f"{base}/recent-activity/all/", "navigation-index-see-all-posts"
            )
        ),
        header_extra=(
            '<p class="YTzAbqWErty pvs-header__optional-link text-body-small"><span class="pvs-entity'
            f'__caption-wrapper" aria-hidden="true"><!---->{followers} {escape(w["followers"])}'
            f'<!----></span><span class="visually-hidden"><!---->{followers} '
            f"{escape(w['followers'])}<!----></span></p>"
        ),
    )
    exp_items = (
        _entity(
            w["title"],
            [f"{COMPANY} · {w['full_time']}", w["present"], w["location"]],
            "https://www.linkedin.com/company/polyglot-atelier-example/",
            _text_sub(w["desc"]),
        )
        + _entity(
            w["title2"],
            [f"{COMPANY2} · {w['full_time']}", "2017 - 2020"],
            "https://www.linkedin.com/company/lexicon-harbour-example/",
        )
        + _entity(w["title3"], ["2014 - 2017"])
    )
    experience = _card(
        "experience",
        w["experience_h"],
        _list(exp_items)
        + _footer(
            w["all_exp"].format(n=POSITIONS),
            f"{base}/details/experience/",
            "navigation-index-see-all-experiences",
        ),
    )
    education = _card(
        "education",
        w["education_h"],
        _list(
            _entity(
                SCHOOLS[0],
                ["MA", "2012 - 2014"],
                "https://www.linkedin.com/school/scheldeland-example/",
            )
            + _entity(SCHOOLS[1], ["BA", "2009 - 2012"])
        ),
    )
    skill_items = "".join(
        _entity(
            name,
            [],
            f"{base}/overlay/urn:li:fsd_skill:({URN},{i})/",
            sub=(
                f'<li><a class="optional-action-target-wrapper display-flex" target="_self" href="'
                f'{base}/details/skills/urn:li:fsd_skill:({URN},{i})/"><div class="display-flex '
                f'align-items-center t-14 t-normal t-black">{_t(w["endorsements"].format(n=n))}'
                "</div></a></li>"
            ),
        )
        for i, (name, n) in enumerate(((w["skill1"], ENDORSE[0]), (w["skill2"], ENDORSE[1])))
    )
    all_skills = w["all_skills"].format(n=SKILLS)
    skills = _card(
        "skills",
        w["skills_h"],
        _list(skill_items)
        + _footer(
            all_skills,
            f"{base}/details/skills?profileUrn=urn%3Ali%3Afsd_profile%3A{URN}",
            _slug(all_skills),
        ),
    )
    received = _entity(
        "Ilse Vandamme",
        ["Head of Product"],
        "https://www.linkedin.com/in/ilse-vandamme-example",
        _text_sub(w["rec1"]),
    ) + _entity(
        "Tomasz Brel",
        ["QA Engineer"],
        "https://www.linkedin.com/in/tomaszbrel-example",
        _text_sub(w["rec2"]),
    )
    empty = _entity(w["empty_h"], [w["empty_p"]])
    recs = _card(
        "recommendations",
        w["recs_h"],
        f"""<div class="artdeco-tabs artdeco-tabs--size-t-48 ember-view">
  <div class="artdeco-tablist artdeco-tablist--no-wrap" role="tablist">
    <button tabindex="0" aria-selected="true" id="ember201" class="artdeco-tab active artdeco-tab--selected" role="tab" aria-controls="ember203">{_t(w["received"])}</button>
    <button tabindex="-1" aria-selected="false" id="ember202" class="artdeco-tab" role="tab" aria-controls="ember204">{_t(w["given"])}</button>
  </div>
  <div tabindex="0" id="ember203" class="artdeco-tabpanel active" role="tabpanel" aria-labelledby="ember201">{_list(received)}{_footer(w["all_received"].format(n=RECEIVED), f"{base}/details/recommendations?detailScreenTabIndex=0", "navigation-index-see-all-recommendations")}</div>
  <div tabindex="-1" id="ember204" class="artdeco-tabpanel" role="tabpanel" aria-labelledby="ember202">{_list(empty)}</div>
</div>""",
    )
    interests = _card(
        "interests",
        w["interests_h"],
        _list(
            _entity(
                COMPANY,
                [f"{number(8204, lang)} {w['followers']}"],
                "https://www.linkedin.com/company/polyglot-atelier-example/",
            )
        ),
    )
    return f"""<!DOCTYPE html><html lang="{w["locale"]}" class="theme theme--mercado app-loader--default artdeco osx"><head>
<meta charset="utf-8">
<title>{NAME} | LinkedIn</title>
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application boot-complete">
<header id="global-nav" class="global-nav global-nav--mercado"><div class="global-nav__content"><a href="/in/viewer-person-0b1c2d3e/" class="global-nav__primary-link">{escape(w["more"])}</a></div></header>
<div class="application-outlet"><div class="scaffold-layout"><div class="scaffold-layout__inner"><div class="scaffold-layout__row scaffold-layout__content">
<main id="main" class="scaffold-layout__main">
{top}{about}{featured}{activity}{experience}{education}{skills}{recs}{interests}</main>
</div></div></div></div>
</body></html>
"""


def _sdui_card(name: str, inner: str) -> str:
    """A 2026 card: a holder div and its section with the same componentkey."""
    key = f"com.linkedin.sdui.profile.card.ref{URN}{name}"
    return (
        f'<div componentkey="{key}"><div data-display-contents="true"><section class="'
        f'_d5e1b7a2" componentkey="{key}"><div class="_31c9e0f4"><div class="_52ad7e19">\n'
        f"{inner}\n</div></div></section></div></div>\n"
    )


def _part(n: int, inner: str) -> str:
    """A rendered lazy part below Activity (2026)."""
    return (
        f'<div componentkey="profileCardsBelowActivityPart{n}{VANITY}" data-floating-ui-'
        f'inert=""><div data-sdui-component="com.linkedin.sdui.generated.profile.dsl.impl.'
        f'profileCardsBelowActivityPart{n}"><div>\n{inner}</div></div></div>\n'
    )


def _li(runs: list[str], href: str = "", text_box: str = "") -> str:
    """A 2026 list entry as on the real rendered cards: no <li>, a
    ``componentkey="entity-collection-item--<hash>"`` div holding text runs, an optional
    company link and description box; entries after the first open with a rule."""
    link = (
        f'<a href="{href}" class="_1e2f3a4b"><figure aria-hidden="true"><svg id="company-'
        'accent-4" aria-hidden="true" viewBox="0 0 128 128" role="img" aria-label=""></svg>'
        "</figure></a>"
        if href
        else ""
    )
    ps = "".join(f'<p class="_2f3a4b5c">{escape(r)}</p>' for r in runs)
    box = (
        f'<p class="_3a4b5c6d"><span tabindex="-1" data-testid="expandable-text-box">'
        f"{escape(text_box)}</span></p>"
        if text_box
        else ""
    )
    key = hashlib.md5(runs[0].encode()).hexdigest()[:8]
    return f'<div componentkey="entity-collection-item--{key}"><div>{link}<div>{ps}</div>{box}</div></div>\n'


def _plain_entry(runs: list[str], href: str = "", first: bool = False) -> str:
    """A 2026 Education or Languages entry: no stable key, a rule between entries (real)."""
    link = f'<a href="{href}" class="_1e2f3a4b"></a>' if href else ""
    ps = "".join(f'<p class="_2f3a4b5c">{escape(r)}</p>' for r in runs)
    rule = "" if first else '<hr role="presentation">'
    return f'{rule}<div componentkey="{hashlib.md5(runs[0].encode()).hexdigest()}"><div>{link}<div>{ps}</div></div></div>\n'


def _skill(name: str, n: int) -> str:
    """A 2026 skill entry: ``com.linkedin.sdui.profile.skill(<urn>, N)`` twice, then a
    divider holder (real Skills card); the card prints no endorsement count."""
    key = f"com.linkedin.sdui.profile.skill({URN}, {n})"
    return (
        f'<div componentkey="{key}"><div componentkey="{key}"><div><div><p class="_2f3a4b5c">'
        f'{escape(name)}</p></div></div></div></div><div componentkey="{key}-divider"><hr '
        f'componentkey="{key}-divider" role="presentation"></div>\n'
    )


def _sdui_link(href: str, label: str) -> str:
    return (
        f'<div><a aria-disabled="false" href="{href}" componentkey="6a7b8c9d-link" '
        f'aria-label="{escape(label)}"><span><span>{escape(label)}</span></span></a></div>'
    )


def sdui_page(lang: str) -> str:
    """The 2026 SDUI layout after scrolling (every lazy part rendered) in one UI language."""
    w = L[lang]
    base = f"https://www.linkedin.com/in/{VANITY}"
    followers = f"{number(FOLLOWERS, lang, NNBSP)} {w.get('followers_2026', w['followers'])}"
    cover = {
        "en": "Cover photo",
        "nl": "Omslagfoto",
        "it": "Foto di copertina",
        "de": "Titelbild",
        "fr": "Photo de couverture",
        "es": "Foto de portada",
    }[lang]
    photo = {
        "en": "Profile photo",
        "nl": "Profielfoto",
        "it": "Foto del profilo",
        "de": "Profilbild",
        "fr": "Photo de profil",
        "es": "Foto del perfil",
    }[lang]
    top = _sdui_card(
        "Topcard",
        f"""<div class="_9a1b2c3d">
<div class="_0b1c2d3e"><div class="_1c2d3e4f"><a tabindex="0" class="_2d3e4f50" href="{base}/overlay/background-photo/"><figure class="_3e4f5061"><svg id="person-medium" viewBox="0 0 552 138" role="img" aria-label="{cover}" aria-hidden="false"></svg><img class="_c02e55f1" alt="{cover}" src="{_BG}" data-loaded="true"></figure></a></div></div>
<a tabindex="0" class="_4f506172" href="{base}/" componentkey="f8b0d2e4-photo"><div class="_50617283" componentkey="f8b0d2e4-photo" aria-label="{photo}"><figure class="_61728394" aria-hidden="true"><svg id="person-accent-4" aria-hidden="true" viewBox="0 0 128 128" role="img" aria-label=""></svg><img class="_c02e55f1" alt="" src="{_PHOTO}" data-loaded="true"></figure></div></a><div class="_728394a5"></div>
</div>
<div class="_8394a5b6"><div class="_94a5b6c7">
<div class="_a5b6c7d8"><div class="_b6c7d8e9">
<div class="_c7d8e9fa">
<div aria-expanded="false" aria-haspopup="dialog"><div class="_d8e9fa0b" data-display-contents="true"><a tabindex="0" class="_e9fa0b1c" href="{base}/" componentkey="0a1b2c3d-name"><div class="_fa0b1c2d" componentkey="0a1b2c3d-name"><div class="_0b1c2d3f">
<h2 class="_1c2d3e50">{NAME}</h2>
</div></div></a></div></div>
<div class="_2d3e4f61" data-display-contents="true"><p class="_3e4f5072">&#183; {escape(w["degree"])}</p></div>
</div>
<p class="_4f506183">{escape(w["headline"])}</p>
<p class="_1d2e3f40">{COMPANY} &#183; {SCHOOLS[0]}</p>
<div class="_50617294">
<p class="_617283a5">{escape(w["location"])}</p>
<p class="_728394b6">&#183;</p>
<p class="_8394a5c7"><a class="_94a5b6d8" href="{base}/overlay/contact-info/">{escape(w["contact"])}</a></p>
</div>
</div></div>
<div class="_a5b6c7e9"><div class="_b6c7d8fa">
<div role="button" tabindex="0" class="_c7d8e90b"><div class="_d8e9fa1c"><figure aria-hidden="true"><svg id="company-accent-4" aria-hidden="true" viewBox="0 0 128 128" role="img" aria-label=""></svg></figure><div><div><div><p class="_fa0b1c3e">{COMPANY}</p></div></div></div></div></div>
<div role="button" tabindex="0" class="_c7d8e90b"><div class="_d8e9fa1c"><figure aria-hidden="true"><svg id="school-accent-4" aria-hidden="true" viewBox="0 0 128 128" role="img" aria-label=""></svg></figure><div><div><div><p class="_fa0b1c3e">{SCHOOLS[0]}</p></div></div></div></div></div>
</div></div>
</div>
<div class="_0c1d2e3f">
<p class="_a1b2c3d4">{escape(followers)}</p>
<p class="_b2c3d4e5" aria-hidden="true">&#183;</p>
<p class="_c3d4e5f6">500+</p>
<p class="_d4e5f607">{escape(w["connections"])}</p>
</div>
<div class="_1d2e3f40" data-display-contents="true"><div class="_2e3f4051"><div class="_3f405162">
<div data-display-contents="true"><button class="_5f7a9c1e" type="button" componentkey="b4d6f8a0-follow" aria-label="{escape(w["follow"])} {NAME}"><span><svg id="add-small" aria-hidden="true" viewBox="0 0 16 16" role="img" aria-label=""></svg><div><span>{escape(w["follow"])}</span></div></span></button></div>
<div data-display-contents="true"><a class="_6a8c0e2f" aria-disabled="false" href="/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3A{URN}" componentkey="c5e7a9b1-message"><span><svg id="send-privately-medium" aria-hidden="true" viewBox="0 0 16 16" role="img" aria-label=""></svg><span>{escape(w["message"])}</span></span></a></div>
<div data-display-contents="true"><button class="_7b9d1f3a" type="button" componentkey="d6f8b0c2-more" aria-expanded="false"><span><span>{escape(w["more"])}</span></span></button></div>
</div></div></div>
</div></div>""",
    )
    about = _sdui_card(
        "About",
        f"""<div class="_4a5b6c7d"><h2 class="_5b6c7d8e">{escape(w["about_h"])}</h2></div>
<div class="_6c7d8e9f"><p class="_7d8e9fa0"><span tabindex="-1" data-testid="expandable-text-box">{escape(w["about"])}<button type="button" aria-hidden="true" data-testid="expandable-text-button"><span>&#8230;</span></button></span></p></div>""",
    )
    above = (
        f'<div componentkey="profileCardsAboveActivity{VANITY}" data-floating-ui-inert=""><div '
        'data-sdui-component="com.linkedin.sdui.generated.profile.dsl.impl.profileCardsAbove'
        f'Activity"><div>\n<div componentkey="com.linkedin.sdui.profile.card.ref{URN}'
        f'SuggestedForYou"></div>\n{about}<div componentkey="com.linkedin.sdui.profile.card.'
        f'ref{URN}Services"></div>\n<div componentkey="com.linkedin.sdui.profile.card.ref{URN}'
        'Featured"></div>\n</div></div></div>\n'
    )
    activity = f"""<div componentkey="com.linkedin.sdui.profile.card.ref{VANITY}Activity"><div data-sdui-component="com.linkedin.sdui.generated.profile.dsl.impl.profileCardsActivity"><div data-display-contents="true"><section class="_d5e1b7a2" componentkey="3d4e5f6a-activity"><div><div>
<div><div>
<h2 class="_6c7d8e90">{escape(w["activity_h"])}</h2>
<div class="_4a5b6c7e"><p class="_5b6c7d8f">{escape(followers)}</p></div>
</div></div>
<div><p class="_7e8f9a0b">{escape(w["not_posted"])}</p><p class="_8f9a0b1c">{escape(w["not_posted_p"])}</p></div>
<hr role="presentation">
<div><a aria-disabled="false" href="{base}/recent-activity/all/" componentkey="5f6a7b8c-all"><span><span>{escape(w["show_all"])}</span></span></a></div>
</div></div></section></div></div></div>
"""
    experience = _sdui_card(
        "ExperienceTopLevelSection",
        (
            f'<div class="_8b9c0d1e"><h2 class="_9c0d1e2f">{escape(w["experience_h"])}</h2></div>\n'
            '<div class="_0d1e2f3a">\n'
            + _li(
                [w["title"], f"{COMPANY} · {w['full_time']}", w["present"]],
                "https://www.linkedin.com/company/polyglot-atelier-example/",
                w["desc"],
            )
            + _li(
                [w["title2"], f"{COMPANY2} · {w['full_time']}", "2017 - 2020"],
                "https://www.linkedin.com/company/lexicon-harbour-example/",
            )
            + _li([w["title3"], "2014 - 2017"])
            + '</div>\n<hr role="presentation">\n'
            # the real 2026 footer states no number ("Alle anzeigen")
            + _sdui_link(f"{base}/details/experience/", w["show_all"])
        ),
    )
    education = _sdui_card(
        "EducationTopLevelSection",
        (
            f'<div class="_8b9c0d1e"><h2 class="_9c0d1e2f">{escape(w["education_h"])}</h2></div>\n'
            '<div class="_0d1e2f3a">\n'
            + _plain_entry(
                [SCHOOLS[0], "MA", "2012 - 2014"],
                "https://www.linkedin.com/school/scheldeland-example/",
                first=True,
            )
            + _plain_entry([SCHOOLS[1], "BA", "2009 - 2012"])
            + "</div>"
        ),
    )
    skills = _sdui_card(
        "Skills",
        (
            f'<div class="_8b9c0d1e"><h2 class="_9c0d1e2f">{escape(w["skills_h"])}</h2></div>\n'
            '<div class="_0d1e2f3a">\n'
            + _skill(w["skill1"], 11)
            + _skill(w["skill2"], 12)
            + '</div>\n<hr role="presentation">\n'
            + _sdui_link(f"{base}/details/skills/", w["show_all"])
        ),
    )
    recs = _sdui_card(
        "Recommendations",
        (
            f'<div class="_8b9c0d1e"><h2 class="_9c0d1e2f">{escape(w["recs_h"])}</h2></div>\n'
            f'<div><div role="radio" tabindex="0" componentkey="9d0e-received" aria-checked="true"><div>'
            f'<input id=":r9:" tabindex="-1" type="checkbox"><label for=":r9:">{escape(w["received"])}'
            '</label></div></div><div role="radio" tabindex="0" componentkey="0e1f-given" aria-checked='
            f'"false"><div><input id=":ra:" tabindex="-1" type="checkbox"><label for=":ra:">'
            f"{escape(w['given'])}</label></div></div></div>\n"
            f'<div componentkey="{VANITY}recommendations_received_pillContent"><div class="_0d1e2f3a">\n'
            + _li(["Ilse Vandamme", "Head of Product"], text_box=w["rec1"])
            + _li(["Tomasz Brel", "QA Engineer"], text_box=w["rec2"])
            + '</div></div>\n<hr role="presentation">\n'
            + _sdui_link(
                f"{base}/details/recommendations/?detailScreenTabIndex=0",
                w["all_received"].format(n=RECEIVED),
            )
            + _sdui_link(
                f"{base}/details/recommendations/?detailScreenTabIndex=1",
                w["given_n"].format(n=GIVEN_2026),
            )
        ),
    )
    parts = (
        _part(1, experience + education)
        + _part(2, skills)
        + _part(3, recs)
        + "".join(_part(n, "") for n in (4, 5, 6))
    )
    return f"""<!DOCTYPE html>
<html lang="{w["locale"]}" dir="ltr" translate="no"><head>
<meta charset="utf-8">
<title>{NAME} | LinkedIn</title>
</head>
<body class="_0f3c8a21">
<header class="_7f83dc96"><nav componentkey="primaryNavLinksComponentRef"><a href="https://www.linkedin.com/feed/">LinkedIn</a></nav></header>
<main class="_a81c4f0e"><div class="_b27e0d93">
{top}{above}{activity}{parts}<div componentkey="com.linkedin.sdui.profile.card.ref{URN}SupportedLocales"></div>
</div></main>
</body></html>
"""


def details_page() -> str:
    """/details/experience/ in Italian: the it-IT suffix of the item ids names the UI language."""
    w = L["it"]
    rows = [(w["title"], f"{COMPANY} · {w['full_time']}")] + [
        (f"{w['title2']} {n}" if n else w["title2"], COMPANY2) for n in range(POSITIONS - 1)
    ]
    items = "".join(
        f'<li id="profilePagedListComponent-{URN}-EXPERIENCE-VIEW-DETAILS-profile-{URN}-NONE-'
        f'it-IT-{i}" class="pvs-list__paged-list-item artdeco-list__item">'
        + _entity(
            title,
            [sub],
            "https://www.linkedin.com/company/polyglot-atelier-example/",
            _text_sub(w["desc"]) if i == 0 else "",
        )[len('<li class="artdeco-list__item aBcDeFgHiJkL">') :]
        for i, (title, sub) in enumerate(rows)
    )
    return f"""<!DOCTYPE html><html lang="it-IT" class="theme theme--mercado artdeco osx"><head>
<meta charset="utf-8">
<title>Esperienza | {NAME} | LinkedIn</title>
</head>
<body dir="ltr" class="render-mode-BIGPIPE nav-v2 ember-application boot-complete">
<div class="application-outlet"><div class="scaffold-layout">
<section class="scaffold-layout-toolbar"><div class="pv-profile-sticky-header-v2__container pv1">
<div class="artdeco-entity-lockup artdeco-entity-lockup--size-1 pv-profile-sticky-header-v2__mini-profile-container">
<img src="{_PHOTO}" loading="lazy" alt="{NAME}" class="presence-entity__image EntityPhoto-circle-1 evi-image lazy-image ember-view">
<div class="artdeco-entity-lockup__content"><div class="artdeco-entity-lockup__title">{NAME}</div>
<div class="artdeco-entity-lockup__subtitle truncate">{escape(w["headline"])}</div></div>
</div></div></section>
<main id="main" class="scaffold-layout__main"><section class="artdeco-card pb3">
<div class="pvs-header__container"><h2 class="pvs-header__title text-heading-large">{_t(w["experience_h"])}</h2>
<a href="/in/{VANITY}/add-edit/POSITION/" class="visually-hidden">+</a></div>
<div class="pvs-list__container"><ul class="pvs-list">{items}</ul></div>
</section></main>
</div></div>
</body></html>
"""


def main() -> int:
    """Write every language fixture page."""
    for lang in L:
        (OUT / f"i18n-cards-{lang}.html").write_text(cards_page(lang), encoding="utf-8")
        (OUT / f"i18n-2026-{lang}.html").write_text(sdui_page(lang), encoding="utf-8")
    (OUT / "i18n-details-experience-it.html").write_text(details_page(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

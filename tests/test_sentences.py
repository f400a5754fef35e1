"""The measured lines and advice read as whole sentences, in English, Dutch and Italian.

Every branch of every rule is rendered in each language: no fragment glued to a word
("posts yes, articles no"), no leftover placeholder, no English inside a Dutch or
Italian report, the right plural for one and for many, and LinkedIn's own words.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from auditor import report_i18n
from auditor.findings import Message
from auditor.model import About
from auditor.model import Activity
from auditor.model import Position
from auditor.model import Skill
from auditor.report import score
from auditor.rules import RULES
from tests.factories import strong_profile

LANGUAGES = ("en", "nl", "it")
_FACTS = (True, False, None)


def _variants() -> list[tuple[str, dict[str, Any]]]:
    """(rule id, facts) for every branch of every rule: each status, one and many."""
    cases: list[tuple[str, dict[str, Any]]] = [("photo", {"photo": p}) for p in _FACTS]
    cases += [
        ("headline", {"headline": h})
        for h in (None, "", "Customer Success Lead", "Helping teams | Lead", "Go|Grow")
    ]
    cases += [
        ("about", {"about": a})
        for a in (None, About.of(""), About.of("word"), About.of("word " * 40))
    ]
    cases += [("about", {"about": About.of("wordy " * 167)})]
    cases += [
        ("current-position", {"current_position": None, "positions": positions})
        for positions in (0, None)
    ]
    for (title, company), description, linked in itertools.product(
        (("CTO", "Acme"), ("CTO", None), (None, "Acme"), (None, None)), _FACTS, _FACTS
    ):
        position = Position(
            title=title, company=company, has_description=description, company_linked=linked
        )
        cases.append(("current-position", {"current_position": position}))
    cases += [("skills", {"skills_total": n}) for n in (0, 1, 7, 8, 20, 21)]
    cases += [
        ("skills", {"skills_total": None, "skills": shown})
        for shown in (None, [], [Skill(name="a")], [Skill(name=f"s{i}") for i in range(10)])
    ]
    for counts in ((0,), (1,), (0, 0), (1, 0), (1, 0, 0), (2, 1), (None,)):
        skills = [Skill(name=f"s{i}", endorsements=n) for i, n in enumerate(counts)]
        cases.append(("endorsements", {"skills": skills}))
    cases += [("endorsements", {"skills": [], "skills_total": 0})]
    cases += [("endorsements", {"skills": None, "skills_total": None})]
    cases += [("recommendations", {"recommendations_received": n}) for n in (None, 0, 1, 2, 3)]
    cases += [
        ("publishing", {"activity": Activity(has_posts=posts, has_articles=articles)})
        for posts, articles in itertools.product(_FACTS, _FACTS)
    ]
    cases += [("publishing", {"activity": None})]
    return cases


VARIANTS = _variants()


def _render(rule_id: str, facts: dict[str, Any], lang: str) -> tuple[str, str]:
    """The measured line and the advice of one rule on a profile, in a language."""
    finding = RULES[rule_id].check(strong_profile(**facts))
    return report_i18n.render(finding.measured, lang), report_i18n.render(finding.advice, lang)


def _ids(message: Message) -> list[Message]:
    """A message and the sentences that follow it."""
    return [message, *(m for more in message.more for m in _ids(more))]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("rule_id", "facts"), VARIANTS)
def test_whole_sentences(rule_id: str, facts: dict[str, Any], lang: str) -> None:
    """Each measured line and advice is whole: capitalised, complete, no placeholder left."""
    measured, advice = _render(rule_id, facts, lang)
    for sentence in (measured, advice):
        assert sentence[0].isupper() or sentence[0].isdigit(), sentence
        assert "{" not in sentence and "}" not in sentence, sentence
        assert "  " not in sentence and ".." not in sentence, sentence
    # The advice is a sentence; the measured line ends without a full stop, so the panel
    # and the reports can set it beside the aim ("…: aim for at least 8").
    assert advice.endswith("."), advice
    assert not measured.endswith("."), measured
    # The old fragments: a yes/no glued to a noun, a measured line that repeats the aim.
    assert not re.search(r"\b(yes|no|ja|nee|sì|unknown|onbekend)(,|$)", measured), measured
    assert RULES[rule_id].THRESHOLD not in measured


@pytest.mark.parametrize("lang", ("nl", "it"))
@pytest.mark.parametrize(("rule_id", "facts"), VARIANTS)
def test_no_english_in_translations(rule_id: str, facts: dict[str, Any], lang: str) -> None:
    """A Dutch or Italian report says every sentence in its language."""
    finding = RULES[rule_id].check(strong_profile(**facts))
    for message in [*_ids(finding.measured), *_ids(finding.advice)]:
        english = report_i18n.render(Message(message.id, message.params, message.plural), "en")
        translated = report_i18n.render(Message(message.id, message.params, message.plural), lang)
        assert translated != english, english


# Hand-checked sentences: (rule, facts, language, measured, advice).
EXPECTED = [
    (
        "headline",
        {"headline": "Helping SaaS teams cut churn | Customer Success lead at Acme"},
        "it",
        "Il tuo titolo di 10 parole dice più della qualifica",
        "Il tuo titolo dice più della qualifica: mantienilo specifico e aggiornato.",
    ),
    (
        "headline",
        {"headline": "Customer Success Lead"},
        "nl",
        "Je kopregel is alleen je functietitel",
        "Zeg in je kopregel meer dan je functietitel: wie je helpt en hoe,"
        " in de woorden van je klanten.",
    ),
    (
        "publishing",
        {"activity": Activity(has_posts=True, has_articles=False)},
        "en",
        "Your activity shows posts but no articles or newsletters",
        "Publish an article or a newsletter on your field of expertise.",
    ),
    (
        "recommendations",
        {"recommendations_received": 1},
        "it",
        "Hai ricevuto 1 referenza",
        "Chiedi una referenza su un risultato concreto ad ancora 2 colleghi o clienti.",
    ),
    (
        "recommendations",
        {"recommendations_received": 2},
        "it",
        "Hai ricevuto 2 referenze",
        "Chiedi una referenza su un risultato concreto ad ancora 1 collega o cliente.",
    ),
    (
        "recommendations",
        {"recommendations_received": 2},
        "nl",
        "Je hebt 2 aanbevelingen ontvangen",
        "Vraag nog 1 collega of klant om een aanbeveling over een concreet resultaat.",
    ),
    (
        "skills",
        {"skills_total": 20},
        "en",
        "You list 20 skills",
        "Add 1 more skill to list more than 20.",
    ),
    (
        "skills",
        {"skills_total": 7},
        "nl",
        "Je vermeldt 7 vaardigheden",
        "Voeg minstens 1 vaardigheid toe om er 8 te hebben, en mik daarna op meer dan 20.",
    ),
    (
        "current-position",
        {"current_position": Position(company="Acme", company_linked=True)},
        "en",
        "Current position at Acme (the page does not show its title)."
        " It links to its company page; the page does not show whether it has a description",
        "Open your profile's Experience section and audit again to check the rest.",
    ),
    (
        "endorsements",
        {"skills": [Skill(name="a", endorsements=1)]},
        "it",
        "Ogni competenza mostrata ha ricevuto conferme. 1 conferma in tutto",
        "Le competenze mostrate hanno ricevuto conferme: conferma anche quelle degli altri,"
        " molti ricambiano.",
    ),
]


@pytest.mark.parametrize(("rule_id", "facts", "lang", "measured", "advice"), EXPECTED)
def test_hand_checked_sentences(
    rule_id: str, facts: dict[str, Any], lang: str, measured: str, advice: str
) -> None:
    """A few sentences as a member reads them, including one and many."""
    assert _render(rule_id, facts, lang) == (measured, advice)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ("Kopregel", "Info-sectie", "Vaardigheden", "Onderschrijvingen", "Aanbevelingen")),
        ("it", ("Titolo", "Sezione Informazioni", "Competenze", "Conferme", "Referenze")),
    ],
)
def test_linkedin_words(lang: str, words: tuple[str, ...]) -> None:
    """Criterion titles use the words LinkedIn's own UI uses in the language."""
    titles = {c.title for c in score(strong_profile(), lang).criteria}
    assert set(words) <= titles
    assert "Sommario" not in titles  # not LinkedIn's Italian word for the headline


@pytest.mark.parametrize(
    ("singular", "plural", "lang", "one", "two", "half"),
    [
        ("+{n} point", "+{n} points", "en", "+1 point", "+2 points", "+1.5 points"),
        ("+{n} point", "+{n} points", "nl", "+1 punt", "+2 punten", "+1,5 punten"),
        ("+{n} point", "+{n} points", "it", "+1 punto", "+2 punti", "+1,5 punti"),
    ],
)
def test_ngettext(singular: str, plural: str, lang: str, one: str, two: str, half: str) -> None:
    """gettext plural forms from the catalogs: one, many, and a fraction (the "other" form)."""
    for n, expected in ((1, one), (2, two), (1.5, half)):
        template = report_i18n.ngettext(singular, plural, n, lang)
        assert template.format(n=report_i18n.format_number(n, lang)) == expected

"""Each brand-pillar rule on hand-built facts: pass, fail, partial, unknown and edges."""

from __future__ import annotations

from typing import Any

import pytest

from auditor.findings import Status
from auditor.model import About
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Skill
from auditor.report import MAX_SCORE
from auditor.report import WEIGHTS
from auditor.report import score
from auditor.rules import RULES
from auditor.rules import get
from tests.factories import strong_profile
from tests.factories import unknown_profile


def points(rule_id: str, **facts: Any) -> tuple[Status, float, float]:
    """Status, points and unknown points of one criterion for a strong profile with overrides."""
    criterion = next(c for c in score(strong_profile(**facts)).criteria if c.id == rule_id)
    return criterion.status, criterion.points, criterion.unknown_points


def test_strong_profile_earns_everything() -> None:
    report = score(strong_profile())
    assert report.score == MAX_SCORE == sum(WEIGHTS.values())
    assert report.unknown_points == 0
    assert all(c.status is Status.PASS for c in report.criteria)
    assert report.next_steps == []


def test_unknown_profile_earns_nothing_and_says_why() -> None:
    report = score(unknown_profile())
    assert report.score == 0
    assert report.unknown_points == MAX_SCORE
    assert all(c.status is Status.UNKNOWN for c in report.criteria)
    assert "25 points could not be checked" in report.summary
    assert all(c.advice for c in report.criteria)


@pytest.mark.parametrize(
    ("rule_id", "facts", "expected"),
    [
        ("photo", {"photo": False}, (Status.FAIL, 0, 0)),
        ("photo", {"photo": None}, (Status.UNKNOWN, 0, 3)),
        ("headline", {"headline": ""}, (Status.FAIL, 0, 0)),
        ("headline", {"headline": "--"}, (Status.FAIL, 0, 0)),
        ("headline", {"headline": "Customer Success Lead"}, (Status.PARTIAL, 1.5, 0)),
        ("headline", {"headline": "Customer Success Lead at Acme"}, (Status.PARTIAL, 1.5, 0)),
        ("headline", {"headline": "Customer Success Lead bij Acme"}, (Status.PARTIAL, 1.5, 0)),
        ("headline", {"headline": None}, (Status.UNKNOWN, 0, 3)),
        # No current position known: LinkedIn's default "X at Y" shape is the bare title.
        (
            "headline",
            {"headline": "Engineer at Acme", "current_position": None},
            (Status.PARTIAL, 1.5, 0),
        ),
        (
            "headline",
            {"headline": "Engineer | I make payments boring", "current_position": None},
            (Status.PASS, 3, 0),
        ),
        ("about", {"about": About.of("")}, (Status.FAIL, 0, 0)),
        ("about", {"about": About.of("word " * 39)}, (Status.FAIL, 0, 0)),
        ("about", {"about": About.of("word " * 40)}, (Status.PARTIAL, 2, 0)),
        ("about", {"about": About.of("wordy " * 167)}, (Status.PASS, 4, 0)),  # 1,001 characters
        ("about", {"about": None}, (Status.UNKNOWN, 0, 4)),
        ("current-position", {"current_position": None, "positions": 0}, (Status.FAIL, 0, 0)),
        ("current-position", {"current_position": None, "positions": None}, (Status.UNKNOWN, 0, 3)),
        (
            "current-position",
            {
                "current_position": Position(
                    title="CTO", company_linked=False, has_description=False
                )
            },
            (Status.PARTIAL, 1, 0),
        ),
        (
            "current-position",
            {"current_position": Position(title="CTO", company_linked=True, has_description=None)},
            (Status.PARTIAL, 2, 1),
        ),
        ("skills", {"skills_total": 7}, (Status.FAIL, 0, 0)),
        ("skills", {"skills_total": 8}, (Status.PARTIAL, 3, 0)),
        ("skills", {"skills_total": 20}, (Status.PARTIAL, 3, 0)),
        ("skills", {"skills_total": 21}, (Status.PASS, 5, 0)),
        ("skills", {"skills_total": None, "skills": None}, (Status.UNKNOWN, 0, 5)),
        # Total unknown but 10 shown: at least 8 is proven, the rest cannot be checked.
        (
            "skills",
            {"skills_total": None, "skills": [Skill(name=f"s{i}") for i in range(10)]},
            (Status.PARTIAL, 3, 2),
        ),
        (
            "endorsements",
            {"skills": [Skill(name="a", endorsements=0), Skill(name="b", endorsements=0)]},
            (Status.FAIL, 0, 0),
        ),
        (
            "endorsements",
            {"skills": [Skill(name="a", endorsements=3), Skill(name="b", endorsements=0)]},
            (Status.PARTIAL, 1, 0),
        ),
        ("endorsements", {"skills": [Skill(name="a")]}, (Status.UNKNOWN, 0, 2)),
        ("endorsements", {"skills": [], "skills_total": 0}, (Status.FAIL, 0, 0)),
        ("recommendations", {"recommendations_received": 0}, (Status.FAIL, 0, 0)),
        ("recommendations", {"recommendations_received": 1}, (Status.PARTIAL, 1, 0)),
        ("recommendations", {"recommendations_received": 2}, (Status.PARTIAL, 2, 0)),
        ("recommendations", {"recommendations_received": 3}, (Status.PASS, 3, 0)),
        ("recommendations", {"recommendations_received": None}, (Status.UNKNOWN, 0, 3)),
        (
            "publishing",
            {"activity": Activity(has_posts=True, has_articles=False)},
            (Status.PARTIAL, 1, 0),
        ),
        (
            "publishing",
            {"activity": Activity(has_posts=False, has_articles=False, not_posted=True)},
            (Status.FAIL, 0, 0),
        ),
        ("publishing", {"activity": Activity(has_posts=True)}, (Status.PARTIAL, 1, 1)),
        ("publishing", {"activity": None}, (Status.UNKNOWN, 0, 2)),
    ],
)
def test_rule(rule_id: str, facts: dict[str, Any], expected: tuple[Status, float, float]) -> None:
    assert points(rule_id, **facts) == expected


def test_points_never_exceed_the_weight_nor_go_below_zero() -> None:
    for report in (score(strong_profile()), score(unknown_profile())):
        for c in report.criteria:
            assert 0 <= c.points <= c.max_points
            assert 0 <= c.unknown_points <= c.max_points - c.points + 1e-9


def test_next_steps_put_the_biggest_gain_first() -> None:
    report = score(strong_profile(skills_total=3, photo=False, recommendations_received=2))
    gains = [step.gain for step in report.next_steps]
    assert gains == sorted(gains, reverse=True)
    assert [step.id for step in report.next_steps][:2] == ["skills", "photo"]


def test_summary_names_what_could_not_be_checked() -> None:
    report = score(strong_profile(skills_total=None, skills=None))
    assert report.score == 18  # 25 - skills (5) - endorsements (2)
    assert report.summary == (
        "18 / 25 brand-pillar estimate — 7 points could not be checked on this page "
        "(Skills, Endorsements)"
    )


def test_report_is_called_an_estimate() -> None:
    report = score(strong_profile())
    assert "estimate" in report.estimate_of.lower()
    assert "your ssi" not in report.model_dump_json().lower()


def test_checklist_from_facts() -> None:
    statuses = {
        i.id: i.status.value for i in score(strong_profile(education=0, industry=None)).checklist
    }
    assert statuses == {
        "photo": "done",
        "location": "done",
        "industry": "unknown",
        "education": "missing",
        "position": "done",
        "skills": "done",
        "summary": "done",
    }


def test_registry_get() -> None:
    assert get("photo") is RULES["photo"]
    with pytest.raises(ValueError, match='no such rule: "nope"'):
        get("nope")


def test_endorsements_unknown_says_where_to_look() -> None:
    """Skills shown without counts (2024 cards) point to the Skills details page;
    skills that did not load point to scrolling."""
    shown = next(
        c
        for c in score(strong_profile(skills=[Skill(name="SaaS")])).criteria
        if c.id == "endorsements"
    )
    assert shown.status is Status.UNKNOWN and "Show all skills" in shown.advice
    lazy = next(
        c
        for c in score(strong_profile(skills=None, skills_total=None)).criteria
        if c.id == "endorsements"
    )
    assert lazy.status is Status.UNKNOWN and "scroll" in lazy.advice


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (PageKind.PROFILE, "did not load"),
        (PageKind.PUBLIC_PROFILE, "signed in"),
        (PageKind.DETAILS, "main profile page"),
        (PageKind.ACTIVITY, "main profile page"),
    ],
)
def test_unknown_advice_fits_the_kind_of_page(kind: PageKind, words: str) -> None:
    """Scrolling helps on the member's own page; elsewhere the advice names the right page."""
    report = score(unknown_profile(kind=kind))
    recommendations = next(c for c in report.criteria if c.id == "recommendations")
    assert words in recommendations.advice


def test_shown_skills_without_total_point_to_the_skills_page() -> None:
    """Two skills shown, total on the Skills page: unknown, and the advice says where."""
    skills = [Skill(name="Cartography"), Skill(name="Surveying")]
    report = score(strong_profile(skills_total=None, skills=skills))
    finding = next(c for c in report.criteria if c.id == "skills")
    assert finding.status == "unknown" and finding.points == 0
    assert finding.measured == "This page shows 2 of your skills, not how many you list in all"
    assert "Skills details page" in finding.advice


def test_recommendations_behind_show_all_point_to_their_page() -> None:
    """Received unknown because the card links to the Recommendations page: it says so."""
    from auditor import totals

    reason = totals.on_details_page("recommendations_received", 2)
    profile = strong_profile(
        recommendations_received=None, unknown={"recommendations_received": reason}
    )
    finding = next(c for c in score(profile).criteria if c.id == "recommendations")
    assert finding.status == "unknown"
    assert finding.measured == "Recommendations count not shown on this page"
    assert "Recommendations page" in finding.advice

"""Profiles built by hand, so rule and report tests need no HTML."""

from __future__ import annotations

from typing import Any

from auditor.model import About
from auditor.model import Activity
from auditor.model import PageKind
from auditor.model import Position
from auditor.model import Profile
from auditor.model import Skill


def strong_profile(**overrides: Any) -> Profile:
    """A profile that earns all 25 points; override facts to test one rule at a time."""
    facts: dict[str, Any] = {
        "kind": PageKind.PROFILE,
        "layout": "in-2024",
        "ui_language": "en",
        "name": "Jane Example",
        "headline": "Helping SaaS teams cut churn | Customer Success lead at Acme",
        "about": About.of("I help software companies keep their customers. " * 25),
        "photo": True,
        "banner": True,
        "vanity": "jane-example",
        "custom_url": True,
        "location": "Utrecht, Netherlands",
        "connections": "500+",
        "followers": 1200,
        "current_position": Position(
            title="Customer Success Lead", company="Acme", company_linked=True, has_description=True
        ),
        "positions": 4,
        "education": 2,
        "skills_total": 25,
        "skills": [
            Skill(name="Customer Success", endorsements=12),
            Skill(name="SaaS", endorsements=4),
        ],
        "recommendations_received": 5,
        "recommendations_given": 2,
        "activity": Activity(has_posts=True, has_articles=True, not_posted=False),
        "featured": True,
        "open_to_work": False,
        "creator": False,
    }
    facts.update(overrides)
    return Profile(**facts)


def unknown_profile(**overrides: Any) -> Profile:
    """A profile page that shows nothing beyond its kind (everything unknown)."""
    facts: dict[str, Any] = {"kind": PageKind.PROFILE, "layout": "in-2024"} | overrides
    return Profile(**facts)

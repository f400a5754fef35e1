"""One member's 2026 pages merged into one audit, end to end (issue 10, items 5 and 6).

The pages are synthetic, of invented members, in the real 2026 card markup: the scrolled
2026 profile page (its lazy cards rendered) and its /details/skills/ and
/details/recommendations/ pages, as the browser tests serve them (tests/sdui_2026_pages.py).
Through the command as a user runs it, through the Flask app on a real SQLite file, and
through a real ``profile-audit serve`` process.
"""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import os
import time
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from auditor.merge import merge
from auditor.merge import stamp
from auditor.model import PageKind
from auditor.parse import parse_profile
from auditor.report import score
from tests.sdui_2026_pages import PAGES
from tests.sdui_2026_pages import Member
from tests.sdui_2026_pages import member
from tests.sdui_2026_pages import read
from tests.sdui_2026_pages import skill_count
from tests.sdui_2026_pages import url
from tests.test_cli import run
from tests.test_server_app import call
from tests.test_server_merge import post
from tests.test_server_merge import stored
from tests.test_server_process import start_server

MARA = member()
OTHER = member("sami-okonkwo-1d4e8a70", "Sami Okonkwo")
T0 = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
# The criteria only the details pages can check on a 2026 profile page.
COMPLETED = {"skills", "endorsements", "recommendations"}


def by_id(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A document's criteria by id."""
    return {c["id"]: c for c in document["criteria"]}


def check_alone(alone: dict[str, Any], who: Member = MARA) -> None:
    """The profile page alone: the cards rendered, so skills, endorsements and
    recommendations are unknown (never 0), and the report names the two details pages."""
    profile = alone["profile"]
    assert profile["kind"] == "profile" and profile["layout"] == "in-2026"
    assert profile["skills_total"] is None and len(profile["skills"]) == 2
    assert "/details/skills/" in profile["unknown"]["skills_total"]
    assert profile["recommendations_received"] is None
    criteria = by_id(alone)
    for name in COMPLETED:
        assert criteria[name]["status"] == "unknown" and criteria[name]["points"] == 0
    pages = [(p["section"], p["path"], p["facts"]) for p in alone["details_pages"]]
    assert pages == [
        ("skills", f"/in/{who.vanity}/details/skills/", ["skills_total", "skills"]),
        (
            "recommendations",
            f"/in/{who.vanity}/details/recommendations/",
            ["recommendations_received"],
        ),
    ]


def check_merged(merged: dict[str, Any], alone: dict[str, Any], pages: list[str]) -> None:
    """The merged report: the details pages' facts known, the profile page's kept, every
    page a source, nothing left to visit; the score gained exactly the points of the
    criteria the details pages completed."""
    profile = merged["profile"]
    assert profile["kind"] == "profile" and merged["merge_note"] is None
    assert profile["skills_total"] == len(profile["skills"]) == skill_count()
    endorsed = [s for s in profile["skills"] if s["endorsements"] is not None]
    assert endorsed and all(s["endorsements"] > 0 for s in endorsed)
    assert profile["recommendations_received"] == 3
    assert [s["page"] for s in profile["sources"]] == pages
    assert [s["kind"] for s in profile["sources"]] == ["profile", "details", "details"]
    assert merged["details_pages"] == []
    # The top card's facts are the profile page's (the details pages show no top card).
    for fact in ("name", "headline", "photo", "banner", "about", "current_position"):
        assert profile[fact] == alone["profile"][fact], fact
    before, after = by_id(alone), by_id(merged)
    assert after["skills"]["value"] == skill_count() and after["skills"]["status"] == "partial"
    assert after["endorsements"]["status"] == "pass"
    assert after["recommendations"]["value"] == 3 and after["recommendations"]["status"] == "pass"
    for name in COMPLETED:
        assert after[name]["unknown_points"] == 0
    for name in set(before) - COMPLETED:
        assert after[name] == before[name], name  # every other criterion unchanged
    gained = sum(after[name]["points"] for name in COMPLETED)
    assert merged["score"] == round(alone["score"] + gained, 2)
    assert merged["unknown_points"] == round(
        alone["unknown_points"] - sum(before[n]["unknown_points"] for n in COMPLETED), 2
    )


# --- the report of the profile page alone: where the missing facts are -------------------

# The words of each report language that point to a details page, and that say "scroll".
DETAILS_WORDS = {
    "en": {
        "skills": "Skills details page",
        "endorsements": "Skills details page",
        "recommendations": "Recommendations page",
    },
    "nl": {
        "skills": "detailpagina van Vaardigheden",
        "endorsements": "detailpagina van Vaardigheden",
        "recommendations": "pagina Aanbevelingen",
    },
    "it": {
        "skills": "pagina di dettaglio delle Competenze",
        "endorsements": "pagina di dettaglio delle Competenze",
        "recommendations": "pagina Referenze",
    },
}
SCROLL_WORDS = {"en": "scroll", "nl": "scrol", "it": "scorri"}


@pytest.mark.parametrize("lang", sorted(DETAILS_WORDS))
def test_rendered_2026_cards_point_to_the_details_pages(lang: str) -> None:
    """The cards rendered: the advice of each unknown criterion names its details page,
    never "scroll and audit again"; before the member scrolled, it says to scroll."""
    scrolled = score(parse_profile(MARA.profile, url(MARA.vanity)), lang).model_dump(mode="json")
    check_alone(scrolled)
    criteria = by_id(scrolled)
    for name, words in DETAILS_WORDS[lang].items():
        advice = criteria[name]["advice"]
        assert words in advice and SCROLL_WORDS[lang] not in advice.lower(), advice
    lazy = score(parse_profile(read("sdui-2026-lazy.html"), url(MARA.vanity)), lang)
    for criterion in lazy.criteria:
        if criterion.id in COMPLETED:
            assert SCROLL_WORDS[lang] in criterion.advice.lower(), criterion.advice


def test_2024_cards_with_a_printed_total_ask_for_the_skills_page_for_endorsements() -> None:
    """A 2024 cards profile printing its skill total but no endorsement counts: the
    Skills page is named for the skills (their endorsements) alone, and the advice says so."""
    saved = Path(__file__).parent / "profiles" / "in-2024-self-view-pencils.html"
    profile = parse_profile(saved.read_bytes())
    assert profile.skills_total is not None and profile.skills
    assert all(s.endorsements is None for s in profile.skills)
    for lang, words in DETAILS_WORDS.items():
        report = score(profile, lang)
        assert [(p.section, p.path, p.facts) for p in report.details_pages] == [
            ("skills", f"/in/{profile.vanity}/details/skills/", ["skills"])
        ]
        endorsements = by_id(report.model_dump(mode="json"))["endorsements"]
        assert endorsements["status"] == "unknown"
        assert words["endorsements"] in endorsements["advice"]


def test_the_2026_experience_page_is_the_home_of_the_positions() -> None:
    """An Experience page (the modelled 2026 fixture, given to the invented member) merged
    with the profile page: the positions and the current position are the Experience
    page's, every top-card fact the profile page's, four pages listed as sources."""
    fixture = Path(__file__).parent / "profiles" / "details-2026-experience.html"
    html = fixture.read_text(encoding="utf-8").replace("lena-okafor-3b9d2e71", MARA.vanity)
    pages = [
        stamp(parse_profile(MARA.profile, url(MARA.vanity)), T0),
        stamp(parse_profile(MARA.skills, url(MARA.vanity, "skills")), T0 + timedelta(minutes=1)),
        stamp(parse_profile(html, url(MARA.vanity, "experience")), T0 + timedelta(minutes=2)),
        stamp(
            parse_profile(MARA.recommendations, url(MARA.vanity, "recommendations")),
            T0 + timedelta(minutes=3),
        ),
    ]
    profile, _skills, experience, _recommendations = pages
    assert profile.positions is None and experience.positions is not None
    merged = merge(pages)
    assert merged.positions == experience.positions
    assert merged.current_position == experience.current_position
    assert (merged.name, merged.headline, merged.photo, merged.about) == (
        profile.name,
        profile.headline,
        profile.photo,
        profile.about,
    )
    assert [s.kind for s in merged.sources] == [
        PageKind.PROFILE,
        PageKind.DETAILS,
        PageKind.DETAILS,
        PageKind.DETAILS,
    ]
    assert "positions" not in merged.unknown and score(merged).details_pages == []


# --- the server, through Flask on a real SQLite file ---------------------------------


def test_server_merges_the_2026_profile_and_its_details_pages(app, client, clock):
    """Profile, Skills page, Recommendations page: one merged audit, one history row,
    full, its facts the merged ones."""
    mine = MARA.bodies()
    alone = post(client, mine["profile"])
    check_alone(alone)
    clock.advance(1)
    with_skills = post(client, mine["skills"])
    assert with_skills["profile"]["skills_total"] == skill_count()
    assert [p["section"] for p in with_skills["details_pages"]] == ["recommendations"]
    clock.advance(1)
    merged = post(client, mine["recommendations"])
    paths = [
        f"/in/{MARA.vanity}/",
        *(f"/in/{MARA.vanity}/details/{s}/" for s in ("skills", "recommendations")),
    ]
    check_merged(merged, alone, paths)
    assert [s["captured"] for s in merged["profile"]["sources"]] == [
        "2026-11-29T09:00:00Z",
        "2026-11-29T09:01:00Z",
        "2026-11-29T09:02:00Z",
    ]
    [row] = stored(app)
    assert (row["score"], row["kind"], row["unknown_points"]) == (
        merged["score"],
        "profile",
        merged["unknown_points"],
    )
    [entry] = call(client, "GET", f"/api/history?profile={MARA.vanity}").json["audits"]
    assert entry["full"] is True and entry["score"] == merged["score"]
    assert entry["facts"]["skills_total"] == skill_count()
    assert [s["page"] for s in entry["sources"]] == paths
    progress = call(client, "GET", "/api/progress").json
    assert progress["profile"] == MARA.vanity
    assert [(d["date"], d["estimate"]) for d in progress["days"]] == [
        ("2026-11-29", merged["score"])
    ]


def test_server_a_details_page_posted_twice_is_one_source(app, client, clock):
    """The Skills page posted again in the session (the member completed the audit twice):
    it replaces its first capture; the history still has one audit."""
    mine = MARA.bodies()
    post(client, mine["profile"])
    for minutes in (1, 2):
        clock.advance(minutes)
        merged = post(client, mine["skills"])
    assert [s["captured"] for s in merged["profile"]["sources"]] == [
        "2026-11-29T09:00:00Z",
        "2026-11-29T09:03:00Z",
    ]
    assert merged["profile"]["skills_total"] == skill_count() and len(stored(app)) == 1


def test_server_refuses_another_members_2026_details_page(app, client, clock):
    """Another member's Skills page during Mara's session: alone, with a note naming
    both, its own row (not full); Mara's audit untouched, and her Skills page still joins."""
    alone = post(client, MARA.bodies()["profile"])
    clock.advance(1)
    other = post(client, OTHER.bodies()["skills"])
    assert OTHER.vanity in other["merge_note"] and MARA.vanity in other["merge_note"]
    assert other["profile"]["kind"] == "details" and len(other["profile"]["sources"]) == 1
    assert other["details_pages"] == []
    rows = stored(app)
    assert [(r["vanity"], r["kind"], r["score"]) for r in rows] == [
        (MARA.vanity, "profile", alone["score"]),
        (OTHER.vanity, "details", other["score"]),
    ]
    clock.advance(1)
    mine = post(client, MARA.bodies()["skills"])
    assert mine["merge_note"] is None and len(mine["profile"]["sources"]) == 2
    assert len(stored(app)) == 2
    entries = call(client, "GET", "/api/history").json["audits"]
    assert [(e["vanity"], e["full"]) for e in entries] == [
        (MARA.vanity, True),
        (OTHER.vanity, False),
    ]


def test_server_refuses_a_2026_details_page_older_than_the_window(app, client, clock):
    """A Skills page 40 minutes after the profile page: alone, the note says why."""
    alone = post(client, MARA.bodies()["profile"])
    clock.advance(40)
    late = post(client, MARA.bodies()["skills"])
    assert "40 minutes" in late["merge_note"] and "30 minutes" in late["merge_note"]
    assert late["profile"]["kind"] == "details"
    rows = stored(app)
    assert [(r["kind"], r["score"]) for r in rows] == [
        ("profile", alone["score"]),
        ("details", late["score"]),
    ]


def public_page(vanity: str) -> dict[str, str]:
    """The member's logged-out (public) profile page, as the browser tests serve one."""
    html = (PAGES / "public-2024.html").read_text(encoding="utf-8")
    return {"url": url(vanity), "html": html.replace("giulia-ferraresi-b3c5d7e9", vanity)}


def test_trend_only_full_2026_audits_one_point_a_day(app, client, clock):
    """Item 6: a details page alone and a public page never make a point; two complete
    audits of one day with the same facts are one day of progress and one trend point."""
    mine = MARA.bodies()
    scores = []
    for _session in range(2):  # the same complete audit twice in one day
        post(client, mine["profile"])
        for page in ("skills", "recommendations"):
            clock.advance(1)
            scores.append(post(client, mine[page])["score"])
        clock.advance(60)
    lone = post(client, mine["recommendations"])  # no session any more: alone
    public = post(client, public_page(MARA.vanity))
    assert lone["merge_note"] is not None and lone["score"] < scores[-1]
    assert public["profile"]["kind"] == "public_profile" and public["score"] < scores[-1]
    entries = call(client, "GET", f"/api/history?profile={MARA.vanity}").json["audits"]
    assert [(e["kind"], e["full"]) for e in entries] == [
        ("profile", True),
        ("profile", True),
        ("details", False),
        ("public_profile", False),
    ]
    full = [e for e in entries if e["full"]]
    assert full[0]["facts"] == full[1]["facts"] and full[0]["score"] == full[1]["score"]
    progress = call(client, "GET", f"/api/progress?profile={MARA.vanity}").json
    assert progress["days"] == [
        {"date": "2026-11-29", "estimate": scores[-1], "measured": None, "gap": None}
    ]
    clock.advance(24 * 60)  # the next day, the details page alone again: still no point
    post(client, mine["skills"])
    days = call(client, "GET", "/api/progress").json["days"]
    assert [d["date"] for d in days] == ["2026-11-29"]


# --- the real server process -----------------------------------------------------------


def test_2026_merge_through_the_real_server(tmp_path):
    """A real ``profile-audit serve``: the three 2026 pages posted as the extension posts
    them give one merged audit in the history; another member's page stays alone."""
    server = start_server(tmp_path)
    try:
        timings: list[float] = []

        def send(body: dict[str, str]) -> dict[str, Any]:
            started = time.perf_counter()
            response = requests.post(
                f"{server.base}/api/audit", headers=server.auth(), json=body, timeout=60
            )
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text
            answer: dict[str, Any] = response.json()
            return answer

        mine = MARA.bodies()
        alone = send(mine["profile"])
        other = send(OTHER.bodies()["recommendations"])
        send(mine["skills"])
        merged = send(mine["recommendations"])
        check_alone(alone)
        paths = [
            f"/in/{MARA.vanity}/",
            *(f"/in/{MARA.vanity}/details/{s}/" for s in ("skills", "recommendations")),
        ]
        check_merged(merged, alone, paths)
        assert OTHER.vanity in other["merge_note"]
        audits = server.history()
        assert [(a["vanity"], a["kind"], a["full"], a["score"]) for a in audits] == [
            (MARA.vanity, "profile", True, merged["score"]),
            (OTHER.vanity, "details", False, other["score"]),
        ]
        assert all(t < 10 for t in timings), timings
    finally:
        server.stop()


# --- the command, as a user runs it ------------------------------------------------------

FILE_TIME = 1_795_000_000.0  # a fixed file time (2026-11-18); minutes are added to it


def save(folder: Path, name: str, html: str, minutes: float = 0) -> Path:
    """Write a page as a browser's "Save page" would, modified ``minutes`` after FILE_TIME."""
    path = folder / name
    path.write_text(html, encoding="utf-8")
    moment = FILE_TIME + minutes * 60
    os.utime(path, (moment, moment))
    return path


def saved(folder: Path, who: Member, start: float = 0) -> list[Path]:
    """The member's three pages, saved one minute apart."""
    return [
        save(folder, f"{who.vanity}.html", who.profile, start),
        save(folder, f"{who.vanity}-skills.html", who.skills, start + 1),
        save(folder, f"{who.vanity}-recommendations.html", who.recommendations, start + 2),
    ]


def lines(text: str) -> list[dict[str, Any]]:
    """JSON Lines as a list of objects."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_cli_merges_one_members_2026_pages(tmp_path: Path) -> None:
    """The three saved pages given together: one merged report (the profile page's alone
    with --separate); another member's pages in the same folder are their own report."""
    files = saved(tmp_path, MARA)
    others = saved(tmp_path, OTHER)
    separate = run(*map(str, files), "--format", "json", "--separate")
    assert separate.returncode == 0, separate.stderr
    alone = lines(separate.stdout)[0]["report"]
    check_alone(alone)
    result = run(str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    found = {line["report"]["profile"]["vanity"]: line for line in lines(result.stdout)}
    assert set(found) == {MARA.vanity, OTHER.vanity}
    mine = found[MARA.vanity]
    assert mine["file"] == str(files[0]) and sorted(mine["files"]) == sorted(map(str, files))
    check_merged(mine["report"], alone, [str(p) for p in files])
    assert sorted(found[OTHER.vanity]["files"]) == sorted(map(str, others))
    assert found[OTHER.vanity]["report"]["profile"]["skills_total"] == skill_count()


def test_cli_does_not_merge_a_2026_page_saved_too_late(tmp_path: Path) -> None:
    """A Skills page saved 50 minutes after the profile page: its own report, with a note."""
    profile = save(tmp_path, "mara.html", MARA.profile)
    late = save(tmp_path, "mara-skills.html", MARA.skills, 50)
    result = run(str(profile), str(late), "--format", "json")
    assert result.returncode == 0, result.stderr
    first, second = lines(result.stdout)
    assert first["files"] == [str(profile)] and second["files"] == [str(late)]
    assert first["report"]["profile"]["skills_total"] is None
    note = second["report"]["merge_note"]
    assert "50 minutes" in note and "30 minutes" in note

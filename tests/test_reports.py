"""The text, Markdown and CSV reports: what README promises per criterion, one decimal.

README: "every criterion shows what was measured, the threshold, one line of advice and
where the threshold comes from", then what to fix first and LinkedIn's checklist. The
reports are checked against the JSON document of the same run of the command.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from auditor import render
from auditor.model import Skill
from auditor.report import score
from tests import golden
from tests.factories import strong_profile

COMMAND = shutil.which("profile-audit", path=str(Path(sys.executable).parent)) or "profile-audit"
# A synthetic 2024 profile page with gaps to fix (fix first is not empty).
FIXTURE = golden.PROFILES / "i18n-cards-nl.html"


def _run(*args: str) -> str:
    """The command's standard output, run as a user runs it."""
    result = subprocess.run(
        [COMMAND, str(FIXTURE), *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(not FIXTURE.is_file(), reason="no language fixture")
@pytest.mark.parametrize("lang", ["en", "nl", "it"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_report_shows_what_readme_promises(fmt: str, lang: str) -> None:
    """Per criterion: measured, aim, advice, source; then fix first and the checklist."""
    doc: dict[str, Any] = json.loads(_run("--format", "json", "--lang", lang))
    report = _run("--format", fmt, "--lang", lang)
    assert doc["next_steps"], "the fixture should leave something to fix"
    for c in doc["criteria"]:
        for key in ("title", "measured", "threshold", "advice", "source"):
            cell = c[key].replace("|", "\\|") if fmt == "markdown" else c[key]
            assert cell in report, (key, c[key])
    fix_first = report.index(render.report_i18n.gettext("Fix first:", lang))
    for number, step in enumerate(doc["next_steps"][:3], 1):
        assert f"{number}. " in report[fix_first:]
        assert step["advice"] in report[fix_first:]
    checklist = report.index(render.report_i18n.gettext("LinkedIn checklist:", lang))
    for item in doc["checklist"]:
        assert item["title"] in report[checklist:]


def _uneven() -> dict[str, Any]:
    """A report whose estimate has two decimals: one of three shown skills endorsed."""
    skills = [Skill(name="a", endorsements=4), Skill(name="b", endorsements=0)]
    skills.append(Skill(name="c", endorsements=0))
    return score(strong_profile(skills=skills)).model_dump(mode="json")


def test_estimate_has_one_decimal_in_every_report() -> None:
    """23.67 points read as 23.7 in the summary, the text, Markdown and CSV reports."""
    doc = _uneven()
    # The JSON document keeps two decimals: machine values, the history and trend use them.
    assert doc["score"] == 23.67
    assert doc["summary"].startswith("23.7 / 25 brand-pillar estimate")
    text = render.text(doc)
    assert "23.67" not in text and "0.67" not in text
    assert "0.7/2" in text
    markdown = render.markdown(doc)
    assert "23.7 / 25" in markdown and "0.7 / 2" in markdown and "0.67" not in markdown
    row = next(csv.DictReader(io.StringIO(render.csv_header() + "\n" + render.csv_row("x", doc))))
    assert row["score"] == "23.7"
    assert row["endorsements"] == "0.7"


def test_gain_in_fix_first_is_plural_safe() -> None:
    """ "+1 point" for one, "+1.3 points" for a fraction, in the language of the report."""
    doc = _uneven()
    text = render.text(doc)
    assert "(+1.3 points)" in text  # endorsements: 2 - 0.67
    recommendations = score(strong_profile(recommendations_received=2), "it")
    italian = render.text(recommendations.model_dump(mode="json"))
    assert "Referenze (+1 punto):" in italian

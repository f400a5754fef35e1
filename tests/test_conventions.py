"""The project's conventions, enforced: a rule is one module, a layout one module plus a
fixture, every selector in auditor/selectors/, and auditor never imports Flask."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from auditor import ui_words
from auditor.layouts import LAYOUTS
from auditor.model import Profile
from auditor.page import load_page
from auditor.report import MAX_SCORE
from auditor.report import WEIGHTS
from auditor.rules import RULES
from auditor.ssi import LAYOUTS as SSI_LAYOUTS
from tests import golden

AUDITOR = Path(__file__).resolve().parents[1] / "auditor"
RULE_FILES = sorted(p for p in (AUDITOR / "rules").glob("*.py") if p.name != "__init__.py")
LAYOUT_FILES = sorted(p for p in (AUDITOR / "layouts").glob("*.py") if not p.name.startswith("_"))
# A family's shared readers (_public, _ember, _cards, _sdui) and the interface every
# layout has (_base): not layouts.
FAMILY_FILES = sorted(p for p in (AUDITOR / "layouts").glob("_*.py") if p.name != "__init__.py")
SSI_LAYOUT_FILES = [AUDITOR / "ssi" / f"{m.__name__.rsplit('.', 1)[1]}.py" for m in SSI_LAYOUTS]


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_module(path: Path) -> None:
    """Every rule file is registered, documented, and its ID is its file name."""
    rule_id = path.stem.replace("_", "-")
    assert rule_id in RULES, f"{path.name} is not in auditor.rules.RULES"
    module = RULES[rule_id]
    assert module.ID == rule_id
    assert module.__doc__ and len(module.__doc__.strip()) > 40, (
        "the docstring is user documentation"
    )
    for attribute in ("TITLE", "THRESHOLD", "SOURCE"):
        assert getattr(module, attribute), f"{path.name} needs {attribute}"


def test_weights_match_rules_and_add_up_to_the_pillar() -> None:
    assert WEIGHTS.keys() == RULES.keys()
    assert sum(WEIGHTS.values()) == MAX_SCORE == 25


def _file_of(layout: object) -> str:
    """The module a registered layout lives in: the module itself, or its class's."""
    name = layout.__name__ if isinstance(layout, ModuleType) else type(layout).__module__
    return name.rsplit(".", 1)[1]


def test_every_layout_file_is_registered() -> None:
    registered = {_file_of(layout) for layout in LAYOUTS}
    assert registered == {p.stem for p in LAYOUT_FILES}


@pytest.mark.parametrize(
    "layout", [x for x in LAYOUTS if not isinstance(x, ModuleType)], ids=_file_of
)
def test_a_layout_object_is_its_module_s_one_subclass(layout: object) -> None:
    """A layout registered as an object is its module's ``layout``: an instance of the one
    layout class (with ``detect`` and ``extract``) the module defines, with the module's
    name as ``NAME``."""
    module = sys.modules[type(layout).__module__]
    assert module.layout is layout  # type: ignore[attr-defined]
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and value.__module__ == module.__name__
        and callable(getattr(value, "detect", None))
        and callable(getattr(value, "extract", None))
    ]
    assert classes == [type(layout)]
    assert layout.NAME == _file_of(layout)  # type: ignore[attr-defined]


@pytest.mark.parametrize("module", LAYOUTS, ids=_file_of)
def test_layout_has_a_fixture_it_detects(module: object) -> None:
    """Adding a layout means adding a synthetic fixture that the layout detects."""
    detected = [p.name for p in golden.fixtures() if _detects(module, p)]
    assert detected, f"no fixture in tests/profiles/ is detected by {module}"


def _detects(module: object, path: Path) -> bool:
    try:
        return bool(module.detect(load_page(path.read_bytes())))  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a fixture another layout reads may not parse here
        return False


def test_every_fixture_has_its_golden_json() -> None:
    missing = [p.name for p in golden.fixtures() if not p.with_suffix(".json").is_file()]
    assert not missing


def test_every_ssi_layout_is_a_registered_module() -> None:
    """The SSI dashboard's markups follow the layout pattern: NAME, LAYOUT, detect, extract,
    and every module of auditor/ssi/ but the model and the numbers is in the registry."""
    shared = {"__init__", "model", "numbers"}
    assert {p.stem for p in SSI_LAYOUT_FILES} == {
        p.stem for p in (AUDITOR / "ssi").glob("*.py") if p.stem not in shared
    }
    for module in SSI_LAYOUTS:
        assert module.NAME == module.__name__.rsplit(".", 1)[1]
        assert callable(module.detect) and callable(module.extract), module.NAME


@pytest.mark.parametrize(
    "path", LAYOUT_FILES + FAMILY_FILES + SSI_LAYOUT_FILES, ids=lambda p: p.stem
)
def test_no_selector_outside_the_selectors_package(path: Path) -> None:
    """XPath belongs in auditor/selectors/: a layout module holds no XPath literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.lstrip("(").startswith(("//", ".//", "./", "descendant::", "ancestor::"))
    ]
    assert not literals, f"XPath in {path.name}: {literals[:3]}"


def _imported_layouts(path: Path) -> set[str]:
    """The modules of auditor/layouts/ a file imports (by ``from auditor.layouts import x``
    or ``from auditor.layouts.x import ...``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "auditor.layouts":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "auditor.layouts."
        ):
            found.add((node.module or "").split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {
                a.name.split(".")[2] for a in node.names if a.name.startswith("auditor.layouts.")
            }
    return found


def test_family_bases_exist() -> None:
    """Each family of layouts has its shared readers: public, Ember, cards, SDUI."""
    assert {p.stem for p in FAMILY_FILES} == {"_base", "_public", "_ember", "_cards", "_sdui"}


@pytest.mark.parametrize("path", LAYOUT_FILES + FAMILY_FILES, ids=lambda p: p.stem)
def test_no_layout_imports_a_sibling_layout(path: Path) -> None:
    """A layout stands alone: it imports its family's shared readers, never another layout
    (a change to one layout cannot then change another's facts); a family base imports
    no layout at all."""
    layouts = {p.stem for p in LAYOUT_FILES}
    siblings = _imported_layouts(path) & layouts
    assert not siblings, f"{path.name} imports the layouts {sorted(siblings)}"


# A string that looks like LinkedIn markup: a class or id (kebab-case, BEM "__"/"--",
# snake_case), a data-* attribute, an address path, a urn, a host, a hashtag or an XPath
# variable. Such literals belong in auditor/selectors/ (the words in auditor/ui_words.py).
_MARKUP_LIKE = re.compile(
    r"^[a-z][a-z0-9]*(?:[-_]{1,2}[a-z0-9]+)+$|__|--|^data-|licdn|linkedin\.|/[a-z-]+/"
    r"|^#|^\$|^urn:"
)
# Not LinkedIn's: the project's own names (facts, word keys, layout names and labels) and
# standard HTML/ARIA attribute names.
_OWN_NAMES = (
    set(Profile.model_fields)
    | set(ui_words.WORDS)
    | {layout.NAME for layout in LAYOUTS}
    | {"aria-label", "aria-hidden", "aria-expanded"}
)
_LAYOUT_LABEL = re.compile(r"^(?:in|public)-\d{4}(?:-json)?$")


def _markup_literals(path: Path) -> list[str]:
    """String constants of a module (docstrings and prose with spaces left out) that look
    like LinkedIn markup or UI words."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    known_words = {w for table in ui_words.WORDS.values() for ws in table.values() for w in ws}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if id(node) in docstrings or " " in text.strip() or text in _OWN_NAMES:
            continue
        if _LAYOUT_LABEL.match(text):
            continue
        if _MARKUP_LIKE.search(text) or text.lower() in known_words:
            found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


@pytest.mark.parametrize("path", LAYOUT_FILES + FAMILY_FILES, ids=lambda p: p.stem)
def test_no_linkedin_literal_in_a_layout(path: Path) -> None:
    """Classes, ids, attribute values, address paths and UI words live in
    auditor/selectors/ and auditor/ui_words.py, never in a layout module."""
    assert not _markup_literals(path)


def test_the_literal_check_catches_markup(tmp_path: Path) -> None:
    """The check above flags what it is meant to flag (and not the project's own names)."""
    module = tmp_path / "sample.py"
    module.write_text(
        '"""Doc: pv-top-card."""\n'
        'A = "pv-top-card__photo"\nB = "/recent-activity/"\nC = "data-section"\n'
        'D = "skills_total"\nE = "in-2024"\nF = "a reason with spaces"\nG = "follower"\n'
        'H = "urn:li:fsd_profile:"\n',
        encoding="utf-8",
    )
    flagged = [line.split(": ", 1)[1] for line in _markup_literals(module)]
    assert flagged == [
        "'pv-top-card__photo'",
        "'/recent-activity/'",
        "'data-section'",
        "'follower'",
        "'urn:li:fsd_profile:'",
    ]


# A JSON key in camelCase or PascalCase ("profileView", "TopCard"), and a single lowercase
# word used as a key: an argument of a call or a subscript (``sections.get("summary")``,
# ``dig(card, "picture")``). HTML's own tag and attribute names are not LinkedIn's.
_CAMEL_CASE = re.compile(r"^[a-z]+[0-9]*(?:[A-Z][a-z0-9]*)+$|^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")
_KEY_WORD = re.compile(r"^[a-z][a-z0-9]*$")
_HTML_NAMES = {"href", "class", "id", "section", "div", "p", "img", "alt"}


def _key_literals(path: Path) -> list[str]:
    """String constants of a module that are LinkedIn JSON keys or lookup words."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    looked_up: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            looked_up |= {id(arg) for arg in node.args}
        elif isinstance(node, ast.Subscript):
            looked_up.add(id(node.slice))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        text = node.value
        if text in _OWN_NAMES or text in _HTML_NAMES:
            continue
        if _CAMEL_CASE.match(text) or (id(node) in looked_up and _KEY_WORD.match(text)):
            found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


@pytest.mark.parametrize(
    "path",
    LAYOUT_FILES + FAMILY_FILES,
    ids=lambda p: p.stem,
)
def test_no_json_key_or_lookup_word_in_a_layout(path: Path) -> None:
    """JSON keys and the single-word ids and names a layout looks up live in
    auditor/selectors/, never in a layout module."""
    assert not _key_literals(path)


def test_the_key_check_catches_keys(tmp_path: Path) -> None:
    """The check above flags JSON keys and looked-up words (not fact names or HTML's)."""
    module = tmp_path / "sample.py"
    module.write_text(
        'A = "profileView"\nB = "TopCard"\nC = sections.get("summary")\n'
        'D = dig(card, "picture", "pictureID")\nE = item["count"]\n'
        'F = unknown["followers"]\nG = link.get("href")\nH = "plain"\n',
        encoding="utf-8",
    )
    flagged = [line.split(": ", 1)[1] for line in _key_literals(module)]
    assert flagged == [
        "'profileView'",
        "'TopCard'",
        "'summary'",
        "'picture'",
        "'pictureID'",
        "'count'",
    ]


def test_auditor_never_imports_flask() -> None:
    for path in AUDITOR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] in {"flask", "server", "werkzeug"} for n in names), path


def test_the_pipeline_imports_one_way() -> None:
    """report.py scores and parse.py reads: neither imports the other, nor the facade above
    them (auditor/api.py), nor anything from the package root but its modules."""
    modules = {p.stem for p in AUDITOR.glob("*.py")} | {p.name for p in AUDITOR.iterdir()}
    for name, forbidden in (
        ("report.py", {"auditor.parse", "auditor.api"}),
        ("parse.py", {"auditor.report", "auditor.api"}),
    ):
        tree = ast.parse((AUDITOR / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "auditor":
                names = {alias.name for alias in node.names}
                assert names <= modules - {"api", name[:-3]}, (name, names - modules)
            elif isinstance(node, ast.ImportFrom):
                assert node.module not in forbidden, (name, node.module)


def test_one_alias_per_module() -> None:
    """A reader's selector module is imported as ``sel``; any other module imported under an
    alias has that one alias everywhere in auditor/ and server/."""
    aliases: dict[str, set[str]] = {}
    for path in [*AUDITOR.rglob("*.py"), *(AUDITOR.parent / "server").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                named = [(f"{node.module}.{alias.name}", alias.asname) for alias in node.names]
            elif isinstance(node, ast.Import):
                named = [(alias.name, alias.asname) for alias in node.names]
            else:
                continue
            for module, asname in named:
                if asname is not None:
                    aliases.setdefault(module, set()).add(asname)
    for module, names in aliases.items():
        if module.startswith("auditor.selectors."):
            assert names == {"sel"}, (module, names)
        assert len(names) == 1, (module, names)

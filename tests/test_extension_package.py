"""``profile-audit extension``: the extension written out or packed, run as a user runs it,
and one version for the package and the extension."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

import auditor
from auditor import browser_extension

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "extension"
COMMAND = shutil.which("profile-audit", path=str(Path(sys.executable).parent)) or "profile-audit"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command."""
    return subprocess.run(
        [COMMAND, *args], capture_output=True, text=True, timeout=600, check=False, cwd=cwd
    )


def loaded_files(folder: Path) -> set[str]:
    """The files of an extension folder that a browser loads (development files left out)."""
    dev = {"test", "node_modules", "package.json", "package-lock.json", "tsconfig.json"}
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file()
        and not dev & set(p.relative_to(folder).parts)
        and p.suffix != ".md"
        and p.name != "manifest.json"
    }


def manifest(folder: Path) -> dict[str, object]:
    """The manifest.json of an extension folder."""
    data: dict[str, object] = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return data


def test_one_version_for_the_package_and_the_extension() -> None:
    """The manifest, the extension's package.json and the Python package agree."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "auditor.version.__version__"
    }
    package_json = json.loads((SOURCE / "package.json").read_text(encoding="utf-8"))
    versions = {
        "auditor.__version__": auditor.__version__,
        "installed metadata": importlib.metadata.version("profile-auditor"),
        "extension/manifest.json": manifest(SOURCE)["version"],
        "extension/package.json": package_json["version"],
    }
    assert len(set(versions.values())) == 1, versions


def test_chrome_folder(tmp_path: Path) -> None:
    out = tmp_path / "chrome"
    result = run("extension", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out.resolve())
    assert "Load unpacked" in result.stderr
    assert manifest(out) == manifest(SOURCE)
    assert loaded_files(out) == loaded_files(SOURCE)
    for dev_file in ("test", "package.json", "tsconfig.json", "README.md"):
        assert not (out / dev_file).exists(), dev_file
    assert (out / "sidepanel.js").read_bytes() == (SOURCE / "sidepanel.js").read_bytes()
    again = run("extension", "--out", str(out))  # an earlier build is replaced
    assert again.returncode == 0, again.stderr


def test_firefox_folder(tmp_path: Path) -> None:
    result = run("extension", "--browser", "firefox", "--out", str(tmp_path / "ff"))
    assert result.returncode == 0, result.stderr
    written = manifest(tmp_path / "ff")
    assert written == browser_extension.firefox_manifest(manifest(SOURCE))  # type: ignore[arg-type]
    assert written["browser_specific_settings"]["gecko"]["id"] == browser_extension.GECKO_ID  # type: ignore[index]
    assert loaded_files(tmp_path / "ff") == loaded_files(SOURCE)


def test_default_folder_is_in_the_working_directory(tmp_path: Path) -> None:
    result = run("extension", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(tmp_path.resolve() / "profile-auditor-extension-chrome")


def test_an_unrelated_folder_is_not_replaced(tmp_path: Path) -> None:
    keep = tmp_path / "notes"
    keep.mkdir()
    (keep / "todo.txt").write_text("mine")
    result = run("extension", "--out", str(keep))
    assert result.returncode == 1
    assert "not an extension folder" in result.stderr
    assert (keep / "todo.txt").read_text() == "mine"


def test_chrome_zip_for_the_store(tmp_path: Path) -> None:
    result = run("extension", "--zip", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    archive = Path(result.stdout.strip())
    assert archive == tmp_path.resolve() / f"profile-auditor-chrome-{auditor.__version__}.zip"
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
        packed = json.loads(bundle.read("manifest.json"))
    assert names - {"manifest.json"} == loaded_files(SOURCE)
    expected = manifest(SOURCE)
    expected.pop("key")  # the Chrome Web Store refuses a manifest with a key
    assert packed == expected


@pytest.mark.skipif(shutil.which("npx") is None, reason="npx (npm) is not installed")
def test_firefox_zip_is_packed_by_web_ext(tmp_path: Path) -> None:
    result = run("extension", "--browser", "firefox", "--zip", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "web-ext build failed" not in result.stderr  # packed by web-ext, not the fallback
    archive = Path(result.stdout.strip())
    assert archive.name == f"profile-auditor-firefox-{auditor.__version__}.zip"
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
        packed = json.loads(bundle.read("manifest.json"))
    assert {n for n in names if not n.endswith("/")} - {"manifest.json"} == loaded_files(SOURCE)
    assert packed["browser_specific_settings"]["gecko"]["id"] == browser_extension.GECKO_ID


def test_zip_without_web_ext_is_a_plain_zip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No npm: the Firefox archive is a plain zip of the same files."""
    monkeypatch.setattr(browser_extension.shutil, "which", lambda _name: None)
    archive = browser_extension.pack(tmp_path, "firefox")
    with zipfile.ZipFile(archive) as bundle:
        assert set(bundle.namelist()) - {"manifest.json"} == loaded_files(SOURCE)
        assert "sidebar_action" in json.loads(bundle.read("manifest.json"))


def test_top_level_help_lists_the_extension_command() -> None:
    result = run("--help")
    assert "  extension " in result.stdout

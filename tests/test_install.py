"""A fresh install, as a user gets it: build the wheel, install it in a clean virtualenv
outside the checkout, then write the extension, serve, and audit in Dutch and Italian.

Slow-ish (a wheel build and an install, ~30 s): it needs pip to reach a package index or
its cache, and skips when it cannot.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

import auditor
from tests import golden

ROOT = Path(__file__).resolve().parents[1]
# pip's words when it cannot reach an index: the machine is offline, not the package broken.
OFFLINE = ("No matching distribution", "Could not find a version", "Failed to establish")

# What a clone's working folder holds beyond the sources.
UNSHIPPED = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "node_modules",
    "__pycache__",
    ".*_cache",
)

pytestmark = pytest.mark.install


def _pip(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run pip with the given interpreter; skip the test when no index can be reached."""
    run = subprocess.run(
        [str(python), "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=cwd,
    )
    if run.returncode != 0 and any(words in run.stderr for words in OFFLINE):
        pytest.skip(f"pip cannot reach a package index: {run.stderr.strip()[-300:]}")
    assert run.returncode == 0, run.stdout + run.stderr
    return run


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin/ folder of a clean virtualenv with the wheel built from this checkout."""
    root = tmp_path_factory.mktemp("fresh-install")
    assert ROOT not in root.parents
    wheels = root / "wheels"
    # Built from a copy, so that setuptools' build/ and egg-info stay out of the checkout.
    clone = root / "clone"
    shutil.copytree(ROOT, clone, ignore=shutil.ignore_patterns(*UNSHIPPED))
    _pip(Path(sys.executable), "wheel", "--no-deps", "-q", "-w", str(wheels), str(clone), cwd=root)
    (wheel,) = wheels.glob("profile_auditor-*.whl")
    with zipfile.ZipFile(wheel) as bundle:
        names = bundle.namelist()
    assert "auditor/extension/manifest.json" in names
    assert not [n for n in names if "/extension/test/" in n or n.endswith("package.json")]
    assert any(n.endswith("licenses/LICENSE") for n in names)
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / "bin"
    _pip(bin_dir / "python", "install", "-q", str(wheel), cwd=root)
    yield bin_dir


def _run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed command from outside the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(bin_dir / "profile-audit"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
        env=env,
    )


def test_the_installed_package_is_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    code = "import auditor, json; print(json.dumps([auditor.__file__, auditor.__version__]))"
    run = subprocess.run(
        [str(installed / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    where, version = json.loads(run.stdout)
    assert ROOT not in Path(where).parents
    assert version == auditor.__version__


def test_writes_the_extension(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, "extension", "--out", str(tmp_path / "ext"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = json.loads((tmp_path / "ext" / "manifest.json").read_text(encoding="utf-8"))
    source = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
    assert written == source
    assert (tmp_path / "ext" / "sidepanel.js").read_bytes() == (
        ROOT / "extension" / "sidepanel.js"
    ).read_bytes()


def test_audits_in_dutch_and_italian(installed: Path, tmp_path: Path) -> None:
    page = next(
        p for p in golden.fixtures() if "profile" in json.loads(p.with_suffix(".json").read_text())
    )
    for lang in ("nl", "it"):
        result = _run(installed, "--format", "json", "--lang", lang, str(page), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        document = json.loads(result.stdout)
        expected = auditor.audit(page.read_bytes(), lang=lang).model_dump(mode="json")
        assert len(document["profile"].pop("sources")) == 1  # the file, with its time
        assert expected["profile"].pop("sources") == []
        assert document == expected
        assert document["language"] == lang
        english = auditor.audit(page.read_bytes(), lang="en").model_dump(mode="json")
        assert document["summary"] != english["summary"]  # the catalogs were installed


def test_serves_and_names_the_extension_folder(installed: Path, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(installed / "profile-audit"), "serve", "--port", str(port)]
            + ["--data-dir", str(tmp_path / "data")],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp_path,
        )
    try:
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline and proc.poll() is None and health is None:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()
            except requests.ConnectionError:
                time.sleep(0.2)
        assert health == {"name": "profile-auditor", "version": auditor.__version__, "status": "ok"}
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    banner = log.read_text(encoding="utf-8")
    folder = banner.split("choose ", 1)[1].split()[0]
    assert Path(folder).is_absolute() and (Path(folder) / "manifest.json").is_file()
    assert ROOT not in Path(folder).parents  # the installed copy, not the checkout's

"""The extension's own checks, run from pytest: node tests, the Firefox build, web-ext lint."""

# mypy: disallow_untyped_defs=False
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import build_firefox  # noqa: E402

# Pinned so the npx cache (~/.npm/_npx, or $npm_config_cache) is reused between runs.
WEB_EXT = "web-ext@10.7.0"
# The type checker of the plain-JavaScript sources (// @ts-check + JSDoc, no build step).
TYPE_TOOLS = ("typescript@5.9.3", "chrome-types@0.1.457")  # NOTE: keep in sync with package.json
# Feature-detected in service-worker.js: Firefox opens its sidebar_action instead.
EXPECTED_WARNINGS = {("UNSUPPORTED_API", "sidePanel.open is not supported")}


def test_node_unit_tests() -> None:
    """The pure helpers' tests (node --test) pass."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the extension's unit tests need node >= 20")
    run = subprocess.run(
        [node, "--test", "test/"],
        cwd=ROOT / "extension",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# fail 0" in run.stdout


def test_firefox_manifest(tmp_path: Path) -> None:
    """The Firefox build has a sidebar, background scripts and a gecko id, and no Chrome keys."""
    out = build_firefox.build(tmp_path / "firefox")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    chrome = json.loads((ROOT / "extension" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sidebar_action"]["default_panel"] == "sidepanel.html"
    assert manifest["background"] == {"scripts": ["service-worker.js"], "type": "module"}
    assert manifest["browser_specific_settings"]["gecko"]["id"] == build_firefox.GECKO_ID
    assert "sidePanel" not in manifest["permissions"]
    for key in ("key", "side_panel", "minimum_chrome_version"):
        assert key not in manifest
    assert manifest["host_permissions"] == chrome["host_permissions"]
    for dev_file in ("test", "package.json", "tsconfig.json"):
        assert not (out / dev_file).exists(), dev_file
    assert (out / "sidepanel.js").read_bytes() == (ROOT / "extension" / "sidepanel.js").read_bytes()


def test_web_ext_lint(tmp_path: Path) -> None:
    """Mozilla's linter accepts the Firefox build (first run downloads web-ext through npm)."""
    npx = shutil.which("npx")
    if npx is None:
        pytest.skip("npx (npm) is not installed: cannot run web-ext lint on the Firefox build")
    out = build_firefox.build(tmp_path / "firefox")
    run = subprocess.run(
        [npx, "--yes", WEB_EXT, "lint", "--source-dir", str(out), "--output", "json", "--no-input"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    start = run.stdout.find("{")
    assert start >= 0, f"web-ext printed no report:\n{run.stdout}\n{run.stderr}"
    report = json.loads(run.stdout[start:])
    assert report["errors"] == [], report["errors"]
    warnings = {(w["code"], w["message"]) for w in report["warnings"]}
    assert warnings <= EXPECTED_WARNINGS, report["warnings"]
    assert report["metadata"]["id"] == build_firefox.GECKO_ID


def test_type_check() -> None:
    """tsc --noEmit over the extension's JSDoc types (tools cached in ~/.cache/profile-auditor)."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot type-check the extension")
    caches = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    cache = caches / "profile-auditor" / "ts"
    tsc = cache / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(cache),
                "--no-audit",
                "--no-fund",
                "--no-save",
                *TYPE_TOOLS,
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    run = subprocess.run(
        [str(tsc), "-p", ".", "--typeRoots", str(cache / "node_modules")],
        cwd=ROOT / "extension",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr

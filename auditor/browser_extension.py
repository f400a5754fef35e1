"""The browser extension that ships with the package: find it, write it out, pack it.

A checkout has it in ``extension/`` at the repository root; a wheel carries a copy of the
files a browser loads in ``auditor/extension/`` (setup.py copies it at build time).
``profile-audit extension`` writes the Chrome folder or the Firefox build (Firefox has no
``chrome.sidePanel``: the panel page becomes a sidebar_action, the worker a background
script, and the id a gecko id; the code feature-detects the rest), or packs either as the
archive a store takes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import click

PACKAGED = Path(__file__).resolve().parent / "extension"
CHECKOUT = Path(__file__).resolve().parents[1] / "extension"
BROWSERS = ("chrome", "firefox")
GECKO_ID = "profile-auditor@profile-auditor.invalid"
# Firefox 140 (ESR) is the first to read data_collection_permissions, which
# addons.mozilla.org requires of new extensions since November 2025; Android got it in 142.
FIREFOX_MIN = "140.0"
FIREFOX_ANDROID_MIN = "142.0"
# Pinned so the npx cache (~/.npm/_npx) is reused; the tests lint with the same version.
WEB_EXT = "web-ext@10.7.0"
# Development files that the browser never loads (setup.py leaves them out of the wheel).
DEV_FILES = ("test", "node_modules", "package.json", "package-lock.json", "tsconfig.json", "*.md")
SKIP = shutil.ignore_patterns(*DEV_FILES)


class ExtensionMissingError(click.ClickException):
    """Neither the packaged copy nor a checkout's extension/ folder is there."""


def source() -> Path:
    """The folder a browser can load: the wheel's copy, else the checkout's extension/."""
    for folder in (PACKAGED, CHECKOUT):
        if (folder / "manifest.json").is_file():
            return folder
    raise ExtensionMissingError(
        f"the browser extension is missing: neither {PACKAGED} nor {CHECKOUT} holds one"
    )


def firefox_manifest(chrome: dict[str, Any]) -> dict[str, Any]:
    """Chrome's manifest rewritten for Firefox: sidebar, background scripts, gecko id."""
    manifest = {
        k: v
        for k, v in chrome.items()
        if k not in {"key", "minimum_chrome_version", "side_panel", "background"}
    }
    manifest["permissions"] = [p for p in chrome["permissions"] if p != "sidePanel"]
    manifest["background"] = {"scripts": [chrome["background"]["service_worker"]], "type": "module"}
    manifest["sidebar_action"] = {
        "default_panel": chrome["side_panel"]["default_path"],
        "default_title": chrome["action"]["default_title"],
        "default_icon": chrome["action"]["default_icon"],
        "open_at_install": False,
    }
    manifest["browser_specific_settings"] = {
        "gecko": {
            "id": GECKO_ID,
            "strict_min_version": FIREFOX_MIN,
            # Pages go to 127.0.0.1 only, never off the device: nothing is collected.
            "data_collection_permissions": {"required": ["none"]},
        },
        "gecko_android": {"strict_min_version": FIREFOX_ANDROID_MIN},
    }
    return manifest


def write(out: Path, browser: str = "chrome", *, for_store: bool = False) -> Path:
    """Write the unpacked extension for ``browser`` to ``out`` (replaced); the folder.

    ``for_store`` drops Chrome's ``key``: it pins the unpacked extension's id to the one the
    server expects, and the Chrome Web Store refuses a manifest that has it.
    """
    if browser not in BROWSERS:
        raise ValueError(f"unknown browser {browser!r}; one of {', '.join(BROWSERS)}")
    folder = source()
    if out.resolve() == folder.resolve():
        raise click.ClickException(f"{out} is the extension's own source folder")
    if out.exists() and any(out.iterdir()):
        if not (out / "manifest.json").is_file():
            raise click.ClickException(f"{out} exists and is not an extension folder: not replaced")
        shutil.rmtree(out)  # an earlier build: replaced
    elif out.exists():
        out.rmdir()
    shutil.copytree(folder, out, ignore=SKIP)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if browser == "firefox":
        manifest = firefox_manifest(manifest)
    elif for_store:
        manifest.pop("key", None)
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (out / "manifest.json").write_text(text, encoding="utf-8")
    return out


def version() -> str:
    """The extension's version, from its manifest (the package's version; a test checks)."""
    manifest = json.loads((source() / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest["version"])


def zip_folder(folder: Path, archive: Path) -> Path:
    """Zip a folder's files, paths relative to it, in a stable order; the archive."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            bundle.write(path, path.relative_to(folder).as_posix())
    return archive


def pack(out_dir: Path, browser: str = "chrome") -> Path:
    """The archive a store takes, written in ``out_dir``: a Chrome zip, or a Firefox build
    packed by ``web-ext build`` (npm's npx; a plain zip of the same files without it)."""
    name = f"profile-auditor-{browser}-{version()}.zip"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        folder = write(Path(scratch) / browser, browser, for_store=True)
        if browser == "firefox" and (npx := shutil.which("npx")):
            run = subprocess.run(
                [
                    npx,
                    "--yes",
                    WEB_EXT,
                    "build",
                    "--source-dir",
                    str(folder),
                    "--artifacts-dir",
                    str(out_dir),
                    "--filename",
                    name,
                    "--overwrite-dest",
                    "--no-input",
                ],
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            if run.returncode == 0:
                return out_dir / name
            click.echo(
                f"web-ext build failed ({run.stderr.strip()[-300:] or run.returncode}); "
                "packing a plain zip instead",
                err=True,
            )
        return zip_folder(folder, out_dir / name)


@click.command("extension")
@click.option(
    "--browser",
    type=click.Choice(BROWSERS),
    default="chrome",
    show_default=True,
    help="Chrome (and Chromium, Edge) or Firefox.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write [default: ./profile-auditor-extension-BROWSER].",
)
@click.option(
    "--zip",
    "as_zip",
    is_flag=True,
    help="Write the archive a store takes into --out instead of the unpacked folder.",
)
def extension_command(browser: str, out: Path | None, as_zip: bool) -> None:
    """Write the browser extension, ready to load unpacked (or, with --zip, to upload).

    Chrome: chrome://extensions, Developer mode, Load unpacked, choose the folder printed.
    Firefox: about:debugging, This Firefox, Load Temporary Add-on, choose its manifest.json.
    """
    if as_zip:
        archive = pack((out or Path.cwd()).resolve(), browser)
        click.echo(str(archive))
        return
    folder = write((out or Path(f"profile-auditor-extension-{browser}")).resolve(), browser)
    click.echo(str(folder))
    step = (
        "chrome://extensions > Developer mode > Load unpacked > this folder"
        if browser == "chrome"
        else "about:debugging > This Firefox > Load Temporary Add-on > its manifest.json"
    )
    click.echo(f"Load it: {step}", err=True)

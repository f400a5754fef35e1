"""Build hook: the wheel carries the browser extension as package data.

The extension's sources live in extension/ at the repository root (a browser loads that
folder as it is, with no build step); a wheel has no root, so the files a browser loads
are copied to auditor/extension/ in the build. All other settings are in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Development files the browser never loads; the same list as auditor.browser_extension.
DEV_FILES = ("test", "node_modules", "package.json", "package-lock.json", "tsconfig.json", "*.md")


class BuildWithExtension(build_py):
    """build_py, then the extension's files into the built auditor package."""

    def run(self) -> None:
        """Build the Python packages, then copy extension/ (an editable install reads the
        checkout's folder and needs no copy)."""
        super().run()
        if self.editable_mode:
            return
        source = ROOT / "extension"
        if not (source / "manifest.json").is_file():
            raise SystemExit(f"{source} holds no extension: cannot build the wheel")
        target = Path(self.build_lib) / "auditor" / "extension"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(*DEV_FILES))


setup(cmdclass={"build_py": BuildWithExtension})

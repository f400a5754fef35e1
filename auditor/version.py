"""The package's version: one place, read by the package metadata (pyproject.toml), the
report document and the server's health answer; the extension's manifests must match it."""

__version__ = "0.1.0"

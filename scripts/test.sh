#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run every test.
# Used by README and by .ci/run: keep them pointing here.
set -euo pipefail
cd "$(dirname "$0")/.."

# Python environment with the project and its test tools.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
# types-lxml replaced lxml-stubs; both install into lxml-stubs/, so an older venv drops
# both first and gets types-lxml whole.
if .venv/bin/python -m pip show -q lxml-stubs >/dev/null 2>&1; then
  .venv/bin/python -m pip uninstall -q -y lxml-stubs types-lxml
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

# Debian's Chromium for the extension's end-to-end tests (never a downloaded browser).
if [ ! -x /usr/bin/chromium ] && [ -z "${CHROMIUM:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the end-to-end tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing and cannot be installed here: the end-to-end tests will skip" >&2
  fi
fi

# Debian's firefox-esr for the Firefox build's end-to-end tests (Marionette drives it).
if ! command -v firefox-esr >/dev/null && ! command -v firefox >/dev/null && [ -z "${FIREFOX:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's firefox-esr for the Firefox end-to-end tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "firefox-esr is missing and cannot be installed here: the Firefox tests will skip" >&2
  fi
fi

# Lint and types: ruff (style, bugs, imports) and mypy --strict over auditor/ and server/.
.venv/bin/ruff check .
.venv/bin/ruff format --check --quiet .
.venv/bin/python -m mypy

# The extension's pure helpers, with node's own test runner.
if [ -d extension/test ] && command -v node >/dev/null; then
  node --test extension/test/
fi

# Every Python test: auditor, CLI, server, real pages (when ../shared is there), browser.
exec .venv/bin/python -m pytest "$@"

#!/usr/bin/env bash
# Set up the project and start the local audit server (history in its embedded SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/profile-audit serve "$@"

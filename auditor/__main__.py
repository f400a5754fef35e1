"""``python -m auditor``: the profile-audit command."""

from auditor.cli import main

if __name__ == "__main__":
    main()

"""Where the repository and the tests' data files are, whatever folder a test module sits in."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository's root: the working folder of the child processes the tests start."""

FIXTURES = ROOT / "tests" / "fixtures"
"""Files an older Dialogos or another application left (``schema-v1.sqlite``, ``ics/…``)."""

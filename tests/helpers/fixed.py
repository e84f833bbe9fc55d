"""The fixed world of the core's tests (tests/conftest.py): their "now", zone, author and platforms."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)
"""The fixed "now" of every test: Wednesday of ISO week 2026-W24."""

PLANNING_ZONE = "Europe/Paris"
USER = "camille"
PLATFORMS = (("Instagram", "instagram"), ("LinkedIn", "linkedin"), ("X", "x"))

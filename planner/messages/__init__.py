"""The core's message catalogue: every sentence the command line or an error shows, in
English and French, one module per feature, merged here into :data:`MESSAGES`.

A leaf: it imports nothing else of the project, so :mod:`planner.errors` and
:mod:`planner.i18n` can reach it without loading any feature. Placeholders are
named (``{path}``), the one style of the core; a new feature adds its module
beside these and one line to :data:`MESSAGES`.
"""

from __future__ import annotations

from planner.messages import (
    backups,
    cli,
    copies,
    core,
    crossposts,
    csv,
    defaults,
    disk,
    file,
    fill,
    followups,
    ics,
    ics_import,
    ics_repeats,
    inputs,
    kept,
    offers,
    postgres,
    presence,
    promises,
    review,
    series,
    slots,
    suggestions,
)


def _merged(*parts: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for part in parts:
        for key, (en, fr) in part.items():
            if key in merged:
                raise KeyError(f"message {key!r} defined twice")
            merged[key] = {"en": en, "fr": fr}
    return merged


MESSAGES: dict[str, dict[str, str]] = _merged(
    core.PAIRS,
    cli.PAIRS,
    ics.PAIRS,
    ics_import.PAIRS,
    ics_repeats.PAIRS,
    csv.PAIRS,
    backups.PAIRS,
    presence.PAIRS,
    postgres.PAIRS,
    disk.PAIRS,
    file.PAIRS,
    inputs.PAIRS,
    copies.PAIRS,
    followups.PAIRS,
    promises.PAIRS,
    kept.PAIRS,
    offers.PAIRS,
    series.PAIRS,
    slots.PAIRS,
    fill.PAIRS,
    defaults.PAIRS,
    crossposts.PAIRS,
    suggestions.PAIRS,
    review.PAIRS,
)
"""Every message by key, then by language ("en", "fr")."""

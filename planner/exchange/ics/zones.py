"""Which IANA zone a ``TZID`` of an iCalendar file means.

Calendar apps name zones three ways: an IANA name (``Europe/Paris``, what
Google and Apple write), a Windows name (``GMT Standard Time``, what Outlook
and Exchange write, each with a ``VTIMEZONE`` of its own), or a private name
defined only by the file's ``VTIMEZONE``. Dialogos keeps IANA names, whose
rules stay right in future years, so every ``TZID`` is brought back to one:

1. an IANA name is taken as it is (also inside a "globally unique" TZID such
   as ``/freeassociation.sourceforge.net/Europe/Paris``);
2. a Windows name goes through the CLDR table that icalendar ships, checked
   against the file's own ``VTIMEZONE`` when there is one;
3. a private ``VTIMEZONE`` is matched to an IANA zone with the same offsets
   throughout the year it is used in; when none has them, its own rules give
   the instants and the event is kept in UTC.

A ``TZID`` that none of these explains is an unknown zone: the import is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from planner.errors import ValidationError
from planner.timezones import zone


@dataclass(frozen=True, slots=True)
class ResolvedZone:
    """The zone a TZID means: an IANA ``name``, or None when only the file's ``tz`` defines it."""

    name: str | None
    tz: tzinfo


class ZoneResolver:
    """Resolves the TZIDs of one file, each once."""

    def __init__(self, definitions: Mapping[str, tzinfo]) -> None:
        self._definitions = dict(definitions)
        self._found: dict[str, ResolvedZone | None] = {}

    def resolve(self, tzid: str, year: int) -> ResolvedZone | None:
        """The zone ``tzid`` means, judged around ``year``; None when it is unknown."""
        if tzid not in self._found:
            self._found[tzid] = self._resolve(tzid, year)
        return self._found[tzid]

    def _resolve(self, tzid: str, year: int) -> ResolvedZone | None:
        cleaned = tzid.strip().strip('"').strip()
        name = iana_name(cleaned)
        if name is not None:
            return ResolvedZone(name, zone(name))
        mapped = WINDOWS_TO_OLSON.get(cleaned)
        definition = self._definitions.get(tzid) or self._definitions.get(cleaned)
        if definition is None:
            return None if mapped is None else ResolvedZone(mapped, zone(mapped))
        moments = _samples(year)
        if mapped is not None and _agrees(zone(mapped), definition, moments):
            return ResolvedZone(mapped, zone(mapped))
        for candidate in _candidate_names():
            if _agrees(zone(candidate), definition, moments):
                return ResolvedZone(candidate, zone(candidate))
        return ResolvedZone(None, definition)


def iana_name(text: str) -> str | None:
    """``text`` as an IANA zone name, also as the tail of a "globally unique" TZID; else None."""
    if _is_zone(text):
        return text
    parts = [part for part in text.split("/") if part]
    # "/vendor/path/Europe/Paris": the longest tail that is a zone with a region.
    for first in range(1, max(len(parts) - 1, 1)):
        tail = "/".join(parts[first:])
        if _is_zone(tail):
            return tail
    return None


def _is_zone(name: str) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


def _samples(year: int) -> list[datetime]:
    """Instants a week apart through ``year``: two zones that agree on all follow the same rules then."""
    first = datetime(max(year, 1901), 1, 1, 12, tzinfo=UTC)
    return [first + timedelta(days=7 * week) for week in range(53)]


def _agrees(candidate: tzinfo, definition: tzinfo, moments: list[datetime]) -> bool:
    try:
        return all(m.astimezone(candidate).utcoffset() == m.astimezone(definition).utcoffset() for m in moments)
    except (ValueError, OverflowError, TypeError):
        return False


@cache
def _candidate_names() -> tuple[str, ...]:
    # Zones that CLDR names for Windows first (one per region, the usual
    # choice), then every other zone; each group sorted, so a match is the
    # same on every machine.
    preferred = sorted(set(WINDOWS_TO_OLSON.values()))
    rest = sorted(available_timezones() - set(preferred) - {"localtime", "Factory"})
    return tuple(name for name in (*preferred, *rest) if _is_zone(name))

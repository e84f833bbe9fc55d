"""The instants of a calendar as libical reads them: libical is Evolution's parser.

Run by Debian's own Python (``/usr/bin/python3 libical_instants.py < calendar.ics``):
libical's GObject bindings (``gir1.2-ical-3.0``, ``python3-gi``) cannot be
installed in a virtual environment. Prints one JSON object: for each VEVENT
and VTODO, by UID, its DTSTART, DTEND and DUE as Unix seconds.

A ``TZID`` time is placed with the file's own ``VTIMEZONE`` of that name,
found in the calendar; a ``TZID`` the file does not define is an error here,
never a silent fall-back to libical's built-in zones, so this checks the
``VTIMEZONE`` Dialogos writes. Imports nothing of the project.
"""

from __future__ import annotations

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402  (the version must be chosen first)

PROPERTIES = {
    "dtstart": ICalGLib.PropertyKind.DTSTART_PROPERTY,
    "dtend": ICalGLib.PropertyKind.DTEND_PROPERTY,
    "due": ICalGLib.PropertyKind.DUE_PROPERTY,
}
KINDS = (ICalGLib.ComponentKind.VEVENT_COMPONENT, ICalGLib.ComponentKind.VTODO_COMPONENT)


def unix_seconds(calendar: ICalGLib.Component, prop: ICalGLib.Property) -> int:
    value = prop.get_value().get_datetime()
    tzid = prop.get_parameter_as_string("TZID")
    if tzid is None:
        if not value.is_utc():
            raise SystemExit(f"a floating time: {prop.as_ical_string().strip()}")
        return value.as_timet()
    zone = calendar.get_timezone(tzid)
    if zone is None:
        raise SystemExit(f"no VTIMEZONE for {tzid}")
    return ICalGLib.Time.as_timet_with_zone(value, zone)


def main() -> None:
    calendar = ICalGLib.Component.new_from_string(sys.stdin.read())
    if calendar is None:
        raise SystemExit("libical could not parse the calendar")
    instants: dict[str, dict[str, int]] = {}
    for kind in KINDS:
        component = calendar.get_first_component(kind)
        while component is not None:
            found = {}
            for name, property_kind in PROPERTIES.items():
                prop = component.get_first_property(property_kind)
                if prop is not None:
                    found[name] = unix_seconds(calendar, prop)
            instants[component.get_uid()] = found
            component = calendar.get_next_component(kind)
    json.dump(instants, sys.stdout)


if __name__ == "__main__":
    main()

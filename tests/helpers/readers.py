"""Five iCalendar parsers Dialogos does not export with, each reading the instants of a file.

* ical.js, Thunderbird's parser, run in Node.js (:file:`icaljs_instants.mjs`);
* libical, Evolution's, through Debian's GObject bindings in Debian's own
  Python (:file:`libical_instants.py`), as a virtual environment cannot hold them;
* vobject and icalendar, in the tests' Python;
* ical (the PyPI package), which places a ``TZID`` time with the IANA zone of
  that name: it checks the wall times, the four others the file's ``VTIMEZONE`` too.

Each gives, by UID, the ``DTSTART``, ``DTEND`` and ``DUE`` of every event and
to-do as aware UTC datetimes.

CI installs ical.js and libical (``.ci/run``). Where one is missing the test
fails, saying what to install; ``DIALOGOS_SKIP_FOREIGN_PARSERS=1`` turns that
into a skip, for a laptop without them. CI never sets it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

from tests.helpers.exported import read_vobject
from tests.helpers.paths import ROOT

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = Path("/usr/bin/python3")
"""Debian's Python, the one ``python3-gi`` installs the bindings for."""
DEFAULT_ICALJS = ROOT / "build" / "foreign-parsers" / "node_modules" / "ical.js"
"""Where ``make foreign-parsers`` installs ical.js when ``DIALOGOS_TEST_ICALJS`` does not say."""

INSTALL = (
    "install Debian's nodejs, npm, gir1.2-ical-3.0 and python3-gi "
    "(sudo apt-get install nodejs npm gir1.2-ical-3.0 python3-gi), then `make foreign-parsers` "
    "(ical.js from npm into build/foreign-parsers; or set DIALOGOS_TEST_ICALJS to an ical.js folder); "
    "or set DIALOGOS_SKIP_FOREIGN_PARSERS=1 to skip these checks on this machine (CI never does)"
)

Instants = dict[str, dict[str, datetime]]
"""By UID: ``dtstart``, ``dtend`` and ``due`` as aware UTC datetimes, where present."""


def missing(what: str) -> None:
    """Fail (or skip, when the developer asked to) because a parser is not installed."""
    message = f"{what} is not installed: {INSTALL}"
    if os.environ.get("DIALOGOS_SKIP_FOREIGN_PARSERS") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def icaljs_folder() -> Path:
    """The ical.js package to run, or a failure saying how to get it."""
    folder = Path(os.environ.get("DIALOGOS_TEST_ICALJS") or DEFAULT_ICALJS)
    if shutil.which("node") is None:
        missing("Node.js (to run ical.js, Thunderbird's parser)")
    if not (folder / "package.json").is_file():
        missing(f"ical.js (Thunderbird's parser; looked in {folder})")
    return folder


def libical_python() -> Path:
    """Debian's Python with libical's bindings, or a failure saying how to get them."""
    if not SYSTEM_PYTHON.is_file():
        missing("Debian's Python (/usr/bin/python3, for libical's bindings)")
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    found = subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, check=False)
    if found.returncode != 0:
        missing("libical's GObject bindings (Evolution's parser)")
    return SYSTEM_PYTHON


def icaljs_instants(data: bytes) -> Instants:
    """The instants of ``data`` as ical.js reads them, with the file's own ``VTIMEZONE``s."""
    command = ["node", str(HERE / "icaljs_instants.mjs"), str(icaljs_folder())]
    return _run(command, data)


def libical_instants(data: bytes) -> Instants:
    """The instants of ``data`` as libical reads them, with the file's own ``VTIMEZONE``s."""
    return _run([str(libical_python()), str(HERE / "libical_instants.py")], data)


def _run(command: list[str], data: bytes) -> Instants:
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    assert done.returncode == 0, f"{command[0]} failed: {done.stderr.decode(errors='replace')}"
    read: dict[str, dict[str, int]] = json.loads(done.stdout)
    return {
        uid: {name: datetime.fromtimestamp(seconds, UTC) for name, seconds in values.items()}
        for uid, values in read.items()
    }


def vobject_instants(data: bytes) -> Instants:
    """The instants of ``data`` as vobject reads them (its times placed with the file's ``VTIMEZONE``s)."""
    calendar = read_vobject(data.decode("utf-8"))
    instants: Instants = {}
    for kind in ("vevent", "vtodo"):
        for component in calendar.contents.get(kind, []):
            instants[component.uid.value] = {
                name: _utc(component.contents[name][0].value)
                for name in ("dtstart", "dtend", "due")
                if name in component.contents
            }
    return instants


def icalendar_instants(data: bytes) -> Instants:
    """The instants of ``data`` as icalendar reads them, a ``TZID`` time placed with the file's ``VTIMEZONE``.

    icalendar would take the IANA zone of the name: each ``VTIMEZONE`` is
    turned into a zone of its own instead, which checks what the file says.
    """
    calendar = icalendar.Calendar.from_ical(data)
    zones: dict[str, tzinfo] = {
        str(vtimezone["TZID"]): vtimezone.to_tz(lookup_tzid=False) for vtimezone in calendar.walk("VTIMEZONE")
    }
    instants: Instants = {}
    for component in [*calendar.walk("VEVENT"), *calendar.walk("VTODO")]:
        found: dict[str, datetime] = {}
        for name in ("dtstart", "dtend", "due"):
            value = component.get(name)
            if value is None:
                continue
            tzid = value.params.get("TZID")
            moment = value.dt
            if tzid is not None:
                moment = moment.replace(tzinfo=zones[tzid])
            found[name] = _utc(moment)
        instants[str(component["UID"])] = found
    return instants


def ical_instants(data: bytes) -> Instants:
    """The instants of ``data`` as the ``ical`` package reads them (``TZID`` as an IANA zone)."""
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    instants: Instants = {}
    components: list[tuple[str | None, dict[str, Any]]] = [
        *((event.uid, {"dtstart": event.dtstart, "dtend": event.dtend}) for event in calendar.events),
        *((todo.uid, {"dtstart": todo.dtstart, "due": todo.due}) for todo in calendar.todos),
    ]
    for uid, values in components:
        assert uid is not None
        instants[uid] = {name: _utc(value) for name, value in values.items() if value is not None}
    return instants


READERS: dict[str, Callable[[bytes], Instants]] = {
    "ical.js": icaljs_instants,
    "libical": libical_instants,
    "vobject": vobject_instants,
    "icalendar": icalendar_instants,
    "ical": ical_instants,
}
"""Every reader, by the name a failure shows."""


def _utc(moment: Any) -> datetime:
    assert isinstance(moment, datetime) or not isinstance(moment, date), f"a date where an instant was due: {moment}"
    assert moment.tzinfo is not None, f"a floating time: {moment}"
    return moment.astimezone(UTC)

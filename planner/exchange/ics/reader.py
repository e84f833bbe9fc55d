"""Reading an iCalendar file (RFC 5545) into plain values, checked line by line.

Nothing here touches a database: :func:`read_calendar` either returns every
event of the file, each with its instants and zone settled, or raises one
:class:`CalendarFileError` naming the file, the line and the problem. The
``icalendar`` library parses the values; a first pass of our own over the
lines tells where each component and property is, since the library keeps no
line numbers, and finds what it would let through or report without a line
(a file cut short, an event without a start).

What a calendar app shrugs off is left out instead, and said in a
:class:`FileNote` of the result: an empty RRULE or EXDATE, what follows
END:VCALENDAR, a component Dialogos does not use (VTODO, VJOURNAL,
VFREEBUSY, VALARM…) with a line that cannot be read, a broken line of a
property the import does not use, a text folded without its space. An event
without UID gets one made of its summary and start (:func:`content_uid`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, cast

import icalendar

from planner.errors import ValidationError
from planner.exchange.ics import fields as ics_fields
from planner.exchange.ics.zones import ResolvedZone, ZoneResolver, iana_name
from planner.i18n import tr
from planner.recurrence import Recurrence, instant_text, settle_rule
from planner.timezones import LAST_YEAR, within_years, zone

DIALOGOS_PROPERTIES = (
    ics_fields.X_PLATFORM,
    ics_fields.X_TITLE,
    ics_fields.X_BODY,
    ics_fields.X_CATEGORY,
    ics_fields.X_SIDE,
    ics_fields.X_STATUS,
    ics_fields.X_CAMPAIGN,
    ics_fields.X_AUTHOR,
    ics_fields.X_VERSION,
    ics_fields.X_TIMEZONE,
)
"""The properties that carry a post's own fields in Dialogos' export."""

_NAME = re.compile(r"[A-Za-z0-9-]+")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# RFC 5545 §3.3.11: the only escapes of a TEXT value; any other backslash is itself.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


class CalendarFileError(ValidationError):
    """An iCalendar file that cannot be imported (exit 2): one line with the file, the line and the problem.

    ``problem`` is a catalogue key filled with ``params``; ``more`` counts the
    other problems found, so a user fixing the file knows there are others.
    """

    def __init__(self, source: str, line: int | None, problem: str, *, more: int = 0, **params: object) -> None:
        key = "error.ics_file" if not line else "error.ics_lines" if more else "error.ics_line"
        super().__init__(key, source=source, line=line, count=more + 1)
        self.source = source
        self.line = line
        self.problem = problem
        self.problem_params = params
        self.more = more

    @property
    def message(self) -> str:
        problem = tr(self.problem, **self.problem_params)
        return tr(self.key, source=self.source, line=self.line, count=self.more + 1, problem=problem)


@dataclass(frozen=True, slots=True)
class FileNote:
    """Something of the file the import left out or read its own way, and went on: one line for the user.

    ``key`` is a catalogue key filled with ``params``; ``line`` is where it is
    in the file (None: the file as a whole).
    """

    line: int | None
    key: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return tr(self.key, line=self.line, **self.params)


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    """One ``VEVENT`` as Dialogos keeps it.

    ``start`` and ``end`` are aware datetimes in ``timezone`` (None: UTC), or
    dates for an all-day event (``end`` excluded). ``recurrence_id`` marks an
    occurrence of a repeating event changed on its own (the occurrence it
    replaces, stored as in :mod:`planner.recurrence`); the repeating event's
    own dates then skip it. ``dialogos`` holds the ``X-DIALOGOS-*``
    properties present, with their text as the export wrote it (unescaped).
    An event without ``UID`` gets one made of its summary and start
    (:func:`content_uid`), the same at every import of the file.
    """

    uid: str
    line: int
    summary: str
    start: datetime | date
    end: datetime | date
    timezone: str | None = None
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = ""
    recurrence: Recurrence = field(default_factory=Recurrence)
    recurrence_id: str | None = None
    dialogos: Mapping[str, str] = field(default_factory=dict)

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def cancelled(self) -> bool:
        return self.status.upper() == "CANCELLED"


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    """A whole file: where it came from, the name it gives itself (``X-WR-CALNAME``), its events."""

    source: str
    name: str | None
    events: tuple[ParsedEvent, ...]
    followups: int = 0
    """Reply windows of Dialogos follow-ups the file holds, left out of :attr:`events`."""
    notes: tuple[FileNote, ...] = ()
    """What was left out or read its own way, in the file's order (an empty RRULE, a trailing line…)."""


# -- the first pass: lines and components ------------------------------------------


@dataclass(slots=True)
class _Block:
    """Where one ``VEVENT`` is: the line of its BEGIN and of each of its own properties (first one of a name).

    ``repeated`` holds the lines of a property's later occurrences, made only
    for an event that repeats a property (several RDATE or EXDATE lines), so a
    broken one is named with its own line.
    """

    line: int
    properties: dict[str, int] = field(default_factory=dict)
    repeated: dict[str, list[int]] | None = None

    def add(self, name: str, number: int) -> None:
        if name not in self.properties:
            self.properties[name] = number
            return
        if self.repeated is None:
            self.repeated = {}
        self.repeated.setdefault(name, []).append(number)

    def lines_of(self, name: str) -> list[int]:
        """Every line of property ``name``, in the file's order."""
        first = self.properties.get(name)
        later = self.repeated.get(name, []) if self.repeated else []
        return [first, *later] if first is not None else later


@dataclass(slots=True)
class _Skipping:
    """A component Dialogos does not use (VTODO, VJOURNAL, VFREEBUSY, VALARM…) being read past.

    It is left out of the reading, with a note, only when one of its lines is
    broken: a calendar app ignores what it cannot read there, and so does the import.
    """

    component: str
    line: int
    depth: int
    broken: tuple[int, str] | None = None  # the first broken line: its number and text


@dataclass(slots=True)
class _Layout:
    events: list[_Block]
    problems: list[tuple[int, str, dict[str, object]]]
    notes: list[FileNote] = field(default_factory=list)
    # Lines left out of what the library reads: broken components, empty properties, what follows the end.
    dropped: set[int] = field(default_factory=set)
    # Lines read as the rest of the line before them (a fold without its space).
    joined: set[int] = field(default_factory=set)
    end: int | None = None
    # The line and name of the calendar's or an event's own property read last: what a bad fold continues.
    last: tuple[int, str] | None = None
    # Components Dialogos can do without (first line, last line, name): those it does not use, and the
    # time zones' definitions (their TZID names a usual zone too). Left out if the library cannot read them.
    spared: list[tuple[int, int, str]] = field(default_factory=list)
    zone_start: int | None = None

    def drop(self, first: int, last: int) -> None:
        self.dropped.update(range(first, last + 1))


_USED_COMPONENTS = frozenset({"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT"})
"""Components the import reads; any other one is only read past."""

_TEXTS = frozenset({"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "CATEGORIES", "RESOURCES", "NAME"})
"""Text properties (and any X- one): a line after one of them that is no content line is read as its rest."""

_NOT_EMPTY = frozenset({"DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"})
"""An event's properties that mean nothing without a value: an empty one is left out, with a note.
(An empty UID or DTSTART counts as none; an empty text is just empty.)"""

_DATES = _NOT_EMPTY | {"UID", "DTSTART"}
"""An event's properties whose broken line refuses the file, and whose empty value is none."""

# The parameters of a content line as RFC 5545 §3.1 writes them, without quotes: ;NAME=value,value…
_SAFE = r'[^;:",\x00-\x08\x0a-\x1f\x7f]*'
_PLAIN_PARAMETERS = re.compile(rf"(?:;[A-Za-z0-9-]+={_SAFE}(?:,{_SAFE})*)*")


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the line each starts on."""
    current: list[str] = []
    start = 0
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if line[:1] in (" ", "\t") and current:
            current.append(line[1:])
            continue
        if current:
            yield start, "".join(current)
        # An empty line, or spaces, is no line (a line of other blanks, like a no-break space, is one).
        current, start = ([line], number) if line.strip(" \t") else ([], number)
    if current:
        yield start, "".join(current)


def _shown(line: str, limit: int = 40) -> str:
    """A line or value of the file as a message quotes it: short, on one line."""
    return _CONTROL.sub(" ", line)[:limit]


def _readable(line: str, name_end: int) -> bool:
    """Whether a NAME…:value line splits into its name, parameters and value as the library will.

    Parameters are checked only when the line has some: the plain ones by a
    pattern, anything else (quotes, a parameter without "=") by the library itself.
    """
    colon = line.find(":", name_end)
    if colon == name_end or _PLAIN_PARAMETERS.fullmatch(line, name_end, colon):
        return True
    try:
        icalendar.parser.Contentline(line).raw_parts()
    except ValueError:
        return False
    return True


def _value(line: str, name_end: int) -> str:
    """The value of a content line: after the first colon outside quotes."""
    if '"' not in line[name_end : line.find(":", name_end)]:
        return line[line.index(":", name_end) + 1 :]
    return icalendar.parser.Contentline(line).raw_parts()[2]


def _layout(text: str, source: str) -> _Layout:
    """Check the nesting of BEGIN and END and find every event's lines.

    Structure problems stop the reading at once (nothing after them can be
    trusted); an event without DTSTART is noted and reading goes on. What a
    calendar app shrugs off is left out with a note (:class:`FileNote`): what
    follows the last END:VCALENDAR, a component Dialogos does not use with a
    line that cannot be read, an event's property with nothing after its colon
    or with a broken line when the import does not use it.
    """
    stack: list[tuple[str, int]] = []
    layout = _Layout(events=[], problems=[])
    block: _Block | None = None
    skipping: _Skipping | None = None
    last = 0
    trailing: tuple[int, str] | None = None
    ignored = 0
    for number, line in _logical_lines(text):
        if trailing is not None:
            ignored += 1
            continue
        last = number
        match = _NAME.match(line)
        rest = line[match.end() :] if match else ""
        well_formed = bool(match and rest and rest[0] in ";:" and ":" in rest)
        name = match.group().upper() if match and well_formed else ""
        if not well_formed and not line.strip():
            layout.dropped.add(number)  # blanks the library would choke on (a form feed, a no-break space)
            continue
        if not stack and not (name == "BEGIN" and rest.strip().upper() == ":VCALENDAR"):
            if layout.end is not None:
                # A web page's or a script's leftovers after the calendar (a comment, a stray line).
                trailing, ignored = (number, line), 1
                continue
            raise CalendarFileError(source, number, "error.ics_not_calendar")
        if skipping is not None:
            skipping, reread = _read_past(skipping, stack, number, line, name, rest, layout)
            if not reread:
                continue
        if not well_formed:
            if _unfolded(number, line, layout):  # only after a text of the calendar or an event
                continue
            raise CalendarFileError(source, number, "error.ics_not_a_line", text=_shown(line))
        assert match is not None
        layout.last = None  # a fold continues a property, never a component's edge
        if name == "BEGIN":
            component = rest[1:].strip().upper()
            stack.append((component, number))
            if component not in _USED_COMPONENTS:
                skipping = _Skipping(component, number, len(stack))
            elif component == "VEVENT" and len(stack) == 2:
                block = _Block(number)
            elif component == "VTIMEZONE" and len(stack) == 2:
                layout.zone_start = number
        elif name == "END":
            component = rest[1:].strip().upper()
            if stack[-1][0] != component:
                raise CalendarFileError(
                    source, number, "error.ics_end_mismatch", found=component[:30], expected=stack[-1][0][:30]
                )
            stack.pop()
            if component == "VEVENT" and block is not None and len(stack) == 1:
                _check_block(block, layout)
                layout.events.append(block)
                block = None
            if not stack:
                layout.end = number
            elif component == "VTIMEZONE" and len(stack) == 1 and layout.zone_start is not None:
                layout.spared.append((layout.zone_start, number, component))
        elif block is not None and len(stack) == 2:
            name_end = match.end()
            plain = line[name_end] == ":" and (name not in _DATES or not line.endswith((":", " ", "\t")))
            if plain and name not in block.properties:
                block.properties[name] = number  # the usual line, read at once
                layout.last = (number, name)
            else:
                _event_line(block, number, line, name, name_end, layout)
        elif len(stack) == 1:
            layout.last = (number, name)
    if stack:
        component, opened = stack[-1]
        if block is not None:
            _check_block(block, layout)
        raise CalendarFileError(
            source, last, "error.ics_cut_short", component=component[:30], opened=opened, more=len(layout.problems)
        )
    if last == 0:
        raise CalendarFileError(source, None, "error.ics_empty")
    if trailing is not None:
        layout.notes.append(
            FileNote(trailing[0], "ics_import.note_trailing", {"text": _shown(trailing[1]), "count": ignored})
        )
        layout.dropped.add(trailing[0])  # the rest is cut at layout.end
    return layout


def _unfolded(number: int, line: str, layout: _Layout) -> bool:
    """Whether a line that is no NAME:value line is the rest of the text line before it.

    Some writers fold a long DESCRIPTION or X-WR-CALDESC without the space
    that starts a continuation line: after a text (of the calendar or an
    event), the line is taken as its rest, with a note. Anywhere else it is refused.
    """
    if layout.last is None or not (layout.last[1] in _TEXTS or layout.last[1].startswith("X-")):
        return False
    previous, prop = layout.last
    layout.joined.add(number)
    params = {"text": _shown(line), "prop": prop[:30], "previous": previous}
    layout.notes.append(FileNote(number, "ics_import.note_bad_fold", params))
    return True


def _event_line(block: _Block, number: int, line: str, name: str, name_end: int, layout: _Layout) -> None:
    """One of an event's own properties: its line kept, or left out with a note, or a problem.

    Run on every line of every event: the usual line (no parameter, a value)
    is settled by the first tests.
    """
    layout.last = (number, name)
    if line[name_end] == ";" and not _readable(line, name_end):
        layout.last = None
        if name in _DATES or name == "UID":
            layout.problems.append((number, "error.ics_bad_line", {"text": _shown(line)}))
        else:
            layout.drop(number, number)
            layout.notes.append(
                FileNote(number, "ics_import.note_line_skipped", {"text": _shown(line), "prop": name[:30]})
            )
        return
    if line.endswith((":", " ", "\t")) and name in _DATES and not _value(line, name_end).strip():
        if name in _NOT_EMPTY:  # Calendar Labs' holiday feeds write a bare "RRULE:"
            layout.last = None
            layout.drop(number, number)
            layout.notes.append(FileNote(number, "ics_import.note_empty", {"prop": name}))
        return  # an empty UID or DTSTART is none
    if name in block.properties:
        block.add(name, number)
    else:
        block.properties[name] = number


def _read_past(
    skipping: _Skipping,
    stack: list[tuple[str, int]],
    number: int,
    line: str,
    name: str,
    rest: str,
    layout: _Layout,
) -> tuple[_Skipping | None, bool]:
    """A line inside a component Dialogos does not use: that component, None once it is over,
    and whether the caller reads the line again as usual.

    A broken line marks the component to be left out whole. An END of a
    component around it closes it too (its own END is missing): it is left
    out, and that END is read again as usual.
    """
    if name == "BEGIN":
        stack.append((rest[1:].strip().upper(), number))
        return skipping, False
    if name == "END":
        component = rest[1:].strip().upper()
        inside = [c for c, _ in stack[skipping.depth - 1 :]]
        if component not in inside:
            if any(c == component for c, _ in stack):  # it ends an enclosing component: ours is never closed
                del stack[skipping.depth - 1 :]
                _left_out(skipping, number - 1, layout, unclosed=True)
                return None, True
            skipping.broken = skipping.broken or (number, line)
            return skipping, False
        while stack[-1][0] != component:
            stack.pop()
            skipping.broken = skipping.broken or (number, line)
        stack.pop()
        if len(stack) >= skipping.depth:
            return skipping, False
        if skipping.broken:
            _left_out(skipping, number, layout, unclosed=False)
        else:
            layout.spared.append((skipping.line, number, skipping.component))
        return None, False
    if not name or not _readable(line, len(name)):
        skipping.broken = skipping.broken or (number, line)
    return skipping, False


def _left_out(skipping: _Skipping, last: int, layout: _Layout, *, unclosed: bool) -> None:
    layout.drop(skipping.line, last)
    params: dict[str, object] = {"component": skipping.component[:30]}
    if unclosed:
        layout.notes.append(FileNote(skipping.line, "ics_import.note_component_unclosed", params))
        return
    assert skipping.broken is not None
    bad, text = skipping.broken
    params |= {"bad": bad, "text": _shown(text)}
    key = "ics_import.note_zone_skipped" if skipping.component == "VTIMEZONE" else "ics_import.note_component_skipped"
    layout.notes.append(FileNote(skipping.line, key, params))


def _check_block(block: _Block, layout: _Layout) -> None:
    if "DTSTART" not in block.properties:
        layout.problems.append((block.line, "error.ics_no_start", {}))


def _kept_text(text: str, layout: _Layout) -> str:
    """What the library reads: the file without the lines the first pass left out."""
    if not layout.dropped and not layout.joined:
        return text
    end = layout.end if layout.end is not None else float("inf")
    kept: list[str] = []
    for number, line in _logical_lines(text):
        if number > end:
            break
        if number in layout.joined:
            kept[-1] += line
        elif number not in layout.dropped:
            kept.append(line)
    return "\r\n".join(kept) + "\r\n"


# -- reading -------------------------------------------------------------------------


def read_calendar(data: bytes, *, source: str, floating_zone: str = "UTC") -> ParsedCalendar:
    """Parse and check an iCalendar file; raises :class:`CalendarFileError` on the first problem.

    ``source`` names the file in messages. Times without a zone ("floating")
    are read in the file's ``X-WR-TIMEZONE``, else in ``floating_zone`` (the
    planning zone, for the command line and the app).
    """
    text = _decoded(data, source)
    layout = _layout(text, source)
    if layout.problems:
        line, key, params = min(layout.problems, key=lambda p: p[0])
        raise CalendarFileError(source, line, key, more=len(layout.problems) - 1, **params)
    try:
        calendars = _parsed(text, layout)
    except _UNREADABLE:
        # The library refuses a whole file for a value it cannot read in a to-do or an alarm
        # (in an event it keeps it aside): those components are left out, and the file read again.
        _leave_out_unreadable(text, layout)
        try:
            calendars = _parsed(text, layout)
        except _UNREADABLE:
            unreadable = _first_unreadable(text, layout)
            if unreadable is None:
                raise CalendarFileError(source, None, "error.ics_unreadable") from None
            raise CalendarFileError(
                source, unreadable[0], "error.ics_unreadable_line", text=_shown(unreadable[1])
            ) from None
    components = [event for cal in calendars for event in cal.walk("VEVENT")]
    if len(components) != len(layout.events):  # pragma: no cover - both passes read the same lines
        raise CalendarFileError(source, None, "error.ics_unreadable")
    reader = _Reader(source, calendars, floating_zone)
    # A follow-up's reply window (Dialogos' own export with --followups) is no event of its own:
    # it comes back with its post, never as a post or a context event.
    pairs = [
        (component, block)
        for component, block in zip(components, layout.events, strict=True)
        if not ics_fields.is_followup_uid(str(component.get("UID", "")))
    ]
    events = [reader.event(cast(icalendar.Event, component), block) for component, block in pairs]
    if reader.problems:
        line, key, params = reader.problems[0]
        raise CalendarFileError(source, line, key, more=len(reader.problems) - 1, **params)
    name = next((_text(cal, "X-WR-CALNAME").strip() or _text(cal, "NAME").strip() for cal in calendars), "")
    return ParsedCalendar(
        source=source,
        name=name or None,
        events=_with_overrides(events),
        followups=len(components) - len(pairs),
        notes=tuple(sorted((*layout.notes, *reader.notes()), key=lambda note: note.line or 0)),
    )


_UNREADABLE = (ValueError, TypeError, KeyError, IndexError)


def _parsed(text: str, layout: _Layout) -> list[icalendar.Calendar]:
    """The library's reading of the file, without the lines the first pass left out."""
    with warnings.catch_warnings():
        # A guessed "globally unique" TZID warns; Dialogos resolves TZIDs itself.
        warnings.simplefilter("ignore")
        return icalendar.Calendar.from_ical(_kept_text(text, layout), multiple=True)


def _leave_out_unreadable(text: str, layout: _Layout) -> bool:
    """Leave out, each with a note, what the library cannot read and Dialogos can do without: a
    component it does not use, a property of the calendar itself; whether there was one.

    Only when the file as a whole could not be read: each is read alone.
    """
    wanted = iter(layout.spared)
    span = next(wanted, None)
    lines: list[tuple[int, str]] = []
    found = False
    depth = 0
    for number, line in _logical_lines(text):
        if layout.end is not None and number > layout.end:
            break
        if number in layout.dropped or number in layout.joined:
            continue
        if span is not None and span[0] <= number:
            lines.append((number, line))
            if number == span[1]:
                found = _check_unused(span, lines, layout) or found
                span, lines = next(wanted, None), []
            continue
        edge = line[:6].upper()
        if edge.startswith("BEGIN:"):
            depth += 1
        elif edge.startswith("END:"):
            depth -= 1
        elif depth == 1 and not _reads_alone(line):
            layout.drop(number, number)
            layout.notes.append(FileNote(number, "ics_import.note_calendar_line_skipped", {"text": _shown(line)}))
            found = True
    return found


def _first_unreadable(text: str, layout: _Layout) -> tuple[int, str] | None:
    """The first line the library cannot read where Dialogos needs it (a time zone's definition), to name it."""
    stack: list[str] = []
    for number, line in _logical_lines(text):
        if number in layout.dropped or number in layout.joined:
            continue
        edge = line[:6].upper()
        if edge.startswith("BEGIN:"):
            stack.append(line[6:].strip().upper())
        elif edge.startswith("END:"):
            if stack:
                stack.pop()
        elif stack and stack[-1] != "VEVENT" and not _reads_alone(line):
            return number, line
    return None


def _check_unused(span: tuple[int, int, str], lines: list[tuple[int, str]], layout: _Layout) -> bool:
    """Whether the library cannot read this component: then it is left out, with the line it stops at."""
    first, last, component = span
    try:
        icalendar.Component.from_ical("\r\n".join(line for _, line in lines) + "\r\n")
        return False
    except _UNREADABLE:
        pass
    properties = [item for item in lines[1:-1] if not item[1].upper().startswith(("BEGIN:", "END:"))]
    bad = next((item for item in properties if not _reads_alone(item[1])), lines[0])
    skipping = _Skipping(component, first, 0, broken=bad)
    _left_out(skipping, last, layout, unclosed=False)
    return True


def _reads_alone(line: str) -> bool:
    """Whether the library reads this property line, alone in a component of no kind (a time zone's
    definition, say, is checked as a whole: its TZID alone is no definition)."""
    try:
        icalendar.Component.from_ical(f"BEGIN:X-DIALOGOS-LINE\r\n{line}\r\nEND:X-DIALOGOS-LINE\r\n")
    except _UNREADABLE:
        return False
    return True


def _decoded(data: bytes, source: str) -> str:
    if not data.strip():
        raise CalendarFileError(source, None, "error.ics_empty")
    if b"\x00" in data:
        raise CalendarFileError(source, None, "error.ics_binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CalendarFileError(source, line, "error.ics_not_utf8") from None


def _with_overrides(events: list[ParsedEvent | None]) -> tuple[ParsedEvent, ...]:
    """Every event, a repeating one skipping the occurrences changed on their own."""
    kept = [event for event in events if event is not None]
    changed: dict[str, list[str]] = {}
    for event in kept:
        if event.recurrence_id is not None:
            changed.setdefault(event.uid, []).append(event.recurrence_id)
    result = []
    for event in kept:
        skip = changed.get(event.uid) if event.recurrence_id is None and event.recurrence.repeats else None
        if skip:
            recurrence = event.recurrence
            exdates = tuple(dict.fromkeys((*recurrence.exdates, *skip)))
            event = dataclasses.replace(event, recurrence=Recurrence(recurrence.rule, exdates, recurrence.rdates))
        result.append(event)
    return tuple(result)


class _Problem(Exception):
    """A problem in one event; ``where`` is the property it is in (None: the event as a whole),
    ``line`` its line when known better than by the property's first line."""

    def __init__(self, where: str | None, key: str, /, **params: object) -> None:
        super().__init__(key)
        self.where = where
        self.key = key
        self.line: int | None = None
        self.params = params


def _unreadable(component: icalendar.Event, block: _Block, prop: str | None) -> _Problem:
    """The refusal of a value the library could not read, quoting it as written, with its own line.

    A property given several times (RDATE, EXDATE) is named by the line of the
    occurrence that is broken, not the first one.
    """
    if prop is None:  # a line the first pass let through and the library could not split
        return _Problem(None, "error.ics_unreadable_event")
    found = component.get(prop)
    values = found if isinstance(found, list) else [found]
    lines = block.lines_of(prop.upper())
    for index, value in enumerate(values):
        if isinstance(value, icalendar.prop.vBroken):
            problem = _Problem(prop, "error.ics_bad_value", prop=prop, value=_shown(str(value), 60))
            problem.line = lines[index] if index < len(lines) else None
            return problem
    return _Problem(prop, "error.ics_bad_value", prop=prop, value=_shown(_written(values[0]), 60))


def _written(value: Any) -> str:
    """A property's value as the file has it, as near as the library gives it back."""
    if hasattr(value, "to_ical"):
        raw = value.to_ical()
        return raw.decode(errors="replace") if isinstance(raw, bytes) else str(raw)
    return str(value)


def content_uid(summary: str, start: datetime | date, recurrence_id: Any = None) -> str:
    """A ``UID`` for an event that has none: made of its summary and start (and the occurrence it
    changes), so importing the same file again finds the same events and duplicates none.

    Context calendars need no UID; posts do, and the import makes a post's uid
    of this one with the platform, as for any other event.
    """
    moment = instant_text(start) if isinstance(start, datetime) else start.isoformat()
    changed = _written(recurrence_id) if recurrence_id is not None else ""
    digest = hashlib.sha256("\n".join((summary, moment, changed)).encode()).hexdigest()[:32]
    return f"{digest}@{_CONTENT_UID_DOMAIN}"


class _Reader:
    """Turns each VEVENT into a :class:`ParsedEvent`, collecting problems with their lines."""

    def __init__(self, source: str, calendars: list[icalendar.Calendar], floating_zone: str) -> None:
        self.source = source
        self.problems: list[tuple[int, str, dict[str, object]]] = []
        definitions: dict[str, tzinfo] = {}
        declared: str | None = None
        for cal in calendars:
            for vtimezone in cal.walk("VTIMEZONE"):
                try:
                    definitions[str(vtimezone["TZID"])] = cast(icalendar.Timezone, vtimezone).to_tz(lookup_tzid=False)
                except (KeyError, ValueError, TypeError, AttributeError):
                    continue  # a zone definition we cannot read: its TZID will be unknown if used
            declared = declared or iana_name(str(cal.get("X-WR-TIMEZONE", "")).strip())
        self.zones = ZoneResolver(definitions)
        # Floating times mean the file's own zone when it says one (Google, Apple).
        self.floating = declared or floating_zone
        zone(self.floating)
        self._declared = declared
        self._calendars = calendars
        self._home: str | None = None
        self._without_uid: list[int] = []

    def notes(self) -> list[FileNote]:
        """The events without UID, in one note: a re-import knows them by their summary and start."""
        if not self._without_uid:
            return []
        count = len(self._without_uid)
        return [FileNote(self._without_uid[0], "ics_import.note_no_uid", {"count": count})]

    def home(self, year: int) -> str:
        """The file's own zone, where an all-day event's day is read from an instant: ``X-WR-TIMEZONE``,
        else the one zone a file uses (Outlook ends all-day series at a local midnight written in UTC),
        else the zone of floating times."""
        if self._home is None:
            used = {str(tzid) for cal in self._calendars for tzid in cal.get_used_tzids()}
            found = self.zones.resolve(used.pop(), year) if len(used) == 1 else None
            self._home = self._declared or (found.name if found else None) or self.floating
        return self._home

    def event(self, component: icalendar.Event, block: _Block) -> ParsedEvent | None:
        try:
            return self._event(component, block)
        except _Problem as problem:
            line = problem.line or block.properties.get(problem.where or "", block.line)
            self.problems.append((line, problem.key, problem.params))
        except ValidationError as error:
            self.problems.append((block.line, error.key, error.params))
        return None

    def _event(self, component: icalendar.Event, block: _Block) -> ParsedEvent:
        for prop, _english in component.errors:
            if prop is None or prop.upper() in _USED:
                # The library's own words are English: the message quotes the value as the file has it.
                raise _unreadable(component, block, prop)
        summary = _text(component, "SUMMARY")
        start, zone_name = self._moment(component, "DTSTART")
        uid = _text(component, "UID").strip()
        if not uid:
            self._without_uid.append(block.line)
            uid = content_uid(summary, start, component.get("RECURRENCE-ID"))
        end = self._end(component, start, zone_name)
        recurrence = self._recurrence(component, start)
        recurrence_id = None
        if component.get("RECURRENCE-ID") is not None:
            recurrence_id = self._stored_moment(component, "RECURRENCE-ID", start)
        dialogos = {name: _text(component, name) for name in DIALOGOS_PROPERTIES if component.get(name) is not None}
        return ParsedEvent(
            uid=uid,
            line=block.line,
            summary=summary,
            start=start,
            end=end,
            timezone=zone_name,
            description=_text(component, "DESCRIPTION"),
            location=_text(component, "LOCATION"),
            url=_text(component, "URL").strip(),
            status=_text(component, "STATUS").strip().upper(),
            recurrence=recurrence,
            recurrence_id=recurrence_id,
            dialogos=dialogos,
        )

    # -- dates and times ---------------------------------------------------------

    def _moment(self, component: icalendar.Event, prop: str) -> tuple[datetime | date, str | None]:
        """A date, or an aware datetime with the IANA zone of its wall-clock time (None: UTC)."""
        value = _single(component.get(prop))
        if value is None:
            raise _Problem(prop, "error.ics_no_start")
        return self._placed(prop, value.dt, value.params.get("TZID"))

    def _placed(self, prop: str, raw: Any, tzid: str | None) -> tuple[datetime | date, str | None]:
        if isinstance(raw, tuple):  # a PERIOD: its start
            raw = raw[0]
        if not isinstance(raw, date):
            raise _Problem(prop, "error.ics_bad_value", prop=prop, value=str(raw)[:60])
        try:
            within_years(raw, raw.isoformat())
        except ValidationError as error:
            raise _Problem(prop, error.key, **error.params) from None
        if not isinstance(raw, datetime):
            return raw, None
        wall = raw.replace(tzinfo=None)
        if tzid:
            found = self.zones.resolve(str(tzid), raw.year)
            if found is None:
                raise _Problem(prop, "error.ics_unknown_zone", zone=str(tzid)[:60])
            return _in_zone(wall, found)
        if raw.tzinfo is not None:
            return raw.astimezone(UTC), None
        return wall.replace(tzinfo=zone(self.floating), fold=0), self.floating

    def _end(self, component: icalendar.Event, start: datetime | date, zone_name: str | None) -> datetime | date:
        if component.get("DTEND") is not None:
            end, _ = self._moment(component, "DTEND")
            if isinstance(end, datetime) != isinstance(start, datetime):
                raise _Problem("DTEND", "error.ics_end_kind")
            if end < start:  # type: ignore[operator]  # both dates or both aware datetimes
                raise _Problem("DTEND", "error.ics_end_before_start")
            return end
        duration = _single(component.get("DURATION"))
        if duration is not None:
            length = duration.dt
            if not isinstance(length, timedelta) or length < timedelta(0):
                raise _Problem("DURATION", "error.ics_bad_value", prop="DURATION", value=_shown(_written(duration), 60))
            if not isinstance(start, datetime):
                return start + timedelta(days=max(length.days, 1))
            # Days are calendar days (the same wall-clock time), hours are exact.
            wall = start.replace(tzinfo=None) + timedelta(days=length.days)
            assert start.tzinfo is not None
            placed = wall.replace(tzinfo=start.tzinfo, fold=0).astimezone(UTC) + timedelta(seconds=length.seconds)
            return placed.astimezone(start.tzinfo)
        # RFC 5545: an all-day event without an end lasts its day; a timed one has no length.
        return start if isinstance(start, datetime) else start + timedelta(days=1)

    def _stored_moment(self, component: icalendar.Event, prop: str, start: datetime | date) -> str:
        value = _single(component.get(prop))
        assert value is not None
        return self._as_stored(prop, value.dt, value.params.get("TZID"), start)

    def _as_stored(self, prop: str, raw: Any, tzid: str | None, start: datetime | date) -> str:
        """A date or instant of EXDATE, RDATE or RECURRENCE-ID as :mod:`planner.recurrence` stores it."""
        if isinstance(raw, tuple):
            raw = raw[0]
        if not isinstance(start, datetime):
            # All-day: the day the value names where it was written (Outlook writes local midnights).
            if isinstance(raw, datetime) and raw.tzinfo is not None and not tzid:
                raw = raw.astimezone(zone(self.home(raw.year)))
            if not isinstance(raw, date):
                raise _Problem(prop, "error.ics_bad_value", prop=prop, value=str(raw)[:60])
            day = raw.date() if isinstance(raw, datetime) else raw
            within_years(day, day.isoformat())
            return day.isoformat()
        if not isinstance(raw, datetime) and isinstance(raw, date):
            if prop == "RDATE":  # an extra day of a timed event: at its usual time
                wall = datetime.combine(raw, start.replace(tzinfo=None).time())
                return instant_text(wall.replace(tzinfo=start.tzinfo, fold=0))
            return raw.isoformat()
        moment, _ = self._placed(prop, raw, tzid)
        assert isinstance(moment, datetime)
        return instant_text(moment)

    # -- repeats -----------------------------------------------------------------

    def _recurrence(self, component: icalendar.Event, start: datetime | date) -> Recurrence:
        rule = self._rule(component, start)
        exdates = tuple(self._dates(component, "EXDATE", start))
        rdates = tuple(self._dates(component, "RDATE", start))
        return Recurrence(rule=rule, exdates=tuple(dict.fromkeys(exdates)), rdates=tuple(dict.fromkeys(rdates)))

    def _rule(self, component: icalendar.Event, start: datetime | date) -> str | None:
        value = _single(component.get("RRULE"))
        if value is None:
            return None
        rule = icalendar.vRecur(value)
        until = (rule.get("UNTIL") or [None])[0]
        if isinstance(until, date) and until.year > LAST_YEAR:
            # Past the last year Dialogos shows, "until" is "for ever" (some apps write 9999).
            del rule["UNTIL"]
        elif until is not None:
            if isinstance(until, date):
                try:
                    within_years(until, until.isoformat())
                except ValidationError as error:
                    raise _Problem("RRULE", error.key, **error.params) from None
            rule["UNTIL"] = [self._until(until, start)]
        text = rule.to_ical().decode()
        try:
            return settle_rule(text, start)
        except ValidationError as error:
            raise _Problem("RRULE", error.key, **error.params) from None
        except (ValueError, TypeError, OverflowError):
            raise _Problem("RRULE", "error.ics_bad_rule", value=text[:60]) from None

    def _until(self, until: Any, start: datetime | date) -> date | datetime:
        """``UNTIL`` as stored: a date for an all-day event, an instant (UTC) for a timed one."""
        if not isinstance(start, datetime):
            if isinstance(until, datetime):
                local = until.astimezone(zone(self.home(until.year))) if until.tzinfo else until
                return local.date()
            return until
        if isinstance(until, datetime):
            if until.tzinfo is None:
                until = until.replace(tzinfo=start.tzinfo, fold=0)
            return until.astimezone(UTC)
        return until if isinstance(until, date) else start

    def _dates(self, component: icalendar.Event, prop: str, start: datetime | date) -> Iterator[str]:
        values = component.get(prop)
        if values is None:
            return
        for group in values if isinstance(values, list) else [values]:
            group_tzid = group.params.get("TZID") if hasattr(group, "params") else None
            for item in getattr(group, "dts", []):
                tzid = item.params.get("TZID") or group_tzid
                try:
                    yield self._as_stored(prop, item.dt, tzid, start)
                except ValidationError as error:
                    raise _Problem(prop, error.key, **error.params) from None


_CONTENT_UID_DOMAIN = "content.dialogos.invalid"
"""The domain of the UIDs made for events without one: never taken for a post's own (``@dialogos``)."""

_USED = {"UID", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID"}
"""Properties whose broken value stops an import; others (a bad PRIORITY, say) are ignored."""


def _in_zone(wall: datetime, found: ResolvedZone) -> tuple[datetime, str | None]:
    # fold=0: a skipped wall time takes the offset before the gap, a repeated one its
    # first occurrence (RFC 5545 §3.3.5).
    placed = wall.replace(tzinfo=found.tz, fold=0)
    if found.name is None:
        return placed.astimezone(UTC), None
    if found.name == "UTC":
        return placed.astimezone(UTC), None
    return placed, found.name


def _single(value: Any) -> Any:
    """A property that may appear several times: the first one."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(component: icalendar.Component, prop: str) -> str:
    """A property's value as text.

    icalendar unescapes the values it knows as TEXT (SUMMARY, DESCRIPTION,
    any property written with VALUE=TEXT) but hands the others back as
    written: X-DIALOGOS-*, X-WR-CALNAME and NAME are TEXT too, so they are
    unescaped here, once.
    """
    value = _single(component.get(prop))
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if isinstance(value, icalendar.vUnknown):
        return unescaped(str(value))
    return str(value)


def unescaped(raw: str) -> str:
    r"""An iCalendar TEXT value as written back to its text (RFC 5545 §3.3.11), in one pass.

    ``\\`` is a backslash, ``\;`` and ``\,`` are ``;`` and ``,``, ``\n`` and
    ``\N`` a line break; any other backslash stays as it is. One pass, so an
    escaped backslash before an ``n`` stays a backslash and an ``n``.
    """
    return _TEXT_ESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), raw)

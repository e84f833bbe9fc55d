"""The first pass over an iCalendar file: its lines, its components, what is left out of it.

The ``icalendar`` library keeps no line numbers and refuses a whole file for
what a calendar app shrugs off. This pass reads the unfolded lines once: it
checks the nesting of BEGIN and END, finds where each event and each of its
properties is (:class:`Block`), and sets aside, each with a :class:`FileNote`
for the user, what a calendar app ignores: an empty RRULE or EXDATE, what
follows END:VCALENDAR, a component Dialogos does not use (VTODO, VJOURNAL,
VFREEBUSY, VALARM…) with a line that cannot be read, a broken line of a
property the import does not use, a text folded without its space. The
library then reads what is kept (:func:`kept_text`, :func:`parsed`); when it still refuses the
file, :func:`leave_out_unreadable` finds the part it chokes on.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import icalendar

from planner.errors import ValidationError
from planner.i18n import tr

_NAME = re.compile(r"[A-Za-z0-9-]+")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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


@dataclass(slots=True)
class Block:
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
class Layout:
    events: list[Block]
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


def shown(line: str, limit: int = 40) -> str:
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


def layout_of(text: str, source: str) -> Layout:
    """Check the nesting of BEGIN and END and find every event's lines.

    Structure problems stop the reading at once (nothing after them can be
    trusted); an event without DTSTART is noted and reading goes on. What a
    calendar app shrugs off is left out with a note (:class:`FileNote`): what
    follows the last END:VCALENDAR, a component Dialogos does not use with a
    line that cannot be read, an event's property with nothing after its colon
    or with a broken line when the import does not use it.
    """
    stack: list[tuple[str, int]] = []
    layout = Layout(events=[], problems=[])
    block: Block | None = None
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
            raise CalendarFileError(source, number, "error.ics_not_a_line", text=shown(line))
        assert match is not None
        layout.last = None  # a fold continues a property, never a component's edge
        if name == "BEGIN":
            component = rest[1:].strip().upper()
            stack.append((component, number))
            if component not in _USED_COMPONENTS:
                skipping = _Skipping(component, number, len(stack))
            elif component == "VEVENT" and len(stack) == 2:
                block = Block(number)
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
            FileNote(trailing[0], "ics_import.note_trailing", {"text": shown(trailing[1]), "count": ignored})
        )
        layout.dropped.add(trailing[0])  # the rest is cut at layout.end
    return layout


def _unfolded(number: int, line: str, layout: Layout) -> bool:
    """Whether a line that is no NAME:value line is the rest of the text line before it.

    Some writers fold a long DESCRIPTION or X-WR-CALDESC without the space
    that starts a continuation line: after a text (of the calendar or an
    event), the line is taken as its rest, with a note. Anywhere else it is refused.
    """
    if layout.last is None or not (layout.last[1] in _TEXTS or layout.last[1].startswith("X-")):
        return False
    previous, prop = layout.last
    layout.joined.add(number)
    params = {"text": shown(line), "prop": prop[:30], "previous": previous}
    layout.notes.append(FileNote(number, "ics_import.note_bad_fold", params))
    return True


def _event_line(block: Block, number: int, line: str, name: str, name_end: int, layout: Layout) -> None:
    """One of an event's own properties: its line kept, or left out with a note, or a problem.

    Run on every line of every event: the usual line (no parameter, a value)
    is settled by the first tests.
    """
    layout.last = (number, name)
    if line[name_end] == ";" and not _readable(line, name_end):
        layout.last = None
        if name in _DATES or name == "UID":
            layout.problems.append((number, "error.ics_bad_line", {"text": shown(line)}))
        else:
            layout.drop(number, number)
            layout.notes.append(
                FileNote(number, "ics_import.note_line_skipped", {"text": shown(line), "prop": name[:30]})
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
    layout: Layout,
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


def _left_out(skipping: _Skipping, last: int, layout: Layout, *, unclosed: bool) -> None:
    layout.drop(skipping.line, last)
    params: dict[str, object] = {"component": skipping.component[:30]}
    if unclosed:
        layout.notes.append(FileNote(skipping.line, "ics_import.note_component_unclosed", params))
        return
    assert skipping.broken is not None
    bad, text = skipping.broken
    params |= {"bad": bad, "text": shown(text)}
    key = "ics_import.note_zone_skipped" if skipping.component == "VTIMEZONE" else "ics_import.note_component_skipped"
    layout.notes.append(FileNote(skipping.line, key, params))


def _check_block(block: Block, layout: Layout) -> None:
    if "DTSTART" not in block.properties:
        layout.problems.append((block.line, "error.ics_no_start", {}))


def kept_text(text: str, layout: Layout) -> str:
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


# -- when the library refuses the file ---------------------------------------------


UNREADABLE = (ValueError, TypeError, KeyError, IndexError)


def parsed(kept: str) -> list[icalendar.Calendar]:
    """The library's reading of the text kept (:func:`kept_text`)."""
    with warnings.catch_warnings():
        # A guessed "globally unique" TZID warns; Dialogos resolves TZIDs itself.
        warnings.simplefilter("ignore")
        return icalendar.Calendar.from_ical(kept, multiple=True)


def leave_out_unreadable(text: str, layout: Layout) -> bool:
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
            layout.notes.append(FileNote(number, "ics_import.note_calendar_line_skipped", {"text": shown(line)}))
            found = True
    return found


def first_unreadable(text: str, layout: Layout) -> tuple[int, str] | None:
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


def _check_unused(span: tuple[int, int, str], lines: list[tuple[int, str]], layout: Layout) -> bool:
    """Whether the library cannot read this component: then it is left out, with the line it stops at."""
    first, last, component = span
    try:
        icalendar.Component.from_ical("\r\n".join(line for _, line in lines) + "\r\n")
        return False
    except UNREADABLE:
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
    except UNREADABLE:
        return False
    return True

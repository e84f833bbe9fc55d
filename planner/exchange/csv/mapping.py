"""Another tool's spreadsheet read through a column mapping: which column holds what.

People switch to Dialogos with a file from where they planned before:
Hootsuite's bulk-schedule file (a date and time in one cell, ``MM/DD/YYYY
HH:MM`` or ``DD/MM/YYYY HH:MM``, the message, a link, and no platform: the
profiles are chosen on upload; its classic template has no header row), or
another planner's export with its own headers (``Scheduled at``, ``Post
text``, ``Network``). Such a file has no Dialogos header, so each of its
columns is *mapped* to what it holds (:data:`~planner.exchange.csv.columns.TARGETS`).

:func:`guess_layout` reads the first rows and guesses the mapping: a header a
Dialogos export writes names its column; else words other tools use
(:func:`~planner.exchange.csv.columns.header_target`: another tool's post id is
the uid, so importing its file again updates; a picture's link or the day a
row was created is left out); then the cells decide
between a date, a time and both in one cell, a column of links is the link,
a column whose cells name platforms (the plan's, or well-known ones such as
Instagram: a file without a header, or a header like ``Chan``) is the
platform, and the longest text is the body. Whether slashed dates are month
first is read off the whole sample (a 13 or more can only be a day), else off
the date column's header when it spells the layout (Hootsuite's template says
``Date (MM/DD/YYYY HH:MM)``); when neither tells, they are day first, as
everywhere else in Dialogos, and the mapping says that this was assumed
(:attr:`ColumnMapping.day_first_assumed`), so the import can say it. The
import reads every row (:func:`~planner.exchange.csv.reader.read_csv`): a later
row that can only be month first makes an assumed file month first, and a cell
that overrules the header is said (:class:`~planner.exchange.csv.reader.DateOrderNote`). The caller shows
the guess and lets the user correct it (:func:`remap`, the command line's
``--map "Message=body"``, the import dialog's combos), then
:func:`check_mapping` refuses a mapping that cannot give posts: without a
date, a text, or a platform (a file without a platform column takes one
platform for all its rows). A file whose header is a Dialogos one needs no
mapping and is read as its columns say (:attr:`CsvLayout.native`).

A post needs a title: a file without a title column takes the first line of
the body (what Hootsuite's messages are), cut to the title's length.
"""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from planner.defaults import KIND_NAMES, folded_name
from planner.errors import ValidationError
from planner.exchange.csv.cells import (
    either_order,
    header_order,
    parse_date,
    parse_datetime,
    parse_time,
    slashed_parts,
)
from planner.exchange.csv.columns import (
    DATETIME,
    FRENCH,
    HEADER_NAMES,
    REQUIRED,
    TARGETS,
    ColumnMapping,
    header_key,
    header_target,
    left_out,
)
from planner.exchange.csv.followups import is_followups_file
from planner.exchange.csv.reader import decode, delimiter_of, expected_columns
from planner.i18n import language, tr

__all__ = ["ColumnMapping", "CsvLayout", "check_guess", "check_mapping", "guess_layout", "layout_of_file", "remap"]

SAMPLE_ROWS = 20
"""Rows the guess looks at: enough to tell day-first dates, few enough to be instant."""

HEAD_BYTES = 64 * 1024
"""What :func:`layout_of_file` reads of a file: the first rows, however big the file."""

_WHEN = frozenset({"date", "time", DATETIME})
# What a target the user gives takes from the guess: one date, given once (in its own cell or with the time).
_CLASHES = {"date": {"date", DATETIME}, DATETIME: {"date", DATETIME, "time"}, "time": {"time", DATETIME}}
_IGNORE_WORDS = frozenset({"", "-", "none", "ignore", "skip", "ignorer", "aucune", "aucun"})


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """The first rows of a file and the mapping guessed from them."""

    headers: tuple[str, ...]  # the header row's cells; empty strings when the file has none
    samples: tuple[tuple[str, ...], ...]  # the first rows after the header, as many cells as headers
    guess: ColumnMapping
    native: bool  # a Dialogos header (posts or follow-ups): read as its columns say, no mapping needed
    delimiter: str
    unsettled_date: str = ""  # a date of the sample that reads two ways when nothing tells the order; else ""

    @property
    def width(self) -> int:
        return len(self.headers)

    def name(self, index: int) -> str:
        """A column as the user knows it: its header, or its number in a file without one."""
        header = self.headers[index].strip()
        return header if header else tr("csv.column_number", number=index + 1)


def layout_of_file(path: str | os.PathLike[str], *, platforms: Iterable[str] = ()) -> CsvLayout:
    """The layout of a file from its first :data:`HEAD_BYTES`, for a dialog to show before importing;
    ``platforms`` as :func:`guess_layout` takes them."""
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as exc:
        raise ValidationError("error.import_cannot_read", path=str(path), detail=exc.strerror or str(exc)) from exc
    if len(head) == HEAD_BYTES:
        head = head[: head.rfind(b"\n") + 1] or head  # whole lines: a cut character would read as another encoding
    return guess_layout(head, platforms=platforms)


def guess_layout(data: bytes, *, platforms: Iterable[str] = ()) -> CsvLayout:
    """Guess what each column of the file holds from its first rows; nothing is imported.

    ``platforms``: the plan's platform names, which tell a platform column by its
    cells (well-known names such as Instagram or LinkedIn do without them)."""
    text, _encoding = decode(data)
    delimiter, skip_hint = delimiter_of(text)
    if is_followups_file(data):  # the follow-ups file an export writes beside the posts' file
        return CsvLayout((), (), ColumnMapping(()), True, delimiter)
    found = _first_records(text, delimiter, skip_hint)
    if not found:
        raise ValidationError("error.csv_empty")
    width = max(len(record) for record in found)
    records = [tuple(record) + ("",) * (width - len(record)) for record in found]
    header = not any(_when_shape(cell.strip()) for cell in records[0])
    headers, samples = (records[0], records[1:]) if header else (("",) * width, records)
    exact = [HEADER_NAMES.get(header_key(cell)) for cell in headers]
    if header and all(required in exact for required in REQUIRED) and _unique(exact):
        return CsvLayout(tuple(headers), tuple(samples), ColumnMapping(tuple(exact)), True, delimiter)
    columns = [[row[index].strip() for row in samples if row[index].strip()] for index in range(width)]
    named = [header_target(cell) if header else None for cell in headers]
    targets = _dedupe(
        None if header and left_out(cell) else _target(target, cells, headed=header)
        for cell, target, cells in zip(headers, named, columns, strict=True)
    )
    if "platform" not in targets:
        targets = _with_platform(targets, columns, frozenset(name.strip().casefold() for name in platforms))
    if not {"title", "body"} & set(targets):
        targets = _with_body(targets, columns)
    month_first, assumed, unsettled = _date_order(headers, targets, columns)
    mapping = ColumnMapping(tuple(targets), header=header, month_first=month_first, day_first_assumed=assumed)
    return CsvLayout(tuple(headers), tuple(samples), mapping, False, delimiter, unsettled)


def _unique(targets: Sequence[str | None]) -> bool:
    named = [target for target in targets if target]
    return len(named) == len(set(named))


def check_guess(layout: CsvLayout) -> None:
    """Refuse to import with the guess alone a header that names no column anyone could recognise (not a
    plan at all), or a Dialogos column twice (which one to read?); a mapping the user gives still reads it."""
    if not layout.guess.header or layout.native:
        return
    headers = layout.headers
    exact = [HEADER_NAMES.get(header_key(cell)) for cell in headers]
    if not any(header_target(cell) for cell in headers):
        raise ValidationError("error.csv_no_header", **expected_columns())
    seen: set[str] = set()
    for cell, column in zip(headers, exact, strict=True):
        if column in seen:
            raise ValidationError("error.csv_duplicate_column", column=cell.strip()[:60])
        if column:
            seen.add(column)


def _first_records(text: str, delimiter: str, skip_hint: bool) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            if skip_hint:
                skip_hint = False
                continue
            if any(cell.strip() for cell in record):
                records.append(record)
            if len(records) > SAMPLE_ROWS:
                break
    except csv.Error:
        pass  # a malformed row (or the cut end of a file's head): the rows before it are enough to guess
    return records


def _when_shape(cell: str) -> str | None:
    """What a cell can be read as: a date and time, a date or a time (either order of slashed dates)."""
    for target, read in ((DATETIME, parse_datetime), ("date", parse_date)):
        for month_first in (False, True):
            try:
                read(cell, month_first=month_first)  # type: ignore[operator]
            except ValidationError:
                continue
            return target
    try:
        parse_time(cell)
    except ValidationError:
        return None
    return "time"


def _shape(cells: Sequence[str]) -> str | None:
    """What the cells of a column are: a date, a time, both, a link or text; None for an empty column.

    A third of the cells of one kind of date or time is enough: mistyped dates
    are rows to report, not a sign that the column holds something else."""
    if not cells:
        return None
    shapes = Counter(_when_shape(cell) for cell in cells)
    shape, count = max(((s, n) for s, n in shapes.items() if s), key=lambda pair: pair[1], default=(None, 0))
    if shape and count * 3 >= len(cells):
        return shape
    if all(cell.lower().startswith(("http://", "https://")) and " " not in cell for cell in cells):
        return "link"
    return "text"


def _target(named: str | None, cells: Sequence[str], *, headed: bool) -> str | None:
    """A column's target: what its header names, its cells deciding between date, time and both; in a file
    without a header, a column of links is the link (with one, an unknown header may be a picture's link)."""
    shape = _shape(cells)
    if named is None or named in _WHEN:
        if shape in _WHEN:
            return shape
        if named is None and shape == "link" and not headed:
            return "link"
    return named


def _dedupe(targets: Iterable[str | None]) -> list[str | None]:
    """The first column of each target keeps it: two columns cannot both be the body."""
    seen: set[str] = set()
    kept: list[str | None] = []
    for target in targets:
        taken = target in seen or (target in ("date", DATETIME) and bool({"date", DATETIME} & seen))
        kept.append(None if target is None or taken else target)
        if target:
            seen.add(target)
    return kept


def _names_platform(cell: str, plan: frozenset[str]) -> bool:
    """Whether a cell is a platform's name: one of the plan's, or a well-known one as a whole
    (not "X" alone, which may be a mark in a sheet unless the plan has such a platform)."""
    name = cell.strip()
    if name.casefold() in plan:
        return True
    folded = folded_name(name)
    return len(folded) > 1 and folded in KIND_NAMES


def _with_platform(
    targets: list[str | None], columns: Sequence[Sequence[str]], plan: frozenset[str]
) -> list[str | None]:
    """An unmapped column most of whose cells name platforms is the platform: a file without a header
    (``15/06/2027 09:15,Hello,Instagram``) or with one no guess knows (``Chan``)."""

    def share(index: int) -> float:
        cells = columns[index]
        return sum(_names_platform(cell, plan) for cell in cells) / len(cells) if cells else 0.0

    free = [i for i, target in enumerate(targets) if target is None and share(i) > 0.5]
    if not free:
        return targets
    best = max(free, key=share)  # the first of the best, should two columns name platforms
    return [("platform" if i == best else target) for i, target in enumerate(targets)]


def _with_body(targets: list[str | None], columns: Sequence[Sequence[str]]) -> list[str | None]:
    """The longest text of the columns left unmapped is the body: a Hootsuite file's message has no header."""
    free = [i for i, target in enumerate(targets) if target is None and _shape(columns[i]) == "text"]
    if not free:
        return targets
    longest = max(free, key=lambda i: sum(map(len, columns[i])) / len(columns[i]))
    return [("body" if i == longest else target) for i, target in enumerate(targets)]


def _date_order(
    headers: Sequence[str], targets: Sequence[str | None], columns: Sequence[Sequence[str]]
) -> tuple[bool, bool, str]:
    """Whether the slashed dates of the date column are month first; whether that is only assumed (day
    first: nothing told); and then a date of the sample that reads two ways ("" when none does, though a
    later row still may: the import looks at every row before it says anything).

    A cell tells (a 13 or more can only be a day); else the column's header, when it spells the layout
    (``Date (MM/DD/YYYY HH:MM)``); else day first is assumed."""
    days_first = months_first = False
    unsettled = ""
    said: bool | None = None
    for header, target, cells in zip(headers, targets, columns, strict=True):
        if target not in ("date", DATETIME):
            continue
        said = header_order(header)
        for cell in cells:
            parts = slashed_parts(cell)
            if parts:
                days_first |= parts[0] > 12
                months_first |= parts[1] > 12
            if not unsettled and either_order(cell):
                unsettled = cell
    if days_first or months_first:
        return months_first and not days_first, False, ""
    if said is not None:
        return said, False, ""
    return False, True, unsettled


def remap(layout: CsvLayout, choices: Sequence[tuple[str, str]], *, month_first: bool | None = None) -> ColumnMapping:
    """The guessed mapping corrected by the user's ``(column, target)`` choices.

    A column is named by its header (case and accents aside) or by its number
    from 1; a target is one of :data:`TARGETS`, a Dialogos header (``texte``),
    or empty (or ``-``) to leave the column out. A target the user gives moves
    away from the column the guess had given it to.
    """
    targets = list(layout.guess.targets)
    given: dict[str, str] = {}
    chosen: set[int] = set()
    for column, wanted in choices:
        index = _column_index(layout, column)
        target = _target_named(wanted)
        if target is not None:
            if target in given and given[target] != column:
                raise ValidationError("error.csv_map_twice", target=target, first=given[target], second=column)
            given[target] = column
            clashes = _CLASHES.get(target, {target})
            targets = [None if t in clashes and i not in chosen else t for i, t in enumerate(targets)]
        targets[index] = target
        chosen.add(index)
    if month_first is None:
        return replace(layout.guess, targets=tuple(targets))
    return replace(layout.guess, targets=tuple(targets), month_first=month_first, day_first_assumed=False)


def _column_index(layout: CsvLayout, column: str) -> int:
    key = header_key(column)
    for index, header in enumerate(layout.headers):
        if key and header_key(header) == key:
            return index
    if column.strip().isdigit() and 1 <= int(column) <= layout.width:
        return int(column) - 1
    found = ", ".join(layout.name(i) for i in range(layout.width))
    raise ValidationError("error.csv_map_unknown_column", column=column.strip()[:60], found=found[:200])


def _target_named(wanted: str) -> str | None:
    key = header_key(wanted)
    if key in _IGNORE_WORDS:
        return None
    if key.replace(" ", "") in (DATETIME, "dateheure"):
        return DATETIME
    target = HEADER_NAMES.get(key)
    if target is None or target not in TARGETS:
        raise ValidationError("error.csv_map_unknown_target", target=wanted.strip()[:40], known=", ".join(TARGETS))
    return target


def check_mapping(layout: CsvLayout, mapping: ColumnMapping, *, platform: str | None) -> None:
    """Refuse a mapping that cannot make posts: no date, no text, no platform (and none given)."""
    names = {target: layout.name(i) for i, target in enumerate(mapping.targets) if target}
    if not {"date", DATETIME} & names.keys():
        raise ValidationError("error.csv_map_no_date")
    if "date" in names and DATETIME in names:
        raise ValidationError("error.csv_map_twice", target="date", first=names[DATETIME], second=names["date"])
    if DATETIME in names and "time" in names:
        raise ValidationError("error.csv_map_twice", target="time", first=names[DATETIME], second=names["time"])
    found = ", ".join(layout.name(i) for i in range(layout.width))[:200]
    if "platform" not in names and platform is None:
        if not mapping.header:
            raise ValidationError("error.csv_no_platform", found=found)
        column = FRENCH["platform"] if language() == "fr" else "platform"
        raise ValidationError("error.csv_missing_column", column=column, found=found)
    if "title" not in names and "body" not in names:
        raise ValidationError("error.csv_map_no_text", found=found)

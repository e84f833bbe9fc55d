"""Reading a CSV file into rows of post fields, each checked, nothing written.

What it reads: its own export and what spreadsheets save. The bytes are
UTF-8 (with or without a byte order mark), else Windows-1252, the encoding
of French Excel's "CSV (separator: semicolon)"; UTF-16 with its mark too.
The delimiter (``,``, ``;`` or a tab) is the one that makes the most of the
header line known columns (an Excel ``sep=;`` first line is obeyed). Headers
are English or French, in any case, with or without accents
(:mod:`planner.exchange.csv.columns`); unknown columns are left out and
named, so a typo does not pass unseen.

Every row is checked on its own and every problem is kept with the number
of the line the row starts on in the file (a quoted cell may span lines),
so one reading reports them all.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from planner import validation as check
from planner.defaults import MAX_DURATION_MINUTES, MAX_TITLE_LENGTH
from planner.errors import NotFoundError, ValidationError
from planner.exchange.csv.cells import (
    either_order,
    free_text,
    header_order,
    localize_at,
    optional,
    parse_date,
    parse_datetime,
    parse_offset,
    parse_time,
    slashed_parts,
)
from planner.exchange.csv.columns import (
    COLUMNS,
    DATETIME,
    FRENCH,
    HEADER_NAMES,
    REQUIRED,
    STATUS_NAMES,
    ColumnMapping,
    header_key,
    header_target,
    unguard,
)
from planner.i18n import language, tr
from planner.model import Category, Platform, PostFields, Status
from planner.timezones import zone

__all__ = [
    "CsvProblem",
    "CsvReading",
    "CsvRow",
    "DateOrderNote",
    "UnsettledDates",
    "decode",
    "delimiter_of",
    "expected_columns",
    "malformed",
    "read_csv",
]


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """Why a row cannot be imported; ``line`` is where the row starts in the file (from 1)."""

    line: int
    message: str

    def __str__(self) -> str:
        return tr("csv.problem", line=self.line, message=self.message)


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One good row: the post fields it gives, checked and with names as the plan spells them.

    A column the file lacks leaves its field at the :class:`PostFields` default; which
    columns the file has is :attr:`CsvReading.columns`. ``fields.start`` is read in
    ``timezone`` when the row names one, else in the planning zone; ``wall``
    and ``offset`` are the cells as written, to read the time again in a
    post's own zone when the file has no timezone column. ``version`` is the
    post's version the row was exported at, None when the cell is empty.
    """

    line: int
    fields: PostFields
    wall: datetime | None = None
    offset: timedelta | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class UnsettledDates:
    """Slashed dates no cell of the file tells the order of: ``cell`` is the first that reads two ways,
    ``day_first`` and ``month_first`` what it is either way (``06/05/2027``: 6 May or 5 June)."""

    cell: str
    day_first: date
    month_first: date

    @property
    def message(self) -> str:
        """That they were read day first, in the user's language (the import made them so)."""
        return tr(
            "csv.note_day_first",
            cell=self.cell[:40],
            day_first=self.day_first.isoformat(),
            month_first=self.month_first.isoformat(),
        )


@dataclass(frozen=True, slots=True)
class DateOrderNote:
    """A cell that settled the order of the file's slashed dates against what the first rows said: a
    ``header`` spelling the other order (``Date (MM/DD/YYYY)`` over ``25/06/2027``), or, when ``header`` is
    empty, nothing (the first rows were read day first until line ``line`` could only be month first).
    ``month_first``: how every date of the file was read in the end."""

    line: int
    cell: str
    month_first: bool
    header: str = ""

    @property
    def message(self) -> str:
        """What was read and why, in the user's language."""
        cell = self.cell[:40]
        if not self.header:
            return tr("csv.note_month_first_late", line=self.line, cell=cell)
        key = "csv.note_header_overruled_month_first" if self.month_first else "csv.note_header_overruled_day_first"
        return tr(key, header=self.header[:60], line=self.line, cell=cell)


@dataclass(frozen=True, slots=True)
class CsvReading:
    """What a file holds: its good rows, the problems of the others, and how it was read.

    ``unsettled``: the file's slashed dates could be either way, and none of its
    cells says which (None when one does, or when none reads two ways). ``order_note``: a
    row past the first ones settled the order (see :class:`DateOrderNote`)."""

    rows: tuple[CsvRow, ...]
    problems: tuple[CsvProblem, ...]
    columns: frozenset[str]
    ignored: tuple[str, ...]
    delimiter: str
    encoding: str
    unsettled: UnsettledDates | None = None
    order_note: DateOrderNote | None = None


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read in.

    UTF-8 first: Windows-1252 decodes any byte string, so it comes second,
    only for bytes that are not UTF-8.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValidationError("error.csv_not_text") from None
    else:
        if b"\x00" in data:
            raise ValidationError("error.csv_not_text")
        marked = data.startswith(codecs.BOM_UTF8)
        content = data[len(codecs.BOM_UTF8) :] if marked else data
        try:
            text, encoding = content.decode("utf-8"), "utf-8-sig" if marked else "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = content.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:  # five bytes have no meaning in Windows-1252
                raise ValidationError("error.csv_not_text") from None
    if "\x00" in text:
        raise ValidationError("error.csv_not_text")
    if not text.strip():
        raise ValidationError("error.csv_empty")
    return text, encoding


_SEP_LINE = re.compile(r"sep=(.)\s*$", re.IGNORECASE)
_DELIMITERS = (",", ";", "\t")


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def delimiter_of(text: str) -> tuple[str, bool]:
    """The delimiter, and whether the first line is Excel's ``sep=`` hint to skip.

    The one that makes the most known headers of the first line, a Dialogos
    column first, then one another tool's header names; else the most cells."""
    first = _first_line(text)
    hint = _SEP_LINE.match(first.strip())
    if hint:
        return hint.group(1), True

    def score(delimiter: str) -> tuple[int, int, int]:
        cells = next(csv.reader([first], delimiter=delimiter))
        known = sum(header_key(cell) in HEADER_NAMES for cell in cells)
        return known, sum(header_target(cell) is not None for cell in cells), first.count(delimiter)

    return max(_DELIMITERS, key=score), False


def _names(columns: Sequence[str]) -> str:
    """Column names as the user reads them: the French headers in French."""
    return ", ".join(FRENCH[c] if language() == "fr" else c for c in columns)


def expected_columns() -> dict[str, str]:
    """The ``expected`` field of a refusal that names the columns an import reads."""
    return {"expected": _names(COLUMNS)}


def _header(cells: list[str]) -> tuple[list[str | None], tuple[str, ...]]:
    """Each cell's column (None for one left out), and the names left out."""
    mapping: list[str | None] = []
    ignored: list[str] = []
    for cell in cells:
        column = HEADER_NAMES.get(header_key(cell))
        if column is not None and column in mapping:
            raise ValidationError("error.csv_duplicate_column", column=cell.strip()[:60])
        mapping.append(column)
        if column is None and cell.strip():
            ignored.append(cell.strip()[:60])
    if not any(mapping):
        raise ValidationError("error.csv_no_header", **expected_columns())
    for required in REQUIRED:
        if required not in mapping:
            found = ", ".join(cell.strip() for cell in cells if cell.strip())
            raise ValidationError("error.csv_missing_column", column=_names([required]), found=found[:200])
    return mapping, tuple(ignored)


def read_csv(
    data: bytes,
    *,
    planning_zone: str,
    platforms: Sequence[Platform],
    categories: Sequence[Category],
    mapping: ColumnMapping | None = None,
    platform: str | None = None,
) -> CsvReading:
    """Read and check every row of a CSV file; nothing is written.

    A file that cannot be read as a whole (not text, empty, no known header)
    raises a :class:`ValidationError`; a bad row becomes a :class:`CsvProblem`
    and the reading goes on. With a ``mapping`` (another tool's file,
    :mod:`planner.exchange.csv.mapping`) the columns are what it says and the
    header row, if any, is skipped; ``platform`` is the platform of rows
    without one (a file without a platform column, or an empty cell).
    """
    text, encoding = decode(data)
    delimiter, skip_hint = delimiter_of(text)
    order_note = None
    if mapping is not None and mapping.day_first_assumed:
        mapping, order_note = _settled(text, delimiter, mapping)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    parser: _RowParser | None = None
    columns: list[str | None] = []
    ignored: tuple[str, ...] = ()
    skip_header = mapping is not None and mapping.header
    if mapping is not None:
        columns = list(mapping.targets)
        parser = _RowParser(columns, planning_zone, platforms, categories, mapping.month_first, platform)
    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    headed: list[str] = []  # a mapped file's header row
    last = 0
    while True:
        line = last + 1
        try:
            record = next(reader, None)
        except csv.Error as error:
            # The reader resumes at the next line: later rows are still checked.
            last = reader.line_num
            if parser is None or skip_header:
                raise ValidationError("error.csv_no_header", **expected_columns()) from None
            problems.append(CsvProblem(line, malformed(error)))
            continue
        last = reader.line_num
        if record is None:
            break
        if skip_hint:
            skip_hint = False
            continue
        if not any(cell.strip() for cell in record):
            continue  # blank lines, and the ";;;;" rows spreadsheets leave at the end
        if skip_header:
            skip_header = False
            headed = record
            continue
        if parser is None:
            columns, ignored = _header(record)
            parser = _RowParser(columns, planning_zone, platforms, categories, False, platform)
            continue
        parsed = parser.row(line, record)
        if isinstance(parsed, CsvRow):
            rows.append(parsed)
        else:
            problems.extend(CsvProblem(line, message) for message in parsed)
    if parser is None:
        raise ValidationError("error.csv_no_header", **expected_columns())
    if mapping is not None:
        parser.check_dates()
    given = mapping.columns() if mapping is not None else frozenset(c for c in columns if c)
    unsettled = None if parser.order_told else parser.unsettled
    if order_note is None and mapping is not None:
        order_note = parser.header_overruled(headed, mapping.month_first)
    return CsvReading(tuple(rows), tuple(problems), given, ignored, delimiter, encoding, unsettled, order_note)


def _settled(text: str, delimiter: str, mapping: ColumnMapping) -> tuple[ColumnMapping, DateOrderNote | None]:
    """``mapping`` with its dates month first when a cell of any row can only be month first and none can
    only be day first, with the note that says so; else ``mapping`` as it is (day first, assumed).

    The guess saw the first rows only: a file of ``05/06/2027`` rows whose 3 002nd says ``06/25/2027`` is
    month first all along. One pass over the date column, the text read again as it streams (never a
    second copy of the file held)."""
    index = next((i for i, target in enumerate(mapping.targets) if target in ("date", DATETIME)), None)
    if index is None:
        return mapping, None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    found: DateOrderNote | None = None
    last = 0
    while True:
        line = last + 1
        try:
            record = next(reader, None)
        except csv.Error:
            last = reader.line_num
            continue  # a malformed row is said when the rows are read
        last = reader.line_num
        if record is None:
            break
        cell = record[index].strip() if index < len(record) else ""
        parts = slashed_parts(cell)
        if parts is None:
            continue
        if parts[0] > 12:
            return mapping, None  # a day-first date: the file is day first (a month-first one is then a bad row)
        if parts[1] > 12 and found is None:
            found = DateOrderNote(line, cell, month_first=True)
    if found is None:
        return mapping, None
    return replace(mapping, month_first=True, day_first_assumed=False), found


def malformed(error: csv.Error) -> str:
    """What a malformed line of CSV is, in the user's language (the csv module speaks English)."""
    detail = str(error)
    if "unexpected end of data" in detail:
        return tr("error.csv_unclosed_quote")
    if "expected after" in detail:
        return tr("error.csv_stray_quote")
    if "field larger than field limit" in detail:
        return tr("error.csv_cell_too_big", limit=csv.field_size_limit())
    return tr("error.csv_malformed", detail=detail[:120])


_DIGITS = re.compile(r"\d+")
_WHEN = frozenset({"date", "time", "timezone", "utc_offset"})


def _memo(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """``read`` remembering its results: a big file repeats its dates, times, zones and names."""
    known: dict[str, Any] = {}

    def reading(cell: str) -> Any:
        if cell in known:
            return known[cell]
        value = known[cell] = read(cell)  # a bad cell raises, and is read again next time
        return value

    return reading


def _in_order(read: Callable[..., Any], month_first: bool) -> Callable[[str], Any]:
    """``read`` with the file's order of slashed dates; a cell that reads only the other way says so,
    naming how to read the file so (a date the first rows did not settle, or a typo)."""

    def reading(cell: str) -> Any:
        try:
            return read(cell, month_first=month_first)
        except ValidationError:
            try:
                read(cell, month_first=not month_first)
            except ValidationError:
                raise  # not a date either way: the plain message
            key = "error.csv_date_only_day_first" if month_first else "error.csv_date_only_month_first"
            raise ValidationError(key, value=cell.strip()[:40]) from None

    return reading


class _RowParser:
    """Turns the cells of one row into a :class:`CsvRow`, or the list of what is wrong with it."""

    def __init__(
        self,
        mapping: list[str | None],
        planning_zone: str,
        platforms: Sequence[Platform],
        categories: Sequence[Category],
        month_first: bool = False,
        platform: str | None = None,
    ) -> None:
        self.width = len(mapping)
        self.planning_zone = planning_zone
        self.platforms = {p.name.casefold(): p.name for p in platforms}
        self.platform_names = ", ".join(sorted((p.name for p in platforms), key=str.casefold)) or "—"
        self.categories = {c.name.casefold(): c.name for c in categories}
        self.category_names = ", ".join(sorted((c.name for c in categories), key=str.casefold)) or "—"
        self.uids: dict[str, int] = {}
        self.default_platform = platform
        self.titled = "title" in mapping
        # A mapped file's date column: a column none of whose cells reads as a date is the mapping's mistake.
        self.when_index = next((i for i, c in enumerate(mapping) if c in ("date", DATETIME)), None)
        self.when_read = 0
        self.when_failed: str | None = None
        # Whether a date of the file tells the order (a 13 or more), else the first that reads two ways.
        self.order_told = False
        self.told: DateOrderNote | None = None  # the first cell that told it, and which way
        self.unsettled: UnsettledDates | None = None
        readers: dict[str, Callable[[str], Any]] = {
            "uid": self._uid,
            "platform": _memo(self._platform),
            "title": free_text(check.title),
            "body": free_text(check.body),
            "category": _memo(self._category),
            "status": _memo(self._status),
            "duration_minutes": _memo(self._duration),
            "author": _memo(self._author),
            "campaign": free_text(lambda text: check.text_field(text, what="campaign", single_line=True)),
            "link": free_text(check.link),
            "notes": free_text(lambda text: check.text_field(text, what="notes", single_line=False)),
            "timezone": _memo(self._zone),
            "date": _memo(optional(_in_order(parse_date, month_first))),
            DATETIME: _memo(optional(_in_order(parse_datetime, month_first))),
            "time": _memo(optional(parse_time)),
            "utc_offset": _memo(optional(parse_offset)),
            "version": _memo(self._version),
        }
        # Only the columns the file has, read in one loop: a big file has many rows.
        self.readers = [(column, index, readers[column]) for index, column in enumerate(mapping) if column in readers]

    def row(self, line: int, record: list[str]) -> CsvRow | list[str]:
        errors: list[str] = []
        failed: set[str] = set()
        if len(record) > self.width and any(cell.strip() for cell in record[self.width :]):
            errors.append(tr("error.csv_too_many_cells", found=len(record), expected=self.width))
        values: dict[str, Any] = {}
        size = len(record)
        for column, index, read in self.readers:
            cell = record[index] if index < size else ""
            try:
                values[column] = read(cell)
            except ValidationError as error:
                errors.append(error.message)
                failed.add("date" if column == DATETIME else column)
                if index == self.when_index and self.when_failed is None:
                    self.when_failed = cell.strip()
            else:
                if index == self.when_index and values[column] is not None:
                    self.when_read += 1
            if index == self.when_index and not self.order_told:
                self._date_order(line, cell.strip())
        both = values.pop(DATETIME, None)
        if both is not None:
            values["date"], values["time"] = both.date(), both.time()
        self._fill_defaults(values, errors, failed)
        day, hour, zone_name = values.get("date"), values.get("time"), values.get("timezone")
        wall = start = None
        if failed & _WHEN:
            pass  # already said
        elif day is not None and hour is None:
            errors.append(tr("error.csv_date_without_time", date=day.isoformat()))
        elif hour is not None and day is None:
            errors.append(tr("error.csv_time_without_date", time=hour.strftime("%H:%M")))
        elif day is not None and hour is not None:
            wall = datetime.combine(day, hour)
            try:
                start = localize_at(wall, zone_name or self.planning_zone, values.get("utc_offset"), strict=True)
            except ValidationError as error:
                errors.append(error.message)
        uid = values.get("uid")
        if uid is not None:
            first = self.uids.setdefault(uid, line)
            if first != line:
                errors.append(tr("error.csv_duplicate_uid", uid=uid[:60], first=first))
        if errors:
            return errors
        fields = PostFields(
            uid=uid,
            platform=values["platform"],
            title=values["title"],
            body=values.get("body", ""),
            category=values.get("category"),
            status=values.get("status"),
            start=start,
            timezone=zone_name,
            duration_minutes=values.get("duration_minutes"),
            author=values.get("author"),
            campaign=values.get("campaign", ""),
            link=values.get("link", ""),
            notes=values.get("notes", ""),
        )
        return CsvRow(
            line=line,
            fields=fields,
            wall=wall,
            offset=values.get("utc_offset"),
            version=values.get("version"),
        )

    def _fill_defaults(self, values: dict[str, Any], errors: list[str], failed: set[str]) -> None:
        """What a mapped file lacks: the platform given for all its rows, a title from the body."""
        if "platform" not in values and "platform" not in failed:
            if self.default_platform is None:
                errors.append(tr("error.platform_required"))
                failed.add("platform")
            else:
                values["platform"] = self.default_platform
        if not self.titled and "title" not in failed:
            try:
                values["title"] = check.title(_title_of(values.get("body", "")))
            except ValidationError as error:
                errors.append(error.message)
                failed.add("title")

    def _date_order(self, line: int, cell: str) -> None:
        parts = slashed_parts(cell)
        if parts and max(parts) > 12:
            self.order_told = True
            self.told = DateOrderNote(line, cell, month_first=parts[1] > 12)
        elif self.unsettled is None and (readings := either_order(cell)):
            self.unsettled = UnsettledDates(cell, *readings)

    def header_overruled(self, header: Sequence[str], month_first: bool) -> DateOrderNote | None:
        """The note for a date column whose header spells one order (``Date (MM/DD/YYYY)``) while the dates
        were read the other, as a cell told (``25/06/2027``); None when they agree, or the user chose."""
        if self.when_index is None or self.when_index >= len(header) or self.told is None:
            return None
        said = header_order(header[self.when_index])
        if said is None or said == month_first or self.told.month_first != month_first:
            return None
        return replace(self.told, header=header[self.when_index].strip())

    def check_dates(self) -> None:
        """Refuse the whole file when its date column has no date at all: the mapping names the wrong column."""
        if self.when_read == 0 and self.when_failed is not None:
            raise ValidationError("error.csv_map_not_dates", value=self.when_failed[:40])

    @staticmethod
    def _uid(cell: str) -> str | None:
        text = unguard(cell).strip()
        return check.text_field(text, what="uid", single_line=True) if text else None

    def _platform(self, cell: str) -> str:
        name = unguard(cell).strip() or self.default_platform
        if not name:
            raise ValidationError("error.platform_required")
        found = self.platforms.get(name.casefold())
        if found is None:
            raise NotFoundError("error.unknown_platform", name=name[:60], known=self.platform_names)
        return found

    def _category(self, cell: str) -> str | None:
        name = unguard(cell).strip()
        if not name:
            return None
        found = self.categories.get(name.casefold())
        if found is None:
            raise NotFoundError("error.unknown_category", name=name[:60], known=self.category_names)
        return found

    @staticmethod
    def _status(cell: str) -> Status | None:
        if not cell.strip():
            return None
        found = STATUS_NAMES.get(header_key(cell))
        if found is None:
            known = ", ".join(tr("status." + s.value) for s in Status)
            raise ValidationError("error.unknown_status", value=cell.strip()[:40], known=known)
        return found

    @staticmethod
    def _duration(cell: str) -> int | None:
        text = cell.strip()
        if not text:
            return None
        if not _DIGITS.fullmatch(text):
            raise ValidationError("error.bad_duration", value=text[:20], limit=MAX_DURATION_MINUTES)
        return check.duration(int(text))

    @staticmethod
    def _version(cell: str) -> int | None:
        text = cell.strip()
        if not text:
            return None
        # What an export wrote: a whole number from 1. Bounded: int() refuses thousands of digits with a crash.
        if not _DIGITS.fullmatch(text) or len(text) > 18 or int(text) < 1:
            raise ValidationError("error.csv_bad_version", value=text[:20])
        return int(text)

    @staticmethod
    def _author(cell: str) -> str | None:
        name = unguard(cell).strip()
        return check.name(name, what="member") if name else None

    @staticmethod
    def _zone(cell: str) -> str | None:
        name = cell.strip()
        if name:
            zone(name)
        return name or None


def _title_of(body: str) -> str:
    """A title for a post from a file without titles: the first line of its text, cut to a title's length."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first if len(first) <= MAX_TITLE_LENGTH else first[: MAX_TITLE_LENGTH - 1].rstrip() + "…"

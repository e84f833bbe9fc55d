"""The rollback journal beside a plan: whose it is, and marking our own.

SQLite rolls back a "hot" journal (one left by a writer that died before its
commit ended) into the file on the next read-write open. That is what undoes
a half-written commit, so the plan's own journal must be rolled back. But
SQLite cannot tell its own journal from one carried over from another copy
of the plan (a sync tool copies ``plan.sqlite-journal`` with the file): it
would write that journal's pages into this file and damage it.

So every write transaction leaves evidence in the file (:func:`mark`): once
SQLite has written the journal's header, the transaction reads the journal's
random nonce and stores it in ``meta.journal_nonce``. A journal found beside
the file then belongs to it only if the file, on disk, holds either

* this journal's nonce: the transaction's pages were being written into the file, or
* the nonce of the journal's own copy of the meta page: they were not yet.

Any other value means the journal started from another state of the plan
(another copy, an older one, a newer one): it is set aside, never rolled back.

The format (sqlite.org/fileformat.html, "The Rollback Journal"): segments,
each a header (magic, record count, nonce, the file's size in pages when the
transaction began, sector size, page size) padded to a sector, then records
(page number, the page's original content, a checksum).
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from planner.storage.backup import file_uri

MAGIC = bytes.fromhex("d9d505f920a163d7")
HEADER_SIZE = 100
# From this schema on, every write transaction marks its journal (see mark()).
MARKED_SINCE_SCHEMA = 5
# The column of ``meta`` that holds the mark.
MARK_COLUMN = "journal_nonce"

# Bounds on what a journal may make us read, whatever the file holds.
_MOST_SEGMENTS = 100_000


def journal_of(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path``."""
    return path.with_name(path.name + "-journal")


@dataclass(frozen=True, slots=True)
class Journal:
    """What SQLite would do with a journal if it rolled it back."""

    nonce: int
    page_size: int
    start_pages: int
    # The pages it would write back: page number → offset of the original content in the journal.
    pages: dict[int, int]


def read_journal(journal: Path) -> Journal | None:
    """The journal's first nonce and the pages a rollback would write; None if SQLite would ignore it.

    Mirrors SQLite's playback: a journal whose first header lacks the magic
    number is not hot (a writer that has not synced it yet, or a finished
    one); within a segment only the records its header counts are played back
    (all of them to the end of the file when the count is 0xFFFFFFFF), and a
    segment that counts none ends the playback.
    """
    with journal.open("rb") as handle:
        size = journal.stat().st_size
        head = handle.read(28)
        if len(head) < 28 or head[:8] != MAGIC:
            return None
        _count, nonce, start_pages, _sector, page_size = struct.unpack(">IIIII", head[8:28])
        return Journal(nonce, page_size, start_pages, _played_pages(handle, page_size, size))


def _played_pages(handle: BinaryIO, page_size: int, size: int) -> dict[int, int]:
    record = 4 + page_size + 4
    pages: dict[int, int] = {}
    offset = 0
    for _segment in range(_MOST_SEGMENTS):
        if offset + 28 > size:
            break
        handle.seek(offset)
        head = handle.read(28)
        if head[:8] != MAGIC:
            break
        count, _nonce, _pages, sector, _page_size = struct.unpack(">IIIII", head[8:28])
        if not power_of_two(sector):
            break
        start = offset + sector
        if count == 0xFFFFFFFF:  # written without sync: records run to the end
            count = max(0, (size - start) // record)
        if count == 0:
            break
        for index in range(count):
            position = start + index * record
            if position + record > size:
                return pages
            handle.seek(position)
            # The first copy of a page is its original: later ones never are played over it.
            pages.setdefault(int.from_bytes(handle.read(4), "big"), position + 4)
        end = start + count * record
        offset = max(offset + sector, -(-end // sector) * sector)
    return pages


def power_of_two(value: int) -> bool:
    """A sector or page size SQLite could have written (32 bytes to 64 KiB)."""
    return 32 <= value <= 65536 and value & (value - 1) == 0


def journaled_page(journal: Path, found: Journal, page: int) -> bytes | None:
    """The original content of ``page`` that the journal holds, if it holds it."""
    offset = found.pages.get(page)
    if offset is None:
        return None
    with journal.open("rb") as handle:
        handle.seek(offset)
        content = handle.read(found.page_size)
    return content if len(content) == found.page_size else None


# -- the mark every write transaction leaves ------------------------------------------


def mark(execute: Callable[..., object], path: Path) -> None:
    """Store the nonce of the transaction's journal in ``meta`` (call right after ``BEGIN IMMEDIATE``).

    The first change makes SQLite create the journal and write its header
    (the nonce is there from the start, before the header is synced); the
    meta page is then the journal's first record, so any journal of ours
    that SQLite would roll back holds it. The first value always differs
    from the one stored: SQLite does not journal a page an update leaves as it was.
    """
    execute(f'UPDATE "meta" SET "{MARK_COLUMN}" = CASE WHEN "{MARK_COLUMN}" = -1 THEN -2 ELSE -1 END WHERE "id" = 1')
    execute(f'UPDATE "meta" SET "{MARK_COLUMN}" = ? WHERE "id" = 1', (first_nonce(journal_of(path)),))


def first_nonce(journal: Path) -> int | None:
    """The nonce of the journal's first header, None if there is none to read."""
    try:
        with journal.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    return int.from_bytes(head[12:16], "big") if len(head) == 16 else None


# -- whose journal is it ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Marks:
    """Where the mark lives in the file as it is on disk, and its value there."""

    page: int
    column: int
    value: int | None


def belongs(path: Path, header: bytes, journal: Path) -> bool:
    """True when rolling ``journal`` back into ``path`` is what SQLite should do.

    ``header`` is the file's first 100 bytes. A journal SQLite would not roll
    back (not hot, nothing to write, the file no bigger than it recorded)
    belongs by definition. A file whose writers did not mark their journals
    yet (before schema 5) gets the older, weaker test: the journal's copy of
    page 1 must carry the file's change counter or the one just before it.
    """
    found = read_journal(journal)
    if found is None:
        return True
    page_size = _page_size(header)
    if found.page_size != page_size:
        return False
    if not found.pages:
        # Only the truncation to the size it began with would happen.
        return found.start_pages >= _pages_in(path, page_size)
    try:
        marks = _marks(path)
    except sqlite3.Error:
        return False  # the file's own mark cannot be read: nothing proves the journal is its own
    if marks is None or marks.value is None:
        return _same_counter(header, journal, found)
    if marks.value == found.nonce:
        return True  # the transaction had begun writing its pages into this very file
    original = journaled_page(journal, found, marks.page)
    if original is None:
        return False  # no journal of a marking writer lacks the meta page
    return record_value(original, marks.page, rowid=1, column=marks.column) == marks.value


def _marks(path: Path) -> _Marks | None:
    """The meta table's page, the mark's column and its value, read from the file as it is.

    ``immutable=1`` makes SQLite read the file without looking at the journal
    (nor rolling it back) and without locks.
    """
    connection = sqlite3.connect(file_uri(path, "ro") + "&immutable=1", uri=True)
    try:
        row = connection.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        if row is None:
            return None
        columns = [str(info[1]) for info in connection.execute('PRAGMA table_info("meta")')]
        if MARK_COLUMN not in columns:
            return None
        value = connection.execute(f'SELECT "{MARK_COLUMN}" FROM "meta" WHERE "id" = 1').fetchone()
        return _Marks(int(row[0]), columns.index(MARK_COLUMN), None if value is None else value[0])
    finally:
        connection.close()


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _pages_in(path: Path, page_size: int) -> int:
    try:
        return path.stat().st_size // page_size
    except OSError:
        return 0


def _same_counter(header: bytes, journal: Path, found: Journal) -> bool:
    """The test for unmarked journals: page 1's change counter, or the size the journal began with."""
    page_one = journaled_page(journal, found, 1)
    counter = int.from_bytes(header[24:28], "big")
    if page_one is not None:
        if page_one[68:72] != header[68:72]:
            return False
        return (counter - int.from_bytes(page_one[24:28], "big")) % 2**32 in (0, 1)
    size_is_valid = header[92:96] == header[24:28]
    return not size_is_valid or int.from_bytes(header[28:32], "big") == found.start_pages


# -- reading one value out of a table page -------------------------------------------


def record_value(page: bytes, number: int, *, rowid: int, column: int) -> object:
    """Column ``column`` of row ``rowid`` on a leaf page of a table b-tree; None if not there.

    Decodes just enough of SQLite's file format (b-tree pages, varints,
    records) to read one small value; a row on another page, spilling into
    overflow pages or shorter than ``column`` (a column added since) reads None.
    """
    base = HEADER_SIZE if number == 1 else 0
    if len(page) < base + 8 or page[base] != 0x0D:  # not a leaf page of a table
        return None
    cells = int.from_bytes(page[base + 3 : base + 5], "big")
    for index in range(cells):
        pointer = base + 8 + 2 * index
        offset = int.from_bytes(page[pointer : pointer + 2], "big")
        try:
            payload, offset = _varint(page, offset)
            key, offset = _varint(page, offset)
            if key != rowid:
                continue
            if payload > len(page) - 35 or offset + payload > len(page):
                return None  # spills into overflow pages
            return _column(page[offset : offset + payload], column)
        except IndexError:
            return None
    return None


def _column(record: bytes, column: int) -> object:
    header_size, position = _varint(record, 0)
    types: list[int] = []
    while position < header_size:
        kind, position = _varint(record, position)
        types.append(kind)
    if column >= len(types):
        return None
    body = header_size + sum(_width(kind) for kind in types[:column])
    kind = types[column]
    if kind == 0:
        return None
    if kind in (8, 9):
        return kind - 8
    if 1 <= kind <= 6:
        return int.from_bytes(record[body : body + _width(kind)], "big", signed=True)
    if kind == 7:
        return struct.unpack(">d", record[body : body + 8])[0]
    content = record[body : body + _width(kind)]
    return content.decode("utf-8", "replace") if kind % 2 else content


def _width(kind: int) -> int:
    if kind < 12:
        return (0, 1, 2, 3, 4, 6, 8, 8, 0, 0, 0, 0)[kind]
    return (kind - 12) // 2 if kind % 2 == 0 else (kind - 13) // 2


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for index in range(8):
        byte = data[offset + index]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, offset + index + 1
    return (value << 8) | data[offset + 8], offset + 9


# -- setting a journal aside ---------------------------------------------------------


def set_aside(journal: Path, now: datetime) -> Path:
    """Rename ``journal`` so SQLite no longer sees it, kept beside the plan; the new path."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(100):
        suffix = f".set-aside-{stamp}" + (f"-{attempt}" if attempt else "")
        target = journal.with_name(journal.name + suffix)
        if not target.exists():
            journal.rename(target)
            return target
    raise FileExistsError(journal)

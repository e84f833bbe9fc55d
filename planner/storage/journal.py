"""The rollback journal beside a plan: whose it is, and marking our own.

SQLite rolls back a "hot" journal (one left by a writer that died before its
commit ended) into the file on the next read-write open. That is what undoes
a half-written commit, so the plan's own journal must be rolled back. But
SQLite cannot tell its own journal from one carried over from another copy
of the plan (a sync tool copies ``plan.sqlite-journal`` with the file): it
would write that journal's pages into this file and damage it.

So every write transaction leaves evidence in the file (:func:`mark`): first
it changes the ``meta`` row, which makes SQLite create the journal, write its
header with a random nonce and copy the meta page into it as the journal's
first record; then it stores that nonce in ``meta.journal_mark``. A journal
found beside the file then belongs to it only if the file, on disk, holds in
that page either

* this journal's nonce: the transaction's pages were being written into the file, or
* the mark of the journal's own copy of the page: they were not yet.

Any other value means the journal started from another state of the plan
(another copy, an older one, a newer one): it is set aside, never rolled back.
Both are read from the raw pages, never through SQLite: the file may be half
written (that is when the journal matters most).

The format (sqlite.org/fileformat.html, "The Rollback Journal"): segments,
each a header (magic, record count, nonce, the file's size in pages when the
transaction began, sector size, page size) padded to a sector, then records
(page number, the page's original content, a checksum).
"""

from __future__ import annotations

import os
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from planner.storage import plan_file

MAGIC = bytes.fromhex("d9d505f920a163d7")
HEADER_SIZE = 100
# From this schema on, every write transaction marks its journal (see mark()).
MARKED_SINCE_SCHEMA = 5
# The column of ``meta`` that holds the mark: a BLOB of this prefix, the journal's nonce, the
# file's change counter when the transaction began and, once sealed before the commit, the
# journal's size then; no other value of the file can be mistaken for it (posts hold text).
MARK_COLUMN = "journal_mark"
MARK_PREFIX = b"dialogos-journal"
_MARK_SIZE = len(MARK_PREFIX) + 16

# Bounds on what a journal may make us read, whatever the file holds.
_MOST_SEGMENTS = 100_000


def database_file(db: Any) -> Path:
    """The file a peewee SQLite database works on, whether it names it by a path or a ``file:`` URI."""
    name = str(db.database)
    if name.startswith("file:"):
        return Path(unquote(urlsplit(name).path))
    return Path(name)


def journal_of(path: Path) -> Path:
    """Where SQLite keeps the rollback journal of ``path``."""
    return path.with_name(path.name + "-journal")


@dataclass(slots=True)
class Journal:
    """What SQLite would do with a journal if it rolled it back; its records are read as asked for."""

    path: Path
    nonce: int
    page_size: int
    start_pages: int
    size: int
    _pages: dict[int, int] | None = None

    def records(self) -> Iterator[tuple[int, int]]:
        """Each record SQLite would play back, in order: its page number and where the page's content starts.

        Mirrors SQLite's playback: within a segment only the records its
        header counts (all of them to the end of the file when the count is
        0xFFFFFFFF), and a segment that counts none ends the playback. Reads
        four bytes a record, never the pages themselves.
        """
        record = 4 + self.page_size + 4
        with self.path.open("rb", buffering=0) as handle:
            offset = 0
            for _segment in range(_MOST_SEGMENTS):
                if offset + 28 > self.size:
                    return
                handle.seek(offset)
                head = handle.read(28)
                if head[:8] != MAGIC:
                    return
                count, _nonce, _pages, sector, _page_size = struct.unpack(">IIIII", head[8:28])
                if not power_of_two(sector):
                    return
                start = offset + sector
                if count == 0xFFFFFFFF:  # written without sync: records run to the end
                    count = max(0, (self.size - start) // record)
                if count == 0:
                    return
                for index in range(count):
                    position = start + index * record
                    if position + record > self.size:
                        return
                    handle.seek(position)
                    yield int.from_bytes(handle.read(4), "big"), position + 4
                end = start + count * record
                offset = max(offset + sector, -(-end // sector) * sector)

    @property
    def pages(self) -> dict[int, int]:
        """The pages a rollback would write back, in the order they were journaled: page number → offset
        of its original content (the first copy of a page: later ones are never played over it)."""
        if self._pages is None:
            pages: dict[int, int] = {}
            for page, offset in self.records():
                pages.setdefault(page, offset)
            self._pages = pages
        return self._pages

    def content(self, offset: int) -> bytes | None:
        """The page whose content starts at ``offset``."""
        with self.path.open("rb") as handle:
            handle.seek(offset)
            content = handle.read(self.page_size)
        return content if len(content) == self.page_size else None


def read_journal(journal: Path) -> Journal | None:
    """The journal's first header (its nonce, page size, the file's size then); None if SQLite would ignore it:
    a journal whose first header lacks the magic number is not hot (a writer that has not synced it yet,
    or a finished one)."""
    with journal.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        head = handle.read(28)
    if len(head) < 28 or head[:8] != MAGIC:
        return None
    _count, nonce, start_pages, _sector, page_size = struct.unpack(">IIIII", head[8:28])
    return Journal(journal, nonce, page_size, start_pages, size)


def power_of_two(value: int) -> bool:
    """A sector or page size SQLite could have written (32 bytes to 64 KiB)."""
    return 32 <= value <= 65536 and value & (value - 1) == 0


def journaled_page(journal: Path, found: Journal, page: int) -> bytes | None:
    """The original content of ``page`` that the journal holds, if it holds it."""
    offset = found.pages.get(page)
    return None if offset is None else found.content(offset)


# -- the mark every write transaction leaves ------------------------------------------


def mark(execute: Callable[..., object], path: Path) -> None:
    """Store the nonce of the transaction's journal in ``meta`` (call right after ``BEGIN IMMEDIATE``).

    The first change makes SQLite create the journal and write its header
    (the nonce is there from the start, before the header is synced) and
    copy the meta page into it. That change always changes the value:
    SQLite does not journal a page an update leaves as it was. The file's
    change counter is read under the write lock, through the descriptor the
    connection keeps (:mod:`planner.storage.plan_file`).
    """
    flip = f"CASE WHEN \"{MARK_COLUMN}\" = X'00' THEN X'01' ELSE X'00' END"
    execute(f'UPDATE "meta" SET "{MARK_COLUMN}" = {flip}')
    nonce = first_nonce(journal_of(path))
    counter = plan_file.read(path, 24, 4)
    value = None if nonce is None or len(counter) != 4 else mark_of(nonce, int.from_bytes(counter, "big"))
    execute(f'UPDATE "meta" SET "{MARK_COLUMN}" = ?', (value,))


def seal(execute: Callable[..., Any], path: Path) -> None:
    """Add the journal's size to the transaction's mark (call right before ``COMMIT``).

    The commit only adds to the journal (page 1) before writing the file: a
    journal of this transaction found beside its committed meta page is at
    least that long, unless a sync tool copied it halfway through.
    """
    row = execute(f'SELECT "{MARK_COLUMN}" FROM "meta" WHERE "id" = 1').fetchone()
    if row is None or not isinstance(row[0], bytes) or len(row[0]) != _MARK_SIZE:
        return
    try:
        size = journal_of(path).stat().st_size
    except OSError:
        return
    sealed = row[0][: len(MARK_PREFIX) + 8] + size.to_bytes(8, "big")
    execute(f'UPDATE "meta" SET "{MARK_COLUMN}" = ? WHERE "id" = 1', (sealed,))


def mark_of(nonce: int, counter: int) -> bytes:
    """The value a transaction whose journal has ``nonce``, begun at change ``counter``, leaves in ``meta``."""
    return MARK_PREFIX + nonce.to_bytes(4, "big") + counter.to_bytes(4, "big") + bytes(8)


def fresh_mark() -> bytes:
    """A mark no journal has: for a new plan, or a copy put in a plan's place by a rename."""
    return MARK_PREFIX + secrets.token_bytes(8) + bytes(8)


def _nonce(mark_value: bytes) -> int:
    return int.from_bytes(mark_value[len(MARK_PREFIX) : len(MARK_PREFIX) + 4], "big")


def _counter(mark_value: bytes) -> int:
    return int.from_bytes(mark_value[len(MARK_PREFIX) + 4 : len(MARK_PREFIX) + 8], "big")


def _sealed_size(mark_value: bytes) -> int:
    return int.from_bytes(mark_value[len(MARK_PREFIX) + 8 : _MARK_SIZE], "big")


def first_nonce(journal: Path) -> int | None:
    """The nonce of the journal's first header, None if there is none to read."""
    try:
        with journal.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    return int.from_bytes(head[12:16], "big") if len(head) == 16 else None


# -- whose journal is it ---------------------------------------------------------------


def belongs(path: Path, header: bytes, journal: Path) -> bool:
    """True when rolling ``journal`` back into ``path`` is what SQLite should do.

    ``header`` is the file's first 100 bytes. A journal SQLite would not roll
    back (not hot, nothing to write, the file no bigger than it recorded)
    belongs by definition, and so does one that would only empty a file that
    never held more than its creation (a plan cut short while being made).
    A journal of a marking transaction (see the module) belongs when the file
    holds, in the meta page the journal copied, the mark the journal's copy
    holds or this journal's own. With its own, the journal was copied halfway
    (and the file moved on) when it is shorter than the size the commit
    sealed, or when, page 1 not being in it, the file's change counter is no
    longer the one the transaction began at. A journal of a transaction that
    did not mark is one older than the marks (schema 5), judged by the older,
    weaker test (the journal's copy of page 1 carries the file's change
    counter or the one just before it), after the checks on marks below.
    """
    found = read_journal(journal)
    if found is None:
        return True
    page_size = _page_size(header)
    if found.page_size != page_size:
        return False
    marked = None
    played = False
    for page, offset in found.records():
        played = True
        original = found.content(offset)
        value = None if original is None else mark_in(original, page)
        if value is not None:
            marked = page, value
            break
    if not played:
        # Only the truncation to the size it began with would happen.
        return found.start_pages >= _pages_in(path, page_size) or _counter_of(header) <= 1
    if marked is None:
        return _unmarked_belongs(path, header, found)
    page, before = marked
    now = mark_in(_file_page(path, page, page_size), page)
    if now is None:
        return False
    if now == before:
        return True  # the transaction's pages had not reached the meta page of the file yet
    if _nonce(now) != found.nonce:
        return False
    if _sealed_size(now) > found.size:
        return False  # the commit was sealed with a longer journal: this is a copy of part of it
    return 1 in found.pages or _counter_of(header) == _counter(now)


def _counter_of(header: bytes) -> int:
    """The file's change counter, which every commit moves on by one."""
    return int.from_bytes(header[24:28], "big")


def _unmarked_belongs(path: Path, header: bytes, found: Journal) -> bool:
    journal = found.path
    if _schema_at_start(header, journal, found) >= MARKED_SINCE_SCHEMA:
        return False  # every writer of such a plan marks: nothing proves this journal is its own
    if int.from_bytes(header[60:64], "big") >= MARKED_SINCE_SCHEMA:
        # The file is past schema 5 already: the journal can only be of its own update to 5,
        # whose step 5 marked, so it holds the meta page, which carries no mark or that one.
        meta = _meta_page(path, found.page_size)
        if meta is None or meta not in found.pages:
            return False
        now = mark_in(_file_page(path, meta, found.page_size), meta)
        if now is not None and _nonce(now) != found.nonce:
            return False
    return _same_counter(header, journal, found)


def _meta_page(path: Path, page_size: int) -> int | None:
    """The root page of the ``meta`` table, read from the file's schema (page 1's b-tree)."""
    for record in _table_rows(path, 1, page_size, depth=0):
        # sqlite_master's columns: type, name, tbl_name, rootpage, sql
        kind, name, rootpage = _column(record, 0), _column(record, 1), _column(record, 3)
        if kind == "table" and name == "meta" and isinstance(rootpage, int):
            return rootpage
    return None


def _table_rows(path: Path, number: int, page_size: int, *, depth: int) -> Iterator[bytes]:
    """The records of a table b-tree from page ``number`` down (their local part), read as the file has them."""
    page = _file_page(path, number, page_size)
    base = HEADER_SIZE if number == 1 else 0
    if depth > 8 or len(page) < base + 12 or page[base] not in (0x05, 0x0D):
        return
    leaf = page[base] == 0x0D
    cells = int.from_bytes(page[base + 3 : base + 5], "big")
    pointers = base + (8 if leaf else 12)
    for index in range(cells):
        offset = int.from_bytes(page[pointers + 2 * index : pointers + 2 * index + 2], "big")
        try:
            if leaf:
                payload, offset = _varint(page, offset)
                _rowid, offset = _varint(page, offset)
                yield page[offset : offset + min(payload, len(page) - offset)]
            else:
                yield from _table_rows(
                    path, int.from_bytes(page[offset : offset + 4], "big"), page_size, depth=depth + 1
                )
        except IndexError:
            return
    if not leaf:
        yield from _table_rows(path, int.from_bytes(page[base + 8 : base + 12], "big"), page_size, depth=depth + 1)


def _file_page(path: Path, number: int, page_size: int) -> bytes:
    try:
        return plan_file.read(path, (number - 1) * page_size, page_size)
    except OSError:
        return b""


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


def _schema_at_start(header: bytes, journal: Path, found: Journal) -> int:
    """The schema version the file had when the journal's transaction began (page 1's user version)."""
    page_one = journaled_page(journal, found, 1)
    return int.from_bytes((page_one or header)[60:64], "big")


# -- reading one value out of a table page -------------------------------------------


def mark_in(page: bytes, number: int) -> bytes | None:
    """The journal mark in row 1 of ``page`` (page ``number`` of a file), if that is the meta page."""
    for column in range(64):
        value = record_value(page, number, rowid=1, column=column)
        if isinstance(value, bytes) and value.startswith(MARK_PREFIX) and len(value) == _MARK_SIZE:
            return value
        if value is _MISSING:
            return None
    return None


_MISSING = object()  # past a row's last column, or no such row


def record_value(page: bytes, number: int, *, rowid: int, column: int) -> object:
    """Column ``column`` of row ``rowid`` on a leaf page of a table b-tree.

    Decodes just enough of SQLite's file format (b-tree pages, varints,
    records) to read one small value; a row on another page, spilling into
    overflow pages or shorter than ``column`` (a column added since) reads
    as missing (an object that is none of the row's values).
    """
    base = HEADER_SIZE if number == 1 else 0
    if len(page) < base + 8 or page[base] != 0x0D:  # not a leaf page of a table
        return _MISSING
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
                return _MISSING  # spills into overflow pages
            return _column(page[offset : offset + payload], column)
        except IndexError:
            return _MISSING
    return _MISSING


def _column(record: bytes, column: int) -> object:
    header_size, position = _varint(record, 0)
    types: list[int] = []
    while position < header_size:
        kind, position = _varint(record, position)
        types.append(kind)
    if column >= len(types):
        return _MISSING
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

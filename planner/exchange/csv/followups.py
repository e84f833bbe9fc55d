"""Follow-ups as a CSV file of their own, written beside the posts' file and read back.

``export csv plan.csv --followups`` also writes ``plan-followups.csv``: one row
per follow-up of the exported posts, naming its post by uid, so the file
imports into any copy of the plan that has those posts. The columns:

================= ================ ================================================
English           French           What the cell holds
================= ================ ================================================
post_uid          publication      the uid of the post that made the promise
kind              type             replies, post or answer
due               échéance         ISO 8601 with its UTC offset, in the post's zone
offset            décalage         ``2h``, ``3d``, ``30m`` when the due instant moves
                                   with the post; empty when it was given fixed
duration_minutes  durée (min)      a reply window's length; empty for other kinds
owner             responsable      the team member who keeps it
status            statut           open, late, kept or dropped (late reads as open)
kept_at           tenu le          when it was kept (ISO 8601, UTC); empty otherwise
kept_by_post      tenu par         a promised post: the uid of the post keeping it
reason            raison           why it was dropped
note              note             what was promised, or to whom
================= ================ ================================================

An import recognises the file by its header (``post_uid`` and ``kind``). Each
row attaches to the plan's post with that uid. A row matches a follow-up the
post already has when the kind is the same and so is the offset (a relative
one: its due instant follows the post, which may have moved since) or the due
instant (a fixed one); a match is left as it is, unless the plan has it open
and the row kept or dropped, which is then applied. So an import of the same
file again changes nothing, and nothing is ever duplicated. Every row is
checked before anything is written, the writes are one transaction, and a bad
row refuses the whole file (or is listed and left out with ``skip_invalid``).

A follow-up kept through the import is kept when the file's ``kept_at`` says (so "kept on
time" reads the same after a round trip); without one, or for a promised post whose keeping
post is not published yet, at the import's instant.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner import validation as check
from planner.errors import ValidationError
from planner.exchange.csv.columns import CsvFlavour, guard, header_key, unguard
from planner.exchange.csv.export import write_csv
from planner.exchange.csv.reader import CsvProblem, decode, malformed
from planner.exchange.files import write_atomically
from planner.i18n import language
from planner.model import Followup, FollowupKind, FollowupStatus, Post, PostQuery, Status, offset_text
from planner.timezones import timestamp

if TYPE_CHECKING:
    from planner.service import Planner

__all__ = [
    "FOLLOWUP_COLUMNS",
    "FollowupRow",
    "export_csv_with_followups",
    "followups_csv",
    "followups_path",
    "is_followups_file",
    "read_followups",
]

FOLLOWUP_COLUMNS: tuple[str, ...] = (
    "post_uid", "kind", "due", "offset", "duration_minutes", "owner", "status", "kept_at", "kept_by_post",
    "reason", "note",
)  # fmt: skip
"""Every column, in the order an export writes them; the English header is the name itself."""

FOLLOWUP_FRENCH: dict[str, str] = {
    "post_uid": "publication",
    "kind": "type",
    "due": "échéance",
    "offset": "décalage",
    "duration_minutes": "durée (min)",
    "owner": "responsable",
    "status": "statut",
    "kept_at": "tenu le",
    "kept_by_post": "tenu par",
    "reason": "raison",
    "note": "note",
}

_NAMES: dict[str, str] = {header_key(c): c for c in FOLLOWUP_COLUMNS} | {
    header_key(french): column for column, french in FOLLOWUP_FRENCH.items()
}
_REQUIRED = ("post_uid", "kind", "due")
_GUARDED = frozenset({"post_uid", "owner", "kept_by_post", "reason", "note"})

SUFFIX = "-followups"
"""What the follow-ups file adds to the posts file's name: ``plan.csv`` -> ``plan-followups.csv``."""


# -- export --------------------------------------------------------------------------------


def followups_path(destination: Path) -> Path:
    """Where the follow-ups of an export to ``destination`` go: beside it, ``<stem>-followups.csv``."""
    suffix = destination.suffix or ".csv"
    stem = destination.stem if destination.suffix else destination.name
    return destination.with_name(f"{stem}{SUFFIX}{suffix}")


def followups_csv(
    planner: Planner, posts: Sequence[Post], *, flavour: CsvFlavour = CsvFlavour.STANDARD, headers: str = "en"
) -> tuple[bytes, int]:
    """The follow-ups file of ``posts`` (their follow-ups not withdrawn), and its row count."""
    followups = planner.followups.of_posts(post.id for post in posts)
    uids = {post.id: post.uid for post in posts}
    keepers = {f.kept_by_post for f in followups if f.kept_by_post is not None} - uids.keys()
    uids |= planner.followups.post_uids(k for k in keepers if k is not None)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=flavour.delimiter, lineterminator="\r\n")
    writer.writerow(FOLLOWUP_COLUMNS if headers == "en" else [FOLLOWUP_FRENCH[c] for c in FOLLOWUP_COLUMNS])
    for followup in followups:
        cells = _cells(followup, uids)
        writer.writerow([guard(c) if n in _GUARDED else c for n, c in zip(FOLLOWUP_COLUMNS, cells, strict=True)])
    return out.getvalue().encode(flavour.encoding), len(followups)


def _cells(followup: Followup, uids: Mapping[int, str]) -> list[str]:
    keeper = followup.kept_by_post
    return [
        uids[followup.post_id],
        followup.kind.value,
        followup.due.isoformat(),
        "" if followup.offset is None else offset_text(followup.offset),
        "" if followup.duration_minutes is None else str(followup.duration_minutes),
        followup.owner or "",
        followup.status.value,
        "" if followup.kept_at is None else followup.kept_at.astimezone(UTC).isoformat(),
        "" if keeper is None else uids.get(keeper, ""),
        followup.reason or "",
        followup.note,
    ]


@dataclass(frozen=True, slots=True)
class WrittenWithFollowups:
    """What ``export csv --followups`` wrote: the posts' file and the follow-ups' file beside it."""

    posts: int
    followups: int
    followups_path: Path


def export_csv_with_followups(
    planner: Planner,
    query: PostQuery,
    destination: str | os.PathLike[str],
    *,
    flavour: CsvFlavour = CsvFlavour.STANDARD,
    headers: str = "en",
) -> WrittenWithFollowups:
    """Write the posts ``query`` finds to ``destination`` and their follow-ups beside it
    (:func:`followups_path`). Both files are built first, then each is replaced in one step."""
    target = Path(destination)
    posts = planner.list_posts(query)
    posts_data = write_csv(posts, flavour=flavour, headers=headers)
    followups_data, count = followups_csv(planner, posts, flavour=flavour, headers=headers)
    beside = followups_path(target)
    write_atomically(target, posts_data)
    write_atomically(beside, followups_data)
    return WrittenWithFollowups(len(posts), count, beside)


# -- import --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowupRow:
    """One good row of a follow-ups file, its post found in the plan."""

    line: int
    post: Post
    kind: FollowupKind
    due: datetime
    offset: timedelta | None
    duration_minutes: int | None
    owner: str | None
    status: FollowupStatus  # open, kept or dropped: late is read as open
    keeper: Post | None
    reason: str
    note: str
    kept_at: datetime | None = None  # when it was kept, as the file says


def is_followups_file(data: bytes) -> bool:
    """Whether ``data`` is a follow-ups file (its header names ``post_uid`` and ``kind``)."""
    try:
        text, _ = decode(data)
    except ValidationError:
        return False
    header = _header_cells(text)
    return header is not None and {"post_uid", "kind"} <= {_NAMES.get(header_key(c)) for c in header[1]}


def _header_cells(text: str) -> tuple[str, list[str]] | None:
    """The delimiter and the header's cells: the first line that is not blank."""
    first = next((line for line in text.splitlines() if line.strip()), None)
    if first is None:
        return None
    delimiter = max((",", ";", "\t"), key=first.count)
    return delimiter, next(csv.reader([first], delimiter=delimiter))


def read_followups(planner: Planner, data: bytes) -> tuple[list[FollowupRow], list[CsvProblem]]:
    """Every row of a follow-ups file checked against the plan; nothing written."""
    text, _ = decode(data)
    found = _header_cells(text)
    assert found is not None, "decode refuses an empty file"
    delimiter = found[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    mapping: list[str | None] | None = None
    problems: list[CsvProblem] = []
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader, None)
        except csv.Error as error:
            problems.append(CsvProblem(line, malformed(error)))
            continue
        if record is None:
            break
        if not any(cell.strip() for cell in record):
            continue
        if mapping is None:
            mapping = _mapping(record)
            continue
        records.append((line, record))
    if mapping is None:  # every line was malformed: there is no header to read rows with
        raise ValidationError("error.csv_no_header", expected=", ".join(FOLLOWUP_COLUMNS))
    rows: list[FollowupRow] = []
    named = [
        {name: unguard(c) if name in _GUARDED else c for name, c in zip(mapping, r, strict=False) if name}
        for _, r in records
    ]
    posts = planner.posts_by_uid(
        {cells.get(name, "").strip() for cells in named for name in ("post_uid", "kept_by_post")} - {""}
    )
    for (line, _), cells in zip(records, named, strict=True):
        try:
            rows.append(_row(line, cells, posts))
        except ValidationError as error:
            problems.append(CsvProblem(line, error.message))
    return rows, sorted(problems, key=lambda p: p.line)


def _mapping(cells: list[str]) -> list[str | None]:
    mapping = [_NAMES.get(header_key(cell)) for cell in cells]
    for required in _REQUIRED:
        if required not in mapping:
            name = FOLLOWUP_FRENCH[required] if language() == "fr" else required
            raise ValidationError("error.csv_missing_column", column=name, found=", ".join(cells)[:200])
    return mapping


def _row(line: int, cells: Mapping[str, str], posts: Mapping[str, Post]) -> FollowupRow:
    uid = cells["post_uid"].strip()
    post = posts.get(uid)
    if post is None:
        raise ValidationError("error.csv_followup_no_post", uid=uid[:60])
    if post.start is None or post.status is Status.CANCELLED:
        raise ValidationError("error.csv_followup_post_not_dated", uid=uid[:60], title=post.title[:60])
    kind = check.followup_kind(cells["kind"])
    offset_cell = cells.get("offset", "").strip()
    offset = check.offset(offset_cell) if offset_cell else None
    duration_cell = cells.get("duration_minutes", "").strip()
    duration = _whole(duration_cell) if duration_cell else None
    check.reply_duration(kind, duration)
    status = check.followup_status(cells.get("status", "").strip() or FollowupStatus.OPEN.value)
    if status is FollowupStatus.LATE:
        status = FollowupStatus.OPEN
    reason = check.text_field(cells.get("reason", ""), what="reason", single_line=True).strip()
    if status is FollowupStatus.DROPPED and not reason:
        raise ValidationError("error.drop_needs_reason")
    keeper_uid = cells.get("kept_by_post", "").strip()
    keeper = posts.get(keeper_uid) if keeper_uid else None
    if keeper_uid and keeper is None:
        raise ValidationError("error.csv_followup_no_post", uid=keeper_uid[:60])
    if keeper is not None and kind is not FollowupKind.POST:
        raise ValidationError("error.csv_followup_keeper_kind", kind=kind.value)
    if kind is FollowupKind.POST and status is FollowupStatus.KEPT and keeper is None:
        raise ValidationError("error.csv_followup_kept_without_post")
    owner = cells.get("owner", "").strip() or None
    return FollowupRow(
        line=line,
        post=post,
        kind=kind,
        due=_instant(cells["due"]),
        offset=offset,
        duration_minutes=duration,
        owner=check.name(owner, what="member") if owner else None,
        status=status,
        keeper=keeper,
        reason=reason,
        note=check.text_field(cells.get("note", ""), what="notes", single_line=True),
        kept_at=_kept_at(cells.get("kept_at", "")) if status is FollowupStatus.KEPT else None,
    )


def _instant(cell: str, error: str = "error.csv_followup_bad_due") -> datetime:
    """An ISO 8601 instant with its UTC offset; otherwise ``error`` quoting the cell."""
    text = cell.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(error, value=text[:40]) from None
    if moment.tzinfo is None:
        raise ValidationError(error, value=text[:40])
    return moment


def _kept_at(cell: str) -> datetime | None:
    return _instant(cell, "error.csv_followup_bad_kept_at") if cell.strip() else None


def _whole(cell: str) -> int:
    if not cell.isdigit():
        raise ValidationError("error.csv_followup_bad_duration", value=cell[:40])
    return int(cell)


def key_of(post_id: int, kind: FollowupKind, offset: timedelta | None, due: datetime) -> tuple[object, ...]:
    """What tells one follow-up of a post from another: its kind and its offset, or its fixed due instant."""
    return (post_id, kind, "offset", offset) if offset is not None else (post_id, kind, "due", timestamp(due))


@dataclass(frozen=True, slots=True)
class FollowupsImported:
    """What writing the rows did: follow-ups created, changed (kept or dropped), left as they were."""

    created: int
    updated: int
    unchanged: int


def write_rows(planner: Planner, rows: Sequence[FollowupRow]) -> FollowupsImported:
    """Attach ``rows`` to their posts in one transaction (nothing written if one fails, nothing at
    all when every row is there already).

    A check only the core makes (a fixed due instant before its post's start,
    a keeping post on another platform) refuses the file, naming the row.
    """
    existing: dict[tuple[object, ...], list[Followup]] = {}
    for followup in planner.followups.of_posts({row.post.id for row in rows}):
        existing.setdefault(key_of(followup.post_id, followup.kind, followup.offset, followup.due), []).append(followup)
    creates: list[FollowupRow] = []
    updates: list[tuple[Followup, FollowupRow]] = []
    unchanged = 0
    for row in rows:
        matches = existing.get(key_of(row.post.id, row.kind, row.offset, row.due))
        if not matches:
            creates.append(row)
        elif _changes(matches[0], row):
            updates.append((matches.pop(0), row))
        else:
            matches.pop(0)
            unchanged += 1
    if creates or updates:
        with planner.batch():
            jobs = [(row, current) for current, row in updates] + [(row, None) for row in creates]
            for row, current in jobs:
                try:
                    if current is None:
                        _create(planner, row)
                    else:
                        _apply_status(planner, current, row)
                except ValidationError as error:
                    raise RowRefused(CsvProblem(row.line, error.message)) from error
    return FollowupsImported(len(creates), len(updates), unchanged)


def _create(planner: Planner, row: FollowupRow) -> None:
    change = planner.followups.add(
        row.post.id,
        row.kind,
        after=row.offset,
        due=None if row.offset is not None else row.due,
        duration=row.duration_minutes,
        owner=row.owner,
        note=row.note,
    )
    created = change.followups[0]
    if _changes(created, row):
        _apply_status(planner, created, row)


class RowRefused(ValidationError):
    """A row the core refused while writing: the import is undone; ``problem`` names the row."""

    def __init__(self, problem: CsvProblem) -> None:
        super().__init__("csv.problem", line=problem.line, message=problem.message)
        self.problem = problem


def _changes(current: Followup, row: FollowupRow) -> bool:
    """Whether the row brings an open follow-up further: kept, dropped, or linked to its keeping post.
    One kept or dropped in the plan stays as it is."""
    if current.status not in (FollowupStatus.OPEN, FollowupStatus.LATE):
        return False
    if row.status is FollowupStatus.DROPPED:
        return True
    if row.kind is FollowupKind.POST and row.keeper is not None:
        return current.kept_by_post != row.keeper.id
    return row.status is FollowupStatus.KEPT


def _apply_status(planner: Planner, current: Followup, row: FollowupRow) -> None:
    service = planner.followups
    if row.status is FollowupStatus.DROPPED:
        service.drop(current.id, reason=row.reason)
    elif row.kind is FollowupKind.POST and row.keeper is not None:
        published = row.keeper.status is Status.PUBLISHED
        service.keep(current.id, by_post=row.keeper.id, at=row.kept_at if published else None)
    else:
        service.keep(current.id, at=row.kept_at)

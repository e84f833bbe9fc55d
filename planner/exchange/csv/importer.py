"""Importing a CSV file: every row checked first, then all written in one transaction.

A row whose ``uid`` names a post of the plan updates that post, and only the
fields that differ: importing an export of the plan changes nothing, not even
a version. A column the file lacks leaves that field of an updated post as
it is (a file without a timezone column reads times in each post's own zone);
an empty cell in a column it has clears the field (an empty timezone cell
means the planning zone). A row with an unknown ``uid`` creates a post with
that uid. A dated row without one (another tool's export, a sheet typed by hand) stands for the
post of the same platform, title and start instant, as an iCalendar event without UID does
(:mod:`planner.exchange.matching`): importing such a file again updates or leaves those posts,
and the report says how many rows were so matched.

Versions keep an older file from undoing newer work in a shared plan. A row
whose ``version`` cell is lower than its post's version now was exported
before someone saved that post again; when it also differs from the post,
applying it would silently revert that save, so the row is invalid like any
other bad row, with a message saying how to go on (export again, or clear the
cell to overwrite). Such a row that equals the post is simply unchanged, and
an equal version that differs is an edit made in the spreadsheet: applied.
A row without a version cell (a sheet written by hand) is applied as before,
and a row that creates a post does not use its version cell.
The check is made again inside the write transaction: a colleague's save
between the reading and the writing is a :class:`~planner.errors.ConflictError`
(exit 4) naming the row's line, and nothing is written.

A file of follow-ups (``export csv --followups`` writes one beside the posts'
file) is recognised by its header and attaches its rows to the plan's posts
instead (:mod:`planner.exchange.csv.followups`).

With the plan's review on, a row may not schedule or publish a post that holds no
approval, nor approve one: such a row is invalid like any other bad row, and says
to import it in review (or as a draft) and have it approved in the plan
(:mod:`planner.exchange.approval`). The ``approved_by`` column is never read.

Nothing is written unless every row is good, or with ``skip_invalid``, which
writes the good rows and reports the others. The writes go through the
planner like any other, balance rules included: in block mode a breach
refuses the whole import unless a ``reason`` overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.errors import ConflictError, NotFoundError, PlannerError, ValidationError
from planner.exchange.approval import ReviewGate, needs_review, sent_back
from planner.exchange.csv.cells import localize_at
from planner.exchange.csv.followups import RowRefused, is_followups_file, read_followups, write_rows
from planner.exchange.csv.mapping import ColumnMapping, check_guess, check_mapping, guess_layout
from planner.exchange.csv.reader import CsvProblem, CsvReading, CsvRow, DateOrderNote, UnsettledDates, read_csv
from planner.exchange.matching import post_uid_by_content
from planner.i18n import Term, tr
from planner.model import UNSET, Change, Platform, Post, PostFields, PostPatch, Status
from planner.timezones import localize

if TYPE_CHECKING:
    from planner.service import Planner

__all__ = ["CsvImportPlan", "CsvImportReport", "CsvRowsInvalid", "import_csv", "plan_import"]


class CsvRowsInvalid(ValidationError):
    """Rows of the file are invalid, so nothing was imported (exit 2); ``problems`` says which and why."""

    def __init__(self, problems: Sequence[CsvProblem]) -> None:
        count = len({problem.line for problem in problems})
        super().__init__("error.csv_rows_invalid_one" if count == 1 else "error.csv_rows_invalid", count=count)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class CsvCreate:
    line: int
    fields: PostFields


@dataclass(frozen=True, slots=True)
class CsvUpdate:
    line: int
    post_id: int
    version: int  # the post's version when the plan was made: edit_post checks it again while writing
    patch: PostPatch
    title: str  # as the row gives it, to name the row in a conflict


@dataclass(frozen=True, slots=True)
class CsvImportPlan:
    """What an import would do, row by row; nothing written yet."""

    creates: tuple[CsvCreate, ...]
    updates: tuple[CsvUpdate, ...]
    unchanged: int
    problems: tuple[CsvProblem, ...]


@dataclass(frozen=True, slots=True)
class CsvImportReport:
    """What an import did."""

    created: int
    updated: int
    unchanged: int
    skipped: tuple[CsvProblem, ...] = ()
    warnings: tuple[str, ...] = ()  # balance rules the import breaks (saved in warn mode, or overridden)
    ignored_columns: tuple[str, ...] = ()
    created_ids: tuple[int, ...] = field(default=(), repr=False)
    followups: bool = False  # a follow-ups file: the counts are follow-ups, not posts
    back_to_review: int = 0  # approved posts whose text the import changed: in review again
    matched: int = 0  # rows without a uid found in the plan by their platform, title and start
    day_first_assumed: UnsettledDates | None = None  # dates that could be either way, read day first unasked
    date_order: DateOrderNote | None = None  # a cell that settled the dates' order against the header or first rows


def import_csv(
    planner: Planner,
    data: bytes,
    *,
    skip_invalid: bool = False,
    reason: str | None = None,
    mapping: ColumnMapping | None = None,
    platform: str | None = None,
) -> CsvImportReport:
    """Import the CSV file ``data`` into the plan.

    A file with a Dialogos header is read as its columns say; another tool's
    file through ``mapping``, or without one through the mapping guessed from
    its first rows (:mod:`planner.exchange.csv.mapping`: Hootsuite's bulk file
    needs none). ``platform`` is the platform of rows that name none. When a
    mapped file's slashed dates could be either way and nothing said which,
    they are read day first and :attr:`CsvImportReport.day_first_assumed`
    says so, for the caller to tell the user.

    Raises :class:`CsvRowsInvalid` (listing every bad row) when a row is bad
    and ``skip_invalid`` is false; a :class:`ValidationError` when the file
    cannot be read at all, or the mapping cannot give posts;
    :class:`~planner.balance.verdicts.BalanceRefused` when a
    rule in block mode refuses the import and no ``reason`` overrides it.
    In each case nothing is written.
    """
    if mapping is None and is_followups_file(data):
        return _import_followups(planner, data, skip_invalid=skip_invalid)
    planning_zone = planner.planning_zone
    platforms = planner.platforms()
    if platform is not None:
        platform = _known_platform(platform, platforms)
    layout = guess_layout(data, platforms=[known.name for known in platforms])
    if mapping is None and not layout.native:
        check_guess(layout)
        mapping = layout.guess
    if mapping is not None:
        check_mapping(layout, mapping, platform=platform)
    reading = read_csv(
        data,
        planning_zone=planning_zone,
        platforms=platforms,
        categories=planner.categories(),
        mapping=mapping,
        platform=platform,
    )
    reading, by_content = _known_by_content(reading)
    existing = planner.posts_by_uid(row.fields.uid for row in reading.rows if row.fields.uid)
    reviewed = planner.review_settings().review
    plan = plan_import(reading, existing, planning_zone=planning_zone, platforms=platforms, reviewed=reviewed)
    problems = tuple(sorted(reading.problems + plan.problems, key=lambda p: p.line))
    if problems and not skip_invalid:
        raise CsvRowsInvalid(problems)
    changes: list[Change] = []
    created_ids: tuple[int, ...] = ()
    before = {post.id: post for post in existing.values()}
    back = 0
    if plan.creates or plan.updates:
        # One transaction: a refusal or a failure anywhere leaves the plan as it was.
        with planner.batch():
            if plan.updates:
                changes.append(_update(planner, plan.updates, before, reason))
                updated = zip(plan.updates, changes[-1].posts, strict=True)
                back = sum(sent_back(before[update.post_id], saved) for update, saved in updated)
            if plan.creates:
                change = planner.create_posts([create.fields for create in plan.creates], reason=reason)
                changes.append(change)
                created_ids = change.ids
    return CsvImportReport(
        created=len(plan.creates),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        skipped=problems,
        warnings=_warnings(changes),
        ignored_columns=reading.ignored,
        created_ids=created_ids,
        back_to_review=back,
        matched=sum(1 for uid in by_content if uid in existing),
        day_first_assumed=reading.unsettled if mapping is not None and mapping.day_first_assumed else None,
        date_order=reading.order_note,
    )


def _known_by_content(reading: CsvReading) -> tuple[CsvReading, frozenset[str]]:
    """``reading`` with a uid for each dated row that has none (another tool's export, a sheet typed
    by hand): the post of the same platform, title and start instant, as an iCalendar event without
    UID finds it (:func:`~planner.exchange.matching.post_uid_by_content`). Importing such a file
    again updates those posts instead of adding copies. The uids so given come back too.

    Two such rows alike in all three stand for two posts: the first takes the uid, the other stays
    a new post."""
    given: set[str] = set()
    named = {row.fields.uid for row in reading.rows if row.fields.uid}
    rows: list[CsvRow] = []
    for row in reading.rows:
        cells = row.fields
        if not cells.uid and cells.start is not None:
            uid = post_uid_by_content(cells.platform, cells.title, cells.start)
            if uid not in given and uid not in named:
                given.add(uid)
                row = replace(row, fields=replace(cells, uid=uid))
        rows.append(row)
    return replace(reading, rows=tuple(rows)), frozenset(given)


def _known_platform(name: str, platforms: Sequence[Platform]) -> str:
    """The platform a file's rows go to, as the plan spells it."""
    for known in platforms:
        if known.name.casefold() == name.strip().casefold():
            return known.name
    names = ", ".join(sorted((p.name for p in platforms), key=str.casefold)) or "—"
    raise NotFoundError("error.unknown_platform", name=name.strip()[:60], known=names)


def _import_followups(planner: Planner, data: bytes, *, skip_invalid: bool) -> CsvImportReport:
    """A follow-ups file (:mod:`planner.exchange.csv.followups`): every row checked, then one write."""
    rows, problems = read_followups(planner, data)
    if problems and not skip_invalid:
        raise CsvRowsInvalid(problems)
    try:
        done = write_rows(planner, rows)
    except RowRefused as refused:
        raise CsvRowsInvalid([refused.problem]) from refused
    return CsvImportReport(
        created=done.created,
        updated=done.updated,
        unchanged=done.unchanged,
        skipped=tuple(problems),
        followups=True,
    )


def _update(planner: Planner, updates: Sequence[CsvUpdate], read: Mapping[int, Post], reason: str | None) -> Change:
    """Every update in one write, each post edited as an edit does it and the balance judged once
    (:meth:`~planner.posts.Posts.edit_posts`); ``read``: the posts as the plan of the import read them.
    A refusal of one post names the row it comes from."""
    rows = {update.post_id: update for update in updates}

    def refused(post_id: int, error: ValidationError) -> CsvRowsInvalid:
        # A check only the core makes: still name the row it comes from.
        return CsvRowsInvalid([CsvProblem(rows[post_id].line, error.message)])

    try:
        return planner.posts.edit_posts(
            {update.post_id: update.patch for update in updates},
            {update.post_id: update.version for update in updates},
            reason=reason,
            read=read,
            refused=refused,
        )
    except CsvRowsInvalid:
        raise
    except ConflictError as error:
        # Saved or deleted by someone since the file was read: refuse rather than overwrite, naming the row.
        update = _row_of(error, rows)
        title = _short(update.title)
        if error.current is None:
            raise ConflictError("error.csv_deleted_meanwhile", line=update.line, title=title) from error
        who = error.current.updated_by
        raise ConflictError(
            "error.csv_changed_meanwhile", current=error.current, line=update.line, title=title, who=who
        ) from error
    except ValidationError as error:
        raise CsvRowsInvalid([CsvProblem(_row_of(error, rows).line, error.message)]) from error


def _row_of(error: PlannerError, rows: Mapping[int, CsvUpdate]) -> CsvUpdate:
    """The update of the post the core's ``error`` names (by its ``id``): every refusal of one post does."""
    post_id = error.params.get("id")
    if not isinstance(post_id, int) or post_id not in rows:
        raise error
    return rows[post_id]


def _warnings(changes: Iterable[Change]) -> tuple[str, ...]:
    messages = (breach.message for change in changes if change.verdict for breach in change.verdict.breaches)
    return tuple(dict.fromkeys(messages))


def plan_import(
    reading: CsvReading,
    existing: Mapping[str, Post],
    *,
    planning_zone: str,
    platforms: Sequence[Platform],
    reviewed: bool = False,
) -> CsvImportPlan:
    """Sort the good rows into creates, updates and unchanged posts, checking each as a whole.

    ``existing`` holds the plan's posts whose uid the file names; ``reviewed``: the plan's
    review is on, and a row may not give a post a status it needs an approval for.
    """
    limits = {p.name: p.text_limit for p in platforms}
    creates: list[CsvCreate] = []
    updates: list[CsvUpdate] = []
    problems: list[CsvProblem] = []
    unchanged = 0
    for row in reading.rows:
        current = existing.get(row.fields.uid) if row.fields.uid else None
        try:
            target = _target(row, current, reading.columns, planning_zone)
            _check_whole(target, limits)
        except ValidationError as error:
            problems.append(CsvProblem(row.line, error.message))
            continue
        if current is None:
            if reviewed and (gate := needs_review(None, target.status or Status.IDEA, text_changed=True)):
                problems.append(CsvProblem(row.line, _gated(gate, target)))
            else:
                creates.append(CsvCreate(row.line, target))
            continue
        patch = _patch(current, target)
        if patch.is_empty():
            unchanged += 1  # even from an older file: there is nothing to undo
        elif row.version is not None and row.version < current.version:
            problems.append(CsvProblem(row.line, _stale(row, current)))
        elif reviewed and (gate := needs_review(current, target.status or current.status, text_changed=_text(patch))):
            problems.append(CsvProblem(row.line, _gated(gate, target)))
        else:
            updates.append(CsvUpdate(row.line, current.id, current.version, patch, row.fields.title))
    return CsvImportPlan(tuple(creates), tuple(updates), unchanged, tuple(problems))


def _stale(row: CsvRow, current: Post) -> str:
    """Why a row older than its post is not applied, and the two ways on."""
    return tr(
        "error.csv_changed_since_export",
        title=_short(row.fields.title),
        exported=row.version,
        now=current.version,
        who=current.updated_by,
    )


def _gated(gate: ReviewGate, target: PostFields) -> str:
    """Why the plan's review keeps a row out, and how to bring it in."""
    key = "error.csv_needs_approval" if gate is ReviewGate.NEEDS_APPROVAL else "error.csv_cannot_approve"
    status = target.status or Status.IDEA
    return tr(key, title=_short(target.title), status=Term("status." + status.value))


def _text(patch: PostPatch) -> bool:
    """Whether an update changes what an approval was given to: the title, the text or the link."""
    return any(getattr(patch, name) is not UNSET for name in ("title", "body", "link"))


def _short(title: str) -> str:
    return title if len(title) <= 60 else title[:59] + "…"


def _target(row: CsvRow, current: Post | None, columns: frozenset[str], planning_zone: str) -> PostFields:
    """The post as the row wants it: the row's cells over the current post (or the defaults)."""
    cells = row.fields
    base = PostFields.of(current) if current else PostFields(platform=cells.platform, title=cells.title)
    values: dict[str, Any] = {name: getattr(base, name) for name in PostFields.__slots__}  # type: ignore[attr-defined]
    for name in ("platform", "title", "body", "category", "author", "campaign", "link", "notes"):
        if name in columns:
            values[name] = getattr(cells, name)
    if cells.duration_minutes is not None:
        values["duration_minutes"] = cells.duration_minutes
    if "timezone" in columns or current is None:
        zone_name = cells.timezone or planning_zone
    else:
        zone_name = current.timezone
    start: datetime | None = values["start"]
    if "date" in columns:
        start = cells.start
        if row.wall is not None and zone_name != (cells.timezone or planning_zone):
            start = localize_at(row.wall, zone_name, row.offset)  # read again in the post's own zone
    elif start is not None and zone_name != values["timezone"]:
        start = localize(start.replace(tzinfo=None, fold=0), zone_name)  # same wall-clock time, new zone
    values["start"], values["timezone"] = start, zone_name
    values["status"] = cells.status or _status_for(current, start)
    values["uid"] = current.uid if current else cells.uid
    return PostFields(**values)


def _status_for(current: Post | None, start: datetime | None) -> Status:
    """The status of a row that gives none: the current one, unless the date makes it wrong."""
    if current is None or current.status.is_dated != (start is not None):
        return Status.DRAFT if start is not None else Status.IDEA
    return current.status


def _check_whole(fields: PostFields, limits: Mapping[str, int | None]) -> None:
    """What holds between fields: the core's rules, checked here so every row is judged before any write."""
    status = fields.status or Status.IDEA
    if status is Status.IDEA and fields.start is not None:
        raise ValidationError("error.idea_has_no_date")
    if status.is_dated and fields.start is None:
        raise ValidationError("error.date_required", status=Term("status." + status.value))
    limit = limits.get(fields.platform)
    if limit is not None and len(fields.body) > limit and status.enforces_text_limit:
        raise ValidationError(
            "error.text_over_limit",
            platform=fields.platform,
            length=len(fields.body),
            limit=limit,
            status=Term("status." + status.value),
        )


def _same_instant(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.timestamp() == b.timestamp()


def _same_name(a: str | None, b: str | None) -> bool:
    """Member names as the core matches them: spaces and case aside."""
    if not a or not b:
        return not a and not b
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _patch(current: Post, target: PostFields) -> PostPatch:
    """Only what differs: an unchanged row makes an empty patch, and no new version."""
    changes: dict[str, Any] = {}
    for name in ("platform", "title", "body", "category", "status", "duration_minutes", "campaign", "link", "notes"):
        if getattr(current, name) != getattr(target, name):
            changes[name] = getattr(target, name)
    if not _same_name(current.author, target.author):
        changes["author"] = target.author
    if not _same_instant(current.start, target.start) or current.timezone != target.timezone:
        changes["start"], changes["timezone"] = target.start, target.timezone
    return PostPatch(**changes)

"""Importing an iCalendar file: as a context calendar, or as posts.

* As **context** (:func:`import_context`): the file's events become a
  read-only calendar shown behind the plan; importing it again under the
  same name replaces its events.
* As **posts** (:func:`import_posts`): each event becomes a post, judged by
  the balance rules like any other. An event of Dialogos' own export (its
  ``UID`` is ``<post uid>@dialogos``) updates that post, field by field, and
  an unchanged post is not touched at all, so exporting then importing
  changes nothing. An event exported before the post was changed again in
  Dialogos (its ``X-DIALOGOS-VERSION`` is older and its values differ) is
  skipped, not written back over the newer post: the rest is imported and the
  report lists it. Another app's event becomes a post whose uid is derived
  from the platform, the event's ``UID`` and the occurrence, so importing the
  same file again updates those posts instead of adding copies; an event
  without ``UID`` has one made of its summary and start by the reader, so
  this holds for it too.

With the plan's review on, an event that would schedule or publish a post holding no
approval, or approve one, is skipped and listed (:mod:`planner.exchange.approval`):
a calendar file never approves. The rest is imported.

The file is read and checked whole first (:func:`read_calendar`); the write
is one transaction, so a refused import leaves the plan as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from planner import validation as check
from planner.context import ContextCalendar, ContextEventData
from planner.defaults import MAX_DURATION_MINUTES, MAX_NAME_LENGTH, MAX_TITLE_LENGTH
from planner.errors import NotFoundError, ValidationError
from planner.exchange.approval import ReviewGate, needs_review, sent_back
from planner.exchange.ics import fields
from planner.exchange.ics.calendar import plain
from planner.exchange.ics.reader import (
    CalendarFileError,
    FileNote,
    ParsedCalendar,
    ParsedEvent,
    Progress,
    read_calendar,
)
from planner.exchange.matching import foreign_post_uid
from planner.i18n import tr
from planner.model import UNSET, Post, PostFields, PostPatch, Status
from planner.recurrence import instant_text, spans
from planner.timezones import zone

if TYPE_CHECKING:
    from planner.service import Planner

__all__ = [
    "CalendarFileError",
    "FileNote",
    "ImportReport",
    "ParsedCalendar",
    "ParsedEvent",
    "Skipped",
    "import_context",
    "import_posts",
    "read_calendar",
]

MAX_POSTS_PER_EVENT = 1_000
"""The most posts one repeating event gives: a post a day for nearly three years. An event
repeating every minute or second would otherwise fill the plan with a wall of posts."""

SKIP_REASONS = (
    "cancelled", "outside_range", "no_title", "duplicate", "changed_since_export", "needs_approval", "cannot_approve",
)  # fmt: skip

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

_Value = TypeVar("_Value")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An event the import left out, and why.

    ``why`` is one of :data:`SKIP_REASONS` (for scripts); ``params`` fill its
    message (for ``changed_since_export``: ``exported`` and ``current``, the
    post's version in the file and now, and ``who`` changed it last).
    """

    uid: str
    summary: str
    line: int
    why: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def reason(self) -> str:
        """Why, in one line of the user's language: "changed in Dialogos since this file was exported (…)"."""
        return tr(f"ics_import.reason_{self.why}", **self.params)

    @property
    def label(self) -> str:
        """The kind of reason in a word or two, to count the events skipped alike: "cancelled"."""
        return tr(f"ics_import.skip_{self.why}")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did.

    For a context import, ``created`` counts the events stored, ``calendar``
    is the calendar and ``replaced`` the number of events it had before
    (None: it is new). For a posts import, ``created``, ``updated`` and
    ``unchanged`` count posts, ``post_ids`` name the posts written and
    ``breaches`` the balance rules they break (saved anyway: warn mode, or
    overridden with a reason). ``revision`` is the file's revision after the
    write, None when nothing was written. ``notes`` say what of the file was
    left out or read its own way (an empty RRULE, events without UID…).
    """

    source: str
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[Skipped, ...] = ()
    calendar: ContextCalendar | None = None
    replaced: int | None = None
    post_ids: tuple[int, ...] = ()
    breaches: tuple[str, ...] = ()
    revision: int | None = None
    notes: tuple[FileNote, ...] = ()
    back_to_review: int = 0  # approved posts whose text the import changed: in review again


# -- context --------------------------------------------------------------------------


def import_context(
    planner: Planner, parsed: ParsedCalendar, *, name: str | None = None, colour: str | None = None
) -> ImportReport:
    """Store the file as a context calendar called ``name`` (default: the name the file gives
    itself, else the file's name). A calendar of that name has its events replaced.
    Cancelled events are left out."""
    skipped = [_skip(event, "cancelled") for event in parsed.events if event.cancelled]
    # Made one by one as they are stored: a big file never has a second copy of its events in memory.
    events = (
        ContextEventData(
            uid=event.uid,
            summary=event.summary,
            start=event.start,
            end=event.end,
            timezone=event.timezone,
            description=event.description,
            location=event.location,
            recurrence=event.recurrence,
            status=event.status,
        )
        for event in parsed.events
        if not event.cancelled
    )
    # A name the file gives is trimmed to fit; one the user gives is checked as typed.
    calendar_name = name or " ".join((parsed.name or _stem(parsed.source)).split())[:MAX_NAME_LENGTH]
    saved = planner.save_context_calendar(calendar_name, events, source=parsed.source, colour=colour)
    return ImportReport(
        source=parsed.source,
        kind="context",
        created=saved.calendar.event_count,
        skipped=tuple(skipped),
        calendar=saved.calendar,
        replaced=saved.replaced,
        revision=saved.change.revision,
        notes=parsed.notes,
    )


def _stem(source: str) -> str:
    base = source.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    return stem or base or "calendar"


def _skip(event: ParsedEvent, why: str, **params: object) -> Skipped:
    return Skipped(uid=event.uid, summary=event.summary, line=event.line, why=why, params=params)


# -- posts ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A post the file describes: its uid, the event it comes from, its values."""

    uid: str
    event: ParsedEvent
    values: dict[str, Any]
    # The fields an update may change: another app's event never resets what only Dialogos holds.
    owned: tuple[str, ...]
    # Dialogos' own event naming no platform, none chosen: fine for an update, refused for a new post.
    platform_missing: bool = False
    # The post's version when Dialogos exported the event (None: another app's event, or unsaid).
    exported_version: int | None = None


def import_posts(
    planner: Planner,
    parsed: ParsedCalendar,
    *,
    platform: str | None,
    category: str | None,
    status: Status | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    reason: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Turn the file's events into posts, in one transaction judged by the balance rules.

    ``platform`` is where another app's events go (required when there are
    some); it also overrides the platform of Dialogos' own events.
    ``category`` and ``status`` apply to every post when given; another
    app's events are otherwise drafts without a category. ``start`` and
    ``end`` (aware) keep the events starting in [start, end), and are needed
    to expand a repeating event of another app. In block mode a breach
    refuses the whole import (:class:`~planner.balance.verdicts.BalanceRefused`)
    unless a ``reason`` overrides it.
    """
    if (start is None) != (end is None):
        raise ValidationError("error.ics_range_incomplete")
    if start is not None and end is not None and end <= start:
        raise ValidationError("error.bad_range", start=start.isoformat(), end=end.isoformat())
    plan = _Plan(planner, parsed.source, platform, category, status, start, end)
    candidates: list[_Candidate] = []
    for event in parsed.events:
        candidates.extend(plan.candidates(event))
    existing = planner.posts_by_uid(c.uid for c in candidates)
    reviewed = planner.review_settings().review
    creates: list[PostFields] = []
    updates: list[tuple[Post, PostPatch]] = []
    unchanged = 0
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.uid in seen:
            plan.skipped.append(_skip(candidate.event, "duplicate"))
            continue
        seen.add(candidate.uid)
        current = existing.get(candidate.uid)
        if current is None:
            fields_of = _fields(candidate)
            if reviewed and (gate := needs_review(None, fields_of.status or Status.DRAFT, text_changed=True)):
                plan.skipped.append(_skip(candidate.event, gate.value))
            else:
                creates.append(fields_of)
            continue
        patch = _patch(current, candidate)
        if patch.is_empty():
            unchanged += 1
        elif candidate.exported_version is not None and current.version > candidate.exported_version:
            # Edited in Dialogos after this export: writing the file back would undo that edit.
            changed = {"exported": candidate.exported_version, "current": current.version, "who": current.updated_by}
            plan.skipped.append(_skip(candidate.event, "changed_since_export", **changed))
        elif reviewed and (gate := _gate(current, patch)):
            plan.skipped.append(_skip(candidate.event, gate.value))
        else:
            updates.append((current, patch))
    if not creates and not updates:
        # Nothing to write: not even the revision moves.
        return ImportReport(
            source=parsed.source, kind="posts", unchanged=unchanged, skipped=tuple(plan.skipped), notes=parsed.notes
        )
    ids: list[int] = []
    breaches: list[str] = []
    with planner.batch():
        changes = [planner.create_posts(creates, reason=reason)] if creates else []
        back = 0
        if updates:
            # One write for them all, each post edited as an edit does it, the balance judged once.
            patches = {current.id: patch for current, patch in updates}
            read = {current.id: current for current, _ in updates}
            versions = {pid: current.version for pid, current in read.items()}
            changes.append(planner.posts.edit_posts(patches, versions, reason=reason, read=read, progress=progress))
            edited = zip(updates, changes[-1].posts, strict=True)
            back = sum(sent_back(current, saved) for (current, _), saved in edited)
        for change in changes:
            ids.extend(change.ids)
            if change.verdict is not None:
                breaches.extend(b.message for b in change.verdict.breaches)
    return ImportReport(
        source=parsed.source,
        kind="posts",
        created=len(creates),
        updated=len(updates),
        unchanged=unchanged,
        skipped=tuple(plan.skipped),
        post_ids=tuple(ids),
        breaches=tuple(dict.fromkeys(breaches)),
        revision=max(change.revision for change in changes),
        notes=parsed.notes,
        back_to_review=back,
    )


class _Plan:
    """What the user chose, checked once, and the posts each event gives."""

    def __init__(
        self,
        planner: Planner,
        source: str,
        platform: str | None,
        category: str | None,
        status: Status | None,
        start: datetime | None,
        end: datetime | None,
    ) -> None:
        self.source = source
        self.zone_name = planner.planning_zone
        # Names as the plan spells them: an unknown one is refused before anything is read further.
        self.platform = planner.platform(platform).name if platform else None
        self.category = _category_name(planner, category) if category else None
        self.status = check.status(status) if status is not None else None
        self.start = start
        self.end = end
        posting_start = planner.posting_hours()[0]
        self.all_day_time = time(posting_start // 60, posting_start % 60)
        self.skipped: list[Skipped] = []

    def candidates(self, event: ParsedEvent) -> list[_Candidate]:
        own_uid = fields.post_uid_of(event.uid)
        if own_uid is not None:
            own = self._own(event, own_uid)
            return [own] if own else []
        if event.cancelled:
            self.skipped.append(_skip(event, "cancelled"))
            return []
        if self.platform is None:
            raise ValidationError("error.ics_posts_need_platform", summary=_short(event.summary), line=event.line)
        title = _title_of(event.summary)
        if not title:
            self.skipped.append(_skip(event, "no_title"))
            return []
        found: list[_Candidate] = []
        for key, start_moment, end_moment in self._occurrences(event):
            values = self._timing(start_moment, end_moment, event.timezone)
            if not self._in_range(values["start"]):
                self.skipped.append(_skip(event, "outside_range"))
                continue
            values |= {"platform": self.platform, "title": title, "body": event.description}
            values["link"] = _valid_link(event.url)
            owned = ["title", "body", "start", "timezone", "duration_minutes", "link"]
            if self.category is not None:
                values["category"] = self.category
                owned.append("category")
            if self.status is not None:
                values["status"] = self.status
                owned.append("status")
            uid = foreign_post_uid(self.platform, event.uid, key)
            found.append(_Candidate(uid, event, values, tuple(owned)))
        return found

    def _own(self, event: ParsedEvent, post_uid: str) -> _Candidate | None:
        """An event of Dialogos' export: the post's own values from the X-DIALOGOS properties.

        Each value is checked here, so a wrong one is refused with the event's line.
        """
        x = event.dialogos
        values = self._timing(event.start, event.end, event.timezone)
        own_zone = x.get(fields.X_TIMEZONE)
        if own_zone and isinstance(values["start"], datetime) and own_zone != values["timezone"]:
            # Written in UTC (the autumn's repeated hour): back in the post's own zone.
            values["start"] = values["start"].astimezone(self._checked(event, zone, own_zone))
            values["timezone"] = own_zone
        if not self._in_range(values["start"]):
            self.skipped.append(_skip(event, "outside_range"))
            return None
        owned = ["start", "timezone", "duration_minutes"]
        if x:
            # The export writes every field; a missing one means an empty field or none.
            title = x.get(fields.X_TITLE) or _title_of(event.summary)
            values |= {
                "title": self._checked(event, check.title, title) if title.strip() else "",
                "body": self._checked(event, check.body, x.get(fields.X_BODY, "")),
                "category": x.get(fields.X_CATEGORY) or None,
                "campaign": self._checked(event, _single_line, x.get(fields.X_CAMPAIGN, "")),
                "author": x.get(fields.X_AUTHOR) or None,
                "link": self._checked(event, check.link, event.url),
            }
            owned += ["title", "body", "category", "campaign", "author", "link"]
            if x.get(fields.X_STATUS):
                values["status"] = self._checked(event, check.status, x[fields.X_STATUS])
                owned.append("status")
        else:
            # Our UID without our properties: another app re-exported the event.
            # Only its time can be trusted; a new post takes the summary as title.
            values |= {"title": _title_of(event.summary)}
        if not values.get("title"):
            self.skipped.append(_skip(event, "no_title"))
            return None
        chosen = self.platform or x.get(fields.X_PLATFORM)
        if chosen:
            values["platform"] = chosen
            owned.append("platform")
        if self.category is not None:
            values["category"] = self.category
            owned.append("category")
        if self.status is not None:
            values["status"] = self.status
            owned.append("status")
        version = x.get(fields.X_VERSION, "").strip()
        return _Candidate(
            post_uid,
            event,
            values,
            tuple(dict.fromkeys(owned)),
            platform_missing=not chosen,
            exported_version=self._checked(event, _version, version) if version else None,
        )

    def _checked(self, event: ParsedEvent, check_value: Callable[[str], _Value], text: str) -> _Value:
        """``check_value(text)``, a refusal naming the file and the event's line."""
        try:
            return check_value(text)
        except ValidationError as error:
            problem = tr(error.key, **error.params)
            raise CalendarFileError(self.source, event.line, "error.ics_bad_dialogos", detail=problem) from None

    def _occurrences(self, event: ParsedEvent) -> list[tuple[str, datetime | date, datetime | date]]:
        """(key, start, end) of each occurrence to import; the key tells occurrences of one event apart.

        More than :data:`MAX_POSTS_PER_EVENT` in the range refuse the whole import, saying so."""
        if not event.recurrence.repeats or event.recurrence_id is not None:
            return [(event.recurrence_id or "", event.start, event.end)]
        if self.start is None or self.end is None:
            raise ValidationError("error.ics_repeat_needs_range", summary=_short(event.summary), line=event.line)
        found = self._repeats(event)
        if len(found) > MAX_POSTS_PER_EVENT:
            raise ValidationError(
                "error.ics_repeat_too_many", summary=_short(event.summary), line=event.line, limit=MAX_POSTS_PER_EVENT
            )
        return found

    def _repeats(self, event: ParsedEvent) -> list[tuple[str, datetime | date, datetime | date]]:
        assert self.start is not None and self.end is not None
        if isinstance(event.start, datetime):
            assert isinstance(event.end, datetime)
            # Elapsed time: subtracting aware datetimes of one zone counts wall-clock time.
            length = event.end.astimezone(UTC) - event.start.astimezone(UTC)
            # One more than allowed is enough to refuse: a series repeating every second is not read in full.
            found = spans(event.start, length, event.recurrence, self.start, self.end, limit=MAX_POSTS_PER_EVENT + 1)
            return [(instant_text(s), s, e) for s, e in found if isinstance(s, datetime)]
        assert not isinstance(event.end, datetime)
        days = event.end - event.start
        tz = zone(self.zone_name)
        first_day = self.start.astimezone(tz).date()
        last_day = self.end.astimezone(tz).date() + timedelta(days=1)
        days_found = spans(event.start, days, event.recurrence, first_day, last_day, limit=MAX_POSTS_PER_EVENT + 1)
        return [(day.isoformat(), day, until) for day, until in days_found]

    def _timing(self, start: datetime | date, end: datetime | date, zone_name: str | None) -> dict[str, Any]:
        """Start, zone and duration of a post: an all-day event at the start of the posting hours,
        a time in UTC (or a zone only the file knows) in the planning zone."""
        if not isinstance(start, datetime):
            wall = datetime.combine(start, self.all_day_time)
            return {"start": wall.replace(tzinfo=zone(self.zone_name), fold=0), "timezone": self.zone_name}
        assert isinstance(end, datetime)
        minutes = int((end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() // 60)
        duration = min(minutes, MAX_DURATION_MINUTES) if minutes > 0 else None
        if zone_name is None:
            return {"start": start.astimezone(zone(self.zone_name)), "timezone": None, "duration_minutes": duration}
        return {"start": start, "timezone": zone_name, "duration_minutes": duration}

    def _in_range(self, moment: datetime) -> bool:
        if self.start is None or self.end is None:
            return True
        return self.start <= moment < self.end


def _category_name(planner: Planner, name: str) -> str:
    wanted = " ".join(name.split()).casefold()
    found = next((c.name for c in planner.categories() if c.name.casefold() == wanted), None)
    if found is None:
        known = ", ".join(sorted(c.name for c in planner.categories()))
        raise NotFoundError("error.unknown_category", name=name[:60], known=known or "—")
    return found


def _valid_link(url: str) -> str:
    """Another app's URL, if it is a web link a post can carry; else none."""
    try:
        return check.link(url)
    except ValidationError:
        return ""


def _title_of(summary: str) -> str:
    """A title made of another app's summary: one line, as long as a title may be."""
    return " ".join(_CONTROL.sub(" ", summary).split())[:MAX_TITLE_LENGTH]


def _single_line(text: str) -> str:
    return check.text_field(text, what="campaign", single_line=True)


def _version(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ValidationError("error.ics_bad_version", value=text[:20])
    return int(text)


def _gate(current: Post, patch: PostPatch) -> ReviewGate | None:
    """Why the plan's review keeps this update out (:mod:`planner.exchange.approval`), or None."""
    status = current.status if patch.status is UNSET else patch.status
    text_changed = any(getattr(patch, name) is not UNSET for name in ("title", "body", "link"))
    return needs_review(current, status, text_changed=text_changed)


def _short(text: str) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= 60 else cleaned[:59] + "…"


def _fields(candidate: _Candidate) -> PostFields:
    values = candidate.values
    if candidate.platform_missing:
        event = candidate.event
        raise ValidationError("error.ics_posts_need_platform", summary=_short(event.summary), line=event.line)
    return PostFields(
        platform=values["platform"],
        title=values["title"],
        body=values.get("body", ""),
        category=values.get("category"),
        status=values.get("status") or Status.DRAFT,
        start=values["start"],
        timezone=values.get("timezone"),
        duration_minutes=values.get("duration_minutes"),
        author=values.get("author"),
        campaign=values.get("campaign", ""),
        link=values.get("link", ""),
        uid=candidate.uid,
    )


def _patch(current: Post, candidate: _Candidate) -> PostPatch:
    """The fields of ``current`` that the file changes; empty when it changes none."""
    values = dict(candidate.values)
    if values.get("timezone") is None:
        # A time the file gives in UTC: in the post's own zone, which it keeps.
        values["timezone"] = current.timezone
        values["start"] = values["start"].astimezone(zone(current.timezone))
    if values.get("duration_minutes") is None and "duration_minutes" in candidate.owned:
        values["duration_minutes"] = current.duration_minutes  # no length given: the post keeps its own
    changes: dict[str, Any] = {}
    for name in candidate.owned:
        new, old = values.get(name), getattr(current, name)
        if not _same(name, old, new):
            changes[name] = new
    return PostPatch(**{name: changes.get(name, UNSET) for name in PostPatch.__slots__})  # type: ignore[attr-defined]


def _same(name: str, old: Any, new: Any) -> bool:
    if name == "start":
        return old is not None and new is not None and old.astimezone(UTC) == new.astimezone(UTC)
    if name in ("platform", "category"):
        return (old or "").casefold() == (new or "").casefold()
    if name == "body":
        # iCalendar has no carriage return nor control character: the file holds the body as the export wrote it.
        return plain(old or "") == plain(new or "")
    if name in ("campaign", "link"):
        return (old or "") == (new or "")
    if name == "title":
        return old == (new or "").strip()
    return bool(old == new)

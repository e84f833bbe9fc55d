"""Series: one post repeated daily, weekly or monthly, each occurrence a post of its own.

The occurrences are worked out with dateutil's ``rrule`` in the post's own wall-clock time,
then placed in its zone: a weekly 09:00 post in Paris stays at 09:00 across the change to
summer time, as the person who asked for "every Tuesday at nine" expects. A wall-clock time
the clocks skip that day (02:30 on the last Sunday of March in Paris) is read with the offset
before the change, so it falls one hour later, at 03:30, as RFC 5545 reads it.

A monthly series on the 29th, 30th or 31st follows dateutil (and RFC 5545): the months
without that day are skipped, not moved to their last day; "monthly on the 31st from
31 January, 4 times" is 31 January, 31 March, 31 May and 31 July.

The occurrences share a ``series_uid`` and are created in one transaction, judged by the
balance rules as one batch: one verdict for the whole series, and a refusal names the first
occurrence that breaks a rule. Editing or deleting takes a :class:`Scope`: this one, this
and the following, or all of them, each one write.
"""

from __future__ import annotations

import enum
import itertools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule

from planner.balance.values import FIX_KINDS, Breach, Suggestion
from planner.balance.verdicts import BalanceRefused, SeriesRefused, Verdict, moment_text
from planner.defaults import DEFAULT_DURATION_MINUTES
from planner.errors import ValidationError
from planner.i18n import tr
from planner.model import UNSET, Change, ChangeKind, Post, PostFields, PostPatch, Side
from planner.posts import Posts, moves_nowhere
from planner.reference import ReferenceData
from planner.session import Session
from planner.timezones import zone

MAX_OCCURRENCES = 500
"""The most occurrences one series creates at once: beyond, it is refused with a clear line."""

SPARSER = (2, 3, 4)
"""How many times less often a refused series is tried again, to offer the first that passes."""

FIX_OCCURRENCES = 12
"""The longest refused series for which the conversation posts that let it pass are worked out:
each occurrence that breaches costs a few rehearsals; a longer one is told what to do instead."""

FIX_POSTS = 24
"""The most conversation posts a series' fix names: beyond, it is no help, and it is told so."""


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


_RRULE_FREQUENCY = {Frequency.DAILY: DAILY, Frequency.WEEKLY: WEEKLY, Frequency.MONTHLY: MONTHLY}


class Scope(enum.StrEnum):
    """Which posts of a series an edit or a deletion of one of them changes."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class Repeat:
    """How a post repeats: every ``every`` days, weeks or months, ``count`` times or until the
    day ``until`` (included, in the post's zone). Exactly one of ``count`` and ``until``."""

    frequency: Frequency
    every: int = 1
    count: int | None = None
    until: date | None = None


def one_platform(platforms: Sequence[str]) -> None:
    """A series goes on one platform: repeating a cross-post is refused (one line, exit 2)."""
    if len(set(platforms)) > 1:
        raise ValidationError("error.series_one_platform")


def frequency_of(value: str | Frequency) -> Frequency:
    try:
        return Frequency(str(value).strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in Frequency)
        raise ValidationError("error.unknown_repeat", value=str(value)[:40], known=known) from None


def scope_of(value: str | Scope) -> Scope:
    try:
        return Scope(str(value).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in Scope)
        raise ValidationError("error.unknown_scope", value=str(value)[:40], known=known) from None


def checked(repeat: Repeat) -> Repeat:
    """The repeat if it says how many times, once, and a step of at least one; else the error."""
    if (repeat.count is None) == (repeat.until is None):
        raise ValidationError("error.repeat_count_or_until")
    if repeat.every < 1:
        raise ValidationError("error.repeat_every", value=repeat.every)
    if repeat.count is not None and repeat.count < 1:
        raise ValidationError("error.repeat_count", value=repeat.count)
    if repeat.count is not None and repeat.count > MAX_OCCURRENCES:
        raise ValidationError("error.series_too_long", count=repeat.count, limit=MAX_OCCURRENCES)
    return repeat


def occurrences(start: datetime, zone_name: str, repeat: Repeat) -> list[datetime]:
    """The starts of the series whose first occurrence is ``start`` (aware), in ``zone_name``.

    More than :data:`MAX_OCCURRENCES` is a validation error, as is an ``until`` before the start.
    """
    if start.tzinfo is None:
        raise TypeError("naive datetime: the core only handles aware ones")
    repeat = checked(repeat)
    tz = zone(zone_name)
    wall = start.astimezone(tz).replace(tzinfo=None, fold=0)
    if repeat.until is not None and repeat.until < wall.date():
        raise ValidationError(
            "error.repeat_until_before", until=repeat.until.isoformat(), first=wall.date().isoformat()
        )
    rule = rrule(
        _RRULE_FREQUENCY[repeat.frequency],
        dtstart=wall,
        interval=repeat.every,
        count=repeat.count,
        until=None if repeat.until is None else datetime.combine(repeat.until, time.max),
    )
    walls = list(itertools.islice(rule, MAX_OCCURRENCES + 1))
    if len(walls) > MAX_OCCURRENCES:
        counted = rule.count() if repeat.until is not None and len(walls) < 100_000 else len(walls)
        raise ValidationError("error.series_too_long", count=counted, limit=MAX_OCCURRENCES)
    # fold=0 then a round trip through UTC: a skipped wall time takes the offset before the change.
    return [moment.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz) for moment in walls]


def new_series_uid() -> str:
    """A new series' uid: a random UUID as 32 hex digits, like a post's."""
    return uuid.uuid4().hex


class Series:
    """The series of the open plan (``planner.series``): creating one, and editing or deleting
    one of its posts with those after it or with all of them."""

    def __init__(self, session: Session, posts: Posts, reference: ReferenceData | None = None) -> None:
        self._session = session
        self._posts = posts
        self._reference = reference

    def create_series(self, fields: PostFields, repeat: Repeat, *, reason: str | None = None) -> Change:
        """Create every occurrence of ``fields`` repeated by ``repeat``, in one transaction.

        The balance rules judge the whole series in one verdict; a rule in block mode refuses
        it (:class:`~planner.balance.verdicts.SeriesRefused`, naming the first breaching
        occurrence) unless ``reason`` overrides it. Follow-up defaults are given to each.
        """
        if fields.start is None:
            raise ValidationError("error.repeat_needs_date")
        zone_name = fields.timezone or getattr(fields.start.tzinfo, "key", None) or self._session.planning_zone
        starts = occurrences(fields.start, zone_name, repeat)
        uid = new_series_uid()
        many = [replace(fields, start=start, timezone=zone_name, series_uid=uid, uid=None) for start in starts]
        try:
            change = self._posts.create_posts(many, reason=reason, name_first_breach=True)
        except SeriesRefused as refused:
            first = self._first_refused(many, refused.first)
            verdict = refused.verdict if len(many) == 1 else self._series_help(many, repeat, refused.verdict)
            raise SeriesRefused(verdict, first, unsaved=refused.unsaved) from None
        return replace(change, verdict=said_once(change.verdict))

    def created_posts(self, change: Change) -> tuple[Post, ...]:
        """The posts a :meth:`create_series` made: a large series comes back with their ids only,
        as any large batch does (reading them back would cost a fifth of the save); read them."""
        if len(change.posts) == len(change.ids) or not change.ids:
            return change.posts
        first = self._posts.get_post(change.ids[0])
        return tuple(self._posts.in_series(first.series_uid)) if first.series_uid else (first,)

    def _first_refused(self, many: list[PostFields], guess: datetime) -> datetime:
        """The start of the first occurrence with which the series is refused: the occurrences
        before it pass the rules, with it they do not. ``guess`` (read from the refusal's
        breaches) is checked, and searched below by halves where the plan's posts after it made
        an earlier occurrence breach already; a few rehearsals, on a refusal only."""
        starts = [fields.start for fields in many]
        last = starts.index(guess) if guess in starts else len(many) - 1
        if not self._refused(many[: last + 1]):
            last = len(many) - 1
        passing = 0  # the occurrences before ``passing`` pass; with ``last``, they are refused
        while passing < last:
            middle = (passing + last) // 2
            if self._refused(many[: middle + 1]):
                last = middle
            else:
                passing = middle + 1
        start = many[last].start
        assert start is not None
        return start

    def _series_help(self, many: list[PostFields], repeat: Repeat, verdict: Verdict) -> Verdict:
        """``verdict`` with only the help that works for the whole series.

        The slots and conversation posts a refused post is offered are worked out for one post:
        for a series they mend one occurrence at best, and following them left it refused. So a
        series keeps the "keep or drop the late follow-ups" help (it mends every occurrence), else
        gets what was rehearsed and passes, on a refusal only: the conversation posts to add first
        (:meth:`_conversation_fix`), and the same series repeated two, three or four times less
        often; when neither does, it is told plainly that no single fix is offered and what to do."""
        waiting = tuple(s for s in verdict.suggestions if s.kind == "keep_followups")
        if waiting:
            return replace(verdict, suggestions=waiting)
        breach = verdict.blocking[0]
        found: list[Suggestion] = []
        moments = self._conversation_fix(many)
        if moments:
            found.append(_added_first(breach.platform, moments))
        sparser = self._sparser(many, repeat)
        if sparser is not None:
            message = tr(f"suggest.series_every_{repeat.frequency.value}", every=sparser, platform=breach.platform)
            found.append(Suggestion(breach.platform, _start(many[0]), "repeat_every", message))
        if not found:
            message = tr("suggest.series_no_fix", platform=breach.platform, rule=breach.rule.label)
            found.append(Suggestion(breach.platform, _start(many[0]), "no_slot", message))
        return replace(verdict, suggestions=tuple(found))

    def _sparser(self, many: list[PostFields], repeat: Repeat) -> int | None:
        """The first step of :data:`SPARSER` times the series' own with which it passes, else None."""
        zone_name = many[0].timezone or self._session.planning_zone
        for times in SPARSER:
            sparser = replace(repeat, every=repeat.every * times)
            try:
                starts = occurrences(_start(many[0]), zone_name, sparser)
            except ValidationError:
                continue
            if not self._refused([replace(fields, start=start) for fields, start in zip(many, starts, strict=False)]):
                return sparser.every
        return None

    def _conversation_fix(self, many: list[PostFields]) -> tuple[datetime, ...]:
        """The conversation posts with which the whole series passes, in time order; () when none
        are found within :data:`FIX_POSTS` (or the series is longer than :data:`FIX_OCCURRENCES`).

        Occurrence by occurrence, in a rehearsal: the first one refused gets the conversation posts
        a refused post is offered (:func:`~planner.balance.suggestions.conversation_fix`, free slots
        in posting hours), they are added, and the series is judged again, until it passes. What is
        offered is what was judged: the posts, then the series, pass the rules as they stand."""
        talk = self._conversation_category()
        if talk is None or len(many) > FIX_OCCURRENCES:
            return ()
        added: list[datetime] = []
        with self._session.rehearsal():
            for _ in range(len(many) + 1):
                index = self._first_refused_index(many)
                if index is None:
                    return tuple(sorted(added)) if _apart(added, many) else ()
                moments = self._fix_of(many, index)
                if not moments or len(added) + len(moments) > FIX_POSTS:
                    return ()
                try:
                    self._posts.create_posts([replace(many[0], category=talk, start=m) for m in moments])
                except BalanceRefused:
                    return ()
                added += moments
        return ()

    def _conversation_category(self) -> str | None:
        """The name of a conversation category, which the rehearsed posts of a fix take."""
        if self._reference is None:
            return None
        found = [c.name for c in self._reference.categories() if c.side is Side.CONVERSATION]
        return found[0] if found else None

    def _first_refused_index(self, many: list[PostFields]) -> int | None:
        """The index of the first occurrence with which the series is refused; None if it passes."""
        with self._session.rehearsal():
            try:
                self._posts.create_posts(many, name_first_breach=True)
            except SeriesRefused as refused:
                guess = refused.first
            else:
                return None
        return [fields.start for fields in many].index(self._first_refused(many, guess))

    def _fix_of(self, many: list[PostFields], index: int) -> tuple[datetime, ...]:
        """The conversation posts a refusal offers occurrence ``index`` alone, the ones before it
        saved (which pass): () when it is offered none, or a move (a series keeps its times)."""
        with self._session.rehearsal():
            if index:
                self._posts.create_posts(many[:index])
            try:
                self._posts.create_posts([many[index]])
            except BalanceRefused as refused:
                for suggestion in refused.verdict.suggestions:
                    if suggestion.kind in FIX_KINDS and suggestion.move_to is None:
                        return suggestion.moments
        return ()

    def _refused(self, many: list[PostFields]) -> bool:
        """Whether a rule in block mode refuses these posts; nothing is saved."""
        with self._session.rehearsal():
            try:
                self._posts.create_posts(many)
            except BalanceRefused:
                return True
        return False

    def preview_series(self, fields: PostFields, repeat: Repeat, *, patience: float | None = None) -> Verdict:
        """The one verdict creating this series would get; nothing is saved (``patience`` as for
        :meth:`~planner.posts.Posts.preview_create`). Invalid input still raises its error."""
        return said_once(self._posts.preview(lambda: self.create_series(fields, repeat), patience)) or Verdict()

    def members(self, post: Post, scope: Scope) -> list[Post]:
        """The posts ``scope`` names from ``post``: itself, itself and those after it, or the
        whole series, in time order. A post of no series is its own only member."""
        if post.series_uid is None or scope is Scope.THIS:
            return [post]
        found = self._posts.in_series(post.series_uid)
        if scope is Scope.ALL:
            return found
        return [p for p in found if p.id == post.id or _after(p, post)]

    def edit_series(
        self,
        post_id: int,
        patch: PostPatch,
        scope: Scope,
        *,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> Change:
        """Edit post ``post_id`` and, by ``scope``, those after it or the whole series: one write,
        one verdict. A new start moves each by the same wall-clock difference (a day later at
        10:00 instead of 09:00 is a day later at 10:00 for each); a new zone is taken by each."""
        post = self._posts.get_post(post_id, expect_version=expect_version)
        targets = self.members(post, scope)
        patches = {target.id: _patch_for(target, post, patch) for target in targets}
        versions = {target.id: target.version for target in targets}
        versions[post.id] = expect_version if expect_version is not None else post.version
        return self._posts.edit_posts(patches, versions, reason=reason)

    def move_series(
        self,
        post_id: int,
        start: datetime,
        scope: Scope,
        *,
        timezone: str | None = None,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> Change:
        """Move post ``post_id`` to ``start`` (aware) and, by ``scope``, those after it or the whole
        series by the same wall-clock difference: one write, one verdict, a move in each history.
        A post of no series, or :attr:`Scope.THIS`, is a move of that post alone."""
        patch = PostPatch(start=start) if timezone is None else PostPatch(start=start, timezone=timezone)
        post = self._posts.get_post(post_id, expect_version=expect_version)
        targets = self.members(post, scope)
        if len(targets) == 1:
            return self._posts.move_post(
                post_id, start, timezone=timezone, expect_version=expect_version, reason=reason
            )
        patches = {target.id: _patch_for(target, post, patch) for target in targets}
        if all(moves_nowhere(target, patches[target.id]) for target in targets):
            return self._posts.unchanged(ChangeKind.MOVE, targets)
        versions = {target.id: target.version for target in targets}
        versions[post.id] = expect_version if expect_version is not None else post.version
        return self._posts.edit_posts(patches, versions, reason=reason, kind=ChangeKind.MOVE)

    def delete_series(self, post_id: int, scope: Scope, *, expect_version: int | None = None) -> Change:
        """Delete post ``post_id`` and, by ``scope``, those after it or the whole series, in one write."""
        post = self._posts.get_post(post_id, expect_version=expect_version)
        targets = self.members(post, scope)
        versions = {target.id: target.version for target in targets}
        return self._posts.delete_posts(versions)

    def series_of(self, post: Post) -> list[Post]:
        """Every post of ``post``'s series, in time order (only ``post`` when it has none)."""
        return self.members(post, Scope.ALL)


def said_once(verdict: Verdict | None) -> Verdict | None:
    """``verdict`` with each sentence once: the occurrences of a series that breach a rule the
    same way (each waiting behind the same late follow-up) make one line, not one per occurrence."""
    if verdict is None:
        return None
    breaches: dict[str, Breach] = {}
    for breach in verdict.breaches:
        breaches.setdefault(breach.message, breach)
    suggestions: dict[str, Suggestion] = {}
    for suggestion in verdict.suggestions:
        suggestions.setdefault(suggestion.message, suggestion)
    return replace(verdict, breaches=tuple(breaches.values()), suggestions=tuple(suggestions.values()))


def _added_first(platform: str, moments: Sequence[datetime]) -> Suggestion:
    """ "Add 5 conversation posts on Instagram, for example …: with them, the whole series passes"."""
    texts = [moment_text(moment) for moment in moments]
    listed = texts[0]
    if len(texts) > 1:
        listed = tr("suggest.list_separator").join(texts[:-1]) + tr("suggest.list_last") + texts[-1]
    key = "suggest.series_add_conversation_one" if len(texts) == 1 else "suggest.series_add_conversation"
    message = tr(key, count=len(texts), platform=platform, moments=listed)
    return Suggestion(
        platform, moments[0], "add_conversation_around", message, moments=tuple(moments), side="conversation"
    )


def _start(fields: PostFields) -> datetime:
    assert fields.start is not None  # a series' occurrences all have one
    return fields.start


def _apart(added: Sequence[datetime], many: Sequence[PostFields]) -> bool:
    """Whether every added post stands apart from every occurrence by the post's duration, as a
    suggested slot does from the plan's posts (the occurrences after the one a fix was for were
    not in the plan then)."""
    minutes = many[0].duration_minutes
    apart = timedelta(minutes=DEFAULT_DURATION_MINUTES if minutes is None else max(minutes, 1))
    return all(abs(moment - _start(fields)) >= apart for moment in added for fields in many)


def _after(candidate: Post, post: Post) -> bool:
    if candidate.start is None or post.start is None:
        return candidate.id > post.id
    return (candidate.start, candidate.id) > (post.start, post.id)


def _patch_for(target: Post, edited: Post, patch: PostPatch) -> PostPatch:
    """``patch`` as it applies to ``target``: the same fields, and a start moved as ``edited``'s is."""
    if target.id == edited.id or patch.start is UNSET:
        return patch
    new_start = patch.start
    if new_start is None or edited.start is None or target.start is None:
        return patch
    assert isinstance(new_start, datetime)
    zone_name = patch.timezone if isinstance(patch.timezone, str) else target.timezone
    shift = _wall(new_start, new_start) - _wall(edited.start, edited.start)
    moved = _placed(_wall(target.start, target.start) + shift, zone_name)
    return replace(patch, start=moved)


def _wall(moment: datetime, like: datetime) -> datetime:
    """``moment``'s wall-clock time in the zone of ``like``, naive."""
    return moment.astimezone(like.tzinfo).replace(tzinfo=None)


def _placed(wall: datetime, zone_name: str) -> datetime:
    tz = zone(zone_name)
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz)

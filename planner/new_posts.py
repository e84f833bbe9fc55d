"""Where a new post goes unless told: the next free hour on its platform, within the posting hours.

A post made with New post used to start at the next full hour whatever stood
there, on the alphabetically first platform: the user moved nearly every new
post by hand. Here the start is the first hour of the posting hours, at or after
now and in the range the user is looking at when it can be, where the platform
has no post yet; and its platform is the one the user looks at or used last,
not the alphabetically first.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Protocol

from planner.defaults import DEFAULT_DURATION_MINUTES
from planner.errors import ValidationError
from planner.model import Post, PostQuery
from planner.posting_hours import PostingHours
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Session
from planner.timezones import localize, zone

HORIZON = timedelta(days=366)
"""How far after now a free hour is looked for before giving up on "free"."""

_CHUNK = timedelta(days=7)
"""The posts are read a week at a time: a free hour is most often found in the first."""

_LONGEST_POST = timedelta(days=7)
"""A post may last up to a week (``MAX_DURATION_MINUTES``): one started that long before a
candidate hour may still cover it."""


class SlotTimes(Protocol):
    """The hook for weekly slots (a later feature): the starts of the slots of ``platform``
    (every platform's when None) in [``start``, ``end``), in time order. A free one is where a
    new post goes first; with no slots, the posting hours decide."""

    def __call__(self, platform: str | None, start: datetime, end: datetime) -> Iterable[datetime]: ...


class _Starts(Protocol):
    def __call__(self, platform: str | None, begin: datetime, end: datetime, tz_name: str) -> Iterator[datetime]: ...


class NewPostPlaces:
    """Where new posts go (``planner.new_posts``).

    :attr:`slot_times` is None until slots exist; set, their free starts come before
    the posting hours' (see :class:`SlotTimes`).
    """

    def __init__(self, session: Session, reference: ReferenceData, posts: Posts, posting_hours: PostingHours) -> None:
        self._session = session
        self._reference = reference
        self._posts = posts
        self._posting_hours = posting_hours
        self.slot_times: SlotTimes | None = None

    def platform_for(self, last_used: str | None = None, shown: Collection[str] | None = None) -> str | None:
        """The platform of a new post: the only one ``shown`` (the filters' choice, None for all),
        else ``last_used`` if it is active and shown, else the first active one shown (then the
        first active one at all). None when the plan has no active platform."""
        active = [p.name for p in self._reference.platforms(active_only=True)]
        if not active:
            return None
        folded = {name.casefold() for name in shown} if shown is not None else None
        candidates = [name for name in active if folded is None or name.casefold() in folded] or active
        if len(candidates) == 1:
            return candidates[0]
        if last_used is not None:
            found = next((name for name in candidates if name.casefold() == last_used.strip().casefold()), None)
            if found is not None:
                return found
        return candidates[0]

    def start_for(
        self,
        platform: str | None = None,
        *,
        shown: tuple[datetime, datetime] | None = None,
        zone_name: str | None = None,
        duration_minutes: int = DEFAULT_DURATION_MINUTES,
    ) -> datetime:
        """The start of a new post on ``platform`` (None: on no platform in particular).

        The first free start after now: in ``shown`` (the range the user looks at, [start,
        end)) if one is free there, else the first after now. A start is free when no
        dated post (ideas and cancelled posts aside) on the platform, or on any platform for
        None, overlaps the hour from it (or the post's duration, if longer). Starts are the
        posting hours' first minute and the full hours after it until their end, in
        ``zone_name`` (the planning zone's by default); a wall time the clocks skip is not
        one. Nothing free within a year: the next posting time, free or not.
        """
        tz_name = zone_name or self._session.planning_zone
        now = self._session.now()
        length = max(timedelta(hours=1), timedelta(minutes=duration_minutes))
        spans = []
        if shown is not None and shown[1] > now:
            spans.append((max(shown[0], now), shown[1]))
        spans.append((now, now + HORIZON))
        # Slots first, in the whole span, then the posting hours: a post goes to a free slot
        # later in the week rather than to a free hour sooner.
        for begin, end in spans:
            for starts in (self._slot_starts, self._posting_starts):
                found = self._first_free(platform, begin, end, now, length, starts, tz_name)
                if found is not None:
                    return found
        return self._posting_hours.next_time(tz_name)

    # -- looking -----------------------------------------------------------------

    def _first_free(
        self,
        platform: str | None,
        begin: datetime,
        end: datetime,
        now: datetime,
        length: timedelta,
        starts: _Starts,
        tz_name: str,
    ) -> datetime | None:
        chunk_start = begin
        while chunk_start < end:
            chunk_end = min(chunk_start + _CHUNK, end)
            candidates = [s for s in starts(platform, chunk_start, chunk_end, tz_name) if s > now]
            if candidates:
                taken = self._taken(platform, chunk_start - _LONGEST_POST, chunk_end + length)
                found = next((s for s in candidates if not _overlaps(taken, s, s + length)), None)
                if found is not None:
                    return found
            chunk_start = chunk_end
        return None

    def _slot_starts(self, platform: str | None, begin: datetime, end: datetime, tz_name: str) -> Iterator[datetime]:
        if self.slot_times is not None:
            yield from sorted(s for s in self.slot_times(platform, begin, end) if begin <= s < end)

    def _posting_starts(self, platform: str | None, begin: datetime, end: datetime, tz_name: str) -> Iterator[datetime]:
        first, last = self._posting_hours.get()
        tz = zone(tz_name)
        day: date = begin.astimezone(tz).date()
        while True:
            for minute in _day_minutes(first, last):
                try:
                    start = localize(datetime.combine(day, time(minute // 60, minute % 60)), tz_name)
                except ValidationError:
                    continue  # skipped by the clocks that day
                if start >= end:
                    return
                if start >= begin:
                    yield start
            day += timedelta(days=1)

    def _taken(self, platform: str | None, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """The spans of the posts that hold their time on ``platform`` in [start, end)."""
        query = PostQuery(start, end, (platform,) if platform is not None else ())
        return [_span(post) for post in self._posts.list_posts(query) if _holds_time(post)]


def _day_minutes(first: int, last: int) -> list[int]:
    """A day's candidate starts in minutes after midnight: the posting hours' start, then each full hour."""
    return [first, *range((first // 60 + 1) * 60, last, 60)]


def _holds_time(post: Post) -> bool:
    return post.start is not None and post.status.counts_in_balance


def _span(post: Post) -> tuple[datetime, datetime]:
    assert post.start is not None and post.end is not None  # _holds_time said so
    return post.start, post.end


def _overlaps(taken: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> bool:
    return any(s < end and start < e for s, e in taken)

"""Where a post would pass the balance rules: pure functions over a sequence."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from planner.balance.engine import Baseline, Columns, Entry, RawBreach, breaches_near, raw_breaches
from planner.balance.rules import BalanceRule
from planner.errors import ValidationError
from planner.model import Side
from planner.timezones import from_timestamp, localize, weekly_instant, zone

SLOT_MINUTES = 30
MAX_SLOTS = 3
HORIZON_DAYS = 14
FIX_MOVES = 6
"""How many other places a fix tries for a post that no conversation lets pass where it is."""


def candidate_times(around: int, hours: tuple[int, int], zone_name: str, not_before: int | None = None) -> list[int]:
    """Slots every half hour within posting hours, nearest to ``around`` first,
    never in the past (before ``not_before``)."""
    centre = from_timestamp(around, zone_name)
    first_day = centre.date() - timedelta(days=HORIZON_DAYS)
    found: list[int] = []
    for offset in range(2 * HORIZON_DAYS + 1):
        day = first_day + timedelta(days=offset)
        for minute in range(hours[0], hours[1], SLOT_MINUTES):
            wall = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
            try:
                moment = localize(wall, zone_name)
            except ValidationError:
                continue  # inside a spring-forward gap
            seconds = int(moment.timestamp())
            if seconds != around and (not_before is None or seconds >= not_before):
                found.append(seconds)
    return sorted(found, key=lambda s: (abs(s - around), s))


def nearest_slots(
    region: Sequence[Entry],
    old: Sequence[Entry],
    mover: Entry,
    rule: BalanceRule,
    hours: tuple[int, int],
    zone_name: str,
    not_before: int | None = None,
    fits: Callable[[int], bool] | None = None,
    taken: Taken | None = None,
) -> list[datetime]:
    """Up to three slots, nearest first, where ``mover`` would break nothing new.

    ``region`` holds the other posts around; ``old`` is the changed posts as
    they were before the change, the state the slots are judged against.
    ``fits``, when given, must accept a slot's instant too (another limit, such as offers').
    ``taken``, when given, must hold the slot free: a time another post already has is no choice.
    """
    before = sorted([*region, *old], key=lambda e: e.key)
    baseline = Baseline(rule, [before])
    # The sides after the move: the others' and the moved post's, whatever slot it takes.
    sides = {e.id: e.side for e in region} | {mover.id: mover.side}
    others = sorted(region, key=lambda e: e.key)
    keys = [e.key for e in others]
    # The others with the moved post put in: one set of lists, the post put
    # in and taken out again for each slot tried.
    ids, starts = [e.id for e in others], [e.start_ts for e in others]
    promo = [e.side is Side.PROMOTION for e in others]
    talk = [e.side is Side.CONVERSATION for e in others]
    columns = Columns(ids, starts, promo, talk)
    moved_promo, moved_talk = mover.side is Side.PROMOTION, mover.side is Side.CONVERSATION
    # Where the old posts were, as positions among the others: with the moved
    # post put in, the breaches away from these spots and from it are the
    # baseline's own, so only the windows, runs and gaps near them are read.
    gaps = [bisect.bisect_left(keys, e.key) for e in old]
    local = min(len(others) + 1, len(before)) >= rule.window
    found: list[datetime] = []
    days: set[date] = set()
    for seconds in candidate_times(mover.start_ts, hours, zone_name, not_before):
        moment = from_timestamp(seconds, zone_name)
        if moment.date() in days or (fits is not None and not fits(seconds)):
            continue  # one slot a day: three choices, not three half hours
        if taken is not None and not taken.free(seconds):
            continue
        if local:
            at = bisect.bisect_left(keys, (seconds, mover.id))
            ids.insert(at, mover.id)
            starts.insert(at, seconds)
            promo.insert(at, moved_promo)
            talk.insert(at, moved_talk)
            spots = [at, *(gap + shift for gap in gaps for shift in (0, 1))]
            breaks = any(_breaks(b, mover.id, baseline, sides) for b in breaches_near(columns, rule, spots))
            del ids[at], starts[at], promo[at], talk[at]
        else:
            moved = Entry(mover.id, seconds, mover.side)
            after = raw_breaches(sorted([*others, moved], key=lambda e: e.key), rule)
            breaks = any(_breaks(b, mover.id, baseline, sides) for b in after)
        if not breaks:
            found.append(moment)
            days.add(moment.date())
            if len(found) == MAX_SLOTS:
                break
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Taken:
    """The instants other posts hold on a platform, and how far apart a new one must be:
    a slot is free when no other post starts less than ``apart`` seconds before or after it."""

    starts: Sequence[int]  # in order
    apart: int

    @classmethod
    def of(cls, starts: Iterable[int], apart: int) -> Taken:
        return cls(sorted(starts), max(apart, 1))

    def free(self, seconds: int) -> bool:
        at = bisect.bisect_right(self.starts, seconds - self.apart)
        return at == len(self.starts) or self.starts[at] >= seconds + self.apart

    def plus(self, seconds: int) -> Taken:
        """With one more post at ``seconds``."""
        return Taken(sorted([*self.starts, seconds]), self.apart)


def free_near(
    seconds: int, taken: Taken, hours: tuple[int, int], zone_name: str, not_before: int | None = None
) -> datetime | None:
    """``seconds`` if it is free, else the free slot in posting hours nearest to it (None if none is)."""
    if taken.free(seconds) and (not_before is None or seconds >= not_before):
        return from_timestamp(seconds, zone_name)
    for candidate in candidate_times(seconds, hours, zone_name, not_before):
        if taken.free(candidate):
            return from_timestamp(candidate, zone_name)
    return None


@dataclass(frozen=True, slots=True)
class Fix:
    """Conversation posts that would let a refused post pass: at ``moments`` (free slots, in
    order), ``where`` the post is: "before", "after" or "around" it, the post where it is or
    moved to ``move_to``."""

    moments: list[datetime]
    where: str
    move_to: datetime | None = None


def weekly_times(weekly: Iterable[tuple[int, int]], around: int, zone_name: str) -> list[int]:
    """The instants of weekly slots (weekday 0 Monday … 6, minutes after midnight in ``zone_name``)
    within the horizon around ``around``, in time order, read as :mod:`planner.slots` reads them."""
    tz = zone(zone_name)
    centre = from_timestamp(around, zone_name).date()
    found: set[int] = set()
    for offset in range(-HORIZON_DAYS, HORIZON_DAYS + 1):
        day = centre + timedelta(days=offset)
        for weekday, minute in weekly:
            if weekday == day.weekday():
                found.add(int(weekly_instant(day, time(minute // 60, minute % 60), tz).timestamp()))
    return sorted(found)


def conversation_fix(
    region: Sequence[Entry],
    old: Sequence[Entry],
    mover: Entry,
    rule: BalanceRule,
    hours: tuple[int, int],
    zone_name: str,
    taken: Taken,
    not_before: int | None = None,
    fits: Callable[[int], bool] | None = None,
    slots: Collection[int] = (),
) -> Fix | None:
    """The fewest conversation posts, at free slots next to ``mover`` (in posting hours, not in the
    past, within the horizon), after which ``mover`` breaks nothing: where it is, else moved to
    one of the :data:`FIX_MOVES` nearest free slots (one a day, each passing ``fits`` when given,
    another limit such as offers') with them; None when nothing does
    (a rule adding posts cannot mend, such as the gap between two promotions).

    ``slots``: the instants of the platform's weekly slots a conversation post may take (of that
    side or of any), taken first when they are free and let the post pass (see :func:`_fix_at`).

    Each place costs at most ten windows' worth of judgements of the region, and a dozen more to
    spread the posts it found: the search stays bounded, whatever the size of the plan."""
    own = taken.free(mover.start_ts) and (not_before is None or mover.start_ts >= not_before)
    own = own and (fits is None or fits(mover.start_ts))
    places: list[int | None] = [None] if own else []
    days: set[date] = set()
    for seconds in candidate_times(mover.start_ts, hours, zone_name, not_before):
        day = from_timestamp(seconds, zone_name).date()
        if len(places) >= FIX_MOVES + 1:
            break
        if day not in days and taken.free(seconds) and (fits is None or fits(seconds)):
            places.append(seconds)
            days.add(day)
    for place in places:
        placed = mover if place is None else Entry(mover.id, place, mover.side)
        found = _fix_at(region, old, placed, rule, hours, zone_name, taken.plus(placed.start_ts), not_before, slots)
        if found is not None:
            moments, where = found
            return Fix(moments, where, None if place is None else from_timestamp(place, zone_name))
    return None


def _fix_at(
    region: Sequence[Entry],
    old: Sequence[Entry],
    mover: Entry,
    rule: BalanceRule,
    hours: tuple[int, int],
    zone_name: str,
    taken: Taken,
    not_before: int | None,
    slots: Collection[int] = (),
) -> tuple[list[datetime], str] | None:
    """The fewest conversation posts beside ``mover`` where it stands that let it pass, and
    where they are: "before" it, "after" it or "around" it.

    Slots before the post come first (it is the post people want; what comes before it is what
    they plan next), then after it, for a promotion before another one, then on both sides, for
    a post between two others that would break the rule with it. For each, the posts go where
    people can keep them (:func:`_spread`): the platform's free weekly ``slots`` first, then one
    a day, and only when the days between the post and what hems it in are too few, spread
    evenly over them within posting hours, never four in a morning."""
    candidates = [
        (seconds, from_timestamp(seconds, zone_name).date())
        for seconds in _candidates(mover.start_ts, hours, zone_name, not_before, slots)
        if seconds != mover.start_ts and taken.free(seconds)
    ]
    preferred = frozenset(slots)
    earlier = sorted((c for c in candidates if c[0] < mover.start_ts), reverse=True)
    later = sorted(c for c in candidates if c[0] > mover.start_ts)
    # Around it: the nearest before and after in turn, for windows the post sits in the middle of.
    around = [c for pair in itertools.zip_longest(earlier, later) for c in pair if c is not None]
    sides = (("before", earlier), ("after", later))

    def passes(added: Sequence[int]) -> bool:
        return _passes_with(region, old, mover, rule, added)

    for count in range(1, 2 * rule.window + 1):
        for where, near in (*sides, ("around", around)):
            if count > rule.window and where != "around":
                continue  # one side alone never needs more than a window's worth
            chosen = _spread(near, count, taken, preferred, passes)
            if chosen is not None:
                return [from_timestamp(seconds, zone_name) for seconds in sorted(chosen)], where
    return None


def _candidates(
    around: int, hours: tuple[int, int], zone_name: str, not_before: int | None, slots: Collection[int]
) -> list[int]:
    """The half hours of :func:`candidate_times` and the weekly ``slots`` among them: those in
    posting hours, not in the past and within the horizon (a slot at 12:15 is a time too)."""
    found = candidate_times(around, hours, zone_name, not_before)
    if not slots:
        return found
    first, last = min(found, default=around), max(found, default=around)
    grid = set(found)
    for seconds in slots:
        moment = from_timestamp(seconds, zone_name)
        minute = moment.hour * 60 + moment.minute
        inside = hours[0] <= minute < hours[1] and (not_before is None or seconds >= not_before)
        if inside and first <= seconds <= last and seconds not in grid and seconds != around:
            found.append(seconds)
    return found


def _spread(
    near: Sequence[tuple[int, date]],
    count: int,
    taken: Taken,
    preferred: frozenset[int],
    passes: Callable[[Sequence[int]], bool],
) -> list[int] | None:
    """``count`` free slots from ``near`` (instant and day, the nearest to the post first) with
    which the post passes, laid out as people post; None when even the nearest ones do not let it.

    In turn: the weekly slots in ``preferred`` first, then the nearest days, one post a day; then,
    when the post needs more posts than the days that let it pass (a promotion close after
    another), the widest stretch of ``near`` whose even layout (:func:`_layout`) still lets it
    pass, found by halves: about ten judgements, once a count and a side are known to work."""
    tried: list[list[int]] = []
    for first in (preferred, frozenset()):
        chosen = _pick(near, count, taken, spread=True, first=first)
        if chosen is not None and chosen not in tried:
            tried.append(chosen)
            if passes(chosen):
                return chosen
    nearest = _pick(near, count, taken, spread=False)
    if nearest is None or not passes(nearest):
        return None
    best, low, high = nearest, count, len(near)
    while low <= high:
        middle = (low + high) // 2
        chosen = _layout(near[:middle], count, taken, preferred)
        if chosen is not None and passes(chosen):
            best, low = chosen, middle + 1
        else:
            high = middle - 1
    return best


def _pick(
    near: Sequence[tuple[int, date]], count: int, taken: Taken, *, spread: bool, first: frozenset[int] = frozenset()
) -> list[int] | None:
    """``count`` slots from ``near`` (instant and day, the nearest to the post first), each free
    of the others too; on distinct days when ``spread``; those in ``first`` before the others.
    None when there are not so many."""
    ordered = [c for c in near if c[0] in first] + [c for c in near if c[0] not in first] if first else near
    chosen: list[int] = []
    days: set[date] = set()
    for seconds, day in ordered:
        if (spread and day in days) or not _apart(seconds, chosen, taken):
            continue
        chosen.append(seconds)
        days.add(day)
        if len(chosen) == count:
            return chosen
    return None


def _layout(pool: Sequence[tuple[int, date]], count: int, taken: Taken, preferred: frozenset[int]) -> list[int] | None:
    """``count`` slots spread over ``pool`` (free slots, the nearest to the post first): the weekly
    slots in it first (one a day), then a post on each other day, the days taken evenly when there
    are more than posts; the posts left over go to the days with the most room (a day with a
    weekly slot too), each day's evenly spaced within its free half hours. None when they cannot
    stand apart."""
    chosen: list[int] = []
    used: set[date] = set()
    for seconds, day in pool:
        if len(chosen) < count and seconds in preferred and day not in used and _apart(seconds, chosen, taken):
            chosen.append(seconds)
            used.add(day)
    left = count - len(chosen)
    by_day: dict[date, list[int]] = {}
    for seconds, day in sorted(pool):
        if _apart(seconds, chosen, taken):
            by_day.setdefault(day, []).append(seconds)
    others = sorted(day for day in by_day if day not in used)
    if left <= len(others):
        evenly = {others[(2 * index + 1) * len(others) // (2 * left)] for index in range(left)}
        shares: dict[date, int] | None = {day: int(day in evenly) for day in others}
    else:
        shares = _shares(left, {day: len(times) for day, times in by_day.items()}, set(others))
    if shares is None:
        return None
    for day, share in sorted(shares.items()):
        times = by_day[day]
        for index in range(share):
            seconds = times[(2 * index + 1) * len(times) // (2 * share)]
            if not _apart(seconds, chosen, taken):
                return None
            chosen.append(seconds)
    return chosen


def _shares(count: int, room: Mapping[date, int], each: Collection[date]) -> dict[date, int] | None:
    """How many of ``count`` posts go on each day of ``room`` (its free half hours): one on each
    day of ``each``, the rest in proportion to the room left (largest remainders first, the
    earlier day of two alike). None when the days hold fewer."""
    least = {day: int(day in each) for day in room}
    extra = count - sum(least.values())
    spare = {day: slots - least[day] for day, slots in room.items()}
    total = sum(spare.values())
    if extra < 0 or total < extra:
        return None
    if not total:
        return least
    shares = {day: least[day] + extra * spare[day] // total for day in room}
    left = count - sum(shares.values())
    order = sorted(room, key=lambda day: (-(extra * spare[day] % total), day))
    for day in order[:left]:
        shares[day] += 1
    return shares


def _apart(seconds: int, chosen: Sequence[int], taken: Taken) -> bool:
    return all(abs(seconds - other) >= taken.apart for other in chosen)


def _passes_with(
    region: Sequence[Entry], old: Sequence[Entry], mover: Entry, rule: BalanceRule, added: Sequence[int]
) -> bool:
    """Whether ``mover`` breaks nothing once conversation posts stand at ``added``: judged against
    the plan with them and the changed posts as they were, as adding it then would be."""
    talk = [Entry(-1 - index, seconds, Side.CONVERSATION) for index, seconds in enumerate(added)]
    before = sorted([*region, *old, *talk], key=lambda e: e.key)
    after = sorted([*region, *talk, mover], key=lambda e: e.key)
    baseline = Baseline(rule, [before])
    sides = {e.id: e.side for e in after}
    return not any(_breaks(b, mover.id, baseline, sides) for b in raw_breaches(after, rule))


def _breaks(breach: RawBreach, mover: int, baseline: Baseline, sides: Mapping[int, Side | None]) -> bool:
    """Whether a slot is spoilt by ``breach``: a new one, or any the moved post would sit in.
    A slot is offered only where the post breaks nothing, not merely where it would be let through."""
    return mover in breach.post_ids or not baseline.covers(breach, sides)


def conversation_slot(
    starts: Sequence[int], hours: tuple[int, int], zone_name: str, not_before: int | None = None
) -> datetime | None:
    """A time inside a window short of conversation: the middle of its widest
    gap still ahead (after ``not_before``), moved into posting hours."""
    ordered = sorted(starts)
    floor = ordered[0] if not_before is None else not_before
    # Gaps that end in the future, cut at "now": nobody can post in the past.
    gaps = [(max(a, floor), b) for a, b in itertools.pairwise(ordered) if b > floor]
    if not gaps:
        return None
    low, high = max(gaps, key=lambda gap: gap[1] - gap[0])
    middle = from_timestamp((low + high) // 2, zone_name)
    minute = middle.hour * 60 + middle.minute
    if hours[0] <= minute < hours[1]:
        wall = middle.replace(tzinfo=None, minute=middle.minute - middle.minute % SLOT_MINUTES, second=0)
    elif minute < hours[0]:
        wall = middle.replace(tzinfo=None, hour=hours[0] // 60, minute=hours[0] % 60, second=0)
    else:
        next_day = middle.replace(tzinfo=None) + timedelta(days=1)
        wall = next_day.replace(hour=hours[0] // 60, minute=hours[0] % 60, second=0)
    try:
        slot = localize(wall, zone_name)
    except ValidationError:
        return None
    # A window in the past is reported, but nobody can post there any more.
    return None if not_before is not None and slot.timestamp() < not_before else slot

"""Where a post would pass the balance rules: pure functions over a sequence."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.balance.engine import Baseline, Columns, Entry, RawBreach, breaches_near, raw_breaches
from planner.balance.rules import BalanceRule
from planner.errors import ValidationError
from planner.model import Side
from planner.timezones import from_timestamp, localize

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
) -> Fix | None:
    """The fewest conversation posts, at free slots next to ``mover`` (in posting hours, not in the
    past, within the horizon), after which ``mover`` breaks nothing: where it is, else moved to
    one of the :data:`FIX_MOVES` nearest free slots (one a day, each passing ``fits`` when given,
    another limit such as offers') with them; None when nothing does
    (a rule adding posts cannot mend, such as the gap between two promotions).

    Each place costs at most ten windows' worth of judgements of the region: the search stays
    bounded, whatever the size of the plan."""
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
        found = _fix_at(region, old, placed, rule, hours, zone_name, taken.plus(placed.start_ts), not_before)
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
) -> tuple[list[datetime], str] | None:
    """The fewest conversation posts beside ``mover`` where it stands that let it pass, and
    where they are: "before" it, "after" it or "around" it.

    Slots before the post come first (it is the post people want; what comes before it is what
    they plan next), then after it, for a promotion before another one, then on both sides, for
    a post between two others that would break the rule with it. Slots on different days
    are tried first (a plan people can keep), then the nearest ones, which fit between the post
    and a promotion close to it."""
    candidates = [
        (seconds, from_timestamp(seconds, zone_name).date())
        for seconds in candidate_times(mover.start_ts, hours, zone_name, not_before)
        if seconds != mover.start_ts and taken.free(seconds)
    ]
    earlier = sorted((c for c in candidates if c[0] < mover.start_ts), reverse=True)
    later = sorted(c for c in candidates if c[0] > mover.start_ts)
    # Around it: the nearest before and after in turn, for windows the post sits in the middle of.
    around = [c for pair in itertools.zip_longest(earlier, later) for c in pair if c is not None]
    sides = (("before", earlier), ("after", later))
    for count in range(1, 2 * rule.window + 1):
        for where, near in (*sides, ("around", around)):
            if count > rule.window and where != "around":
                continue  # one side alone never needs more than a window's worth
            for spread in (True, False):
                chosen = _pick(near, count, taken, spread=spread)
                if chosen is not None and _passes_with(region, old, mover, rule, chosen):
                    return [from_timestamp(seconds, zone_name) for seconds in sorted(chosen)], where
    return None


def _pick(near: Sequence[tuple[int, date]], count: int, taken: Taken, *, spread: bool) -> list[int] | None:
    """``count`` slots from ``near`` (instant and day, the nearest to the post first), each free
    of the others too; on distinct days when ``spread``. None when there are not so many."""
    chosen: list[int] = []
    days: set[date] = set()
    for seconds, day in near:
        if (spread and day in days) or not all(abs(seconds - other) >= taken.apart for other in chosen):
            continue
        chosen.append(seconds)
        days.add(day)
        if len(chosen) == count:
            return chosen
    return None


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

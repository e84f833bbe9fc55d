"""Where a post would pass the balance rules: pure functions over a sequence."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta

from planner.balance.engine import Baseline, Columns, Entry, RawBreach, breaches_near, raw_breaches
from planner.balance.rules import BalanceRule
from planner.errors import ValidationError
from planner.model import Side
from planner.timezones import from_timestamp, localize

SLOT_MINUTES = 30
MAX_SLOTS = 3
HORIZON_DAYS = 14


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
) -> list[datetime]:
    """Up to three slots, nearest first, where ``mover`` would break nothing new.

    ``region`` holds the other posts around; ``old`` is the changed posts as
    they were before the change, the state the slots are judged against.
    ``fits``, when given, must accept a slot's instant too (another limit, such as offers').
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

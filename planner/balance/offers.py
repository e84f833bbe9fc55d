"""The offer habit: too many offers on a platform, or offers on a fixed rhythm.

A community that gets a coupon every Friday at 10:00 learns to wait for Friday. A rule that
limits offers (``max_offers`` in ``offer_days`` days) watches two things on its platform, among
the counted posts of categories marked offer:

- more than ``max_offers`` offers in a span of ``offer_days`` days from one offer on;
- three consecutive offers on a fixed rhythm: the same weekday and local time (in the planning
  zone, so Friday 10:00 stays Friday 10:00 across a change of clocks), or equal intervals as the
  clock on the wall reads them. Only a warning, even under a blocking rule (see
  :attr:`~planner.balance.values.Breach.mode`).

A breach is new when no breach of the same kind before the change held all its offers, as for
the other limits. Judging a change reads only the offers around it: those within ``offer_days``
days of each changed offer and the two nearest on either side, one index read per offer
category each, so the cost does not grow with the plan.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

import peewee as pw

from planner.balance.values import BalanceRule, Breach, BreachKind, RawBreach
from planner.balance.verdicts import span
from planner.i18n import Term, tr
from planner.storage import sequence
from planner.timezones import zone

DAY = 86400
NEIGHBOURS = 2
"""How many offers on either side of a changed one the rhythm reads: three consecutive ones
holding it, or closing over the place it left, lie within them."""
RHYTHM_LIMIT = 2
"""Two offers make no rhythm yet; the third does."""
RUN_CAP = 104
"""How far a report follows a run of offers on one rhythm beyond its range (two years of weekly coupons)."""
RUN_READ = 8
LONG_RUN = 52
"""Past this many offers, a report tells a run on one rhythm by the week (:func:`explain`): a run
longer than :data:`RUN_CAP` is read in part, differently for each range, and its dates would name
months far from an offer. Below the cap, so that a run read in part is always long."""

Key = tuple[int, int]  # (start, id): offers are in time order, the id breaks ties
Pattern = tuple[str, int, str]  # ("slot", weekday, "HH:MM") or ("every", minutes, "")


def watched(rule: BalanceRule) -> bool:
    """Whether ``rule`` watches the offer habit: it limits offers."""
    return rule.max_offers is not None and rule.offer_days is not None


# -- pure functions over a platform's offers in time order ----------------------------------


def too_many(
    offers: Sequence[Key], rule: BalanceRule, anchors: Sequence[tuple[int, int]] | None = None
) -> set[RawBreach]:
    """Every span of ``offer_days`` days from an offer on that holds more than ``max_offers``
    offers; with ``anchors``, only the spans from an offer within one of these (low, high) instants."""
    assert rule.max_offers is not None and rule.offer_days is not None
    length = rule.offer_days * DAY
    starts = [start for start, _id in offers]
    found: set[RawBreach] = set()
    for index, (start, _id) in enumerate(offers):
        if anchors is not None and not any(low <= start <= high for low, high in anchors):
            continue
        end = bisect.bisect_left(starts, start + length, lo=index)
        if end - index > rule.max_offers:
            ids = tuple(pid for _start, pid in offers[index:end])
            found.add(RawBreach(BreachKind.MAX_OFFERS, ids, end - index, rule.max_offers))
    return found


def pattern(first: int, second: int, third: int, tz: tzinfo) -> Pattern | None:
    """The rhythm of three consecutive offers' instants, or None: the same weekday and local time,
    else equal intervals on the wall clock. Offers at one instant keep no rhythm."""
    if not first < second < third:
        return None
    a, b, c = (datetime.fromtimestamp(t, tz).replace(tzinfo=None) for t in (first, second, third))
    if a.weekday() == b.weekday() == c.weekday() and a.time() == b.time() == c.time():
        return ("slot", a.weekday(), f"{a:%H:%M}")
    if b - a == c - b:
        return ("every", int((b - a).total_seconds()) // 60, "")
    return None


def rhythm(offers: Sequence[Key], zone_name: str) -> set[RawBreach]:
    """Every three consecutive offers on a fixed rhythm (see :func:`pattern`)."""
    tz = zone(zone_name)
    found: set[RawBreach] = set()
    for index in range(len(offers) - 2):
        trio = offers[index : index + 3]
        if pattern(trio[0][0], trio[1][0], trio[2][0], tz) is not None:
            found.add(RawBreach(BreachKind.OFFER_RHYTHM, tuple(pid for _s, pid in trio), 3, RHYTHM_LIMIT))
    return found


def new_of(after: Iterable[RawBreach], before: Iterable[RawBreach]) -> set[RawBreach]:
    """The breaches ``after`` a change that no breach of the same kind ``before`` it held whole."""
    held = [(b.kind, frozenset(b.post_ids)) for b in before]
    return {b for b in after if not any(kind is b.kind and set(b.post_ids) <= ids for kind, ids in held)}


# -- reading the offers around a change or a range -------------------------------------------


@dataclass(frozen=True, slots=True)
class Judged:
    """The new breaches of a change, with the instants of the offers they name; ``shown`` adds
    the rest of a rhythm's run, to name it whole (None: the fresh ones)."""

    fresh: set[RawBreach]
    starts: dict[int, int]
    shown: set[RawBreach] | None = None
    inside: frozenset[int] | None = None  # a report's: the offers in its range

    @property
    def explained(self) -> set[RawBreach]:
        return self.fresh if self.shown is None else self.shown


def judge(
    database: pw.Database,
    platform_id: int,
    rule: BalanceRule,
    zone_name: str,
    before: Sequence[Key],
    after: Sequence[Key],
    changed: Sequence[int],
) -> Judged:
    """The new offer breaches on a platform when its changed offers go from ``before`` to
    ``after`` (their keys; the change is written): the difference of the breaches around them."""
    if not watched(rule) or not (before or after):
        return Judged(set(), {})
    categories = sequence.offer_categories(database)
    assert rule.offer_days is not None
    length = rule.offer_days * DAY
    instants = sorted({start for start, _id in (*before, *after)})
    reach = _merged([(t - length, t + length) for t in instants])
    unchanged: list[Key] = []
    for low, high in reach:
        unchanged += sequence.offers(
            database, platform_id, categories, above=(low, -1), below=(high + 1, -1), exclude=changed
        )
    anchors = _merged([(t - length, t) for t in instants])
    old, new = sorted({*unchanged, *before}), sorted({*unchanged, *after})
    fresh = new_of(too_many(new, rule, anchors), too_many(old, rule, anchors))
    starts = {pid: start for start, pid in new}
    trios_before: set[RawBreach] = set()
    trios_after: set[RawBreach] = set()
    stretches: dict[Key, list[Key]] = {}
    for key in sorted({*before, *after}):
        lower = sequence.offers(
            database, platform_id, categories, below=key, limit=NEIGHBOURS, exclude=changed, descending=True
        )
        upper = sequence.offers(database, platform_id, categories, above=key, limit=NEIGHBOURS, exclude=changed)
        floor = lower[-1] if len(lower) == NEIGHBOURS else None
        ceiling = upper[-1] if len(upper) == NEIGHBOURS else None

        def inside(k: Key, floor: Key | None = floor, ceiling: Key | None = ceiling) -> bool:
            return (floor is None or k > floor) and (ceiling is None or k < ceiling)

        trios_before |= rhythm(sorted({*lower, *upper, *filter(inside, before)}), zone_name)
        stretch = sorted({*lower, *upper, *filter(inside, after)})
        stretches[key] = stretch
        trios_after |= rhythm(stretch, zone_name)
        starts.update({pid: start for start, pid in stretch})
    new_trios = new_of(trios_after, trios_before)
    fresh |= new_trios
    if not new_trios or len(after) != 1:
        return Judged(fresh, starts)
    # One offer put on a rhythm: the run it joins, named whole (its stretch is consecutive offers).
    run = _run_on(database, platform_id, categories, stretches[after[0]], zone_name, up=False)
    run = _run_on(database, platform_id, categories, run, zone_name, up=True)
    starts.update({pid: start for start, pid in run})
    tz = zone(zone_name)
    trios = sorted(rhythm(run, zone_name), key=lambda b: starts[b.post_ids[0]])
    shown = {b for b in fresh if b.kind is BreachKind.MAX_OFFERS}
    for episode in _episodes(trios, lambda b: _pattern_of(b, starts, tz)):
        if new_trios.intersection(episode):
            shown.update(episode)
    return Judged(fresh, starts, shown)


@dataclass(frozen=True, slots=True)
class Room:
    """Where one offer may go without too many offers around it: :meth:`fits` an instant."""

    offer: int
    starts: list[int]  # the other offers' instants near, in order
    most: int
    length: int

    def fits(self, at: int) -> bool:
        """Whether the offer at ``at`` leaves every span of the rule's days that holds it within the limit."""
        low = bisect.bisect_left(self.starts, at - self.length + 1)
        for anchor in [*self.starts[low : bisect.bisect_right(self.starts, at)], at]:
            held = bisect.bisect_left(self.starts, anchor + self.length) - bisect.bisect_left(self.starts, anchor)
            if held + 1 > self.most:
                return False
        return True


def room(
    database: pw.Database, platform_id: int, rule: BalanceRule, offer: Key, changed: Sequence[int], horizon: int
) -> Room:
    """The other offers within ``horizon`` seconds (and the rule's days) of ``offer``: one read,
    for the slots suggested in place of a refused offer."""
    assert rule.max_offers is not None and rule.offer_days is not None
    length = rule.offer_days * DAY
    start = offer[0]
    categories = sequence.offer_categories(database)
    near = sequence.offers(
        database,
        platform_id,
        categories,
        above=(start - horizon - length, -1),
        below=(start + horizon + length + 1, -1),
        exclude=changed,
    )
    return Room(offer[1], [at for at, _id in near], rule.max_offers, length)


def in_range(
    database: pw.Database, platform_id: int, rule: BalanceRule, zone_name: str, start: int | None, end: int | None
) -> Judged:
    """The offer breaches of the episodes touching the offers in [start, end) (None: open), for a
    report: each episode whole, every span of too many offers in it and the whole run of a
    rhythm, so that which offers it names does not depend on the range (:func:`explain` with
    ``whole``)."""
    if not watched(rule):
        return Judged(set(), {})
    assert rule.offer_days is not None
    categories = sequence.offer_categories(database)
    if not categories:
        return Judged(set(), {})
    length = rule.offer_days * DAY
    low = None if start is None else start - length
    high = None if end is None else end + length
    around = sequence.offers(database, platform_id, categories, above=_key(low), below=_key(high))
    inside = {pid for at, pid in around if (start is None or at >= start) and (end is None or at < end)}
    while True:
        spans_found = _complete_spans(around, rule, high)
        groups = [g for g in _episodes(spans_found, lambda b: None) if any(inside.intersection(b.post_ids) for b in g)]
        first = min((_first_instant(g, around) for g in groups), default=None)
        last = max((_last_instant(g, around) for g in groups), default=None)
        wider_low = low is not None and first is not None and first - length < low
        wider_high = high is not None and last is not None and last > high - length
        if not (wider_low or wider_high):
            break
        # An offer not read could start a span holding one of the episode's: read a span further.
        if wider_low and low is not None:
            low -= length
        if wider_high and high is not None:
            high += length
        around = sequence.offers(database, platform_id, categories, above=_key(low), below=_key(high))
    touching = {b for g in groups for b in g}
    edges: list[Key] = []
    if low is not None:
        edges += sequence.offers(database, platform_id, categories, below=(low, -1), limit=NEIGHBOURS, descending=True)
    if high is not None:
        edges += sequence.offers(database, platform_id, categories, above=(high, -1), limit=NEIGHBOURS)
    offers = sorted({*around, *edges})
    if start is not None:
        offers = _run_on(database, platform_id, categories, offers, zone_name, up=False)
    if end is not None:
        offers = _run_on(database, platform_id, categories, offers, zone_name, up=True)
    starts = {pid: at for at, pid in offers}
    tz = zone(zone_name)
    trios = sorted(rhythm(offers, zone_name), key=lambda b: starts[b.post_ids[0]])
    for run in _episodes(trios, lambda b: _pattern_of(b, starts, tz)):
        if any(inside.intersection(b.post_ids) for b in run):
            touching.update(run)  # the whole run, however far it goes out of the range
    return Judged(touching, starts, inside=frozenset(inside))


def _key(instant: int | None) -> Key | None:
    return None if instant is None else (instant, -1)


def _complete_spans(offers: Sequence[Key], rule: BalanceRule, high: int | None) -> list[RawBreach]:
    """The spans of too many offers from each offer whose span of days was read whole (before
    ``high``; None: every one), in order of their first offer."""
    assert rule.offer_days is not None
    length = rule.offer_days * DAY
    anchors = None if high is None else [(offers[0][0], high - length)] if offers else []
    starts = {pid: at for at, pid in offers}
    return sorted(too_many(offers, rule, anchors), key=lambda b: (starts[b.post_ids[0]], b.post_ids[0]))


def _first_instant(group: Sequence[RawBreach], offers: Sequence[Key]) -> int:
    """The instant of the first offer of a group of spans."""
    ids = {i for b in group for i in b.post_ids}
    return min(at for at, pid in offers if pid in ids)


def _last_instant(group: Sequence[RawBreach], offers: Sequence[Key]) -> int:
    """The instant of the last offer of a group of spans."""
    ids = {i for b in group for i in b.post_ids}
    return max(at for at, pid in offers if pid in ids)


def _run_on(
    database: pw.Database, platform_id: int, categories: Sequence[int], offers: list[Key], zone_name: str, *, up: bool
) -> list[Key]:
    """``offers`` (in order) with the offers beyond their last (``up``) or first one added while the
    rhythm at that end goes on, at most :data:`RUN_CAP` of them: a report names a whole run."""
    tz = zone(zone_name)
    found = offers[::-1] if up else list(offers)  # the end to extend first
    added = 0
    while added < RUN_CAP and len(found) >= 3:
        first, second, third = sorted(at for at, _id in found[:3])
        rhythm_now = pattern(first, second, third, tz)
        if rhythm_now is None:
            break
        key = found[0]
        more = (
            sequence.offers(database, platform_id, categories, above=key, limit=RUN_READ)
            if up
            else sequence.offers(database, platform_id, categories, below=key, limit=RUN_READ, descending=True)
        )
        going = True
        for nearer in more:
            trio = sorted(at for at, _id in (nearer, found[0], found[1]))
            if pattern(trio[0], trio[1], trio[2], tz) != rhythm_now:
                going = False
                break
            found.insert(0, nearer)
            added += 1
        if not going or len(more) < RUN_READ:
            break
    return sorted(found)


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


# -- explaining them -------------------------------------------------------------------------


def explain(
    platform: str,
    rule: BalanceRule,
    found: Iterable[RawBreach],
    starts: Mapping[int, int],
    zone_name: str,
    *,
    whole: bool = False,
    inside: frozenset[int] | None = None,
) -> list[Breach]:
    """One breach per episode, in time order: overlapping spans of too many offers (the fullest
    shown; with ``whole``, a report's, naming every offer of the episode), and runs of
    consecutive offers on one rhythm (all of the run's offers named).

    For a report over the offers ``inside``, a run longer than :data:`LONG_RUN` is told by the
    ISO week (Monday to Sunday, in the planning zone): one breach for each week holding an offer
    of the run in the range, naming the run's offers of that week, the same whatever the range
    (a week's offers of one run are read whole, unless it holds more than :data:`RUN_CAP`)."""
    tz = zone(zone_name)
    shown: list[Breach] = []
    spans_found = sorted((b for b in found if b.kind is BreachKind.MAX_OFFERS), key=lambda b: starts[b.post_ids[0]])
    for group in _episodes(spans_found, lambda b: None):
        worst = max(group, key=lambda b: (b.figure, [-starts[i] for i in b.post_ids]))
        named = sorted({i for b in group for i in b.post_ids}, key=lambda i: (starts[i], i)) if whole else ()
        shown.append(_too_many(platform, rule, worst, starts, tz, tuple(named)))
    trios = sorted((b for b in found if b.kind is BreachKind.OFFER_RHYTHM), key=lambda b: starts[b.post_ids[0]])
    for group in _episodes(trios, lambda b: _pattern_of(b, starts, tz)):
        ids = sorted({i for b in group for i in b.post_ids}, key=lambda i: (starts[i], i))
        if inside is None or len(ids) <= LONG_RUN:
            shown.append(_rhythm(platform, rule, group, tuple(ids), starts, tz))
            continue
        weeks: dict[int, list[int]] = {}
        for offer in ids:
            day = datetime.fromtimestamp(starts[offer], tz).date()
            weeks.setdefault(day.toordinal() - day.weekday(), []).append(offer)
        pieces = (week for week in weeks.values() if inside.intersection(week))
        shown.extend(_rhythm(platform, rule, group, tuple(week), starts, tz) for week in pieces)
    return sorted(shown, key=lambda b: (b.first, b.kind.value))


def _pattern_of(trio: RawBreach, starts: Mapping[int, int], tz: tzinfo) -> Pattern | None:
    first, second, third = (starts[i] for i in trio.post_ids)
    return pattern(first, second, third, tz)


def _episodes(ordered: Sequence[RawBreach], kind_of: Callable[[RawBreach], object]) -> list[list[RawBreach]]:
    """Breaches in order of their first offer, grouped while they share an offer (and a rhythm)."""
    groups: list[list[RawBreach]] = []
    held: set[int] = set()
    for breach in ordered:
        if groups and held.intersection(breach.post_ids) and kind_of(groups[-1][-1]) == kind_of(breach):
            groups[-1].append(breach)
            held |= set(breach.post_ids)
        else:
            groups.append([breach])
            held = set(breach.post_ids)
    return groups


def _too_many(
    platform: str, rule: BalanceRule, raw: RawBreach, starts: Mapping[int, int], tz: tzinfo, named: tuple[int, ...]
) -> Breach:
    first, last = (datetime.fromtimestamp(starts[i], tz) for i in (raw.post_ids[0], raw.post_ids[-1]))
    days = rule.offer_days
    within = tr("offers.within_day") if days == 1 else tr("offers.within_days", days=days)
    figure, limit = int(raw.figure), int(raw.limit)
    key = "balance.max_offers_none" if limit == 0 and figure == 1 else "balance.max_offers"
    message = tr(
        key, figure=figure, platform=platform, within=within, span=span(first, last), limit=limit, rule=rule.label
    )
    posts = named or raw.post_ids
    return Breach(platform, rule, BreachKind.MAX_OFFERS, posts, first, last, figure, limit, message)


def _rhythm(
    platform: str,
    rule: BalanceRule,
    group: Sequence[RawBreach],
    ids: tuple[int, ...],
    starts: Mapping[int, int],
    tz: tzinfo,
) -> Breach:
    """The run of ``group``, told by its offers ``ids`` (all of them, or a week's)."""
    first, last = (datetime.fromtimestamp(starts[i], tz) for i in (ids[0], ids[-1]))
    found = _pattern_of(group[0], starts, tz)
    assert found is not None
    message = tr(
        "balance.offer_rhythm",
        every=_every(found),
        figure=len(ids),
        platform=platform,
        span=span(first, last),
    )
    return Breach(platform, rule, BreachKind.OFFER_RHYTHM, ids, first, last, len(ids), RHYTHM_LIMIT, message)


def _every(found: Pattern) -> str:
    """ "every Friday at 10:00", "every 3 days", "every 36 hours"."""
    what, number, time = found
    if what == "slot":
        return tr("offers.every_slot", weekday=Term(f"offers.weekday.{number}"), time=time)
    if number % (24 * 60) == 0:
        days = number // (24 * 60)
        return tr("offers.every_day") if days == 1 else tr("offers.every_days", count=days)
    if number % 60 == 0:
        hours = number // 60
        return tr("offers.every_hour") if hours == 1 else tr("offers.every_hours", count=hours)
    return tr("offers.every_minutes", count=number)

"""The balance engine: pure functions over a platform's sequence of posts.

Nothing here reads the database. The service hands in the counted posts of a
platform (dated, neither idea nor cancelled) in time order, and gets back the
breaches of a rule. A breach is identified by its kind and the posts it is
made of; "what does this change break" is the breaches after it that were
not there before (:class:`Baseline`), told apart by the posts that offend:
putting a post in shifts every window after it, which is not a new breach
unless it brings offending posts together that were not together before.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from planner.balance.values import BalanceRule, BreachKind, RawBreach
from planner.model import Side

# The kinds whose worst breach has the smallest figure (the others: the largest).
_LOWER_IS_WORSE = (BreachKind.MIN_CONVERSATION, BreachKind.MIN_PROMO_GAP)


@dataclass(frozen=True, slots=True)
class Entry:
    """One counted post, as the engine sees it."""

    id: int
    start_ts: int
    side: Side | None

    @property
    def key(self) -> tuple[int, int]:
        """Posts are in time order; the id breaks ties."""
        return (self.start_ts, self.id)


# A breach found by position in a sequence: (first, last, figure). A window or a
# run is the posts from first to last; a gap is the pair of its two ends.
Span = tuple[int, int, float]


@dataclass(frozen=True, slots=True)
class Columns:
    """A platform's counted posts in time order, column by column: what the
    engine scans, without an object per post."""

    ids: Sequence[int]
    starts: Sequence[int]
    promo: Sequence[bool]
    talk: Sequence[bool]

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> Columns:
        return cls(
            [e.id for e in entries],
            [e.start_ts for e in entries],
            [e.side is Side.PROMOTION for e in entries],
            [e.side is Side.CONVERSATION for e in entries],
        )

    @classmethod
    def of_sides(cls, ids: Sequence[int], starts: Sequence[int], sides: Sequence[str | None]) -> Columns:
        """From the side of each post's category, as stored (None when it has none)."""
        return cls(
            ids,
            starts,
            list(map(operator.eq, sides, itertools.repeat(Side.PROMOTION.value))),
            list(map(operator.eq, sides, itertools.repeat(Side.CONVERSATION.value))),
        )

    def __add__(self, other: Columns) -> Columns:
        return Columns(
            [*self.ids, *other.ids],
            [*self.starts, *other.starts],
            [*self.promo, *other.promo],
            [*self.talk, *other.talk],
        )

    def post_ids(self, kind: BreachKind, span: Span) -> tuple[int, ...]:
        first, last, _figure = span
        if kind is BreachKind.MIN_PROMO_GAP:
            return (self.ids[first], self.ids[last])
        return tuple(self.ids[first : last + 1])


def raw_breaches(entries: Sequence[Entry], rule: BalanceRule) -> set[RawBreach]:
    """Every breach of ``rule`` in ``entries`` (one platform, in time order)."""
    columns = Columns.of(entries)
    breaches: set[RawBreach] = set()
    for kind, found in spans(columns, rule).items():
        limit = limit_of(rule, kind)
        breaches.update(RawBreach(kind, columns.post_ids(kind, span), span[2], limit) for span in found)
    return breaches


def culprits(breach: RawBreach, sides: Mapping[int, Side | None]) -> frozenset[int]:
    """The posts that make ``breach`` one, by their ``sides``: the promotions of a
    window, run or gap; for a window short of conversation, its other posts."""
    if breach.kind is BreachKind.MIN_CONVERSATION:
        return frozenset(i for i in breach.post_ids if sides[i] is not Side.CONVERSATION)
    return frozenset(i for i in breach.post_ids if sides[i] is Side.PROMOTION)


class Baseline:
    """The breaches of a plan before a change, to tell which ones after it are new.

    A breach after the change is not new when a breach of the same kind
    before it already held all its offending posts (:func:`culprits`), and,
    for two promotions too close, they were not further apart. So a
    conversation post put into a window already in breach, or a post moved
    within one, is no new breach, though every window after it shifts; a
    promotion added to one, or a conversation post taken out, is.

    A plan shorter than a window has no complete window to fall short of
    conversation, but it may already be unable to have one that does not
    (:func:`latent_shortfall`): the post that completes the window, if it is
    a conversation post, brings no new breach either.
    """

    def __init__(self, rule: BalanceRule, stretches: Iterable[Sequence[Entry]]) -> None:
        """The baseline under ``rule`` of one platform's ``stretches`` (each in time order): the
        whole platform, or the stretches around a change. Where a breach was does not matter: a
        post moved away with what makes it one was no better before."""
        self._held: defaultdict[tuple[BreachKind, int], list[tuple[frozenset[int], float]]] = defaultdict(list)
        for entries in stretches:
            sides = {e.id: e.side for e in entries}
            breaches = raw_breaches(entries, rule)
            if (latent := latent_shortfall(entries, rule)) is not None:
                breaches.add(latent)
            for breach in breaches:
                offending = culprits(breach, sides)
                for post_id in offending:
                    self._held[(breach.kind, post_id)].append((offending, breach.figure))

    def covers(self, breach: RawBreach, sides: Mapping[int, Side | None]) -> bool:
        """Whether ``breach`` (with the posts' ``sides`` after the change) was there before."""
        offending = culprits(breach, sides)
        if not offending:
            return False
        closer_is_worse = breach.kind is BreachKind.MIN_PROMO_GAP
        return any(
            offending <= held and not (closer_is_worse and breach.figure < figure)
            for held, figure in self._held.get((breach.kind, min(offending)), ())
        )

    def new(self, breaches: Iterable[RawBreach], sides: Mapping[int, Side | None]) -> set[RawBreach]:
        """The ``breaches`` after the change that were not there before."""
        return {breach for breach in breaches if not self.covers(breach, sides)}


def latent_shortfall(entries: Sequence[Entry], rule: BalanceRule) -> RawBreach | None:
    """For a plan shorter than ``rule``'s window, the window it would fall short of conversation in
    even if every post still to come were a conversation post; None otherwise. Not a breach (only
    complete windows count), but what any complete window made by adding posts would be."""
    count, least = len(entries), rule.min_conversation
    if least is None or not count or count >= rule.window:
        return None
    talk = sum(e.side is Side.CONVERSATION for e in entries)
    if talk + rule.window - count >= least:
        return None
    return RawBreach(BreachKind.MIN_CONVERSATION, tuple(e.id for e in entries), talk, least)


def limit_of(rule: BalanceRule, kind: BreachKind) -> float:
    limits = {
        BreachKind.MAX_PROMOTION: rule.max_promotion,
        BreachKind.MIN_CONVERSATION: rule.min_conversation,
        BreachKind.MAX_PROMO_STREAK: rule.max_promo_streak,
        BreachKind.MIN_PROMO_GAP: rule.min_promo_gap_hours,
    }
    limit = limits[kind]
    assert limit is not None, kind
    return limit


def spans(columns: Columns, rule: BalanceRule) -> dict[BreachKind, list[Span]]:
    """Every breach of ``rule`` in ``columns``, by kind, in order of position.

    Only the breaching windows become tuples: the others are counts in a list.
    """
    found: dict[BreachKind, list[Span]] = {}
    promo = columns.promo
    count = len(promo)
    window = rule.window
    if rule.max_promotion is not None and count:
        # A plan shorter than the window is judged as one partial window: two
        # promotions in three posts already break "one in any five".
        size = min(window, count)
        most = rule.max_promotion
        counts = window_counts(promo, size)
        breaking = itertools.compress(range(len(counts)), map(operator.gt, counts, itertools.repeat(most)))
        found[BreachKind.MAX_PROMOTION] = [(start, start + size - 1, counts[start]) for start in breaking]
    if rule.min_conversation is not None and count >= window:
        least = rule.min_conversation
        counts = window_counts(columns.talk, window)
        breaking = itertools.compress(range(len(counts)), map(operator.lt, counts, itertools.repeat(least)))
        found[BreachKind.MIN_CONVERSATION] = [(start, start + window - 1, counts[start]) for start in breaking]
    if rule.max_promo_streak is not None:
        longest = rule.max_promo_streak
        found[BreachKind.MAX_PROMO_STREAK] = [
            (run.start, run.stop - 1, len(run)) for run in promotion_runs(promo) if len(run) > longest
        ]
    if rule.min_promo_gap_hours:
        limit_seconds = rule.min_promo_gap_hours * 3600
        starts = columns.starts
        pairs: list[Span] = []
        for before, after in itertools.pairwise(itertools.compress(range(count), promo)):
            gap = starts[after] - starts[before]
            if gap < limit_seconds:
                pairs.append((before, after, round(gap / 3600, 1)))
        found[BreachKind.MIN_PROMO_GAP] = pairs
    return found


def breaches_near(columns: Columns, rule: BalanceRule, spots: Iterable[int]) -> Iterator[RawBreach]:
    """The breaches of ``rule`` in ``columns`` that come near the positions
    ``spots``: the windows starting up to a window before a spot and up to
    it, the runs of promotions reaching within one position of a spot, and
    the gaps between the promotions on either side of one. A breach may come
    more than once.

    Part of :func:`raw_breaches`, read locally and lazily: when posts are put
    in or taken out at the spots of a sequence at least a window long both
    before and after, every other breach was there before too, and "does
    this break anything new" stops at the first new breach.
    """
    ids, promo = columns.ids, columns.promo
    count = len(ids)
    window = rule.window
    places = sorted({spot for spot in spots if 0 <= spot <= count})
    if not count or not places:
        return
    if rule.max_promotion is not None:
        size = min(window, count)
        yield from _windows_near(columns, promo, size, places, BreachKind.MAX_PROMOTION, rule.max_promotion)
    if rule.min_conversation is not None and count >= window:
        yield from _windows_near(
            columns, columns.talk, window, places, BreachKind.MIN_CONVERSATION, rule.min_conversation
        )
    if rule.max_promo_streak is not None:
        runs: set[tuple[int, int]] = set()
        for spot in places:
            for index in range(max(spot - 1, 0), min(spot + 2, count)):
                if promo[index] and not any(first <= index <= last for first, last in runs):
                    first = last = index
                    while first and promo[first - 1]:
                        first -= 1
                    while last + 1 < count and promo[last + 1]:
                        last += 1
                    runs.add((first, last))
        for first, last in runs:
            length = last - first + 1
            if length > rule.max_promo_streak:
                yield RawBreach(
                    BreachKind.MAX_PROMO_STREAK, tuple(ids[first : last + 1]), length, rule.max_promo_streak
                )
    if rule.min_promo_gap_hours:
        limit_seconds = rule.min_promo_gap_hours * 3600
        positions = list(itertools.compress(range(count), promo))
        for spot in places:
            at = bisect.bisect_left(positions, spot)
            for before, after in ((at - 1, at), (at, at + 1)):
                if before < 0 or after >= len(positions):
                    continue
                gap = columns.starts[positions[after]] - columns.starts[positions[before]]
                if gap < limit_seconds:
                    post_ids = (ids[positions[before]], ids[positions[after]])
                    yield RawBreach(BreachKind.MIN_PROMO_GAP, post_ids, round(gap / 3600, 1), rule.min_promo_gap_hours)


def _windows_near(
    columns: Columns, flags: Sequence[bool], size: int, places: list[int], kind: BreachKind, limit: int
) -> Iterator[RawBreach]:
    """The breaching windows of ``size`` that start up to ``size`` before a place, up to it."""
    last_start = len(flags) - size
    for place in places:
        low, high = max(place - size, 0), min(place, last_start)
        if low > high:
            continue
        for start, figure in enumerate(window_counts(flags[low : high + size], size), start=low):
            if figure > limit if kind is BreachKind.MAX_PROMOTION else figure < limit:
                yield RawBreach(kind, tuple(columns.ids[start : start + size]), figure, limit)


def window_counts(flags: Sequence[bool], size: int) -> list[int]:
    """How many flags are set in each run of ``size`` consecutive ones (``size`` >= 1)."""
    prefix = [0, *itertools.accumulate(flags)]
    return list(map(operator.sub, prefix[size:], prefix[:-size]))


def promotion_runs(promo: Sequence[bool]) -> list[range]:
    """The index ranges of consecutive promotions."""
    runs: list[range] = []
    start = None
    for index, is_promo in enumerate(promo):
        if is_promo:
            if start is None:
                start = index
        elif start is not None:
            runs.append(range(start, index))
            start = None
    if start is not None:
        runs.append(range(start, len(promo)))
    return runs


def longest_streak(entries: Sequence[Entry]) -> int:
    return longest_run([e.side is Side.PROMOTION for e in entries])


def longest_run(promo: Sequence[bool]) -> int:
    """The length of the longest run of promotions."""
    return max((len(run) for run in promotion_runs(promo)), default=0)


LONG_EPISODE = 100
"""Past this many posts (from an episode's first to its last), an episode is told week by week.

A rule broken by nearly every window of a plan makes one episode of months: its worst window,
told to every post of it, names a week months away, and a report cannot afford to read it whole
for each week it shows (``planner.balance.reports.EPISODE_REACH``). So a long episode is told in
pieces, one per ISO week (Monday to Sunday, in the planning zone: boundaries fixed by the calendar,
not by the range asked) holding some of its posts: a piece names the episode's posts of its week
and shows the worst breach holding one of them (the earliest of those tied starting in the week,
if any does, else the earliest). Each post of the
episode is in exactly one piece, and a piece depends only on the posts of its week and the breaches
reaching into it, so it is the same for every range that touches it, and its window holds the post
or lies across the edge of its week. Must stay below the reach, so that a report that reads an
episode in part (cut after that many posts beyond the range's weeks) sees it long too."""


@dataclass(frozen=True, slots=True)
class Episode:
    """Overlapping breaches of one kind, whole: one problem to a person (or one week of it, for a
    long one: :data:`LONG_EPISODE`).

    ``shown`` is its worst breach (what its message says), at positions ``head`` to ``tail``;
    ``posts`` every post of every breached window, run or gap in it, so each post of the
    episode is named by it whatever range it was read for."""

    shown: RawBreach
    head: int
    tail: int
    posts: tuple[int, ...]


def episodes(
    columns: Columns,
    rule: BalanceRule,
    inside: range,
    *,
    tz: tzinfo = UTC,
    cut: tuple[bool, bool] = (False, False),
) -> list[Episode]:
    """The episodes of breaches among ``columns`` that touch the posts at the positions
    ``inside``, each grouped over every breach in ``columns``, not only those touching: which
    window an episode shows, and which posts it names, must not depend on the range asked
    (:func:`open_edges` says when the posts read may not hold one whole).

    An episode longer than :data:`LONG_EPISODE` comes as the pieces of the weeks (in ``tz``)
    holding its posts in ``inside``. ``cut`` says on which side the posts read stop short of
    an episode that goes on: one reaching that edge is long, even if fewer of its posts were read.

    The same grouping as :func:`grouped` and choice as :func:`worst`, but only the breaches
    shown become objects: a year of a busy platform has thousands of breaching windows for a
    few hundred episodes.
    """
    low, high = inside.start, inside.stop
    if low >= high:
        return []
    every = spans(columns, rule)
    shown: list[Episode] = []
    for kind in BreachKind:
        if kind not in every:
            continue
        found = every[kind]
        limit = limit_of(rule, kind)
        # Spans come in order of first position, and their last positions
        # grow with it: a group runs on while the next span starts by the
        # end of the previous one.
        head, count = 0, len(found)
        while head < count:
            tail = head + 1
            while tail < count and found[tail][0] <= found[tail - 1][1]:
                tail += 1
            group = found[head:tail]
            head = tail
            if group[-1][1] < low or group[0][0] >= high:
                continue
            if kind is BreachKind.MIN_PROMO_GAP and not any(_touches(s, low, high) for s in group):
                continue  # a gap holds its two promotions, not the posts between them
            if _long(columns, rule, kind, group, cut):
                shown.extend(_pieces(columns, kind, group, limit, inside, tz))
                continue
            raw, worst_head, worst_tail = _shown(columns, kind, group, limit)
            shown.append(Episode(raw, worst_head, worst_tail, _posts(columns, kind, group, range(len(columns.ids)))))
    return shown


def _posts(columns: Columns, kind: BreachKind, group: Sequence[Span], among: range) -> tuple[int, ...]:
    """The posts of a group of spans at the positions ``among``: for gaps, their promotions."""
    if kind is BreachKind.MIN_PROMO_GAP:
        places = dict.fromkeys(i for span in group for i in span[:2] if i in among)
        return tuple(columns.ids[i] for i in places)
    first, last = max(group[0][0], among.start), min(group[-1][1], among.stop - 1)
    return tuple(columns.ids[first : last + 1])


def _long(columns: Columns, rule: BalanceRule, kind: BreachKind, group: Sequence[Span], cut: tuple[bool, bool]) -> bool:
    """Whether an episode is long (:data:`LONG_EPISODE`): by its posts read, or because it reaches
    an edge where the posts read were cut (the reach read beyond the range is longer than that).

    A chain of gaps is judged by its posts read only: that its first promotion read is the edge's
    says nothing of the one before it, unread. One read in part is seen long unless more than
    :data:`LONG_EPISODE` posts lie within one of its gaps, not a plan a person makes."""
    first, last = group[0][0], group[-1][1]
    if last - first + 1 > LONG_EPISODE:
        return True
    if kind is BreachKind.MIN_PROMO_GAP:
        return False
    return (cut[0] and first < rule.window) or (cut[1] and last >= len(columns.ids) - rule.window)


def _pieces(
    columns: Columns, kind: BreachKind, group: Sequence[Span], limit: float, inside: range, tz: tzinfo
) -> Iterator[Episode]:
    """The pieces of a long episode (:data:`LONG_EPISODE`) in the weeks of its posts at the
    positions ``inside``: each names the episode's posts of its week and shows the worst span
    holding one of them, the earliest of those tied that starts in the week if any does, else the
    earliest. Only the posts of those weeks are looked at."""
    starts = columns.starts
    first, last = group[0][0], group[-1][1]
    ends = [span[1] for span in group]  # they grow with the spans' first positions
    heads = [span[0] for span in group]
    at = max(first, inside.start)
    stop = min(last, inside.stop - 1)
    while at <= stop:
        monday, after = week_bounds(starts[at], tz)
        low = max(first, bisect.bisect_left(starts, monday, first, at))
        high = min(last, bisect.bisect_left(starts, after, at, last + 1) - 1)
        at = high + 1
        # The spans holding a post at positions low..high: ending at or after low, starting by high.
        holding = group[bisect.bisect_left(ends, low) : bisect.bisect_right(heads, high)]
        if kind is BreachKind.MIN_PROMO_GAP and not _posts(
            columns, kind, holding, range(max(low, inside.start), min(high + 1, inside.stop))
        ):
            continue  # a week none of whose promotions in the episode is in the range
        # The worst, the earliest of those tied that starts in the week, so the window shown lies in it
        # when one of the worst does (else the earliest, reaching into the week from the one before).
        figure = (min if kind in _LOWER_IS_WORSE else max)(span[2] for span in holding)
        worst = [span for span in holding if span[2] == figure]
        head, tail, _figure = next((span for span in worst if span[0] >= low), worst[0])
        raw = RawBreach(kind, columns.post_ids(kind, (head, tail, figure)), figure, limit)
        yield Episode(raw, head, tail, _posts(columns, kind, holding, range(low, high + 1)))


def week_bounds(seconds: int, tz: tzinfo) -> tuple[int, int]:
    """The ISO week of an instant in ``tz`` (Monday to Sunday), as the instants it starts and ends
    at: the first of its Monday and of the Monday after (their midnights, or the first instant of
    the day where a change of clocks skips midnight)."""
    day = datetime.fromtimestamp(seconds, tz=UTC).astimezone(tz).date()
    monday = day - timedelta(days=day.weekday())
    begins = datetime.combine(monday, time(), tzinfo=tz).timestamp()
    ends = datetime.combine(monday + timedelta(weeks=1), time(), tzinfo=tz).timestamp()
    return int(begins), int(ends)


def _touches(gap: Span, low: int, high: int) -> bool:
    """Whether a gap between two promotions has one of them at a position in [low, high)."""
    return low <= gap[0] < high or low <= gap[1] < high


def open_edges(columns: Columns, rule: BalanceRule) -> tuple[bool, bool]:
    """Whether a breach at the start of ``columns``, and at its end, may go on beyond the posts
    read: a window, run or gap not read could overlap it, and make its episode longer. Read more
    posts on that side and ask again. Only the posts near each edge are looked at."""
    if len(columns.ids) < rule.window:
        return True, True
    return _open_start(columns, rule, backwards=False), _open_start(columns, rule, backwards=True)


def _open_start(columns: Columns, rule: BalanceRule, *, backwards: bool) -> bool:
    """:func:`open_edges` at the first post (``backwards``: the last one, the columns read from
    the end): whether a breach holds one of the edge's posts that a window, run or gap reaching
    beyond them could overlap."""
    promo, count, size = columns.promo, len(columns.ids), rule.window
    order = range(count - 1, -1, -1) if backwards else range(count)
    leading = next((n for n, i in enumerate(order) if not promo[i]), count)  # the run at the edge
    promotions = (n for n, i in enumerate(order) if promo[i])
    second = next(itertools.islice(promotions, 1, None), count - 1)
    cut = min(count, max(2 * size, leading + 1, second + 1))
    edge = [order[n] for n in range(cut)]
    starts = [-columns.starts[i] if backwards else columns.starts[i] for i in edge]
    piece = Columns(edge, starts, [promo[i] for i in edge], [columns.talk[i] for i in edge])
    for kind, found in spans(piece, rule).items():
        if not found:
            continue
        first = found[0][0]
        if kind is BreachKind.MAX_PROMO_STREAK:
            if first == 0:  # a run from the edge
                return True
        elif kind is BreachKind.MIN_PROMO_GAP:
            if first == piece.promo.index(True):  # the pair from the edge's first promotion was not read
                return True
        elif first < size - 1:  # a window starting beyond the edge would overlap it
            return True
    return False


def _shown(columns: Columns, kind: BreachKind, group: list[Span], limit: float) -> tuple[RawBreach, int, int]:
    """The breach of a group of spans to show, with its first and last position: the furthest
    from its limit, the earliest of those tied. An episode of a report is read whole, so the
    window it shows is the same whatever the range asked."""
    pick = min if kind in _LOWER_IS_WORSE else max
    figure = pick(span[2] for span in group)
    span = next(span for span in group if span[2] == figure)  # spans come in order of position
    return RawBreach(kind, columns.post_ids(kind, span), span[2], limit), span[0], span[1]


def grouped(breaches: Iterable[RawBreach], position: dict[int, int]) -> list[list[RawBreach]]:
    """Overlapping breaches of one kind, together: one episode to explain.

    Five windows sliding over the same two promotions are one problem to a
    person, not five. ``position`` gives each post's index in the sequence.
    """
    by_kind: dict[BreachKind, list[RawBreach]] = {}
    for breach in breaches:
        by_kind.setdefault(breach.kind, []).append(breach)
    groups: list[list[RawBreach]] = []
    for kind in BreachKind:
        ordered = sorted(
            ((position[b.post_ids[0]], position[b.post_ids[-1]], b) for b in by_kind.get(kind, [])),
            key=lambda span: (span[0], span[1]),
        )
        end = -1
        for first, last, breach in ordered:
            if groups and groups[-1][0].kind is kind and first <= end:
                groups[-1].append(breach)
                end = max(end, last)
            else:
                groups.append([breach])
                end = last
    return groups


def worst(group: Sequence[RawBreach]) -> RawBreach:
    """The breach of a group to show: the furthest from its limit."""
    if group[0].kind in _LOWER_IS_WORSE:
        return min(group, key=lambda b: (b.figure, b.post_ids))
    return max(group, key=lambda b: (b.figure, [-i for i in b.post_ids]))

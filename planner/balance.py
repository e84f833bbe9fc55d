"""The balance engine: pure functions over a platform's sequence of posts.

Nothing here reads the database. The service hands in the counted posts of a
platform (dated, neither idea nor cancelled) in time order, and gets back the
breaches of a rule. A breach is identified by its kind and the posts it is
made of, so "what does this change break" is the difference between the
breaches after and before it.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.model import Side
from planner.rules import BalanceRule


class BreachKind(enum.StrEnum):
    MAX_PROMOTION = "max_promotion"
    MIN_CONVERSATION = "min_conversation"
    MAX_PROMO_STREAK = "max_promo_streak"
    MIN_PROMO_GAP = "min_promo_gap"


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


@dataclass(frozen=True, slots=True)
class RawBreach:
    """One offending window, run or pair, with its figure against the limit."""

    kind: BreachKind
    post_ids: tuple[int, ...]
    figure: float
    limit: float


def raw_breaches(entries: Sequence[Entry], rule: BalanceRule) -> set[RawBreach]:
    """Every breach of ``rule`` in ``entries`` (one platform, in time order)."""
    found: set[RawBreach] = set()
    ids = [e.id for e in entries]
    promo = [e.side is Side.PROMOTION for e in entries]
    count = len(entries)
    window = rule.window
    if rule.max_promotion is not None and count:
        # A plan shorter than the window is judged as one partial window: two
        # promotions in three posts already break "one in any five".
        size = min(window, count)
        running = sum(promo[:size])
        for start in range(count - size + 1):
            if start:
                running += promo[start + size - 1] - promo[start - 1]
            if running > rule.max_promotion:
                found.add(
                    RawBreach(BreachKind.MAX_PROMOTION, tuple(ids[start : start + size]), running, rule.max_promotion)
                )
    if rule.min_conversation is not None and count >= window:
        talk = [e.side is Side.CONVERSATION for e in entries]
        running = sum(talk[:window])
        for start in range(count - window + 1):
            if start:
                running += talk[start + window - 1] - talk[start - 1]
            if running < rule.min_conversation:
                found.add(
                    RawBreach(
                        BreachKind.MIN_CONVERSATION, tuple(ids[start : start + window]), running, rule.min_conversation
                    )
                )
    if rule.max_promo_streak is not None:
        for run in promotion_runs(promo):
            if len(run) > rule.max_promo_streak:
                found.add(
                    RawBreach(BreachKind.MAX_PROMO_STREAK, tuple(ids[i] for i in run), len(run), rule.max_promo_streak)
                )
    if rule.min_promo_gap_hours:
        limit_seconds = rule.min_promo_gap_hours * 3600
        promos = [e for e in entries if e.side is Side.PROMOTION]
        for before, after in itertools.pairwise(promos):
            gap = after.start_ts - before.start_ts
            if gap < limit_seconds:
                found.add(
                    RawBreach(
                        BreachKind.MIN_PROMO_GAP, (before.id, after.id), round(gap / 3600, 1), rule.min_promo_gap_hours
                    )
                )
    return found


def promotion_runs(promo: Sequence[bool]) -> list[range]:
    """The index ranges of consecutive promotions."""
    runs: list[range] = []
    start = None
    for index, is_promo in enumerate([*promo, False]):
        if is_promo and start is None:
            start = index
        elif not is_promo and start is not None:
            runs.append(range(start, index))
            start = None
    return runs


def longest_streak(entries: Sequence[Entry]) -> int:
    return max((len(run) for run in promotion_runs([e.side is Side.PROMOTION for e in entries])), default=0)


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
        spans = sorted(
            ((position[b.post_ids[0]], position[b.post_ids[-1]], b) for b in by_kind.get(kind, [])),
            key=lambda span: (span[0], span[1]),
        )
        end = -1
        for first, last, breach in spans:
            if groups and groups[-1][0].kind is kind and first <= end:
                groups[-1].append(breach)
                end = max(end, last)
            else:
                groups.append([breach])
                end = last
    return groups


def worst(group: Sequence[RawBreach]) -> RawBreach:
    """The breach of a group to show: the furthest from its limit."""
    if group[0].kind in (BreachKind.MIN_CONVERSATION, BreachKind.MIN_PROMO_GAP):
        return min(group, key=lambda b: (b.figure, b.post_ids))
    return max(group, key=lambda b: (b.figure, [-i for i in b.post_ids]))

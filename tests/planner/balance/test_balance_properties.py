"""Properties of the balance engine over random schedules, rules and changes.

* The verdict of a change (judged on the posts around it) equals the
  breaches of the full report of the whole file after it that the full
  report before it does not cover (``Baseline``).
* In block mode without overrides, no sequence of creates, edits and moves
  ever leaves a breach, but for too little conversation in a window that a
  conversation post completed: posts put on a platform shorter than a window
  have no complete window to judge yet, and the conversation post that
  completes one is not refused for what the others lack (``Baseline``).
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.engine import Baseline, BreachKind, Entry, RawBreach
from planner.balance.rules import BalanceRule, Mode
from planner.balance.verdicts import BalanceRefused
from planner.model import Side
from planner.timezones import timestamp

START = datetime(2026, 6, 1, tzinfo=UTC)
PLATFORMS = ("LinkedIn", "X")
CATEGORIES = ("Question", "News", "Offer")  # conversation, information, promotion


@st.composite
def rules(draw: st.DrawFn, mode: Mode) -> BalanceRule:
    window = draw(st.integers(1, 6))
    limit = st.none() | st.integers(0, window)
    return BalanceRule(
        platform=None,
        window=window,
        max_promotion=draw(limit),
        min_conversation=draw(limit),
        max_promo_streak=draw(st.none() | st.integers(0, 3)),
        min_promo_gap_hours=draw(st.sampled_from([None, 6.0, 30.0, 100.0])),
        mode=mode,
    )


moments = st.integers(0, 30 * 24 * 4).map(lambda quarter: START + timedelta(minutes=15 * quarter))
posts = st.tuples(st.sampled_from(PLATFORMS), moments, st.sampled_from(CATEGORIES))
edits = st.one_of(
    st.tuples(st.just("create"), posts),
    st.tuples(st.just("move"), st.integers(0, 100), moments),
    st.tuples(st.just("recategorise"), st.integers(0, 100), st.sampled_from(CATEGORIES)),
    st.tuples(st.just("replatform"), st.integers(0, 100), st.sampled_from(PLATFORMS)),
)
changes = edits | st.tuples(st.sampled_from(["delete", "cancel"]), st.integers(0, 100))
# BALANCE_EXAMPLES=2000 for a deeper search than the suite's default.
SETTINGS = settings(
    max_examples=int(os.environ.get("BALANCE_EXAMPLES", "40")), suppress_health_check=[HealthCheck.too_slow]
)


def _open(folder: str, rule: BalanceRule) -> Planner:
    planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", user="camille")
    for name in PLATFORMS:
        planner.add_platform(name, "linkedin")
    planner.set_rule(rule)
    return planner


def _apply(planner: Planner, change: tuple, reason: str | None = None):  # type: ignore[no-untyped-def]
    kind = change[0]
    if kind == "create":
        platform, when, category = change[1]
        fields = PostFields(platform=platform, title="Post", category=category, start=when, status=Status.SCHEDULED)
        return planner.create_post(fields, reason=reason)
    ids = [p.id for p in planner.list_posts() if p.status is not Status.CANCELLED]
    if not ids:
        return None
    post_id = ids[change[1] % len(ids)]
    if kind == "move":
        return planner.move_post(post_id, change[2], reason=reason)
    if kind == "recategorise":
        return planner.edit_post(post_id, PostPatch(category=change[2]), reason=reason)
    if kind == "replatform":
        return planner.edit_post(post_id, PostPatch(platform=change[2]), reason=reason)
    if kind == "delete":
        return planner.delete_post(post_id)
    return planner.edit_post(post_id, PostPatch(status=Status.CANCELLED))


def _entries(planner: Planner) -> dict[int, list[Entry]]:
    """Each platform's counted posts, in time order, by platform id."""
    ids = {platform.name: platform.id for platform in planner.platforms()}
    found: dict[int, list[Entry]] = {platform_id: [] for platform_id in ids.values()}
    for post in planner.list_posts():
        if post.start is not None and post.status.counts_in_balance:
            found[ids[post.platform]].append(Entry(post.id, timestamp(post.start), post.side))
    return {platform_id: sorted(entries, key=lambda e: e.key) for platform_id, entries in found.items()}


def _new(planner: Planner, rule: BalanceRule, before: dict[int, list[Entry]]) -> set[tuple[int, RawBreach]]:
    """The breaches of the whole file now that its state ``before`` does not cover, platform by platform."""
    sides: dict[int, Side | None] = {e.id: e.side for entries in _entries(planner).values() for e in entries}
    baselines = {platform_id: Baseline(rule, [entries]) for platform_id, entries in before.items()}
    return {(p, b) for p, b in planner.reports.full_report_raw() if not baselines[p].covers(b, sides)}


@SETTINGS
@given(rule=rules(Mode.WARN), initial=st.lists(posts, max_size=30), steps=st.lists(changes, min_size=1, max_size=8))
def test_a_verdict_is_the_difference_of_full_reports(rule: BalanceRule, initial: list, steps: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, rule)
        planner.create_posts(
            [PostFields(platform=p, title="Old", category=c, start=w, status=Status.PUBLISHED) for p, w, c in initial],
            judge=False,
        )
        for step in steps:
            before = _entries(planner)
            change = _apply(planner, step)
            if change is None:
                continue
            assert set(change.verdict.raw) == _new(planner, rule, before), step
        planner.close()


@SETTINGS
@given(rule=rules(Mode.BLOCK), steps=st.lists(edits, max_size=25))
def test_block_mode_never_leaves_a_breach(rule: BalanceRule, steps: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, rule)
        for step in steps:
            revision = planner.revision()
            try:
                _apply(planner, step)
            except BalanceRefused:
                assert planner.revision() == revision  # refused: nothing saved
            left = planner.reports.full_report_raw()
            assert all(b.kind is BreachKind.MIN_CONVERSATION for _, b in left), step
        planner.close()

"""Balance reports: per platform over a range, counts by side and every breach."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, tzinfo
from typing import cast

from planner.balance import Columns, RawBreach, episodes, longest_run, raw_breaches
from planner.balance_checks import BalanceChecks, rule_of_row
from planner.model import Side
from planner.rules import BalanceRule, Mode
from planner.storage import models as db
from planner.storage import sequence
from planner.timezones import timestamp, zone
from planner.verdicts import Breach, PlatformBalance, explain


class BalanceReports(BalanceChecks):
    """Reports over a range; :class:`planner.service.Planner` builds on it."""

    def balance_report(
        self, start: datetime | None = None, end: datetime | None = None, platforms: Sequence[str] = ()
    ) -> list[PlatformBalance]:
        """Per platform over [start, end): counts by side, shares, the longest
        run of promotions and every breach (advise mode included)."""
        with self._reading():
            rows = [self._platform_row(name) for name in platforms] if platforms else list(db.Platform.select())
            rules = self._rules_of({row.id: row.name for row in rows})
            zone_name = self.planning_zone
            report = []
            for row in sorted(rows, key=lambda r: r.name.casefold()):
                report.append(self._platform_balance(row.id, row.name, start, end, rules[row.id], zone_name))
            return report

    def _rules_of(self, names: dict[int, str]) -> dict[int, BalanceRule]:
        """:meth:`_rule_of` for several platforms at once."""
        rows = {row.id: row for row in db.BalanceRule.select()}
        query = cast(
            Iterable[tuple[int | None, int]], db.BalanceRule.select(db.BalanceRule.platform, db.BalanceRule.id).tuples()
        )
        owner = dict(query)  # platform id (None: the default) to rule id
        found = {}
        for platform_id, name in names.items():
            own = owner.get(platform_id)
            found[platform_id] = rule_of_row(rows[owner[None]], None) if own is None else rule_of_row(rows[own], name)
        return found

    def _platform_balance(
        self,
        platform_id: int,
        name: str,
        start: datetime | None,
        end: datetime | None,
        rule: BalanceRule,
        zone_name: str,
    ) -> PlatformBalance:
        """The range is read as columns, not one object per post: a year of a
        busy platform is tens of thousands of posts."""
        start_key = None if start is None else (timestamp(start), 0)
        end_key = None if end is None else (timestamp(end), 0)
        rows = sequence.counted(self._db, platform_id, above=_minus_one(start_key), below=end_key)
        ids, starts, sides = zip(*rows, strict=True) if rows else ((), (), ())
        inside = Columns.of_sides(ids, starts, sides)
        tally = Counter(sides)
        counts = {side.value: tally[side.value] for side in Side}
        total = len(rows)
        unclassified = total - sum(counts.values())
        if unclassified:
            counts["unclassified"] = unclassified
        breaches: tuple[Breach, ...] = ()
        if rule.mode is not Mode.OFF and rows:
            first, last = (starts[0], ids[0]), (starts[-1], ids[-1])
            before = self._side_reach(platform_id, rule, first, (), up=False)[0] if start_key else []
            after = self._side_reach(platform_id, rule, last, (), up=True)[0] if end_key else []
            around = Columns.of(before) + inside + Columns.of(after)
            tz = zone(zone_name)
            breaches = tuple(
                explain(name, rule, raw, _local(around.starts[head], tz), _local(around.starts[tail], tz))
                for raw, head, tail in episodes(around, rule, range(len(before), len(before) + total))
            )
        return PlatformBalance(
            platform=name,
            rule=rule,
            counts=counts,
            promotion_share=counts[Side.PROMOTION.value] / total if total else 0.0,
            longest_streak=longest_run(inside.promo),
            breaches=breaches,
        )

    def full_report_raw(self) -> set[tuple[int, RawBreach]]:
        """Every breach of warn and block rules in the whole file (for checks and tests)."""
        with self._reading():
            found: set[tuple[int, RawBreach]] = set()
            for row in db.Platform.select():
                rule = self._rule_of(row.id, row.name)
                if rule.mode in (Mode.WARN, Mode.BLOCK):
                    found.update((row.id, b) for b in raw_breaches(self._entries(row.id), rule))
            return found

    def breached_posts(self, start: datetime, end: datetime) -> set[int]:
        """Posts in [start, end) that sit in a breached window (any mode but off)."""
        marked: set[int] = set()
        for balance in self.balance_report(start, end):
            for breach in balance.breaches:
                marked.update(breach.posts)
        return marked


def _local(seconds: int, tz: tzinfo) -> datetime:
    """:func:`planner.timezones.from_timestamp` with the zone looked up once."""
    return datetime.fromtimestamp(seconds, tz=UTC).astimezone(tz)


def _minus_one(key: tuple[int, int] | None) -> tuple[int, int] | None:
    """A key just below ``key``: "above" is strict, a range start is inclusive."""
    return None if key is None else (key[0], key[1] - 1)

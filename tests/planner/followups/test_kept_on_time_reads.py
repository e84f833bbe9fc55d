"""Kept on time reads the range it is asked for on the due instant's index: a week costs the same
on a plan of a thousand follow-ups as on one of a hundred thousand."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from planner import Planner
from planner.followups.kept import counts_query
from planner.timezones import timestamp

PARIS = ZoneInfo("Europe/Paris")


def test_a_week_is_one_grouped_read_of_the_due_instant_index(planner: Planner) -> None:
    start, end = datetime(2026, 6, 8, tzinfo=PARIS), datetime(2026, 6, 15, tzinfo=PARIS)
    with planner.session.reading():
        sql, params = counts_query(timestamp(start), timestamp(end), timestamp(planner.now())).sql()
        plan = planner.session.database.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    steps = " / ".join(str(row[-1]) for row in plan)
    assert "USING INDEX followup_due_ts (due_ts>? AND due_ts<?)" in steps, steps
    assert "SCAN" not in steps, steps

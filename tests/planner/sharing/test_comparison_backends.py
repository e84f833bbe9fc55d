"""Comparing a plan with a conflicted copy and bringing posts back from it, with the
plan in a file and on a PostgreSQL server (the copy is always a file)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from planner import Planner, PostPatch
from planner.model import PostQuery
from planner.session import Clock
from planner.sharing.comparison import Difference
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures
from tests.helpers.comparison import add, copy_of, edit_copy


def test_on_each_backend_a_copy_s_posts_are_compared_and_brought_back(
    planner: Planner, tmp_path: Path, clock: Clock
) -> None:
    def lea() -> datetime:
        return clock() + timedelta(hours=1)  # Léa saves an hour after camille

    kept = add(planner, "Which roast?", 15)
    gone = add(planner, "Tip of the week", 16)
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, lea) as theirs:
        [there] = [p for p in theirs.list_posts() if p.uid == planner.get_post(kept).uid]
        theirs.edit_post(there.id, PostPatch(title="Which roast do you brew?"))
        [tip] = [p for p in theirs.list_posts() if p.uid == planner.get_post(gone).uid]
    planner.delete_post(gone)

    comparison = planner.compare_with_copy(copy)
    assert [d.difference for d in comparison.differences] == [Difference.CHANGED, Difference.ONLY_IN_OTHER]
    planner.restore_from_copy(copy, there.id, expect_version=1)
    planner.restore_from_copy(copy, tip.id)

    titles = {p.title for p in planner.list_posts(PostQuery())}
    assert titles == {"Which roast do you brew?", "Tip of the week"}
    assert planner.compare_with_copy(copy).differences == ()

"""Adding the category's defaults a post lacks (the editor's button), and removing several at once."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from planner import Planner, PostFields

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 8, 9, 0, tzinfo=PARIS)


def _poll(planner: Planner) -> int:
    return planner.create_post(PostFields(platform="Instagram", title="Your winter book?", start=MONDAY)).ids[0]


def test_the_category_defaults_a_post_lacks_are_added_once_and_removed_together(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:90", "answer:1d"])
    post = _poll(planner)
    planner.followups.add(post, "replies", after="2h")  # by hand already
    added = planner.followups.add_defaults(post, category="Question")
    assert [(f.kind.value, f.offset) for f in added.followups] == [("answer", timedelta(days=1))]
    assert planner.followups.add_defaults(post, category="Question").followups == ()
    planner.followups.remove_all(added.followups)
    assert [f.kind.value for f in planner.followups.list(post_id=post)] == ["replies"]

"""What an import may not do to a reviewed plan (planner.exchange.approval): a file never schedules
a post nobody approved, and never approves one; a post that keeps its status is the core's to judge."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, Status
from planner.exchange.approval import ReviewGate, needs_review
from planner.model import Post
from planner.timezones import localize

DATED = [s for s in Status if s.is_dated]


@pytest.fixture
def post(planner: Planner) -> Post:
    start = localize(datetime(2026, 6, 15, 9, 30), "Europe/Paris")
    return planner.create_post(PostFields(platform="Instagram", title="Which coffee?", start=start)).posts[0]


def _approved(post: Post, status: Status = Status.APPROVED) -> Post:
    return replace(post, status=status, approved_by="Léa", approved_at=datetime(2026, 6, 10, 8, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("status", "gate"),
    [
        (Status.IDEA, None),
        (Status.DRAFT, None),
        (Status.READY, None),
        (Status.IN_REVIEW, None),
        (Status.APPROVED, ReviewGate.CANNOT_APPROVE),
        (Status.SCHEDULED, ReviewGate.NEEDS_APPROVAL),
        (Status.PUBLISHED, ReviewGate.NEEDS_APPROVAL),
        (Status.CANCELLED, None),
    ],
)
def test_a_new_post_may_come_in_anything_but_approved_or_going_out(status: Status, gate: ReviewGate | None) -> None:
    assert needs_review(None, status, text_changed=True) is gate


def test_an_approved_post_may_be_scheduled_or_published_by_a_file(post: Post) -> None:
    approved = _approved(post)

    assert needs_review(approved, Status.SCHEDULED, text_changed=False) is None
    assert needs_review(_approved(post, Status.SCHEDULED), Status.PUBLISHED, text_changed=False) is None


def test_not_when_the_file_also_changes_what_was_approved(post: Post) -> None:
    approved = _approved(post)

    assert needs_review(approved, Status.SCHEDULED, text_changed=True) is ReviewGate.NEEDS_APPROVAL


def test_a_draft_may_not_be_scheduled_nor_approved_by_a_file(post: Post) -> None:
    assert needs_review(post, Status.SCHEDULED, text_changed=False) is ReviewGate.NEEDS_APPROVAL
    assert needs_review(post, Status.APPROVED, text_changed=False) is ReviewGate.CANNOT_APPROVE


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.sampled_from(DATED), approved_by=st.sampled_from([None, "Léa"]), text_changed=st.booleans())
def test_a_post_that_keeps_its_status_is_never_held_back(
    post: Post, status: Status, approved_by: str | None, text_changed: bool
) -> None:
    current = replace(post, status=status, approved_by=approved_by)

    assert needs_review(current, status, text_changed=text_changed) is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=st.sampled_from(DATED), after=st.sampled_from(DATED), text_changed=st.booleans())
def test_nothing_goes_out_by_a_file_without_an_approval(
    post: Post, before: Status, after: Status, text_changed: bool
) -> None:
    """Whatever the file says, a post without an approval never leaves it scheduled, published or approved."""
    current = replace(post, status=before, approved_by=None)

    gate = needs_review(current, after, text_changed=text_changed)

    if after is not before and after in (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED):
        assert gate is not None
    else:
        assert gate is None

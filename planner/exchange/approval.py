"""What an import may not do to a plan whose review is on: schedule or publish a post nobody
approved, or approve one itself.

A file is written outside the plan (a spreadsheet, another calendar), so it cannot carry an
approval: an approval is given in the plan by an approver (``post approve``). Importers
judge each row or event with :func:`needs_review` before anything is written, and say which
ones they leave out and why, where the core would refuse the whole write at the first one.
"""

from __future__ import annotations

import enum

from planner.model import Post, Status

__all__ = ["ReviewGate", "needs_review", "sent_back"]

_GOES_OUT = (Status.SCHEDULED, Status.PUBLISHED)
_HOLDS_APPROVAL = (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED)


class ReviewGate(enum.StrEnum):
    """Why a row or an event is not imported into a reviewed plan."""

    NEEDS_APPROVAL = "needs_approval"  # it would go out (scheduled, published) without an approval
    CANNOT_APPROVE = "cannot_approve"  # it would become approved by the file's say-so


def needs_review(current: Post | None, status: Status, *, text_changed: bool) -> ReviewGate | None:
    """Why the import may not give ``status`` to the post ``current`` (None: a new post), or None.

    Only a new status is judged: a post that keeps its status is the core's to judge (an edit
    of an approved post's text sends it back to review there). A post that holds an approval
    may be scheduled or published while its title, text and link stay as they are
    (``text_changed``: the import changes one of them, which takes the approval away).
    """
    if current is not None and status is current.status:
        return None
    held = (
        current is not None
        and current.approved_by is not None
        and current.status in _HOLDS_APPROVAL
        and not text_changed
    )
    if status in _GOES_OUT and not held:
        return ReviewGate.NEEDS_APPROVAL
    if status is Status.APPROVED:
        return ReviewGate.CANNOT_APPROVE
    return None


def sent_back(before: Post, after: Post) -> bool:
    """Whether an import's edit took ``before``'s approval away and sent it back to review
    (its text changed): the import's summary counts them, the approver has to look again."""
    return before.approved_by is not None and after.approved_by is None and after.status is Status.IN_REVIEW

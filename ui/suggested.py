"""What a refusal suggests that a button can do, shared by the refusal box (:mod:`ui.refusals`)
and the editor's verdict panel (:mod:`ui.editor.fields`): the conversation posts to add."""

from __future__ import annotations

from datetime import datetime

from planner.balance.values import FIX_KINDS, Suggestion

SHOWN_ADDITIONS = 3
"""The most "Add a conversation post on …" buttons shown: a choice, not a wall of buttons."""


def additions(suggestions: tuple[Suggestion, ...]) -> list[tuple[str, datetime]]:
    """The conversation posts the suggestions ask for, as (platform, instant): the fix's first,
    else the slots short of conversation."""
    fixes = [s for s in suggestions if s.kind in FIX_KINDS]
    if fixes:
        return [(fixes[0].platform, moment) for moment in fixes[0].moments]
    return [(s.platform, s.at) for s in suggestions if s.kind == "add_conversation"]

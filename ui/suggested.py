"""What a refusal suggests that a button can do, shared by the refusal box (:mod:`ui.refusals`)
and the editor's verdict panel (:mod:`ui.editor.fields`): the conversation posts to add."""

from __future__ import annotations

from datetime import datetime

from planner.balance.values import FIX_KINDS, Suggestion

SHOWN_ADDITIONS = 3
"""The most "Add a conversation post on …" buttons shown: a choice, not a wall of buttons; the
others the refusal's sentence names are counted beside them ("+1 more")."""


def additions(suggestions: tuple[Suggestion, ...]) -> list[tuple[str, datetime]]:
    """The conversation posts the suggestions ask for, as (platform, instant): the fix's first,
    else the slots short of conversation."""
    fixes = [s for s in suggestions if s.kind in FIX_KINDS]
    if fixes:
        return [(fixes[0].platform, moment) for moment in fixes[0].moments]
    return [(s.platform, s.at) for s in suggestions if s.kind == "add_conversation"]


def shown_additions(suggestions: tuple[Suggestion, ...]) -> tuple[list[tuple[str, datetime]], int]:
    """The conversation posts to show as buttons (at most :data:`SHOWN_ADDITIONS`, the earliest
    first, as the sentence names them), and how many more the suggestions name: the buttons and
    the sentence above them agree ("… and Sat 19 Dec 10:30" is "+1 more", not left out)."""
    wanted = additions(suggestions)
    return wanted[:SHOWN_ADDITIONS], max(len(wanted) - SHOWN_ADDITIONS, 0)

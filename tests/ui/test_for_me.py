"""What waits for me: the For me panel (to review, returned to you, mentions), opening a post from
it, marking a mention seen, the status bar's "3 for you", the "only what waits for me" filter, and
the live refresh when a colleague acts.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.model import Comment, CommentKind, Post, Waiting, WaitingKind
from ui.for_me.panel import ForMePanel

AddPost = Callable[..., Post]

COLOURS = {"Instagram": "#c13584", "LinkedIn": "#0a66c2"}


def said(post: Post, author: str, text: str, kind: CommentKind = CommentKind.COMMENT) -> Comment:
    at = datetime(2026, 6, 9, 8, tzinfo=UTC)
    return Comment(id=post.id * 10, post_id=post.id, author=author, at=at, text=text, kind=kind)


@pytest.fixture
def three_kinds(add_post: AddPost) -> list[Waiting]:
    """One post of each kind, in the core's order (by start)."""
    review = add_post("Summer reading list", 2026, 6, 10, 9, 0)
    returned = add_post("Book club poll", 2026, 6, 11, 18, 30, platform="LinkedIn")
    mentioned = add_post("Author interview", 2026, 6, 12, 12, 0)
    return [
        Waiting(WaitingKind.REVIEW, review),
        Waiting(
            WaitingKind.RETURNED,
            returned,
            said(returned, "Léa", "\nThe poll needs a fourth option.\nAnd a picture.", CommentKind.RETURN),
        ),
        Waiting(WaitingKind.MENTION, mentioned, said(mentioned, "Sam", "@camille can you check the quote?")),
    ]


@pytest.fixture
def panel(qtbot: QtBot) -> ForMePanel:
    shown = ForMePanel(planning_zone="Europe/Paris")
    qtbot.addWidget(shown)
    shown.resize(360, 420)
    shown.show()
    return shown


def click(qtbot: QtBot, panel: ForMePanel, kind: WaitingKind, post: Post, *, double: bool = False) -> None:
    item = panel.item_of(kind, post.id)
    assert item is not None
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_panel_groups_what_waits_by_why(panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting(three_kinds, COLOURS)
    assert panel.sections() == ["To review (1)", "Returned to you (1)", "Mentions (1)"]
    review, returned, mention = panel.rows()
    # Where and when (in the plan's zone, short), what, and for a return or a mention the comment's first line.
    assert review == "Wed 10 Jun 09:00 · Summer reading list"
    assert returned == "Thu 11 Jun 18:30 · Book club poll\nLéa: The poll needs a fourth option."
    assert mention == "Fri 12 Jun 12:00 · Author interview\nSam: @camille can you check the quote?"
    item = panel.item_of(WaitingKind.RETURNED, three_kinds[1].post.id)
    assert item is not None and not item.icon(0).isNull()  # the platform's letter on its colour
    assert "And a picture." in item.toolTip(0)  # the whole comment in the tooltip
    assert panel.pages.currentWidget() is panel.tree


def test_an_empty_panel_says_nothing_waits(panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting([], COLOURS)
    assert panel.pages.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Nothing waits for you"
    panel.set_waiting(three_kinds, COLOURS)
    panel.set_waiting([], COLOURS)  # the last one dealt with
    assert panel.empty_label.isVisible() and not panel.tree.isVisible()


def test_double_click_or_enter_asks_for_the_post(qtbot: QtBot, panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting(three_kinds, COLOURS)
    asked: list[Waiting] = []
    panel.openRequested.connect(asked.append)
    click(qtbot, panel, WaitingKind.REVIEW, three_kinds[0].post, double=True)
    assert [w.post.title for w in asked] == ["Summer reading list"]
    click(qtbot, panel, WaitingKind.MENTION, three_kinds[2].post)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert [w.post.title for w in asked] == ["Summer reading list", "Author interview"]


def test_only_a_mention_is_marked_seen(qtbot: QtBot, panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting(three_kinds, COLOURS)
    seen: list[Waiting] = []
    panel.seenRequested.connect(seen.append)
    click(qtbot, panel, WaitingKind.REVIEW, three_kinds[0].post)
    assert not panel.seen_button.isEnabled()
    click(qtbot, panel, WaitingKind.MENTION, three_kinds[2].post)
    assert panel.seen_button.isEnabled()
    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
    assert [w.comment.id for w in seen if w.comment] == [three_kinds[2].comment.id]  # type: ignore[union-attr]
    panel.set_waiting(three_kinds[:2], COLOURS)  # no mention listed: no button to mark one
    assert not panel.seen_button.isVisible()
    panel.set_read_only(True)
    panel.set_waiting(three_kinds, COLOURS)
    click(qtbot, panel, WaitingKind.MENTION, three_kinds[2].post)
    assert not panel.seen_button.isEnabled()  # a read-only plan: nothing to write


def test_the_selected_row_stays_through_a_refresh(qtbot: QtBot, panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting(three_kinds, COLOURS)
    click(qtbot, panel, WaitingKind.RETURNED, three_kinds[1].post)
    panel.set_waiting([three_kinds[1], three_kinds[2]], COLOURS)  # the review done meanwhile
    selected = panel.selected()
    assert selected is not None and selected.kind is WaitingKind.RETURNED


def test_an_idea_waiting_has_no_date(panel: ForMePanel, plan: Planner) -> None:
    from planner import PostFields

    idea = plan.create_post(PostFields(platform="Instagram", title="Giveaway?", category="Question")).posts[0]
    panel.set_waiting([Waiting(WaitingKind.MENTION, idea, said(idea, "Sam", "@camille yes or no?"))], COLOURS)
    assert panel.rows() == ["Idea · Giveaway?\nSam: @camille yes or no?"]

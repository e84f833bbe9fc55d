"""What waits for me: the For me panel (to review, returned to you, mentions), opening a post from
it, marking a mention seen, the status bar's "3 for you", the "only what waits for me" filter, and
the live refresh when a colleague acts.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QTabBar
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.model import Comment, CommentKind, Post, PostPatch, Role, Status, Waiting, WaitingKind
from tests.helpers.review import as_user
from tests.helpers.ui import PARIS
from ui.for_me.panel import ForMePanel, first_line
from ui.window.actions import View
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]

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
    panel.tree.scrollToItem(item)
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


UNACCENTED_CAPITAL = re.compile(r"\bA\b|\bE(?:tat|tape|quipe|cri|dit|v[eé]nement|l[eé]ment|chec|t[eé]\b)")
"""French words that take an accent on their capital, written without it ("A relire" for "À relire")."""


@pytest.mark.usefixtures("french")
def test_the_panel_in_french_keeps_the_accents_on_capitals(panel: ForMePanel, three_kinds: list[Waiting]) -> None:
    panel.set_waiting([], COLOURS)
    shown = [panel.empty_label.text()]
    panel.set_waiting(three_kinds, COLOURS)
    assert panel.sections() == ["À relire (1)", "Modifications demandées (1)", "Mentions (1)"]
    items = [panel.item_of(waiting.kind, waiting.post.id) for waiting in three_kinds]
    tips = [item.toolTip(0).splitlines()[1] for item in items if item is not None]
    assert tips == [
        "En relecture : à vous de l’approuver ou d’y demander des modifications",
        "Modifications demandées par Léa",
        "Sam vous a mentionné",
    ]
    shown += [*panel.sections(), *panel.rows(), *tips, panel.open_button.text(), panel.seen_button.text()]
    shown += [panel.open_button.toolTip(), panel.seen_button.toolTip(), panel.tree.accessibleName()]
    assert [text for text in shown if UNACCENTED_CAPITAL.search(text)] == []


def test_an_idea_waiting_has_no_date(panel: ForMePanel, plan: Planner) -> None:
    idea = plan.create_post(PostFields(platform="Instagram", title="Giveaway?", category="Question")).posts[0]
    panel.set_waiting([Waiting(WaitingKind.MENTION, idea, said(idea, "Sam", "@camille yes or no?"))], COLOURS)
    assert panel.rows() == ["Idea · Giveaway?\nSam: @camille yes or no?"]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_a_comment_s_first_line_is_its_first_words(text: str) -> None:
    line = first_line(text)
    assert "\n" not in line and "\r" not in line and line == line.strip()
    assert (line == "") == (text.strip() == "" or all(not part.strip() for part in text.splitlines()))
    if line:
        assert line in text


# -- in the window, on the real core ---------------------------------------------------


@dataclass
class Team:
    review: Post  # Léa's, in review: Camille (an approver) may approve it
    returned: Post  # Camille's own, returned by Sam with what to change
    mentioned: Post  # Léa's, a comment names Camille
    other: Post  # Léa's, approved by Sam: waiting for nobody


@pytest.fixture
def team(plan: Planner, add_post: AddPost) -> Team:
    """Review on; Camille (the window's user) and Sam approve, Léa writes; one post waits for each reason."""
    plan.set_member("camille", Role.APPROVER)
    plan.set_member("léa", Role.EDITOR)
    plan.set_member("sam", Role.APPROVER)
    plan.set_review(True)
    with as_user(plan, "léa"):
        review = add_post("Summer reading list", 2026, 6, 10, 9, 0, author="léa")
        plan.submit_post(review.id, comment="Ready for a look")
        mentioned = add_post("Author interview", 2026, 6, 12, 12, 0, author="léa")
        plan.comment_post(mentioned.id, "@camille can you check the quote?")
    returned = add_post("Book club poll", 2026, 6, 11, 18, 30, platform="LinkedIn", author="camille")
    plan.submit_post(returned.id)
    with as_user(plan, "léa"):
        other = add_post("Our new blend", 2026, 6, 9, 12, 0, author="léa")
        plan.submit_post(other.id)
    with as_user(plan, "sam"):
        plan.return_post(returned.id, "The poll needs a fourth option.")
        plan.approve_post(other.id)
    return Team(review, returned, mentioned, other)


def for_me_panel(window: MainWindow) -> ForMePanel:
    panel = window.for_me.panel
    assert panel is not None and window.for_me.dock.widget() is panel
    return panel


def opened_panel(qtbot: QtBot, window: MainWindow) -> ForMePanel:
    """View ▸ For me, from its shortcut."""
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.for_me.dock.isVisible)
    return for_me_panel(window)


def test_view_for_me_lists_what_waits_for_each_reason(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    assert not window.for_me.dock.isVisible()  # hidden until asked for
    panel = opened_panel(qtbot, window)
    assert panel.sections() == ["To review (1)", "Returned to you (1)", "Mentions (1)"]
    review, returned, mention = panel.rows()
    assert review.startswith("Wed 10 Jun 09:00 · Summer reading list")
    assert returned.endswith("sam: The poll needs a fourth option.")
    assert mention.endswith("léa: @camille can you check the quote?")
    assert "Our new blend" not in "".join(panel.rows())


def test_double_click_opens_the_post_s_editor(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    from ui.editor.post_editor import PostEditor

    window = make_window()
    panel = opened_panel(qtbot, window)
    seen: list[str] = []

    def look() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, look)
            return
        seen.append(editors[0].title_edit.text())
        editors[0].reject()

    QTimer.singleShot(0, look)
    click(qtbot, panel, WaitingKind.RETURNED, team.returned, double=True)
    assert seen == ["Book club poll"]


def test_mark_as_seen_takes_the_mention_away(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    assert window.for_me.count_button.text() == "3 for you"
    click(qtbot, panel, WaitingKind.MENTION, team.mentioned)
    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
    assert panel.sections() == ["To review (1)", "Returned to you (1)"]
    assert window.for_me.count_button.text() == "2 for you"


def test_the_count_is_one_per_row_listed(
    qtbot: QtBot, make_window: MakeWindow, team: Team, plan: Planner, add_post: AddPost
) -> None:
    with as_user(plan, "léa"):
        plan.comment_post(team.mentioned.id, "@camille and the picture?")  # a second mention: one row still
    again = add_post("Poetry night", 2026, 6, 13, 11, 0, author="camille")
    plan.submit_post(again.id)
    with as_user(plan, "sam"):
        plan.return_post(again.id, "@camille the date is missing")  # a return naming its author: one row
    window = make_window()
    panel = opened_panel(qtbot, window)
    assert panel.sections() == ["To review (1)", "Returned to you (2)", "Mentions (1)"]
    assert len(panel.rows()) == 4
    assert window.for_me.count_button.text() == "4 for you"
    assert window.for_me.count_button.toolTip().splitlines()[:3] == ["1 to review", "2 returned to you", "1 mention"]


def test_mark_as_seen_sees_every_mention_of_the_post(
    qtbot: QtBot, make_window: MakeWindow, team: Team, plan: Planner
) -> None:
    with as_user(plan, "léa"):
        plan.comment_post(team.mentioned.id, "@camille and the picture?")
    window = make_window()
    panel = opened_panel(qtbot, window)
    assert panel.rows()[-1].endswith("léa: @camille and the picture?")  # the latest
    click(qtbot, panel, WaitingKind.MENTION, team.mentioned)
    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
    assert panel.sections() == ["To review (1)", "Returned to you (1)"]  # the first mention did not come back
    assert window.for_me.count_button.text() == "2 for you"


def test_the_count_in_the_status_bar_opens_the_panel(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    count = window.for_me.count_button
    assert count.isVisible() and count.text() == "3 for you"
    assert count.toolTip().splitlines()[:3] == ["1 to review", "1 returned to you", "1 mention"]
    qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
    assert window.for_me.dock.isVisible()
    assert for_me_panel(window).sections()[0] == "To review (1)"


def message_area(window: MainWindow) -> QRect:
    """Where the status bar draws its message's text: from its left, as wide as the text, clipped
    where its first permanent widget begins (a long database path leaves the message less room)."""
    bar = window.statusBar()
    width = bar.fontMetrics().horizontalAdvance(bar.currentMessage())
    permanent = [w for w in (window.filter_label, window.for_me.count_button, window.path_label) if w.isVisible()]
    right = min([6 + width, *(w.x() - 2 for w in permanent)])
    return QRect(0, 0, right, bar.height())


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_the_count_stays_readable_beside_a_message(
    qtbot: QtBot, make_window: MakeWindow, team: Team, size: tuple[int, int]
) -> None:
    window = make_window()
    window.resize(*size)
    window.statusBar().showMessage("Updated with changes by Camille", 10_000)
    window.reload()  # what waits is read again while the message is shown
    count = window.for_me.count_button
    qtbot.waitUntil(lambda: count.isVisible() and count.x() > 0)
    assert count.text() == "3 for you"
    assert not count.geometry().intersects(message_area(window))
    # Room for the whole message beside the count: the (long) test path is drawn elided.
    message = window.statusBar().currentMessage()
    assert message_area(window).width() >= window.statusBar().fontMetrics().horizontalAdvance(message)
    window.for_me.only_action.trigger()  # View ▸ Only what waits for me, with the message still shown
    window.statusBar().showMessage("Updated with changes by Camille", 10_000)
    shown = window.filter_label
    qtbot.waitUntil(lambda: shown.isVisible() and shown.x() > 0)
    assert shown.text() == "3 posts shown: only what waits for you"
    assert not shown.geometry().intersects(message_area(window))
    assert message_area(window).width() >= window.statusBar().fontMetrics().horizontalAdvance(message)
    assert not count.geometry().intersects(shown.geometry())


def test_the_backup_message_at_start_leaves_the_count_shown(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    # What the start's backup says (today's backup is made once a day: the plan's opening made it here).
    window.sharing.message.emit("Today’s backup: /plans/backups/plan-2026-06-10.sqlite", 10_000)
    window.reload()  # a colleague's change read meanwhile: the count is shown again during the message
    count = window.for_me.count_button
    assert count.isVisible() and count.text() == "3 for you"
    assert not count.geometry().intersects(message_area(window))


def test_in_a_narrow_window_the_count_still_opens_the_panel(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    window.resize(900, 650)  # the side panels fold into their strip, For me among them
    qtbot.waitUntil(window.side_strip.is_folded)
    assert "For me" in [action.text() for action in window.side_strip.toolbar.actions()]
    qtbot.mouseClick(window.for_me.count_button, Qt.MouseButton.LeftButton)
    assert window.for_me.dock.isVisible()
    assert for_me_panel(window).sections()[0] == "To review (1)"


def test_nothing_waiting_hides_the_count_and_the_panel_says_so(
    qtbot: QtBot, make_window: MakeWindow, add_post: AddPost
) -> None:
    add_post("Alone", 2026, 6, 10, 9, 0)
    window = make_window()
    assert not window.for_me.count_button.isVisible()
    panel = opened_panel(qtbot, window)
    assert panel.empty_label.isVisible() and panel.empty_label.text() == "Nothing waits for you"


@pytest.mark.usefixtures("french")
def test_the_count_in_french(qtbot: QtBot, make_window: MakeWindow, team: Team, plan: Planner) -> None:
    window = make_window()
    assert window.for_me.count_button.text() == "3 pour vous"
    assert window.for_me.count_button.toolTip().splitlines()[:3] == [
        "1 à relire",
        "1 avec modifications demandées",
        "1 mention",
    ]
    assert opened_panel(qtbot, window).sections() == ["À relire (1)", "Modifications demandées (1)", "Mentions (1)"]
    window.ops.edit(window.as_shown(team.review), PostPatch(status=Status.APPROVED))  # approved: one fewer
    window.for_me.seen(for_me_panel(window).waiting()[-1])  # the mention seen
    assert window.for_me.count_button.text() == "1 pour vous"


def test_only_what_waits_for_me_hides_the_other_posts(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    waiting = {team.review.id, team.returned.id, team.mentioned.id}
    assert set(window.week_view.layout_rects()) == waiting | {team.other.id}
    window.for_me.only_action.trigger()  # View ▸ Only what waits for me
    assert set(window.week_view.layout_rects()) == waiting
    assert window.filter_label.text() == "3 posts shown: only what waits for you"
    window.show_view(View.AGENDA)
    assert window.model.rowCount() == 3
    window.show_view(View.MONTH)
    days = [date(2026, 6, day) for day in range(8, 15)]
    assert {post.id for day in days for post in window.month_view.posts_on(day)} == waiting
    window.show_view(View.INSIGHTS)
    assert window.count_label.text() == "4 posts shown"  # the charts count every post
    window.for_me.only_action.trigger()
    window.show_view(View.AGENDA)
    assert window.model.rowCount() == 4  # all back


def test_approving_refreshes_and_undo_brings_it_back(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    window.ops.edit(window.as_shown(team.review), PostPatch(status=Status.APPROVED))  # approving, as an edit
    assert panel.sections() == ["Returned to you (1)", "Mentions (1)"]
    assert window.for_me.count_button.text() == "2 for you"
    window.action_set.undo.trigger()
    assert panel.sections()[0] == "To review (1)"
    assert window.for_me.count_button.text() == "3 for you"


def test_a_colleague_s_submit_shows_up(qtbot: QtBot, make_window: MakeWindow, team: Team, plan_path: Path) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    with Planner.open(plan_path, user="léa") as colleague:
        start = datetime(2026, 6, 13, 11, 0, tzinfo=PARIS)
        fields = PostFields(platform="Instagram", title="Poetry night", category="Question", start=start, author="léa")
        post = colleague.create_post(fields).posts[0]
        colleague.submit_post(post.id)
    qtbot.waitUntil(lambda: window.for_me.count_button.text() == "4 for you", timeout=4000)
    assert panel.sections()[0] == "To review (2)"


def test_a_colleague_s_mention_and_role_change_show_up(
    qtbot: QtBot, make_window: MakeWindow, team: Team, plan_path: Path
) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    with Planner.open(plan_path, user="léa") as colleague:
        colleague.comment_post(team.other.id, "Thanks @camille, lovely picture")
    qtbot.waitUntil(lambda: panel.sections()[-1] == "Mentions (2)", timeout=4000)
    assert any(row.endswith("léa: Thanks @camille, lovely picture") for row in panel.rows())
    with Planner.open(plan_path, user="sam") as colleague:
        colleague.set_member("camille", Role.EDITOR)  # no longer an approver: nothing to review
    qtbot.waitUntil(lambda: window.for_me.count_button.text() == "3 for you", timeout=4000)
    assert panel.sections() == ["Returned to you (1)", "Mentions (2)"]


def test_help_lists_the_for_me_shortcut(qtbot: QtBot, make_window: MakeWindow) -> None:
    from ui.dialogs.about import ShortcutsDialog

    window = make_window()
    listed: list[str | None] = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, look)
            return
        listed.append(dialogs[0].shortcut_of("For me"))
        dialogs[0].reject()

    QTimer.singleShot(0, look)
    window.action_set.shortcuts.trigger()  # Help ▸ Keyboard shortcuts
    assert listed == [QKeySequence("Ctrl+Shift+M").toString(QKeySequence.SequenceFormat.NativeText)]


def test_a_new_name_shows_what_waits_for_that_member(
    qtbot: QtBot, make_window: MakeWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("sam", True))
    window.action_set.your_name.trigger()  # Edit ▸ Your name…
    assert panel.sections() == ["To review (1)"]  # Léa's post; Camille's returned post and mention are hers
    assert window.for_me.count_button.text() == "1 for you"


def test_a_name_the_team_does_not_have_is_said_in_the_empty_panel(
    qtbot: QtBot, make_window: MakeWindow, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    panel = opened_panel(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("lea", True))
    window.action_set.your_name.trigger()  # "lea" for "léa": no member has that name
    assert panel.empty_label.isVisible()
    said = panel.empty_label.text()
    assert said == "Nothing waits for “lea”: no member of the team has that name (Edit ▸ Your name…)"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: ("Sam", True))
    window.action_set.your_name.trigger()
    assert panel.sections() == ["To review (1)"]


def test_the_panel_stays_open_in_the_next_window(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    opened_panel(qtbot, window)
    window.close()
    again = make_window()
    again.resize(1280, 800)  # wide enough for the side panels, however the last window was left
    qtbot.waitUntil(again.for_me.dock.isVisible)


def in_front(panel: ForMePanel) -> bool:
    """Whether the panel is seen: a tab behind another is still "visible" to Qt, out of the window's sight."""
    return panel.isVisible() and not panel.visibleRegion().isEmpty()


def list_rows(panel: ForMePanel, team: Team) -> float:
    """How many rows of two lines (a return: its title, then what the comment says) the list shows at once."""
    item = panel.item_of(WaitingKind.RETURNED, team.returned.id)
    assert item is not None
    return panel.tree.viewport().height() / panel.tree.visualItemRect(item).height()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("how", ["View ▸ For me", "the count"])
def test_the_panel_shown_gets_room_at_laptop_sizes(
    qtbot: QtBot, make_window: MakeWindow, team: Team, size: tuple[int, int], how: str
) -> None:
    window = make_window()
    window.resize(*size)
    wide = size[0] >= 1366  # a 1024-pixel window folds the other panels into the strip: the week's cards need it
    qtbot.waitUntil(lambda: window.width() == size[0] and window.side_strip.is_folded() != wide)
    if how == "the count":
        qtbot.mouseClick(window.for_me.count_button, Qt.MouseButton.LeftButton)
        panel = for_me_panel(window)
    else:
        panel = opened_panel(qtbot, window)
    assert in_front(panel)  # its tab over the follow-ups'
    qtbot.waitUntil(lambda: list_rows(panel, team) >= 4)
    if wide:
        assert window.balance_dock.isVisible() and window.backlog_dock.isVisible()  # they gave way, still there
    else:
        assert window.balance_dock.isHidden() and window.side_strip.toolbar.isVisible()  # a click away


def test_the_panel_s_tab_clicked_gets_room(qtbot: QtBot, make_window: MakeWindow, team: Team) -> None:
    window = make_window()
    window.resize(1366, 768)
    panel = opened_panel(qtbot, window)
    qtbot.waitUntil(lambda: list_rows(panel, team) >= 4)
    window.followups.dock.raise_()  # the follow-ups' tab clicked, then the user squeezes the tabs
    line = window.fontMetrics().height()
    window.resizeDocks([window.followups.dock], [line * 5], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: not in_front(panel))
    bar = next(b for b in window.findChildren(QTabBar) if b.isVisible() and b.tabText(b.count() - 1) == "For me")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(bar.count() - 1).center())
    qtbot.waitUntil(lambda: in_front(panel) and list_rows(panel, team) >= 4)

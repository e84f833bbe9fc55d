"""Sensible defaults in the app: the platforms dialog guesses the kind from the name, and
New post starts on the platform filtered to or last used, at the next free hour."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.defaults import PLATFORM_KINDS
from tests.helpers.ui import PARIS
from ui import settings
from ui.dialogs.platforms import PlatformForm
from ui.editor.post_editor import PostEditor
from ui.window.main_window import MainWindow

AddPost = Callable[..., object]


# -- the platforms dialog -----------------------------------------------------------------


def form(qtbot: QtBot, plan: Planner) -> PlatformForm:
    made = PlatformForm(plan)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_kind_follows_the_name_as_it_is_typed(qtbot: QtBot, plan: Planner) -> None:
    added = form(qtbot, plan)
    assert added.kind() == "other"  # an empty name is nothing known, not the first of the list

    qtbot.keyClicks(added.name_edit, "Facebook")
    assert added.kind() == "facebook"
    assert added.colour() == PLATFORM_KINDS["facebook"].colour
    assert added.text_limit() == PLATFORM_KINDS["facebook"].text_limit

    qtbot.mouseClick(added.buttons.button(added.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    saved = plan.platform("Facebook")
    assert (saved.kind, saved.colour) == ("facebook", PLATFORM_KINDS["facebook"].colour)


def test_a_newsletter_named_in_french_is_a_newsletter(qtbot: QtBot, plan: Planner) -> None:
    added = form(qtbot, plan)
    added.name_edit.insert("Lettre d’information")  # pasted
    assert added.kind() == "newsletter"


def test_a_kind_picked_by_the_user_stays_whatever_is_typed_next(qtbot: QtBot, plan: Planner) -> None:
    added = form(qtbot, plan)
    qtbot.keyClicks(added.name_edit, "Face")
    added.kind_combo.setFocus()
    qtbot.keyClick(added.kind_combo, Qt.Key.Key_End)  # "Other", picked with the keyboard
    assert added.kind() == "other"
    qtbot.keyClick(added.kind_combo, Qt.Key.Key_Up)  # "Forum"
    qtbot.keyClicks(added.name_edit, "book")

    assert added.kind() == "forum"


def test_editing_a_platform_never_guesses_its_kind(qtbot: QtBot, plan: Planner) -> None:
    edited = PlatformForm(plan, plan.platform("LinkedIn"))
    qtbot.addWidget(edited)
    edited.name_edit.selectAll()
    qtbot.keyClicks(edited.name_edit, "Instagram pro")
    assert edited.kind() == "linkedin"


# -- New post ------------------------------------------------------------------------------


def opened_editor(qtbot: QtBot, open_it: Callable[[], None]) -> dict[str, object]:
    """What the new post's editor shows when it opens (then it is closed unsaved)."""
    seen: dict[str, object] = {}

    def look() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, look)
            return
        editor = editors[0]
        wall = datetime.combine(editor.date_edit.date().toPython(), editor.time_edit.time().toPython())
        seen["platform"] = editor.platform_combo.currentText()
        seen["start"] = wall.replace(tzinfo=PARIS)
        editor.reject()

    QTimer.singleShot(0, look)
    open_it()
    return seen


def test_new_post_starts_at_the_next_free_hour_on_the_last_used_platform(
    qtbot: QtBot, make_window: Callable[[], MainWindow], add_post: AddPost
) -> None:
    # The app's clock: Wednesday 10 June 2026, 10:00 in Paris.
    add_post("Taken", 2026, 6, 10, 11, 0, platform="LinkedIn")
    settings.LAST_PLATFORM.set("LinkedIn")
    window = make_window()

    seen = opened_editor(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))

    assert seen == {"platform": "LinkedIn", "start": datetime(2026, 6, 10, 12, 0, tzinfo=PARIS)}


def test_the_platform_filtered_to_wins(qtbot: QtBot, make_window: Callable[[], MainWindow], add_post: AddPost) -> None:
    add_post("Taken", 2026, 6, 10, 11, 0, platform="Instagram")
    settings.LAST_PLATFORM.set("LinkedIn")
    window = make_window()
    window.platform_actions["LinkedIn"].trigger()  # LinkedIn hidden: only Instagram shown

    seen = opened_editor(qtbot, window.action_set.new_post.trigger)

    assert seen == {"platform": "Instagram", "start": datetime(2026, 6, 10, 12, 0, tzinfo=PARIS)}


def test_a_saved_post_makes_its_platform_the_next_ones(
    qtbot: QtBot, make_window: Callable[[], MainWindow], plan: Planner
) -> None:
    window = make_window()

    def save_on_linkedin() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(20, save_on_linkedin)
            return
        editor = editors[0]
        editor.platform_combo.setCurrentIndex(editor.platform_combo.findText("LinkedIn"))
        editor.title_edit.setText("Which book made you a reader?")
        editor.refresh_verdict()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        if editor.isVisible():
            editor.reject()

    QTimer.singleShot(0, save_on_linkedin)
    window.new_post()
    assert [(p.platform, p.start) for p in plan.list_posts()] == [
        ("LinkedIn", datetime(2026, 6, 10, 11, 0, tzinfo=PARIS))
    ]
    assert settings.LAST_PLATFORM.get() == "LinkedIn"

    seen = opened_editor(qtbot, window.new_post)
    assert seen == {"platform": "LinkedIn", "start": datetime(2026, 6, 10, 12, 0, tzinfo=PARIS)}


def test_a_week_ahead_gets_its_first_free_hour(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.action_set.next.trigger()

    seen = opened_editor(qtbot, window.new_post)

    assert seen == {"platform": "Instagram", "start": datetime(2026, 6, 15, 8, 0, tzinfo=PARIS)}


def test_a_double_click_keeps_the_time_clicked(
    qtbot: QtBot, make_window: Callable[[], MainWindow], add_post: AddPost
) -> None:
    settings.LAST_PLATFORM.set("LinkedIn")
    window = make_window()
    view = window.week_view
    day = view.day_rect(date(2026, 6, 11))
    point = QPoint(round(day.center().x()), round(day.center().y()))
    clicked = view.time_at(point)
    assert clicked is not None

    seen = opened_editor(qtbot, lambda: qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point))

    assert seen == {"platform": "LinkedIn", "start": clicked}

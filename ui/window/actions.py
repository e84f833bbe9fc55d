"""Every command of the main window, defined once with its shortcut.

Menus, the toolbar and context menus share these QActions, so a shortcut or
a label is changed in one place and the keyboard reaches everything.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QWidget

from ui.palette import arrow_icon


class View(enum.IntEnum):
    """The window's pages, in the order of the View menu's entries (:meth:`Actions.views`)."""

    WEEK = 0
    MONTH = 1
    AGENDA = 2
    INSIGHTS = 3


@dataclass
class Actions:
    new_database: QAction
    open_database: QAction
    open_server: QAction
    backup: QAction
    backup_folder: QAction
    compare_copy: QAction
    export: QAction
    import_file: QAction
    live_calendar: QAction
    demo: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    new_post: QAction
    new_idea: QAction
    edit_post: QAction
    delete_post: QAction
    mark_published: QAction
    duplicate_post: QAction
    move_post_to: QAction
    cancel_post: QAction
    move_day_earlier: QAction
    move_day_later: QAction
    move_earlier: QAction
    move_later: QAction
    post_history: QAction
    your_name: QAction
    previous: QAction
    today: QAction
    next: QAction
    view_week: QAction
    view_month: QAction
    view_agenda: QAction
    view_insights: QAction
    platforms: QAction
    categories: QAction
    rules: QAction
    slots: QAction
    fill_week: QAction
    shortcuts: QAction
    about: QAction
    # Review (issue 18): Planning ▸ Team…
    team: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]

    def views(self) -> list[QAction]:
        return [self.view_week, self.view_month, self.view_agenda, self.view_insights]


def _action(
    parent: QWidget, text: str, shortcuts: list[QKeySequence] | None = None, icon: QIcon | None = None
) -> QAction:
    action = QAction(icon or QIcon(), text, parent)
    if shortcuts:
        action.setShortcuts(shortcuts)
        # Toolbar buttons do not show shortcuts by themselves.
        native = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            QCoreApplication.translate("Actions", "{action} ({shortcut})", "tooltip: action and its shortcut").format(
                action=text.replace("&", ""), shortcut=native
            )
        )
    return action


def _shifted(parent: QWidget, text: str, arrow: Qt.Key) -> QAction:
    """A Move post action: Shift and an arrow key."""
    return _action(parent, text, _keys(Qt.Modifier.SHIFT | arrow))


def _keys(*sequences: QKeyCombination | QKeySequence.StandardKey | Qt.Key | int) -> list[QKeySequence]:
    return [QKeySequence(sequence) for sequence in sequences]


def create_actions(parent: QWidget, stack: QUndoStack) -> Actions:
    """The window's actions; triggers are connected by the window."""
    style = parent.style()
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Actions", "&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    actions = Actions(
        new_database=_action(
            parent,
            QCoreApplication.translate("Actions", "&New database…"),
            _keys(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N),
        ),
        open_database=_action(
            parent,
            QCoreApplication.translate("Actions", "&Open…"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Open),
        ),
        open_server=_action(parent, QCoreApplication.translate("Actions", "Open a plan on a &server…")),
        backup=_action(parent, QCoreApplication.translate("Actions", "&Backup…")),
        backup_folder=_action(parent, QCoreApplication.translate("Actions", "Automatic backups &folder…")),
        compare_copy=_action(parent, QCoreApplication.translate("Actions", "&Compare with another copy…")),
        export=_action(
            parent,
            QCoreApplication.translate("Actions", "&Export to a calendar or spreadsheet…"),
            _keys(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E),
        ),
        import_file=_action(
            parent, QCoreApplication.translate("Actions", "&Import…"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_I)
        ),
        live_calendar=_action(parent, QCoreApplication.translate("Actions", "Keep the &live calendar file up to date")),
        demo=_action(parent, QCoreApplication.translate("Actions", "Fill with a &demo plan")),
        quit=_action(
            parent,
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit),
        ),
        undo=undo,
        redo=redo,
        new_post=_action(
            parent,
            QCoreApplication.translate("Actions", "&New post…"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.New),
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
        ),
        new_idea=_action(
            parent,
            QCoreApplication.translate("Actions", "New &idea…"),
            _keys(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
        ),
        edit_post=_action(
            parent, QCoreApplication.translate("Actions", "&Edit post…"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_E)
        ),
        delete_post=_action(
            parent,
            QCoreApplication.translate("Actions", "&Delete post"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Delete),
        ),
        # A post whose time has passed while it is still ready or scheduled: it went out (ui.marks).
        mark_published=_action(parent, QCoreApplication.translate("Actions", "Mark &published")),
        duplicate_post=_action(
            parent, QCoreApplication.translate("Actions", "Dup&licate post"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_D)
        ),
        move_post_to=_action(parent, QCoreApplication.translate("Actions", "Move &to…")),
        cancel_post=_action(parent, QCoreApplication.translate("Actions", "&Cancel post")),
        # Moving without the mouse: a day keeps the wall-clock time, a step is a quarter of an hour.
        move_day_earlier=_shifted(
            parent, QCoreApplication.translate("Actions", "Move to the &previous day"), Qt.Key.Key_Left
        ),
        move_day_later=_shifted(
            parent, QCoreApplication.translate("Actions", "Move to the next &day"), Qt.Key.Key_Right
        ),
        move_earlier=_shifted(parent, QCoreApplication.translate("Actions", "Move 15 minutes ea&rlier"), Qt.Key.Key_Up),
        move_later=_shifted(parent, QCoreApplication.translate("Actions", "Move 15 minutes &later"), Qt.Key.Key_Down),
        post_history=_action(
            parent,
            QCoreApplication.translate("Actions", "Post &history…"),
            _keys(Qt.Modifier.CTRL | Qt.Key.Key_H),
        ),
        your_name=_action(parent, QCoreApplication.translate("Actions", "Your &name…")),
        previous=_action(
            parent,
            QCoreApplication.translate("Actions", "&Previous"),
            _keys(Qt.Modifier.ALT | Qt.Key.Key_Left, Qt.Modifier.CTRL | Qt.Key.Key_PageUp),
            arrow_icon(forward=False),
        ),
        today=_action(parent, QCoreApplication.translate("Actions", "&Today"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_T)),
        next=_action(
            parent,
            QCoreApplication.translate("Actions", "&Next"),
            _keys(Qt.Modifier.ALT | Qt.Key.Key_Right, Qt.Modifier.CTRL | Qt.Key.Key_PageDown),
            arrow_icon(forward=True),
        ),
        view_week=_action(
            parent, QCoreApplication.translate("Actions", "&Week"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_1)
        ),
        view_month=_action(
            parent, QCoreApplication.translate("Actions", "&Month"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_2)
        ),
        view_agenda=_action(
            parent, QCoreApplication.translate("Actions", "&Agenda"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_3)
        ),
        view_insights=_action(
            parent, QCoreApplication.translate("Actions", "&Insights"), _keys(Qt.Modifier.CTRL | Qt.Key.Key_4)
        ),
        platforms=_action(parent, QCoreApplication.translate("Actions", "&Platforms…")),
        categories=_action(parent, QCoreApplication.translate("Actions", "&Categories…")),
        rules=_action(parent, QCoreApplication.translate("Actions", "&Balance rules…")),
        slots=_action(parent, QCoreApplication.translate("Actions", "&Slots…")),
        fill_week=_action(
            parent,
            QCoreApplication.translate("Actions", "&Fill the week…"),
            _keys(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F),
        ),
        shortcuts=_action(
            parent,
            QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents),
        ),
        about=_action(parent, QCoreApplication.translate("Actions", "&About Dialogos")),
        team=_action(parent, QCoreApplication.translate("Actions", "&Team and review…")),
    )
    group = QActionGroup(parent)
    for view in actions.views():
        view.setCheckable(True)
        group.addAction(view)
    actions.view_week.setChecked(True)
    actions.live_calendar.setCheckable(True)
    actions.slots.setObjectName("actionSlots")
    actions.fill_week.setObjectName("actionFillWeek")
    actions.team.setObjectName("actionTeam")
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    return actions

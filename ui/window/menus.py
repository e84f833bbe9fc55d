"""The main window's menu bar: File, Edit, View, Planning and Help, built from the window's shared actions.

Only building: what the actions do is :mod:`ui.window.commands`; the menus filled
when they open (recent plans, context calendars) are handed back empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from ui.window.actions import Actions


@dataclass(frozen=True)
class Menus:
    """The menus whose entries change while the window is open."""

    recent: QMenu
    context: QMenu
    edit: QMenu


def build_menus(
    bar: QMenuBar,
    actions: Actions,
    *,
    platform_toggles: Callable[[], Iterable[QAction]],
    dock_toggles: Iterable[QAction],
    for_me: Iterable[QAction] = (),
) -> Menus:
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_database)
    file_menu.addAction(actions.open_database)
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    file_menu.addAction(actions.open_server)
    file_menu.addAction(actions.backup)
    file_menu.addAction(actions.backup_folder)
    file_menu.addAction(actions.compare_copy)
    file_menu.addSeparator()
    file_menu.addAction(actions.export)
    file_menu.addAction(actions.import_file)
    file_menu.addAction(actions.live_calendar)
    file_menu.addSeparator()
    file_menu.addAction(actions.demo)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    for action in (actions.undo, actions.redo):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    for action in (actions.new_post, actions.new_idea, actions.edit_post, actions.delete_post, actions.post_history):
        edit_menu.addAction(action)
    edit_menu.addAction(actions.duplicate_post)
    edit_menu.addAction(actions.mark_published)
    edit_menu.addAction(actions.cancel_post)
    move_menu = edit_menu.addMenu(QCoreApplication.translate("MainWindow", "&Move post"))
    move_menu.addAction(actions.move_post_to)
    for action in (actions.move_day_earlier, actions.move_day_later, actions.move_earlier, actions.move_later):
        move_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.your_name)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for action in actions.views():
        view_menu.addAction(action)
    view_menu.addSeparator()
    for action in (actions.previous, actions.today, actions.next):
        view_menu.addAction(action)
    view_menu.addSeparator()
    # The toolbar's platform toggles, reachable from the keyboard too (Alt+V).
    shown = view_menu.addMenu(QCoreApplication.translate("MainWindow", "P&latforms shown"))

    def fill_shown() -> None:
        shown.clear()
        shown.addActions(list(platform_toggles()))

    shown.aboutToShow.connect(fill_shown)
    context = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Context calendars"))
    view_menu.addSeparator()
    for toggle in dock_toggles:
        view_menu.addAction(toggle)
    _add_for_me(view_menu, for_me)

    planning_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Planning"))
    for action in (actions.platforms, actions.categories, actions.rules):
        planning_menu.addAction(action)
    planning_menu.addAction(actions.slots)
    _add_team_entries(planning_menu, actions)
    planning_menu.addSeparator()
    planning_menu.addAction(actions.fill_week)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return Menus(recent=recent, context=context, edit=edit_menu)


def _add_for_me(view_menu: QMenu, for_me: Iterable[QAction]) -> None:
    """View ▸ For me and Only what waits for me (issue 18), after the other panels."""
    entries = list(for_me)
    if entries:
        view_menu.addSeparator()
        view_menu.addActions(entries)


def _add_team_entries(planning_menu: QMenu, actions: Actions) -> None:
    """Review (issue 18): the team and its review settings, next to the slots."""
    planning_menu.addAction(actions.team)

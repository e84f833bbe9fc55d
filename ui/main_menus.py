"""The main window's menus and what its actions do.

File, Edit, View, Planning and Help, built from the window's shared actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from planner.errors import PlannerError
from planner.storage import server_address
from planner.storage.backend import is_server_url
from planner.storage.backup import backup_path_for
from ui.once import one_use
from ui.plan_place import short_name
from ui.ranges import MOVE_STEP_MINUTES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def build_menus(window: MainWindow) -> None:
    actions = window.actions
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_database)
    file_menu.addAction(actions.open_database)
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window, window.recent_menu))
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
    move_menu = edit_menu.addMenu(QCoreApplication.translate("MainWindow", "&Move post"))
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
    shown.aboutToShow.connect(lambda: (shown.clear(), shown.addActions(list(window.platform_actions.values()))))
    window.context_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Context calendars"))
    window.context_menu.aboutToShow.connect(lambda: _fill_context(window, window.context_menu))
    view_menu.addSeparator()
    view_menu.addAction(window.balance_dock.toggleViewAction())
    view_menu.addAction(window.backlog_dock.toggleViewAction())

    planning_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Planning"))
    for action in (actions.platforms, actions.categories, actions.rules):
        planning_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)


def connect_actions(window: MainWindow) -> None:
    from ui.main_window import View

    actions = window.actions
    actions.quit.triggered.connect(window.close)
    actions.new_post.triggered.connect(lambda: window.new_post())
    actions.new_idea.triggered.connect(lambda: window.new_post(idea=True))
    actions.edit_post.triggered.connect(lambda: window.edit_post())
    actions.delete_post.triggered.connect(window.delete_selected)
    actions.post_history.triggered.connect(lambda: window.show_history())
    actions.move_day_earlier.triggered.connect(lambda: window.move_selected(days=-1))
    actions.move_day_later.triggered.connect(lambda: window.move_selected(days=1))
    actions.move_earlier.triggered.connect(lambda: window.move_selected(minutes=-MOVE_STEP_MINUTES))
    actions.move_later.triggered.connect(lambda: window.move_selected(minutes=MOVE_STEP_MINUTES))
    actions.backup_folder.triggered.connect(lambda: window.sharing.choose_backup_folder())
    actions.your_name.triggered.connect(lambda: window.sharing.ask_name())
    actions.previous.triggered.connect(lambda: window.shift(-1))
    actions.next.triggered.connect(lambda: window.shift(1))
    actions.today.triggered.connect(window.go_today)
    for view, action in zip(View, actions.views(), strict=True):
        action.triggered.connect(lambda _checked=False, shown=view: window.show_view(shown))
    actions.platforms.triggered.connect(lambda: _dialog(window, "platforms"))
    actions.categories.triggered.connect(lambda: _dialog(window, "categories"))
    actions.rules.triggered.connect(lambda: _dialog(window, "rules"))
    actions.shortcuts.triggered.connect(lambda: _shortcuts(window))
    actions.about.triggered.connect(lambda: _about(window))
    actions.backup.triggered.connect(lambda: backup(window))
    actions.compare_copy.triggered.connect(lambda: compare_copy(window))
    actions.demo.triggered.connect(window.fill_with_demo)
    actions.export.triggered.connect(lambda: export(window))
    actions.import_file.triggered.connect(lambda: import_file(window))
    actions.live_calendar.triggered.connect(lambda checked: _live(window, checked))
    actions.open_database.triggered.connect(lambda: open_database(window, create=False))
    actions.new_database.triggered.connect(lambda: open_database(window, create=True))
    actions.open_server.triggered.connect(lambda: open_server(window))
    remember(window.planner.location)


def _dialog(window: MainWindow, which: str) -> None:
    from ui.dialogs.categories import CategoriesDialog
    from ui.dialogs.platforms import PlatformsDialog
    from ui.dialogs.rules import RulesDialog

    kinds = {"platforms": PlatformsDialog, "categories": CategoriesDialog, "rules": RulesDialog}
    with one_use(kinds[which](window.planner, window)) as dialog:
        dialog.changed.connect(window.reload)
        dialog.changed.connect(window.live.refresh)  # a renamed platform or category shows in the calendar file
        dialog.exec()


def _shortcuts(window: MainWindow) -> None:
    from ui.dialogs.about import ShortcutsDialog

    with one_use(ShortcutsDialog(window.actions.all(), window)) as dialog:
        dialog.exec()


def _about(window: MainWindow) -> None:
    from ui.dialogs.about import AboutDialog

    with one_use(AboutDialog(window)) as dialog:
        dialog.exec()


def export(window: MainWindow, *, live: bool = False) -> None:
    """File ▸ Export…: the dialog writes the files; a live calendar is kept current from then on."""
    from ui.dialogs.export_dialog import ExportDialog

    first, last = window.visible_days()
    shown = [p.name for p in window.planner.platforms() if p.name not in window.hidden_platforms()]
    with one_use(ExportDialog(window.planner, window, first_day=first, last_day=last, shown_platforms=shown)) as dialog:
        if live:
            dialog.live.setChecked(True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        request, written = dialog.request, dialog.written
    if not accepted or request is None:
        window.actions.live_calendar.setChecked(window.live.is_on())
        return
    if request.live:
        window.live.turn_on(request.options, request.destination)
    window.actions.live_calendar.setChecked(window.live.is_on())
    files = QLocale().createSeparatedList([str(path) for path in written])
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Exported to {files}").format(files=files), 15_000
    )


def _live(window: MainWindow, checked: bool) -> None:
    if checked and not window.live.is_on():
        export(window, live=True)  # choose what and where first
    elif not checked:
        window.live.turn_off()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The live calendar file is no longer updated."), 10_000
        )


def import_file(window: MainWindow) -> None:
    """File ▸ Import…: a calendar or a spreadsheet; the window shows what came in."""
    from ui.dialogs.import_dialog import ImportDialog

    first, last = window.visible_days()
    dialog = ImportDialog(window.planner, window, first_day=first, last_day=last, reason_asker=window.ops.reason_asker)
    with one_use(dialog), window.polling_paused():
        dialog.exec()
        report = dialog.report
    if report is not None:
        # Our own import is not news from a colleague.
        window.watch.seen(window.planner.revision())
        window.reload()
        window.live.refresh()


def _fill_context(window: MainWindow, menu: QMenu) -> None:
    """One checkable entry per imported context calendar, and a way to remove one."""
    menu.clear()
    try:
        calendars = window.planner.context_calendars()
    except PlannerError as error:
        window.statusBar().showMessage(error.message, 10_000)
        return
    if not calendars:
        empty = menu.addAction(QCoreApplication.translate("MainWindow", "None yet: File ▸ Import… a calendar"))
        empty.setEnabled(False)
        return
    for calendar in calendars:
        action = menu.addAction(calendar.name)
        action.setCheckable(True)
        action.setChecked(calendar.visible)
        action.toggled.connect(lambda shown, chosen=calendar.id: _show_context(window, chosen, shown))
    menu.addSeparator()
    remove = menu.addMenu(QCoreApplication.translate("MainWindow", "&Remove"))
    for calendar in calendars:
        action = remove.addAction(calendar.name)
        action.triggered.connect(lambda _checked=False, chosen=calendar: _remove_context(window, chosen))


def _show_context(window: MainWindow, calendar_id: int, shown: bool) -> None:
    try:
        window.planner.set_context_visible(calendar_id, shown)
    except PlannerError as error:
        window.statusBar().showMessage(error.message, 10_000)
    window.reload()


def _remove_context(window: MainWindow, calendar: object) -> None:
    name = getattr(calendar, "name", "")
    question = QCoreApplication.translate("MainWindow", "Remove the context calendar “{name}” and its events?")
    answer = QMessageBox.question(
        window, QCoreApplication.translate("MainWindow", "Remove a context calendar"), question.format(name=name)
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        window.planner.remove_context_calendar(getattr(calendar, "id", 0))
    except PlannerError as error:
        window.statusBar().showMessage(error.message, 10_000)
    window.reload()


def backup(window: MainWindow) -> None:
    """File ▸ Backup…: a copy of the plan where the user says (a pg_dump file for a plan on a server)."""
    title = QCoreApplication.translate("MainWindow", "Backup")
    target, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Back up the database"),
        # The name `db backups` lists and a damaged file's message offers.
        str(backup_path_for(window.planner.backup_base, "manual")),
    )
    if not target:
        return
    try:
        written = window.planner.backup(target)
    except PlannerError as error:
        QMessageBox.warning(window, title, error.message)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Backup written to {path}").format(path=written), 10_000
    )


def compare_copy(window: MainWindow) -> None:
    """File ▸ Compare with another copy…: a conflicted copy, a backup, a colleague's file; posts come back from it."""
    folder = "" if window.planner.on_server else str(window.planner.path.parent)
    chosen, _filter = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Compare with another copy of the plan"),
        folder,
        QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite);;All files (*)"),
    )
    if chosen:
        window.show_copies(Path(chosen))


def open_database(window: MainWindow, *, create: bool) -> None:
    """Open another file (or create one) in a new window; this one stays as it is."""
    if create:
        chosen, _filter = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("MainWindow", "New database"),
            "",
            QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite)"),
        )
    else:
        chosen, _filter = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MainWindow", "Open a database"),
            "",
            QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite)"),
        )
    if chosen:
        open_path(window, Path(chosen), create=create)


def open_server(window: MainWindow) -> MainWindow | None:
    """File ▸ Open a plan on a server…: a PostgreSQL address, as ``--db`` takes it. The password is best
    left to libpq (~/.pgpass, PGPASSWORD): a typed one is used, never shown nor remembered."""
    title = QCoreApplication.translate("MainWindow", "Open a plan on a server")
    last = next((entry for entry in recent_files() if is_server_url(entry)), "postgresql://")
    address, accepted = QInputDialog.getText(
        window,
        title,
        QCoreApplication.translate(
            "MainWindow", "The plan's PostgreSQL address (postgresql://user@host:5432/database):"
        ),
        QLineEdit.EchoMode.Normal,
        last,
    )
    address = address.strip()
    if not accepted or not address:
        return None
    if not is_server_url(address):
        text = QCoreApplication.translate(
            "MainWindow", "“{address}” is not a PostgreSQL address: write it as postgresql://user@host:5432/database."
        )
        QMessageBox.warning(window, title, text.format(address=server_address.shown(address)))
        return None
    return open_path(window, address, offer_to_create=True)


def open_path(
    window: MainWindow, path: Path | str, *, create: bool = False, offer_to_create: bool = False
) -> MainWindow | None:
    """Open ``path`` (a file, or a server's URL) in a window of its own; None (after saying why) if it cannot be.

    With ``offer_to_create``, a place that holds no plan yet is made one if the user says so.
    """
    from PySide6.QtCore import Qt

    from planner.service import Planner
    from ui.app import create_main_window
    from ui.background import run_in_background

    label = QCoreApplication.translate("run_app", "Opening {file}…").format(file=short_name(path))
    try:
        planner = run_in_background(window, label, lambda: Planner.open(path, create=create))
    except PlannerError as error:
        title = QCoreApplication.translate("MainWindow", "Dialogos cannot open the database")
        if offer_to_create and error.key == "error.db_not_found":
            question = QCoreApplication.translate("MainWindow", "There is no plan at {place} yet. Create one there?")
            answer = QMessageBox.question(window, title, question.format(place=short_name(path)))
            return open_path(window, path, create=True) if answer == QMessageBox.StandardButton.Yes else None
        QMessageBox.critical(window, title, server_address.redact(error.message, str(path)))
        return None
    other = create_main_window(planner)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # A top-level window with no parent lives as long as a reference to it:
    # keep one until it is closed, and close its file with it.
    _open_windows.append(other)
    other.destroyed.connect(lambda: (planner.close(), _open_windows.remove(other)))
    other.show()
    remember(planner.location)
    return other


_open_windows: list[MainWindow] = []


def remember(location: str) -> None:
    """Put a plan first among the recent ones: a file's path, or a server's URL without its password."""
    settings = QSettings()
    recent = [location] + [p for p in recent_files() if p != location]
    settings.setValue(RECENT_KEY, recent[:MAX_RECENT])


def recent_files() -> list[str]:
    """The plans opened lately (paths, server URLs), the newest first."""
    value = QSettings().value(RECENT_KEY) or []
    # QSettings gives back a lone string for a one-item list on some back ends.
    return [value] if isinstance(value, str) else list(value)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for entry in recent_files():
        action = menu.addAction(entry)
        # A server's URL stays text (reopened with the credentials libpq finds: ~/.pgpass, PGPASSWORD).
        place: Path | str = entry if is_server_url(entry) else Path(entry)
        action.triggered.connect(lambda _checked=False, chosen=place: open_path(window, chosen))

"""What the main window's actions do: the dialogs they open, File ▸ Export, Import, Backup and
Compare, the context calendars' menu, and the recent plans (opened through the window manager)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from planner.errors import PlannerError
from planner.storage.backend import is_server_url
from planner.storage.backup import backup_path_for
from ui import settings
from ui.once import one_use
from ui.ranges import MOVE_STEP_MINUTES
from ui.window.actions import Actions, View
from ui.window.menus import Menus
from ui.window.parts import PlanWindow
from ui.window.windows import Windows, remember

if TYPE_CHECKING:
    from planner.service import Planner
    from ui.for_me.dock import ForMe
    from ui.live_calendar import LiveCalendarKeeper
    from ui.sharing.team_watch import TeamWatch
    from ui.window.status import ActionMessages


class MainWindow(PlanWindow, Protocol):
    """What the commands use of the main window (:mod:`ui.window.parts`)."""

    action_set: Actions
    action_messages: ActionMessages
    menus: Menus
    opener: Windows
    live: LiveCalendarKeeper
    watch: TeamWatch
    for_me: ForMe  # issue 18

    def sibling(self, planner: Planner) -> QWidget: ...
    def close(self) -> bool: ...
    def statusBar(self) -> QStatusBar: ...
    def new_post(self, *, idea: bool = False) -> object: ...
    def edit_post(self) -> None: ...
    def delete_selected(self) -> None: ...
    def mark_published(self) -> None: ...
    def duplicate_post(self) -> None: ...
    def move_post_to(self) -> None: ...
    def cancel_post(self) -> None: ...
    def show_history(self) -> None: ...
    def move_selected(self, *, days: int = 0, minutes: int = 0) -> None: ...
    def shift(self, steps: int) -> None: ...
    def go_today(self) -> None: ...
    def show_view(self, view: View) -> None: ...
    def fill_with_demo(self) -> None: ...
    def visible_days(self) -> tuple[date, date]: ...
    def hidden_platforms(self) -> set[str]: ...
    def polling_paused(self) -> AbstractContextManager[None]: ...
    def show_copies(self, copy: Path | None = None) -> None: ...
    def user_renamed(self) -> None: ...  # issue 18: For me


def _widget(window: MainWindow) -> QWidget:
    """The window as the widget it is, to parent the dialogs (the protocol names only what is used)."""
    return cast(QWidget, window)


def connect_actions(window: MainWindow) -> None:
    """Every action to what it does; the recent plans and context calendars filled as their menus open."""
    actions = window.action_set
    actions.quit.triggered.connect(window.close)
    actions.new_post.triggered.connect(lambda: window.new_post())
    actions.new_idea.triggered.connect(lambda: window.new_post(idea=True))
    actions.edit_post.triggered.connect(lambda: window.edit_post())
    actions.delete_post.triggered.connect(window.delete_selected)
    actions.mark_published.triggered.connect(lambda: window.mark_published())
    actions.post_history.triggered.connect(lambda: window.show_history())
    actions.duplicate_post.triggered.connect(lambda: window.duplicate_post())
    actions.move_post_to.triggered.connect(lambda: window.move_post_to())
    actions.cancel_post.triggered.connect(lambda: window.cancel_post())
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
    actions.slots.triggered.connect(lambda: slots(window))
    _connect_team(window)

    actions.fill_week.triggered.connect(lambda: fill_week(window))
    actions.shortcuts.triggered.connect(lambda: _shortcuts(window))
    actions.about.triggered.connect(lambda: _about(window))
    actions.backup.triggered.connect(lambda: backup(window))
    actions.compare_copy.triggered.connect(lambda: compare_copy(window))
    actions.demo.triggered.connect(window.fill_with_demo)
    actions.export.triggered.connect(lambda: export(window))
    actions.import_file.triggered.connect(lambda: import_file(window))
    actions.live_calendar.triggered.connect(lambda checked: _live(window, checked))
    opener = window.opener
    # Widgets, not the protocol: Qt's signals hold them.
    parent = cast(QWidget, window)
    actions.open_database.triggered.connect(lambda: opener.open_database(parent, window.sibling, create=False))
    actions.new_database.triggered.connect(lambda: opener.open_database(parent, window.sibling, create=True))
    actions.open_server.triggered.connect(lambda: opener.open_server(parent, window.sibling))
    window.menus.recent.aboutToShow.connect(lambda: _fill_recent(window, window.menus.recent))
    window.menus.context.aboutToShow.connect(lambda: _fill_context(window, window.menus.context))
    remember(window.planner.location)
    _connect_for_me(window)


def _connect_for_me(window: MainWindow) -> None:
    """Issue 18: a new name (asked first, by the connection above) changes what waits for the user."""
    window.action_set.your_name.triggered.connect(lambda: window.user_renamed())


def _dialog(window: MainWindow, which: str) -> None:
    from ui.dialogs.categories import CategoriesDialog
    from ui.dialogs.platforms import PlatformsDialog
    from ui.dialogs.rules import RulesDialog

    kinds: dict[str, type[PlatformsDialog | CategoriesDialog | RulesDialog]] = {
        "platforms": PlatformsDialog,
        "categories": CategoriesDialog,
        "rules": RulesDialog,
    }
    with one_use(kinds[which](window.planner, _widget(window))) as dialog:
        dialog.changed.connect(window.reload)
        dialog.changed.connect(window.live.refresh)  # a renamed platform or category shows in the calendar file
        dialog.exec()


def slots(window: MainWindow) -> None:
    """Planning ▸ Weekly slots…: each change is a step of the window's undo stack."""
    from ui.dialogs.slots import SlotsDialog

    shown = [p.name for p in window.planner.platforms() if p.name not in window.hidden_platforms()]
    dialog = SlotsDialog(
        window.planner, window.ops.stack, window.ops.history, _widget(window), platform=next(iter(shown), None)
    )
    with one_use(dialog):
        dialog.changed.connect(window.reload)
        # A slot change is pushed straight onto the stack: said as any change, the last action's message goes.
        dialog.changed.connect(window.ops.stepped)
        dialog.exec()


def _connect_team(window: MainWindow) -> None:
    """Review (issue 18): Planning ▸ Team…."""
    window.action_set.team.triggered.connect(lambda: team(window))


def team(window: MainWindow) -> None:
    """Planning ▸ Team…: each change is a step of the window's undo stack; a colleague's shows at once."""
    from ui.dialogs.team import TeamDialog

    dialog = TeamDialog(window.planner, window.ops.stack, window.ops.history, _widget(window))
    with one_use(dialog):
        dialog.changed.connect(window.reload)  # the editor's buttons and the cards follow the roles
        dialog.changed.connect(window.ops.stepped)
        window.watch.changedElsewhere.connect(dialog.reload)
        try:
            dialog.exec()
        finally:
            window.watch.changedElsewhere.disconnect(dialog.reload)


def fill_week(window: MainWindow) -> None:
    """Planning ▸ Fill the week…: the shown range and the platforms the toolbar shows."""
    from ui.dialogs.fill import FillDialog

    first, last = window.visible_days()
    hidden = window.hidden_platforms()
    shown = [p.name for p in window.planner.platforms() if p.name not in hidden] if hidden else None
    with one_use(FillDialog(window.planner, window.ops, first, last, shown, _widget(window))) as dialog:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # An action's message ("…; Edit ▸ Undo takes them back"): the undo, or any next change, clears it.
            window.action_messages.say(dialog.done_message)


def _shortcuts(window: MainWindow) -> None:
    from ui.dialogs.about import ShortcutsDialog

    listed = [*window.action_set.all(), *window.for_me.actions()]  # View ▸ For me's shortcut too
    with one_use(ShortcutsDialog(listed, _widget(window))) as dialog:
        dialog.exec()


def _about(window: MainWindow) -> None:
    from ui.dialogs.about import AboutDialog

    with one_use(AboutDialog(_widget(window))) as dialog:
        dialog.exec()


def export(window: MainWindow, *, live: bool = False) -> None:
    """File ▸ Export…: the dialog writes the files; a live calendar is kept current from then on."""
    from ui.dialogs.export_dialog import ExportDialog

    first, last = window.visible_days()
    shown = [p.name for p in window.planner.platforms() if p.name not in window.hidden_platforms()]
    with one_use(
        ExportDialog(window.planner, _widget(window), first_day=first, last_day=last, shown_platforms=shown)
    ) as dialog:
        if live:
            dialog.live.setChecked(True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        request, written = dialog.request, dialog.written
    if not accepted or request is None:
        window.action_set.live_calendar.setChecked(window.live.is_on())
        return
    if request.live:
        window.live.turn_on(request.options, request.destination)
    window.action_set.live_calendar.setChecked(window.live.is_on())
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
    dialog = ImportDialog(
        window.planner, _widget(window), first_day=first, last_day=last, reason_asker=window.ops.reason_asker
    )
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
        _widget(window),
        QCoreApplication.translate("MainWindow", "Remove a context calendar"),
        question.format(name=name),
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
        _widget(window),
        QCoreApplication.translate("MainWindow", "Back up the database"),
        # The name `db backups` lists and a damaged file's message offers.
        str(backup_path_for(window.planner.backup_base, "manual")),
    )
    if not target:
        return
    try:
        written = window.planner.backup(target)
    except PlannerError as error:
        QMessageBox.warning(_widget(window), title, error.message)
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Backup written to {path}").format(path=written), 10_000
    )


def compare_copy(window: MainWindow) -> None:
    """File ▸ Compare with another copy…: a conflicted copy, a backup, a colleague's file; posts come back from it."""
    folder = "" if window.planner.on_server else str(window.planner.path.parent)
    chosen, _filter = QFileDialog.getOpenFileName(
        _widget(window),
        QCoreApplication.translate("MainWindow", "Compare with another copy of the plan"),
        folder,
        QCoreApplication.translate("MainWindow", "Dialogos plans (*.sqlite);;All files (*)"),
    )
    if chosen:
        window.show_copies(Path(chosen))


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for entry in settings.RECENT_FILES.get():
        action = menu.addAction(entry)
        # A server's URL stays text (reopened with the credentials libpq finds: ~/.pgpass, PGPASSWORD).
        place: Path | str = entry if is_server_url(entry) else Path(entry)
        action.triggered.connect(
            lambda _checked=False, chosen=place: window.opener.open_path(cast(QWidget, window), window.sibling, chosen)
        )

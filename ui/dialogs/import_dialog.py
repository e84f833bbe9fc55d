"""File ▸ Import…: a calendar (.ics) or a spreadsheet (.csv) into the plan.

A calendar comes in either as a *context calendar* (holidays, launches,
industry days: a read-only layer behind the posts) or as posts on a chosen
platform; a spreadsheet comes in as posts, another tool's spreadsheet through
the mapping step (:mod:`ui.dialogs.column_mapping`: the core's guess of what
each column holds, which the user corrects). The core reads, checks and writes
everything in one transaction, off the GUI thread; a rule in block mode that
refuses the import asks for a reason, as for any other change.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.balance.verdicts import BalanceRefused
from planner.errors import PlannerError
from planner.exchange import csv as csv_io
from planner.exchange.csv import ColumnMapping, CsvImportReport, CsvLayout
from planner.exchange.files import read_limited
from planner.exchange.ics import importer as ics_import
from planner.exchange.ics.importer import ImportReport
from planner.exchange.ics.reader import Progress
from planner.locations import expanded
from planner.service import Planner
from planner.timezones import day_range
from ui.background import run_with_progress
from ui.dialogs import InlineMessage
from ui.dialogs.column_mapping import ColumnMappingBox
from ui.operations import ReasonAsker, ask_reason
from ui.ranges import python_date


class ImportKind(enum.Enum):
    CONTEXT = "context"  # an .ics file as a background layer
    POSTS = "posts"  # an .ics file as posts
    CSV = "csv"  # a spreadsheet, as posts


@dataclass(frozen=True)
class ImportRequest:
    kind: ImportKind
    source: Path
    name: str | None = None  # the context calendar's name
    platform: str | None = None  # posts: their platform (None: the file says), for a spreadsheet rows without one
    category: str | None = None
    start: datetime | None = None  # posts from a calendar: only events starting in [start, end)
    end: datetime | None = None
    skip_invalid: bool = False
    mapping: ColumnMapping | None = None  # another tool's spreadsheet: what its columns hold


Report = CsvImportReport | ImportReport


def run_import(
    planner: Planner, request: ImportRequest, reason: str | None = None, progress: Progress | None = None
) -> Report:
    """Read and import the file; the core's report. ``progress`` hears how many events are read,
    then how many of the posts a calendar changes are saved."""
    data = read_limited(request.source)
    if request.kind is ImportKind.CSV:
        return csv_io.import_csv(
            planner,
            data,
            skip_invalid=request.skip_invalid,
            reason=reason,
            mapping=request.mapping,
            platform=request.platform,
        )
    parsed = ics_import.read_calendar(
        data, source=request.source.name, floating_zone=planner.planning_zone, progress=progress
    )
    if request.kind is ImportKind.CONTEXT:
        return ics_import.import_context(planner, parsed, name=request.name)
    return ics_import.import_posts(
        planner,
        parsed,
        platform=request.platform,
        category=request.category,
        start=request.start,
        end=request.end,
        reason=reason,
        progress=progress,
    )


class ImportDialog(QDialog):
    """Pick a file, say how it comes in, import; the result is shown before closing."""

    def __init__(
        self,
        planner: Planner,
        parent: QWidget | None = None,
        *,
        first_day: date | None = None,
        last_day: date | None = None,
        reason_asker: ReasonAsker = ask_reason,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self._planner = planner
        self._ask_reason = reason_asker
        self.report: Report | None = None

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("A calendar (.ics) or a spreadsheet (.csv)"))
        self.path_edit.textChanged.connect(self._kind_changed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)

        self.context_radio = QRadioButton(self.tr("As a &context calendar, shown behind the posts (holidays, events)"))
        self.posts_radio = QRadioButton(self.tr("As &posts"))
        self.context_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.context_radio)
        group.addButton(self.posts_radio)
        self.context_radio.toggled.connect(self._kind_changed)
        self.name_edit = QLineEdit(self)
        self.platform_combo = QComboBox(self)
        self.platform_combo.addItem(self.tr("As the file says (a Dialogos export)"), None)
        for platform in planner.platforms():
            self.platform_combo.addItem(platform.name, platform.name)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("None"), None)
        for category in planner.categories():
            self.category_combo.addItem(category.name, category.name)
        today = planner.now().date()
        first, last = first_day or today, last_day or today
        self.only_between = QCheckBox(self.tr("Only events &between"))
        self.from_edit = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.to_edit = QDateEdit(QDate(last.year, last.month, last.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            self.only_between.toggled.connect(edit.setEnabled)
        self.range_row = QWidget(self)
        range_layout = QHBoxLayout(self.range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.only_between, self.from_edit, self.to_edit):
            range_layout.addWidget(widget)
        range_layout.addStretch(1)
        self.skip_invalid = QCheckBox(self.tr("&Skip invalid rows and import the others"))
        self.mapping_box = ColumnMappingBox(self)
        self.mapping_box.changed.connect(self._mapping_changed)
        self.rows_platform_combo = QComboBox(self)
        self.rows_platform_combo.addItem(self.tr("Choose…"), None)
        for platform in planner.platforms():
            self.rows_platform_combo.addItem(platform.name, platform.name)
        self._layout: CsvLayout | None = None
        self._read_path = ""

        self.message = InlineMessage(self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Import details"))
        self.details.hide()
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow(self.context_radio)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.posts_radio)
        form.addRow(self.tr("P&latform:"), self.platform_combo)
        form.addRow(self.tr("Ca&tegory:"), self.category_combo)
        form.addRow(self.range_row)
        form.addRow(self.mapping_box)
        form.addRow(self.tr("Platform of &all its posts:"), self.rows_platform_combo)
        form.addRow(self.skip_invalid)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for below in (self.message, self.result_label, self.details, self.buttons):
            layout.addWidget(below)
        self._kind_changed()

    def kind(self) -> ImportKind:
        if Path(self.path_edit.text().strip()).suffix.lower() == ".csv":
            return ImportKind.CSV
        return ImportKind.CONTEXT if self.context_radio.isChecked() else ImportKind.POSTS

    def _kind_changed(self) -> None:
        kind = self.kind()
        self._read_columns(kind)
        mapped = self._layout is not None and not self._layout.native
        calendar = kind is not ImportKind.CSV
        for radio in (self.context_radio, self.posts_radio):
            radio.setVisible(calendar)
        for widget, shown in (
            (self.name_edit, kind is ImportKind.CONTEXT),
            (self.platform_combo, kind is ImportKind.POSTS),
            (self.category_combo, kind is ImportKind.POSTS),
            (self.range_row, kind is ImportKind.POSTS),
            (self.skip_invalid, kind is ImportKind.CSV),
            (self.mapping_box, mapped),
            (self.rows_platform_combo, mapped and not self.mapping_box.holds("platform")),
        ):
            widget.setVisible(shown)
            label = self._form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        if not self.name_edit.isModified():
            self.name_edit.setText(Path(self.path_edit.text().strip()).stem)

    def _read_columns(self, kind: ImportKind) -> None:
        """Another tool's spreadsheet: show the core's guess of its columns (read from its first rows)."""
        path = self.path_edit.text().strip()
        if kind is not ImportKind.CSV:
            self._layout, self._read_path = None, ""
            return
        if path == self._read_path:
            return
        self._read_path = path
        source = expanded(path)
        try:
            # A column naming the plan's own platforms ("Café du coin") is found as the command line finds it.
            names = [platform.name for platform in self._planner.platforms()]
            self._layout = csv_io.layout_of_file(source, platforms=names) if source.is_file() else None
        except PlannerError:
            self._layout = None  # the import says why, in one line, when asked for
        if self._layout is not None and not self._layout.native:
            self.mapping_box.show_layout(self._layout)

    def _mapping_changed(self) -> None:
        # A column that gives the platform makes the one-platform choice moot.
        shown = not self.mapping_box.isHidden() and not self.mapping_box.holds("platform")
        self.rows_platform_combo.setVisible(shown)
        label = self._form.labelForField(self.rows_platform_combo)
        if label is not None:
            label.setVisible(shown)

    def _browse(self) -> None:
        kinds = ";;".join(
            (
                self.tr("Calendars and spreadsheets (*.ics *.csv)"),
                self.tr("Calendars (*.ics)"),
                self.tr("Spreadsheets (*.csv)"),
            )
        )
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import"), self.path_edit.text(), kinds)
        if chosen:
            self.path_edit.setText(chosen)

    def request(self) -> ImportRequest:
        start = end = None
        if self.only_between.isChecked():
            first, last = python_date(self.from_edit.date()), python_date(self.to_edit.date())
            start, end = day_range(first, last, self._planner.planning_zone)
        kind = self.kind()
        mapped = kind is ImportKind.CSV and self._layout is not None and not self._layout.native
        platform_combo = self.rows_platform_combo if kind is ImportKind.CSV else self.platform_combo
        return ImportRequest(
            kind=kind,
            source=expanded(self.path_edit.text().strip()),
            name=self.name_edit.text().strip() or None,
            platform=platform_combo.currentData() if kind is not ImportKind.CSV or mapped else None,
            mapping=self.mapping_box.mapping() if mapped else None,
            category=self.category_combo.currentData(),
            start=start,
            end=end,
            skip_invalid=self.skip_invalid.isChecked(),
        )

    def run(self) -> None:
        """Import; show the result (or why nothing was imported) in the dialog."""
        if self.report is not None:
            self.accept()  # the second press closes: the result has been read
            return
        if not self.path_edit.text().strip():
            self.message.show_message(self.tr("Choose the file to import."))
            return
        request = self.request()
        reason: str | None = None
        while True:
            try:
                report = self._in_background(partial(run_import, self._planner, request, reason), request.kind)
            except BalanceRefused as refused:
                reason = self._ask_reason(self, refused.message)
                if reason is None:
                    self.message.show_message(refused.message)
                    return
                continue
            except PlannerError as error:
                self._show_refusal(error)
                return
            break
        self.report = report
        self._show_report(report)

    def _in_background(self, work: Callable[..., Report], kind: ImportKind) -> Report:
        """``work`` off the GUI thread, a progress dialog after a moment: busy while the file is
        parsed, then a bar of the events read, then busy again, saying so, while they are saved
        (posts are checked against the balance rules too, which takes a while for thousands); a
        bar again, saying the same, while the posts a calendar imported again changes are saved."""
        label = self.tr("Importing {file}…").format(file=Path(self.path_edit.text().strip()).name)
        then: str | None = None  # a spreadsheet tells no steps: busy all along
        if kind is ImportKind.POSTS:
            then = self.tr("Saving the posts and checking the balance…")
        elif kind is ImportKind.CONTEXT:
            then = self.tr("Saving the events…")
        return run_with_progress(self, label, lambda report: work(progress=report), then=then)

    def _show_refusal(self, error: PlannerError) -> None:
        self.message.show_message(error.message)
        problems = [str(problem) for problem in error.problems] if isinstance(error, csv_io.CsvRowsInvalid) else []
        self._show_details(problems)

    def _show_details(self, lines: list[str]) -> None:
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        if lines:
            # Room for a handful of rows at once, the dialog growing for them (never past the screen).
            metrics = self.details.fontMetrics()
            self.details.setMinimumSize(
                metrics.averageCharWidth() * 90, metrics.lineSpacing() * min(len(lines) + 1, 10) + 12
            )
            self.adjustSize()

    def _show_report(self, report: Report) -> None:
        self.message.clear()
        if isinstance(report, ImportReport) and report.calendar is not None:
            text = self.tr("The context calendar “{name}” now has %n event(s).", "", report.calendar.event_count)
            text = text.format(name=report.calendar.name)
        else:
            text = self.tr("Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.")
            matched = report.matched if isinstance(report, CsvImportReport) else 0
            if matched:
                # Rows without uid (another tool's export) found in the plan again rather than copied.
                text = self.tr(
                    "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; "
                    "rows without uid found in the plan by platform, title and time: {matched}."
                )
            text = text.format(
                created=report.created,
                updated=report.updated,
                unchanged=report.unchanged,
                skipped=len(report.skipped),
                matched=matched,
            )
        self.result_label.setText(text)
        self.result_label.show()
        if isinstance(report, ImportReport):
            lines = [
                self.tr("line {line}: “{summary}”: {why}").format(line=s.line, summary=s.summary, why=s.reason)
                for s in report.skipped
            ]
            # What the core left out of the file (an empty RRULE, a trailing line…), after the events.
            lines += [self.tr("Note: {message}").format(message=note.message) for note in report.notes]
            warnings = list(report.breaches)
        else:
            lines = [str(problem) for problem in report.skipped]
            if report.day_first_assumed is not None:
                # Dates that read both ways, taken day first: say so, and how to take them back.
                hint = self.tr(
                    "If they are month first, delete the posts this import created, "
                    "then import the file again with “Dates are month first” ticked."
                )
                lines.append(self.tr("Note: {message}").format(message=f"{report.day_first_assumed.message} {hint}"))
            if report.date_order is not None:
                # A cell that settled the order against the header or the first rows: what was read, and why.
                lines.append(self.tr("Note: {message}").format(message=report.date_order.message))
            warnings = list(report.warnings)
        # Balance rules the import breaks (saved in warn mode, or overridden) come first: they need a look.
        self._show_details([self.tr("⚠ {message}").format(message=message) for message in warnings] + lines)
        self.import_button.setText(self.tr("&Close"))
        self.close_button.hide()
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)

"""File ▸ Export…: the plan to a calendar file (.ics) or a spreadsheet (.csv).

The dialog only gathers the user's choices into the core's options
(:class:`planner.exchange.ics.export.ExportOptions`, a
:class:`~planner.model.PostQuery` for CSV); the core writes the files, off
the GUI thread. An iCalendar export can be kept up to date after every change
(a "live" calendar file that a calendar app subscribes to).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.exchange.csv import CsvFlavour, export_csv, export_csv_with_followups
from planner.exchange.ics.export import DEFAULT_STATUSES, MAX_REMINDER_MINUTES, ExportOptions, export_ics
from planner.i18n import language
from planner.locations import expanded
from planner.model import PostQuery, Status
from planner.service import Planner
from planner.timezones import day_range
from ui import settings
from ui.background import run_in_background
from ui.dialogs import InlineMessage
from ui.labels import status_label
from ui.plan_place import export_path
from ui.ranges import python_date


class ExportFormat(enum.Enum):
    ICS = "ics"
    CSV = "csv"


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for: the core's options, the format and where to write."""

    format: ExportFormat
    options: ExportOptions
    destination: Path
    excel: bool = False  # CSV for a French-language spreadsheet: semicolons, UTF-8 with a BOM
    live: bool = False  # keep the calendar file up to date after every change


def excel_by_default() -> bool:
    """The spreadsheet box as last exported; at first, ticked where decimals take a comma
    (French Excel and its kin read semicolons there, since the comma is taken)."""
    chosen = settings.CSV_FOR_EXCEL.get()
    return QLocale().decimalPoint() == "," if chosen is None else chosen


def run_export(planner: Planner, request: ExportRequest) -> list[Path]:
    """Write the files the request names; the paths written."""
    if request.format is ExportFormat.ICS:
        return export_ics(planner, request.options, request.destination)
    options = request.options
    query = PostQuery(options.start, options.end, platforms=options.platforms, statuses=options.statuses)
    flavour = CsvFlavour.EXCEL_FR if request.excel else CsvFlavour.STANDARD
    # People read these files: headers in their language (an import reads either).
    if options.followups:
        written = export_csv_with_followups(planner, query, request.destination, flavour=flavour, headers=language())
        return [request.destination, written.followups_path]
    export_csv(planner, query, request.destination, flavour=flavour, headers=language())
    return [request.destination]


class ExportDialog(QDialog):
    """Choose the format, the platforms, the dates, the statuses and the file, then export."""

    def __init__(
        self,
        planner: Planner,
        parent: QWidget | None = None,
        *,
        first_day: date,
        last_day: date,
        shown_platforms: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._planner = planner
        self._zone = planner.planning_zone
        self.written: list[Path] = []
        self.request: ExportRequest | None = None

        self.ics_radio = QRadioButton(self.tr("&Calendar file (.ics) for Google Calendar, Outlook, Apple, Thunderbird"))
        self.csv_radio = QRadioButton(self.tr("&Spreadsheet (.csv)"))
        self.ics_radio.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.ics_radio)
        formats.addButton(self.csv_radio)

        self.platform_list = QListWidget(self)
        self.platform_list.setAccessibleName(self.tr("Platforms"))
        shown = set(shown_platforms) if shown_platforms is not None else None
        for platform in planner.platforms():
            item = QListWidgetItem(platform.name, self.platform_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = shown is None or platform.name in shown
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.platform_list.setMaximumHeight(self.fontMetrics().height() * 7)

        self.all_dates = QCheckBox(self.tr("&All dates"))
        self.from_edit = QDateEdit(QDate(first_day.year, first_day.month, first_day.day), self)
        self.to_edit = QDateEdit(QDate(last_day.year, last_day.month, last_day.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        for edit in (self.from_edit, self.to_edit):
            self.all_dates.toggled.connect(edit.setDisabled)

        self.status_boxes: dict[Status, QCheckBox] = {}
        statuses = QGridLayout()
        for index, status in enumerate([*(s for s in Status if s.is_dated), Status.IDEA]):
            box = QCheckBox(status_label(status))
            box.setChecked(status in DEFAULT_STATUSES)
            self.status_boxes[status] = box
            statuses.addWidget(box, index // 3, index % 3)
        # Ideas have no date: a spreadsheet can list them (with every date), a calendar cannot.
        idea = self.status_boxes[Status.IDEA]
        idea.setToolTip(self.tr("Ideas have no date: they go to a spreadsheet with “All dates”."))
        self.all_dates.toggled.connect(lambda _on: self._format_changed())

        self.per_platform = QCheckBox(self.tr("One file per &platform"))
        self.reminder = QCheckBox(self.tr("&Reminder before each post:"))
        self.reminder_minutes = QSpinBox(self)
        self.reminder_minutes.setRange(0, MAX_REMINDER_MINUTES)
        self.reminder_minutes.setValue(30)
        self.reminder_minutes.setSuffix(self.tr(" min"))
        self.reminder_minutes.setEnabled(False)
        self.reminder.toggled.connect(self.reminder_minutes.setEnabled)
        self.followups = QCheckBox(self.tr("Include &follow-ups"))
        self.live = QCheckBox(self.tr("&Keep this file up to date after every change (for a subscribed calendar)"))
        self.live.toggled.connect(self._live_changed)
        self.excel = QCheckBox(self.tr("For a French-language spreadsheet (semicolons, accents kept in Excel)"))
        self.excel.setChecked(excel_by_default())

        self.path_edit = QLineEdit(self)
        self.path_edit.setText(str(export_path(planner.location)))  # a server plan has no folder: the home one
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)

        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(statuses, browse)
        self.ics_radio.toggled.connect(self._format_changed)
        self._format_changed()

    def _lay_out(self, statuses: QGridLayout, browse: QPushButton) -> None:
        format_box = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(format_box)
        format_layout.addWidget(self.ics_radio)
        format_layout.addWidget(self.csv_radio)

        what = QGroupBox(self.tr("What"))
        form = QFormLayout(what)
        form.addRow(self.tr("Platforms:"), self.platform_list)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(self.to_edit)
        dates.addWidget(self.all_dates)
        form.addRow(self.tr("From, to:"), dates)
        form.addRow(self.tr("Statuses:"), statuses)

        how = QGroupBox(self.tr("File"))
        how_layout = QVBoxLayout(how)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        how_layout.addLayout(path_row)
        how_layout.addWidget(self.per_platform)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_minutes)
        reminder_row.addStretch(1)
        how_layout.addLayout(reminder_row)
        how_layout.addWidget(self.followups)
        how_layout.addWidget(self.live)
        how_layout.addWidget(self.excel)

        layout = QVBoxLayout(self)
        for widget in (format_box, what, how, self.message, self.buttons):
            layout.addWidget(widget)

    # -- choices ----------------------------------------------------------------

    def format(self) -> ExportFormat:
        return ExportFormat.ICS if self.ics_radio.isChecked() else ExportFormat.CSV

    def _format_changed(self) -> None:
        ics = self.format() is ExportFormat.ICS
        for widget in (self.per_platform, self.reminder, self.live):
            widget.setVisible(ics)
        self.reminder_minutes.setVisible(ics)
        self.excel.setVisible(not ics)
        self.status_boxes[Status.IDEA].setVisible(not ics)
        self.status_boxes[Status.IDEA].setEnabled(self.all_dates.isChecked())
        if ics:
            tip = self.tr(
                "Each follow-up as a to-do, and each reply window as busy time. "
                "Google Calendar ignores to-dos: it shows the reply windows only."
            )
        else:
            tip = self.tr("A second file beside this one, ending in “-followups.csv”, one row per follow-up.")
        self.followups.setToolTip(tip)
        path = Path(self.path_edit.text() or export_path(self._planner.location).name)
        self.path_edit.setText(str(path.with_suffix(".ics" if ics else ".csv")))

    def _live_changed(self, live: bool) -> None:
        # A subscribed calendar follows the whole plan, new weeks included, and what it promises.
        if live:
            self.all_dates.setChecked(True)
            self.followups.setChecked(True)
        self.all_dates.setEnabled(not live)

    def _browse(self) -> None:
        ics = self.format() is ExportFormat.ICS
        kinds = self.tr("Calendars (*.ics)") if ics else self.tr("Spreadsheets (*.csv)")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text(), kinds)
        if chosen:
            self.path_edit.setText(chosen)

    def chosen_platforms(self) -> list[str]:
        return [
            self.platform_list.item(row).text()
            for row in range(self.platform_list.count())
            if self.platform_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> ExportOptions:
        """The core's options for what is chosen."""
        chosen = self.chosen_platforms()
        # Every platform ticked means all of them, those added later included (a live file follows them).
        platforms = () if len(chosen) == self.platform_list.count() else tuple(chosen)
        start = end = None
        if not self.all_dates.isChecked():
            start, end = day_range(python_date(self.from_edit.date()), python_date(self.to_edit.date()), self._zone)
        ics = self.format() is ExportFormat.ICS
        return ExportOptions(
            platforms=platforms,
            start=start,
            end=end,
            statuses=tuple(
                status
                for status, box in self.status_boxes.items()
                if box.isChecked() and box.isEnabled() and (status.is_dated or not ics)
            ),
            per_platform=ics and self.per_platform.isChecked(),
            reminder_minutes=self.reminder_minutes.value() if ics and self.reminder.isChecked() else None,
            followups=self.followups.isChecked(),
        )

    def export(self) -> None:
        """Write the files; the dialog closes on success and says why not otherwise."""
        if not self.path_edit.text().strip():
            self.message.show_message(self.tr("Choose the file to write."))
            return
        if not self.chosen_platforms():
            self.message.show_message(self.tr("Choose at least one platform."))
            return
        if not any(box.isChecked() for box in self.status_boxes.values()):
            self.message.show_message(self.tr("Choose at least one status."))
            return
        ics = self.format() is ExportFormat.ICS
        try:
            request = ExportRequest(
                format=self.format(),
                options=self.options(),
                destination=expanded(self.path_edit.text().strip()),
                excel=not ics and self.excel.isChecked(),
                live=ics and self.live.isChecked(),
            )
            label = self.tr("Exporting to {file}…").format(file=request.destination.name)
            self.written = run_in_background(self, label, lambda: run_export(self._planner, request))
        except PlannerError as error:
            self.message.show_message(error.message)
            return
        self.request = request
        if not ics:
            settings.CSV_FOR_EXCEL.set(request.excel)  # the next export starts from this choice
        self.accept()

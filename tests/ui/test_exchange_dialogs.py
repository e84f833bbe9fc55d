"""File ▸ Export, File ▸ Import, the live calendar file and the context
calendars, driven through the real dialogs and the main window."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from planner import Planner, PostFields
from planner.balance.rules import Mode, preset_rule
from planner.exchange.ics.export import ExportOptions
from planner.model import Post, PostQuery, Status
from tests.helpers.ui import PARIS
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.live_calendar import LiveCalendarKeeper, _setting
from ui.window.main_window import MainWindow

AddPost = Callable[..., Post]
MakeWindow = Callable[[], MainWindow]

HOLIDAYS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Holidays//EN\r\n"
    "BEGIN:VEVENT\r\nUID:pentecost-2026@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20260611\r\nDTEND;VALUE=DATE:20260612\r\nSUMMARY:Fête de la musique (eve)\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:launch-2026@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
    "DTSTART:20260609T080000Z\r\nDTEND:20260609T100000Z\r\nSUMMARY:Product launch\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def export_dialog(qtbot: QtBot, plan: Planner) -> ExportDialog:
    dialog = ExportDialog(plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot: QtBot, radio: QRadioButton) -> None:
    """Click a radio button on its indicator, where a click selects it."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def events_of(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_export_writes_a_calendar_of_the_chosen_platforms_and_dates(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    add_post("In the week", 2026, 6, 10, 9, 30)
    add_post("On LinkedIn", 2026, 6, 11, 9, 30, platform="LinkedIn")
    add_post("Next month", 2026, 7, 10, 9, 30)
    dialog = export_dialog(qtbot, plan)
    linkedin = dialog.platform_list.findItems("LinkedIn", Qt.MatchFlag.MatchExactly)[0]
    linkedin.setCheckState(Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(tmp_path / "week.ics"))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert [str(e["SUMMARY"]) for e in events_of(tmp_path / "week.ics")] == ["[Instagram] 💬 In the week"]


def test_export_to_a_spreadsheet_for_french_excel(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    add_post("Café ou thé ?", 2026, 6, 10, 9, 30)
    dialog = export_dialog(qtbot, plan)
    choose(qtbot, dialog.csv_radio)
    assert dialog.path_edit.text().endswith(".csv") and dialog.excel.isVisible() and not dialog.live.isVisible()
    dialog.excel.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "plan.csv"))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    data = (tmp_path / "plan.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";" in data.splitlines()[0]
    assert "Café ou thé ?" in data.decode("utf-8-sig")


def test_a_file_that_cannot_be_written_is_said_in_the_dialog(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, plan)
    dialog.path_edit.setText(str(tmp_path / "missing" / "plan.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "missing" in dialog.message.text()
    assert not (tmp_path / "missing").exists()


def test_the_live_calendar_follows_every_change_and_is_remembered(
    qtbot: QtBot, plan: Planner, add_post: AddPost, make_window: MakeWindow, tmp_path: Path
) -> None:
    add_post("First", 2026, 6, 10, 9, 30)
    window = make_window()
    live = tmp_path / "live.ics"
    window.live.turn_on(ExportOptions(), live)
    qtbot.waitUntil(lambda: live.exists() and len(events_of(live)) == 1)

    fields = PostFields(platform="LinkedIn", title="Second", start=plan.now().astimezone(PARIS))
    window.ops.create(fields)
    qtbot.waitUntil(lambda: len(events_of(live)) == 2, timeout=5000)
    assert "Live calendar updated" in window.statusBar().currentMessage()

    # A colleague's change is followed too.
    with Planner.open(plan.path, user="sam") as colleague:
        colleague.create_post(PostFields(platform="Instagram", title="Third", start=plan.now().astimezone(PARIS)))
    qtbot.waitUntil(lambda: len(events_of(live)) == 3, timeout=5000)

    window.close()
    again = make_window()
    assert again.live.is_on() and again.action_set.live_calendar.isChecked()
    again.action_set.live_calendar.trigger()  # unchecks: stop updating
    assert not again.live.is_on()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_dialog(qtbot: QtBot, plan: Planner, path: Path, **options: object) -> ImportDialog:
    dialog = ImportDialog(plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14), **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    return dialog


def test_a_calendar_imported_as_context_shows_behind_the_week_and_can_be_hidden(
    qtbot: QtBot, plan: Planner, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    dialog = import_dialog(qtbot, plan, write(tmp_path, "holidays.ics", HOLIDAYS))
    assert dialog.name_edit.text() == "holidays" and dialog.name_edit.isVisible()
    dialog.name_edit.setText("Jours fériés")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert "“Jours fériés” now has 2 events" in dialog.result_label.text()
    assert not dialog.details.isVisible()  # nothing skipped, nothing broken
    window.reload()
    thursday = window.week_view.day_rect(date(2026, 6, 11))
    chip = thursday.topLeft().toPoint()
    chip.setY(int(thursday.top()) - 6)
    chip.setX(int(thursday.center().x()))
    assert [e.summary for e in window.week_view.context_at(chip)] == ["Fête de la musique (eve)"]

    window.context_menu.aboutToShow.emit()
    entry = next(a for a in window.context_menu.actions() if a.text() == "Jours fériés")
    assert entry.isChecked()
    entry.trigger()  # hide it
    assert window.week_view.context_at(chip) == []
    assert plan.context_calendars()[0].visible is False


def test_a_bad_calendar_file_is_one_line_and_nothing_is_imported(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    dialog = import_dialog(qtbot, plan, write(tmp_path, "notes.ics", "shopping list\n"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None and "notes.ics" in dialog.message.text()
    assert "\n" not in dialog.message.text()
    assert plan.context_calendars() == []


def test_a_csv_with_bad_rows_lists_them_by_line_and_imports_nothing(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    text = (
        "Date;Heure;Plateforme;Titre;Catégorie\r\n"
        "10/06/2026;09h30;Instagram;Bonne idée;Question\r\n"
        "31/02/2026;09h30;Instagram;Date impossible;Question\r\n"
        "11/06/2026;10:00;Minitel;Plateforme inconnue;Question\r\n"
    )
    dialog = import_dialog(qtbot, plan, write(tmp_path, "plan.csv", text, "cp1252"))
    assert dialog.skip_invalid.isVisible() and not dialog.context_radio.isVisible()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.report is None and dialog.details.isVisible()
    details = dialog.details.toPlainText().splitlines()
    assert [line.split(":")[0] for line in details] == ["line 3", "line 4"]
    assert plan.list_posts() == []
    # Every problem shows at once, without scrolling a three-line box.
    assert dialog.details.viewport().height() >= dialog.details.fontMetrics().lineSpacing() * 3

    dialog.skip_invalid.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1 new" in dialog.result_label.text() and "2 skipped" in dialog.result_label.text()
    assert [p.title for p in plan.list_posts()] == ["Bonne idée"]


def test_posts_from_a_calendar_refused_by_a_rule_are_saved_with_a_reason(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    plan.set_rule(preset_rule("80-20", mode=Mode.BLOCK))
    for day in (15, 16, 17, 18):
        add_post(f"Question {day}", 2026, 6, day, 9, 30, platform="LinkedIn")
    add_post("Offer", 2026, 6, 19, 9, 30, platform="LinkedIn", category="Offer")
    offers = HOLIDAYS.replace("Product launch", "Second offer").replace("20260609T", "20260619T")
    asked: list[str] = []

    def reason(_parent: object, refusal: str) -> str:
        asked.append(refusal)
        return "Launch week"

    dialog = import_dialog(qtbot, plan, write(tmp_path, "offers.ics", offers), reason_asker=reason)
    choose(qtbot, dialog.posts_radio)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findText("LinkedIn"))
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findText("Offer"))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert asked and "LinkedIn" in asked[0]
    assert "2 new" in dialog.result_label.text()
    assert dialog.details.isVisible() and "⚠" in dialog.details.toPlainText()  # what the import breaks
    titles = [p.title for p in plan.list_posts(PostQuery(platforms=("LinkedIn",)))]
    assert "Second offer" in titles


def test_export_needs_a_platform_and_every_platform_means_all_of_them(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, plan)
    assert dialog.options().platforms == ()  # all ticked: new platforms will be in a live file too
    for row in range(dialog.platform_list.count()):
        dialog.platform_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.path_edit.setText(str(tmp_path / "none.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least one platform" in dialog.message.text()
    assert not (tmp_path / "none.ics").exists()
    dialog.platform_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.options().platforms == (dialog.platform_list.item(0).text(),)


def test_skipped_events_are_listed_with_their_reason_in_words(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    cancelled = HOLIDAYS.replace("SUMMARY:Product launch\r\n", "SUMMARY:Product launch\r\nSTATUS:CANCELLED\r\n")
    dialog = import_dialog(qtbot, plan, write(tmp_path, "events.ics", cancelled))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    details = dialog.details.toPlainText()
    assert "“Product launch”" in details and "cancelled" in details and "_" not in details


def test_a_spreadsheet_can_list_the_ideas_too(qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path) -> None:
    add_post("Dated", 2026, 6, 10, 9, 30)
    plan.create_post(PostFields(platform="Instagram", title="Someday: a podcast"))
    dialog = export_dialog(qtbot, plan)
    idea = dialog.status_boxes[Status.IDEA]
    assert not idea.isVisible()  # a calendar has no place for an undated idea
    choose(qtbot, dialog.csv_radio)
    assert idea.isVisible() and not idea.isEnabled()  # only with every date
    dialog.all_dates.setChecked(True)
    assert idea.isEnabled()
    idea.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "all.csv"))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    text = (tmp_path / "all.csv").read_text(encoding="utf-8")
    assert "Someday: a podcast" in text and "Dated" in text


def test_export_with_follow_ups_to_a_calendar_and_a_spreadsheet(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    post = add_post("Your winter book?", 2026, 6, 10, 9, 30)
    plan.followups.add(post.id, "replies", after="2h")
    dialog = export_dialog(qtbot, plan)
    assert dialog.followups.isVisible() and not dialog.followups.isChecked()
    assert "Google Calendar" in dialog.followups.toolTip()
    dialog.followups.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "week.ics"))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    calendar = icalendar.Calendar.from_ical((tmp_path / "week.ics").read_bytes())
    assert [str(t["SUMMARY"]) for t in calendar.walk("VTODO")] == ["Reply window: [Instagram] Your winter book?"]
    assert [str(e["TRANSP"]) for e in events_of(tmp_path / "week.ics") if "TRANSP" in e] == ["OPAQUE"]

    sheet = export_dialog(qtbot, plan)
    choose(qtbot, sheet.csv_radio)
    assert sheet.followups.isVisible() and "-followups.csv" in sheet.followups.toolTip()
    sheet.followups.setChecked(True)
    sheet.path_edit.setText(str(tmp_path / "week.csv"))
    qtbot.mouseClick(sheet.export_button, Qt.MouseButton.LeftButton)

    assert sheet.written == [tmp_path / "week.csv", tmp_path / "week-followups.csv"]
    assert post.uid in (tmp_path / "week-followups.csv").read_text(encoding="utf-8")


def test_the_live_file_includes_follow_ups(qtbot: QtBot, plan: Planner) -> None:
    dialog = export_dialog(qtbot, plan)

    dialog.live.setChecked(True)

    assert dialog.followups.isChecked() and dialog.options().followups


def test_a_follow_ups_file_imports_through_the_dialog(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    post = add_post("Your winter book?", 2026, 6, 10, 9, 30)
    header = "post_uid,kind,due,offset,duration_minutes,owner,status,kept_at,kept_by_post,reason,note\r\n"
    row = f"{post.uid},post,2026-06-13T09:30:00+02:00,3d,,,open,,,,our selection\r\n"
    dialog = import_dialog(qtbot, plan, write(tmp_path, "plan-followups.csv", header + row))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert "1 new" in dialog.result_label.text()
    assert [(f.kind.value, f.note) for f in plan.followups.list()] == [("post", "our selection")]


def test_a_live_file_turned_on_before_follow_ups_existed_includes_them(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path
) -> None:
    post = add_post("Your winter book?", 2026, 6, 10, 9, 30)
    plan.followups.add(post.id, "answer", after="1d")
    live = tmp_path / "live.ics"
    older = {"destination": str(live), "platforms": [], "statuses": ["draft"], "per_platform": False}
    _setting(plan).set(json.dumps(older | {"reminder_minutes": None}))  # as saved before follow-ups

    keeper = LiveCalendarKeeper(plan)
    keeper.refresh()
    keeper.wait()

    assert b"BEGIN:VTODO" in live.read_bytes()
    keeper.turn_off()


# -- French CSV by default in French (issue 17, point 10) ----------------------------------------


@pytest.fixture
def locale_of() -> Iterator[Callable[[QLocale.Language, QLocale.Country], None]]:
    previous = QLocale()
    yield lambda language, country: QLocale.setDefault(QLocale(language, country))
    QLocale.setDefault(previous)


def test_the_french_excel_box_is_ticked_where_decimals_take_a_comma(
    qtbot: QtBot, plan: Planner, locale_of: Callable[[QLocale.Language, QLocale.Country], None]
) -> None:
    for language, country, ticked in (
        (QLocale.Language.French, QLocale.Country.France, True),
        (QLocale.Language.German, QLocale.Country.Germany, True),
        (QLocale.Language.German, QLocale.Country.Switzerland, False),  # Swiss German writes 3.5
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, False),
    ):
        locale_of(language, country)
        dialog = export_dialog(qtbot, plan)
        choose(qtbot, dialog.csv_radio)
        assert dialog.excel.isChecked() is ticked, (language, country)


def test_the_french_excel_choice_is_remembered_for_the_next_export(
    qtbot: QtBot, plan: Planner, add_post: AddPost, tmp_path: Path,
    locale_of: Callable[[QLocale.Language, QLocale.Country], None],
) -> None:  # fmt: skip
    add_post("Café ou thé ?", 2026, 6, 10, 9, 30)
    locale_of(QLocale.Language.French, QLocale.Country.France)
    dialog = export_dialog(qtbot, plan)
    choose(qtbot, dialog.csv_radio)
    qtbot.mouseClick(dialog.excel, Qt.MouseButton.LeftButton)  # untick: a plain CSV this time
    assert not dialog.excel.isChecked()
    dialog.path_edit.setText(str(tmp_path / "plan.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert b";" not in (tmp_path / "plan.csv").read_bytes().splitlines()[0]

    again = export_dialog(qtbot, plan)
    choose(qtbot, again.csv_radio)
    assert not again.excel.isChecked()
    locale_of(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    qtbot.mouseClick(again.excel, Qt.MouseButton.LeftButton)
    again.path_edit.setText(str(tmp_path / "again.csv"))
    qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    assert export_dialog(qtbot, plan).excel.isChecked()  # ticked last time, in English too

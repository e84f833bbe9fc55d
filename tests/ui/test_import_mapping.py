"""File ▸ Import of another tool's spreadsheet: the mapping step shows the guessed columns, the user fixes them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.timezones import localize
from ui.dialogs.import_dialog import ImportDialog

# Hootsuite's classic bulk-schedule file: no header, MM/DD/YYYY HH:MM, the message, a link, no platform.
HOOTSUITE = (
    '06/13/2026 09:15,"Summer menu is here, come taste it",https://example.org/menu\r\n'
    "06/14/2026 18:30,Last chance for the terrace,\r\n"
)
# A sheet kept by hand in French: headers no guess knows ("Quand", "Quoi"), a column of notes.
HAND_MADE = "Quand;Quoi;Réseau;Remarque\r\n20/06/2026 10:00;Atelier ouvert;LinkedIn;à relire\r\n"


def import_dialog(qtbot: QtBot, plan: Planner, path: Path) -> ImportDialog:
    dialog = ImportDialog(plan, first_day=date(2026, 6, 8), last_day=date(2026, 6, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    return dialog


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry as a user does with the keyboard: focus the combo and type the entry's name."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def paris(*wall: int) -> datetime:
    return localize(datetime(*wall), "Europe/Paris")


def test_hootsuites_file_shows_the_guessed_columns_and_imports(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text(HOOTSUITE, encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)

    box = dialog.mapping_box
    assert box.isVisible()
    assert [combo.currentText() for combo in box.combos] == ["Date and time", "Text", "Link"]
    assert box.month_first.isChecked()  # a 13 in second place: the dates are month first
    assert dialog.rows_platform_combo.isVisible()  # no platform column: one for all the posts

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None and "platform" in dialog.message.text()
    assert plan.list_posts() == []

    choose(qtbot, dialog.rows_platform_combo, "Instagram")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.report is not None and "2 new" in dialog.result_label.text()
    posts = plan.list_posts()
    assert [(p.title, p.platform, p.start) for p in posts] == [
        ("Summer menu is here, come taste it", "Instagram", paris(2026, 6, 13, 9, 15)),
        ("Last chance for the terrace", "Instagram", paris(2026, 6, 14, 18, 30)),
    ]


def test_the_user_fixes_the_guess_before_importing(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    source = tmp_path / "sheet.csv"
    source.write_text(HAND_MADE, encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)
    box = dialog.mapping_box
    remark = box.combos[3]
    # The dates by their cells, the platform by its (French) header, the longest text as the text.
    assert [c.currentText() for c in box.combos] == ["Date and time", "Text", "Platform", "Leave out"]
    assert not dialog.rows_platform_combo.isVisible()  # the file names its platforms

    choose(qtbot, remark, "Notes")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.report is not None, dialog.message.text()
    [post] = plan.list_posts()
    assert (post.title, post.body, post.notes, post.platform) == (
        "Atelier ouvert",
        "Atelier ouvert",
        "à relire",
        "LinkedIn",
    )
    assert post.start == paris(2026, 6, 20, 10, 0)


def test_choosing_what_another_column_holds_moves_it(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text(HOOTSUITE, encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)
    link = dialog.mapping_box.combos[2]

    choose(qtbot, link, "Text")

    assert [c.currentText() for c in dialog.mapping_box.combos] == ["Date and time", "Leave out", "Text"]


def test_a_mapping_without_a_date_is_one_line_and_nothing_is_imported(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text(HOOTSUITE, encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)
    choose(qtbot, dialog.mapping_box.combos[0], "Leave out")
    choose(qtbot, dialog.rows_platform_combo, "Instagram")

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.report is None and "dates" in dialog.message.text()
    assert "\n" not in dialog.message.text()
    assert plan.list_posts() == []


def test_a_dialogos_export_needs_no_mapping_step(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    source = tmp_path / "plan.csv"
    source.write_text("date,time,platform,title\r\n2026-06-20,10:00,Instagram,Hello\r\n", encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)

    assert not dialog.mapping_box.isVisible() and not dialog.rows_platform_combo.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [p.title for p in plan.list_posts()] == ["Hello"]


def test_a_wide_export_scrolls_inside_a_dialog_that_fits_a_small_screen(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    # Another planner's full export (the shape Buffer and Later write): sixteen columns of its own words.
    headers = ["Post text", "Scheduled at", "Network", "Image URL", "Link", "Tags", "Campaign", "Owner", "Status",
               "Notes", "First comment", "Alt text", "Location", "Boost", "Approval", "Labels"]  # fmt: skip
    values = ["Ask us anything", "2026-06-15 10:00", "LinkedIn", "https://cdn.example.org/a.png",
              "https://example.org/ask", "", "Summer", "", "", "check", "", "", "", "", "", ""]  # fmt: skip
    source = tmp_path / "export.csv"
    source.write_text(",".join(headers) + "\r\n" + ",".join(values) + "\r\n", encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)
    dialog.adjustSize()

    assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1024
    combos = dialog.mapping_box.combos
    assert [c.currentText() for c in combos[:5]] == ["Text", "Date and time", "Platform", "Leave out", "Link"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    [post] = plan.list_posts()
    assert (post.title, post.platform, post.campaign, post.notes) == ("Ask us anything", "LinkedIn", "Summer", "check")


def test_the_same_hootsuite_file_imported_again_says_its_rows_were_found_and_adds_nothing(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    source = tmp_path / "bulk.csv"
    source.write_text(HOOTSUITE, encoding="utf-8")
    for _ in range(2):
        dialog = import_dialog(qtbot, plan, source)
        choose(qtbot, dialog.rows_platform_combo, "Instagram")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.result_label.text() == (
        "Imported: 0 new, 0 updated, 2 unchanged, 0 skipped; "
        "rows without uid found in the plan by platform, title and time: 2."
    )
    assert len(plan.list_posts()) == 2


def test_dates_nothing_settles_are_said_under_the_month_first_box(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    # Hootsuite's classic bulk file without a 13 or more: 06/05/2027 is 6 May or 5 June.
    source = tmp_path / "bulk.csv"
    source.write_text("06/05/2027 09:15,Summer menu is here\r\n06/07/2027 14:00,The terrace opens\r\n")
    dialog = import_dialog(qtbot, plan, source)
    box = dialog.mapping_box

    assert box.order_hint.isVisible() and not box.month_first.isChecked()
    assert "06/05/2027 09:15" in box.order_hint.text() and "day first" in box.order_hint.text()

    qtbot.mouseClick(box.month_first, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.rows_platform_combo, "Instagram")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert [p.start for p in plan.list_posts()] == [paris(2027, 6, 5, 9, 15), paris(2027, 6, 7, 14, 0)]


def test_hootsuites_template_header_ticks_month_first_with_nothing_to_say(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    # Hootsuite's bulk-schedule template: its date header spells MM/DD/YYYY.
    source = tmp_path / "template.csv"
    source.write_text("Date (MM/DD/YYYY HH:MM),Message (Required),Link\r\n06/05/2027 09:15,Summer menu,\r\n")
    dialog = import_dialog(qtbot, plan, source)

    assert dialog.mapping_box.month_first.isChecked() and not dialog.mapping_box.order_hint.isVisible()


def test_a_column_of_platform_names_is_guessed_as_the_platform(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    # A sheet typed by hand and saved without its header row, then one whose header no guess knows ("Chan").
    for name, text in (
        ("bare.csv", "15/06/2027 09:15,Hello,Instagram\r\n16/06/2027 10:00,Again,LinkedIn\r\n"),
        ("chan.csv", "When,Text,Chan\r\n15/06/2027 09:15,Hello,Instagram\r\n"),
    ):
        source = tmp_path / name
        source.write_text(text, encoding="utf-8")
        dialog = import_dialog(qtbot, plan, source)

        assert [combo.currentText() for combo in dialog.mapping_box.combos] == ["Date and time", "Text", "Platform"]
        assert not dialog.rows_platform_combo.isVisible()  # the file names its platforms


def test_a_column_naming_the_plan_s_own_platform_is_guessed_as_the_platform(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    # A name no guess knows, but the plan does: the dialog finds it as the command line does.
    plan.add_platform("Café du coin", "forum")
    source = tmp_path / "sheet.csv"
    rows = "15/06/2027 09:15,Hello,Café du coin\r\n16/06/2027 10:00,Again,Café du coin\r\n"
    source.write_text(rows, encoding="utf-8")
    dialog = import_dialog(qtbot, plan, source)

    assert [combo.currentText() for combo in dialog.mapping_box.combos] == ["Date and time", "Text", "Platform"]


def test_dates_read_day_first_unasked_are_said_after_the_import(qtbot: QtBot, plan: Planner, tmp_path: Path) -> None:
    # Hootsuite's classic bulk file without a 13 or more, imported as guessed: day first, and the report says so.
    source = tmp_path / "bulk.csv"
    source.write_text("06/05/2027 09:15,Summer menu is here\r\n06/07/2027 14:00,The terrace opens\r\n")
    dialog = import_dialog(qtbot, plan, source)
    choose(qtbot, dialog.rows_platform_combo, "Instagram")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert [p.start for p in plan.list_posts()] == [paris(2027, 5, 6, 9, 15), paris(2027, 7, 6, 14, 0)]
    assert "06/05/2027 09:15" in dialog.details.toPlainText()
    assert "“Dates are month first” ticked" in dialog.details.toPlainText()


def test_a_template_header_a_cell_contradicts_is_said_in_the_report(
    qtbot: QtBot, plan: Planner, tmp_path: Path
) -> None:
    # Hootsuite's US template filled in day first: 25/06 can only be day first, so the dates are read so, and said.
    source = tmp_path / "template.csv"
    source.write_text("Date (MM/DD/YYYY HH:MM),Message\r\n06/05/2027 09:15,Hi there\r\n25/06/2027 09:15,Yo there\r\n")
    dialog = import_dialog(qtbot, plan, source)
    choose(qtbot, dialog.rows_platform_combo, "Instagram")

    assert not dialog.mapping_box.month_first.isChecked()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert [p.start for p in plan.list_posts()] == [paris(2027, 5, 6, 9, 15), paris(2027, 6, 25, 9, 15)]
    assert "the header “Date (MM/DD/YYYY HH:MM)” says the dates are month first" in dialog.details.toPlainText()

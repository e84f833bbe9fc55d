"""``dialogos export csv``, ``dialogos import csv`` and ``post list --format csv`` as a user runs them."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from planner.model import Post, PostPatch
from planner.service import Planner
from tests.helpers.cli import Run, revision

AddPost = Callable[..., dict[str, Any]]


def records(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def write(path: Path, *lines: str, encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(line + "\r\n" for line in lines).encode(encoding))
    return path


@pytest.fixture
def planned(add_post: AddPost) -> list[dict[str, Any]]:
    """Three posts: two dated ones (Paris, New York) and an idea."""
    return [
        add_post("Which coffee do you brew?", "--at", "2026-06-01 09:30", "--category", "Question"),
        add_post("Live from Brooklyn", "--at", "2026-06-02 10:00", "--tz", "America/New_York", platform="X"),
        add_post("Someday: a podcast", "--status", "idea", platform="LinkedIn"),
    ]


# -- export ---------------------------------------------------------------------------


def test_export_to_a_file_then_import_it_changes_nothing(
    cli: Run, plan_path: Path, planned: Any, tmp_path: Path
) -> None:
    target = tmp_path / "plan.csv"

    exported = cli("export", "csv", target)

    assert exported.code == 0, exported.err
    assert exported.out == f"3 posts written to {target}.\n"
    rows = records(target.read_text(encoding="utf-8"))
    assert [r["title"] for r in rows] == ["Which coffee do you brew?", "Live from Brooklyn", "Someday: a podcast"]
    assert (rows[1]["date"], rows[1]["time"], rows[1]["timezone"]) == ("2026-06-02", "10:00", "America/New_York")
    before = revision(plan_path)

    imported = cli("import", "csv", target)

    assert imported.code == 0, imported.err
    assert imported.out == f"Imported {target}: posts created: 0, updated: 0, unchanged: 3.\n"
    assert revision(plan_path) == before
    # In French, the counts follow their words: no "1 créées" to agree.
    again = cli("--lang", "fr", "import", "csv", target)
    assert again.out == f"Import de {target} : publications créées : 0, modifiées : 0, inchangées : 3.\n"
    assert {p["version"] for p in cli("post", "list", "--format", "json").json} == {1}


def test_export_to_standard_output_with_filters(cli: Run, planned: Any) -> None:
    result = cli("export", "csv", "-", "--week", "2026-W23", "--platform", "X")

    assert result.code == 0, result.err
    assert [r["title"] for r in records(result.out)] == ["Live from Brooklyn"]


def test_export_for_french_excel(cli: Run, planned: Any, tmp_path: Path) -> None:
    target = tmp_path / "excel.csv"

    assert cli("export", "csv", target, "--excel-fr").code == 0

    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"identifiant;date;heure;")
    first = records(data.decode("utf-8-sig"), delimiter=";")[0]
    assert (first["titre"], first["statut"]) == ("Which coffee do you brew?", "brouillon")
    assert cli("export", "csv", target, "--excel-fr", "--headers", "en").code == 0
    assert target.read_bytes().startswith(codecs.BOM_UTF8 + b"uid;date;time;")


def test_export_into_a_missing_folder_is_one_line(cli: Run, planned: Any, tmp_path: Path) -> None:
    result = cli("export", "csv", tmp_path / "nowhere" / "plan.csv")

    assert result.code == 2
    assert "nowhere" in result.assert_one_line_error()


def test_post_list_as_csv(cli: Run, planned: Any) -> None:
    result = cli("post", "list", "--format", "csv", "--status", "idea")

    assert result.code == 0, result.err
    [idea] = records(result.out)
    assert (idea["title"], idea["platform"], idea["date"], idea["status"]) == (
        "Someday: a podcast",
        "LinkedIn",
        "",
        "idea",
    )
    assert result.out.startswith("uid,date,time,timezone,utc_offset,platform,title,")


# -- import -----------------------------------------------------------------------------


def test_import_a_french_excel_file(cli: Run, tmp_path: Path) -> None:
    source = write(
        tmp_path / "excel.csv",
        "Date;Heure;Plateforme;Titre;Catégorie;Texte;Statut",
        "01/06/2026;9h30;Instagram;Café gourmand à l’été;Question;Qu’en pensez-vous ?;Programmée",
        encoding="cp1252",
    )

    result = cli("import", "csv", source)

    assert result.code == 0, result.err
    assert "posts created: 1," in result.out
    [post] = cli("post", "list", "--format", "json").json
    assert (post["title"], post["body"], post["status"]) == (
        "Café gourmand à l’été",
        "Qu’en pensez-vous ?",
        "scheduled",
    )
    assert post["start"] == "2026-06-01T09:30:00+02:00"


BAD_FILES = {
    "empty": b"",
    "binary": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    "no-header": b"hello;world\r\n1;2\r\n",
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_is_one_line_and_writes_nothing(
    cli: Run, plan_path: Path, planned: Any, tmp_path: Path, name: str
) -> None:
    source = tmp_path / f"{name}.csv"
    source.write_bytes(BAD_FILES[name])
    before = revision(plan_path)

    result = cli("import", "csv", source)

    assert result.code == 2
    result.assert_one_line_error()
    assert revision(plan_path) == before


def test_the_expected_columns_are_named(cli: Run, tmp_path: Path) -> None:
    source = tmp_path / "other.csv"
    source.write_bytes(b"name,email\r\nAda,ada@example.org\r\n")

    message = cli("import", "csv", source).assert_one_line_error()
    french = cli("import", "csv", source, "--lang", "fr").assert_one_line_error()

    assert "platform, title" in message
    assert "plateforme, titre" in french


def test_a_file_over_the_size_limit_is_refused_before_reading(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "huge.csv"
    with source.open("wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)  # sparse: costs no disk
    before = revision(plan_path)

    result = cli("import", "csv", source)

    assert result.code == 2
    assert "20 MB" in result.assert_one_line_error()
    assert revision(plan_path) == before


def test_a_missing_file(cli: Run, tmp_path: Path) -> None:
    result = cli("import", "csv", tmp_path / "absent.csv")

    assert result.code == 2
    assert "absent.csv" in result.assert_one_line_error()


def bad_rows(tmp_path: Path) -> Path:
    return write(
        tmp_path / "rows.csv",
        "platform,title,date,time,body",
        'Instagram,Fine,2026-06-01,09:30,"two\nlines"',
        "Myspace,Unknown platform,2026-06-01,09:30,",
        "Instagram,In the gap,2026-03-29,02:30,",
        "Instagram,Also fine,2026-06-02,09:30,",
    )


def test_bad_rows_are_all_listed_and_nothing_is_imported(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    before = revision(plan_path)

    result = cli("import", "csv", bad_rows(tmp_path))

    assert (result.code, result.out) == (2, "")
    first, *rows = result.err.splitlines()
    assert first.startswith("Error: 2 rows are invalid, so nothing was imported.") and "--skip-invalid" in first
    assert rows[0].startswith("  line 4: Unknown platform “Myspace”")
    assert rows[1].startswith("  line 5: 2026-03-29 02:30 does not exist in Europe/Paris")
    assert len(rows) == 2
    assert revision(plan_path) == before


def test_skip_invalid_imports_the_good_rows_and_lists_the_others(cli: Run, tmp_path: Path) -> None:
    result = cli("import", "csv", bad_rows(tmp_path), "--skip-invalid")

    assert result.code == 0, result.err
    assert "posts created: 2," in result.out
    assert [line.split(":")[0] for line in result.err.splitlines()] == ["Skipped line 4", "Skipped line 5"]
    assert [p["title"] for p in cli("post", "list", "--format", "json").json] == ["Fine", "Also fine"]


def test_bad_rows_in_french(cli: Run, tmp_path: Path) -> None:
    result = cli("import", "csv", bad_rows(tmp_path), "--lang", "fr")

    assert result.err.startswith("Erreur : 2 lignes sont invalides : rien n’a été importé.")
    assert "  ligne 4 : Plateforme inconnue « Myspace »" in result.err


def test_unknown_columns_are_named_on_stderr(cli: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "extra.csv", "title,platform,Commentaires", "Hello,X,to check")

    result = cli("import", "csv", source)

    assert result.code == 0
    assert result.err == "Warning: columns not imported (unknown to Dialogos): Commentaires.\n"


def test_a_blocking_rule_refuses_the_import_then_force_with_a_reason(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    assert (
        cli("rules", "set", "--platform", "Instagram", "--window", "1", "--max-promotion", "0", "--mode", "block").code
        == 0
    )
    source = write(
        tmp_path / "promo.csv", "platform,title,category,date,time", "Instagram,Summer sale,Offer,2026-06-02,09:00"
    )
    before = revision(plan_path)

    refused = cli("import", "csv", source)

    assert refused.code == 3
    assert "--force --reason" in refused.assert_one_line_error()
    assert revision(plan_path) == before

    assert cli("import", "csv", source, "--force").code == 2  # a reason is required
    forced = cli("import", "csv", source, "--force", "--reason", "Launch week")

    assert forced.code == 0, forced.err
    assert "posts created: 1," in forced.out
    assert forced.err.startswith("Warning: ")


def test_import_into_a_new_file_that_fails_leaves_no_file(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"

    result = cli("import", "csv", bad_rows(tmp_path), db=target)

    assert result.code == 2
    assert not target.exists()


# -- an older export and a colleague's saves ----------------------------------------------


def colleague_edits(plan_path: Path, post_id: int, title: str) -> None:
    with Planner.open(plan_path, user="marie") as theirs:
        theirs.edit_post(post_id, PostPatch(title=title))


def test_one_bad_row_is_named_in_the_singular(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "one.csv", "platform,title", "Myspace,Unknown platform", "X,Fine")

    english = cli("import", "csv", source)
    french = cli("import", "csv", source, "--lang", "fr")

    assert english.code == french.code == 2
    assert english.err.splitlines()[0] == (
        "Error: 1 row is invalid, so nothing was imported. Correct it, or import the other rows with --skip-invalid:"
    )
    assert french.err.splitlines()[0] == (
        "Erreur : 1 ligne est invalide : rien n’a été importé. "
        "Corrigez-la, ou importez les autres lignes avec --skip-invalid :"
    )


def test_an_older_export_is_refused_rather_than_undoing_a_colleagues_edit(
    cli: Run, plan_path: Path, planned: Any, tmp_path: Path
) -> None:
    old = tmp_path / "monday.csv"
    assert cli("export", "csv", old).code == 0
    colleague_edits(plan_path, planned[1]["id"], "Live from Brooklyn, 11:00 now")
    text = old.read_text(encoding="utf-8").replace("Someday: a podcast", "Someday: a podcast series")
    old.write_text(text, encoding="utf-8", newline="")
    before = revision(plan_path)

    refused = cli("import", "csv", old)

    assert (refused.code, refused.out) == (2, "")
    assert refused.err.splitlines()[1:] == [
        "  line 3: “Live from Brooklyn” was changed in Dialogos by marie since this file was exported "
        "(version 1, now 2): export again, or clear the version cell to overwrite that change."
    ]
    assert revision(plan_path) == before

    skipped = cli("import", "csv", old, "--skip-invalid")

    assert skipped.code == 0, skipped.err
    assert skipped.out == f"Imported {old}: posts created: 0, updated: 1, unchanged: 1.\n"
    assert skipped.err.startswith("Skipped line 3: “Live from Brooklyn” was changed in Dialogos by marie")
    titles = [p["title"] for p in cli("post", "list", "--format", "json").json]
    assert titles == ["Which coffee do you brew?", "Live from Brooklyn, 11:00 now", "Someday: a podcast series"]


def test_a_save_during_the_import_exits_4_and_writes_nothing(
    cli: Run, plan_path: Path, planned: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "mine.csv", "uid,platform,title", f"{planned[0]['uid']},Instagram,Mine")
    read = Planner.posts_by_uid

    def read_then_colleague_saves(self: Planner, uids: Iterable[str]) -> dict[str, Post]:
        found = read(self, uids)
        colleague_edits(plan_path, planned[0]["id"], "Theirs")
        return found

    monkeypatch.setattr(Planner, "posts_by_uid", read_then_colleague_saves)
    before = revision(plan_path)

    result = cli("import", "csv", source)

    assert result.code == 4
    assert result.assert_one_line_error() == (
        "Error: line 2: “Mine” was changed by marie during the import, so nothing was imported: import the file again."
    )
    assert revision(plan_path) == before + 1  # the colleague's save, and only that
    assert cli("post", "show", planned[0]["id"], "--format", "json").json["title"] == "Theirs"


# -- follow-ups -----------------------------------------------------------------------


def test_followups_go_to_a_second_file_and_import_back(
    cli: Run, add_post: AddPost, tmp_path: Path, plan_path: Path
) -> None:
    post = add_post("Your winter book?", "--at", "2026-06-01 09:30")
    assert cli("followup", "add", post["id"], "--kind", "replies", "--after", "2h").code == 0
    assert cli("followup", "add", post["id"], "--kind", "post", "--after", "3d", "--title", "our selection").code == 0

    result = cli("export", "csv", tmp_path / "plan.csv", "--followups")

    assert result.code == 0, result.err
    assert result.out == (
        f"1 post written to {tmp_path / 'plan.csv'}.\nFollow-ups written to {tmp_path / 'plan-followups.csv'}: 2.\n"
    )
    rows = records((tmp_path / "plan-followups.csv").read_text(encoding="utf-8"))
    assert [(r["post_uid"], r["kind"], r["offset"], r["note"]) for r in rows] == [
        (post["uid"], "replies", "2h", ""),
        (post["uid"], "post", "3d", "our selection"),
    ]
    at = revision(plan_path)
    again = cli("import", "csv", tmp_path / "plan-followups.csv")
    assert again.code == 0, again.err
    assert again.out == (
        f"Imported {tmp_path / 'plan-followups.csv'}: follow-ups created: 0, updated: 0, unchanged: 2.\n"
    )
    assert revision(plan_path) == at
    assert "plan-followups.csv" in cli("export", "csv", "--help").out


def test_followups_need_a_file_not_stdout(cli: Run, add_post: AddPost) -> None:
    add_post("Your winter book?", "--at", "2026-06-01 09:30")

    result = cli("export", "csv", "-", "--followups")

    assert result.code == 2
    assert "--followups" in result.assert_one_line_error()


def test_a_bad_followup_row_is_named_and_nothing_is_imported(
    cli: Run, add_post: AddPost, tmp_path: Path, plan_path: Path
) -> None:
    post = add_post("Your winter book?", "--at", "2026-06-01 09:30")
    source = write(
        tmp_path / "f.csv",
        "post_uid,kind,due,offset,duration_minutes,owner,status,kept_at,kept_by_post,reason,note",
        f"{post['uid']},replies,2026-06-01T11:30:00+02:00,2h,60,,open,,,,",
        "unknown-uid,post,2026-06-04T09:30:00+02:00,3d,,,open,,,,",
    )
    at = revision(plan_path)

    result = cli("import", "csv", source)

    assert result.code == 2
    assert result.err.splitlines()[1:] == [
        "  line 3: No post of this plan has the uid “unknown-uid”: import the posts' file first."
    ]
    assert revision(plan_path) == at


# -- another tool's file ----------------------------------------------------------------


def hootsuite(path: Path) -> Path:
    """Hootsuite's classic bulk-schedule file: no header, MM/DD/YYYY HH:MM, the message, a link."""
    return write(
        path,
        '06/13/2026 09:15,"Summer menu is here, come taste it",https://example.org/menu',
        "06/14/2026 18:30,Last chance for the terrace,",
    )


def test_hootsuites_bulk_file_imports_without_any_map(cli: Run, tmp_path: Path) -> None:
    source = hootsuite(tmp_path / "bulk.csv")

    result = cli("import", "csv", source, "--platform", "Instagram")

    assert result.code == 0, result.err
    assert result.out == f"Imported {source}: posts created: 2, updated: 0, unchanged: 0.\n"
    posts = cli("post", "list", "--format", "json").json
    assert [(p["title"], p["platform"], p["start"]) for p in posts] == [
        ("Summer menu is here, come taste it", "Instagram", "2026-06-13T09:15:00+02:00"),
        ("Last chance for the terrace", "Instagram", "2026-06-14T18:30:00+02:00"),
    ]


def test_a_file_without_platforms_asks_for_one_in_one_line(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    source = hootsuite(tmp_path / "bulk.csv")
    before = revision(plan_path)

    message = cli("import", "csv", source).assert_one_line_error()
    french = cli("import", "csv", source, "--lang", "fr").assert_one_line_error()

    assert "--platform" in message and "no platform column" in message
    assert "--platform" in french and "plateforme" in french
    assert revision(plan_path) == before


def test_map_says_what_another_planners_columns_hold(cli: Run, tmp_path: Path) -> None:
    # A sheet kept by hand, or exported by a planner whose headers no guess knows.
    source = write(tmp_path / "sheet.csv", "Quand;Quoi;Commentaire", "20/06/2026 10:00;Atelier ouvert;à relire")

    result = cli(
        "import", "csv", source, "--map", "Quoi=body", "--map", "Quand=datetime", "--map", "Commentaire=notes",
        "--platform", "LinkedIn",
    )  # fmt: skip

    assert result.code == 0, result.err
    [post] = cli("post", "list", "--format", "json").json
    assert (post["title"], post["body"], post["notes"]) == ("Atelier ouvert", "Atelier ouvert", "à relire")
    assert (post["platform"], post["start"]) == ("LinkedIn", "2026-06-20T10:00:00+02:00")


def test_month_first_reads_an_en_us_file_whose_dates_could_be_either(cli: Run, tmp_path: Path) -> None:
    source = write(tmp_path / "bulk.csv", "06/01/2026 9:15 PM,Hello from the US")

    assert cli("import", "csv", source, "--platform", "X", "--month-first").code == 0

    [post] = cli("post", "list", "--format", "json").json
    assert post["start"] == "2026-06-01T21:15:00+02:00"


def test_hootsuites_template_reads_its_dates_as_its_header_spells_them(cli: Run, tmp_path: Path) -> None:
    # Hootsuite's bulk-schedule template, as downloaded from its help page: the header says MM/DD/YYYY.
    source = write(
        tmp_path / "template.csv",
        "Date (MM/DD/YYYY HH:MM),Message (Required),Link,Image URL",
        "06/05/2027 09:15,Summer menu is here,https://example.org/menu,",
        "06/07/2027 14:00,The terrace opens,,",
    )

    result = cli("import", "csv", source, "--platform", "Instagram")

    assert result.code == 0, result.err
    assert "Note" not in result.err
    posts = cli("post", "list", "--format", "json").json
    assert [p["start"] for p in posts] == ["2027-06-05T09:15:00+02:00", "2027-06-07T14:00:00+02:00"]


def test_dates_that_could_be_either_way_are_read_day_first_with_a_note(cli: Run, tmp_path: Path) -> None:
    # Hootsuite's classic bulk file, without a header, and no 13 or more to tell the order.
    source = write(tmp_path / "bulk.csv", "06/05/2027 09:15,Summer menu is here", "06/07/2027 14:00,Terrace")

    result = cli("import", "csv", source, "--platform", "Instagram")
    other = write(tmp_path / "other.csv", "06/05/2027 10:00,Menu")
    french = cli("--lang", "fr", "import", "csv", other, "--platform", "X")

    assert result.code == 0, result.err
    assert (
        "Note: dates such as “06/05/2027 09:15” could be day or month first, and nothing in the file says which: "
        "they were read day first (2027-05-06), not month first (2027-06-05). If they are month first, delete the "
        "posts this import created and import the file again with --month-first.\n"
    ) in result.err
    assert "Note : des dates comme « 06/05/2027 10:00 »" in french.err and "--month-first" in french.err
    assert "Note" not in cli("import", "csv", source, "--platform", "X", "--month-first").err


def test_a_column_naming_platforms_is_read_without_a_header(cli: Run, tmp_path: Path) -> None:
    # A sheet typed by hand and saved without its header row: the third column names the platforms.
    source = write(tmp_path / "sheet.csv", "15/06/2027 09:15,Hello,Instagram", "16/06/2027 10:00,Again,LinkedIn")

    result = cli("import", "csv", source)

    assert result.code == 0, result.err
    posts = cli("post", "list", "--format", "json").json
    assert [(p["platform"], p["title"]) for p in posts] == [("Instagram", "Hello"), ("LinkedIn", "Again")]


def test_without_a_platform_column_the_refusal_names_both_ways_on(cli: Run, plan_path: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "sheet.csv", "15/06/2027 09:15,Hello,Chez nous")
    before = revision(plan_path)

    message = cli("import", "csv", source).assert_one_line_error()
    french = cli("--lang", "fr", "import", "csv", source).assert_one_line_error()

    assert "--platform NAME" in message and '--map "N=platform"' in message
    assert "--platform NOM" in french and '--map "N=platform"' in french
    assert revision(plan_path) == before


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--map", "Message=colour"], "colour"),  # an unknown target
        (["--map", "Colour=body"], "Colour"),  # a column the file does not have
        (["--map", "Date="], "--map"),  # a mapping without a date
        (["--map", "Message"], "COLUMN=WHAT"),  # not COLUMN=WHAT
        (["--map", "Message=datetime", "--map", "Date=body"], "Hello"),  # the dates are read where none are
    ],
)
def test_a_mapping_that_cannot_work_is_one_line_and_nothing_is_written(
    cli: Run, plan_path: Path, tmp_path: Path, options: list[str], words: str
) -> None:
    source = write(tmp_path / "sheet.csv", "Date,Message", "2026-06-20 10:00,Hello")
    before = revision(plan_path)

    result = cli("import", "csv", source, "--platform", "X", *options)

    assert words in result.assert_one_line_error()
    assert result.code == 2
    assert revision(plan_path) == before


def test_a_date_that_does_not_parse_names_its_line_and_nothing_is_written(
    cli: Run, plan_path: Path, tmp_path: Path
) -> None:
    source = write(tmp_path / "sheet.csv", "Date,Message", "2026-06-20 10:00,Hello", "31/06/2026 10:00,Bye")
    before = revision(plan_path)

    result = cli("import", "csv", source, "--platform", "X")

    assert result.code == 2
    assert "line 3: “31/06/2026 10:00” is not a date and time" in result.err
    assert revision(plan_path) == before


def test_a_hootsuite_file_imported_again_finds_its_posts_and_says_so(cli: Run, tmp_path: Path, plan_path: Path) -> None:
    source = hootsuite(tmp_path / "bulk.csv")
    cli("import", "csv", source, "--platform", "Instagram")
    before = revision(plan_path)

    again = cli("import", "csv", source, "--platform", "Instagram")
    french = cli("--lang", "fr", "import", "csv", source, "--platform", "Instagram")

    assert again.code == 0, again.err
    assert again.out == (
        f"Imported {source}: posts created: 0, updated: 0, unchanged: 2. "
        "Rows without uid found in the plan by platform, title and time: 2.\n"
    )
    assert french.out == (
        f"Import de {source} : publications créées : 0, modifiées : 0, inchangées : 2. "
        "Lignes sans uid retrouvées dans le plan par plateforme, titre et heure : 2.\n"
    )
    assert revision(plan_path) == before
    assert len(cli("post", "list", "--format", "json").json) == 2

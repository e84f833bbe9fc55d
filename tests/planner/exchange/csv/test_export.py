"""CSV export: the documented columns, each post's own time, spreadsheet flavours, formulas kept inert."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, PostQuery, Status
from planner.exchange.csv.columns import COLUMNS, JOINER, CsvFlavour, guard, unguard
from planner.exchange.csv.export import export_csv, write_csv
from planner.timezones import localize

ENGLISH = [
    "uid", "date", "time", "timezone", "utc_offset", "platform", "title", "category", "side", "status",
    "approved_by", "duration_minutes", "author", "campaign", "link", "body", "notes", "version",
]  # fmt: skip
FRENCH = [
    "identifiant", "date", "heure", "fuseau", "décalage UTC", "plateforme", "titre", "catégorie", "registre",
    "statut", "approuvée par", "durée (min)", "auteur", "campagne", "lien", "texte", "notes", "version",
]  # fmt: skip


def rows(data: bytes, *, delimiter: str = ",", encoding: str = "utf-8") -> list[dict[str, str]]:
    """The records of an export, by header, as a spreadsheet would read them."""
    reader = csv.DictReader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter)
    return list(reader)


def add(
    planner: Planner, title: str, *, at: datetime | None = None, zone: str = "Europe/Paris", **fields: object
) -> None:
    start = localize(at, zone) if at else None
    planner.create_post(PostFields(platform="Instagram", title=title, start=start, timezone=zone, **fields))  # type: ignore[arg-type]


def test_the_header_names_the_documented_columns(planner: Planner) -> None:
    assert list(COLUMNS) == ENGLISH
    assert write_csv([]).decode() == ",".join(ENGLISH) + "\r\n"
    french = write_csv([], headers="fr").decode()
    assert french.rstrip("\r\n").split(",") == FRENCH


def test_one_row_per_post_in_its_own_zone_with_every_field(planner: Planner) -> None:
    add(
        planner, "Live from Brooklyn", at=datetime(2026, 6, 1, 10, 0), zone="America/New_York",
        category="Event", body="Doors open at 10.\nSee you!", status=Status.READY, duration_minutes=90,
        author="Léa Dubois", campaign="Summer", link="https://example.org/live", notes="Bring the banner",
    )  # fmt: skip
    add(planner, "Ask about recipes")  # an idea

    dated, idea = rows(write_csv(planner.list_posts()))

    post = planner.list_posts()[0]
    assert dated == {
        "uid": post.uid, "date": "2026-06-01", "time": "10:00", "timezone": "America/New_York",
        "utc_offset": "UTC-04:00", "platform": "Instagram", "title": "Live from Brooklyn", "category": "Event",
        "side": "information", "status": "ready", "approved_by": "", "duration_minutes": "90", "author": "Léa Dubois",
        "campaign": "Summer", "link": "https://example.org/live", "body": "Doors open at 10.\nSee you!",
        "notes": "Bring the banner", "version": "1",
    }  # fmt: skip
    assert (idea["title"], idea["date"], idea["time"], idea["utc_offset"]) == ("Ask about recipes", "", "", "")
    assert (idea["status"], idea["timezone"]) == ("idea", "Europe/Paris")


def test_french_headers_write_french_status_words(planner: Planner) -> None:
    add(planner, "Coulisses du torréfacteur", at=datetime(2026, 6, 2, 9, 30), status=Status.SCHEDULED)

    [row] = rows(write_csv(planner.list_posts(), headers="fr"))

    assert (row["statut"], row["heure"], row["fuseau"]) == ("programmée", "09:30", "Europe/Paris")


def test_each_row_carries_the_posts_current_version(planner: Planner) -> None:
    add(planner, "Edited twice", at=datetime(2026, 6, 2, 9, 30))
    add(planner, "Never edited")
    edited = planner.list_posts()[0]
    planner.edit_post(edited.id, PostPatch(title="Edited once"))
    planner.edit_post(edited.id, PostPatch(title="Edited twice, really"))

    twice, never = rows(write_csv(planner.list_posts(), headers="fr"))

    assert (twice["titre"], twice["version"]) == ("Edited twice, really", "3")
    assert (never["titre"], never["version"]) == ("Never edited", "1")


def test_the_two_autumn_times_are_told_apart_by_their_offset(planner: Planner) -> None:
    # 02:30 happens twice in Paris on 25 October 2026: at 00:30 and at 01:30 UTC.
    for hour in (0, 1):
        instant = datetime(2026, 10, 25, hour, 30, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris"))
        planner.create_post(PostFields(platform="X", title=f"At {hour}:30 UTC", start=instant))

    first, second = rows(write_csv(planner.list_posts()))

    assert (first["time"], first["utc_offset"]) == ("02:30", "UTC+02:00")
    assert (second["time"], second["utc_offset"]) == ("02:30", "UTC+01:00")


def test_standard_flavour_is_plain_utf8_with_commas(planner: Planner) -> None:
    add(planner, "Café, crème; et “guillemets”", at=datetime(2026, 6, 3, 8, 0))

    data = write_csv(planner.list_posts())

    assert not data.startswith(codecs.BOM_UTF8)
    assert rows(data)[0]["title"] == "Café, crème; et “guillemets”"


def test_french_excel_flavour_has_semicolons_and_a_byte_order_mark(planner: Planner) -> None:
    add(planner, "Événement à Lyon, enfin", at=datetime(2026, 6, 3, 8, 0))

    data = write_csv(planner.list_posts(), flavour=CsvFlavour.EXCEL_FR, headers="fr")

    assert data.startswith(codecs.BOM_UTF8 + b"identifiant;date;heure;")
    [row] = rows(data, delimiter=";", encoding="utf-8-sig")
    assert row["titre"] == "Événement à Lyon, enfin"


def test_a_title_that_a_spreadsheet_would_run_is_written_as_text(planner: Planner) -> None:
    add(planner, '=HYPERLINK("http://evil.example","click")', at=datetime(2026, 6, 3, 8, 0), body="@team look")
    add(planner, "-20% this weekend", at=datetime(2026, 6, 4, 8, 0), body="Plain text")

    attack, discount = rows(write_csv(planner.list_posts()))

    assert attack["title"] == JOINER + '=HYPERLINK("http://evil.example","click")'
    assert attack["body"] == JOINER + "@team look"
    assert discount["title"] == JOINER + "-20% this weekend"
    assert discount["body"] == "Plain text"
    assert attack["utc_offset"] == "UTC+02:00"  # our own cells are left alone


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cells_seen_by(data: str, separator: str) -> list[str]:
    """Every cell a spreadsheet could make of ``data`` when it splits at ``separator`` and at any line break,
    quotes or not (what a wrong separator in LibreOffice's or Excel's import, or a bare CR, does)."""
    pieces: list[str] = []
    for line in data.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        pieces += (cell.strip().lstrip('"').lstrip() for cell in line.split(separator))
    return pieces


def test_a_formula_after_the_other_separator_stays_text_in_either_flavour(planner: Planner) -> None:
    # What a French team writes in a body, meant as prose, and an attacker's copy of it.
    add(planner, "Lien", at=datetime(2026, 6, 3, 8, 0), body='Voir ceci ;=HYPERLINK("http://evil.example","clic")')
    add(planner, "Somme", at=datetime(2026, 6, 4, 8, 0), body="Total ,=1+1", notes="a\t@SUM(A1)")
    add(planner, "Retour", at=datetime(2026, 6, 5, 8, 0), body="ligne\r=1+1\nsuite\n- tiret")

    standard = write_csv(planner.list_posts()).decode()
    french = write_csv(planner.list_posts(), flavour=CsvFlavour.EXCEL_FR).decode("utf-8-sig")

    for text in (standard, french):
        for separator in (",", ";", "\t"):
            assert not [cell for cell in cells_seen_by(text, separator) if cell.startswith(FORMULA_START)]
    # Read with the right separator, the cells hold the very text, the bare CR inside its quoted cell.
    assert [unguard(row["body"]) for row in rows(standard.encode())] == [
        'Voir ceci ;=HYPERLINK("http://evil.example","clic")',
        "Total ,=1+1",
        "ligne\r=1+1\nsuite\n- tiret",
    ]
    assert len(rows(standard.encode())) == 3  # the CR did not start a row


def test_the_guard_is_invisible_and_only_where_a_formula_could_start(planner: Planner) -> None:
    add(planner, "Plain, simple; text", at=datetime(2026, 6, 3, 8, 0), body="Price: 20 - 5 = 15")

    [row] = rows(write_csv(planner.list_posts()))

    assert (row["title"], row["body"]) == ("Plain, simple; text", "Price: 20 - 5 = 15")
    assert unicodedata.category(JOINER) == "Cf"  # a format character: drawn as nothing
    assert "'" not in guard("=1") + guard("a;=1")


@given(st.text(alphabet=st.sampled_from(["a", " ", ",", ";", "\t", "\r", "\n", "=", "+", "-", "@", "'", JOINER])))
def test_the_formula_guard_is_undone_exactly(text: str) -> None:
    written = guard(text)

    assert unguard(written) == text
    for separator in (",", ";", "\t"):
        assert not [cell for cell in cells_seen_by(written, separator) if cell.startswith(FORMULA_START)]


@given(st.text())
def test_any_text_survives_the_guard(text: str) -> None:
    assert unguard(guard(text)) == text


def test_an_older_exports_apostrophe_guard_is_still_removed() -> None:
    # Dialogos before the joiner wrote '=… at a cell's start.
    assert unguard("'=SUM(A1)") == "=SUM(A1)"
    assert unguard("''-2") == "'-2"
    assert unguard("it's") == "it's"


def test_export_writes_the_queried_posts_to_a_file(planner: Planner, tmp_path: Path) -> None:
    add(planner, "June", at=datetime(2026, 6, 3, 8, 0))
    add(planner, "July", at=datetime(2026, 7, 3, 8, 0))
    add(planner, "Someday")
    june = PostQuery(localize(datetime(2026, 6, 1), "Europe/Paris"), localize(datetime(2026, 7, 1), "Europe/Paris"))
    target = tmp_path / "june.csv"

    assert export_csv(planner, june, target) == 1
    assert [r["title"] for r in rows(target.read_bytes())] == ["June"]
    assert export_csv(planner, PostQuery(), target) == 3  # replaces the file; ideas come last
    assert [r["title"] for r in rows(target.read_bytes())] == ["June", "July", "Someday"]

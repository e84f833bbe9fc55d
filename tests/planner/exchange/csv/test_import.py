"""CSV import: its own export changes nothing, spreadsheets' files read as written, every bad row reported."""

from __future__ import annotations

import codecs
import csv
import io
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status, ValidationError
from planner.balance.rules import BalanceRule, Mode
from planner.balance.verdicts import BalanceRefused
from planner.errors import ConflictError
from planner.exchange.csv.cells import parse_date, parse_time
from planner.exchange.csv.columns import CsvFlavour
from planner.exchange.csv.export import write_csv
from planner.exchange.csv.importer import CsvRowsInvalid, import_csv
from planner.exchange.csv.reader import read_csv
from planner.exchange.ics.importer import import_posts, read_calendar
from planner.i18n import set_language
from planner.model import Post
from planner.timezones import localize
from planner.validation import shows_something
from tests.helpers.fixed import NOW, PLANNING_ZONE, PLATFORMS, USER

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


@contextmanager
def fresh_plan(folder: Path, name: str) -> Iterator[Planner]:
    """A new file like the ``planner`` fixture's (hypothesis examples cannot share that fixture)."""
    with Planner.open(folder / f"{name}.sqlite", planning_zone=PLANNING_ZONE, clock=lambda: NOW, user=USER) as plan:
        for platform, kind in PLATFORMS:
            plan.add_platform(platform, kind)
        yield plan


_FIELDS = ("uid", "platform", "title", "body", "category", "side", "status", "timezone", "duration_minutes",
           "author", "campaign", "link", "notes")  # fmt: skip


def snapshot(posts: list[Post]) -> list[tuple[object, ...]]:
    """What a post is to its user, instants compared as instants (two 02:30 of one night differ)."""
    return sorted((*(getattr(p, name) for name in _FIELDS), p.start.timestamp() if p.start else None) for p in posts)


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return "".join(line + "\r\n" for line in lines).encode(encoding)


def paris(*wall: int) -> datetime:
    return localize(datetime(*wall), "Europe/Paris")


# -- the round trip ----------------------------------------------------------------------

TRICKY = ["=", "+", "-", "@", "'", "\u2060", '"', ";", ",", " ", "é", "É", "ç", "œ", "€", "«", "»", "😀", "☕"]
_LETTERS = st.characters(blacklist_categories=("Cc", "Cs"))
_ONE_LINE = st.one_of(_LETTERS, st.sampled_from(TRICKY))
one_line = st.text(alphabet=_ONE_LINE, max_size=30)
titles = st.text(alphabet=_ONE_LINE, min_size=1, max_size=30).map(str.strip).filter(shows_something)
many_lines = st.text(alphabet=st.one_of(_LETTERS, st.sampled_from([*TRICKY, "\n", "\r", "\t"])), max_size=60)
# Days when clocks change in Paris or New York, and an ordinary one.
DAYS = [date(2026, 3, 8), date(2026, 3, 29), date(2026, 6, 15), date(2026, 10, 25), date(2026, 11, 1)]


@st.composite
def post_fields(draw: st.DrawFn) -> PostFields:
    status = draw(st.sampled_from(Status))
    start = None
    tz = draw(st.sampled_from([PARIS, NEW_YORK]))
    if status.is_dated:
        day = draw(st.sampled_from(DAYS))
        minutes = draw(st.integers(0, 48 * 4 - 1)) * 15
        seconds = draw(st.sampled_from([0, 0, 0, 17]))
        instant = datetime.combine(day, time(), tzinfo=UTC) + timedelta(hours=-12, minutes=minutes, seconds=seconds)
        start = instant.astimezone(tz)  # every instant of the day, both autumn 01:30 included
    return PostFields(
        platform=draw(st.sampled_from([name for name, _ in PLATFORMS])),
        title=draw(titles),
        body=draw(many_lines),
        category=draw(st.sampled_from([None, "Question", "Offer", "Event"])),
        status=status,
        start=start,
        timezone=tz.key,
        duration_minutes=draw(st.integers(1, 600)),
        author=draw(st.sampled_from([None, "Léa Dubois", "=social team", "Jean-Marc O'Neil"])),
        campaign=draw(one_line.map(str.strip)),
        link=draw(st.sampled_from(["", "https://example.org/a?b=1,2;3", "https://exemple.fr/été"])),
        notes=draw(many_lines.map(str.strip)),
    )


@settings(max_examples=40)
@given(
    posts=st.lists(post_fields(), min_size=1, max_size=6),
    flavour=st.sampled_from(CsvFlavour),
    headers=st.sampled_from(["en", "fr"]),
)
def test_an_export_imported_again_changes_nothing_and_recreates_the_plan_elsewhere(
    posts: list[PostFields], flavour: CsvFlavour, headers: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with fresh_plan(Path(folder), "source") as source:
            source.create_posts(posts)
            exported = source.list_posts()
            data = write_csv(exported, flavour=flavour, headers=headers)
            revision = source.revision()

            report = import_csv(source, data)

            assert (report.created, report.updated, report.unchanged, report.skipped) == (0, 0, len(posts), ())
            assert source.revision() == revision
            assert [p.version for p in source.list_posts()] == [1] * len(posts)

        with fresh_plan(Path(folder), "copy") as copy:
            report = import_csv(copy, data)

            assert report.created == len(posts)
            assert snapshot(copy.list_posts()) == snapshot(exported)


# -- what spreadsheets write ------------------------------------------------------------


def test_a_french_excel_file_imports_with_its_accents(planner: Planner) -> None:
    planner.add_category("Événement", "information")
    data = csv_bytes(
        "Date;Heure;Plateforme;Titre;Catégorie;Texte;Statut",
        '01/06/2026;9h30;instagram;Café gourmand à l’été;QUESTION;"Qu’en pensez-vous ?\r\nDites-le-nous !";Programmée',
        "02/06/2026;18:00:00;LinkedIn;Fête de la musique;événement;Œuvres & façades;Brouillon",
        ";;;;;;",
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really Windows-1252 bytes

    report = import_csv(planner, data)

    assert (report.created, report.skipped) == (2, ())
    coffee, party = planner.list_posts()
    assert (coffee.title, coffee.body) == ("Café gourmand à l’été", "Qu’en pensez-vous ?\r\nDites-le-nous !")
    assert (coffee.start, coffee.timezone) == (paris(2026, 6, 1, 9, 30), "Europe/Paris")
    assert (coffee.platform, coffee.category, coffee.status) == ("Instagram", "Question", Status.SCHEDULED)
    assert (party.title, party.body, party.category) == ("Fête de la musique", "Œuvres & façades", "Événement")
    assert (party.start, party.status) == (paris(2026, 6, 2, 18, 0), Status.DRAFT)


def test_utf8_with_a_byte_order_mark_and_headers_in_any_case(planner: Planner) -> None:
    data = codecs.BOM_UTF8 + csv_bytes(
        " TITRE ,plateforme,DATE,heure,Statut,Durée", "Ça démarre ☕,X,2026-06-03,08:15,prête,20"
    )

    import_csv(planner, data)

    [post] = planner.list_posts()
    assert (post.title, post.status, post.duration_minutes) == ("Ça démarre ☕", Status.READY, 20)
    assert post.start == paris(2026, 6, 3, 8, 15)


def test_utf16_and_tabs_as_excel_saves_unicode_text(planner: Planner) -> None:
    data = "title\tplatform\r\nIdée à creuser\tLinkedIn\r\n".encode("utf-16")

    import_csv(planner, data)

    [post] = planner.list_posts()
    assert (post.title, post.status, post.start) == ("Idée à creuser", Status.IDEA, None)


def test_excel_sep_line_is_obeyed(planner: Planner) -> None:
    import_csv(planner, csv_bytes("sep=;", "title;platform;body", "Hello;X;a, b, c"))

    [post] = planner.list_posts()
    assert (post.title, post.body) == ("Hello", "a, b, c")


@pytest.mark.parametrize(
    ("word", "status"),
    [("idée", Status.IDEA), ("BROUILLON", Status.DRAFT), ("Prete", Status.READY), ("programmée", Status.SCHEDULED),
     ("publiée", Status.PUBLISHED), ("annulée", Status.CANCELLED), ("Scheduled", Status.SCHEDULED)],
)  # fmt: skip
def test_status_words_in_french_or_english(planner: Planner, word: str, status: Status) -> None:
    dated = "" if status is Status.IDEA else "2026-06-05,10:00"
    import_csv(planner, csv_bytes("title,platform,status,date,time", f"Post,X,{word},{dated or ','}"))

    assert planner.list_posts()[0].status is status


@pytest.mark.parametrize(
    ("text", "day"),
    [("2026-06-01", date(2026, 6, 1)), ("01/06/2026", date(2026, 6, 1)), ("1/6/2026", date(2026, 6, 1))],
)
def test_dates_iso_or_day_first(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "wall"),
    [("09:30", time(9, 30)), ("9:30", time(9, 30)), ("9h30", time(9, 30)), ("9h", time(9)), ("09:30:00", time(9, 30)),
     ("23:59:59", time(23, 59, 59))],
)  # fmt: skip
def test_times_as_people_write_them(text: str, wall: time) -> None:
    assert parse_time(text) == wall


@pytest.mark.parametrize(
    ("text", "wall"),
    [("09:15:00 AM", time(9, 15)), ("9:15 PM", time(21, 15)), ("12:00 AM", time(0)), ("12:30 PM", time(12, 30)),
     ("9 pm", time(21)), ("9:15 p.m.", time(21, 15)), ("11:59:59 PM", time(23, 59, 59))],
)  # fmt: skip
def test_times_on_an_en_us_twelve_hour_clock(text: str, wall: time) -> None:
    assert parse_time(text) == wall


@pytest.mark.parametrize("text", ["13:15 PM", "0:15 AM", "9:60 PM", "9:15 XM"])
def test_a_twelve_hour_time_that_does_not_exist_is_a_bad_time(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(text)
    assert caught.value.key == "error.csv_bad_time"


def test_an_export_saved_again_by_an_en_us_spreadsheet_imports(planner: Planner) -> None:
    # Excel or Google Sheets in English (United States) rewrites our 09:15 and 21:15 on its 12-hour clock.
    data = csv_bytes(
        "date,time,timezone,platform,title",
        "2026-06-01,09:15:00 AM,Europe/Paris,Instagram,Morning",
        "2026-06-01,9:15 PM,Europe/Paris,Instagram,Evening",
    )

    report = import_csv(planner, data)

    assert report.created == 2
    assert [(p.title, p.start) for p in planner.list_posts()] == [
        ("Morning", paris(2026, 6, 1, 9, 15)),
        ("Evening", paris(2026, 6, 1, 21, 15)),
    ]


def test_a_date_is_never_read_month_first() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("06/13/2026")
    assert caught.value.key == "error.csv_bad_date"


# -- updating by uid --------------------------------------------------------------------


def test_a_known_uid_updates_only_what_differs(planner: Planner) -> None:
    planner.create_posts([
        PostFields(platform="X", title="Old title", start=paris(2026, 6, 1, 9, 0)),
        PostFields(platform="X", title="Kept", start=paris(2026, 6, 2, 9, 0)),
    ])  # fmt: skip
    first, kept = planner.list_posts()
    data = csv_bytes(
        "uid,title,platform,date,time",
        f"{first.uid},New title,X,2026-06-01,09:00",
        f"{kept.uid},Kept,x,2026-06-02,09:00",
        "0123456789abcdef-from-elsewhere,Brand new with its uid,X,2026-06-03,09:00",
        ",Brand new,X,2026-06-04,09:00",
    )

    report = import_csv(planner, data)

    assert (report.created, report.updated, report.unchanged) == (2, 1, 1)
    updated = planner.get_post(first.id)
    assert (updated.title, updated.version, updated.body, updated.start) == ("New title", 2, "", first.start)
    assert planner.get_post(kept.id).version == 1
    by_uid = {p.uid: p for p in planner.list_posts()}
    assert by_uid["0123456789abcdef-from-elsewhere"].title == "Brand new with its uid"
    assert len(by_uid) == 4


def test_clearing_the_date_sends_a_post_back_to_the_ideas(planner: Planner) -> None:
    post = planner.create_post(PostFields(platform="X", title="Later", start=paris(2026, 6, 1, 9, 0))).posts[0]

    import_csv(planner, csv_bytes("uid,title,platform,date,time,status", f"{post.uid},Later,X,,,"))

    assert (planner.get_post(post.id).status, planner.get_post(post.id).start) == (Status.IDEA, None)


def test_without_a_timezone_column_times_are_read_in_each_posts_own_zone(planner: Planner) -> None:
    brooklyn = localize(datetime(2026, 6, 1, 10, 0), "America/New_York")
    post = planner.create_post(PostFields(platform="X", title="Brooklyn", start=brooklyn)).posts[0]
    data = csv_bytes(
        "uid,title,platform,date,time",
        f"{post.uid},Brooklyn,X,2026-06-01,10:00",
        ",Paris,X,2026-06-01,10:00",
    )

    report = import_csv(planner, data)

    assert (report.unchanged, report.created) == (1, 1)
    assert planner.get_post(post.id).version == 1
    paris_post = next(p for p in planner.list_posts() if p.title == "Paris")
    assert (paris_post.start, paris_post.timezone) == (paris(2026, 6, 1, 10, 0), "Europe/Paris")


def test_an_empty_timezone_cell_is_the_planning_zone(planner: Planner) -> None:
    import_csv(
        planner,
        csv_bytes(
            "title,platform,date,time,timezone", "Here,X,2026-06-01,10:00,", "There,X,2026-06-01,10:00,Asia/Tokyo"
        ),
    )

    here, there = sorted(planner.list_posts(), key=lambda p: p.title)
    assert (here.timezone, there.timezone) == ("Europe/Paris", "Asia/Tokyo")
    assert there.start == localize(datetime(2026, 6, 1, 10, 0), "Asia/Tokyo")


def test_the_offset_picks_the_second_of_two_autumn_times(planner: Planner) -> None:
    data = csv_bytes(
        "title,platform,date,time,timezone,utc_offset",
        "First,X,2026-10-25,02:30,Europe/Paris,",
        "Second,X,2026-10-25,02:30,Europe/Paris,UTC+01:00",
        "Edited in a spreadsheet,X,2026-10-25,02:30,Europe/Paris,+01:00",
    )

    import_csv(planner, data)

    utc = {p.title: p.start.astimezone(UTC).time() for p in planner.list_posts() if p.start}
    assert utc == {"First": time(0, 30), "Second": time(1, 30), "Edited in a spreadsheet": time(1, 30)}


def test_an_offset_the_zone_never_has_at_that_time_is_a_bad_row(planner: Planner) -> None:
    data = csv_bytes(
        "title,platform,date,time,timezone,utc_offset",
        "Wrong offset,X,2026-10-25,02:30,Europe/Paris,UTC+05:00",
        "Summer offset after the change,X,2026-10-25,03:30,Europe/Paris,UTC+02:00",
        "Right,X,2026-10-25,03:30,Europe/Paris,UTC+01:00",
    )

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, data)

    problems = {p.line: p.message for p in caught.value.problems}
    assert problems == {
        2: "2026-10-25 02:30 in Europe/Paris is never UTC+05:00: correct the utc_offset cell, or leave it empty.",
        3: "2026-10-25 03:30 in Europe/Paris is never UTC+02:00: correct the utc_offset cell, or leave it empty.",
    }
    assert planner.list_posts() == []


# -- refusing --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"", "error.csv_empty"),
        (codecs.BOM_UTF8 + b"\r\n  \r\n", "error.csv_empty"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "error.csv_not_text"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "error.csv_no_header"),
        (b"date,time,title\r\n2026-06-01,09:00,Hello\r\n", "error.csv_missing_column"),
        (b"title,platform,Titre\r\nA,X,B\r\n", "error.csv_duplicate_column"),
    ],
    ids=["empty", "only-blank-lines", "xlsx", "not-csv", "no-platform-column", "column-twice"],
)
def test_a_file_that_cannot_be_read_is_refused_whole(planner: Planner, data: bytes, key: str) -> None:
    revision = planner.revision()

    with pytest.raises(ValidationError) as caught:
        import_csv(planner, data)

    assert (caught.value.key, caught.value.exit_code) == (key, 2)
    assert planner.revision() == revision and planner.list_posts() == []


def test_the_missing_column_is_named(planner: Planner) -> None:
    with pytest.raises(ValidationError) as caught:
        import_csv(planner, b"date,heure,titre\r\n")
    assert "platform" in caught.value.message


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_imported(planner: Planner) -> None:
    data = csv_bytes(
        "platform,title,date,time,body,status,category",
        'Instagram,Good one,2026-06-01,09:30,"a body\non three\nlines",,',  # lines 2 to 4
        "Myspace,Unknown platform,2026-06-01,09:30,,,",
        "Instagram,In the gap,2026-03-29,02:30,,,",
        "Instagram,,2026-06-01,09:30,,,",
        "Instagram,Bad date,31/02/2026,09:30,,,",
        "Instagram,Bad time,2026-06-01,25:00,,,",
        "Instagram,Idea with a date,2026-06-01,10:00,,idée,",
        f"X,Too long to go out,2026-06-01,11:00,{'x' * 300},ready,",
        "Instagram,Date only,2026-06-01,,,,",
        "Instagram,Unknown category,2026-06-01,12:00,,,Gossip",
        "Instagram,Good two,2026-06-02,9h30,,,",
    )
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, data)

    problems = {p.line: p.message for p in caught.value.problems}
    assert sorted(problems) == [5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert "Myspace" in problems[5] and "Instagram, LinkedIn, X" in problems[5]
    assert "02:00" in problems[6] and "03:00" in problems[6]  # the core's words for the gap
    assert "title" in problems[7]
    assert "31/02/2026" in problems[8]
    assert "25:00" in problems[9]
    assert "idea" in problems[10].lower()
    assert "280" in problems[11]
    assert "no time" in problems[12]
    assert "Gossip" in problems[13]
    assert caught.value.exit_code == 2 and "9 rows" in caught.value.message
    assert planner.revision() == revision and planner.list_posts() == []

    report = import_csv(planner, data, skip_invalid=True)

    assert report.created == 2 and [p.line for p in report.skipped] == [5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert [p.title for p in planner.list_posts()] == ["Good one", "Good two"]
    assert planner.list_posts()[0].body == "a body\non three\nlines"


def test_malformed_rows_are_reported_at_the_line_they_start(planner: Planner) -> None:
    data = csv_bytes(
        "platform,title,body",
        "X,One,ok",
        "X,Two,ok,surplus",
        "X,Three,ok",
        "X,Four,ok",
        "X,Four again,ok",
        "a0,X,dup",
    )
    data = data.replace(b"X,Four,ok", b'X,Four,"never closed')  # swallows the rest of the file

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, data)

    assert [p.line for p in caught.value.problems] == [3, 5]
    assert "4 columns" not in caught.value.problems[0].message and "3 columns" in caught.value.problems[0].message
    assert "never closed" in caught.value.problems[1].message


def test_a_uid_twice_in_the_file_is_an_error_on_the_second(planner: Planner) -> None:
    data = csv_bytes("uid,platform,title", "abc,X,One", "abc,X,Two")

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, data)

    [problem] = caught.value.problems
    assert problem.line == 3 and "line 2" in problem.message


def test_unknown_columns_are_left_out_and_named(planner: Planner) -> None:
    reading = read_csv(
        csv_bytes("title,platform,Commentaires,registre", "Hi,X,ignored,promotion"),
        planning_zone=PLANNING_ZONE,
        platforms=planner.platforms(),
        categories=planner.categories(),
    )

    assert reading.ignored == ("Commentaires",)
    assert [row.fields.title for row in reading.rows] == ["Hi"]


# -- balance rules ---------------------------------------------------------------------


def test_a_blocking_rule_refuses_the_whole_import_unless_a_reason_overrides_it(planner: Planner) -> None:
    planner.set_rule(BalanceRule("Instagram", 1, 0, None, None, None, Mode.BLOCK))
    data = csv_bytes(
        "platform,title,category,date,time",
        "X,Fine elsewhere,Offer,2026-06-01,09:00",
        "Instagram,Summer sale,Offer,2026-06-02,09:00",
    )
    revision = planner.revision()

    with pytest.raises(BalanceRefused) as caught:
        import_csv(planner, data)

    assert caught.value.exit_code == 3
    assert planner.revision() == revision and planner.list_posts() == []

    report = import_csv(planner, data, reason="Launch week, agreed with the team")

    assert report.created == 2 and report.warnings
    assert any(entry.reason == "Launch week, agreed with the team" for entry in planner.session.audit_log())


# -- an older file and a colleague's saves ----------------------------------------------------

COLLEAGUE = "marie"


@contextmanager
def colleague(path: Path) -> Iterator[Planner]:
    """The same plan file opened by someone else, as a second Dialogos on the team's share."""
    with Planner.open(path, clock=lambda: NOW, user=COLLEAGUE) as theirs:
        yield theirs


def edited(data: bytes, changes: dict[str, dict[str, str]], *, drop: tuple[str, ...] = ()) -> bytes:
    """An export as a person leaves it: some cells of some rows (by uid) changed, some columns deleted."""
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    names = [name for name in records[0] if name not in drop]
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, names, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({**record, **changes.get(record["uid"], {})})
    return out.getvalue().encode("utf-8")


def two_posts(planner: Planner) -> tuple[Post, Post]:
    planner.create_posts([
        PostFields(platform="X", title="Launch", start=paris(2026, 6, 1, 9, 0), body="Draft text"),
        PostFields(platform="X", title="Recap", start=paris(2026, 6, 2, 9, 0)),
    ])  # fmt: skip
    launch, recap = planner.list_posts()
    return launch, recap


def test_an_older_export_does_not_undo_a_colleagues_edit(planner: Planner, db_path: Path) -> None:
    launch, recap = two_posts(planner)
    old = write_csv(planner.list_posts())
    with colleague(db_path) as theirs:
        theirs.edit_post(launch.id, PostPatch(body="Final text, approved"))
        theirs.edit_post(launch.id, PostPatch(notes="Legal said yes"))
    mine = edited(old, {launch.uid: {"title": "Launch day"}, recap.uid: {"title": "Recap of the week"}})
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, mine)

    [problem] = caught.value.problems
    assert problem.line == 2 and caught.value.exit_code == 2
    assert str(problem) == (
        "line 2: “Launch day” was changed in Dialogos by marie since this file was exported (version 1, now 3): "
        "export again, or clear the version cell to overwrite that change."
    )
    assert caught.value.message == "1 row is invalid, so nothing was imported."
    assert planner.revision() == revision

    report = import_csv(planner, mine, skip_invalid=True)

    assert (report.updated, [p.line for p in report.skipped]) == (1, [2])
    kept = planner.get_post(launch.id)
    assert (kept.title, kept.body, kept.notes, kept.version) == ("Launch", "Final text, approved", "Legal said yes", 3)
    assert planner.get_post(recap.id).title == "Recap of the week"


def test_the_refusal_in_french(planner: Planner, db_path: Path) -> None:
    launch, _ = two_posts(planner)
    old = write_csv(planner.list_posts(), headers="fr")
    with colleague(db_path) as theirs:
        theirs.edit_post(launch.id, PostPatch(title="Lancement"))
    set_language("fr")

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, old)

    assert caught.value.message == "1 ligne est invalide : rien n’a été importé."
    assert str(caught.value.problems[0]) == (
        "ligne 2 : La publication « Launch » a été modifiée dans Dialogos par marie depuis l’export de ce fichier "
        "(version 1, désormais 2) : exportez de nouveau, ou videz la cellule version pour écraser cette modification."
    )


def test_an_older_row_that_equals_the_post_is_simply_unchanged(planner: Planner, db_path: Path) -> None:
    launch, _ = two_posts(planner)
    # Only some columns: the colleague's new text is not in the file, so the row undoes nothing.
    old = edited(write_csv(planner.list_posts()), {}, drop=("body", "notes"))
    with colleague(db_path) as theirs:
        theirs.edit_post(launch.id, PostPatch(body="Final text"))
    revision = planner.revision()

    report = import_csv(planner, old)

    assert (report.updated, report.unchanged, report.skipped) == (0, 2, ())
    assert planner.revision() == revision and planner.get_post(launch.id).body == "Final text"


def test_the_same_version_with_other_cells_is_an_edit_made_in_the_spreadsheet(planner: Planner) -> None:
    launch, _ = two_posts(planner)
    planner.edit_post(launch.id, PostPatch(notes="v2"))
    mine = edited(write_csv(planner.list_posts()), {launch.uid: {"title": "Launch day", "version": "2"}})

    report = import_csv(planner, mine)

    assert (report.updated, report.unchanged) == (1, 1)
    assert (planner.get_post(launch.id).title, planner.get_post(launch.id).version) == ("Launch day", 3)


@pytest.mark.parametrize("drop", [(), ("version",)], ids=["empty-cell", "no-column"])
def test_without_a_version_the_row_wins_as_before(planner: Planner, db_path: Path, drop: tuple[str, ...]) -> None:
    launch, _ = two_posts(planner)
    old = write_csv(planner.list_posts())
    with colleague(db_path) as theirs:
        theirs.edit_post(launch.id, PostPatch(title="Their title"))
    mine = edited(old, {launch.uid: {"title": "My title", "version": ""}}, drop=drop)

    report = import_csv(planner, mine)

    assert (report.updated, report.skipped) == (1, ())
    assert planner.get_post(launch.id).title == "My title"


def test_a_version_cell_does_not_matter_to_a_row_that_creates_a_post(planner: Planner) -> None:
    data = csv_bytes("uid,platform,title,version", "from-another-plan,X,Imported,7", ",X,Without uid,3")

    report = import_csv(planner, data)

    assert report.created == 2
    assert {p.title: p.version for p in planner.list_posts()} == {"Imported": 1, "Without uid": 1}


@pytest.mark.parametrize("cell", ["abc", "0", "2.0", "-1", "v3", "9" * 40])
def test_a_version_cell_that_is_not_a_version_is_an_invalid_row(planner: Planner, cell: str) -> None:
    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, csv_bytes("platform,title,version", f"X,Post,{cell}"))

    [problem] = caught.value.problems
    assert problem.line == 2 and f"“{cell[:20]}” is not a version" in problem.message
    assert planner.list_posts() == []


def saving_meanwhile(planner: Planner, monkeypatch: pytest.MonkeyPatch, save: Callable[[Planner], object]) -> None:
    """A colleague saves right after the import has read the plan, before it writes."""
    read = planner.posts_by_uid

    def read_then_colleague_saves(uids: Iterable[str]) -> dict[str, Post]:
        found = read(uids)
        with colleague(planner.path) as theirs:
            save(theirs)
        return found

    monkeypatch.setattr(planner, "posts_by_uid", read_then_colleague_saves)


@pytest.mark.parametrize("cells", [{"title": "Mine"}, {"title": "Mine", "version": ""}], ids=["version", "no-version"])
def test_a_colleagues_save_during_the_import_is_a_conflict_and_nothing_is_written(
    planner: Planner, monkeypatch: pytest.MonkeyPatch, cells: dict[str, str]
) -> None:
    launch, recap = two_posts(planner)
    data = edited(write_csv(planner.list_posts()), {launch.uid: cells, recap.uid: {"title": "Recap, mine"}})
    saving_meanwhile(planner, monkeypatch, lambda theirs: theirs.edit_post(launch.id, PostPatch(title="Theirs")))

    with pytest.raises(ConflictError) as caught:
        import_csv(planner, data)

    assert caught.value.exit_code == 4
    assert caught.value.message == (
        "line 2: “Mine” was changed by marie during the import, so nothing was imported: import the file again."
    )
    assert [p.title for p in planner.list_posts()] == ["Theirs", "Recap"]


def test_a_post_deleted_during_the_import_is_a_conflict(planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    launch, _ = two_posts(planner)
    data = edited(write_csv(planner.list_posts()), {launch.uid: {"title": "Mine"}})
    saving_meanwhile(planner, monkeypatch, lambda theirs: theirs.delete_post(launch.id))

    with pytest.raises(ConflictError) as caught:
        import_csv(planner, data)

    assert (caught.value.key, caught.value.exit_code) == ("error.csv_deleted_meanwhile", 4)
    assert [p.title for p in planner.list_posts()] == ["Recap"]


@settings(max_examples=25)
@given(posts=st.lists(post_fields(), min_size=1, max_size=5), data=st.data())
def test_an_older_export_imported_later_never_reverts_a_newer_save(
    posts: list[PostFields], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with fresh_plan(Path(folder), "shared") as plan:
            plan.create_posts(posts)
            old = write_csv(plan.list_posts(), headers=data.draw(st.sampled_from(["en", "fr"])))
            saved = data.draw(st.sets(st.sampled_from([p.id for p in plan.list_posts()])))
            reverted = data.draw(st.sets(st.sampled_from(sorted(saved))) if saved else st.just(set[int]()))
            for post in plan.list_posts():
                if post.id in saved:  # the colleague's new title; some put it back as it was
                    plan.edit_post(post.id, PostPatch(title=post.title + " (v2)"))
                    if post.id in reverted:
                        plan.edit_post(post.id, PostPatch(title=post.title))
            after = snapshot(plan.list_posts())
            revision = plan.revision()

            report = import_csv(plan, old, skip_invalid=True)

            assert snapshot(plan.list_posts()) == after and plan.revision() == revision
            assert (len(report.skipped), report.updated) == (len(saved - reverted), 0)


# -- rows without a uid ---------------------------------------------------------------


TYPED = (
    "platform,title,date,time,body",
    "Instagram,Summer menu,2026-06-13,09:15,Come taste it",
    "LinkedIn,We are hiring,2026-06-14,18:30,Two baristas",
)


def test_a_file_without_uids_imported_again_finds_its_posts_by_platform_title_and_start(planner: Planner) -> None:
    first = import_csv(planner, csv_bytes(*TYPED))
    posts = planner.list_posts()
    again = import_csv(planner, csv_bytes(*TYPED))
    edited = import_csv(planner, csv_bytes(*TYPED[:2], TYPED[2].replace("Two baristas", "Three baristas")))

    assert (first.created, first.matched) == (2, 0)
    assert (again.created, again.updated, again.unchanged, again.matched) == (0, 0, 2, 2)
    assert (edited.created, edited.updated, edited.unchanged, edited.matched) == (0, 1, 1, 2)
    assert [(p.id, p.version) for p in planner.list_posts()] == [(posts[0].id, 1), (posts[1].id, 2)]
    assert planner.list_posts()[1].body == "Three baristas"


def test_a_row_without_uid_matches_the_same_instant_written_in_another_zone_but_not_another_title(
    planner: Planner,
) -> None:
    import_csv(planner, csv_bytes("platform,title,date,time", "Instagram,Summer menu,2026-06-13,09:15"))

    in_new_york = "Instagram,Summer menu,2026-06-13,03:15,America/New_York"
    same = import_csv(planner, csv_bytes("platform,title,date,time,timezone", in_new_york))
    other = import_csv(planner, csv_bytes("platform,title,date,time", "Instagram,Summer menu!,2026-06-13,09:15"))
    elsewhere = import_csv(planner, csv_bytes("platform,title,date,time", "LinkedIn,Summer menu,2026-06-13,09:15"))

    assert (same.matched, same.created, same.updated) == (1, 0, 1)  # the same post, now shown in New York's time
    assert (other.matched, other.created) == (0, 1)
    assert (elsewhere.matched, elsewhere.created) == (0, 1)
    assert len(planner.list_posts()) == 3


def test_a_hootsuite_file_imported_twice_duplicates_nothing(planner: Planner) -> None:
    data = csv_bytes("06/13/2026 09:15,Summer menu,https://example.org/menu", "06/14/2026 18:30,Terrace,")

    import_csv(planner, data, platform="instagram")
    again = import_csv(planner, data, platform="instagram")

    assert (again.created, again.unchanged, again.matched) == (0, 2, 2)
    assert len(planner.list_posts()) == 2


def test_an_event_without_uid_and_a_row_without_uid_stand_for_the_same_post(planner: Planner) -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//script//EN\r\nBEGIN:VEVENT\r\nSUMMARY:Club meetup\r\n"
        b"DTSTART;TZID=Europe/Paris:20260610T183000\r\nDTEND;TZID=Europe/Paris:20260610T200000\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    parsed = read_calendar(ics, source="club.ics", floating_zone="Europe/Paris")
    import_posts(planner, parsed, platform="Instagram", category=None)

    row = "Instagram,Club meetup,2026-06-10,18:30,Hi"
    report = import_csv(planner, csv_bytes("platform,title,date,time,body", row))

    assert (report.matched, report.created, report.updated) == (1, 0, 1)
    [post] = planner.list_posts()
    assert post.body == "Hi"


def test_two_rows_alike_without_uid_are_two_posts(planner: Planner) -> None:
    row = "Instagram,Summer menu,2026-06-13,09:15"

    report = import_csv(planner, csv_bytes("platform,title,date,time", row, row))

    assert report.created == 2 and len(planner.list_posts()) == 2

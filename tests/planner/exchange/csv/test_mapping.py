"""Switching tools: another planner's spreadsheet imports through a column mapping, guessed and corrected."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Planner, Status, ValidationError
from planner.exchange.csv import CsvRowsInvalid, guess_layout, import_csv, layout_of_file, remap
from planner.exchange.csv.columns import DATETIME
from planner.timezones import localize
from tests.helpers.fixed import NOW, PLANNING_ZONE, PLATFORMS, USER


def paris(*wall: int) -> datetime:
    return localize(datetime(*wall), "Europe/Paris")


def csv_bytes(*lines: str) -> bytes:
    return "".join(line + "\r\n" for line in lines).encode()


@contextmanager
def fresh_plan(folder: Path) -> Iterator[Planner]:
    """A new file like the ``planner`` fixture's (hypothesis examples cannot share that fixture)."""
    with Planner.open(folder / "plan.sqlite", planning_zone=PLANNING_ZONE, clock=lambda: NOW, user=USER) as plan:
        for platform, kind in PLATFORMS:
            plan.add_platform(platform, kind)
        yield plan


# Hootsuite's classic bulk-schedule file: no header row, the date and time in one cell (the user says on upload
# whether it is MM/DD/YYYY or DD/MM/YYYY), the message, then an optional link; no platform column.
HOOTSUITE_US = csv_bytes(
    '06/13/2026 09:15,"Summer menu is here! Come taste it, today only.",https://example.org/menu',
    "06/14/2026 18:30,Last chance for the terrace,",
    '07/01/2026 08:00,"New month, new recipes\nSee you soon",https://example.org/july',
)
HOOTSUITE_EU = csv_bytes(
    "13/06/2026 09:15,Le menu d’été est arrivé,https://example.org/menu",
    "01/07/2026 08:00,Nouveau mois,",
)
# Hootsuite's newer template, saved by Google Sheets: a header row in its own words.
HOOTSUITE_HEADED = csv_bytes(
    "Date (Required),Message (Required),Link (Optional)",
    "06/13/2026 09:15,Summer menu,https://example.org/menu",
)
# Another planner's export (the shape Buffer and Later write): their own headers, ISO instants, a network column
# and a picture's link that is not the post's link.
OTHER_PLANNER = csv_bytes(
    "Post text,Scheduled at,Network,Image URL,Link",
    "Ask us anything,2026-06-15 10:00,LinkedIn,https://cdn.example.org/a.png,https://example.org/ask",
    "Behind the scenes,2026-06-16 9:30 PM,instagram,,",
)


def test_hootsuites_bulk_file_is_recognised_without_a_mapping(planner: Planner) -> None:
    layout = guess_layout(HOOTSUITE_US)

    assert (layout.native, layout.guess.header, layout.guess.month_first) == (False, False, True)
    assert layout.guess.targets == (DATETIME, "body", "link")

    report = import_csv(planner, HOOTSUITE_US, platform="instagram")

    assert report.created == 3
    posts = planner.list_posts()
    assert [(p.platform, p.start, p.link, p.status) for p in posts] == [
        ("Instagram", paris(2026, 6, 13, 9, 15), "https://example.org/menu", Status.DRAFT),
        ("Instagram", paris(2026, 6, 14, 18, 30), "", Status.DRAFT),
        ("Instagram", paris(2026, 7, 1, 8, 0), "https://example.org/july", Status.DRAFT),
    ]
    # No title column: the title is the message's first line.
    assert [p.title for p in posts] == [
        "Summer menu is here! Come taste it, today only.",
        "Last chance for the terrace",
        "New month, new recipes",
    ]
    assert posts[2].body == "New month, new recipes\nSee you soon"


def test_a_day_first_hootsuite_file_reads_day_first(planner: Planner) -> None:
    assert guess_layout(HOOTSUITE_EU).guess.month_first is False

    import_csv(planner, HOOTSUITE_EU, platform="Instagram")

    assert [p.start for p in planner.list_posts()] == [paris(2026, 6, 13, 9, 15), paris(2026, 7, 1, 8, 0)]


def test_dates_that_could_be_either_are_day_first_unless_the_user_says() -> None:
    data = csv_bytes("01/06/2026 09:00,Hello", "02/06/2026 09:00,Again")

    layout = guess_layout(data)

    assert layout.guess.month_first is False
    assert remap(layout, [], month_first=True).month_first is True


# Hootsuite's bulk-schedule template as its help page offers it for download: the header spells the date's
# layout, month first, and these two dates could be either way (5 June or 6 May, 7 June or 6 July).
HOOTSUITE_TEMPLATE = csv_bytes(
    "Date (MM/DD/YYYY HH:MM),Message (Required),Link,Image URL",
    "06/05/2027 09:15,Summer menu is here,https://example.org/menu,https://cdn.example.org/menu.png",
    "06/07/2027 14:00,The terrace opens,,",
)


def test_hootsuites_template_header_says_its_dates_are_month_first(planner: Planner) -> None:
    layout = guess_layout(HOOTSUITE_TEMPLATE)

    assert (layout.guess.month_first, layout.guess.day_first_assumed) == (True, False)
    report = import_csv(planner, HOOTSUITE_TEMPLATE, platform="Instagram")

    assert report.day_first_assumed is None  # the header settled it: nothing to say
    assert [p.start for p in planner.list_posts()] == [paris(2027, 6, 5, 9, 15), paris(2027, 6, 7, 14, 0)]


@pytest.mark.parametrize(
    ("header", "month_first"),
    [("Date (DD/MM/YYYY HH:MM)", False), ("Date (JJ/MM/AAAA)", False), ("Publish date (M/D/YYYY)", True),
     ("Date (mm-dd-yy)", True)],
)  # fmt: skip
def test_a_date_header_that_spells_its_layout_decides_the_order(header: str, month_first: bool) -> None:
    layout = guess_layout(csv_bytes(f"{header},Message", "06/05/2027 09:15,Hello"))

    assert (layout.guess.month_first, layout.guess.day_first_assumed) == (month_first, False)


@settings(max_examples=30)
@given(
    walls=st.lists(
        st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 12)).map(
            lambda wall: wall.replace(day=min(wall.day, 12), second=0, microsecond=0)
        ),
        min_size=1,
        max_size=6,
    ),
    month_first=st.booleans(),
)
def test_a_header_that_spells_the_order_reads_dates_that_could_be_either_way_right(
    walls: list[datetime], month_first: bool
) -> None:
    # Hootsuite's template spells MM/DD/YYYY; a European template DD/MM/YYYY. No day past the 12th here:
    # only the header can tell, and nothing is left to say.
    header, shape = ("MM/DD/YYYY", "%m/%d/%Y %H:%M") if month_first else ("DD/MM/YYYY", "%d/%m/%Y %H:%M")
    data = csv_bytes(f"Date ({header} HH:MM),Message", *(f"{wall:{shape}},Post {i}" for i, wall in enumerate(walls)))
    with tempfile.TemporaryDirectory() as folder, fresh_plan(Path(folder)) as plan:
        report = import_csv(plan, data, platform="X", skip_invalid=True)

        expected = [instant for instant in map(paris_or_none, walls) if instant is not None]
        assert report.day_first_assumed is None
        assert sorted(p.start for p in plan.list_posts() if p.start) == sorted(expected)


def test_a_cell_that_can_only_be_one_way_wins_over_the_header() -> None:
    # A template downloaded in the US, filled in by a European colleague: 13/06 can only be the 13th of June.
    layout = guess_layout(csv_bytes("Date (MM/DD/YYYY HH:MM),Message", "06/05/2027 09:15,Hi", "13/06/2027 09:15,Yo"))

    assert (layout.guess.month_first, layout.guess.day_first_assumed) == (False, False)


def test_dates_nothing_settles_are_read_day_first_and_the_import_says_so(planner: Planner) -> None:
    # Hootsuite's classic bulk file has no header: only a 13 or more tells its order, and this one has none.
    data = csv_bytes("06/05/2027 09:15,Summer menu is here", "06/07/2027 14:00,The terrace opens")

    report = import_csv(planner, data, platform="Instagram")

    assert guess_layout(data).unsettled_date == "06/05/2027 09:15"
    assert report.day_first_assumed is not None
    assert report.day_first_assumed.message == (
        "dates such as “06/05/2027 09:15” could be day or month first, and nothing in the file says which: "
        "they were read day first (2027-05-06), not month first (2027-06-05)."
    )
    assert [p.start for p in planner.list_posts()] == [paris(2027, 5, 6, 9, 15), paris(2027, 7, 6, 14, 0)]


def test_a_later_row_that_settles_the_order_leaves_nothing_to_say(planner: Planner) -> None:
    rows = [f"06/05/2027 09:{minute:02d},Post {minute}" for minute in range(30)] + ["25/06/2027 10:00,Late row"]

    report = import_csv(planner, csv_bytes(*rows), platform="Instagram")

    assert guess_layout(csv_bytes(*rows)).guess.day_first_assumed is True  # the first rows alone do not tell
    assert report.day_first_assumed is None  # the whole file does


def test_a_row_past_the_first_thousands_that_can_only_be_month_first_makes_the_whole_file_month_first(
    planner: Planner,
) -> None:
    # An en-US export of a long campaign: 3 000 rows on 5 June (06/05 reads both ways), then the 25th.
    rows = [f"06/05/2027 09:{minute % 60:02d},Post {n}" for n, minute in enumerate(range(3000))]
    data = csv_bytes(*rows, "06/25/2027 14:00,Late row")

    report = import_csv(planner, data, platform="Instagram")

    assert guess_layout(data).guess.day_first_assumed is True  # the first rows alone do not tell
    assert report.created == 3001 and report.day_first_assumed is None
    starts = {post.start for post in planner.list_posts()}
    assert paris(2027, 6, 5, 9, 0) in starts and paris(2027, 6, 25, 14, 0) in starts
    assert report.date_order is not None and report.date_order.line == 3001
    assert report.date_order.message == (
        "nothing in the first rows said whether the dates are day or month first, but line 3001 reads "
        "“06/25/2027 14:00”, which can only be month first: every date of the file was read month first."
    )


def test_a_month_first_row_in_a_file_with_day_first_ones_names_the_way_to_read_it_month_first(
    planner: Planner,
) -> None:
    # A sheet two people filled in, one in Paris and one in Boston: no order reads every row.
    data = csv_bytes("25/05/2027 09:15,Paris", "06/25/2027 14:00,Boston")

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, data, platform="Instagram")

    [problem] = refused.value.problems
    assert problem.line == 2 and "--month-first" in problem.message and "can only be month first" in problem.message
    assert planner.list_posts() == []


def test_a_header_contradicted_by_a_cell_says_how_the_dates_were_read(planner: Planner) -> None:
    # Hootsuite's US template filled in day first by a French user: 25/06 can only be day first, and wins.
    data = csv_bytes("Date (MM/DD/YYYY HH:MM),Message", "06/05/2027 09:15,Hi", "25/06/2027 09:15,Yo")

    report = import_csv(planner, data, platform="Instagram")

    assert [p.start for p in planner.list_posts()] == [paris(2027, 5, 6, 9, 15), paris(2027, 6, 25, 9, 15)]
    assert report.date_order is not None
    assert report.date_order.message == (
        "the header “Date (MM/DD/YYYY HH:MM)” says the dates are month first, but line 3 reads "
        "“25/06/2027 09:15”, which can only be day first: the dates were read day first."
    )


def test_a_header_the_cells_agree_with_or_a_users_choice_leaves_no_note(planner: Planner) -> None:
    agreed = csv_bytes("Date (MM/DD/YYYY HH:MM),Message", "06/05/2027 09:15,Hi", "06/25/2027 09:15,Yo")
    chosen = csv_bytes("Date (MM/DD/YYYY HH:MM),Message", "06/05/2027 09:15,Hi")

    assert import_csv(planner, agreed, platform="Instagram").date_order is None
    said = remap(guess_layout(chosen), [], month_first=False)
    assert import_csv(planner, chosen, platform="Instagram", mapping=said).date_order is None


def test_a_late_day_first_row_under_a_month_first_header_is_refused_naming_the_order(planner: Planner) -> None:
    rows = [f"06/05/2027 09:{minute:02d},Post {minute}" for minute in range(30)]
    data = csv_bytes("Date (MM/DD/YYYY HH:MM),Message", *rows, "25/06/2027 10:00,Late")

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, data, platform="Instagram")

    [problem] = refused.value.problems
    assert problem.line == 32 and "can only be day first" in problem.message


def test_a_later_row_that_could_be_either_way_is_still_said(planner: Planner) -> None:
    # New Year's greetings first, every few minutes: the same date either way, so the first rows tell nothing.
    rows = [f"01/01/2027 09:{minute:02d},Greeting {minute}" for minute in range(30)] + ["06/05/2027 10:00,Menu"]

    report = import_csv(planner, csv_bytes(*rows), platform="Instagram")

    assert guess_layout(csv_bytes(*rows)).unsettled_date == ""  # nothing for the dialog to point at yet
    assert report.day_first_assumed is not None and report.day_first_assumed.cell == "06/05/2027 10:00"


def test_dates_the_same_either_way_or_said_by_the_user_leave_nothing_to_say(planner: Planner) -> None:
    same = csv_bytes("01/01/2027 09:15,New year", "07/07/2027 14:00,Summer")
    either = csv_bytes("06/05/2027 09:15,Summer menu is here")

    assert import_csv(planner, same, platform="X").day_first_assumed is None
    said = remap(guess_layout(either), [], month_first=False)
    assert import_csv(planner, either, platform="X", mapping=said).day_first_assumed is None


def test_hootsuites_newer_template_with_its_header(planner: Planner) -> None:
    layout = guess_layout(HOOTSUITE_HEADED)

    assert layout.guess.header is True
    assert layout.guess.targets == (DATETIME, "body", "link")
    assert import_csv(planner, HOOTSUITE_HEADED, platform="X").created == 1


def test_another_planners_export_maps_its_own_headers(planner: Planner) -> None:
    layout = guess_layout(OTHER_PLANNER)

    assert layout.guess.targets == ("body", DATETIME, "platform", None, "link")

    import_csv(planner, OTHER_PLANNER)

    ask, scenes = planner.list_posts()
    assert (ask.platform, ask.start, ask.link, ask.title) == (
        "LinkedIn",
        paris(2026, 6, 15, 10, 0),
        "https://example.org/ask",
        "Ask us anything",
    )
    assert (scenes.platform, scenes.start) == ("Instagram", paris(2026, 6, 16, 21, 30))


def test_another_planners_ids_make_a_second_import_update_instead_of_duplicating(planner: Planner) -> None:
    # Buffer's and Later's exports start with the post's id and the day the row was created.
    data = csv_bytes(
        "Post ID,Date created,Scheduled at,Network,Text",
        "8842,2026-05-02 11:00,2026-06-15 10:00,LinkedIn,Ask us anything",
    )

    assert guess_layout(data).guess.targets == ("uid", None, DATETIME, "platform", "body")
    assert import_csv(planner, data).created == 1
    again = import_csv(planner, data.replace(b"Ask us anything", b"Ask us anything!"))

    assert (again.created, again.updated) == (0, 1)
    [post] = planner.list_posts()
    assert (post.uid, post.body) == ("8842", "Ask us anything!")


def test_a_file_without_a_platform_column_needs_one_platform_for_all(planner: Planner) -> None:
    with pytest.raises(ValidationError) as caught:
        import_csv(planner, HOOTSUITE_US)

    assert caught.value.key == "error.csv_no_platform"
    assert planner.list_posts() == []


@pytest.mark.parametrize(
    "data",
    [
        # A sheet typed by hand and saved without its header row.
        csv_bytes("15/06/2027 09:15,Hello,Instagram", "16/06/2027 10:00,Again,linkedin"),
        # A planner's export whose header no guess knows (a channel shortened to "Chan").
        csv_bytes("When,Text,Chan", "15/06/2027 09:15,Hello,Instagram", "16/06/2027 10:00,Again,linkedin"),
    ],
)
def test_a_column_whose_cells_name_platforms_is_the_platform(planner: Planner, data: bytes) -> None:
    assert guess_layout(data, platforms=["Instagram", "LinkedIn"]).guess.targets[2] == "platform"

    import_csv(planner, data)

    assert [(p.platform, p.title) for p in planner.list_posts()] == [("Instagram", "Hello"), ("LinkedIn", "Again")]


def test_the_plans_own_platform_names_tell_a_platform_column() -> None:
    data = csv_bytes("15/06/2027 09:15,Hello everyone,Café du coin", "16/06/2027 10:00,Here we go again,X")

    assert guess_layout(data).guess.targets == (DATETIME, "body", None)  # no plan: nothing tells
    assert guess_layout(data, platforms=["Café du coin", "X"]).guess.targets == (DATETIME, "body", "platform")


def test_a_column_of_marks_or_words_is_not_a_platform() -> None:
    data = csv_bytes("15/06/2027 09:15,Hello,x,Instagram is fun", "16/06/2027 10:00,Again,x,Our blog")

    assert "platform" not in guess_layout(data).guess.targets


def test_an_unknown_platform_for_all_rows_is_refused(planner: Planner) -> None:
    with pytest.raises(ValidationError) as caught:
        import_csv(planner, HOOTSUITE_US, platform="Mastodon")

    assert caught.value.key == "error.unknown_platform"


def test_the_users_mapping_corrects_the_guess(planner: Planner) -> None:
    # A sheet kept by hand: "Quand" and "Quoi" are words no guess knows.
    data = csv_bytes("Quand,Quoi,Réseau", "2026-06-15 10:00,Notre atelier,LinkedIn")
    layout = guess_layout(data)

    mapping = remap(layout, [("Quand", "datetime"), ("quoi", "body")])

    assert mapping.targets == (DATETIME, "body", "platform")
    import_csv(planner, data, mapping=mapping)
    [post] = planner.list_posts()
    assert (post.title, post.start, post.platform) == ("Notre atelier", paris(2026, 6, 15, 10, 0), "LinkedIn")


def test_a_column_by_number_and_a_column_left_out() -> None:
    layout = guess_layout(HOOTSUITE_US)

    mapping = remap(layout, [("3", ""), ("2", "title")])

    assert mapping.targets == (DATETIME, "title", None)


def test_a_target_given_moves_from_the_column_the_guess_gave_it() -> None:
    layout = guess_layout(OTHER_PLANNER)

    mapping = remap(layout, [("Image URL", "link")])

    assert mapping.targets == ("body", DATETIME, "platform", "link", None)


@pytest.mark.parametrize(
    ("choices", "key"),
    [
        ([("Message (Required)", "colour")], "error.csv_map_unknown_target"),
        ([("Colour", "body")], "error.csv_map_unknown_column"),
        ([("Date (Required)", "")], "error.csv_map_no_date"),
        ([("Date (Required)", "body"), ("Message (Required)", "body")], "error.csv_map_twice"),
    ],
)
def test_a_mapping_that_cannot_give_posts_is_refused_and_nothing_is_written(
    planner: Planner, choices: list[tuple[str, str]], key: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        mapping = remap(guess_layout(HOOTSUITE_HEADED), choices)
        import_csv(planner, HOOTSUITE_HEADED, mapping=mapping, platform="X")

    assert caught.value.key == key
    assert planner.list_posts() == []


def test_a_date_column_without_a_single_date_is_the_wrong_column(planner: Planner) -> None:
    mapping = remap(guess_layout(HOOTSUITE_HEADED), [("Message (Required)", "datetime"), ("Date (Required)", "body")])

    with pytest.raises(ValidationError) as caught:
        import_csv(planner, HOOTSUITE_HEADED, mapping=mapping, platform="X")

    assert caught.value.key == "error.csv_map_not_dates"
    assert "Summer menu" in caught.value.message


def test_a_date_that_does_not_parse_is_a_bad_row(planner: Planner) -> None:
    data = csv_bytes(
        "06/13/2026 09:15,Good", "06/31/2026 09:15,No such day", "06/14/2026 10:00,Good", "tomorrow,Not a date"
    )

    with pytest.raises(CsvRowsInvalid) as caught:
        import_csv(planner, data, platform="X")

    assert [problem.line for problem in caught.value.problems] == [2, 4]
    assert {p.message for p in caught.value.problems} >= {
        "“06/31/2026 09:15” is not a date and time: write 2026-06-01 09:30, 01/06/2026 09:30 or 06/01/2026 9:30 AM."
    }
    assert planner.list_posts() == []


def test_the_dialog_reads_only_the_head_of_a_big_file(tmp_path: Path) -> None:
    source = tmp_path / "hootsuite.csv"
    source.write_bytes(HOOTSUITE_US + HOOTSUITE_US.splitlines(keepends=True)[1] * 20_000)

    layout = layout_of_file(source)

    assert layout.guess.targets == (DATETIME, "body", "link")
    assert len(layout.samples) <= 21


def test_a_dialogos_export_needs_no_mapping() -> None:
    layout = guess_layout(csv_bytes("date,time,platform,title", "2026-06-01,09:00,X,Hello"))

    assert layout.native is True
    assert layout.guess.targets == ("date", "time", "platform", "title")


@settings(max_examples=30)
@given(
    walls=st.lists(
        st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)).map(
            lambda wall: wall.replace(second=0, microsecond=0)
        ),
        min_size=1,
        max_size=8,
    ),
    month_first=st.booleans(),
)
def test_a_hootsuite_file_in_either_date_order_gives_its_wall_times(walls: list[datetime], month_first: bool) -> None:
    walls.append(datetime(2026, 12, 13, 12, 0))  # a 13th: what tells the order apart, as in any month's plan
    shape = "%m/%d/%Y %H:%M" if month_first else "%d/%m/%Y %H:%M"
    data = csv_bytes(*(f"{wall:{shape}},Post {i}" for i, wall in enumerate(walls)))
    with tempfile.TemporaryDirectory() as folder, fresh_plan(Path(folder)) as plan:
        report = import_csv(plan, data, platform="X", skip_invalid=True)

        # A wall time in the spring-forward gap does not exist in Paris: that row alone is refused.
        expected = [instant for instant in map(paris_or_none, walls) if instant is not None]
        assert report.created == len(expected)
        assert sorted(p.start for p in plan.list_posts() if p.start) == sorted(expected)


def paris_or_none(wall: datetime) -> datetime | None:
    try:
        return localize(wall, "Europe/Paris")
    except ValidationError:
        return None


def test_the_guess_reads_only_the_first_rows() -> None:
    started = datetime(2026, 1, 1)
    rows = [f"{started + timedelta(hours=i):%d/%m/%Y %H:%M},Post {i}" for i in range(5_000)]

    layout = guess_layout(csv_bytes(*rows))

    assert len(layout.samples) == 21


_CELLS = st.one_of(
    st.text(alphabet=st.sampled_from(list('ab1/:- ,;"\t\n=@')), max_size=12),
    st.sampled_from(["06/13/2026 09:15", "13/06/2026", "9:15 PM", "Date", "Message", "https://example.org"]),
)


@settings(max_examples=60)
@given(st.lists(st.lists(_CELLS, min_size=1, max_size=5), min_size=1, max_size=6))
def test_the_guess_of_any_file_is_a_layout_or_one_clear_refusal(rows: list[list[str]]) -> None:
    data = "\r\n".join(",".join(row) for row in rows).encode()
    try:
        layout = guess_layout(data)
    except ValidationError as error:
        assert error.message and "\n" not in error.message
        return
    assert len(layout.guess.targets) == layout.width
    assert all(len(row) == layout.width for row in layout.samples)
    named = [target for target in layout.guess.targets if target]
    assert len(named) == len(set(named))  # two columns never hold the same thing


def test_another_tools_file_saved_as_excels_unicode_text_imports(planner: Planner) -> None:
    # Excel's "Unicode Text (*.txt)": UTF-16 LE with its mark, tab-separated; here Hootsuite's headed template.
    data = "Date (MM/DD/YYYY HH:MM)\tMessage\r\n06/15/2027 09:15\tBonjour l’été\r\n".encode("utf-16-le")

    report = import_csv(planner, b"\xff\xfe" + data, platform="Instagram")

    assert report.created == 1
    [post] = planner.list_posts()
    assert (post.body, post.start) == ("Bonjour l’été", paris(2027, 6, 15, 9, 15))

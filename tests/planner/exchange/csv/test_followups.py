"""The follow-ups file of a CSV export: one row per follow-up, and its import back into a plan."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner
from planner.exchange.csv import CsvFlavour, CsvRowsInvalid, import_csv
from planner.exchange.csv.columns import JOINER
from planner.exchange.csv.followups import export_csv_with_followups, followups_path
from planner.model import Followup, FollowupStatus, Post, PostFields, PostQuery, Status
from planner.timezones import localize
from tests.helpers.fixed import NOW

PARIS = "Europe/Paris"
LATER = NOW + timedelta(days=2)
HEADER = "post_uid,kind,due,offset,duration_minutes,owner,status,kept_at,kept_by_post,reason,note"


def add(planner: Planner, title: str, at: tuple[int, ...], **given: Any) -> Post:
    given.setdefault("platform", "Instagram")
    post_fields = PostFields(title=title, start=localize(datetime(*at), PARIS), timezone=PARIS, **given)
    return planner.create_posts([post_fields], judge=False).posts[0]


def follow(planner: Planner, post: Post, kind: str, **given: Any) -> Followup:
    return planner.followups.add(post.id, kind, **given).followups[0]


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def winter(planner: Planner) -> dict[str, Any]:
    """A question with a follow-up of every kind and status, and the post that keeps its promise."""
    question = add(planner, "Your winter book?", (2026, 6, 1, 9, 0), author="Léa")
    selection = add(planner, "Our winter selection", (2026, 6, 5, 9, 0), status=Status.PUBLISHED)
    replies = follow(planner, question, "replies", after="2h", duration=90, note="=read them, all")
    answer = follow(planner, question, "answer", due=localize(datetime(2026, 6, 2, 10, 0), PARIS), note="@anna")
    promised = follow(planner, question, "post", after="3d")
    dropped = follow(planner, question, "answer", after="1d")
    planner.followups.keep(answer.id)
    planner.followups.keep(promised.id, by_post=selection.id)
    planner.followups.drop(dropped.id, reason="She found it")
    return {"question": question, "selection": selection, "replies": replies}


def fresh(tmp_path: Path, name: str) -> Planner:
    other = Planner.open(tmp_path / name, planning_zone=PARIS, clock=lambda: LATER, user="sam")
    for platform, kind in (("Instagram", "instagram"), ("LinkedIn", "linkedin")):
        other.add_platform(platform, kind)
    return other


# -- export --------------------------------------------------------------------------------


def test_the_followups_file_is_written_beside_the_posts_file(
    planner: Planner, winter: dict[str, Any], tmp_path: Path
) -> None:
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "plan.csv")

    assert written.followups_path == tmp_path / "plan-followups.csv"
    assert (written.posts, written.followups) == (2, 4)
    data = written.followups_path.read_bytes()
    assert data.decode().splitlines()[0] == HEADER
    question, selection = winter["question"], winter["selection"]
    assert rows(data) == [
        {
            "post_uid": question.uid, "kind": "replies", "due": "2026-06-01T11:00:00+02:00", "offset": "2h",
            "duration_minutes": "90", "owner": "Léa", "status": "late", "kept_at": "", "kept_by_post": "",
            "reason": "", "note": JOINER + "=read them, all",
        },
        {
            "post_uid": question.uid, "kind": "answer", "due": "2026-06-02T09:00:00+02:00", "offset": "1d",
            "duration_minutes": "", "owner": "Léa", "status": "dropped", "kept_at": "", "kept_by_post": "",
            "reason": "She found it", "note": "",
        },
        {
            "post_uid": question.uid, "kind": "answer", "due": "2026-06-02T10:00:00+02:00", "offset": "",
            "duration_minutes": "", "owner": "Léa", "status": "kept", "kept_at": "2026-06-10T08:00:00+00:00",
            "kept_by_post": "", "reason": "", "note": JOINER + "@anna",
        },
        {
            "post_uid": question.uid, "kind": "post", "due": "2026-06-04T09:00:00+02:00", "offset": "3d",
            "duration_minutes": "", "owner": "Léa", "status": "kept", "kept_at": "2026-06-10T08:00:00+00:00",
            "kept_by_post": selection.uid, "reason": "", "note": "",
        },
    ]  # fmt: skip


def test_only_the_follow_ups_of_the_exported_posts(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    other = add(planner, "On LinkedIn", (2026, 6, 1, 9, 0), platform="LinkedIn")
    follow(planner, other, "replies", after="1h")

    written = export_csv_with_followups(planner, PostQuery(platforms=("LinkedIn",)), tmp_path / "li.csv")

    assert [r["post_uid"] for r in rows(written.followups_path.read_bytes())] == [other.uid]


def test_french_excel_flavour_and_headers(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    written = export_csv_with_followups(
        planner, PostQuery(), tmp_path / "plan.csv", flavour=CsvFlavour.EXCEL_FR, headers="fr"
    )

    data = written.followups_path.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert data.decode("utf-8-sig").splitlines()[0].startswith("publication;type;échéance;décalage")


def test_a_name_without_suffix_gets_one() -> None:
    assert followups_path(Path("/x/plan")) == Path("/x/plan-followups.csv")
    assert followups_path(Path("/x/plan.txt")) == Path("/x/plan-followups.txt")


# -- import --------------------------------------------------------------------------------


def test_import_round_trips_into_another_plan(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "plan.csv")
    other = fresh(tmp_path, "other.sqlite")
    import_csv(other, (tmp_path / "plan.csv").read_bytes())

    report = import_csv(other, written.followups_path.read_bytes())

    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    again = export_csv_with_followups(other, PostQuery(), tmp_path / "again.csv")
    before, after = rows(written.followups_path.read_bytes()), rows(again.followups_path.read_bytes())
    # Everything, the instant of keeping too: "kept on time" reads the same in both plans.
    assert after == before
    june = (localize(datetime(2026, 6, 1), PARIS), localize(datetime(2026, 7, 1), PARIS))
    assert other.followups.kept_on_time(*june)["Instagram"] == planner.followups.kept_on_time(*june)["Instagram"]
    other.close()


def test_a_kept_at_that_is_no_instant_is_refused_naming_its_row(planner: Planner, winter: dict[str, Any]) -> None:
    question = winter["question"]
    text = f"{HEADER}\n{question.uid},replies,2026-06-01T11:00:00+02:00,2h,60,,kept,yesterday,,,\n"
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, text.encode())

    assert [p.line for p in refused.value.problems] == [2]
    assert "yesterday" in refused.value.problems[0].message
    assert planner.revision() == revision


def test_a_second_import_duplicates_nothing(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "plan.csv")
    revision = planner.revision()

    report = import_csv(planner, written.followups_path.read_bytes())

    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)
    assert planner.revision() == revision
    assert len(planner.followups.list()) == 4


def test_a_relative_follow_up_matches_after_its_post_moved(
    planner: Planner, winter: dict[str, Any], tmp_path: Path
) -> None:
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "plan.csv")
    question = winter["question"]
    planner.move_post(question.id, localize(datetime(2026, 6, 8, 9, 0), PARIS))

    report = import_csv(planner, written.followups_path.read_bytes())

    assert report.created == 0
    assert len(planner.followups.list()) == 4


def test_an_open_follow_up_kept_in_the_file_is_kept(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "plan.csv")
    other = fresh(tmp_path, "other.sqlite")
    import_csv(other, (tmp_path / "plan.csv").read_bytes())
    text = written.followups_path.read_text(encoding="utf-8").replace(",late,", ",open,")
    import_csv(other, text.encode())
    kept = text.replace(",open,", ",kept,")

    report = import_csv(other, kept.encode())

    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    assert [f.status for f in other.followups.list()].count(FollowupStatus.KEPT) == 3
    other.close()


def test_bad_rows_are_refused_each_named_and_nothing_is_written(
    planner: Planner, winter: dict[str, Any], tmp_path: Path
) -> None:
    question = winter["question"].uid
    data = "\r\n".join(
        [
            HEADER,
            f"{question},replies,2026-06-01T12:00:00+02:00,3h,60,,open,,,,fine",
            "nobody,replies,2026-06-01T12:00:00+02:00,3h,60,,open,,,,",
            f"{question},gossip,2026-06-01T12:00:00+02:00,3h,,,open,,,,",
            f"{question},answer,tomorrow,,,,open,,,,",
            f"{question},answer,2026-06-01T12:00:00+02:00,,,,dropped,,,,",
            f"{question},answer,2026-06-01T12:00:00+02:00,4x,,,open,,,,",
        ]
    ).encode()
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, data)

    assert [p.line for p in refused.value.problems] == [3, 4, 5, 6, 7]
    messages = [p.message for p in refused.value.problems]
    assert "“nobody”" in messages[0] and "gossip" in messages[1] and "“tomorrow”" in messages[2]
    assert "reason" in messages[3] and "4x" in messages[4]
    assert planner.revision() == revision


def test_skip_invalid_imports_the_good_rows(planner: Planner, winter: dict[str, Any]) -> None:
    question = winter["question"].uid
    data = "\r\n".join(
        [HEADER, f"{question},replies,2026-06-01T12:00:00+02:00,3h,60,,open,,,,", "nobody,post,2026-06-01,1d,,,,,,,"]
    ).encode()

    report = import_csv(planner, data, skip_invalid=True)

    assert (report.created, [p.line for p in report.skipped]) == (1, [3])


def test_a_row_the_core_refuses_undoes_the_whole_import(planner: Planner, winter: dict[str, Any]) -> None:
    """A fixed due instant before its post: only the core knows, while writing; still nothing is kept."""
    question = winter["question"].uid
    data = "\r\n".join(
        [
            HEADER,
            f"{question},replies,2026-06-01T12:00:00+02:00,3h,60,,open,,,,",
            f"{question},answer,2026-05-01T12:00:00+02:00,,,,open,,,,too early",
        ]
    ).encode()
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, data)

    assert [p.line for p in refused.value.problems] == [3]
    assert planner.revision() == revision


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20, deadline=None)
@given(
    minutes=st.lists(st.integers(min_value=1, max_value=7 * 24 * 60), min_size=1, max_size=4),
    fixed=st.lists(st.integers(min_value=0, max_value=30 * 24 * 60), max_size=3),
)
def test_any_follow_ups_round_trip_once(planner: Planner, tmp_path: Path, minutes: list[int], fixed: list[int]) -> None:
    post = add(planner, "Any", (2026, 3, 29, 1, 0))
    assert post.start is not None
    for offset in minutes:
        follow(planner, post, "replies", after=f"{offset}m")
    for later in fixed:
        follow(planner, post, "answer", due=post.start.astimezone(UTC) + timedelta(minutes=later))
    written = export_csv_with_followups(planner, PostQuery(), tmp_path / "any.csv")

    report = import_csv(planner, written.followups_path.read_bytes())

    assert (report.created, report.unchanged) == (0, len(minutes) + len(fixed))
    again = export_csv_with_followups(planner, PostQuery(), tmp_path / "again.csv")
    assert again.followups_path.read_bytes() == written.followups_path.read_bytes()
    planner.delete_post(post.id)


def test_a_french_excel_followups_file_imports_back(planner: Planner, winter: dict[str, Any], tmp_path: Path) -> None:
    written = export_csv_with_followups(
        planner, PostQuery(), tmp_path / "plan.csv", flavour=CsvFlavour.EXCEL_FR, headers="fr"
    )
    other = fresh(tmp_path, "other.sqlite")
    import_csv(other, (tmp_path / "plan.csv").read_bytes())

    report = import_csv(other, written.followups_path.read_bytes())

    assert (report.created, report.followups) == (4, True)
    assert sorted(f.note for f in other.followups.list()) == ["", "", "=read them, all", "@anna"]
    other.close()


def test_a_malformed_line_is_named_in_the_users_words(planner: Planner, winter: dict[str, Any]) -> None:
    question = winter["question"].uid
    data = f'{HEADER}\r\n{question},replies,2026-06-01T12:00:00+02:00,3h,60,,open,,,,"never closed\r\n'.encode()

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, data)

    assert [p.line for p in refused.value.problems] == [2]
    assert "quote" in refused.value.problems[0].message

"""CSV and a reviewed plan: the export says who approved each post, reading it back changes nothing,
and an import never schedules a post nobody approved nor approves one (the row is refused, said
in the user's language; the other rows go in with --skip-invalid)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from planner import Planner, PostFields, Status
from planner.clock import Clock
from planner.exchange.csv.export import write_csv
from planner.exchange.csv.importer import CsvRowsInvalid, import_csv
from planner.i18n import set_language
from planner.timezones import localize
from tests.helpers.review import APPROVER, approve_as_lea, team_of

HEADER = "platform,title,date,time,status"


def _dated(planner: Planner, title: str = "Which coffee do you brew?") -> int:
    start = localize(datetime(2026, 6, 15, 9, 30), "Europe/Paris")
    return planner.create_post(PostFields(platform="Instagram", title=title, start=start)).ids[0]


def _file(*rows: str) -> bytes:
    return "".join(f"{line}\r\n" for line in (HEADER, *rows)).encode()


def test_the_export_names_the_approver_and_reads_back_unchanged(planner: Planner, db_path: Path, clock: Clock) -> None:
    team_of(planner)
    approved = _dated(planner)
    _dated(planner, "Not yet")
    approve_as_lea(db_path, clock, approved)

    data = write_csv(planner.list_posts())
    rows = list(csv.DictReader(io.StringIO(data.decode(), newline="")))
    revision = planner.revision()
    report = import_csv(planner, data)

    assert [(r["title"], r["status"], r["approved_by"]) for r in rows] == [
        ("Which coffee do you brew?", "approved", APPROVER),
        ("Not yet", "draft", ""),
    ]
    assert (report.created, report.updated, report.unchanged, report.ignored_columns) == (0, 0, 2, ())
    assert planner.revision() == revision


def test_an_approved_by_cell_never_approves(planner: Planner) -> None:
    post = planner.get_post(_dated(planner))
    data = write_csv([post]).decode().replace(",draft,,", f",draft,{APPROVER},")

    report = import_csv(planner, data.encode())

    assert report.unchanged == 1 and planner.get_post(post.id).approved_by is None


def test_with_review_on_a_scheduled_row_is_refused_and_nothing_is_written(planner: Planner) -> None:
    team_of(planner)
    revision = planner.revision()

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(
            planner, _file("Instagram,Poll,2026-06-16,10:00,draft", "Instagram,Launch,2026-06-17,10:00,scheduled")
        )

    [problem] = refused.value.problems
    assert problem.line == 3
    assert str(problem).endswith(
        "“Launch” would be scheduled, and this plan’s review wants it approved first: import it as in review "
        "(or draft), then have an approver approve it (dialogos post approve)."
    )
    assert planner.revision() == revision and planner.list_posts() == []


def test_the_refusal_reads_in_french(planner: Planner) -> None:
    team_of(planner)
    set_language("fr")

    with pytest.raises(CsvRowsInvalid) as refused:
        import_csv(planner, _file("Instagram,Lancement,2026-06-17,10:00,approuvée"))

    assert refused.value.problems[0].message == (
        "« Lancement » ne peut pas devenir approuvée par un fichier : quelqu’un du rôle approbation l’approuve "
        "dans le planning "
        "(dialogos post approve)."
    )


def test_skip_invalid_brings_the_rest_in_review(planner: Planner) -> None:
    team_of(planner)

    report = import_csv(
        planner,
        _file("Instagram,Poll,2026-06-16,10:00,in review", "Instagram,Launch,2026-06-17,10:00,published"),
        skip_invalid=True,
    )

    assert (report.created, [p.line for p in report.skipped]) == (1, [3])
    assert [(p.title, p.status) for p in planner.list_posts()] == [("Poll", Status.IN_REVIEW)]


def test_a_row_may_not_schedule_a_draft_of_the_plan(planner: Planner) -> None:
    team_of(planner)
    post = planner.get_post(_dated(planner))
    data = write_csv([post]).decode().replace(",draft,", ",scheduled,")

    with pytest.raises(CsvRowsInvalid):
        import_csv(planner, data.encode())

    assert planner.get_post(post.id).status is Status.DRAFT


def test_a_row_may_schedule_an_approved_post(planner: Planner, db_path: Path, clock: Clock) -> None:
    team_of(planner)
    post_id = _dated(planner)
    approve_as_lea(db_path, clock, post_id)
    data = write_csv([planner.get_post(post_id)]).decode().replace(",approved,", ",scheduled,")

    report = import_csv(planner, data.encode())

    saved = planner.get_post(post_id)
    assert report.updated == 1 and (saved.status, saved.approved_by) == (Status.SCHEDULED, APPROVER)


def test_with_review_off_a_file_schedules_as_before(planner: Planner) -> None:
    report = import_csv(planner, _file("Instagram,Launch,2026-06-17,10:00,scheduled"))

    assert report.created == 1 and planner.list_posts()[0].status is Status.SCHEDULED


def test_editing_an_approved_posts_text_in_the_file_sends_it_back_to_review(
    planner: Planner, db_path: Path, clock: Clock
) -> None:
    team_of(planner)
    post_id = _dated(planner)
    approve_as_lea(db_path, clock, post_id)
    data = write_csv([planner.get_post(post_id)]).decode().replace("Which coffee do you brew?", "Which tea?")

    import_csv(planner, data.encode())

    saved = planner.get_post(post_id)
    assert (saved.title, saved.status, saved.approved_by) == ("Which tea?", Status.IN_REVIEW, None)

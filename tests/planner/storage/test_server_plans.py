"""A plan on a PostgreSQL server is a real option: it is updated like a file (backed up first,
with pg_dump) and ``db backup`` dumps it to a file that psql puts back."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner import DatabaseError, Planner, PostFields
from planner.cli.main import main
from planner.model import Entity
from planner.session import Clock
from planner.storage import backend as backend_module
from planner.storage.backend import MARKS_TABLE, PostgresBackend
from planner.storage.migrations import SCHEMA_VERSION
from tests.helpers.backends import PG_SERVER, admin_connection, fresh_schema, needs_pg

pytestmark = needs_pg


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder, where the backups of server plans go, inside the test's folder."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def server_url() -> Iterator[str]:
    with fresh_schema() as url:
        yield url


def schema_of(url: str) -> str:
    return url.rsplit("search_path%3D", 1)[1]


def columns(schema: str) -> list[tuple[str, str, str]]:
    with admin_connection() as admin:
        rows = admin.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = %s",
            (schema,),
        ).fetchall()
    return sorted(rows)


def a_plan_of_schema_4(url: str, clock: Clock) -> None:
    """A server plan as the Dialogos before schema 5 made it (it had no journal marks)."""
    with Planner.open(url, planning_zone="Europe/Paris", clock=clock) as planner:
        planner.add_platform("Instagram", "instagram")
        planner.create_post(PostFields(platform="Instagram", title="Made before the update"))
    with admin_connection() as admin:
        schema = schema_of(url)
        admin.execute(f'ALTER TABLE "{schema}"."meta" DROP COLUMN "journal_mark"')
        # Nor follow-ups (schema 6).
        admin.execute(f'DROP TABLE "{schema}"."followup"')
        admin.execute(f'ALTER TABLE "{schema}"."category" DROP COLUMN "followups"')
        admin.execute(f'ALTER TABLE "{schema}"."category" DROP COLUMN "offer"')
        # Nor promises before promotion (schema 7).
        admin.execute(f'ALTER TABLE "{schema}"."balance_rule" DROP COLUMN "no_promotion_while_late"')
        # Nor the offer habit (schema 8).
        admin.execute(f'ALTER TABLE "{schema}"."balance_rule" DROP COLUMN "max_offers"')
        admin.execute(f'ALTER TABLE "{schema}"."balance_rule" DROP COLUMN "offer_days"')
        admin.execute(f'DROP INDEX "{schema}"."post_category_id_platform_id_start_ts"')
        # Nor series, and the default rule on the old 80/20 numbers (schema 9).
        admin.execute(f'ALTER TABLE "{schema}"."post" DROP COLUMN "series_uid"')
        admin.execute(f'UPDATE "{schema}"."balance_rule" SET "min_conversation" = 4')
        # Nor weekly slots (schema 10).
        admin.execute(f'DROP TABLE "{schema}"."slot"')
        # Nor review: roles, the setting, approvals, threads and mentions (schema 11).
        admin.execute(f'DROP TABLE "{schema}"."mention"')
        admin.execute(f'DROP TABLE "{schema}"."comment"')
        admin.execute(f'ALTER TABLE "{schema}"."member" DROP COLUMN "role"')
        admin.execute(f'ALTER TABLE "{schema}"."meta" DROP COLUMN "review"')
        admin.execute(f'ALTER TABLE "{schema}"."meta" DROP COLUMN "self_approval"')
        for column in ("approved_by", "approved_at", "returned_by"):
            admin.execute(f'ALTER TABLE "{schema}"."post" DROP COLUMN "{column}"')
        admin.execute(f'UPDATE "{schema}"."{MARKS_TABLE}" SET "user_version" = 4')


def without_pg_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.which
    monkeypatch.setattr(backend_module.shutil, "which", lambda name: None if name == "pg_dump" else real(name))


# -- updating a server plan -------------------------------------------------------------


def test_a_server_plan_of_an_older_schema_is_dumped_then_updated(server_url: str, clock: Clock) -> None:
    a_plan_of_schema_4(server_url, clock)

    with Planner.open(server_url, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert [(p.title, p.series_uid) for p in planner.list_posts()] == [("Made before the update", None)]
        assert planner.notices == []
        # The old 80/20 default moved to the new numbers, and the history says so.
        assert planner.rule_for("Instagram").min_conversation == 1
        (said,) = planner.session.audit_log(entity=Entity.RULE)
        assert (said.who, json.loads(said.summary)["min_conversation"]) == ("Dialogos", [4, 1])
        planner.create_post(PostFields(platform="Instagram", title="Made after it"))

    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name and backup.suffix == ".sql"
    dump = backup.read_text(encoding="utf-8")
    assert "Made before the update" in dump and "journal_mark" not in dump  # the plan as it was
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600  # the whole plan: its owner's eyes only
    with fresh_schema() as fresh:
        Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
        assert [c[1:] for c in columns(schema_of(server_url))] == [c[1:] for c in columns(schema_of(fresh))]


def test_without_pg_dump_the_update_still_runs_and_says_it_made_no_backup(
    server_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a_plan_of_schema_4(server_url, clock)
    without_pg_dump(monkeypatch)

    assert main(["--db", server_url, "post", "list"]) == 0

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "without a backup" in err and "pg_dump" in err
    with Planner.open(server_url, clock=clock) as planner:
        assert planner.info().schema_version == SCHEMA_VERSION and planner.notices == []


def test_two_people_opening_an_older_server_plan_update_it_once(server_url: str, clock: Clock) -> None:
    a_plan_of_schema_4(server_url, clock)
    opened: list[Planner] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(Planner.open(server_url, clock=clock))
        except BaseException as error:  # noqa: BLE001 - the test reports it
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert sorted(p.backup_made is None for p in opened) == [False, True]  # one update, one backup
        assert all(p.info().schema_version == SCHEMA_VERSION for p in opened)
    finally:
        for planner in opened:
            planner.close()


# -- db backup, db backups, db restore on a server -----------------------------------------


def test_db_backup_dumps_the_plan_into_a_file_psql_puts_back(
    server_url: str, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Planner.open(server_url, planning_zone="Europe/Paris", clock=clock) as planner:
        planner.add_platform("Instagram", "instagram")
        planner.create_post(PostFields(platform="Instagram", title="Kept in the dump"))
    target = tmp_path / "plan.sql"

    assert main(["--db", server_url, "db", "backup", str(target)]) == 0

    assert str(target) in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with fresh_schema() as other:
        # The dump names its schema: put it back under the other name, as an administrator would.
        sql = target.read_text(encoding="utf-8").replace(schema_of(server_url), schema_of(other))
        with admin_connection() as admin:
            admin.execute(f'DROP SCHEMA "{schema_of(other)}"')
        restored = subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", PG_SERVER], input=sql, text=True, check=False)
        assert restored.returncode == 0
        with Planner.open(other, create=False, clock=clock) as planner:
            assert [p.title for p in planner.list_posts()] == ["Kept in the dump"]
            assert planner.check() == []


def test_db_backup_of_a_server_plan_without_a_destination_goes_to_the_user_s_folder_and_db_backups_lists_it(
    server_url: str, clock: Clock, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Planner.open(server_url, planning_zone="Europe/Paris", clock=clock).close()

    assert main(["--db", server_url, "db", "backup"]) == 0
    assert main(["--db", server_url, "db", "backups", "--format", "json"]) == 0

    out = capsys.readouterr().out
    (written,) = (data_home / "Dialogos" / "server-backups").glob("*.backup-manual-*.sql")
    assert stat.S_IMODE(written.parent.stat().st_mode) == 0o700
    assert str(written) in out and '"automatic": false' in out


def test_the_password_reaches_pg_dump_by_its_environment_never_on_its_command_line(
    clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake_run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        seen["command"], seen["env"] = command, kwargs["env"]
        kwargs["stdout"].write(b"-- dump\n")
        return subprocess.CompletedProcess(command, 0, b"", b"")

    monkeypatch.setattr(subprocess, "run", fake_run)
    with fresh_schema() as url, Planner.open(url, planning_zone="Europe/Paris", clock=clock) as planner:
        secret = url.replace("postgresql://postgres@", "postgresql://postgres:50%25off-S3KRIT@")
        PostgresBackend(secret).dump(planner._db, tmp_path / "dump.sql")

    assert not any("S3KRIT" in part for part in seen["command"])
    assert seen["env"]["PGPASSWORD"] == "50%off-S3KRIT"


def test_a_failing_pg_dump_writes_nothing_and_says_its_own_first_line(
    server_url: str, clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        kwargs["stdout"].write(b"-- half a dump")
        said = b"pg_dump: error: aborting because of server version mismatch\npg_dump: detail: ...\n"
        return subprocess.CompletedProcess(command, 1, b"", said)

    monkeypatch.setattr(subprocess, "run", failing)
    with Planner.open(server_url, planning_zone="Europe/Paris", clock=clock) as planner:
        with pytest.raises(DatabaseError) as caught:
            planner.backup(tmp_path / "plan.sql")
    assert caught.value.exit_code == 5 and "\n" not in caught.value.message
    assert "server version mismatch" in caught.value.message
    assert list(tmp_path.glob("*plan.sql*")) == []


def test_without_pg_dump_db_backup_says_what_to_install(
    server_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    Planner.open(server_url, planning_zone="Europe/Paris", clock=clock).close()
    without_pg_dump(monkeypatch)

    assert main(["--lang", "fr", "--db", server_url, "db", "backup"]) == 5

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pg_dump" in err and "postgresql-client" in err


def test_db_restore_on_a_server_says_how_psql_puts_a_dump_back(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "plan.sql"
    dump.write_text("-- a dump\n", encoding="utf-8")

    assert main(["--db", server_url, "db", "restore", str(dump)]) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "psql" in err and "-f" in err


def test_backups_of_server_plans_never_land_in_the_working_folder(server_url: str, clock: Clock) -> None:
    before = set(os.listdir("."))
    with Planner.open(server_url, planning_zone="Europe/Paris", clock=clock) as planner:
        planner.backup()
    assert set(os.listdir(".")) == before

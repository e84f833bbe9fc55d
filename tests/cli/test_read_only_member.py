"""The README's "This is coordination, not security": on PostgreSQL, a member whose server role has
only the grants the README gives reads the plan (``post list``, ``team list``, ``export ics``)
and cannot change it (``post add`` fails with one line, exit 5, nothing written)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from planner import Planner, PostFields
from planner.timezones import localize
from tests.helpers.backends import admin_connection, fresh_schema, needs_pg
from tests.helpers.cli import run_cli
from tests.helpers.fixed import PLANNING_ZONE, USER

pytestmark = needs_pg

# The README's grants, word for word but for the names ({database}, {schema}, {role}, {owner}).
README_GRANTS = (
    'GRANT CONNECT ON DATABASE "{database}" TO "{role}"',
    'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"',
    'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"',
    'ALTER DEFAULT PRIVILEGES FOR ROLE "{owner}" IN SCHEMA "{schema}" GRANT SELECT ON TABLES TO "{role}"',
)


def _as(url: str, role: str, password: str) -> str:
    """``url`` (the test server, with its schema) connecting as ``role``."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    netloc = f"{quote(role)}:{quote(password)}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


@pytest.fixture
def reader_url() -> Iterator[str]:
    """A plan on the server with one dated post, and the URL of a role holding only the README's grants."""
    role, password = f"dialogos_reader_{secrets.token_hex(4)}", secrets.token_hex(12)
    with fresh_schema() as url:
        with Planner.open(url, planning_zone=PLANNING_ZONE, user=USER) as planner:
            planner.add_platform("Instagram", "instagram")
            start = localize(datetime(2026, 6, 1, 10, 0), PLANNING_ZONE)
            planner.create_post(PostFields(platform="Instagram", title="Which coffee do you brew?", start=start))
        schema = url.rsplit("%3D", 1)[1]
        database = urlsplit(url).path.lstrip("/")
        with admin_connection() as admin:
            owner = admin.execute("SELECT current_user").fetchone()[0]
            admin.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
            try:
                for grant in README_GRANTS:
                    admin.execute(grant.format(database=database, schema=schema, role=role, owner=owner))
                yield _as(url, role, password)
            finally:
                admin.execute(f'DROP OWNED BY "{role}"')
                admin.execute(f'DROP ROLE "{role}"')


def test_a_read_only_member_lists_and_exports_the_plan(reader_url: str) -> None:
    listed = run_cli(["post", "list", "--format", "json"], reader_url)
    team = run_cli(["team", "list", "--format", "json"], reader_url)
    calendar = run_cli(["export", "ics", "-"], reader_url)

    assert listed.code == 0, listed.err
    assert [p["title"] for p in listed.json] == ["Which coffee do you brew?"]
    assert team.code == 0, team.err
    assert team.json["review"] is False
    assert calendar.code == 0, calendar.err
    assert "SUMMARY:" in calendar.out and "Which coffee do you brew?" in calendar.out


def test_a_read_only_member_cannot_write_and_is_told_in_one_line(reader_url: str) -> None:
    added = run_cli(
        ["post", "add", "--platform", "Instagram", "--title", "Sneaky", "--at", "2026-06-02 10:00"], reader_url
    )

    line = added.assert_one_line_error()
    assert added.code == 5
    assert "permission denied" in line
    listed = run_cli(["post", "list", "--format", "json"], reader_url)
    assert [p["title"] for p in listed.json] == ["Which coffee do you brew?"]

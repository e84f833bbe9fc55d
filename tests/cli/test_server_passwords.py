"""A password in ``--db postgresql://user:password@…`` is never printed: not in the error line,
not in a ``--debug`` traceback, not by the last-resort "unexpected error" line, whatever the
driver quotes back. An address libpq cannot read is a typing mistake (exit 2), said in one line.

The cases with a server run on the one ``DIALOGOS_TEST_PG`` names (tests/helpers/backends.py), which
trusts anyone: the password in the address is ignored, but must never show.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from planner.service import Planner
from tests.helpers.backends import fresh_schema, needs_pg
from tests.helpers.cli import run_cli

SECRET = "S3KRIT-pw"

# Addresses libpq or Python cannot read; each must be refused in one line, without its password.
UNREADABLE = {
    "a % not followed by two hex digits": f"postgresql://camille:50%off-{SECRET}@127.0.0.1:5544/plan2",
    "a port that is not a number": f"postgresql://camille:{SECRET}@127.0.0.1:abc/plan",
    "a port past 65535": f"postgresql://camille:{SECRET}@127.0.0.1:99999/plan",
    "a second host's port that is not a number": f"postgresql://camille:{SECRET}@127.0.0.1:1,127.0.0.2:x/plan",
    "an IPv6 host without its ]": f"postgresql://camille:{SECRET}@[::1/plan",
    "a space in the password": f"postgresql://camille:{SECRET} 2@127.0.0.1:1/plan",
    "a query parameter libpq does not know": f"postgres://camille:{SECRET}@127.0.0.1:1/plan?bogus=1",
    "a password parameter that is not percent-encoded": f"postgresql://camille@127.0.0.1:1/plan?password=%{SECRET}",
}


@pytest.fixture(autouse=True)
def driver() -> None:
    pytest.importorskip("psycopg", reason="a plan on a server needs psycopg")


@pytest.mark.parametrize("address", list(UNREADABLE.values()), ids=list(UNREADABLE))
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_an_address_libpq_cannot_read_is_refused_in_one_line_without_its_password(address: str, debug: bool) -> None:
    result = run_cli(["post", "list", *(["--debug"] if debug else [])], address)

    assert result.code == 2
    assert SECRET not in result.out + result.err
    last = result.err.splitlines()[-1]
    assert last.startswith("Error: postgresql://camille@") or last.startswith("Error: postgres://camille@")
    if not debug:
        assert result.assert_one_line_error() == last
    else:
        assert "Traceback" in result.err  # what --debug is for, without the password either


def test_the_issue_s_address_names_the_bad_token_hidden() -> None:
    result = run_cli(["post", "list"], "postgresql://camille:50%off-S3KRIT@127.0.0.1:5544/plan2")

    assert result.assert_one_line_error() == (
        "Error: postgresql://camille@127.0.0.1:5544/plan2 is not a PostgreSQL address Dialogos can read "
        '(invalid percent-encoded token: "***"): write it as postgresql://user@host:5432/database.'
    )


def test_a_bad_port_is_named_in_french_too() -> None:
    result = run_cli(["--lang", "fr", "post", "list"], f"postgresql://camille:{SECRET}@127.0.0.1:abc/plan")

    assert result.code == 2
    assert result.assert_one_line_error() == (
        "Erreur : postgresql://camille@127.0.0.1:abc/plan : le port « abc » n’est pas un nombre de 1 à 65535."
    )


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_server_that_cannot_be_reached_is_exit_5_without_the_password(debug: bool) -> None:
    address = f"postgresql://camille:{SECRET}@127.0.0.1:1/plan"  # nothing listens on port 1

    result = run_cli(["post", "list", *(["--debug"] if debug else [])], address)

    assert result.code == 5
    assert SECRET not in result.err and "postgresql://camille@127.0.0.1:1/plan" in result.err


def test_the_address_from_the_environment_or_after_an_equals_sign_is_redacted_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = f"postgresql://camille:{SECRET}@[::1/plan"
    monkeypatch.setenv("DIALOGOS_DB", address)

    from_environment = run_cli(["post", "list", "--debug"], None)
    after_equals = run_cli(["post", "list", "--debug", f"--db={address}"], None)

    assert from_environment.code == after_equals.code == 2
    assert SECRET not in from_environment.err + after_equals.err


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_even_an_unexpected_error_quoting_the_address_never_prints_the_password(
    monkeypatch: pytest.MonkeyPatch, debug: bool
) -> None:
    address = f"postgresql://camille:{SECRET}@db.example/plan"

    def broken(location: object, **_options: object) -> Planner:
        raise RuntimeError(f"the driver choked on {location} (password {SECRET})")

    monkeypatch.setattr(Planner, "open", broken)
    result = run_cli(["post", "list", *(["--debug"] if debug else [])], address)

    assert result.code == 70
    assert SECRET not in result.err
    assert "postgresql://camille@db.example/plan" in result.err.splitlines()[-1]


@pytest.fixture
def server_address() -> Iterator[str]:
    """A fresh schema on the test server, named with a password (which the server ignores)."""
    with fresh_schema() as url:
        parts = urlsplit(url)
        with_password = f"{parts.username or 'postgres'}:{SECRET}@{parts.hostname}:{parts.port or 5432}"
        with Planner.open(url, planning_zone="Europe/Paris", user="camille") as planner:
            planner.add_platform("Instagram", "instagram")
        yield urlunsplit(parts._replace(netloc=with_password))


@needs_pg
def test_on_a_server_outputs_and_errors_never_show_the_password(server_address: str) -> None:
    info = run_cli(["db", "info", "--format", "json"], server_address)
    missing = run_cli(["post", "show", "999", "--debug"], server_address)
    backup = run_cli(["db", "backup", "--debug"], server_address)

    assert info.code == 0 and info.json["path"].startswith("postgresql://") and SECRET not in info.out
    assert missing.code == 2 and "There is no post 999." in missing.err
    assert backup.code == 0 and "server-backups" in backup.out  # a pg_dump, the password given by PGPASSWORD
    assert not any(SECRET in result.out + result.err for result in (info, missing, backup))

"""A server's address shown without its password, and texts that quote it redacted, whatever they are."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from planner.storage.server_address import HIDDEN, database_and_host, redact, secrets_of, shown

# A password as people type them: anything but what ends the user part of an address
# (and "*", which would be found again in what replaces it).
passwords = st.text(st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="/?#@*"), min_size=1)


@given(password=passwords)
def test_an_address_is_shown_without_its_password_typed_or_percent_encoded(password: str) -> None:
    for written in (password, quote(password, safe="")):
        assert (
            shown(f"postgresql://camille:{written}@db.example:5432/plan") == "postgresql://camille@db.example:5432/plan"
        )
    # In the query an "&" would end it: there a password is always percent-encoded.
    assert shown(f"postgresql://camille@db.example/plan?sslmode=require&password={quote(password, safe='')}") == (
        "postgresql://camille@db.example/plan?sslmode=require"
    )


@given(password=passwords, around=st.tuples(st.text(), st.text()))
def test_a_text_that_quotes_the_password_in_any_form_loses_it(password: str, around: tuple[str, str]) -> None:
    address = f"postgresql://camille:{quote(password, safe='')}@127.0.0.1:1/plan"
    for form in (password, quote(password, safe="")):
        quoted = f'{around[0]}invalid percent-encoded token: "{form}"{around[1]}'
        assert all(form not in part for part in redact(quoted, address).split(HIDDEN))


def test_what_libpq_says_about_addresses_it_cannot_read_keeps_no_password() -> None:
    address = "postgresql://camille:50%off-S3KRIT@[::1/plan"
    said = [
        'invalid percent-encoded token: "50%off-S3KRIT"',
        'end of string reached when looking for matching "]" in IPv6 host address in URI: '
        '"postgresql://camille:50%off-S3KRIT@[::1/plan"',
        "connection string: host=::1 user=camille password=50%off-S3KRIT dbname=plan",
    ]

    redacted = [redact(text, address) for text in said]

    assert redacted == [
        f'invalid percent-encoded token: "{HIDDEN}"',
        'end of string reached when looking for matching "]" in IPv6 host address in URI: '
        '"postgresql://camille@[::1/plan"',
        f"connection string: host=::1 user=camille password={HIDDEN} dbname=plan",
    ]


def test_a_password_in_some_other_address_of_the_text_is_redacted_too() -> None:
    assert redact("tried postgres://sam:hunter2@db.example/plan") == "tried postgres://sam@db.example/plan"


def test_addresses_the_standard_library_refuses_are_still_shown_without_their_password() -> None:
    for typed, expected in [
        ("postgresql://camille:pw@127.0.0.1:abc/plan", "postgresql://camille@127.0.0.1:abc/plan"),
        ("postgresql://camille:pw@[::1/plan", "postgresql://camille@[::1/plan"),
        ("postgresql://camille:pw@h1:5432,h2:x/plan", "postgresql://camille@h1:5432,h2:x/plan"),
        ("postgresql://camille:p@ss@host/plan", "postgresql://camille@host/plan"),
        ("postgres:/camille:pw@host/plan", "postgres:/camille@host/plan"),  # a slash missing: typed in a dialog
        ("camille:pw@host/plan", "camille@host/plan"),
        ("postgresql://", "postgresql://"),
    ]:
        assert shown(typed) == expected


def test_a_file_s_path_holds_no_password() -> None:
    assert secrets_of("/home/camille/team:plan@2026.sqlite") == set()
    assert redact("Cannot open /home/camille/team:plan@2026.sqlite", "/home/camille/team:plan@2026.sqlite") == (
        "Cannot open /home/camille/team:plan@2026.sqlite"
    )


def test_the_window_names_the_database_and_the_first_host() -> None:
    assert database_and_host("postgresql://camille:pw@db.example:5432/plan") == ("plan", "db.example")
    assert database_and_host("postgresql://camille@[::1]:5432/plan") == ("plan", "::1")
    assert database_and_host("postgresql://camille@h1:1,h2:2/plan") == ("plan", "h1")
    assert database_and_host("postgresql://camille@/?host=/run/postgresql") == ("camille", "/run/postgresql")
    assert database_and_host("postgresql://camille:pw@[::1/plan") == ("plan", "::1")

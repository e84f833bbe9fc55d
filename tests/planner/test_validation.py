"""What the core refuses from any client (the app, an import, the command line) before it
reaches a database: text that is not UTF-8, ids no database can hold, links it cannot read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from planner import NotFoundError, Planner, PostFields, PostPatch, ValidationError
from planner import validation as check
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

AT = datetime(2026, 6, 1, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
NOT_UTF8 = "caf\udce9"  # b"caf\xe9" read as UTF-8 with surrogateescape


@pytest.mark.parametrize(
    "fields",
    [
        PostFields(platform="X", title=NOT_UTF8, start=AT),
        PostFields(platform="X", title="T", body=NOT_UTF8, start=AT),
        PostFields(platform="X", title="T", notes=NOT_UTF8, start=AT),
        PostFields(platform="X", title="T", campaign=NOT_UTF8, start=AT),
        PostFields(platform="X", title="T", link=f"https://example.org/{NOT_UTF8}", start=AT),
        PostFields(platform="X", title="T", author=NOT_UTF8, start=AT),
    ],
)
def test_text_that_is_not_utf8_never_reaches_the_database(planner: Planner, fields: PostFields) -> None:
    with pytest.raises(ValidationError) as refused:
        planner.create_post(fields)

    assert "caf\\xe9” is not UTF-8 text" in refused.value.message
    assert planner.list_posts() == []


def test_a_platform_name_that_is_not_utf8_is_refused(planner: Planner) -> None:
    with pytest.raises(ValidationError, match="not UTF-8"):
        planner.add_platform(NOT_UTF8, "blog")


@pytest.mark.parametrize("post_id", [2**63, -(2**63) - 1, 10**40])
def test_an_id_no_database_can_hold_is_no_post(planner: Planner, post_id: int) -> None:
    for attempt in (
        lambda: planner.get_post(post_id),
        lambda: planner.edit_post(post_id, PostPatch(title="T")),
        lambda: planner.delete_post(post_id, expect_version=1),
        lambda: planner.post_history(post_id),
    ):
        with pytest.raises(NotFoundError) as missing:
            attempt()
        assert missing.value.message == f"There is no post {post_id}."


@pytest.mark.parametrize(
    ("link", "key"),
    [
        ("https://example.org/our menu", "error.link_space"),
        ("https://example.org/\tmenu", "error.link_space"),
        ("example.org/menu", "error.bad_link"),
        ("ftp://example.org/menu", "error.bad_link"),
        ("https://[::1/menu", "error.link_host"),
        ("https://example.org:port/menu", "error.link_host"),
        ("https:///menu", "error.link_host"),
    ],
)
def test_a_link_is_refused_with_what_is_wrong_with_it(link: str, key: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check.link(link)

    assert refused.value.key == key


def test_a_too_long_field_gives_its_length_and_limit() -> None:
    with pytest.raises(ValidationError) as refused:
        check.text_field("c" * 2001, what="campaign", single_line=True)

    assert refused.value.message == "Too long: the campaign (2001 characters; 2000 at most)."

"""``dialogos rules set --no-promotion-while-late on|off`` and what it does to ``post add``.

The command line runs on the real clock: a poll far in the past has late follow-ups, a
promotion far in the future comes after them, whatever day the tests run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.helpers.cli import Run

AddPost = Callable[..., dict[str, Any]]


def _late_poll(cli: Run, add_post: AddPost) -> int:
    poll = add_post("Which winter book?", "--at", "2020-06-03 09:00", "--category", "Poll")
    made = cli("followup", "add", poll["id"], "--kind", "post", "--due", "2020-06-06 18:00", "--title", "the results")
    assert made.code == 0, made.err
    made = cli("followup", "add", poll["id"], "--kind", "answer", "--after", "1d", "--title", "@lea")
    assert made.code == 0, made.err
    return int(poll["id"])


def _promote(cli: Run, *extra: str) -> Any:
    return cli(
        "post", "add", "--platform", "Instagram", "--title", "-20% on filters", "--category", "Offer",
        "--at", "2090-06-12 09:00", *extra,
    )  # fmt: skip


def test_rules_show_and_set_promises_before_promotion_in_table_and_json(cli: Run) -> None:
    listed = cli("rules", "list", "--format", "json").json
    assert listed[0]["no_promotion_while_late"] is True  # on in the default rule, as in every preset
    assert "Promises first" in cli("rules", "list").out
    off = cli("rules", "set", "--platform", "Instagram", "--no-promotion-while-late", "off", "--format", "json")
    assert off.code == 0, off.err
    assert off.json["no_promotion_while_late"] is False and off.json["preset"] == "80-20"  # the rest kept
    # Custom numbers keep it as it was; a preset puts it back on unless told otherwise.
    custom = cli("rules", "set", "--platform", "Instagram", "--window", "4", "--max-promotion", "1", "--format", "json")
    assert custom.json["no_promotion_while_late"] is False
    preset = cli("rules", "set", "--platform", "Instagram", "--preset", "thirds", "--format", "json")
    assert preset.json["no_promotion_while_late"] is True
    both = cli(
        "rules", "set", "--platform", "X", "--preset", "4-1-1", "--no-promotion-while-late", "off", "--format", "json"
    )  # fmt: skip
    assert both.json["no_promotion_while_late"] is False
    table = cli("rules", "list").out.splitlines()
    x_row = next(line for line in table if line.startswith("X "))
    assert x_row.split()[-1] == "off"


def test_a_value_other_than_on_or_off_is_refused_and_nothing_written(cli: Run) -> None:
    bad = cli("rules", "set", "--platform", "Instagram", "--no-promotion-while-late", "maybe")
    assert bad.code == 2 and "maybe" in bad.assert_one_line_error()
    assert [r["platform"] for r in cli("rules", "list", "--format", "json").json] == [None]


def test_a_promotion_behind_late_follow_ups_is_refused_with_exit_3_then_forced_with_a_reason(
    cli: Run, add_post: AddPost
) -> None:
    cli("rules", "set", "--platform", "Instagram", "--window", "5", "--mode", "block")
    _late_poll(cli, add_post)

    refused = _promote(cli)
    assert refused.code == 3
    line = refused.assert_one_line_error()
    assert line.startswith("Error: Refused: You owe the community 2 follow-ups on Instagram (“Which winter book?”")
    assert "answer “@lea” due 4 June" in line and "promised post “the results” due 6 June" in line
    assert "No slot is suggested" in line and "--force --reason" in line
    assert [p["title"] for p in cli("post", "list", "--format", "json").json] == ["Which winter book?"]

    forced = _promote(cli, "--force", "--reason", "the shop's sale", "--format", "json")
    assert forced.code == 0, forced.err
    assert "Warning: You owe the community 2 follow-ups on Instagram" in forced.err


def test_in_french_and_once_turned_off(cli: Run, add_post: AddPost) -> None:
    cli("rules", "set", "--platform", "Instagram", "--window", "5", "--mode", "block")
    _late_poll(cli, add_post)
    refused = cli(
        "--lang", "fr", "post", "add", "--platform", "Instagram", "--title", "-20 %", "--category", "Offer",
        "--at", "2090-06-12 09:00",
    )  # fmt: skip
    assert refused.code == 3
    assert "Vous devez 2 suivis à la communauté sur Instagram" in refused.assert_one_line_error()
    assert cli("rules", "set", "--platform", "Instagram", "--no-promotion-while-late", "off").code == 0
    assert _promote(cli).code == 0


def test_in_warn_mode_the_promotion_is_saved_with_the_warning_and_why_no_slot_is_offered(
    cli: Run, add_post: AddPost
) -> None:
    _late_poll(cli, add_post)
    saved = _promote(cli, "--format", "json")
    assert saved.code == 0, saved.err
    assert saved.json["title"] == "-20% on filters"
    warning, why = saved.err.splitlines()[-2:]
    assert warning.startswith("Warning: You owe the community 2 follow-ups on Instagram")
    assert "No slot is suggested" in why and "followup keep/drop" in why
    # Kept or dropped, they hold back no promotion (the 80/20 rule still counts them).
    for followup in cli("followup", "list", "--status", "late", "--format", "json").json:
        if followup["kind"] == "answer":
            assert cli("followup", "keep", followup["id"]).code == 0
        else:
            assert cli("followup", "drop", followup["id"], "--reason", "the shop closed").code == 0
    again = _promote(cli)
    assert again.code == 0 and "Warning: On Instagram, 2 promotions" in again.err and "You owe" not in again.err


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_command_line_names_the_commands_that_keep_or_drop_them(cli: Run, add_post: AddPost, lang: str) -> None:
    cli("rules", "set", "--platform", "Instagram", "--window", "5", "--mode", "block")
    _late_poll(cli, add_post)
    refused = cli(
        "--lang", lang, "post", "add", "--platform", "Instagram", "--title", "-20 %", "--category", "Offer",
        "--at", "2090-06-12 09:00",
    )  # fmt: skip
    assert refused.code == 3
    line = refused.assert_one_line_error()
    assert "(followup keep/drop)" in line and "Follow-ups panel" not in line and "panneau Suivis" not in line

"""``dialogos rules set --max-offers N|off --offer-days D``, ``rules list`` and what ``post add``
and ``balance`` say about the offer habit (PRODUCT.md's command line)."""

from __future__ import annotations

from typing import Any

from tests.helpers.cli import Run


def _offers_limited(cli: Run, *extra: str) -> Any:
    """Offer is an offer; Instagram has no limit but 2 offers in 7 days (no promotion numbers)."""
    assert cli("category", "edit", "Offer", "--offer").code == 0
    made = cli(
        "rules", "set", "--platform", "Instagram", "--window", "5", "--max-offers", "2", "--offer-days", "7",
        *extra, "--format", "json",
    )  # fmt: skip
    assert made.code == 0, made.err
    return made.json


def _offer(cli: Run, when: str, *extra: str) -> Any:
    return cli(
        "post", "add", "--platform", "Instagram", "--title", "-20% coupon", "--category", "Offer", "--at", when,
        "--format", "json", *extra,
    )  # fmt: skip


def test_rules_set_and_list_the_offer_limit_in_table_and_json(cli: Run) -> None:
    listed = cli("rules", "list", "--format", "json").json
    assert (listed[0]["max_offers"], listed[0]["offer_days"]) == (None, None)  # no limit by default
    made = _offers_limited(cli)
    assert (made["max_offers"], made["offer_days"], made["window"]) == (2, 7, 5)
    row = next(line for line in cli("rules", "list").out.splitlines() if line.startswith("Instagram"))
    assert "2 in 7 d" in row
    assert "Offers" in cli("rules", "list").out
    # Alone, it keeps the rest of the rule; a new number keeps the days; off clears both.
    alone = cli("rules", "set", "--platform", "Instagram", "--mode", "block", "--max-offers", "3", "--format", "json")
    assert (alone.json["max_offers"], alone.json["offer_days"], alone.json["mode"]) == (3, 7, "block")
    custom = cli("rules", "set", "--platform", "Instagram", "--window", "4", "--max-promotion", "1", "--format", "json")
    assert (custom.json["max_offers"], custom.json["offer_days"]) == (3, 7)  # custom numbers keep it
    off = cli("rules", "set", "--platform", "Instagram", "--max-offers", "off", "--format", "json")
    assert (off.json["max_offers"], off.json["offer_days"], off.json["window"]) == (None, None, 4)
    preset = cli("rules", "set", "--platform", "X", "--preset", "thirds", "--max-offers", "1", "--offer-days", "14")
    assert preset.code == 0 and "1 in 14 d" in preset.out
    fr = cli("--lang", "fr", "rules", "list").out
    assert "Offres" in fr and "1 en 14 j" in fr


def test_a_bad_offer_limit_is_one_line_exit_2_and_nothing_written(cli: Run) -> None:
    for arguments, words in (
        (("--max-offers", "2"), "together"),
        (("--offer-days", "7"), "together"),
        (("--max-offers", "-1", "--offer-days", "7"), "0 or more"),
        (("--max-offers", "2", "--offer-days", "400"), "1 to 365 days"),
        (("--max-offers", "many", "--offer-days", "7"), "whole number or off"),
        (("--max-offers", "off", "--offer-days", "7"), "together"),
    ):
        bad = cli("rules", "set", "--platform", "Instagram", *arguments)
        assert bad.code == 2 and words in bad.assert_one_line_error(), arguments
    assert [r["platform"] for r in cli("rules", "list", "--format", "json").json] == [None]
    french = cli("--lang", "fr", "rules", "set", "--platform", "Instagram", "--max-offers", "2")
    assert french.code == 2 and "ensemble" in french.assert_one_line_error()


def test_a_third_offer_in_a_week_is_refused_with_exit_3_then_forced_with_a_reason(cli: Run) -> None:
    _offers_limited(cli, "--mode", "block")
    assert _offer(cli, "2090-06-12 09:00").code == 0
    assert _offer(cli, "2090-06-14 09:00").code == 0
    refused = _offer(cli, "2090-06-15 09:00")
    assert refused.code == 3 and len(refused.err.splitlines()) == 1
    line = refused.err
    assert "3 offers on Instagram in 7 days" in line and "allows 2" in line
    # With --format json, the refusal is data on stdout too: its breaches and free slots where it fits.
    assert refused.json["refused"] and refused.json["breaches"][0]["kind"] == "max_offers"
    assert {s["kind"] for s in refused.json["suggestions"]} == {"move_here"}
    assert len(cli("post", "list", "--format", "json").json) == 2  # nothing written
    forced = _offer(cli, "2090-06-15 09:00", "--force", "--reason", "summer clearance")
    assert forced.code == 0, forced.err
    report = cli(
        "balance", "--from", "2090-06-01", "--to", "2090-06-30", "--platform", "Instagram", "--format", "json"
    ).json  # fmt: skip
    (breach,) = report[0]["breaches"]
    assert (breach["kind"], breach["mode"], breach["figure"], breach["limit"]) == ("max_offers", "block", 3, 2)
    assert breach["rule"] == "custom" and len(breach["posts"]) == 3
    assert report[0]["rule_detail"]["max_offers"] == 2
    check = cli("balance", "--from", "2090-06-01", "--to", "2090-06-30", "--check")
    assert check.code == 1


def test_offers_on_a_weekly_slot_warn_and_are_saved_even_under_a_blocking_rule(cli: Run) -> None:
    assert cli("category", "edit", "Offer", "--offer").code == 0
    rule = ("rules", "set", "--platform", "Instagram", "--window", "5", "--max-offers", "5", "--offer-days", "7")
    assert cli(*rule, "--mode", "block").code == 0
    for day in ("2090-06-02", "2090-06-09"):
        assert _offer(cli, f"{day} 10:00").code == 0
    third = _offer(cli, "2090-06-16 10:00")
    assert third.code == 0, third.err
    assert "Offers every Friday at 10:00, 3 times in a row on Instagram" in third.err
    report = cli("balance", "--from", "2090-06-01", "--to", "2090-06-30", "--format", "json").json
    kinds = [(b["kind"], b["mode"]) for p in report for b in p["breaches"]]
    assert kinds == [("offer_rhythm", "warn")]

"""``dialogos rules`` and ``dialogos balance``, and rules judging ``post add``."""

from __future__ import annotations

from tests.helpers.cli import Run


def add(cli: Run, title: str, day: int, category: str, *extra: str, platform: str = "LinkedIn"):  # type: ignore[no-untyped-def]
    return cli(
        "post", "add", "--platform", platform, "--title", title, "--category", category,
        "--at", f"2026-06-0{day} 09:00", *extra,
    )  # fmt: skip


def test_presets_are_listed_with_their_numbers(cli: Run) -> None:
    presets = {p["name"]: p for p in cli("rules", "presets", "--format", "json").json}
    assert presets["80-20"] == {"name": "80-20", "window": 5, "max_promotion": 1, "min_conversation": 1}
    assert presets["5-3-2"]["max_promotion"] == 0


def test_rules_set_list_and_unset(cli: Run) -> None:
    saved = cli("rules", "set", "--platform", "LinkedIn", "--preset", "thirds", "--mode", "block", "--format", "json")
    assert saved.code == 0, saved.err
    assert saved.json["window"] == 3 and saved.json["mode"] == "block"
    custom = cli("rules", "set", "--platform", "X", "--window", "4", "--max-promotion", "1", "--max-promo-streak", "1")
    assert custom.code == 0, custom.err
    rules = {r["platform"]: r for r in cli("rules", "list", "--format", "json").json}
    assert rules[None]["preset"] == "80-20" and rules[None]["mode"] == "warn"
    assert rules["X"]["min_conversation"] is None and rules["X"]["mode"] == "warn"
    assert cli("rules", "unset", "--platform", "X").code == 0
    assert "X" not in {r["platform"] for r in cli("rules", "list", "--format", "json").json}


def test_rules_set_refuses_nonsense(cli: Run) -> None:
    assert cli("rules", "set", "--platform", "X").code == 2
    bad = cli("rules", "set", "--platform", "X", "--window", "3", "--max-promotion", "9")
    assert bad.code == 2 and "window" in bad.assert_one_line_error()
    assert cli("rules", "set", "--platform", "Nope", "--preset", "80-20").code == 2


def test_block_mode_refuses_with_exit_3_then_force_with_a_reason_saves(cli: Run) -> None:
    cli("rules", "set", "--platform", "LinkedIn", "--preset", "80-20", "--mode", "block")
    for day in range(1, 5):
        assert add(cli, f"Question {day}", day, "Question").code == 0
    assert add(cli, "Offer", 5, "Offer").code == 0

    refused = add(cli, "Second offer", 6, "Offer")
    assert refused.code == 3
    line = refused.assert_one_line_error()
    assert "2 promotions in 5 consecutive posts" in line and "--force --reason" in line
    titles = [p["title"] for p in cli("post", "list", "--format", "json").json]
    assert "Second offer" not in titles

    assert add(cli, "Second offer", 6, "Offer", "--force").code == 2  # a reason is required
    forced = add(cli, "Second offer", 6, "Offer", "--force", "--reason", "Launch day", "--format", "json")
    assert forced.code == 0
    assert "Warning: On LinkedIn, 2 promotions" in forced.err

    report = cli("balance", "--from", "2026-06-01", "--to", "2026-06-07", "--format", "json").json
    linkedin = next(p for p in report if p["platform"] == "LinkedIn")
    assert linkedin["counts"]["promotion"] == 2 and linkedin["promotion_share"] == round(2 / 6, 4)
    assert {b["kind"] for b in linkedin["breaches"]} >= {"max_promotion"}
    assert all({"rule", "message", "posts"} <= set(b) for b in linkedin["breaches"])
    assert cli("balance", "--from", "2026-06-01", "--to", "2026-06-07", "--check").code == 1
    assert cli("balance", "--from", "2026-07-01", "--to", "2026-07-07", "--check").code == 0


def test_warn_mode_saves_and_warns_in_french(cli: Run) -> None:
    for day in range(1, 5):
        add(cli, f"Question {day}", day, "Question")
    add(cli, "Offre", 5, "Offer")
    result = add(cli, "Deuxième offre", 6, "Offer", "--lang", "fr")
    assert result.code == 0
    assert "Attention : Sur LinkedIn, 2 promotions dans 5 publications consécutives (du 2 au 6 juin)" in result.err


def test_balance_table_lists_every_platform(cli: Run) -> None:
    add(cli, "Question", 1, "Question")
    text = cli("balance", "--week", "2026-W23").out
    assert "LinkedIn: 80/20 (warn)" in text and "Instagram" in text and "no breach" in text


def test_rules_set_with_a_stale_version_is_a_conflict(cli: Run) -> None:
    assert cli("rules", "set", "--platform", "LinkedIn", "--preset", "thirds", "--expect-version", "0").code == 0
    result = cli("rules", "set", "--platform", "LinkedIn", "--preset", "4-1-1", "--expect-version", "0")
    assert result.code == 4 and "Someone changed the balance rule of LinkedIn" in result.err
    assert cli("rules", "unset", "--platform", "LinkedIn", "--expect-version", "1").code == 0


def _instagram(cli: Run, title: str, category: str, when: str, *extra: str):  # type: ignore[no-untyped-def]
    return cli("post", "add", "--platform", "Instagram", "--title", title, "--category", category, "--at", when, *extra)


def test_a_refusal_no_slot_lets_pass_says_what_fixes_it(cli: Run) -> None:
    """The command line runs on the real clock: a week far in the future (June 2031)."""
    rule = ("--window", "5", "--max-promotion", "1", "--min-conversation", "1", "--mode", "block")
    assert cli("rules", "set", "--platform", "Instagram", *rule).code == 0
    assert _instagram(cli, "Which book?", "Question", "2031-06-16 09:00").code == 0
    assert _instagram(cli, "Behind the counter", "Behind the scenes", "2031-06-17 09:00").code == 0
    assert _instagram(cli, "Coupon", "Offer", "2031-06-18 09:00").code == 0

    refused = _instagram(cli, "Book launch", "Launch", "2031-06-19 09:00")
    assert refused.code == 3
    line = refused.assert_one_line_error()
    assert "Add 4 conversation posts on Instagram before it, for example" in line

    as_data = _instagram(cli, "Book launch", "Launch", "2031-06-19 09:00", "--format", "json")
    assert as_data.code == 3
    [fix] = [s for s in as_data.json["suggestions"] if s["kind"] == "add_conversation_before"]
    assert fix["side"] == "conversation" and len(fix["moments"]) == 4 and fix["move_to"] is None
    assert as_data.json["breaches"][0]["kind"] == "max_promotion"

    for number, moment in enumerate(fix["moments"]):
        assert _instagram(cli, f"Question {number}", "Question", moment).code == 0
    assert _instagram(cli, "Book launch", "Launch", "2031-06-19 09:00").code == 0


def test_a_refused_move_offers_free_slots_as_data(cli: Run) -> None:
    rule = ("--window", "2", "--max-promotion", "1", "--mode", "block")
    assert cli("rules", "set", "--platform", "Instagram", *rule).code == 0
    for day in range(16, 20):
        assert _instagram(cli, f"Question {day}", "Question", f"2031-06-{day} 09:00").code == 0
    assert _instagram(cli, "Coupon", "Offer", "2031-06-16 10:00").code == 0

    refused = _instagram(cli, "Launch", "Launch", "2031-06-16 11:00", "--format", "json")
    assert refused.code == 3
    slots = [s["at"] for s in refused.json["suggestions"] if s["kind"] == "move_here"]
    assert slots and "Nearest slots where it would pass" in refused.err
    taken = {
        p["start"] for p in cli("post", "list", "--format", "json", "--from", "2031-06-01", "--to", "2031-07-31").json
    }
    assert not taken.intersection(slots)

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

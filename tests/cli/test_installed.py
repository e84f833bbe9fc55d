"""The installed ``dialogos`` command in a child process: real stdout, stderr and exit codes."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Dialogos = Callable[..., subprocess.CompletedProcess[str]]


def test_the_installed_command_plans_and_lists_a_post(dialogos: Dialogos, plan_path: Path) -> None:
    added = dialogos(
        "post", "add", "--platform", "LinkedIn", "--title", "Our sourcing report", "--at", "2026-06-02 08:45",
        "--category", "News", "--format", "json", "--db", plan_path,
    )  # fmt: skip
    listed = dialogos("post", "list", "--week", "2026-W23", "--format", "json", "--db", plan_path)

    assert (added.returncode, added.stderr) == (0, "")
    post = json.loads(added.stdout)
    assert (post["start"], post["side"], post["created_by"]) == ("2026-06-02T08:45:00+02:00", "information", "camille")
    assert listed.returncode == 0
    assert [p["uid"] for p in json.loads(listed.stdout)] == [post["uid"]]


def test_an_error_is_one_line_on_stderr_with_exit_2(dialogos: Dialogos, plan_path: Path) -> None:
    before = plan_path.read_bytes()

    english = dialogos(
        "post", "add", "--platform", "Tumblr", "--title", "t", "--at", "2026-06-01 10:00", "--db", plan_path
    )
    french = dialogos(
        "post", "add", "--platform", "X", "--title", "t", "--at", "2027-03-28 02:30", "--tz", "Europe/Paris",
        "--db", plan_path, env={"LANG": "fr_FR.UTF-8"},
    )  # fmt: skip

    assert (english.returncode, english.stdout) == (2, "")
    assert english.stderr == "Error: Unknown platform “Tumblr”. Platforms of this plan: Instagram, LinkedIn, X.\n"
    assert (french.returncode, french.stdout) == (2, "")
    assert french.stderr.count("\n") == 1 and "Traceback" not in french.stderr
    assert french.stderr.startswith("Erreur : 2027-03-28 02:30 n’existe pas dans le fuseau Europe/Paris")
    assert "de 02:00 à 03:00" in french.stderr
    assert plan_path.read_bytes() == before


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_file_that_is_not_a_database_exits_5(dialogos: Dialogos, tmp_path: Path, lang: str) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a plan\n", encoding="utf-8")

    result = dialogos("post", "list", "--db", notes, "--lang", lang, env={"LANG": "fr_FR.UTF-8"})

    assert (result.returncode, result.stdout) == (5, "")
    expected = {
        "fr": f"Erreur : {notes} n’est pas une base Dialogos ; le fichier n’a pas été modifié.\n",
        "en": f"Error: {notes} is not a Dialogos database; it was left untouched.\n",
    }
    assert result.stderr == expected[lang]
    assert notes.read_text(encoding="utf-8") == "not a plan\n"

"""Exchange files are written whole or not at all, and imports read bounded files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from planner.errors import ValidationError
from planner.exchange import files
from planner.exchange.files import read_limited, write_atomically


def test_a_write_replaces_the_file_in_one_step_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["plan.ics"]


def test_an_interrupted_write_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.ics"
    target.write_bytes(b"old")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["plan.ics"]


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_writing_to_a_folder_or_into_a_missing_one_is_an_input_error(tmp_path: Path, where: str) -> None:
    target = tmp_path if where == "folder" else tmp_path / "nowhere" / "plan.ics"
    with pytest.raises(ValidationError) as caught:
        write_atomically(target, b"data")
    assert caught.value.exit_code == 2


def test_reading_refuses_a_missing_file_a_folder_and_a_file_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2048)
    assert read_limited(big, limit=4096) == b"x" * 2048
    for path, limit, key in (
        (tmp_path / "absent.csv", 4096, "error.import_missing"),
        (tmp_path, 4096, "error.import_is_folder"),
        (big, 1024, "error.import_too_big"),
    ):
        with pytest.raises(ValidationError) as caught:
            read_limited(path, limit=limit)
        assert caught.value.key == key

"""Files to export to, back up to, restore or import from that are not plain files, or whose
names the system cannot even look up: refused in one line, and a pipe or a device is never
replaced by a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers.cli import Run


@pytest.mark.parametrize("command", [["export", "ics"], ["export", "csv"]])
def test_an_export_never_replaces_a_pipe_or_a_device(tmp_path: Path, cli: Run, command: list[str]) -> None:
    fifo = tmp_path / "calendar.fifo"
    os.mkfifo(fifo)

    result = cli(*command, fifo)

    assert result.code == 2
    assert "is not a regular file (a device, a pipe…)" in result.assert_one_line_error()
    assert fifo.is_fifo()


@pytest.mark.parametrize(
    "command", [["export", "ics"], ["export", "csv"], ["db", "backup"], ["db", "restore"], ["import", "csv"]]
)
def test_a_file_name_too_long_is_refused_in_one_line(tmp_path: Path, cli: Run, command: list[str]) -> None:
    result = cli(*command, tmp_path / ("y" * 300))

    assert result.code == 2
    assert "File name too long" in result.assert_one_line_error()

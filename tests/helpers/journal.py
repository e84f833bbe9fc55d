"""A writer that dies mid-transaction and leaves a hot journal beside the plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from planner.storage.journal import journal_of, read_journal
from tests.helpers.paths import ROOT

# A writer killed before its commit ends, after SQLite spilled changed pages
# into the file (a 1-page cache): the file is half-written, the journal hot.
CRASH = """
import os, sqlite3, sys
from pathlib import Path
from planner.storage import plan_file
from planner.storage.journal import mark
plan_file.hold(Path(sys.argv[1]))  # as every connection of Dialogos does
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size = 1")
c.execute("BEGIN IMMEDIATE")
if sys.argv[3] == "marked":
    mark(c.execute, Path(sys.argv[1]))  # what every Dialogos write transaction does first
for statement in sys.argv[2].split(";;"):
    c.execute(statement)
os._exit(9)
"""

HALF_WRITTEN = "UPDATE post SET title = 'half-written', body = hex(randomblob(300))"


def crash_mid_transaction(path: Path, sql: str = HALF_WRITTEN, *, marked: bool = True) -> None:
    writer = "marked" if marked else "unmarked"
    subprocess.run([sys.executable, "-c", CRASH, str(path), sql, writer], check=False, cwd=ROOT, timeout=60)
    assert journal_of(path).exists()
    assert read_journal(journal_of(path)) is not None, "the journal is hot: SQLite would roll it back"

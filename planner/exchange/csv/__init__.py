"""CSV export and import: the public face (the command line and the app import from here).

The columns are documented in :mod:`planner.exchange.csv.columns`; writing is
:mod:`~planner.exchange.csv.export`, reading and checking
:mod:`~planner.exchange.csv.reader` (cells in :mod:`~planner.exchange.csv.cells`),
importing :mod:`~planner.exchange.csv.importer`, another tool's file through a column
mapping :mod:`~planner.exchange.csv.mapping`.
"""

from __future__ import annotations

from planner.exchange.csv.columns import COLUMNS, FRENCH, TARGETS, CsvFlavour
from planner.exchange.csv.export import export_csv, text_csv, write_csv
from planner.exchange.csv.followups import export_csv_with_followups, followups_path
from planner.exchange.csv.importer import CsvImportPlan, CsvImportReport, CsvRowsInvalid, import_csv, plan_import
from planner.exchange.csv.mapping import ColumnMapping, CsvLayout, check_mapping, guess_layout, layout_of_file, remap
from planner.exchange.csv.reader import CsvProblem, CsvReading, CsvRow, read_csv

__all__ = [
    "COLUMNS",
    "FRENCH",
    "TARGETS",
    "ColumnMapping",
    "CsvFlavour",
    "CsvImportPlan",
    "CsvImportReport",
    "CsvLayout",
    "CsvProblem",
    "CsvReading",
    "CsvRow",
    "CsvRowsInvalid",
    "check_mapping",
    "export_csv",
    "export_csv_with_followups",
    "followups_path",
    "guess_layout",
    "import_csv",
    "layout_of_file",
    "plan_import",
    "read_csv",
    "remap",
    "text_csv",
    "write_csv",
]

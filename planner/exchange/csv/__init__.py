"""CSV export and import: the public face (the command line and the app import from here).

The columns are documented in :mod:`planner.exchange.csv.columns`; writing is
:mod:`~planner.exchange.csv.export`, reading and checking
:mod:`~planner.exchange.csv.reader` (cells in :mod:`~planner.exchange.csv.cells`),
importing :mod:`~planner.exchange.csv.importer`.
"""

from __future__ import annotations

from planner.exchange.csv.columns import COLUMNS, FRENCH, CsvFlavour
from planner.exchange.csv.export import export_csv, text_csv, write_csv
from planner.exchange.csv.followups import export_csv_with_followups, followups_path
from planner.exchange.csv.importer import CsvImportPlan, CsvImportReport, CsvRowsInvalid, import_csv, plan_import
from planner.exchange.csv.reader import CsvProblem, CsvReading, CsvRow, read_csv

__all__ = [
    "COLUMNS",
    "FRENCH",
    "CsvFlavour",
    "CsvImportPlan",
    "CsvImportReport",
    "CsvProblem",
    "CsvReading",
    "CsvRow",
    "CsvRowsInvalid",
    "export_csv",
    "export_csv_with_followups",
    "followups_path",
    "import_csv",
    "plan_import",
    "read_csv",
    "text_csv",
    "write_csv",
]

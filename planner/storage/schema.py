"""The constants of the plan's schema, a leaf every storage module may import.

:mod:`planner.storage.migrations` creates and updates the schema, the backends
read and write its marks, a backup is judged against them; none of these needs
another to know which schema this Dialogos speaks.
"""

from __future__ import annotations

SCHEMA_VERSION = 11
"""The schema this Dialogos writes: ``PRAGMA user_version`` on a file, :data:`MARKS_TABLE` on a server."""
APPLICATION_ID = 0x44494147  # "DIAG": marks a file as a Dialogos database
FIRST_SERVER_SCHEMA = 4
"""Plans on a server exist from this schema on: the steps before it are SQLite's only."""
MARKS_TABLE = "dialogos_schema"
"""The table that marks a server database as Dialogos' and holds its schema version
(``PRAGMA application_id`` and ``user_version`` on a file)."""

"""Dialogos' planning core: posts per platform, balance, storage, import/export.

The public face is :class:`planner.service.Planner` (open a file, then create,
edit, move, delete and list posts), the values of :mod:`planner.model` and
the errors of :mod:`planner.errors`. Nothing here imports Qt.
"""

__version__ = "0.1.0"

from planner.errors import ConflictError, DatabaseError, NotFoundError, PlannerError, ValidationError
from planner.model import PostFields, PostPatch, PostQuery, Side, Status
from planner.service import Planner

__all__ = [
    "ConflictError",
    "DatabaseError",
    "NotFoundError",
    "Planner",
    "PlannerError",
    "PostFields",
    "PostPatch",
    "PostQuery",
    "Side",
    "Status",
    "ValidationError",
    "__version__",
]

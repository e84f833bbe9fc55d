"""Dialogos' planning core: posts per platform, balance, storage, import/export.

The public face is :class:`planner.service.Planner` (open a file, then create,
edit, move, delete and list posts), the values of :mod:`planner.model` and
the errors of :mod:`planner.errors`. Nothing here imports Qt.

The names below load on first use (PEP 562), so ``import planner.model`` or
``import planner.clock`` loads only that leaf, not the whole core.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from planner.version import __version__

if TYPE_CHECKING:
    from planner.errors import ConflictError, DatabaseError, NotFoundError, PlannerError, ValidationError
    from planner.model import PostFields, PostPatch, PostQuery, Side, Status
    from planner.service import Planner

# Each public name, with the module that defines it.
_HOMES = {
    "ConflictError": "planner.errors",
    "DatabaseError": "planner.errors",
    "NotFoundError": "planner.errors",
    "PlannerError": "planner.errors",
    "ValidationError": "planner.errors",
    "PostFields": "planner.model",
    "PostPatch": "planner.model",
    "PostQuery": "planner.model",
    "Side": "planner.model",
    "Status": "planner.model",
    "Planner": "planner.service",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'planner' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))


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

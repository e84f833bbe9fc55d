"""Where a command prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Console:
    """Where a command prints: results on ``out``, warnings on ``err``."""

    out: TextIO
    err: TextIO

"""What the user was already told, remembered between runs.

A warning worth giving once (a risky place, a conflicted copy) is
remembered in a small JSON file in the user's data folder, shared by the app
and the command line. Losing that memory only means telling again, so
reading and writing it never fail.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import platformdirs


def told_file(name: str, folder: str | os.PathLike[str] | None = None) -> Path:
    """The memory file ``name`` in ``folder``, else in the user's data folder."""
    base = Path(folder) if folder is not None else Path(platformdirs.user_data_dir("Dialogos", appauthor=False))
    return base / name


def read_told(store: Path) -> dict[str, str]:
    """What ``store`` remembers: text keys and values; empty when it is missing or unreadable."""
    try:
        loaded = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def write_told(store: Path, known: dict[str, str]) -> None:
    """Replace what ``store`` remembers in one rename; a failure only means telling again."""
    with contextlib.suppress(OSError):
        store.parent.mkdir(parents=True, exist_ok=True)
        partial = store.with_name(f"{store.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, store)

"""Dialogs made for one question."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QDialog

DialogT = TypeVar("DialogT", bound=QDialog)


@contextmanager
def one_use(dialog: DialogT) -> Iterator[DialogT]:
    """``dialog``, deleted once answered, rather than kept as a child of the window until the
    window goes: every edit would leave one more, and at exit Qt and Python would both be
    tearing down what is left (a dialog left there crashed the app on quit)."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()

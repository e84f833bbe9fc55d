"""Text safe to show, whoever typed it: what a terminal or a dialog must never receive raw.

A name, a title or a file's name can hold control characters (colours,
cursor moves), direction overrides (the rest of the line shown backwards) and,
in Python, lone surrogates standing for bytes that were not UTF-8 (a file's
name, an argument from a shell in another encoding). Tables and messages
show them through :func:`visible`.
"""

from __future__ import annotations

import re

# Control characters and bidirectional overrides would reach the terminal as
# commands (colours, cursor moves, text shown backwards): shown as "�".
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Python holds bytes that were not UTF-8 as lone surrogates, which neither a
# terminal, nor SQLite, nor PostgreSQL takes.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def as_typed(text: str) -> str:
    """``text`` with each byte that was not UTF-8 written as ``\\xe9``: printable anywhere."""
    return LONE_SURROGATE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def visible(text: str, *, multiline: bool = False) -> str:
    """``text`` safe to print: control characters and direction overrides replaced, bytes that
    were not UTF-8 written as ``\\xe9``, one line unless ``multiline``."""
    shown = as_typed(_UNSAFE.sub("\ufffd", text))
    return shown if multiline else shown.replace("\n", " ").replace("\t", " ")

"""The core's message catalogue: every sentence the CLI or an error shows.

Messages are looked up by key and formatted with named placeholders, never
built by concatenation, since word order differs between languages. The
strings themselves live in :mod:`planner.messages`, one module per feature.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from planner.messages import MESSAGES

LANGUAGES = ("en", "fr")
_current = "en"

SURFACES = ("cli", "app")
_surface = "cli"
APP_VARIANT = "@app"
"""A key ending so (``"promises.no_slot@app"``) is the app's wording of the message without it:
a sentence shared by the command line and the app that names commands says, in the app, what
to click. The core builds the message once; which wording it takes follows :func:`set_surface`."""


def detect_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language from the usual locale variables, English otherwise."""
    env = os.environ if environ is None else environ
    # LANGUAGE is a list of preferences ("de:fr"): the first one we speak wins.
    for part in env.get("LANGUAGE", "").split(":"):
        code = _code(part)
        if code in LANGUAGES:
            return code
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = _code(env.get(name, ""))
        if code and code not in ("c", "posix"):
            # The locale in force decides; one we do not speak means English.
            return code if code in LANGUAGES else "en"
    return "en"


def _code(locale_name: str) -> str:
    return locale_name.split("_")[0].split(".")[0].split("@")[0].lower()


def set_language(language: str) -> None:
    global _current
    if language not in LANGUAGES:
        raise ValueError(language)
    _current = language


def language() -> str:
    return _current


def set_surface(surface: str) -> None:
    """Whose words the messages are: the command line's ("cli", the default) or the app's ("app"),
    which take a key's :data:`APP_VARIANT` where there is one."""
    global _surface
    if surface not in SURFACES:
        raise ValueError(surface)
    _surface = surface


def surface() -> str:
    return _surface


class Term(str):
    """A word of the catalogue used inside another message (a field, a status).

    It is translated when the message is, so "{what} is required" reads
    "the title is required" or "le titre est obligatoire".
    """

    __slots__ = ()


def tr(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, with its placeholders filled."""
    return tr_in(_current, key, **params)


def tr_in(language_code: str, key: str, /, **params: object) -> str:
    entry = MESSAGES.get(key + APP_VARIANT, MESSAGES[key]) if _surface == "app" else MESSAGES[key]
    template = entry.get(language_code) or entry["en"]
    if not params:
        return template
    filled = {name: tr_in(language_code, value) if isinstance(value, Term) else value for name, value in params.items()}
    return template.format(**filled)

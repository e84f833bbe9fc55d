"""The columns of a Dialogos CSV file, shared by export and import.

One row per post; the header names the columns, in English or in French:

================ ============== ====================================================
English          French         What the cell holds
================ ============== ====================================================
uid              identifiant    the post's stable identifier: an import updates the
                                post that has it, creates one with it if none has,
                                and creates a new post when the cell is empty
date             date           YYYY-MM-DD in the post's zone; empty for an idea
time             heure          HH:MM (HH:MM:SS if the post has seconds), same zone
timezone         fuseau         IANA zone (Europe/Paris); empty: the planning zone
utc_offset       décalage UTC   UTC+02:00; on import it only tells apart the two
                                02:30 of an autumn night (else the first is meant)
platform         plateforme     platform name, as ``dialogos platform list`` shows
title            titre          one line
category         catégorie      category name, or empty
side             registre       the category's side (conversation, information,
                                promotion); ignored on import: the category decides
status           statut         idea, draft, ready, in_review, approved, scheduled,
                                published, cancelled (idée, brouillon, prête, en
                                relecture, approuvée, programmée, publiée, annulée)
approved_by      approuvée par  who approved the post, while the approval holds;
                                ignored on import: an approval is given in the
                                plan (``post approve``), never by a file
duration_minutes durée (min)    whole minutes
author           auteur         team member's name, or empty
campaign         campagne       one line, or empty
link             lien           http(s) link, or empty
body             texte          the post's text, line breaks included
notes            notes          free text
version          version        the post's version when it was exported; on import
                                a row whose post has been saved since (a higher
                                version now) and that differs from it is refused,
                                so an older file never silently undoes a newer
                                edit; empty (a sheet written by hand): the row wins
================ ============== ====================================================

Rows end with CRLF (RFC 4180); a cell is quoted when it holds the delimiter,
a quote or a line break. The standard flavour is UTF-8 with commas; the
French Excel one UTF-8 with a byte order mark and semicolons. French headers
also write the status and side words in French.

Formula guard (CSV injection, OWASP): a spreadsheet runs a cell that starts
with ``= + - @`` (or a tab or carriage return) as a formula, which a shared
plan must not smuggle in. Checking only the cell's first character is not
enough: a file written with commas and opened with ``;`` as the separator
(or the other way round, or split at tabs or line breaks, as some
spreadsheets do with a bare carriage return) cuts a cell into several, and
``Voir ceci ;=HYPERLINK(…)`` then starts a cell with ``=``. So the guard goes
at the start of the cell **and after every ``,`` ``;`` tab or line break**
inside it that is followed by a formula character (spaces between them
count: a spreadsheet may trim them).

The guard is a WORD JOINER (U+2060), not OWASP's leading apostrophe: Excel
swallows a typed apostrophe, but LibreOffice Calc and Google Sheets show the
one in a CSV cell, and an apostrophe in the middle of a text (after a ``;``)
shows everywhere. A word joiner is a zero-width, default-ignorable format
character that every spreadsheet keeps as text and draws as nothing, and it
adds no line-break opportunity. An import removes exactly one joiner at each
of those places, so a round trip restores the text exactly; text that already
holds joiners there gets one more, so the mapping stays one to one. A cell
that starts with apostrophes before a formula character is what older
Dialogos exports wrote: the import still takes that apostrophe away (a file
written now has a joiner in front of such a cell instead).

Header names are data, not interface text: they are fixed here, not in the
message catalogue, so a file written by one version reads in every other.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass

from planner.i18n import tr_in
from planner.model import Side, Status

COLUMNS: tuple[str, ...] = (
    "uid", "date", "time", "timezone", "utc_offset", "platform", "title", "category", "side", "status",
    "approved_by", "duration_minutes", "author", "campaign", "link", "body", "notes", "version",
)  # fmt: skip
"""Every column, in the order an export writes them; the English header is the name itself.

``version`` comes last, so the columns people work with keep the letters they
had in the sheets and formulas made before it existed."""

FRENCH: dict[str, str] = {
    "uid": "identifiant",
    "date": "date",
    "time": "heure",
    "timezone": "fuseau",
    "utc_offset": "décalage UTC",
    "platform": "plateforme",
    "title": "titre",
    "category": "catégorie",
    "side": "registre",
    "status": "statut",
    "approved_by": "approuvée par",
    "duration_minutes": "durée (min)",
    "author": "auteur",
    "campaign": "campagne",
    "link": "lien",
    "body": "texte",
    "notes": "notes",
    "version": "version",
}
"""The French header of each column."""

REQUIRED = ("platform", "title")
"""Columns an import cannot do without."""

HEADER_LANGUAGES = ("en", "fr")

# Other ways people name the columns in a spreadsheet, compared as header_key() leaves them.
_ALIASES: dict[str, str] = {
    "identifier": "uid",
    "heure": "time",
    "hour": "time",
    "time zone": "timezone",
    "tz": "timezone",
    "zone": "timezone",
    "fuseau horaire": "timezone",
    "utc offset": "utc_offset",
    "offset": "utc_offset",
    "decalage": "utc_offset",
    "decalage utc": "utc_offset",
    "categorie": "category",
    "duration": "duration_minutes",
    "duration minutes": "duration_minutes",
    "duration min": "duration_minutes",
    "duree": "duration_minutes",
    "duree min": "duration_minutes",
    "duree minutes": "duration_minutes",
    "text": "body",
    "texte": "body",
    "corps": "body",
    "note": "notes",
    "url": "link",
    "approver": "approved_by",
    "approbateur": "approved_by",
}


def header_key(text: str) -> str:
    """A header cell as compared: trimmed, without case or accents, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.split(r"[^0-9a-z]+", bare)).strip()


def _header_names() -> dict[str, str]:
    names = {header_key(column): column for column in COLUMNS}
    names.update({header_key(french): column for column, french in FRENCH.items()})
    names.update(_ALIASES)
    return names


HEADER_NAMES: dict[str, str] = _header_names()
"""Every header an import understands (as :func:`header_key` leaves it), to its column."""


DATETIME = "datetime"
"""What a mapped column may hold besides a column: the date and the time in one cell (Hootsuite's bulk file)."""

TARGETS: tuple[str, ...] = (
    "date", "time", DATETIME, "title", "body", "link", "platform", "category", "status", "author", "campaign",
    "notes", "timezone", "utc_offset", "duration_minutes", "uid",
)  # fmt: skip
"""What a column of another tool's file can be mapped to (:mod:`planner.exchange.csv.mapping`).

``side`` is left out (the category decides it), ``approved_by`` too (a file never
approves), and so is ``version``, which only a Dialogos export can give."""

# Words other tools (Hootsuite, Buffer, Later, planners' own exports) put in their headers, by what they name,
# compared as header_key() leaves them; the first target with a word in the header wins. "Image URL" is a
# picture, not the post's link, and "Date created" when the row was written, not when the post goes out:
# such columns are left out. Another tool's "Post ID" becomes the uid, so importing its file again updates.
_LEFT_OUT_WORDS = frozenset(
    {"image", "images", "media", "photo", "picture", "video", "thumbnail", "visuel", "created", "updated",
     "modified", "added", "cree", "creee", "modifie", "modifiee"}
)  # fmt: skip
_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("uid", frozenset({"id", "uid", "guid", "identifiant"})),
    (DATETIME, frozenset({"datetime", "when", "scheduled", "schedule", "publish", "publication", "send", "programme"})),
    ("date", frozenset({"date", "day", "jour"})),
    ("time", frozenset({"time", "hour", "heure", "horaire"})),
    ("link", frozenset({"link", "url", "lien", "website", "permalink"})),
    ("platform", frozenset({"platform", "network", "channel", "profile", "account", "reseau", "plateforme", "social"})),
    ("title", frozenset({"title", "subject", "headline", "titre", "sujet"})),
    ("body", frozenset({"message", "text", "texte", "post", "content", "contenu", "caption", "legende", "copy",
                        "tweet", "body"})),
    ("category", frozenset({"category", "categorie", "tag", "tags", "label", "pillar", "theme", "rubrique"})),
    ("status", frozenset({"status", "statut", "state", "etat"})),
    ("notes", frozenset({"notes", "note", "comment", "comments", "commentaire"})),
    ("author", frozenset({"author", "auteur", "owner", "assignee", "responsable"})),
    ("campaign", frozenset({"campaign", "campagne"})),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """What each column of a file holds: a target of :data:`TARGETS`, or None to leave it out.

    ``header``: the first row names the columns (it is not imported);
    ``month_first``: slashed dates are ``MM/DD/YYYY``;
    ``day_first_assumed``: nothing said the order of slashed dates that could be
    either way (no cell, no header, no user), so they are read day first and the
    import says so.
    """

    targets: tuple[str | None, ...]
    header: bool = True
    month_first: bool = False
    day_first_assumed: bool = False

    def holds(self, target: str) -> bool:
        return target in self.targets

    def columns(self) -> frozenset[str]:
        """The post's columns the file gives, a date-and-time cell giving both."""
        found = {target for target in self.targets if target}
        if DATETIME in found:
            found = (found - {DATETIME}) | {"date", "time"}
        return frozenset(found)


def left_out(cell: str) -> bool:
    """Whether a header names what is not the post's: a picture, when the row was created or changed."""
    return header_key(cell) not in HEADER_NAMES and bool(set(header_key(cell).split()) & _LEFT_OUT_WORDS)


def header_target(cell: str) -> str | None:
    """What a header cell of any tool's file most likely names: a Dialogos column's own name first,
    then words other tools use (``Date and time``, ``Message (Required)``, ``Post text``); None if unknown."""
    key = header_key(cell)
    if key in HEADER_NAMES:
        return HEADER_NAMES[key]
    words = set(key.split())
    if not words or words & _LEFT_OUT_WORDS:
        return None
    if {"date", "time"} <= words or {"date", "heure"} <= words:
        return DATETIME
    for target, known in _WORDS:
        if words & known:
            return target
    return None


def headers(language: str) -> list[str]:
    """The header row of an export in ``language`` (en or fr)."""
    if language not in HEADER_LANGUAGES:
        raise ValueError(language)
    return list(COLUMNS) if language == "en" else [FRENCH[c] for c in COLUMNS]


def status_word(status: Status, language: str) -> str:
    """How a status is written in a file with ``language`` headers."""
    return status.value if language == "en" else tr_in("fr", "status." + status.value)


def side_word(side: Side, language: str) -> str:
    return side.value if language == "en" else tr_in("fr", "side." + side.value)


def _status_names() -> dict[str, Status]:
    names: dict[str, Status] = {}
    for status in Status:
        for word in (status.value, tr_in("en", "status." + status.value), tr_in("fr", "status." + status.value)):
            names[header_key(word)] = status
    return names


STATUS_NAMES: dict[str, Status] = _status_names()
"""Status words an import reads, English and French, compared as :func:`header_key` leaves them."""


class CsvFlavour(enum.Enum):
    """How the bytes of an export are laid out: delimiter and encoding.

    ``STANDARD`` is RFC 4180 in UTF-8, what scripts and most tools expect.
    ``EXCEL_FR`` is what French Excel opens with a double click: semicolons
    (the comma is the decimal separator there) and UTF-8 with a byte order
    mark, without which Excel reads UTF-8 as Windows-1252 and garbles accents.
    """

    STANDARD = "standard"
    EXCEL_FR = "excel-fr"

    @property
    def delimiter(self) -> str:
        return ";" if self is CsvFlavour.EXCEL_FR else ","

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self is CsvFlavour.EXCEL_FR else "utf-8"


JOINER = "\u2060"
"""The invisible formula guard (WORD JOINER): see the module's docstring."""

# A formula character, after any joiners and apostrophes, at the start of a cell or after a separator or
# line break a spreadsheet may cut the cell at (OWASP, "CSV injection").
_BOUNDARY = r"(?:^|(?<=[,;\t\r\n]))"
_DANGER = rf"[{JOINER}]*'*[=+\-@\t\r]"
# Spaces before the formula count too: a spreadsheet that trims cells would leave the formula bare.
_GUARD_AT = re.compile(rf"{_BOUNDARY}( *)(?={_DANGER})")
_GUARD_OF = re.compile(rf"{_BOUNDARY}( *){JOINER}(?={_DANGER})")
_OLD_GUARD = re.compile(r"''*[=+\-@\t\r]")  # what exports wrote before the joiner, at a cell's start only

GUARDED = frozenset(
    {"platform", "title", "category", "approved_by", "author", "campaign", "link", "body", "notes", "uid"}
)
"""Columns of free text, guarded against formulas on export and unguarded on import."""


def guard(text: str) -> str:
    """``text`` as written to a cell: a joiner before each formula a spreadsheet could see in it."""
    return _GUARD_AT.sub(rf"\1{JOINER}", text)


def unguard(text: str) -> str:
    """The text a cell written by :func:`guard` (or by an older export's apostrophe) stands for."""
    if _OLD_GUARD.match(text):
        return text[1:]
    return _GUARD_OF.sub(r"\1", text)

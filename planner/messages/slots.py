"""Messages of weekly slots (the places where a platform usually posts), their errors and
their command line, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- bad input (exit 2) -------------------------------------------------------------------
    "error.slot_bad_day": (
        "“{value}” is not a day of the week: write one of {known}.",
        "« {value} » n’est pas un jour de la semaine : écrivez l’un de {known}.",
    ),
    "error.slot_bad_time": (
        "“{value}” is not a time of day: write it as HH:MM, for example 09:30.",
        "« {value} » n’est pas une heure : écrivez-la HH:MM, par exemple 09:30.",
    ),
    "error.slot_exists": (
        "{platform} already has a slot on {day} at {time}.",
        "{platform} a déjà un créneau le {day} à {time}.",
    ),
    "error.unknown_slot": (
        "No slot has the id {id}: `dialogos slot list` shows them.",
        "Aucun créneau n’a l’identifiant {id} : `dialogos slot list` les montre.",
    ),
    # -- the weekdays, Monday first --------------------------------------------------------------
    "slot.day.mon": ("Monday", "lundi"),
    "slot.day.tue": ("Tuesday", "mardi"),
    "slot.day.wed": ("Wednesday", "mercredi"),
    "slot.day.thu": ("Thursday", "jeudi"),
    "slot.day.fri": ("Friday", "vendredi"),
    "slot.day.sat": ("Saturday", "samedi"),
    "slot.day.sun": ("Sunday", "dimanche"),
}

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
    "error.slot_bad_side": (
        "Unknown side “{value}”. A slot is for conversation, information, promotion, or any side (any).",
        "Registre inconnu « {value} ». Un créneau est pour la conversation, l’information, la promotion, ou tous les registres (tous).",
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
    "slot.any_side": ("any", "tous"),
    # -- the command line ---------------------------------------------------------------------
    "cli.help_slot": (
        "weekly slots: where each platform usually posts",
        "créneaux hebdomadaires : là où chaque plateforme publie d’habitude",
    ),
    "cli.help_slot_list": ("list the weekly slots", "liste les créneaux hebdomadaires"),
    "cli.help_slot_add": ("add a weekly slot to a platform", "ajoute un créneau hebdomadaire à une plateforme"),
    "cli.help_slot_rm": ("remove a weekly slot", "supprime un créneau hebdomadaire"),
    "cli.help_slot_platform": ("the slot's platform", "la plateforme du créneau"),
    "cli.help_slot_filter_platform": (
        "only this platform's slots (repeat for several)",
        "seulement les créneaux de cette plateforme (à répéter pour plusieurs)",
    ),
    "cli.help_slot_day": (
        "day of the week: mon, tue, wed, thu, fri, sat or sun",
        "jour de la semaine : mon, tue, wed, thu, fri, sat ou sun (lun, mar… aussi)",
    ),
    "cli.help_slot_time": (
        "wall-clock time in the planning zone, HH:MM",
        "heure dans le fuseau du planning, HH:MM",
    ),
    "cli.help_slot_side": (
        "the side it is for: conversation, information or promotion (default: any)",
        "le registre auquel il est réservé : conversation, information ou promotion (par défaut : tous)",
    ),
    "cli.metavar_day": ("DAY", "JOUR"),
    "cli.metavar_time": ("HH:MM", "HH:MM"),
    "cli.metavar_side": ("SIDE", "REGISTRE"),
    "cli.col_day": ("Day", "Jour"),
    "cli.col_time": ("Time", "Heure"),
    "cli.slots_none": ("No slots.", "Aucun créneau."),
    "cli.slot_removed": (
        "Slot {id} removed: {platform}, {day} at {time}.",
        "Créneau {id} supprimé : {platform}, {day} à {time}.",
    ),
}

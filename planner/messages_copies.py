"""Messages about other copies of the plan, in English and French (merged into the catalogue):
conflicted copies a sync tool left beside it, comparing the plan with another copy,
and bringing a post back from one."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- a conflicted copy beside the plan ------------------------------------------
    "copies.some_tool": ("a sync tool", "un outil de synchronisation"),
    "copies.found": (
        "{path} looks like a conflicted copy of this plan made by {service} (last changed {when}): changes saved in it may be missing from the plan.",
        "{path} ressemble à une copie en conflit de ce planning faite par {service} (modifiée le {when}) : des modifications enregistrées dans cette copie manquent peut-être au planning.",
    ),
    "copies.found_who": (
        "{path} looks like a conflicted copy of this plan made by {service} for {who} (last changed {when}): changes saved in it may be missing from the plan.",
        "{path} ressemble à une copie en conflit de ce planning faite par {service} pour {who} (modifiée le {when}) : des modifications enregistrées dans cette copie manquent peut-être au planning.",
    ),
    "copies.cli_hint": (
        "{summary} See what differs: {compare} — bring a post back: {restore}",
        "{summary} Voir ce qui diffère : {compare} — ramener une publication : {restore}",
    ),
}

"""Messages of iCalendar export and the live calendar file, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_export_ics": (
        "export posts to an iCalendar (.ics) file",
        "exporte les publications dans un fichier iCalendar (.ics)",
    ),
    # -- inside the calendar ------------------------------------------------
    "ics_export.calendar_name": ("Dialogos — {name}", "Dialogos — {name}"),
    "ics_export.label_category": ("Category: {value}", "Catégorie : {value}"),
    "ics_export.label_side": ("Side: {value}", "Registre : {value}"),
    "ics_export.label_status": ("Status: {value}", "Statut : {value}"),
    "ics_export.label_link": ("Link: {value}", "Lien : {value}"),
    "ics_export.label_owner": ("Owner: {value}", "Responsable : {value}"),
    "ics_export.label_reason": ("Reason: {value}", "Raison : {value}"),
    "ics_export.followup_replies": ("Reply window: [{platform}] {title}", "Créneau de réponse : [{platform}] {title}"),
    "ics_export.followup_post": ("Promised post: [{platform}] {title}", "Publication promise : [{platform}] {title}"),
    "ics_export.followup_answer": ("Answer: [{platform}] {title}", "Réponse : [{platform}] {title}"),
    # -- bad options (exit 2) -------------------------------------------------
    "error.ics_export_ideas": (
        "Ideas have no date, so no calendar can show them: choose among {statuses}, or cancelled.",
        "Les idées n’ont pas de date, aucun calendrier ne peut les montrer : choisissez parmi {statuses}, ou annulée.",
    ),
    "error.ics_export_reminder": (
        "A reminder comes 0 to {limit} minutes before the post; “{value}” is not possible.",
        "Un rappel vient de 0 à {limit} minutes avant la publication ; « {value} » n’est pas possible.",
    ),
    # -- the command line -------------------------------------------------------
    "cli.ics_metavar_file": ("FILE|-", "FICHIER|-"),
    "cli.ics_help_status": (
        "only this status (repeatable; default: every dated status but cancelled)",
        "seulement ce statut (répétable ; par défaut : tous les statuts datés sauf annulée)",
    ),
    "cli.ics_import_followups_left_out": (
        "Note: {count} reply window(s) of Dialogos follow-ups left out; they are not posts.",
        "Note : {count} créneau(x) de réponse de suivis Dialogos laissé(s) de côté ; ce ne sont pas des publications.",
    ),
    "cli.ics_help_followups": (
        "also each post's follow-ups, as to-dos (VTODO), and each reply window as busy time (VEVENT)",
        "aussi les suivis de chaque publication, en tâches (VTODO), et chaque créneau de réponse en temps occupé (VEVENT)",
    ),
    "cli.ics_help_per_platform": (
        "one file per platform beside FILE: plan.ics gives plan-instagram.ics, plan-linkedin.ics…",
        "un fichier par plateforme à côté de FICHIER : plan.ics donne plan-instagram.ics, plan-linkedin.ics…",
    ),
    "cli.ics_help_reminder": (
        "a reminder this many minutes before each post",
        "un rappel ce nombre de minutes avant chaque publication",
    ),
    "cli.ics_help_watch": (
        "keep the file up to date as the plan changes, until Ctrl+C",
        "tient le fichier à jour quand le planning change, jusqu’à Ctrl+C",
    ),
    "cli.ics_dash_needs_file": (
        "{option} writes files: give a file name instead of -.",
        "{option} écrit des fichiers : donnez un nom de fichier au lieu de -.",
    ),
    "cli.ics_written": (
        "Calendar written to {path}; posts in it: {count}.",
        "Calendrier écrit dans {path} ; publications : {count}.",
    ),
    "cli.ics_written_many": (
        "Calendars written in {folder}: {names}; posts in them: {count}.",
        "Calendriers écrits dans {folder} : {names} ; publications : {count}.",
    ),
    "cli.ics_no_platform": (
        "The plan has no platform yet: no calendar written.",
        "Le planning n’a encore aucune plateforme : aucun calendrier écrit.",
    ),
    "cli.ics_sent": (
        "Calendar sent to standard output; posts in it: {count}.",
        "Calendrier envoyé sur la sortie standard ; publications : {count}.",
    ),
    "cli.ics_watching": (
        "Watching the plan: the calendar is rewritten after each change. Ctrl+C stops.",
        "Planning sous surveillance : le calendrier est réécrit après chaque changement. Ctrl+C arrête.",
    ),
    "cli.ics_rewritten": ("{time} Calendar rewritten: {path}", "{time} Calendrier réécrit : {path}"),
    "cli.ics_stopped": (
        "Stopped watching; the calendar is up to date.",
        "Surveillance arrêtée ; le calendrier est à jour.",
    ),
}

"""Messages of iCalendar import and context calendars, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_import_ics": ("import an iCalendar (.ics) file", "importe un fichier iCalendar (.ics)"),
    # -- words used inside other messages ---------------------------------------
    "field.context_calendar": ("the calendar name", "le nom du calendrier"),
    # -- a file that cannot be imported (exit 2) --------------------------------
    "error.ics_file": (
        "Cannot import “{source}”: {problem} Nothing was imported.",
        "Impossible d’importer « {source} » : {problem} Rien n’a été importé.",
    ),
    "error.ics_line": (
        "Cannot import “{source}”, line {line}: {problem} Nothing was imported.",
        "Impossible d’importer « {source} », ligne {line} : {problem} Rien n’a été importé.",
    ),
    "error.ics_lines": (
        "Cannot import “{source}”: {count} problems, such as line {line}: {problem} Nothing was imported.",
        "Impossible d’importer « {source} » : {count} problèmes, dont ligne {line} : {problem} Rien n’a été importé.",
    ),
    "error.ics_empty": ("the file is empty.", "le fichier est vide."),
    "error.ics_binary": (
        "this is not a text file, so not an iCalendar file.",
        "ce n’est pas un fichier texte, donc pas un fichier iCalendar.",
    ),
    "error.ics_not_utf8": (
        "the text is not UTF-8, as iCalendar files are: this is probably not an iCalendar file.",
        "le texte n’est pas en UTF-8, comme le sont les fichiers iCalendar : ce n’est sans doute pas un fichier iCalendar.",
    ),
    "error.ics_bad_utf16": (
        "the file says it is UTF-16 but its text is not: save the calendar again as UTF-8.",
        "le fichier se dit en UTF-16 mais son texte ne l’est pas : enregistrez de nouveau le calendrier en UTF-8.",
    ),
    "error.ics_neither_utf8_nor_ansi": (
        "the text is neither UTF-8, as iCalendar files should be, nor Windows-1252: save the calendar again as UTF-8.",
        "le texte n’est ni en UTF-8, comme devraient l’être les fichiers iCalendar, ni en Windows-1252 : enregistrez de "
        "nouveau le calendrier en UTF-8.",
    ),
    "error.ics_not_calendar": (
        "this is not an iCalendar file: it should begin with BEGIN:VCALENDAR.",
        "ce n’est pas un fichier iCalendar : il devrait commencer par BEGIN:VCALENDAR.",
    ),
    "error.ics_not_a_line": (
        "“{text}” is not an iCalendar line (NAME:value).",
        "« {text} » n’est pas une ligne iCalendar (NOM:valeur).",
    ),
    "error.ics_end_mismatch": (
        "END:{found} where END:{expected} was expected.",
        "END:{found} là où END:{expected} était attendu.",
    ),
    "error.ics_cut_short": (
        "the file is cut short: BEGIN:{component} on line {opened} is never closed by END:{component}. Export it again.",
        "le fichier est tronqué : BEGIN:{component} de la ligne {opened} n’est jamais fermé par END:{component}. Exportez-le de nouveau.",
    ),
    "error.ics_unreadable": (
        "the calendar cannot be read: it does not follow the iCalendar format.",
        "le calendrier est illisible : il ne suit pas le format iCalendar.",
    ),
    "error.ics_no_start": (
        "this event has no DTSTART: it has no date.",
        "cet événement n’a pas de DTSTART : il n’a pas de date.",
    ),
    "error.ics_bad_value": (
        "the value of {prop}, “{value}”, cannot be read.",
        "la valeur de {prop}, « {value} », est illisible.",
    ),
    "error.ics_unknown_zone": (
        "unknown time zone “{zone}”: it is neither an IANA nor a Windows zone, and the file does not define it (VTIMEZONE).",
        "fuseau horaire inconnu « {zone} » : ce n’est ni un fuseau IANA ni un fuseau Windows, et le fichier ne le définit pas (VTIMEZONE).",
    ),
    "error.ics_bad_line": (
        "the line “{text}” cannot be read: it should be NAME;PARAMETER=value:value.",
        "la ligne « {text} » est illisible : elle devrait être NOM;PARAMÈTRE=valeur:valeur.",
    ),
    "error.ics_unreadable_line": (
        "the line “{text}” cannot be read.",
        "la ligne « {text} » est illisible.",
    ),
    "error.ics_unreadable_event": (
        "a line of this event cannot be read.",
        "une ligne de cet événement est illisible.",
    ),
    "error.ics_end_kind": (
        "the event starts on a date and ends at a time, or the other way round.",
        "l’événement commence à une date et finit à une heure, ou l’inverse.",
    ),
    "error.ics_end_before_start": (
        "the event ends (DTEND) before it starts (DTSTART).",
        "l’événement finit (DTEND) avant de commencer (DTSTART).",
    ),
    "error.ics_bad_rule": (
        "the repeat rule (RRULE) “{value}” cannot be read.",
        "la règle de répétition (RRULE) « {value} » est illisible.",
    ),
    "error.ics_rule_interval": (
        "the repeat rule (RRULE) has INTERVAL={value}: it must be a whole number, 1 or more.",
        "la règle de répétition (RRULE) a INTERVAL={value} : ce doit être un nombre entier, 1 ou plus.",
    ),
    "error.ics_rule_never": (
        "the repeat rule (RRULE) never gives a date (like a 30 February).",
        "la règle de répétition (RRULE) ne donne jamais de date (comme un 30 février).",
    ),
    "error.ics_rule_too_many": (
        "the repeat rule (RRULE) asks for {count} occurrences (COUNT); Dialogos imports {limit} at most.",
        "la règle de répétition (RRULE) demande {count} occurrences (COUNT) ; Dialogos en importe {limit} au plus.",
    ),
    "error.ics_rule_too_late": (
        "the repeat rule (RRULE) goes on after {last}, the last year Dialogos handles.",
        "la règle de répétition (RRULE) continue après {last}, la dernière année que gère Dialogos.",
    ),
    "error.ics_bad_version": (
        "“{value}” is not a version number.",
        "« {value} » n’est pas un numéro de version.",
    ),
    "error.ics_bad_dialogos": (
        "a Dialogos field of this event is wrong: {detail}",
        "un champ Dialogos de cet événement est faux : {detail}",
    ),
    # -- what a calendar app shrugs off: left out of the import, with one of these notes ----
    "ics_import.note_empty": (
        "Line {line}: {prop} is empty and was left out.",
        "Ligne {line} : {prop} est vide et a été ignoré.",
    ),
    "ics_import.note_line_skipped": (
        "Line {line}: “{text}” cannot be read and was left out; Dialogos does not use {prop}.",
        "Ligne {line} : « {text} » est illisible et a été ignorée ; Dialogos n’utilise pas {prop}.",
    ),
    "ics_import.note_bad_fold": (
        "Line {line}: “{text}” is not an iCalendar line; it was read as the rest of {prop} on line {previous} (a fold without its leading space).",
        "Ligne {line} : « {text} » n’est pas une ligne iCalendar ; elle a été lue comme la suite de {prop} de la ligne {previous} (un repli sans son espace initial).",
    ),
    "ics_import.note_calendar_line_skipped": (
        "Line {line}: “{text}” cannot be read and was left out.",
        "Ligne {line} : « {text} » est illisible et a été ignorée.",
    ),
    "ics_import.note_component_skipped": (
        "Line {line}: a {component} was left out, since its line {bad} (“{text}”) cannot be read; Dialogos does not use {component}.",
        "Ligne {line} : un {component} a été ignoré, car sa ligne {bad} (« {text} ») est illisible ; Dialogos n’utilise pas {component}.",
    ),
    "ics_import.note_zone_skipped": (
        "Line {line}: a time zone definition (VTIMEZONE) was left out, since its line {bad} (“{text}”) cannot be read; its TZID is read as a zone’s name.",
        "Ligne {line} : une définition de fuseau horaire (VTIMEZONE) a été ignorée, car sa ligne {bad} (« {text} ») est illisible ; son TZID est lu comme un nom de fuseau.",
    ),
    "ics_import.note_component_unclosed": (
        "Line {line}: a {component} never closed by END:{component} was left out; Dialogos does not use {component}.",
        "Ligne {line} : un {component} jamais fermé par END:{component} a été ignoré ; Dialogos n’utilise pas {component}.",
    ),
    "ics_import.note_trailing": (
        "Line {line}: what follows END:VCALENDAR (“{text}”, lines: {count}) was ignored: it is not part of the calendar.",
        "Ligne {line} : ce qui suit END:VCALENDAR (« {text} », lignes : {count}) a été ignoré : cela ne fait pas partie du calendrier.",
    ),
    "ics_import.note_windows_1252_lines": (
        "Lines {lines}: the text is not UTF-8, as iCalendar files should be; these lines were read as "
        "Windows-1252, what older Windows apps save: check their accented letters.",
        "Lignes {lines} : le texte n’est pas en UTF-8, comme devraient l’être les fichiers iCalendar ; ces lignes "
        "ont été lues en Windows-1252, ce qu’enregistrent d’anciennes applications Windows : vérifiez leurs "
        "lettres accentuées.",
    ),
    "ics_import.note_windows_1252_more": (
        "Lines {lines} and {more} more: the text is not UTF-8, as iCalendar files should be; these lines were read "
        "as Windows-1252, what older Windows apps save: check their accented letters.",
        "Lignes {lines} et {more} autres : le texte n’est pas en UTF-8, comme devraient l’être les fichiers "
        "iCalendar ; ces lignes ont été lues en Windows-1252, ce qu’enregistrent d’anciennes applications "
        "Windows : vérifiez leurs lettres accentuées.",
    ),
    "ics_import.note_windows_1252": (
        "Line {line}: the text is not UTF-8, as iCalendar files should be; it was read as Windows-1252, what older "
        "Windows apps save: check its accented letters.",
        "Ligne {line} : le texte n’est pas en UTF-8, comme devraient l’être les fichiers iCalendar ; il a été lu en "
        "Windows-1252, ce qu’enregistrent d’anciennes applications Windows : vérifiez ses lettres accentuées.",
    ),
    "ics_import.note_no_uid": (
        "Line {line}: events without UID: {count}. Importing this file again recognises them by their title and start.",
        "Ligne {line} : événements sans UID : {count}. Un nouvel import de ce fichier les reconnaît à leur titre et à leur début.",
    ),
    # -- importing as posts -----------------------------------------------------
    "error.ics_range_incomplete": (
        "Give both the start and the end of the range to import.",
        "Donnez le début et la fin de la période à importer.",
    ),
    "error.ics_posts_need_platform": (
        "Choose the platform the events become posts on: “{summary}” (line {line}) comes from another calendar. Nothing was imported.",
        "Choisissez la plateforme où les événements deviennent des publications : « {summary} » (ligne {line}) vient d’un autre calendrier. Rien n’a été importé.",
    ),
    "error.ics_repeat_too_many": (
        "“{summary}” (line {line}) repeats more than {limit} times in the dates chosen: choose fewer dates. Nothing was imported.",
        "« {summary} » (ligne {line}) se répète plus de {limit} fois dans les dates choisies : choisissez moins de dates. Rien n’a été importé.",
    ),
    "error.ics_repeat_needs_range": (
        "“{summary}” (line {line}) repeats: choose the dates to import, they say which occurrences become posts. Nothing was imported.",
        "« {summary} » (ligne {line}) se répète : choisissez les dates à importer, elles disent quelles occurrences deviennent des publications. Rien n’a été importé.",
    ),
    # Why an event was left out: a word or two to count them, and one line for each.
    "ics_import.skip_cancelled": ("cancelled", "annulés"),
    "ics_import.skip_outside_range": ("outside the range", "hors de la période"),
    "ics_import.skip_no_title": ("no title", "sans titre"),
    "ics_import.skip_duplicate": ("given twice", "en double"),
    "ics_import.skip_changed_since_export": (
        "changed in Dialogos since the export",
        "modifiées dans Dialogos depuis l’export",
    ),
    "ics_import.reason_cancelled": (
        "the event is cancelled in its calendar",
        "l’événement est annulé dans son calendrier",
    ),
    "ics_import.reason_outside_range": (
        "it is outside the dates imported",
        "il est hors de la période importée",
    ),
    "ics_import.reason_no_title": ("it has no title", "il n’a pas de titre"),
    "ics_import.reason_duplicate": (
        "the file gives this post twice, and the first one was imported",
        "le fichier donne deux fois cette publication, et la première a été importée",
    ),
    "ics_import.reason_changed_since_export": (
        "the post was changed in Dialogos by {who} since this file was exported (version {exported}, now {current})",
        "la publication a été modifiée dans Dialogos par {who} depuis l’export de ce fichier (version {exported}, maintenant {current})",
    ),
    # -- context calendars --------------------------------------------------------
    "error.context_not_found": (
        "There is no context calendar “{name}”. Context calendars: {known}.",
        "Il n’y a pas de calendrier de contexte « {name} ». Calendriers de contexte : {known}.",
    ),
    "error.context_id_not_found": (
        "There is no context calendar number {id}.",
        "Il n’y a pas de calendrier de contexte numéro {id}.",
    ),
    # -- the command line -----------------------------------------------------------
    "cli.ics_import_help_file": ("the .ics file to import", "le fichier .ics à importer"),
    "cli.ics_import_help_as": (
        "what the events become: a context calendar shown behind the plan (default) or posts",
        "ce que deviennent les événements : un calendrier de contexte affiché derrière le planning (par défaut) ou des publications",
    ),
    "cli.ics_import_help_name": (
        "name of the context calendar (default: the one the file gives, else the file name); an existing name is replaced",
        "nom du calendrier de contexte (par défaut : celui que donne le fichier, sinon le nom du fichier) ; un nom existant est remplacé",
    ),
    "cli.ics_import_help_colour": (
        "colour of the context calendar, as #RRGGBB",
        "couleur du calendrier de contexte, en #RRVVBB",
    ),
    "cli.ics_import_help_platform": (
        "platform of the posts (needed for another app's events)",
        "plateforme des publications (nécessaire pour les événements d’une autre application)",
    ),
    "cli.ics_import_help_category": (
        "category of every imported post",
        "catégorie de toutes les publications importées",
    ),
    "cli.ics_import_help_status": (
        "status of every imported post (default: draft for another app's events)",
        "statut de toutes les publications importées (par défaut : brouillon pour les événements d’une autre application)",
    ),
    "cli.ics_import_help_list": ("list the context calendars", "liste les calendriers de contexte"),
    "cli.ics_import_help_hide": (
        "hide a context calendar in the views",
        "masque un calendrier de contexte dans les vues",
    ),
    "cli.ics_import_help_show": (
        "show a hidden context calendar again",
        "affiche de nouveau un calendrier de contexte masqué",
    ),
    "cli.ics_import_help_remove": ("remove a context calendar", "supprime un calendrier de contexte"),
    "cli.ics_import_needs_file": (
        "Name the .ics file to import (or use --list, --hide, --show or --remove).",
        "Indiquez le fichier .ics à importer (ou utilisez --list, --hide, --show ou --remove).",
    ),
    "cli.ics_import_context_only": (
        "{option} is for an import as posts (--as posts).",
        "{option} sert à un import en publications (--as posts).",
    ),
    "cli.ics_import_posts_only": (
        "{option} is for an import as a context calendar (--as context).",
        "{option} sert à un import en calendrier de contexte (--as context).",
    ),
    "cli.ics_import_context_new": (
        "Context calendar “{name}” imported from {source} (events: {events}).",
        "Calendrier de contexte « {name} » importé depuis {source} (événements : {events}).",
    ),
    "cli.ics_import_context_replaced": (
        "Context calendar “{name}” replaced from {source} (events: {events}, before: {previous}).",
        "Calendrier de contexte « {name} » remplacé depuis {source} (événements : {events}, avant : {previous}).",
    ),
    "cli.ics_import_posts": (
        "Imported from {source}: posts created: {created}, updated: {updated}, unchanged: {unchanged}.",
        "Import depuis {source} : publications créées : {created}, modifiées : {updated}, inchangées : {unchanged}.",
    ),
    "cli.ics_import_posts_back_to_review": (
        "Imported from {source}: posts created: {created}, updated: {updated}, unchanged: {unchanged}; "
        "back to review: {back}.",
        "Import depuis {source} : publications créées : {created}, modifiées : {updated}, inchangées : "
        "{unchanged} ; renvoyées en relecture : {back}.",
    ),
    "cli.ics_import_skipped": ("{message} Skipped: {details}.", "{message} Ignorés : {details}."),
    "cli.ics_import_skip_count": ("{reason}: {count}", "{reason} : {count}"),
    "cli.ics_import_skipped_one": (
        "Skipped “{summary}” (line {line}): {reason}.",
        "« {summary} » (ligne {line}) ignoré : {reason}.",
    ),
    "cli.ics_import_skipped_more": (
        "… and {count} more skipped (--format json lists them all).",
        "… et {count} autres ignorés (--format json les liste tous).",
    ),
    "cli.ics_import_note": ("Note: {message}", "Note : {message}"),
    "cli.ics_import_notes_more": (
        "… and {count} more notes (--format json lists them all).",
        "… et {count} autres notes (--format json les liste toutes).",
    ),
    "cli.ics_import_hint_platform": ("Give it with --platform.", "Indiquez-la avec --platform."),
    "cli.ics_import_hint_range": (
        "Give them with --from and --to, or --week.",
        "Indiquez-les avec --from et --to, ou --week.",
    ),
    "cli.ics_import_hidden": ("Context calendar “{name}” hidden.", "Calendrier de contexte « {name} » masqué."),
    "cli.ics_import_shown": ("Context calendar “{name}” shown.", "Calendrier de contexte « {name} » affiché."),
    "cli.ics_import_removed": (
        "Context calendar “{name}” removed (events: {events}).",
        "Calendrier de contexte « {name} » supprimé (événements : {events}).",
    ),
    "cli.col_events": ("Events", "Événements"),
    "cli.col_visible": ("Shown", "Affiché"),
    "cli.col_source": ("Source", "Source"),
    "cli.col_imported": ("Imported", "Importé"),
}

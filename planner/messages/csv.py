"""Messages of CSV export and import, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_export_csv": ("export posts to a CSV file", "exporte les publications dans un fichier CSV"),
    "cli.help_import_csv": ("import posts from a CSV file", "importe des publications depuis un fichier CSV"),
    # -- command line ---------------------------------------------------------
    "cli.help_csv_source": ("the CSV file to import", "le fichier CSV à importer"),
    "cli.help_excel_fr": (
        "for French Excel: semicolons, UTF-8 with a byte order mark, French headers (unless --headers en)",
        "pour Excel en français : points-virgules, UTF-8 avec indicateur d’ordre des octets, en-têtes en français (sauf --headers en)",
    ),
    "cli.help_csv_headers": (
        "language of the header row and of the status words: en or fr (default: en, fr with --excel-fr)",
        "langue de la ligne d’en-tête et des statuts : en ou fr (par défaut : en, fr avec --excel-fr)",
    ),
    "cli.help_skip_invalid": (
        "import the valid rows and list the others (by default nothing is imported unless every row is valid)",
        "importe les lignes valides et liste les autres (par défaut, rien n’est importé si une ligne est invalide)",
    ),
    "cli.help_csv_followups": (
        "also the exported posts' follow-ups, in a second file beside the first: plan.csv gives plan-followups.csv "
        "(import csv reads it back, recognised by its header)",
        "aussi les suivis des publications exportées, dans un second fichier à côté du premier : plan.csv donne "
        "plan-followups.csv (import csv le relit, reconnu à son en-tête)",
    ),
    "cli.csv_followups_need_file": (
        "--followups writes a second file beside the first: give a file name, not -.",
        "--followups écrit un second fichier à côté du premier : donnez un nom de fichier, pas -.",
    ),
    "cli.csv_followups_imported": (
        "Imported {path}: follow-ups created: {created}, updated: {updated}, unchanged: {unchanged}.",
        "Import de {path} : suivis créés : {created}, modifiés : {updated}, inchangés : {unchanged}.",
    ),
    "cli.csv_followups_exported": (
        "Follow-ups written to {path}: {count}.",
        "Suivis écrits dans {path} : {count}.",
    ),
    "cli.csv_exported": ("{count} posts written to {path}.", "{count} publications écrites dans {path}."),
    "cli.csv_exported_one": ("1 post written to {path}.", "1 publication écrite dans {path}."),
    "cli.csv_imported": (
        "Imported {path}: posts created: {created}, updated: {updated}, unchanged: {unchanged}.",
        "Import de {path} : publications créées : {created}, modifiées : {updated}, inchangées : {unchanged}.",
    ),
    "cli.csv_imported_matched": (
        "{summary} Rows without uid found in the plan by platform, title and time: {count}.",
        "{summary} Lignes sans uid retrouvées dans le plan par plateforme, titre et heure : {count}.",
    ),
    "cli.csv_imported_back_to_review": (
        "Imported {path}: posts created: {created}, updated: {updated}, unchanged: {unchanged}; "
        "back to review: {back}.",
        "Import de {path} : publications créées : {created}, modifiées : {updated}, inchangées : {unchanged} ; "
        "renvoyées en relecture : {back}.",
    ),
    "cli.metavar_csv_map": ("COLUMN=WHAT", "COLONNE=CONTENU"),
    "cli.help_csv_map": (
        "what a column of another tool's file holds, correcting the guess (repeatable): "
        '--map "Message=body" --map "Date=datetime"; WHAT is one of date, time, datetime, title, body, '
        "link, platform, category, status, author, campaign, notes, timezone, utc_offset, duration_minutes, uid, "
        "or nothing to leave the column out; a column is its header or its number from 1",
        "ce que contient une colonne du fichier d’un autre outil, pour corriger la supposition (répétable) : "
        '--map "Message=body" --map "Date=datetime" ; CONTENU est l’un de date, time, datetime, title, body, '
        "link, platform, category, status, author, campaign, notes, timezone, utc_offset, duration_minutes, uid, "
        "ou rien pour ignorer la colonne ; une colonne est son en-tête ou son numéro à partir de 1",
    ),
    "cli.help_csv_platform": (
        "the platform of the rows that name none (a file without a platform column, such as Hootsuite's bulk file)",
        "la plateforme des lignes qui n’en nomment pas (un fichier sans colonne plateforme, comme l’envoi groupé "
        "de Hootsuite)",
    ),
    "cli.help_csv_month_first": (
        "dates written 06/13/2026 are month first (by default day first, unless a date of the file or the date "
        "column's header, such as Date (MM/DD/YYYY), says otherwise)",
        "les dates écrites 06/13/2026 ont le mois d’abord (par défaut le jour d’abord, sauf si une date du "
        "fichier ou l’en-tête de la colonne des dates, comme Date (MM/DD/YYYY), dit le contraire)",
    ),
    "cli.csv_map_syntax": (
        '--map takes COLUMN=WHAT, such as --map "Message=body": “{value}”.',
        '--map prend COLONNE=CONTENU, par exemple --map "Message=body" : « {value} ».',
    ),
    "cli.csv_hint_platform": (
        "Give the platform of all its posts with --platform NAME, or say which column names it with "
        '--map "N=platform" (N: the column\'s header or number from 1).',
        "Indiquez la plateforme de toutes ses publications avec --platform NOM, ou la colonne qui la nomme avec "
        '--map "N=platform" (N : l’en-tête de la colonne ou son numéro à partir de 1).',
    ),
    "cli.csv_note": ("Note: {message}", "Note : {message}"),
    "cli.csv_hint_month_first": (
        "If they are month first, delete the posts this import created and import the file again with --month-first.",
        "Si elles ont le mois d’abord, supprimez les publications créées par cet import et importez de nouveau le "
        "fichier avec --month-first.",
    ),
    "cli.csv_hint_map": (
        'Say what its columns hold with --map "COLUMN=WHAT" (--map "Date=datetime").',
        'Indiquez ce que contiennent ses colonnes avec --map "COLONNE=CONTENU" (--map "Date=datetime").',
    ),
    "csv.problem": ("line {line}: {message}", "ligne {line} : {message}"),
    "cli.csv_problem": ("  {problem}", "  {problem}"),
    "cli.csv_skipped": ("Skipped line {line}: {message}", "Ligne {line} ignorée : {message}"),
    "cli.csv_ignored_columns": (
        "Warning: columns not imported (unknown to Dialogos): {columns}.",
        "Attention : colonnes non importées (inconnues de Dialogos) : {columns}.",
    ),
    "cli.csv_skip_hint": (
        "Correct them, or import the valid rows with --skip-invalid:",
        "Corrigez-les, ou importez les lignes valides avec --skip-invalid :",
    ),
    "cli.csv_skip_hint_one": (
        "Correct it, or import the other rows with --skip-invalid:",
        "Corrigez-la, ou importez les autres lignes avec --skip-invalid :",
    ),
    # -- the file as a whole (exit 2) -------------------------------------------
    "error.csv_not_text": (
        "This file is not CSV text (it holds binary data: a spreadsheet's own format?): save it as CSV first.",
        "Ce fichier n’est pas du texte CSV (il contient des données binaires : un classeur dans son propre format ?) : enregistrez-le d’abord en CSV.",
    ),
    "error.csv_empty": ("The file is empty: there is nothing to import.", "Le fichier est vide : rien à importer."),
    "error.csv_no_header": (
        "The first line is not a header Dialogos knows: expected columns such as {expected}.",
        "La première ligne n’est pas un en-tête que Dialogos connaît : colonnes attendues, par exemple {expected}.",
    ),
    "error.csv_missing_column": (
        "The header has no “{column}” column, which an import needs (found: {found}).",
        "L’en-tête n’a pas de colonne « {column} », nécessaire à l’import (trouvé : {found}).",
    ),
    "error.csv_duplicate_column": (
        "The header names the column “{column}” twice.",
        "L’en-tête nomme deux fois la colonne « {column} ».",
    ),
    "error.csv_rows_invalid": (
        "{count} rows are invalid, so nothing was imported.",
        "{count} lignes sont invalides : rien n’a été importé.",
    ),
    "error.csv_rows_invalid_one": (
        "1 row is invalid, so nothing was imported.",
        "1 ligne est invalide : rien n’a été importé.",
    ),
    # -- one row ----------------------------------------------------------------
    "error.csv_followup_no_post": (
        "No post of this plan has the uid “{uid}”: import the posts' file first.",
        "Aucune publication de ce plan n’a l’identifiant « {uid} » : importez d’abord le fichier des publications.",
    ),
    "error.csv_followup_post_not_dated": (
        "The post “{title}” ({uid}) is an idea or cancelled: only a dated post has follow-ups.",
        "La publication « {title} » ({uid}) est une idée ou est annulée : seule une publication datée a des suivis.",
    ),
    "error.csv_followup_keeper_kind": (
        "Only a promised post is kept by a post; this follow-up is “{kind}”: clear the kept_by_post cell.",
        "Seule une publication promise est tenue par une publication ; ce suivi est « {kind} » : videz la cellule "
        "tenu par.",
    ),
    "error.csv_followup_kept_without_post": (
        "A promised post is kept by a post: give its uid in kept_by_post, or set the status to open.",
        "Une publication promise est tenue par une publication : donnez son identifiant dans tenu par, ou mettez le "
        "statut à open.",
    ),
    "error.csv_followup_bad_kept_at": (
        "“{value}” is not when it was kept: write it as 2026-06-01T11:30:00+00:00 (with its UTC offset).",
        "« {value} » n’est pas la date où il a été tenu : écrivez-la comme 2026-06-01T11:30:00+00:00 (avec son décalage UTC).",
    ),
    "error.csv_followup_bad_due": (
        "“{value}” is not a due instant: write it as 2026-06-01T11:30:00+02:00 (with its UTC offset).",
        "« {value} » n’est pas une échéance : écrivez-la comme 2026-06-01T11:30:00+02:00 (avec son décalage UTC).",
    ),
    "error.csv_followup_bad_duration": (
        "“{value}” is not a duration: a whole number of minutes, such as 90.",
        "« {value} » n’est pas une durée : un nombre entier de minutes, comme 90.",
    ),
    "error.csv_bad_version": (
        "“{value}” is not a version: keep the number the export wrote, or clear the cell.",
        "« {value} » n’est pas une version : gardez le nombre écrit par l’export, ou videz la cellule.",
    ),
    "error.csv_changed_since_export": (
        "“{title}” was changed in Dialogos by {who} since this file was exported (version {exported}, now {now}): "
        "export again, or clear the version cell to overwrite that change.",
        "La publication « {title} » a été modifiée dans Dialogos par {who} depuis l’export de ce fichier (version {exported}, "
        "désormais {now}) : exportez de nouveau, ou videz la cellule version pour écraser cette modification.",
    ),
    # -- while writing (exit 4) ---------------------------------------------------
    "error.csv_changed_meanwhile": (
        "line {line}: “{title}” was changed by {who} during the import, so nothing was imported: import the file again.",
        "ligne {line} : la publication « {title} » a été modifiée par {who} pendant l’import, donc rien n’a été importé : importez de nouveau le fichier.",
    ),
    "error.csv_deleted_meanwhile": (
        "line {line}: “{title}” was deleted during the import, so nothing was imported: import the file again.",
        "ligne {line} : la publication « {title} » a été supprimée pendant l’import, donc rien n’a été importé : importez de nouveau le fichier.",
    ),
    "csv.column_number": ("column {number}", "colonne {number}"),
    "csv.note_day_first": (
        "dates such as “{cell}” could be day or month first, and nothing in the file says which: they were read "
        "day first ({day_first}), not month first ({month_first}).",
        "des dates comme « {cell} » peuvent avoir le jour ou le mois d’abord, et rien dans le fichier ne dit "
        "lequel : elles ont été lues le jour d’abord ({day_first}), et non le mois d’abord ({month_first}).",
    ),
    "csv.note_month_first_late": (
        "nothing in the first rows said whether the dates are day or month first, but line {line} reads "
        "“{cell}”, which can only be month first: every date of the file was read month first.",
        "rien dans les premières lignes ne disait si les dates ont le jour ou le mois d’abord, mais la ligne "
        "{line} porte « {cell} », qui ne peut avoir que le mois d’abord : toutes les dates du fichier ont été lues "
        "le mois d’abord.",
    ),
    "csv.note_header_overruled_day_first": (
        "the header “{header}” says the dates are month first, but line {line} reads “{cell}”, which can only be "
        "day first: the dates were read day first.",
        "l’en-tête « {header} » dit que les dates ont le mois d’abord, mais la ligne {line} porte « {cell} », qui "
        "ne peut avoir que le jour d’abord : les dates ont été lues le jour d’abord.",
    ),
    "csv.note_header_overruled_month_first": (
        "the header “{header}” says the dates are day first, but line {line} reads “{cell}”, which can only be "
        "month first: the dates were read month first.",
        "l’en-tête « {header} » dit que les dates ont le jour d’abord, mais la ligne {line} porte « {cell} », qui "
        "ne peut avoir que le mois d’abord : les dates ont été lues le mois d’abord.",
    ),
    "error.csv_date_only_month_first": (
        "“{value}” can only be month first, but other dates of the file are day first: correct it, or, if the "
        "file is month first, import it with --month-first (in the app: tick “Dates are month first”).",
        "« {value} » ne peut avoir que le mois d’abord, mais d’autres dates du fichier ont le jour d’abord : "
        "corrigez-la, ou, si le fichier a le mois d’abord, importez-le avec --month-first (dans l’application : "
        "cochez « Dates avec le mois d’abord »).",
    ),
    "error.csv_date_only_day_first": (
        "“{value}” can only be day first, but the file's dates are read month first (as its header or "
        "--month-first says): correct it, or import the file without saying its dates are month first.",
        "« {value} » ne peut avoir que le jour d’abord, mais les dates du fichier sont lues le mois d’abord "
        "(comme le dit son en-tête ou --month-first) : corrigez-la, ou importez le fichier sans dire que ses "
        "dates ont le mois d’abord.",
    ),
    "error.csv_bad_datetime": (
        "“{value}” is not a date and time: write 2026-06-01 09:30, 01/06/2026 09:30 or 06/01/2026 9:30 AM.",
        "« {value} » n’est pas une date et une heure : écrivez 2026-06-01 09:30, 01/06/2026 09:30 ou 06/01/2026 9:30 AM.",
    ),
    "error.csv_map_unknown_target": (
        "“{target}” is not something a column can hold: say one of {known}, or nothing to leave the column out.",
        "« {target} » n’est pas un contenu de colonne : indiquez l’un de {known}, ou rien pour ignorer la colonne.",
    ),
    "error.csv_map_unknown_column": (
        "The file has no column “{column}”: its columns are {found}.",
        "Le fichier n’a pas de colonne « {column} » : ses colonnes sont {found}.",
    ),
    "error.csv_map_twice": (
        "Two columns cannot both hold {target}: “{first}” and “{second}”.",
        "Deux colonnes ne peuvent pas contenir toutes deux {target} : « {first} » et « {second} ».",
    ),
    "error.csv_no_platform": (
        "The file has no platform column (found: {found}).",
        "Le fichier n’a pas de colonne de plateforme (trouvé : {found}).",
    ),
    "error.csv_map_no_date": (
        "No column of the file gives the posts’ dates: say which one holds the date (date, or datetime for a "
        "date and a time in one cell).",
        "Aucune colonne du fichier ne donne la date des publications : indiquez laquelle la contient (date, ou "
        "datetime pour une date et une heure dans une même cellule).",
    ),
    "error.csv_map_no_text": (
        "No column of the file gives the posts’ text or title (found: {found}).",
        "Aucune colonne du fichier ne donne le texte ou le titre des publications (trouvé : {found}).",
    ),
    "error.csv_map_not_dates": (
        "The date column holds no date (“{value}”): it is not the column to read the dates from.",
        "La colonne des dates ne contient aucune date (« {value} ») : ce n’est pas la colonne où lire les dates.",
    ),
    "error.csv_bad_date": (
        "“{value}” is not a date: write 2026-06-01 or 01/06/2026 (day first).",
        "« {value} » n’est pas une date : écrivez 2026-06-01 ou 01/06/2026 (le jour d’abord).",
    ),
    "error.csv_bad_time": (
        "“{value}” is not a time: write 09:30, 9h30 or 9:30 PM.",
        "« {value} » n’est pas une heure : écrivez 09:30, 9h30 ou 9:30 PM.",
    ),
    "error.csv_offset_mismatch": (
        "{time} in {zone} is never {offset}: correct the utc_offset cell, or leave it empty.",
        "{time} à {zone} n’est jamais {offset} : corrigez la cellule utc_offset, ou laissez-la vide.",
    ),
    "error.csv_bad_offset": (
        "“{value}” is not a UTC offset: write UTC+02:00, or leave the cell empty.",
        "« {value} » n’est pas un décalage UTC : écrivez UTC+02:00, ou laissez la cellule vide.",
    ),
    "error.csv_date_without_time": (
        "The date {date} has no time: give one, such as 09:30.",
        "La date {date} n’a pas d’heure : indiquez-en une, par exemple 09:30.",
    ),
    "error.csv_time_without_date": (
        "The time {time} has no date: give one, or clear the time for an idea.",
        "L’heure {time} n’a pas de date : indiquez-en une, ou effacez l’heure pour une idée.",
    ),
    "error.csv_duplicate_uid": (
        "The identifier {uid} is already on line {first}.",
        "L’identifiant {uid} figure déjà ligne {first}.",
    ),
    "error.csv_too_many_cells": (
        "This row has {found} cells but the header names {expected} columns.",
        "Cette ligne a {found} cellules mais l’en-tête nomme {expected} colonnes.",
    ),
    "error.csv_unclosed_quote": (
        "A quoted cell that starts on this line is never closed.",
        "Une cellule entre guillemets qui commence sur cette ligne n’est jamais fermée.",
    ),
    "error.csv_stray_quote": (
        "A quote inside a cell: put the whole cell in quotes and double the quotes inside it.",
        "Un guillemet au milieu d’une cellule : mettez toute la cellule entre guillemets et doublez ceux qu’elle contient.",
    ),
    "error.csv_cell_too_big": (
        "A cell holds more than {limit} characters.",
        "Une cellule contient plus de {limit} caractères.",
    ),
    "error.csv_malformed": (
        "This line is not valid CSV ({detail}).",
        "Cette ligne n’est pas du CSV valide ({detail}).",
    ),
}

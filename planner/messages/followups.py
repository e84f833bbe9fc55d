"""Messages of follow-ups: the expectations a post creates, their errors and their command
line, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- words --------------------------------------------------------------------------------
    "followup_kind.replies": ("reply window", "créneau de réponse"),
    "followup_kind.post": ("promised post", "publication promise"),
    "followup_kind.answer": ("answer", "réponse"),
    "followup_status.open": ("open", "ouvert"),
    "followup_status.late": ("late", "en retard"),
    "followup_status.kept": ("kept", "tenu"),
    "followup_status.dropped": ("dropped", "abandonné"),
    # -- bad input (exit 2) -------------------------------------------------------------------
    "error.bad_offset": (
        "“{value}” is not an offset: write a whole number and a unit, m (minutes), h (hours) or d (days), e.g. 30m, 2h or 3d.",
        "« {value} » n’est pas un délai : écrivez un nombre entier et une unité, m (minutes), h (heures) ou d (jours), par exemple 30m, 2h ou 3d.",
    ),
    "error.offset_out_of_range": (
        "The offset “{value}” must be more than nothing and at most {days} days, e.g. 2h or 3d.",
        "Le délai « {value} » doit être non nul et d’au plus {days} jours, par exemple 2h ou 3d.",
    ),
    "error.unknown_followup_kind": (
        "Unknown kind of follow-up “{value}”: use one of {known}.",
        "Type de suivi « {value} » inconnu : utilisez {known}.",
    ),
    "error.unknown_followup_status": (
        "Unknown follow-up status “{value}”: use one of {known}.",
        "Statut de suivi « {value} » inconnu : utilisez {known}.",
    ),
    "error.bad_followup_default": (
        "“{value}” is not a follow-up: write KIND:OFFSET or replies:OFFSET:MINUTES, e.g. replies:2h:90 or post:3d.",
        "« {value} » n’est pas un suivi : écrivez TYPE:DÉLAI ou replies:DÉLAI:MINUTES, par exemple replies:2h:90 ou post:3d.",
    ),
    "error.duration_for_replies_only": (
        "Only a reply window has a duration ({value}): leave it out for a promised post or an answer.",
        "Seul un créneau de réponse a une durée ({value}) : ne la donnez pas pour une publication promise ni une réponse.",
    ),
    "error.followup_when": (
        'Say when the follow-up is due: either after the post (--after 2h) or at a date and time (--due "2026-06-05 17:00"), not both.',
        'Dites quand le suivi est dû : soit après la publication (--after 2h), soit à une date et une heure (--due "2026-06-05 17:00"), pas les deux.',
    ),
    "error.followup_of_an_idea": (
        "Post {id} is an idea, with no date: give it a date before planning what it promises.",
        "La publication {id} est une idée, sans date : datez-la avant de prévoir ce qu’elle promet.",
    ),
    "error.followup_of_a_cancelled_post": (
        "Post {id} is cancelled: it promises nothing any more.",
        "La publication {id} est annulée : elle ne promet plus rien.",
    ),
    "error.followup_before_post": (
        "A follow-up cannot be due ({due}) before its post starts ({start}).",
        "Un suivi ne peut pas être dû ({due}) avant le début de sa publication ({start}).",
    ),
    "error.followup_not_found": (
        "There is no follow-up {id}.",
        "Il n’y a pas de suivi {id}.",
    ),
    "error.followup_not_open": (
        "Follow-up {id} is already {status}: only an open one can be kept or dropped.",
        "Le suivi {id} est déjà {status} : seul un suivi ouvert peut être tenu ou abandonné.",
    ),
    "error.followup_by_post_kind": (
        "Only a promised post is kept by a post: follow-up {id} is of the kind “{kind}”, kept by ticking it (without --by-post).",
        "Seule une publication promise est tenue par une publication : le suivi {id} est du type « {kind} », tenu en le cochant (sans --by-post).",
    ),
    "error.followup_needs_post": (
        "Follow-up {id} promises a post: name the post that keeps it with --by-post ID.",
        "Le suivi {id} promet une publication : indiquez celle qui le tient avec --by-post ID.",
    ),
    "error.followup_other_platform": (
        "Post {post} is on {found}, but follow-up {id} promised a post on {platform}.",
        "La publication {post} est sur {found}, mais le suivi {id} promettait une publication sur {platform}.",
    ),
    "error.followup_kept_by_earlier": (
        "Post {post} ({start}) comes before the post that made promise {id} ({promised}): a promise is kept after it is made.",
        "La publication {post} ({start}) précède celle qui a fait la promesse {id} ({promised}) : une promesse se tient après avoir été faite.",
    ),
    "error.followup_kept_by_idea": (
        "Post {post} is an idea: a promise is kept by a dated post.",
        "La publication {post} est une idée : une promesse se tient par une publication datée.",
    ),
    "error.followup_kept_by_itself": (
        "Post {post} made the promise: another post has to keep it.",
        "La publication {post} a fait la promesse : c’est une autre qui doit la tenir.",
    ),
    "error.drop_needs_reason": (
        "Say why the follow-up is dropped (--reason).",
        "Dites pourquoi le suivi est abandonné (--reason).",
    ),
    "error.conflict_followup_version": (
        "Follow-up {id} changed since you saw it (version {expected}, now {found}, by {who}): nothing was saved. Look at it again, then retry.",
        "Le suivi {id} a changé depuis que vous l’avez vu (version {expected}, maintenant {found}, par {who}) : rien n’a été enregistré. Regardez-le à nouveau, puis réessayez.",
    ),
    "error.conflict_followup": (
        "Follow-up {id} was changed by someone else meanwhile: nothing was saved.",
        "Le suivi {id} a été modifié par quelqu’un d’autre entre-temps : rien n’a été enregistré.",
    ),
    "error.followup_plan_kind": (
        "Only a promised post can be planned: follow-up {id} is of the kind “{kind}”.",
        "Seule une publication promise peut être planifiée : le suivi {id} est du type « {kind} ».",
    ),
    "error.followup_already_linked": (
        "Follow-up {id} is already linked to post {post}: it is kept once that post is published.",
        "Le suivi {id} est déjà lié à la publication {post} : il sera tenu une fois celle-ci publiée.",
    ),
    # -- the promised post, planned ------------------------------------------------------------
    "followup.promised_title": ("Results: {title}", "Résultats : {title}"),
    "followup.promised_notes": (
        "Keeps the promise of “{title}” (post {post}, {day}): publishing this post keeps it.",
        "Tient la promesse de « {title} » (publication {post}, {day}) : publier cette publication la tient.",
    ),
    # -- the command line ---------------------------------------------------------------------
    "cli.help_followup": ("follow-ups: what posts promise", "suivis : ce que promettent les publications"),
    "cli.help_followup_list": ("list follow-ups", "lister les suivis"),
    "cli.help_followup_add": ("add a follow-up to a post", "ajouter un suivi à une publication"),
    "cli.help_followup_expect_version": (
        "refuse (exit 4) if the follow-up is no longer at this version",
        "refuse (code 4) si le suivi n’est plus à cette version",
    ),
    "cli.followup_tz_needs_due": (
        "--tz is the zone of --due: with --after, the offset counts from the post's start, in no zone.",
        "--tz est le fuseau de --due : avec --after, le délai se compte depuis le début de la publication, sans fuseau.",
    ),
    "cli.help_followup_tz": (
        "IANA time zone of --due (default: the post's own)",
        "fuseau IANA de --due (par défaut : celui de la publication)",
    ),
    "cli.help_followup_keep": ("mark a follow-up kept", "marquer un suivi comme tenu"),
    "cli.help_followup_plan": (
        "plan the post a promised post follow-up waits for: a draft on its platform at its due time, linked to it",
        "planifier la publication qu’attend un suivi de publication promise : un brouillon sur sa plateforme à son échéance, lié à lui",
    ),
    "cli.help_followup_plan_title": (
        "the draft's title (default “Results: ” and the post's title)",
        "le titre du brouillon (par défaut « Résultats : » et le titre de la publication)",
    ),
    "cli.followup_planned": (
        "Post {post} “{title}” is planned as a draft: publishing it keeps follow-up {id}.",
        "La publication {post} « {title} » est planifiée en brouillon : la publier tient le suivi {id}.",
    ),
    "cli.help_followup_drop": ("drop a follow-up, saying why", "abandonner un suivi, en disant pourquoi"),
    "cli.help_followup_kind": ("replies, post or answer", "replies, post ou answer"),
    "cli.help_followup_after": (
        "due this long after the post's start, moving with it: 30m, 2h, 3d",
        "dû ce délai après le début de la publication, et suit ses déplacements : 30m, 2h, 3d",
    ),
    "cli.help_followup_due": (
        'due at this date and time, fixed ("YYYY-MM-DD HH:MM")',
        "dû à cette date et cette heure, fixes (« AAAA-MM-JJ HH:MM »)",
    ),
    "cli.help_followup_duration": (
        "a reply window's length in minutes (default 60)",
        "durée d’un créneau de réponse en minutes (60 par défaut)",
    ),
    "cli.help_followup_title": (
        "what was promised, or to whom an answer is owed",
        "ce qui a été promis, ou à qui une réponse est due",
    ),
    "cli.help_followup_owner": (
        "who keeps it (default the post's author)",
        "qui le tient (par défaut l’auteur de la publication)",
    ),
    "cli.help_followup_by_post": (
        "the post that keeps a promised post (kept once it is published)",
        "la publication qui tient une publication promise (tenue une fois publiée)",
    ),
    "cli.help_followup_status": ("open, late, kept or dropped", "open, late, kept ou dropped"),
    "cli.help_followup_reason": ("why it is dropped", "pourquoi il est abandonné"),
    "cli.help_category_followup": (
        'a follow-up its posts get when dated, KIND:OFFSET[:DURATION_MIN], e.g. replies:2h or post:3d (repeat for several; "none" clears them)',
        "un suivi que ses publications reçoivent une fois datées, TYPE:DÉLAI[:DURÉE_MIN], par exemple replies:2h ou post:3d (à répéter ; « none » les retire)",
    ),
    "cli.help_category_offer": (
        "an offer (coupon, discount, giveaway): the offer habit counts it",
        "une offre (coupon, réduction, cadeau) : l’habitude des offres la compte",
    ),
    "cli.help_category_no_offer": ("not an offer", "pas une offre"),
    "cli.metavar_followup_default": ("KIND:OFFSET[:MIN]", "TYPE:DÉLAI[:MIN]"),
    "cli.metavar_offset": ("OFFSET", "DÉLAI"),
    "cli.followups_none": ("No follow-ups.", "Aucun suivi."),
    "cli.followup_linked": (
        "Follow-up {id} is linked to post {post}: it will be kept when that post is published.",
        "Le suivi {id} est lié à la publication {post} : il sera tenu quand elle sera publiée.",
    ),
    "cli.col_due": ("Due", "Échéance"),
    "cli.col_owner": ("Owner", "Responsable"),
    "cli.col_post": ("Post", "Publication"),
    "cli.col_offset": ("Offset", "Délai"),
    "cli.col_followups": ("Follow-ups", "Suivis"),
    "cli.col_offer": ("Offer", "Offre"),
    # -- history ------------------------------------------------------------------------------
    "history.followup_created": ("follow-up {id} added", "suivi {id} ajouté"),
    "history.followup_linked": (
        "follow-up {id} linked to post {post}",
        "suivi {id} lié à la publication {post}",
    ),
    "history.followup_kept": ("follow-up {id} kept", "suivi {id} tenu"),
    "history.followup_kept_by": ("follow-up {id} kept by post {post}", "suivi {id} tenu par la publication {post}"),
    "history.followup_dropped": ("follow-up {id} dropped", "suivi {id} abandonné"),
    "history.followup_reopened": ("follow-up {id} reopened", "suivi {id} rouvert"),
    "history.followup_moved": ("follow-up {id} moved with its post", "suivi {id} déplacé avec sa publication"),
    "history.followup_withdrawn": (
        "follow-up {id} withdrawn with its cancelled post",
        "suivi {id} retiré avec sa publication annulée",
    ),
    "history.followup_back": ("follow-up {id} back with its post", "suivi {id} revenu avec sa publication"),
    "history.followup_removed": ("follow-up {id} removed", "suivi {id} supprimé"),
    "history.followup_changed": ("follow-up {id} changed", "suivi {id} modifié"),
    "history.field.followup_kind": ("kind", "type"),
    "history.field.followup_due": ("due", "échéance"),
    "history.field.followup_status": ("status", "statut"),
}

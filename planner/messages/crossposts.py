"""Messages of cross-posts (one post on several platforms) and copies of a post, in English and
French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- bad input (exit 2) -------------------------------------------------------------------
    "error.crosspost_platform_twice": (
        "The platform “{name}” is named twice: a cross-post has one post per platform, name each once.",
        "La plateforme « {name} » est nommée deux fois : une publication croisée a une publication par plateforme, nommez chacune une fois.",
    ),
    "error.copy_needs_at": (
        'Post {id} has a date: give its copy one with --at "YYYY-MM-DD HH:MM" (only the copy of an idea can go without: it stays an idea).',
        "La publication {id} a une date : donnez-en une à sa copie avec --at « AAAA-MM-JJ HH:MM » (seule la copie d’une idée peut s’en passer : elle reste une idée).",
    ),
    # -- command line -------------------------------------------------------------------------
    "cli.help_post_platforms": (
        "platform name; repeat it for a cross-post, one post per platform in one group",
        "nom de la plateforme ; répétez-la pour une publication croisée, une publication par plateforme dans un groupe",
    ),
    "cli.help_post_copy": (
        "copy a post to another time or platform (a draft; an idea copied without --at stays an idea)",
        "copie une publication à une autre date ou sur une autre plateforme (un brouillon ; une idée copiée sans --at reste une idée)",
    ),
    "cli.help_copy_at": (
        "local date and time of the copy; without it, the copy of an idea is an idea",
        "date et heure locales de la copie ; sans elle, la copie d’une idée est une idée",
    ),
    "cli.help_copy_platform": (
        "platform of the copy (default: the post's own)",
        "plateforme de la copie (par défaut : celle de la publication)",
    ),
    "cli.help_copy_tz": (
        "time zone of --at (default: the post's own)",
        "fuseau horaire de --at (par défaut : celui de la publication)",
    ),
    "cli.col_siblings": ("Also on", "Aussi sur"),
    "cli.sibling": ("{platform} (#{id})", "{platform} (n° {id})"),
    "history.copied_from": ("created as a copy of post {id}", "créée en copie de la publication {id}"),
    "cli.copied": ("Post {id} copied as post {copy}.", "Publication {id} copiée en publication {copy}."),
    "cli.cross_posted": (
        "Cross-post of {count} posts saved: {ids}.",
        "Publication croisée de {count} publications enregistrée : {ids}.",
    ),
}

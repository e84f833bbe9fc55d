"""Messages of the sensible defaults: a platform's kind guessed from its name, in English and
French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "cli.help_platform_kind_guessed": (
        "kind: instagram, linkedin, x, mastodon, bluesky, facebook, tiktok, youtube, threads, blog, newsletter,"
        " forum, other (default: guessed from the name, “LinkedIn” is linkedin, an unknown name other)",
        "type : instagram, linkedin, x, mastodon, bluesky, facebook, tiktok, youtube, threads, blog, newsletter,"
        " forum, other (par défaut : deviné d’après le nom, « LinkedIn » est linkedin, un nom inconnu other)",
    ),
}

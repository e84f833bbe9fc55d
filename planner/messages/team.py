"""Messages of the review on the command line (``dialogos team``, ``post submit|approve|return|
comment|comments``, ``--user``, ``--skip-review``) and of importing into a reviewed plan, in
English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- who runs the command ---------------------------------------------------------------
    "team.help_user": (
        "who you are in the team (default: $DIALOGOS_USER, else your login)",
        "qui vous êtes dans l’équipe (par défaut : $DIALOGOS_USER, sinon votre identifiant de session)",
    ),
    "team.empty_user": ("the name is empty", "le nom est vide"),
    "team.user_too_long": (
        "the name is too long ({limit} characters at most)",
        "le nom est trop long ({limit} caractères au plus)",
    ),
    "team.user_control": ("the name holds control characters", "le nom contient des caractères de contrôle"),
    # -- dialogos team ------------------------------------------------------------------------
    "team.help_team": (
        "the team: members' roles, review before posts go out, what waits for you",
        "l’équipe : rôles des membres, relecture avant publication, ce qui vous attend",
    ),
    "team.help_add": (
        "add a member, or change a member's role",
        "ajoute un membre, ou change le rôle d’un membre",
    ),
    "team.help_name": ("the member's name", "le nom du membre"),
    "team.help_role": (
        "editor (writes and sends for review) or approver (also approves or returns); without it, a new "
        "member is an editor and a member keeps their role",
        "editor (rédaction : écrit et envoie en relecture) ou approver (approbation : approuve aussi, ou demande "
        "des modifications) ; sans lui, un nouveau membre a le rôle rédaction et un membre garde son rôle",
    ),
    "team.help_list": (
        "the members, their roles, and whether review is on",
        "les membres, leurs rôles, et si la relecture est active",
    ),
    "team.help_set": (
        "turn review on or off, allow or forbid approving one's own posts",
        "active ou désactive la relecture, autorise ou interdit d’approuver ses propres publications",
    ),
    "team.help_review": (
        "on: a post must be approved before it is scheduled",
        "on : une publication doit être approuvée avant d’être programmée",
    ),
    "team.help_self_approval": (
        "on: an approver may approve a post they wrote",
        "on : le rôle approbation peut approuver ses propres publications",
    ),
    "team.help_waiting": (
        "what waits for you: posts to review, posts returned to you, mentions",
        "ce qui vous attend : publications à relire, modifications demandées, mentions",
    ),
    "team.help_seen": (
        "a mention of you that you have read: it no longer waits for you",
        "une mention de vous que vous avez lue : elle ne vous attend plus",
    ),
    "team.help_seen_comment": (
        "the comment's number, as team waiting shows it after #",
        "le numéro du commentaire, tel que team waiting le montre après #",
    ),
    "team.seen": (
        "Comment {id}: its mention of you no longer waits for you.",
        "Commentaire {id} : sa mention de vous ne vous attend plus.",
    ),
    "team.set_needs_option": (
        "Give --review on|off, --self-approval on|off, or both.",
        "Indiquez --review on|off, --self-approval on|off, ou les deux.",
    ),
    "team.help_rm": (
        "remove a member from the team (not one posts name as author or follow-ups as owner)",
        "retire un membre de l’équipe (pas un membre auteur de publications ou responsable de suivis)",
    ),
    "team.help_rm_name": ("the member to remove", "le membre à retirer"),
    "team.removed": ("{name} ({role}) removed from the team.", "{name} ({role}) retiré de l’équipe."),
    "team.commented_mentions": (
        "Comment {id} added to post {post} by {who}, {at}; it mentions {names}.",
        "Commentaire {id} ajouté à la publication {post} par {who}, {at} ; il mentionne {names}.",
    ),
    "team.ambiguous_mention": (
        "{word} could be {names}: no one is told of it; write the full name.",
        "{word} peut désigner {names} : personne n’est prévenu ; écrivez le nom complet.",
    ),
    "team.or": (" or ", " ou "),
    "team.unknown_mention": (
        "{word} matches no member of the team: no one is told of it.",
        "{word} ne correspond à aucun membre de l’équipe : personne n’en est averti.",
    ),
    "team.nobody_approves": (
        "No one can approve it: the team has no approver (team add NAME --role approver).",
        "Personne ne peut l’approuver : personne n’a le rôle approbation dans l’équipe (team add NOM --role approver).",
    ),
    "team.only_approver_is_author": (
        "No one can approve it: {name} is its only approver, and approvers may not approve their own posts "
        "(team set --self-approval on, or add an approver).",
        "Personne ne peut l’approuver : {name} est seul au rôle approbation et en est l’auteur, et personne "
        "n’approuve ses propres publications (team set --self-approval on, ou donnez le rôle approbation à "
        "quelqu’un d’autre).",
    ),
    "team.review_on": ("on", "active"),
    "team.review_off": ("off", "désactivée"),
    "team.self_approval_on": ("allowed", "autorisée"),
    "team.self_approval_off": ("not allowed", "interdite"),
    "team.settings_line": (
        "Review: {review}. Approving one's own posts: {self_approval}.",
        "Relecture : {review}. Approbation de ses propres publications : {self_approval}.",
    ),
    "team.nobody": (
        "No members yet: `dialogos team add NAME --role approver` names one.",
        "Aucun membre pour l’instant : `dialogos team add NOM --role approver` en ajoute un.",
    ),
    "team.col_role": ("Role", "Rôle"),
    "team.col_initials": ("Initials", "Initiales"),
    # -- what waits for the user ------------------------------------------------------------
    "team.nothing_waiting": ("Nothing waits for you.", "Rien ne vous attend."),
    "team.not_a_member": (
        "“{name}” is not a member of the team, so nothing waits for that name: give --user as the team "
        "spells you ({names}).",
        "« {name} » n’est pas membre de l’équipe, donc rien n’attend ce nom : donnez --user comme l’équipe "
        "vous écrit ({names}).",
    ),
    "team.col_why": ("Why", "Pourquoi"),
    "team.col_comment": ("Comment", "Commentaire"),
    "team.waiting.review": ("to review", "à relire"),
    "team.waiting.returned": ("returned", "modifications demandées"),
    "team.waiting.mention": ("mention", "mention"),
    "team.said": ("#{id} {who}: {text}", "#{id} {who} : {text}"),
    # -- a post's review ----------------------------------------------------------------------
    "team.help_skip_review": (
        "schedule it without approval (approvers only; said in the history)",
        "la programmer sans approbation (rôle approbation seulement ; noté dans l’historique)",
    ),
    "team.help_submit": ("send a post for review", "envoie une publication en relecture"),
    "team.help_submit_comment": ("a word for the approvers", "un mot pour qui approuve"),
    "team.help_approve": (
        "approve a post in review (approvers)",
        "approuve une publication en relecture (rôle approbation)",
    ),
    "team.help_approve_comment": ("a word for the author", "un mot pour l’auteur"),
    "team.help_return": (
        "return a post to its author with what to change (approvers)",
        "demande des modifications à l’auteur d’une publication, en disant quoi changer (rôle approbation)",
    ),
    "team.help_return_comment": ("what to change (required)", "ce qu’il faut changer (obligatoire)"),
    "team.help_comment": (
        "add a comment to a post's thread (@Name mentions a member)",
        "ajoute un commentaire au fil d’une publication (@Nom mentionne un membre)",
    ),
    "team.help_comment_text": ("the comment", "le commentaire"),
    "team.help_comments": (
        "a post's thread of comments and review steps",
        "le fil d’une publication : commentaires et étapes de relecture",
    ),
    "team.done_submit": (
        "Post {id} sent for review (version {version}).",
        "Publication {id} envoyée en relecture (version {version}).",
    ),
    "team.done_approve": ("Post {id} approved (version {version}).", "Publication {id} approuvée (version {version})."),
    "team.done_return": (
        "Post {id} returned to its author (version {version}).",
        "Publication {id} : modifications demandées à son auteur (version {version}).",
    ),
    "team.commented": (
        "Comment {id} added to post {post} by {who}, {at}.",
        "Commentaire {id} ajouté à la publication {post} par {who}, {at}.",
    ),
    "team.no_comments": ("No comments.", "Aucun commentaire."),
    "team.col_author": ("Author", "Auteur"),
    "team.col_kind": ("Kind", "Type"),
    "team.col_text": ("Text", "Texte"),
    "team.comment.comment": ("comment", "commentaire"),
    "team.comment.submit": ("sent for review", "envoyée en relecture"),
    "team.comment.approve": ("approved", "approuvée"),
    "team.comment.return": ("returned", "modifications demandées"),
    "team.comment.reopen": ("back to review", "retour en relecture"),
    "cli.col_approved": ("Approved", "Approuvée"),
    "cli.col_returned": ("Returned by", "Modifications demandées par"),
    "team.history_thread": ("thread", "fil"),
    "team.approved_by": ("by {who}, {at}", "par {who}, {at}"),
    # -- importing into a plan whose review is on ----------------------------------------------
    "error.csv_needs_approval": (
        "“{title}” would be {status}, and this plan’s review wants it approved first: import it as in review "
        "(or draft), then have an approver approve it (dialogos post approve).",
        "« {title} » serait {status}, et la relecture de ce planning veut qu’elle soit d’abord approuvée : "
        "importez-la en relecture (ou en brouillon), puis faites-la approuver (dialogos post approve).",
    ),
    "error.csv_cannot_approve": (
        "“{title}” cannot become {status} from a file: an approver approves it in the plan (dialogos post approve).",
        "« {title} » ne peut pas devenir {status} par un fichier : quelqu’un du rôle approbation l’approuve dans le planning "
        "(dialogos post approve).",
    ),
    "ics_import.skip_needs_approval": ("not approved", "non approuvées"),
    "ics_import.skip_cannot_approve": ("approved by the file", "approuvées par le fichier"),
    "ics_import.reason_needs_approval": (
        "this plan’s review wants the post approved before it is scheduled: import it with --status in_review, "
        "then have it approved",
        "la relecture de ce planning veut la publication approuvée avant d’être programmée : importez-la avec "
        "--status in_review, puis faites-la approuver",
    ),
    "ics_import.reason_cannot_approve": (
        "a file cannot approve a post: an approver approves it in the plan",
        "un fichier ne peut pas approuver une publication : quelqu’un du rôle approbation l’approuve dans le planning",
    ),
}

"""Messages of the review before a post goes out (roles, approval, comments, what waits for
whom), its refusals and its history, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- roles and the plan's setting ------------------------------------------------------------
    "role.editor": ("editor", "rédaction"),
    "role.approver": ("approver", "approbation"),
    "field.comment": ("the comment", "le commentaire"),
    "error.review_bad_role": (
        "Unknown role “{value}”: a member is an editor or an approver.",
        "Rôle inconnu « {value} » : un membre a le rôle editor (rédaction) ou approver (approbation).",
    ),
    "error.review_no_approver": (
        "Name an approver first: dialogos team add NAME --role approver",
        "Donnez d’abord le rôle approbation à quelqu’un : dialogos team add NOM --role approver",
    ),
    "error.review_last_approver": (
        "{name} is the plan’s last approver and review is on: name another approver first, or turn review off.",
        "{name} est la dernière personne du rôle approbation et la relecture est activée : donnez d’abord ce "
        "rôle à quelqu’un d’autre, ou désactivez la relecture.",
    ),
    "error.member_name_at": (
        "A member’s name cannot contain “@” (a comment mentions members with it): “{name}”.",
        "Le nom d’un membre ne peut pas contenir « @ » (un commentaire mentionne les membres avec) : « {name} ».",
    ),
    "error.member_name_invisible": (
        "A member’s name cannot contain invisible characters (zero-width spaces, direction marks).",
        "Le nom d’un membre ne peut pas contenir de caractères invisibles (espaces sans largeur, marques de "
        "direction).",
    ),
    "error.review_not_mentioned": (
        "Comment {id} does not mention you.",
        "Le commentaire {id} ne vous mentionne pas.",
    ),
    # -- refused (exit 3) -----------------------------------------------------------------------
    "error.review_needs_approval": (
        "Post {id} “{title}” needs approval before it is scheduled or published: send it for review, "
        "then an approver approves it.",
        "La publication {id} « {title} » doit être approuvée avant d’être programmée ou publiée : envoyez-la "
        "en relecture, puis quelqu’un du rôle approbation l’approuve.",
    ),
    "error.review_needs_approval_in_review": (
        "Post {id} “{title}” needs approval before it is scheduled or published: it is in review, waiting "
        "for an approver.",
        "La publication {id} « {title} » doit être approuvée avant d’être programmée ou publiée : elle est en "
        "relecture, en attente du rôle approbation.",
    ),
    "error.review_new_needs_approval": (
        "“{title}” needs approval before it is scheduled or published: create it as a draft, send it for "
        "review, then an approver approves it.",
        "« {title} » doit être approuvée avant d’être programmée ou publiée : créez-la en brouillon, envoyez-la "
        "en relecture, puis quelqu’un du rôle approbation l’approuve.",
    ),
    "error.review_not_approver": (
        "{name} is not an approver of this plan: only an approver approves or returns a post.",
        "{name} n’a pas le rôle approbation dans ce plan : seul ce rôle approuve une publication ou y demande "
        "des modifications.",
    ),
    "error.review_waive_not_approver": (
        "Only an approver can schedule a post without review.",
        "Seul le rôle approbation peut programmer une publication sans relecture.",
    ),
    "error.review_own_post": (
        "Post {id} is {name}’s own: this plan does not let an approver approve their own posts.",
        "La publication {id} est de {name} : dans ce plan, personne n’approuve ses propres publications.",
    ),
    # -- bad steps (exit 2) ---------------------------------------------------------------------
    "error.review_submit_idea": (
        "Post {id} is an idea: give it a date before sending it for review.",
        "La publication {id} est une idée : donnez-lui une date avant de l’envoyer en relecture.",
    ),
    "error.review_already_out": (
        "Post {id} is already {status}: there is nothing left to approve.",
        "La publication {id} est déjà {status} : il n’y a plus rien à approuver.",
    ),
    "error.review_not_in_review": (
        "Post {id} is {status}, not in review: only a post in review or approved can be returned.",
        "La publication {id} est {status}, pas en relecture : on ne demande des modifications que sur une "
        "publication en relecture ou approuvée.",
    ),
    "error.review_return_needs_comment": (
        "Say what to change: returning a post needs a comment.",
        "Dites quoi changer : une demande de modifications a besoin d’un commentaire.",
    ),
    "error.review_empty_comment": (
        "A comment cannot be empty.",
        "Un commentaire ne peut pas être vide.",
    ),
    "error.review_comment_not_found": (
        "No comment has the id {id}.",
        "Aucun commentaire n’a l’identifiant {id}.",
    ),
    "error.review_not_your_comment": (
        "Comment {id} is {author}’s: you can only take back your own comments.",
        "Le commentaire {id} est de {author} : vous ne pouvez retirer que vos propres commentaires.",
    ),
    "error.review_step_stays": (
        "Comment {id} is a step of the post’s review: it stays in the thread.",
        "Le commentaire {id} est une étape de la relecture : il reste dans le fil.",
    ),
    "error.review_already_approved": (
        "Post {id} is already approved (by {who}): there is nothing left to approve.",
        "La publication {id} est déjà approuvée (par {who}) : il n’y a plus rien à approuver.",
    ),
    "error.review_not_sent": (
        "Post {id} is a draft: it must be sent for review first.",
        "La publication {id} est un brouillon : elle doit d’abord être envoyée en relecture.",
    ),
    "error.review_not_sent_status": (
        "Post {id} is {status}: it must be sent for review first.",
        "La publication {id} est {status} : elle doit d’abord être envoyée en relecture.",
    ),
    "error.review_no_step": (
        "Post {id} is not where a review step left it: there is no step to undo.",
        "La publication {id} n’est pas là où une étape de relecture l’a laissée : aucune étape à annuler.",
    ),
    "error.review_no_such_member": (
        "No member of the team is called “{name}”.",
        "Aucun membre de l’équipe ne s’appelle « {name} ».",
    ),
    "error.review_member_author_one": (
        "{name} is the author of 1 post: {ids}. Give it another author first.",
        "{name} est l’auteur de 1 publication : {ids}. Donnez-lui d’abord un autre auteur.",
    ),
    "error.review_member_author": (
        "{name} is the author of {count} posts: {ids}. Give them another author first.",
        "{name} est l’auteur de {count} publications : {ids}. Donnez-leur d’abord un autre auteur.",
    ),
    "error.review_member_owner_one": (
        "{name} owns 1 follow-up: {ids}. Give it another owner first.",
        "{name} est responsable de 1 suivi : {ids}. Donnez-lui d’abord un autre responsable.",
    ),
    "error.review_member_owner": (
        "{name} owns {count} follow-ups: {ids}. Give them another owner first.",
        "{name} est responsable de {count} suivis : {ids}. Donnez-leur d’abord un autre responsable.",
    ),
    # -- a post's history -----------------------------------------------------------------------
    "history.review.submit": ("Sent for review by {who}", "Envoyée en relecture par {who}"),
    "history.review.submit_said": ("Sent for review by {who}: {comment}", "Envoyée en relecture par {who} : {comment}"),
    "history.review.approve": ("Approved by {who}", "Approuvée par {who}"),
    "history.review.approve_said": ("Approved by {who}: {comment}", "Approuvée par {who} : {comment}"),
    "history.review.return": ("Returned by {who}: {comment}", "Modifications demandées par {who} : {comment}"),
    "history.review.reopened": (
        "Back to review: its text changed after approval",
        "Retour en relecture : son texte a changé après l’approbation",
    ),
    "history.review.restored_in_review": (
        "Back in review: an approval is given, not restored with a version",
        "En relecture : une approbation se donne, elle ne revient pas avec une version",
    ),
    "history.review.waived": ("Scheduled without review by {who}", "Programmée sans relecture par {who}"),
    "history.review.comment": ("Comment by {who}: {comment}", "Commentaire de {who} : {comment}"),
    "history.review.removed": ("Comment taken back by {who}", "Commentaire retiré par {who}"),
    "history.review.undo_submit": ("Sending for review undone by {who}", "Envoi en relecture annulé par {who}"),
    "history.review.undo_approve": ("Approval undone by {who}", "Approbation annulée par {who}"),
    "history.review.undo_return": ("Return undone by {who}", "Renvoi annulé par {who}"),
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="30"/>
        <source>About Dialogos</source>
        <translation>À propos de Dialogos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="31"/>
        <source>Dialogos {version}</source>
        <translation>Dialogos {version}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="39"/>
        <source>An editorial planner for community managers that keeps conversation ahead of promotion, because dialogue creates expectations.</source>
        <translation>Un planificateur éditorial pour community managers, qui fait passer la conversation avant la promotion, parce que le dialogue crée des attentes.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="90"/>
        <source>{action} ({shortcut})</source>
        <comment>tooltip: action and its shortcut</comment>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="111"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="116"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="121"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="124"/>
        <source>Open a plan on a &amp;server…</source>
        <translation>Ouvrir un planning sur un &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="125"/>
        <source>&amp;Backup…</source>
        <translation>Créer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="126"/>
        <source>Automatic backups &amp;folder…</source>
        <translation>&amp;Dossier des sauvegardes automatiques…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="127"/>
        <source>&amp;Compare with another copy…</source>
        <translation>&amp;Comparer avec une autre copie…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="130"/>
        <source>&amp;Export to a calendar or spreadsheet…</source>
        <translation>&amp;Exporter vers un agenda ou un tableur…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="134"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="136"/>
        <source>Keep the &amp;live calendar file up to date</source>
        <translation>Tenir à jour le fichier d’agenda en &amp;direct</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="137"/>
        <source>Fill with a &amp;demo plan</source>
        <translation>Remplir avec un planning de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="140"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="147"/>
        <source>&amp;New post…</source>
        <translation>&amp;Nouvelle publication…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="153"/>
        <source>New &amp;idea…</source>
        <translation>Nouvelle &amp;idée…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="157"/>
        <source>&amp;Edit post…</source>
        <translation>&amp;Modifier la publication…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="161"/>
        <source>&amp;Delete post</source>
        <translation>&amp;Supprimer la publication</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="165"/>
        <source>Mark &amp;published</source>
        <translation>Marquer &amp;publiée</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="167"/>
        <source>Dup&amp;licate post</source>
        <translation>Dup&amp;liquer la publication</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="169"/>
        <source>Move &amp;to…</source>
        <translation>Déplacer &amp;vers…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="170"/>
        <source>&amp;Cancel post</source>
        <translation>Ann&amp;uler la publication</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="173"/>
        <source>Move to the &amp;previous day</source>
        <translation>Déplacer au jour &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="176"/>
        <source>Move to the next &amp;day</source>
        <translation>Déplacer au jour &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="178"/>
        <source>Move 15 minutes ea&amp;rlier</source>
        <translation>Déplacer 15 minutes plus &amp;tôt</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="179"/>
        <source>Move 15 minutes &amp;later</source>
        <translation>Déplacer 15 minutes plus t&amp;ard</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="182"/>
        <source>Post &amp;history…</source>
        <translation>&amp;Historique de la publication…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="185"/>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="188"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="192"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="195"/>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="200"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="203"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="206"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="209"/>
        <source>&amp;Insights</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="211"/>
        <source>&amp;Platforms…</source>
        <translation>&amp;Plateformes…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="212"/>
        <source>&amp;Categories…</source>
        <translation>&amp;Catégories…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="213"/>
        <source>&amp;Balance rules…</source>
        <translation>&amp;Règles d’équilibre…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="214"/>
        <source>&amp;Slots…</source>
        <translation>Cré&amp;neaux…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="217"/>
        <source>&amp;Fill the week…</source>
        <translation>&amp;Remplir la semaine…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="225"/>
        <source>&amp;About Dialogos</source>
        <translation>À &amp;propos de Dialogos</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="226"/>
        <source>&amp;Team and review…</source>
        <translation>É&amp;quipe et relecture…</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/agenda/view.py" line="140"/>
        <source>Filter by title, platform, category or author</source>
        <translation>Filtrer par titre, plateforme, catégorie ou auteur</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/view.py" line="142"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/view.py" line="158"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agenda/view.py" line="269"/>
        <source>%n post(s)</source>
        <comment>posts in the agenda</comment>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agenda/view.py" line="271"/>
        <source>{shown} of %n post(s)</source>
        <comment>posts the filter keeps</comment>
        <translation>
            <numerusform>{shown} sur %n publication</numerusform>
            <numerusform>{shown} sur %n publications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogView</name>
    <message>
        <location filename="../../ui/backlog.py" line="257"/>
        <source>+ New idea</source>
        <translation>+ Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="258"/>
        <source>Note an idea without a date; drag it onto the calendar later.</source>
        <translation>Notez une idée sans date&#x202f;; faites-la glisser sur le calendrier plus tard.</translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="263"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../ui/balance_panel.py" line="310"/>
        <location filename="../../ui/balance_panel.py" line="366"/>
        <source>No platform yet: add one in Planning ▸ Platforms…</source>
        <translation>Aucune plateforme pour l’instant&#xa0;: ajoutez-en une dans Planification ▸ Plateformes…</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="365"/>
        <source>Every platform is hidden: show one with the toolbar&apos;s platform buttons.</source>
        <translation>Toutes les plateformes sont masquées&#xa0;: affichez-en une avec les boutons de plateformes de la barre d’outils.</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="411"/>
        <source>off</source>
        <comment>balance rule mode</comment>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="412"/>
        <source>advise</source>
        <comment>balance rule mode</comment>
        <translation>conseil</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="413"/>
        <source>warn</source>
        <comment>balance rule mode</comment>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="414"/>
        <source>block</source>
        <comment>balance rule mode</comment>
        <translation>blocage</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="422"/>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="245"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="260"/>
        <source>Remove a category</source>
        <translation>Supprimer une catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="261"/>
        <source>Remove the category “{name}”?</source>
        <translation>Supprimer la catégorie «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="262"/>
        <source>A category that posts still use cannot be removed.</source>
        <translation>Une catégorie encore utilisée par des publications ne peut pas être supprimée.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="166"/>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="166"/>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="174"/>
        <source>Conversation: dialogue, value. Information: your own news. Promotion: offers, launches, sales.</source>
        <translation>Conversation&#xa0;: dialogue, contenu utile. Information&#xa0;: vos propres actualités. Promotion&#xa0;: offres, lancements, ventes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="176"/>
        <source>An &amp;offer: coupon, discount, giveaway</source>
        <translation>Une &amp;offre : coupon, réduction, cadeau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="178"/>
        <source>Offers are counted by the offer habit of the balance rules</source>
        <translation>Les offres sont comptées par l’habitude des offres des règles d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="180"/>
        <source>Add a &amp;follow-up</source>
        <translation>Ajouter un &amp;suivi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="183"/>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="191"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="192"/>
        <source>&amp;Side:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="194"/>
        <source>Follow-ups its posts get once dated:</source>
        <translation>Suivis que ses publications reçoivent une fois datées :</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Side</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="78"/>
        <source>reply window {after}</source>
        <translation>créneau de réponse {after}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="79"/>
        <source>promised post {after}</source>
        <translation>publication promise {after}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="80"/>
        <source>answer {after}</source>
        <translation>réponse {after}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="84"/>
        <source>offer</source>
        <translation>offre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="85"/>
        <source>, </source>
        <comment>between the follow-ups of a category</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="61"/>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="61"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="41"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Dates are &amp;month first (06/13/2026)</source>
        <translation>Dates avec le &amp;mois d’abord (06/13/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="67"/>
        <source>Leave out</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="69"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="70"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="71"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="72"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="73"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="74"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="75"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="76"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="77"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="78"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="79"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="80"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="81"/>
        <source>UTC offset</source>
        <translation>Décalage UTC</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="82"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="83"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="104"/>
        <source>What column {name} holds</source>
        <translation>Ce que contient la colonne {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="134"/>
        <source>Nothing in the file says whether {date} is day or month first:
it is read day first unless you tick the box above.</source>
        <translation>Rien dans le fichier ne dit si {date} a le jour ou le mois d’abord :
la date est lue le jour d’abord, sauf si vous cochez la case ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ConflictCopies</name>
    <message numerus="yes">
        <location filename="../../ui/sharing/copies_warning.py" line="104"/>
        <source>%n conflicted copy(ies)</source>
        <translation>
            <numerusform>%n copie en conflit</numerusform>
            <numerusform>%n copies en conflit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="112"/>
        <source>Conflicted copy of this plan</source>
        <translation>Copie en conflit de ce planning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sharing/copies_warning.py" line="113"/>
        <source>A sync tool kept %n other version(s) of this plan beside it.</source>
        <translation>
            <numerusform>Un outil de synchronisation a gardé %n autre version de ce planning à côté de lui.</numerusform>
            <numerusform>Un outil de synchronisation a gardé %n autres versions de ce planning à côté de lui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="115"/>
        <source>What someone saved in a copy is not in the plan. Compare the copy with the plan to bring back the posts you need (Undo takes each back). Once nothing is missing, move or delete the copy and Dialogos stops warning about it.</source>
        <translation>Ce que quelqu’un a enregistré dans une copie n’est pas dans le planning. Comparez la copie avec le planning pour ramener les publications dont vous avez besoin (Annuler défait chacune). Quand plus rien ne manque, déplacez ou supprimez la copie : Dialogos cessera de la signaler.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="120"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="121"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="212"/>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale format of a post&apos;s day</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="216"/>
        <source>{day}, {time}</source>
        <comment>a day and a time</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="242"/>
        <source>Someone else changed this post</source>
        <translation>Quelqu’un d’autre a modifié cette publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="270"/>
        <source>Their version already has your changes.</source>
        <translation>La version enregistrée contient déjà vos modifications.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="279"/>
        <source>Overwriting with yours sends it back to review: your text differs from the one {name} approved.</source>
        <translation>Écraser avec la vôtre la renvoie en relecture&#xa0;: votre texte diffère de celui que {name} a approuvé.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="287"/>
        <source>&amp;Recreate mine</source>
        <translation>&amp;Recréer ma version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="288"/>
        <source>&amp;Discard mine</source>
        <translation>&amp;Abandonner mes modifications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="290"/>
        <source>Keep &amp;theirs</source>
        <translation>Garder la version &amp;enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="291"/>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Remplacer par ma version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="292"/>
        <source>&amp;Edit again</source>
        <translation>&amp;Modifier à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="331"/>
        <source>Someone else deleted this post while you were editing it.</source>
        <translation>Quelqu’un d’autre a supprimé cette publication pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="332"/>
        <source>Someone else saved this post while you were editing it.</source>
        <translation>Quelqu’un d’autre a enregistré cette publication pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="337"/>
        <source>Recreate it from your version, or discard your changes.</source>
        <translation>Recréez-la à partir de votre version, ou abandonnez vos modifications.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="340"/>
        <source>“{title}” was changed by {who} ({when}), version {version}.</source>
        <translation>La publication «&#xa0;{title}&#xa0;» a été modifiée par {who} ({when}), version {version}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="341"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="126"/>
        <source>Compare with another copy of the plan</source>
        <translation>Comparer avec une autre copie du planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="138"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Ramener</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="171"/>
        <source>Comparing with {file}…</source>
        <translation>Comparaison avec {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="188"/>
        <source>The plan and {file} hold the same posts.</source>
        <translation>Le planning et {file} contiennent les mêmes publications.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="189"/>
        <source>{file}: {only_copy} only in the copy, {only_plan} only in the plan, {changed} changed.</source>
        <translation>{file} : {only_copy} seulement dans la copie, {only_plan} seulement dans le planning, {changed} modifiées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="220"/>
        <source>Deleted in the copy: to delete it from the plan too, delete it in the plan.</source>
        <translation>Supprimée dans la copie : pour la supprimer aussi du planning, supprimez-la dans le planning.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="221"/>
        <source>Only the plan has this post: there is nothing to bring back from the copy.</source>
        <translation>Seul le planning a cette publication : il n’y a rien à ramener de la copie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="224"/>
        <source>Someone deleted this post from the plan. Bringing it back creates it again as the copy has it: Undo takes it back.</source>
        <translation>Quelqu’un a supprimé cette publication du planning. La ramener la recrée telle que la copie l’a : Annuler la retire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="228"/>
        <source>Bringing it back creates it in the plan as the copy has it: Undo takes it back.</source>
        <translation>La ramener la crée dans le planning telle que la copie l’a : Annuler la retire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="229"/>
        <source>Bringing it back saves the post as the copy has it, as a new version: Undo takes it back.</source>
        <translation>La ramener enregistre la publication telle que la copie l’a, comme nouvelle version : Annuler revient en arrière.</translation>
    </message>
</context>
<context>
    <name>CopyFieldsModel</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>In the plan</source>
        <translation>Dans le planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>In the copy</source>
        <translation>Dans la copie</translation>
    </message>
</context>
<context>
    <name>CrossPostQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/operations.py" line="106"/>
        <source>Apply the title and text to the %n other post(s) of this cross-post?</source>
        <translation>
            <numerusform>Appliquer le titre et le texte à l’autre publication de cette publication croisée ?</numerusform>
            <numerusform>Appliquer le titre et le texte aux %n autres publications de cette publication croisée ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultsTable</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <source>After the post</source>
        <translation>Après la publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <location filename="../../ui/dialogs/categories.py" line="109"/>
        <source>Reply window</source>
        <translation>Créneau de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="99"/>
        <source>Default follow-ups</source>
        <translation>Suivis par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="110"/>
        <source>Promised post</source>
        <translation>Publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="111"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="122"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="144"/>
        <source>Theirs</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="145"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="145"/>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="158"/>
        <source>{start}…</source>
        <comment>a long text cut short</comment>
        <translation>{start}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="169"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="170"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="171"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="172"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="173"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="174"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="175"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="176"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="177"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="178"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="179"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="180"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="186"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/conflict.py" line="194"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="199"/>
        <source>Approved by {name}</source>
        <translation>Approuvée par {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="201"/>
        <source>{status}, approved by {name}</source>
        <translation>{status}, approuvée par {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="205"/>
        <source>Changes requested by {name}</source>
        <translation>Modifications demandées par {name}</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="67"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="68"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="69"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="70"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="71"/>
        <source>In the plan</source>
        <translation>Dans le planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="72"/>
        <source>In the copy</source>
        <translation>Dans la copie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="80"/>
        <source>Idea (no date)</source>
        <translation>Idée (sans date)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="91"/>
        <source>Only in the plan</source>
        <translation>Seulement dans le planning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="92"/>
        <source>Only in the copy</source>
        <translation>Seulement dans la copie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="93"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="99"/>
        <source>v{version} · {who} · {when}</source>
        <comment>a post&apos;s version, who saved it, when</comment>
        <translation>v{version} · {who} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="103"/>
        <source>Deleted by {who}, {when}</source>
        <translation>Supprimée par {who}, {when}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="106"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;Calendar file (.ics) for Google Calendar, Outlook, Apple, Thunderbird</source>
        <translation>Fichier d’&amp;agenda (.ics) pour Google Agenda, Outlook, Apple, Thunderbird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>&amp;Spreadsheet (.csv)</source>
        <translation>&amp;Tableur (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="120"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;All dates</source>
        <translation>&amp;Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="146"/>
        <source>Ideas have no date: they go to a spreadsheet with “All dates”.</source>
        <translation>Les idées n’ont pas de date : elles vont dans un tableur avec « Toutes les dates ».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>One file per &amp;platform</source>
        <translation>Un fichier par &amp;plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="150"/>
        <source>&amp;Reminder before each post:</source>
        <translation>&amp;Rappel avant chaque publication :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="154"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="157"/>
        <source>Include &amp;follow-ups</source>
        <translation>Inclure les &amp;suivis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="158"/>
        <source>&amp;Keep this file up to date after every change (for a subscribed calendar)</source>
        <translation>&amp;Tenir ce fichier à jour après chaque changement (pour un agenda abonné)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>For a French-language spreadsheet (semicolons, accents kept in Excel)</source>
        <translation>Pour un tableur en français (points-virgules, accents conservés dans Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="165"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="180"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="185"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="187"/>
        <source>Platforms:</source>
        <translation>Plateformes :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <source>From, to:</source>
        <translation>Du, au :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="193"/>
        <source>Statuses:</source>
        <translation>Statuts :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="195"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="230"/>
        <source>Each follow-up as a to-do, and each reply window as busy time. Google Calendar ignores to-dos: it shows the reply windows only.</source>
        <translation>Chaque suivi en tâche, et chaque créneau de réponse en temps occupé. Google Agenda ignore les tâches : il ne montre que les créneaux de réponse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="234"/>
        <source>A second file beside this one, ending in “-followups.csv”, one row per follow-up.</source>
        <translation>Un second fichier à côté de celui-ci, finissant par « -followups.csv », une ligne par suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Tableurs (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="249"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="286"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="289"/>
        <source>Choose at least one platform.</source>
        <translation>Choisissez au moins une plateforme.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="292"/>
        <source>Choose at least one status.</source>
        <translation>Choisissez au moins un statut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="303"/>
        <source>Exporting to {file}…</source>
        <translation>Export vers {file}…</translation>
    </message>
</context>
<context>
    <name>FileChanges</name>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="55"/>
        <source>The plan’s file is gone</source>
        <translation>Le fichier du planning a disparu</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="58"/>
        <source>This window still shows the whole plan: save it again where it was, or restore a backup.</source>
        <translation>Cette fenêtre affiche encore tout le planning : enregistrez-le de nouveau là où il était, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="63"/>
        <source>&amp;Save the plan again</source>
        <translation>&amp;Enregistrer de nouveau le planning</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="67"/>
        <source>&amp;Restore the backup of {saved}</source>
        <translation>&amp;Restaurer la sauvegarde du {saved}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="72"/>
        <source>&amp;Leave it</source>
        <translation>&amp;Laisser ainsi</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="119"/>
        <source>A journal was set aside</source>
        <translation>Un journal a été mis de côté</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="164"/>
        <source>Looking for a sound backup…</source>
        <translation>Recherche d’une sauvegarde saine…</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="182"/>
        <source>The plan was restored from the backup of {saved}.</source>
        <translation>Le planning a été restauré à partir de la sauvegarde du {saved}.</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="67"/>
        <source>Fill the week</source>
        <translation>Remplir la semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="70"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of the range&apos;s first and last days</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="72"/>
        <source>From {first} to {last}, with ideas from the backlog. Nothing is saved until you apply.</source>
        <translation>Du {first} au {last}, avec les idées en réserve. Rien n’est enregistré avant d’appliquer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="83"/>
        <source>Not filled</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="96"/>
        <source>Edit &amp;slots…</source>
        <translation>Modifier les &amp;créneaux…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="106"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="133"/>
        <source>Untick an idea to leave it out: the rest is proposed again without it.</source>
        <translation>Décochez une idée pour la laisser de côté : le reste est proposé de nouveau sans elle.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Side</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="187"/>
        <source>left out</source>
        <translation>laissée de côté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="217"/>
        <source>No platform is shown: show one in the toolbar to fill its slots.</source>
        <translation>Aucune plateforme n’est affichée : affichez-en une dans la barre d’outils pour remplir ses créneaux.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="221"/>
        <source>The empty slots of this range are past: only slots still to come are filled.</source>
        <translation>Les créneaux libres de cette période sont passés : seuls les créneaux à venir sont remplis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="223"/>
        <source>Every slot of this range already holds a post: there is nothing to fill.</source>
        <translation>Chaque créneau de cette période a déjà sa publication : il n’y a rien à remplir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="226"/>
        <source>Nothing is placed: every idea proposed is left out.</source>
        <translation>Rien n’est placé : toutes les idées proposées sont laissées de côté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="228"/>
        <source>No idea of the backlog fits the %n empty slot(s) of this range.</source>
        <translation>
            <numerusform>Aucune idée en réserve ne convient au créneau libre de cette période.</numerusform>
            <numerusform>Aucune idée en réserve ne convient aux %n créneaux libres de cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="229"/>
        <source>%n idea(s) go into the empty slots:</source>
        <translation>
            <numerusform>%n idée va dans les créneaux libres :</numerusform>
            <numerusform>%n idées vont dans les créneaux libres :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="234"/>
        <source>This range has no slots. Filling places ideas in the platforms&apos; weekly slots: add some first.</source>
        <translation>Cette période n’a aucun créneau. Le remplissage place les idées dans les créneaux hebdomadaires des plateformes : ajoutez-en d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="237"/>
        <source>This range has no slots. Filling places ideas in the platforms&apos; weekly slots: add some first (Planning ▸ Slots… or dialogos slot add).</source>
        <translation>Cette période n’a aucun créneau. Le remplissage place les idées dans les créneaux hebdomadaires des plateformes : ajoutez-en d’abord (Planification ▸ Créneaux… ou dialogos slot add).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="252"/>
        <source>Nothing was placed: {error} The proposal below is for the plan as it is now.</source>
        <translation>Rien n’a été placé : {error} La proposition ci-dessous tient compte du planning tel qu’il est maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="257"/>
        <source>%n idea(s) placed; Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>%n idée placée ; Édition ▸ Annuler la retire.</numerusform>
            <numerusform>%n idées placées ; Édition ▸ Annuler les retire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupForm</name>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="55"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="58"/>
        <source>Reply window: read and answer the replies</source>
        <translation>Créneau de réponse : lire les réponses et y répondre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="59"/>
        <source>Promised post: results, a winner, a selection</source>
        <translation>Publication promise : résultats, gagnant, sélection</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="60"/>
        <source>Answer owed to someone</source>
        <translation>Réponse due à quelqu’un</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="63"/>
        <source>A&amp;fter the post</source>
        <translation>A&amp;près la publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="64"/>
        <source>Counted from the post&apos;s start; it moves with the post</source>
        <translation>Compté depuis le début de la publication ; il suit ses déplacements</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="65"/>
        <source>A&amp;t</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="66"/>
        <source>A fixed day and time, in the post&apos;s zone; it stays when the post moves</source>
        <translation>Un jour et une heure fixes, dans le fuseau de la publication ; ils restent quand elle est déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="94"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="96"/>
        <source>What was promised, or to whom an answer is owed (@handle)</source>
        <translation>Ce qui a été promis, ou à qui une réponse est due (@pseudo)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="131"/>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="133"/>
        <source>&amp;Reply window:</source>
        <translation>C&amp;réneau de réponse :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="134"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="135"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
</context>
<context>
    <name>FollowupsDock</name>
    <message>
        <location filename="../../ui/followups/dock.py" line="55"/>
        <source>{day} {time} — {title}</source>
        <translation>{day} {time} — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="62"/>
        <source>Keep a promised post</source>
        <translation>Tenir une publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="63"/>
        <source>Which post on {platform} keeps the promise of “{title}”? It is kept once that post is published.</source>
        <translation>Quelle publication sur {platform} tient la promesse de « {title} » ? Elle est tenue dès que cette publication est publiée.</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="80"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="86"/>
        <source>Follow-ups past their due time and not kept: the community is waiting</source>
        <translation>Suivis dont l’échéance est passée sans qu’ils soient tenus : la communauté attend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/dock.py" line="149"/>
        <source>%n follow-up(s) late</source>
        <translation>
            <numerusform>%n suivi en retard</numerusform>
            <numerusform>%n suivis en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="162"/>
        <source>No post on {platform} to keep the promise of “{title}” yet: plan it, then keep the follow-up with it.</source>
        <translation>Aucune publication sur {platform} ne tient encore la promesse de « {title} » : prévoyez-la, puis tenez le suivi avec elle.</translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../ui/followups/panel.py" line="62"/>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="63"/>
        <location filename="../../ui/followups/panel.py" line="254"/>
        <source>Keep</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="64"/>
        <source>Mark the selected follow-up kept</source>
        <translation>Marquer le suivi choisi comme tenu</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="66"/>
        <location filename="../../ui/followups/panel.py" line="257"/>
        <source>Drop…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="67"/>
        <source>Drop the selected follow-up, saying why</source>
        <translation>Abandonner le suivi choisi, en disant pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="69"/>
        <location filename="../../ui/followups/panel.py" line="266"/>
        <source>Show post</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="70"/>
        <source>Show the post that made this promise in the week</source>
        <translation>Montrer dans la semaine la publication qui a fait cette promesse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="162"/>
        <source>Late (%n)</source>
        <translation>
            <numerusform>En retard (%n)</numerusform>
            <numerusform>En retard (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="164"/>
        <source>Kept (%n)</source>
        <translation>
            <numerusform>Tenu (%n)</numerusform>
            <numerusform>Tenus (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="165"/>
        <source>Due (%n)</source>
        <translation>
            <numerusform>À tenir (%n)</numerusform>
            <numerusform>À tenir (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="169"/>
        <source>{when} · {kind}
{title}</source>
        <translation>{when} · {kind}
{title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="187"/>
        <source>Reply window, %n min</source>
        <translation>
            <numerusform>Créneau de réponse, %n min</numerusform>
            <numerusform>Créneau de réponse, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="188"/>
        <source>Reply window, %n h</source>
        <translation>
            <numerusform>Créneau de réponse, %n h</numerusform>
            <numerusform>Créneau de réponse, %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="190"/>
        <source>Promised post</source>
        <translation>Publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="191"/>
        <source>Answer to {whom}</source>
        <translation>Réponse à {whom}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="191"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="195"/>
        <source>Late since {when}</source>
        <translation>En retard depuis {when}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="197"/>
        <source>Kept {when}</source>
        <translation>Tenu {when}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="199"/>
        <source>Due {when}</source>
        <translation>Dû {when}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="201"/>
        <source>{kind} on {platform}, for “{title}”</source>
        <translation>{kind} sur {platform}, pour « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="207"/>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="211"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="261"/>
        <source>Plan the promised post…</source>
        <translation>Planifier la publication promise…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="262"/>
        <source>A draft on the same platform at the due time, linked to this promise</source>
        <translation>Un brouillon sur la même plateforme à l’échéance, lié à cette promesse</translation>
    </message>
</context>
<context>
    <name>FollowupsSection</name>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="75"/>
        <source>Follow-ups of the post</source>
        <translation>Suivis de la publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="82"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="82"/>
        <source>Add a follow-up by hand</source>
        <translation>Ajouter un suivi à la main</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="84"/>
        <source>Add the category&apos;s de&amp;faults</source>
        <translation>Ajouter les suivis par dé&amp;faut de la catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="85"/>
        <source>Add the follow-ups the category gives its posts that this post does not have yet</source>
        <translation>Ajouter les suivis que la catégorie donne à ses publications et que celle-ci n’a pas encore</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="88"/>
        <source>&amp;Keep</source>
        <translation>&amp;Tenir</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="88"/>
        <source>Mark the selected follow-up kept</source>
        <translation>Marquer le suivi choisi comme tenu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="90"/>
        <source>&amp;Drop…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="90"/>
        <source>Drop the selected follow-up, saying why</source>
        <translation>Abandonner le suivi choisi, en disant pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="93"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="93"/>
        <source>Remove the selected follow-up, added by mistake</source>
        <translation>Retirer le suivi choisi, ajouté par erreur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="175"/>
        <source>{offset} after the post</source>
        <translation>{offset} après la publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="176"/>
        <source>when saved with a date</source>
        <translation>une fois enregistrée avec une date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="205"/>
        <location filename="../../ui/editor/followups_section.py" line="211"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Suivis (%n)</numerusform>
            <numerusform>Suivis (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="207"/>
        <source>The category gives a new post these once it is saved with a date.</source>
        <translation>La catégorie donne ces suivis à une nouvelle publication une fois enregistrée avec une date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="212"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="219"/>
        <source>Reply window, %n min</source>
        <translation>
            <numerusform>Créneau de réponse, %n min</numerusform>
            <numerusform>Créneau de réponse, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="220"/>
        <source>Reply window, %n h</source>
        <translation>
            <numerusform>Créneau de réponse, %n h</numerusform>
            <numerusform>Créneau de réponse, %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="222"/>
        <source>Promised post: {note}</source>
        <translation>Publication promise : {note}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="222"/>
        <source>Promised post</source>
        <translation>Publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="223"/>
        <source>Answer to {whom}</source>
        <translation>Réponse à {whom}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="223"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="232"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="232"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="233"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="233"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="237"/>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="239"/>
        <source>kept</source>
        <translation>tenu</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="241"/>
        <source>dropped: {reason}</source>
        <translation>abandonné : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="243"/>
        <source>open, kept once post {post} is published</source>
        <translation>ouvert, tenu une fois la publication {post} publiée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="244"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>ForMe</name>
    <message>
        <location filename="../../ui/for_me/dock.py" line="61"/>
        <source>For me</source>
        <translation>Pour moi</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="71"/>
        <source>Show or hide what waits for you ({shortcut})</source>
        <translation>Afficher ou masquer ce qui vous attend ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="75"/>
        <source>&amp;Only what waits for me</source>
        <translation>&amp;Seulement ce qui m’attend</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="78"/>
        <source>Hide, in the calendar and the agenda, the posts that do not wait for you</source>
        <translation>Masquer, dans le calendrier et l’agenda, les publications qui ne vous attendent pas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="156"/>
        <source>%n for you</source>
        <translation>
            <numerusform>%n pour vous</numerusform>
            <numerusform>%n pour vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="158"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n à relire</numerusform>
            <numerusform>%n à relire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="159"/>
        <source>%n returned to you</source>
        <translation>
            <numerusform>%n avec modifications demandées</numerusform>
            <numerusform>%n avec modifications demandées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="160"/>
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="163"/>
        <source>Click to see them in the For me panel</source>
        <translation>Cliquer pour les voir dans le panneau Pour moi</translation>
    </message>
</context>
<context>
    <name>ForMePanel</name>
    <message>
        <location filename="../../ui/for_me/panel.py" line="66"/>
        <source>What waits for you</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="69"/>
        <location filename="../../ui/for_me/panel.py" line="99"/>
        <source>Nothing waits for you</source>
        <translation>Rien ne vous attend</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="77"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="78"/>
        <source>Open the selected post in the editor</source>
        <translation>Ouvrir la publication choisie dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="80"/>
        <source>Mark as seen</source>
        <translation>Marquer comme vue</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="81"/>
        <source>The selected mention no longer waits for you</source>
        <translation>La mention choisie ne vous attend plus</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="101"/>
        <source>Nothing waits for “{name}”: no member of the team has that name (Edit ▸ Your name…)</source>
        <translation>Rien n’attend « {name} » : aucun membre de l’équipe n’a ce nom (Édition ▸ Votre nom…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/panel.py" line="198"/>
        <source>To review (%n)</source>
        <translation>
            <numerusform>À relire (%n)</numerusform>
            <numerusform>À relire (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/panel.py" line="200"/>
        <source>Returned to you (%n)</source>
        <translation>
            <numerusform>Modifications demandées (%n)</numerusform>
            <numerusform>Modifications demandées (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/panel.py" line="201"/>
        <source>Mentions (%n)</source>
        <translation>
            <numerusform>Mentions (%n)</numerusform>
            <numerusform>Mentions (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="208"/>
        <source>{when} · {title}
{author}: {comment}</source>
        <translation>{when} · {title}
{author} : {comment}</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="212"/>
        <source>{when} · {title}</source>
        <translation>{when} · {title}</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="222"/>
        <source>“{title}” on {platform}, {when}</source>
        <translation>« {title} » sur {platform}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="224"/>
        <source>In review: yours to approve or return</source>
        <translation>En relecture : à vous de l’approuver ou d’y demander des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="226"/>
        <source>Returned to you by {who}</source>
        <translation>Modifications demandées par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="228"/>
        <source>{who} mentioned you</source>
        <translation>{who} vous a mentionné</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="235"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="240"/>
        <source>{day} {time}</source>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Post history</source>
        <translation>Historique de la publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="196"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Rétablir cette version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="240"/>
        <source>History of “{title}”</source>
        <translation>Historique de « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="243"/>
        <source>History of “{title}”, deleted</source>
        <translation>Historique de « {title} », supprimée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>History of post {id}</source>
        <translation>Historique de la publication {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="255"/>
        <source>No change of this post is in the history.</source>
        <translation>Aucun changement de cette publication ne figure dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="257"/>
        <source>A change of one of the post&apos;s follow-ups: it makes no version of the post.</source>
        <translation>Un changement de l’un des suivis de la publication : il n’en fait pas une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="259"/>
        <source>The post was deleted here.</source>
        <translation>La publication a été supprimée ici.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="261"/>
        <source>The post was deleted: its versions can no longer be restored.</source>
        <translation>La publication a été supprimée : ses versions ne peuvent plus être rétablies.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="263"/>
        <source>This is the post as it is now.</source>
        <translation>C’est la publication telle qu’elle est maintenant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/history.py" line="266"/>
        <source>This version was created with %n posts at once, whose fields were not kept one by one: it cannot be restored.</source>
        <translation>
            <numerusform>Cette version a été créée avec %n publication à la fois, dont les champs n’ont pas été conservés un par un : elle ne peut pas être rétablie.</numerusform>
            <numerusform>Cette version a été créée avec %n publications à la fois, dont les champs n’ont pas été conservés un par un : elle ne peut pas être rétablie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="272"/>
        <source>An older Dialogos saved this version without keeping it whole: it cannot be restored.</source>
        <translation>Une version antérieure de Dialogos a enregistré cette version sans la conserver en entier : elle ne peut pas être rétablie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="274"/>
        <source>The post is already as in this version.</source>
        <translation>La publication est déjà telle que dans cette version.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="276"/>
        <source>Restoring saves the post as it was in version {version}, as a new version: Undo takes it back.</source>
        <translation>Rétablir enregistre la publication telle qu’elle était en version {version}, comme une nouvelle version : Annuler revient en arrière.</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <location filename="../../ui/backlog.py" line="91"/>
        <source>{title}
{details}</source>
        <translation>{title}
{details}</translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="97"/>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="98"/>
        <source>{platform} · {category}</source>
        <translation>{platform} · {category}</translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <location filename="../../ui/backlog.py" line="242"/>
        <source>No ideas yet. Jot one down with “New idea”, then drag it onto the calendar.</source>
        <translation>Aucune idée pour l’instant. Notez-en une avec «&#xa0;Nouvelle idée&#xa0;», puis faites-la glisser sur le calendrier.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="124"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="276"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>A calendar (.ics) or a spreadsheet (.csv)</source>
        <translation>Un agenda (.ics) ou un tableur (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="135"/>
        <source>As a &amp;context calendar, shown behind the posts (holidays, events)</source>
        <translation>Comme calendrier de &amp;contexte, affiché derrière les publications (jours fériés, événements)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="136"/>
        <source>As &amp;posts</source>
        <translation>Comme &amp;publications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144"/>
        <source>As the file says (a Dialogos export)</source>
        <translation>Comme l’indique le fichier (un export Dialogos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="148"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Only events &amp;between</source>
        <translation>Seulement les événements &amp;entre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="166"/>
        <source>&amp;Skip invalid rows and import the others</source>
        <translation>&amp;Ignorer les lignes invalides et importer les autres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="170"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="179"/>
        <source>Import details</source>
        <translation>Détails de l’import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="185"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="194"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="198"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="200"/>
        <source>P&amp;latform:</source>
        <translation>P&amp;lateforme :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="201"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="204"/>
        <source>Platform of &amp;all its posts:</source>
        <translation>Plateforme de &amp;toutes ses publications :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="271"/>
        <source>Calendars and spreadsheets (*.ics *.csv)</source>
        <translation>Agendas et tableurs (*.ics *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="272"/>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="273"/>
        <source>Spreadsheets (*.csv)</source>
        <translation>Tableurs (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="306"/>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="330"/>
        <source>Importing {file}…</source>
        <translation>Import de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="333"/>
        <source>Saving the posts and checking the balance…</source>
        <translation>Enregistrement des publications et vérification de l’équilibre…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="335"/>
        <source>Saving the events…</source>
        <translation>Enregistrement des événements…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="357"/>
        <source>The context calendar “{name}” now has %n event(s).</source>
        <translation>
            <numerusform>Le calendrier de contexte « {name} » compte maintenant %n événement.</numerusform>
            <numerusform>Le calendrier de contexte « {name} » compte maintenant %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="360"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Importé : {created} nouvelles, {updated} modifiées, {unchanged} inchangées, {skipped} ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="365"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; rows without uid found in the plan by platform, title and time: {matched}.</source>
        <translation>Importé : {created} nouvelles, {updated} modifiées, {unchanged} inchangées, {skipped} ignorées ; lignes sans uid retrouvées dans le plan par plateforme, titre et heure : {matched}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="379"/>
        <source>line {line}: “{summary}”: {why}</source>
        <translation>ligne {line} : « {summary} » : {why}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="383"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="393"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="396"/>
        <source>Note: {message}</source>
        <translation>Note : {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="390"/>
        <source>If they are month first, delete the posts this import created, then import the file again with “Dates are month first” ticked.</source>
        <translation>Si elles ont le mois d’abord, supprimez les publications créées par cet import, puis importez de nouveau le fichier avec « Dates avec le mois d’abord » coché.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="399"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="400"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights.py" line="295"/>
        <source>Weekly sides per platform</source>
        <translation>Registres par semaine et par plateforme</translation>
    </message>
</context>
<context>
    <name>KeptOnTime</name>
    <message>
        <location filename="../../ui/kept.py" line="21"/>
        <source>Kept on time: none to judge yet</source>
        <translation>Tenus à temps : aucun à juger pour l’instant</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="22"/>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation>{number}&#x202f;%</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="25"/>
        <source>Kept on time: {share} ({kept} of {judged})</source>
        <translation>Tenus à temps : {share} ({kept} sur {judged})</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="35"/>
        <source>Follow-ups due in this range: {count}</source>
        <translation>Suivis dus sur cette période : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="38"/>
        <source>Kept on time: {count}</source>
        <translation>Tenus à temps : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="41"/>
        <source>Kept late: {count}</source>
        <translation>Tenus en retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="42"/>
        <source>Late: {count}</source>
        <translation>En retard : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="43"/>
        <source>Open, not due yet: {count}</source>
        <translation>Ouverts, pas encore dus : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="44"/>
        <source>Dropped: {count}</source>
        <translation>Abandonnés : {count}</translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="45"/>
        <source>The share counts those kept on time among the kept and the late ones.</source>
        <translation>La part compte ceux tenus à temps parmi les tenus et ceux en retard.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>no side</source>
        <translation>sans registre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>{count} d</source>
        <comment>days after a post</comment>
        <translation>{count} j</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>{count} h</source>
        <comment>hours after a post</comment>
        <translation>{count} h</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>{count} min</source>
        <comment>minutes after a post</comment>
        <translation>{count} min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>In any {window} posts in a row: promotions at most {promotion}, conversation at least {conversation}</source>
        <translation>Sur toute série de {window} publications consécutives&#xa0;: au plus {promotion} en promotion, au moins {conversation} en conversation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="509"/>
        <source>Dialogos — {file}</source>
        <translation>Dialogos — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="39"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="53"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>&amp;Move post</source>
        <translation>&amp;Déplacer la publication</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="77"/>
        <source>P&amp;latforms shown</source>
        <translation>Plate&amp;formes affichées</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="84"/>
        <source>&amp;Context calendars</source>
        <translation>Calendriers de &amp;contexte</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="90"/>
        <source>&amp;Planning</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="228"/>
        <source>Exported to {files}</source>
        <translation>Exporté vers {files}</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="238"/>
        <source>The live calendar file is no longer updated.</source>
        <translation>Le fichier d’agenda en direct n’est plus mis à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="269"/>
        <source>None yet: File ▸ Import… a calendar</source>
        <translation>Aucun pour l’instant : Fichier ▸ Importer… un agenda</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="278"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="294"/>
        <source>Remove the context calendar “{name}” and its events?</source>
        <translation>Retirer le calendrier de contexte « {name} » et ses événements ?</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="297"/>
        <source>Remove a context calendar</source>
        <translation>Retirer un calendrier de contexte</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="314"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="335"/>
        <source>Compare with another copy of the plan</source>
        <translation>Comparer avec une autre copie du planning</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="337"/>
        <source>Dialogos plans (*.sqlite);;All files (*)</source>
        <translation>Plannings Dialogos (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="111"/>
        <source>There is no plan at {place} yet. Create one there?</source>
        <translation>Il n’y a pas encore de planning à {place}. En créer un ?</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="311"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="326"/>
        <source>Backup written to {path}</source>
        <translation>Sauvegarde enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="52"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="54"/>
        <location filename="../../ui/window/windows.py" line="61"/>
        <source>Dialogos plans (*.sqlite)</source>
        <translation>Plannings Dialogos (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="59"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="69"/>
        <source>Open a plan on a server</source>
        <translation>Ouvrir un planning sur un serveur</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="74"/>
        <source>The plan&apos;s PostgreSQL address (postgresql://user@host:5432/database):</source>
        <translation>L’adresse PostgreSQL du planning (postgresql://utilisateur@hôte:5432/base) :</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="84"/>
        <source>“{address}” is not a PostgreSQL address: write it as postgresql://user@host:5432/database.</source>
        <translation>« {address} » n’est pas une adresse PostgreSQL : écrivez-la sous la forme postgresql://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="109"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="473"/>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="666"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n publication cette semaine</numerusform>
            <numerusform>%n publications cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="400"/>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="507"/>
        <source>Dialogos — {file} (read-only)</source>
        <translation>Dialogos — {file} (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="411"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="449"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="460"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="479"/>
        <source>Their time has passed and they are still ready or scheduled: was each published?</source>
        <translation>Leur heure est passée et elles sont encore prêtes ou programmées&#xa0;: chacune a-t-elle été publiée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="500"/>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="555"/>
        <source>This plan is read-only here: you can look at it, not change it.</source>
        <translation>Ce planning est en lecture seule ici : vous pouvez le consulter, pas le modifier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="660"/>
        <source>%n post(s) shown: only what waits for you</source>
        <translation>
            <numerusform>%n publication affichée : seulement ce qui vous attend</numerusform>
            <numerusform>%n publications affichées : seulement ce qui vous attend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="670"/>
        <location filename="../../ui/window/main_window.py" line="672"/>
        <source>%n post(s) shown</source>
        <translation>
            <numerusform>%n publication affichée</numerusform>
            <numerusform>%n publications affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="675"/>
        <source>%n post(s) to confirm</source>
        <translation>
            <numerusform>%n publication à confirmer</numerusform>
            <numerusform>%n publications à confirmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="756"/>
        <source>%n balance warning(s) this week on {platforms}</source>
        <translation>
            <numerusform>%n alerte d’équilibre cette semaine sur {platforms}</numerusform>
            <numerusform>%n alertes d’équilibre cette semaine sur {platforms}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="758"/>
        <source>%n balance warning(s) in this range on {platforms}</source>
        <translation>
            <numerusform>%n alerte d’équilibre sur cette période, sur {platforms}</numerusform>
            <numerusform>%n alertes d’équilibre sur cette période, sur {platforms}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="923"/>
        <source>Only a ready or scheduled post whose time has passed can be marked published.</source>
        <translation>Seule une publication prête ou programmée dont l’heure est passée peut être marquée publiée.</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="28"/>
        <source>MMMM yyyy</source>
        <comment>QLocale format of a month&apos;s title</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="31"/>
        <source>d MMM yyyy</source>
        <comment>QLocale format of the last day of a week</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="51"/>
        <source>Last {count} weeks · {dates}</source>
        <translation>{count} dernières semaines · {dates}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="775"/>
        <source>Show or hide the posts of {platform}</source>
        <translation>Afficher ou masquer les publications de {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="258"/>
        <source>Restore a version</source>
        <translation>Rétablir une version</translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="259"/>
        <source>Restoring replaces what you changed in the editor. Restore anyway?</source>
        <translation>Rétablir remplace ce que vous avez modifié dans l’éditeur. Rétablir quand même ?</translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="279"/>
        <source>Writing the demo plan…</source>
        <translation>Écriture du planning de démonstration…</translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="283"/>
        <source>Demo plan</source>
        <translation>Planning de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1020"/>
        <source>Updated with changes by {who}</source>
        <translation>Mis à jour avec les modifications de {who}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1026"/>
        <source>Live calendar updated: {files}</source>
        <translation>Agenda en direct mis à jour : {files}</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1035"/>
        <source>Checked {time}</source>
        <translation>Vérifié à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="33"/>
        <source>d</source>
        <comment>QLocale format of a week&apos;s first day, same month as its last</comment>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="36"/>
        <source>{first}–{last}</source>
        <comment>days of a week within one month</comment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="40"/>
        <source>d MMM</source>
        <comment>QLocale format of a week&apos;s first day, same year as its last</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="46"/>
        <source>{first} – {last}</source>
        <comment>days of a week across two months</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="54"/>
        <source>Week {week} · {dates}</source>
        <translation>Semaine {week} · {dates}</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../ui/marks.py" line="62"/>
        <source>Was it published? Its time has passed and it is still ready.</source>
        <translation>A-t-elle été publiée&#xa0;? Son heure est passée et elle est encore prête.</translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="63"/>
        <source>Was it published? Its time has passed and it is still scheduled.</source>
        <translation>A-t-elle été publiée&#xa0;? Son heure est passée et elle est encore programmée.</translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="106"/>
        <source>In review: waiting for an approver.</source>
        <translation>En relecture&#xa0;: attend une approbation.</translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="108"/>
        <source>Approved by {name}.</source>
        <translation>Approuvée par {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="110"/>
        <source>Returned by {name}: see the comments.</source>
        <translation>Modifications demandées par {name}&#xa0;: voir les commentaires.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/month/view.py" line="67"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="276"/>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="278"/>
        <source>{time} · {platform} · {title}</source>
        <comment>a post in a day&apos;s tooltip</comment>
        <translation>{time} · {platform} · {title}</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="285"/>
        <source>Conversation {conversation}, information {information}, promotion {promotion}</source>
        <translation>Conversation {conversation}, information {information}, promotion {promotion}</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="290"/>
        <source>{percent} % promotion</source>
        <translation>{percent}&#x202f;% de promotion</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="291"/>
        <source>{mix} ({percent})</source>
        <translation>{mix} ({percent})</translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="292"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="105"/>
        <source>d MMM</source>
        <comment>QLocale format of a month&apos;s first day</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="138"/>
        <source>+{count} more</source>
        <comment>posts that do not fit in a day of the month</comment>
        <translation>+{count} autres</translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="182"/>
        <source>{name} +{count}</source>
        <comment>a day&apos;s first context event and how many more</comment>
        <translation>{name} +{count}</translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="221"/>
        <source>{time} {title}</source>
        <comment>a post&apos;s chip in the month</comment>
        <translation>{time} {title}</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="21"/>
        <source>Move “{title}”</source>
        <translation>le déplacement de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="32"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="33"/>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="34"/>
        <source>Zone</source>
        <translation>Fuseau</translation>
    </message>
</context>
<context>
    <name>PlanPlace</name>
    <message>
        <location filename="../../ui/plan_place.py" line="25"/>
        <source>{database} on {host}</source>
        <translation>{database} sur {host}</translation>
    </message>
</context>
<context>
    <name>PlatformChecks</name>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="28"/>
        <source>Also make this post on {platform}, as a cross-post</source>
        <translation>Faire aussi cette publication sur {platform}, en publication croisée</translation>
    </message>
</context>
<context>
    <name>PlatformForm</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="129"/>
        <source>Edit platform</source>
        <translation>Modifier la plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="129"/>
        <source>Add a platform</source>
        <translation>Ajouter une plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="135"/>
        <source>{kind} (no text limit)</source>
        <translation>{kind} (sans limite de texte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="137"/>
        <source>{kind} ({limit})</source>
        <comment>a platform kind and its default text limit</comment>
        <translation>{kind} ({limit})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="142"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="145"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="147"/>
        <source> characters</source>
        <comment>suffix of the text limit</comment>
        <translation> caractères</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="148"/>
        <source>Active: offered in filters and in the post editor</source>
        <translation>Active&#xa0;: proposée dans les filtres et dans l’éditeur de publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="156"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="158"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="159"/>
        <source>&amp;Text limit:</source>
        <translation>&amp;Limite de texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="232"/>
        <source>Colour of the platform</source>
        <translation>Couleur de la plateforme</translation>
    </message>
</context>
<context>
    <name>PlatformSection</name>
    <message>
        <location filename="../../ui/balance_panel.py" line="184"/>
        <source>{rule} · {mode}</source>
        <translation>{rule} · {mode}</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="190"/>
        <source>Conversation {conversation} · Information {information} · Promotion {promotion}</source>
        <translation>Conversation {conversation} · Information {information} · Promotion {promotion}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="194"/>
        <source>Conversation {conversation} · Information {information} · Promotion {promotion} · %n without a side</source>
        <translation>
            <numerusform>Conversation {conversation} · Information {information} · Promotion {promotion} · %n sans registre</numerusform>
            <numerusform>Conversation {conversation} · Information {information} · Promotion {promotion} · %n sans registre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="210"/>
        <source>No post in this range.</source>
        <translation>Aucune publication sur cette période.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="212"/>
        <source>Promotion in this range: {share} of %n post(s).</source>
        <translation>
            <numerusform>Promotion sur cette période&#xa0;: {share} de %n publication.</numerusform>
            <numerusform>Promotion sur cette période&#xa0;: {share} de %n publications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promotion: {share} of %n post(s).</source>
        <translation type="vanished">
            <numerusform>Promotion&#xa0;: {share} de %n publication.</numerusform>
            <numerusform>Promotion&#xa0;: {share} de %n publications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promotion: {share} of %n post(s); the rule allows {allowed}.</source>
        <translation type="vanished">
            <numerusform>Promotion&#xa0;: {share} de %n publication&#x202f;; la règle en permet {allowed}.</numerusform>
            <numerusform>Promotion&#xa0;: {share} de %n publications&#x202f;; la règle en permet {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="220"/>
        <location filename="../../ui/balance_panel.py" line="233"/>
        <source>At most %n promotion(s) in any {window} consecutive posts.</source>
        <translation>
            <numerusform>Au plus %n promotion par série de {window} publications consécutives.</numerusform>
            <numerusform>Au plus %n promotions par série de {window} publications consécutives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="224"/>
        <source>At least %n conversation post(s) in any {window} consecutive posts.</source>
        <translation>
            <numerusform>Au moins %n publication de conversation par série de {window} publications consécutives.</numerusform>
            <numerusform>Au moins %n publications de conversation par série de {window} publications consécutives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="227"/>
        <source>At most %n promotion(s) in a row.</source>
        <translation>
            <numerusform>Au plus %n promotion d’affilée.</numerusform>
            <numerusform>Au plus %n promotions d’affilée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="238"/>
        <source>Not checked: this rule is off.</source>
        <translation>Non vérifiée&#xa0;: cette règle est désactivée.</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="240"/>
        <source>No breach in this range.</source>
        <translation>Aucune règle enfreinte sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="289"/>
        <source>Plan a post on {platform} on {day} at {time}</source>
        <translation>Planifier une publication sur {platform} le {day} à {time}</translation>
    </message>
</context>
<context>
    <name>PlatformTableModel</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="73"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="74"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="75"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="76"/>
        <source>Text limit</source>
        <translation>Limite de texte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="77"/>
        <location filename="../../ui/dialogs/platforms.py" line="102"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="102"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>PlatformsDialog</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="53"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation type="vanished">%Ln caractère</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="57"/>
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="277"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="289"/>
        <source>Remove a platform</source>
        <translation>Supprimer une plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="290"/>
        <source>Remove the platform “{name}”?</source>
        <translation>Supprimer la plateforme «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="291"/>
        <source>A platform that still has posts cannot be removed: make it inactive instead.</source>
        <translation>Une plateforme qui a encore des publications ne peut pas être supprimée&#xa0;: rendez-la plutôt inactive.</translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="147"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="147"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="149"/>
        <source>Edit “{title}”</source>
        <comment>window title of the post editor</comment>
        <translation>Modifier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="195"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="203"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="213"/>
        <source>This change breaks a rule in block mode. &amp;Why save it anyway?</source>
        <translation>Cette modification enfreint une règle en mode blocage. P&amp;ourquoi l’enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="216"/>
        <source>The reason is recorded with the change</source>
        <translation>La raison est enregistrée avec la modification</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="222"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="229"/>
        <source>Mark pu&amp;blished</source>
        <translation>Marquer pu&amp;bliée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="233"/>
        <source>Set the status to published and save</source>
        <translation>Passer le statut à «&#xa0;publiée&#xa0;» et enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="238"/>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="240"/>
        <source>Who changed this post, what and when; restore an earlier version</source>
        <translation>Qui a modifié cette publication, quoi et quand ; rétablir une version antérieure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="278"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="280"/>
        <source>Post on</source>
        <translation>Publier sur</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="283"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="284"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="287"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="290"/>
        <source>St&amp;atus</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="295"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="298"/>
        <source>T&amp;ime</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="300"/>
        <source>&amp;Zone</source>
        <translation>&amp;Fuseau</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="305"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="307"/>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="310"/>
        <source>Aut&amp;hor</source>
        <translation>Auteu&amp;r</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="314"/>
        <source>Ca&amp;mpaign</source>
        <translation>Ca&amp;mpagne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="315"/>
        <source>&amp;Link</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="316"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="531"/>
        <source>The file is busy (someone is saving): the balance check will run again in a moment.</source>
        <translation>Le fichier est occupé (quelqu’un enregistre) : la vérification de l’équilibre reprendra dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="552"/>
        <source>Sa&amp;ve anyway…</source>
        <translation>Enregistrer &amp;quand même…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="552"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="655"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="656"/>
        <source>Close the editor and lose what you typed?</source>
        <translation>Fermer l’éditeur et perdre ce que vous avez saisi ?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="659"/>
        <source>&amp;Discard what I typed</source>
        <translation>&amp;Abandonner ma saisie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="662"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="695"/>
        <source>Longer than {platform} allows: shorten it before it is ready.</source>
        <translation>Trop long pour {platform}&#xa0;: raccourcissez le texte avant de passer la publication à «&#xa0;Prête&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="61"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a slot</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="64"/>
        <source>{day} {time}</source>
        <comment>day and time of a slot</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="100"/>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="119"/>
        <source>{category} ({side})</source>
        <comment>a category and its side</comment>
        <translation>{category} ({side})</translation>
    </message>
</context>
<context>
    <name>PostOperations</name>
    <message>
        <location filename="../../ui/operations.py" line="96"/>
        <source>Override a balance rule</source>
        <translation>Outrepasser une règle d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="97"/>
        <source>{refusal}

Why save it anyway? The reason is recorded.</source>
        <translation>{refusal}

Pourquoi l’enregistrer quand même&#x202f;? La raison sera enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Cross-post</source>
        <translation>Publication croisée</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="118"/>
        <source>Drop a follow-up</source>
        <translation>Abandonner un suivi</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Why drop the follow-up of “{title}”? The reason is kept in the post&apos;s history.</source>
        <translation>Pourquoi abandonner le suivi de « {title} » ? La raison est gardée dans l’historique de la publication.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="608"/>
        <source>Dialogos</source>
        <translation>Dialogos</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="47"/>
        <source>Promises before promotion</source>
        <translation>Les promesses avant la promotion</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="50"/>
        <source>&amp;Show the late follow-ups</source>
        <translation>&amp;Voir les suivis en retard</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="53"/>
        <source>Save &amp;anyway…</source>
        <translation>Enregistrer &amp;quand même…</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="120"/>
        <source>Balance: marked posts sit in a window that breaks a balance rule</source>
        <translation>Équilibre&#xa0;: les publications marquées sont dans une fenêtre qui enfreint une règle d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="125"/>
        <source>Day &amp; time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="126"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="127"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="128"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="129"/>
        <source>Side</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="130"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="131"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="173"/>
        <source>{status} · published?</source>
        <comment>a post whose time has passed: was it published?</comment>
        <translation>{status} · publiée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="197"/>
        <source>Balance warning</source>
        <translation>Alerte d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="213"/>
        <source>{platform} +{count}</source>
        <comment>a cross-post: its platform and its other posts shown</comment>
        <translation>{platform} +{count}</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="231"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QLocale format of a post&apos;s full date</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="235"/>
        <source>{start} – {end} ({zone}, {minutes} min)</source>
        <comment>when a post runs</comment>
        <translation>{start} – {end} ({zone}, {minutes} min)</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="243"/>
        <source>Cross-post: also on {platforms}</source>
        <translation>Publication croisée : aussi sur {platforms}</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="248"/>
        <source>Last changed by {who}</source>
        <translation>Dernière modification par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="261"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="262"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a post&apos;s day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="265"/>
        <source>{when} ({zone})</source>
        <comment>a time in another zone</comment>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="269"/>
        <source>{day} {time}</source>
        <comment>day and time of a post</comment>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>PresenceLabel</name>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="108"/>
        <source>Also open: {names}</source>
        <comment>who else has the file open</comment>
        <translation>Aussi ouvert par : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="109"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sharing/presence_label.py" line="112"/>
        <source>Also open by %n people</source>
        <translation>
            <numerusform>Aussi ouvert par %n personne</numerusform>
            <numerusform>Aussi ouvert par %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="121"/>
        <source>{name} on {host} (command line), since {since}</source>
        <translation>{name} sur {host} (ligne de commande), depuis {since}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="123"/>
        <source>{name} on {host}, since {since}</source>
        <translation>{name} sur {host}, depuis {since}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="136"/>
        <source>{day} {time}</source>
        <comment>a day and a time</comment>
        <translation>{day} {time}</translation>
    </message>
</context>
<context>
    <name>PutOffButton</name>
    <message>
        <location filename="../../ui/window/put_off.py" line="38"/>
        <source>Move “{title}” again</source>
        <translation>Déplacer « {title} » à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="39"/>
        <source>The conversation post is saved: now try the move again.</source>
        <translation>Publication enregistrée : réessayez le déplacement.</translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="41"/>
        <source>Save “{title}” again</source>
        <translation>Enregistrer « {title} » à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="42"/>
        <source>The conversation post is saved: now try saving again.</source>
        <translation>Publication enregistrée : réessayez d’enregistrer.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="273"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="274"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="275"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>RefusalBox</name>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>Refused by a balance rule</source>
        <translation>Refusé par une règle d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>Move to {moment}</source>
        <translation>Déplacer au {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>Add a conversation post on {moment}…</source>
        <translation>Ajouter une publication de conversation le {moment}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/refusals.py" line="129"/>
        <source>+%n more</source>
        <comment>conversation posts to add, not shown</comment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>Save &amp;anyway…</source>
        <translation>Enregistrer &amp;quand même…</translation>
    </message>
</context>
<context>
    <name>RepeatRow</name>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="28"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="29"/>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="30"/>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="31"/>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="35"/>
        <source>ever&amp;y</source>
        <translation>tou&amp;s les</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="41"/>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="42"/>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="90"/>
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="91"/>
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="92"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/editor/review_section.py" line="76"/>
        <source>Return to its author</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="78"/>
        <source>What should change in “{title}”? The author sees it in the thread.</source>
        <translation>Que faut-il changer dans « {title} » ? L’auteur le lit dans les commentaires.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="88"/>
        <source>&amp;Return</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="103"/>
        <source>Say what should change: the comment may not be empty.</source>
        <translation>Dites ce qu’il faut changer : le commentaire ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../ui/review_commands.py" line="32"/>
        <source>Send “{title}” for review</source>
        <translation>l’envoi de «&#xa0;{title}&#xa0;» en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="34"/>
        <source>Approve “{title}”</source>
        <translation>l’approbation de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="35"/>
        <source>Return “{title}” to its author</source>
        <translation>la demande de modifications sur «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="72"/>
        <source>Comment on “{title}”</source>
        <translation>le commentaire sur «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReviewLines</name>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="32"/>
        <source>Saving sends it back to review: its approval goes.</source>
        <translation>L’enregistrer la renvoie en relecture : son approbation tombe.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="35"/>
        <source>Schedule without review</source>
        <translation>Pro&amp;grammer sans relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="38"/>
        <source>As an approver, save it scheduled though nobody approved it: the history says so</source>
        <translation>Avec le rôle Approbation, l’enregistrer programmée sans approbation&#xa0;: l’historique le dit</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../ui/editor/review_section.py" line="149"/>
        <source>Comments on the post</source>
        <translation>Commentaires de la publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="152"/>
        <source>Comment; @name mentions a member (Ctrl+Enter sends)</source>
        <translation>Commentaire ; @nom mentionne un membre (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="153"/>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="168"/>
        <source>C&amp;omment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="168"/>
        <source>Add the comment to the thread</source>
        <translation>Ajouter le commentaire à la discussion</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="170"/>
        <source>Send for revie&amp;w</source>
        <translation>Envo&amp;yer en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="172"/>
        <source>Appro&amp;ve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="174"/>
        <source>R&amp;eturn…</source>
        <translation>Demander des mo&amp;difications…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/review_section.py" line="254"/>
        <source>Review (%n)</source>
        <translation>
            <numerusform>Relecture (%n)</numerusform>
            <numerusform>Relecture (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No one can approve this post: its author is the only approver, and the plan asks another.</source>
        <translation type="vanished">Personne ne peut approuver cette publication&#xa0;: son auteur est le seul membre du rôle Approbation, et le plan en demande un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="269"/>
        <source>No one can approve this post: the team has no approver (Planning ▸ Team and review…).</source>
        <translation>Personne ne peut approuver cette publication&#xa0;: personne n’a le rôle Approbation (Planification ▸ Équipe et relecture…).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="287"/>
        <source>Mentions {names}</source>
        <translation>Mentionne {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/review_section.py" line="290"/>
        <source>{words} matches no member</source>
        <translation>
            <numerusform>{words} ne correspond à aucun membre</numerusform>
            <numerusform>{words} ne correspondent à aucun membre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="292"/>
        <source> or </source>
        <comment>between two names a mention could be</comment>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="293"/>
        <source>{word} could be {names}: write the full name</source>
        <translation>{word} peut désigner {names} : écrivez le nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="304"/>
        <source>Approved by {name}</source>
        <translation>Approuvée par {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="306"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="308"/>
        <source>Returned by {name}</source>
        <translation>Modifications demandées par {name}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="315"/>
        <source>Sent for review</source>
        <translation>Envoyée en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="316"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="317"/>
        <source>Returned</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="318"/>
        <source>Back to review</source>
        <translation>De retour en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="344"/>
        <source>You wrote this post: the plan asks another approver</source>
        <translation>Vous avez écrit cette publication&#xa0;: le plan demande l’approbation d’un autre membre</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="366"/>
        <location filename="../../ui/editor/review_section.py" line="379"/>
        <source>Send it for review first</source>
        <translation>Envoyez-la d’abord en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="380"/>
        <source>Only a post in review or approved can be returned</source>
        <translation>On demande des modifications sur une publication en relecture ou approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="375"/>
        <source>Only an approver can return a post</source>
        <translation>Seul un membre du rôle Approbation peut demander des modifications</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="267"/>
        <source>No one can approve this post: only its author is an approver, and the plan asks another.</source>
        <translation>Personne ne peut approuver cette publication&#xa0;: seul son auteur a le rôle Approbation, et le plan en demande un autre.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="353"/>
        <source>It is in review already</source>
        <translation>Elle est déjà en relecture</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="355"/>
        <location filename="../../ui/editor/review_section.py" line="368"/>
        <source>Give the idea a date first: a dated post is reviewed</source>
        <translation>Donnez d’abord une date à l’idée : une publication datée se relit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="357"/>
        <location filename="../../ui/editor/review_section.py" line="370"/>
        <source>A cancelled post is not reviewed</source>
        <translation>Une publication annulée ne se relit pas</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="358"/>
        <location filename="../../ui/editor/review_section.py" line="371"/>
        <source>It is approved already</source>
        <translation>Elle est déjà approuvée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="362"/>
        <source>Only an approver can approve</source>
        <translation>Seul un membre du rôle Approbation peut approuver</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="385"/>
        <source>Ask an approver to look at this post</source>
        <translation>Demander au rôle Approbation de relire cette publication</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="386"/>
        <source>Approve this post: it may then be scheduled</source>
        <translation>Approuver cette publication : elle pourra être programmée</translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="387"/>
        <source>Return this post to its author, saying what to change</source>
        <translation>Demander des modifications à l’auteur de cette publication, en disant quoi changer</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="101"/>
        <source>Default rule</source>
        <translation>Règle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="103"/>
        <source>{platform}
follows the default</source>
        <translation>{platform}
suit la règle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="104"/>
        <source>{platform}
{rule} · {mode}</source>
        <comment>a rule in the list</comment>
        <translation>{platform}
{rule} · {mode}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="63"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="64"/>
        <source>Advise</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="65"/>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="66"/>
        <source>Block</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="71"/>
        <location filename="../../ui/dialogs/rules.py" line="146"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="125"/>
        <source>Balance rules</source>
        <translation>Règles d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="133"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="147"/>
        <source> posts</source>
        <comment>suffix of the window</comment>
        <translation> publications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="148"/>
        <location filename="../../ui/dialogs/rules.py" line="150"/>
        <location filename="../../ui/dialogs/rules.py" line="154"/>
        <location filename="../../ui/dialogs/rules.py" line="162"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="149"/>
        <source>No minimum</source>
        <translation>Sans minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="155"/>
        <source> h</source>
        <comment>suffix: hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="156"/>
        <source>No new promotion while a follow-up is &amp;late</source>
        <translation>Pas de nouvelle promotion tant qu’un suivi est en &amp;retard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="158"/>
        <source>Promises before promotion: what the community was promised comes before the next offer.</source>
        <translation>Les promesses avant la promotion : ce qui a été promis à la communauté passe avant la prochaine offre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="165"/>
        <source>Offers are posts of categories marked offer. With a limit, offers on one weekday and time, or at equal intervals, three times in a row are flagged too: the community learns to wait for the next coupon (a warning, never a refusal).</source>
        <translation>Les offres sont les publications des catégories marquées offre. Avec une limite, des offres le même jour de la semaine à la même heure, ou à intervalles égaux, trois fois de suite sont signalées aussi : la communauté apprend à attendre le prochain coupon (un avertissement, jamais un refus).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="172"/>
        <source>in </source>
        <comment>prefix: offers in so many days</comment>
        <translation>en </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="173"/>
        <source> days</source>
        <comment>suffix: offers in so many days</comment>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="174"/>
        <source>Days the offers are counted over</source>
        <translation>Jours sur lesquels les offres sont comptées</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="177"/>
        <source>{mode}: {explanation}</source>
        <comment>a mode and what it does</comment>
        <translation>{mode}&#xa0;: {explanation}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="182"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="183"/>
        <source>&amp;Follow the default</source>
        <translation>Suivre la règle par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="184"/>
        <source>Remove this platform&apos;s own rule: the default rule applies again</source>
        <translation>Supprimer la règle propre à cette plateforme&#xa0;: la règle par défaut s’applique de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="216"/>
        <source>not checked at all</source>
        <translation>aucune vérification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="217"/>
        <source>shown in balance reports only</source>
        <translation>simple mention dans les bilans d’équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="218"/>
        <source>saved, with a visible warning</source>
        <translation>enregistrement avec un avertissement visible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="219"/>
        <source>refused unless overridden with a reason</source>
        <translation>refus, sauf à outrepasser la règle en donnant une raison</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="224"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="225"/>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="226"/>
        <source>Most promotions per wi&amp;ndow:</source>
        <translation>Ma&amp;ximum de promotions par fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="227"/>
        <source>Least &amp;conversation per window:</source>
        <translation>Minimum de publications de &amp;conversation par fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="228"/>
        <source>Most promotions in a &amp;row:</source>
        <translation>Maximum de promotions d’&amp;affilée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="229"/>
        <source>Least &amp;hours between promotions:</source>
        <translation>Minimum d’&amp;heures entre deux promotions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="233"/>
        <source>Most &amp;offers:</source>
        <translation>Maximum d’o&amp;ffres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="237"/>
        <source>&amp;Mode:</source>
        <translation>M&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="283"/>
        <source>Default rule</source>
        <translation>Règle par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="284"/>
        <source>Applies to every platform that has no rule of its own.</source>
        <translation>S’applique à toute plateforme qui n’a pas de règle propre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="286"/>
        <source>Rule for {platform}</source>
        <translation>Règle de {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="289"/>
        <source>{platform} follows the default rule. Saving gives it a rule of its own.</source>
        <translation>{platform} suit la règle par défaut. L’enregistrement lui donne une règle propre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="294"/>
        <source>{platform} has a rule of its own.</source>
        <translation>{platform} a sa propre règle.</translation>
    </message>
</context>
<context>
    <name>SeriesOperations</name>
    <message>
        <location filename="../../ui/series_operations.py" line="41"/>
        <source>Delete a post of a series</source>
        <translation>Supprimer une publication d’une série</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="42"/>
        <source>“{title}” is part of a series. Delete:</source>
        <translation>« {title} » fait partie d’une série. Supprimer :</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="44"/>
        <source>Move a post of a series</source>
        <translation>Déplacer une publication d’une série</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="45"/>
        <source>“{title}” is part of a series. Move by the same time:</source>
        <translation>« {title} » fait partie d’une série. Décaler d’autant :</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="47"/>
        <source>Edit a post of a series</source>
        <translation>Modifier une publication d’une série</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="48"/>
        <source>“{title}” is part of a series. Apply the change to:</source>
        <translation>« {title} » fait partie d’une série. Appliquer la modification à :</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="52"/>
        <source>&amp;This post only</source>
        <translation>&amp;Cette publication seulement</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="55"/>
        <source>This and the &amp;following</source>
        <translation>Celle-ci et les &amp;suivantes</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="58"/>
        <source>&amp;All posts of the series</source>
        <translation>&amp;Toutes les publications de la série</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../ui/sharing/team.py" line="123"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="130"/>
        <source>Today’s backup: {path}</source>
        <translation>Sauvegarde du jour : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="138"/>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="147"/>
        <source>Automatic backups go to {folder}</source>
        <translation>Les sauvegardes automatiques vont dans {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="160"/>
        <source>When the plan opened</source>
        <translation>À l’ouverture du planning</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="184"/>
        <source>This place is risky for a shared plan</source>
        <translation>Cet emplacement est risqué pour un planning partagé</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="194"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="195"/>
        <source>The name your colleagues see and the history records:</source>
        <translation>Le nom que voient vos collègues et que l’historique enregistre :</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="75"/>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="87"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="87"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="109"/>
        <source>Find an action or a key</source>
        <translation>Rechercher une action ou une touche</translation>
    </message>
</context>
<context>
    <name>SiblingsLabel</name>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="61"/>
        <source>Also on: {platforms}</source>
        <comment>the other platforms of a cross-post</comment>
        <translation>Aussi sur : {platforms}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="62"/>
        <source>This post is a cross-post: a changed title or text can go to the others too.</source>
        <translation>Cette publication est croisée : un titre ou un texte modifié peut aller aussi aux autres.</translation>
    </message>
</context>
<context>
    <name>SideStrip</name>
    <message>
        <location filename="../../ui/window/side_strip.py" line="31"/>
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <location filename="../../ui/slot_commands.py" line="26"/>
        <source>{day} {time} on {platform}</source>
        <translation>{day} {time} sur {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="71"/>
        <source>Add the slot {slot}</source>
        <translation>l’ajout du créneau {slot}</translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="78"/>
        <source>Remove the slot {slot}</source>
        <translation>le retrait du créneau {slot}</translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="80"/>
        <source>Remove {count} slots</source>
        <translation>le retrait de {count} créneaux</translation>
    </message>
</context>
<context>
    <name>SlotRowsModel</name>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Side</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="63"/>
        <source>Any side</source>
        <translation>Tous registres</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="87"/>
        <source>Weekly slots</source>
        <translation>Créneaux hebdomadaires</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="92"/>
        <source>The places where this platform usually posts, every week. A new post goes to a free one first, and filling the week fills them: a side keeps a slot for conversation, information or promotion.</source>
        <translation>Les moments où cette plateforme publie d’habitude, chaque semaine. Une nouvelle publication va d’abord dans un créneau libre, et remplir la semaine les remplit&#xa0;: un registre réserve un créneau à la conversation, à l’information ou à la promotion.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="119"/>
        <source>Any side</source>
        <translation>Tous registres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="122"/>
        <source>&amp;Add slot</source>
        <translation>&amp;Ajouter le créneau</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="124"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="161"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="164"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="165"/>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="166"/>
        <source>&amp;Side:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="226"/>
        <source>Add a platform first: Planning ▸ Platforms…</source>
        <translation>Ajoutez d’abord une plateforme&#xa0;: Planification ▸ Plateformes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="228"/>
        <source>{platform} has no slots yet: add one below.</source>
        <translation>{platform} n’a encore aucun créneau&#xa0;: ajoutez-en un ci-dessous.</translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <location filename="../../ui/insights.py" line="167"/>
        <source>No platform yet: add one in Planning ▸ Platforms…</source>
        <translation>Aucune plateforme pour l’instant&#xa0;: ajoutez-en une dans Planification ▸ Plateformes…</translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="244"/>
        <source>W{week}</source>
        <comment>short label of an ISO week under a bar</comment>
        <translation>S{week}</translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="273"/>
        <source>d MMM</source>
        <comment>QLocale format of a week&apos;s first and last days</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="276"/>
        <source>{platform} · week {week} ({first} – {last})
Conversation: {conversation}
Information: {information}
Promotion: {promotion}</source>
        <translation>{platform} · semaine {week} ({first} – {last})
Conversation&#xa0;: {conversation}
Information&#xa0;: {information}
Promotion&#xa0;: {promotion}</translation>
    </message>
</context>
<context>
    <name>StackButtons</name>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Défaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="23"/>
        <source>Red&amp;o</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="30"/>
        <source>Undo {step}</source>
        <translation>Défaire {step}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="31"/>
        <source>Redo {step}</source>
        <translation>Refaire {step}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/start_panel.py" line="51"/>
        <source>&lt;b&gt;An empty plan: three ways to start&lt;/b&gt;</source>
        <translation>&lt;b&gt;Un planning vide&#xa0;: trois façons de commencer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="59"/>
        <source>&amp;Add these platforms</source>
        <translation>&amp;Ajouter ces plateformes</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="64"/>
        <source>Use this &amp;rule</source>
        <translation>Appliquer cette &amp;règle</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="67"/>
        <source>Try the &amp;demo plan</source>
        <translation>Essayer le planning de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="73"/>
        <source>1. Your platforms:</source>
        <translation>1. Vos plateformes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="76"/>
        <source>2. Your balance rule:</source>
        <translation>2. Votre règle d’équilibre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="79"/>
        <source>3. Or look around first:</source>
        <translation>3. Ou découvrez d’abord&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="81"/>
        <source>Then double-click a time in the week below to plan your first post.</source>
        <translation>Puis double-cliquez sur une heure de la semaine ci-dessous pour planifier votre première publication.</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="120"/>
        <source>Platforms added: {names}</source>
        <translation>Plateformes ajoutées&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="138"/>
        <source>Balance rule for every platform: {rule}</source>
        <translation>Règle d’équilibre de toutes les plateformes&#xa0;: {rule}</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team_commands.py" line="22"/>
        <source>Approver</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="23"/>
        <source>Editor</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="32"/>
        <source>Add {name} to the team as an approver</source>
        <translation>l’ajout de {name} à l’équipe, rôle Approbation</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="34"/>
        <source>Add {name} to the team as an editor</source>
        <translation>l’ajout de {name} à l’équipe, rôle Rédaction</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="36"/>
        <source>Make {name} an approver</source>
        <translation>le rôle Approbation donné à {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="38"/>
        <source>Make {name} an editor</source>
        <translation>le rôle Rédaction donné à {name}</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="58"/>
        <source>Remove {name} from the team</source>
        <translation>le retrait de {name} de l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="75"/>
        <source>Turn review on</source>
        <translation>l’activation de la relecture</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="77"/>
        <source>Turn review off</source>
        <translation>la désactivation de la relecture</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="80"/>
        <source>Let approvers approve their own posts</source>
        <translation>l’autorisation donnée au rôle Approbation d’approuver ses propres publications</translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="82"/>
        <source>Ask another approver for an approver&apos;s posts</source>
        <translation>l’approbation par un autre membre des publications du rôle Approbation</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/dialogs/team.py" line="68"/>
        <source>Team and review</source>
        <translation>Équipe et relecture</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="71"/>
        <source>Who writes and who approves. With review on, a post is approved by an approver before it is scheduled. This coordinates a team that trusts each other on one plan; it is not a permission system.</source>
        <translation>Qui écrit et qui approuve. Avec la relecture, une publication est approuvée par un membre du rôle Approbation avant d’être programmée. Cela coordonne une équipe de confiance sur un même plan&#xa0;; ce n’est pas un système de permissions.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="78"/>
        <source>Re&amp;view posts before they are scheduled</source>
        <translation>Re&amp;lire les publications avant de les programmer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="79"/>
        <source>Approvers may approve their &amp;own posts</source>
        <translation>Le rôle Approbation peut approuver ses pr&amp;opres publications</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="81"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="81"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="92"/>
        <source>Members of the plan</source>
        <translation>Membres du plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="93"/>
        <source>No members yet: add one below, or write a post with an author.</source>
        <translation>Aucun membre pour l’instant : ajoutez-en un ci-dessous, ou écrivez une publication avec un auteur.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="96"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="98"/>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter le membre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="121"/>
        <source>&amp;New member:</source>
        <translation>&amp;Nouveau membre :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="208"/>
        <source>Role of {name}</source>
        <translation>Rôle de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="213"/>
        <location filename="../../ui/dialogs/team.py" line="227"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="215"/>
        <source>Remove {name} from the team</source>
        <translation>Retirer {name} de l’équipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="303"/>
        <source>Make someone an approver first (below).</source>
        <translation>Nommez d’abord quelqu’un au rôle Approbation (ci-dessous).</translation>
    </message>
</context>
<context>
    <name>TextCounter</name>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="189"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="190"/>
        <source>This platform has no text limit.</source>
        <translation>Cette plateforme n’a pas de limite de texte.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="193"/>
        <source>{count} / {limit}</source>
        <comment>characters used / the platform&apos;s text limit</comment>
        <translation>{count} / {limit}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="197"/>
        <source>Characters used and this platform&apos;s limit</source>
        <translation>Caractères utilisés et limite de cette plateforme</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>It would pass on:</source>
        <translation type="vanished">Créneaux où elle passerait&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="259"/>
        <source>Show the &amp;late follow-ups</source>
        <translation>Voir les suivis en &amp;retard</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="261"/>
        <source>Select them in the Follow-ups panel; what you typed stays here</source>
        <translation>Les sélectionner dans le panneau Suivis ; ce que vous avez saisi reste ici</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="266"/>
        <source>Add a conversation post on:</source>
        <translation>Ajouter une publication de conversation le :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="293"/>
        <source>Now: this post is in %n balance breach(es), as its card shows.</source>
        <translation>
            <numerusform>Actuellement&#xa0;: cette publication fait partie de %n infraction aux règles d’équilibre, comme l’indique sa carte.</numerusform>
            <numerusform>Actuellement&#xa0;: cette publication fait partie de %n infractions aux règles d’équilibre, comme l’indique sa carte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="310"/>
        <source>Blocked: a balance rule in block mode refuses this change.</source>
        <translation>Bloqué&#xa0;: une règle d’équilibre en mode blocage refuse cette modification.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="314"/>
        <source>Warning: this change breaks a balance rule.</source>
        <translation>Attention&#xa0;: cette modification enfreint une règle d’équilibre.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="318"/>
        <source>This change takes the post out of these breaches.</source>
        <translation>Cette modification sort la publication de ces infractions.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="323"/>
        <source>This change adds no breach.</source>
        <translation>Cette modification n’ajoute aucune infraction.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="327"/>
        <source>No balance rule broken.</source>
        <translation>Aucune règle d’équilibre enfreinte.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="379"/>
        <source>Move to {moment}</source>
        <translation>Déplacer au {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="396"/>
        <source>{moment}…</source>
        <comment>a conversation post to add</comment>
        <translation>{moment}…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="398"/>
        <source>Opens the editor on a new conversation post on {platform} there</source>
        <translation>Ouvre l’éditeur sur une nouvelle publication de conversation sur {platform} à ce moment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="407"/>
        <source>+%n more</source>
        <comment>conversation posts to add, not shown</comment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="75"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="76"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="77"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="78"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="79"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="80"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="103"/>
        <source>{version} (now)</source>
        <comment>the version the post is at</comment>
        <translation>{version} (actuelle)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="114"/>
        <source>, </source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="120"/>
        <source>Undo or redo</source>
        <comment>why a change was saved</comment>
        <translation>Annulation ou rétablissement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="126"/>
        <source>Reply window</source>
        <translation>Créneau de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="127"/>
        <source>Promised post</source>
        <translation>Publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="128"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>{kind}, due {due}</source>
        <comment>a follow-up&apos;s kind and due instant</comment>
        <translation>{kind}, due le {due}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="139"/>
        <source>Follow-up {id} added</source>
        <translation>Suivi {id} ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="140"/>
        <source>Follow-up {id} linked to post {post}</source>
        <translation>Suivi {id} lié à la publication {post}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="141"/>
        <source>Follow-up {id} kept</source>
        <translation>Suivi {id} tenu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="142"/>
        <source>Follow-up {id} dropped</source>
        <translation>Suivi {id} abandonné</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Follow-up {id} reopened</source>
        <translation>Suivi {id} rouvert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="144"/>
        <source>Follow-up {id} moved with its post</source>
        <translation>Suivi {id} déplacé avec sa publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Follow-up {id} withdrawn with its cancelled post</source>
        <translation>Suivi {id} retiré avec sa publication annulée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="146"/>
        <source>Follow-up {id} back with its post</source>
        <translation>Suivi {id} revenu avec sa publication</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="147"/>
        <source>Follow-up {id} removed</source>
        <translation>Suivi {id} supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="149"/>
        <source>Follow-up {id} changed</source>
        <translation>Suivi {id} modifié</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="151"/>
        <source>Follow-up {id} kept by post {post}</source>
        <translation>Suivi {id} tenu par la publication {post}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/history.py" line="158"/>
        <source>Created with %n posts at once</source>
        <comment>only for more than 50 posts</comment>
        <translation>
            <numerusform>Créée avec %n publication à la fois</numerusform>
            <numerusform>Créée avec %n publications à la fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="160"/>
        <source>Brought back from {file}</source>
        <translation>Ramenée de {file}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="162"/>
        <source>Restored version {version}</source>
        <translation>Version {version} rétablie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="164"/>
        <source>Brought back (deletion undone)</source>
        <translation>Rétablie (suppression annulée)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="166"/>
        <source>Created as a copy of post {id}</source>
        <translation>Créée en copie de la publication {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="168"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="169"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="170"/>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="171"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/week/paint.py" line="162"/>
        <source>{time} {title}</source>
        <comment>a short card</comment>
        <translation>{time} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="740"/>
        <source>{day}, {start} – {end}</source>
        <translation>{day}, {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="745"/>
        <source>{platform} · {category} ({side})</source>
        <translation>{platform} · {category} ({side})</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="747"/>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="750"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="755"/>
        <source>, </source>
        <comment>between the platforms of a cross-post</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="756"/>
        <source>Also on {platforms}</source>
        <translation>Aussi sur {platforms}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="759"/>
        <source>⏰ Late: {promise}, due {when}</source>
        <translation>⏰ En retard : {promise} (échéance {when})</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="761"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="767"/>
        <source>{day} {time}</source>
        <comment>a follow-up&apos;s due day and time</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="781"/>
        <source>the reply window</source>
        <translation>le créneau de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="783"/>
        <source>the promised post</source>
        <translation>la publication promise</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="785"/>
        <source>an answer to {whom}</source>
        <translation>une réponse à {whom}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="786"/>
        <source>an answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="791"/>
        <source>Late: the community is waiting</source>
        <translation>En retard : la communauté attend</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="793"/>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="801"/>
        <source>Reply window of “{title}”: {start}–{end}</source>
        <translation>Créneau de réponse de « {title} » : {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="805"/>
        <source>Reply window of “{title}”: {start} – {end}</source>
        <translation>Créneau de réponse de « {title} » : {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="808"/>
        <source>On {platform}</source>
        <translation>Sur {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="817"/>
        <source>Promised post for “{title}”</source>
        <translation>Publication promise pour « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="819"/>
        <source>Answer to {whom} for “{title}”</source>
        <translation>Réponse à {whom} pour « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="821"/>
        <source>Answer owed for “{title}”</source>
        <translation>Réponse due pour « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="824"/>
        <source>Due {when} on {platform}</source>
        <translation>Échéance {when} sur {platform}</translation>
    </message>
    <message>
        <location filename="../../ui/week/view.py" line="162"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/week/view.py" line="574"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a day&apos;s header in the week</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="181"/>
        <source>+{count} more</source>
        <comment>context events that do not fit</comment>
        <translation>+{count} autres</translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="194"/>
        <source>{calendar}: {summary} (all day)</source>
        <translation>{calendar} : {summary} (toute la journée)</translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="201"/>
        <source>{calendar}: {summary}, {start}–{end}</source>
        <translation>{calendar} : {summary}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="36"/>
        <source>conversation</source>
        <comment>an empty slot&apos;s side</comment>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="37"/>
        <source>information</source>
        <comment>an empty slot&apos;s side</comment>
        <translation>information</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="38"/>
        <source>promotion</source>
        <comment>an empty slot&apos;s side</comment>
        <translation>promotion</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="40"/>
        <source>{platform} · {side}</source>
        <comment>an empty slot&apos;s label</comment>
        <translation>{platform} · {side}</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="51"/>
        <source>Empty slot: {platform}, {day} {time}, for conversation</source>
        <translation>Créneau libre&#xa0;: {platform}, {day} {time}, pour la conversation</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="53"/>
        <source>Empty slot: {platform}, {day} {time}, for information</source>
        <translation>Créneau libre&#xa0;: {platform}, {day} {time}, pour l’information</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="55"/>
        <source>Empty slot: {platform}, {day} {time}, for promotion</source>
        <translation>Créneau libre&#xa0;: {platform}, {day} {time}, pour la promotion</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="57"/>
        <source>Empty slot: {platform}, {day} {time}, for any side</source>
        <translation>Créneau libre&#xa0;: {platform}, {day} {time}, pour tout registre</translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="66"/>
        <source>Double-click to plan a post here, or drop an idea near it to put the idea here.</source>
        <translation>Double-cliquez pour y prévoir une publication, ou déposez une idée tout près pour l’y placer.</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <location filename="../../ui/window/windows.py" line="105"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos ne peut pas ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="49"/>
        <source>Cannot undo or redo: {error}</source>
        <translation>Impossible d’annuler ou de rétablir&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="52"/>
        <source>Cannot undo: {who} changed “{title}” since; the step is dropped from Undo.</source>
        <translation>Impossible d’annuler&#xa0;: {who} a modifié «&#xa0;{title}&#xa0;» entre-temps&#xa0;; cette étape ne peut plus être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="56"/>
        <source>Cannot redo: {who} changed “{title}” since; the step is dropped from Redo.</source>
        <translation>Impossible de rétablir&#xa0;: {who} a modifié «&#xa0;{title}&#xa0;» entre-temps&#xa0;; cette étape ne peut plus être rétablie.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="61"/>
        <source>Cannot undo: “{title}” was changed since; the step is dropped from Undo.</source>
        <translation>Impossible d’annuler&#xa0;: «&#xa0;{title}&#xa0;» a été modifiée entre-temps&#xa0;; cette étape ne peut plus être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="65"/>
        <source>Cannot redo: “{title}” was changed since; the step is dropped from Redo.</source>
        <translation>Impossible de rétablir&#xa0;: «&#xa0;{title}&#xa0;» a été modifiée entre-temps&#xa0;; cette étape ne peut plus être rétablie.</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="165"/>
        <source>Create “{title}”</source>
        <translation>la création de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Move “{title}”</source>
        <translation>le déplacement de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="190"/>
        <source>Edit “{title}”</source>
        <translation>la modification de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="205"/>
        <source>Edit “{title}” and its cross-post</source>
        <translation>la modification de «&#xa0;{title}&#xa0;» et de sa publication croisée</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>Delete “{title}”</source>
        <translation>la suppression de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="326"/>
        <source>Keep the follow-up of “{title}”</source>
        <translation>Tenir le suivi de « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="336"/>
        <source>Drop the follow-up of “{title}”</source>
        <translation>Abandonner le suivi de « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="349"/>
        <source>Plan the promised post of “{title}”</source>
        <translation>Planifier la publication promise de « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="393"/>
        <source>Remove a follow-up of “{title}”</source>
        <translation>Retirer un suivi de « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="237"/>
        <source>Cross-post “{title}”</source>
        <translation>Publier « {title} » en croisé</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="252"/>
        <source>Duplicate “{title}”</source>
        <translation>Dupliquer « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="271"/>
        <source>Apply the text of “{title}” to its cross-post</source>
        <translation>Appliquer le texte de « {title} » à sa publication croisée</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="280"/>
        <source>Cancel “{title}”</source>
        <translation>Annuler « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="303"/>
        <source>Mark “{title}” published</source>
        <translation>le marquage de «&#xa0;{title}&#xa0;» comme publiée</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="351"/>
        <source>Bring back “{title}” from a copy</source>
        <translation>Ramener « {title} » d’une copie</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="417"/>
        <source>Add a follow-up to “{title}”</source>
        <translation>Ajouter un suivi à « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="427"/>
        <source>Add the category&apos;s follow-ups to “{title}”</source>
        <translation>Ajouter les suivis de la catégorie à « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="121"/>
        <source>Create the series “{title}” ({count} posts)</source>
        <translation>Créer la série « {title} » ({count} publications)</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="127"/>
        <source>Edit {count} posts of the series “{title}”</source>
        <translation>Modifier {count} publications de la série « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="139"/>
        <source>Move {count} posts of the series “{title}”</source>
        <translation>Déplacer {count} publications de la série « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="175"/>
        <source>Delete {count} posts of the series “{title}”</source>
        <translation>Supprimer {count} publications de la série « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/fill_operations.py" line="38"/>
        <source>Fill the week</source>
        <translation>Remplir la semaine</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Dialogos — {file}</source>
        <translation>Dialogos — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>&amp;Previous week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;This week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Next week</source>
        <translation>Semaine &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>{action} ({shortcut})</source>
        <comment>tooltip of a toolbar button</comment>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Nothing planned this week.</source>
        <translation>Rien de prévu cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="207"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n publication cette semaine</numerusform>
            <numerusform>%n publications cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>d MMM yyyy</source>
        <comment>QLocale format of the last day of a week</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>d</source>
        <comment>QLocale format of a week&apos;s first day, same month as its last</comment>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>{first}–{last}</source>
        <comment>days of a week within one month</comment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>d MMM</source>
        <comment>QLocale format of a week&apos;s first day, same year as its last</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>{first} – {last}</source>
        <comment>days of a week across two months</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Week {week} · {dates}</source>
        <translation>Semaine {week} · {dates}</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../ui/post_table_model.py" line="73"/>
        <source>Day &amp; time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="74"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="75"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="76"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="77"/>
        <source>Side</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="79"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="128"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QLocale format of a post&apos;s full date</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="132"/>
        <source>{start} – {end} ({zone}, {minutes} min)</source>
        <comment>when a post runs</comment>
        <translation>{start} – {end} ({zone}, {minutes} min)</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="142"/>
        <source>Last changed by {who}</source>
        <translation>Dernière modification par {who}</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="147"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="148"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a post&apos;s day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="151"/>
        <source>{when} ({zone})</source>
        <comment>a time in another zone</comment>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="155"/>
        <source>{day} {time}</source>
        <comment>day and time of a post</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="161"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="162"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="163"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="169"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="170"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="171"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="172"/>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="173"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="174"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos ne peut pas ouvrir la base de données</translation>
    </message>
</context>
</TS>

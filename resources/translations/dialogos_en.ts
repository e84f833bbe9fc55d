<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Dialogos — {file}</source>
        <translation>Dialogos — {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Previous week</source>
        <translation>&amp;Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;This week</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Next week</source>
        <translation>&amp;Next week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>{action} ({shortcut})</source>
        <comment>tooltip of a toolbar button</comment>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Nothing planned this week.</source>
        <translation>Nothing planned this week.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="241"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n post this week</numerusform>
            <numerusform>%n posts this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="252"/>
        <source>%n balance warning(s) this week on {platforms}</source>
        <translation>
            <numerusform>%n balance warning this week on {platforms}</numerusform>
            <numerusform>%n balance warnings this week on {platforms}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>d MMM yyyy</source>
        <comment>QLocale format of the last day of a week</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>d</source>
        <comment>QLocale format of a week&apos;s first day, same month as its last</comment>
        <translation>d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>{first}–{last}</source>
        <comment>days of a week within one month</comment>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>d MMM</source>
        <comment>QLocale format of a week&apos;s first day, same year as its last</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>{first} – {last}</source>
        <comment>days of a week across two months</comment>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Week {week} · {dates}</source>
        <translation>Week {week} · {dates}</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../ui/post_table_model.py" line="98"/>
        <source>Balance: marked posts sit in a window that breaks a balance rule</source>
        <translation>Balance: marked posts sit in a window that breaks a balance rule</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="103"/>
        <source>Day &amp; time</source>
        <translation>Day &amp; time</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="104"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="105"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="106"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="107"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="109"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="153"/>
        <source>Balance warning</source>
        <translation>Balance warning</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="181"/>
        <source>dddd d MMMM yyyy</source>
        <comment>QLocale format of a post&apos;s full date</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="185"/>
        <source>{start} – {end} ({zone}, {minutes} min)</source>
        <comment>when a post runs</comment>
        <translation>{start} – {end} ({zone}, {minutes} min)</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="195"/>
        <source>Last changed by {who}</source>
        <translation>Last changed by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="200"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="201"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a post&apos;s day</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="204"/>
        <source>{when} ({zone})</source>
        <comment>a time in another zone</comment>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="208"/>
        <source>{day} {time}</source>
        <comment>day and time of a post</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="214"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="215"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="216"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="222"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="223"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="224"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="225"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="226"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="227"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos cannot open the database</translation>
    </message>
</context>
</TS>

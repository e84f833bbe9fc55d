<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>&amp;Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;This week</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>&amp;Next week</source>
        <translation>&amp;Next week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Nothing planned this week.</source>
        <translation>Nothing planned this week.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="207"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n post this week</numerusform>
            <numerusform>%n posts this week</numerusform>
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
        <translation>Week {week} · {dates}</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../ui/post_table_model.py" line="73"/>
        <source>Day &amp; time</source>
        <translation>Day &amp; time</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="74"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="75"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="76"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="77"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="79"/>
        <source>Author</source>
        <translation>Author</translation>
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
        <translation>Last changed by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="147"/>
        <source>No date</source>
        <translation>No date</translation>
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
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="170"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="171"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="172"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="173"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/post_table_model.py" line="174"/>
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

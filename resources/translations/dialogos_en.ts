<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="30"/>
        <source>About Dialogos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="31"/>
        <source>Dialogos {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="39"/>
        <source>An editorial planner for community managers that keeps conversation ahead of promotion, because dialogue creates expectations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="90"/>
        <source>{action} ({shortcut})</source>
        <comment>tooltip: action and its shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="109"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="111"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="116"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="121"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="124"/>
        <source>Open a plan on a &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="125"/>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="126"/>
        <source>Automatic backups &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="127"/>
        <source>&amp;Compare with another copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="130"/>
        <source>&amp;Export to a calendar or spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="134"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="136"/>
        <source>Keep the &amp;live calendar file up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="137"/>
        <source>Fill with a &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="147"/>
        <source>&amp;New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="153"/>
        <source>New &amp;idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="157"/>
        <source>&amp;Edit post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="161"/>
        <source>&amp;Delete post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="165"/>
        <source>Mark &amp;published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="167"/>
        <source>Dup&amp;licate post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="169"/>
        <source>Move &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="170"/>
        <source>&amp;Cancel post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="173"/>
        <source>Move to the &amp;previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="176"/>
        <source>Move to the next &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="178"/>
        <source>Move 15 minutes ea&amp;rlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="179"/>
        <source>Move 15 minutes &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="182"/>
        <source>Post &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="185"/>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="188"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="192"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="195"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="200"/>
        <source>&amp;Week</source>
        <translation type="unfinished">&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="203"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="206"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="209"/>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="211"/>
        <source>&amp;Platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="212"/>
        <source>&amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="213"/>
        <source>&amp;Balance rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="214"/>
        <source>&amp;Slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="217"/>
        <source>&amp;Fill the week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="222"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="225"/>
        <source>&amp;About Dialogos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="226"/>
        <source>&amp;Team and review…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../ui/agenda/view.py" line="140"/>
        <source>Filter by title, platform, category or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/view.py" line="142"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/view.py" line="158"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agenda/view.py" line="269"/>
        <source>%n post(s)</source>
        <comment>posts in the agenda</comment>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/agenda/view.py" line="271"/>
        <source>{shown} of %n post(s)</source>
        <comment>posts the filter keeps</comment>
        <translation>
            <numerusform>{shown} of %n post</numerusform>
            <numerusform>{shown} of %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogView</name>
    <message>
        <location filename="../../ui/backlog.py" line="257"/>
        <source>+ New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="258"/>
        <source>Note an idea without a date; drag it onto the calendar later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="263"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <location filename="../../ui/balance_panel.py" line="310"/>
        <location filename="../../ui/balance_panel.py" line="366"/>
        <source>No platform yet: add one in Planning ▸ Platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="365"/>
        <source>Every platform is hidden: show one with the toolbar&apos;s platform buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="411"/>
        <source>off</source>
        <comment>balance rule mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="412"/>
        <source>advise</source>
        <comment>balance rule mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="413"/>
        <source>warn</source>
        <comment>balance rule mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="414"/>
        <source>block</source>
        <comment>balance rule mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="422"/>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="245"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="260"/>
        <source>Remove a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="261"/>
        <source>Remove the category “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="262"/>
        <source>A category that posts still use cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="166"/>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="166"/>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="174"/>
        <source>Conversation: dialogue, value. Information: your own news. Promotion: offers, launches, sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="176"/>
        <source>An &amp;offer: coupon, discount, giveaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="178"/>
        <source>Offers are counted by the offer habit of the balance rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="180"/>
        <source>Add a &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="183"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="191"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="192"/>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="194"/>
        <source>Follow-ups its posts get once dated:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="63"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="78"/>
        <source>reply window {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="79"/>
        <source>promised post {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="80"/>
        <source>answer {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="84"/>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="85"/>
        <source>, </source>
        <comment>between the follow-ups of a category</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="61"/>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="61"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="62"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingBox</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="41"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="44"/>
        <source>Dates are &amp;month first (06/13/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="67"/>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="69"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="70"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="71"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="72"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="73"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="74"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="75"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="76"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="77"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="78"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="79"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="80"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="81"/>
        <source>UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="82"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="83"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="94"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="104"/>
        <source>What column {name} holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping.py" line="134"/>
        <source>Nothing in the file says whether {date} is day or month first:
it is read day first unless you tick the box above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCopies</name>
    <message numerus="yes">
        <location filename="../../ui/sharing/copies_warning.py" line="104"/>
        <source>%n conflicted copy(ies)</source>
        <translation>
            <numerusform>%n conflicted copy</numerusform>
            <numerusform>%n conflicted copies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="112"/>
        <source>Conflicted copy of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sharing/copies_warning.py" line="113"/>
        <source>A sync tool kept %n other version(s) of this plan beside it.</source>
        <translation>
            <numerusform>A sync tool kept %n other version of this plan beside it.</numerusform>
            <numerusform>A sync tool kept %n other versions of this plan beside it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="115"/>
        <source>What someone saved in a copy is not in the plan. Compare the copy with the plan to bring back the posts you need (Undo takes each back). Once nothing is missing, move or delete the copy and Dialogos stops warning about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="120"/>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/copies_warning.py" line="121"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="212"/>
        <source>ddd d MMM yyyy</source>
        <comment>QLocale format of a post&apos;s day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="216"/>
        <source>{day}, {time}</source>
        <comment>a day and a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="242"/>
        <source>Someone else changed this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="270"/>
        <source>Their version already has your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="279"/>
        <source>Overwriting with yours sends it back to review: your text differs from the one {name} approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="287"/>
        <source>&amp;Recreate mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="288"/>
        <source>&amp;Discard mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="290"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="291"/>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="292"/>
        <source>&amp;Edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="331"/>
        <source>Someone else deleted this post while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="332"/>
        <source>Someone else saved this post while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="337"/>
        <source>Recreate it from your version, or discard your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="340"/>
        <source>“{title}” was changed by {who} ({when}), version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="341"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="126"/>
        <source>Compare with another copy of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="138"/>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="171"/>
        <source>Comparing with {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="188"/>
        <source>The plan and {file} hold the same posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="189"/>
        <source>{file}: {only_copy} only in the copy, {only_plan} only in the plan, {changed} changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="220"/>
        <source>Deleted in the copy: to delete it from the plan too, delete it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="221"/>
        <source>Only the plan has this post: there is nothing to bring back from the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="224"/>
        <source>Someone deleted this post from the plan. Bringing it back creates it again as the copy has it: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="228"/>
        <source>Bringing it back creates it in the plan as the copy has it: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="229"/>
        <source>Bringing it back saves the post as the copy has it, as a new version: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyFieldsModel</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="55"/>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrossPostQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/operations.py" line="106"/>
        <source>Apply the title and text to the %n other post(s) of this cross-post?</source>
        <translation>
            <numerusform>Apply the title and text to the other post of this cross-post?</numerusform>
            <numerusform>Apply the title and text to the %n other posts of this cross-post?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultsTable</name>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <source>After the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="93"/>
        <location filename="../../ui/dialogs/categories.py" line="109"/>
        <source>Reply window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="99"/>
        <source>Default follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="110"/>
        <source>Promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="111"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="117"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/categories.py" line="122"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="144"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="145"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="145"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="158"/>
        <source>{start}…</source>
        <comment>a long text cut short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="169"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="170"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="171"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="172"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="173"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="174"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="175"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="176"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="177"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="178"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="179"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="180"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="186"/>
        <source>No date</source>
        <translation>No date</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="201"/>
        <source>{status}, approved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="205"/>
        <source>Changes requested by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="67"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="68"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="69"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="70"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="71"/>
        <source>In the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="72"/>
        <source>In the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="80"/>
        <source>Idea (no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="91"/>
        <source>Only in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="92"/>
        <source>Only in the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="93"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="99"/>
        <source>v{version} · {who} · {when}</source>
        <comment>a post&apos;s version, who saved it, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/copies.py" line="103"/>
        <source>Deleted by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="106"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;Calendar file (.ics) for Google Calendar, Outlook, Apple, Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>&amp;Spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="120"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="129"/>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="146"/>
        <source>Ideas have no date: they go to a spreadsheet with “All dates”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>One file per &amp;platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="150"/>
        <source>&amp;Reminder before each post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="154"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="157"/>
        <source>Include &amp;follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="158"/>
        <source>&amp;Keep this file up to date after every change (for a subscribed calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>For a French-language spreadsheet (semicolons, accents kept in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="165"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="180"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="185"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="187"/>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="192"/>
        <source>From, to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="193"/>
        <source>Statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="195"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="230"/>
        <source>Each follow-up as a to-do, and each reply window as busy time. Google Calendar ignores to-dos: it shows the reply windows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="234"/>
        <source>A second file beside this one, ending in “-followups.csv”, one row per follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="249"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="286"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="289"/>
        <source>Choose at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="292"/>
        <source>Choose at least one status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="303"/>
        <source>Exporting to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChanges</name>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="55"/>
        <source>The plan’s file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="58"/>
        <source>This window still shows the whole plan: save it again where it was, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="63"/>
        <source>&amp;Save the plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="67"/>
        <source>&amp;Restore the backup of {saved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="72"/>
        <source>&amp;Leave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="119"/>
        <source>A journal was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="164"/>
        <source>Looking for a sound backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/file_changes.py" line="182"/>
        <source>The plan was restored from the backup of {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="67"/>
        <source>Fill the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="70"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of the range&apos;s first and last days</comment>
        <translation type="unfinished">ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="72"/>
        <source>From {first} to {last}, with ideas from the backlog. Nothing is saved until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="83"/>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="96"/>
        <source>Edit &amp;slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="106"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="133"/>
        <source>Untick an idea to leave it out: the rest is proposed again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="134"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="187"/>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="217"/>
        <source>No platform is shown: show one in the toolbar to fill its slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="221"/>
        <source>The empty slots of this range are past: only slots still to come are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="223"/>
        <source>Every slot of this range already holds a post: there is nothing to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="226"/>
        <source>Nothing is placed: every idea proposed is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="228"/>
        <source>No idea of the backlog fits the %n empty slot(s) of this range.</source>
        <translation>
            <numerusform>No idea of the backlog fits the empty slot of this range.</numerusform>
            <numerusform>No idea of the backlog fits the %n empty slots of this range.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="229"/>
        <source>%n idea(s) go into the empty slots:</source>
        <translation>
            <numerusform>%n idea goes into the empty slots:</numerusform>
            <numerusform>%n ideas go into the empty slots:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="234"/>
        <source>This range has no slots. Filling places ideas in the platforms&apos; weekly slots: add some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="237"/>
        <source>This range has no slots. Filling places ideas in the platforms&apos; weekly slots: add some first (Planning ▸ Slots… or dialogos slot add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/fill.py" line="252"/>
        <source>Nothing was placed: {error} The proposal below is for the plan as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/fill.py" line="257"/>
        <source>%n idea(s) placed; Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>%n idea placed; Edit ▸ Undo takes it back.</numerusform>
            <numerusform>%n ideas placed; Edit ▸ Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupForm</name>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="55"/>
        <source>Add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="58"/>
        <source>Reply window: read and answer the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="59"/>
        <source>Promised post: results, a winner, a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="60"/>
        <source>Answer owed to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="63"/>
        <source>A&amp;fter the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="64"/>
        <source>Counted from the post&apos;s start; it moves with the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="65"/>
        <source>A&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="66"/>
        <source>A fixed day and time, in the post&apos;s zone; it stays when the post moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="75"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="94"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="96"/>
        <source>What was promised, or to whom an answer is owed (@handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="130"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="131"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="133"/>
        <source>&amp;Reply window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="134"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followup_form.py" line="135"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsDock</name>
    <message>
        <location filename="../../ui/followups/dock.py" line="55"/>
        <source>{day} {time} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="62"/>
        <source>Keep a promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="63"/>
        <source>Which post on {platform} keeps the promise of “{title}”? It is kept once that post is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="80"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="86"/>
        <source>Follow-ups past their due time and not kept: the community is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/dock.py" line="149"/>
        <source>%n follow-up(s) late</source>
        <translation>
            <numerusform>%n follow-up late</numerusform>
            <numerusform>%n follow-ups late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/dock.py" line="162"/>
        <source>No post on {platform} to keep the promise of “{title}” yet: plan it, then keep the follow-up with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsPanel</name>
    <message>
        <location filename="../../ui/followups/panel.py" line="62"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="63"/>
        <location filename="../../ui/followups/panel.py" line="254"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="64"/>
        <source>Mark the selected follow-up kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="66"/>
        <location filename="../../ui/followups/panel.py" line="257"/>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="67"/>
        <source>Drop the selected follow-up, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="69"/>
        <location filename="../../ui/followups/panel.py" line="266"/>
        <source>Show post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="70"/>
        <source>Show the post that made this promise in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="162"/>
        <source>Late (%n)</source>
        <translation>
            <numerusform>Late (%n)</numerusform>
            <numerusform>Late (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="164"/>
        <source>Kept (%n)</source>
        <translation>
            <numerusform>Kept (%n)</numerusform>
            <numerusform>Kept (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="165"/>
        <source>Due (%n)</source>
        <translation>
            <numerusform>Due (%n)</numerusform>
            <numerusform>Due (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="169"/>
        <source>{when} · {kind}
{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="187"/>
        <source>Reply window, %n min</source>
        <translation>
            <numerusform>Reply window, %n min</numerusform>
            <numerusform>Reply window, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/panel.py" line="188"/>
        <source>Reply window, %n h</source>
        <translation>
            <numerusform>Reply window, %n h</numerusform>
            <numerusform>Reply window, %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="190"/>
        <source>Promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="191"/>
        <source>Answer to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="191"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="195"/>
        <source>Late since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="197"/>
        <source>Kept {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="199"/>
        <source>Due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="201"/>
        <source>{kind} on {platform}, for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="207"/>
        <source>Owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="211"/>
        <source>{day} {time}</source>
        <translation type="unfinished">{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="261"/>
        <source>Plan the promised post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/followups/panel.py" line="262"/>
        <source>A draft on the same platform at the due time, linked to this promise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsSection</name>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="73"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="75"/>
        <source>Follow-ups of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="82"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="82"/>
        <source>Add a follow-up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="84"/>
        <source>Add the category&apos;s de&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="85"/>
        <source>Add the follow-ups the category gives its posts that this post does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="88"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="88"/>
        <source>Mark the selected follow-up kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="90"/>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="90"/>
        <source>Drop the selected follow-up, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="93"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="93"/>
        <source>Remove the selected follow-up, added by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="175"/>
        <source>{offset} after the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="176"/>
        <source>when saved with a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="205"/>
        <location filename="../../ui/editor/followups_section.py" line="211"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="207"/>
        <source>The category gives a new post these once it is saved with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="212"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="219"/>
        <source>Reply window, %n min</source>
        <translation>
            <numerusform>Reply window, %n min</numerusform>
            <numerusform>Reply window, %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="220"/>
        <source>Reply window, %n h</source>
        <translation>
            <numerusform>Reply window, %n h</numerusform>
            <numerusform>Reply window, %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="222"/>
        <source>Promised post: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="222"/>
        <source>Promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="223"/>
        <source>Answer to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="223"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="232"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="232"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="233"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/followups_section.py" line="233"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="237"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="239"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="241"/>
        <source>dropped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="243"/>
        <source>open, kept once post {post} is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/followups_section.py" line="244"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForMe</name>
    <message>
        <location filename="../../ui/for_me/dock.py" line="61"/>
        <source>For me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="71"/>
        <source>Show or hide what waits for you ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="75"/>
        <source>&amp;Only what waits for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/dock.py" line="78"/>
        <source>Hide, in the calendar and the agenda, the posts that do not wait for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="156"/>
        <source>%n for you</source>
        <translation>
            <numerusform>%n for you</numerusform>
            <numerusform>%n for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="158"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/dock.py" line="159"/>
        <source>%n returned to you</source>
        <translation>
            <numerusform>%n returned to you</numerusform>
            <numerusform>%n returned to you</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForMePanel</name>
    <message>
        <location filename="../../ui/for_me/panel.py" line="66"/>
        <source>What waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="69"/>
        <location filename="../../ui/for_me/panel.py" line="99"/>
        <source>Nothing waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="77"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="78"/>
        <source>Open the selected post in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="80"/>
        <source>Mark as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="81"/>
        <source>The selected mention no longer waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="101"/>
        <source>Nothing waits for “{name}”: no member of the team has that name (Edit ▸ Your name…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/panel.py" line="198"/>
        <source>To review (%n)</source>
        <translation>
            <numerusform>To review (%n)</numerusform>
            <numerusform>To review (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/for_me/panel.py" line="200"/>
        <source>Returned to you (%n)</source>
        <translation>
            <numerusform>Returned to you (%n)</numerusform>
            <numerusform>Returned to you (%n)</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="212"/>
        <source>{when} · {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="222"/>
        <source>“{title}” on {platform}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="224"/>
        <source>In review: yours to approve or return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="226"/>
        <source>Returned to you by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="228"/>
        <source>{who} mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="235"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/for_me/panel.py" line="240"/>
        <source>{day} {time}</source>
        <translation type="unfinished">{day} {time}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="192"/>
        <source>Post history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="196"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="240"/>
        <source>History of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="243"/>
        <source>History of “{title}”, deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="244"/>
        <source>History of post {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="255"/>
        <source>No change of this post is in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="257"/>
        <source>A change of one of the post&apos;s follow-ups: it makes no version of the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="259"/>
        <source>The post was deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="261"/>
        <source>The post was deleted: its versions can no longer be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="263"/>
        <source>This is the post as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/history.py" line="266"/>
        <source>This version was created with %n posts at once, whose fields were not kept one by one: it cannot be restored.</source>
        <translation>
            <numerusform>This version was created with %n posts at once, whose fields were not kept one by one: it cannot be restored.</numerusform>
            <numerusform>This version was created with %n posts at once, whose fields were not kept one by one: it cannot be restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="272"/>
        <source>An older Dialogos saved this version without keeping it whole: it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="274"/>
        <source>The post is already as in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="276"/>
        <source>Restoring saves the post as it was in version {version}, as a new version: Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <location filename="../../ui/backlog.py" line="91"/>
        <source>{title}
{details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="97"/>
        <source>no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backlog.py" line="98"/>
        <source>{platform} · {category}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaListView</name>
    <message>
        <location filename="../../ui/backlog.py" line="242"/>
        <source>No ideas yet. Jot one down with “New idea”, then drag it onto the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="124"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="276"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="130"/>
        <source>A calendar (.ics) or a spreadsheet (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="132"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="135"/>
        <source>As a &amp;context calendar, shown behind the posts (holidays, events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="136"/>
        <source>As &amp;posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="144"/>
        <source>As the file says (a Dialogos export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="148"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="153"/>
        <source>Only events &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="166"/>
        <source>&amp;Skip invalid rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="170"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="179"/>
        <source>Import details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="185"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="194"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="198"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="200"/>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="201"/>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="204"/>
        <source>Platform of &amp;all its posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="271"/>
        <source>Calendars and spreadsheets (*.ics *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="272"/>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="273"/>
        <source>Spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="306"/>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="330"/>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="333"/>
        <source>Saving the posts and checking the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="335"/>
        <source>Saving the events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="357"/>
        <source>The context calendar “{name}” now has %n event(s).</source>
        <translation>
            <numerusform>The context calendar “{name}” now has %n event.</numerusform>
            <numerusform>The context calendar “{name}” now has %n events.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="360"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="365"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; rows without uid found in the plan by platform, title and time: {matched}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="379"/>
        <source>line {line}: “{summary}”: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="383"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="393"/>
        <location filename="../../ui/dialogs/import_dialog.py" line="396"/>
        <source>Note: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="390"/>
        <source>If they are month first, delete the posts this import created, then import the file again with “Dates are month first” ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="399"/>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_dialog.py" line="400"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights.py" line="295"/>
        <source>Weekly sides per platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptOnTime</name>
    <message>
        <location filename="../../ui/kept.py" line="21"/>
        <source>Kept on time: none to judge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="22"/>
        <source>{number}%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="25"/>
        <source>Kept on time: {share} ({kept} of {judged})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="35"/>
        <source>Follow-ups due in this range: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="38"/>
        <source>Kept on time: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="41"/>
        <source>Kept late: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="42"/>
        <source>Late: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="43"/>
        <source>Open, not due yet: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="44"/>
        <source>Dropped: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kept.py" line="45"/>
        <source>The share counts those kept on time among the kept and the late ones.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>{count} d</source>
        <comment>days after a post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>{count} h</source>
        <comment>hours after a post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>{count} min</source>
        <comment>minutes after a post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>In any {window} posts in a row: promotions at most {promotion}, conversation at least {conversation}</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="39"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="53"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="62"/>
        <source>&amp;Move post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="69"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="77"/>
        <source>P&amp;latforms shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="84"/>
        <source>&amp;Context calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="90"/>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="228"/>
        <source>Exported to {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="238"/>
        <source>The live calendar file is no longer updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="269"/>
        <source>None yet: File ▸ Import… a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="278"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="294"/>
        <source>Remove the context calendar “{name}” and its events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="297"/>
        <source>Remove a context calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="314"/>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="335"/>
        <source>Compare with another copy of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="337"/>
        <source>Dialogos plans (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="111"/>
        <source>There is no plan at {place} yet. Create one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="311"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/commands.py" line="326"/>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="52"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="54"/>
        <location filename="../../ui/window/windows.py" line="61"/>
        <source>Dialogos plans (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="59"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="69"/>
        <source>Open a plan on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="74"/>
        <source>The plan&apos;s PostgreSQL address (postgresql://user@host:5432/database):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="84"/>
        <source>“{address}” is not a PostgreSQL address: write it as postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/windows.py" line="109"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="473"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="666"/>
        <source>%n post(s) this week</source>
        <translation>
            <numerusform>%n post this week</numerusform>
            <numerusform>%n posts this week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="400"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="507"/>
        <source>Dialogos — {file} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="411"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="449"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="460"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="479"/>
        <source>Their time has passed and they are still ready or scheduled: was each published?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="500"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="555"/>
        <source>This plan is read-only here: you can look at it, not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="660"/>
        <source>%n post(s) shown: only what waits for you</source>
        <translation>
            <numerusform>%n post shown: only what waits for you</numerusform>
            <numerusform>%n posts shown: only what waits for you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="670"/>
        <location filename="../../ui/window/main_window.py" line="672"/>
        <source>%n post(s) shown</source>
        <translation>
            <numerusform>%n post shown</numerusform>
            <numerusform>%n posts shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="675"/>
        <source>%n post(s) to confirm</source>
        <translation>
            <numerusform>%n post to confirm</numerusform>
            <numerusform>%n posts to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="756"/>
        <source>%n balance warning(s) this week on {platforms}</source>
        <translation>
            <numerusform>%n balance warning this week on {platforms}</numerusform>
            <numerusform>%n balance warnings this week on {platforms}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/main_window.py" line="758"/>
        <source>%n balance warning(s) in this range on {platforms}</source>
        <translation>
            <numerusform>%n balance warning in this range on {platforms}</numerusform>
            <numerusform>%n balance warnings in this range on {platforms}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="923"/>
        <source>Only a ready or scheduled post whose time has passed can be marked published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/titles.py" line="28"/>
        <source>MMMM yyyy</source>
        <comment>QLocale format of a month&apos;s title</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="775"/>
        <source>Show or hide the posts of {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="258"/>
        <source>Restore a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="259"/>
        <source>Restoring replaces what you changed in the editor. Restore anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="279"/>
        <source>Writing the demo plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/editing.py" line="283"/>
        <source>Demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1020"/>
        <source>Updated with changes by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1026"/>
        <source>Live calendar updated: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="1035"/>
        <source>Checked {time}</source>
        <translation type="unfinished"></translation>
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
        <translation>Week {week} · {dates}</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <location filename="../../ui/marks.py" line="62"/>
        <source>Was it published? Its time has passed and it is still ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="63"/>
        <source>Was it published? Its time has passed and it is still scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="106"/>
        <source>In review: waiting for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="108"/>
        <source>Approved by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/marks.py" line="110"/>
        <source>Returned by {name}: see the comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../ui/month/view.py" line="67"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="276"/>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="278"/>
        <source>{time} · {platform} · {title}</source>
        <comment>a post in a day&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="285"/>
        <source>Conversation {conversation}, information {information}, promotion {promotion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="290"/>
        <source>{percent} % promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="291"/>
        <source>{mix} ({percent})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/view.py" line="292"/>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="105"/>
        <source>d MMM</source>
        <comment>QLocale format of a month&apos;s first day</comment>
        <translation type="unfinished">d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="138"/>
        <source>+{count} more</source>
        <comment>posts that do not fit in a day of the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="182"/>
        <source>{name} +{count}</source>
        <comment>a day&apos;s first context event and how many more</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/month/cells.py" line="221"/>
        <source>{time} {title}</source>
        <comment>a post&apos;s chip in the month</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="21"/>
        <source>Move “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="32"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="33"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_to.py" line="34"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPlace</name>
    <message>
        <location filename="../../ui/plan_place.py" line="25"/>
        <source>{database} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformChecks</name>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="28"/>
        <source>Also make this post on {platform}, as a cross-post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformForm</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="129"/>
        <source>Edit platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="129"/>
        <source>Add a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="135"/>
        <source>{kind} (no text limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="137"/>
        <source>{kind} ({limit})</source>
        <comment>a platform kind and its default text limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="142"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="145"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="147"/>
        <source> characters</source>
        <comment>suffix of the text limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="148"/>
        <source>Active: offered in filters and in the post editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="156"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="157"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="158"/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="159"/>
        <source>&amp;Text limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="232"/>
        <source>Colour of the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformSection</name>
    <message>
        <location filename="../../ui/balance_panel.py" line="184"/>
        <source>{rule} · {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="190"/>
        <source>Conversation {conversation} · Information {information} · Promotion {promotion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="194"/>
        <source>Conversation {conversation} · Information {information} · Promotion {promotion} · %n without a side</source>
        <translation>
            <numerusform>Conversation {conversation} · Information {information} · Promotion {promotion} · %n without a side</numerusform>
            <numerusform>Conversation {conversation} · Information {information} · Promotion {promotion} · %n without a side</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="210"/>
        <source>No post in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="212"/>
        <source>Promotion in this range: {share} of %n post(s).</source>
        <translation>
            <numerusform>Promotion in this range: {share} of %n post.</numerusform>
            <numerusform>Promotion in this range: {share} of %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promotion: {share} of %n post(s).</source>
        <translation type="vanished">
            <numerusform>Promotion: {share} of %n post.</numerusform>
            <numerusform>Promotion: {share} of %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promotion: {share} of %n post(s); the rule allows {allowed}.</source>
        <translation type="vanished">
            <numerusform>Promotion: {share} of %n post; the rule allows {allowed}.</numerusform>
            <numerusform>Promotion: {share} of %n posts; the rule allows {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="220"/>
        <location filename="../../ui/balance_panel.py" line="233"/>
        <source>At most %n promotion(s) in any {window} consecutive posts.</source>
        <translation>
            <numerusform>At most %n promotion in any {window} consecutive posts.</numerusform>
            <numerusform>At most %n promotions in any {window} consecutive posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="224"/>
        <source>At least %n conversation post(s) in any {window} consecutive posts.</source>
        <translation>
            <numerusform>At least %n conversation post in any {window} consecutive posts.</numerusform>
            <numerusform>At least %n conversation posts in any {window} consecutive posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/balance_panel.py" line="227"/>
        <source>At most %n promotion(s) in a row.</source>
        <translation>
            <numerusform>At most %n promotion in a row.</numerusform>
            <numerusform>At most %n promotions in a row.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="238"/>
        <source>Not checked: this rule is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="240"/>
        <source>No breach in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/balance_panel.py" line="289"/>
        <source>Plan a post on {platform} on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformTableModel</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="75"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="76"/>
        <source>Text limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="77"/>
        <location filename="../../ui/dialogs/platforms.py" line="102"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="102"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformsDialog</name>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="53"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln character(s)</source>
        <translation type="vanished">%Ln character</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="57"/>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="277"/>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="289"/>
        <source>Remove a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="290"/>
        <source>Remove the platform “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/platforms.py" line="291"/>
        <source>A platform that still has posts cannot be removed: make it inactive instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostEditor</name>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="147"/>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="147"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="149"/>
        <source>Edit “{title}”</source>
        <comment>window title of the post editor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="195"/>
        <source> min</source>
        <comment>suffix of a duration in minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="203"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="213"/>
        <source>This change breaks a rule in block mode. &amp;Why save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="216"/>
        <source>The reason is recorded with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="222"/>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="229"/>
        <source>Mark pu&amp;blished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="233"/>
        <source>Set the status to published and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="238"/>
        <source>Histor&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="240"/>
        <source>Who changed this post, what and when; restore an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="278"/>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="280"/>
        <source>Post on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="283"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="284"/>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="287"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="290"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="295"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="298"/>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="300"/>
        <source>&amp;Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="305"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="307"/>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="310"/>
        <source>Aut&amp;hor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="314"/>
        <source>Ca&amp;mpaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="315"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="316"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="531"/>
        <source>The file is busy (someone is saving): the balance check will run again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="552"/>
        <source>Sa&amp;ve anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="552"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="655"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="656"/>
        <source>Close the editor and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="659"/>
        <source>&amp;Discard what I typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="662"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/post_editor.py" line="695"/>
        <source>Longer than {platform} allows: shorten it before it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="61"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a slot</comment>
        <translation type="unfinished">ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="64"/>
        <source>{day} {time}</source>
        <comment>day and time of a slot</comment>
        <translation type="unfinished">{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="100"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="119"/>
        <source>{category} ({side})</source>
        <comment>a category and its side</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostOperations</name>
    <message>
        <location filename="../../ui/operations.py" line="96"/>
        <source>Override a balance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="97"/>
        <source>{refusal}

Why save it anyway? The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="111"/>
        <source>Cross-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="118"/>
        <source>Drop a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="119"/>
        <source>Why drop the follow-up of “{title}”? The reason is kept in the post&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="608"/>
        <source>Dialogos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="47"/>
        <source>Promises before promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="50"/>
        <source>&amp;Show the late follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="53"/>
        <source>Save &amp;anyway…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="120"/>
        <source>Balance: marked posts sit in a window that breaks a balance rule</source>
        <translation>Balance: marked posts sit in a window that breaks a balance rule</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="125"/>
        <source>Day &amp; time</source>
        <translation>Day &amp; time</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="126"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="127"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="128"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="129"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="131"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="173"/>
        <source>{status} · published?</source>
        <comment>a post whose time has passed: was it published?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="197"/>
        <source>Balance warning</source>
        <translation>Balance warning</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="213"/>
        <source>{platform} +{count}</source>
        <comment>a cross-post: its platform and its other posts shown</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="248"/>
        <source>Last changed by {who}</source>
        <translation>Last changed by {who}</translation>
    </message>
    <message>
        <location filename="../../ui/agenda/post_table_model.py" line="261"/>
        <source>No date</source>
        <translation>No date</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="109"/>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sharing/presence_label.py" line="112"/>
        <source>Also open by %n people</source>
        <translation>
            <numerusform>Also open by %n people</numerusform>
            <numerusform>Also open by %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="121"/>
        <source>{name} on {host} (command line), since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="123"/>
        <source>{name} on {host}, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/presence_label.py" line="136"/>
        <source>{day} {time}</source>
        <comment>a day and a time</comment>
        <translation type="unfinished">{day} {time}</translation>
    </message>
</context>
<context>
    <name>PutOffButton</name>
    <message>
        <location filename="../../ui/window/put_off.py" line="38"/>
        <source>Move “{title}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="39"/>
        <source>The conversation post is saved: now try the move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="41"/>
        <source>Save “{title}” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/window/put_off.py" line="42"/>
        <source>The conversation post is saved: now try saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="273"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="274"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/__init__.py" line="275"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalBox</name>
    <message>
        <location filename="../../ui/refusals.py" line="108"/>
        <source>Refused by a balance rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="122"/>
        <source>Move to {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="126"/>
        <source>Add a conversation post on {moment}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/refusals.py" line="129"/>
        <source>+%n more</source>
        <comment>conversation posts to add, not shown</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/refusals.py" line="133"/>
        <source>Save &amp;anyway…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatRow</name>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="28"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="29"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="30"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="31"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="35"/>
        <source>ever&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="41"/>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/repeat_row.py" line="42"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="90"/>
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="91"/>
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/repeat_row.py" line="92"/>
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/editor/review_section.py" line="76"/>
        <source>Return to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="78"/>
        <source>What should change in “{title}”? The author sees it in the thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="88"/>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="103"/>
        <source>Say what should change: the comment may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../ui/review_commands.py" line="32"/>
        <source>Send “{title}” for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="34"/>
        <source>Approve “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="35"/>
        <source>Return “{title}” to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_commands.py" line="72"/>
        <source>Comment on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLines</name>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="32"/>
        <source>Saving sends it back to review: its approval goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="35"/>
        <source>Schedule without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_lines.py" line="38"/>
        <source>As an approver, save it scheduled though nobody approved it: the history says so</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../../ui/editor/review_section.py" line="149"/>
        <source>Comments on the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="152"/>
        <source>Comment; @name mentions a member (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="153"/>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="168"/>
        <source>Add the comment to the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="168"/>
        <source>C&amp;omment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="170"/>
        <source>Send for revie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="172"/>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="174"/>
        <source>R&amp;eturn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/review_section.py" line="254"/>
        <source>Review (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="269"/>
        <source>No one can approve this post: the team has no approver (Planning ▸ Team and review…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="287"/>
        <source>Mentions {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/review_section.py" line="290"/>
        <source>{words} matches no member</source>
        <translation>
            <numerusform>{words} matches no member</numerusform>
            <numerusform>{words} match no member</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="292"/>
        <source> or </source>
        <comment>between two names a mention could be</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="293"/>
        <source>{word} could be {names}: write the full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="304"/>
        <source>Approved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="306"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="308"/>
        <source>Returned by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="315"/>
        <source>Sent for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="316"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="317"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="318"/>
        <source>Back to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="344"/>
        <source>You wrote this post: the plan asks another approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="366"/>
        <location filename="../../ui/editor/review_section.py" line="379"/>
        <source>Send it for review first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="380"/>
        <source>Only a post in review or approved can be returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="375"/>
        <source>Only an approver can return a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="267"/>
        <source>No one can approve this post: only its author is an approver, and the plan asks another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="353"/>
        <source>It is in review already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="355"/>
        <location filename="../../ui/editor/review_section.py" line="368"/>
        <source>Give the idea a date first: a dated post is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="357"/>
        <location filename="../../ui/editor/review_section.py" line="370"/>
        <source>A cancelled post is not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="358"/>
        <location filename="../../ui/editor/review_section.py" line="371"/>
        <source>It is approved already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="362"/>
        <source>Only an approver can approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="385"/>
        <source>Ask an approver to look at this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="386"/>
        <source>Approve this post: it may then be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/review_section.py" line="387"/>
        <source>Return this post to its author, saying what to change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="101"/>
        <source>Default rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="103"/>
        <source>{platform}
follows the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="104"/>
        <source>{platform}
{rule} · {mode}</source>
        <comment>a rule in the list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="63"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="64"/>
        <source>Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="65"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="66"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="71"/>
        <location filename="../../ui/dialogs/rules.py" line="146"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="125"/>
        <source>Balance rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="133"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="147"/>
        <source> posts</source>
        <comment>suffix of the window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="148"/>
        <location filename="../../ui/dialogs/rules.py" line="150"/>
        <location filename="../../ui/dialogs/rules.py" line="154"/>
        <location filename="../../ui/dialogs/rules.py" line="162"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="149"/>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="155"/>
        <source> h</source>
        <comment>suffix: hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="156"/>
        <source>No new promotion while a follow-up is &amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="158"/>
        <source>Promises before promotion: what the community was promised comes before the next offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="165"/>
        <source>Offers are posts of categories marked offer. With a limit, offers on one weekday and time, or at equal intervals, three times in a row are flagged too: the community learns to wait for the next coupon (a warning, never a refusal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="172"/>
        <source>in </source>
        <comment>prefix: offers in so many days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="173"/>
        <source> days</source>
        <comment>suffix: offers in so many days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="174"/>
        <source>Days the offers are counted over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="177"/>
        <source>{mode}: {explanation}</source>
        <comment>a mode and what it does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="182"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="183"/>
        <source>&amp;Follow the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="184"/>
        <source>Remove this platform&apos;s own rule: the default rule applies again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="216"/>
        <source>not checked at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="217"/>
        <source>shown in balance reports only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="218"/>
        <source>saved, with a visible warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="219"/>
        <source>refused unless overridden with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="224"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="225"/>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="226"/>
        <source>Most promotions per wi&amp;ndow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="227"/>
        <source>Least &amp;conversation per window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="228"/>
        <source>Most promotions in a &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="229"/>
        <source>Least &amp;hours between promotions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="233"/>
        <source>Most &amp;offers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="237"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="283"/>
        <source>Default rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="284"/>
        <source>Applies to every platform that has no rule of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="286"/>
        <source>Rule for {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="289"/>
        <source>{platform} follows the default rule. Saving gives it a rule of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/rules.py" line="294"/>
        <source>{platform} has a rule of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesOperations</name>
    <message>
        <location filename="../../ui/series_operations.py" line="41"/>
        <source>Delete a post of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="42"/>
        <source>“{title}” is part of a series. Delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="44"/>
        <source>Move a post of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="45"/>
        <source>“{title}” is part of a series. Move by the same time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="47"/>
        <source>Edit a post of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="48"/>
        <source>“{title}” is part of a series. Apply the change to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="52"/>
        <source>&amp;This post only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="55"/>
        <source>This and the &amp;following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="58"/>
        <source>&amp;All posts of the series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../ui/sharing/team.py" line="123"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="130"/>
        <source>Today’s backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="138"/>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="147"/>
        <source>Automatic backups go to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="160"/>
        <source>When the plan opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="184"/>
        <source>This place is risky for a shared plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="194"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sharing/team.py" line="195"/>
        <source>The name your colleagues see and the history records:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="75"/>
        <source>, </source>
        <comment>between two shortcuts of one action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="87"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="87"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="102"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="109"/>
        <source>Find an action or a key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiblingsLabel</name>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="61"/>
        <source>Also on: {platforms}</source>
        <comment>the other platforms of a cross-post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/crosspost_row.py" line="62"/>
        <source>This post is a cross-post: a changed title or text can go to the others too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideStrip</name>
    <message>
        <location filename="../../ui/window/side_strip.py" line="31"/>
        <source>Side panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <location filename="../../ui/slot_commands.py" line="26"/>
        <source>{day} {time} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="71"/>
        <source>Add the slot {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="78"/>
        <source>Remove the slot {slot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/slot_commands.py" line="80"/>
        <source>Remove {count} slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotRowsModel</name>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="56"/>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="63"/>
        <source>Any side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="87"/>
        <source>Weekly slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="92"/>
        <source>The places where this platform usually posts, every week. A new post goes to a free one first, and filling the week fills them: a side keeps a slot for conversation, information or promotion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="119"/>
        <source>Any side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="122"/>
        <source>&amp;Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="124"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="161"/>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="164"/>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="165"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="166"/>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="226"/>
        <source>Add a platform first: Planning ▸ Platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/slots.py" line="228"/>
        <source>{platform} has no slots yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmallMultiples</name>
    <message>
        <location filename="../../ui/insights.py" line="167"/>
        <source>No platform yet: add one in Planning ▸ Platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="244"/>
        <source>W{week}</source>
        <comment>short label of an ISO week under a bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="273"/>
        <source>d MMM</source>
        <comment>QLocale format of a week&apos;s first and last days</comment>
        <translation type="unfinished">d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/insights.py" line="276"/>
        <source>{platform} · week {week} ({first} – {last})
Conversation: {conversation}
Information: {information}
Promotion: {promotion}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackButtons</name>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="20"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="23"/>
        <source>Red&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="30"/>
        <source>Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/stack_buttons.py" line="31"/>
        <source>Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/start_panel.py" line="51"/>
        <source>&lt;b&gt;An empty plan: three ways to start&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="59"/>
        <source>&amp;Add these platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="64"/>
        <source>Use this &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="67"/>
        <source>Try the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="73"/>
        <source>1. Your platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="76"/>
        <source>2. Your balance rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="79"/>
        <source>3. Or look around first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="81"/>
        <source>Then double-click a time in the week below to plan your first post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="120"/>
        <source>Platforms added: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start_panel.py" line="138"/>
        <source>Balance rule for every platform: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <location filename="../../ui/team_commands.py" line="22"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="23"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="32"/>
        <source>Add {name} to the team as an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="34"/>
        <source>Add {name} to the team as an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="36"/>
        <source>Make {name} an approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="38"/>
        <source>Make {name} an editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="58"/>
        <source>Remove {name} from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="75"/>
        <source>Turn review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="77"/>
        <source>Turn review off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="80"/>
        <source>Let approvers approve their own posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/team_commands.py" line="82"/>
        <source>Ask another approver for an approver&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/dialogs/team.py" line="68"/>
        <source>Team and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="71"/>
        <source>Who writes and who approves. With review on, a post is approved by an approver before it is scheduled. This coordinates a team that trusts each other on one plan; it is not a permission system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="78"/>
        <source>Re&amp;view posts before they are scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="79"/>
        <source>Approvers may approve their &amp;own posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="81"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="81"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="92"/>
        <source>Members of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="93"/>
        <source>No members yet: add one below, or write a post with an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="96"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="98"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="121"/>
        <source>&amp;New member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="208"/>
        <source>Role of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="213"/>
        <location filename="../../ui/dialogs/team.py" line="227"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="215"/>
        <source>Remove {name} from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="303"/>
        <source>Make someone an approver first (below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextCounter</name>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="189"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="190"/>
        <source>This platform has no text limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="193"/>
        <source>{count} / {limit}</source>
        <comment>characters used / the platform&apos;s text limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="197"/>
        <source>Characters used and this platform&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../ui/editor/fields.py" line="259"/>
        <source>Show the &amp;late follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="261"/>
        <source>Select them in the Follow-ups panel; what you typed stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="266"/>
        <source>Add a conversation post on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="293"/>
        <source>Now: this post is in %n balance breach(es), as its card shows.</source>
        <translation>
            <numerusform>Now: this post is in %n balance breach, as its card shows.</numerusform>
            <numerusform>Now: this post is in %n balance breaches, as its card shows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="310"/>
        <source>Blocked: a balance rule in block mode refuses this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="314"/>
        <source>Warning: this change breaks a balance rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="318"/>
        <source>This change takes the post out of these breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="323"/>
        <source>This change adds no breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="327"/>
        <source>No balance rule broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="379"/>
        <source>Move to {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="396"/>
        <source>{moment}…</source>
        <comment>a conversation post to add</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="398"/>
        <source>Opens the editor on a new conversation post on {platform} there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/fields.py" line="407"/>
        <source>+%n more</source>
        <comment>conversation posts to add, not shown</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <location filename="../../ui/dialogs/history.py" line="75"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="76"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="77"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="78"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="79"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="80"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="103"/>
        <source>{version} (now)</source>
        <comment>the version the post is at</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="114"/>
        <source>, </source>
        <comment>between field names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="120"/>
        <source>Undo or redo</source>
        <comment>why a change was saved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="126"/>
        <source>Reply window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="127"/>
        <source>Promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="128"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="134"/>
        <source>{kind}, due {due}</source>
        <comment>a follow-up&apos;s kind and due instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="139"/>
        <source>Follow-up {id} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="140"/>
        <source>Follow-up {id} linked to post {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="141"/>
        <source>Follow-up {id} kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="142"/>
        <source>Follow-up {id} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="143"/>
        <source>Follow-up {id} reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="144"/>
        <source>Follow-up {id} moved with its post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="145"/>
        <source>Follow-up {id} withdrawn with its cancelled post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="146"/>
        <source>Follow-up {id} back with its post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="147"/>
        <source>Follow-up {id} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="149"/>
        <source>Follow-up {id} changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="151"/>
        <source>Follow-up {id} kept by post {post}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/history.py" line="158"/>
        <source>Created with %n posts at once</source>
        <comment>only for more than 50 posts</comment>
        <translation>
            <numerusform>Created with %n posts at once</numerusform>
            <numerusform>Created with %n posts at once</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="160"/>
        <source>Brought back from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="162"/>
        <source>Restored version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="164"/>
        <source>Brought back (deletion undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="166"/>
        <source>Created as a copy of post {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="168"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="169"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="170"/>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/history.py" line="171"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../ui/week/paint.py" line="162"/>
        <source>{time} {title}</source>
        <comment>a short card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="740"/>
        <source>{day}, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="745"/>
        <source>{platform} · {category} ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="747"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="750"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="755"/>
        <source>, </source>
        <comment>between the platforms of a cross-post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="756"/>
        <source>Also on {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="759"/>
        <source>⏰ Late: {promise}, due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="761"/>
        <source>⚠ {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="767"/>
        <source>{day} {time}</source>
        <comment>a follow-up&apos;s due day and time</comment>
        <translation type="unfinished">{day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="781"/>
        <source>the reply window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="783"/>
        <source>the promised post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="785"/>
        <source>an answer to {whom}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="786"/>
        <source>an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="791"/>
        <source>Late: the community is waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="793"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="801"/>
        <source>Reply window of “{title}”: {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="805"/>
        <source>Reply window of “{title}”: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="808"/>
        <source>On {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="817"/>
        <source>Promised post for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="819"/>
        <source>Answer to {whom} for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="821"/>
        <source>Answer owed for “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/paint.py" line="824"/>
        <source>Due {when} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/view.py" line="162"/>
        <source>Week</source>
        <translation type="unfinished">Week</translation>
    </message>
    <message>
        <location filename="../../ui/week/view.py" line="574"/>
        <source>ddd d MMM</source>
        <comment>QLocale format of a day&apos;s header in the week</comment>
        <translation type="unfinished">ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="181"/>
        <source>+{count} more</source>
        <comment>context events that do not fit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="194"/>
        <source>{calendar}: {summary} (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/context_layer.py" line="201"/>
        <source>{calendar}: {summary}, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="36"/>
        <source>conversation</source>
        <comment>an empty slot&apos;s side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="37"/>
        <source>information</source>
        <comment>an empty slot&apos;s side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="38"/>
        <source>promotion</source>
        <comment>an empty slot&apos;s side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="40"/>
        <source>{platform} · {side}</source>
        <comment>an empty slot&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="51"/>
        <source>Empty slot: {platform}, {day} {time}, for conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="53"/>
        <source>Empty slot: {platform}, {day} {time}, for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="55"/>
        <source>Empty slot: {platform}, {day} {time}, for promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="57"/>
        <source>Empty slot: {platform}, {day} {time}, for any side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/week/empty_slots.py" line="66"/>
        <source>Double-click to plan a post here, or drop an idea near it to put the idea here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <location filename="../../ui/window/windows.py" line="105"/>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="106"/>
        <source>Dialogos cannot open the database</source>
        <translation>Dialogos cannot open the database</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../ui/undo.py" line="49"/>
        <source>Cannot undo or redo: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="52"/>
        <source>Cannot undo: {who} changed “{title}” since; the step is dropped from Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="56"/>
        <source>Cannot redo: {who} changed “{title}” since; the step is dropped from Redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="61"/>
        <source>Cannot undo: “{title}” was changed since; the step is dropped from Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="65"/>
        <source>Cannot redo: “{title}” was changed since; the step is dropped from Redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="165"/>
        <source>Create “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="188"/>
        <source>Move “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="190"/>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="205"/>
        <source>Edit “{title}” and its cross-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="235"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="326"/>
        <source>Keep the follow-up of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="336"/>
        <source>Drop the follow-up of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="349"/>
        <source>Plan the promised post of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="393"/>
        <source>Remove a follow-up of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="237"/>
        <source>Cross-post “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="252"/>
        <source>Duplicate “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="271"/>
        <source>Apply the text of “{title}” to its cross-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="280"/>
        <source>Cancel “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="303"/>
        <source>Mark “{title}” published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="351"/>
        <source>Bring back “{title}” from a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="417"/>
        <source>Add a follow-up to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="427"/>
        <source>Add the category&apos;s follow-ups to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="121"/>
        <source>Create the series “{title}” ({count} posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="127"/>
        <source>Edit {count} posts of the series “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="139"/>
        <source>Move {count} posts of the series “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/series_operations.py" line="175"/>
        <source>Delete {count} posts of the series “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fill_operations.py" line="38"/>
        <source>Fill the week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

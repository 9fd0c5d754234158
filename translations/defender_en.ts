<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActEditor</name>
    <message>
        <location filename="../defender_app/views/act_editor.py" line="+50"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The act</source>
        <translation>The act</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Victim *:</source>
        <translation>&amp;Victim *:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More about the act</source>
        <translation>More about the act</translation>
    </message>
</context>
<context>
    <name>AddActDialog</name>
    <message>
        <location filename="../defender_app/views/act_dialog.py" line="+29"/>
        <source>Add act</source>
        <translation>Add act</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An act is one thing done to one victim, such as a detention or a threat. If several people suffered it, add one act for each.</source>
        <translation>An act is one thing done to one victim, such as a detention or a threat. If several people suffered it, add one act for each.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Victim *:</source>
        <translation>&amp;Victim *:</translation>
    </message>
</context>
<context>
    <name>AddInvolvementDialog</name>
    <message>
        <location filename="../defender_app/views/act_involvement_dialog.py" line="+33"/>
        <source>Add a perpetrator</source>
        <translation>Add a perpetrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new: a person, group or unit…</source>
        <translation>Someone new: a person, group or unit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new perpetrator</source>
        <translation>Name of the new perpetrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Policía Municipal de …</source>
        <translation>e.g. Policía Municipal de …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;or group:</source>
        <translation>Individual &amp;or group:</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../defender_app/views/person_dialog.py" line="+28"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name, or “Policía Municipal de …” for a unit</source>
        <translation>Full name, or “Policía Municipal de …” for a unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code or pseudonym</source>
        <translation>Code or pseudonym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. V1, if the name must not be written</source>
        <translation>e.g. V1, if the name must not be written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual or group</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role in this case</source>
        <translation>Role in this case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A name or a pseudonym is enough. A perpetrator without a name can be recorded as a group or unit.</source>
        <translation>A name or a pseudonym is enough. A perpetrator without a name can be recorded as a group or unit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual &amp;or group:</source>
        <translation>Individual &amp;or group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
</context>
<context>
    <name>AddTestimonyDialog</name>
    <message>
        <location filename="../defender_app/views/testimony_dialog.py" line="+29"/>
        <source>Add testimony</source>
        <translation>Add testimony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before the interview, explain who you are and ask for consent to each use. Both are recorded beside the testimony.</source>
        <translation>Before the interview, explain who you are and ask for consent to each use. Both are recorded beside the testimony.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person giving the testimony</source>
        <translation>Person giving the testimony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new…</source>
        <translation>Someone new…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or pseudonym of the new person</source>
        <translation>Name or pseudonym of the new person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the interview</source>
        <translation>Date of the interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>ArrestEditor</name>
    <message>
        <location filename="../defender_app/views/act_arrest.py" line="+55"/>
        <source>Arrest details</source>
        <translation>Arrest details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add arrest &amp;details</source>
        <translation>Add arrest &amp;details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add arrest details</source>
        <translation>Add arrest details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corporation, unit, uniforms, vehicle, plates or número económico</source>
        <translation>Corporation, unit, uniforms, vehicle, plates or número económico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove arrest details…</source>
        <translation>Remove arrest details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove arrest details</source>
        <translation>Remove arrest details</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What an amparo for a detained or disappeared person needs: who took them, when and where, where they may be held, and every search made.</source>
        <translation>What an amparo for a detained or disappeared person needs: who took them, when and where, where they may be held, and every search made.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add these details if the victim was detained or taken away by force.</source>
        <translation>Add these details if the victim was detained or taken away by force.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove the arrest details?</source>
        <translation>Remove the arrest details?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything recorded about this detention will be removed from the act.</source>
        <translation>Everything recorded about this detention will be removed from the act.</translation>
    </message>
</context>
<context>
    <name>BugReportDialog</name>
    <message>
        <location filename="../defender_app/errors.py" line="+39"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defender hit an unexpected problem. What you saved before is safe. If it happens again, copy the details below and send them to your organisation&apos;s technical contact. They contain no case content.</source>
        <translation>Defender hit an unexpected problem. What you saved before is safe. If it happens again, copy the details below and send them to your organisation&apos;s technical contact. They contain no case content.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../defender_app/views/case_editor.py" line="+48"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finalize…</source>
        <translation>&amp;Finalize…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this version final and unchangeable (Ctrl+Shift+F)</source>
        <translation>Make this version final and unchangeable (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a &amp;correction</source>
        <translation>Start a &amp;correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new version of this final case for changes</source>
        <translation>Open a new version of this final case for changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case sections</source>
        <translation>Case sections</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People &amp;&amp; acts</source>
        <translation>&amp;People &amp;&amp; acts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Testimonies</source>
        <translation>&amp;Testimonies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a case on the left, or click “New case” (Ctrl+N) to record one.</source>
        <translation>Select a case on the left, or click “New case” (Ctrl+N) to record one.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(untitled case)</source>
        <translation>(untitled case)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final, version %1</source>
        <translation>Final, version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft, version %1 — saved automatically</source>
        <translation>Draft, version %1 — saved automatically</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Finalize this case?</source>
        <translation>Finalize this case?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case becomes final: nobody can change this version any more, which is what gives it value as evidence. Later corrections are saved as a new version.</source>
        <translation>The case becomes final: nobody can change this version any more, which is what gives it value as evidence. Later corrections are saved as a new version.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../defender_app/models/case_list_model.py" line="+23"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>final (v%1)</source>
        <translation>final (v%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>local only</source>
        <translation>local only</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../defender_app/views/case_list.py" line="+35"/>
        <source>Search cases, testimonies, people (Ctrl+F)</source>
        <translation>Search cases, testimonies, people (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from YYYY-MM</source>
        <translation>from YYYY-MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to YYYY-MM</source>
        <translation>to YYYY-MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case list columns</source>
        <translation>Case list columns</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cases</source>
        <translation>No cases</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No case matches. Try other words or clear the filters.</source>
        <translation>No case matches. Try other words or clear the filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No cases yet.
Click “New case” (Ctrl+N) to record what happened.</source>
        <translation>No cases yet.
Click “New case” (Ctrl+N) to record what happened.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../forms/fields.py" line="+823"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day unknown</source>
        <translation>day unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month and day unknown</source>
        <translation>month and day unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimate</source>
        <translation>estimate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collective</source>
        <translation>collective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>against an organisation or group</source>
        <translation>against an organisation or group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group or unit</source>
        <translation>group or unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video call</source>
        <translation>video call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral consent, recorded</source>
        <translation>oral consent, recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../defender_app/cli.py" line="+66"/>
        <source>the vault&apos;s folder (default: $DEFENDER_HOME or the user data folder)</source>
        <translation>the vault&apos;s folder (default: $DEFENDER_HOME or the user data folder)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the passphrase from FILE (one trailing newline is ignored)</source>
        <translation>read the passphrase from FILE (one trailing newline is ignored)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the passphrase as one line from file descriptor N</source>
        <translation>read the passphrase as one line from file descriptor N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the traceback of an internal error (it may quote records)</source>
        <translation>show the traceback of an internal error (it may quote records)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>create, check, recover or erase the vault</source>
        <translation>create, check, recover or erase the vault</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create a new vault</source>
        <translation>create a new vault</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify the database, every file and every custody chain</source>
        <translation>verify the database, every file and every custody chain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set a new passphrase</source>
        <translation>set a new passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open with the recovery code and set a new passphrase</source>
        <translation>open with the recovery code and set a new passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destroy the vault (panic erase)</source>
        <translation>destroy the vault (panic erase)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, list, show or finalize cases</source>
        <translation>add, list, show or finalize cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a case; prints its id</source>
        <translation>add a case; prints its id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the community (comunidad, paraje, ejido)</source>
        <translation>the community (comunidad, paraje, ejido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list cases, newest first</source>
        <translation>list cases, newest first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a case and all that is linked to it</source>
        <translation>show a case and all that is linked to it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>freeze a case as a final version</source>
        <translation>freeze a case as a final version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record testimonies</source>
        <translation>record testimonies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a testimony; prints its id</source>
        <translation>add a testimony; prints its id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uses agreed to: {uses}</source>
        <translation>uses agreed to: {uses}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>how the person agreed to be named (default: pseudonym)</source>
        <translation>how the person agreed to be named (default: pseudonym)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import or export evidence files</source>
        <translation>import or export evidence files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>encrypt files into a case; prints id and SHA-256 of each</source>
        <translation>encrypt files into a case; prints id and SHA-256 of each</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write the original file, NOT encrypted</source>
        <translation>write the original file, NOT encrypted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>find cases by their words</source>
        <translation>find cases by their words</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export cases (HURIDOCS ESF), NOT encrypted</source>
        <translation>export cases (HURIDOCS ESF), NOT encrypted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only this case (repeatable)</source>
        <translation>only this case (repeatable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import an internal JSON export</source>
        <translation>import an internal JSON export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Defender&apos;s encrypted vault, from a terminal.</source>
        <translation>Defender&apos;s encrypted vault, from a terminal.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{message} (see “defender --help”)</source>
        <translation>{message} (see “defender --help”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted; the step under way was not saved.</source>
        <translation>interrupted; the step under way was not saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an internal error happened ({kind}); nothing further was changed. Run the command again with --debug to see the details, and report them to your technical contact.</source>
        <translation>an internal error happened ({kind}); nothing further was changed. Run the command again with --debug to see the details, and report them to your technical contact.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_documents.py" line="+26"/>
        <source>wrote {path} ({size} bytes, SHA-256 {sha256})</source>
        <translation>wrote {path} ({size} bytes, SHA-256 {sha256})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: {path} is not encrypted; anyone with access to this disk can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>warning: {path} is not encrypted; anyone with access to this disk can read it. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note: {count} legal references in this document are not yet checked against the official text; have a lawyer review them before filing.</source>
        <translation>note: {count} legal references in this document are not yet checked against the official text; have a lawyer review them before filing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no case with the id or folio {case}.</source>
        <translation>There is no case with the id or folio {case}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” is a folder; give a file name. Nothing was written.</source>
        <translation>“{path}” is a folder; give a file name. Nothing was written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write “{path}”: {reason}. Nothing was written.</source>
        <translation>Could not write “{path}”: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>legal documents drafted from a case</source>
        <translation>legal documents drafted from a case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>render a case&apos;s document into a PDF file (not encrypted)</source>
        <translation>render a case&apos;s document into a PDF file (not encrypted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a legal document of a case into a PDF file. The file is NOT encrypted. The case&apos;s latest draft of that type and language is used; without one, a new draft is filled in from the case.</source>
        <translation>Render a legal document of a case into a PDF file. The file is NOT encrypted. The case&apos;s latest draft of that type and language is used; without one, a new draft is filled in from the case.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the case&apos;s id or folio</source>
        <translation>the case&apos;s id or folio</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_io.py" line="+78"/>
        <source>defender: {message}</source>
        <translation>defender: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{source} is not UTF-8 text. Nothing was changed.</source>
        <translation>{source} is not UTF-8 text. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read “{path}”: {reason}. Nothing was changed.</source>
        <translation>Could not read “{path}”: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{path}” already exists. Choose another name or delete it first; nothing was written.</source>
        <translation>“{path}” already exists. Choose another name or delete it first; nothing was written.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write “{path}”: {reason}. Nothing was exported.</source>
        <translation>Could not write “{path}”: {reason}. Nothing was exported.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not read from file descriptor {fd}: {reason}.</source>
        <translation>Could not read from file descriptor {fd}: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file descriptor {fd}</source>
        <translation>file descriptor {fd}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was typed (end of input). Nothing was changed.</source>
        <translation>Nothing was typed (end of input). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the passphrase by file or by descriptor, not both.</source>
        <translation>Give the passphrase by file or by descriptor, not both.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>The two passphrases differ. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../defender_app/cli_records.py" line="+34"/>
        <source>“{path}” is NOT encrypted: anyone who can read this disk can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>“{path}” is NOT encrypted: anyone who can read this disk can read it. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acts:</source>
        <translation>Acts:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testimonies:</source>
        <translation>Testimonies:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id}  {interviewee}  consent: {uses}</source>
        <translation>{id}  {interviewee}  consent: {uses}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case {folio} is final (version {version}).</source>
        <translation>Case {folio} is final (version {version}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown consent use “{use}”. Valid uses: {uses}.</source>
        <translation>Unknown consent use “{use}”. Valid uses: {uses}.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_desk.py" line="+45"/>
        <source>the organisation&apos;s registry desk</source>
        <translation>the organisation&apos;s registry desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>take the organisation&apos;s offline keys</source>
        <translation>take the organisation&apos;s offline keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder &apos;defender-registry init&apos; wrote</source>
        <translation>the folder &apos;defender-registry init&apos; wrote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the relay&apos;s address</source>
        <translation>the relay&apos;s address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256 of the relay&apos;s TLS key (64 hex)</source>
        <translation>SHA-256 of the relay&apos;s TLS key (64 hex)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fetch and import new records from the relay</source>
        <translation>fetch and import new records from the relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the enrolled field devices</source>
        <translation>list the enrolled field devices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confirm a field device&apos;s key after comparing its fingerprint</source>
        <translation>confirm a field device&apos;s key after comparing its fingerprint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fingerprint the defender read to you (64 hex digits; spaces allowed)</source>
        <translation>the fingerprint the defender read to you (64 hex digits; spaces allowed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoke a field device at the relay</source>
        <translation>revoke a field device at the relay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a one-time code for a new device</source>
        <translation>a one-time code for a new device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also write the code as a QR PNG here</source>
        <translation>also write the code as a QR PNG here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the central registry</source>
        <translation>list the central registry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counts of attacks</source>
        <translation>counts of attacks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the report as CSV to this file</source>
        <translation>write the report as CSV to this file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESF export, NOT encrypted</source>
        <translation>ESF export, NOT encrypted</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This vault is now the registry desk for {relay} ({count} registry key(s)). Store the key folder offline again.</source>
        <translation>This vault is now the registry desk for {relay} ({count} registry key(s)). Store the key folder offline again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>envelope {done} of {total}</source>
        <translation>envelope {done} of {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported {new} new envelope(s); {dupes} were already here; {kb} KiB downloaded.</source>
        <translation>Imported {new} new envelope(s); {dupes} were already here; {kb} KiB downloaded.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device {device}: envelopes missing {missing}; broken links at {broken}.</source>
        <translation>Device {device}: envelopes missing {missing}; broken links at {broken}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No device {id} is enrolled; &apos;defender desk devices&apos; lists them.</source>
        <translation>No device {id} is enrolled; &apos;defender desk devices&apos; lists them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device {label} ({id}), key fingerprint: {fingerprint}</source>
        <translation>Device {label} ({id}), key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is already confirmed.</source>
        <translation>This device is already confirmed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not confirmed. Call the defender, ask them to read the key fingerprint their app shows (sync status, or &apos;defender sync --status&apos;), then run this again with --fingerprint and what they read.</source>
        <translation>Not confirmed. Call the defender, ask them to read the key fingerprint their app shows (sync status, or &apos;defender sync --status&apos;), then run this again with --fingerprint and what they read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The fingerprint does not match this device&apos;s key. Nothing was confirmed; its records stay out of the registry. Tell your technical contact.</source>
        <translation>The fingerprint does not match this device&apos;s key. Nothing was confirmed; its records stay out of the registry. Tell your technical contact.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device {id} is confirmed; its records are imported at the next pull.</source>
        <translation>Device {id} is confirmed; its records are imported at the next pull.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Device {id} is revoked.</source>
        <translation>Device {id} is revoked.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QR code written to {path}</source>
        <translation>QR code written to {path}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../defender_app/cli_records.py" line="+78"/>
        <source>this export is NOT encrypted; handle it with care.</source>
        <translation>this export is NOT encrypted; handle it with care.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_records.py" line="+10"/>
        <source>Imported {cases} case(s), {persons} person(s), {acts} act(s), {testimonies} testimony(ies) and {evidence} evidence record(s) (without their files).</source>
        <translation>Imported {cases} case(s), {persons} person(s), {acts} act(s), {testimonies} testimony(ies) and {evidence} evidence record(s) (without their files).</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_vault.py" line="+29"/>
        <source>Write this recovery code on paper now and keep it away from this computer. It is shown only this once. If both the passphrase and the recovery code are lost, the data in this vault is lost: nobody can recover it.</source>
        <translation>Write this recovery code on paper now and keep it away from this computer. It is shown only this once. If both the passphrase and the recovery code are lost, the data in this vault is lost: nobody can recover it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erased. The key file was overwritten and deleted, and the database and media files were removed: what is left of them on the disk cannot be decrypted, even with the passphrase or the recovery code. Limits: copies of vault.key made elsewhere (backups) are not affected, and flash drives and SSDs may keep old sectors of any file; full-disk encryption is what protects those.</source>
        <translation>Erased. The key file was overwritten and deleted, and the database and media files were removed: what is left of them on the disk cannot be decrypted, even with the passphrase or the recovery code. Limits: copies of vault.key made elsewhere (backups) are not affected, and flash drives and SSDs may keep old sectors of any file; full-disk encryption is what protects those.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vault created in {home}.</source>
        <translation>Vault created in {home}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault check found {count} problem(s).</source>
        <translation>the vault check found {count} problem(s).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase was changed. The recovery code stays the same.</source>
        <translation>The passphrase was changed. The recovery code stays the same.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault opens with the new passphrase now.</source>
        <translation>The vault opens with the new passphrase now.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This destroys the vault in {home} for good. Type {word} to go ahead: </source>
        <translation>This destroys the vault in {home} for good. Type {word} to go ahead: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not erased: the confirmation did not match. Nothing was changed.</source>
        <translation>Not erased: the confirmation did not match. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_bundle.py" line="+36"/>
        <source>carry records to the registry on a USB stick</source>
        <translation>carry records to the registry on a USB stick</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write every undelivered record into one encrypted file in DIR</source>
        <translation>write every undelivered record into one encrypted file in DIR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder to write to (the USB stick)</source>
        <translation>the folder to write to (the USB stick)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>send a courier bundle, from any device, to the registry (needs a connection)</source>
        <translation>send a courier bundle, from any device, to the registry (needs a connection)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle file</source>
        <translation>the bundle file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../defender_app/cli_sync.py" line="+55"/>
        <source>give up after this many failures in a row without progress (default 8)</source>
        <translation>give up after this many failures in a row without progress (default 8)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the bundle ({detail}); nothing was written.</source>
        <translation>Could not write the bundle ({detail}); nothing was written.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle written: {name}</source>
        <translation>Bundle written: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} record(s) are in it. It is saved to the disk: you can unplug the USB stick now. The records also stay queued here until the registry confirms them.</source>
        <translation>{count} record(s) are in it. It is saved to the disk: you can unplug the USB stick now. The records also stay queued here until the registry confirms them.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{envelope}: refused ({reason})</source>
        <translation>{envelope}: refused ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{envelope}: stored, receipt issued</source>
        <translation>{envelope}: stored, receipt issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{envelope}: stored, waiting for its files</source>
        <translation>{envelope}: stored, waiting for its files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle taken in by the registry: {committed} of {count} record(s) stored with a receipt. The device that made it collects the receipts at its next sync.</source>
        <translation>Bundle taken in by the registry: {committed} of {count} record(s) stored with a receipt. The device that made it collects the receipts at its next sync.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry refused {count} record(s) of this bundle; show this to your organisation&apos;s technical contact.</source>
        <translation>The registry refused {count} record(s) of this bundle; show this to your organisation&apos;s technical contact.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bundle opened at the desk: {new} new record version(s), {dupes} already here.</source>
        <translation>Bundle opened at the desk: {new} new record version(s), {dupes} already here.</translation>
    </message>
    <message>
        <location filename="../defender_app/cli_sync.py" line="-20"/>
        <source>enroll this device with the organisation&apos;s registry</source>
        <translation>enroll this device with the organisation&apos;s registry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-time code (DFND1-…)</source>
        <translation>the one-time code (DFND1-…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name for this device that the registry sees</source>
        <translation>a name for this device that the registry sees</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send finalized records to the registry; 0 only when all are delivered</source>
        <translation>send finalized records to the registry; 0 only when all are delivered</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only show this device&apos;s id, key fingerprint and queue; send nothing</source>
        <translation>only show this device&apos;s id, key fingerprint and queue; send nothing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrolled. Device id: {id}</source>
        <translation>Enrolled. Device id: {id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} finalized record(s) are queued; run &apos;defender sync&apos;.</source>
        <translation>{count} finalized record(s) are queued; run &apos;defender sync&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key fingerprint: {fingerprint} (if your organisation calls to confirm this device, read it to them)</source>
        <translation>Key fingerprint: {fingerprint} (if your organisation calls to confirm this device, read it to them)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device is not enrolled yet; run &apos;defender enroll CODE&apos; first.</source>
        <translation>This device is not enrolled yet; run &apos;defender enroll CODE&apos; first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device id: {id}</source>
        <translation>Device id: {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{delivered} delivered with a verified receipt; {waiting} waiting.</source>
        <translation>{delivered} delivered with a verified receipt; {waiting} waiting.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done}/{total} delivered, sending {stage}</source>
        <translation>{done}/{total} delivered, sending {stage}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delivered {records} record(s) with verified receipts; {files} file(s), {bytes} bytes uploaded.</source>
        <translation>Delivered {records} record(s) with verified receipts; {files} file(s), {bytes} bytes uploaded.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} record(s) are not delivered yet ({refused} refused by the registry). They stay queued.</source>
        <translation>{count} record(s) are not delivered yet ({refused} refused by the registry). They stay queued.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outbox empty: every record has a verified receipt.</source>
        <translation>Outbox empty: every record has a verified receipt.</translation>
    </message>
</context>
<context>
    <name>ConfirmDeviceDialog</name>
    <message>
        <location filename="../defender_app/views/desk/confirm_device_dialog.py" line="+22"/>
        <source>Confirm this device</source>
        <translation>Confirm this device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call the defender who uses “%1” (%2) on a number you already know. Ask them to open the sync status in their app and read you the key fingerprint shown there. Confirm only if every group matches the fingerprint below: from then on the registry accepts the records this computer sends.</source>
        <translation>Call the defender who uses “%1” (%2) on a number you already know. Ask them to open the sync status in their app and read you the key fingerprint shown there. Confirm only if every group matches the fingerprint below: from then on the registry accepts the records this computer sends.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key fingerprint to compare</source>
        <translation>Key fingerprint to compare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fingerprints &amp;match: confirm</source>
        <translation>The fingerprints &amp;match: confirm</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../forms/consent.py" line="+17"/>
        <source>Keep in the organisation&apos;s records</source>
        <translation>Keep in the organisation&apos;s records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in an amparo</source>
        <translation>Use in an amparo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with the CNDH or a state commission</source>
        <translation>Share with the CNDH or a state commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IACHR precautionary measures</source>
        <translation>IACHR precautionary measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IACHR petition</source>
        <translation>IACHR petition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection Mechanism</source>
        <translation>Protection Mechanism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN special procedures</source>
        <translation>UN special procedures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criminal complaint (prosecutor)</source>
        <translation>Criminal complaint (prosecutor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisations and networks</source>
        <translation>Partner organisations and networks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public reports</source>
        <translation>Public reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous statistics only</source>
        <translation>Anonymous statistics only</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who we are and why we document</source>
        <translation>Who we are and why we document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose and every intended use</source>
        <translation>The purpose and every intended use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who will see the information</source>
        <translation>Who will see the information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risks, including online reach</source>
        <translation>The risks, including online reach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The limits of confidentiality</source>
        <translation>The limits of confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part is voluntary; support does not depend on it</source>
        <translation>Taking part is voluntary; support does not depend on it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The right to refuse any question, pause or stop</source>
        <translation>The right to refuse any question, pause or stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right to withdraw later, and what that cannot undo</source>
        <translation>The right to withdraw later, and what that cannot undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the data is kept, and where</source>
        <translation>How long the data is kept, and where</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../defender_app/widgets/consent_editor.py" line="+46"/>
        <source>How the person may be identified</source>
        <translation>How the person may be identified</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real name</source>
        <translation>real name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code only</source>
        <translation>code only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur the face</source>
        <translation>Blur the face</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alter the voice</source>
        <translation>Alter the voice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact place</source>
        <translation>exact place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality only</source>
        <translation>municipality only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>no location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family details may be given</source>
        <translation>Family details may be given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How consent was given</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written signature</source>
        <translation>written signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>thumbprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral, recorded</source>
        <translation>oral, recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal, before a witness</source>
        <translation>verbal, before a witness</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person</source>
        <translation>the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guardian (minor)</source>
        <translation>a guardian (minor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the community assembly</source>
        <translation>the community assembly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian or assembly</source>
        <translation>Guardian or assembly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child agrees</source>
        <translation>The child agrees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Able to decide (checked)</source>
        <translation>Able to decide (checked)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place (municipality)</source>
        <translation>Place (municipality)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained by</source>
        <translation>Obtained by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and variant</source>
        <translation>Language and variant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form version</source>
        <translation>Consent form version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recordings</source>
        <translation>Recordings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio may be recorded</source>
        <translation>Audio may be recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video may be recorded</source>
        <translation>Video may be recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos may be taken</source>
        <translation>Photos may be taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings may leave this device</source>
        <translation>Recordings may leave this device</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examination, contact and review</source>
        <translation>Examination, contact and review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical or forensic examination</source>
        <translation>Medical or forensic examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share the medical report</source>
        <translation>Share the medical report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe way to contact the person</source>
        <translation>Safe way to contact the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review consent on</source>
        <translation>Review consent on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uses the person agreed to</source>
        <translation>Uses the person agreed to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was explained to the person</source>
        <translation>What was explained to the person</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No consent recorded yet. Ask about each use before the interview; every answer is saved as a new version of this record.</source>
        <translation>No consent recorded yet. Ask about each use before the interview; every answer is saved as a new version of this record.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent version %1, recorded %2</source>
        <translation>Consent version %1, recorded %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawn on %1 for some uses</source>
        <translation>Withdrawn on %1 for some uses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on %1 for every use</source>
        <translation>Withdrawn on %1 for every use</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assembly and its acta:</source>
        <translation>Assembly and its acta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guardian:</source>
        <translation>Guardian:</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawal</name>
    <message>
        <location filename="../defender_app/widgets/consent_withdrawal.py" line="+29"/>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person has &amp;withdrawn consent</source>
        <translation>The person has &amp;withdrawn consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of withdrawal</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For every use</source>
        <translation>For every use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for the uses ticked below</source>
        <translation>Only for the uses ticked below</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for the withdrawal (optional)</source>
        <translation>Reason for the withdrawal (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken after the withdrawal</source>
        <translation>Actions taken after the withdrawal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports recalled, records locked, who was told and when</source>
        <translation>Exports recalled, records locked, who was told and when</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A withdrawal cannot undo documents already filed with a court or commission. Record it here as soon as the person asks; it can always be recorded, even in a final case.</source>
        <translation>A withdrawal cannot undo documents already filed with a court or commission. Record it here as soon as the person asks; it can always be recorded, even in a final case.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions taken:</source>
        <translation>Actions taken:</translation>
    </message>
</context>
<context>
    <name>CountsSection</name>
    <message>
        <location filename="../defender_app/views/desk/reports_view.py" line="+81"/>
        <source>Attacks</source>
        <translation>Attacks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: %1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attacks counted.</source>
        <translation>No attacks counted.</translation>
    </message>
</context>
<context>
    <name>CourierExportDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="+131"/>
        <source>Prepare a bundle for the courier</source>
        <translation>Prepare a bundle for the courier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes every record not yet delivered into one encrypted file on the drive you choose, such as a USB stick. Whoever carries it sees only an opaque file; only your organisation&apos;s registry can open it. The records also stay queued here until the registry confirms them.</source>
        <translation>Writes every record not yet delivered into one encrypted file on the drive you choose, such as a USB stick. Whoever carries it sees only an opaque file; only your organisation&apos;s registry can open it. The records also stay queued here until the registry confirms them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder to write the bundle to</source>
        <translation>Folder to write the bundle to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder, e.g. the USB stick</source>
        <translation>Choose the folder, e.g. the USB stick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;folder…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write bundle</source>
        <translation>&amp;Write bundle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the records to send…</source>
        <translation>Reading the records to send…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the bundle; do not unplug the drive…</source>
        <translation>Writing the bundle; do not unplug the drive…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The bundle is written and synced to the drive. It is safe to unplug.
File: %1 (%n record(s)).</source>
        <translation>
            <numerusform>The bundle is written and synced to the drive. It is safe to unplug.
File: %1 (%n record).</numerusform>
            <numerusform>The bundle is written and synced to the drive. It is safe to unplug.
File: %1 (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write the bundle to that folder (%1). Nothing was written; check that the drive is plugged in and has room, then try again.</source>
        <translation>Could not write the bundle to that folder (%1). Nothing was written; check that the drive is plugged in and has room, then try again.</translation>
    </message>
</context>
<context>
    <name>CourierImportDialog</name>
    <message>
        <location line="+42"/>
        <source>Sends a bundle file that someone brought, from any device of your organisation, to the registry as it is. This computer must be connected to the registry and to the internet. The file stays encrypted all the way.</source>
        <translation>Sends a bundle file that someone brought, from any device of your organisation, to the registry as it is. This computer must be connected to the registry and to the internet. The file stays encrypted all the way.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send to the registry</source>
        <translation>&amp;Send to the registry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the bundle to the registry…</source>
        <translation>Sending the bundle to the registry…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The registry took in the bundle: %1 of %n record(s) stored with a signed receipt. The device that made it receives the receipts at its next sync.</source>
        <translation>
            <numerusform>The registry took in the bundle: %1 of %n record stored with a signed receipt. The device that made it receives the receipt at its next sync.</numerusform>
            <numerusform>The registry took in the bundle: %1 of %n records stored with a signed receipt. The device that made it receives the receipts at its next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) still wait for files that were not in the bundle.</source>
        <translation>
            <numerusform>%n record still waits for files that were not in the bundle.</numerusform>
            <numerusform>%n records still wait for files that were not in the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The registry refused %n record(s) (%1); show this to your organisation&apos;s technical contact.</source>
        <translation>
            <numerusform>The registry refused %n record (%1); show this to your organisation&apos;s technical contact.</numerusform>
            <numerusform>The registry refused %n records (%1); show this to your organisation&apos;s technical contact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the bundle file (%1). Nothing was sent.</source>
        <translation>Could not read the bundle file (%1). Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <location filename="../defender_app/views/first_run.py" line="+80"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the vault</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that only you know. It is needed every time you open Defender.</source>
        <translation>Everything you record is kept encrypted on this computer. Choose a passphrase of several words that only you know. It is needed every time you open Defender.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Important: nobody can recover your records if you lose both the passphrase and the recovery code that comes next. Not your organisation, not us.</source>
        <translation>Important: nobody can recover your records if you lose both the passphrase and the recovery code that comes next. Not your organisation, not us.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passphrases are different.</source>
        <translation>The two passphrases are different.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../defender_app/i18n.py" line="+126"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DeskArea</name>
    <message>
        <location filename="../defender_app/views/desk/desk_window.py" line="+42"/>
        <source>Registry desk</source>
        <translation>Registry desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep&amp;orts</source>
        <translation>Rep&amp;orts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pull from relay</source>
        <translation>&amp;Pull from relay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the records the defenders sent, check them and add them here</source>
        <translation>Fetch the records the defenders sent, check them and add them here</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pull progress</source>
        <translation>Pull progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Pulling from the relay…</source>
        <translation>Pulling from the relay…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Checking records: %1 of %2</source>
        <translation>Checking records: %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading a file: %1 of %2 bytes</source>
        <translation>Downloading a file: %1 of %2 bytes</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new record version(s) received</source>
        <translation>
            <numerusform>%n new record version received</numerusform>
            <numerusform>%n new record versions received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already here</source>
        <translation>
            <numerusform>%n already here</numerusform>
            <numerusform>%n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused (failed verification)</source>
        <translation>
            <numerusform>%n refused (failed verification)</numerusform>
            <numerusform>%n refused (failed verification)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pull stopped; the next pull continues from there.</source>
        <translation>Pull stopped; the next pull continues from there.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pull stopped because of an unexpected problem.</source>
        <translation>The pull stopped because of an unexpected problem.</translation>
    </message>
</context>
<context>
    <name>DeskBundleDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="+14"/>
        <source>Opens a bundle file that a courier brought and adds its records to the registry, after checking every signature. No connection is needed if this desk already knows the device that made it.</source>
        <translation>Opens a bundle file that a courier brought and adds its records to the registry, after checking every signature. No connection is needed if this desk already knows the device that made it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open in the registry</source>
        <translation>&amp;Open in the registry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking and opening the bundle…</source>
        <translation>Checking and opening the bundle…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Bundle opened: %n new record version(s) added to the registry, %1 already here.</source>
        <translation>
            <numerusform>Bundle opened: %n new record version(s) added to the registry, %1 already here.</numerusform>
            <numerusform>Bundle opened: %n new record version(s) added to the registry, %1 already here.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the bundle file (%1). Nothing was imported.</source>
        <translation>Could not read the bundle file (%1). Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>DeskSetupDialog</name>
    <message>
        <location filename="../defender_app/views/desk/desk_setup_dialog.py" line="+60"/>
        <source>Set up as registry desk</source>
        <translation>Set up as registry desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A registry desk receives the records every defender sends, opens them with the organisation&apos;s keys and keeps the central registry. Choose the folder that “defender-registry init --offline-dir” wrote.</source>
        <translation>A registry desk receives the records every defender sends, opens them with the organisation&apos;s keys and keeps the central registry. Choose the folder that “defender-registry init --offline-dir” wrote.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+51"/>
        <source>Folder with the offline keys</source>
        <translation>Folder with the offline keys</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relay address</source>
        <translation>Relay address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS pin (optional)</source>
        <translation>TLS pin (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 hexadecimal digits, optional</source>
        <translation>64 hexadecimal digits, optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keys will live inside this vault, protected by its passphrase: whoever can unlock it can read every record. Once the desk is set up, store the key folder offline (a USB stick in a safe place) and delete it from this computer.</source>
        <translation>The keys will live inside this vault, protected by its passphrase: whoever can unlock it can read every record. Once the desk is set up, store the key folder offline (a USB stick in a safe place) and delete it from this computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set up desk</source>
        <translation>Set up desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key folder:</source>
        <translation>&amp;Key folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relay address:</source>
        <translation>&amp;Relay address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS pin:</source>
        <translation>&amp;TLS pin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the folder with the offline keys.</source>
        <translation>Choose the folder with the offline keys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder has no “%1”. Choose the folder that “defender-registry init --offline-dir” wrote.</source>
        <translation>The folder has no “%1”. Choose the folder that “defender-registry init --offline-dir” wrote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a key written by defender-registry (it has the wrong size).</source>
        <translation>“%1” is not a key written by defender-registry (it has the wrong size).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the relay&apos;s address in full, for example https://relay.example.org.</source>
        <translation>Write the relay&apos;s address in full, for example https://relay.example.org.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS pin must be 64 hexadecimal digits (a SHA-256). Leave it empty if you were not given one.</source>
        <translation>The TLS pin must be 64 hexadecimal digits (a SHA-256). Leave it empty if you were not given one.</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <location filename="../defender_app/views/desk/devices_view.py" line="+47"/>
        <source>The computers enrolled with the organisation&apos;s relay. “Refresh” asks the relay; a revoked computer can no longer send records. Records are accepted only from confirmed computers: those enrolled with a code from this desk, or confirmed here by comparing their key fingerprint by phone.</source>
        <translation>The computers enrolled with the organisation&apos;s relay. “Refresh” asks the relay; a revoked computer can no longer send records. Records are accepted only from confirmed computers: those enrolled with a code from this desk, or confirmed here by comparing their key fingerprint by phone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device columns</source>
        <translation>Device columns</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm…</source>
        <translation>&amp;Confirm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New enrollment code…</source>
        <translation>&amp;New enrollment code…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the relay…</source>
        <translation>Asking the relay…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device list updated from the relay.</source>
        <translation>Device list updated from the relay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked on %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no — records wait</source>
        <translation>no — records wait</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Confirming “%1”…</source>
        <translation>Confirming “%1”…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is confirmed; its records are imported at the next pull.</source>
        <translation>“%1” is confirmed; its records are imported at the next pull.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoke “%1” (%2)? It will no longer be able to send records to the registry. What it already sent stays here. To use it again, it must enroll with a new code.</source>
        <translation>Revoke “%1” (%2)? It will no longer be able to send records to the registry. What it already sent stays here. To use it again, it must enroll with a new code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke this device?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Revoking “%1”…</source>
        <translation>Revoking “%1”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is revoked.</source>
        <translation>“%1” is revoked.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the relay for a new code…</source>
        <translation>Asking the relay for a new code…</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../defender_app/views/document_editor.py" line="+69"/>
        <source>Required fields still empty</source>
        <translation>Required fields still empty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the document</source>
        <translation>Preparing the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill empty fields from the case a&amp;gain</source>
        <translation>Fill empty fields from the case a&amp;gain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields you have filled in stay as they are; only empty ones are filled.</source>
        <translation>Fields you have filled in stay as they are; only empty ones are filled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted PDF file of this document</source>
        <translation>Save an unencrypted PDF file of this document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of the document</source>
        <translation>Fields of the document</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Empty fields were filled in from the case; the others stay as they were.</source>
        <translation>Empty fields were filled in from the case; the others stay as they were.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: this comes from the case; add it in the case&apos;s other tabs</source>
        <translation>%1: this comes from the case; add it in the case&apos;s other tabs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was previewed, printed or exported. These required fields are still empty:</source>
        <translation>Nothing was previewed, printed or exported. These required fields are still empty:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The document could not be prepared.</source>
        <translation>The document could not be prepared.</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../defender_app/views/document_export.py" line="+55"/>
        <source>Export the document as a PDF file?</source>
        <translation>Export the document as a PDF file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it, including the names, testimony and other details of this case it contains. Keep it safe and delete it when it is no longer needed. The export is written in the case&apos;s history.</source>
        <translation>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it, including the names, testimony and other details of this case it contains. Keep it safe and delete it when it is no longer needed. The export is written in the case&apos;s history.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export PDF (not encrypted)</source>
        <translation>Export PDF (not encrypted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing “%1”…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1. This file is not encrypted: delete it when it is no longer needed.</source>
        <translation>Exported to %1. This file is not encrypted: delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF was not exported.</source>
        <translation>The PDF was not exported.</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../defender_app/widgets/document_form.py" line="+70"/>
        <source>Fields marked * are required before printing.</source>
        <translation>Fields marked * are required before printing.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Filled in from the case when the document is printed: %1</source>
        <translation>Filled in from the case when the document is printed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not yet checked by a lawyer)</source>
        <translation>%1 (not yet checked by a lawyer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required by %1</source>
        <translation>Required by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required before printing</source>
        <translation>Required before printing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, unless the case&apos;s records make it unnecessary</source>
        <translation>%1, unless the case&apos;s records make it unnecessary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, unless “%2” is given</source>
        <translation>%1, unless “%2” is given</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../defender_app/views/document_preview.py" line="+24"/>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted PDF file of this document</source>
        <translation>Save an unencrypted PDF file of this document</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown from memory; no file has been written. The case&apos;s history records this rendering with its fingerprint (SHA-256): %1</source>
        <translation>Shown from memory; no file has been written. The case&apos;s history records this rendering with its fingerprint (SHA-256): %1</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <location filename="../defender_app/views/document_print.py" line="+118"/>
        <source>No printer is set up on this computer. To print elsewhere, use “Export PDF…”; the file it writes is not encrypted.</source>
        <translation>No printer is set up on this computer. To print elsewhere, use “Export PDF…”; the file it writes is not encrypted.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another document is being printed; try again after it.</source>
        <translation>Another document is being printed; try again after it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the document to the printer…</source>
        <translation>Sending the document to the printer…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing was stopped.</source>
        <translation>Printing was stopped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document was not printed.</source>
        <translation>The document was not printed.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../forms/document_types.py" line="+10"/>
        <source>Urgent amparo against detention (minimum)</source>
        <translation>Urgent amparo against detention (minimum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amparo against detention or incommunicado (full)</source>
        <translation>Amparo against detention or incommunicado (full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for precautionary measures (IACHR)</source>
        <translation>Request for precautionary measures (IACHR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint to a human rights commission</source>
        <translation>Complaint to a human rights commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Testimony record with consent</source>
        <translation>Testimony record with consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain-of-custody record</source>
        <translation>Chain-of-custody record</translation>
    </message>
    <message>
        <location filename="../forms/documents/schema.py" line="+37"/>
        <source>Checked against the official source</source>
        <translation>Checked against the official source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from a secondary source; a lawyer must check it against the official text</source>
        <translation>Taken from a secondary source; a lawyer must check it against the official text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet checked against the official text; a lawyer must review it</source>
        <translation>Not yet checked against the official text; a lawyer must review it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended practice, not a legal requirement; a lawyer should review it</source>
        <translation>Recommended practice, not a legal requirement; a lawyer should review it</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../defender_app/views/documents_tab.py" line="+65"/>
        <source>Type of document</source>
        <translation>Type of document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;draft</source>
        <translation>New &amp;draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document drafts</source>
        <translation>Document drafts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No documents yet. Choose a type of document above and click “New draft”; it is filled in from this case.</source>
        <translation>No documents yet. Choose a type of document above and click “New draft”; it is filled in from this case.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a draft on the left to fill it in, preview or print it.</source>
        <translation>Select a draft on the left to fill it in, preview or print it.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 — %2, updated %3</source>
        <translation>%1 — %2, updated %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EnrollCodeDialog</name>
    <message>
        <location filename="../defender_app/views/desk/enroll_code_dialog.py" line="+38"/>
        <source>New enrollment code</source>
        <translation>New enrollment code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this code to one defender, as text or as the QR code. It works once and expires within a day. When they connect, read them the fingerprint by phone so they can check it.</source>
        <translation>Give this code to one defender, as text or as the QR code. It works once and expires within a day. When they connect, read them the fingerprint by phone so they can check it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrollment QR code</source>
        <translation>Enrollment QR code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied. Paste it only where the defender will read it.</source>
        <translation>Copied. Paste it only where the defender will read it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No printer is set up on this computer.</source>
        <translation>No printer is set up on this computer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../defender_app/views/enroll_dialog.py" line="+54"/>
        <source>Connect this computer to the registry</source>
        <translation>Connect this computer to the registry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your coordinator gives you an enrollment code, as text or as a QR image. Before connecting, compare the fingerprint below with the one your coordinator reads to you by phone: if they differ, do not connect.</source>
        <translation>Your coordinator gives you an enrollment code, as text or as a QR image. Before connecting, compare the fingerprint below with the one your coordinator reads to you by phone: if they differ, do not connect.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a QR &amp;image…</source>
        <translation>Open a QR &amp;image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of this computer for the registry</source>
        <translation>Name of this computer for the registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. laptop of the Ocosingo team</source>
        <translation>e.g. laptop of the Ocosingo team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation fingerprint</source>
        <translation>Organisation fingerprint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrollment &amp;code:</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint to compare:</source>
        <translation>Fingerprint to compare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of this computer:</source>
        <translation>&amp;Name of this computer:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(paste a complete code)</source>
        <translation>(paste a complete code)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the QR image</source>
        <translation>Open the QR image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enrollment code could be read from that image.</source>
        <translation>No enrollment code could be read from that image.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../defender_app/errors.py" line="+25"/>
        <source>Defender</source>
        <translation>Defender</translation>
    </message>
    <message>
        <location filename="../forms/consent.py" line="+65"/>
        <source>Unknown consent item “{item}”.</source>
        <translation>Unknown consent item “{item}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each consent use must be yes or no.</source>
        <translation>Each consent use must be yes or no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent item “{item}” must be a list.</source>
        <translation>Consent item “{item}” must be a list.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a choice for consent item “{item}”.</source>
        <translation>“{value}” is not a choice for consent item “{item}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consent item “{item}” has the wrong type.</source>
        <translation>Consent item “{item}” has the wrong type.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{item}” is not a known consent item.</source>
        <translation>“{item}” is not a known consent item.</translation>
    </message>
    <message>
        <location filename="../forms/dates.py" line="+60"/>
        <source>“{text}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>“{text}” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” is not a real date. Check the day and the month.</source>
        <translation>“{text}” is not a real date. Check the day and the month.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year in “{text}” is out of range.</source>
        <translation>The year in “{text}” is out of range.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown date precision “{precision}”.</source>
        <translation>Unknown date precision “{precision}”.</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="+33"/>
        <source>The document cannot be printed yet; it lacks {fields}. Nothing was printed.</source>
        <translation>The document cannot be printed yet; it lacks {fields}. Nothing was printed.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../forms/fields.py" line="-128"/>
        <source>“{field}” must be text.</source>
        <translation>“{field}” must be text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>“{field}” is longer than {limit} characters or contains NUL.</source>
        <translation>“{field}” is longer than {limit} characters or contains NUL.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“{field}” must be a list of texts.</source>
        <translation>“{field}” must be a list of texts.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This document has no field “{field}”.</source>
        <translation>This document has no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+2"/>
        <source>“{field}” contains a NUL character.</source>
        <translation>“{field}” contains a NUL character.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” is longer than {limit} characters.</source>
        <translation>“{field}” is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>“{field}” is required.</source>
        <translation>“{field}” is required.</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="-21"/>
        <location filename="../forms/fields.py" line="+11"/>
        <source>“{value}” is not a choice for “{field}”.</source>
        <translation>“{value}” is not a choice for “{field}”.</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+10"/>
        <source>“{field}” must be a list of terms.</source>
        <translation>“{field}” must be a list of terms.</translation>
    </message>
    <message>
        <location filename="../forms/documents/validate.py" line="-10"/>
        <location filename="../forms/fields.py" line="+5"/>
        <source>“{field}” must be yes or no.</source>
        <translation>“{field}” must be yes or no.</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="+4"/>
        <source>“{field}” must be a whole number.</source>
        <translation>“{field}” must be a whole number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{field}” must be a number.</source>
        <translation>“{field}” must be a number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” must be a list.</source>
        <translation>“{field}” must be a list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” must be a list of entries.</source>
        <translation>“{field}” must be a list of entries.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown field “{field}”.</source>
        <translation>Unknown field “{field}”.</translation>
    </message>
    <message>
        <location filename="../forms/vocab.py" line="+90"/>
        <source>“{code}” is not a term of vocabulary list {list_no}.</source>
        <translation>“{code}” is not a term of vocabulary list {list_no}.</translation>
    </message>
    <message>
        <location filename="../storage/documents.py" line="+81"/>
        <source>“{doc_type}” is not a document Defender can draft.</source>
        <translation>“{doc_type}” is not a document Defender can draft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document cannot be written in “{language}”.</source>
        <translation>This document cannot be written in “{language}”.</translation>
    </message>
    <message>
        <location filename="../storage/errors.py" line="+12"/>
        <source>That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</source>
        <translation>That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That recovery code does not open this vault. Check each group of letters and try again. Nothing was changed.</source>
        <translation>That recovery code does not open this vault. Check each group of letters and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no vault in {home}. Create one first (&apos;defender vault create&apos;).</source>
        <translation>There is no vault in {home}. Create one first (&apos;defender vault create&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists in {home}. Nothing was changed.</source>
        <translation>A vault already exists in {home}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault is open in another Defender window. Close it there and try again.</source>
        <translation>This vault is open in another Defender window. Close it there and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>The vault is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault&apos;s key file is damaged or not a Defender key file, so the vault cannot be opened. If you have the recovery code, a backup of vault.key may still help.</source>
        <translation>The vault&apos;s key file is damaged or not a Defender key file, so the vault cannot be opened. If you have the recovery code, a backup of vault.key may still help.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The vault&apos;s database is damaged or was altered ({detail}). Do not add records; ask your organisation for help before anything else.</source>
        <translation>The vault&apos;s database is damaged or was altered ({detail}). Do not add records; ask your organisation for help before anything else.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase is too short: use at least {minimum} characters, ideally several words.</source>
        <translation>The passphrase is too short: use at least {minimum} characters, ideally several words.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>The disk is full, so nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no {kind} with the id {record_id}.</source>
        <translation>There is no {kind} with the id {record_id}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is final and cannot be changed. Start a correction to make a new version.</source>
        <translation>This case is final and cannot be changed. Start a correction to make a new version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation lacks SQLCipher 4 encryption, so Defender refuses to store anything. Reinstall Defender.</source>
        <translation>This installation lacks SQLCipher 4 encryption, so Defender refuses to store anything. Reinstall Defender.</translation>
    </message>
    <message>
        <location filename="../storage/evidence.py" line="+33"/>
        <source>The file of this evidence item is not in this vault (it was imported as a record only).</source>
        <translation>The file of this evidence item is not in this vault (it was imported as a record only).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{path}” does not exist.</source>
        <translation>“{path}” does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{path}” is a folder. Choose files, or import the whole folder.</source>
        <translation>“{path}” is a folder. Choose files, or import the whole folder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{path}” is not a regular file.</source>
        <translation>“{path}” is not a regular file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” is empty (0 bytes); nothing was imported.</source>
        <translation>“{path}” is empty (0 bytes); nothing was imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{path}” cannot be read: permission denied.</source>
        <translation>“{path}” cannot be read: permission denied.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not read “{path}”: {reason}. Nothing was imported.</source>
        <translation>Could not read “{path}”: {reason}. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>“{path}” is a folder; give a file name.</source>
        <translation>“{path}” is a folder; give a file name.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not write “{path}”: {reason}.</source>
        <translation>Could not write “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../storage/persons.py" line="+90"/>
        <location filename="../storage/transfer_import.py" line="+188"/>
        <source>“{role}” is not a role a person can have in a case.</source>
        <translation>“{role}” is not a role a person can have in a case.</translation>
    </message>
    <message>
        <location filename="../storage/rows.py" line="+19"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>act</source>
        <translation>act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>involvement</source>
        <translation>involvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>testimony</source>
        <translation>testimony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence item</source>
        <translation>evidence item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../defender_app/views/document_export.py" line="-100"/>
        <source>Could not write “{path}”: {reason}. Nothing was written.</source>
        <translation>Could not write “{path}”: {reason}. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../defender_app/views/document_print.py" line="-141"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again. Nothing was printed.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, then try again. Nothing was printed.</translation>
    </message>
    <message>
        <location filename="../forms/esf.py" line="+187"/>
        <source>The import file is not valid at {where}: {problem} Nothing was imported.</source>
        <translation>The import file is not valid at {where}: {problem} Nothing was imported.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a JSON object was expected.</source>
        <translation>a JSON object was expected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a JSON list was expected.</source>
        <translation>a JSON list was expected.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{key}” has the wrong type or form.</source>
        <translation>“{key}” has the wrong type or form.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“{key}” is not expected here.</source>
        <translation>“{key}” is not expected here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{key}” is missing.</source>
        <translation>“{key}” is missing.</translation>
    </message>
    <message>
        <location filename="../forms/redaction.py" line="+74"/>
        <source>“{profile}” is not an export profile. Choose one of: {profiles}.</source>
        <translation>“{profile}” is not an export profile. Choose one of: {profiles}.</translation>
    </message>
    <message>
        <location filename="../storage/transfer.py" line="+102"/>
        <source>“{format}” is not an export format: use {formats}.</source>
        <translation>“{format}” is not an export format: use {formats}.</translation>
    </message>
    <message>
        <location filename="../storage/transfer_import.py" line="-67"/>
        <source>consent record</source>
        <translation>consent record</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import file is not valid JSON (line {line}, column {column}). Nothing was imported.</source>
        <translation>The import file is not valid JSON (line {line}, column {column}). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a Defender export of format version {version}. Nothing was imported.</source>
        <translation>This is not a Defender export of format version {version}. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is a “{profile}” export, which leaves information out on purpose; only internal exports can be imported. Nothing was imported.</source>
        <translation>This is a “{profile}” export, which leaves information out on purpose; only internal exports can be imported. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>consent versions are not 1, 2, 3…</source>
        <translation>consent versions are not 1, 2, 3…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{action}” is not a custody action.</source>
        <translation>“{action}” is not a custody action.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the chain of custody does not verify at entry {entry}; it was altered.</source>
        <translation>the chain of custody does not verify at entry {entry}; it was altered.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>frozen version {version} does not match its SHA-256; it was altered.</source>
        <translation>frozen version {version} does not match its SHA-256; it was altered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the frozen versions do not match the case&apos;s state and version.</source>
        <translation>the frozen versions do not match the case&apos;s state and version.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it names person {record_id}, who is not in the file.</source>
        <translation>it names person {record_id}, who is not in the file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {kind} {record_id} appears twice.</source>
        <translation>the {kind} {record_id} appears twice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The {kind} {record_id} in the import file is already in this vault. Nothing was imported.</source>
        <translation>The {kind} {record_id} in the import file is already in this vault. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A different case with folio {folio} is already in this vault. Nothing was imported.</source>
        <translation>A different case with folio {folio} is already in this vault. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../storage/outbox.py" line="+117"/>
        <source>This case cannot be deleted from this device yet: not every version of it has a verified receipt from the registry. Sync first.</source>
        <translation>This case cannot be deleted from this device yet: not every version of it has a verified receipt from the registry. Sync first.</translation>
    </message>
    <message>
        <location filename="../sync/bundle.py" line="+86"/>
        <source>Nothing to put in a bundle: every finalized record is already delivered.</source>
        <translation>Nothing to put in a bundle: every finalized record is already delivered.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry this computer is connected to cannot take courier bundles yet. Sync online once so this computer learns the registry&apos;s current keys; if that does not help, ask your organisation to update the registry.</source>
        <translation>The registry this computer is connected to cannot take courier bundles yet. Sync online once so this computer learns the registry&apos;s current keys; if that does not help, ask your organisation to update the registry.</translation>
    </message>
    <message>
        <location line="+412"/>
        <source>The registry did not take this bundle ({detail}). Nothing from it was stored. Show this message to your organisation&apos;s technical contact.</source>
        <translation>The registry did not take this bundle ({detail}). Nothing from it was stored. Show this message to your organisation&apos;s technical contact.</translation>
    </message>
    <message>
        <location filename="../sync/client.py" line="+83"/>
        <source>This device is not enrolled with a registry yet. Ask your organisation for an enrollment code and run &apos;defender enroll CODE&apos;.</source>
        <translation>This device is not enrolled with a registry yet. Ask your organisation for an enrollment code and run &apos;defender enroll CODE&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry could not be reached ({detail}). Nothing was lost: every record stays queued and the next sync continues where this one stopped.</source>
        <translation>The registry could not be reached ({detail}). Nothing was lost: every record stays queued and the next sync continues where this one stopped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network answered, but not as your organisation&apos;s registry: it may need a login page (hotel, café) or be intercepted. Nothing was sent.</source>
        <translation>The network answered, but not as your organisation&apos;s registry: it may need a login page (hotel, café) or be intercepted. Nothing was sent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry offered older keys (issued {offered}) than this device already holds (issued {held}). A tampered or outdated server does that, so nothing was sent. Tell your organisation&apos;s technical contact.</source>
        <translation>The registry offered older keys (issued {offered}) than this device already holds (issued {held}). A tampered or outdated server does that, so nothing was sent. Tell your organisation&apos;s technical contact.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This vault was restored from an older backup: the registry already held records this copy had forgotten. Nothing was lost. {count} record(s) still waiting were sealed again under a new sequence. If another copy of this vault is in use, keep only one.</source>
        <translation>This vault was restored from an older backup: the registry already held records this copy had forgotten. Nothing was lost. {count} record(s) still waiting were sealed again under a new sequence. If another copy of this vault is in use, keep only one.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your organisation replaced the key that protects records on their way to the registry. {count} record(s) still waiting were sealed again to the new key before anything was sent. Nothing was lost.</source>
        <translation>Your organisation replaced the key that protects records on their way to the registry. {count} record(s) still waiting were sealed again to the new key before anything was sent. Nothing was lost.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry has revoked this device, so it accepts nothing from it. Records stay in this vault. Contact your organisation.</source>
        <translation>The registry has revoked this device, so it accepts nothing from it. Records stay in this vault. Contact your organisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry did not let this device sign in ({detail}). Records stay in this vault; the device may need to be enrolled again.</source>
        <translation>The registry did not let this device sign in ({detail}). Records stay in this vault; the device may need to be enrolled again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrollment failed: {detail}. Ask your organisation for a new code.</source>
        <translation>Enrollment failed: {detail}. Ask your organisation for a new code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry refused {count} record(s) ({detail}). They stay in this vault; show this message to your organisation&apos;s technical contact.</source>
        <translation>The registry refused {count} record(s) ({detail}). They stay in this vault; show this message to your organisation&apos;s technical contact.</translation>
    </message>
    <message>
        <location filename="../defender_app/desk_wiring.py" line="+35"/>
        <source>This vault is not set up as a registry desk. Set it up with the organisation&apos;s offline keys first (&apos;defender desk setup&apos;).</source>
        <translation>This vault is not set up as a registry desk. Set it up with the organisation&apos;s offline keys first (&apos;defender desk setup&apos;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This bundle comes from a device the desk cannot vouch for: it is not in the relay&apos;s list of enrolled devices, or its key differs. Connect the desk to the relay once so it can check the device, then take the bundle in again. Nothing was imported.</source>
        <translation>This bundle comes from a device the desk cannot vouch for: it is not in the relay&apos;s list of enrolled devices, or its key differs. Connect the desk to the relay once so it can check the device, then take the bundle in again. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This bundle comes from a device the desk has not confirmed yet ({device}). Nothing was imported. Confirm the device in the Devices tab (compare its key fingerprint with the defender by phone), then take the bundle in again.</source>
        <translation>This bundle comes from a device the desk has not confirmed yet ({device}). Nothing was imported. Confirm the device in the Devices tab (compare its key fingerprint with the defender by phone), then take the bundle in again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This bundle comes from a device that was revoked ({device}); the registry accepts nothing from it any more. Nothing was imported. If the bundle was made before the device was lost, ask your technical contact to check it.</source>
        <translation>This bundle comes from a device that was revoked ({device}); the registry accepts nothing from it any more. Nothing was imported. If the bundle was made before the device was lost, ask your technical contact to check it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{address}” is not a relay address. Write it as https://registry.example.org.</source>
        <translation>“{address}” is not a relay address. Write it as https://registry.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder does not hold the organisation&apos;s offline keys ({detail}). Choose the folder that &apos;defender-registry init --offline-dir&apos; wrote.</source>
        <translation>The folder does not hold the organisation&apos;s offline keys ({detail}). Choose the folder that &apos;defender-registry init --offline-dir&apos; wrote.</translation>
    </message>
    <message>
        <location filename="../storage/desk.py" line="+70"/>
        <source>registry record</source>
        <translation>registry record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media file</source>
        <translation>media file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field device</source>
        <translation>field device</translation>
    </message>
    <message>
        <location filename="../storage/desk_errors.py" line="+12"/>
        <source>Envelope {envelope_id} was already received with different content. The new copy was not stored; keep both files and ask the device&apos;s owner what happened.</source>
        <translation>Envelope {envelope_id} was already received with different content. The new copy was not stored; keep both files and ask the device&apos;s owner what happened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A media file of envelope {envelope_id} does not match its fingerprint, so nothing of that envelope was stored. Fetch it again from the relay or the courier bundle.</source>
        <translation>A media file of envelope {envelope_id} does not match its fingerprint, so nothing of that envelope was stored. Fetch it again from the relay or the courier bundle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Envelope {envelope_id} does not hold the record it claims to hold, so it was not stored. Ask the device&apos;s owner to send that case again.</source>
        <translation>Envelope {envelope_id} does not hold the record it claims to hold, so it was not stored. Ask the device&apos;s owner to send that case again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These keys belong to another organisation than the ones this desk already holds. Nothing was changed.</source>
        <translation>These keys belong to another organisation than the ones this desk already holds. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key of device {device} is not the one whose fingerprint was compared. Nothing was confirmed; refresh the device list and compare the fingerprint again.</source>
        <translation>The key of device {device} is not the one whose fingerprint was compared. Nothing was confirmed; refresh the device list and compare the fingerprint again.</translation>
    </message>
    <message>
        <location filename="../sync/bundle_format.py" line="+95"/>
        <source>This file is not a complete courier bundle ({detail}). Nothing was imported. Ask the person who made it to export it again.</source>
        <translation>This file is not a complete courier bundle ({detail}). Nothing was imported. Ask the person who made it to export it again.</translation>
    </message>
    <message>
        <location filename="../sync/bundle.py" line="-351"/>
        <source>A media file stored on this computer is damaged, so no bundle was written. Sync online if you can, or show this message to your organisation&apos;s technical contact.</source>
        <translation>A media file stored on this computer is damaged, so no bundle was written. Sync online if you can, or show this message to your organisation&apos;s technical contact.</translation>
    </message>
    <message>
        <location filename="../sync/desk.py" line="+66"/>
        <source>The relay did not accept this desk&apos;s organisation key ({detail}). Check that the keys set up in this desk are the ones the relay was created with.</source>
        <translation>The relay did not accept this desk&apos;s organisation key ({detail}). Check that the keys set up in this desk are the ones the relay was created with.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The relay refused the request ({detail}). Nothing was changed in this desk.</source>
        <translation>The relay refused the request ({detail}). Nothing was changed in this desk.</translation>
    </message>
    <message>
        <location filename="../sync/desk_open.py" line="+44"/>
        <source>A received envelope failed verification and was not imported (envelope {envelope}: {reason}). Show this to your organisation&apos;s technical contact.</source>
        <translation>A received envelope failed verification and was not imported (envelope {envelope}: {reason}). Show this to your organisation&apos;s technical contact.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <location filename="../defender_app/widgets/evidence_details.py" line="+53"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt the original in memory and show it (noted in the chain of custody)</source>
        <translation>Decrypt the original in memory and show it (noted in the chain of custody)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport original…</source>
        <translation>E&amp;xport original…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted copy of the original file</source>
        <translation>Save an unencrypted copy of the original file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the original, taken when it was imported</source>
        <translation>Fingerprint of the original, taken when it was imported</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The position stays inside the encrypted vault: previews carry none. Only an exported original contains it.</source>
        <translation>The position stays inside the encrypted vault: previews carry none. Only an exported original contains it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original file name:</source>
        <translation>Original file name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture time (camera clock):</source>
        <translation>Capture time (camera clock):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location (GPS):</source>
        <translation>Location (GPS):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading preview…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the file</source>
        <translation>not in the file</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <location filename="../defender_app/views/evidence_export.py" line="+34"/>
        <source>The exported file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can see it. Keep it safe and delete it when it is no longer needed. The export is written in the item&apos;s chain of custody.</source>
        <translation>The exported file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can see it. Keep it safe and delete it when it is no longer needed. The export is written in the item&apos;s chain of custody.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This photo also contains the place where it was taken (GPS position). Inside the vault that stays protected; the exported copy carries it openly.</source>
        <translation>This photo also contains the place where it was taken (GPS position). Inside the vault that stays protected; the exported copy carries it openly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the original?</source>
        <translation>Export the original?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a copy…</source>
        <translation>Export a copy…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export original (not encrypted)</source>
        <translation>Export original (not encrypted)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting “%1”…</source>
        <translation>Exporting “%1”…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1. This copy is not encrypted: delete it when it is no longer needed.</source>
        <translation>Exported to %1. This copy is not encrypted: delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The original was not exported.</source>
        <translation>The original was not exported.</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../defender_app/models/evidence_model.py" line="+134"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../defender_app/views/evidence_tab.py" line="+60"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import photos and other files</source>
        <translation>Import photos and other files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a fo&amp;lder…</source>
        <translation>Import a fo&amp;lder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every file in a folder and its sub-folders, such as a phone&apos;s SD card</source>
        <translation>Import every file in a folder and its sub-folders, such as a phone&apos;s SD card</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Evidence items</source>
        <translation>Evidence items</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select an item to see and describe it.</source>
        <translation>Select an item to see and describe it.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No evidence in this case.</source>
        <translation>No evidence in this case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence yet. Import photos or files, or drop them here.</source>
        <translation>No evidence yet. Import photos or files, or drop them here.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import photos and files</source>
        <translation>Import photos and files</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a whole folder</source>
        <translation>Import a whole folder</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../defender_app/models/evidence_text.py" line="+12"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio recording</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preview: the picture is too large to preview safely. The original is kept.</source>
        <translation>No preview: the picture is too large to preview safely. The original is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview: the picture could not be read (it may be damaged). The original is kept.</source>
        <translation>No preview: the picture could not be read (it may be damaged). The original is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preview for this picture. The original is kept.</source>
        <translation>No preview for this picture. The original is kept.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../defender_app/views/desk/export_dialog.py" line="+43"/>
        <source>Export records (ESF)</source>
        <translation>Export records (ESF)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n record(s) the registry&apos;s filters show now.</source>
        <translation>
            <numerusform>The %n record the registry&apos;s filters show now.</numerusform>
            <numerusform>The %n records the registry&apos;s filters show now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n record(s) of the registry.</source>
        <translation>
            <numerusform>The whole registry: %n record.</numerusform>
            <numerusform>The whole registry: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal (complete)</source>
        <translation>Internal (complete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, for the organisation&apos;s own encrypted archive.</source>
        <translation>Everything, for the organisation&apos;s own encrypted archive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court or commission</source>
        <translation>Court or commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names only where consent covers courts and commissions; no metadata.</source>
        <translation>Names only where consent covers courts and commissions; no metadata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonyms (V1, T1…), municipality only, ages in bands.</source>
        <translation>Pseudonyms (V1, T1…), municipality only, ages in bands.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public or statistics</source>
        <translation>Public or statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts only; small numbers suppressed; no text, no media.</source>
        <translation>Counts only; small numbers suppressed; no text, no media.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the file may contain</source>
        <translation>What the file may contain</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. Under the “%1” profile it may still hold names, places and testimony. Keep it safe and delete it when it is no longer needed.</source>
        <translation>The file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. Under the “%1” profile it may still hold names, places and testimony. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the records?</source>
        <translation>Export the records?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../defender_app/widgets/field_form.py" line="+42"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM or YYYY</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: precision</source>
        <translation>%1: precision</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One per line: place | date and time | official | answer</source>
        <translation>One per line: place | date and time | official | answer</translation>
    </message>
    <message>
        <location filename="../forms/fields.py" line="-728"/>
        <location line="+608"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-600"/>
        <location line="+605"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-598"/>
        <source>Impact of the event</source>
        <translation>Impact of the event</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+265"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+265"/>
        <source>Start date precision</source>
        <translation>Start date precision</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+265"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="-260"/>
        <location line="+265"/>
        <source>End date precision</source>
        <translation>End date precision</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <location line="+100"/>
        <location line="+136"/>
        <location line="+97"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="-528"/>
        <source>Violation status</source>
        <translation>Violation status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitoring status</source>
        <translation>Monitoring status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of act</source>
        <translation>Types of act</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rights affected</source>
        <translation>Rights affected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types of attack</source>
        <translation>Types of attack</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level of the attack</source>
        <translation>Level of the attack</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Related to defence work</source>
        <translation>Related to defence work</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gender component</source>
        <translation>Gender component</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Digital attack</source>
        <translation>Digital attack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting unit</source>
        <translation>Counting unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code or pseudonym</source>
        <translation>Code or pseudonym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender identity</source>
        <translation>Gender identity</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sexual orientation</source>
        <translation>Sexual orientation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of birth precision</source>
        <translation>Date of birth precision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People (pueblo)</source>
        <translation>People (pueblo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language and variant</source>
        <translation>Language and variant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speaks Spanish</source>
        <translation>Speaks Spanish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs an interpreter</source>
        <translation>Needs an interpreter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Occupation or community role</source>
        <translation>Occupation or community role</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity documents</source>
        <translation>Identity documents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safe contact</source>
        <translation>Safe contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Human rights defender</source>
        <translation>Human rights defender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group description</source>
        <translation>Group description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of persons in the group</source>
        <translation>Number of persons in the group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type of act</source>
        <translation>Type of act</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exact location</source>
        <translation>Exact location</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location at the end of the act</source>
        <translation>Location at the end of the act</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stated reason</source>
        <translation>Stated reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Methods of violence</source>
        <translation>Methods of violence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Physical consequences</source>
        <translation>Physical consequences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Psychological consequences</source>
        <translation>Psychological consequences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age at the time</source>
        <translation>Age at the time</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status at the end of the act</source>
        <translation>Status at the end of the act</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Victim characteristics</source>
        <translation>Victim characteristics</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of place</source>
        <translation>Type of place</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date and time of detention</source>
        <translation>Date and time of detention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place of detention</source>
        <translation>Place of detention</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authority that carried out the detention</source>
        <translation>Authority that carried out the detention</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authority that ordered it</source>
        <translation>Authority that ordered it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whereabouts known</source>
        <translation>Whereabouts known</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whereabouts and outside contact</source>
        <translation>Whereabouts and outside contact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held incommunicado</source>
        <translation>Held incommunicado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal counsel</source>
        <translation>Legal counsel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of detention</source>
        <translation>Type of detention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conditions of detention</source>
        <translation>Conditions of detention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last seen (place, date and time)</source>
        <translation>Last seen (place, date and time)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the person may be held</source>
        <translation>Where the person may be held</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search efforts</source>
        <translation>Search efforts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Court or investigation file number</source>
        <translation>Court or investigation file number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language used</source>
        <translation>Language used</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Degree of involvement</source>
        <translation>Degree of involvement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type of perpetrator</source>
        <translation>Type of perpetrator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Latest status as perpetrator</source>
        <translation>Latest status as perpetrator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection to the events</source>
        <translation>Connection to the events</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type of testimony</source>
        <translation>Type of testimony</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the interview</source>
        <translation>Date of the interview</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date precision</source>
        <translation>Date precision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place (municipality only)</source>
        <translation>Place (municipality only)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the interview was held</source>
        <translation>How the interview was held</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Testimony in the person&apos;s own words</source>
        <translation>Testimony in the person&apos;s own words</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read back and ratified</source>
        <translation>Read back and ratified</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliability of the information</source>
        <translation>Reliability of the information</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Capture time as stated</source>
        <translation>Capture time as stated</translation>
    </message>
</context>
<context>
    <name>FileExporter</name>
    <message>
        <location filename="../defender_app/views/desk/file_export.py" line="+76"/>
        <source>Save (not encrypted)</source>
        <translation>Save (not encrypted)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing “%1”…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved to %1. This file is not encrypted: delete it when it is no longer needed.</source>
        <translation>Saved to %1. This file is not encrypted: delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not saved.</source>
        <translation>The file was not saved.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../defender_app/views/desk/filter_bar.py" line="+63"/>
        <source>Search titles, places, testimonies…</source>
        <translation>Search titles, places, testimonies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the registry</source>
        <translation>Search the registry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from YYYY-MM-DD</source>
        <translation>from YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to YYYY-MM-DD</source>
        <translation>to YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear &amp;filters</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of attack</source>
        <translation>Type of attack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of perpetrator</source>
        <translation>Type of perpetrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender</source>
        <translation>Defender</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: all</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../defender_app/views/history_tab.py" line="+46"/>
        <source>Case history</source>
        <translation>Case history</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../defender_app/views/history_text.py" line="+27"/>
        <source>Case created</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalized version %1</source>
        <translation>Finalized version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction started: version %1 opened for changes</source>
        <translation>Correction started: version %1 opened for changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case deleted</source>
        <translation>Case deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case exported to a file, not encrypted</source>
        <translation>Case exported to a file, not encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case imported from a file</source>
        <translation>Case imported from a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 delivered to the registry</source>
        <translation>Version %1 delivered to the registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local copy deleted after delivery to the registry</source>
        <translation>Local copy deleted after delivery to the registry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testimony added</source>
        <translation>Testimony added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded (version %1)</source>
        <translation>Consent recorded (version %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent withdrawn (version %1)</source>
        <translation>Consent withdrawn (version %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document draft started</source>
        <translation>Document draft started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document prepared as PDF from version %1 of the records</source>
        <translation>Document prepared as PDF from version %1 of the records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document exported as a PDF file, not encrypted</source>
        <translation>Document exported as a PDF file, not encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence imported: “%2”</source>
        <translation>Evidence imported: “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original exported, not encrypted: “%2”</source>
        <translation>Original exported, not encrypted: “%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collected: imported into the vault</source>
        <translation>Collected: imported into the vault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed (decrypted in memory)</source>
        <translation>Viewed (decrypted in memory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original exported, not encrypted</source>
        <translation>Original exported, not encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed and sealed</source>
        <translation>Packed and sealed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroyed</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fingerprint of this version (SHA-256): %1</source>
        <translation>Fingerprint of this version (SHA-256): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hash checked: it does NOT match the original</source>
        <translation>hash checked: it does NOT match the original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hash checked: matches</source>
        <translation>hash checked: matches</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No custody entries.</source>
        <translation>No custody entries.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✔ Chain intact: every entry is sealed to the one before (%n in all).</source>
        <translation>
            <numerusform>✔ Chain intact: its only entry is sealed (%n in all).</numerusform>
            <numerusform>✔ Chain intact: every entry is sealed to the one before (%n in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>✘ Chain broken at entry %1</source>
        <translation>
            <numerusform>✘ Chain broken at entry %1</numerusform>
            <numerusform>✘ Chain broken at entries %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry was changed or removed after it was written. Ask for help.</source>
        <translation>An entry was changed or removed after it was written. Ask for help.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What happened to this case</source>
        <translation>What happened to this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times are local (%1).</source>
        <translation>Times are local (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chain of custody of each evidence item</source>
        <translation>Chain of custody of each evidence item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No evidence in this case yet.</source>
        <translation>No evidence in this case yet.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../defender_app/widgets/import_panel.py" line="+44"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files not imported</source>
        <translation>Files not imported</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Looking for files…</source>
        <translation>Looking for files…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping after the current file…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing “%1” — %2 of %3</source>
        <translation>Importing “%1” — %2 of %3</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Import cancelled. Files imported before that are kept: %n.</source>
        <translation>
            <numerusform>Import cancelled. The file imported before that is kept: %n.</numerusform>
            <numerusform>Import cancelled. Files imported before that are kept: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No files to import (hidden files and system folders are skipped).</source>
        <translation>No files to import (hidden files and system folders are skipped).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n imported.</source>
        <translation>
            <numerusform>%n imported.</numerusform>
            <numerusform>%n imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Without a preview (too large or unreadable): %n; the originals are kept.</source>
        <translation>
            <numerusform>Without a preview (too large or unreadable): %n; the original is kept.</numerusform>
            <numerusform>Without a preview (too large or unreadable): %n; the originals are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n could not be imported:</source>
        <translation>
            <numerusform>%n could not be imported:</numerusform>
            <numerusform>%n could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import stopped: %1</source>
        <translation>The import stopped: %1</translation>
    </message>
</context>
<context>
    <name>InvolvementsEditor</name>
    <message>
        <location filename="../defender_app/views/act_involvements.py" line="+42"/>
        <source>Perpetrators</source>
        <translation>Perpetrators</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Perpetrators of this act</source>
        <translation>Perpetrators of this act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degree of involvement</source>
        <translation>Degree of involvement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No perpetrator recorded. Add who did it: a person, or a group or unit such as “Policía Municipal de …” when names are not known.</source>
        <translation>No perpetrator recorded. Add who did it: a person, or a group or unit such as “Policía Municipal de …” when names are not known.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add perpetrat&amp;or…</source>
        <translation>Add perpetrat&amp;or…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a perpetrator</source>
        <translation>Add a perpetrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove perpetrator…</source>
        <translation>Remove perpetrator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected perpetrator</source>
        <translation>Remove the selected perpetrator</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Remove this perpetrator from the act?</source>
        <translation>Remove this perpetrator from the act?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person stays in the case; only their part in this act is removed.</source>
        <translation>The person stays in the case; only their part in this act is removed.</translation>
    </message>
</context>
<context>
    <name>LegalReviewBanner</name>
    <message>
        <location filename="../defender_app/widgets/document_review.py" line="+33"/>
        <source>Legal review status</source>
        <translation>Legal review status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Legal texts and how they were checked</source>
        <translation>Legal texts and how they were checked</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <source>Show the &amp;list</source>
        <translation>Show the &amp;list</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some legal wording has not been checked by a lawyer: %1. Have a lawyer review it before filing.</source>
        <translation>Some legal wording has not been checked by a lawyer: %1. Have a lawyer review it before filing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every legal text in this document was checked against the official source.</source>
        <translation>Every legal text in this document was checked against the official source.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still to be reviewed by a lawyer</source>
        <translation>Still to be reviewed by a lawyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against the official source</source>
        <translation>Checked against the official source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the &amp;list</source>
        <translation>Hide the &amp;list</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../defender_app/views/main_window.py" line="+59"/>
        <source>&amp;New case</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Finalize case…</source>
        <translation>&amp;Finalize case…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searc&amp;h</source>
        <translation>Searc&amp;h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;status and enrollment…</source>
        <translation>Sync &amp;status and enrollment…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Prepare bundle for courier…</source>
        <translation>&amp;Prepare bundle for courier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take in a courier bundle…</source>
        <translation>&amp;Take in a courier bundle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as registry &amp;desk…</source>
        <translation>Set up as registry &amp;desk…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <location filename="../defender_app/views/media_viewer.py" line="+61"/>
        <source>Evidence viewer</source>
        <translation>Evidence viewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xport original…</source>
        <translation>E&amp;xport original…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an unencrypted copy of the original file</source>
        <translation>Save an unencrypted copy of the original file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only the record of this item is in the vault, not its file.</source>
        <translation>Only the record of this item is in the vault, not its file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypting…</source>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This item could not be shown.</source>
        <translation>This item could not be shown.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This picture is too large to show here.</source>
        <translation>This picture is too large to show here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture could not be read; the file may be damaged.</source>
        <translation>This picture could not be read; the file may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picture&apos;s format cannot be shown here.</source>
        <translation>This picture&apos;s format cannot be shown here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender cannot show this kind of file inside the vault.</source>
        <translation>Defender cannot show this kind of file inside the vault.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To open it with another program, export the original. The exported copy is not encrypted.</source>
        <translation>To open it with another program, export the original. The exported copy is not encrypted.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../defender_app/widgets/pdf_preview.py" line="+40"/>
        <source>Document preview</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Pages: %n</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document could not be shown.</source>
        <translation>This document could not be shown.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../defender_app/views/people_tab.py" line="+96"/>
        <source>People of this case</source>
        <translation>People of this case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No people yet. Add the victim first, then witnesses and perpetrators: a person, or a group or unit such as “Policía Municipal de Altamirano”.</source>
        <translation>No people yet. Add the victim first, then witnesses and perpetrators: a person, or a group or unit such as “Policía Municipal de Altamirano”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add pe&amp;rson…</source>
        <translation>Add pe&amp;rson…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts of this case</source>
        <translation>Acts of this case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;act…</source>
        <translation>Add &amp;act…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add act</source>
        <translation>Add act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove act…</source>
        <translation>Remove act…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected act</source>
        <translation>Remove the selected act</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acts</source>
        <translation>Acts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a person or an act to see and change its details.</source>
        <translation>Select a person or an act to see and change its details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person details</source>
        <translation>Person details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act details</source>
        <translation>Act details</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No acts yet. Click “Add act…” for each thing done to a victim, such as a detention or a threat.</source>
        <translation>No acts yet. Click “Add act…” for each thing done to a victim, such as a detention or a threat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No acts yet. Add the people first; then each act links a victim to it.</source>
        <translation>No acts yet. Add the people first; then each act links a victim to it.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add the victim first.</source>
        <translation>Add the victim first.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove this act?</source>
        <translation>Remove this act?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The act, its arrest details and its perpetrators&apos; involvement are removed. The people stay in the case.</source>
        <translation>The act, its arrest details and its perpetrators&apos; involvement are removed. The people stay in the case.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../defender_app/views/person_editor.py" line="+64"/>
        <source>Roles in this case</source>
        <translation>Roles in this case</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles that come from an act or a testimony change there. Untick every role to take the person out of this case; their record is kept.</source>
        <translation>Roles that come from an act or a testimony change there. Untick every role to take the person out of this case; their record is kept.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This role comes from an act or a testimony of this case.</source>
        <translation>This role comes from an act or a testimony of this case.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Take this person out of the case?</source>
        <translation>Take this person out of the case?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will no longer be listed in this case. Their record is kept, with everything typed about them.</source>
        <translation>%1 will no longer be listed in this case. Their record is kept, with everything typed about them.</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../defender_app/views/desk/record_detail.py" line="+56"/>
        <source>Choose a record in the list to see it here.</source>
        <translation>Choose a record in the list to see it here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record summary</source>
        <translation>Record summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Testimonies</source>
        <translation>Testimonies</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Versions received</source>
        <translation>Versions received</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a version to show it as it was received.</source>
        <translation>Double-click a version to show it as it was received.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version columns</source>
        <translation>Version columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 · %2 · SHA-256 %3</source>
        <translation>%1 · %2 · SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../defender_app/views/desk/record_text.py" line="+47"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Types of attack</source>
        <translation>Types of attack</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acts</source>
        <translation>Acts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>victim: %1</source>
        <translation>victim: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>perpetrators: %1</source>
        <translation>perpetrators: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No consent is recorded for this testimony.</source>
        <translation>No consent is recorded for this testimony.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent record could not be read.</source>
        <translation>The consent record could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent (version %1, given on %2)</source>
        <translation>Consent (version %1, given on %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed to</source>
        <translation>Agreed to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not agreed to</source>
        <translation>Not agreed to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This record has no testimonies.</source>
        <translation>This record has no testimonies.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testimony %1</source>
        <translation>Testimony %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Testimony %1: %2</source>
        <translation>Testimony %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relay</source>
        <translation>relay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courier bundle</source>
        <translation>courier bundle</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../defender_app/views/first_run.py" line="+45"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written down or printed the recovery code</source>
        <translation>I have written down or printed the recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you forget your passphrase, this code opens the vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer.</source>
        <translation>If you forget your passphrase, this code opens the vault. It is shown only now. Write it on paper or print it, and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Defender — recovery code</source>
        <translation>Defender — recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../defender_app/views/unlock_view.py" line="+120"/>
        <source>Open with the recovery code</source>
        <translation>Open with the recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open and set passphrase</source>
        <translation>Open and set passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../defender_app/models/registry_model.py" line="+23"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of attack</source>
        <translation>Type of attack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defender</source>
        <translation>Defender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Perpetrators: %1</source>
        <translation>Perpetrators: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../defender_app/views/desk/registry_view.py" line="+76"/>
        <source>Missing envelopes</source>
        <translation>Missing envelopes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xport records…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registry records</source>
        <translation>Registry records</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registry columns</source>
        <translation>Registry columns</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: envelope(s) %2 missing</source>
        <translation>
            <numerusform>%1: envelope %2 missing</numerusform>
            <numerusform>%1: envelopes %2 missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: the chain does not link at envelope(s) %2</source>
        <translation>
            <numerusform>%1: the chain does not link at envelope %2</numerusform>
            <numerusform>%1: the chain does not link at envelopes %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some envelopes have not arrived or do not fit their device&apos;s chain. Pull again; if this stays, ask the defender to sync or bring a courier bundle.</source>
        <translation>Some envelopes have not arrived or do not fit their device&apos;s chain. Pull again; if this stays, ask the defender to sync or bring a courier bundle.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../defender_app/views/desk/reports_view.py" line="+31"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print / sa&amp;ve PDF report…</source>
        <translation>Print / sa&amp;ve PDF report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attacks by type</source>
        <translation>Attacks by type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of attack</source>
        <translation>Type of attack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attacks by type of perpetrator</source>
        <translation>Attacks by type of perpetrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type of perpetrator</source>
        <translation>Type of perpetrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attacks by state</source>
        <translation>Attacks by state</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks by month</source>
        <translation>Attacks by month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Records: %1 · attacks (acts) counted: %2</source>
        <translation>Records: %1 · attacks (acts) counted: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the counts as a CSV file?</source>
        <translation>Export the counts as a CSV file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</source>
        <translation>The CSV file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Report of recorded attacks</source>
        <translation>Report of recorded attacks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown from memory; no file has been written. SHA-256: %1</source>
        <translation>Shown from memory; no file has been written. SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report as a PDF file?</source>
        <translation>Save the report as a PDF file?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</source>
        <translation>The PDF file will NOT be encrypted: anyone who can open the folder or the USB stick you choose can read it. It holds counts only, but small numbers in a small place can still point to people. Keep it safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../defender_app/widgets/person_labels.py" line="+14"/>
        <source>victim</source>
        <translation>victim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>witness</source>
        <translation>witness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>perpetrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source (gave testimony)</source>
        <translation>source (gave testimony)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervening party</source>
        <translation>intervening party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <location filename="../defender_app/widgets/save_problem.py" line="+20"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../defender_app/views/settings_dialog.py" line="+23"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defender will show the new language the next time it opens. To see it now, press OK, close Defender and open it again.</source>
        <translation>Defender will show the new language the next time it opens. To see it now, press OK, close Defender and open it again.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lock after being idle for:</source>
        <translation>Lock after being idle for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../defender_app/widgets/passphrase.py" line="+59"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: add more words.</source>
        <translation>Weak: add more words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: one or two more words would help.</source>
        <translation>Fair: one or two more words would help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong.</source>
        <translation>Very strong.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../defender_app/sync_controller.py" line="+148"/>
        <source>%n record(s) delivered, with signed receipts.</source>
        <translation>
            <numerusform>%n record delivered, with a signed receipt.</numerusform>
            <numerusform>%n records delivered, with signed receipts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync stopped because of an unexpected problem; it will try again.</source>
        <translation>Sync stopped because of an unexpected problem; it will try again.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../defender_app/widgets/sync_indicator.py" line="+17"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ync…</source>
        <translation>S&amp;ync…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the sync panel</source>
        <translation>Open the sync panel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync: not set up — records stay on this computer</source>
        <translation>Sync: not set up — records stay on this computer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Offline: %n record(s) waiting</source>
        <translation>
            <numerusform>Offline: %n record waiting</numerusform>
            <numerusform>Offline: %n records waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Waiting to send %n record(s)</source>
        <translation>
            <numerusform>Waiting to send %n record</numerusform>
            <numerusform>Waiting to send %n records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records delivered</source>
        <translation>All records delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync needs attention</source>
        <translation>Sync needs attention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../defender_app/views/sync_panel.py" line="+27"/>
        <source>sealing</source>
        <translation>sealing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to send</source>
        <translation>waiting to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending files</source>
        <translation>sending files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the registry</source>
        <translation>refused by the registry</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync with the registry</source>
        <translation>Sync with the registry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync summary</source>
        <translation>Sync summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation>This computer&apos;s key fingerprint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records on their way to the registry</source>
        <translation>Records on their way to the registry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt or problem</source>
        <translation>Receipt or problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect this computer…</source>
        <translation>&amp;Connect this computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the local copy after verified delivery</source>
        <translation>Delete the local copy after verified delivery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the registry has signed a receipt for every version of a case, its local copy is deleted from this computer. Useful where laptops may be seized.</source>
        <translation>Once the registry has signed a receipt for every version of a case, its local copy is deleted from this computer. Useful where laptops may be seized.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This computer&apos;s key fingerprint: %1. If your organisation calls to confirm this computer, read it to them.</source>
        <translation>This computer&apos;s key fingerprint: %1. If your organisation calls to confirm this computer, read it to them.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This computer is not connected to an organisation&apos;s registry yet. Finalized cases stay here, encrypted, until it is.</source>
        <translation>This computer is not connected to an organisation&apos;s registry yet. Finalized cases stay here, encrypted, until it is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 delivered with a verified receipt; %2 waiting; %3 refused.</source>
        <translation>%1 delivered with a verified receipt; %2 waiting; %3 refused.</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <location filename="../defender_app/views/courier_dialog.py" line="-123"/>
        <source>Take in a courier bundle</source>
        <translation>Take in a courier bundle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the bundle file (.hrdb)</source>
        <translation>Choose the bundle file (.hrdb)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a courier bundle</source>
        <translation>Open a courier bundle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Courier bundles (*.hrdb)</source>
        <translation>Courier bundles (*.hrdb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <location filename="../defender_app/widgets/term_picker.py" line="+39"/>
        <source>Search in Spanish or English…</source>
        <translation>Search in Spanish or English…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search terms</source>
        <translation>Search terms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
</context>
<context>
    <name>TermPicker</name>
    <message>
        <location line="+45"/>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>TermsPicker</name>
    <message>
        <location line="+28"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from %1</source>
        <translation>Remove from %1</translation>
    </message>
</context>
<context>
    <name>TestimoniesTab</name>
    <message>
        <location filename="../defender_app/views/testimonies_tab.py" line="+82"/>
        <source>Testimonies of this case</source>
        <translation>Testimonies of this case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No testimonies yet. Click “Add testimony…” to record what a person tells you, and ask for their consent first.</source>
        <translation>No testimonies yet. Click “Add testimony…” to record what a person tells you, and ask for their consent first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add testimony…</source>
        <translation>&amp;Add testimony…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add testimony</source>
        <translation>Add testimony</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case is final: the testimony cannot change, but consent still can.</source>
        <translation>This case is final: the testimony cannot change, but consent still can.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testimony</source>
        <translation>Testimony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a testimony above to read it and its consent.</source>
        <translation>Select a testimony above to read it and its consent.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not chosen yet)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1, partly withdrawn</source>
        <translation>version %1, partly withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>TestimonyEditor</name>
    <message>
        <location filename="../defender_app/views/testimony_editor.py" line="+62"/>
        <source>Person who gave the testimony</source>
        <translation>Person who gave the testimony</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone new…</source>
        <translation>Someone new…</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../defender_app/views/unlock_view.py" line="-109"/>
        <source>Defender is locked</source>
        <translation>Defender is locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock error</source>
        <translation>Unlock error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I forgot my passphrase…</source>
        <translation>I forgot my passphrase…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your passphrase to open your records.</source>
        <translation>Enter your passphrase to open your records.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../defender_app/cli_i18n.py" line="+34"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About StaffPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCpdDialog</name>
    <message>
        <source>Record Training for Several People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INSET: adaptive teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. In house, the trust, a teaching school hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY, if not the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total &amp;cost (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for everyone, e.g. 1200.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended &amp;outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change for pupils and practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DfE standard elements served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus on improving pupil outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underpinned by evidence and expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes collaboration and expert challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised by school leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role or payroll number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to a PostgreSQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database that a PostgreSQL server keeps for the whole trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or address, e.g. db.trust.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. staffpath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL user to connect as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password here: StaffPath asks for it if the server wants one and your ~/.pgpass does not have it, and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address StaffPath opens, made from the fields above. It holds no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address works with staffpath-cli --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Career Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where would they like to be in three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role as schools write it, e.g. deputy head, SBM, HLTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants &amp;headship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidential (only the headteacher and the person who led it see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdDialog</name>
    <message>
        <source>CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trauma-informed practice, day 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DfE standard for professional development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused on pupil &amp;outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underpinned by evidence and e&amp;xpertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colla&amp;boration and expert challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained over ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised by &amp;leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intended outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what should change, and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact le&amp;vel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact eval&amp;uation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed, with the evidence for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evide&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file, or a link starting https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Raise attainment in Year 6 reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school improvement priority it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Success criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How everyone will know it has been achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <source>Development plan - %1 - %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be printed on %1: the printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of the plan to %1</source>
        <translation>
            <numerusform>Sent %n page of the plan to %1</numerusform>
            <numerusform>Sent %n pages of the plan to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the school writes it, e.g. Head of Year 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty while the post is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the senior &amp;leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M3, U2, L14, SCP 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT&amp;E:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NPQSL, CSBM, Level 3 Supporting Teaching and Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ambition Institute, ISBL, a university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate file, or a link starting https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose evidence file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report&apos;s data as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed on %1: the printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of the report to %1</source>
        <translation>
            <numerusform>Sent %n page of the report to %1</numerusform>
            <numerusform>Sent %n pages of the report to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Objectives met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidential: seen only by the head and the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes offered first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation of programmes offered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from a career conversation to the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review a new career conversation proposes, in months after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;year starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the CPD year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day each year from which CPD hours and spend count toward the new year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings shown on the Pathway tab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings shown on the Pathway tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each warning is shown while its box is ticked; Space ticks or clears the box of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the open file every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a file is opened and its last backup is older than this, a copy goes into the backups folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep leavers&apos; records &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a leaver&apos;s record is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many years from their leaving date, the staff list&apos;s Past retention filter shows them, to review for erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDetailsDialog</name>
    <message>
        <source>Staff details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mrs, Mr, Ms, Mx, Dr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;forename:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if not the legal forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@school.sch.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;I number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ 12 34 56 C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior &amp;career:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector before schools, e.g. banking, youth work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yroll number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FT&amp;E:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ving date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;RN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher reference number, 7 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds &amp;qualified teacher status (QTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS d&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ind&amp;uction completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wants headship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or departme&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maths, SEND, Site team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::AboutDialog</name>
    <message>
        <source>&lt;h2&gt;StaffPath %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Plans the careers and professional development of everyone who works in a school or a trust of schools in England: teachers and leaders, business managers, teaching assistants, pastoral, community, early-years and technical staff.&lt;/p&gt;&lt;p&gt;Copyright © the StaffPath contributors.&lt;br&gt;Licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public Licence, version 3 or later&lt;/a&gt; (GPL-3.0-or-later). StaffPath comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::AccountEditDialog</name>
    <message>
        <source>Headteacher or administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, everyone who opens this file signs in, and sees and changes only what their role allows. This first account can do everything, including adding the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their staff record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what they may see is worked out from their own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::AccountsDialog</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no accounts: anyone who has the file can open it and see everything in it. Create the administrator to make everyone sign in and see only what their role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;Administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opens this file signs in with one of these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::AppOptions</name>
    <message>
        <source>Plans careers and professional development for the staff of a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The StaffPath database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo school, creating it the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person&apos;s &lt;tab&gt; (record or pathway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::AuditDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal content erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal content of this entry was erased with the person it was about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::BackupTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::BulkCpdDialog</name>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount of money StaffPath can read; write pounds and pence, such as 1200.00 or £1,200.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::BulkCpdPeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ComplianceTableModel</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not held yet; needed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due by %2 (%3 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: overdue since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1, completed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 (no completion date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ComplianceView</name>
    <message>
        <source>&amp;Only people with something due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training &amp; Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1. Each cell says its state as well as showing it in colour: valid (green), due with its date (amber), overdue (red), missing (grey). Double-click a row to open the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and requirements for each member of staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ConnectServerDialog</name>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer: encrypted when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify CA: encrypted, and the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify full: encrypted, certificate and server name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow: encrypted only when the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable: never encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, database and user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ConversationDialog</name>
    <message>
        <source>Record Career Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Career Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::CpdDialog</name>
    <message>
        <source>Add CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an amount of money StaffPath can read; write pounds and pence, such as 120.50 or £120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance ob&amp;jective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::CpdRecordTableModel</name>
    <message>
        <source>%1 (given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::DisplayText</name>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::EnumWords</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified teacher range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main pay range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper pay range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading practitioner range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership pay range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NJC grade (support staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free national programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship levy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National body (DfE, National College)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching school hub or alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional or subject body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local forum or network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole school or wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused on pupil outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underpinned by evidence and expertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration and expert challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritised by leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::FirstRunWizard</name>
    <message>
        <source>Welcome to StaffPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career and development planning for everyone who works in your school or trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore the demo school first (made-up people, nothing of yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start my school&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a StaffPath file I already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep your school&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file holds everything. Keep it somewhere backed up, and not in a folder shared with people who should not read staff records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your School&apos;s StaffPath File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the headteacher. They can do everything, and add the accounts of the business manager, line managers and staff, each of whom then sees only what their role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No accounts: anyone who has this file can open it and read and change everything in it, appraisals included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a short phrase is easier to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new name, or go back and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the administrator a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t encrypt: anyone who gets the file (a lost laptop, a copied backup) can read everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted with a passphrase that opens it. Without it nobody, StaffPath included, can read the file or its backups: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;me again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters; a few words are easier to remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::GradeView</name>
    <message>
        <source>Grade profile compared with the next grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of support staff with a grade to compare it with the next grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 is not one of the student support grades the framework describes (3 to 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 (next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No higher grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different at grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 is the top of the student support grades: progression means widening the role or a post elsewhere (R-NQ-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From grade %1 to grade %2, %3 of the 3 graded dimensions (supervision, autonomy, budget) step up. Grading is cumulative (R-GRD-01): a regrade needs change across several of them, not one extra duty. Highlighted: what is different at grade %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ImportDonePage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window now shows what was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is not on the undo list: Edit → Undo cannot take it back. Importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) imported: %2 change(s) written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) in error were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ImportFilePage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of staff from your MIS. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of CPD activities from your MIS. Nothing is written until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns marked &quot;not recognised&quot; need you; choose &quot;Ignore&quot; for those StaffPath should not read. Your choices are remembered for files laid out the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ImportPreviewPage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows in error and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes every new and changed row at once, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file and what importing them would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ImportWizard</name>
    <message>
        <source>Import Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s payroll number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::MainWindow</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see its staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty StaffPath database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing StaffPath database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fictional trust to try StaffPath out, creating it the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a career conversation with the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Succession…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical roles and who could step into them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About StaffPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open StaffPath Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New StaffPath Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open now. Choose another name for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Move it to the bin and create a new, empty database in its place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved to the bin, so nothing was changed. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no staff yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway framework could not be loaded, so no suggestions can be shown:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current post has no support-staff grade to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and StaffPath could not say what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see its succession.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every member of staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succession cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be undone or redone, so it has been taken off the undo list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff first, then record the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a route for the selected person first, then add it to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of this route is already in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the route to %1 to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update plan step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n plan step(s)</source>
        <translation>
            <numerusform>Remove %n plan step</numerusform>
            <numerusform>Remove %n plan steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the selected person&apos;s development plan as a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected person&apos;s development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff first, then print or save their plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme generation offered first, the review interval, the CPD year and the warnings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see who is ready now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member of Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone new to the open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected person&apos;s own details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new post for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Qualification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a qualification or programme, planned, under way or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a piece of professional development for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update staff from a CSV export of your MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CPD records from a CSV export of your MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a performance-management objective for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a performance-management review with the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Training for Several People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one training day or conference for many people at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the training and qualifications they need, and what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours and spend, DfE standard coverage, activity types, the leadership pipeline and expiring qualifications, as charts and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see its training and requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; for 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot; for %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Co&amp;nversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training Requirements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every school side by side: headcount, CPD hours per FTE, the leadership pipeline by tier and critical roles with no successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database to see its trust overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff list shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a StaffPath database first, then record the training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the open file into its backups folder now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to one of the open file&apos;s backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup of %1 could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was backed up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2? Changes made since then will no longer be in the file; what it holds now is kept as a backup first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from the backup taken %2. What it held before is kept as a backup (File → Restore from Backup…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to the open file, and as what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the open file: who, when, what, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the selected person and everything about them (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has an administrator: from now on everyone who opens it signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the member of staff to erase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and everything about them: their record, posts, qualifications, CPD, conversations, plan, objectives, reviews and account, and the personal content of every audit entry about them.

This cannot be undone. Backups taken before still hold them until they are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1; %2 audit entries kept without their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school-staff.sqlite</source>
        <comment>the suggested name of a new school file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Person&apos;s Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the selected person, as a PDF to read or JSON (a subject access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the member of staff whose record to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Person&apos;s Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to read and print (*.pdf);;JSON for another system (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the whole record to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leavers Past Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leavers kept longer than the retention period in Settings: the records to review for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the New File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt %1 with a passphrase? Recommended: staff records and appraisals then stay private if the laptop or a backup is lost. Choose No only for a file that will hold nothing personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters (a few words are easiest to remember). Without it nobody, StaffPath included, can open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ, so %1 was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on the disk is encrypted: it opens only with its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this file, or a backup of it, can read it. An administrator can encrypt it: staffpath-cli encrypt --db FILE (docs/security.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the open file a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the open file with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase for %1: at least %2 characters (a few words are easiest to remember). Without it nobody, StaffPath included, can open the file or the backups taken from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now opens with its new passphrase. Backups taken before keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Backups taken before today are not: delete them once a new backup is taken, or keep them somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ObjectiveDialog</name>
    <message>
        <source>Add an objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::OpenWithPassword</name>
    <message>
        <source>The server did not accept that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password for the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 for the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath keeps it in memory only, until the database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PostgreSQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not opened: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has accounts. Sign in to see and change what your role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: no one signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: the username and password did not match %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StaffPath keeps it in memory only, until the file is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: no passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PathwayMapView</name>
    <message>
        <source>After steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee or volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry or assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle leader or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headship level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive or trust level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff to see their pathway map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a post the pathway framework knows, so there is no career track to draw. The Pathway tab has the general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post is recorded for this person, so there is no career track to draw. The Pathway tab has the general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person holds no post now and no post is suggested, so there is no career track to draw. The Pathway tab has the general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — your track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here: “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held before: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step toward your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to plan a route here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current post is recognised, so the map shows the track of the top suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1, which no chain of moves reaches from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 suggested post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggested posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more suggested post is on the Pathway tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more suggested posts are on the Pathway tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 earlier post is on the Record tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earlier posts are on the Record tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more possible move is left out to keep the map readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more possible moves are left out to keep the map readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a post, or press Enter on it, to plan a route there. Ctrl + wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PathwayView</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway: suggested next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the steps below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff to see their pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: the notes above say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) not shown, as chosen in Edit → Settings.</source>
        <translation>
            <numerusform>%n warning not shown, as chosen in Edit → Settings.</numerusform>
            <numerusform>%n warnings not shown, as chosen in Edit → Settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PersonEdits</name>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member of Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add post &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End post &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit post &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove post &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add qualification &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit qualification &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove qualification &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CPD &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CPD &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PersonPanel</name>
    <message>
        <source>Staff record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade / pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, senior leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (leaving %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, awarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and programmes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPD recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities, %1 and %2 in total; the most recent %3 below.</source>
        <translation>
            <numerusform>%n activitie, %1 and %2 in total; the most recent %3 below.</numerusform>
            <numerusform>%n activities, %1 and %2 in total; the most recent %3 below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a member of staff to see their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this person&apos;s own details: names, contact, employment, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected post an end date: they have left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a post recorded by mistake (to record leaving it, end it instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Qualification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;ost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add CPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PlanView</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career conversation, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where would you like to be in three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark under &amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff to see their plan and conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps agreed yet. Plan a route in the Route tab and choose &quot;Add to plan&quot;, or record a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1 done.</source>
        <translation>
            <numerusform>%n step, %1 done.</numerusform>
            <numerusform>%n steps, %1 done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Towards %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No career conversation recorded yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record co&amp;nversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PostDialog</name>
    <message>
        <source>No school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched to a framework role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::PostTableModel</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title not matched to a framework role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade / pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::QualificationDialog</name>
    <message>
        <source>Add a qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework qualification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched to a framework qualification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::QualificationTableModel</name>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification or programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ReportTableModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ReportsWindow</name>
    <message>
        <source>CPD hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours per school, team and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD spend and budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What CPD cost against the CPD budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DfE standard coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How CPD covers the elements of the DfE standard for teachers&apos; professional development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD by kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is ready now or soon for each tier of leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications and training due for renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to report for this selection: no rows were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row per school; for one school&apos;s CPD hours, a row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, the last five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each row of the report is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has one layout; CPD hours and spend can be grouped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backups yet. Use File → Back Up Now to take one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. What the file holds now is kept as a backup first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interim review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the review was held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ReviewView</name>
    <message>
        <source>Add objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove objective &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Objective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Revie&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff to see their performance-management cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member of staff first, then add to their performance-management cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle ye&amp;ar:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::RoutePlannerView</name>
    <message>
        <source>&amp;Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role: a title as schools write it, e.g. deputy head, SBM, HLTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make these steps the person&apos;s development plan, with their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the role this person wants to reach, then Plan route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already holds the post of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2, earliest %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;n route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ServerAddress</name>
    <message>
        <source>Enter the name or address of the PostgreSQL server, such as db.trust.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server name or address. Give a name such as db.trust.example, or an address such as 192.0.2.10 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535; PostgreSQL&apos;s usual port is 5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database StaffPath&apos;s tables are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database name cannot contain “/” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL names are at most %1 bytes long; this one is longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::SettingsDialog</name>
    <message>
        <source>Current: the reformed NPQs, ISBL qualifications, ECF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier: NPQML, CSBM, DSBM, NASENCO and the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both generations alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualification&apos;s name box lists these first, then the others; a name of either generation is always recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s) after leaving</source>
        <translation>
            <numerusform> year after leaving</numerusform>
            <numerusform> years after leaving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>staffpath::app::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::StaffDetailsDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line manager; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called %1 is in the list of staff; choose a name from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::StaffListWidget</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the staff whose details contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n staff</source>
        <translation>
            <numerusform>%1 of %n staff</numerusform>
            <numerusform>%1 of %n staff</numerusform>
        </translation>
    </message>
    <message>
        <source>School filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff on the senior leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only staff whose agreed review is overdue or due within %n days</source>
        <translation>
            <numerusform>Only staff whose agreed review is overdue or due within %n day</numerusform>
            <numerusform>Only staff whose agreed review is overdue or due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Only staff the pathway engine finds ready now for a post, programme or step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out staff whose leaving date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone again (the search is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the staff list (also a right-click on its header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking readiness… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking readiness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read&amp;y now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role, school, team, payroll number or email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::StaffSaves</name>
    <message>
        <source>this member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details are shown as someone else saved them; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details are shown as someone else saved them; the step that would have replaced them was taken off the undo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved the details of %1 after you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version and yours are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where their version and yours differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: theirs %2, yours %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• and %n more</numerusform>
            <numerusform>• and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload Theirs shows their version and drops your changes. Keep Mine saves yours over theirs. Cancel goes back to your changes without saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Theirs keeps their version and takes this step off the undo list. Keep Mine saves this step&apos;s values over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal forename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payroll number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants headship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::StaffTableModel</name>
    <message>
        <source>Acting in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade / pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the senior leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds qualified teacher status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::SuccessionDialog</name>
    <message>
        <source>Succession</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Critical roles and who could step into them (%n people, as of %1). Roles with nobody ready within two years come first.</source>
        <translation>
            <numerusform>Critical roles and who could step into them (%n people, as of %1). Roles with nobody ready within two years come first.</numerusform>
            <numerusform>Critical roles and who could step into them (%n people, as of %1). Roles with nobody ready within two years come first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1–2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — nobody ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one to two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::TrainingNotice</name>
    <message>
        <source>Required training could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::TrustOverviewDialog</name>
    <message>
        <source>Successors from the same school &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count a critical role as covered only when someone at the same school is ready. Unticked, anyone in the trust may be its successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As of %1 · CPD year %2 · %n schools shown</source>
        <translation>
            <numerusform>As of %1 · CPD year %2 · %n school shown</numerusform>
            <numerusform>As of %1 · CPD year %2 · %n schools shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress of the trust overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the trust overview… %p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::TrustTableModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2 in post, %3 ready now, %4 ready within %5 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every critical role held here has a successor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post · ready now · ready within %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical roles held at the school with nobody ready now or within %1 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::ValidatingDialog</name>
    <message>
        <source>Choose the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.doc *.docx *.odt *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address StaffPath can open; check it, or copy it again from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a link nor the full path of a file; choose the file again, or give a link that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1; it may have been moved or renamed. Choose the file again, or give a link that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::app::WarningCatalogue</name>
    <message>
        <source>A SENCO has yet to gain the NPQ for SENCOs, and when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SENCO has no qualified teacher status recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leadership-team post is open to staff without QTS, though some schools keep it for teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPQH or headship is suggested to someone without QTS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support-staff post has no step up without a teaching qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post is at the top of its grade, so there is no pay headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A head or deputy is nearing retirement: a succession risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no usual next step from the current post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moves lead from the current post to the role aimed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older programme is not credited as its current equivalent, as its start date is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS is not recorded, and is taken as held from a post that needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record says no QTS but lists QTS among the qualifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post is current, so the advice starts from the latest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No posts are recorded, so only general suggestions can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current post has no start date, so time in post is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job title did not match any role in the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A qualification&apos;s name did not match any in the framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person aims for does not name a role the framework knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::reports</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional development plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Professional development plan · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Choose a folder that exists, or create it first; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder or the file is read-only. Choose another place for the PDF; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF for %1 could not be made; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2); any older file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name for the PDF, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to report for this selection: no rows were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is not available in this build; the figures are in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a StaffPath person export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject access export from StaffPath, made %1 (format %2, version %3). Every section of the record is below, including confidential conversations and reviews, and every change recorded about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::reports::PlanHtml</name>
    <message>
        <source>Professional development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, awarded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade / pay point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualifications recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification or programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional development (CPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No professional development recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded, %2 in all, %3 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest %1 of %2 shown; StaffPath holds the full record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pathway engine has no suggestions for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What StaffPath&apos;s pathway engine suggests, best first: prompts for the conversation, not decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more suggestions are in StaffPath&apos;s Pathway tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed route and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest career conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No career conversation to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where would you like to be in three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan agreed and signed off on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staffpath::reports::ReportText</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabbatical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivering training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n years</source>
        <translation type="unfinished">
            <numerusform>about %n year</numerusform>
            <numerusform>about %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>about 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n months</source>
        <translation type="unfinished">
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

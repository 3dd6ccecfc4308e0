<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Density::ActivityLog</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogCsv</name>
    <message>
        <source>Density Dashboard activity log: admin changes made from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: none (every entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1 of %2, newest first</source>
        <extracomment>%1 entries in this file, %2 entries in the log.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  when_utc: when the change was applied, ISO 8601 in UTC; when_local: the same instant in this computer&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  before / after: the values before the change and the values asked for, as the form described them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  outcome: applied, partly-applied or failed; detail: the API&apos;s sentence, or what part was applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogModel</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <extracomment>%1 local date and time with its zone, %2 the same instant in UTC (ISO 8601).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogWidget</name>
    <message>
        <source>Admin changes made from this app on this computer: when, what, the values before and after, and the outcome. Newest first; point at a cell to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, target, values or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or partly applied only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file (kept on this computer only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 action, %2 target, %3 outcome with its symbol.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin changes have been made from this app yet. Changes to labels, spaces and users appear here as they are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries containing “%1”</source>
        <extracomment>%1 the words typed into the filter box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed or partly applied only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Activity Log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <extracomment>%n entries written, %1 the file.</extracomment>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::AdminController</name>
    <message>
        <source>&amp;Edit Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels and Label Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected space&apos;s details and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and group labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage who can see which spaces (needs an OAuth client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin changes made from this app, with their outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::AdminForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current values again, discarding unapplied edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Fix the fields marked above; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while applying; the change may have been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. A change already sent may have been applied; Reload shows the current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited; Apply sends the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Could not load the current values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not applied: %1 Your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some administration changes have not been applied. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::AnalyticsSelection</name>
    <message>
        <source>Whole range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each space&apos;s own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1; UTC where none is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 operating hours such as &quot;Mon–Fri 08:00–18:00&quot;, %2 the time zone they apply in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::Anomalies</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>absolute limit</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket is flagged when the metrics&apos; time used and the total of its raw sessions differ by more than %1 and by more than %2 of the larger of the two.</source>
        <extracomment>%1 &quot;5 min&quot;, %2 &quot;20 %&quot; (a percentage written for the locale).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::AnomalyModel</name>
    <message>
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics minus sessions: %1 (%2 of the larger)</source>
        <extracomment>%1 &quot;+8 min&quot;, %2 &quot;100 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used (metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::AnomalyPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;flagged buckets only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag when the difference exceeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and its share of the larger value exceeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions behind the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to compare its time used with its raw sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) compares again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no space with sensor data of its own. Choose a single space (a room, desk or area) in the Spaces panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is not valid. Choose another range in the query bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to an account or start the demo to compare time used with raw sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing time used with raw sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a single space; anomalies are compared one space at a time, so its first space with its own sensor data, %2, is shown. Select a space in the Spaces panel to investigate another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n space is selected; anomalies are compared one space at a time: %1.</numerusform>
            <numerusform>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; merges many days into one bucket that sessions cannot be clipped to, so buckets of &quot;%2&quot; are compared instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no time zone set: buckets and sessions are in UTC, not local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</source>
        <translation>
            <numerusform>%n session of a type other than &quot;1&quot; (occupied) was left out.</numerusform>
            <numerusform>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with unreadable times were left out.</source>
        <translation>
            <numerusform>%n session with unreadable times was left out.</numerusform>
            <numerusform>%n sessions with unreadable times were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics and raw sessions are computed differently; Waffle sensors in particular can report minutes of time used with no session behind them. Select a bucket to see its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint compared, bucket by bucket, with the total of the raw sessions in each bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly investigator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint against the raw sessions clipped to each bucket: %1. Times are local in %2. All hours: raw sessions know no operating hours, so none are applied.</source>
        <extracomment>%1 &quot;Mon 2 Nov – Sun 8 Nov 2026, hourly&quot;, %2 the time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No bucket flagged: metrics and sessions agree in all %n buckets.</source>
        <translation>
            <numerusform>No bucket flagged: metrics and sessions agree in the %n bucket.</numerusform>
            <numerusform>No bucket flagged: metrics and sessions agree in all %n buckets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buckets flagged.</source>
        <translation>
            <numerusform>%1 of %n bucket flagged.</numerusform>
            <numerusform>%1 of %n buckets flagged.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of session time falls outside the buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bucket above to see the raw sessions behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raw session overlaps %1, yet the metrics report %2 of time used there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No raw session overlaps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Raw sessions overlapping %1, in local time: %n</source>
        <extracomment>%1 the bucket&apos;s local start and end; %n how many sessions are listed.</extracomment>
        <translation>
            <numerusform>Raw sessions overlapping %1, in local time: %n</numerusform>
            <numerusform>Raw sessions overlapping %1, in local time: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_seconds: raw sessions of type &quot;1&quot; clipped to the bucket and totalled, overlaps counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference_seconds: metric_seconds minus session_seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ApiError</name>
    <message>
        <source>The answer from %1 was not the JSON we expected (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can only be managed with a machine-to-machine OAuth token (403): connect with the client id and secret of an OAuth client an Owner created (Developer settings). Static tok_ tokens and display tokens cannot manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not create or change labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not create or change label groups (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not change spaces or their labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not allowed to read %1 (403): ask an Owner or Admin for a token with access to these spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is not allowed to use %1 (403). Display tokens can only read spaces, occupancy and presence: connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the request to %1 as invalid (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was rejected (401): check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence saying which token is needed, %2 the API&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (404); it may have been deleted or the id is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is rate limiting us (429); the request was retried and still refused. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Density API had a server error (%1) answering %2; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered %1 with an unexpected status (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ApiRequest</name>
    <message>
        <source>No credentials are configured: add a token or OAuth client in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network or raise the timeout in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS); check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection changed while this request was running; its answer was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ChartPageText</name>
    <message>
        <source>%1 (the space&apos;s own)</source>
        <extracomment>%1 an IANA time zone such as America/New_York.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each space&apos;s own (%1; UTC where none is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each space&apos;s own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Operating hours: %2 · Time zone: %3</source>
        <extracomment>The time basis over a chart, two lines: %1 range and resolution, %2 operating hours, %3 time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a bucket&apos;s day in a tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>%1 a weekday name: the bucket holds every such day of the range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date pattern of a month bucket.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A whole range: %1 first day, %2 last day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A bucket within one day: %1 day, %2 start time, %3 end time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ChartPalette</name>
    <message>
        <source>Low quality (sensors online 80% or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors offline (no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet (no data so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::Cli</name>
    <message>
        <source>The client id or secret was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the address and credentials (prints the API&apos;s greeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange --client-id/--client-secret for an OAuth access token and print the token response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange display credentials (--client-id/--client-secret) for a display-scoped token and print the token response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown resolution &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket size: %1 (default total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when --hours is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 when --days is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, utilization and time used together, per bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy, time_used, utilization (default: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy (avg/max/min) per space and bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization (occupancy / capacity) per space and bucket; null when the space has no capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used per space and bucket (time_used_raw is in milliseconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw occupied sessions; give local times without Z (the space&apos;s own zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion (0-1) of historical data per Open Area floor, per window of at most 10 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor ids (default: every floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space ids, comma-separated (default: every space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end (inclusive), in the same style as --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See density-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials, first found wins: --token or --client-id/--client-secret on the command line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the environment; then the secret of --profile NAME from the system keychain. --base-url beats the profile&apos;s address. Profiles are shared with density-dashboard; their secrets never go into a settings file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]

Every Density API v3 endpoint from the shell. Results are written to stdout as JSON (default) or CSV; errors to stderr as one line.

Global options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;density-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: density-cli %1 SUBCOMMAND ...

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;density-cli %1 SUBCOMMAND --help&quot; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: density-cli %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (--base-url, --token, --format, ...) are listed by density-cli --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a profile name (see density-cli profile list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout is a number of seconds between 0 and 86400, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; options are spelled --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server (default https://api.density.io; http:// only for loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (or DENSITY_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (or DENSITY_CLIENT_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret (or DENSITY_CLIENT_SECRET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved connection profile: its address, and its secret from the system keychain when no credential is given otherwise (see &quot;profile add&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-request timeout (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show help; after a command, its help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs an OAuth client: pass --client-id and --client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --token or --client-id/--client-secret, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: pass --token (or set DENSITY_TOKEN), --client-id and --client-secret for an OAuth client, or --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --serials or --spaces, not both: the API rejects the combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presence endpoint is deprecated by Density: it cannot tell an empty space from an offline sensor. Use presence-health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest count per space, with its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: occupied yes/no per space, without health. Prefer presence-health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence per space with the health needed to tell empty from unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence over the last minutes (Open Area spaces and floors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes to look back (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the floor presence broker for a WebSocket URL (prints ws_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the space count broker for a WebSocket URL (prints ws_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--display-id needs --client-id and --client-secret (display credentials), not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store is keychain or insecure-file, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density-cli cannot keep a secret for a session: pass --store insecure-file to keep it in a plain file (insecure), or use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See density-cli profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret saved earlier in a keychain stays there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a connection profile (replacing one of the same name): the address from --base-url and the credential from --token, or --client-id and --client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>makes it display credentials (wall screens) for this display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure-file: where no system keychain exists, keep secrets in a plain file only you can read (insecure; remembered for later runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default operating days (0 = Sunday), with --hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default operating hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space the dashboard opens first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved connection profiles (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of --name, --capacity, --function, --time-zone, --address, --iwms-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give label ids to --add or --delete, or names to --create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update: give --name and/or --group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every space of the organisation (campuses, buildings, floors, spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change attributes of a space; only the options given are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function, e.g. meeting_room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id in your IWMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach, create and detach labels of a space in one call; prints the space&apos;s labels afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing label ids to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new label names to create and attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label ids to detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a label attached to no space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a label and/or move it to a label group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List label groups with their labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty label group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a label group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List doorways (entry points watched by Entry sensors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See density-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See density-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. See density-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;. See density-cli %2 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the credentials from the environment (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile &quot;%1&quot;&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;&apos;s secret is not available to density-cli; set DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for profile &quot;%1&quot; (in the %2). Add it again with density-cli profile add, or set DENSITY_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an OAuth client; profile &quot;%2&quot; holds an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space ids (not together with --serials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sensors (all, or those with the given serials or in the given spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current health of sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health changes of sensors in a time range (any length: sent in 10-day windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live streams print JSON Lines; --format csv does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after S seconds (default: until interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s refresh period, for stale detection (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream a floor&apos;s presence (Open Area / Waffle spaces) as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the floor to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream counts of a space and its children as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the space to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental: stream a doorway&apos;s crossings (an undocumented stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doorway to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live stream failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update: give --full-name, --role and/or --spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space ids the user may see (an empty value clears them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users (OAuth client credentials only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role, e.g. owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role or spaces; what is not given stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display credentials (wall screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display this screen signs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;play id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-lived token an Owner created (it starts with tok_). It is kept in the system keychain (or for this session only where there is none), never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id and secret of an OAuth client an Owner created (Your Account → Developer). Needed to manage users. The secret is kept in the system keychain (or for this session only), never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials for a wall screen: they can read presence only. The secret is kept in the system keychain (or for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a server address such as https://api.density.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a display id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s operating hours are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ConnectionTest</name>
    <message>
        <source>&quot;%1&quot; is not a server address: enter one like https://api.density.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send your credentials unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the display id this screen signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the client id or secret (%1): check both, and that the OAuth client still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display-token endpoint refused the client id, secret or display id (%1): check all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rejected the token (401): check that you copied the whole tok_… token and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API knows these credentials but does not allow them to read this organization (403): ask an Owner or Admin for a token with read access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence above, %2 the API&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time: the server may be overloaded, or something between you and it holds the connection open. Try again, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No credentials were sent.</source>
        <extracomment>%1 why the secure connection failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2), so no credentials were sent. Compare the details below with what your IT department expects; an untrusted certificate is never accepted.</source>
        <extracomment>%2 the certificate problems, e.g. &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like the Density API: check the address. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found: its name does not resolve (DNS). Check the address for typos and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer was reached, but nothing accepts connections on port %2. Check the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint accepted the credentials, but the API rejected the token it issued (401): the address may point at a different Density environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the API answered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the OAuth client got a token and the API answered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the display got a token and the API answered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: check the proxy&apos;s host and port in Settings, or ask IT which proxy this computer must use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found (its name does not resolve): check the proxy host in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a user name and password: enter them in Settings (Proxy), or ask IT for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the proxy setting and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: check the proxy setting, or ask IT whether it allows connections to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection through %1 failed (%2): check the proxy setting in Settings.</source>
        <extracomment>%1 the proxy, %2 what went wrong.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate check reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of the chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer: %1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::CredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plain file (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::CredentialStorePolicy</name>
    <message>
        <source>No system keychain is available (no Secret Service on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; as you chose, secrets are stored in a plain file that only your account can read. This is insecure: anyone with access to your files or backups can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; secrets are kept for this session only and must be entered again next time. You can choose to store them in a plain file instead (insecure).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::CsvExport</name>
    <message>
        <source>no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null from the API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket: start of the period in the space&apos;s time zone with its UTC offset (total: the range start; weekday: 0 = Sunday; hour_of_day: 0-23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy_avg: average number of people present during the bucket (time-weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy_max: peak number of people present at any moment of the bucket; a peak is not an average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the space&apos;s capacity (1 = 100%); empty when no capacity is set (unset or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time_used_hours: time with at least one person present in hours (the API&apos;s time_used_raw milliseconds / 3600000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = low quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped: true when the sensor reached its counting limit; occupancy_max is then at least that limit (read 3 as &quot;3+&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_quality: good / zero_use (complete and nobody there) / incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / pending (after the export time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells have no value (null or not reported by the API): never read them as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file was open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresenceModel</name>
    <message>
        <source>%1+ people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: sensor offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: sensor degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: sensor health not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: sensor health unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensor is %1; its last count was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the last hour in which a sensor saw someone (short-term presence; open-area spaces and floors only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the sensor&apos;s reading was taken, in the space&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the API gives with the reading, usually when the current state began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied, last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresencePanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the current state now (it refreshes every minute while this page is shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied come from a healthy sensor&apos;s current reading. ? Unknown means the sensor is offline or degraded, or there is no reading: such a space is never shown as available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a space to see who is there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading times are in UTC (the space has no time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading times are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1; refreshes every minute while shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update at %1 failed; it is tried again every minute while shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-aware presence is not available on this server, so presence comes from the deprecated endpoint, which cannot tell an empty space from an offline sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state of %1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DashboardOptions</name>
    <message>
        <source>Occupancy dashboard for Density sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo portfolio (a simulator on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of spaces in the demo portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s fixed time (ISO 8601, UTC) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the demo simulator misbehave, to see how the dashboard copes, for example &quot;latency=300,errors=0.1,ws-drop=30&quot; or &quot;ghost-time&quot; (density-sim --help lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server address (the token comes from the DENSITY_TOKEN environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this space id (repeat it or separate ids with commas to compare up to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many seconds (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as a PNG file once it has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PIN that leaves the kiosk from standard input, store its salted hash and quit (an empty line removes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a locked full-screen wall display of the configured floors (signs in with display credentials; with --demo, the demo&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors the kiosk rotates through, comma separated (default: the settings, or the first building&apos;s floors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each kiosk floor stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display id the kiosk signs in with (overrides its connection&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rotate-seconds needs a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosk-floors, --rotate-seconds and --display-id need --kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-now needs a date and time such as 2026-11-25T15:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-spaces needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view and --space do not apply to --kiosk; use --kiosk-floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. de, fr, es, ja (default: Settings, which follow the system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --locale; use a code such as de, fr, es or ja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessModel</name>
    <message>
        <source>No floors in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n complete</numerusform>
            <numerusform>%n complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps (sensors offline or missing data)</source>
        <translation>
            <numerusform>%n with gaps (sensors offline or missing data)</numerusform>
            <numerusform>%n with gaps (sensors offline or missing data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still processing</source>
        <translation>
            <numerusform>%n still processing</numerusform>
            <numerusform>%n still processing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in planning</source>
        <translation>
            <numerusform>%n in planning</numerusform>
            <numerusform>%n in planning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without open-area sensors</source>
        <translation>
            <numerusform>%n without open-area sensors</numerusform>
            <numerusform>%n without open-area sensors</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor: %1</source>
        <extracomment>%1 is a list such as &quot;2 complete, 1 still processing&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n floors: %1</source>
        <translation>
            <numerusform>%n floor: %1</numerusform>
            <numerusform>%n floors: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A completeness percentage; %1 is the number (&quot;82.4&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor in planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors offline or missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All expected open-area data for this window has arrived and been processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: the floor is still in planning (or went live only after this window began), so its sensors were not live for all of it and less data is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: part of this window is less than about 8 hours old (or has not happened yet); Density is still processing it. Check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: sensors were offline or data is missing for part of this window. The Sensor health page shows which sensors are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data-status answer had no value for this floor in this window, though it had one in others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open-area sensors on this floor — completeness does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a data-status window&apos;s ends in the column headers (QDate::toString).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A window of days, &quot;1 Nov – 10 Nov&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density reports data completeness only for floors with open-area sensors; the answer leaves this floor out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-status window %1 of %2 (the API answers at most 10 days at a time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessPage</name>
    <message>
        <source>Data completeness could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a floor, building or campus in the Spaces panel to see how complete its open-area data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) checks the data completeness again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection has no floors, so there is no floor data to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking data completeness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first selected space; %n how many others are selected.</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first floor&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the floor&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor, for %1 (whole days in %2; the operating hours do not apply). The API answers at most 10 days at a time, so each 10-day window has its own column. Checked at %3.</source>
        <extracomment>%1 date range, %2 time zone, %3 date and time of the check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some floors are in other time zones: their windows are the same instants, so their days start at other local times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor and 10-day window of the query&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a value below 100 % means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API says how much of the expected data has arrived, not why some is missing. Each cell names the most likely of the three usual causes that the app can tell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the floor&apos;s status is &quot;planning&quot;: its sensors are not live yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window reaches into the last 8 hours (or the future). Density processes data within about 8 hours; check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything else: sensors were offline or data is missing; in bold at or below 80 %, where data counts as low quality. The Sensor health page shows which sensors are offline now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all expected data has arrived. Floors without open-area sensors are listed without a value: completeness applies only to open-area floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell to read what its value most likely means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <extracomment>%1 floor, %2 window, %3 percentage, %4 explanation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data status is answered in windows of at most 10 days; each row is one floor in one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion: share (0 to 1) of the floor&apos;s expected open-area data that has arrived and been processed in the window (/v3/analytics/data-status); empty when the API gave no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely_reason: the app&apos;s best guess, not the API&apos;s: complete; planning (the floor is in planning); processing (the window reaches into the last 8 hours); offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no open-area sensors on the floor); no_value (no value in this window only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness by floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DateRanges</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DensityClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sensors by serial numbers or by spaces, not both: the API rejects the combination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::DoorwayModel</name>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sensor placement %2)</source>
        <extracomment>%1 space name, %2 the API&apos;s sensor_placement (which side the sensor is on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensor is not among the sensors loaded for this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ExportController</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, sharp enough for slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV, with where they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export on this page yet: select a space and let its data load first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to write, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any file that was there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ExportProvenance</name>
    <message>
        <source>capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity 0 (no capacity set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: %1 | %2 | %3 | %4</source>
        <extracomment>%1 space id, %2 name, %3 capacity, %4 time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)</source>
        <extracomment>%1 day names, %2 day numbers, %3 opening hour, %4 closing hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density Dashboard export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 to %2 (both included; as sent to the API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: UTC (fallback: no time zone set for the space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1 (the space&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::HealthTimelineWidget</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded (striped: online, not sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (cross-hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (dotted: reported as unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no history before the first change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status already in force when the range starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no history before the first change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in force at the start of the range (it may have begun earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in force at the end of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>In the health history&apos;s summary for screen readers: status, duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensors to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::HeatmapAdapter</name>
    <message>
        <source>average people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people at peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the hour in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average occupancy: people present on average during the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak occupancy: the most people present at once during the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average utilization: average occupancy as a percentage of the space&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used: the percentage of the hour in which at least one person was present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::HeatmapWidget</name>
    <message>
        <source>Typical week heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in local time (time zone unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in local time, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>weekday, hour start, hour end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>time, value, unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n week(s))</source>
        <comment>weeks merged into this cell</comment>
        <translation>
            <numerusform>(%n week)</numerusform>
            <numerusform>(%n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <comment>marks the current weekday and hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quietest hour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the week without data</source>
        <translation>
            <numerusform>%n hour of the week without data</numerusform>
            <numerusform>%n hours of the week without data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::InsecureFileCredentialStore</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KeychainCredentialStore</name>
    <message>
        <source>The system keychain did not answer (it may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain returned another value than the one stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskApp</name>
    <message>
        <source>The kiosk cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is set up for this wall screen. Add one that signs in with display credentials (Connect… in the dashboard, or density-cli profile add) and choose it under Settings &gt; Kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection “%1” signs in with %2. A wall screen signs in only with display credentials, so that it can read presence and never change anything; choose a display connection under Settings &gt; Kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of “%1” is not stored on this machine%2. Connect once with that connection to store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskController</name>
    <message>
        <source>Looking for this screen&apos;s floors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No building with floors was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floors to show could not be found: %1 Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorModel</name>
    <message>
        <source>%1:00–%2:00</source>
        <extracomment>A busiest hour on the wall screen, e.g. &quot;14:00–15:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone booths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorView</name>
    <message>
        <source>Busiest hours today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, not booking</source>
        <extracomment>The wall screen shows sensed presence; a free-looking room may still be booked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors show whether people are in a space now; a free space may still be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>The wall screen&apos;s clock when the floor has no time zone, e.g. &quot;14:32 UTC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical for a %1, from the last four weeks</source>
        <extracomment>Under the busiest hours on the wall screen; %1 is a weekday name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <extracomment>Appended to &quot;Last updated 14:32&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1 — no data to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates since %1 — showing last known state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1 — showing last known state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting automatically. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskPinPrompt</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exit PIN, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskSettingsSection</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides the connection&apos;s display id, which names this screen to Density.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors to rotate through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seconds per floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dar&amp;k from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awake hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After h&amp;ours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awake from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;wake until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awake days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the wall screen with density-dashboard --kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the portfolio open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate floor ids with commas: “%1” has a space in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light and dark need different times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one awake day, or the screen never wakes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awake hours must start and end at different times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the PIN again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked floors are shown in this order; drag them or use the arrows to change it. None checked: the first building&apos;s floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor ids separated by commas, in the order they are shown. Empty: the first building&apos;s floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set. The new PIN replaces it when you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set. The new PIN is saved when you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set. It is removed when you press OK or Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set: leaving the wall screen asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set: anyone at the wall screen can leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t set a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection signs in as a display yet. Add one with File &gt; Connect to an Account… (sign in with “Display credentials”), or run: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections that sign in with display credentials; “Current connection” is the one the dashboard last used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskShell</name>
    <message>
        <source>Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit PIN is set for this screen. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing occupancy on a wall screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::KioskSpaceGrid</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces on this floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Unknown, last: %2</source>
        <extracomment>On a wall-screen tile while offline: now unknown, and the state last seen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 available</source>
        <extracomment>Group header on the wall screen, e.g. &quot;Meeting rooms · 3 of 8 available&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last: %1 available, %2 occupied)</source>
        <extracomment>A folded group on the wall screen while offline, after &quot;? 40 unknown&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this floor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to this floor&apos;s sensors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n space(s)</source>
        <extracomment>Group header on the wall screen while offline, e.g. &quot;Desks · 24 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n space</numerusform>
            <numerusform>%1 · %n spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::LabelForm</name>
    <message>
        <source>The label group this label belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new label; Apply creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1; group: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the new label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1” and moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the label “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the label “%1” without a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting it into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the label “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LabelGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label group no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty label group; Apply creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the new label group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create label group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the label group “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename label group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LabelNameCheck</name>
    <message>
        <source>A label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label group named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LabelTreeModel</name>
    <message>
        <source>Ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels that belong to no label group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label group “%1”: %n label(s)</source>
        <translation>
            <numerusform>Label group “%1”: %n label</numerusform>
            <numerusform>Label group “%1”: %n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label “%1” on %n space(s)</source>
        <translation>
            <numerusform>Label “%1” on %n space</numerusform>
            <numerusform>Label “%1” on %n spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LabelsAdminWidget</name>
    <message>
        <source>New &amp;label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter labels and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter labels and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a label, in the group of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty label group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces with this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Could not load the labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a label or a label group on the left to rename it or move it, or create one with New label… or New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits in “%1” have not been applied. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels belong to no label group. Pick one to rename it or to move it into a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces with this label (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space carries this label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LiveAvailabilityDelegate</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LiveConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: showing last known state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LiveFeed</name>
    <message>
        <source>The server offered a stream address that is not a secure WebSocket (wss://) address; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot for %1 s (one is due every %2 s); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two refreshes were missed; the last known state is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LivePage</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the spaces as a table with health and counting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the spaces as tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied show whether a sensor sees anyone right now: availability is occupancy, not booking. ? Unknown means the sensor is offline or degraded, or the data is stale (two refreshes missed); such a space is never shown as available, and its last reading reads “last: …”, dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view of %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view of %1 stopped. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a floor, or a room on it, to see its spaces live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces right now, as tiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LivePresenceModel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence / count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LiveTileDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::LiveValueDelegate</name>
    <message>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::MainWindow</name>
    <message>
        <source>Loading spaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to an Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo portfolio is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portfolio (simulated) at %1</source>
        <extracomment>Exports&apos; provenance: %1 the simulator&apos;s address on this computer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portfolio (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated organization served on this computer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Exports&apos; provenance: %1 the API&apos;s address (the API does not name the organization).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Exports&apos; provenance and the activity log: %1 the profile&apos;s name, %2 the API&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These spaces were not found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portfolio — Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for Density occupancy sensors: occupancy, utilization and time used, with the time basis and data quality behind every number.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::MetricChartBuilder</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date pattern (QDate::toString) of a day label on a chart of up to two weeks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date pattern of a month label; the year is shown in January and on the first label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::MetricChartPage</name>
    <message>
        <source>Select one space, or up to 8 to compare, in the Spaces panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time basis of every number on this page: the range, the resolution, the operating hours and the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled; the chart still shows the previous query. Refresh (F5) loads the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range&apos;s last day is before its first; choose another range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: open the demo portfolio or connect to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: rolled up from %n of its spaces</source>
        <translation>
            <numerusform>%1: rolled up from %n of its spaces</numerusform>
            <numerusform>%1: rolled up from %n of its spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a capacity, left out of utilization)</source>
        <translation>
            <numerusform> (%n without a capacity, left out of utilization)</numerusform>
            <numerusform> (%n without a capacity, left out of utilization)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API returned no data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled up on this computer: occupancy is the sum of the spaces, the peak an upper bound (their peaks added up), time used a lower bound (the busiest space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are each space&apos;s local time, so 09:00 lines up with 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap in a line is time without data or outside the operating hours; it is never drawn as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Basis: %2.
%3</source>
        <extracomment>Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak: the most people counted at any moment (occupancy_max) in a bucket with data. &quot;3+&quot; means the sensor counts up to 3, so there were at least 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: the number of people present on average within the operating hours, each bucket weighted by its length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours, e.g. &quot;3.5 h&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operating day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used per operating day: the hours with at least one person present, divided by the %1 operating days of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used: the part of the measured operating hours with at least one person present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness: the share of the time the sensors were online (up_time), offline stretches counted as 0. Buckets at 80% or less are shaded as low quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Provenance when no organization name is known: %1 the API&apos;s address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none set; UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: utilization divides by %2, the sum of its spaces&apos; capacities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-and-%1-more</source>
        <extracomment>File name part for compared spaces: &quot;-and-2-more&quot;. Plain ASCII.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <extracomment>Accessible name of a chart, e.g. &quot;Occupancy (people) chart&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::MetricRules</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number (75 for 75 percent).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60–100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A capped peak: the sensor counted at least %1 people (&quot;3+&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensors offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: this period has not happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: the API returned nothing for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: the sensors were offline for the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low quality: the sensors were online for %1 of this period (80% or less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: the sensors were online for %1 of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was counted, with the sensors online throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::OccupancyPage</name>
    <message>
        <source>%1, average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, capped peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@yPoint+</source>
        <extracomment>Point label of a capped peak: @yPoint is the sensor&apos;s counting limit (&quot;3+&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <extracomment>Tooltip values of one bucket: %1 average people, %2 peak (&quot;3+&quot; when capped).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capped peak: at least this many (&quot;3+&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::OperatingHours</name>
    <message>
        <source>Days are numbers from 0 (Sunday) to 6 (Saturday), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours look like 8-18, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours need at least one day and a start hour before the end hour (0-24).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::OperatingHoursDialog</name>
    <message>
        <source>Operating hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these days and hours count towards averages, peaks and time used. Hours are local time in each space&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday to Friday, 08:00 to 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::OverviewPage</name>
    <message>
        <source>Select a space in the Spaces panel to see its details. Ctrl+click or Shift+click to compare up to 8 spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set (the capacity is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> › </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (times are shown in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization needs a capacity above 0; set one in the space&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::PageTabs</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::PatternsPage</name>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to see its typical week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the typical week again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no capacity set, so its utilization cannot be computed. Choose another metric, or set the space&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the typical week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The typical week could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</source>
        <translation>
            <numerusform>The selected range (%1) is shorter than a week, so the last %n full week is used.</numerusform>
            <numerusform>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; a typical week shows one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n space is selected; a typical week shows one space at a time: %1.</numerusform>
            <numerusform>%n spaces are selected; a typical week shows one space at a time: the first, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no time zone set: the hours are in UTC, not local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some peaks reached the sensor&apos;s counting limit (&quot;3+&quot;): those hours had at least the number shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour in the space&apos;s local time, merged over the weeks of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by weekday and hour, averaged over %2: %3.</source>
        <extracomment>%1 metric (&quot;Average occupancy&quot;), %2 &quot;8 weeks&quot;, %3 date range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours are local time in %1. Hourly data; the operating hours are not applied, so every hour of the week is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours run from the 5th to the 95th percentile of the cells; hatched grey is no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a cell for its value and how many weeks it merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or the data&apos;s range when those are equal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are local weekdays, columns local hours (the hour starting at the time shown). A cell is the mean of that weekday and hour over the weeks of the range; empty means no data (sensors offline, data not yet arrived, or nothing sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low up_time hours (at most 0.8) are included with the counts they have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ProfileController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A connection profile in the menu: %1 its name, %2 its server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret of “%1”: %2 Connect again with File &gt; Connect to an Account.</source>
        <extracomment>%1 the profile&apos;s name, %2 why its secret could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store secrets in a plain file on this computer (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the server or the credentials; the secret is kept in the credential store, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours used for new queries of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the app&apos;s default operating hours (File &gt; Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to open first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to open first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space id (spc_…); empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space id to open first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A profile in the Manage Connections list: %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <extracomment>%1 the sign-in kind (&quot;OAuth client credentials&quot;), %2 the client id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <extracomment>%1 the sign-in kind and client, %2 the display id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the app&apos;s default (File &gt; Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <extracomment>%1 the connection&apos;s new name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection now uses the app&apos;s default hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space opens first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space to open first is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the app opens without a space selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens “%1”.</source>
        <extracomment>%1 the space&apos;s name with its ancestors (&quot;HQ &gt; Floor 2 &gt; Room 4&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not among this organization&apos;s loaded spaces; the id is kept as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space&apos;s name shows here while this connection is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <extracomment>%1 the connection&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its saved secret is deleted too; you would need the token or client secret to connect to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 the credential store&apos;s error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <extracomment>The title of the Connect dialog when it edits a saved connection; %1 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1); enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be saved: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 why saving failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in of “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: not decided yet (the system keychain is being checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are stored in: a plain file (insecure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Secrets in a Plain File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and client secrets will be written unencrypted to a file in your home folder. Anyone who can read your files or your backups can use them to reach your Density organizations. Only do this on a computer that you alone use.

Store secrets in a plain file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets will be stored in a plain file from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets will no longer be stored in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ProgressBanner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading window %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::QueryBar</name>
    <message>
        <source>&amp;Operating hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Last 7 days&quot; and &quot;Last 30 days&quot; are complete days before today, in the space&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, in the space&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (included), in the space&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::RawReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::Rollup</name>
    <message>
        <source>Rolled up on this computer from its spaces&apos; rows (combined: %1). Occupancy is their sum, the peak an upper bound (each space&apos;s own peak added up) and time used a lower bound (the busiest space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces without a capacity left out of utilization: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</source>
        <translation>
            <numerusform>%n space reached its sensor&apos;s count cap (3+), so its real count may be higher than the sum shows.</numerusform>
            <numerusform>%n spaces reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space has a capacity set, so there is no utilization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::ScreenSaverInhibitor</name>
    <message>
        <source>Windows refused to keep the display on (SetThreadExecutionState).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS refused to keep the display on (IOPMAssertion error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No D-Bus session bus, so the screen saver cannot be held off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no screen saver service to hold off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the screen awake is not supported on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthModel</name>
    <message>
        <source>No sensors in this selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 sensor offline</source>
        <translation>
            <numerusform>%n of 1 sensor offline</numerusform>
            <numerusform>%n of 1 sensor offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sensors offline</source>
        <translation>
            <numerusform>%n of %1 sensors offline</numerusform>
            <numerusform>%n of %1 sensors offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degraded</source>
        <translation>
            <numerusform>, %n degraded</numerusform>
            <numerusform>, %n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>, %n unknown</numerusform>
            <numerusform>, %n unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthPage</name>
    <message>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sensors and their health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor health could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorways could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorways (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the history range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by doorway, sensor or space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each doorway is one entry point watched by an entry sensor; hover the linked spaces for the sensor&apos;s placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the health history was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen range lies in the future: there is no history for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more sensors in the table (Ctrl or Shift for several) to see their health over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the health history of 1 sensor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the health history of %1 sensors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading health history: window 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading health history: window %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a building or floor to see its sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A date range, e.g. &quot;1 Nov 2026 to 15 Nov 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading health history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(at the start of the range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health in %1 (local time, %2):</source>
        <extracomment>%1 e.g. &quot;the last 30 days&quot;, %2 time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health changes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sensor to see its network addresses and health history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network addresses reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history from %1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors and their current health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current health as answered by /v3/sensors/health when the table was loaded; the range is that of the health history timeline on the page. Resolution and operating hours do not apply to this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter: only %1 sensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sensors of the selection are in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per sensor installed in the selected spaces, in the order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health_status: healthy (online, sending), degraded (online, not sending), offline, or unknown (no certificate, or not in the health answer); as the API spelled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last_status_change: as the API sent it (UTC). location_names: the install location (spaces, else floors, else buildings), which is not necessarily what it measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network_addresses: one entry per interface, separated by &quot; | &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history of the selected sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter doorways</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SeriesSummaries</name>
    <message>
        <source>Buckets with data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out (no data): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low quality, included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the parts of a summary&apos;s basis.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and theme change as soon as you press Apply or OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default operating hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours every chart page starts with; the query bar can still change them for one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the &amp;demo portfolio (simulated data, no account needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers the demo on the welcome screen and in the File menu. Starting the program with --demo always works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in a plain file, as chosen for credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept until you quit and never saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer before trying again (%1 to %2 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kiosk tab has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceConflictDialog</name>
    <message>
        <source>Apply &amp;mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space changed meanwhile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs, on the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (both changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the fields you changed, replacing their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and show the values on the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing and go back to the form with your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marks a value changed since you opened the space. “Apply mine anyway” sends only the fields you changed; their changes to other fields stay. “Take theirs” discards your edits. “Keep editing” sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceDetails</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IWMS id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceDock</name>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, label or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time; the first %1 were selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 selected, %3 hidden by the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time. %2 more were not added; deselect a space (Ctrl+click) to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes to “%1” have not been applied. Close and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit space — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the space is meant for; utilization is occupancy divided by this. Leave empty for “not set”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: pick one or type your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the space is used for: one of the suggestions or your own words, stored like the API&apos;s values (“quiet_room”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space&apos;s own IANA time zone: local hours, heatmaps and operating hours of this space use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space&apos;s id in your integrated workplace management system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IWMS id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to load from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1 is not in the organization&apos;s space list (404); it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A space needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilization is unavailable for this space (shown as “no capacity set”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity 0: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity cannot be negative. Leave the field empty for “not set”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity is a whole number of people, such as 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 people; check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of people, or leave the field empty for “not set”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the suggestions; it will be stored as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: this space&apos;s times are shown in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the space&apos;s time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s value is not a known time zone, so this space&apos;s times are shown in UTC. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known time zone. Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known time zone: type part of a city or region and pick a zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of this space will use %1 local time (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space&apos;s current values were not loaded, so nothing was sent. Reload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: no field was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether someone else changed the space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1 was deleted after you opened it (it is no longer in the space list); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose to keep editing; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose their version; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown; your edits were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceLabelsForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a label to put it on this space, untick it to take it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not create the selected label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and put on this space when you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels on “%1” now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels on “%1” after Apply: %2.
Apply sends one request: add %3, create %4, remove %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label “%1” already exists: tick it in the list above instead (Enter does that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already among the labels to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list yet: Enter adds it; Apply also creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change space labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels changed in one request: %1 added, %2 created, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of this space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::SpaceTreeModel</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flex space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::StatusArea</name>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::TimeBasis</name>
    <message>
        <source>in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a date with its year, e.g. &quot;Mon 2 Nov 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern (QDate::toString) of a range&apos;s first date when the year follows at the end.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range: %1 first day, %2 last day (both included).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a date range, %2 a resolution such as &quot;hourly&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of days, e.g. &quot;Mon–Fri&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>%1 days such as &quot;Mon–Fri&quot;, %2 opening hour, %3 closing hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC (no time zone set for this space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::TimeRange</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp the API accepts; use 2026-11-02T00:00:00 or 2026-11-02T00:00:00Z (a date alone is not enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both ends of the range in the same style: both with a time zone or both without.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::TimeUsedPage</name>
    <message>
        <source>%1, hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used per bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used: the time with at least one person present, added up over the buckets with data (the API&apos;s time_used_raw, in hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used (%2 of the bucket)</source>
        <extracomment>Tooltip: %1 hours used, %2 share of the bucket.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::TokenProvider</name>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is configured: add one in Settings or pass --token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::UserAdminWidget</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why users cannot be managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the users again, for example after connecting with an OAuth client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users by name, email or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user in this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected user; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to view or edit, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing users needs a machine-to-machine OAuth token (client credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection uses a static API token (tok_…), which the Users endpoints always refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused this connection&apos;s token for users (403): it is not a machine-to-machine token, or lacks the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with the client id and secret of an OAuth client that an owner created (Developer settings in Density), then choose Check again. Anything you typed here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Could not load the users: %1 The list shows what was loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::UserForm</name>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot change a user&apos;s email. To use another address, create a new user and delete this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner, Admin, Editor or Read-only; another role the API knows can be typed as the API spells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter spaces by name, function or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces the user may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new user: fill in the email and role, then Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address is needed: the new user signs in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address; expected something like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full name is needed; the API refuses an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role is needed: pick one, or type the role as the API spells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the four roles this app knows. It is sent as typed; the API may refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces checked. The API does not document what an empty list means for a user (for analytics it means all spaces); check the spaces to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1 keeps their access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? They lose access at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They lose access at once.</source>
        <extracomment>%1 full name, %2 email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone from here; the user would have to be created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new user you started? Nothing has been created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1? They have not been applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: %1; name: %2; role: %3; spaces: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <extracomment>%1 &quot;3 spaces&quot;, %2 their names</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API lists no spaces for this user. Density does not document what an empty list means for a user (for analytics it means all spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role this app does not know, shown as the API sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n space</numerusform>
            <numerusform>%n spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::UtilizationPage</name>
    <message>
        <source>None of its spaces has a capacity set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its capacity is 0, which the API turns into a utilization of 0% whatever the occupancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its capacity is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, average utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, peak utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set for %1.
%2
Utilization needs a capacity above 0; set one in the space&apos;s settings. Occupancy is on the Occupancy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set, so no utilization line: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization (% of capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Written after each number of the utilization axis (&quot;60%&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No utilization: %1 Utilization needs a capacity above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>A capped peak&apos;s utilization: the real peak was at least this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak utilization: the peak occupancy divided by the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average utilization: the average occupancy within the operating hours divided by the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — No capacity set</source>
        <extracomment>Legend entry of a space drawn without a line: %1 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Density::WelcomeWidget</name>
    <message>
        <source>Explore the demo portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated organization with campuses, buildings, floors and rooms, served on this computer. No account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your Density account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address and an API token. The token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Density Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how your floors, rooms and desks are used: occupancy, utilization and time used, with the time range, operating hours and data quality behind every number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk PIN needs at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk PIN was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk PIN was set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

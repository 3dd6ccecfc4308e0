<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Density::ActivityLog</name>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>Teilweise übernommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The activity log %1 could not be written: %2</source>
        <translation>Das Aktivitätsprotokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogCsv</name>
    <message>
        <source>Density Dashboard activity log: admin changes made from this app</source>
        <translation>Density Dashboard – Aktivitätsprotokoll: Administrationsänderungen aus dieser App</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <source>Filter: none (every entry)</source>
        <translation>Filter: keiner (alle Einträge)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2, newest first</source>
        <extracomment>%1 entries in this file, %2 entries in the log.</extracomment>
        <translation>Einträge: %1 von %2, neueste zuerst</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Definitionen:</translation>
    </message>
    <message>
        <source>  when_utc: when the change was applied, ISO 8601 in UTC; when_local: the same instant in this computer&apos;s time zone (%1)</source>
        <translation>  when_utc: Zeitpunkt der Übernahme der Änderung, ISO 8601 in UTC; when_local: derselbe Zeitpunkt in der Zeitzone dieses Computers (%1)</translation>
    </message>
    <message>
        <source>  before / after: the values before the change and the values asked for, as the form described them</source>
        <translation>  before / after: die Werte vor der Änderung und die angeforderten Werte, wie im Formular beschrieben</translation>
    </message>
    <message>
        <source>  outcome: applied, partly-applied or failed; detail: the API&apos;s sentence, or what part was applied</source>
        <translation>  outcome: applied (übernommen), partly-applied (teilweise übernommen) oder failed (fehlgeschlagen); detail: die Meldung der API oder welcher Teil übernommen wurde</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>App-Version: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exportiert am: %1</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogModel</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <extracomment>%1 local date and time with its zone, %2 the same instant in UTC (ISO 8601).</extracomment>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Zeitpunkt (Ortszeit)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogWidget</name>
    <message>
        <source>Admin changes made from this app on this computer: when, what, the values before and after, and the outcome. Newest first; point at a cell to read all of it.</source>
        <translation>Administrationsänderungen, die mit dieser App auf diesem Computer vorgenommen wurden: wann, was, die Werte vorher und nachher sowie das Ergebnis. Neueste zuerst; zeigen Sie auf eine Zelle, um den vollständigen Inhalt zu lesen.</translation>
    </message>
    <message>
        <source>Filter by action, target, values or detail</source>
        <translation>Nach Aktion, Ziel, Werten oder Details filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Failed or partly applied only</source>
        <translation>Nur fehlgeschlagene oder teilweise übernommene</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file.</source>
        <translation>Die von den Filtern angezeigten Einträge als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Log file (kept on this computer only):</source>
        <translation>Protokolldatei (nur auf diesem Computer gespeichert):</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 action, %2 target, %3 outcome with its symbol.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>No admin changes have been made from this app yet. Changes to labels, spaces and users appear here as they are applied.</source>
        <translation>Mit dieser App wurden noch keine Administrationsänderungen vorgenommen. Änderungen an Labels, Bereichen und Benutzern erscheinen hier, sobald sie übernommen werden.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Keine Einträge entsprechen dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>entries containing “%1”</source>
        <extracomment>%1 the words typed into the filter box.</extracomment>
        <translation>Einträge mit „%1“</translation>
    </message>
    <message>
        <source>failed or partly applied only</source>
        <translation>nur fehlgeschlagene oder teilweise übernommene</translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation>Es gibt keine Einträge zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Activity Log as CSV</source>
        <translation>Aktivitätsprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <extracomment>%n entries written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::AdminController</name>
    <message>
        <source>&amp;Edit Space…</source>
        <translation>Bereich &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Labels and Label Groups…</source>
        <translation>&amp;Labels und Labelgruppen…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>Ben&amp;utzer…</translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation>&amp;Aktivitätsprotokoll…</translation>
    </message>
    <message>
        <source>Edit the selected space&apos;s details and labels</source>
        <translation>Details und Labels des ausgewählten Bereichs bearbeiten</translation>
    </message>
    <message>
        <source>Create, rename and group labels</source>
        <translation>Labels erstellen, umbenennen und gruppieren</translation>
    </message>
    <message>
        <source>Manage who can see which spaces (needs an OAuth client)</source>
        <translation>Verwalten, wer welche Bereiche sehen darf (erfordert einen OAuth-Client)</translation>
    </message>
    <message>
        <source>The admin changes made from this app, with their outcome</source>
        <translation>Die mit dieser App vorgenommenen Administrationsänderungen mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
</context>
<context>
    <name>Density::AdminForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Formularstatus</translation>
    </message>
    <message>
        <source>Read the current values again, discarding unapplied edits</source>
        <translation>Aktuelle Werte erneut lesen und nicht übernommene Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Loading the current values…</source>
        <translation>Aktuelle Werte werden geladen…</translation>
    </message>
    <message>
        <source>✖ Fix the fields marked above; nothing was sent.</source>
        <translation>✖ Korrigieren Sie die oben markierten Felder; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>Cancelled while applying; the change may have been applied.</source>
        <translation>Während der Übernahme abgebrochen; die Änderung wurde möglicherweise übernommen.</translation>
    </message>
    <message>
        <source>Cancelled. A change already sent may have been applied; Reload shows the current values.</source>
        <translation>Abgebrochen. Eine bereits gesendete Änderung wurde möglicherweise übernommen; „Neu laden“ zeigt die aktuellen Werte.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Edited; Apply sends the changes.</source>
        <translation>Bearbeitet; „Übernehmen“ sendet die Änderungen.</translation>
    </message>
    <message>
        <source>✖ Could not load the current values: %1</source>
        <translation>✖ Die aktuellen Werte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>✖ Not applied: %1 Your input is kept.</source>
        <translation>✖ Nicht übernommen: %1 Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>✖ Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.</source>
        <translation>✖ Teilweise übernommen. Erledigt: %1. Nicht erledigt: %2. Grund: %3 Ihre Eingaben bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Density::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation>Administration — %1</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Some administration changes have not been applied. Close and discard them?</source>
        <translation>Einige Administrationsänderungen wurden nicht übernommen. Schließen und verwerfen?</translation>
    </message>
</context>
<context>
    <name>Density::AnalyticsSelection</name>
    <message>
        <source>Whole range</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Tageszeit (Stunde)</translation>
    </message>
    <message>
        <source>in each space&apos;s own time zone</source>
        <translation>in der eigenen Zeitzone jedes Bereichs</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (Zeitzone des Bereichs)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; time zone)</source>
        <translation>%1 (Zeitzone der Bereiche)</translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1; UTC where none is set)</source>
        <translation>eigene Zeitzone jedes Bereichs (%1; UTC, wo keine festgelegt ist)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1)</source>
        <translation>eigene Zeitzone jedes Bereichs (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 operating hours such as &quot;Mon–Fri 08:00–18:00&quot;, %2 the time zone they apply in.</extracomment>
        <translation>%1, %2</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>A bucket is flagged when the metrics&apos; time used and the total of its raw sessions differ by more than %1 and by more than %2 of the larger of the two.</source>
        <extracomment>%1 &quot;5 min&quot;, %2 &quot;20 %&quot; (a percentage written for the locale).</extracomment>
        <translation>Ein Intervall wird markiert, wenn die Nutzungsdauer laut Metriken und die Summe seiner Rohsitzungen um mehr als %1 und um mehr als %2 des größeren der beiden Werte voneinander abweichen.</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyModel</name>
    <message>
        <source>Agrees</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>No metric value</source>
        <translation>Kein Metrikwert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Metrics minus sessions: %1 (%2 of the larger)</source>
        <extracomment>%1 &quot;+8 min&quot;, %2 &quot;100 %&quot;.</extracomment>
        <translation>Metriken minus Sitzungen: %1 (%2 des größeren Werts)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Intervallbeginn</translation>
    </message>
    <message>
        <source>Bucket end</source>
        <translation>Intervallende</translation>
    </message>
    <message>
        <source>Time used (metrics)</source>
        <translation>Nutzungsdauer (Metriken)</translation>
    </message>
    <message>
        <source>Time in sessions</source>
        <translation>Zeit in Sitzungen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Show &amp;flagged buckets only</source>
        <translation>Nur &amp;markierte Intervalle anzeigen</translation>
    </message>
    <message>
        <source>Flag when the difference exceeds:</source>
        <translation>Markieren, wenn die Differenz größer ist als:</translation>
    </message>
    <message>
        <source>and its share of the larger value exceeds:</source>
        <translation>und ihr Anteil am größeren Wert größer ist als:</translation>
    </message>
    <message>
        <source>Buckets compared</source>
        <translation>Verglichene Intervalle</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Sitzungsbeginn</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>In this bucket</source>
        <translation>In diesem Intervall</translation>
    </message>
    <message>
        <source>Sessions behind the bucket</source>
        <translation>Sitzungen hinter dem Intervall</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to compare its time used with its raw sessions.</source>
        <translation>Wählen Sie in der Bereichsliste einen Bereich aus, um seine Nutzungsdauer mit seinen Rohsitzungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) compares again.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Aktualisieren“ (F5) wird erneut verglichen.</translation>
    </message>
    <message>
        <source>%1 has no space with sensor data of its own. Choose a single space (a room, desk or area) in the Spaces panel.</source>
        <translation>%1 enthält keinen Bereich mit eigenen Sensordaten. Wählen Sie in der Bereichsliste einen einzelnen Bereich (einen Raum, Arbeitsplatz oder eine Fläche).</translation>
    </message>
    <message>
        <source>The date range is not valid. Choose another range in the query bar.</source>
        <translation>Der Zeitraum ist ungültig. Wählen Sie in der Abfrageleiste einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Not connected. Connect to an account or start the demo to compare time used with raw sessions.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Konto oder starten Sie die Demo, um die Nutzungsdauer mit Rohsitzungen zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing time used with raw sessions…</source>
        <translation>Nutzungsdauer wird mit Rohsitzungen verglichen…</translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation>Der Vergleich konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 is not a single space; anomalies are compared one space at a time, so its first space with its own sensor data, %2, is shown. Select a space in the Spaces panel to investigate another.</source>
        <translation>%1 ist kein einzelner Bereich; Anomalien werden jeweils für einen Bereich verglichen, daher wird der erste Bereich mit eigenen Sensordaten angezeigt: %2. Wählen Sie in der Bereichsliste einen Bereich aus, um einen anderen zu untersuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n Bereich ist ausgewählt; Anomalien werden jeweils für einen Bereich verglichen: den ersten, %1.</numerusform>
            <numerusform>%n Bereiche sind ausgewählt; Anomalien werden jeweils für einen Bereich verglichen: den ersten, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; merges many days into one bucket that sessions cannot be clipped to, so buckets of &quot;%2&quot; are compared instead.</source>
        <translation>„%1“ fasst viele Tage in einem Intervall zusammen, auf das sich Sitzungen nicht zuschneiden lassen; daher werden stattdessen Intervalle von „%2“ verglichen.</translation>
    </message>
    <message>
        <source>%1 has no time zone set: buckets and sessions are in UTC, not local time.</source>
        <translation>Für %1 ist keine Zeitzone festgelegt: Intervalle und Sitzungen sind in UTC, nicht in Ortszeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</source>
        <translation>
            <numerusform>%n Sitzung eines anderen Typs als „1“ (belegt) wurde ausgelassen.</numerusform>
            <numerusform>%n Sitzungen eines anderen Typs als „1“ (belegt) wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with unreadable times were left out.</source>
        <translation>
            <numerusform>%n Sitzung mit unlesbaren Zeiten wurde ausgelassen.</numerusform>
            <numerusform>%n Sitzungen mit unlesbaren Zeiten wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Metrics and raw sessions are computed differently; Waffle sensors in particular can report minutes of time used with no session behind them. Select a bucket to see its sessions.</source>
        <translation>Metriken und Rohsitzungen werden unterschiedlich berechnet; insbesondere Waffle-Sensoren können Minuten an Nutzungsdauer melden, hinter denen keine Sitzung steht. Wählen Sie ein Intervall aus, um seine Sitzungen zu sehen.</translation>
    </message>
    <message>
        <source>Anomaly investigator</source>
        <translation>Anomalie-Analyse</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint compared, bucket by bucket, with the total of the raw sessions in each bucket.</source>
        <translation>Nutzungsdauer aus dem Metrik-Endpunkt, Intervall für Intervall verglichen mit der Summe der Rohsitzungen in jedem Intervall.</translation>
    </message>
    <message>
        <source>Anomaly investigator: %1</source>
        <translation>Anomalie-Analyse: %1</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (Zeitzone des Bereichs)</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint against the raw sessions clipped to each bucket: %1. Times are local in %2. All hours: raw sessions know no operating hours, so none are applied.</source>
        <extracomment>%1 &quot;Mon 2 Nov – Sun 8 Nov 2026, hourly&quot;, %2 the time zone.</extracomment>
        <translation>Nutzungsdauer aus dem Metrik-Endpunkt im Vergleich zu den auf jedes Intervall zugeschnittenen Rohsitzungen: %1. Zeiten sind Ortszeit in %2. Alle Stunden: Rohsitzungen kennen keine Betriebszeiten, daher werden keine angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>No bucket flagged: metrics and sessions agree in all %n buckets.</source>
        <translation>
            <numerusform>Kein Intervall markiert: Metriken und Sitzungen stimmen in %n Intervall überein.</numerusform>
            <numerusform>Kein Intervall markiert: Metriken und Sitzungen stimmen in allen %n Intervallen überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buckets flagged.</source>
        <translation>
            <numerusform>%1 von %n Intervall markiert.</numerusform>
            <numerusform>%1 von %n Intervallen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of session time falls outside the buckets.</source>
        <translation>%1 der Sitzungszeit liegt außerhalb der Intervalle.</translation>
    </message>
    <message>
        <source>Select a bucket above to see the raw sessions behind it.</source>
        <translation>Wählen Sie oben ein Intervall aus, um die zugehörigen Rohsitzungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No raw session overlaps %1, yet the metrics report %2 of time used there.</source>
        <translation>Keine Rohsitzung überschneidet sich mit %1, dennoch melden die Metriken dort %2 Nutzungsdauer.</translation>
    </message>
    <message>
        <source>No raw session overlaps %1.</source>
        <translation>Keine Rohsitzung überschneidet sich mit %1.</translation>
    </message>
    <message numerus="yes">
        <source>Raw sessions overlapping %1, in local time: %n</source>
        <extracomment>%1 the bucket&apos;s local start and end; %n how many sessions are listed.</extracomment>
        <translation>
            <numerusform>Rohsitzungen, die sich mit %1 überschneiden, in Ortszeit: %n</numerusform>
            <numerusform>Rohsitzungen, die sich mit %1 überschneiden, in Ortszeit: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value).</source>
        <translation>metric_seconds: time_used_raw des Metrik-Endpunkts in Sekunden (leer: kein Wert).</translation>
    </message>
    <message>
        <source>session_seconds: raw sessions of type &quot;1&quot; clipped to the bucket and totalled, overlaps counted once.</source>
        <translation>session_seconds: Rohsitzungen vom Typ „1“, auf das Intervall zugeschnitten und summiert, Überschneidungen einmal gezählt.</translation>
    </message>
    <message>
        <source>difference_seconds: metric_seconds minus session_seconds.</source>
        <translation>difference_seconds: metric_seconds minus session_seconds.</translation>
    </message>
</context>
<context>
    <name>Density::ApiError</name>
    <message>
        <source>The answer from %1 was not the JSON we expected (%2); nothing was changed.</source>
        <translation>Die Antwort von %1 war nicht das erwartete JSON (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Users can only be managed with a machine-to-machine OAuth token (403): connect with the client id and secret of an OAuth client an Owner created (Developer settings). Static tok_ tokens and display tokens cannot manage users.</source>
        <translation>Benutzer können nur mit einem Machine-to-Machine-OAuth-Token verwaltet werden (403): Verbinden Sie sich mit der Client-ID und dem Client-Secret eines OAuth-Clients, den ein Inhaber erstellt hat (Entwicklereinstellungen). Statische tok_-Token und Display-Token können keine Benutzer verwalten.</translation>
    </message>
    <message>
        <source>This token may not create or change labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Dieses Token darf keine Labels erstellen oder ändern (403): Es benötigt Schreibrechte. Statische tok_-Token sind schreibgeschützt, sofern ein Inhaber oder Administrator sie nicht mit Schreibzugriff erstellt hat; fordern Sie ein solches Token an oder verbinden Sie sich mit einem OAuth-Client. Display-Token können nur Bereiche, Belegung und Anwesenheit lesen.</translation>
    </message>
    <message>
        <source>This token may not create or change label groups (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Dieses Token darf keine Labelgruppen erstellen oder ändern (403): Es benötigt Schreibrechte. Statische tok_-Token sind schreibgeschützt, sofern ein Inhaber oder Administrator sie nicht mit Schreibzugriff erstellt hat; fordern Sie ein solches Token an oder verbinden Sie sich mit einem OAuth-Client. Display-Token können nur Bereiche, Belegung und Anwesenheit lesen.</translation>
    </message>
    <message>
        <source>This token may not change spaces or their labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Dieses Token darf keine Bereiche oder deren Labels ändern (403): Es benötigt Schreibrechte. Statische tok_-Token sind schreibgeschützt, sofern ein Inhaber oder Administrator sie nicht mit Schreibzugriff erstellt hat; fordern Sie ein solches Token an oder verbinden Sie sich mit einem OAuth-Client. Display-Token können nur Bereiche, Belegung und Anwesenheit lesen.</translation>
    </message>
    <message>
        <source>This token is not allowed to read %1 (403): ask an Owner or Admin for a token with access to these spaces.</source>
        <translation>Dieses Token darf %1 nicht lesen (403): Bitten Sie einen Inhaber oder Administrator um ein Token mit Zugriff auf diese Bereiche.</translation>
    </message>
    <message>
        <source>This token is not allowed to use %1 (403). Display tokens can only read spaces, occupancy and presence: connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for the permission.</source>
        <translation>Dieses Token darf %1 nicht verwenden (403). Display-Token können nur Bereiche, Belegung und Anwesenheit lesen: Verbinden Sie sich mit einem statischen tok_-Token oder einem OAuth-Client, oder bitten Sie einen Inhaber oder Administrator um die Berechtigung.</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials.</source>
        <translation>Client-ID oder Client-Secret wurde abgelehnt (%1): Prüfen Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>The API refused the request to %1 as invalid (400).</source>
        <translation>Die API hat die Anfrage an %1 als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <source>%1 (400).</source>
        <translation>%1 (400).</translation>
    </message>
    <message>
        <source>The token was rejected (401): check it in Settings.</source>
        <translation>Das Token wurde abgelehnt (401): Prüfen Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence saying which token is needed, %2 the API&apos;s own message.</extracomment>
        <translation>%1 Meldung der API: „%2“</translation>
    </message>
    <message>
        <source>%1: not found (404); it may have been deleted or the id is wrong.</source>
        <translation>%1: nicht gefunden (404); möglicherweise wurde das Objekt gelöscht oder die ID ist falsch.</translation>
    </message>
    <message>
        <source>The API is rate limiting us (429); the request was retried and still refused. Wait a minute and try again.</source>
        <translation>Die API begrenzt unsere Anfragen (429); die Anfrage wurde wiederholt und weiterhin abgelehnt. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Density API had a server error (%1) answering %2; try again shortly.</source>
        <translation>Bei der Density-API ist ein Serverfehler (%1) bei der Beantwortung von %2 aufgetreten; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The API answered %1 with an unexpected status (%2).</source>
        <translation>Die API hat %1 mit einem unerwarteten Status beantwortet (%2).</translation>
    </message>
</context>
<context>
    <name>Density::ApiRequest</name>
    <message>
        <source>No credentials are configured: add a token or OAuth client in Settings.</source>
        <translation>Keine Zugangsdaten eingerichtet: Fügen Sie in den Einstellungen ein Token oder einen OAuth-Client hinzu.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network or raise the timeout in Settings.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet; prüfen Sie das Netzwerk oder erhöhen Sie das Zeitlimit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS); check the address and your network.</source>
        <translation>Der Server %1 wurde nicht gefunden (DNS); prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and port.</source>
        <translation>%1 hat die Verbindung abgelehnt; prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate was not accepted.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Das Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy setting.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellung.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The connection changed while this request was running; its answer was discarded.</source>
        <translation>Die Verbindung hat sich während dieser Anfrage geändert; die Antwort wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>Density::ChartPageText</name>
    <message>
        <source>%1 (the space&apos;s own)</source>
        <extracomment>%1 an IANA time zone such as America/New_York.</extracomment>
        <translation>%1 (eigene des Bereichs)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; own)</source>
        <translation>%1 (eigene der Bereiche)</translation>
    </message>
    <message>
        <source>each space&apos;s own (%1; UTC where none is set)</source>
        <translation>eigene jedes Bereichs (%1; UTC, wo keine festgelegt ist)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own (%1)</source>
        <translation>eigene jedes Bereichs (%1)</translation>
    </message>
    <message>
        <source>%1
Operating hours: %2 · Time zone: %3</source>
        <extracomment>The time basis over a chart, two lines: %1 range and resolution, %2 operating hours, %3 time zone.</extracomment>
        <translation>%1
Betriebszeiten: %2 · Zeitzone: %3</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a bucket&apos;s day in a tooltip.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>%1 a weekday name: the bucket holds every such day of the range.</extracomment>
        <translation>Jeden %1</translation>
    </message>
    <message>
        <source>%1–%2, every day</source>
        <translation>%1–%2, jeden Tag</translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date pattern of a month bucket.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A whole range: %1 first day, %2 last day.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A bucket within one day: %1 day, %2 start time, %3 end time.</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Density::ChartPalette</name>
    <message>
        <source>Low quality (sensors online 80% or less)</source>
        <translation>Geringe Qualität (Sensoren zu höchstens 80 % online)</translation>
    </message>
    <message>
        <source>Sensors offline (no data)</source>
        <translation>Sensoren offline (keine Daten)</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Fehlende Daten</translation>
    </message>
    <message>
        <source>Not yet (no data so far)</source>
        <translation>Noch nicht (bisher keine Daten)</translation>
    </message>
</context>
<context>
    <name>Density::Cli</name>
    <message>
        <source>The client id or secret was refused (%1).</source>
        <translation>Client-ID oder Client-Secret wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Validate the address and credentials (prints the API&apos;s greeting).</source>
        <translation>Adresse und Zugangsdaten prüfen (gibt die Begrüßung der API aus).</translation>
    </message>
    <message>
        <source>Exchange --client-id/--client-secret for an OAuth access token and print the token response.</source>
        <translation>--client-id/--client-secret gegen ein OAuth-Zugriffstoken tauschen und die Token-Antwort ausgeben.</translation>
    </message>
    <message>
        <source>Exchange display credentials (--client-id/--client-secret) for a display-scoped token and print the token response.</source>
        <translation>Display-Zugangsdaten (--client-id/--client-secret) gegen ein auf das Display beschränktes Token tauschen und die Token-Antwort ausgeben.</translation>
    </message>
    <message>
        <source>the display&apos;s id</source>
        <translation>die ID des Displays</translation>
    </message>
    <message>
        <source>Unknown resolution &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Auflösung &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Metrik &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>bucket size: %1 (default total)</source>
        <translation>Intervallgröße: %1 (Standard: total)</translation>
    </message>
    <message>
        <source>operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when --hours is given)</source>
        <translation>Betriebstage, 0 = Sonntag ... 6 = Samstag (Standard 1,2,3,4,5, wenn --hours angegeben ist)</translation>
    </message>
    <message>
        <source>operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 when --days is given)</source>
        <translation>Betriebszeiten, Beginn einschließlich, Ende ausschließlich, z. B. 8-18 (Standard 8-18, wenn --days angegeben ist)</translation>
    </message>
    <message>
        <source>Occupancy, utilization and time used together, per bucket.</source>
        <translation>Belegung, Auslastung und Nutzungsdauer zusammen, je Intervall.</translation>
    </message>
    <message>
        <source>occupancy, time_used, utilization (default: all)</source>
        <translation>occupancy, time_used, utilization (Standard: alle)</translation>
    </message>
    <message>
        <source>Occupancy (avg/max/min) per space and bucket.</source>
        <translation>Belegung (avg/max/min) je Bereich und Intervall.</translation>
    </message>
    <message>
        <source>Utilization (occupancy / capacity) per space and bucket; null when the space has no capacity.</source>
        <translation>Auslastung (Belegung / Kapazität) je Bereich und Intervall; null, wenn der Bereich keine Kapazität hat.</translation>
    </message>
    <message>
        <source>Time used per space and bucket (time_used_raw is in milliseconds).</source>
        <translation>Nutzungsdauer je Bereich und Intervall (time_used_raw in Millisekunden).</translation>
    </message>
    <message>
        <source>Raw occupied sessions; give local times without Z (the space&apos;s own zone).</source>
        <translation>Belegte Rohsitzungen; Ortszeiten ohne Z angeben (die eigene Zeitzone des Bereichs).</translation>
    </message>
    <message>
        <source>Completion (0-1) of historical data per Open Area floor, per window of at most 10 days.</source>
        <translation>Vollständigkeit (0-1) der historischen Daten je Open-Area-Etage, je Zeitfenster von höchstens 10 Tagen.</translation>
    </message>
    <message>
        <source>floor ids (default: every floor)</source>
        <translation>Etagen-IDs (Standard: alle Etagen)</translation>
    </message>
    <message>
        <source>space ids, comma-separated (default: every space)</source>
        <translation>Bereichs-IDs, durch Kommas getrennt (Standard: alle Bereiche)</translation>
    </message>
    <message>
        <source>start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)</source>
        <translation>Beginn, z. B. 2026-11-02T00:00:00Z (oder ohne Z: Ortszeit)</translation>
    </message>
    <message>
        <source>end (inclusive), in the same style as --from</source>
        <translation>Ende (einschließlich), im selben Format wie --from</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See density-cli --help.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;. Siehe density-cli --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Unbekannter Unterbefehl &quot;%1 %2&quot;; verwenden Sie einen von: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; benötigt einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>Credentials, first found wins: --token or --client-id/--client-secret on the command line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the environment; then the secret of --profile NAME from the system keychain. --base-url beats the profile&apos;s address. Profiles are shared with density-dashboard; their secrets never go into a settings file.
</source>
        <translation>Zugangsdaten, der erste Fund gilt: --token oder --client-id/--client-secret in der Befehlszeile; dann DENSITY_TOKEN, dann DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET aus der Umgebung; dann das Secret von --profile NAME aus dem Systemschlüsselbund. --base-url hat Vorrang vor der Adresse des Profils. Profile werden mit density-dashboard geteilt; ihre Secrets landen nie in einer Einstellungsdatei.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.
</source>
        <translation>Exit-Codes: 0 Erfolg, 2 Aufruffehler, 3 API-Fehler, 4 Netzwerkfehler.
</translation>
    </message>
    <message>
        <source>Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]

Every Density API v3 endpoint from the shell. Results are written to stdout as JSON (default) or CSV; errors to stderr as one line.

Global options:
</source>
        <translation>Aufruf: density-cli [globale Optionen] BEFEHL [ARGUMENTE] [Optionen]

Jeder Endpunkt der Density API v3 aus der Shell. Ergebnisse werden als JSON (Standard) oder CSV auf stdout ausgegeben, Fehler als eine Zeile auf stderr.

Globale Optionen:
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Mit &quot;density-cli BEFEHL --help&quot; werden die Optionen eines Befehls angezeigt.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1 SUBCOMMAND ...

Commands:
</source>
        <translation>Aufruf: density-cli %1 UNTERBEFEHL ...

Befehle:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli %1 SUBCOMMAND --help&quot; for its options.
</source>
        <translation>Mit &quot;density-cli %1 UNTERBEFEHL --help&quot; werden dessen Optionen angezeigt.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1

%2
</source>
        <translation>Aufruf: density-cli %1

%2
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>Global options (--base-url, --token, --format, ...) are listed by density-cli --help.
</source>
        <translation>Globale Optionen (--base-url, --token, --format, ...) listet density-cli --help auf.
</translation>
    </message>
    <message>
        <source>--profile needs a profile name (see density-cli profile list).</source>
        <translation>--profile benötigt einen Profilnamen (siehe density-cli profile list).</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation>--format ist json oder csv, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds between 0 and 86400, not &quot;%1&quot;.</source>
        <translation>--timeout ist eine Anzahl Sekunden zwischen 0 und 86400, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; options are spelled --name.</source>
        <translation>Unbekannte Option &quot;%1&quot;; Optionen werden --name geschrieben.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>API server (default https://api.density.io; http:// only for loopback)</source>
        <translation>API-Server (Standard https://api.density.io; http:// nur für Loopback)</translation>
    </message>
    <message>
        <source>API token (or DENSITY_TOKEN)</source>
        <translation>API-Token (oder DENSITY_TOKEN)</translation>
    </message>
    <message>
        <source>OAuth client id (or DENSITY_CLIENT_ID)</source>
        <translation>OAuth-Client-ID (oder DENSITY_CLIENT_ID)</translation>
    </message>
    <message>
        <source>OAuth client secret (or DENSITY_CLIENT_SECRET)</source>
        <translation>OAuth-Client-Secret (oder DENSITY_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>a saved connection profile: its address, and its secret from the system keychain when no credential is given otherwise (see &quot;profile add&quot;)</source>
        <translation>ein gespeichertes Verbindungsprofil: seine Adresse und sein Secret aus dem Systemschlüsselbund, wenn keine anderen Zugangsdaten angegeben sind (siehe &quot;profile add&quot;)</translation>
    </message>
    <message>
        <source>output format (default json)</source>
        <translation>Ausgabeformat (Standard json)</translation>
    </message>
    <message>
        <source>per-request timeout (default 30)</source>
        <translation>Zeitlimit je Anfrage (Standard 30)</translation>
    </message>
    <message>
        <source>show help; after a command, its help</source>
        <translation>Hilfe anzeigen; nach einem Befehl dessen Hilfe</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>Version anzeigen</translation>
    </message>
    <message>
        <source>This command needs an OAuth client: pass --client-id and --client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>Dieser Befehl benötigt einen OAuth-Client: Geben Sie --client-id und --client-secret an (oder setzen Sie DENSITY_CLIENT_ID und DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Give either --token or --client-id/--client-secret, not both.</source>
        <translation>Geben Sie entweder --token oder --client-id/--client-secret an, nicht beides.</translation>
    </message>
    <message>
        <source>No credentials: pass --token (or set DENSITY_TOKEN), --client-id and --client-secret for an OAuth client, or --profile NAME.</source>
        <translation>Keine Zugangsdaten: Geben Sie --token (oder setzen Sie DENSITY_TOKEN), --client-id und --client-secret für einen OAuth-Client oder --profile NAME an.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 ist eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Give --serials or --spaces, not both: the API rejects the combination.</source>
        <translation>Geben Sie --serials oder --spaces an, nicht beides: Die API lehnt diese Kombination ab.</translation>
    </message>
    <message>
        <source>the presence endpoint is deprecated by Density: it cannot tell an empty space from an offline sensor. Use presence-health.</source>
        <translation>Der Anwesenheits-Endpunkt ist von Density als veraltet markiert: Er kann einen leeren Bereich nicht von einem Sensor unterscheiden, der offline ist. Verwenden Sie presence-health.</translation>
    </message>
    <message>
        <source>Latest count per space, with its health.</source>
        <translation>Letzte Zählung je Bereich, mit Zustand.</translation>
    </message>
    <message>
        <source>Deprecated: occupied yes/no per space, without health. Prefer presence-health.</source>
        <translation>Veraltet: belegt ja/nein je Bereich, ohne Zustand. Verwenden Sie besser presence-health.</translation>
    </message>
    <message>
        <source>Presence per space with the health needed to tell empty from unknown.</source>
        <translation>Anwesenheit je Bereich mit dem Zustand, der nötig ist, um leer von unbekannt zu unterscheiden.</translation>
    </message>
    <message>
        <source>Presence over the last minutes (Open Area spaces and floors).</source>
        <translation>Anwesenheit der letzten Minuten (Open-Area-Bereiche und Etagen).</translation>
    </message>
    <message>
        <source>minutes to look back (default 60)</source>
        <translation>Minuten, die zurückgeschaut wird (Standard 60)</translation>
    </message>
    <message>
        <source>Ask the floor presence broker for a WebSocket URL (prints ws_url).</source>
        <translation>Beim Etagen-Anwesenheits-Broker eine WebSocket-URL anfordern (gibt ws_url aus).</translation>
    </message>
    <message>
        <source>Ask the space count broker for a WebSocket URL (prints ws_url).</source>
        <translation>Beim Bereichszählungs-Broker eine WebSocket-URL anfordern (gibt ws_url aus).</translation>
    </message>
    <message>
        <source>--display-id needs --client-id and --client-secret (display credentials), not a token.</source>
        <translation>--display-id benötigt --client-id und --client-secret (Display-Zugangsdaten), kein Token.</translation>
    </message>
    <message>
        <source>--store is keychain or insecure-file, not &quot;%1&quot;.</source>
        <translation>--store ist keychain oder insecure-file, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>density-cli cannot keep a secret for a session: pass --store insecure-file to keep it in a plain file (insecure), or use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead.</source>
        <translation>density-cli kann ein Secret nicht für eine Sitzung aufbewahren: Geben Sie --store insecure-file an, um es in einer einfachen Datei zu speichern (unsicher), oder verwenden Sie stattdessen DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See density-cli profile list.</source>
        <translation>Kein Profil namens &quot;%1&quot;. Siehe density-cli profile list.</translation>
    </message>
    <message>
        <source>A secret saved earlier in a keychain stays there.</source>
        <translation>Ein früher in einem Schlüsselbund gespeichertes Secret bleibt dort.</translation>
    </message>
    <message>
        <source>Save a connection profile (replacing one of the same name): the address from --base-url and the credential from --token, or --client-id and --client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to the settings file.</source>
        <translation>Ein Verbindungsprofil speichern (ersetzt ein gleichnamiges): die Adresse aus --base-url und die Zugangsdaten aus --token oder --client-id und --client-secret (oder DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). Das Secret wird im Systemschlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>makes it display credentials (wall screens) for this display</source>
        <translation>macht daraus Display-Zugangsdaten (Wandbildschirme) für dieses Display</translation>
    </message>
    <message>
        <source>insecure-file: where no system keychain exists, keep secrets in a plain file only you can read (insecure; remembered for later runs)</source>
        <translation>insecure-file: wo es keinen Systemschlüsselbund gibt, Secrets in einer einfachen Datei speichern, die nur Sie lesen können (unsicher; wird für spätere Aufrufe gemerkt)</translation>
    </message>
    <message>
        <source>default operating days (0 = Sunday), with --hours</source>
        <translation>Standard-Betriebstage (0 = Sonntag), mit --hours</translation>
    </message>
    <message>
        <source>default operating hours</source>
        <translation>Standard-Betriebszeiten</translation>
    </message>
    <message>
        <source>the space the dashboard opens first</source>
        <translation>der Bereich, den das Dashboard zuerst öffnet</translation>
    </message>
    <message>
        <source>List the saved connection profiles (never their secrets).</source>
        <translation>Die gespeicherten Verbindungsprofile auflisten (nie ihre Secrets).</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret.</source>
        <translation>Ein Verbindungsprofil und sein Secret entfernen.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of --name, --capacity, --function, --time-zone, --address, --iwms-id.</source>
        <translation>Nichts zu aktualisieren: Geben Sie mindestens eine der Optionen --name, --capacity, --function, --time-zone, --address, --iwms-id an.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Give label ids to --add or --delete, or names to --create.</source>
        <translation>Geben Sie Label-IDs für --add oder --delete oder Namen für --create an.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Nothing to update: give --name and/or --group.</source>
        <translation>Nichts zu aktualisieren: Geben Sie --name und/oder --group an.</translation>
    </message>
    <message>
        <source>List every space of the organisation (campuses, buildings, floors, spaces).</source>
        <translation>Alle Bereiche der Organisation auflisten (Campus, Gebäude, Etagen, Räume).</translation>
    </message>
    <message>
        <source>Change attributes of a space; only the options given are sent.</source>
        <translation>Attribute eines Bereichs ändern; nur die angegebenen Optionen werden gesendet.</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>neuer Name</translation>
    </message>
    <message>
        <source>capacity (people)</source>
        <translation>Kapazität (Personen)</translation>
    </message>
    <message>
        <source>function, e.g. meeting_room</source>
        <translation>Funktion, z. B. meeting_room</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Paris</source>
        <translation>IANA-Zeitzone, z. B. Europe/Paris</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>Straßenadresse</translation>
    </message>
    <message>
        <source>id in your IWMS</source>
        <translation>ID in Ihrem IWMS</translation>
    </message>
    <message>
        <source>Attach, create and detach labels of a space in one call; prints the space&apos;s labels afterwards.</source>
        <translation>Labels eines Bereichs in einem Aufruf zuweisen, erstellen und entfernen; gibt danach die Labels des Bereichs aus.</translation>
    </message>
    <message>
        <source>existing label ids to attach</source>
        <translation>IDs vorhandener Labels, die zugewiesen werden</translation>
    </message>
    <message>
        <source>new label names to create and attach</source>
        <translation>Namen neuer Labels, die erstellt und zugewiesen werden</translation>
    </message>
    <message>
        <source>label ids to detach</source>
        <translation>IDs der Labels, die entfernt werden</translation>
    </message>
    <message>
        <source>List labels.</source>
        <translation>Labels auflisten.</translation>
    </message>
    <message>
        <source>Create a label attached to no space.</source>
        <translation>Ein Label erstellen, das keinem Bereich zugewiesen ist.</translation>
    </message>
    <message>
        <source>Rename a label and/or move it to a label group.</source>
        <translation>Ein Label umbenennen und/oder in eine Labelgruppe verschieben.</translation>
    </message>
    <message>
        <source>label group id</source>
        <translation>Labelgruppen-ID</translation>
    </message>
    <message>
        <source>List label groups with their labels.</source>
        <translation>Labelgruppen mit ihren Labels auflisten.</translation>
    </message>
    <message>
        <source>Create an empty label group.</source>
        <translation>Eine leere Labelgruppe erstellen.</translation>
    </message>
    <message>
        <source>Rename a label group.</source>
        <translation>Eine Labelgruppe umbenennen.</translation>
    </message>
    <message>
        <source>List doorways (entry points watched by Entry sensors).</source>
        <translation>Durchgänge auflisten (von Entry-Sensoren überwachte Zugänge).</translation>
    </message>
    <message>
        <source>See density-cli --help.</source>
        <translation>Siehe density-cli --help.</translation>
    </message>
    <message>
        <source>No command given. See density-cli --help.</source>
        <translation>Kein Befehl angegeben. Siehe density-cli --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. See density-cli %1 --help.</source>
        <translation>&quot;%1&quot; benötigt %2. Siehe density-cli %1 --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Unerwartetes Argument &quot;%1&quot; für &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;. See density-cli %2 --help.</source>
        <translation>Unbekannte Option --%1 für &quot;%2&quot;. Siehe density-cli %2 --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3.</source>
        <translation>&quot;%1&quot; benötigt --%2 %3.</translation>
    </message>
    <message>
        <source>Using the credentials from the environment (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile &quot;%1&quot;&apos;s.</source>
        <translation>Die Zugangsdaten aus der Umgebung (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET) werden verwendet, nicht die von Profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;&apos;s secret is not available to density-cli; set DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>Das Secret von Profil &quot;%1&quot; ist für density-cli nicht verfügbar; setzen Sie DENSITY_TOKEN (oder DENSITY_CLIENT_ID und DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>No secret is stored for profile &quot;%1&quot; (in the %2). Add it again with density-cli profile add, or set DENSITY_TOKEN.</source>
        <translation>Für Profil &quot;%1&quot; ist kein Secret gespeichert (Speicherort: %2). Fügen Sie es mit density-cli profile add erneut hinzu oder setzen Sie DENSITY_TOKEN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an OAuth client; profile &quot;%2&quot; holds an API token.</source>
        <translation>&quot;%1&quot; benötigt einen OAuth-Client; Profil &quot;%2&quot; enthält ein API-Token.</translation>
    </message>
    <message>
        <source>sensor serial numbers</source>
        <translation>Sensor-Seriennummern</translation>
    </message>
    <message>
        <source>space ids (not together with --serials)</source>
        <translation>Bereichs-IDs (nicht zusammen mit --serials)</translation>
    </message>
    <message>
        <source>List sensors (all, or those with the given serials or in the given spaces).</source>
        <translation>Sensoren auflisten (alle oder die mit den angegebenen Seriennummern bzw. in den angegebenen Bereichen).</translation>
    </message>
    <message>
        <source>Current health of sensors.</source>
        <translation>Aktueller Zustand der Sensoren.</translation>
    </message>
    <message>
        <source>Health changes of sensors in a time range (any length: sent in 10-day windows).</source>
        <translation>Zustandsänderungen von Sensoren in einem Zeitraum (beliebige Länge: wird in 10-Tage-Zeitfenstern gesendet).</translation>
    </message>
    <message>
        <source>--%1 is a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>--%1 ist eine Anzahl Sekunden größer als 0 und höchstens %2, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Live streams print JSON Lines; --format csv does not apply.</source>
        <translation>Live-Streams geben JSON Lines aus; --format csv gilt hier nicht.</translation>
    </message>
    <message>
        <source>stop after S seconds (default: until interrupted)</source>
        <translation>nach S Sekunden beenden (Standard: bis zur Unterbrechung)</translation>
    </message>
    <message>
        <source>the server&apos;s refresh period, for stale detection (default 60)</source>
        <translation>Aktualisierungsintervall des Servers, zur Erkennung veralteter Daten (Standard 60)</translation>
    </message>
    <message>
        <source>Stream a floor&apos;s presence (Open Area / Waffle spaces) as JSON lines.</source>
        <translation>Die Anwesenheit einer Etage (Open-Area-/Waffle-Bereiche) als JSON Lines streamen.</translation>
    </message>
    <message>
        <source>the floor to watch</source>
        <translation>die zu beobachtende Etage</translation>
    </message>
    <message>
        <source>Stream counts of a space and its children as JSON lines.</source>
        <translation>Zählungen eines Bereichs und seiner untergeordneten Bereiche als JSON Lines streamen.</translation>
    </message>
    <message>
        <source>the space to watch</source>
        <translation>der zu beobachtende Bereich</translation>
    </message>
    <message>
        <source>Experimental: stream a doorway&apos;s crossings (an undocumented stream).</source>
        <translation>Experimentell: die Durchquerungen eines Durchgangs streamen (ein undokumentierter Stream).</translation>
    </message>
    <message>
        <source>the doorway to watch</source>
        <translation>der zu beobachtende Durchgang</translation>
    </message>
    <message>
        <source>The live stream failed: %1</source>
        <translation>Der Live-Stream ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing to update: give --full-name, --role and/or --spaces.</source>
        <translation>Nichts zu aktualisieren: Geben Sie --full-name, --role und/oder --spaces an.</translation>
    </message>
    <message>
        <source>space ids the user may see (an empty value clears them)</source>
        <translation>Bereichs-IDs, die der Benutzer sehen darf (ein leerer Wert entfernt sie)</translation>
    </message>
    <message>
        <source>List users (OAuth client credentials only).</source>
        <translation>Benutzer auflisten (nur mit OAuth-Client-Zugangsdaten).</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>Einen Benutzer anzeigen.</translation>
    </message>
    <message>
        <source>Create a user.</source>
        <translation>Einen Benutzer erstellen.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>role, e.g. owner</source>
        <translation>Rolle, z. B. owner</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role or spaces; what is not given stays as it is.</source>
        <translation>Namen, Rolle oder Bereiche eines Benutzers ändern; nicht Angegebenes bleibt unverändert.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Delete a user.</source>
        <translation>Einen Benutzer löschen.</translation>
    </message>
</context>
<context>
    <name>Density::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung te&amp;sten</translation>
    </message>
    <message>
        <source>Connect to Density</source>
        <translation>Mit Density verbinden</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Static API token</source>
        <translation>Statisches API-Token</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuth-Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Display credentials (wall screen)</source>
        <translation>Display-Zugangsdaten (Wandbildschirm)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>tok_…</source>
        <translation>tok_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>Display-ID</translation>
    </message>
    <message>
        <source>the display this screen signs in as</source>
        <translation>das Display, als das sich dieser Bildschirm anmeldet</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>Zertifikats&amp;details</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>A&amp;nmelden mit:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Dis&amp;play id:</source>
        <translation>Dis&amp;play-ID:</translation>
    </message>
    <message>
        <source>A long-lived token an Owner created (it starts with tok_). It is kept in the system keychain (or for this session only where there is none), never in a settings file.</source>
        <translation>Ein langlebiges Token, das ein Inhaber erstellt hat (es beginnt mit tok_). Es wird im Systemschlüsselbund gespeichert (oder nur für diese Sitzung, wo es keinen gibt), nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The id and secret of an OAuth client an Owner created (Your Account → Developer). Needed to manage users. The secret is kept in the system keychain (or for this session only), never in a settings file.</source>
        <translation>ID und Secret eines OAuth-Clients, den ein Inhaber erstellt hat (Your Account → Developer). Erforderlich zur Benutzerverwaltung. Das Secret wird im Systemschlüsselbund gespeichert (oder nur für diese Sitzung), nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Credentials for a wall screen: they can read presence only. The secret is kept in the system keychain (or for this session only).</source>
        <translation>Zugangsdaten für einen Wandbildschirm: Sie können nur die Anwesenheit lesen. Das Secret wird im Systemschlüsselbund gespeichert (oder nur für diese Sitzung).</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The profile needs a server address such as https://api.density.io.</source>
        <translation>Das Profil benötigt eine Serveradresse wie https://api.density.io.</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>Das Profil benötigt eine Client-ID.</translation>
    </message>
    <message>
        <source>The profile needs a display id.</source>
        <translation>Das Profil benötigt eine Display-ID.</translation>
    </message>
    <message>
        <source>The profile&apos;s operating hours are not valid.</source>
        <translation>Die Betriebszeiten des Profils sind ungültig.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuth-Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Display credentials</source>
        <translation>Display-Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionTest</name>
    <message>
        <source>&quot;%1&quot; is not a server address: enter one like https://api.density.io.</source>
        <translation>„%1“ ist keine Serveradresse: Geben Sie eine wie https://api.density.io ein.</translation>
    </message>
    <message>
        <source>Plain http:// would send your credentials unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 instead.</source>
        <translation>Einfaches http:// würde Ihre Zugangsdaten unverschlüsselt senden und ist daher nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1). Verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1://.</source>
        <translation>Nur https://-Adressen werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Geben Sie ein API-Token ein.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Enter the display id this screen signs in as.</source>
        <translation>Geben Sie die Display-ID ein, als die sich dieser Bildschirm anmeldet.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client id or secret (%1): check both, and that the OAuth client still exists.</source>
        <translation>Der Token-Endpunkt hat Client-ID oder Client-Secret abgelehnt (%1): Prüfen Sie beides und ob der OAuth-Client noch existiert.</translation>
    </message>
    <message>
        <source>The display-token endpoint refused the client id, secret or display id (%1): check all three.</source>
        <translation>Der Display-Token-Endpunkt hat Client-ID, Secret oder Display-ID abgelehnt (%1): Prüfen Sie alle drei.</translation>
    </message>
    <message>
        <source>The API rejected the token (401): check that you copied the whole tok_… token and that it has not been revoked.</source>
        <translation>Die API hat das Token abgelehnt (401): Prüfen Sie, ob Sie das gesamte tok_…-Token kopiert haben und ob es nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>The API knows these credentials but does not allow them to read this organization (403): ask an Owner or Admin for a token with read access.</source>
        <translation>Die API kennt diese Zugangsdaten, erlaubt ihnen aber nicht, diese Organisation zu lesen (403): Bitten Sie einen Inhaber oder Administrator um ein Token mit Lesezugriff.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence above, %2 the API&apos;s own message.</extracomment>
        <translation>%1 Meldung der API: „%2“</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time: the server may be overloaded, or something between you and it holds the connection open. Try again, or check the address.</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet: Der Server ist möglicherweise überlastet, oder etwas zwischen Ihnen und dem Server hält die Verbindung offen. Versuchen Sie es erneut oder prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>%1 No credentials were sent.</source>
        <extracomment>%1 why the secure connection failed.</extracomment>
        <translation>%1 Es wurden keine Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2), so no credentials were sent. Compare the details below with what your IT department expects; an untrusted certificate is never accepted.</source>
        <extracomment>%2 the certificate problems, e.g. &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation>Das Zertifikat von %1 wurde nicht akzeptiert (%2), daher wurden keine Zugangsdaten gesendet. Vergleichen Sie die Details unten mit den Angaben Ihrer IT-Abteilung; ein nicht vertrauenswürdiges Zertifikat wird nie akzeptiert.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Density API: check the address. (%2)</source>
        <translation>%1 hat geantwortet, aber nicht wie die Density-API: Prüfen Sie die Adresse. (%2)</translation>
    </message>
    <message>
        <source>The server %1 could not be found: its name does not resolve (DNS). Check the address for typos and that this computer is online.</source>
        <translation>Der Server %1 wurde nicht gefunden: Sein Name lässt sich nicht auflösen (DNS). Prüfen Sie die Adresse auf Tippfehler und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer was reached, but nothing accepts connections on port %2. Check the address and port.</source>
        <translation>%1 hat die Verbindung abgelehnt: Der Computer wurde erreicht, aber an Port %2 werden keine Verbindungen angenommen. Prüfen Sie Adresse und Port.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and the network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Prüfen Sie die Adresse und das Netzwerk.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Token wird bei %1 angefordert…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The token endpoint accepted the credentials, but the API rejected the token it issued (401): the address may point at a different Density environment.</source>
        <translation>Der Token-Endpunkt hat die Zugangsdaten akzeptiert, aber die API hat das ausgestellte Token abgelehnt (401): Die Adresse verweist möglicherweise auf eine andere Density-Umgebung.</translation>
    </message>
    <message>
        <source>Connected: the API answered &quot;%1&quot;.</source>
        <translation>Verbunden: Die API hat mit „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Connected: the OAuth client got a token and the API answered &quot;%1&quot;.</source>
        <translation>Verbunden: Der OAuth-Client hat ein Token erhalten und die API hat mit „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Connected: the display got a token and the API answered &quot;%1&quot;.</source>
        <translation>Verbunden: Das Display hat ein Token erhalten und die API hat mit „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the proxy&apos;s host and port in Settings, or ask IT which proxy this computer must use.</source>
        <translation>Keine Verbindung zu %1 möglich: Prüfen Sie Host und Port des Proxys in den Einstellungen oder fragen Sie Ihre IT, welchen Proxy dieser Computer verwenden muss.</translation>
    </message>
    <message>
        <source>%1 could not be found (its name does not resolve): check the proxy host in Settings.</source>
        <translation>%1 wurde nicht gefunden (der Name lässt sich nicht auflösen): Prüfen Sie den Proxy-Host in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password: enter them in Settings (Proxy), or ask IT for them.</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort: Geben Sie sie in den Einstellungen (Proxy) ein oder fragen Sie Ihre IT danach.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the proxy setting and the network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Prüfen Sie die Proxy-Einstellung und das Netzwerk.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: check the proxy setting, or ask IT whether it allows connections to this server.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen: Prüfen Sie die Proxy-Einstellung oder fragen Sie Ihre IT, ob Verbindungen zu diesem Server erlaubt sind.</translation>
    </message>
    <message>
        <source>The connection through %1 failed (%2): check the proxy setting in Settings.</source>
        <extracomment>%1 the proxy, %2 what went wrong.</extracomment>
        <translation>Die Verbindung über %1 ist fehlgeschlagen (%2): Prüfen Sie die Proxy-Einstellung in den Einstellungen.</translation>
    </message>
    <message>
        <source>The certificate check reported:</source>
        <translation>Die Zertifikatsprüfung meldete:</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Zertifikat des Servers:</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain:</source>
        <translation>Zertifikat %1 der Kette:</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  Antragsteller: %1</translation>
    </message>
    <message>
        <source>  Issuer: %1 (self-signed)</source>
        <translation>  Aussteller: %1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  Valid for: %1</source>
        <translation>  Gültig für: %1</translation>
    </message>
    <message>
        <source>  Valid from: %1</source>
        <translation>  Gültig ab: %1</translation>
    </message>
    <message>
        <source>  Valid until: %1</source>
        <translation>  Gültig bis: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint:</source>
        <translation>  SHA-256-Fingerabdruck:</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>a plain file (insecure)</source>
        <translation>eine einfache Datei (unsicher)</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Kein Systemschlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Der Systemschlüsselbund ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStorePolicy</name>
    <message>
        <source>No system keychain is available (no Secret Service on this machine)</source>
        <translation>Kein Systemschlüsselbund verfügbar (kein Secret Service auf diesem Rechner)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1)</source>
        <translation>Der Systemschlüsselbund kann nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>; as you chose, secrets are stored in a plain file that only your account can read. This is insecure: anyone with access to your files or backups can read them.</source>
        <translation>; wie von Ihnen gewählt, werden Secrets in einer einfachen Datei gespeichert, die nur Ihr Konto lesen kann. Das ist unsicher: Jeder mit Zugriff auf Ihre Dateien oder Sicherungen kann sie lesen.</translation>
    </message>
    <message>
        <source>; secrets are kept for this session only and must be entered again next time. You can choose to store them in a plain file instead (insecure).</source>
        <translation>; Secrets werden nur für diese Sitzung aufbewahrt und müssen beim nächsten Mal erneut eingegeben werden. Sie können sie stattdessen in einer einfachen Datei speichern (unsicher).</translation>
    </message>
</context>
<context>
    <name>Density::CsvExport</name>
    <message>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>null from the API: %1</source>
        <translation>null von der API: %1</translation>
    </message>
    <message>
        <source>bucket: start of the period in the space&apos;s time zone with its UTC offset (total: the range start; weekday: 0 = Sunday; hour_of_day: 0-23)</source>
        <translation>bucket: Beginn des Zeitraums in der Zeitzone des Bereichs mit UTC-Versatz (total: Beginn des Zeitraums; weekday: 0 = Sonntag; hour_of_day: 0-23)</translation>
    </message>
    <message>
        <source>occupancy_avg: average number of people present during the bucket (time-weighted)</source>
        <translation>occupancy_avg: durchschnittliche Anzahl anwesender Personen im Intervall (zeitgewichtet)</translation>
    </message>
    <message>
        <source>occupancy_max: peak number of people present at any moment of the bucket; a peak is not an average</source>
        <translation>occupancy_max: höchste Anzahl gleichzeitig anwesender Personen im Intervall; ein Spitzenwert ist kein Durchschnitt</translation>
    </message>
    <message>
        <source>utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the space&apos;s capacity (1 = 100%); empty when no capacity is set (unset or 0)</source>
        <translation>utilization_avg / utilization_max: occupancy_avg / occupancy_max geteilt durch die Kapazität des Bereichs (1 = 100 %); leer, wenn keine Kapazität festgelegt ist (nicht gesetzt oder 0)</translation>
    </message>
    <message>
        <source>time_used_hours: time with at least one person present in hours (the API&apos;s time_used_raw milliseconds / 3600000)</source>
        <translation>time_used_hours: Zeit mit mindestens einer anwesenden Person in Stunden (time_used_raw der API in Millisekunden / 3600000)</translation>
    </message>
    <message>
        <source>up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = low quality)</source>
        <translation>up_time: Anteil des Intervalls, in dem die Sensoren online waren (1 = vollständig; 0,8 oder weniger = geringe Qualität)</translation>
    </message>
    <message>
        <source>capped: true when the sensor reached its counting limit; occupancy_max is then at least that limit (read 3 as &quot;3+&quot;)</source>
        <translation>capped: true, wenn der Sensor seine Zählgrenze erreicht hat; occupancy_max ist dann mindestens diese Grenze (3 als „3+“ lesen)</translation>
    </message>
    <message>
        <source>data_quality: good / zero_use (complete and nobody there) / incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / pending (after the export time)</source>
        <translation>data_quality: good / zero_use (vollständig und niemand anwesend) / incomplete (up_time unter 1) / low_quality (up_time 0,8 oder weniger) / offline (up_time 0) / missing / pending (nach dem Exportzeitpunkt)</translation>
    </message>
    <message>
        <source>Empty cells have no value (null or not reported by the API): never read them as 0</source>
        <translation>Leere Zellen haben keinen Wert (null oder von der API nicht gemeldet): niemals als 0 lesen</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no file was open</source>
        <translation>es war keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresenceModel</name>
    <message>
        <source>%1+ people</source>
        <translation>%1+ Personen</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Unknown: loading</source>
        <translation>Unbekannt: wird geladen</translation>
    </message>
    <message>
        <source>Unknown: no live data</source>
        <translation>Unbekannt: keine Live-Daten</translation>
    </message>
    <message>
        <source>Unknown: sensor offline</source>
        <translation>Unbekannt: Sensor offline</translation>
    </message>
    <message>
        <source>Unknown: sensor degraded</source>
        <translation>Unbekannt: Sensor beeinträchtigt</translation>
    </message>
    <message>
        <source>Unknown: sensor health not reported</source>
        <translation>Unbekannt: Sensorzustand nicht gemeldet</translation>
    </message>
    <message>
        <source>Unknown: sensor health unknown</source>
        <translation>Unbekannt: Sensorzustand unbekannt</translation>
    </message>
    <message>
        <source>Unknown: no reading</source>
        <translation>Unbekannt: kein Messwert</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 von %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The sensor is %1; its last count was %2.</source>
        <translation>Der Sensor ist %1; seine letzte Zählung war %2.</translation>
    </message>
    <message>
        <source>Minutes of the last hour in which a sensor saw someone (short-term presence; open-area spaces and floors only).</source>
        <translation>Minuten der letzten Stunde, in denen ein Sensor jemanden erfasst hat (kurzfristige Anwesenheit; nur Open-Area-Bereiche und Etagen).</translation>
    </message>
    <message>
        <source>When the sensor&apos;s reading was taken, in the space&apos;s time zone.</source>
        <translation>Zeitpunkt des Sensormesswerts in der Zeitzone des Bereichs.</translation>
    </message>
    <message>
        <source>The time the API gives with the reading, usually when the current state began</source>
        <translation>Die Zeit, die die API mit dem Messwert liefert, meist der Beginn des aktuellen Zustands</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Occupied, last hour</source>
        <translation>Belegt, letzte Stunde</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresencePanel</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask for the current state now (it refreshes every minute while this page is shown).</source>
        <translation>Aktuellen Zustand jetzt abfragen (wird jede Minute aktualisiert, solange diese Seite angezeigt wird).</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied come from a healthy sensor&apos;s current reading. ? Unknown means the sensor is offline or degraded, or there is no reading: such a space is never shown as available.</source>
        <translation>✓ Frei und ■ Belegt stammen aus dem aktuellen Messwert eines fehlerfreien Sensors. ? Unbekannt bedeutet, dass der Sensor offline oder beeinträchtigt ist oder kein Messwert vorliegt: Ein solcher Bereich wird nie als frei angezeigt.</translation>
    </message>
    <message>
        <source>Right now in %1</source>
        <translation>Aktuell in %1</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Select a space to see who is there now.</source>
        <translation>Wählen Sie einen Bereich aus, um zu sehen, wer jetzt dort ist.</translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation>Aktueller Zustand wird geladen…</translation>
    </message>
    <message>
        <source>Reading times are in UTC (the space has no time zone).</source>
        <translation>Messzeiten sind in UTC (für den Bereich ist keine Zeitzone festgelegt).</translation>
    </message>
    <message>
        <source>Reading times are in %1.</source>
        <translation>Messzeiten sind in %1.</translation>
    </message>
    <message>
        <source>Updated at %1; refreshes every minute while shown. %2</source>
        <translation>Aktualisiert um %1; wird jede Minute aktualisiert, solange angezeigt. %2</translation>
    </message>
    <message>
        <source>The update at %1 failed; it is tried again every minute while shown. %2</source>
        <translation>Die Aktualisierung um %1 ist fehlgeschlagen; sie wird jede Minute erneut versucht, solange angezeigt. %2</translation>
    </message>
    <message>
        <source>Health-aware presence is not available on this server, so presence comes from the deprecated endpoint, which cannot tell an empty space from an offline sensor.</source>
        <translation>Anwesenheit mit Sensorzustand ist auf diesem Server nicht verfügbar; die Anwesenheit stammt daher vom veralteten Endpunkt, der einen leeren Bereich nicht von einem Sensor unterscheiden kann, der offline ist.</translation>
    </message>
    <message>
        <source>The current state of %1 could not be loaded. %2</source>
        <translation>Der aktuelle Zustand von %1 konnte nicht geladen werden. %2</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Bereiche im Moment</translation>
    </message>
</context>
<context>
    <name>Density::DashboardOptions</name>
    <message>
        <source>Occupancy dashboard for Density sensors.</source>
        <translation>Belegungs-Dashboard für Density-Sensoren.</translation>
    </message>
    <message>
        <source>Use the built-in demo portfolio (a simulator on this computer).</source>
        <translation>Das integrierte Demo-Portfolio verwenden (ein Simulator auf diesem Computer).</translation>
    </message>
    <message>
        <source>Number of spaces in the demo portfolio.</source>
        <translation>Anzahl der Bereiche im Demo-Portfolio.</translation>
    </message>
    <message>
        <source>The demo&apos;s fixed time (ISO 8601, UTC) instead of now.</source>
        <translation>Feste Uhrzeit der Demo (ISO 8601, UTC) statt der aktuellen Zeit.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Make the demo simulator misbehave, to see how the dashboard copes, for example &quot;latency=300,errors=0.1,ws-drop=30&quot; or &quot;ghost-time&quot; (density-sim --help lists them).</source>
        <translation>Den Demo-Simulator Fehler machen lassen, um zu sehen, wie das Dashboard damit umgeht, z. B. &quot;latency=300,errors=0.1,ws-drop=30&quot; oder &quot;ghost-time&quot; (density-sim --help listet sie auf).</translation>
    </message>
    <message>
        <source>API server address (the token comes from the DENSITY_TOKEN environment variable).</source>
        <translation>API-Serveradresse (das Token stammt aus der Umgebungsvariablen DENSITY_TOKEN).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Diese Seite öffnen: %1.</translation>
    </message>
    <message>
        <source>Select this space id (repeat it or separate ids with commas to compare up to 8).</source>
        <translation>Diese Bereichs-ID auswählen (wiederholen oder IDs durch Kommas trennen, um bis zu 8 zu vergleichen).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for smoke tests).</source>
        <translation>Nach dieser Anzahl Sekunden beenden (für Smoke-Tests).</translation>
    </message>
    <message>
        <source>Save the window as a PNG file once it has loaded, then quit.</source>
        <translation>Das Fenster nach dem Laden als PNG-Datei speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Read the PIN that leaves the kiosk from standard input, store its salted hash and quit (an empty line removes it).</source>
        <translation>Die PIN zum Verlassen des Kiosks von der Standardeingabe lesen, ihren gesalzenen Hash speichern und beenden (eine leere Zeile entfernt sie).</translation>
    </message>
    <message>
        <source>Run as a locked full-screen wall display of the configured floors (signs in with display credentials; with --demo, the demo&apos;s).</source>
        <translation>Als gesperrte Vollbild-Wandanzeige der konfigurierten Etagen ausführen (meldet sich mit Display-Zugangsdaten an; mit --demo mit denen der Demo).</translation>
    </message>
    <message>
        <source>Floors the kiosk rotates through, comma separated (default: the settings, or the first building&apos;s floors).</source>
        <translation>Etagen, die der Kiosk nacheinander zeigt, durch Kommas getrennt (Standard: die Einstellungen oder die Etagen des ersten Gebäudes).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Seconds each kiosk floor stays on screen.</source>
        <translation>Sekunden, die jede Kiosk-Etage angezeigt wird.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The display id the kiosk signs in with (overrides its connection&apos;s).</source>
        <translation>Die Display-ID, mit der sich der Kiosk anmeldet (überschreibt die der Verbindung).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <source>--rotate-seconds needs a whole number from %1 to %2.</source>
        <translation>--rotate-seconds benötigt eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>--kiosk-floors, --rotate-seconds and --display-id need --kiosk.</source>
        <translation>--kiosk-floors, --rotate-seconds und --display-id erfordern --kiosk.</translation>
    </message>
    <message>
        <source>--demo-now needs a date and time such as 2026-11-25T15:00:00Z.</source>
        <translation>--demo-now benötigt Datum und Uhrzeit wie 2026-11-25T15:00:00Z.</translation>
    </message>
    <message>
        <source>--demo-spaces needs a positive number.</source>
        <translation>--demo-spaces benötigt eine positive Zahl.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Ansicht &quot;%1&quot;; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds above 0.</source>
        <translation>--quit-after benötigt eine Anzahl Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>--view and --space do not apply to --kiosk; use --kiosk-floors.</source>
        <translation>--view und --space gelten nicht für --kiosk; verwenden Sie --kiosk-floors.</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. de, fr, es, ja (default: Settings, which follow the system).</source>
        <translation>Oberflächensprache für diesen Programmlauf, z. B. de, fr, es, ja (Standard: die Einstellungen, die dem System folgen).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --locale; use a code such as de, fr, es or ja.</source>
        <translation>Unbekannte Sprache „%1“ für --locale; verwenden Sie einen Code wie de, fr, es oder ja.</translation>
    </message>
</context>
<context>
    <name>Density::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Nutzungsdauer</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>Sensorzustand</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessModel</name>
    <message>
        <source>No floors in this selection.</source>
        <translation>Keine Etagen in dieser Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n vollständig</numerusform>
            <numerusform>%n vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps (sensors offline or missing data)</source>
        <translation>
            <numerusform>%n mit Lücken (Sensoren offline oder fehlende Daten)</numerusform>
            <numerusform>%n mit Lücken (Sensoren offline oder fehlende Daten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still processing</source>
        <translation>
            <numerusform>%n noch in Verarbeitung</numerusform>
            <numerusform>%n noch in Verarbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in planning</source>
        <translation>
            <numerusform>%n in Planung</numerusform>
            <numerusform>%n in Planung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without open-area sensors</source>
        <translation>
            <numerusform>%n ohne Open-Area-Sensoren</numerusform>
            <numerusform>%n ohne Open-Area-Sensoren</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor: %1</source>
        <extracomment>%1 is a list such as &quot;2 complete, 1 still processing&quot;.</extracomment>
        <translation>1 Etage: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n floors: %1</source>
        <translation>
            <numerusform>%n Etage: %1</numerusform>
            <numerusform>%n Etagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A completeness percentage; %1 is the number (&quot;82.4&quot;).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Floor in planning</source>
        <translation>Etage in Planung</translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation>Noch in Verarbeitung</translation>
    </message>
    <message>
        <source>Sensors offline or missing data</source>
        <translation>Sensoren offline oder fehlende Daten</translation>
    </message>
    <message>
        <source>No value returned</source>
        <translation>Kein Wert geliefert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>All expected open-area data for this window has arrived and been processed.</source>
        <translation>Alle erwarteten Open-Area-Daten für dieses Zeitfenster sind eingegangen und verarbeitet.</translation>
    </message>
    <message>
        <source>Likely cause: the floor is still in planning (or went live only after this window began), so its sensors were not live for all of it and less data is expected.</source>
        <translation>Wahrscheinliche Ursache: Die Etage ist noch in Planung (oder ging erst nach Beginn dieses Zeitfensters live), daher waren ihre Sensoren nicht während des gesamten Zeitfensters aktiv und es werden weniger Daten erwartet.</translation>
    </message>
    <message>
        <source>Likely cause: part of this window is less than about 8 hours old (or has not happened yet); Density is still processing it. Check again later.</source>
        <translation>Wahrscheinliche Ursache: Ein Teil dieses Zeitfensters ist weniger als etwa 8 Stunden alt (oder liegt noch in der Zukunft); Density verarbeitet ihn noch. Prüfen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Likely cause: sensors were offline or data is missing for part of this window. The Sensor health page shows which sensors are offline.</source>
        <translation>Wahrscheinliche Ursache: Sensoren waren offline oder Daten fehlen für einen Teil dieses Zeitfensters. Die Seite „Sensorzustand“ zeigt, welche Sensoren offline sind.</translation>
    </message>
    <message>
        <source>The data-status answer had no value for this floor in this window, though it had one in others.</source>
        <translation>Die Datenstatus-Antwort enthielt für diese Etage in diesem Zeitfenster keinen Wert, in anderen aber schon.</translation>
    </message>
    <message>
        <source>No open-area sensors on this floor — completeness does not apply</source>
        <translation>Keine Open-Area-Sensoren auf dieser Etage – Vollständigkeit trifft nicht zu</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a data-status window&apos;s ends in the column headers (QDate::toString).</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A window of days, &quot;1 Nov – 10 Nov&quot;.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Density reports data completeness only for floors with open-area sensors; the answer leaves this floor out.</source>
        <translation>Density meldet die Datenvollständigkeit nur für Etagen mit Open-Area-Sensoren; die Antwort lässt diese Etage aus.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Data-status window %1 of %2 (the API answers at most 10 days at a time)</source>
        <translation>Datenstatus-Zeitfenster %1 von %2 (die API liefert höchstens 10 Tage auf einmal)</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessPage</name>
    <message>
        <source>Data completeness could not be loaded.</source>
        <translation>Die Datenvollständigkeit konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Data completeness could not be loaded: %1</source>
        <translation>Die Datenvollständigkeit konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select a floor, building or campus in the Spaces panel to see how complete its open-area data is.</source>
        <translation>Wählen Sie in der Bereichsliste eine Etage, ein Gebäude oder einen Campus aus, um zu sehen, wie vollständig die Open-Area-Daten sind.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) checks the data completeness again.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Aktualisieren“ (F5) wird die Datenvollständigkeit erneut geprüft.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>Nicht verbunden. Öffnen Sie das Demo-Portfolio oder verbinden Sie sich mit einem Konto.</translation>
    </message>
    <message>
        <source>The selection has no floors, so there is no floor data to check.</source>
        <translation>Die Auswahl enthält keine Etagen, daher gibt es keine Etagendaten zu prüfen.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>Der letzte Tag des Zeitraums darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>Checking data completeness…</source>
        <translation>Datenvollständigkeit wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first selected space; %n how many others are selected.</extracomment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>Data completeness: %1</source>
        <translation>Datenvollständigkeit: %1</translation>
    </message>
    <message>
        <source>%1 (the first floor&apos;s time zone)</source>
        <translation>%1 (Zeitzone der ersten Etage)</translation>
    </message>
    <message>
        <source>%1 (the floor&apos;s time zone)</source>
        <translation>%1 (Zeitzone der Etage)</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor, for %1 (whole days in %2; the operating hours do not apply). The API answers at most 10 days at a time, so each 10-day window has its own column. Checked at %3.</source>
        <extracomment>%1 date range, %2 time zone, %3 date and time of the check.</extracomment>
        <translation>Anteil der erwarteten Open-Area-Daten, die eingegangen sind, je Etage, für %1 (ganze Tage in %2; die Betriebszeiten gelten nicht). Die API liefert höchstens 10 Tage auf einmal, daher hat jedes 10-Tage-Zeitfenster eine eigene Spalte. Geprüft am %3.</translation>
    </message>
    <message>
        <source>Some floors are in other time zones: their windows are the same instants, so their days start at other local times.</source>
        <translation>Einige Etagen liegen in anderen Zeitzonen: Ihre Zeitfenster umfassen dieselben Zeitpunkte, daher beginnen ihre Tage zu anderen Ortszeiten.</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor and 10-day window of the query&apos;s range.</source>
        <translation>Anteil der erwarteten Open-Area-Daten, die eingegangen sind, je Etage und 10-Tage-Zeitfenster des abgefragten Zeitraums.</translation>
    </message>
    <message>
        <source>What a value below 100 % means</source>
        <translation>Was ein Wert unter 100 % bedeutet</translation>
    </message>
    <message>
        <source>The API says how much of the expected data has arrived, not why some is missing. Each cell names the most likely of the three usual causes that the app can tell:</source>
        <translation>Die API gibt an, wie viel der erwarteten Daten eingegangen ist, nicht warum etwas fehlt. Jede Zelle nennt die wahrscheinlichste der drei üblichen Ursachen, die die App erkennen kann:</translation>
    </message>
    <message>
        <source>the floor&apos;s status is &quot;planning&quot;: its sensors are not live yet.</source>
        <translation>Der Status der Etage ist „planning“: Ihre Sensoren sind noch nicht aktiv.</translation>
    </message>
    <message>
        <source>the window reaches into the last 8 hours (or the future). Density processes data within about 8 hours; check again later.</source>
        <translation>Das Zeitfenster reicht in die letzten 8 Stunden (oder in die Zukunft). Density verarbeitet Daten innerhalb von etwa 8 Stunden; prüfen Sie es später erneut.</translation>
    </message>
    <message>
        <source>anything else: sensors were offline or data is missing; in bold at or below 80 %, where data counts as low quality. The Sensor health page shows which sensors are offline now.</source>
        <translation>Alles andere: Sensoren waren offline oder Daten fehlen; fett bei 80 % oder weniger, wo Daten als geringe Qualität gelten. Die Seite „Sensorzustand“ zeigt, welche Sensoren jetzt offline sind.</translation>
    </message>
    <message>
        <source>all expected data has arrived. Floors without open-area sensors are listed without a value: completeness applies only to open-area floors.</source>
        <translation>Alle erwarteten Daten sind eingegangen. Etagen ohne Open-Area-Sensoren werden ohne Wert aufgeführt: Die Vollständigkeit gilt nur für Open-Area-Etagen.</translation>
    </message>
    <message>
        <source>Select a cell to read what its value most likely means.</source>
        <translation>Wählen Sie eine Zelle aus, um zu lesen, was ihr Wert wahrscheinlich bedeutet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <extracomment>%1 floor, %2 window, %3 percentage, %4 explanation.</extracomment>
        <translation>%1, %2: %3. %4</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Data status is answered in windows of at most 10 days; each row is one floor in one window.</source>
        <translation>Der Datenstatus wird in Zeitfenstern von höchstens 10 Tagen geliefert; jede Zeile ist eine Etage in einem Zeitfenster.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>completion: share (0 to 1) of the floor&apos;s expected open-area data that has arrived and been processed in the window (/v3/analytics/data-status); empty when the API gave no value.</source>
        <translation>completion: Anteil (0 bis 1) der erwarteten Open-Area-Daten der Etage, die im Zeitfenster eingegangen und verarbeitet sind (/v3/analytics/data-status); leer, wenn die API keinen Wert geliefert hat.</translation>
    </message>
    <message>
        <source>likely_reason: the app&apos;s best guess, not the API&apos;s: complete; planning (the floor is in planning); processing (the window reaches into the last 8 hours); offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no open-area sensors on the floor); no_value (no value in this window only).</source>
        <translation>likely_reason: die beste Vermutung der App, nicht der API: complete (vollständig); planning (die Etage ist in Planung); processing (das Zeitfenster reicht in die letzten 8 Stunden); offline_or_missing (sonst: Sensoren offline oder Daten fehlen); not_applicable (keine Open-Area-Sensoren auf der Etage); no_value (nur in diesem Zeitfenster kein Wert).</translation>
    </message>
    <message>
        <source>Data completeness by floor</source>
        <translation>Datenvollständigkeit nach Etage</translation>
    </message>
</context>
<context>
    <name>Density::DateRanges</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Letzter voller Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>Density::DensityClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https://%1.</source>
        <translation>Einfaches http:// ist nur für diesen Computer (Loopback) erlaubt; verwenden Sie https://%1.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported, not %1.</source>
        <translation>Nur https://-Serveradressen werden unterstützt, nicht %1.</translation>
    </message>
    <message>
        <source>Filter sensors by serial numbers or by spaces, not both: the API rejects the combination.</source>
        <translation>Filtern Sie Sensoren nach Seriennummern oder nach Bereichen, nicht nach beidem: Die API lehnt diese Kombination ab.</translation>
    </message>
</context>
<context>
    <name>Density::DoorwayModel</name>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>%1 (sensor placement %2)</source>
        <extracomment>%1 space name, %2 the API&apos;s sensor_placement (which side the sensor is on).</extracomment>
        <translation>%1 (Sensorplatzierung %2)</translation>
    </message>
    <message>
        <source>The sensor is not among the sensors loaded for this selection.</source>
        <translation>Der Sensor gehört nicht zu den für diese Auswahl geladenen Sensoren.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>Sensorzustand</translation>
    </message>
    <message>
        <source>Linked spaces</source>
        <translation>Verknüpfte Bereiche</translation>
    </message>
</context>
<context>
    <name>Density::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Density::ExportController</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, sharp enough for slides.</source>
        <translation>Das Diagramm als PNG-Bild speichern, scharf genug für Präsentationen.</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV, with where they came from.</source>
        <translation>Die Zahlen hinter dem Diagramm als CSV speichern, mit Angabe ihrer Herkunft.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page yet: select a space and let its data load first.</source>
        <translation>Auf dieser Seite gibt es noch nichts zu exportieren: Wählen Sie einen Bereich aus und lassen Sie zuerst seine Daten laden.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image, so nothing was saved.</source>
        <translation>Das Diagramm konnte nicht als Bild erzeugt werden, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no data to write, so nothing was saved.</source>
        <translation>Es gibt keine Daten zu schreiben, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason.</extracomment>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any file that was there is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Eine bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>Density::ExportProvenance</name>
    <message>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <source>capacity 0 (no capacity set)</source>
        <translation>Kapazität 0 (keine Kapazität festgelegt)</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation>keine Zeitzone</translation>
    </message>
    <message>
        <source>Space: %1 | %2 | %3 | %4</source>
        <extracomment>%1 space id, %2 name, %3 capacity, %4 time zone.</extracomment>
        <translation>Bereich: %1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>alle Stunden</translation>
    </message>
    <message>
        <source>%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)</source>
        <extracomment>%1 day names, %2 day numbers, %3 opening hour, %4 closing hour.</extracomment>
        <translation>%1 (Tage %2; 0 = Sonntag) %3 bis %4 (Ende ausgenommen)</translation>
    </message>
    <message>
        <source>Density Dashboard export</source>
        <translation>Density Dashboard – Export</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (both included; as sent to the API)</source>
        <translation>Zeitraum: %1 bis %2 (beide einschließlich; wie an die API gesendet)</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Auflösung: %1</translation>
    </message>
    <message>
        <source>Operating hours: %1</source>
        <translation>Betriebszeiten: %1</translation>
    </message>
    <message>
        <source>Time zone: UTC (fallback: no time zone set for the space)</source>
        <translation>Zeitzone: UTC (Ersatzwert: für den Bereich ist keine Zeitzone festgelegt)</translation>
    </message>
    <message>
        <source>Time zone: %1 (the space&apos;s own)</source>
        <translation>Zeitzone: %1 (eigene des Bereichs)</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Definitionen:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>App-Version: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exportiert am: %1</translation>
    </message>
</context>
<context>
    <name>Density::HealthTimelineWidget</name>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Degraded (striped: online, not sending)</source>
        <translation>Beeinträchtigt (gestreift: online, sendet nicht)</translation>
    </message>
    <message>
        <source>Offline (cross-hatched)</source>
        <translation>Offline (kreuzschraffiert)</translation>
    </message>
    <message>
        <source>Unknown (dotted: reported as unknown)</source>
        <translation>Unbekannt (gepunktet: als unbekannt gemeldet)</translation>
    </message>
    <message>
        <source>Unknown: no history before the first change</source>
        <translation>Unbekannt: kein Verlauf vor der ersten Änderung</translation>
    </message>
    <message>
        <source>Status already in force when the range starts</source>
        <translation>Status, der bei Beginn des Zeitraums bereits galt</translation>
    </message>
    <message>
        <source>Unknown (no history before the first change)</source>
        <translation>Unbekannt (kein Verlauf vor der ersten Änderung)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>Sensor %1</translation>
    </message>
    <message>
        <source>%1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>%1 bis %2 (Ortszeit, %3)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Status in force at the start of the range (it may have begun earlier).</source>
        <translation>Status, der zu Beginn des Zeitraums galt (er kann früher begonnen haben).</translation>
    </message>
    <message>
        <source>Still in force at the end of the range.</source>
        <translation>Gilt am Ende des Zeitraums noch.</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>Zustandsverlauf</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>In the health history&apos;s summary for screen readers: status, duration</extracomment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Sensor %1: %2</source>
        <translation>Sensor %1: %2</translation>
    </message>
    <message>
        <source>No sensors to show.</source>
        <translation>Keine Sensoren anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapAdapter</name>
    <message>
        <source>average people</source>
        <translation>Personen im Durchschnitt</translation>
    </message>
    <message>
        <source>people at peak</source>
        <translation>Personen in der Spitze</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% der Kapazität</translation>
    </message>
    <message>
        <source>% of the hour in use</source>
        <translation>% der Stunde genutzt</translation>
    </message>
    <message>
        <source>Average occupancy: people present on average during the hour.</source>
        <translation>Durchschnittliche Belegung: durchschnittlich anwesende Personen während der Stunde.</translation>
    </message>
    <message>
        <source>Peak occupancy: the most people present at once during the hour.</source>
        <translation>Spitzenbelegung: die meisten gleichzeitig anwesenden Personen während der Stunde.</translation>
    </message>
    <message>
        <source>Average utilization: average occupancy as a percentage of the space&apos;s capacity.</source>
        <translation>Durchschnittliche Auslastung: durchschnittliche Belegung in Prozent der Kapazität des Bereichs.</translation>
    </message>
    <message>
        <source>Share of time used: the percentage of the hour in which at least one person was present.</source>
        <translation>Anteil der Nutzungsdauer: Prozentsatz der Stunde, in der mindestens eine Person anwesend war.</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>Durchschnittliche Belegung</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>Spitzenbelegung</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Durchschnittliche Auslastung</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Anteil der Nutzungsdauer</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapWidget</name>
    <message>
        <source>Typical week heatmap</source>
        <translation>Heatmap einer typischen Woche</translation>
    </message>
    <message>
        <source>Hours in local time (time zone unknown)</source>
        <translation>Stunden in Ortszeit (Zeitzone unbekannt)</translation>
    </message>
    <message>
        <source>Hours in local time, %1</source>
        <translation>Stunden in Ortszeit, %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>weekday, hour start, hour end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>time, value, unit</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n week(s))</source>
        <comment>weeks merged into this cell</comment>
        <translation>
            <numerusform>(%n Woche)</numerusform>
            <numerusform>(%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>now</source>
        <comment>marks the current weekday and hour</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation>Belebteste Stunde: %1</translation>
    </message>
    <message>
        <source>Quietest hour: %1</source>
        <translation>Ruhigste Stunde: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the week without data</source>
        <translation>
            <numerusform>%n Stunde der Woche ohne Daten</numerusform>
            <numerusform>%n Stunden der Woche ohne Daten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::InsecureFileCredentialStore</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation>Die Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged (%2).</source>
        <translation>Die Zugangsdatendatei %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be written: %2</source>
        <translation>Die Zugangsdatendatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be replaced.</source>
        <translation>Die Zugangsdatendatei %1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>Density::KeychainCredentialStore</name>
    <message>
        <source>The system keychain did not answer (it may be locked).</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <source>The system keychain returned another value than the one stored.</source>
        <translation>Der Systemschlüsselbund hat einen anderen Wert als den gespeicherten zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Density::KioskApp</name>
    <message>
        <source>The kiosk cannot connect to %1: %2</source>
        <translation>Der Kiosk kann keine Verbindung zu %1 herstellen: %2</translation>
    </message>
    <message>
        <source>No connection is set up for this wall screen. Add one that signs in with display credentials (Connect… in the dashboard, or density-cli profile add) and choose it under Settings &gt; Kiosk.</source>
        <translation>Für diesen Wandbildschirm ist keine Verbindung eingerichtet. Fügen Sie eine hinzu, die sich mit Display-Zugangsdaten anmeldet (im Dashboard unter „Mit einem Konto verbinden…“ oder mit density-cli profile add), und wählen Sie sie unter Einstellungen &gt; Kiosk aus.</translation>
    </message>
    <message>
        <source>The connection “%1” signs in with %2. A wall screen signs in only with display credentials, so that it can read presence and never change anything; choose a display connection under Settings &gt; Kiosk.</source>
        <translation>Die Verbindung „%1“ meldet sich mit %2 an. Ein Wandbildschirm meldet sich nur mit Display-Zugangsdaten an, damit er die Anwesenheit lesen, aber nie etwas ändern kann; wählen Sie unter Einstellungen &gt; Kiosk eine Display-Verbindung aus.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not stored on this machine%2. Connect once with that connection to store it.</source>
        <translation>Das Client-Secret von „%1“ ist auf diesem Rechner nicht gespeichert%2. Verbinden Sie sich einmal mit dieser Verbindung, um es zu speichern.</translation>
    </message>
</context>
<context>
    <name>Density::KioskController</name>
    <message>
        <source>Looking for this screen&apos;s floors…</source>
        <translation>Etagen dieses Bildschirms werden gesucht…</translation>
    </message>
    <message>
        <source>No building with floors was found.</source>
        <translation>Es wurde kein Gebäude mit Etagen gefunden.</translation>
    </message>
    <message>
        <source>The floors to show could not be found: %1 Trying again.</source>
        <translation>Die anzuzeigenden Etagen wurden nicht gefunden: %1 Neuer Versuch läuft.</translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorModel</name>
    <message>
        <source>%1:00–%2:00</source>
        <extracomment>A busiest hour on the wall screen, e.g. &quot;14:00–15:00&quot;</extracomment>
        <translation>%1:00–%2:00</translation>
    </message>
    <message>
        <source>Meeting rooms</source>
        <translation>Besprechungsräume</translation>
    </message>
    <message>
        <source>Phone booths</source>
        <translation>Telefonkabinen</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation>Sonstige Bereiche</translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorView</name>
    <message>
        <source>Busiest hours today</source>
        <translation>Stoßzeiten heute</translation>
    </message>
    <message>
        <source>Occupancy, not booking</source>
        <extracomment>The wall screen shows sensed presence; a free-looking room may still be booked.</extracomment>
        <translation>Belegung, nicht Buchung</translation>
    </message>
    <message>
        <source>Sensors show whether people are in a space now; a free space may still be booked.</source>
        <translation>Sensoren zeigen, ob sich gerade Personen in einem Bereich aufhalten; ein freier Bereich kann trotzdem gebucht sein.</translation>
    </message>
    <message>
        <source>Loading floor…</source>
        <translation>Etage wird geladen…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>The wall screen&apos;s clock when the floor has no time zone, e.g. &quot;14:32 UTC&quot;</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation>zuletzt bekannt: %1</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <source>Typical for a %1, from the last four weeks</source>
        <extracomment>Under the busiest hours on the wall screen; %1 is a weekday name</extracomment>
        <translation>Typisch für einen %1, aus den letzten vier Wochen</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert um %1</translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <extracomment>Appended to &quot;Last updated 14:32&quot;</extracomment>
        <translation>(vor %1 min)</translation>
    </message>
    <message>
        <source>Waiting for the first update</source>
        <translation>Warten auf die erste Aktualisierung</translation>
    </message>
    <message>
        <source>Floor %1 of %2</source>
        <translation>Etage %1 von %2</translation>
    </message>
    <message>
        <source>Offline since %1 — no data to show yet</source>
        <translation>Offline seit %1 – noch keine Daten zum Anzeigen</translation>
    </message>
    <message>
        <source>No updates since %1 — showing last known state</source>
        <translation>Keine Aktualisierungen seit %1 – letzter bekannter Zustand wird angezeigt</translation>
    </message>
    <message>
        <source>Offline since %1 — showing last known state</source>
        <translation>Offline seit %1 – letzter bekannter Zustand wird angezeigt</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Verbindung wird automatisch wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reconnecting automatically. (%1)</source>
        <translation>Verbindung wird automatisch wiederhergestellt. (%1)</translation>
    </message>
</context>
<context>
    <name>Density::KioskPinPrompt</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus verlassen</translation>
    </message>
    <message>
        <source>Enter the exit PIN, then press Enter.</source>
        <translation>Geben Sie die Exit-PIN ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Exit-PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
</context>
<context>
    <name>Density::KioskSettingsSection</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Display id:</source>
        <translation>&amp;Display-ID:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Overrides the connection&apos;s display id, which names this screen to Density.</source>
        <translation>Überschreibt die Display-ID der Verbindung, die diesen Bildschirm gegenüber Density benennt.</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Etagen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Floors to rotate through</source>
        <translation>Anzuzeigende Etagen (im Wechsel)</translation>
    </message>
    <message>
        <source>Floor ids</source>
        <translation>Etagen-IDs</translation>
    </message>
    <message>
        <source>&amp;Seconds per floor:</source>
        <translation>&amp;Sekunden pro Etage:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Wall theme</source>
        <translation>Wand-Design</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Desi&amp;gn:</translation>
    </message>
    <message>
        <source>Follow the schedule</source>
        <translation>Zeitplan folgen</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
    <message>
        <source>&amp;Light from:</source>
        <translation>&amp;Hell ab:</translation>
    </message>
    <message>
        <source>Dar&amp;k from:</source>
        <translation>D&amp;unkel ab:</translation>
    </message>
    <message>
        <source>Awake hours</source>
        <translation>Aktive Zeiten</translation>
    </message>
    <message>
        <source>After h&amp;ours:</source>
        <translation>Außerhalb der &amp;Zeiten:</translation>
    </message>
    <message>
        <source>Stay on</source>
        <translation>Eingeschaltet bleiben</translation>
    </message>
    <message>
        <source>Dim the screen</source>
        <translation>Bildschirm abdunkeln</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Bildschirm ausschalten</translation>
    </message>
    <message>
        <source>&amp;Awake from:</source>
        <translation>Akt&amp;iv ab:</translation>
    </message>
    <message>
        <source>A&amp;wake until:</source>
        <translation>Aktiv &amp;bis:</translation>
    </message>
    <message>
        <source>Awake days:</source>
        <translation>Aktive Tage:</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Exit-PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>Re&amp;peat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Start the wall screen with density-dashboard --kiosk</source>
        <translation>Wandbildschirm mit density-dashboard --kiosk starten</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <translation>%1, Display %2</translation>
    </message>
    <message>
        <source>Unknown connection (%1)</source>
        <translation>Unbekannte Verbindung (%1)</translation>
    </message>
    <message>
        <source>%1 is not in the portfolio open now.</source>
        <translation>%1 ist nicht im aktuell geöffneten Portfolio.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Separate floor ids with commas: “%1” has a space in it.</source>
        <translation>Trennen Sie Etagen-IDs durch Kommas: „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>Light and dark need different times.</source>
        <translation>Hell und Dunkel benötigen unterschiedliche Zeiten.</translation>
    </message>
    <message>
        <source>Choose at least one awake day, or the screen never wakes up.</source>
        <translation>Wählen Sie mindestens einen aktiven Tag aus, sonst wird der Bildschirm nie aktiv.</translation>
    </message>
    <message>
        <source>Awake hours must start and end at different times.</source>
        <translation>Aktive Zeiten müssen zu unterschiedlichen Uhrzeiten beginnen und enden.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation>Die PIN benötigt mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field.</source>
        <translation>Geben Sie die PIN im zweiten Feld erneut ein.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Checked floors are shown in this order; drag them or use the arrows to change it. None checked: the first building&apos;s floors.</source>
        <translation>Ausgewählte Etagen werden in dieser Reihenfolge angezeigt; ziehen Sie sie oder verwenden Sie die Pfeile, um sie zu ändern. Keine ausgewählt: die Etagen des ersten Gebäudes.</translation>
    </message>
    <message>
        <source>Floor ids separated by commas, in the order they are shown. Empty: the first building&apos;s floors.</source>
        <translation>Etagen-IDs durch Kommas getrennt, in der Reihenfolge der Anzeige. Leer: die Etagen des ersten Gebäudes.</translation>
    </message>
    <message>
        <source>A PIN is set. The new PIN replaces it when you press OK or Apply.</source>
        <translation>Eine PIN ist festgelegt. Die neue PIN ersetzt sie, wenn Sie auf OK oder Übernehmen klicken.</translation>
    </message>
    <message>
        <source>No PIN is set. The new PIN is saved when you press OK or Apply.</source>
        <translation>Keine PIN festgelegt. Die neue PIN wird gespeichert, wenn Sie auf OK oder Übernehmen klicken.</translation>
    </message>
    <message>
        <source>A PIN is set. It is removed when you press OK or Apply.</source>
        <translation>Eine PIN ist festgelegt. Sie wird entfernt, wenn Sie auf OK oder Übernehmen klicken.</translation>
    </message>
    <message>
        <source>A PIN is set: leaving the wall screen asks for it.</source>
        <translation>Eine PIN ist festgelegt: Zum Verlassen des Wandbildschirms wird sie abgefragt.</translation>
    </message>
    <message>
        <source>No PIN is set: anyone at the wall screen can leave it.</source>
        <translation>Keine PIN festgelegt: Jeder am Wandbildschirm kann ihn verlassen.</translation>
    </message>
    <message>
        <source>&amp;Change PIN…</source>
        <translation>PIN ände&amp;rn…</translation>
    </message>
    <message>
        <source>&amp;Set PIN…</source>
        <translation>PIN &amp;festlegen…</translation>
    </message>
    <message>
        <source>&amp;Keep PIN</source>
        <translation>PIN beha&amp;lten</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Aktuelle PIN behalten</translation>
    </message>
    <message>
        <source>Don&apos;t set a PIN</source>
        <translation>Keine PIN festlegen</translation>
    </message>
    <message>
        <source>No saved connection signs in as a display yet. Add one with File &gt; Connect to an Account… (sign in with “Display credentials”), or run: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</source>
        <translation>Noch keine gespeicherte Verbindung meldet sich als Display an. Fügen Sie eine über Datei &gt; Mit einem Konto verbinden… hinzu (Anmelden mit „Display-Zugangsdaten“) oder führen Sie aus: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</translation>
    </message>
    <message>
        <source>Connections that sign in with display credentials; “Current connection” is the one the dashboard last used.</source>
        <translation>Verbindungen, die sich mit Display-Zugangsdaten anmelden; „Aktuelle Verbindung“ ist die zuletzt vom Dashboard verwendete.</translation>
    </message>
</context>
<context>
    <name>Density::KioskShell</name>
    <message>
        <source>Density Dashboard</source>
        <translation>Density Dashboard</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>No exit PIN is set for this screen. Ask your administrator.</source>
        <translation>Für diesen Bildschirm ist keine Exit-PIN festgelegt. Wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>Falsche PIN. Zu viele Versuche: Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Falsche PIN. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Showing occupancy on a wall screen</source>
        <translation>Belegungsanzeige auf einem Wandbildschirm</translation>
    </message>
</context>
<context>
    <name>Density::KioskSpaceGrid</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Spaces on this floor</source>
        <translation>Bereiche auf dieser Etage</translation>
    </message>
    <message>
        <source>%1 Unknown, last: %2</source>
        <extracomment>On a wall-screen tile while offline: now unknown, and the state last seen</extracomment>
        <translation>%1 Unbekannt, zuletzt: %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 available</source>
        <extracomment>Group header on the wall screen, e.g. &quot;Meeting rooms · 3 of 8 available&quot;</extracomment>
        <translation>%1 · %2 von %3 frei</translation>
    </message>
    <message>
        <source>(last: %1 available, %2 occupied)</source>
        <extracomment>A folded group on the wall screen while offline, after &quot;? 40 unknown&quot;</extracomment>
        <translation>(zuletzt: %1 frei, %2 belegt)</translation>
    </message>
    <message>
        <source>No data for this floor yet.</source>
        <translation>Noch keine Daten für diese Etage.</translation>
    </message>
    <message>
        <source>Connecting to this floor&apos;s sensors…</source>
        <translation>Verbindung zu den Sensoren dieser Etage wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n space(s)</source>
        <extracomment>Group header on the wall screen while offline, e.g. &quot;Desks · 24 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n Bereich</numerusform>
            <numerusform>%1 · %n Bereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::LabelForm</name>
    <message>
        <source>The label group this label belongs to</source>
        <translation>Die Labelgruppe, zu der dieses Label gehört</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>The label no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>Das Label existiert nicht mehr; möglicherweise wurde es an anderer Stelle gelöscht. Laden Sie die Labelliste neu.</translation>
    </message>
    <message>
        <source>A new label; Apply creates it.</source>
        <translation>Ein neues Label; „Übernehmen“ erstellt es.</translation>
    </message>
    <message>
        <source>(No group)</source>
        <translation>(Keine Gruppe)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>Name: %1; group: %2</source>
        <translation>Name: %1; Gruppe: %2</translation>
    </message>
    <message>
        <source>Type a name for the new label.</source>
        <translation>Geben Sie einen Namen für das neue Label ein.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Leerzeichen am Anfang oder Ende werden entfernt.</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>Label erstellen</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Label bearbeiten</translation>
    </message>
    <message>
        <source>Renamed to “%1” and moved to %2.</source>
        <translation>In „%1“ umbenannt und nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Nach %1 verschoben.</translation>
    </message>
    <message>
        <source>Created the label “%1”.</source>
        <translation>Label „%1“ erstellt.</translation>
    </message>
    <message>
        <source>created the label “%1” without a group</source>
        <translation>Label „%1“ ohne Gruppe erstellt</translation>
    </message>
    <message>
        <source>putting it into %1</source>
        <translation>Einordnen in %1</translation>
    </message>
    <message>
        <source>Created the label “%1” in %2.</source>
        <translation>Label „%1“ in %2 erstellt.</translation>
    </message>
</context>
<context>
    <name>Density::LabelGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The label group no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>Die Labelgruppe existiert nicht mehr; möglicherweise wurde sie an anderer Stelle gelöscht. Laden Sie die Labelliste neu.</translation>
    </message>
    <message>
        <source>A new, empty label group; Apply creates it.</source>
        <translation>Eine neue, leere Labelgruppe; „Übernehmen“ erstellt sie.</translation>
    </message>
    <message>
        <source>Type a name for the new label group.</source>
        <translation>Geben Sie einen Namen für die neue Labelgruppe ein.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Leerzeichen am Anfang oder Ende werden entfernt.</translation>
    </message>
    <message>
        <source>Create label group</source>
        <translation>Labelgruppe erstellen</translation>
    </message>
    <message>
        <source>Created the label group “%1”.</source>
        <translation>Labelgruppe „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Rename label group</source>
        <translation>Labelgruppe umbenennen</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>Density::LabelNameCheck</name>
    <message>
        <source>A label needs a name.</source>
        <translation>Ein Label benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A label group needs a name.</source>
        <translation>Eine Labelgruppe benötigt einen Namen.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Höchstens %1 Zeichen; dieser Name hat %2.</translation>
    </message>
    <message>
        <source>A label named “%1” already exists; choose another name.</source>
        <translation>Ein Label namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A label group named “%1” already exists; choose another name.</source>
        <translation>Eine Labelgruppe namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Density::LabelTreeModel</name>
    <message>
        <source>Ungrouped</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>Labels that belong to no label group</source>
        <translation>Labels, die zu keiner Labelgruppe gehören</translation>
    </message>
    <message numerus="yes">
        <source>Label group “%1”: %n label(s)</source>
        <translation>
            <numerusform>Labelgruppe „%1“: %n Label</numerusform>
            <numerusform>Labelgruppe „%1“: %n Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label “%1” on %n space(s)</source>
        <translation>
            <numerusform>Label „%1“ an %n Bereich</numerusform>
            <numerusform>Label „%1“ an %n Bereichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>Density::LabelsAdminWidget</name>
    <message>
        <source>New &amp;label…</source>
        <translation>Neues &amp;Label…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Neue &amp;Gruppe…</translation>
    </message>
    <message>
        <source>Filter labels and groups…</source>
        <translation>Labels und Gruppen filtern…</translation>
    </message>
    <message>
        <source>Filter labels and groups</source>
        <translation>Labels und Gruppen filtern</translation>
    </message>
    <message>
        <source>Labels by group</source>
        <translation>Labels nach Gruppe</translation>
    </message>
    <message>
        <source>Create a label, in the group of the current item</source>
        <translation>Ein Label in der Gruppe des aktuellen Elements erstellen</translation>
    </message>
    <message>
        <source>Create an empty label group</source>
        <translation>Eine leere Labelgruppe erstellen</translation>
    </message>
    <message>
        <source>Spaces with this label</source>
        <translation>Bereiche mit diesem Label</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation>Labels werden geladen…</translation>
    </message>
    <message>
        <source>✖ Could not load the labels: %1</source>
        <translation>✖ Die Labels konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Pick a label or a label group on the left to rename it or move it, or create one with New label… or New group…</source>
        <translation>Wählen Sie links ein Label oder eine Labelgruppe aus, um sie umzubenennen oder zu verschieben, oder erstellen Sie eines bzw. eine mit „Neues Label…“ oder „Neue Gruppe…“</translation>
    </message>
    <message>
        <source>Discard edits?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The edits in “%1” have not been applied. Discard them?</source>
        <translation>Die Änderungen in „%1“ wurden nicht übernommen. Verwerfen?</translation>
    </message>
    <message>
        <source>These labels belong to no label group. Pick one to rename it or to move it into a group.</source>
        <translation>Diese Labels gehören zu keiner Labelgruppe. Wählen Sie eines aus, um es umzubenennen oder in eine Gruppe zu verschieben.</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Label „%1“</translation>
    </message>
    <message>
        <source>Label group “%1”</source>
        <translation>Labelgruppe „%1“</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>New label group</source>
        <translation>Neue Labelgruppe</translation>
    </message>
    <message>
        <source>Spaces with this label (%1)</source>
        <translation>Bereiche mit diesem Label (%1)</translation>
    </message>
    <message>
        <source>No space carries this label.</source>
        <translation>Kein Bereich trägt dieses Label.</translation>
    </message>
</context>
<context>
    <name>Density::LiveAvailabilityDelegate</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Density::LiveConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Stale: showing last known state</source>
        <translation>Veraltet: letzter bekannter Zustand wird angezeigt</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Density::LiveFeed</name>
    <message>
        <source>The server offered a stream address that is not a secure WebSocket (wss://) address; it was not used.</source>
        <translation>Der Server hat eine Stream-Adresse angeboten, die keine sichere WebSocket-Adresse (wss://) ist; sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>Die Live-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The live connection failed: %1</source>
        <translation>Die Live-Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No snapshot for %1 s (one is due every %2 s); reconnecting.</source>
        <translation>Seit %1 s kein Snapshot (alle %2 s ist einer fällig); Verbindung wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Two refreshes were missed; the last known state is shown.</source>
        <translation>Zwei Aktualisierungen wurden verpasst; der letzte bekannte Zustand wird angezeigt.</translation>
    </message>
</context>
<context>
    <name>Density::LivePage</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show the spaces as a table with health and counting mode</source>
        <translation>Die Bereiche als Tabelle mit Zustand und Zählmodus anzeigen</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show the spaces as tiles</source>
        <translation>Die Bereiche als Kacheln anzeigen</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied show whether a sensor sees anyone right now: availability is occupancy, not booking. ? Unknown means the sensor is offline or degraded, or the data is stale (two refreshes missed); such a space is never shown as available, and its last reading reads “last: …”, dimmed.</source>
        <translation>✓ Frei und ■ Belegt zeigen, ob ein Sensor gerade jemanden erfasst: Verfügbarkeit bedeutet Belegung, nicht Buchung. ? Unbekannt bedeutet, dass der Sensor offline oder beeinträchtigt ist oder die Daten veraltet sind (zwei Aktualisierungen verpasst); ein solcher Bereich wird nie als frei angezeigt, und sein letzter Messwert erscheint abgeblendet als „zuletzt: …“.</translation>
    </message>
    <message>
        <source>The live view of %1 stopped.</source>
        <translation>Die Live-Ansicht von %1 wurde beendet.</translation>
    </message>
    <message>
        <source>The live view of %1 stopped. %2</source>
        <translation>Die Live-Ansicht von %1 wurde beendet. %2</translation>
    </message>
    <message>
        <source>Select a floor, or a room on it, to see its spaces live.</source>
        <translation>Wählen Sie eine Etage oder einen Raum darauf aus, um deren Bereiche live zu sehen.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Bereiche im Moment</translation>
    </message>
    <message>
        <source>Spaces right now, as tiles</source>
        <translation>Bereiche im Moment, als Kacheln</translation>
    </message>
</context>
<context>
    <name>Density::LivePresenceModel</name>
    <message>
        <source>Available</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Presence / count</source>
        <translation>Anwesenheit / Anzahl</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Zählmodus</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
</context>
<context>
    <name>Density::LiveTileDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Density::LiveValueDelegate</name>
    <message>
        <source>last: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
</context>
<context>
    <name>Density::MainWindow</name>
    <message>
        <source>Loading spaces…</source>
        <translation>Bereiche werden geladen…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to an Account…</source>
        <translation>Mit einem Konto &amp;verbinden…</translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation>Verbindung &amp;wechseln</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Portfolio</source>
        <translation>&amp;Demo-Portfolio öffnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Spaces Panel</source>
        <translation>&amp;Bereichsliste</translation>
    </message>
    <message>
        <source>&amp;Find Space</source>
        <translation>Bereich &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Density Dashboard</source>
        <translation>Ü&amp;ber Density Dashboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The demo portfolio is not available in this build.</source>
        <translation>Das Demo-Portfolio ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated) at %1</source>
        <extracomment>Exports&apos; provenance: %1 the simulator&apos;s address on this computer.</extracomment>
        <translation>Demo-Portfolio (simuliert) unter %1</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated)</source>
        <translation>Demo-Portfolio (simuliert)</translation>
    </message>
    <message>
        <source>A simulated organization served on this computer at %1</source>
        <translation>Eine simulierte Organisation, bereitgestellt auf diesem Computer unter %1</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Exports&apos; provenance: %1 the API&apos;s address (the API does not name the organization).</extracomment>
        <translation>Density-API unter %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Exports&apos; provenance and the activity log: %1 the profile&apos;s name, %2 the API&apos;s address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These spaces were not found: %1.</source>
        <translation>Diese Bereiche wurden nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Density Dashboard</source>
        <translation>Density Dashboard</translation>
    </message>
    <message>
        <source>Demo portfolio — Density Dashboard</source>
        <translation>Demo-Portfolio — Density Dashboard</translation>
    </message>
    <message>
        <source>%1 — Density Dashboard</source>
        <translation>%1 — Density Dashboard</translation>
    </message>
    <message>
        <source>About Density Dashboard</source>
        <translation>Über Density Dashboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for Density occupancy sensors: occupancy, utilization and time used, with the time basis and data quality behind every number.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Dashboard für Density-Belegungssensoren: Belegung, Auslastung und Nutzungsdauer, mit der Zeitbasis und der Datenqualität hinter jeder Zahl.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder höher.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Density::MetricChartBuilder</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date pattern (QDate::toString) of a day label on a chart of up to two weeks.</extracomment>
        <translation>ddd, d.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date pattern of a month label; the year is shown in January and on the first label.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
</context>
<context>
    <name>Density::MetricChartPage</name>
    <message>
        <source>Select one space, or up to 8 to compare, in the Spaces panel.</source>
        <translation>Wählen Sie in der Bereichsliste einen Bereich oder bis zu 8 zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>The time basis of every number on this page: the range, the resolution, the operating hours and the time zone.</source>
        <translation>Die Zeitbasis jeder Zahl auf dieser Seite: Zeitraum, Auflösung, Betriebszeiten und Zeitzone.</translation>
    </message>
    <message>
        <source>The data could not be loaded: %1</source>
        <translation>Die Daten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the chart.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Aktualisieren“ (F5) wird das Diagramm geladen.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the chart still shows the previous query. Refresh (F5) loads the new one.</source>
        <translation>Das Laden wurde abgebrochen; das Diagramm zeigt noch die vorherige Abfrage. Mit „Aktualisieren“ (F5) wird die neue geladen.</translation>
    </message>
    <message>
        <source>The range&apos;s last day is before its first; choose another range.</source>
        <translation>Der letzte Tag des Zeitraums liegt vor dem ersten; wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>Not connected: open the demo portfolio or connect to an account.</source>
        <translation>Nicht verbunden: Öffnen Sie das Demo-Portfolio oder verbinden Sie sich mit einem Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%1: rolled up from %n of its spaces</source>
        <translation>
            <numerusform>%1: zusammengefasst aus %n zugehörigen Bereich</numerusform>
            <numerusform>%1: zusammengefasst aus %n zugehörigen Bereichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a capacity, left out of utilization)</source>
        <translation>
            <numerusform> (%n ohne Kapazität, bei der Auslastung nicht berücksichtigt)</numerusform>
            <numerusform> (%n ohne Kapazität, bei der Auslastung nicht berücksichtigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>%1: the API returned no data in this range.</source>
        <translation>%1: Die API hat in diesem Zeitraum keine Daten geliefert.</translation>
    </message>
    <message>
        <source>Rolled up on this computer: occupancy is the sum of the spaces, the peak an upper bound (their peaks added up), time used a lower bound (the busiest space).</source>
        <translation>Auf diesem Computer zusammengefasst: Die Belegung ist die Summe der Bereiche, die Spitze eine Obergrenze (ihre Spitzenwerte addiert), die Nutzungsdauer eine Untergrenze (der am stärksten genutzte Bereich).</translation>
    </message>
    <message>
        <source>Times are each space&apos;s local time, so 09:00 lines up with 09:00.</source>
        <translation>Zeiten sind die Ortszeit des jeweiligen Bereichs, sodass 09:00 mit 09:00 übereinstimmt.</translation>
    </message>
    <message>
        <source>A gap in a line is time without data or outside the operating hours; it is never drawn as 0.</source>
        <translation>Eine Lücke in einer Linie ist Zeit ohne Daten oder außerhalb der Betriebszeiten; sie wird nie als 0 dargestellt.</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (Ortszeit)</translation>
    </message>
    <message>
        <source>%1

Basis: %2.
%3</source>
        <extracomment>Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.</extracomment>
        <translation>%1

Basis: %2.
%3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Peak: the most people counted at any moment (occupancy_max) in a bucket with data. &quot;3+&quot; means the sensor counts up to 3, so there were at least 3.</source>
        <translation>Spitze: die meisten zu einem beliebigen Zeitpunkt gezählten Personen (occupancy_max) in einem Intervall mit Daten. „3+“ bedeutet, dass der Sensor bis 3 zählt, es also mindestens 3 waren.</translation>
    </message>
    <message>
        <source>Average: the number of people present on average within the operating hours, each bucket weighted by its length.</source>
        <translation>Durchschnitt: die Zahl der durchschnittlich anwesenden Personen innerhalb der Betriebszeiten, jedes Intervall nach seiner Länge gewichtet.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours, e.g. &quot;3.5 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No operating day</source>
        <translation>Kein Betriebstag</translation>
    </message>
    <message>
        <source>Hours used per operating day: the hours with at least one person present, divided by the %1 operating days of the range.</source>
        <translation>Genutzte Stunden pro Betriebstag: die Stunden mit mindestens einer anwesenden Person, geteilt durch die %1 Betriebstage des Zeitraums.</translation>
    </message>
    <message>
        <source>Share of time used: the part of the measured operating hours with at least one person present.</source>
        <translation>Anteil der Nutzungsdauer: der Teil der gemessenen Betriebszeiten mit mindestens einer anwesenden Person.</translation>
    </message>
    <message>
        <source>Data completeness: the share of the time the sensors were online (up_time), offline stretches counted as 0. Buckets at 80% or less are shaded as low quality.</source>
        <translation>Datenvollständigkeit: der Anteil der Zeit, in der die Sensoren online waren (up_time), Offline-Phasen als 0 gezählt. Intervalle mit 80 % oder weniger sind als geringe Qualität schattiert.</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Provenance when no organization name is known: %1 the API&apos;s address.</extracomment>
        <translation>Density-API unter %1</translation>
    </message>
    <message>
        <source>Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4</source>
        <translation>Die Bereiche %1 wurden für dieselben lokalen Tage in ihrer eigenen Zeitzone %2 abgefragt: %3 bis %4</translation>
    </message>
    <message>
        <source>(none set; UTC)</source>
        <translation>(keine festgelegt; UTC)</translation>
    </message>
    <message>
        <source>%1: utilization divides by %2, the sum of its spaces&apos; capacities.</source>
        <translation>%1: Die Auslastung wird durch %2 geteilt, die Summe der Kapazitäten der zugehörigen Bereiche.</translation>
    </message>
    <message>
        <source>-and-%1-more</source>
        <extracomment>File name part for compared spaces: &quot;-and-2-more&quot;. Plain ASCII.</extracomment>
        <translation>-und-%1-weitere</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <extracomment>Accessible name of a chart, e.g. &quot;Occupancy (people) chart&quot;</extracomment>
        <translation>Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>Density::MetricRules</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number (75 for 75 percent).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation>unter 60 %</translation>
    </message>
    <message>
        <source>60–100%</source>
        <translation>60–100 %</translation>
    </message>
    <message>
        <source>over 100%</source>
        <translation>über 100 %</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A capped peak: the sensor counted at least %1 people (&quot;3+&quot;).</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>missing data</source>
        <translation>fehlende Daten</translation>
    </message>
    <message>
        <source>sensors offline</source>
        <translation>Sensoren offline</translation>
    </message>
    <message>
        <source>low quality</source>
        <translation>geringe Qualität</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>No data yet: this period has not happened.</source>
        <translation>Noch keine Daten: Dieser Zeitraum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>No data: the API returned nothing for this period.</source>
        <translation>Keine Daten: Die API hat für diesen Zeitraum nichts geliefert.</translation>
    </message>
    <message>
        <source>No data: the sensors were offline for the whole period.</source>
        <translation>Keine Daten: Die Sensoren waren während des gesamten Zeitraums offline.</translation>
    </message>
    <message>
        <source>Low quality: the sensors were online for %1 of this period (80% or less).</source>
        <translation>Geringe Qualität: Die Sensoren waren während %1 dieses Zeitraums online (80 % oder weniger).</translation>
    </message>
    <message>
        <source>Incomplete: the sensors were online for %1 of this period.</source>
        <translation>Unvollständig: Die Sensoren waren während %1 dieses Zeitraums online.</translation>
    </message>
    <message>
        <source>Nobody was counted, with the sensors online throughout.</source>
        <translation>Niemand wurde gezählt, die Sensoren waren durchgehend online.</translation>
    </message>
    <message>
        <source>Complete data.</source>
        <translation>Vollständige Daten.</translation>
    </message>
</context>
<context>
    <name>Density::OccupancyPage</name>
    <message>
        <source>%1, average</source>
        <translation>%1, Durchschnitt</translation>
    </message>
    <message>
        <source>%1, peak</source>
        <translation>%1, Spitze</translation>
    </message>
    <message>
        <source>%1, capped peak</source>
        <translation>%1, begrenzte Spitze</translation>
    </message>
    <message>
        <source>@yPoint+</source>
        <extracomment>Point label of a capped peak: @yPoint is the sensor&apos;s counting limit (&quot;3+&quot;).</extracomment>
        <translation>@yPoint+</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Genutzte Stunden pro Betriebstag</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Anteil der Nutzungsdauer</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <extracomment>Tooltip values of one bucket: %1 average people, %2 peak (&quot;3+&quot; when capped).</extracomment>
        <translation>Durchschnitt %1 · Spitze %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>capped peak: at least this many (&quot;3+&quot;)</source>
        <translation>begrenzte Spitze: mindestens so viele („3+“)</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHours</name>
    <message>
        <source>Days are numbers from 0 (Sunday) to 6 (Saturday), not &quot;%1&quot;.</source>
        <translation>Tage sind Zahlen von 0 (Sonntag) bis 6 (Samstag), nicht „%1“.</translation>
    </message>
    <message>
        <source>Hours look like 8-18, not &quot;%1&quot;.</source>
        <translation>Stunden haben die Form 8-18, nicht „%1“.</translation>
    </message>
    <message>
        <source>Operating hours need at least one day and a start hour before the end hour (0-24).</source>
        <translation>Betriebszeiten benötigen mindestens einen Tag und eine Anfangsstunde vor der Endstunde (0-24).</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHoursDialog</name>
    <message>
        <source>Operating hours</source>
        <translation>Betriebszeiten</translation>
    </message>
    <message>
        <source>Only these days and hours count towards averages, peaks and time used. Hours are local time in each space&apos;s own time zone.</source>
        <translation>Nur diese Tage und Stunden fließen in Durchschnitte, Spitzenwerte und Nutzungsdauer ein. Stunden sind Ortszeit in der eigenen Zeitzone jedes Bereichs.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Stunden:</translation>
    </message>
    <message>
        <source>Monday to Friday, 08:00 to 18:00</source>
        <translation>Montag bis Freitag, 08:00 bis 18:00</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag aus.</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>Gezählt wird: %1</translation>
    </message>
</context>
<context>
    <name>Density::OverviewPage</name>
    <message>
        <source>Select a space in the Spaces panel to see its details. Ctrl+click or Shift+click to compare up to 8 spaces.</source>
        <translation>Wählen Sie in der Bereichsliste einen Bereich aus, um seine Details zu sehen. Mit Strg+Klick oder Umschalt+Klick können Sie bis zu 8 Bereiche vergleichen.</translation>
    </message>
    <message>
        <source>No capacity set (the capacity is 0)</source>
        <translation>Keine Kapazität festgelegt (die Kapazität ist 0)</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lage:</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Not set (times are shown in UTC)</source>
        <translation>Nicht festgelegt (Zeiten werden in UTC angezeigt)</translation>
    </message>
    <message>
        <source>Counting mode:</source>
        <translation>Zählmodus:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Space id:</source>
        <translation>Bereichs-ID:</translation>
    </message>
    <message>
        <source>Utilization needs a capacity above 0; set one in the space&apos;s settings.</source>
        <translation>Die Auslastung erfordert eine Kapazität größer als 0; legen Sie sie in den Einstellungen des Bereichs fest.</translation>
    </message>
    <message>
        <source>Selected spaces</source>
        <translation>Ausgewählte Bereiche</translation>
    </message>
</context>
<context>
    <name>Density::PageTabs</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Density::PatternsPage</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to see its typical week.</source>
        <translation>Wählen Sie in der Bereichsliste einen Bereich aus, um seine typische Woche zu sehen.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the typical week again.</source>
        <translation>Das Laden wurde abgebrochen. Mit „Aktualisieren“ (F5) wird die typische Woche erneut geladen.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>Nicht verbunden. Öffnen Sie das Demo-Portfolio oder verbinden Sie sich mit einem Konto.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>Der letzte Tag des Zeitraums darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>%1 has no capacity set, so its utilization cannot be computed. Choose another metric, or set the space&apos;s capacity.</source>
        <translation>Für %1 ist keine Kapazität festgelegt, daher kann die Auslastung nicht berechnet werden. Wählen Sie eine andere Metrik oder legen Sie die Kapazität des Bereichs fest.</translation>
    </message>
    <message>
        <source>Loading the typical week…</source>
        <translation>Typische Woche wird geladen…</translation>
    </message>
    <message>
        <source>The typical week could not be loaded.</source>
        <translation>Die typische Woche konnte nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</source>
        <translation>
            <numerusform>Der ausgewählte Zeitraum (%1) ist kürzer als eine Woche, daher wird die letzte volle Woche verwendet (%n Woche).</numerusform>
            <numerusform>Der ausgewählte Zeitraum (%1) ist kürzer als eine Woche, daher werden die letzten %n vollen Wochen verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; a typical week shows one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n Bereich ist ausgewählt; eine typische Woche zeigt jeweils einen Bereich: den ersten, %1.</numerusform>
            <numerusform>%n Bereiche sind ausgewählt; eine typische Woche zeigt jeweils einen Bereich: den ersten, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no time zone set: the hours are in UTC, not local time.</source>
        <translation>Für %1 ist keine Zeitzone festgelegt: Die Stunden sind in UTC, nicht in Ortszeit.</translation>
    </message>
    <message>
        <source>Some peaks reached the sensor&apos;s counting limit (&quot;3+&quot;): those hours had at least the number shown.</source>
        <translation>Einige Spitzenwerte haben die Zählgrenze des Sensors erreicht („3+“): In diesen Stunden waren mindestens so viele Personen wie angezeigt anwesend.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Typical week</source>
        <translation>Typische Woche</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour in the space&apos;s local time, merged over the weeks of the range.</source>
        <translation>Belegung nach Wochentag und Stunde in der Ortszeit des Bereichs, zusammengefasst über die Wochen des Zeitraums.</translation>
    </message>
    <message>
        <source>Typical week: %1</source>
        <translation>Typische Woche: %1</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>eine Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>ein Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (Zeitzone des Bereichs)</translation>
    </message>
    <message>
        <source>%1 by weekday and hour, averaged over %2: %3.</source>
        <extracomment>%1 metric (&quot;Average occupancy&quot;), %2 &quot;8 weeks&quot;, %3 date range.</extracomment>
        <translation>%1 nach Wochentag und Stunde, gemittelt über %2: %3.</translation>
    </message>
    <message>
        <source>Hours are local time in %1. Hourly data; the operating hours are not applied, so every hour of the week is shown.</source>
        <translation>Stunden sind Ortszeit in %1. Stündliche Daten; die Betriebszeiten werden nicht angewendet, daher wird jede Stunde der Woche angezeigt.</translation>
    </message>
    <message>
        <source>Colours run from the 5th to the 95th percentile of the cells; hatched grey is no data.</source>
        <translation>Die Farben reichen vom 5. bis zum 95. Perzentil der Zellen; grau schraffiert bedeutet keine Daten.</translation>
    </message>
    <message>
        <source>Hover a cell for its value and how many weeks it merges.</source>
        <translation>Zeigen Sie auf eine Zelle, um ihren Wert zu sehen und wie viele Wochen sie zusammenfasst.</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exportiert am %1 (%2) mit Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or the data&apos;s range when those are equal).</source>
        <translation>Farbskala des Bildes: %1 bis %2 %3 (5. bis 95. Perzentil der Zellen oder der Wertebereich der Daten, wenn diese gleich sind).</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>Einheit: %1.</translation>
    </message>
    <message>
        <source>Rows are local weekdays, columns local hours (the hour starting at the time shown). A cell is the mean of that weekday and hour over the weeks of the range; empty means no data (sensors offline, data not yet arrived, or nothing sent).</source>
        <translation>Zeilen sind lokale Wochentage, Spalten lokale Stunden (die Stunde, die zur angezeigten Zeit beginnt). Eine Zelle ist der Mittelwert dieses Wochentags und dieser Stunde über die Wochen des Zeitraums; leer bedeutet keine Daten (Sensoren offline, Daten noch nicht eingetroffen oder nichts gesendet).</translation>
    </message>
    <message>
        <source>Low up_time hours (at most 0.8) are included with the counts they have.</source>
        <translation>Stunden mit geringer up_time (höchstens 0,8) sind mit ihren vorhandenen Zählungen enthalten.</translation>
    </message>
</context>
<context>
    <name>Density::ProfileController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A connection profile in the menu: %1 its name, %2 its server.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>Verbindungen &amp;verwalten…</translation>
    </message>
    <message>
        <source>The connection works but could not be saved: %1</source>
        <translation>Die Verbindung funktioniert, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>That connection profile no longer exists.</source>
        <translation>Dieses Verbindungsprofil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the secret of “%1”: %2 Connect again with File &gt; Connect to an Account.</source>
        <extracomment>%1 the profile&apos;s name, %2 why its secret could not be read.</extracomment>
        <translation>Das Secret von „%1“ konnte nicht gelesen werden: %2 Verbinden Sie sich erneut über Datei &gt; Mit einem Konto verbinden.</translation>
    </message>
</context>
<context>
    <name>Density::ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>Die Profil-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Secret ist leer.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Kein Zugangsdatenspeicher verfügbar.</translation>
    </message>
</context>
<context>
    <name>Density::ProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Edit Sign-in…</source>
        <translation>&amp;Anmeldung bearbeiten…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation>Verbindung ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Store secrets in a plain file on this computer (not encrypted)</source>
        <translation>Secrets in einer einfachen Datei auf diesem Computer speichern (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Change the server or the credentials; the secret is kept in the credential store, never in the settings file.</source>
        <translation>Server oder Zugangsdaten ändern; das Secret wird im Zugangsdatenspeicher aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Betriebszeiten:</translation>
    </message>
    <message>
        <source>Operating hours used for new queries of this connection</source>
        <translation>Betriebszeiten für neue Abfragen dieser Verbindung</translation>
    </message>
    <message>
        <source>Use the app&apos;s default operating hours (File &gt; Settings)</source>
        <translation>Die Standard-Betriebszeiten der App verwenden (Datei &gt; Einstellungen)</translation>
    </message>
    <message>
        <source>Space to open first:</source>
        <translation>Zuerst zu öffnender Bereich:</translation>
    </message>
    <message>
        <source>Space to open first</source>
        <translation>Zuerst zu öffnender Bereich</translation>
    </message>
    <message>
        <source>Space id (spc_…); empty for none</source>
        <translation>Bereichs-ID (spc_…); leer für keinen</translation>
    </message>
    <message>
        <source>Space id to open first</source>
        <translation>Bereichs-ID des zuerst zu öffnenden Bereichs</translation>
    </message>
    <message>
        <source>Where secrets are stored</source>
        <translation>Speicherort der Secrets</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A profile in the Manage Connections list: %1 is its name.</extracomment>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <extracomment>%1 the sign-in kind (&quot;OAuth client credentials&quot;), %2 the client id.</extracomment>
        <translation>%1, Client %2</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <extracomment>%1 the sign-in kind and client, %2 the display id.</extracomment>
        <translation>%1, Display %2</translation>
    </message>
    <message>
        <source>None: the app&apos;s default (File &gt; Settings)</source>
        <translation>Keine: Standard der App (Datei &gt; Einstellungen)</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <extracomment>%1 the connection&apos;s new name.</extracomment>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Operating hours saved.</source>
        <translation>Betriebszeiten gespeichert.</translation>
    </message>
    <message>
        <source>This connection now uses the app&apos;s default hours.</source>
        <translation>Diese Verbindung verwendet jetzt die Standardzeiten der App.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No space opens first.</source>
        <translation>Kein Bereich wird zuerst geöffnet.</translation>
    </message>
    <message>
        <source>The space to open first is saved.</source>
        <translation>Der zuerst zu öffnende Bereich ist gespeichert.</translation>
    </message>
    <message>
        <source>None: the app opens without a space selected.</source>
        <translation>Keine: Die App öffnet sich ohne ausgewählten Bereich.</translation>
    </message>
    <message>
        <source>Opens “%1”.</source>
        <extracomment>%1 the space&apos;s name with its ancestors (&quot;HQ &gt; Floor 2 &gt; Room 4&quot;).</extracomment>
        <translation>Öffnet „%1“.</translation>
    </message>
    <message>
        <source>Not among this organization&apos;s loaded spaces; the id is kept as typed.</source>
        <translation>Nicht unter den geladenen Bereichen dieser Organisation; die ID wird wie eingegeben beibehalten.</translation>
    </message>
    <message>
        <source>The space&apos;s name shows here while this connection is in use.</source>
        <translation>Der Name des Bereichs wird hier angezeigt, solange diese Verbindung verwendet wird.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <extracomment>%1 the connection&apos;s name.</extracomment>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its saved secret is deleted too; you would need the token or client secret to connect to it again.</source>
        <translation>Die Verbindung „%1“ entfernen? Ihr gespeichertes Secret wird ebenfalls gelöscht; Sie benötigen das Token oder Client-Secret, um sich erneut damit zu verbinden.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 the credential store&apos;s error.</extracomment>
        <translation>„%1“ entfernt, aber das Secret konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <extracomment>The title of the Connect dialog when it edits a saved connection; %1 its name.</extracomment>
        <translation>Anmeldung von „%1“</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1); enter it again.</source>
        <translation>Das gespeicherte Secret konnte nicht gelesen werden (%1); geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>That connection was removed meanwhile.</source>
        <translation>Diese Verbindung wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be saved: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 why saving failed.</extracomment>
        <translation>Die Anmeldung von „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1” saved.</source>
        <translation>Anmeldung von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Secrets are stored in: not decided yet (the system keychain is being checked).</source>
        <translation>Speicherort der Secrets: noch nicht festgelegt (der Systemschlüsselbund wird geprüft).</translation>
    </message>
    <message>
        <source>Secrets are stored in: the system keychain.</source>
        <translation>Speicherort der Secrets: Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Secrets are stored in: this session only.</source>
        <translation>Speicherort der Secrets: nur diese Sitzung.</translation>
    </message>
    <message>
        <source>Secrets are stored in: a plain file (insecure).</source>
        <translation>Speicherort der Secrets: einfache Datei (unsicher).</translation>
    </message>
    <message>
        <source>Store Secrets in a Plain File?</source>
        <translation>Secrets in einer einfachen Datei speichern?</translation>
    </message>
    <message>
        <source>Tokens and client secrets will be written unencrypted to a file in your home folder. Anyone who can read your files or your backups can use them to reach your Density organizations. Only do this on a computer that you alone use.

Store secrets in a plain file?</source>
        <translation>Token und Client-Secrets werden unverschlüsselt in eine Datei in Ihrem Benutzerordner geschrieben. Jeder, der Ihre Dateien oder Sicherungen lesen kann, kann damit auf Ihre Density-Organisationen zugreifen. Tun Sie dies nur auf einem Computer, den nur Sie verwenden.

Secrets in einer einfachen Datei speichern?</translation>
    </message>
    <message>
        <source>Secrets will be stored in a plain file from now on.</source>
        <translation>Secrets werden ab jetzt in einer einfachen Datei gespeichert.</translation>
    </message>
    <message>
        <source>Secrets will no longer be stored in a plain file.</source>
        <translation>Secrets werden nicht mehr in einer einfachen Datei gespeichert.</translation>
    </message>
</context>
<context>
    <name>Density::ProgressBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading window %1 of %2</source>
        <translation>Zeitfenster %1 von %2 wird geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Density::QueryBar</name>
    <message>
        <source>&amp;Operating hours…</source>
        <translation>&amp;Betriebszeiten…</translation>
    </message>
    <message>
        <source>&quot;Last 7 days&quot; and &quot;Last 30 days&quot; are complete days before today, in the space&apos;s time zone.</source>
        <translation>„Letzte 7 Tage“ und „Letzte 30 Tage“ sind vollständige Tage vor heute, in der Zeitzone des Bereichs.</translation>
    </message>
    <message>
        <source>First day, in the space&apos;s time zone</source>
        <translation>Erster Tag, in der Zeitzone des Bereichs</translation>
    </message>
    <message>
        <source>Last day (included), in the space&apos;s time zone</source>
        <translation>Letzter Tag (einschließlich), in der Zeitzone des Bereichs</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Au&amp;flösung:</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Betriebszeiten:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>Der letzte Tag darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
</context>
<context>
    <name>Density::RawReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
</context>
<context>
    <name>Density::Rollup</name>
    <message>
        <source>Rolled up on this computer from its spaces&apos; rows (combined: %1). Occupancy is their sum, the peak an upper bound (each space&apos;s own peak added up) and time used a lower bound (the busiest space).</source>
        <translation>Auf diesem Computer aus den Zeilen der zugehörigen Bereiche zusammengefasst (zusammengefasst: %1). Die Belegung ist ihre Summe, die Spitze eine Obergrenze (die Spitzenwerte der einzelnen Bereiche addiert) und die Nutzungsdauer eine Untergrenze (der am stärksten genutzte Bereich).</translation>
    </message>
    <message>
        <source>Spaces without a capacity left out of utilization: %1.</source>
        <translation>Bereiche ohne Kapazität, bei der Auslastung nicht berücksichtigt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</source>
        <translation>
            <numerusform>%n Bereich hat die Zählgrenze seines Sensors erreicht (3+), daher können die tatsächlichen Zählungen höher sein, als die Summe zeigt.</numerusform>
            <numerusform>%n Bereiche haben die Zählgrenze ihres Sensors erreicht (3+), daher können die tatsächlichen Zählungen höher sein, als die Summe zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space has a capacity set, so there is no utilization.</source>
        <translation>Für keinen Bereich ist eine Kapazität festgelegt, daher gibt es keine Auslastung.</translation>
    </message>
</context>
<context>
    <name>Density::ScreenSaverInhibitor</name>
    <message>
        <source>Windows refused to keep the display on (SetThreadExecutionState).</source>
        <translation>Windows hat es abgelehnt, die Anzeige eingeschaltet zu lassen (SetThreadExecutionState).</translation>
    </message>
    <message>
        <source>macOS refused to keep the display on (IOPMAssertion error %1).</source>
        <translation>macOS hat es abgelehnt, die Anzeige eingeschaltet zu lassen (IOPMAssertion-Fehler %1).</translation>
    </message>
    <message>
        <source>No D-Bus session bus, so the screen saver cannot be held off: %1</source>
        <translation>Kein D-Bus-Sitzungsbus, daher kann der Bildschirmschoner nicht unterdrückt werden: %1</translation>
    </message>
    <message>
        <source>The session has no screen saver service to hold off: %1</source>
        <translation>Die Sitzung hat keinen Bildschirmschoner-Dienst, der unterdrückt werden könnte: %1</translation>
    </message>
    <message>
        <source>Keeping the screen awake is not supported on this platform.</source>
        <translation>Den Bildschirm aktiv zu halten wird auf dieser Plattform nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthModel</name>
    <message>
        <source>No sensors in this selection</source>
        <translation>Keine Sensoren in dieser Auswahl</translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 sensor offline</source>
        <translation>
            <numerusform>%n von 1 Sensor offline</numerusform>
            <numerusform>%n von 1 Sensor offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sensors offline</source>
        <translation>
            <numerusform>%n von %1 Sensoren offline</numerusform>
            <numerusform>%n von %1 Sensoren offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degraded</source>
        <translation>
            <numerusform>, %n beeinträchtigt</numerusform>
            <numerusform>, %n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>, %n unbekannt</numerusform>
            <numerusform>, %n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Reported as &quot;%1&quot;</source>
        <translation>Gemeldet als „%1“</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation>Sensortyp</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last status change</source>
        <translation>Letzte Statusänderung</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthPage</name>
    <message>
        <source>Sensors</source>
        <translation>Sensoren</translation>
    </message>
    <message>
        <source>Doorways</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Loading sensors and their health…</source>
        <translation>Sensoren und ihr Zustand werden geladen…</translation>
    </message>
    <message>
        <source>Sensor health could not be loaded: %1</source>
        <translation>Der Sensorzustand konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Doorways could not be loaded: %1</source>
        <translation>Die Durchgänge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Doorways (%1)</source>
        <translation>Durchgänge (%1)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierte Daten</translation>
    </message>
    <message>
        <source>Health history:</source>
        <translation>Zustandsverlauf:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the history range.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Filter by doorway, sensor or space</source>
        <translation>Nach Durchgang, Sensor oder Bereich filtern</translation>
    </message>
    <message>
        <source>Each doorway is one entry point watched by an entry sensor; hover the linked spaces for the sensor&apos;s placement.</source>
        <translation>Jeder Durchgang ist ein Zugang, der von einem Entry-Sensor überwacht wird; zeigen Sie auf die verknüpften Bereiche, um die Platzierung des Sensors zu sehen.</translation>
    </message>
    <message>
        <source>Loading the health history was cancelled.</source>
        <translation>Das Laden des Zustandsverlaufs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The chosen range lies in the future: there is no history for it yet.</source>
        <translation>Der gewählte Zeitraum liegt in der Zukunft: Dafür gibt es noch keinen Verlauf.</translation>
    </message>
    <message>
        <source>Select one or more sensors in the table (Ctrl or Shift for several) to see their health over time.</source>
        <translation>Wählen Sie einen oder mehrere Sensoren in der Tabelle aus (Strg oder Umschalt für mehrere), um ihren Zustand im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Loading the health history of 1 sensor…</source>
        <translation>Zustandsverlauf von 1 Sensor wird geladen…</translation>
    </message>
    <message>
        <source>Loading the health history of %1 sensors…</source>
        <translation>Zustandsverlauf von %1 Sensoren wird geladen…</translation>
    </message>
    <message>
        <source>Health history could not be loaded: %1</source>
        <translation>Der Zustandsverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading health history: window 1 of %1</source>
        <translation>Zustandsverlauf wird geladen: Zeitfenster 1 von %1</translation>
    </message>
    <message>
        <source>Loading health history: window %1 of %2</source>
        <translation>Zustandsverlauf wird geladen: Zeitfenster %1 von %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected sensors.</source>
        <translation>Die ersten %1 von %2 ausgewählten Sensoren werden angezeigt.</translation>
    </message>
    <message>
        <source>Select a building or floor to see its sensors.</source>
        <translation>Wählen Sie ein Gebäude oder eine Etage aus, um die Sensoren zu sehen.</translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation>die letzten %1 Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A date range, e.g. &quot;1 Nov 2026 to 15 Nov 2026&quot;.</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Loading health history…</source>
        <translation>Zustandsverlauf wird geladen…</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(at the start of the range)</source>
        <translation>(zu Beginn des Zeitraums)</translation>
    </message>
    <message>
        <source>Health in %1 (local time, %2):</source>
        <extracomment>%1 e.g. &quot;the last 30 days&quot;, %2 time zone.</extracomment>
        <translation>Zustand in %1 (Ortszeit, %2):</translation>
    </message>
    <message>
        <source>No health changes in %1.</source>
        <translation>Keine Zustandsänderungen in %1.</translation>
    </message>
    <message>
        <source>Select a sensor to see its network addresses and health history.</source>
        <translation>Wählen Sie einen Sensor aus, um seine Netzwerkadressen und seinen Zustandsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>Sensor %1</translation>
    </message>
    <message>
        <source>No network addresses reported.</source>
        <translation>Keine Netzwerkadressen gemeldet.</translation>
    </message>
    <message>
        <source>Health history from %1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>Zustandsverlauf von %1 bis %2 (Ortszeit, %3)</translation>
    </message>
    <message>
        <source>Sensors and their current health</source>
        <translation>Sensoren und ihr aktueller Zustand</translation>
    </message>
    <message>
        <source>Sensor health: %1</source>
        <translation>Sensorzustand: %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exportiert am %1 (%2) mit Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Current health as answered by /v3/sensors/health when the table was loaded; the range is that of the health history timeline on the page. Resolution and operating hours do not apply to this table.</source>
        <translation>Aktueller Zustand laut /v3/sensors/health zum Zeitpunkt des Ladens der Tabelle; der Zeitraum ist der der Zustandsverlauf-Zeitleiste auf der Seite. Auflösung und Betriebszeiten gelten für diese Tabelle nicht.</translation>
    </message>
    <message>
        <source>Quick filter: only %1 sensors.</source>
        <translation>Schnellfilter: nur Sensoren mit Zustand %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sensors of the selection are in this file.</source>
        <translation>%1 von %2 Sensoren der Auswahl sind in dieser Datei enthalten.</translation>
    </message>
    <message>
        <source>One row per sensor installed in the selected spaces, in the order shown.</source>
        <translation>Eine Zeile pro Sensor, der in den ausgewählten Bereichen installiert ist, in der angezeigten Reihenfolge.</translation>
    </message>
    <message>
        <source>health_status: healthy (online, sending), degraded (online, not sending), offline, or unknown (no certificate, or not in the health answer); as the API spelled it.</source>
        <translation>health_status: healthy (online, sendet), degraded (online, sendet nicht), offline oder unknown (kein Zertifikat oder nicht in der Zustandsantwort enthalten); so wie von der API geschrieben.</translation>
    </message>
    <message>
        <source>last_status_change: as the API sent it (UTC). location_names: the install location (spaces, else floors, else buildings), which is not necessarily what it measures.</source>
        <translation>last_status_change: wie von der API gesendet (UTC). location_names: der Installationsort (Bereiche, sonst Etagen, sonst Gebäude), der nicht unbedingt dem entspricht, was der Sensor misst.</translation>
    </message>
    <message>
        <source>network_addresses: one entry per interface, separated by &quot; | &quot;.</source>
        <translation>network_addresses: ein Eintrag pro Schnittstelle, getrennt durch &quot; | &quot;.</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Verlauf ab</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>Verlauf bis</translation>
    </message>
    <message>
        <source>Health history of the selected sensors</source>
        <translation>Zustandsverlauf der ausgewählten Sensoren</translation>
    </message>
    <message>
        <source>Sensor details</source>
        <translation>Sensordetails</translation>
    </message>
    <message>
        <source>Filter doorways</source>
        <translation>Durchgänge filtern</translation>
    </message>
</context>
<context>
    <name>Density::SeriesSummaries</name>
    <message>
        <source>Buckets with data: %1</source>
        <translation>Intervalle mit Daten: %1</translation>
    </message>
    <message>
        <source>left out (no data): %1</source>
        <translation>ausgelassen (keine Daten): %1</translation>
    </message>
    <message>
        <source>low quality, included: %1</source>
        <translation>geringe Qualität, berücksichtigt: %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the parts of a summary&apos;s basis.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Density::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosk</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>D&amp;esign:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language and theme change as soon as you press Apply or OK.</source>
        <translation>Sprache und Design ändern sich, sobald Sie auf „Übernehmen“ oder „OK“ klicken.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Default operating hours:</source>
        <translation>Standard-Betriebszeiten:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>The hours every chart page starts with; the query bar can still change them for one question.</source>
        <translation>Die Stunden, mit denen jede Diagrammseite beginnt; in der Abfrageleiste lassen sie sich für eine einzelne Abfrage weiterhin ändern.</translation>
    </message>
    <message>
        <source>Offer the &amp;demo portfolio (simulated data, no account needed)</source>
        <translation>&amp;Demo-Portfolio anbieten (simulierte Daten, kein Konto erforderlich)</translation>
    </message>
    <message>
        <source>Offers the demo on the welcome screen and in the File menu. Starting the program with --demo always works.</source>
        <translation>Bietet die Demo auf dem Startbildschirm und im Menü „Datei“ an. Ein Programmstart mit --demo funktioniert immer.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des S&amp;ystems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>Kein Pro&amp;xy (direkt verbinden)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Manueller Proxy:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>Das Passwort wird im Systemschlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The password is kept in a plain file, as chosen for credentials.</source>
        <translation>Das Passwort wird in einer einfachen Datei gespeichert, wie für Zugangsdaten gewählt.</translation>
    </message>
    <message>
        <source>The password is kept until you quit and never saved to disk.</source>
        <translation>Das Passwort wird bis zum Beenden aufbewahrt und nie auf der Festplatte gespeichert.</translation>
    </message>
    <message>
        <source>Re&amp;quest timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for each answer before trying again (%1 to %2 seconds).</source>
        <translation>Wie lange auf jede Antwort gewartet wird, bevor ein neuer Versuch erfolgt (%1 bis %2 Sekunden).</translation>
    </message>
    <message>
        <source>The Kiosk tab has a problem: %1</source>
        <translation>Auf der Registerkarte „Kiosk“ liegt ein Problem vor: %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceConflictDialog</name>
    <message>
        <source>Apply &amp;mine anyway</source>
        <translation>&amp;Meine trotzdem übernehmen</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Space changed meanwhile — %1</source>
        <translation>Bereich inzwischen geändert — %1</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>Jemand anderes hat diesen Bereich geändert, nachdem Sie ihn geöffnet haben. Vergleichen Sie die beiden Versionen und wählen Sie, welche Sie behalten möchten.</translation>
    </message>
    <message>
        <source>Theirs, on the server now</source>
        <translation>Deren Version, jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours, not applied yet</source>
        <translation>Ihre Version, noch nicht übernommen</translation>
    </message>
    <message>
        <source>⚠ %1 (both changed)</source>
        <translation>⚠ %1 (beide geändert)</translation>
    </message>
    <message>
        <source>Send the fields you changed, replacing their values</source>
        <translation>Die von Ihnen geänderten Felder senden und deren Werte ersetzen</translation>
    </message>
    <message>
        <source>Discard your edits and show the values on the server now</source>
        <translation>Ihre Änderungen verwerfen und die aktuellen Werte vom Server anzeigen</translation>
    </message>
    <message>
        <source>Send nothing and go back to the form with your input</source>
        <translation>Nichts senden und mit Ihren Eingaben zum Formular zurückkehren</translation>
    </message>
    <message>
        <source>%1 marks a value changed since you opened the space. “Apply mine anyway” sends only the fields you changed; their changes to other fields stay. “Take theirs” discards your edits. “Keep editing” sends nothing.</source>
        <translation>%1 markiert einen Wert, der seit dem Öffnen des Bereichs geändert wurde. „Meine trotzdem übernehmen“ sendet nur die Felder, die Sie geändert haben; die Änderungen der anderen Person an anderen Feldern bleiben erhalten. „Deren übernehmen“ verwirft Ihre Änderungen. „Weiter bearbeiten“ sendet nichts.</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDetails</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IWMS id</source>
        <translation>IWMS-ID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDock</name>
    <message>
        <source>Spaces</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Filter by name, label or function</source>
        <translation>Nach Name, Label oder Funktion filtern</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <source>Space hierarchy</source>
        <translation>Bereichshierarchie</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time; the first %1 were selected.</source>
        <translation>Sie können bis zu %1 Bereiche gleichzeitig vergleichen; die ersten %1 wurden ausgewählt.</translation>
    </message>
    <message>
        <source>%1 · %2 selected, %3 hidden by the filter</source>
        <translation>%1 · %2 ausgewählt, %3 durch den Filter ausgeblendet</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 ausgewählt</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time. %2 more were not added; deselect a space (Ctrl+click) to make room.</source>
        <translation>Sie können bis zu %1 Bereiche gleichzeitig vergleichen. %2 weitere wurden nicht hinzugefügt; heben Sie die Auswahl eines Bereichs auf (Strg+Klick), um Platz zu schaffen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln Bereich</numerusform>
            <numerusform>%Ln Bereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Some changes to “%1” have not been applied. Close and discard them?</source>
        <translation>Einige Änderungen an „%1“ wurden nicht übernommen. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Edit space — %1</source>
        <translation>Bereich bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>How many people the space is meant for; utilization is occupancy divided by this. Leave empty for “not set”.</source>
        <translation>Für wie viele Personen der Bereich vorgesehen ist; die Auslastung ist die Belegung geteilt durch diesen Wert. Leer lassen für „nicht festgelegt“.</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>Not set: pick one or type your own</source>
        <translation>Nicht festgelegt: Wählen Sie eine aus oder geben Sie eine eigene ein</translation>
    </message>
    <message>
        <source>What the space is used for: one of the suggestions or your own words, stored like the API&apos;s values (“quiet_room”).</source>
        <translation>Wofür der Bereich genutzt wird: einer der Vorschläge oder eigene Worte, gespeichert wie die Werte der API („quiet_room“).</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>Teil einer Stadt oder Region eingeben</translation>
    </message>
    <message>
        <source>The space&apos;s own IANA time zone: local hours, heatmaps and operating hours of this space use it.</source>
        <translation>Die eigene IANA-Zeitzone des Bereichs: Ortszeiten, Heatmaps und Betriebszeiten dieses Bereichs verwenden sie.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The space&apos;s id in your integrated workplace management system</source>
        <translation>Die ID des Bereichs in Ihrem integrierten Arbeitsplatzmanagementsystem (IWMS)</translation>
    </message>
    <message>
        <source>&amp;IWMS id:</source>
        <translation>&amp;IWMS-ID:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>There is no connection to load from.</source>
        <translation>Es gibt keine Verbindung, über die geladen werden kann.</translation>
    </message>
    <message>
        <source>Space %1 is not in the organization&apos;s space list (404); it may have been deleted.</source>
        <translation>Bereich %1 ist nicht in der Bereichsliste der Organisation (404); möglicherweise wurde er gelöscht.</translation>
    </message>
    <message>
        <source>A space needs a name.</source>
        <translation>Ein Bereich benötigt einen Namen.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Höchstens %1 Zeichen; dieser Name hat %2.</translation>
    </message>
    <message>
        <source>utilization is unavailable for this space (shown as “no capacity set”).</source>
        <translation>Die Auslastung ist für diesen Bereich nicht verfügbar (angezeigt als „keine Kapazität festgelegt“).</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Nicht festgelegt: %1</translation>
    </message>
    <message>
        <source>Capacity 0: %1</source>
        <translation>Kapazität 0: %1</translation>
    </message>
    <message>
        <source>Capacity cannot be negative. Leave the field empty for “not set”.</source>
        <translation>Die Kapazität darf nicht negativ sein. Lassen Sie das Feld für „nicht festgelegt“ leer.</translation>
    </message>
    <message>
        <source>Capacity is a whole number of people, such as 6.</source>
        <translation>Die Kapazität ist eine ganze Zahl von Personen, z. B. 6.</translation>
    </message>
    <message>
        <source>At most %1 people; check the number.</source>
        <translation>Höchstens %1 Personen; prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>Enter a whole number of people, or leave the field empty for “not set”.</source>
        <translation>Geben Sie eine ganze Zahl von Personen ein oder lassen Sie das Feld für „nicht festgelegt“ leer.</translation>
    </message>
    <message>
        <source>Not one of the suggestions; it will be stored as “%1”.</source>
        <translation>Keiner der Vorschläge; wird als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Not set: this space&apos;s times are shown in UTC.</source>
        <translation>Nicht festgelegt: Die Zeiten dieses Bereichs werden in UTC angezeigt.</translation>
    </message>
    <message>
        <source>Choose the space&apos;s time zone from the list.</source>
        <translation>Wählen Sie die Zeitzone des Bereichs aus der Liste.</translation>
    </message>
    <message>
        <source>The API&apos;s value is not a known time zone, so this space&apos;s times are shown in UTC. Pick one from the list.</source>
        <translation>Der Wert der API ist keine bekannte Zeitzone, daher werden die Zeiten dieses Bereichs in UTC angezeigt. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Not a known time zone. Did you mean %1?</source>
        <translation>Keine bekannte Zeitzone. Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Not a known time zone: type part of a city or region and pick a zone from the list.</source>
        <translation>Keine bekannte Zeitzone: Geben Sie einen Teil einer Stadt oder Region ein und wählen Sie eine Zone aus der Liste.</translation>
    </message>
    <message>
        <source>Charts of this space will use %1 local time (%2 now).</source>
        <translation>Diagramme dieses Bereichs verwenden die Ortszeit von %1 (jetzt %2).</translation>
    </message>
    <message>
        <source>The space&apos;s current values were not loaded, so nothing was sent. Reload first.</source>
        <translation>Die aktuellen Werte des Bereichs wurden nicht geladen, daher wurde nichts gesendet. Laden Sie zuerst neu.</translation>
    </message>
    <message>
        <source>Nothing to apply: no field was changed.</source>
        <translation>Nichts zu übernehmen: Kein Feld wurde geändert.</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checking whether someone else changed the space…</source>
        <translation>Es wird geprüft, ob jemand anderes den Bereich geändert hat…</translation>
    </message>
    <message>
        <source>Space %1 was deleted after you opened it (it is no longer in the space list); nothing was sent.</source>
        <translation>Bereich %1 wurde gelöscht, nachdem Sie ihn geöffnet haben (er ist nicht mehr in der Bereichsliste); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose to keep editing; nothing was sent.</source>
        <translation>Jemand anderes hat diesen Bereich geändert, nachdem Sie ihn geöffnet haben, und Sie haben sich für das Weiterbearbeiten entschieden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose their version; nothing was sent.</source>
        <translation>Jemand anderes hat diesen Bereich geändert, nachdem Sie ihn geöffnet haben, und Sie haben sich für dessen Version entschieden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were discarded.</source>
        <translation>Die andere Version wird angezeigt; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>Übernommen. %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceLabelsForm</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Filter labels…</source>
        <translation>Labels filtern…</translation>
    </message>
    <message>
        <source>Filter labels</source>
        <translation>Labels filtern</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Tick a label to put it on this space, untick it to take it off</source>
        <translation>Aktivieren Sie ein Label, um es diesem Bereich zuzuweisen, deaktivieren Sie es, um es zu entfernen</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>New label name, then Enter</source>
        <translation>Name des neuen Labels, dann Eingabetaste</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Name des neuen Labels</translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation>&amp;Erstellen:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Do not create the selected label</source>
        <translation>Das ausgewählte Label nicht erstellen</translation>
    </message>
    <message>
        <source>Labels to create</source>
        <translation>Zu erstellende Labels</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>Zu erstellen:</translation>
    </message>
    <message>
        <source>Created and put on this space when you apply</source>
        <translation>Wird beim Übernehmen erstellt und diesem Bereich zugewiesen</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <source>+ will be added</source>
        <translation>+ wird hinzugefügt</translation>
    </message>
    <message>
        <source>− will be removed</source>
        <translation>− wird entfernt</translation>
    </message>
    <message>
        <source>Labels on “%1” now: %2.</source>
        <translation>Labels an „%1“ jetzt: %2.</translation>
    </message>
    <message>
        <source>Labels on “%1” after Apply: %2.
Apply sends one request: add %3, create %4, remove %5.</source>
        <translation>Labels an „%1“ nach dem Übernehmen: %2.
„Übernehmen“ sendet eine Anfrage: %3 hinzufügen, %4 erstellen, %5 entfernen.</translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Geben Sie zuerst einen Namen für das neue Label ein.</translation>
    </message>
    <message>
        <source>The label “%1” already exists: tick it in the list above instead (Enter does that).</source>
        <translation>Das Label „%1“ existiert bereits: Aktivieren Sie es stattdessen in der Liste oben (die Eingabetaste erledigt das).</translation>
    </message>
    <message>
        <source>“%1” is already among the labels to create.</source>
        <translation>„%1“ ist bereits unter den zu erstellenden Labels.</translation>
    </message>
    <message>
        <source>Not in the list yet: Enter adds it; Apply also creates it.</source>
        <translation>Noch nicht in der Liste: Die Eingabetaste fügt es hinzu; „Übernehmen“ erstellt es auch.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Change space labels</source>
        <translation>Labels des Bereichs ändern</translation>
    </message>
    <message>
        <source>Labels changed in one request: %1 added, %2 created, %3 removed.</source>
        <translation>Labels in einer Anfrage geändert: %1 hinzugefügt, %2 erstellt, %3 entfernt.</translation>
    </message>
    <message>
        <source>Labels of this space</source>
        <translation>Labels dieses Bereichs</translation>
    </message>
</context>
<context>
    <name>Density::SpaceTreeModel</name>
    <message>
        <source>Desk</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Telefonkabine</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Besprechungsraum</translation>
    </message>
    <message>
        <source>Open workstation</source>
        <translation>Offener Arbeitsplatz</translation>
    </message>
    <message>
        <source>Flex space</source>
        <translation>Flexbereich</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>Lounge</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>Fitnessraum</translation>
    </message>
    <message>
        <source>Wellness room</source>
        <translation>Wellnessraum</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Küche</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Restroom</source>
        <translation>Toilette</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>Open Area</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Waffle</source>
        <translation>Waffle</translation>
    </message>
    <message>
        <source>Campus</source>
        <translation>Campus</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Zählmodus</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>Density::StatusArea</name>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Laufende Anfragen: %1</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Keine laufenden Anfragen</translation>
    </message>
</context>
<context>
    <name>Density::TimeBasis</name>
    <message>
        <source>in total</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>by the minute</source>
        <translation>minütlich</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>alle 10 Minuten</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>by weekday</source>
        <translation>nach Wochentag</translation>
    </message>
    <message>
        <source>by hour of day</source>
        <translation>nach Tageszeit (Stunde)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a date with its year, e.g. &quot;Mon 2 Nov 2026&quot;.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern (QDate::toString) of a range&apos;s first date when the year follows at the end.</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range: %1 first day, %2 last day (both included).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a date range, %2 a resolution such as &quot;hourly&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>All hours</source>
        <translation>Alle Stunden</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of days, e.g. &quot;Mon–Fri&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>%1 days such as &quot;Mon–Fri&quot;, %2 opening hour, %3 closing hour.</extracomment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>UTC (no time zone set for this space)</source>
        <translation>UTC (für diesen Bereich ist keine Zeitzone festgelegt)</translation>
    </message>
</context>
<context>
    <name>Density::TimeRange</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp the API accepts; use 2026-11-02T00:00:00 or 2026-11-02T00:00:00Z (a date alone is not enough).</source>
        <translation>„%1“ ist kein Zeitstempel, den die API akzeptiert; verwenden Sie 2026-11-02T00:00:00 oder 2026-11-02T00:00:00Z (ein Datum allein genügt nicht).</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>Der Beginn (%1) liegt nach dem Ende (%2).</translation>
    </message>
    <message>
        <source>Give both ends of the range in the same style: both with a time zone or both without.</source>
        <translation>Geben Sie beide Enden des Zeitraums im selben Format an: beide mit Zeitzone oder beide ohne.</translation>
    </message>
</context>
<context>
    <name>Density::TimeUsedPage</name>
    <message>
        <source>%1, hours used</source>
        <translation>%1, genutzte Stunden</translation>
    </message>
    <message>
        <source>Hours used per bucket</source>
        <translation>Genutzte Stunden pro Intervall</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Genutzte Stunden</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Genutzte Stunden pro Betriebstag</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Anteil der Nutzungsdauer</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Hours used: the time with at least one person present, added up over the buckets with data (the API&apos;s time_used_raw, in hours).</source>
        <translation>Genutzte Stunden: die Zeit mit mindestens einer anwesenden Person, summiert über die Intervalle mit Daten (time_used_raw der API, in Stunden).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 genutzt</translation>
    </message>
    <message>
        <source>%1 used (%2 of the bucket)</source>
        <extracomment>Tooltip: %1 hours used, %2 share of the bucket.</extracomment>
        <translation>%1 genutzt (%2 des Intervalls)</translation>
    </message>
</context>
<context>
    <name>Density::TokenProvider</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials in Settings.</source>
        <translation>Client-ID oder Client-Secret wurde abgelehnt (%1): Prüfen Sie die Zugangsdaten in den Einstellungen.</translation>
    </message>
    <message>
        <source>No API token is configured: add one in Settings or pass --token.</source>
        <translation>Kein API-Token konfiguriert: Fügen Sie eines in den Einstellungen hinzu oder übergeben Sie --token.</translation>
    </message>
</context>
<context>
    <name>Density::UserAdminWidget</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Why users cannot be managed</source>
        <translation>Warum Benutzer nicht verwaltet werden können</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Load the users again, for example after connecting with an OAuth client</source>
        <translation>Benutzer erneut laden, z. B. nach dem Verbinden mit einem OAuth-Client</translation>
    </message>
    <message>
        <source>Filter users by name, email or role</source>
        <translation>Benutzer nach Name, E-Mail oder Rolle filtern</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Create a user in this organization</source>
        <translation>Einen Benutzer in dieser Organisation erstellen</translation>
    </message>
    <message>
        <source>Delete the selected user; asks first</source>
        <translation>Den ausgewählten Benutzer löschen; fragt vorher nach</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Select a user to view or edit, or create a new one.</source>
        <translation>Wählen Sie einen Benutzer zum Anzeigen oder Bearbeiten aus oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>Managing users needs a machine-to-machine OAuth token (client credentials).</source>
        <translation>Die Benutzerverwaltung erfordert ein Machine-to-Machine-OAuth-Token (Client-Zugangsdaten).</translation>
    </message>
    <message>
        <source>This connection uses a static API token (tok_…), which the Users endpoints always refuse.</source>
        <translation>Diese Verbindung verwendet ein statisches API-Token (tok_…), das die Benutzer-Endpunkte immer ablehnen.</translation>
    </message>
    <message>
        <source>The API refused this connection&apos;s token for users (403): it is not a machine-to-machine token, or lacks the permission.</source>
        <translation>Die API hat das Token dieser Verbindung für Benutzer abgelehnt (403): Es ist kein Machine-to-Machine-Token oder es fehlt die Berechtigung.</translation>
    </message>
    <message>
        <source>Connect with the client id and secret of an OAuth client that an owner created (Developer settings in Density), then choose Check again. Anything you typed here is kept.</source>
        <translation>Verbinden Sie sich mit der Client-ID und dem Client-Secret eines OAuth-Clients, den ein Inhaber erstellt hat (Entwicklereinstellungen in Density), und wählen Sie dann „Erneut prüfen“. Ihre Eingaben hier bleiben erhalten.</translation>
    </message>
    <message>
        <source>✖ Could not load the users: %1 The list shows what was loaded before.</source>
        <translation>✖ Die Benutzer konnten nicht geladen werden: %1 Die Liste zeigt den zuvor geladenen Stand.</translation>
    </message>
</context>
<context>
    <name>Density::UserForm</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>The API cannot change a user&apos;s email. To use another address, create a new user and delete this one.</source>
        <translation>Die API kann die E-Mail-Adresse eines Benutzers nicht ändern. Um eine andere Adresse zu verwenden, erstellen Sie einen neuen Benutzer und löschen Sie diesen.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Owner, Admin, Editor or Read-only; another role the API knows can be typed as the API spells it.</source>
        <translation>Inhaber, Administrator, Bearbeiter oder Nur Lesen; eine andere Rolle, die die API kennt, kann so eingegeben werden, wie die API sie schreibt.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Filter spaces by name, function or label</source>
        <translation>Bereiche nach Name, Funktion oder Label filtern</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Bereiche filtern</translation>
    </message>
    <message>
        <source>Spaces the user may see</source>
        <translation>Bereiche, die der Benutzer sehen darf</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>Berei&amp;che:</translation>
    </message>
    <message>
        <source>A new user: fill in the email and role, then Apply.</source>
        <translation>Ein neuer Benutzer: Geben Sie E-Mail-Adresse und Rolle ein und klicken Sie dann auf „Übernehmen“.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>An email address is needed: the new user signs in with it.</source>
        <translation>Eine E-Mail-Adresse ist erforderlich: Der neue Benutzer meldet sich damit an.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Höchstens %1 Zeichen (derzeit %2).</translation>
    </message>
    <message>
        <source>Not an email address; expected something like name@example.com.</source>
        <translation>Keine E-Mail-Adresse; erwartet wird etwa name@example.com.</translation>
    </message>
    <message>
        <source>A full name is needed; the API refuses an empty one.</source>
        <translation>Ein vollständiger Name ist erforderlich; die API lehnt einen leeren ab.</translation>
    </message>
    <message>
        <source>A role is needed: pick one, or type the role as the API spells it.</source>
        <translation>Eine Rolle ist erforderlich: Wählen Sie eine aus oder geben Sie die Rolle so ein, wie die API sie schreibt.</translation>
    </message>
    <message>
        <source>“%1” is not one of the four roles this app knows. It is sent as typed; the API may refuse it.</source>
        <translation>„%1“ ist keine der vier Rollen, die diese App kennt. Sie wird wie eingegeben gesendet; die API lehnt sie möglicherweise ab.</translation>
    </message>
    <message>
        <source>No spaces checked. The API does not document what an empty list means for a user (for analytics it means all spaces); check the spaces to be sure.</source>
        <translation>Keine Bereiche ausgewählt. Die API dokumentiert nicht, was eine leere Liste für einen Benutzer bedeutet (bei Analysen bedeutet sie alle Bereiche); wählen Sie die Bereiche aus, um sicherzugehen.</translation>
    </message>
    <message>
        <source>Not deleted: %1 keeps their access.</source>
        <translation>Nicht gelöscht: %1 behält den Zugriff.</translation>
    </message>
    <message>
        <source>Delete %1? They lose access at once.</source>
        <translation>%1 löschen? Der Zugriff wird sofort entzogen.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They lose access at once.</source>
        <extracomment>%1 full name, %2 email</extracomment>
        <translation>%1 (%2) löschen? Der Zugriff wird sofort entzogen.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>This cannot be undone from here; the user would have to be created again.</source>
        <translation>Dies kann hier nicht rückgängig gemacht werden; der Benutzer müsste neu erstellt werden.</translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation>Benutzer &amp;löschen</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>Discard the new user you started? Nothing has been created yet.</source>
        <translation>Den begonnenen neuen Benutzer verwerfen? Es wurde noch nichts erstellt.</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They have not been applied.</source>
        <translation>Ihre Änderungen an %1 verwerfen? Sie wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>email: %1; name: %2; role: %3; spaces: %4</source>
        <translation>E-Mail: %1; Name: %2; Rolle: %3; Bereiche: %4</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine aufgeführt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>No spaces checked.</source>
        <translation>Keine Bereiche ausgewählt.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <extracomment>%1 &quot;3 spaces&quot;, %2 their names</extracomment>
        <translation>%1 ausgewählt: %2</translation>
    </message>
</context>
<context>
    <name>Density::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Keine aufgeführt</translation>
    </message>
    <message>
        <source>The API lists no spaces for this user. Density does not document what an empty list means for a user (for analytics it means all spaces).</source>
        <translation>Die API führt für diesen Benutzer keine Bereiche auf. Density dokumentiert nicht, was eine leere Liste für einen Benutzer bedeutet (bei Analysen bedeutet sie alle Bereiche).</translation>
    </message>
    <message>
        <source>A role this app does not know, shown as the API sent it.</source>
        <translation>Eine Rolle, die diese App nicht kennt, so angezeigt, wie die API sie gesendet hat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n Bereich</numerusform>
            <numerusform>%n Bereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::UtilizationPage</name>
    <message>
        <source>None of its spaces has a capacity set.</source>
        <translation>Für keinen der zugehörigen Bereiche ist eine Kapazität festgelegt.</translation>
    </message>
    <message>
        <source>Its capacity is 0, which the API turns into a utilization of 0% whatever the occupancy.</source>
        <translation>Die Kapazität ist 0, woraus die API unabhängig von der Belegung eine Auslastung von 0 % macht.</translation>
    </message>
    <message>
        <source>Its capacity is not set.</source>
        <translation>Die Kapazität ist nicht festgelegt.</translation>
    </message>
    <message>
        <source>%1, average utilization</source>
        <translation>%1, durchschnittliche Auslastung</translation>
    </message>
    <message>
        <source>%1, peak utilization</source>
        <translation>%1, Spitzenauslastung</translation>
    </message>
    <message>
        <source>No capacity set for %1.
%2
Utilization needs a capacity above 0; set one in the space&apos;s settings. Occupancy is on the Occupancy page.</source>
        <translation>Keine Kapazität für %1 festgelegt.
%2
Die Auslastung erfordert eine Kapazität größer als 0; legen Sie sie in den Einstellungen des Bereichs fest. Die Belegung finden Sie auf der Seite „Belegung“.</translation>
    </message>
    <message>
        <source>No capacity set, so no utilization line: %1.</source>
        <translation>Keine Kapazität festgelegt, daher keine Auslastungslinie: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Utilization (% of capacity)</source>
        <translation>Auslastung (% der Kapazität)</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Written after each number of the utilization axis (&quot;60%&quot;).</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation>Spitzenauslastung</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Durchschnittliche Auslastung</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Genutzte Stunden pro Betriebstag</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Anteil der Nutzungsdauer</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Datenvollständigkeit</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Keine Kapazität festgelegt</translation>
    </message>
    <message>
        <source>No utilization: %1 Utilization needs a capacity above 0.</source>
        <translation>Keine Auslastung: %1 Die Auslastung erfordert eine Kapazität größer als 0.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>A capped peak&apos;s utilization: the real peak was at least this.</extracomment>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>Kapazität: %1.</translation>
    </message>
    <message>
        <source>Peak utilization: the peak occupancy divided by the capacity.</source>
        <translation>Spitzenauslastung: die Spitzenbelegung geteilt durch die Kapazität.</translation>
    </message>
    <message>
        <source>Average utilization: the average occupancy within the operating hours divided by the capacity.</source>
        <translation>Durchschnittliche Auslastung: die durchschnittliche Belegung innerhalb der Betriebszeiten geteilt durch die Kapazität.</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <translation>Durchschnitt %1 · Spitze %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>%1 — No capacity set</source>
        <extracomment>Legend entry of a space drawn without a line: %1 its name.</extracomment>
        <translation>%1 — Keine Kapazität festgelegt</translation>
    </message>
</context>
<context>
    <name>Density::WelcomeWidget</name>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Demo-Portfolio erkunden</translation>
    </message>
    <message>
        <source>A simulated organization with campuses, buildings, floors and rooms, served on this computer. No account needed.</source>
        <translation>Eine simulierte Organisation mit Campus, Gebäuden, Etagen und Räumen, bereitgestellt auf diesem Computer. Kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Connect to your Density account</source>
        <translation>Mit Ihrem Density-Konto verbinden</translation>
    </message>
    <message>
        <source>Enter the API address and an API token. The token is kept for this session only.</source>
        <translation>Geben Sie die API-Adresse und ein API-Token ein. Das Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Welcome to Density Dashboard</source>
        <translation>Willkommen bei Density Dashboard</translation>
    </message>
    <message>
        <source>See how your floors, rooms and desks are used: occupancy, utilization and time used, with the time range, operating hours and data quality behind every number.</source>
        <translation>Sehen Sie, wie Ihre Etagen, Räume und Arbeitsplätze genutzt werden: Belegung, Auslastung und Nutzungsdauer, mit Zeitraum, Betriebszeiten und Datenqualität hinter jeder Zahl.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>Der Demo-Server konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The kiosk PIN needs at least 4 characters.</source>
        <translation>Die Kiosk-PIN benötigt mindestens 4 Zeichen.</translation>
    </message>
    <message>
        <source>The kiosk PIN was removed.</source>
        <translation>Die Kiosk-PIN wurde entfernt.</translation>
    </message>
    <message>
        <source>The kiosk PIN was set.</source>
        <translation>Die Kiosk-PIN wurde festgelegt.</translation>
    </message>
</context>
</TS>

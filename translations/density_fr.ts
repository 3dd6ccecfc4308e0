<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Density::ActivityLog</name>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>Appliquée en partie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The activity log %1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire le journal d&apos;activité %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogCsv</name>
    <message>
        <source>Density Dashboard activity log: admin changes made from this app</source>
        <translation>Journal d&apos;activité de Density Dashboard&#xa0;: modifications d&apos;administration effectuées depuis cette application</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: none (every entry)</source>
        <translation>Filtre&#xa0;: aucun (toutes les entrées)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2, newest first</source>
        <extracomment>%1 entries in this file, %2 entries in the log.</extracomment>
        <translation>Entrées&#xa0;: %1 sur %2, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Définitions&#xa0;:</translation>
    </message>
    <message>
        <source>  when_utc: when the change was applied, ISO 8601 in UTC; when_local: the same instant in this computer&apos;s time zone (%1)</source>
        <translation>  when_utc&#xa0;: moment où la modification a été appliquée, au format ISO 8601 en UTC&#xa0;; when_local&#xa0;: le même instant dans le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>  before / after: the values before the change and the values asked for, as the form described them</source>
        <translation>  before / after&#xa0;: les valeurs avant la modification et les valeurs demandées, telles que le formulaire les a décrites</translation>
    </message>
    <message>
        <source>  outcome: applied, partly-applied or failed; detail: the API&apos;s sentence, or what part was applied</source>
        <translation>  outcome&#xa0;: applied (appliquée), partly-applied (appliquée en partie) ou failed (échec)&#xa0;; detail&#xa0;: la phrase renvoyée par l&apos;API, ou la partie appliquée</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>Version de l&apos;application&#xa0;: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exporté le&#xa0;: %1</translation>
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
        <translation>Date (heure locale)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogWidget</name>
    <message>
        <source>Admin changes made from this app on this computer: when, what, the values before and after, and the outcome. Newest first; point at a cell to read all of it.</source>
        <translation>Modifications d&apos;administration effectuées depuis cette application sur cet ordinateur&#xa0;: date, objet, valeurs avant et après, et résultat. Les plus récentes en premier&#xa0;; survolez une cellule pour lire son contenu complet.</translation>
    </message>
    <message>
        <source>Filter by action, target, values or detail</source>
        <translation>Filtrer par action, cible, valeurs ou détail</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Failed or partly applied only</source>
        <translation>Échecs et applications partielles uniquement</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file.</source>
        <translation>Enregistrer les entrées affichées par les filtres dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Log file (kept on this computer only):</source>
        <translation>Fichier journal (conservé uniquement sur cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 action, %2 target, %3 outcome with its symbol.</extracomment>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <source>No admin changes have been made from this app yet. Changes to labels, spaces and users appear here as they are applied.</source>
        <translation>Aucune modification d&apos;administration n&apos;a encore été effectuée depuis cette application. Les modifications des étiquettes, des espaces et des utilisateurs apparaissent ici dès qu&apos;elles sont appliquées.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>entries containing “%1”</source>
        <extracomment>%1 the words typed into the filter box.</extracomment>
        <translation>entrées contenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>failed or partly applied only</source>
        <translation>échecs et applications partielles uniquement</translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation>Aucune entrée à exporter.</translation>
    </message>
    <message>
        <source>Export Activity Log as CSV</source>
        <translation>Exporter le journal d&apos;activité en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <extracomment>%n entries written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n entrée enregistrée dans %1.</numerusform>
            <numerusform>%n entrées enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 entrée affichée sur %n</numerusform>
            <numerusform>%1 entrées affichées sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::AdminController</name>
    <message>
        <source>&amp;Edit Space…</source>
        <translation>&amp;Modifier l&apos;espace…</translation>
    </message>
    <message>
        <source>&amp;Labels and Label Groups…</source>
        <translation>Éti&amp;quettes et groupes d&apos;étiquettes…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation>&amp;Journal d&apos;activité…</translation>
    </message>
    <message>
        <source>Edit the selected space&apos;s details and labels</source>
        <translation>Modifier les informations et les étiquettes de l&apos;espace sélectionné</translation>
    </message>
    <message>
        <source>Create, rename and group labels</source>
        <translation>Créer, renommer et regrouper des étiquettes</translation>
    </message>
    <message>
        <source>Manage who can see which spaces (needs an OAuth client)</source>
        <translation>Gérer qui peut voir quels espaces (nécessite un client OAuth)</translation>
    </message>
    <message>
        <source>The admin changes made from this app, with their outcome</source>
        <translation>Les modifications d&apos;administration effectuées depuis cette application, avec leur résultat</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>Éti&amp;quettes</translation>
    </message>
</context>
<context>
    <name>Density::AdminForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>État du formulaire</translation>
    </message>
    <message>
        <source>Read the current values again, discarding unapplied edits</source>
        <translation>Relire les valeurs actuelles en abandonnant les modifications non appliquées</translation>
    </message>
    <message>
        <source>Loading the current values…</source>
        <translation>Chargement des valeurs actuelles…</translation>
    </message>
    <message>
        <source>✖ Fix the fields marked above; nothing was sent.</source>
        <translation>✖ Corrigez les champs signalés ci-dessus&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <source>Cancelled while applying; the change may have been applied.</source>
        <translation>Annulé pendant l&apos;application&#xa0;; la modification a peut-être été appliquée.</translation>
    </message>
    <message>
        <source>Cancelled. A change already sent may have been applied; Reload shows the current values.</source>
        <translation>Annulé. Une modification déjà envoyée a peut-être été appliquée&#xa0;; Recharger affiche les valeurs actuelles.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Edited; Apply sends the changes.</source>
        <translation>Modifié&#xa0;; Appliquer envoie les modifications.</translation>
    </message>
    <message>
        <source>✖ Could not load the current values: %1</source>
        <translation>✖ Impossible de charger les valeurs actuelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ Not applied: %1 Your input is kept.</source>
        <translation>✖ Non appliqué&#xa0;: %1 Votre saisie est conservée.</translation>
    </message>
    <message>
        <source>✖ Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.</source>
        <translation>✖ Appliqué en partie. Effectué&#xa0;: %1. Non effectué&#xa0;: %2. Motif&#xa0;: %3 Votre saisie est conservée.</translation>
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
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>&amp;Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Some administration changes have not been applied. Close and discard them?</source>
        <translation>Certaines modifications d&apos;administration n&apos;ont pas été appliquées. Fermer et les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Density::AnalyticsSelection</name>
    <message>
        <source>Whole range</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutes</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>in each space&apos;s own time zone</source>
        <translation>dans le fuseau horaire propre à chaque espace</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (fuseau horaire de l&apos;espace)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; time zone)</source>
        <translation>%1 (fuseau horaire des espaces)</translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1; UTC where none is set)</source>
        <translation>fuseau horaire propre à chaque espace (%1&#xa0;; UTC si aucun n&apos;est défini)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1)</source>
        <translation>fuseau horaire propre à chaque espace (%1)</translation>
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
        <translation>Un intervalle est signalé lorsque la durée d&apos;utilisation des métriques et le total de ses sessions brutes diffèrent de plus de %1 et de plus de %2 de la plus grande des deux valeurs.</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyModel</name>
    <message>
        <source>Agrees</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>No metric value</source>
        <translation>Aucune valeur de métrique</translation>
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
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Metrics minus sessions: %1 (%2 of the larger)</source>
        <extracomment>%1 &quot;+8 min&quot;, %2 &quot;100 %&quot;.</extracomment>
        <translation>Métriques moins sessions&#xa0;: %1 (%2 de la plus grande valeur)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Début de l&apos;intervalle</translation>
    </message>
    <message>
        <source>Bucket end</source>
        <translation>Fin de l&apos;intervalle</translation>
    </message>
    <message>
        <source>Time used (metrics)</source>
        <translation>Durée d&apos;utilisation (métriques)</translation>
    </message>
    <message>
        <source>Time in sessions</source>
        <translation>Durée des sessions</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
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
        <translation>Afficher uniquement les intervalles &amp;signalés</translation>
    </message>
    <message>
        <source>Flag when the difference exceeds:</source>
        <translation>Signaler lorsque l&apos;écart dépasse&#xa0;:</translation>
    </message>
    <message>
        <source>and its share of the larger value exceeds:</source>
        <translation>et que sa part de la plus grande valeur dépasse&#xa0;:</translation>
    </message>
    <message>
        <source>Buckets compared</source>
        <translation>Intervalles comparés</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Début de session</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>Fin de session</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>In this bucket</source>
        <translation>Dans cet intervalle</translation>
    </message>
    <message>
        <source>Sessions behind the bucket</source>
        <translation>Sessions de l&apos;intervalle</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to compare its time used with its raw sessions.</source>
        <translation>Sélectionnez un espace dans le panneau Espaces pour comparer sa durée d&apos;utilisation avec ses sessions brutes.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) compares again.</source>
        <translation>Chargement annulé. Actualiser (F5) relance la comparaison.</translation>
    </message>
    <message>
        <source>%1 has no space with sensor data of its own. Choose a single space (a room, desk or area) in the Spaces panel.</source>
        <translation>%1 ne contient aucun espace disposant de ses propres données de capteur. Choisissez un espace unique (salle, poste de travail ou zone) dans le panneau Espaces.</translation>
    </message>
    <message>
        <source>The date range is not valid. Choose another range in the query bar.</source>
        <translation>La période n&apos;est pas valide. Choisissez-en une autre dans la barre de requête.</translation>
    </message>
    <message>
        <source>Not connected. Connect to an account or start the demo to compare time used with raw sessions.</source>
        <translation>Non connecté. Connectez-vous à un compte ou lancez la démo pour comparer la durée d&apos;utilisation avec les sessions brutes.</translation>
    </message>
    <message>
        <source>Comparing time used with raw sessions…</source>
        <translation>Comparaison de la durée d&apos;utilisation avec les sessions brutes…</translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation>Impossible de charger la comparaison.</translation>
    </message>
    <message>
        <source>%1 is not a single space; anomalies are compared one space at a time, so its first space with its own sensor data, %2, is shown. Select a space in the Spaces panel to investigate another.</source>
        <translation>%1 n&apos;est pas un espace unique&#xa0;; les anomalies sont comparées un espace à la fois&#xa0;: le premier de ses espaces disposant de ses propres données de capteur, %2, est donc affiché. Sélectionnez un espace dans le panneau Espaces pour en examiner un autre.</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n espace est sélectionné&#xa0;; les anomalies sont comparées un espace à la fois&#xa0;: le premier, %1.</numerusform>
            <numerusform>%n espaces sont sélectionnés&#xa0;; les anomalies sont comparées un espace à la fois&#xa0;: le premier, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; merges many days into one bucket that sessions cannot be clipped to, so buckets of &quot;%2&quot; are compared instead.</source>
        <translation>«&#xa0;%1&#xa0;» regroupe plusieurs jours dans un même intervalle auquel les sessions ne peuvent pas être rattachées&#xa0;; ce sont donc les intervalles «&#xa0;%2&#xa0;» qui sont comparés.</translation>
    </message>
    <message>
        <source>%1 has no time zone set: buckets and sessions are in UTC, not local time.</source>
        <translation>Aucun fuseau horaire n&apos;est défini pour %1&#xa0;: les intervalles et les sessions sont en UTC, et non en heure locale.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</source>
        <translation>
            <numerusform>%n session d&apos;un type autre que «&#xa0;1&#xa0;» (occupé) a été ignorée.</numerusform>
            <numerusform>%n sessions d&apos;un type autre que «&#xa0;1&#xa0;» (occupé) ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with unreadable times were left out.</source>
        <translation>
            <numerusform>%n session dont les horaires sont illisibles a été ignorée.</numerusform>
            <numerusform>%n sessions dont les horaires sont illisibles ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Metrics and raw sessions are computed differently; Waffle sensors in particular can report minutes of time used with no session behind them. Select a bucket to see its sessions.</source>
        <translation>Les métriques et les sessions brutes sont calculées différemment&#xa0;; les capteurs Waffle, en particulier, peuvent signaler des minutes d&apos;utilisation sans session correspondante. Sélectionnez un intervalle pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Anomaly investigator</source>
        <translation>Analyse des anomalies</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint compared, bucket by bucket, with the total of the raw sessions in each bucket.</source>
        <translation>Durée d&apos;utilisation issue du point de terminaison des métriques, comparée intervalle par intervalle avec le total des sessions brutes de chaque intervalle.</translation>
    </message>
    <message>
        <source>Anomaly investigator: %1</source>
        <translation>Analyse des anomalies&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (fuseau horaire de l&apos;espace)</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint against the raw sessions clipped to each bucket: %1. Times are local in %2. All hours: raw sessions know no operating hours, so none are applied.</source>
        <extracomment>%1 &quot;Mon 2 Nov – Sun 8 Nov 2026, hourly&quot;, %2 the time zone.</extracomment>
        <translation>Durée d&apos;utilisation du point de terminaison des métriques comparée aux sessions brutes rapportées à chaque intervalle&#xa0;: %1. Heures locales dans le fuseau %2. Toutes les heures&#xa0;: les sessions brutes ne connaissent pas les heures d&apos;ouverture, aucune n&apos;est donc appliquée.</translation>
    </message>
    <message numerus="yes">
        <source>No bucket flagged: metrics and sessions agree in all %n buckets.</source>
        <translation>
            <numerusform>Aucun intervalle signalé&#xa0;: les métriques et les sessions concordent sur %n intervalle.</numerusform>
            <numerusform>Aucun intervalle signalé&#xa0;: les métriques et les sessions concordent sur les %n intervalles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buckets flagged.</source>
        <translation>
            <numerusform>%1 intervalle signalé sur %n.</numerusform>
            <numerusform>%1 intervalles signalés sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of session time falls outside the buckets.</source>
        <translation>%1 de durée de session se situe en dehors des intervalles.</translation>
    </message>
    <message>
        <source>Select a bucket above to see the raw sessions behind it.</source>
        <translation>Sélectionnez un intervalle ci-dessus pour voir les sessions brutes correspondantes.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No raw session overlaps %1, yet the metrics report %2 of time used there.</source>
        <translation>Aucune session brute ne chevauche %1, mais les métriques y indiquent %2 de durée d&apos;utilisation.</translation>
    </message>
    <message>
        <source>No raw session overlaps %1.</source>
        <translation>Aucune session brute ne chevauche %1.</translation>
    </message>
    <message numerus="yes">
        <source>Raw sessions overlapping %1, in local time: %n</source>
        <extracomment>%1 the bucket&apos;s local start and end; %n how many sessions are listed.</extracomment>
        <translation>
            <numerusform>Sessions brutes chevauchant %1, en heure locale&#xa0;: %n</numerusform>
            <numerusform>Sessions brutes chevauchant %1, en heure locale&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value).</source>
        <translation>metric_seconds&#xa0;: time_used_raw du point de terminaison des métriques, en secondes (vide&#xa0;: aucune valeur).</translation>
    </message>
    <message>
        <source>session_seconds: raw sessions of type &quot;1&quot; clipped to the bucket and totalled, overlaps counted once.</source>
        <translation>session_seconds&#xa0;: sessions brutes de type «&#xa0;1&#xa0;» rapportées à l&apos;intervalle et additionnées, les chevauchements n&apos;étant comptés qu&apos;une fois.</translation>
    </message>
    <message>
        <source>difference_seconds: metric_seconds minus session_seconds.</source>
        <translation>difference_seconds&#xa0;: metric_seconds moins session_seconds.</translation>
    </message>
</context>
<context>
    <name>Density::ApiError</name>
    <message>
        <source>The answer from %1 was not the JSON we expected (%2); nothing was changed.</source>
        <translation>La réponse de %1 n&apos;est pas au format JSON attendu (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Users can only be managed with a machine-to-machine OAuth token (403): connect with the client id and secret of an OAuth client an Owner created (Developer settings). Static tok_ tokens and display tokens cannot manage users.</source>
        <translation>Les utilisateurs ne peuvent être gérés qu&apos;avec un jeton OAuth machine à machine (403)&#xa0;: connectez-vous avec l&apos;ID client et le secret d&apos;un client OAuth créé par un propriétaire (Owner) dans les paramètres développeur (Developer settings). Les jetons statiques tok_ et les jetons d&apos;affichage ne permettent pas de gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>This token may not create or change labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Ce jeton ne permet pas de créer ni de modifier des étiquettes (403)&#xa0;: il lui faut l&apos;autorisation d&apos;écriture. Les jetons statiques tok_ sont en lecture seule, sauf s&apos;ils ont été créés avec l&apos;accès en écriture par un propriétaire (Owner) ou un administrateur (Admin)&#xa0;; demandez un tel jeton ou connectez-vous avec un client OAuth. Les jetons d&apos;affichage ne peuvent lire que les espaces, l&apos;occupation et la présence.</translation>
    </message>
    <message>
        <source>This token may not create or change label groups (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Ce jeton ne permet pas de créer ni de modifier des groupes d&apos;étiquettes (403)&#xa0;: il lui faut l&apos;autorisation d&apos;écriture. Les jetons statiques tok_ sont en lecture seule, sauf s&apos;ils ont été créés avec l&apos;accès en écriture par un propriétaire (Owner) ou un administrateur (Admin)&#xa0;; demandez un tel jeton ou connectez-vous avec un client OAuth. Les jetons d&apos;affichage ne peuvent lire que les espaces, l&apos;occupation et la présence.</translation>
    </message>
    <message>
        <source>This token may not change spaces or their labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Ce jeton ne permet pas de modifier les espaces ni leurs étiquettes (403)&#xa0;: il lui faut l&apos;autorisation d&apos;écriture. Les jetons statiques tok_ sont en lecture seule, sauf s&apos;ils ont été créés avec l&apos;accès en écriture par un propriétaire (Owner) ou un administrateur (Admin)&#xa0;; demandez un tel jeton ou connectez-vous avec un client OAuth. Les jetons d&apos;affichage ne peuvent lire que les espaces, l&apos;occupation et la présence.</translation>
    </message>
    <message>
        <source>This token is not allowed to read %1 (403): ask an Owner or Admin for a token with access to these spaces.</source>
        <translation>Ce jeton n&apos;est pas autorisé à lire %1 (403)&#xa0;: demandez à un propriétaire (Owner) ou à un administrateur (Admin) un jeton ayant accès à ces espaces.</translation>
    </message>
    <message>
        <source>This token is not allowed to use %1 (403). Display tokens can only read spaces, occupancy and presence: connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for the permission.</source>
        <translation>Ce jeton n&apos;est pas autorisé à utiliser %1 (403). Les jetons d&apos;affichage ne peuvent lire que les espaces, l&apos;occupation et la présence&#xa0;: connectez-vous avec un jeton statique tok_ ou un client OAuth, ou demandez l&apos;autorisation à un propriétaire (Owner) ou à un administrateur (Admin).</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials.</source>
        <translation>L&apos;ID client ou le secret a été refusé (%1)&#xa0;: vérifiez les identifiants.</translation>
    </message>
    <message>
        <source>The API refused the request to %1 as invalid (400).</source>
        <translation>L&apos;API a refusé la requête vers %1 car elle n&apos;est pas valide (400).</translation>
    </message>
    <message>
        <source>%1 (400).</source>
        <translation>%1 (400).</translation>
    </message>
    <message>
        <source>The token was rejected (401): check it in Settings.</source>
        <translation>Le jeton a été rejeté (401)&#xa0;: vérifiez-le dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence saying which token is needed, %2 the API&apos;s own message.</extracomment>
        <translation>%1 Réponse de l&apos;API&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not found (404); it may have been deleted or the id is wrong.</source>
        <translation>%1&#xa0;: introuvable (404)&#xa0;; l&apos;élément a peut-être été supprimé ou l&apos;ID est erroné.</translation>
    </message>
    <message>
        <source>The API is rate limiting us (429); the request was retried and still refused. Wait a minute and try again.</source>
        <translation>L&apos;API limite le débit de nos requêtes (429)&#xa0;; la requête a été relancée et de nouveau refusée. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The Density API had a server error (%1) answering %2; try again shortly.</source>
        <translation>L&apos;API Density a rencontré une erreur serveur (%1) en répondant à %2&#xa0;; réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>The API answered %1 with an unexpected status (%2).</source>
        <translation>L&apos;API a répondu à %1 avec un statut inattendu (%2).</translation>
    </message>
</context>
<context>
    <name>Density::ApiRequest</name>
    <message>
        <source>No credentials are configured: add a token or OAuth client in Settings.</source>
        <translation>Aucun identifiant n&apos;est configuré&#xa0;: ajoutez un jeton ou un client OAuth dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network or raise the timeout in Settings.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 secondes&#xa0;; vérifiez le réseau ou augmentez le délai d&apos;expiration dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS); check the address and your network.</source>
        <translation>Le serveur %1 est introuvable (DNS)&#xa0;; vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and port.</source>
        <translation>%1 a refusé la connexion&#xa0;; vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate was not accepted.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2. Le certificat n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy setting.</source>
        <translation>Échec du proxy&#xa0;: %1. Vérifiez le paramètre de proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The connection changed while this request was running; its answer was discarded.</source>
        <translation>La connexion a changé pendant l&apos;exécution de cette requête&#xa0;; sa réponse a été ignorée.</translation>
    </message>
</context>
<context>
    <name>Density::ChartPageText</name>
    <message>
        <source>%1 (the space&apos;s own)</source>
        <extracomment>%1 an IANA time zone such as America/New_York.</extracomment>
        <translation>%1 (celui de l&apos;espace)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; own)</source>
        <translation>%1 (celui des espaces)</translation>
    </message>
    <message>
        <source>each space&apos;s own (%1; UTC where none is set)</source>
        <translation>celui de chaque espace (%1&#xa0;; UTC si aucun n&apos;est défini)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own (%1)</source>
        <translation>celui de chaque espace (%1)</translation>
    </message>
    <message>
        <source>%1
Operating hours: %2 · Time zone: %3</source>
        <extracomment>The time basis over a chart, two lines: %1 range and resolution, %2 operating hours, %3 time zone.</extracomment>
        <translation>%1
Heures d&apos;ouverture&#xa0;: %2 · Fuseau horaire&#xa0;: %3</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a bucket&apos;s day in a tooltip.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>%1 a weekday name: the bucket holds every such day of the range.</extracomment>
        <translation>Chaque %1</translation>
    </message>
    <message>
        <source>%1–%2, every day</source>
        <translation>%1–%2, tous les jours</translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation>Semaine du %1</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Density::ChartPalette</name>
    <message>
        <source>Low quality (sensors online 80% or less)</source>
        <translation>Qualité faible (capteurs en ligne 80&#xa0;% du temps ou moins)</translation>
    </message>
    <message>
        <source>Sensors offline (no data)</source>
        <translation>Capteurs hors ligne (aucune donnée)</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Données manquantes</translation>
    </message>
    <message>
        <source>Not yet (no data so far)</source>
        <translation>Pas encore (aucune donnée pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>Density::Cli</name>
    <message>
        <source>The client id or secret was refused (%1).</source>
        <translation>L&apos;ID client ou le secret a été refusé (%1).</translation>
    </message>
    <message>
        <source>Validate the address and credentials (prints the API&apos;s greeting).</source>
        <translation>Valider l&apos;adresse et les identifiants (affiche le message d&apos;accueil de l&apos;API).</translation>
    </message>
    <message>
        <source>Exchange --client-id/--client-secret for an OAuth access token and print the token response.</source>
        <translation>Échanger --client-id/--client-secret contre un jeton d&apos;accès OAuth et afficher la réponse.</translation>
    </message>
    <message>
        <source>Exchange display credentials (--client-id/--client-secret) for a display-scoped token and print the token response.</source>
        <translation>Échanger les identifiants d&apos;affichage (--client-id/--client-secret) contre un jeton limité à l&apos;affichage et afficher la réponse.</translation>
    </message>
    <message>
        <source>the display&apos;s id</source>
        <translation>l&apos;ID de l&apos;affichage</translation>
    </message>
    <message>
        <source>Unknown resolution &quot;%1&quot;; use one of: %2.</source>
        <translation>Résolution «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>Métrique «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>bucket size: %1 (default total)</source>
        <translation>taille des intervalles&#xa0;: %1 (total par défaut)</translation>
    </message>
    <message>
        <source>operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when --hours is given)</source>
        <translation>jours d&apos;ouverture, 0 = dimanche ... 6 = samedi (1,2,3,4,5 par défaut si --hours est indiqué)</translation>
    </message>
    <message>
        <source>operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 when --days is given)</source>
        <translation>heures d&apos;ouverture, début inclus, fin exclue, p. ex. 8-18 (8-18 par défaut si --days est indiqué)</translation>
    </message>
    <message>
        <source>Occupancy, utilization and time used together, per bucket.</source>
        <translation>Occupation, taux d&apos;utilisation et durée d&apos;utilisation ensemble, par intervalle.</translation>
    </message>
    <message>
        <source>occupancy, time_used, utilization (default: all)</source>
        <translation>occupancy, time_used, utilization (par défaut&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>Occupancy (avg/max/min) per space and bucket.</source>
        <translation>Occupation (moy./max./min.) par espace et par intervalle.</translation>
    </message>
    <message>
        <source>Utilization (occupancy / capacity) per space and bucket; null when the space has no capacity.</source>
        <translation>Taux d&apos;utilisation (occupation / capacité) par espace et par intervalle&#xa0;; null si l&apos;espace n&apos;a pas de capacité.</translation>
    </message>
    <message>
        <source>Time used per space and bucket (time_used_raw is in milliseconds).</source>
        <translation>Durée d&apos;utilisation par espace et par intervalle (time_used_raw est en millisecondes).</translation>
    </message>
    <message>
        <source>Raw occupied sessions; give local times without Z (the space&apos;s own zone).</source>
        <translation>Sessions d&apos;occupation brutes&#xa0;; indiquez les heures locales sans Z (fuseau propre à l&apos;espace).</translation>
    </message>
    <message>
        <source>Completion (0-1) of historical data per Open Area floor, per window of at most 10 days.</source>
        <translation>Complétude (0-1) des données historiques par étage Open Area, par fenêtre de 10 jours au plus.</translation>
    </message>
    <message>
        <source>floor ids (default: every floor)</source>
        <translation>ID des étages (par défaut&#xa0;: tous les étages)</translation>
    </message>
    <message>
        <source>space ids, comma-separated (default: every space)</source>
        <translation>ID des espaces, séparés par des virgules (par défaut&#xa0;: tous les espaces)</translation>
    </message>
    <message>
        <source>start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)</source>
        <translation>début, p. ex. 2026-11-02T00:00:00Z (ou sans Z&#xa0;: heure locale)</translation>
    </message>
    <message>
        <source>end (inclusive), in the same style as --from</source>
        <translation>fin (incluse), au même format que --from</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See density-cli --help.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Voir density-cli --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Sous-commande «&#xa0;%1&#xa0;%2&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une sous-commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Credentials, first found wins: --token or --client-id/--client-secret on the command line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the environment; then the secret of --profile NAME from the system keychain. --base-url beats the profile&apos;s address. Profiles are shared with density-dashboard; their secrets never go into a settings file.
</source>
        <translation>Identifiants, le premier trouvé l&apos;emporte&#xa0;: --token ou --client-id/--client-secret sur la ligne de commande&#xa0;; puis DENSITY_TOKEN, puis DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET dans l&apos;environnement&#xa0;; puis le secret de --profile NOM dans le trousseau du système. --base-url prime sur l&apos;adresse du profil. Les profils sont partagés avec density-dashboard&#xa0;; leurs secrets ne sont jamais écrits dans un fichier de paramètres.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.
</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 2 erreur d&apos;utilisation, 3 erreur de l&apos;API, 4 erreur réseau.
</translation>
    </message>
    <message>
        <source>Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]

Every Density API v3 endpoint from the shell. Results are written to stdout as JSON (default) or CSV; errors to stderr as one line.

Global options:
</source>
        <translation>Utilisation&#xa0;: density-cli [options globales] COMMANDE [ARGUMENTS] [options]

Tous les points de terminaison de l&apos;API Density v3 depuis le terminal. Les résultats sont écrits sur stdout en JSON (par défaut) ou en CSV&#xa0;; les erreurs sur stderr, sur une seule ligne.

Options globales&#xa0;:
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Exécutez «&#xa0;density-cli COMMANDE --help&#xa0;» pour les options d&apos;une commande.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1 SUBCOMMAND ...

Commands:
</source>
        <translation>Utilisation&#xa0;: density-cli %1 SOUS-COMMANDE ...

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli %1 SUBCOMMAND --help&quot; for its options.
</source>
        <translation>Exécutez «&#xa0;density-cli %1 SOUS-COMMANDE --help&#xa0;» pour ses options.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1

%2
</source>
        <translation>Utilisation&#xa0;: density-cli %1

%2
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Options&#xa0;:
</translation>
    </message>
    <message>
        <source>Global options (--base-url, --token, --format, ...) are listed by density-cli --help.
</source>
        <translation>Les options globales (--base-url, --token, --format, ...) sont répertoriées par density-cli --help.
</translation>
    </message>
    <message>
        <source>--profile needs a profile name (see density-cli profile list).</source>
        <translation>--profile nécessite un nom de profil (voir density-cli profile list).</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation>--format vaut json ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds between 0 and 86400, not &quot;%1&quot;.</source>
        <translation>--timeout est un nombre de secondes compris entre 0 et 86400, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; options are spelled --name.</source>
        <translation>Option «&#xa0;%1&#xa0;» inconnue&#xa0;; les options s&apos;écrivent --nom.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L&apos;option --%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>API server (default https://api.density.io; http:// only for loopback)</source>
        <translation>Serveur de l&apos;API (par défaut https://api.density.io&#xa0;; http:// uniquement pour le bouclage local)</translation>
    </message>
    <message>
        <source>API token (or DENSITY_TOKEN)</source>
        <translation>Jeton d&apos;API (ou DENSITY_TOKEN)</translation>
    </message>
    <message>
        <source>OAuth client id (or DENSITY_CLIENT_ID)</source>
        <translation>ID client OAuth (ou DENSITY_CLIENT_ID)</translation>
    </message>
    <message>
        <source>OAuth client secret (or DENSITY_CLIENT_SECRET)</source>
        <translation>Secret client OAuth (ou DENSITY_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>a saved connection profile: its address, and its secret from the system keychain when no credential is given otherwise (see &quot;profile add&quot;)</source>
        <translation>un profil de connexion enregistré&#xa0;: son adresse, et son secret depuis le trousseau du système si aucun identifiant n&apos;est fourni autrement (voir «&#xa0;profile add&#xa0;»)</translation>
    </message>
    <message>
        <source>output format (default json)</source>
        <translation>format de sortie (json par défaut)</translation>
    </message>
    <message>
        <source>per-request timeout (default 30)</source>
        <translation>délai d&apos;expiration par requête (30 par défaut)</translation>
    </message>
    <message>
        <source>show help; after a command, its help</source>
        <translation>afficher l&apos;aide&#xa0;; après une commande, son aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>This command needs an OAuth client: pass --client-id and --client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>Cette commande nécessite un client OAuth&#xa0;: indiquez --client-id et --client-secret (ou définissez DENSITY_CLIENT_ID et DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Give either --token or --client-id/--client-secret, not both.</source>
        <translation>Indiquez soit --token, soit --client-id/--client-secret, mais pas les deux.</translation>
    </message>
    <message>
        <source>No credentials: pass --token (or set DENSITY_TOKEN), --client-id and --client-secret for an OAuth client, or --profile NAME.</source>
        <translation>Aucun identifiant&#xa0;: indiquez --token (ou définissez DENSITY_TOKEN), --client-id et --client-secret pour un client OAuth, ou --profile NOM.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 est un nombre entier compris entre %2 et %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Give --serials or --spaces, not both: the API rejects the combination.</source>
        <translation>Indiquez --serials ou --spaces, mais pas les deux&#xa0;: l&apos;API refuse cette combinaison.</translation>
    </message>
    <message>
        <source>the presence endpoint is deprecated by Density: it cannot tell an empty space from an offline sensor. Use presence-health.</source>
        <translation>le point de terminaison presence est obsolète selon Density&#xa0;: il ne distingue pas un espace vide d&apos;un capteur hors ligne. Utilisez presence-health.</translation>
    </message>
    <message>
        <source>Latest count per space, with its health.</source>
        <translation>Dernier comptage par espace, avec son état de santé.</translation>
    </message>
    <message>
        <source>Deprecated: occupied yes/no per space, without health. Prefer presence-health.</source>
        <translation>Obsolète&#xa0;: occupé oui/non par espace, sans état de santé. Préférez presence-health.</translation>
    </message>
    <message>
        <source>Presence per space with the health needed to tell empty from unknown.</source>
        <translation>Présence par espace, avec l&apos;état de santé nécessaire pour distinguer un espace vide d&apos;un état inconnu.</translation>
    </message>
    <message>
        <source>Presence over the last minutes (Open Area spaces and floors).</source>
        <translation>Présence sur les dernières minutes (espaces et étages Open Area).</translation>
    </message>
    <message>
        <source>minutes to look back (default 60)</source>
        <translation>minutes à remonter (60 par défaut)</translation>
    </message>
    <message>
        <source>Ask the floor presence broker for a WebSocket URL (prints ws_url).</source>
        <translation>Demander une URL WebSocket au broker de présence de l&apos;étage (affiche ws_url).</translation>
    </message>
    <message>
        <source>Ask the space count broker for a WebSocket URL (prints ws_url).</source>
        <translation>Demander une URL WebSocket au broker de comptage de l&apos;espace (affiche ws_url).</translation>
    </message>
    <message>
        <source>--display-id needs --client-id and --client-secret (display credentials), not a token.</source>
        <translation>--display-id nécessite --client-id et --client-secret (identifiants d&apos;affichage), et non un jeton.</translation>
    </message>
    <message>
        <source>--store is keychain or insecure-file, not &quot;%1&quot;.</source>
        <translation>--store vaut keychain ou insecure-file, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>density-cli cannot keep a secret for a session: pass --store insecure-file to keep it in a plain file (insecure), or use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead.</source>
        <translation>density-cli ne peut pas conserver un secret le temps d&apos;une session&#xa0;: indiquez --store insecure-file pour le conserver dans un fichier en clair (non sécurisé), ou utilisez plutôt DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See density-cli profile list.</source>
        <translation>Aucun profil nommé «&#xa0;%1&#xa0;». Voir density-cli profile list.</translation>
    </message>
    <message>
        <source>A secret saved earlier in a keychain stays there.</source>
        <translation>Un secret enregistré précédemment dans un trousseau y reste.</translation>
    </message>
    <message>
        <source>Save a connection profile (replacing one of the same name): the address from --base-url and the credential from --token, or --client-id and --client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to the settings file.</source>
        <translation>Enregistrer un profil de connexion (en remplaçant celui de même nom)&#xa0;: l&apos;adresse indiquée par --base-url et l&apos;identifiant indiqué par --token, ou par --client-id et --client-secret (ou DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). Le secret est placé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>makes it display credentials (wall screens) for this display</source>
        <translation>en fait des identifiants d&apos;affichage (écrans muraux) pour cet affichage</translation>
    </message>
    <message>
        <source>insecure-file: where no system keychain exists, keep secrets in a plain file only you can read (insecure; remembered for later runs)</source>
        <translation>insecure-file&#xa0;: en l&apos;absence de trousseau système, conserver les secrets dans un fichier en clair lisible par vous seul (non sécurisé&#xa0;; mémorisé pour les exécutions suivantes)</translation>
    </message>
    <message>
        <source>default operating days (0 = Sunday), with --hours</source>
        <translation>jours d&apos;ouverture par défaut (0 = dimanche), avec --hours</translation>
    </message>
    <message>
        <source>default operating hours</source>
        <translation>heures d&apos;ouverture par défaut</translation>
    </message>
    <message>
        <source>the space the dashboard opens first</source>
        <translation>l&apos;espace que le tableau de bord ouvre en premier</translation>
    </message>
    <message>
        <source>List the saved connection profiles (never their secrets).</source>
        <translation>Lister les profils de connexion enregistrés (jamais leurs secrets).</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret.</source>
        <translation>Supprimer un profil de connexion et son secret.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of --name, --capacity, --function, --time-zone, --address, --iwms-id.</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez au moins l&apos;une des options --name, --capacity, --function, --time-zone, --address, --iwms-id.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Give label ids to --add or --delete, or names to --create.</source>
        <translation>Indiquez des ID d&apos;étiquettes à --add ou --delete, ou des noms à --create.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Nothing to update: give --name and/or --group.</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez --name et/ou --group.</translation>
    </message>
    <message>
        <source>List every space of the organisation (campuses, buildings, floors, spaces).</source>
        <translation>Lister tous les espaces de l&apos;organisation (campus, bâtiments, étages, espaces).</translation>
    </message>
    <message>
        <source>Change attributes of a space; only the options given are sent.</source>
        <translation>Modifier les attributs d&apos;un espace&#xa0;; seules les options indiquées sont envoyées.</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nouveau nom</translation>
    </message>
    <message>
        <source>capacity (people)</source>
        <translation>capacité (personnes)</translation>
    </message>
    <message>
        <source>function, e.g. meeting_room</source>
        <translation>fonction, p. ex. meeting_room</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Paris</source>
        <translation>fuseau horaire IANA, p. ex. Europe/Paris</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <source>id in your IWMS</source>
        <translation>ID dans votre IWMS</translation>
    </message>
    <message>
        <source>Attach, create and detach labels of a space in one call; prints the space&apos;s labels afterwards.</source>
        <translation>Associer, créer et dissocier les étiquettes d&apos;un espace en un seul appel&#xa0;; affiche ensuite les étiquettes de l&apos;espace.</translation>
    </message>
    <message>
        <source>existing label ids to attach</source>
        <translation>ID des étiquettes existantes à associer</translation>
    </message>
    <message>
        <source>new label names to create and attach</source>
        <translation>noms des nouvelles étiquettes à créer et associer</translation>
    </message>
    <message>
        <source>label ids to detach</source>
        <translation>ID des étiquettes à dissocier</translation>
    </message>
    <message>
        <source>List labels.</source>
        <translation>Lister les étiquettes.</translation>
    </message>
    <message>
        <source>Create a label attached to no space.</source>
        <translation>Créer une étiquette associée à aucun espace.</translation>
    </message>
    <message>
        <source>Rename a label and/or move it to a label group.</source>
        <translation>Renommer une étiquette et/ou la déplacer vers un groupe d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>label group id</source>
        <translation>ID du groupe d&apos;étiquettes</translation>
    </message>
    <message>
        <source>List label groups with their labels.</source>
        <translation>Lister les groupes d&apos;étiquettes avec leurs étiquettes.</translation>
    </message>
    <message>
        <source>Create an empty label group.</source>
        <translation>Créer un groupe d&apos;étiquettes vide.</translation>
    </message>
    <message>
        <source>Rename a label group.</source>
        <translation>Renommer un groupe d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>List doorways (entry points watched by Entry sensors).</source>
        <translation>Lister les passages (points d&apos;entrée surveillés par les capteurs d&apos;entrée).</translation>
    </message>
    <message>
        <source>See density-cli --help.</source>
        <translation>Voir density-cli --help.</translation>
    </message>
    <message>
        <source>No command given. See density-cli --help.</source>
        <translation>Aucune commande indiquée. Voir density-cli --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. See density-cli %1 --help.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite %2. Voir density-cli %1 --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Argument «&#xa0;%1&#xa0;» inattendu pour «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;. See density-cli %2 --help.</source>
        <translation>Option --%1 inconnue pour «&#xa0;%2&#xa0;». Voir density-cli %2 --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite --%2&#xa0;%3.</translation>
    </message>
    <message>
        <source>Using the credentials from the environment (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile &quot;%1&quot;&apos;s.</source>
        <translation>Utilisation des identifiants de l&apos;environnement (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), et non de ceux du profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;&apos;s secret is not available to density-cli; set DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>Le secret du profil «&#xa0;%1&#xa0;» n&apos;est pas accessible à density-cli&#xa0;; définissez DENSITY_TOKEN (ou DENSITY_CLIENT_ID et DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>No secret is stored for profile &quot;%1&quot; (in the %2). Add it again with density-cli profile add, or set DENSITY_TOKEN.</source>
        <translation>Aucun secret n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;» (emplacement&#xa0;: %2). Ajoutez-le de nouveau avec density-cli profile add, ou définissez DENSITY_TOKEN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an OAuth client; profile &quot;%2&quot; holds an API token.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un client OAuth&#xa0;; le profil «&#xa0;%2&#xa0;» contient un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>sensor serial numbers</source>
        <translation>numéros de série des capteurs</translation>
    </message>
    <message>
        <source>space ids (not together with --serials)</source>
        <translation>ID des espaces (pas en même temps que --serials)</translation>
    </message>
    <message>
        <source>List sensors (all, or those with the given serials or in the given spaces).</source>
        <translation>Lister les capteurs (tous, ou ceux ayant les numéros de série indiqués ou situés dans les espaces indiqués).</translation>
    </message>
    <message>
        <source>Current health of sensors.</source>
        <translation>État de santé actuel des capteurs.</translation>
    </message>
    <message>
        <source>Health changes of sensors in a time range (any length: sent in 10-day windows).</source>
        <translation>Changements d&apos;état de santé des capteurs sur une période (de durée quelconque&#xa0;: la requête est envoyée par fenêtres de 10 jours).</translation>
    </message>
    <message>
        <source>--%1 is a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>--%1 est un nombre de secondes supérieur à 0 et d&apos;au plus %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Live streams print JSON Lines; --format csv does not apply.</source>
        <translation>Les flux en direct affichent des lignes JSON (JSON Lines)&#xa0;; --format csv ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>stop after S seconds (default: until interrupted)</source>
        <translation>arrêter après S secondes (par défaut&#xa0;: jusqu&apos;à interruption)</translation>
    </message>
    <message>
        <source>the server&apos;s refresh period, for stale detection (default 60)</source>
        <translation>période d&apos;actualisation du serveur, pour détecter les données périmées (60 par défaut)</translation>
    </message>
    <message>
        <source>Stream a floor&apos;s presence (Open Area / Waffle spaces) as JSON lines.</source>
        <translation>Diffuser la présence d&apos;un étage (espaces Open Area / Waffle) en lignes JSON.</translation>
    </message>
    <message>
        <source>the floor to watch</source>
        <translation>l&apos;étage à surveiller</translation>
    </message>
    <message>
        <source>Stream counts of a space and its children as JSON lines.</source>
        <translation>Diffuser les comptages d&apos;un espace et de ses sous-espaces en lignes JSON.</translation>
    </message>
    <message>
        <source>the space to watch</source>
        <translation>l&apos;espace à surveiller</translation>
    </message>
    <message>
        <source>Experimental: stream a doorway&apos;s crossings (an undocumented stream).</source>
        <translation>Expérimental&#xa0;: diffuser les passages d&apos;une porte (flux non documenté).</translation>
    </message>
    <message>
        <source>the doorway to watch</source>
        <translation>le passage à surveiller</translation>
    </message>
    <message>
        <source>The live stream failed: %1</source>
        <translation>Échec du flux en direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to update: give --full-name, --role and/or --spaces.</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez --full-name, --role et/ou --spaces.</translation>
    </message>
    <message>
        <source>space ids the user may see (an empty value clears them)</source>
        <translation>ID des espaces que l&apos;utilisateur peut voir (une valeur vide les efface)</translation>
    </message>
    <message>
        <source>List users (OAuth client credentials only).</source>
        <translation>Lister les utilisateurs (identifiants de client OAuth uniquement).</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>Afficher un utilisateur.</translation>
    </message>
    <message>
        <source>Create a user.</source>
        <translation>Créer un utilisateur.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>role, e.g. owner</source>
        <translation>rôle, p. ex. owner</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role or spaces; what is not given stays as it is.</source>
        <translation>Modifier le nom, le rôle ou les espaces d&apos;un utilisateur&#xa0;; ce qui n&apos;est pas indiqué reste inchangé.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>Delete a user.</source>
        <translation>Supprimer un utilisateur.</translation>
    </message>
</context>
<context>
    <name>Density::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to Density</source>
        <translation>Se connecter à Density</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Static API token</source>
        <translation>Jeton d&apos;API statique</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>Identifiants de client OAuth</translation>
    </message>
    <message>
        <source>Display credentials (wall screen)</source>
        <translation>Identifiants d&apos;affichage (écran mural)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>tok_…</source>
        <translation>tok_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>ID d&apos;affichage</translation>
    </message>
    <message>
        <source>the display this screen signs in as</source>
        <translation>l&apos;affichage sous lequel cet écran se connecte</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>&amp;Détails du certificat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client&#xa0;:</translation>
    </message>
    <message>
        <source>Dis&amp;play id:</source>
        <translation>ID d&apos;a&amp;ffichage&#xa0;:</translation>
    </message>
    <message>
        <source>A long-lived token an Owner created (it starts with tok_). It is kept in the system keychain (or for this session only where there is none), never in a settings file.</source>
        <translation>Jeton de longue durée créé par un propriétaire (Owner), commençant par tok_. Il est conservé dans le trousseau du système (ou uniquement pour cette session s&apos;il n&apos;y en a pas), jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>The id and secret of an OAuth client an Owner created (Your Account → Developer). Needed to manage users. The secret is kept in the system keychain (or for this session only), never in a settings file.</source>
        <translation>L&apos;ID et le secret d&apos;un client OAuth créé par un propriétaire (Owner) (Your Account → Developer). Nécessaires pour gérer les utilisateurs. Le secret est conservé dans le trousseau du système (ou uniquement pour cette session), jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>Credentials for a wall screen: they can read presence only. The secret is kept in the system keychain (or for this session only).</source>
        <translation>Identifiants pour un écran mural&#xa0;: ils permettent uniquement de lire la présence. Le secret est conservé dans le trousseau du système (ou uniquement pour cette session).</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profile needs a server address such as https://api.density.io.</source>
        <translation>Le profil doit avoir une adresse de serveur, par exemple https://api.density.io.</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>Le profil doit avoir un ID client.</translation>
    </message>
    <message>
        <source>The profile needs a display id.</source>
        <translation>Le profil doit avoir un ID d&apos;affichage.</translation>
    </message>
    <message>
        <source>The profile&apos;s operating hours are not valid.</source>
        <translation>Les heures d&apos;ouverture du profil ne sont pas valides.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>Identifiants de client OAuth</translation>
    </message>
    <message>
        <source>Display credentials</source>
        <translation>Identifiants d&apos;affichage</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionTest</name>
    <message>
        <source>&quot;%1&quot; is not a server address: enter one like https://api.density.io.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur&#xa0;: saisissez une adresse comme https://api.density.io.</translation>
    </message>
    <message>
        <source>Plain http:// would send your credentials unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 instead.</source>
        <translation>Une adresse http:// simple enverrait vos identifiants sans chiffrement&#xa0;; elle n&apos;est donc autorisée que pour cet ordinateur (localhost, 127.0.0.1, ::1). Utilisez plutôt https://%1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1://.</source>
        <translation>Seules les adresses https:// sont prises en charge, pas %1://.</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Saisissez un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Saisissez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Enter the display id this screen signs in as.</source>
        <translation>Saisissez l&apos;ID d&apos;affichage sous lequel cet écran se connecte.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client id or secret (%1): check both, and that the OAuth client still exists.</source>
        <translation>Le point de terminaison des jetons a refusé l&apos;ID client ou le secret (%1)&#xa0;: vérifiez les deux, et que le client OAuth existe toujours.</translation>
    </message>
    <message>
        <source>The display-token endpoint refused the client id, secret or display id (%1): check all three.</source>
        <translation>Le point de terminaison des jetons d&apos;affichage a refusé l&apos;ID client, le secret ou l&apos;ID d&apos;affichage (%1)&#xa0;: vérifiez les trois.</translation>
    </message>
    <message>
        <source>The API rejected the token (401): check that you copied the whole tok_… token and that it has not been revoked.</source>
        <translation>L&apos;API a rejeté le jeton (401)&#xa0;: vérifiez que vous avez copié l&apos;intégralité du jeton tok_… et qu&apos;il n&apos;a pas été révoqué.</translation>
    </message>
    <message>
        <source>The API knows these credentials but does not allow them to read this organization (403): ask an Owner or Admin for a token with read access.</source>
        <translation>L&apos;API reconnaît ces identifiants, mais ne les autorise pas à lire cette organisation (403)&#xa0;: demandez à un propriétaire (Owner) ou à un administrateur (Admin) un jeton avec accès en lecture.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence above, %2 the API&apos;s own message.</extracomment>
        <translation>%1 Réponse de l&apos;API&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time: the server may be overloaded, or something between you and it holds the connection open. Try again, or check the address.</source>
        <translation>%1 a accepté la connexion mais n&apos;a pas répondu à temps&#xa0;: le serveur est peut-être surchargé, ou un élément entre vous et lui maintient la connexion ouverte. Réessayez ou vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 No credentials were sent.</source>
        <extracomment>%1 why the secure connection failed.</extracomment>
        <translation>%1 Aucun identifiant n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2), so no credentials were sent. Compare the details below with what your IT department expects; an untrusted certificate is never accepted.</source>
        <extracomment>%2 the certificate problems, e.g. &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation>Le certificat de %1 n&apos;a pas été accepté (%2)&#xa0;; aucun identifiant n&apos;a donc été envoyé. Comparez les détails ci-dessous avec ce qu&apos;attend votre service informatique&#xa0;; un certificat non approuvé n&apos;est jamais accepté.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Density API: check the address. (%2)</source>
        <translation>%1 a répondu, mais pas comme l&apos;API Density&#xa0;: vérifiez l&apos;adresse. (%2)</translation>
    </message>
    <message>
        <source>The server %1 could not be found: its name does not resolve (DNS). Check the address for typos and that this computer is online.</source>
        <translation>Le serveur %1 est introuvable&#xa0;: son nom ne peut pas être résolu (DNS). Vérifiez que l&apos;adresse ne contient pas de faute de frappe et que cet ordinateur est en ligne.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer was reached, but nothing accepts connections on port %2. Check the address and port.</source>
        <translation>%1 a refusé la connexion&#xa0;: l&apos;ordinateur a été joint, mais rien n&apos;accepte de connexions sur le port %2. Vérifiez l&apos;adresse et le port.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and the network.</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;: vérifiez l&apos;adresse et le réseau.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Demande d&apos;un jeton à %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>The token endpoint accepted the credentials, but the API rejected the token it issued (401): the address may point at a different Density environment.</source>
        <translation>Le point de terminaison des jetons a accepté les identifiants, mais l&apos;API a rejeté le jeton émis (401)&#xa0;: l&apos;adresse désigne peut-être un autre environnement Density.</translation>
    </message>
    <message>
        <source>Connected: the API answered &quot;%1&quot;.</source>
        <translation>Connecté&#xa0;: l&apos;API a répondu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Connected: the OAuth client got a token and the API answered &quot;%1&quot;.</source>
        <translation>Connecté&#xa0;: le client OAuth a obtenu un jeton et l&apos;API a répondu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Connected: the display got a token and the API answered &quot;%1&quot;.</source>
        <translation>Connecté&#xa0;: l&apos;affichage a obtenu un jeton et l&apos;API a répondu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>le proxy</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the proxy&apos;s host and port in Settings, or ask IT which proxy this computer must use.</source>
        <translation>Impossible de se connecter à %1&#xa0;: vérifiez l&apos;hôte et le port du proxy dans les Paramètres, ou demandez à votre service informatique quel proxy cet ordinateur doit utiliser.</translation>
    </message>
    <message>
        <source>%1 could not be found (its name does not resolve): check the proxy host in Settings.</source>
        <translation>%1 est introuvable (son nom ne peut pas être résolu)&#xa0;: vérifiez l&apos;hôte du proxy dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password: enter them in Settings (Proxy), or ask IT for them.</source>
        <translation>%1 demande un nom d&apos;utilisateur et un mot de passe&#xa0;: saisissez-les dans les Paramètres (Proxy) ou demandez-les à votre service informatique.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the proxy setting and the network.</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;: vérifiez le paramètre de proxy et le réseau.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: check the proxy setting, or ask IT whether it allows connections to this server.</source>
        <translation>%1 a fermé la connexion avant de répondre&#xa0;: vérifiez le paramètre de proxy, ou demandez à votre service informatique s&apos;il autorise les connexions à ce serveur.</translation>
    </message>
    <message>
        <source>The connection through %1 failed (%2): check the proxy setting in Settings.</source>
        <extracomment>%1 the proxy, %2 what went wrong.</extracomment>
        <translation>La connexion via %1 a échoué (%2)&#xa0;: vérifiez le paramètre de proxy dans les Paramètres.</translation>
    </message>
    <message>
        <source>The certificate check reported:</source>
        <translation>La vérification du certificat a signalé&#xa0;:</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain:</source>
        <translation>Certificat %1 de la chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Issuer: %1 (self-signed)</source>
        <translation>  Émetteur&#xa0;: %1 (auto-signé)</translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation>  Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Valid for: %1</source>
        <translation>  Validité&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Valid from: %1</source>
        <translation>  Valide à partir du&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Valid until: %1</source>
        <translation>  Valide jusqu&apos;au&#xa0;: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint:</source>
        <translation>  Empreinte SHA-256&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>a plain file (insecure)</source>
        <translation>un fichier en clair (non sécurisé)</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>Aucun trousseau système n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Le trousseau du système a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Échec du trousseau du système.</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStorePolicy</name>
    <message>
        <source>No system keychain is available (no Secret Service on this machine)</source>
        <translation>Aucun trousseau système n&apos;est disponible (pas de Secret Service sur cette machine)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1)</source>
        <translation>Le trousseau du système ne peut pas être utilisé (%1)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>; as you chose, secrets are stored in a plain file that only your account can read. This is insecure: anyone with access to your files or backups can read them.</source>
        <translation>&#xa0;; comme vous l&apos;avez choisi, les secrets sont enregistrés dans un fichier en clair que seul votre compte peut lire. Ce n&apos;est pas sécurisé&#xa0;: toute personne ayant accès à vos fichiers ou à vos sauvegardes peut les lire.</translation>
    </message>
    <message>
        <source>; secrets are kept for this session only and must be entered again next time. You can choose to store them in a plain file instead (insecure).</source>
        <translation>&#xa0;; les secrets sont conservés uniquement pour cette session et devront être saisis de nouveau la prochaine fois. Vous pouvez choisir de les enregistrer plutôt dans un fichier en clair (non sécurisé).</translation>
    </message>
</context>
<context>
    <name>Density::CsvExport</name>
    <message>
        <source>no capacity set</source>
        <translation>aucune capacité définie</translation>
    </message>
    <message>
        <source>null from the API: %1</source>
        <translation>null renvoyé par l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>bucket: start of the period in the space&apos;s time zone with its UTC offset (total: the range start; weekday: 0 = Sunday; hour_of_day: 0-23)</source>
        <translation>bucket&#xa0;: début de la période dans le fuseau horaire de l&apos;espace, avec son décalage UTC (total&#xa0;: le début de la période&#xa0;; weekday&#xa0;: 0 = dimanche&#xa0;; hour_of_day&#xa0;: 0-23)</translation>
    </message>
    <message>
        <source>occupancy_avg: average number of people present during the bucket (time-weighted)</source>
        <translation>occupancy_avg&#xa0;: nombre moyen de personnes présentes pendant l&apos;intervalle (pondéré par le temps)</translation>
    </message>
    <message>
        <source>occupancy_max: peak number of people present at any moment of the bucket; a peak is not an average</source>
        <translation>occupancy_max&#xa0;: nombre maximal de personnes présentes à un moment quelconque de l&apos;intervalle&#xa0;; un pic n&apos;est pas une moyenne</translation>
    </message>
    <message>
        <source>utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the space&apos;s capacity (1 = 100%); empty when no capacity is set (unset or 0)</source>
        <translation>utilization_avg / utilization_max&#xa0;: occupancy_avg / occupancy_max divisé par la capacité de l&apos;espace (1 = 100&#xa0;%)&#xa0;; vide si aucune capacité n&apos;est définie (non renseignée ou 0)</translation>
    </message>
    <message>
        <source>time_used_hours: time with at least one person present in hours (the API&apos;s time_used_raw milliseconds / 3600000)</source>
        <translation>time_used_hours&#xa0;: durée, en heures, pendant laquelle au moins une personne est présente (time_used_raw de l&apos;API en millisecondes / 3600000)</translation>
    </message>
    <message>
        <source>up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = low quality)</source>
        <translation>up_time&#xa0;: part de l&apos;intervalle pendant laquelle les capteurs étaient en ligne (1 = complet&#xa0;; 0,8 ou moins = qualité faible)</translation>
    </message>
    <message>
        <source>capped: true when the sensor reached its counting limit; occupancy_max is then at least that limit (read 3 as &quot;3+&quot;)</source>
        <translation>capped&#xa0;: true lorsque le capteur a atteint sa limite de comptage&#xa0;; occupancy_max vaut alors au moins cette limite (lire 3 comme «&#xa0;3+&#xa0;»)</translation>
    </message>
    <message>
        <source>data_quality: good / zero_use (complete and nobody there) / incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / pending (after the export time)</source>
        <translation>data_quality&#xa0;: good (bonne) / zero_use (complet et personne) / incomplete (up_time inférieur à 1) / low_quality (up_time de 0,8 ou moins) / offline (up_time de 0) / missing (manquant) / pending (postérieur à l&apos;heure d&apos;export)</translation>
    </message>
    <message>
        <source>Empty cells have no value (null or not reported by the API): never read them as 0</source>
        <translation>Les cellules vides n&apos;ont pas de valeur (null ou non renvoyée par l&apos;API)&#xa0;: ne les lisez jamais comme 0</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file was open</source>
        <translation>aucun fichier n&apos;était ouvert</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresenceModel</name>
    <message>
        <source>%1+ people</source>
        <translation>%1+ personnes</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Unknown: loading</source>
        <translation>Inconnu&#xa0;: chargement</translation>
    </message>
    <message>
        <source>Unknown: no live data</source>
        <translation>Inconnu&#xa0;: aucune donnée en direct</translation>
    </message>
    <message>
        <source>Unknown: sensor offline</source>
        <translation>Inconnu&#xa0;: capteur hors ligne</translation>
    </message>
    <message>
        <source>Unknown: sensor degraded</source>
        <translation>Inconnu&#xa0;: capteur dégradé</translation>
    </message>
    <message>
        <source>Unknown: sensor health not reported</source>
        <translation>Inconnu&#xa0;: état du capteur non signalé</translation>
    </message>
    <message>
        <source>Unknown: sensor health unknown</source>
        <translation>Inconnu&#xa0;: état du capteur inconnu</translation>
    </message>
    <message>
        <source>Unknown: no reading</source>
        <translation>Inconnu&#xa0;: aucune mesure</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 sur %2 min</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The sensor is %1; its last count was %2.</source>
        <translation>État du capteur&#xa0;: %1&#xa0;; son dernier comptage était de %2.</translation>
    </message>
    <message>
        <source>Minutes of the last hour in which a sensor saw someone (short-term presence; open-area spaces and floors only).</source>
        <translation>Minutes de la dernière heure pendant lesquelles un capteur a détecté quelqu&apos;un (présence à court terme&#xa0;; espaces et étages Open Area uniquement).</translation>
    </message>
    <message>
        <source>When the sensor&apos;s reading was taken, in the space&apos;s time zone.</source>
        <translation>Moment où la mesure du capteur a été prise, dans le fuseau horaire de l&apos;espace.</translation>
    </message>
    <message>
        <source>The time the API gives with the reading, usually when the current state began</source>
        <translation>L&apos;heure que l&apos;API fournit avec la mesure, généralement le début de l&apos;état actuel</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Occupied, last hour</source>
        <translation>Occupé, dernière heure</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresencePanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask for the current state now (it refreshes every minute while this page is shown).</source>
        <translation>Demander l&apos;état actuel maintenant (il est actualisé toutes les minutes tant que cette page est affichée).</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied come from a healthy sensor&apos;s current reading. ? Unknown means the sensor is offline or degraded, or there is no reading: such a space is never shown as available.</source>
        <translation>✓ Disponible et ■ Occupé proviennent de la mesure actuelle d&apos;un capteur en bon état.&#xa0;? Inconnu signifie que le capteur est hors ligne ou dégradé, ou qu&apos;il n&apos;y a pas de mesure&#xa0;: un tel espace n&apos;est jamais affiché comme disponible.</translation>
    </message>
    <message>
        <source>Right now in %1</source>
        <translation>En ce moment dans %1</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Select a space to see who is there now.</source>
        <translation>Sélectionnez un espace pour voir qui s&apos;y trouve en ce moment.</translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation>Chargement de l&apos;état actuel…</translation>
    </message>
    <message>
        <source>Reading times are in UTC (the space has no time zone).</source>
        <translation>Les heures des mesures sont en UTC (l&apos;espace n&apos;a pas de fuseau horaire).</translation>
    </message>
    <message>
        <source>Reading times are in %1.</source>
        <translation>Les heures des mesures sont dans le fuseau %1.</translation>
    </message>
    <message>
        <source>Updated at %1; refreshes every minute while shown. %2</source>
        <translation>Mis à jour à %1&#xa0;; actualisé toutes les minutes tant que la page est affichée. %2</translation>
    </message>
    <message>
        <source>The update at %1 failed; it is tried again every minute while shown. %2</source>
        <translation>La mise à jour de %1 a échoué&#xa0;; elle est retentée toutes les minutes tant que la page est affichée. %2</translation>
    </message>
    <message>
        <source>Health-aware presence is not available on this server, so presence comes from the deprecated endpoint, which cannot tell an empty space from an offline sensor.</source>
        <translation>La présence tenant compte de l&apos;état des capteurs n&apos;est pas disponible sur ce serveur&#xa0;; la présence provient donc du point de terminaison obsolète, qui ne distingue pas un espace vide d&apos;un capteur hors ligne.</translation>
    </message>
    <message>
        <source>The current state of %1 could not be loaded. %2</source>
        <translation>Impossible de charger l&apos;état actuel de %1. %2</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Espaces en ce moment</translation>
    </message>
</context>
<context>
    <name>Density::DashboardOptions</name>
    <message>
        <source>Occupancy dashboard for Density sensors.</source>
        <translation>Tableau de bord d&apos;occupation pour les capteurs Density.</translation>
    </message>
    <message>
        <source>Use the built-in demo portfolio (a simulator on this computer).</source>
        <translation>Utiliser le portefeuille de démonstration intégré (un simulateur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Number of spaces in the demo portfolio.</source>
        <translation>Nombre d&apos;espaces du portefeuille de démonstration.</translation>
    </message>
    <message>
        <source>The demo&apos;s fixed time (ISO 8601, UTC) instead of now.</source>
        <translation>L&apos;heure fixe de la démo (ISO 8601, UTC) au lieu de l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Make the demo simulator misbehave, to see how the dashboard copes, for example &quot;latency=300,errors=0.1,ws-drop=30&quot; or &quot;ghost-time&quot; (density-sim --help lists them).</source>
        <translation>Provoquer des dysfonctionnements du simulateur de démo pour voir comment le tableau de bord réagit, par exemple «&#xa0;latency=300,errors=0.1,ws-drop=30&#xa0;» ou «&#xa0;ghost-time&#xa0;» (density-sim --help les répertorie).</translation>
    </message>
    <message>
        <source>API server address (the token comes from the DENSITY_TOKEN environment variable).</source>
        <translation>Adresse du serveur de l&apos;API (le jeton provient de la variable d&apos;environnement DENSITY_TOKEN).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Ouvrir cette page&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select this space id (repeat it or separate ids with commas to compare up to 8).</source>
        <translation>Sélectionner cet ID d&apos;espace (répétez l&apos;option ou séparez les ID par des virgules pour en comparer jusqu&apos;à 8).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for smoke tests).</source>
        <translation>Quitter après ce nombre de secondes (pour les tests de fumée).</translation>
    </message>
    <message>
        <source>Save the window as a PNG file once it has loaded, then quit.</source>
        <translation>Enregistrer la fenêtre dans un fichier PNG une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Read the PIN that leaves the kiosk from standard input, store its salted hash and quit (an empty line removes it).</source>
        <translation>Lire sur l&apos;entrée standard le code PIN permettant de quitter le mode kiosque, enregistrer son hachage salé et quitter (une ligne vide le supprime).</translation>
    </message>
    <message>
        <source>Run as a locked full-screen wall display of the configured floors (signs in with display credentials; with --demo, the demo&apos;s).</source>
        <translation>Exécuter en affichage mural plein écran verrouillé des étages configurés (connexion avec les identifiants d&apos;affichage&#xa0;; avec --demo, ceux de la démo).</translation>
    </message>
    <message>
        <source>Floors the kiosk rotates through, comma separated (default: the settings, or the first building&apos;s floors).</source>
        <translation>Étages que le kiosque fait défiler, séparés par des virgules (par défaut&#xa0;: les paramètres, ou les étages du premier bâtiment).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Seconds each kiosk floor stays on screen.</source>
        <translation>Nombre de secondes d&apos;affichage de chaque étage du kiosque.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>The display id the kiosk signs in with (overrides its connection&apos;s).</source>
        <translation>L&apos;ID d&apos;affichage avec lequel le kiosque se connecte (remplace celui de sa connexion).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argument inattendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--rotate-seconds needs a whole number from %1 to %2.</source>
        <translation>--rotate-seconds nécessite un nombre entier compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>--kiosk-floors, --rotate-seconds and --display-id need --kiosk.</source>
        <translation>--kiosk-floors, --rotate-seconds et --display-id nécessitent --kiosk.</translation>
    </message>
    <message>
        <source>--demo-now needs a date and time such as 2026-11-25T15:00:00Z.</source>
        <translation>--demo-now nécessite une date et une heure, par exemple 2026-11-25T15:00:00Z.</translation>
    </message>
    <message>
        <source>--demo-spaces needs a positive number.</source>
        <translation>--demo-spaces nécessite un nombre positif.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds above 0.</source>
        <translation>--quit-after nécessite un nombre de secondes supérieur à 0.</translation>
    </message>
    <message>
        <source>--view and --space do not apply to --kiosk; use --kiosk-floors.</source>
        <translation>--view et --space ne s&apos;appliquent pas à --kiosk&#xa0;; utilisez --kiosk-floors.</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. de, fr, es, ja (default: Settings, which follow the system).</source>
        <translation>Langue de l&apos;interface pour cette exécution, p. ex. de, fr, es, ja (par défaut&#xa0;: les Paramètres, qui suivent le système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --locale; use a code such as de, fr, es or ja.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue pour --locale&#xa0;; utilisez un code tel que de, fr, es ou ja.</translation>
    </message>
</context>
<context>
    <name>Density::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Taux d&apos;utilisation</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Durée d&apos;utilisation</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>État des capteurs</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Complétude des données</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessModel</name>
    <message>
        <source>No floors in this selection.</source>
        <translation>Aucun étage dans cette sélection.</translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n complet</numerusform>
            <numerusform>%n complets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps (sensors offline or missing data)</source>
        <translation>
            <numerusform>%n avec des lacunes (capteurs hors ligne ou données manquantes)</numerusform>
            <numerusform>%n avec des lacunes (capteurs hors ligne ou données manquantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still processing</source>
        <translation>
            <numerusform>%n encore en traitement</numerusform>
            <numerusform>%n encore en traitement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in planning</source>
        <translation>
            <numerusform>%n en préparation</numerusform>
            <numerusform>%n en préparation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without open-area sensors</source>
        <translation>
            <numerusform>%n sans capteurs Open Area</numerusform>
            <numerusform>%n sans capteurs Open Area</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor: %1</source>
        <extracomment>%1 is a list such as &quot;2 complete, 1 still processing&quot;.</extracomment>
        <translation>1 étage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n floors: %1</source>
        <translation>
            <numerusform>%n étage&#xa0;: %1</numerusform>
            <numerusform>%n étages&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A completeness percentage; %1 is the number (&quot;82.4&quot;).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Floor in planning</source>
        <translation>Étage en préparation</translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Sensors offline or missing data</source>
        <translation>Capteurs hors ligne ou données manquantes</translation>
    </message>
    <message>
        <source>No value returned</source>
        <translation>Aucune valeur renvoyée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>All expected open-area data for this window has arrived and been processed.</source>
        <translation>Toutes les données Open Area attendues pour cette fenêtre sont arrivées et ont été traitées.</translation>
    </message>
    <message>
        <source>Likely cause: the floor is still in planning (or went live only after this window began), so its sensors were not live for all of it and less data is expected.</source>
        <translation>Cause probable&#xa0;: l&apos;étage est encore en préparation (ou n&apos;a été mis en service qu&apos;après le début de cette fenêtre)&#xa0;; ses capteurs n&apos;étaient donc pas actifs pendant toute la fenêtre et moins de données sont attendues.</translation>
    </message>
    <message>
        <source>Likely cause: part of this window is less than about 8 hours old (or has not happened yet); Density is still processing it. Check again later.</source>
        <translation>Cause probable&#xa0;: une partie de cette fenêtre date de moins de 8 heures environ (ou n&apos;a pas encore eu lieu)&#xa0;; Density la traite encore. Vérifiez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Likely cause: sensors were offline or data is missing for part of this window. The Sensor health page shows which sensors are offline.</source>
        <translation>Cause probable&#xa0;: des capteurs étaient hors ligne ou des données manquent pour une partie de cette fenêtre. La page État des capteurs indique quels capteurs sont hors ligne.</translation>
    </message>
    <message>
        <source>The data-status answer had no value for this floor in this window, though it had one in others.</source>
        <translation>La réponse sur l&apos;état des données ne contenait aucune valeur pour cet étage dans cette fenêtre, alors qu&apos;elle en contenait dans d&apos;autres.</translation>
    </message>
    <message>
        <source>No open-area sensors on this floor — completeness does not apply</source>
        <translation>Aucun capteur Open Area à cet étage — la complétude ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a data-status window&apos;s ends in the column headers (QDate::toString).</extracomment>
        <translation>d MMM</translation>
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
        <translation>Density ne signale la complétude des données que pour les étages équipés de capteurs Open Area&#xa0;; la réponse ne contient pas cet étage.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Data-status window %1 of %2 (the API answers at most 10 days at a time)</source>
        <translation>Fenêtre d&apos;état des données %1 sur %2 (l&apos;API répond sur 10 jours au maximum à la fois)</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessPage</name>
    <message>
        <source>Data completeness could not be loaded.</source>
        <translation>Impossible de charger la complétude des données.</translation>
    </message>
    <message>
        <source>Data completeness could not be loaded: %1</source>
        <translation>Impossible de charger la complétude des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a floor, building or campus in the Spaces panel to see how complete its open-area data is.</source>
        <translation>Sélectionnez un étage, un bâtiment ou un campus dans le panneau Espaces pour voir le niveau de complétude de ses données Open Area.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) checks the data completeness again.</source>
        <translation>Chargement annulé. Actualiser (F5) vérifie de nouveau la complétude des données.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>Non connecté. Ouvrez le portefeuille de démonstration ou connectez-vous à un compte.</translation>
    </message>
    <message>
        <source>The selection has no floors, so there is no floor data to check.</source>
        <translation>La sélection ne contient aucun étage&#xa0;; il n&apos;y a donc aucune donnée d&apos;étage à vérifier.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>Le dernier jour de la période ne doit pas précéder le premier.</translation>
    </message>
    <message>
        <source>Checking data completeness…</source>
        <translation>Vérification de la complétude des données…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first selected space; %n how many others are selected.</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Complétude des données</translation>
    </message>
    <message>
        <source>Data completeness: %1</source>
        <translation>Complétude des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (the first floor&apos;s time zone)</source>
        <translation>%1 (fuseau horaire du premier étage)</translation>
    </message>
    <message>
        <source>%1 (the floor&apos;s time zone)</source>
        <translation>%1 (fuseau horaire de l&apos;étage)</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor, for %1 (whole days in %2; the operating hours do not apply). The API answers at most 10 days at a time, so each 10-day window has its own column. Checked at %3.</source>
        <extracomment>%1 date range, %2 time zone, %3 date and time of the check.</extracomment>
        <translation>Part des données Open Area attendues qui sont arrivées, par étage, pour %1 (jours entiers dans le fuseau %2&#xa0;; les heures d&apos;ouverture ne s&apos;appliquent pas). L&apos;API répond sur 10 jours au maximum à la fois&#xa0;; chaque fenêtre de 10 jours a donc sa propre colonne. Vérifié le %3.</translation>
    </message>
    <message>
        <source>Some floors are in other time zones: their windows are the same instants, so their days start at other local times.</source>
        <translation>Certains étages sont dans d&apos;autres fuseaux horaires&#xa0;: leurs fenêtres correspondent aux mêmes instants, leurs jours commencent donc à d&apos;autres heures locales.</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor and 10-day window of the query&apos;s range.</source>
        <translation>Part des données Open Area attendues qui sont arrivées, par étage et par fenêtre de 10 jours de la période demandée.</translation>
    </message>
    <message>
        <source>What a value below 100 % means</source>
        <translation>Signification d&apos;une valeur inférieure à 100&#xa0;%</translation>
    </message>
    <message>
        <source>The API says how much of the expected data has arrived, not why some is missing. Each cell names the most likely of the three usual causes that the app can tell:</source>
        <translation>L&apos;API indique la quantité de données attendues qui sont arrivées, mais pas pourquoi certaines manquent. Chaque cellule indique la plus probable des trois causes habituelles que l&apos;application peut distinguer&#xa0;:</translation>
    </message>
    <message>
        <source>the floor&apos;s status is &quot;planning&quot;: its sensors are not live yet.</source>
        <translation>le statut de l&apos;étage est «&#xa0;planning&#xa0;»&#xa0;: ses capteurs ne sont pas encore actifs.</translation>
    </message>
    <message>
        <source>the window reaches into the last 8 hours (or the future). Density processes data within about 8 hours; check again later.</source>
        <translation>la fenêtre empiète sur les 8 dernières heures (ou sur le futur). Density traite les données en 8 heures environ&#xa0;; vérifiez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>anything else: sensors were offline or data is missing; in bold at or below 80 %, where data counts as low quality. The Sensor health page shows which sensors are offline now.</source>
        <translation>tout autre cas&#xa0;: des capteurs étaient hors ligne ou des données manquent&#xa0;; en gras à 80&#xa0;% ou moins, seuil où les données sont considérées de qualité faible. La page État des capteurs indique quels capteurs sont actuellement hors ligne.</translation>
    </message>
    <message>
        <source>all expected data has arrived. Floors without open-area sensors are listed without a value: completeness applies only to open-area floors.</source>
        <translation>toutes les données attendues sont arrivées. Les étages sans capteurs Open Area sont listés sans valeur&#xa0;: la complétude ne concerne que les étages Open Area.</translation>
    </message>
    <message>
        <source>Select a cell to read what its value most likely means.</source>
        <translation>Sélectionnez une cellule pour lire la signification la plus probable de sa valeur.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <extracomment>%1 floor, %2 window, %3 percentage, %4 explanation.</extracomment>
        <translation>%1, %2&#xa0;: %3. %4</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Data status is answered in windows of at most 10 days; each row is one floor in one window.</source>
        <translation>L&apos;état des données est renvoyé par fenêtres de 10 jours au maximum&#xa0;; chaque ligne correspond à un étage dans une fenêtre.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>completion: share (0 to 1) of the floor&apos;s expected open-area data that has arrived and been processed in the window (/v3/analytics/data-status); empty when the API gave no value.</source>
        <translation>completion&#xa0;: part (de 0 à 1) des données Open Area attendues pour l&apos;étage qui sont arrivées et ont été traitées dans la fenêtre (/v3/analytics/data-status)&#xa0;; vide si l&apos;API n&apos;a renvoyé aucune valeur.</translation>
    </message>
    <message>
        <source>likely_reason: the app&apos;s best guess, not the API&apos;s: complete; planning (the floor is in planning); processing (the window reaches into the last 8 hours); offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no open-area sensors on the floor); no_value (no value in this window only).</source>
        <translation>likely_reason&#xa0;: la meilleure estimation de l&apos;application, et non de l&apos;API&#xa0;: complete (complet)&#xa0;; planning (l&apos;étage est en préparation)&#xa0;; processing (la fenêtre empiète sur les 8 dernières heures)&#xa0;; offline_or_missing (autres cas&#xa0;: capteurs hors ligne ou données manquantes)&#xa0;; not_applicable (aucun capteur Open Area à l&apos;étage)&#xa0;; no_value (aucune valeur dans cette fenêtre uniquement).</translation>
    </message>
    <message>
        <source>Data completeness by floor</source>
        <translation>Complétude des données par étage</translation>
    </message>
</context>
<context>
    <name>Density::DateRanges</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Dernier mois complet</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>Density::DensityClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https://%1.</source>
        <translation>Une adresse http:// simple n&apos;est autorisée que pour cet ordinateur (bouclage local)&#xa0;; utilisez https://%1.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported, not %1.</source>
        <translation>Seules les adresses de serveur https:// sont prises en charge, pas %1.</translation>
    </message>
    <message>
        <source>Filter sensors by serial numbers or by spaces, not both: the API rejects the combination.</source>
        <translation>Filtrez les capteurs par numéro de série ou par espace, mais pas les deux&#xa0;: l&apos;API refuse cette combinaison.</translation>
    </message>
</context>
<context>
    <name>Density::DoorwayModel</name>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>%1 (sensor placement %2)</source>
        <extracomment>%1 space name, %2 the API&apos;s sensor_placement (which side the sensor is on).</extracomment>
        <translation>%1 (position du capteur&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The sensor is not among the sensors loaded for this selection.</source>
        <translation>Le capteur ne fait pas partie des capteurs chargés pour cette sélection.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>État du capteur</translation>
    </message>
    <message>
        <source>Linked spaces</source>
        <translation>Espaces associés</translation>
    </message>
</context>
<context>
    <name>Density::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Density::ExportController</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Données en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, sharp enough for slides.</source>
        <translation>Enregistrer le graphique sous forme d&apos;image PNG, assez nette pour des présentations.</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV, with where they came from.</source>
        <translation>Enregistrer les chiffres du graphique au format CSV, avec leur provenance.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page yet: select a space and let its data load first.</source>
        <translation>Il n&apos;y a encore rien à exporter sur cette page&#xa0;: sélectionnez un espace et attendez le chargement de ses données.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image, so nothing was saved.</source>
        <translation>Impossible de rendre le graphique sous forme d&apos;image&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is no data to write, so nothing was saved.</source>
        <translation>Aucune donnée à écrire&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason.</extracomment>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any file that was there is unchanged.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. Le fichier existant, le cas échéant, n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Density::ExportProvenance</name>
    <message>
        <source>capacity %1</source>
        <translation>capacité %1</translation>
    </message>
    <message>
        <source>capacity 0 (no capacity set)</source>
        <translation>capacité 0 (aucune capacité définie)</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>aucune capacité définie</translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation>aucun fuseau horaire</translation>
    </message>
    <message>
        <source>Space: %1 | %2 | %3 | %4</source>
        <extracomment>%1 space id, %2 name, %3 capacity, %4 time zone.</extracomment>
        <translation>Espace&#xa0;: %1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)</source>
        <extracomment>%1 day names, %2 day numbers, %3 opening hour, %4 closing hour.</extracomment>
        <translation>%1 (jours %2&#xa0;; 0 = dimanche) de %3 à %4 (fin exclue)</translation>
    </message>
    <message>
        <source>Density Dashboard export</source>
        <translation>Export de Density Dashboard</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (both included; as sent to the API)</source>
        <translation>Période&#xa0;: du %1 au %2 (inclus&#xa0;; telle qu&apos;envoyée à l&apos;API)</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Résolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operating hours: %1</source>
        <translation>Heures d&apos;ouverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time zone: UTC (fallback: no time zone set for the space)</source>
        <translation>Fuseau horaire&#xa0;: UTC (par défaut&#xa0;: aucun fuseau horaire défini pour l&apos;espace)</translation>
    </message>
    <message>
        <source>Time zone: %1 (the space&apos;s own)</source>
        <translation>Fuseau horaire&#xa0;: %1 (celui de l&apos;espace)</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Définitions&#xa0;:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>Version de l&apos;application&#xa0;: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exporté le&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Density::HealthTimelineWidget</name>
    <message>
        <source>Healthy</source>
        <translation>En bon état</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Degraded (striped: online, not sending)</source>
        <translation>Dégradé (rayé&#xa0;: en ligne, mais n&apos;envoie rien)</translation>
    </message>
    <message>
        <source>Offline (cross-hatched)</source>
        <translation>Hors ligne (quadrillé)</translation>
    </message>
    <message>
        <source>Unknown (dotted: reported as unknown)</source>
        <translation>Inconnu (pointillé&#xa0;: signalé comme inconnu)</translation>
    </message>
    <message>
        <source>Unknown: no history before the first change</source>
        <translation>Inconnu&#xa0;: aucun historique avant le premier changement</translation>
    </message>
    <message>
        <source>Status already in force when the range starts</source>
        <translation>État déjà en vigueur au début de la période</translation>
    </message>
    <message>
        <source>Unknown (no history before the first change)</source>
        <translation>Inconnu (aucun historique avant le premier changement)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>Capteur %1</translation>
    </message>
    <message>
        <source>%1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>%1 à %2 (heure locale, %3)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status in force at the start of the range (it may have begun earlier).</source>
        <translation>État en vigueur au début de la période (il a pu commencer plus tôt).</translation>
    </message>
    <message>
        <source>Still in force at the end of the range.</source>
        <translation>Toujours en vigueur à la fin de la période.</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>Historique de l&apos;état</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>In the health history&apos;s summary for screen readers: status, duration</extracomment>
        <translation>%1 pendant %2</translation>
    </message>
    <message>
        <source>Sensor %1: %2</source>
        <translation>Capteur %1 : %2</translation>
    </message>
    <message>
        <source>No sensors to show.</source>
        <translation>Aucun capteur à afficher.</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapAdapter</name>
    <message>
        <source>average people</source>
        <translation>personnes en moyenne</translation>
    </message>
    <message>
        <source>people at peak</source>
        <translation>personnes au pic</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% de la capacité</translation>
    </message>
    <message>
        <source>% of the hour in use</source>
        <translation>% de l&apos;heure utilisée</translation>
    </message>
    <message>
        <source>Average occupancy: people present on average during the hour.</source>
        <translation>Occupation moyenne&#xa0;: nombre moyen de personnes présentes pendant l&apos;heure.</translation>
    </message>
    <message>
        <source>Peak occupancy: the most people present at once during the hour.</source>
        <translation>Occupation maximale&#xa0;: nombre maximal de personnes présentes simultanément pendant l&apos;heure.</translation>
    </message>
    <message>
        <source>Average utilization: average occupancy as a percentage of the space&apos;s capacity.</source>
        <translation>Taux d&apos;utilisation moyen&#xa0;: occupation moyenne en pourcentage de la capacité de l&apos;espace.</translation>
    </message>
    <message>
        <source>Share of time used: the percentage of the hour in which at least one person was present.</source>
        <translation>Part du temps utilisé&#xa0;: pourcentage de l&apos;heure pendant lequel au moins une personne était présente.</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>Occupation moyenne</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>Occupation maximale</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Taux d&apos;utilisation moyen</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Part du temps utilisé</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapWidget</name>
    <message>
        <source>Typical week heatmap</source>
        <translation>Carte de chaleur d&apos;une semaine type</translation>
    </message>
    <message>
        <source>Hours in local time (time zone unknown)</source>
        <translation>Heures en heure locale (fuseau horaire inconnu)</translation>
    </message>
    <message>
        <source>Hours in local time, %1</source>
        <translation>Heures en heure locale, %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>weekday, hour start, hour end</comment>
        <translation>%1&#xa0;%2–%3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1&#xa0;: aucune donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>time, value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>time, value, unit</comment>
        <translation>%1&#xa0;: %2&#xa0;%3</translation>
    </message>
    <message numerus="yes">
        <source>(%n week(s))</source>
        <comment>weeks merged into this cell</comment>
        <translation>
            <numerusform>(%n semaine)</numerusform>
            <numerusform>(%n semaines)</numerusform>
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
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>now</source>
        <comment>marks the current weekday and hour</comment>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation>Heure la plus chargée : %1</translation>
    </message>
    <message>
        <source>Quietest hour: %1</source>
        <translation>Heure la plus calme : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the week without data</source>
        <translation>
            <numerusform>%n heure de la semaine sans données</numerusform>
            <numerusform>%n heures de la semaine sans données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::InsecureFileCredentialStore</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged (%2).</source>
        <translation>Le fichier d&apos;identifiants %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;identifiants %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be replaced.</source>
        <translation>Impossible de remplacer le fichier d&apos;identifiants %1.</translation>
    </message>
</context>
<context>
    <name>Density::KeychainCredentialStore</name>
    <message>
        <source>The system keychain did not answer (it may be locked).</source>
        <translation>Le trousseau du système n&apos;a pas répondu (il est peut-être verrouillé).</translation>
    </message>
    <message>
        <source>The system keychain returned another value than the one stored.</source>
        <translation>Le trousseau du système a renvoyé une valeur différente de celle enregistrée.</translation>
    </message>
</context>
<context>
    <name>Density::KioskApp</name>
    <message>
        <source>The kiosk cannot connect to %1: %2</source>
        <translation>Le kiosque ne peut pas se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No connection is set up for this wall screen. Add one that signs in with display credentials (Connect… in the dashboard, or density-cli profile add) and choose it under Settings &gt; Kiosk.</source>
        <translation>Aucune connexion n&apos;est configurée pour cet écran mural. Ajoutez-en une qui se connecte avec des identifiants d&apos;affichage (Se connecter… dans le tableau de bord, ou density-cli profile add) et choisissez-la sous Paramètres &gt; Kiosque.</translation>
    </message>
    <message>
        <source>The connection “%1” signs in with %2. A wall screen signs in only with display credentials, so that it can read presence and never change anything; choose a display connection under Settings &gt; Kiosk.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» se connecte avec&#xa0;: %2. Un écran mural ne se connecte qu&apos;avec des identifiants d&apos;affichage, afin de pouvoir lire la présence sans jamais rien modifier&#xa0;; choisissez une connexion d&apos;affichage sous Paramètres &gt; Kiosque.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not stored on this machine%2. Connect once with that connection to store it.</source>
        <translation>Le secret client de «&#xa0;%1&#xa0;» n&apos;est pas enregistré sur cette machine%2. Connectez-vous une fois avec cette connexion pour l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>Density::KioskController</name>
    <message>
        <source>Looking for this screen&apos;s floors…</source>
        <translation>Recherche des étages de cet écran…</translation>
    </message>
    <message>
        <source>No building with floors was found.</source>
        <translation>Aucun bâtiment avec des étages n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The floors to show could not be found: %1 Trying again.</source>
        <translation>Impossible de trouver les étages à afficher&#xa0;: %1 Nouvelle tentative.</translation>
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
        <translation>Salles de réunion</translation>
    </message>
    <message>
        <source>Phone booths</source>
        <translation>Cabines téléphoniques</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Postes de travail</translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation>Autres espaces</translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorView</name>
    <message>
        <source>Busiest hours today</source>
        <translation>Heures les plus chargées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Occupancy, not booking</source>
        <extracomment>The wall screen shows sensed presence; a free-looking room may still be booked.</extracomment>
        <translation>Occupation réelle, pas les réservations</translation>
    </message>
    <message>
        <source>Sensors show whether people are in a space now; a free space may still be booked.</source>
        <translation>Les capteurs indiquent si des personnes se trouvent actuellement dans un espace&#xa0;; un espace libre peut néanmoins être réservé.</translation>
    </message>
    <message>
        <source>Loading floor…</source>
        <translation>Chargement de l&apos;étage…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>The wall screen&apos;s clock when the floor has no time zone, e.g. &quot;14:32 UTC&quot;</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation>dernier état connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Pas encore assez d&apos;historique</translation>
    </message>
    <message>
        <source>Typical for a %1, from the last four weeks</source>
        <extracomment>Under the busiest hours on the wall screen; %1 is a weekday name</extracomment>
        <translation>Typique pour un %1, sur les quatre dernières semaines</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <extracomment>Appended to &quot;Last updated 14:32&quot;</extracomment>
        <translation>(il y a %1 min)</translation>
    </message>
    <message>
        <source>Waiting for the first update</source>
        <translation>En attente de la première mise à jour</translation>
    </message>
    <message>
        <source>Floor %1 of %2</source>
        <translation>Étage %1 sur %2</translation>
    </message>
    <message>
        <source>Offline since %1 — no data to show yet</source>
        <translation>Hors ligne depuis %1 — aucune donnée à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>No updates since %1 — showing last known state</source>
        <translation>Aucune mise à jour depuis %1 — affichage du dernier état connu</translation>
    </message>
    <message>
        <source>Offline since %1 — showing last known state</source>
        <translation>Hors ligne depuis %1 — affichage du dernier état connu</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Reconnexion automatique.</translation>
    </message>
    <message>
        <source>Reconnecting automatically. (%1)</source>
        <translation>Reconnexion automatique. (%1)</translation>
    </message>
</context>
<context>
    <name>Density::KioskPinPrompt</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Enter the exit PIN, then press Enter.</source>
        <translation>Saisissez le code PIN de sortie, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Code PIN de sortie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Density::KioskSettingsSection</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display id:</source>
        <translation>ID d&apos;&amp;affichage&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Overrides the connection&apos;s display id, which names this screen to Density.</source>
        <translation>Remplace l&apos;ID d&apos;affichage de la connexion, qui identifie cet écran auprès de Density.</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Étages</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Floors to rotate through</source>
        <translation>Étages à faire défiler</translation>
    </message>
    <message>
        <source>Floor ids</source>
        <translation>ID des étages</translation>
    </message>
    <message>
        <source>&amp;Seconds per floor:</source>
        <translation>&amp;Secondes par étage&#xa0;:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Wall theme</source>
        <translation>Thème de l&apos;écran mural</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the schedule</source>
        <translation>Suivre le planning</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Toujours clair</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Toujours sombre</translation>
    </message>
    <message>
        <source>&amp;Light from:</source>
        <translation>C&amp;lair à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Dar&amp;k from:</source>
        <translation>Som&amp;bre à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Awake hours</source>
        <translation>Heures d&apos;activité</translation>
    </message>
    <message>
        <source>After h&amp;ours:</source>
        <translation>En dehors des h&amp;eures&#xa0;:</translation>
    </message>
    <message>
        <source>Stay on</source>
        <translation>Rester allumé</translation>
    </message>
    <message>
        <source>Dim the screen</source>
        <translation>Atténuer l&apos;écran</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Éteindre l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Awake from:</source>
        <translation>Ac&amp;tif de&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;wake until:</source>
        <translation>Actif &amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Awake days:</source>
        <translation>Jours d&apos;activité&#xa0;:</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>Code PIN de sortie</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>Supp&amp;rimer le code PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;peat PIN:</source>
        <translation>Ré&amp;péter le code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Répéter le code PIN</translation>
    </message>
    <message>
        <source>Start the wall screen with density-dashboard --kiosk</source>
        <translation>Lancez l&apos;écran mural avec density-dashboard --kiosk</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Connexion actuelle</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <translation>%1, affichage %2</translation>
    </message>
    <message>
        <source>Unknown connection (%1)</source>
        <translation>Connexion inconnue (%1)</translation>
    </message>
    <message>
        <source>%1 is not in the portfolio open now.</source>
        <translation>%1 ne fait pas partie du portefeuille actuellement ouvert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Separate floor ids with commas: “%1” has a space in it.</source>
        <translation>Séparez les ID d&apos;étages par des virgules&#xa0;: «&#xa0;%1&#xa0;» contient une espace.</translation>
    </message>
    <message>
        <source>Light and dark need different times.</source>
        <translation>Le thème clair et le thème sombre nécessitent des heures différentes.</translation>
    </message>
    <message>
        <source>Choose at least one awake day, or the screen never wakes up.</source>
        <translation>Choisissez au moins un jour d&apos;activité, sinon l&apos;écran ne se réveille jamais.</translation>
    </message>
    <message>
        <source>Awake hours must start and end at different times.</source>
        <translation>Les heures d&apos;activité doivent commencer et finir à des heures différentes.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation>Le code PIN doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field.</source>
        <translation>Saisissez de nouveau le code PIN dans le second champ.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Les deux codes PIN ne correspondent pas.</translation>
    </message>
    <message>
        <source>Checked floors are shown in this order; drag them or use the arrows to change it. None checked: the first building&apos;s floors.</source>
        <translation>Les étages cochés sont affichés dans cet ordre&#xa0;; faites-les glisser ou utilisez les flèches pour le modifier. Aucun coché&#xa0;: les étages du premier bâtiment.</translation>
    </message>
    <message>
        <source>Floor ids separated by commas, in the order they are shown. Empty: the first building&apos;s floors.</source>
        <translation>ID des étages séparés par des virgules, dans l&apos;ordre d&apos;affichage. Vide&#xa0;: les étages du premier bâtiment.</translation>
    </message>
    <message>
        <source>A PIN is set. The new PIN replaces it when you press OK or Apply.</source>
        <translation>Un code PIN est défini. Le nouveau code PIN le remplace lorsque vous cliquez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>No PIN is set. The new PIN is saved when you press OK or Apply.</source>
        <translation>Aucun code PIN n&apos;est défini. Le nouveau code PIN est enregistré lorsque vous cliquez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>A PIN is set. It is removed when you press OK or Apply.</source>
        <translation>Un code PIN est défini. Il est supprimé lorsque vous cliquez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>A PIN is set: leaving the wall screen asks for it.</source>
        <translation>Un code PIN est défini&#xa0;: il est demandé pour quitter l&apos;écran mural.</translation>
    </message>
    <message>
        <source>No PIN is set: anyone at the wall screen can leave it.</source>
        <translation>Aucun code PIN n&apos;est défini&#xa0;: toute personne devant l&apos;écran mural peut le quitter.</translation>
    </message>
    <message>
        <source>&amp;Change PIN…</source>
        <translation>&amp;Modifier le code PIN…</translation>
    </message>
    <message>
        <source>&amp;Set PIN…</source>
        <translation>&amp;Définir un code PIN…</translation>
    </message>
    <message>
        <source>&amp;Keep PIN</source>
        <translation>&amp;Conserver le code PIN</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Conserver le code PIN actuel</translation>
    </message>
    <message>
        <source>Don&apos;t set a PIN</source>
        <translation>Ne pas définir de code PIN</translation>
    </message>
    <message>
        <source>No saved connection signs in as a display yet. Add one with File &gt; Connect to an Account… (sign in with “Display credentials”), or run: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</source>
        <translation>Aucune connexion enregistrée ne se connecte encore en tant qu&apos;affichage. Ajoutez-en une avec Fichier &gt; Se connecter à un compte… (connexion avec «&#xa0;Identifiants d&apos;affichage&#xa0;»), ou exécutez&#xa0;: density-cli profile add NOM --base-url URL --client-id ID --client-secret SECRET --display-id AFFICHAGE</translation>
    </message>
    <message>
        <source>Connections that sign in with display credentials; “Current connection” is the one the dashboard last used.</source>
        <translation>Connexions qui se connectent avec des identifiants d&apos;affichage&#xa0;; «&#xa0;Connexion actuelle&#xa0;» est celle que le tableau de bord a utilisée en dernier.</translation>
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
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>No exit PIN is set for this screen. Ask your administrator.</source>
        <translation>Aucun code PIN de sortie n&apos;est défini pour cet écran. Adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>Code PIN erroné. Trop de tentatives&#xa0;: réessayez dans %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Code PIN erroné. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Showing occupancy on a wall screen</source>
        <translation>Affichage de l&apos;occupation sur un écran mural</translation>
    </message>
</context>
<context>
    <name>Density::KioskSpaceGrid</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Spaces on this floor</source>
        <translation>Espaces de cet étage</translation>
    </message>
    <message>
        <source>%1 Unknown, last: %2</source>
        <extracomment>On a wall-screen tile while offline: now unknown, and the state last seen</extracomment>
        <translation>%1 Inconnu, dernier état&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 available</source>
        <extracomment>Group header on the wall screen, e.g. &quot;Meeting rooms · 3 of 8 available&quot;</extracomment>
        <translation>%1 · %2 disponibles sur %3</translation>
    </message>
    <message>
        <source>(last: %1 available, %2 occupied)</source>
        <extracomment>A folded group on the wall screen while offline, after &quot;? 40 unknown&quot;</extracomment>
        <translation>(dernier état&#xa0;: %1 disponibles, %2 occupés)</translation>
    </message>
    <message>
        <source>No data for this floor yet.</source>
        <translation>Aucune donnée pour cet étage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Connecting to this floor&apos;s sensors…</source>
        <translation>Connexion aux capteurs de cet étage…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n space(s)</source>
        <extracomment>Group header on the wall screen while offline, e.g. &quot;Desks · 24 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n espace</numerusform>
            <numerusform>%1 · %n espaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::LabelForm</name>
    <message>
        <source>The label group this label belongs to</source>
        <translation>Le groupe d&apos;étiquettes auquel appartient cette étiquette</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>The label no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>L&apos;étiquette n&apos;existe plus&#xa0;; elle a peut-être été supprimée ailleurs. Rechargez la liste des étiquettes.</translation>
    </message>
    <message>
        <source>A new label; Apply creates it.</source>
        <translation>Nouvelle étiquette&#xa0;; Appliquer la crée.</translation>
    </message>
    <message>
        <source>(No group)</source>
        <translation>(Aucun groupe)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>Name: %1; group: %2</source>
        <translation>Nom&#xa0;: %1&#xa0;; groupe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Type a name for the new label.</source>
        <translation>Saisissez un nom pour la nouvelle étiquette.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Les espaces au début ou à la fin sont supprimés.</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>Créer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Modifier l&apos;étiquette</translation>
    </message>
    <message>
        <source>Renamed to “%1” and moved to %2.</source>
        <translation>Renommée en «&#xa0;%1&#xa0;» et déplacée vers %2.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommée en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacée vers %1.</translation>
    </message>
    <message>
        <source>Created the label “%1”.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» créée.</translation>
    </message>
    <message>
        <source>created the label “%1” without a group</source>
        <translation>étiquette «&#xa0;%1&#xa0;» créée sans groupe</translation>
    </message>
    <message>
        <source>putting it into %1</source>
        <translation>ajout à %1</translation>
    </message>
    <message>
        <source>Created the label “%1” in %2.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» créée dans %2.</translation>
    </message>
</context>
<context>
    <name>Density::LabelGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The label group no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>Le groupe d&apos;étiquettes n&apos;existe plus&#xa0;; il a peut-être été supprimé ailleurs. Rechargez la liste des étiquettes.</translation>
    </message>
    <message>
        <source>A new, empty label group; Apply creates it.</source>
        <translation>Nouveau groupe d&apos;étiquettes vide&#xa0;; Appliquer le crée.</translation>
    </message>
    <message>
        <source>Type a name for the new label group.</source>
        <translation>Saisissez un nom pour le nouveau groupe d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Les espaces au début ou à la fin sont supprimés.</translation>
    </message>
    <message>
        <source>Create label group</source>
        <translation>Créer le groupe d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Created the label group “%1”.</source>
        <translation>Groupe d&apos;étiquettes «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Rename label group</source>
        <translation>Renommer le groupe d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Density::LabelNameCheck</name>
    <message>
        <source>A label needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>A label group needs a name.</source>
        <translation>Un groupe d&apos;étiquettes doit avoir un nom.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>%1 caractères au maximum&#xa0;; ce nom en compte %2.</translation>
    </message>
    <message>
        <source>A label named “%1” already exists; choose another name.</source>
        <translation>Une étiquette nommée «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A label group named “%1” already exists; choose another name.</source>
        <translation>Un groupe d&apos;étiquettes nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Density::LabelTreeModel</name>
    <message>
        <source>Ungrouped</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <source>Labels that belong to no label group</source>
        <translation>Étiquettes n&apos;appartenant à aucun groupe d&apos;étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Label group “%1”: %n label(s)</source>
        <translation>
            <numerusform>Groupe d&apos;étiquettes «&#xa0;%1&#xa0;»&#xa0;: %n étiquette</numerusform>
            <numerusform>Groupe d&apos;étiquettes «&#xa0;%1&#xa0;»&#xa0;: %n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label “%1” on %n space(s)</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» sur %n espace</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» sur %n espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
</context>
<context>
    <name>Density::LabelsAdminWidget</name>
    <message>
        <source>New &amp;label…</source>
        <translation>Nouvelle é&amp;tiquette…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nouveau &amp;groupe…</translation>
    </message>
    <message>
        <source>Filter labels and groups…</source>
        <translation>Filtrer les étiquettes et les groupes…</translation>
    </message>
    <message>
        <source>Filter labels and groups</source>
        <translation>Filtrer les étiquettes et les groupes</translation>
    </message>
    <message>
        <source>Labels by group</source>
        <translation>Étiquettes par groupe</translation>
    </message>
    <message>
        <source>Create a label, in the group of the current item</source>
        <translation>Créer une étiquette dans le groupe de l&apos;élément actuel</translation>
    </message>
    <message>
        <source>Create an empty label group</source>
        <translation>Créer un groupe d&apos;étiquettes vide</translation>
    </message>
    <message>
        <source>Spaces with this label</source>
        <translation>Espaces portant cette étiquette</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation>Chargement des étiquettes…</translation>
    </message>
    <message>
        <source>✖ Could not load the labels: %1</source>
        <translation>✖ Impossible de charger les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pick a label or a label group on the left to rename it or move it, or create one with New label… or New group…</source>
        <translation>Choisissez une étiquette ou un groupe d&apos;étiquettes à gauche pour le renommer ou le déplacer, ou créez-en un avec Nouvelle étiquette… ou Nouveau groupe…</translation>
    </message>
    <message>
        <source>Discard edits?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The edits in “%1” have not been applied. Discard them?</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» n&apos;ont pas été appliquées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>These labels belong to no label group. Pick one to rename it or to move it into a group.</source>
        <translation>Ces étiquettes n&apos;appartiennent à aucun groupe d&apos;étiquettes. Choisissez-en une pour la renommer ou la déplacer dans un groupe.</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Label group “%1”</source>
        <translation>Groupe d&apos;étiquettes «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>New label group</source>
        <translation>Nouveau groupe d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Spaces with this label (%1)</source>
        <translation>Espaces portant cette étiquette (%1)</translation>
    </message>
    <message>
        <source>No space carries this label.</source>
        <translation>Aucun espace ne porte cette étiquette.</translation>
    </message>
</context>
<context>
    <name>Density::LiveAvailabilityDelegate</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Density::LiveConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Stale: showing last known state</source>
        <translation>Données périmées&#xa0;: affichage du dernier état connu</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Density::LiveFeed</name>
    <message>
        <source>The server offered a stream address that is not a secure WebSocket (wss://) address; it was not used.</source>
        <translation>Le serveur a proposé une adresse de flux qui n&apos;est pas une adresse WebSocket sécurisée (wss://)&#xa0;; elle n&apos;a pas été utilisée.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>La connexion en direct a été fermée.</translation>
    </message>
    <message>
        <source>The live connection failed: %1</source>
        <translation>La connexion en direct a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No snapshot for %1 s (one is due every %2 s); reconnecting.</source>
        <translation>Aucun instantané depuis %1 s (un instantané est attendu toutes les %2 s)&#xa0;; reconnexion.</translation>
    </message>
    <message>
        <source>Two refreshes were missed; the last known state is shown.</source>
        <translation>Deux actualisations ont été manquées&#xa0;; le dernier état connu est affiché.</translation>
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
        <translation>Afficher les espaces sous forme de tableau, avec l&apos;état et le mode de comptage</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show the spaces as tiles</source>
        <translation>Afficher les espaces sous forme de tuiles</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied show whether a sensor sees anyone right now: availability is occupancy, not booking. ? Unknown means the sensor is offline or degraded, or the data is stale (two refreshes missed); such a space is never shown as available, and its last reading reads “last: …”, dimmed.</source>
        <translation>✓ Disponible et ■ Occupé indiquent si un capteur détecte quelqu&apos;un en ce moment&#xa0;: la disponibilité reflète l&apos;occupation, pas les réservations.&#xa0;? Inconnu signifie que le capteur est hors ligne ou dégradé, ou que les données sont périmées (deux actualisations manquées)&#xa0;; un tel espace n&apos;est jamais affiché comme disponible, et sa dernière mesure apparaît en grisé sous la forme «&#xa0;dernier état&#xa0;: …&#xa0;».</translation>
    </message>
    <message>
        <source>The live view of %1 stopped.</source>
        <translation>La vue en direct de %1 s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The live view of %1 stopped. %2</source>
        <translation>La vue en direct de %1 s&apos;est arrêtée. %2</translation>
    </message>
    <message>
        <source>Select a floor, or a room on it, to see its spaces live.</source>
        <translation>Sélectionnez un étage, ou une salle de cet étage, pour voir ses espaces en direct.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Espaces en ce moment</translation>
    </message>
    <message>
        <source>Spaces right now, as tiles</source>
        <translation>Espaces en ce moment, en vignettes</translation>
    </message>
</context>
<context>
    <name>Density::LivePresenceModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Presence / count</source>
        <translation>Présence / nombre</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Mode de comptage</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
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
        <translation>dernier état&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Density::MainWindow</name>
    <message>
        <source>Loading spaces…</source>
        <translation>Chargement des espaces…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to an Account…</source>
        <translation>Se &amp;connecter à un compte…</translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation>C&amp;hanger de connexion</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Portfolio</source>
        <translation>Ouvrir le portefeuille de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Spaces Panel</source>
        <translation>Panneau &amp;Espaces</translation>
    </message>
    <message>
        <source>&amp;Find Space</source>
        <translation>&amp;Rechercher un espace</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Density Dashboard</source>
        <translation>À &amp;propos de Density Dashboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The demo portfolio is not available in this build.</source>
        <translation>Le portefeuille de démonstration n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated) at %1</source>
        <extracomment>Exports&apos; provenance: %1 the simulator&apos;s address on this computer.</extracomment>
        <translation>Portefeuille de démonstration (simulé) sur %1</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated)</source>
        <translation>Portefeuille de démonstration (simulé)</translation>
    </message>
    <message>
        <source>A simulated organization served on this computer at %1</source>
        <translation>Une organisation simulée, servie sur cet ordinateur à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Exports&apos; provenance: %1 the API&apos;s address (the API does not name the organization).</extracomment>
        <translation>API Density à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Exports&apos; provenance and the activity log: %1 the profile&apos;s name, %2 the API&apos;s address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These spaces were not found: %1.</source>
        <translation>Ces espaces sont introuvables&#xa0;: %1.</translation>
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
        <translation>Portefeuille de démonstration — Density Dashboard</translation>
    </message>
    <message>
        <source>%1 — Density Dashboard</source>
        <translation>%1 — Density Dashboard</translation>
    </message>
    <message>
        <source>About Density Dashboard</source>
        <translation>À propos de Density Dashboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for Density occupancy sensors: occupancy, utilization and time used, with the time basis and data quality behind every number.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de bureau pour les capteurs d&apos;occupation Density&#xa0;: occupation, taux d&apos;utilisation et durée d&apos;utilisation, avec la base temporelle et la qualité des données derrière chaque chiffre.&lt;/p&gt;&lt;p&gt;Distribué sous licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Density::MetricChartBuilder</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date pattern (QDate::toString) of a day label on a chart of up to two weeks.</extracomment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
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
        <translation>Sélectionnez un espace, ou jusqu&apos;à 8 pour les comparer, dans le panneau Espaces.</translation>
    </message>
    <message>
        <source>The time basis of every number on this page: the range, the resolution, the operating hours and the time zone.</source>
        <translation>La base temporelle de chaque chiffre de cette page&#xa0;: la période, la résolution, les heures d&apos;ouverture et le fuseau horaire.</translation>
    </message>
    <message>
        <source>The data could not be loaded: %1</source>
        <translation>Impossible de charger les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the chart.</source>
        <translation>Chargement annulé. Actualiser (F5) charge le graphique.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the chart still shows the previous query. Refresh (F5) loads the new one.</source>
        <translation>Chargement annulé&#xa0;; le graphique affiche encore la requête précédente. Actualiser (F5) charge la nouvelle.</translation>
    </message>
    <message>
        <source>The range&apos;s last day is before its first; choose another range.</source>
        <translation>Le dernier jour de la période précède le premier&#xa0;; choisissez une autre période.</translation>
    </message>
    <message>
        <source>Not connected: open the demo portfolio or connect to an account.</source>
        <translation>Non connecté&#xa0;: ouvrez le portefeuille de démonstration ou connectez-vous à un compte.</translation>
    </message>
    <message numerus="yes">
        <source>%1: rolled up from %n of its spaces</source>
        <translation>
            <numerusform>%1&#xa0;: agrégé à partir de %n de ses espaces</numerusform>
            <numerusform>%1&#xa0;: agrégé à partir de %n de ses espaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a capacity, left out of utilization)</source>
        <translation>
            <numerusform> (%n sans capacité, exclu du taux d&apos;utilisation)</numerusform>
            <numerusform> (%n sans capacité, exclus du taux d&apos;utilisation)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <source>%1: the API returned no data in this range.</source>
        <translation>%1&#xa0;: l&apos;API n&apos;a renvoyé aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>Rolled up on this computer: occupancy is the sum of the spaces, the peak an upper bound (their peaks added up), time used a lower bound (the busiest space).</source>
        <translation>Agrégé sur cet ordinateur&#xa0;: l&apos;occupation est la somme des espaces, le pic une borne supérieure (somme de leurs pics), la durée d&apos;utilisation une borne inférieure (l&apos;espace le plus utilisé).</translation>
    </message>
    <message>
        <source>Times are each space&apos;s local time, so 09:00 lines up with 09:00.</source>
        <translation>Les heures sont l&apos;heure locale de chaque espace&#xa0;: 09:00 est donc aligné sur 09:00.</translation>
    </message>
    <message>
        <source>A gap in a line is time without data or outside the operating hours; it is never drawn as 0.</source>
        <translation>Une interruption dans une courbe correspond à une période sans données ou en dehors des heures d&apos;ouverture&#xa0;; elle n&apos;est jamais tracée comme 0.</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (heure locale)</translation>
    </message>
    <message>
        <source>%1

Basis: %2.
%3</source>
        <extracomment>Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.</extracomment>
        <translation>%1

Base&#xa0;: %2.
%3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Peak: the most people counted at any moment (occupancy_max) in a bucket with data. &quot;3+&quot; means the sensor counts up to 3, so there were at least 3.</source>
        <translation>Pic&#xa0;: le nombre maximal de personnes comptées à un instant donné (occupancy_max) dans un intervalle avec données. «&#xa0;3+&#xa0;» signifie que le capteur compte jusqu&apos;à 3&#xa0;; il y avait donc au moins 3 personnes.</translation>
    </message>
    <message>
        <source>Average: the number of people present on average within the operating hours, each bucket weighted by its length.</source>
        <translation>Moyenne&#xa0;: le nombre moyen de personnes présentes pendant les heures d&apos;ouverture, chaque intervalle étant pondéré par sa durée.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours, e.g. &quot;3.5 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No operating day</source>
        <translation>Aucun jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>Hours used per operating day: the hours with at least one person present, divided by the %1 operating days of the range.</source>
        <translation>Heures utilisées par jour d&apos;ouverture&#xa0;: les heures avec au moins une personne présente, divisées par les %1 jours d&apos;ouverture de la période.</translation>
    </message>
    <message>
        <source>Share of time used: the part of the measured operating hours with at least one person present.</source>
        <translation>Part du temps utilisé&#xa0;: la part des heures d&apos;ouverture mesurées pendant laquelle au moins une personne était présente.</translation>
    </message>
    <message>
        <source>Data completeness: the share of the time the sensors were online (up_time), offline stretches counted as 0. Buckets at 80% or less are shaded as low quality.</source>
        <translation>Complétude des données&#xa0;: la part du temps pendant laquelle les capteurs étaient en ligne (up_time), les périodes hors ligne comptant pour 0. Les intervalles à 80&#xa0;% ou moins sont grisés comme de qualité faible.</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Provenance when no organization name is known: %1 the API&apos;s address.</extracomment>
        <translation>API Density à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4</source>
        <translation>Les espaces %1 ont été demandés pour les mêmes jours locaux dans leur propre fuseau horaire %2&#xa0;: du %3 au %4</translation>
    </message>
    <message>
        <source>(none set; UTC)</source>
        <translation>(aucun défini&#xa0;; UTC)</translation>
    </message>
    <message>
        <source>%1: utilization divides by %2, the sum of its spaces&apos; capacities.</source>
        <translation>%1&#xa0;: le taux d&apos;utilisation est divisé par %2, la somme des capacités de ses espaces.</translation>
    </message>
    <message>
        <source>-and-%1-more</source>
        <extracomment>File name part for compared spaces: &quot;-and-2-more&quot;. Plain ASCII.</extracomment>
        <translation>-et-%1-autres</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <extracomment>Accessible name of a chart, e.g. &quot;Occupancy (people) chart&quot;</extracomment>
        <translation>Graphique : %1</translation>
    </message>
</context>
<context>
    <name>Density::MetricRules</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number (75 for 75 percent).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>aucune capacité définie</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation>moins de 60&#xa0;%</translation>
    </message>
    <message>
        <source>60–100%</source>
        <translation>60–100&#xa0;%</translation>
    </message>
    <message>
        <source>over 100%</source>
        <translation>plus de 100&#xa0;%</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A capped peak: the sensor counted at least %1 people (&quot;3+&quot;).</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>missing data</source>
        <translation>données manquantes</translation>
    </message>
    <message>
        <source>sensors offline</source>
        <translation>capteurs hors ligne</translation>
    </message>
    <message>
        <source>low quality</source>
        <translation>qualité faible</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>No data yet: this period has not happened.</source>
        <translation>Pas encore de données&#xa0;: cette période n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>No data: the API returned nothing for this period.</source>
        <translation>Aucune donnée&#xa0;: l&apos;API n&apos;a rien renvoyé pour cette période.</translation>
    </message>
    <message>
        <source>No data: the sensors were offline for the whole period.</source>
        <translation>Aucune donnée&#xa0;: les capteurs étaient hors ligne pendant toute la période.</translation>
    </message>
    <message>
        <source>Low quality: the sensors were online for %1 of this period (80% or less).</source>
        <translation>Qualité faible&#xa0;: les capteurs étaient en ligne pendant %1 de cette période (80&#xa0;% ou moins).</translation>
    </message>
    <message>
        <source>Incomplete: the sensors were online for %1 of this period.</source>
        <translation>Incomplet&#xa0;: les capteurs étaient en ligne pendant %1 de cette période.</translation>
    </message>
    <message>
        <source>Nobody was counted, with the sensors online throughout.</source>
        <translation>Personne n&apos;a été compté, les capteurs étant en ligne pendant toute la période.</translation>
    </message>
    <message>
        <source>Complete data.</source>
        <translation>Données complètes.</translation>
    </message>
</context>
<context>
    <name>Density::OccupancyPage</name>
    <message>
        <source>%1, average</source>
        <translation>%1, moyenne</translation>
    </message>
    <message>
        <source>%1, peak</source>
        <translation>%1, pic</translation>
    </message>
    <message>
        <source>%1, capped peak</source>
        <translation>%1, pic plafonné</translation>
    </message>
    <message>
        <source>@yPoint+</source>
        <extracomment>Point label of a capped peak: @yPoint is the sensor&apos;s counting limit (&quot;3+&quot;).</extracomment>
        <translation>@yPoint+</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Heures utilisées par jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Part du temps utilisé</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Complétude des données</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <extracomment>Tooltip values of one bucket: %1 average people, %2 peak (&quot;3+&quot; when capped).</extracomment>
        <translation>moyenne %1 · pic %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pic</translation>
    </message>
    <message>
        <source>capped peak: at least this many (&quot;3+&quot;)</source>
        <translation>pic plafonné&#xa0;: au moins ce nombre («&#xa0;3+&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHours</name>
    <message>
        <source>Days are numbers from 0 (Sunday) to 6 (Saturday), not &quot;%1&quot;.</source>
        <translation>Les jours sont des nombres de 0 (dimanche) à 6 (samedi), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Hours look like 8-18, not &quot;%1&quot;.</source>
        <translation>Les heures s&apos;écrivent sous la forme 8-18, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Operating hours need at least one day and a start hour before the end hour (0-24).</source>
        <translation>Les heures d&apos;ouverture nécessitent au moins un jour et une heure de début antérieure à l&apos;heure de fin (0-24).</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHoursDialog</name>
    <message>
        <source>Operating hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Only these days and hours count towards averages, peaks and time used. Hours are local time in each space&apos;s own time zone.</source>
        <translation>Seuls ces jours et ces heures sont pris en compte dans les moyennes, les pics et la durée d&apos;utilisation. Les heures sont en heure locale, dans le fuseau horaire propre à chaque espace.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Monday to Friday, 08:00 to 18:00</source>
        <translation>Du lundi au vendredi, de 08:00 à 18:00</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>Pris en compte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Density::OverviewPage</name>
    <message>
        <source>Select a space in the Spaces panel to see its details. Ctrl+click or Shift+click to compare up to 8 spaces.</source>
        <translation>Sélectionnez un espace dans le panneau Espaces pour afficher ses informations. Ctrl+clic ou Maj+clic pour comparer jusqu&apos;à 8 espaces.</translation>
    </message>
    <message>
        <source>No capacity set (the capacity is 0)</source>
        <translation>Aucune capacité définie (la capacité est 0)</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Aucune capacité définie</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Not set (times are shown in UTC)</source>
        <translation>Non défini (les heures sont affichées en UTC)</translation>
    </message>
    <message>
        <source>Counting mode:</source>
        <translation>Mode de comptage&#xa0;:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Space id:</source>
        <translation>ID de l&apos;espace&#xa0;:</translation>
    </message>
    <message>
        <source>Utilization needs a capacity above 0; set one in the space&apos;s settings.</source>
        <translation>Le taux d&apos;utilisation nécessite une capacité supérieure à 0&#xa0;; définissez-la dans les paramètres de l&apos;espace.</translation>
    </message>
    <message>
        <source>Selected spaces</source>
        <translation>Espaces sélectionnés</translation>
    </message>
</context>
<context>
    <name>Density::PageTabs</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
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
        <translation>&amp;Métrique&#xa0;:</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to see its typical week.</source>
        <translation>Sélectionnez un espace dans le panneau Espaces pour voir sa semaine type.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the typical week again.</source>
        <translation>Chargement annulé. Actualiser (F5) recharge la semaine type.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>Non connecté. Ouvrez le portefeuille de démonstration ou connectez-vous à un compte.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>Le dernier jour de la période ne doit pas précéder le premier.</translation>
    </message>
    <message>
        <source>%1 has no capacity set, so its utilization cannot be computed. Choose another metric, or set the space&apos;s capacity.</source>
        <translation>Aucune capacité n&apos;est définie pour %1&#xa0;; son taux d&apos;utilisation ne peut donc pas être calculé. Choisissez une autre métrique ou définissez la capacité de l&apos;espace.</translation>
    </message>
    <message>
        <source>Loading the typical week…</source>
        <translation>Chargement de la semaine type…</translation>
    </message>
    <message>
        <source>The typical week could not be loaded.</source>
        <translation>Impossible de charger la semaine type.</translation>
    </message>
    <message numerus="yes">
        <source>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</source>
        <translation>
            <numerusform>La période sélectionnée (%1) est plus courte qu&apos;une semaine&#xa0;; %n semaine complète, la dernière, est donc utilisée.</numerusform>
            <numerusform>La période sélectionnée (%1) est plus courte qu&apos;une semaine&#xa0;; les %n dernières semaines complètes sont donc utilisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; a typical week shows one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n espace est sélectionné&#xa0;; une semaine type affiche un espace à la fois&#xa0;: le premier, %1.</numerusform>
            <numerusform>%n espaces sont sélectionnés&#xa0;; une semaine type affiche un espace à la fois&#xa0;: le premier, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no time zone set: the hours are in UTC, not local time.</source>
        <translation>Aucun fuseau horaire n&apos;est défini pour %1&#xa0;: les heures sont en UTC, et non en heure locale.</translation>
    </message>
    <message>
        <source>Some peaks reached the sensor&apos;s counting limit (&quot;3+&quot;): those hours had at least the number shown.</source>
        <translation>Certains pics ont atteint la limite de comptage du capteur («&#xa0;3+&#xa0;»)&#xa0;: ces heures comptaient au moins le nombre affiché.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Typical week</source>
        <translation>Semaine type</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour in the space&apos;s local time, merged over the weeks of the range.</source>
        <translation>Occupation par jour de la semaine et par heure, en heure locale de l&apos;espace, regroupée sur les semaines de la période.</translation>
    </message>
    <message>
        <source>Typical week: %1</source>
        <translation>Semaine type&#xa0;: %1</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>une semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>un jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (fuseau horaire de l&apos;espace)</translation>
    </message>
    <message>
        <source>%1 by weekday and hour, averaged over %2: %3.</source>
        <extracomment>%1 metric (&quot;Average occupancy&quot;), %2 &quot;8 weeks&quot;, %3 date range.</extracomment>
        <translation>%1 par jour de la semaine et par heure, moyenne sur %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Hours are local time in %1. Hourly data; the operating hours are not applied, so every hour of the week is shown.</source>
        <translation>Heures locales dans le fuseau %1. Données horaires&#xa0;; les heures d&apos;ouverture ne sont pas appliquées, toutes les heures de la semaine sont donc affichées.</translation>
    </message>
    <message>
        <source>Colours run from the 5th to the 95th percentile of the cells; hatched grey is no data.</source>
        <translation>Les couleurs vont du 5e au 95e centile des cellules&#xa0;; le gris hachuré signifie aucune donnée.</translation>
    </message>
    <message>
        <source>Hover a cell for its value and how many weeks it merges.</source>
        <translation>Survolez une cellule pour voir sa valeur et le nombre de semaines qu&apos;elle regroupe.</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exporté le %1 (%2) avec Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or the data&apos;s range when those are equal).</source>
        <translation>Échelle de couleurs de l&apos;image&#xa0;: de %1 à %2&#xa0;%3 (du 5e au 95e centile des cellules, ou l&apos;étendue des données lorsque ceux-ci sont égaux).</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>Unité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Rows are local weekdays, columns local hours (the hour starting at the time shown). A cell is the mean of that weekday and hour over the weeks of the range; empty means no data (sensors offline, data not yet arrived, or nothing sent).</source>
        <translation>Les lignes sont les jours de la semaine locaux, les colonnes les heures locales (l&apos;heure commençant à l&apos;heure indiquée). Une cellule est la moyenne de ce jour et de cette heure sur les semaines de la période&#xa0;; vide signifie aucune donnée (capteurs hors ligne, données pas encore arrivées ou rien envoyé).</translation>
    </message>
    <message>
        <source>Low up_time hours (at most 0.8) are included with the counts they have.</source>
        <translation>Les heures à up_time faible (0,8 au plus) sont incluses avec les comptages disponibles.</translation>
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
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>The connection works but could not be saved: %1</source>
        <translation>La connexion fonctionne mais n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>That connection profile no longer exists.</source>
        <translation>Ce profil de connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Could not read the secret of “%1”: %2 Connect again with File &gt; Connect to an Account.</source>
        <extracomment>%1 the profile&apos;s name, %2 why its secret could not be read.</extracomment>
        <translation>Impossible de lire le secret de «&#xa0;%1&#xa0;»&#xa0;: %2 Reconnectez-vous avec Fichier &gt; Se connecter à un compte.</translation>
    </message>
</context>
<context>
    <name>Density::ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>L&apos;ID de profil «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Aucun magasin d&apos;identifiants n&apos;est disponible.</translation>
    </message>
</context>
<context>
    <name>Density::ProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Edit Sign-in…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hanger…</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation>&amp;Supprimer la connexion…</translation>
    </message>
    <message>
        <source>Store secrets in a plain file on this computer (not encrypted)</source>
        <translation>Enregistrer les secrets dans un fichier en clair sur cet ordinateur (non chiffré)</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>Gérer les connexions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Change the server or the credentials; the secret is kept in the credential store, never in the settings file.</source>
        <translation>Modifier le serveur ou les identifiants&#xa0;; le secret est conservé dans le magasin d&apos;identifiants, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Heures d&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Operating hours used for new queries of this connection</source>
        <translation>Heures d&apos;ouverture utilisées pour les nouvelles requêtes de cette connexion</translation>
    </message>
    <message>
        <source>Use the app&apos;s default operating hours (File &gt; Settings)</source>
        <translation>Utiliser les heures d&apos;ouverture par défaut de l&apos;application (Fichier &gt; Paramètres)</translation>
    </message>
    <message>
        <source>Space to open first:</source>
        <translation>Espace à ouvrir en premier&#xa0;:</translation>
    </message>
    <message>
        <source>Space to open first</source>
        <translation>Espace à ouvrir en premier</translation>
    </message>
    <message>
        <source>Space id (spc_…); empty for none</source>
        <translation>ID d&apos;espace (spc_…)&#xa0;; vide pour aucun</translation>
    </message>
    <message>
        <source>Space id to open first</source>
        <translation>ID de l&apos;espace à ouvrir en premier</translation>
    </message>
    <message>
        <source>Where secrets are stored</source>
        <translation>Emplacement des secrets</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A profile in the Manage Connections list: %1 is its name.</extracomment>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <extracomment>%1 the sign-in kind (&quot;OAuth client credentials&quot;), %2 the client id.</extracomment>
        <translation>%1, client %2</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <extracomment>%1 the sign-in kind and client, %2 the display id.</extracomment>
        <translation>%1, affichage %2</translation>
    </message>
    <message>
        <source>None: the app&apos;s default (File &gt; Settings)</source>
        <translation>Aucune&#xa0;: valeur par défaut de l&apos;application (Fichier &gt; Paramètres)</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Une connexion doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Une autre connexion s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <extracomment>%1 the connection&apos;s new name.</extracomment>
        <translation>Renommée en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Operating hours saved.</source>
        <translation>Heures d&apos;ouverture enregistrées.</translation>
    </message>
    <message>
        <source>This connection now uses the app&apos;s default hours.</source>
        <translation>Cette connexion utilise désormais les heures par défaut de l&apos;application.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No space opens first.</source>
        <translation>Aucun espace n&apos;est ouvert en premier.</translation>
    </message>
    <message>
        <source>The space to open first is saved.</source>
        <translation>L&apos;espace à ouvrir en premier est enregistré.</translation>
    </message>
    <message>
        <source>None: the app opens without a space selected.</source>
        <translation>Aucun&#xa0;: l&apos;application s&apos;ouvre sans espace sélectionné.</translation>
    </message>
    <message>
        <source>Opens “%1”.</source>
        <extracomment>%1 the space&apos;s name with its ancestors (&quot;HQ &gt; Floor 2 &gt; Room 4&quot;).</extracomment>
        <translation>Ouvre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not among this organization&apos;s loaded spaces; the id is kept as typed.</source>
        <translation>Ne fait pas partie des espaces chargés de cette organisation&#xa0;; l&apos;ID est conservé tel que saisi.</translation>
    </message>
    <message>
        <source>The space&apos;s name shows here while this connection is in use.</source>
        <translation>Le nom de l&apos;espace s&apos;affiche ici lorsque cette connexion est utilisée.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <extracomment>%1 the connection&apos;s name.</extracomment>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its saved secret is deleted too; you would need the token or client secret to connect to it again.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Son secret enregistré est également supprimé&#xa0;; il vous faudrait le jeton ou le secret client pour vous y reconnecter.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 the credential store&apos;s error.</extracomment>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais son secret n&apos;a pas pu être effacé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <extracomment>The title of the Connect dialog when it edits a saved connection; %1 its name.</extracomment>
        <translation>Authentification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1); enter it again.</source>
        <translation>Impossible de lire le secret enregistré (%1)&#xa0;; saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>That connection was removed meanwhile.</source>
        <translation>Cette connexion a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be saved: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 why saving failed.</extracomment>
        <translation>Impossible d&apos;enregistrer l&apos;authentification de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1” saved.</source>
        <translation>Authentification de «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Secrets are stored in: not decided yet (the system keychain is being checked).</source>
        <translation>Emplacement des secrets&#xa0;: pas encore déterminé (vérification du trousseau du système en cours).</translation>
    </message>
    <message>
        <source>Secrets are stored in: the system keychain.</source>
        <translation>Emplacement des secrets&#xa0;: le trousseau du système.</translation>
    </message>
    <message>
        <source>Secrets are stored in: this session only.</source>
        <translation>Emplacement des secrets&#xa0;: cette session uniquement.</translation>
    </message>
    <message>
        <source>Secrets are stored in: a plain file (insecure).</source>
        <translation>Emplacement des secrets&#xa0;: un fichier en clair (non sécurisé).</translation>
    </message>
    <message>
        <source>Store Secrets in a Plain File?</source>
        <translation>Enregistrer les secrets dans un fichier en clair&#xa0;?</translation>
    </message>
    <message>
        <source>Tokens and client secrets will be written unencrypted to a file in your home folder. Anyone who can read your files or your backups can use them to reach your Density organizations. Only do this on a computer that you alone use.

Store secrets in a plain file?</source>
        <translation>Les jetons et les secrets client seront écrits sans chiffrement dans un fichier de votre dossier personnel. Toute personne pouvant lire vos fichiers ou vos sauvegardes pourra les utiliser pour accéder à vos organisations Density. Ne faites cela que sur un ordinateur que vous êtes seul à utiliser.

Enregistrer les secrets dans un fichier en clair&#xa0;?</translation>
    </message>
    <message>
        <source>Secrets will be stored in a plain file from now on.</source>
        <translation>Les secrets seront désormais enregistrés dans un fichier en clair.</translation>
    </message>
    <message>
        <source>Secrets will no longer be stored in a plain file.</source>
        <translation>Les secrets ne seront plus enregistrés dans un fichier en clair.</translation>
    </message>
</context>
<context>
    <name>Density::ProgressBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading window %1 of %2</source>
        <translation>Chargement de la fenêtre %1 sur %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Density::QueryBar</name>
    <message>
        <source>&amp;Operating hours…</source>
        <translation>&amp;Heures d&apos;ouverture…</translation>
    </message>
    <message>
        <source>&quot;Last 7 days&quot; and &quot;Last 30 days&quot; are complete days before today, in the space&apos;s time zone.</source>
        <translation>«&#xa0;7 derniers jours&#xa0;» et «&#xa0;30 derniers jours&#xa0;» sont des jours complets avant aujourd&apos;hui, dans le fuseau horaire de l&apos;espace.</translation>
    </message>
    <message>
        <source>First day, in the space&apos;s time zone</source>
        <translation>Premier jour, dans le fuseau horaire de l&apos;espace</translation>
    </message>
    <message>
        <source>Last day (included), in the space&apos;s time zone</source>
        <translation>Dernier jour (inclus), dans le fuseau horaire de l&apos;espace</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Ré&amp;solution&#xa0;:</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Heures d&apos;ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>Le dernier jour ne doit pas précéder le premier.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
</context>
<context>
    <name>Density::RawReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
</context>
<context>
    <name>Density::Rollup</name>
    <message>
        <source>Rolled up on this computer from its spaces&apos; rows (combined: %1). Occupancy is their sum, the peak an upper bound (each space&apos;s own peak added up) and time used a lower bound (the busiest space).</source>
        <translation>Agrégé sur cet ordinateur à partir des lignes de ses espaces (combinés&#xa0;: %1). L&apos;occupation est leur somme, le pic une borne supérieure (somme des pics de chaque espace) et la durée d&apos;utilisation une borne inférieure (l&apos;espace le plus utilisé).</translation>
    </message>
    <message>
        <source>Spaces without a capacity left out of utilization: %1.</source>
        <translation>Espaces sans capacité exclus du taux d&apos;utilisation&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</source>
        <translation>
            <numerusform>%n espace a atteint le plafond de comptage de son capteur (3+)&#xa0;; les nombres réels peuvent donc être supérieurs à la somme affichée.</numerusform>
            <numerusform>%n espaces ont atteint le plafond de comptage de leur capteur (3+)&#xa0;; les nombres réels peuvent donc être supérieurs à la somme affichée.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space has a capacity set, so there is no utilization.</source>
        <translation>Aucun espace n&apos;a de capacité définie&#xa0;; il n&apos;y a donc pas de taux d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>Density::ScreenSaverInhibitor</name>
    <message>
        <source>Windows refused to keep the display on (SetThreadExecutionState).</source>
        <translation>Windows a refusé de maintenir l&apos;écran allumé (SetThreadExecutionState).</translation>
    </message>
    <message>
        <source>macOS refused to keep the display on (IOPMAssertion error %1).</source>
        <translation>macOS a refusé de maintenir l&apos;écran allumé (erreur IOPMAssertion %1).</translation>
    </message>
    <message>
        <source>No D-Bus session bus, so the screen saver cannot be held off: %1</source>
        <translation>Pas de bus de session D-Bus&#xa0;; l&apos;économiseur d&apos;écran ne peut donc pas être retardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session has no screen saver service to hold off: %1</source>
        <translation>La session ne dispose d&apos;aucun service d&apos;économiseur d&apos;écran à retarder&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keeping the screen awake is not supported on this platform.</source>
        <translation>Le maintien de l&apos;écran allumé n&apos;est pas pris en charge sur cette plateforme.</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthModel</name>
    <message>
        <source>No sensors in this selection</source>
        <translation>Aucun capteur dans cette sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 sensor offline</source>
        <translation>
            <numerusform>%n capteur sur 1 hors ligne</numerusform>
            <numerusform>%n capteurs sur 1 hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sensors offline</source>
        <translation>
            <numerusform>%n capteur sur %1 hors ligne</numerusform>
            <numerusform>%n capteurs sur %1 hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degraded</source>
        <translation>
            <numerusform>, %n dégradé</numerusform>
            <numerusform>, %n dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>, %n inconnu</numerusform>
            <numerusform>, %n inconnus</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>En bon état</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Reported as &quot;%1&quot;</source>
        <translation>Signalé comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation>Type de capteur</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last status change</source>
        <translation>Dernier changement d&apos;état</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthPage</name>
    <message>
        <source>Sensors</source>
        <translation>Capteurs</translation>
    </message>
    <message>
        <source>Doorways</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Loading sensors and their health…</source>
        <translation>Chargement des capteurs et de leur état…</translation>
    </message>
    <message>
        <source>Sensor health could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;état des capteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Doorways could not be loaded: %1</source>
        <translation>Impossible de charger les passages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Doorways (%1)</source>
        <translation>Passages (%1)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradés</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Health history:</source>
        <translation>Historique d&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the history range.</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>Filter by doorway, sensor or space</source>
        <translation>Filtrer par passage, capteur ou espace</translation>
    </message>
    <message>
        <source>Each doorway is one entry point watched by an entry sensor; hover the linked spaces for the sensor&apos;s placement.</source>
        <translation>Chaque passage est un point d&apos;entrée surveillé par un capteur d&apos;entrée&#xa0;; survolez les espaces associés pour voir la position du capteur.</translation>
    </message>
    <message>
        <source>Loading the health history was cancelled.</source>
        <translation>Le chargement de l&apos;historique d&apos;état a été annulé.</translation>
    </message>
    <message>
        <source>The chosen range lies in the future: there is no history for it yet.</source>
        <translation>La période choisie se situe dans le futur&#xa0;: il n&apos;existe pas encore d&apos;historique.</translation>
    </message>
    <message>
        <source>Select one or more sensors in the table (Ctrl or Shift for several) to see their health over time.</source>
        <translation>Sélectionnez un ou plusieurs capteurs dans le tableau (Ctrl ou Maj pour en sélectionner plusieurs) pour voir l&apos;évolution de leur état.</translation>
    </message>
    <message>
        <source>Loading the health history of 1 sensor…</source>
        <translation>Chargement de l&apos;historique d&apos;état d&apos;un capteur…</translation>
    </message>
    <message>
        <source>Loading the health history of %1 sensors…</source>
        <translation>Chargement de l&apos;historique d&apos;état de %1 capteurs…</translation>
    </message>
    <message>
        <source>Health history could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;historique d&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading health history: window 1 of %1</source>
        <translation>Chargement de l&apos;historique d&apos;état&#xa0;: fenêtre 1 sur %1</translation>
    </message>
    <message>
        <source>Loading health history: window %1 of %2</source>
        <translation>Chargement de l&apos;historique d&apos;état&#xa0;: fenêtre %1 sur %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected sensors.</source>
        <translation>Affichage des %1 premiers capteurs sur %2 sélectionnés.</translation>
    </message>
    <message>
        <source>Select a building or floor to see its sensors.</source>
        <translation>Sélectionnez un bâtiment ou un étage pour voir ses capteurs.</translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation>les %1 derniers jours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A date range, e.g. &quot;1 Nov 2026 to 15 Nov 2026&quot;.</extracomment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Loading health history…</source>
        <translation>Chargement de l&apos;historique d&apos;état…</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(at the start of the range)</source>
        <translation>(au début de la période)</translation>
    </message>
    <message>
        <source>Health in %1 (local time, %2):</source>
        <extracomment>%1 e.g. &quot;the last 30 days&quot;, %2 time zone.</extracomment>
        <translation>État (%1, heure locale, %2)&#xa0;:</translation>
    </message>
    <message>
        <source>No health changes in %1.</source>
        <translation>Aucun changement d&apos;état (%1).</translation>
    </message>
    <message>
        <source>Select a sensor to see its network addresses and health history.</source>
        <translation>Sélectionnez un capteur pour voir ses adresses réseau et son historique d&apos;état.</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>Capteur %1</translation>
    </message>
    <message>
        <source>No network addresses reported.</source>
        <translation>Aucune adresse réseau signalée.</translation>
    </message>
    <message>
        <source>Health history from %1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>Historique d&apos;état du %1 au %2 (heure locale, %3)</translation>
    </message>
    <message>
        <source>Sensors and their current health</source>
        <translation>Capteurs et leur état actuel</translation>
    </message>
    <message>
        <source>Sensor health: %1</source>
        <translation>État des capteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exporté le %1 (%2) avec Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Current health as answered by /v3/sensors/health when the table was loaded; the range is that of the health history timeline on the page. Resolution and operating hours do not apply to this table.</source>
        <translation>État actuel tel que renvoyé par /v3/sensors/health lors du chargement du tableau&#xa0;; la période est celle de la chronologie de l&apos;historique d&apos;état affichée sur la page. La résolution et les heures d&apos;ouverture ne s&apos;appliquent pas à ce tableau.</translation>
    </message>
    <message>
        <source>Quick filter: only %1 sensors.</source>
        <translation>Filtre rapide&#xa0;: capteurs «&#xa0;%1&#xa0;» uniquement.</translation>
    </message>
    <message>
        <source>%1 of %2 sensors of the selection are in this file.</source>
        <translation>%1 des %2 capteurs de la sélection figurent dans ce fichier.</translation>
    </message>
    <message>
        <source>One row per sensor installed in the selected spaces, in the order shown.</source>
        <translation>Une ligne par capteur installé dans les espaces sélectionnés, dans l&apos;ordre affiché.</translation>
    </message>
    <message>
        <source>health_status: healthy (online, sending), degraded (online, not sending), offline, or unknown (no certificate, or not in the health answer); as the API spelled it.</source>
        <translation>health_status&#xa0;: healthy (en ligne, envoie des données), degraded (en ligne, n&apos;envoie rien), offline (hors ligne) ou unknown (pas de certificat, ou absent de la réponse sur l&apos;état)&#xa0;; tel qu&apos;écrit par l&apos;API.</translation>
    </message>
    <message>
        <source>last_status_change: as the API sent it (UTC). location_names: the install location (spaces, else floors, else buildings), which is not necessarily what it measures.</source>
        <translation>last_status_change&#xa0;: tel qu&apos;envoyé par l&apos;API (UTC). location_names&#xa0;: l&apos;emplacement d&apos;installation (espaces, sinon étages, sinon bâtiments), qui ne correspond pas nécessairement à ce qu&apos;il mesure.</translation>
    </message>
    <message>
        <source>network_addresses: one entry per interface, separated by &quot; | &quot;.</source>
        <translation>network_addresses&#xa0;: une entrée par interface, séparées par «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historique depuis le</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>Historique jusqu&apos;au</translation>
    </message>
    <message>
        <source>Health history of the selected sensors</source>
        <translation>Historique de l&apos;état des capteurs sélectionnés</translation>
    </message>
    <message>
        <source>Sensor details</source>
        <translation>Détails du capteur</translation>
    </message>
    <message>
        <source>Filter doorways</source>
        <translation>Filtrer les passages</translation>
    </message>
</context>
<context>
    <name>Density::SeriesSummaries</name>
    <message>
        <source>Buckets with data: %1</source>
        <translation>Intervalles avec données&#xa0;: %1</translation>
    </message>
    <message>
        <source>left out (no data): %1</source>
        <translation>exclus (aucune donnée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>low quality, included: %1</source>
        <translation>qualité faible, inclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the parts of a summary&apos;s basis.</extracomment>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>Density::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosque</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language and theme change as soon as you press Apply or OK.</source>
        <translation>La langue et le thème changent dès que vous cliquez sur Appliquer ou OK.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Default operating hours:</source>
        <translation>Heures d&apos;ouverture par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>The hours every chart page starts with; the query bar can still change them for one question.</source>
        <translation>Les heures avec lesquelles s&apos;ouvre chaque page de graphique&#xa0;; la barre de requête peut toujours les modifier pour une requête donnée.</translation>
    </message>
    <message>
        <source>Offer the &amp;demo portfolio (simulated data, no account needed)</source>
        <translation>Proposer le portefeuille de &amp;démonstration (données simulées, aucun compte requis)</translation>
    </message>
    <message>
        <source>Offers the demo on the welcome screen and in the File menu. Starting the program with --demo always works.</source>
        <translation>Propose la démo sur l&apos;écran d&apos;accueil et dans le menu Fichier. Lancer le programme avec --demo fonctionne toujours.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;Aucun proxy (connexion directe)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot d&amp;e passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>The password is kept in a plain file, as chosen for credentials.</source>
        <translation>Le mot de passe est conservé dans un fichier en clair, comme choisi pour les identifiants.</translation>
    </message>
    <message>
        <source>The password is kept until you quit and never saved to disk.</source>
        <translation>Le mot de passe est conservé jusqu&apos;à la fermeture de l&apos;application et n&apos;est jamais enregistré sur le disque.</translation>
    </message>
    <message>
        <source>Re&amp;quest timeout:</source>
        <translation>Délai d&apos;e&amp;xpiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>How long to wait for each answer before trying again (%1 to %2 seconds).</source>
        <translation>Durée d&apos;attente de chaque réponse avant une nouvelle tentative (de %1 à %2 secondes).</translation>
    </message>
    <message>
        <source>The Kiosk tab has a problem: %1</source>
        <translation>L&apos;onglet Kiosque présente un problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceConflictDialog</name>
    <message>
        <source>Apply &amp;mine anyway</source>
        <translation>Appliquer &amp;ma version quand même</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre leur version</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Space changed meanwhile — %1</source>
        <translation>Espace modifié entre-temps — %1</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet espace après que vous l&apos;avez ouvert. Comparez les deux versions et choisissez celle à conserver.</translation>
    </message>
    <message>
        <source>Theirs, on the server now</source>
        <translation>Leur version, actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Yours, not applied yet</source>
        <translation>Votre version, pas encore appliquée</translation>
    </message>
    <message>
        <source>⚠ %1 (both changed)</source>
        <translation>⚠ %1 (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Send the fields you changed, replacing their values</source>
        <translation>Envoyer les champs que vous avez modifiés, en remplaçant leurs valeurs</translation>
    </message>
    <message>
        <source>Discard your edits and show the values on the server now</source>
        <translation>Abandonner vos modifications et afficher les valeurs actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Send nothing and go back to the form with your input</source>
        <translation>Ne rien envoyer et revenir au formulaire avec votre saisie</translation>
    </message>
    <message>
        <source>%1 marks a value changed since you opened the space. “Apply mine anyway” sends only the fields you changed; their changes to other fields stay. “Take theirs” discards your edits. “Keep editing” sends nothing.</source>
        <translation>%1 signale une valeur modifiée depuis que vous avez ouvert l&apos;espace. «&#xa0;Appliquer ma version quand même&#xa0;» n&apos;envoie que les champs que vous avez modifiés&#xa0;; leurs modifications des autres champs sont conservées. «&#xa0;Prendre leur version&#xa0;» abandonne vos modifications. «&#xa0;Continuer à modifier&#xa0;» n&apos;envoie rien.</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDetails</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IWMS id</source>
        <translation>ID IWMS</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDock</name>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Filter by name, label or function</source>
        <translation>Filtrer par nom, étiquette ou fonction</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Filtrer les espaces</translation>
    </message>
    <message>
        <source>Space hierarchy</source>
        <translation>Hiérarchie des espaces</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time; the first %1 were selected.</source>
        <translation>Vous pouvez comparer jusqu&apos;à %1 espaces à la fois&#xa0;; les %1 premiers ont été sélectionnés.</translation>
    </message>
    <message>
        <source>%1 · %2 selected, %3 hidden by the filter</source>
        <translation>%1 · %2 sélectionnés, %3 masqués par le filtre</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 sélectionnés</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time. %2 more were not added; deselect a space (Ctrl+click) to make room.</source>
        <translation>Vous pouvez comparer jusqu&apos;à %1 espaces à la fois. %2 autres n&apos;ont pas été ajoutés&#xa0;; désélectionnez un espace (Ctrl+clic) pour faire de la place.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Some changes to “%1” have not been applied. Close and discard them?</source>
        <translation>Certaines modifications de «&#xa0;%1&#xa0;» n&apos;ont pas été appliquées. Fermer et les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Edit space — %1</source>
        <translation>Modifier l&apos;espace — %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>How many people the space is meant for; utilization is occupancy divided by this. Leave empty for “not set”.</source>
        <translation>Nombre de personnes prévu pour l&apos;espace&#xa0;; le taux d&apos;utilisation est l&apos;occupation divisée par ce nombre. Laissez vide pour «&#xa0;non défini&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Not set: pick one or type your own</source>
        <translation>Non défini&#xa0;: choisissez une valeur ou saisissez la vôtre</translation>
    </message>
    <message>
        <source>What the space is used for: one of the suggestions or your own words, stored like the API&apos;s values (“quiet_room”).</source>
        <translation>L&apos;usage de l&apos;espace&#xa0;: l&apos;une des suggestions ou vos propres termes, enregistrés comme les valeurs de l&apos;API («&#xa0;quiet_room&#xa0;»).</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>Saisissez une partie du nom d&apos;une ville ou d&apos;une région</translation>
    </message>
    <message>
        <source>The space&apos;s own IANA time zone: local hours, heatmaps and operating hours of this space use it.</source>
        <translation>Le fuseau horaire IANA propre à l&apos;espace&#xa0;: les heures locales, les cartes de chaleur et les heures d&apos;ouverture de cet espace l&apos;utilisent.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>The space&apos;s id in your integrated workplace management system</source>
        <translation>L&apos;ID de l&apos;espace dans votre système intégré de gestion du lieu de travail (IWMS)</translation>
    </message>
    <message>
        <source>&amp;IWMS id:</source>
        <translation>ID &amp;IWMS&#xa0;:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>There is no connection to load from.</source>
        <translation>Aucune connexion à partir de laquelle charger.</translation>
    </message>
    <message>
        <source>Space %1 is not in the organization&apos;s space list (404); it may have been deleted.</source>
        <translation>L&apos;espace %1 ne figure pas dans la liste des espaces de l&apos;organisation (404)&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A space needs a name.</source>
        <translation>Un espace doit avoir un nom.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>%1 caractères au maximum&#xa0;; ce nom en compte %2.</translation>
    </message>
    <message>
        <source>utilization is unavailable for this space (shown as “no capacity set”).</source>
        <translation>le taux d&apos;utilisation n&apos;est pas disponible pour cet espace (affiché comme «&#xa0;aucune capacité définie&#xa0;»).</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Non défini&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capacity 0: %1</source>
        <translation>Capacité 0&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capacity cannot be negative. Leave the field empty for “not set”.</source>
        <translation>La capacité ne peut pas être négative. Laissez le champ vide pour «&#xa0;non défini&#xa0;».</translation>
    </message>
    <message>
        <source>Capacity is a whole number of people, such as 6.</source>
        <translation>La capacité est un nombre entier de personnes, par exemple 6.</translation>
    </message>
    <message>
        <source>At most %1 people; check the number.</source>
        <translation>%1 personnes au maximum&#xa0;; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>Enter a whole number of people, or leave the field empty for “not set”.</source>
        <translation>Saisissez un nombre entier de personnes, ou laissez le champ vide pour «&#xa0;non défini&#xa0;».</translation>
    </message>
    <message>
        <source>Not one of the suggestions; it will be stored as “%1”.</source>
        <translation>Ne fait pas partie des suggestions&#xa0;; sera enregistré sous la forme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not set: this space&apos;s times are shown in UTC.</source>
        <translation>Non défini&#xa0;: les heures de cet espace sont affichées en UTC.</translation>
    </message>
    <message>
        <source>Choose the space&apos;s time zone from the list.</source>
        <translation>Choisissez le fuseau horaire de l&apos;espace dans la liste.</translation>
    </message>
    <message>
        <source>The API&apos;s value is not a known time zone, so this space&apos;s times are shown in UTC. Pick one from the list.</source>
        <translation>La valeur de l&apos;API n&apos;est pas un fuseau horaire connu&#xa0;; les heures de cet espace sont donc affichées en UTC. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Not a known time zone. Did you mean %1?</source>
        <translation>Fuseau horaire inconnu. Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>Not a known time zone: type part of a city or region and pick a zone from the list.</source>
        <translation>Fuseau horaire inconnu&#xa0;: saisissez une partie du nom d&apos;une ville ou d&apos;une région et choisissez un fuseau dans la liste.</translation>
    </message>
    <message>
        <source>Charts of this space will use %1 local time (%2 now).</source>
        <translation>Les graphiques de cet espace utiliseront l&apos;heure locale du fuseau %1 (actuellement %2).</translation>
    </message>
    <message>
        <source>The space&apos;s current values were not loaded, so nothing was sent. Reload first.</source>
        <translation>Les valeurs actuelles de l&apos;espace n&apos;ont pas été chargées&#xa0;; rien n&apos;a donc été envoyé. Rechargez d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing to apply: no field was changed.</source>
        <translation>Rien à appliquer&#xa0;: aucun champ n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Modifier l&apos;espace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checking whether someone else changed the space…</source>
        <translation>Vérification des modifications éventuelles de l&apos;espace par quelqu&apos;un d&apos;autre…</translation>
    </message>
    <message>
        <source>Space %1 was deleted after you opened it (it is no longer in the space list); nothing was sent.</source>
        <translation>L&apos;espace %1 a été supprimé après que vous l&apos;avez ouvert (il ne figure plus dans la liste des espaces)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose to keep editing; nothing was sent.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet espace après que vous l&apos;avez ouvert, et vous avez choisi de continuer à modifier&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose their version; nothing was sent.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet espace après que vous l&apos;avez ouvert, et vous avez choisi sa version&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were discarded.</source>
        <translation>Leur version est affichée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>Appliqué. %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceLabelsForm</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>Filter labels…</source>
        <translation>Filtrer les étiquettes…</translation>
    </message>
    <message>
        <source>Filter labels</source>
        <translation>Filtrer les étiquettes</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Tick a label to put it on this space, untick it to take it off</source>
        <translation>Cochez une étiquette pour l&apos;ajouter à cet espace, décochez-la pour l&apos;en retirer</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>New label name, then Enter</source>
        <translation>Nom de la nouvelle étiquette, puis Entrée</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nom de la nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation>&amp;Créer&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Do not create the selected label</source>
        <translation>Ne pas créer l&apos;étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Labels to create</source>
        <translation>Étiquettes à créer</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>À créer&#xa0;:</translation>
    </message>
    <message>
        <source>Created and put on this space when you apply</source>
        <translation>Créée et ajoutée à cet espace lorsque vous appliquez</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <source>+ will be added</source>
        <translation>+ sera ajoutée</translation>
    </message>
    <message>
        <source>− will be removed</source>
        <translation>− sera retirée</translation>
    </message>
    <message>
        <source>Labels on “%1” now: %2.</source>
        <translation>Étiquettes actuelles de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Labels on “%1” after Apply: %2.
Apply sends one request: add %3, create %4, remove %5.</source>
        <translation>Étiquettes de «&#xa0;%1&#xa0;» après application&#xa0;: %2.
Appliquer envoie une seule requête&#xa0;: ajout de %3, création de %4, retrait de %5.</translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Saisissez d&apos;abord un nom pour la nouvelle étiquette.</translation>
    </message>
    <message>
        <source>The label “%1” already exists: tick it in the list above instead (Enter does that).</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» existe déjà&#xa0;: cochez-la plutôt dans la liste ci-dessus (Entrée le fait).</translation>
    </message>
    <message>
        <source>“%1” is already among the labels to create.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà parmi les étiquettes à créer.</translation>
    </message>
    <message>
        <source>Not in the list yet: Enter adds it; Apply also creates it.</source>
        <translation>Pas encore dans la liste&#xa0;: Entrée l&apos;ajoute&#xa0;; Appliquer la crée également.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Change space labels</source>
        <translation>Modifier les étiquettes de l&apos;espace</translation>
    </message>
    <message>
        <source>Labels changed in one request: %1 added, %2 created, %3 removed.</source>
        <translation>Étiquettes modifiées en une seule requête&#xa0;: %1 ajoutée(s), %2 créée(s), %3 retirée(s).</translation>
    </message>
    <message>
        <source>Labels of this space</source>
        <translation>Étiquettes de cet espace</translation>
    </message>
</context>
<context>
    <name>Density::SpaceTreeModel</name>
    <message>
        <source>Desk</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabine téléphonique</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <source>Open workstation</source>
        <translation>Poste en open space</translation>
    </message>
    <message>
        <source>Flex space</source>
        <translation>Espace flexible</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>Espace détente</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Cafétéria</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>Salle de sport</translation>
    </message>
    <message>
        <source>Wellness room</source>
        <translation>Salle de bien-être</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Hall d&apos;accueil</translation>
    </message>
    <message>
        <source>Restroom</source>
        <translation>Toilettes</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>Open Area</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
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
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Mode de comptage</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>Density::StatusArea</name>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Requêtes en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Aucune requête en cours</translation>
    </message>
</context>
<context>
    <name>Density::TimeBasis</name>
    <message>
        <source>in total</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>by the minute</source>
        <translation>par minute</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>toutes les 10 minutes</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>by weekday</source>
        <translation>par jour de la semaine</translation>
    </message>
    <message>
        <source>by hour of day</source>
        <translation>par heure de la journée</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a date with its year, e.g. &quot;Mon 2 Nov 2026&quot;.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern (QDate::toString) of a range&apos;s first date when the year follows at the end.</extracomment>
        <translation>ddd d MMM</translation>
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
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A run of days, e.g. &quot;Mon–Fri&quot;.</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <extracomment>%1 days such as &quot;Mon–Fri&quot;, %2 opening hour, %3 closing hour.</extracomment>
        <translation>%1&#xa0;%2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>UTC (no time zone set for this space)</source>
        <translation>UTC (aucun fuseau horaire défini pour cet espace)</translation>
    </message>
</context>
<context>
    <name>Density::TimeRange</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp the API accepts; use 2026-11-02T00:00:00 or 2026-11-02T00:00:00Z (a date alone is not enough).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un horodatage accepté par l&apos;API&#xa0;; utilisez 2026-11-02T00:00:00 ou 2026-11-02T00:00:00Z (une date seule ne suffit pas).</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>Le début (%1) est postérieur à la fin (%2).</translation>
    </message>
    <message>
        <source>Give both ends of the range in the same style: both with a time zone or both without.</source>
        <translation>Indiquez les deux bornes de la période dans le même format&#xa0;: toutes deux avec un fuseau horaire ou toutes deux sans.</translation>
    </message>
</context>
<context>
    <name>Density::TimeUsedPage</name>
    <message>
        <source>%1, hours used</source>
        <translation>%1, heures utilisées</translation>
    </message>
    <message>
        <source>Hours used per bucket</source>
        <translation>Heures utilisées par intervalle</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Heures utilisées</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Heures utilisées par jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Part du temps utilisé</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Complétude des données</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Hours used: the time with at least one person present, added up over the buckets with data (the API&apos;s time_used_raw, in hours).</source>
        <translation>Heures utilisées&#xa0;: la durée pendant laquelle au moins une personne était présente, additionnée sur les intervalles avec données (time_used_raw de l&apos;API, en heures).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 utilisées</translation>
    </message>
    <message>
        <source>%1 used (%2 of the bucket)</source>
        <extracomment>Tooltip: %1 hours used, %2 share of the bucket.</extracomment>
        <translation>%1 utilisées (%2 de l&apos;intervalle)</translation>
    </message>
</context>
<context>
    <name>Density::TokenProvider</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials in Settings.</source>
        <translation>L&apos;ID client ou le secret a été refusé (%1)&#xa0;: vérifiez les identifiants dans les Paramètres.</translation>
    </message>
    <message>
        <source>No API token is configured: add one in Settings or pass --token.</source>
        <translation>Aucun jeton d&apos;API n&apos;est configuré&#xa0;: ajoutez-en un dans les Paramètres ou indiquez --token.</translation>
    </message>
</context>
<context>
    <name>Density::UserAdminWidget</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Why users cannot be managed</source>
        <translation>Pourquoi les utilisateurs ne peuvent pas être gérés</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Load the users again, for example after connecting with an OAuth client</source>
        <translation>Recharger les utilisateurs, par exemple après vous être connecté avec un client OAuth</translation>
    </message>
    <message>
        <source>Filter users by name, email or role</source>
        <translation>Filtrer les utilisateurs par nom, adresse e-mail ou rôle</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Create a user in this organization</source>
        <translation>Créer un utilisateur dans cette organisation</translation>
    </message>
    <message>
        <source>Delete the selected user; asks first</source>
        <translation>Supprimer l&apos;utilisateur sélectionné (après confirmation)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Select a user to view or edit, or create a new one.</source>
        <translation>Sélectionnez un utilisateur à afficher ou à modifier, ou créez-en un.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>Managing users needs a machine-to-machine OAuth token (client credentials).</source>
        <translation>La gestion des utilisateurs nécessite un jeton OAuth machine à machine (identifiants client).</translation>
    </message>
    <message>
        <source>This connection uses a static API token (tok_…), which the Users endpoints always refuse.</source>
        <translation>Cette connexion utilise un jeton d&apos;API statique (tok_…), que les points de terminaison Users refusent toujours.</translation>
    </message>
    <message>
        <source>The API refused this connection&apos;s token for users (403): it is not a machine-to-machine token, or lacks the permission.</source>
        <translation>L&apos;API a refusé le jeton de cette connexion pour les utilisateurs (403)&#xa0;: ce n&apos;est pas un jeton machine à machine, ou il n&apos;a pas l&apos;autorisation nécessaire.</translation>
    </message>
    <message>
        <source>Connect with the client id and secret of an OAuth client that an owner created (Developer settings in Density), then choose Check again. Anything you typed here is kept.</source>
        <translation>Connectez-vous avec l&apos;ID client et le secret d&apos;un client OAuth créé par un propriétaire (Developer settings dans Density), puis choisissez Vérifier à nouveau. Tout ce que vous avez saisi ici est conservé.</translation>
    </message>
    <message>
        <source>✖ Could not load the users: %1 The list shows what was loaded before.</source>
        <translation>✖ Impossible de charger les utilisateurs&#xa0;: %1 La liste affiche ce qui avait été chargé auparavant.</translation>
    </message>
</context>
<context>
    <name>Density::UserForm</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>The API cannot change a user&apos;s email. To use another address, create a new user and delete this one.</source>
        <translation>L&apos;API ne permet pas de modifier l&apos;adresse e-mail d&apos;un utilisateur. Pour utiliser une autre adresse, créez un nouvel utilisateur et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Owner, Admin, Editor or Read-only; another role the API knows can be typed as the API spells it.</source>
        <translation>Propriétaire, Administrateur, Éditeur ou Lecture seule&#xa0;; un autre rôle connu de l&apos;API peut être saisi tel que l&apos;API l&apos;écrit.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Filter spaces by name, function or label</source>
        <translation>Filtrer les espaces par nom, fonction ou étiquette</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Filtrer les espaces</translation>
    </message>
    <message>
        <source>Spaces the user may see</source>
        <translation>Espaces que l&apos;utilisateur peut voir</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>Es&amp;paces&#xa0;:</translation>
    </message>
    <message>
        <source>A new user: fill in the email and role, then Apply.</source>
        <translation>Nouvel utilisateur&#xa0;: renseignez l&apos;adresse e-mail et le rôle, puis cliquez sur Appliquer.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>An email address is needed: the new user signs in with it.</source>
        <translation>Une adresse e-mail est requise&#xa0;: le nouvel utilisateur s&apos;en sert pour se connecter.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>%1 caractères au maximum (actuellement %2).</translation>
    </message>
    <message>
        <source>Not an email address; expected something like name@example.com.</source>
        <translation>Ce n&apos;est pas une adresse e-mail&#xa0;; format attendu&#xa0;: nom@example.com.</translation>
    </message>
    <message>
        <source>A full name is needed; the API refuses an empty one.</source>
        <translation>Un nom complet est requis&#xa0;; l&apos;API refuse un nom vide.</translation>
    </message>
    <message>
        <source>A role is needed: pick one, or type the role as the API spells it.</source>
        <translation>Un rôle est requis&#xa0;: choisissez-en un, ou saisissez le rôle tel que l&apos;API l&apos;écrit.</translation>
    </message>
    <message>
        <source>“%1” is not one of the four roles this app knows. It is sent as typed; the API may refuse it.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des quatre rôles connus de cette application. Il est envoyé tel que saisi&#xa0;; l&apos;API peut le refuser.</translation>
    </message>
    <message>
        <source>No spaces checked. The API does not document what an empty list means for a user (for analytics it means all spaces); check the spaces to be sure.</source>
        <translation>Aucun espace coché. L&apos;API ne précise pas ce que signifie une liste vide pour un utilisateur (pour les analyses, elle signifie tous les espaces)&#xa0;; cochez les espaces pour en être sûr.</translation>
    </message>
    <message>
        <source>Not deleted: %1 keeps their access.</source>
        <translation>Non supprimé&#xa0;: %1 conserve son accès.</translation>
    </message>
    <message>
        <source>Delete %1? They lose access at once.</source>
        <translation>Supprimer %1&#xa0;? L&apos;accès lui sera retiré immédiatement.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They lose access at once.</source>
        <extracomment>%1 full name, %2 email</extracomment>
        <translation>Supprimer %1 (%2)&#xa0;? L&apos;accès lui sera retiré immédiatement.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>This cannot be undone from here; the user would have to be created again.</source>
        <translation>Cette action ne peut pas être annulée ici&#xa0;; l&apos;utilisateur devrait être recréé.</translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation>&amp;Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Modifications non appliquées</translation>
    </message>
    <message>
        <source>Discard the new user you started? Nothing has been created yet.</source>
        <translation>Abandonner le nouvel utilisateur commencé&#xa0;? Rien n&apos;a encore été créé.</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They have not been applied.</source>
        <translation>Abandonner vos modifications de %1&#xa0;? Elles n&apos;ont pas été appliquées.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>email: %1; name: %2; role: %3; spaces: %4</source>
        <translation>e-mail&#xa0;: %1&#xa0;; nom&#xa0;: %2&#xa0;; rôle&#xa0;: %3&#xa0;; espaces&#xa0;: %4</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>aucun listé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Créer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Mettre à jour l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>No spaces checked.</source>
        <translation>Aucun espace coché.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <extracomment>%1 &quot;3 spaces&quot;, %2 their names</extracomment>
        <translation>%1 cochés&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Density::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Aucun listé</translation>
    </message>
    <message>
        <source>The API lists no spaces for this user. Density does not document what an empty list means for a user (for analytics it means all spaces).</source>
        <translation>L&apos;API ne liste aucun espace pour cet utilisateur. Density ne précise pas ce que signifie une liste vide pour un utilisateur (pour les analyses, elle signifie tous les espaces).</translation>
    </message>
    <message>
        <source>A role this app does not know, shown as the API sent it.</source>
        <translation>Un rôle inconnu de cette application, affiché tel que l&apos;API l&apos;a envoyé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n espace</numerusform>
            <numerusform>%n espaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::UtilizationPage</name>
    <message>
        <source>None of its spaces has a capacity set.</source>
        <translation>Aucun de ses espaces n&apos;a de capacité définie.</translation>
    </message>
    <message>
        <source>Its capacity is 0, which the API turns into a utilization of 0% whatever the occupancy.</source>
        <translation>Sa capacité est 0, ce que l&apos;API traduit par un taux d&apos;utilisation de 0&#xa0;% quelle que soit l&apos;occupation.</translation>
    </message>
    <message>
        <source>Its capacity is not set.</source>
        <translation>Sa capacité n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>%1, average utilization</source>
        <translation>%1, taux d&apos;utilisation moyen</translation>
    </message>
    <message>
        <source>%1, peak utilization</source>
        <translation>%1, taux d&apos;utilisation maximal</translation>
    </message>
    <message>
        <source>No capacity set for %1.
%2
Utilization needs a capacity above 0; set one in the space&apos;s settings. Occupancy is on the Occupancy page.</source>
        <translation>Aucune capacité définie pour %1.
%2
Le taux d&apos;utilisation nécessite une capacité supérieure à 0&#xa0;; définissez-la dans les paramètres de l&apos;espace. L&apos;occupation figure sur la page Occupation.</translation>
    </message>
    <message>
        <source>No capacity set, so no utilization line: %1.</source>
        <translation>Aucune capacité définie, donc aucune courbe de taux d&apos;utilisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Utilization (% of capacity)</source>
        <translation>Taux d&apos;utilisation (% de la capacité)</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Written after each number of the utilization axis (&quot;60%&quot;).</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation>Taux d&apos;utilisation maximal</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Taux d&apos;utilisation moyen</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Heures utilisées par jour d&apos;ouverture</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Part du temps utilisé</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Complétude des données</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Aucune capacité définie</translation>
    </message>
    <message>
        <source>No utilization: %1 Utilization needs a capacity above 0.</source>
        <translation>Aucun taux d&apos;utilisation&#xa0;: %1 Le taux d&apos;utilisation nécessite une capacité supérieure à 0.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>A capped peak&apos;s utilization: the real peak was at least this.</extracomment>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>Capacité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Peak utilization: the peak occupancy divided by the capacity.</source>
        <translation>Taux d&apos;utilisation maximal&#xa0;: l&apos;occupation maximale divisée par la capacité.</translation>
    </message>
    <message>
        <source>Average utilization: the average occupancy within the operating hours divided by the capacity.</source>
        <translation>Taux d&apos;utilisation moyen&#xa0;: l&apos;occupation moyenne pendant les heures d&apos;ouverture divisée par la capacité.</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <translation>moyenne %1 · pic %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pic</translation>
    </message>
    <message>
        <source>%1 — No capacity set</source>
        <extracomment>Legend entry of a space drawn without a line: %1 its name.</extracomment>
        <translation>%1 — Aucune capacité définie</translation>
    </message>
</context>
<context>
    <name>Density::WelcomeWidget</name>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Explorer le portefeuille de démonstration</translation>
    </message>
    <message>
        <source>A simulated organization with campuses, buildings, floors and rooms, served on this computer. No account needed.</source>
        <translation>Une organisation simulée avec des campus, des bâtiments, des étages et des salles, servie sur cet ordinateur. Aucun compte requis.</translation>
    </message>
    <message>
        <source>Connect to your Density account</source>
        <translation>Se connecter à votre compte Density</translation>
    </message>
    <message>
        <source>Enter the API address and an API token. The token is kept for this session only.</source>
        <translation>Saisissez l&apos;adresse de l&apos;API et un jeton d&apos;API. Le jeton est conservé uniquement pour cette session.</translation>
    </message>
    <message>
        <source>Welcome to Density Dashboard</source>
        <translation>Bienvenue dans Density Dashboard</translation>
    </message>
    <message>
        <source>See how your floors, rooms and desks are used: occupancy, utilization and time used, with the time range, operating hours and data quality behind every number.</source>
        <translation>Découvrez comment vos étages, salles et postes de travail sont utilisés&#xa0;: occupation, taux d&apos;utilisation et durée d&apos;utilisation, avec la période, les heures d&apos;ouverture et la qualité des données derrière chaque chiffre.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>Le serveur de démonstration n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The kiosk PIN needs at least 4 characters.</source>
        <translation>Le code PIN du kiosque doit comporter au moins 4 caractères.</translation>
    </message>
    <message>
        <source>The kiosk PIN was removed.</source>
        <translation>Le code PIN du kiosque a été supprimé.</translation>
    </message>
    <message>
        <source>The kiosk PIN was set.</source>
        <translation>Le code PIN du kiosque a été défini.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Density::ActivityLog</name>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>Aplicado en parte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The activity log %1 could not be written: %2</source>
        <translation>No se pudo escribir el registro de actividad %1: %2</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogCsv</name>
    <message>
        <source>Density Dashboard activity log: admin changes made from this app</source>
        <translation>Registro de actividad de Density Dashboard: cambios de administración realizados desde esta aplicación</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <source>Filter: none (every entry)</source>
        <translation>Filtro: ninguno (todas las entradas)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2, newest first</source>
        <extracomment>%1 entries in this file, %2 entries in the log.</extracomment>
        <translation>Entradas: %1 de %2, las más recientes primero</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Definiciones:</translation>
    </message>
    <message>
        <source>  when_utc: when the change was applied, ISO 8601 in UTC; when_local: the same instant in this computer&apos;s time zone (%1)</source>
        <translation>  when_utc: cuándo se aplicó el cambio, ISO 8601 en UTC; when_local: el mismo instante en la zona horaria de este equipo (%1)</translation>
    </message>
    <message>
        <source>  before / after: the values before the change and the values asked for, as the form described them</source>
        <translation>  before / after: los valores antes del cambio y los valores solicitados, tal como los describía el formulario</translation>
    </message>
    <message>
        <source>  outcome: applied, partly-applied or failed; detail: the API&apos;s sentence, or what part was applied</source>
        <translation>  outcome: applied, partly-applied o failed; detail: el mensaje de la API, o qué parte se aplicó</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>Versión de la aplicación: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exportado el: %1</translation>
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
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogWidget</name>
    <message>
        <source>Admin changes made from this app on this computer: when, what, the values before and after, and the outcome. Newest first; point at a cell to read all of it.</source>
        <translation>Cambios de administración realizados desde esta aplicación en este equipo: cuándo, qué, los valores antes y después, y el resultado. Los más recientes primero; sitúe el puntero sobre una celda para leerla completa.</translation>
    </message>
    <message>
        <source>Filter by action, target, values or detail</source>
        <translation>Filtrar por acción, destino, valores o detalle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Failed or partly applied only</source>
        <translation>Solo con error o aplicados en parte</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file.</source>
        <translation>Guardar como archivo CSV las entradas que muestran los filtros.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Log file (kept on this computer only):</source>
        <translation>Archivo de registro (se guarda solo en este equipo):</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 action, %2 target, %3 outcome with its symbol.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>No admin changes have been made from this app yet. Changes to labels, spaces and users appear here as they are applied.</source>
        <translation>Todavía no se ha realizado ningún cambio de administración desde esta aplicación. Los cambios en etiquetas, espacios y usuarios aparecen aquí a medida que se aplican.</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Ninguna entrada coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>entries containing “%1”</source>
        <extracomment>%1 the words typed into the filter box.</extracomment>
        <translation>entradas que contienen “%1”</translation>
    </message>
    <message>
        <source>failed or partly applied only</source>
        <translation>solo con error o aplicados en parte</translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation>No hay entradas para exportar.</translation>
    </message>
    <message>
        <source>Export Activity Log as CSV</source>
        <translation>Exportar registro de actividad como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <extracomment>%n entries written, %1 the file.</extracomment>
        <translation>
            <numerusform>Se guardó %n entrada en %1.</numerusform>
            <numerusform>Se guardaron %n entradas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 de %n entrada mostradas</numerusform>
            <numerusform>%1 de %n entradas mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::AdminController</name>
    <message>
        <source>&amp;Edit Space…</source>
        <translation>&amp;Editar espacio…</translation>
    </message>
    <message>
        <source>&amp;Labels and Label Groups…</source>
        <translation>E&amp;tiquetas y grupos de etiquetas…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation>Registro de &amp;actividad…</translation>
    </message>
    <message>
        <source>Edit the selected space&apos;s details and labels</source>
        <translation>Editar los datos y las etiquetas del espacio seleccionado</translation>
    </message>
    <message>
        <source>Create, rename and group labels</source>
        <translation>Crear, renombrar y agrupar etiquetas</translation>
    </message>
    <message>
        <source>Manage who can see which spaces (needs an OAuth client)</source>
        <translation>Gestionar quién puede ver qué espacios (requiere un cliente OAuth)</translation>
    </message>
    <message>
        <source>The admin changes made from this app, with their outcome</source>
        <translation>Los cambios de administración realizados desde esta aplicación, con su resultado</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>E&amp;tiquetas</translation>
    </message>
</context>
<context>
    <name>Density::AdminForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <source>Read the current values again, discarding unapplied edits</source>
        <translation>Volver a leer los valores actuales y descartar las modificaciones no aplicadas</translation>
    </message>
    <message>
        <source>Loading the current values…</source>
        <translation>Cargando los valores actuales…</translation>
    </message>
    <message>
        <source>✖ Fix the fields marked above; nothing was sent.</source>
        <translation>✖ Corrija los campos marcados arriba; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Cancelled while applying; the change may have been applied.</source>
        <translation>Cancelado durante la aplicación; es posible que el cambio se haya aplicado.</translation>
    </message>
    <message>
        <source>Cancelled. A change already sent may have been applied; Reload shows the current values.</source>
        <translation>Cancelado. Es posible que se haya aplicado un cambio ya enviado; Recargar muestra los valores actuales.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Edited; Apply sends the changes.</source>
        <translation>Modificado; Aplicar envía los cambios.</translation>
    </message>
    <message>
        <source>✖ Could not load the current values: %1</source>
        <translation>✖ No se pudieron cargar los valores actuales: %1</translation>
    </message>
    <message>
        <source>✖ Not applied: %1 Your input is kept.</source>
        <translation>✖ No aplicado: %1 Se conservan los datos introducidos.</translation>
    </message>
    <message>
        <source>✖ Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.</source>
        <translation>✖ Aplicado en parte. Hecho: %1. Pendiente: %2. Motivo: %3 Se conservan los datos introducidos.</translation>
    </message>
</context>
<context>
    <name>Density::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation>Administración — %1</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>Registro de &amp;actividad</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>¿Descartar las modificaciones?</translation>
    </message>
    <message>
        <source>Some administration changes have not been applied. Close and discard them?</source>
        <translation>Algunos cambios de administración no se han aplicado. ¿Cerrar y descartarlos?</translation>
    </message>
</context>
<context>
    <name>Density::AnalyticsSelection</name>
    <message>
        <source>Whole range</source>
        <translation>Todo el intervalo</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>in each space&apos;s own time zone</source>
        <translation>en la zona horaria de cada espacio</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (zona horaria del espacio)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; time zone)</source>
        <translation>%1 (zona horaria de los espacios)</translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1; UTC where none is set)</source>
        <translation>la zona horaria de cada espacio (%1; UTC donde no hay ninguna definida)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1)</source>
        <translation>la zona horaria de cada espacio (%1)</translation>
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
        <translation>Se marca un intervalo cuando el tiempo de uso de las métricas y el total de sus sesiones sin procesar difieren en más de %1 y en más del %2 del mayor de los dos.</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyModel</name>
    <message>
        <source>Agrees</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>No metric value</source>
        <translation>Sin valor de métrica</translation>
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
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Metrics minus sessions: %1 (%2 of the larger)</source>
        <extracomment>%1 &quot;+8 min&quot;, %2 &quot;100 %&quot;.</extracomment>
        <translation>Métricas menos sesiones: %1 (%2 del mayor)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>Inicio del intervalo</translation>
    </message>
    <message>
        <source>Bucket end</source>
        <translation>Fin del intervalo</translation>
    </message>
    <message>
        <source>Time used (metrics)</source>
        <translation>Tiempo de uso (métricas)</translation>
    </message>
    <message>
        <source>Time in sessions</source>
        <translation>Tiempo en sesiones</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
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
        <translation>Mostrar solo los intervalos &amp;marcados</translation>
    </message>
    <message>
        <source>Flag when the difference exceeds:</source>
        <translation>Marcar cuando la diferencia supere:</translation>
    </message>
    <message>
        <source>and its share of the larger value exceeds:</source>
        <translation>y su proporción respecto al valor mayor supere:</translation>
    </message>
    <message>
        <source>Buckets compared</source>
        <translation>Intervalos comparados</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>Inicio de la sesión</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>Fin de la sesión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>In this bucket</source>
        <translation>En este intervalo</translation>
    </message>
    <message>
        <source>Sessions behind the bucket</source>
        <translation>Sesiones del intervalo</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to compare its time used with its raw sessions.</source>
        <translation>Seleccione un espacio en el panel Espacios para comparar su tiempo de uso con sus sesiones sin procesar.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) compares again.</source>
        <translation>Se canceló la carga. Actualizar (F5) vuelve a comparar.</translation>
    </message>
    <message>
        <source>%1 has no space with sensor data of its own. Choose a single space (a room, desk or area) in the Spaces panel.</source>
        <translation>%1 no tiene ningún espacio con datos de sensor propios. Elija un único espacio (una sala, un puesto de trabajo o una zona) en el panel Espacios.</translation>
    </message>
    <message>
        <source>The date range is not valid. Choose another range in the query bar.</source>
        <translation>El intervalo de fechas no es válido. Elija otro intervalo en la barra de consulta.</translation>
    </message>
    <message>
        <source>Not connected. Connect to an account or start the demo to compare time used with raw sessions.</source>
        <translation>No conectado. Conéctese a una cuenta o inicie la demostración para comparar el tiempo de uso con las sesiones sin procesar.</translation>
    </message>
    <message>
        <source>Comparing time used with raw sessions…</source>
        <translation>Comparando el tiempo de uso con las sesiones sin procesar…</translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation>No se pudo cargar la comparación.</translation>
    </message>
    <message>
        <source>%1 is not a single space; anomalies are compared one space at a time, so its first space with its own sensor data, %2, is shown. Select a space in the Spaces panel to investigate another.</source>
        <translation>%1 no es un único espacio; las anomalías se comparan espacio por espacio, así que se muestra su primer espacio con datos de sensor propios, %2. Seleccione un espacio en el panel Espacios para investigar otro.</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</source>
        <translation>
            <numerusform>Hay %n espacio seleccionado; las anomalías se comparan espacio por espacio: el primero, %1.</numerusform>
            <numerusform>Hay %n espacios seleccionados; las anomalías se comparan espacio por espacio: el primero, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; merges many days into one bucket that sessions cannot be clipped to, so buckets of &quot;%2&quot; are compared instead.</source>
        <translation>“%1” agrupa muchos días en un solo intervalo al que no se pueden ajustar las sesiones, por lo que se comparan intervalos de “%2”.</translation>
    </message>
    <message>
        <source>%1 has no time zone set: buckets and sessions are in UTC, not local time.</source>
        <translation>%1 no tiene zona horaria definida: los intervalos y las sesiones están en UTC, no en hora local.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</source>
        <translation>
            <numerusform>Se ha omitido %n sesión de un tipo distinto de &quot;1&quot; (ocupado).</numerusform>
            <numerusform>Se han omitido %n sesiones de un tipo distinto de &quot;1&quot; (ocupado).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with unreadable times were left out.</source>
        <translation>
            <numerusform>Se ha omitido %n sesión con horas ilegibles.</numerusform>
            <numerusform>Se han omitido %n sesiones con horas ilegibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>Metrics and raw sessions are computed differently; Waffle sensors in particular can report minutes of time used with no session behind them. Select a bucket to see its sessions.</source>
        <translation>Las métricas y las sesiones sin procesar se calculan de forma distinta; en particular, los sensores Waffle pueden informar minutos de tiempo de uso sin ninguna sesión detrás. Seleccione un intervalo para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Anomaly investigator</source>
        <translation>Investigador de anomalías</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint compared, bucket by bucket, with the total of the raw sessions in each bucket.</source>
        <translation>El tiempo de uso del endpoint de métricas comparado, intervalo por intervalo, con el total de las sesiones sin procesar de cada intervalo.</translation>
    </message>
    <message>
        <source>Anomaly investigator: %1</source>
        <translation>Investigador de anomalías: %1</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (zona horaria del espacio)</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint against the raw sessions clipped to each bucket: %1. Times are local in %2. All hours: raw sessions know no operating hours, so none are applied.</source>
        <extracomment>%1 &quot;Mon 2 Nov – Sun 8 Nov 2026, hourly&quot;, %2 the time zone.</extracomment>
        <translation>Tiempo de uso del endpoint de métricas frente a las sesiones sin procesar ajustadas a cada intervalo: %1. Las horas son locales en %2. Todas las horas: las sesiones sin procesar no conocen el horario de funcionamiento, por lo que no se aplica ninguno.</translation>
    </message>
    <message numerus="yes">
        <source>No bucket flagged: metrics and sessions agree in all %n buckets.</source>
        <translation>
            <numerusform>Ningún intervalo marcado: las métricas y las sesiones coinciden en %n intervalo.</numerusform>
            <numerusform>Ningún intervalo marcado: las métricas y las sesiones coinciden en los %n intervalos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buckets flagged.</source>
        <translation>
            <numerusform>%1 de %n intervalo marcado.</numerusform>
            <numerusform>%1 de %n intervalos marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of session time falls outside the buckets.</source>
        <translation>%1 del tiempo de sesión queda fuera de los intervalos.</translation>
    </message>
    <message>
        <source>Select a bucket above to see the raw sessions behind it.</source>
        <translation>Seleccione un intervalo arriba para ver las sesiones sin procesar que contiene.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No raw session overlaps %1, yet the metrics report %2 of time used there.</source>
        <translation>Ninguna sesión sin procesar se solapa con %1, pero las métricas indican %2 de tiempo de uso en ese intervalo.</translation>
    </message>
    <message>
        <source>No raw session overlaps %1.</source>
        <translation>Ninguna sesión sin procesar se solapa con %1.</translation>
    </message>
    <message numerus="yes">
        <source>Raw sessions overlapping %1, in local time: %n</source>
        <extracomment>%1 the bucket&apos;s local start and end; %n how many sessions are listed.</extracomment>
        <translation>
            <numerusform>Sesiones sin procesar que se solapan con %1, en hora local: %n</numerusform>
            <numerusform>Sesiones sin procesar que se solapan con %1, en hora local: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value).</source>
        <translation>metric_seconds: time_used_raw del endpoint de métricas en segundos (vacío: sin valor).</translation>
    </message>
    <message>
        <source>session_seconds: raw sessions of type &quot;1&quot; clipped to the bucket and totalled, overlaps counted once.</source>
        <translation>session_seconds: sesiones sin procesar de tipo &quot;1&quot; ajustadas al intervalo y sumadas; los solapamientos se cuentan una vez.</translation>
    </message>
    <message>
        <source>difference_seconds: metric_seconds minus session_seconds.</source>
        <translation>difference_seconds: metric_seconds menos session_seconds.</translation>
    </message>
</context>
<context>
    <name>Density::ApiError</name>
    <message>
        <source>The answer from %1 was not the JSON we expected (%2); nothing was changed.</source>
        <translation>La respuesta de %1 no era el JSON esperado (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Users can only be managed with a machine-to-machine OAuth token (403): connect with the client id and secret of an OAuth client an Owner created (Developer settings). Static tok_ tokens and display tokens cannot manage users.</source>
        <translation>Los usuarios solo se pueden gestionar con un token OAuth de máquina a máquina (403): conéctese con el ID de cliente y el secreto de un cliente OAuth creado por un propietario (configuración de desarrollador). Los tokens estáticos tok_ y los tokens de pantalla no pueden gestionar usuarios.</translation>
    </message>
    <message>
        <source>This token may not create or change labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Este token no puede crear ni modificar etiquetas (403): necesita permiso de escritura. Los tokens estáticos tok_ son de solo lectura salvo que un propietario o administrador los haya creado con acceso de escritura; solicite un token así o conéctese con un cliente OAuth. Los tokens de pantalla solo pueden leer espacios, ocupación y presencia.</translation>
    </message>
    <message>
        <source>This token may not create or change label groups (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Este token no puede crear ni modificar grupos de etiquetas (403): necesita permiso de escritura. Los tokens estáticos tok_ son de solo lectura salvo que un propietario o administrador los haya creado con acceso de escritura; solicite un token así o conéctese con un cliente OAuth. Los tokens de pantalla solo pueden leer espacios, ocupación y presencia.</translation>
    </message>
    <message>
        <source>This token may not change spaces or their labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>Este token no puede modificar espacios ni sus etiquetas (403): necesita permiso de escritura. Los tokens estáticos tok_ son de solo lectura salvo que un propietario o administrador los haya creado con acceso de escritura; solicite un token así o conéctese con un cliente OAuth. Los tokens de pantalla solo pueden leer espacios, ocupación y presencia.</translation>
    </message>
    <message>
        <source>This token is not allowed to read %1 (403): ask an Owner or Admin for a token with access to these spaces.</source>
        <translation>Este token no tiene permiso para leer %1 (403): solicite a un propietario o administrador un token con acceso a estos espacios.</translation>
    </message>
    <message>
        <source>This token is not allowed to use %1 (403). Display tokens can only read spaces, occupancy and presence: connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for the permission.</source>
        <translation>Este token no tiene permiso para usar %1 (403). Los tokens de pantalla solo pueden leer espacios, ocupación y presencia: conéctese con un token estático tok_ o un cliente OAuth, o solicite el permiso a un propietario o administrador.</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials.</source>
        <translation>Se rechazó el ID de cliente o el secreto (%1): compruebe las credenciales.</translation>
    </message>
    <message>
        <source>The API refused the request to %1 as invalid (400).</source>
        <translation>La API rechazó la solicitud a %1 por no ser válida (400).</translation>
    </message>
    <message>
        <source>%1 (400).</source>
        <translation>%1 (400).</translation>
    </message>
    <message>
        <source>The token was rejected (401): check it in Settings.</source>
        <translation>Se rechazó el token (401): compruébelo en Configuración.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence saying which token is needed, %2 the API&apos;s own message.</extracomment>
        <translation>%1 La API respondió: “%2”</translation>
    </message>
    <message>
        <source>%1: not found (404); it may have been deleted or the id is wrong.</source>
        <translation>%1: no encontrado (404); puede que se haya eliminado o que el ID sea incorrecto.</translation>
    </message>
    <message>
        <source>The API is rate limiting us (429); the request was retried and still refused. Wait a minute and try again.</source>
        <translation>La API está limitando la frecuencia de solicitudes (429); se reintentó la solicitud y se volvió a rechazar. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Density API had a server error (%1) answering %2; try again shortly.</source>
        <translation>La API de Density tuvo un error de servidor (%1) al responder a %2; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The API answered %1 with an unexpected status (%2).</source>
        <translation>La API respondió a %1 con un estado inesperado (%2).</translation>
    </message>
</context>
<context>
    <name>Density::ApiRequest</name>
    <message>
        <source>No credentials are configured: add a token or OAuth client in Settings.</source>
        <translation>No hay credenciales configuradas: añada un token o un cliente OAuth en Configuración.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network or raise the timeout in Settings.</source>
        <translation>%1 no respondió en %2 segundos; compruebe la red o aumente el tiempo de espera en Configuración.</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS); check the address and your network.</source>
        <translation>No se encontró el servidor %1 (DNS); compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and port.</source>
        <translation>%1 rechazó la conexión; compruebe la dirección y el puerto.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate was not accepted.</source>
        <translation>Falló la conexión segura con %1: %2. No se aceptó el certificado.</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy setting.</source>
        <translation>Falló el proxy: %1. Compruebe la configuración del proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>Falló la conexión con %1: %2.</translation>
    </message>
    <message>
        <source>The connection changed while this request was running; its answer was discarded.</source>
        <translation>La conexión cambió mientras se ejecutaba esta solicitud; se descartó su respuesta.</translation>
    </message>
</context>
<context>
    <name>Density::ChartPageText</name>
    <message>
        <source>%1 (the space&apos;s own)</source>
        <extracomment>%1 an IANA time zone such as America/New_York.</extracomment>
        <translation>%1 (la del espacio)</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; own)</source>
        <translation>%1 (la de los espacios)</translation>
    </message>
    <message>
        <source>each space&apos;s own (%1; UTC where none is set)</source>
        <translation>la de cada espacio (%1; UTC donde no hay ninguna definida)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>each space&apos;s own (%1)</source>
        <translation>la de cada espacio (%1)</translation>
    </message>
    <message>
        <source>%1
Operating hours: %2 · Time zone: %3</source>
        <extracomment>The time basis over a chart, two lines: %1 range and resolution, %2 operating hours, %3 time zone.</extracomment>
        <translation>%1
Horario de funcionamiento: %2 · Zona horaria: %3</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a bucket&apos;s day in a tooltip.</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>%1 a weekday name: the bucket holds every such day of the range.</extracomment>
        <translation>Cada %1</translation>
    </message>
    <message>
        <source>%1–%2, every day</source>
        <translation>%1–%2, todos los días</translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation>Semana del %1</translation>
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
        <translation>Baja calidad (sensores en línea el 80 % del tiempo o menos)</translation>
    </message>
    <message>
        <source>Sensors offline (no data)</source>
        <translation>Sensores sin conexión (sin datos)</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Datos que faltan</translation>
    </message>
    <message>
        <source>Not yet (no data so far)</source>
        <translation>Aún no (sin datos por ahora)</translation>
    </message>
</context>
<context>
    <name>Density::Cli</name>
    <message>
        <source>The client id or secret was refused (%1).</source>
        <translation>Se rechazó el ID de cliente o el secreto (%1).</translation>
    </message>
    <message>
        <source>Validate the address and credentials (prints the API&apos;s greeting).</source>
        <translation>Validar la dirección y las credenciales (muestra el saludo de la API).</translation>
    </message>
    <message>
        <source>Exchange --client-id/--client-secret for an OAuth access token and print the token response.</source>
        <translation>Intercambiar --client-id/--client-secret por un token de acceso OAuth y mostrar la respuesta del token.</translation>
    </message>
    <message>
        <source>Exchange display credentials (--client-id/--client-secret) for a display-scoped token and print the token response.</source>
        <translation>Intercambiar las credenciales de pantalla (--client-id/--client-secret) por un token limitado a la pantalla y mostrar la respuesta del token.</translation>
    </message>
    <message>
        <source>the display&apos;s id</source>
        <translation>el ID de la pantalla</translation>
    </message>
    <message>
        <source>Unknown resolution &quot;%1&quot;; use one of: %2.</source>
        <translation>Resolución desconocida &quot;%1&quot;; use una de estas: %2.</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>Métrica desconocida &quot;%1&quot;; use una de estas: %2.</translation>
    </message>
    <message>
        <source>bucket size: %1 (default total)</source>
        <translation>tamaño del intervalo: %1 (predeterminado: total)</translation>
    </message>
    <message>
        <source>operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when --hours is given)</source>
        <translation>días de funcionamiento, 0 = domingo ... 6 = sábado (predeterminado 1,2,3,4,5 si se indica --hours)</translation>
    </message>
    <message>
        <source>operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 when --days is given)</source>
        <translation>horario de funcionamiento, inicio incluido, fin excluido, p. ej. 8-18 (predeterminado 8-18 si se indica --days)</translation>
    </message>
    <message>
        <source>Occupancy, utilization and time used together, per bucket.</source>
        <translation>Ocupación, utilización y tiempo de uso juntos, por intervalo.</translation>
    </message>
    <message>
        <source>occupancy, time_used, utilization (default: all)</source>
        <translation>occupancy, time_used, utilization (predeterminado: todas)</translation>
    </message>
    <message>
        <source>Occupancy (avg/max/min) per space and bucket.</source>
        <translation>Ocupación (media/máx./mín.) por espacio e intervalo.</translation>
    </message>
    <message>
        <source>Utilization (occupancy / capacity) per space and bucket; null when the space has no capacity.</source>
        <translation>Utilización (ocupación / capacidad) por espacio e intervalo; null si el espacio no tiene capacidad.</translation>
    </message>
    <message>
        <source>Time used per space and bucket (time_used_raw is in milliseconds).</source>
        <translation>Tiempo de uso por espacio e intervalo (time_used_raw está en milisegundos).</translation>
    </message>
    <message>
        <source>Raw occupied sessions; give local times without Z (the space&apos;s own zone).</source>
        <translation>Sesiones de ocupación sin procesar; indique horas locales sin Z (la zona propia del espacio).</translation>
    </message>
    <message>
        <source>Completion (0-1) of historical data per Open Area floor, per window of at most 10 days.</source>
        <translation>Grado de completitud (0-1) de los datos históricos por planta Open Area, por ventana de 10 días como máximo.</translation>
    </message>
    <message>
        <source>floor ids (default: every floor)</source>
        <translation>ID de plantas (predeterminado: todas las plantas)</translation>
    </message>
    <message>
        <source>space ids, comma-separated (default: every space)</source>
        <translation>ID de espacios, separados por comas (predeterminado: todos los espacios)</translation>
    </message>
    <message>
        <source>start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)</source>
        <translation>inicio, p. ej. 2026-11-02T00:00:00Z (o sin Z: hora local)</translation>
    </message>
    <message>
        <source>end (inclusive), in the same style as --from</source>
        <translation>fin (incluido), con el mismo formato que --from</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See density-cli --help.</source>
        <translation>Comando desconocido &quot;%1&quot;. Consulte density-cli --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>Subcomando desconocido &quot;%1 %2&quot;; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>&quot;%1&quot; necesita un subcomando: %2.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source>Credentials, first found wins: --token or --client-id/--client-secret on the command line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the environment; then the secret of --profile NAME from the system keychain. --base-url beats the profile&apos;s address. Profiles are shared with density-dashboard; their secrets never go into a settings file.
</source>
        <translation>Credenciales, se usa la primera que se encuentre: --token o --client-id/--client-secret en la línea de comandos; después DENSITY_TOKEN y luego DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET del entorno; por último, el secreto de --profile NOMBRE del llavero del sistema. --base-url tiene prioridad sobre la dirección del perfil. Los perfiles se comparten con density-dashboard; sus secretos nunca se guardan en un archivo de configuración.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.
</source>
        <translation>Códigos de salida: 0 correcto, 2 error de uso, 3 error de la API, 4 error de red.
</translation>
    </message>
    <message>
        <source>Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]

Every Density API v3 endpoint from the shell. Results are written to stdout as JSON (default) or CSV; errors to stderr as one line.

Global options:
</source>
        <translation>Uso: density-cli [opciones globales] COMANDO [ARGUMENTOS] [opciones]

Todos los endpoints de la API v3 de Density desde la línea de comandos. Los resultados se escriben en stdout como JSON (predeterminado) o CSV; los errores, en stderr en una sola línea.

Opciones globales:
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Comandos:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Ejecute &quot;density-cli COMANDO --help&quot; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1 SUBCOMMAND ...

Commands:
</source>
        <translation>Uso: density-cli %1 SUBCOMANDO ...

Comandos:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli %1 SUBCOMMAND --help&quot; for its options.
</source>
        <translation>Ejecute &quot;density-cli %1 SUBCOMANDO --help&quot; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1

%2
</source>
        <translation>Uso: density-cli %1

%2
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Opciones:
</translation>
    </message>
    <message>
        <source>Global options (--base-url, --token, --format, ...) are listed by density-cli --help.
</source>
        <translation>Las opciones globales (--base-url, --token, --format, ...) se muestran con density-cli --help.
</translation>
    </message>
    <message>
        <source>--profile needs a profile name (see density-cli profile list).</source>
        <translation>--profile necesita un nombre de perfil (consulte density-cli profile list).</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation>--format debe ser json o csv, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds between 0 and 86400, not &quot;%1&quot;.</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 86400, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; options are spelled --name.</source>
        <translation>Opción desconocida &quot;%1&quot;; las opciones se escriben --nombre.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>API server (default https://api.density.io; http:// only for loopback)</source>
        <translation>servidor de la API (predeterminado https://api.density.io; http:// solo para loopback)</translation>
    </message>
    <message>
        <source>API token (or DENSITY_TOKEN)</source>
        <translation>token de la API (o DENSITY_TOKEN)</translation>
    </message>
    <message>
        <source>OAuth client id (or DENSITY_CLIENT_ID)</source>
        <translation>ID de cliente OAuth (o DENSITY_CLIENT_ID)</translation>
    </message>
    <message>
        <source>OAuth client secret (or DENSITY_CLIENT_SECRET)</source>
        <translation>secreto de cliente OAuth (o DENSITY_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>a saved connection profile: its address, and its secret from the system keychain when no credential is given otherwise (see &quot;profile add&quot;)</source>
        <translation>un perfil de conexión guardado: su dirección y, si no se indica otra credencial, su secreto del llavero del sistema (consulte &quot;profile add&quot;)</translation>
    </message>
    <message>
        <source>output format (default json)</source>
        <translation>formato de salida (predeterminado json)</translation>
    </message>
    <message>
        <source>per-request timeout (default 30)</source>
        <translation>tiempo de espera por solicitud (predeterminado 30)</translation>
    </message>
    <message>
        <source>show help; after a command, its help</source>
        <translation>mostrar la ayuda; después de un comando, su ayuda</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>This command needs an OAuth client: pass --client-id and --client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>Este comando necesita un cliente OAuth: indique --client-id y --client-secret (o defina DENSITY_CLIENT_ID y DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Give either --token or --client-id/--client-secret, not both.</source>
        <translation>Indique --token o --client-id/--client-secret, no ambos.</translation>
    </message>
    <message>
        <source>No credentials: pass --token (or set DENSITY_TOKEN), --client-id and --client-secret for an OAuth client, or --profile NAME.</source>
        <translation>Sin credenciales: indique --token (o defina DENSITY_TOKEN), --client-id y --client-secret para un cliente OAuth, o --profile NOMBRE.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Give --serials or --spaces, not both: the API rejects the combination.</source>
        <translation>Indique --serials o --spaces, no ambos: la API rechaza la combinación.</translation>
    </message>
    <message>
        <source>the presence endpoint is deprecated by Density: it cannot tell an empty space from an offline sensor. Use presence-health.</source>
        <translation>Density ha declarado obsoleto el endpoint presence: no distingue un espacio vacío de un sensor sin conexión. Use presence-health.</translation>
    </message>
    <message>
        <source>Latest count per space, with its health.</source>
        <translation>Último recuento por espacio, con su estado.</translation>
    </message>
    <message>
        <source>Deprecated: occupied yes/no per space, without health. Prefer presence-health.</source>
        <translation>Obsoleto: ocupado sí/no por espacio, sin estado. Es preferible presence-health.</translation>
    </message>
    <message>
        <source>Presence per space with the health needed to tell empty from unknown.</source>
        <translation>Presencia por espacio con el estado necesario para distinguir vacío de desconocido.</translation>
    </message>
    <message>
        <source>Presence over the last minutes (Open Area spaces and floors).</source>
        <translation>Presencia en los últimos minutos (espacios y plantas Open Area).</translation>
    </message>
    <message>
        <source>minutes to look back (default 60)</source>
        <translation>minutos hacia atrás (predeterminado 60)</translation>
    </message>
    <message>
        <source>Ask the floor presence broker for a WebSocket URL (prints ws_url).</source>
        <translation>Solicitar al intermediario de presencia por planta una URL de WebSocket (muestra ws_url).</translation>
    </message>
    <message>
        <source>Ask the space count broker for a WebSocket URL (prints ws_url).</source>
        <translation>Solicitar al intermediario de recuentos por espacio una URL de WebSocket (muestra ws_url).</translation>
    </message>
    <message>
        <source>--display-id needs --client-id and --client-secret (display credentials), not a token.</source>
        <translation>--display-id necesita --client-id y --client-secret (credenciales de pantalla), no un token.</translation>
    </message>
    <message>
        <source>--store is keychain or insecure-file, not &quot;%1&quot;.</source>
        <translation>--store debe ser keychain o insecure-file, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>density-cli cannot keep a secret for a session: pass --store insecure-file to keep it in a plain file (insecure), or use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead.</source>
        <translation>density-cli no puede conservar un secreto durante una sesión: indique --store insecure-file para guardarlo en un archivo de texto sin cifrar (inseguro), o use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See density-cli profile list.</source>
        <translation>No existe ningún perfil llamado &quot;%1&quot;. Consulte density-cli profile list.</translation>
    </message>
    <message>
        <source>A secret saved earlier in a keychain stays there.</source>
        <translation>Un secreto guardado anteriormente en un llavero permanece allí.</translation>
    </message>
    <message>
        <source>Save a connection profile (replacing one of the same name): the address from --base-url and the credential from --token, or --client-id and --client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to the settings file.</source>
        <translation>Guardar un perfil de conexión (sustituye uno con el mismo nombre): la dirección de --base-url y la credencial de --token, o de --client-id y --client-secret (o DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). El secreto se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>makes it display credentials (wall screens) for this display</source>
        <translation>lo convierte en credenciales de pantalla (pantallas murales) para esta pantalla</translation>
    </message>
    <message>
        <source>insecure-file: where no system keychain exists, keep secrets in a plain file only you can read (insecure; remembered for later runs)</source>
        <translation>insecure-file: donde no hay llavero del sistema, guardar los secretos en un archivo sin cifrar que solo usted puede leer (inseguro; se recuerda para ejecuciones posteriores)</translation>
    </message>
    <message>
        <source>default operating days (0 = Sunday), with --hours</source>
        <translation>días de funcionamiento predeterminados (0 = domingo), con --hours</translation>
    </message>
    <message>
        <source>default operating hours</source>
        <translation>horario de funcionamiento predeterminado</translation>
    </message>
    <message>
        <source>the space the dashboard opens first</source>
        <translation>el espacio que el panel abre primero</translation>
    </message>
    <message>
        <source>List the saved connection profiles (never their secrets).</source>
        <translation>Listar los perfiles de conexión guardados (nunca sus secretos).</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret.</source>
        <translation>Eliminar un perfil de conexión y su secreto.</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of --name, --capacity, --function, --time-zone, --address, --iwms-id.</source>
        <translation>Nada que actualizar: indique al menos una de estas opciones: --name, --capacity, --function, --time-zone, --address, --iwms-id.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name no puede estar vacío.</translation>
    </message>
    <message>
        <source>Give label ids to --add or --delete, or names to --create.</source>
        <translation>Indique ID de etiquetas en --add o --delete, o nombres en --create.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>Nothing to update: give --name and/or --group.</source>
        <translation>Nada que actualizar: indique --name o --group, o ambos.</translation>
    </message>
    <message>
        <source>List every space of the organisation (campuses, buildings, floors, spaces).</source>
        <translation>Listar todos los espacios de la organización (campus, edificios, plantas, espacios).</translation>
    </message>
    <message>
        <source>Change attributes of a space; only the options given are sent.</source>
        <translation>Cambiar atributos de un espacio; solo se envían las opciones indicadas.</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nombre nuevo</translation>
    </message>
    <message>
        <source>capacity (people)</source>
        <translation>capacidad (personas)</translation>
    </message>
    <message>
        <source>function, e.g. meeting_room</source>
        <translation>función, p. ej. meeting_room</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Paris</source>
        <translation>zona horaria IANA, p. ej. Europe/Paris</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>dirección postal</translation>
    </message>
    <message>
        <source>id in your IWMS</source>
        <translation>ID en su IWMS</translation>
    </message>
    <message>
        <source>Attach, create and detach labels of a space in one call; prints the space&apos;s labels afterwards.</source>
        <translation>Asignar, crear y quitar etiquetas de un espacio en una sola llamada; después muestra las etiquetas del espacio.</translation>
    </message>
    <message>
        <source>existing label ids to attach</source>
        <translation>ID de etiquetas existentes que asignar</translation>
    </message>
    <message>
        <source>new label names to create and attach</source>
        <translation>nombres de etiquetas nuevas que crear y asignar</translation>
    </message>
    <message>
        <source>label ids to detach</source>
        <translation>ID de etiquetas que quitar</translation>
    </message>
    <message>
        <source>List labels.</source>
        <translation>Listar etiquetas.</translation>
    </message>
    <message>
        <source>Create a label attached to no space.</source>
        <translation>Crear una etiqueta no asignada a ningún espacio.</translation>
    </message>
    <message>
        <source>Rename a label and/or move it to a label group.</source>
        <translation>Renombrar una etiqueta o moverla a un grupo de etiquetas, o ambas cosas.</translation>
    </message>
    <message>
        <source>label group id</source>
        <translation>ID del grupo de etiquetas</translation>
    </message>
    <message>
        <source>List label groups with their labels.</source>
        <translation>Listar grupos de etiquetas con sus etiquetas.</translation>
    </message>
    <message>
        <source>Create an empty label group.</source>
        <translation>Crear un grupo de etiquetas vacío.</translation>
    </message>
    <message>
        <source>Rename a label group.</source>
        <translation>Renombrar un grupo de etiquetas.</translation>
    </message>
    <message>
        <source>List doorways (entry points watched by Entry sensors).</source>
        <translation>Listar accesos (puntos de entrada vigilados por sensores Entry).</translation>
    </message>
    <message>
        <source>See density-cli --help.</source>
        <translation>Consulte density-cli --help.</translation>
    </message>
    <message>
        <source>No command given. See density-cli --help.</source>
        <translation>No se ha indicado ningún comando. Consulte density-cli --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. See density-cli %1 --help.</source>
        <translation>&quot;%1&quot; necesita %2. Consulte density-cli %1 --help.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot; para &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;. See density-cli %2 --help.</source>
        <translation>Opción desconocida --%1 para &quot;%2&quot;. Consulte density-cli %2 --help.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3.</source>
        <translation>&quot;%1&quot; necesita --%2 %3.</translation>
    </message>
    <message>
        <source>Using the credentials from the environment (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile &quot;%1&quot;&apos;s.</source>
        <translation>Se usan las credenciales del entorno (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), no las del perfil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;&apos;s secret is not available to density-cli; set DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>El secreto del perfil &quot;%1&quot; no está disponible para density-cli; defina DENSITY_TOKEN (o DENSITY_CLIENT_ID y DENSITY_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>No secret is stored for profile &quot;%1&quot; (in the %2). Add it again with density-cli profile add, or set DENSITY_TOKEN.</source>
        <translation>No hay ningún secreto guardado para el perfil &quot;%1&quot; (en %2). Vuelva a añadirlo con density-cli profile add o defina DENSITY_TOKEN.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an OAuth client; profile &quot;%2&quot; holds an API token.</source>
        <translation>&quot;%1&quot; necesita un cliente OAuth; el perfil &quot;%2&quot; contiene un token de la API.</translation>
    </message>
    <message>
        <source>sensor serial numbers</source>
        <translation>números de serie de los sensores</translation>
    </message>
    <message>
        <source>space ids (not together with --serials)</source>
        <translation>ID de espacios (no junto con --serials)</translation>
    </message>
    <message>
        <source>List sensors (all, or those with the given serials or in the given spaces).</source>
        <translation>Listar sensores (todos, o los que tienen los números de serie indicados o están en los espacios indicados).</translation>
    </message>
    <message>
        <source>Current health of sensors.</source>
        <translation>Estado actual de los sensores.</translation>
    </message>
    <message>
        <source>Health changes of sensors in a time range (any length: sent in 10-day windows).</source>
        <translation>Cambios de estado de los sensores en un intervalo de tiempo (de cualquier duración: se envía en ventanas de 10 días).</translation>
    </message>
    <message>
        <source>--%1 is a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>--%1 debe ser un número de segundos mayor que 0 y como máximo %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Live streams print JSON Lines; --format csv does not apply.</source>
        <translation>Las transmisiones en directo se muestran como JSON Lines; --format csv no se aplica.</translation>
    </message>
    <message>
        <source>stop after S seconds (default: until interrupted)</source>
        <translation>detener tras S segundos (predeterminado: hasta que se interrumpa)</translation>
    </message>
    <message>
        <source>the server&apos;s refresh period, for stale detection (default 60)</source>
        <translation>el período de actualización del servidor, para detectar datos obsoletos (predeterminado 60)</translation>
    </message>
    <message>
        <source>Stream a floor&apos;s presence (Open Area / Waffle spaces) as JSON lines.</source>
        <translation>Transmitir la presencia de una planta (espacios Open Area / Waffle) como líneas JSON.</translation>
    </message>
    <message>
        <source>the floor to watch</source>
        <translation>la planta que se observa</translation>
    </message>
    <message>
        <source>Stream counts of a space and its children as JSON lines.</source>
        <translation>Transmitir los recuentos de un espacio y sus espacios secundarios como líneas JSON.</translation>
    </message>
    <message>
        <source>the space to watch</source>
        <translation>el espacio que se observa</translation>
    </message>
    <message>
        <source>Experimental: stream a doorway&apos;s crossings (an undocumented stream).</source>
        <translation>Experimental: transmitir los pasos por un acceso (una transmisión no documentada).</translation>
    </message>
    <message>
        <source>the doorway to watch</source>
        <translation>el acceso que se observa</translation>
    </message>
    <message>
        <source>The live stream failed: %1</source>
        <translation>Falló la transmisión en directo: %1</translation>
    </message>
    <message>
        <source>Nothing to update: give --full-name, --role and/or --spaces.</source>
        <translation>Nada que actualizar: indique --full-name, --role o --spaces.</translation>
    </message>
    <message>
        <source>space ids the user may see (an empty value clears them)</source>
        <translation>ID de los espacios que el usuario puede ver (un valor vacío los borra)</translation>
    </message>
    <message>
        <source>List users (OAuth client credentials only).</source>
        <translation>Listar usuarios (solo con credenciales de cliente OAuth).</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>Mostrar un usuario.</translation>
    </message>
    <message>
        <source>Create a user.</source>
        <translation>Crear un usuario.</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>role, e.g. owner</source>
        <translation>rol, p. ej. owner</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role or spaces; what is not given stays as it is.</source>
        <translation>Cambiar el nombre, el rol o los espacios de un usuario; lo que no se indique se mantiene.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Delete a user.</source>
        <translation>Eliminar un usuario.</translation>
    </message>
</context>
<context>
    <name>Density::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Connect to Density</source>
        <translation>Conectar con Density</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Static API token</source>
        <translation>Token estático de la API</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>Credenciales de cliente OAuth</translation>
    </message>
    <message>
        <source>Display credentials (wall screen)</source>
        <translation>Credenciales de pantalla (pantalla mural)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Iniciar sesión con</translation>
    </message>
    <message>
        <source>tok_…</source>
        <translation>tok_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>ID de pantalla</translation>
    </message>
    <message>
        <source>the display this screen signs in as</source>
        <translation>la pantalla con la que inicia sesión este monitor</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>&amp;Detalles del certificado</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Dirección de la &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de la API:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Dis&amp;play id:</source>
        <translation>ID de &amp;pantalla:</translation>
    </message>
    <message>
        <source>A long-lived token an Owner created (it starts with tok_). It is kept in the system keychain (or for this session only where there is none), never in a settings file.</source>
        <translation>Un token de larga duración creado por un propietario (empieza por tok_). Se guarda en el llavero del sistema (o solo durante esta sesión si no lo hay), nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>The id and secret of an OAuth client an Owner created (Your Account → Developer). Needed to manage users. The secret is kept in the system keychain (or for this session only), never in a settings file.</source>
        <translation>El ID y el secreto de un cliente OAuth creado por un propietario (Su cuenta → Desarrollador). Necesarios para gestionar usuarios. El secreto se guarda en el llavero del sistema (o solo durante esta sesión), nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>Credentials for a wall screen: they can read presence only. The secret is kept in the system keychain (or for this session only).</source>
        <translation>Credenciales para una pantalla mural: solo pueden leer la presencia. El secreto se guarda en el llavero del sistema (o solo durante esta sesión).</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>El perfil no tiene ID.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>The profile needs a server address such as https://api.density.io.</source>
        <translation>El perfil necesita una dirección de servidor, como https://api.density.io.</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>El perfil necesita un ID de cliente.</translation>
    </message>
    <message>
        <source>The profile needs a display id.</source>
        <translation>El perfil necesita un ID de pantalla.</translation>
    </message>
    <message>
        <source>The profile&apos;s operating hours are not valid.</source>
        <translation>El horario de funcionamiento del perfil no es válido.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>Credenciales de cliente OAuth</translation>
    </message>
    <message>
        <source>Display credentials</source>
        <translation>Credenciales de pantalla</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionTest</name>
    <message>
        <source>&quot;%1&quot; is not a server address: enter one like https://api.density.io.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor: introduzca una como https://api.density.io.</translation>
    </message>
    <message>
        <source>Plain http:// would send your credentials unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 instead.</source>
        <translation>Con http:// sin cifrar, sus credenciales se enviarían sin cifrado, por lo que solo se permite para este equipo (localhost, 127.0.0.1, ::1). Use https://%1 en su lugar.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1://.</source>
        <translation>Solo se admiten direcciones https://, no %1://.</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Introduzca un token de la API.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Introduzca el ID de cliente.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Introduzca el secreto de cliente.</translation>
    </message>
    <message>
        <source>Enter the display id this screen signs in as.</source>
        <translation>Introduzca el ID de la pantalla con la que inicia sesión este monitor.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client id or secret (%1): check both, and that the OAuth client still exists.</source>
        <translation>El endpoint de tokens rechazó el ID de cliente o el secreto (%1): compruebe ambos y que el cliente OAuth siga existiendo.</translation>
    </message>
    <message>
        <source>The display-token endpoint refused the client id, secret or display id (%1): check all three.</source>
        <translation>El endpoint de tokens de pantalla rechazó el ID de cliente, el secreto o el ID de pantalla (%1): compruebe los tres.</translation>
    </message>
    <message>
        <source>The API rejected the token (401): check that you copied the whole tok_… token and that it has not been revoked.</source>
        <translation>La API rechazó el token (401): compruebe que ha copiado el token tok_… completo y que no se ha revocado.</translation>
    </message>
    <message>
        <source>The API knows these credentials but does not allow them to read this organization (403): ask an Owner or Admin for a token with read access.</source>
        <translation>La API reconoce estas credenciales, pero no les permite leer esta organización (403): solicite a un propietario o administrador un token con acceso de lectura.</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence above, %2 the API&apos;s own message.</extracomment>
        <translation>%1 La API respondió: “%2”</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time: the server may be overloaded, or something between you and it holds the connection open. Try again, or check the address.</source>
        <translation>%1 aceptó la conexión, pero no respondió a tiempo: puede que el servidor esté sobrecargado o que algo entre usted y el servidor mantenga la conexión abierta. Inténtelo de nuevo o compruebe la dirección.</translation>
    </message>
    <message>
        <source>%1 No credentials were sent.</source>
        <extracomment>%1 why the secure connection failed.</extracomment>
        <translation>%1 No se ha enviado ninguna credencial.</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2), so no credentials were sent. Compare the details below with what your IT department expects; an untrusted certificate is never accepted.</source>
        <extracomment>%2 the certificate problems, e.g. &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation>No se aceptó el certificado de %1 (%2), por lo que no se ha enviado ninguna credencial. Compare los detalles siguientes con lo que espera su departamento de TI; nunca se acepta un certificado que no sea de confianza.</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Density API: check the address. (%2)</source>
        <translation>%1 respondió, pero no como la API de Density: compruebe la dirección. (%2)</translation>
    </message>
    <message>
        <source>The server %1 could not be found: its name does not resolve (DNS). Check the address for typos and that this computer is online.</source>
        <translation>No se encontró el servidor %1: su nombre no se resuelve (DNS). Compruebe que la dirección no tenga errores tipográficos y que este equipo esté conectado a internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer was reached, but nothing accepts connections on port %2. Check the address and port.</source>
        <translation>%1 rechazó la conexión: se llegó al equipo, pero nada acepta conexiones en el puerto %2. Compruebe la dirección y el puerto.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and the network.</source>
        <translation>%1 no respondió a tiempo: compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>Solicitando un token a %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>The token endpoint accepted the credentials, but the API rejected the token it issued (401): the address may point at a different Density environment.</source>
        <translation>El endpoint de tokens aceptó las credenciales, pero la API rechazó el token emitido (401): puede que la dirección apunte a otro entorno de Density.</translation>
    </message>
    <message>
        <source>Connected: the API answered &quot;%1&quot;.</source>
        <translation>Conectado: la API respondió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connected: the OAuth client got a token and the API answered &quot;%1&quot;.</source>
        <translation>Conectado: el cliente OAuth obtuvo un token y la API respondió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Connected: the display got a token and the API answered &quot;%1&quot;.</source>
        <translation>Conectado: la pantalla obtuvo un token y la API respondió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>el proxy</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the proxy&apos;s host and port in Settings, or ask IT which proxy this computer must use.</source>
        <translation>No se pudo conectar con %1: compruebe el host y el puerto del proxy en Configuración, o pregunte a TI qué proxy debe usar este equipo.</translation>
    </message>
    <message>
        <source>%1 could not be found (its name does not resolve): check the proxy host in Settings.</source>
        <translation>No se encontró %1 (su nombre no se resuelve): compruebe el host del proxy en Configuración.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password: enter them in Settings (Proxy), or ask IT for them.</source>
        <translation>%1 solicita un nombre de usuario y una contraseña: introdúzcalos en Configuración (Proxy) o solicítelos a TI.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the proxy setting and the network.</source>
        <translation>%1 no respondió a tiempo: compruebe la configuración del proxy y la red.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: check the proxy setting, or ask IT whether it allows connections to this server.</source>
        <translation>%1 cerró la conexión antes de responder: compruebe la configuración del proxy o pregunte a TI si permite conexiones con este servidor.</translation>
    </message>
    <message>
        <source>The connection through %1 failed (%2): check the proxy setting in Settings.</source>
        <extracomment>%1 the proxy, %2 what went wrong.</extracomment>
        <translation>Falló la conexión a través de %1 (%2): compruebe la configuración del proxy en Configuración.</translation>
    </message>
    <message>
        <source>The certificate check reported:</source>
        <translation>La comprobación del certificado indicó:</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>El servidor no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain:</source>
        <translation>Certificado %1 de la cadena:</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  Sujeto: %1</translation>
    </message>
    <message>
        <source>  Issuer: %1 (self-signed)</source>
        <translation>  Emisor: %1 (autofirmado)</translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation>  Emisor: %1</translation>
    </message>
    <message>
        <source>  Valid for: %1</source>
        <translation>  Válido para: %1</translation>
    </message>
    <message>
        <source>  Valid from: %1</source>
        <translation>  Válido desde: %1</translation>
    </message>
    <message>
        <source>  Valid until: %1</source>
        <translation>  Válido hasta: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint:</source>
        <translation>  Huella digital SHA-256:</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>a plain file (insecure)</source>
        <translation>un archivo sin cifrar (inseguro)</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>No hay ningún llavero del sistema disponible.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Error del llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStorePolicy</name>
    <message>
        <source>No system keychain is available (no Secret Service on this machine)</source>
        <translation>No hay ningún llavero del sistema disponible (no hay Secret Service en este equipo)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1)</source>
        <translation>No se puede usar el llavero del sistema (%1)</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>; as you chose, secrets are stored in a plain file that only your account can read. This is insecure: anyone with access to your files or backups can read them.</source>
        <translation>; según su elección, los secretos se guardan en un archivo sin cifrar que solo su cuenta puede leer. Esto no es seguro: cualquiera con acceso a sus archivos o copias de seguridad puede leerlos.</translation>
    </message>
    <message>
        <source>; secrets are kept for this session only and must be entered again next time. You can choose to store them in a plain file instead (insecure).</source>
        <translation>; los secretos se conservan solo durante esta sesión y deberá volver a introducirlos la próxima vez. Puede optar por guardarlos en un archivo sin cifrar (inseguro).</translation>
    </message>
</context>
<context>
    <name>Density::CsvExport</name>
    <message>
        <source>no capacity set</source>
        <translation>sin capacidad definida</translation>
    </message>
    <message>
        <source>null from the API: %1</source>
        <translation>null de la API: %1</translation>
    </message>
    <message>
        <source>bucket: start of the period in the space&apos;s time zone with its UTC offset (total: the range start; weekday: 0 = Sunday; hour_of_day: 0-23)</source>
        <translation>bucket: inicio del período en la zona horaria del espacio con su desfase respecto a UTC (total: el inicio del intervalo; weekday: 0 = domingo; hour_of_day: 0-23)</translation>
    </message>
    <message>
        <source>occupancy_avg: average number of people present during the bucket (time-weighted)</source>
        <translation>occupancy_avg: número medio de personas presentes durante el intervalo (ponderado por tiempo)</translation>
    </message>
    <message>
        <source>occupancy_max: peak number of people present at any moment of the bucket; a peak is not an average</source>
        <translation>occupancy_max: número máximo de personas presentes en cualquier momento del intervalo; un máximo no es una media</translation>
    </message>
    <message>
        <source>utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the space&apos;s capacity (1 = 100%); empty when no capacity is set (unset or 0)</source>
        <translation>utilization_avg / utilization_max: occupancy_avg / occupancy_max dividido por la capacidad del espacio (1 = 100 %); vacío si no hay capacidad definida (sin definir o 0)</translation>
    </message>
    <message>
        <source>time_used_hours: time with at least one person present in hours (the API&apos;s time_used_raw milliseconds / 3600000)</source>
        <translation>time_used_hours: tiempo con al menos una persona presente, en horas (los milisegundos de time_used_raw de la API / 3600000)</translation>
    </message>
    <message>
        <source>up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = low quality)</source>
        <translation>up_time: proporción del intervalo en la que los sensores estuvieron en línea (1 = completo; 0,8 o menos = baja calidad)</translation>
    </message>
    <message>
        <source>capped: true when the sensor reached its counting limit; occupancy_max is then at least that limit (read 3 as &quot;3+&quot;)</source>
        <translation>capped: true cuando el sensor alcanzó su límite de recuento; occupancy_max es entonces al menos ese límite (lea 3 como &quot;3+&quot;)</translation>
    </message>
    <message>
        <source>data_quality: good / zero_use (complete and nobody there) / incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / pending (after the export time)</source>
        <translation>data_quality: good (correcto) / zero_use (completo y sin nadie) / incomplete (up_time inferior a 1) / low_quality (up_time 0,8 o menos) / offline (up_time 0) / missing (faltan datos) / pending (posterior al momento de la exportación)</translation>
    </message>
    <message>
        <source>Empty cells have no value (null or not reported by the API): never read them as 0</source>
        <translation>Las celdas vacías no tienen valor (null o no informado por la API): nunca las interprete como 0</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <source>no file was open</source>
        <translation>no había ningún archivo abierto</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresenceModel</name>
    <message>
        <source>%1+ people</source>
        <translation>%1+ personas</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 persona</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Unknown: loading</source>
        <translation>Desconocido: cargando</translation>
    </message>
    <message>
        <source>Unknown: no live data</source>
        <translation>Desconocido: sin datos en directo</translation>
    </message>
    <message>
        <source>Unknown: sensor offline</source>
        <translation>Desconocido: sensor sin conexión</translation>
    </message>
    <message>
        <source>Unknown: sensor degraded</source>
        <translation>Desconocido: sensor degradado</translation>
    </message>
    <message>
        <source>Unknown: sensor health not reported</source>
        <translation>Desconocido: estado del sensor no informado</translation>
    </message>
    <message>
        <source>Unknown: sensor health unknown</source>
        <translation>Desconocido: estado del sensor desconocido</translation>
    </message>
    <message>
        <source>Unknown: no reading</source>
        <translation>Desconocido: sin lectura</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 de %2 min</translation>
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
        <translation>El estado del sensor es %1; su último recuento fue %2.</translation>
    </message>
    <message>
        <source>Minutes of the last hour in which a sensor saw someone (short-term presence; open-area spaces and floors only).</source>
        <translation>Minutos de la última hora en los que un sensor detectó a alguien (presencia a corto plazo; solo espacios abiertos y plantas).</translation>
    </message>
    <message>
        <source>When the sensor&apos;s reading was taken, in the space&apos;s time zone.</source>
        <translation>Cuándo se tomó la lectura del sensor, en la zona horaria del espacio.</translation>
    </message>
    <message>
        <source>The time the API gives with the reading, usually when the current state began</source>
        <translation>La hora que la API indica con la lectura, normalmente cuándo empezó el estado actual</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Occupied, last hour</source>
        <translation>Ocupado, última hora</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresencePanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask for the current state now (it refreshes every minute while this page is shown).</source>
        <translation>Consultar ahora el estado actual (se actualiza cada minuto mientras se muestra esta página).</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied come from a healthy sensor&apos;s current reading. ? Unknown means the sensor is offline or degraded, or there is no reading: such a space is never shown as available.</source>
        <translation>✓ Disponible y ■ Ocupado proceden de la lectura actual de un sensor en buen estado. ? Desconocido significa que el sensor está sin conexión o degradado, o que no hay lectura: un espacio así nunca se muestra como disponible.</translation>
    </message>
    <message>
        <source>Right now in %1</source>
        <translation>Ahora mismo en %1</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>Select a space to see who is there now.</source>
        <translation>Seleccione un espacio para ver quién hay ahora.</translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation>Cargando el estado actual…</translation>
    </message>
    <message>
        <source>Reading times are in UTC (the space has no time zone).</source>
        <translation>Las horas de lectura están en UTC (el espacio no tiene zona horaria).</translation>
    </message>
    <message>
        <source>Reading times are in %1.</source>
        <translation>Las horas de lectura están en %1.</translation>
    </message>
    <message>
        <source>Updated at %1; refreshes every minute while shown. %2</source>
        <translation>Actualizado a las %1; se actualiza cada minuto mientras se muestra. %2</translation>
    </message>
    <message>
        <source>The update at %1 failed; it is tried again every minute while shown. %2</source>
        <translation>Falló la actualización de las %1; se reintenta cada minuto mientras se muestra. %2</translation>
    </message>
    <message>
        <source>Health-aware presence is not available on this server, so presence comes from the deprecated endpoint, which cannot tell an empty space from an offline sensor.</source>
        <translation>La presencia con estado de los sensores no está disponible en este servidor, por lo que se obtiene del endpoint obsoleto, que no distingue un espacio vacío de un sensor sin conexión.</translation>
    </message>
    <message>
        <source>The current state of %1 could not be loaded. %2</source>
        <translation>No se pudo cargar el estado actual de %1. %2</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Espacios ahora mismo</translation>
    </message>
</context>
<context>
    <name>Density::DashboardOptions</name>
    <message>
        <source>Occupancy dashboard for Density sensors.</source>
        <translation>Panel de ocupación para sensores Density.</translation>
    </message>
    <message>
        <source>Use the built-in demo portfolio (a simulator on this computer).</source>
        <translation>Usar la cartera de demostración integrada (un simulador en este equipo).</translation>
    </message>
    <message>
        <source>Number of spaces in the demo portfolio.</source>
        <translation>Número de espacios de la cartera de demostración.</translation>
    </message>
    <message>
        <source>The demo&apos;s fixed time (ISO 8601, UTC) instead of now.</source>
        <translation>La hora fija de la demostración (ISO 8601, UTC) en lugar de la actual.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>Make the demo simulator misbehave, to see how the dashboard copes, for example &quot;latency=300,errors=0.1,ws-drop=30&quot; or &quot;ghost-time&quot; (density-sim --help lists them).</source>
        <translation>Provocar fallos en el simulador de demostración para ver cómo responde el panel, por ejemplo &quot;latency=300,errors=0.1,ws-drop=30&quot; o &quot;ghost-time&quot; (density-sim --help los enumera).</translation>
    </message>
    <message>
        <source>API server address (the token comes from the DENSITY_TOKEN environment variable).</source>
        <translation>Dirección del servidor de la API (el token se obtiene de la variable de entorno DENSITY_TOKEN).</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>Abrir esta página: %1.</translation>
    </message>
    <message>
        <source>Select this space id (repeat it or separate ids with commas to compare up to 8).</source>
        <translation>Seleccionar este ID de espacio (repítalo o separe los ID con comas para comparar hasta 8).</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for smoke tests).</source>
        <translation>Salir tras este número de segundos (para pruebas de humo).</translation>
    </message>
    <message>
        <source>Save the window as a PNG file once it has loaded, then quit.</source>
        <translation>Guardar la ventana como archivo PNG una vez cargada y salir.</translation>
    </message>
    <message>
        <source>Read the PIN that leaves the kiosk from standard input, store its salted hash and quit (an empty line removes it).</source>
        <translation>Leer de la entrada estándar el PIN para salir del quiosco, guardar su hash con sal y salir (una línea vacía lo elimina).</translation>
    </message>
    <message>
        <source>Run as a locked full-screen wall display of the configured floors (signs in with display credentials; with --demo, the demo&apos;s).</source>
        <translation>Ejecutar como pantalla mural bloqueada a pantalla completa de las plantas configuradas (inicia sesión con credenciales de pantalla; con --demo, las de la demostración).</translation>
    </message>
    <message>
        <source>Floors the kiosk rotates through, comma separated (default: the settings, or the first building&apos;s floors).</source>
        <translation>Plantas que el quiosco muestra por turnos, separadas por comas (predeterminado: las de la configuración o las plantas del primer edificio).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Seconds each kiosk floor stays on screen.</source>
        <translation>Segundos que permanece en pantalla cada planta del quiosco.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The display id the kiosk signs in with (overrides its connection&apos;s).</source>
        <translation>El ID de pantalla con el que inicia sesión el quiosco (sustituye al de su conexión).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>--rotate-seconds needs a whole number from %1 to %2.</source>
        <translation>--rotate-seconds necesita un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>--kiosk-floors, --rotate-seconds and --display-id need --kiosk.</source>
        <translation>--kiosk-floors, --rotate-seconds y --display-id necesitan --kiosk.</translation>
    </message>
    <message>
        <source>--demo-now needs a date and time such as 2026-11-25T15:00:00Z.</source>
        <translation>--demo-now necesita una fecha y hora como 2026-11-25T15:00:00Z.</translation>
    </message>
    <message>
        <source>--demo-spaces needs a positive number.</source>
        <translation>--demo-spaces necesita un número positivo.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>Vista desconocida &quot;%1&quot;; use una de estas: %2.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds above 0.</source>
        <translation>--quit-after necesita un número de segundos mayor que 0.</translation>
    </message>
    <message>
        <source>--view and --space do not apply to --kiosk; use --kiosk-floors.</source>
        <translation>--view y --space no se aplican a --kiosk; use --kiosk-floors.</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. de, fr, es, ja (default: Settings, which follow the system).</source>
        <translation>Idioma de la interfaz para esta ejecución, p. ej. de, fr, es, ja (predeterminado: el de Configuración, que sigue al sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --locale; use a code such as de, fr, es or ja.</source>
        <translation>Idioma desconocido &quot;%1&quot; para --locale; use un código como de, fr, es o ja.</translation>
    </message>
</context>
<context>
    <name>Density::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Tiempo de uso</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>Estado de los sensores</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Completitud de los datos</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalías</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessModel</name>
    <message>
        <source>No floors in this selection.</source>
        <translation>No hay plantas en esta selección.</translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n completa</numerusform>
            <numerusform>%n completas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps (sensors offline or missing data)</source>
        <translation>
            <numerusform>%n con lagunas (sensores sin conexión o datos que faltan)</numerusform>
            <numerusform>%n con lagunas (sensores sin conexión o datos que faltan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still processing</source>
        <translation>
            <numerusform>%n aún en procesamiento</numerusform>
            <numerusform>%n aún en procesamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in planning</source>
        <translation>
            <numerusform>%n en planificación</numerusform>
            <numerusform>%n en planificación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without open-area sensors</source>
        <translation>
            <numerusform>%n sin sensores de espacio abierto</numerusform>
            <numerusform>%n sin sensores de espacio abierto</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor: %1</source>
        <extracomment>%1 is a list such as &quot;2 complete, 1 still processing&quot;.</extracomment>
        <translation>1 planta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n floors: %1</source>
        <translation>
            <numerusform>%n planta: %1</numerusform>
            <numerusform>%n plantas: %1</numerusform>
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
        <translation>Completo</translation>
    </message>
    <message>
        <source>Floor in planning</source>
        <translation>Planta en planificación</translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation>Aún en procesamiento</translation>
    </message>
    <message>
        <source>Sensors offline or missing data</source>
        <translation>Sensores sin conexión o datos que faltan</translation>
    </message>
    <message>
        <source>No value returned</source>
        <translation>No se devolvió ningún valor</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>All expected open-area data for this window has arrived and been processed.</source>
        <translation>Han llegado y se han procesado todos los datos de espacio abierto esperados para esta ventana.</translation>
    </message>
    <message>
        <source>Likely cause: the floor is still in planning (or went live only after this window began), so its sensors were not live for all of it and less data is expected.</source>
        <translation>Causa probable: la planta aún está en planificación (o entró en funcionamiento después del inicio de esta ventana), por lo que sus sensores no estuvieron activos todo el tiempo y se esperan menos datos.</translation>
    </message>
    <message>
        <source>Likely cause: part of this window is less than about 8 hours old (or has not happened yet); Density is still processing it. Check again later.</source>
        <translation>Causa probable: parte de esta ventana tiene menos de unas 8 horas de antigüedad (o aún no ha ocurrido); Density todavía la está procesando. Vuelva a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>Likely cause: sensors were offline or data is missing for part of this window. The Sensor health page shows which sensors are offline.</source>
        <translation>Causa probable: los sensores estuvieron sin conexión o faltan datos en parte de esta ventana. La página Estado de los sensores muestra qué sensores están sin conexión.</translation>
    </message>
    <message>
        <source>The data-status answer had no value for this floor in this window, though it had one in others.</source>
        <translation>La respuesta del estado de los datos no tenía valor para esta planta en esta ventana, aunque sí en otras.</translation>
    </message>
    <message>
        <source>No open-area sensors on this floor — completeness does not apply</source>
        <translation>No hay sensores de espacio abierto en esta planta: la completitud no se aplica</translation>
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
        <translation>Density solo informa de la completitud de los datos en plantas con sensores de espacio abierto; la respuesta no incluye esta planta.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Data-status window %1 of %2 (the API answers at most 10 days at a time)</source>
        <translation>Ventana de estado de los datos %1 de %2 (la API responde como máximo 10 días cada vez)</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessPage</name>
    <message>
        <source>Data completeness could not be loaded.</source>
        <translation>No se pudo cargar la completitud de los datos.</translation>
    </message>
    <message>
        <source>Data completeness could not be loaded: %1</source>
        <translation>No se pudo cargar la completitud de los datos: %1</translation>
    </message>
    <message>
        <source>Select a floor, building or campus in the Spaces panel to see how complete its open-area data is.</source>
        <translation>Seleccione una planta, un edificio o un campus en el panel Espacios para ver la completitud de sus datos de espacio abierto.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) checks the data completeness again.</source>
        <translation>Se canceló la carga. Actualizar (F5) vuelve a comprobar la completitud de los datos.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>No conectado. Abra la cartera de demostración o conéctese a una cuenta.</translation>
    </message>
    <message>
        <source>The selection has no floors, so there is no floor data to check.</source>
        <translation>La selección no tiene plantas, por lo que no hay datos de plantas que comprobar.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>El último día del intervalo no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>Checking data completeness…</source>
        <translation>Comprobando la completitud de los datos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first selected space; %n how many others are selected.</extracomment>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Completitud de los datos</translation>
    </message>
    <message>
        <source>Data completeness: %1</source>
        <translation>Completitud de los datos: %1</translation>
    </message>
    <message>
        <source>%1 (the first floor&apos;s time zone)</source>
        <translation>%1 (zona horaria de la primera planta)</translation>
    </message>
    <message>
        <source>%1 (the floor&apos;s time zone)</source>
        <translation>%1 (zona horaria de la planta)</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor, for %1 (whole days in %2; the operating hours do not apply). The API answers at most 10 days at a time, so each 10-day window has its own column. Checked at %3.</source>
        <extracomment>%1 date range, %2 time zone, %3 date and time of the check.</extracomment>
        <translation>Proporción de los datos de espacio abierto esperados que han llegado, por planta, para %1 (días completos en %2; el horario de funcionamiento no se aplica). La API responde como máximo 10 días cada vez, por lo que cada ventana de 10 días tiene su propia columna. Comprobado el %3.</translation>
    </message>
    <message>
        <source>Some floors are in other time zones: their windows are the same instants, so their days start at other local times.</source>
        <translation>Algunas plantas están en otras zonas horarias: sus ventanas son los mismos instantes, por lo que sus días empiezan a otras horas locales.</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor and 10-day window of the query&apos;s range.</source>
        <translation>Proporción de los datos de espacio abierto esperados que han llegado, por planta y ventana de 10 días del intervalo de la consulta.</translation>
    </message>
    <message>
        <source>What a value below 100 % means</source>
        <translation>Qué significa un valor inferior al 100 %</translation>
    </message>
    <message>
        <source>The API says how much of the expected data has arrived, not why some is missing. Each cell names the most likely of the three usual causes that the app can tell:</source>
        <translation>La API indica qué parte de los datos esperados ha llegado, no por qué faltan algunos. Cada celda indica la más probable de las tres causas habituales que la aplicación puede distinguir:</translation>
    </message>
    <message>
        <source>the floor&apos;s status is &quot;planning&quot;: its sensors are not live yet.</source>
        <translation>el estado de la planta es &quot;planning&quot;: sus sensores aún no están activos.</translation>
    </message>
    <message>
        <source>the window reaches into the last 8 hours (or the future). Density processes data within about 8 hours; check again later.</source>
        <translation>la ventana abarca las últimas 8 horas (o el futuro). Density procesa los datos en unas 8 horas; vuelva a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>anything else: sensors were offline or data is missing; in bold at or below 80 %, where data counts as low quality. The Sensor health page shows which sensors are offline now.</source>
        <translation>cualquier otro caso: los sensores estuvieron sin conexión o faltan datos; en negrita si es igual o inferior al 80 %, donde los datos se consideran de baja calidad. La página Estado de los sensores muestra qué sensores están sin conexión ahora.</translation>
    </message>
    <message>
        <source>all expected data has arrived. Floors without open-area sensors are listed without a value: completeness applies only to open-area floors.</source>
        <translation>han llegado todos los datos esperados. Las plantas sin sensores de espacio abierto se muestran sin valor: la completitud solo se aplica a plantas de espacio abierto.</translation>
    </message>
    <message>
        <source>Select a cell to read what its value most likely means.</source>
        <translation>Seleccione una celda para leer qué significa probablemente su valor.</translation>
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
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Data status is answered in windows of at most 10 days; each row is one floor in one window.</source>
        <translation>El estado de los datos se responde en ventanas de 10 días como máximo; cada fila es una planta en una ventana.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>completion: share (0 to 1) of the floor&apos;s expected open-area data that has arrived and been processed in the window (/v3/analytics/data-status); empty when the API gave no value.</source>
        <translation>completion: proporción (de 0 a 1) de los datos de espacio abierto esperados de la planta que han llegado y se han procesado en la ventana (/v3/analytics/data-status); vacío si la API no devolvió ningún valor.</translation>
    </message>
    <message>
        <source>likely_reason: the app&apos;s best guess, not the API&apos;s: complete; planning (the floor is in planning); processing (the window reaches into the last 8 hours); offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no open-area sensors on the floor); no_value (no value in this window only).</source>
        <translation>likely_reason: la mejor estimación de la aplicación, no de la API: complete (completo); planning (la planta está en planificación); processing (la ventana abarca las últimas 8 horas); offline_or_missing (en otro caso: sensores sin conexión o datos que faltan); not_applicable (no hay sensores de espacio abierto en la planta); no_value (sin valor solo en esta ventana).</translation>
    </message>
    <message>
        <source>Data completeness by floor</source>
        <translation>Completitud de los datos por planta</translation>
    </message>
</context>
<context>
    <name>Density::DateRanges</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Último mes completo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>Density::DensityClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>&quot;%1&quot; no es una dirección de servidor válida.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https://%1.</source>
        <translation>http:// sin cifrar solo se permite para este equipo (loopback); use https://%1.</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported, not %1.</source>
        <translation>Solo se admiten direcciones de servidor https://, no %1.</translation>
    </message>
    <message>
        <source>Filter sensors by serial numbers or by spaces, not both: the API rejects the combination.</source>
        <translation>Filtre los sensores por números de serie o por espacios, no por ambos: la API rechaza la combinación.</translation>
    </message>
</context>
<context>
    <name>Density::DoorwayModel</name>
    <message>
        <source>Not loaded</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <source>%1 (sensor placement %2)</source>
        <extracomment>%1 space name, %2 the API&apos;s sensor_placement (which side the sensor is on).</extracomment>
        <translation>%1 (ubicación del sensor %2)</translation>
    </message>
    <message>
        <source>The sensor is not among the sensors loaded for this selection.</source>
        <translation>El sensor no está entre los sensores cargados para esta selección.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>Estado del sensor</translation>
    </message>
    <message>
        <source>Linked spaces</source>
        <translation>Espacios vinculados</translation>
    </message>
</context>
<context>
    <name>Density::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Density::ExportController</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Datos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, sharp enough for slides.</source>
        <translation>Guardar el gráfico como imagen PNG, con nitidez suficiente para presentaciones.</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV, with where they came from.</source>
        <translation>Guardar como CSV los números del gráfico, con su procedencia.</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Exportar datos como CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page yet: select a space and let its data load first.</source>
        <translation>Todavía no hay nada que exportar en esta página: seleccione un espacio y espere a que se carguen sus datos.</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image, so nothing was saved.</source>
        <translation>No se pudo dibujar el gráfico como imagen, por lo que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>There is no data to write, so nothing was saved.</source>
        <translation>No hay datos que escribir, por lo que no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Se guardó %1 (%2).</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason.</extracomment>
        <translation>No se pudo guardar %1: %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any file that was there is unchanged.</source>
        <translation>No se pudo guardar %1: %2. El archivo que existiera no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Density::ExportProvenance</name>
    <message>
        <source>capacity %1</source>
        <translation>capacidad %1</translation>
    </message>
    <message>
        <source>capacity 0 (no capacity set)</source>
        <translation>capacidad 0 (sin capacidad definida)</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>sin capacidad definida</translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation>sin zona horaria</translation>
    </message>
    <message>
        <source>Space: %1 | %2 | %3 | %4</source>
        <extracomment>%1 space id, %2 name, %3 capacity, %4 time zone.</extracomment>
        <translation>Espacio: %1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>todas las horas</translation>
    </message>
    <message>
        <source>%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)</source>
        <extracomment>%1 day names, %2 day numbers, %3 opening hour, %4 closing hour.</extracomment>
        <translation>%1 (días %2; 0 = domingo) de %3 a %4 (fin excluido)</translation>
    </message>
    <message>
        <source>Density Dashboard export</source>
        <translation>Exportación de Density Dashboard</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (both included; as sent to the API)</source>
        <translation>Intervalo: de %1 a %2 (ambos incluidos; tal como se envió a la API)</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>Resolución: %1</translation>
    </message>
    <message>
        <source>Operating hours: %1</source>
        <translation>Horario de funcionamiento: %1</translation>
    </message>
    <message>
        <source>Time zone: UTC (fallback: no time zone set for the space)</source>
        <translation>Zona horaria: UTC (alternativa: el espacio no tiene zona horaria definida)</translation>
    </message>
    <message>
        <source>Time zone: %1 (the space&apos;s own)</source>
        <translation>Zona horaria: %1 (la del espacio)</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>Definiciones:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>Versión de la aplicación: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>Exportado el: %1</translation>
    </message>
</context>
<context>
    <name>Density::HealthTimelineWidget</name>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Degraded (striped: online, not sending)</source>
        <translation>Degradado (rayado: en línea, sin enviar datos)</translation>
    </message>
    <message>
        <source>Offline (cross-hatched)</source>
        <translation>Sin conexión (cuadriculado)</translation>
    </message>
    <message>
        <source>Unknown (dotted: reported as unknown)</source>
        <translation>Desconocido (punteado: informado como desconocido)</translation>
    </message>
    <message>
        <source>Unknown: no history before the first change</source>
        <translation>Desconocido: sin historial antes del primer cambio</translation>
    </message>
    <message>
        <source>Status already in force when the range starts</source>
        <translation>Estado ya vigente al inicio del intervalo</translation>
    </message>
    <message>
        <source>Unknown (no history before the first change)</source>
        <translation>Desconocido (sin historial antes del primer cambio)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>menos de un minuto</translation>
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
        <translation>De %1 a %2 (hora local, %3)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Status in force at the start of the range (it may have begun earlier).</source>
        <translation>Estado vigente al inicio del intervalo (puede haber empezado antes).</translation>
    </message>
    <message>
        <source>Still in force at the end of the range.</source>
        <translation>Sigue vigente al final del intervalo.</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>Historial de estado</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>In the health history&apos;s summary for screen readers: status, duration</extracomment>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>Sensor %1: %2</source>
        <translation>Sensor %1: %2</translation>
    </message>
    <message>
        <source>No sensors to show.</source>
        <translation>No hay sensores que mostrar.</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapAdapter</name>
    <message>
        <source>average people</source>
        <translation>personas de media</translation>
    </message>
    <message>
        <source>people at peak</source>
        <translation>personas en el pico</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>% de la capacidad</translation>
    </message>
    <message>
        <source>% of the hour in use</source>
        <translation>% de la hora en uso</translation>
    </message>
    <message>
        <source>Average occupancy: people present on average during the hour.</source>
        <translation>Ocupación media: personas presentes de media durante la hora.</translation>
    </message>
    <message>
        <source>Peak occupancy: the most people present at once during the hour.</source>
        <translation>Ocupación máxima: el mayor número de personas presentes a la vez durante la hora.</translation>
    </message>
    <message>
        <source>Average utilization: average occupancy as a percentage of the space&apos;s capacity.</source>
        <translation>Utilización media: ocupación media como porcentaje de la capacidad del espacio.</translation>
    </message>
    <message>
        <source>Share of time used: the percentage of the hour in which at least one person was present.</source>
        <translation>Proporción de tiempo de uso: el porcentaje de la hora en el que hubo al menos una persona presente.</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>Ocupación media</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>Ocupación máxima</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Utilización media</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Proporción de tiempo de uso</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapWidget</name>
    <message>
        <source>Typical week heatmap</source>
        <translation>Mapa de calor de la semana típica</translation>
    </message>
    <message>
        <source>Hours in local time (time zone unknown)</source>
        <translation>Horas en hora local (zona horaria desconocida)</translation>
    </message>
    <message>
        <source>Hours in local time, %1</source>
        <translation>Horas en hora local, %1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>weekday, hour start, hour end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
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
            <numerusform>(%n semana)</numerusform>
            <numerusform>(%n semanas)</numerusform>
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
        <translation>sin datos</translation>
    </message>
    <message>
        <source>now</source>
        <comment>marks the current weekday and hour</comment>
        <translation>ahora</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este período</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation>Hora de más ocupación: %1</translation>
    </message>
    <message>
        <source>Quietest hour: %1</source>
        <translation>Hora más tranquila: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the week without data</source>
        <translation>
            <numerusform>%n hora de la semana sin datos</numerusform>
            <numerusform>%n horas de la semana sin datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::InsecureFileCredentialStore</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged (%2).</source>
        <translation>El archivo de credenciales %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo de credenciales %1: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be replaced.</source>
        <translation>No se puede sustituir el archivo de credenciales %1.</translation>
    </message>
</context>
<context>
    <name>Density::KeychainCredentialStore</name>
    <message>
        <source>The system keychain did not answer (it may be locked).</source>
        <translation>El llavero del sistema no respondió (puede que esté bloqueado).</translation>
    </message>
    <message>
        <source>The system keychain returned another value than the one stored.</source>
        <translation>El llavero del sistema devolvió un valor distinto del guardado.</translation>
    </message>
</context>
<context>
    <name>Density::KioskApp</name>
    <message>
        <source>The kiosk cannot connect to %1: %2</source>
        <translation>El quiosco no puede conectarse a %1: %2</translation>
    </message>
    <message>
        <source>No connection is set up for this wall screen. Add one that signs in with display credentials (Connect… in the dashboard, or density-cli profile add) and choose it under Settings &gt; Kiosk.</source>
        <translation>No hay ninguna conexión configurada para esta pantalla mural. Añada una que inicie sesión con credenciales de pantalla (Conectar… en el panel, o density-cli profile add) y selecciónela en Configuración &gt; Quiosco.</translation>
    </message>
    <message>
        <source>The connection “%1” signs in with %2. A wall screen signs in only with display credentials, so that it can read presence and never change anything; choose a display connection under Settings &gt; Kiosk.</source>
        <translation>La conexión “%1” inicia sesión con %2. Una pantalla mural solo inicia sesión con credenciales de pantalla, para poder leer la presencia sin modificar nunca nada; elija una conexión de pantalla en Configuración &gt; Quiosco.</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not stored on this machine%2. Connect once with that connection to store it.</source>
        <translation>El secreto de cliente de “%1” no está guardado en este equipo%2. Conéctese una vez con esa conexión para guardarlo.</translation>
    </message>
</context>
<context>
    <name>Density::KioskController</name>
    <message>
        <source>Looking for this screen&apos;s floors…</source>
        <translation>Buscando las plantas de esta pantalla…</translation>
    </message>
    <message>
        <source>No building with floors was found.</source>
        <translation>No se encontró ningún edificio con plantas.</translation>
    </message>
    <message>
        <source>The floors to show could not be found: %1 Trying again.</source>
        <translation>No se encontraron las plantas que mostrar: %1 Reintentando.</translation>
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
        <translation>Salas de reuniones</translation>
    </message>
    <message>
        <source>Phone booths</source>
        <translation>Cabinas telefónicas</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Puestos de trabajo</translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation>Otros espacios</translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorView</name>
    <message>
        <source>Busiest hours today</source>
        <translation>Horas de mayor afluencia hoy</translation>
    </message>
    <message>
        <source>Occupancy, not booking</source>
        <extracomment>The wall screen shows sensed presence; a free-looking room may still be booked.</extracomment>
        <translation>Ocupación, no reservas</translation>
    </message>
    <message>
        <source>Sensors show whether people are in a space now; a free space may still be booked.</source>
        <translation>Los sensores muestran si hay personas en un espacio ahora; un espacio libre puede estar reservado.</translation>
    </message>
    <message>
        <source>Loading floor…</source>
        <translation>Cargando planta…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>The wall screen&apos;s clock when the floor has no time zone, e.g. &quot;14:32 UTC&quot;</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation>último valor conocido: %1</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Aún no hay historial suficiente</translation>
    </message>
    <message>
        <source>Typical for a %1, from the last four weeks</source>
        <extracomment>Under the busiest hours on the wall screen; %1 is a weekday name</extracomment>
        <translation>Lo habitual un %1, según las últimas cuatro semanas</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <extracomment>Appended to &quot;Last updated 14:32&quot;</extracomment>
        <translation>(hace %1 min)</translation>
    </message>
    <message>
        <source>Waiting for the first update</source>
        <translation>Esperando la primera actualización</translation>
    </message>
    <message>
        <source>Floor %1 of %2</source>
        <translation>Planta %1 de %2</translation>
    </message>
    <message>
        <source>Offline since %1 — no data to show yet</source>
        <translation>Sin conexión desde %1: aún no hay datos que mostrar</translation>
    </message>
    <message>
        <source>No updates since %1 — showing last known state</source>
        <translation>Sin actualizaciones desde %1: se muestra el último estado conocido</translation>
    </message>
    <message>
        <source>Offline since %1 — showing last known state</source>
        <translation>Sin conexión desde %1: se muestra el último estado conocido</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>Reconectando automáticamente.</translation>
    </message>
    <message>
        <source>Reconnecting automatically. (%1)</source>
        <translation>Reconectando automáticamente. (%1)</translation>
    </message>
</context>
<context>
    <name>Density::KioskPinPrompt</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Enter the exit PIN, then press Enter.</source>
        <translation>Introduzca el PIN de salida y pulse Intro.</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN de salida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Density::KioskSettingsSection</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Inic&amp;iar sesión con:</translation>
    </message>
    <message>
        <source>&amp;Display id:</source>
        <translation>ID de &amp;pantalla:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Overrides the connection&apos;s display id, which names this screen to Density.</source>
        <translation>Sustituye el ID de pantalla de la conexión, que identifica esta pantalla ante Density.</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Floors to rotate through</source>
        <translation>Plantas que se muestran por turnos</translation>
    </message>
    <message>
        <source>Floor ids</source>
        <translation>ID de plantas</translation>
    </message>
    <message>
        <source>&amp;Seconds per floor:</source>
        <translation>&amp;Segundos por planta:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Wall theme</source>
        <translation>Tema de la pantalla mural</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Follow the schedule</source>
        <translation>Seguir la programación</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Siempre claro</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Siempre oscuro</translation>
    </message>
    <message>
        <source>&amp;Light from:</source>
        <translation>C&amp;laro desde:</translation>
    </message>
    <message>
        <source>Dar&amp;k from:</source>
        <translation>&amp;Oscuro desde:</translation>
    </message>
    <message>
        <source>Awake hours</source>
        <translation>Horario activo</translation>
    </message>
    <message>
        <source>After h&amp;ours:</source>
        <translation>&amp;Fuera del horario:</translation>
    </message>
    <message>
        <source>Stay on</source>
        <translation>Mantener encendida</translation>
    </message>
    <message>
        <source>Dim the screen</source>
        <translation>Atenuar la pantalla</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>Apagar la pantalla</translation>
    </message>
    <message>
        <source>&amp;Awake from:</source>
        <translation>&amp;Activa desde:</translation>
    </message>
    <message>
        <source>A&amp;wake until:</source>
        <translation>Acti&amp;va hasta:</translation>
    </message>
    <message>
        <source>Awake days:</source>
        <translation>Días activos:</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN de salida</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>&amp;Quitar PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nuevo PIN:</translation>
    </message>
    <message>
        <source>Re&amp;peat PIN:</source>
        <translation>&amp;Repetir PIN:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>Start the wall screen with density-dashboard --kiosk</source>
        <translation>Inicie la pantalla mural con density-dashboard --kiosk</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <translation>%1, pantalla %2</translation>
    </message>
    <message>
        <source>Unknown connection (%1)</source>
        <translation>Conexión desconocida (%1)</translation>
    </message>
    <message>
        <source>%1 is not in the portfolio open now.</source>
        <translation>%1 no está en la cartera abierta ahora.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Separate floor ids with commas: “%1” has a space in it.</source>
        <translation>Separe los ID de plantas con comas: “%1” contiene un espacio.</translation>
    </message>
    <message>
        <source>Light and dark need different times.</source>
        <translation>Claro y oscuro necesitan horas distintas.</translation>
    </message>
    <message>
        <source>Choose at least one awake day, or the screen never wakes up.</source>
        <translation>Elija al menos un día activo; si no, la pantalla nunca se activará.</translation>
    </message>
    <message>
        <source>Awake hours must start and end at different times.</source>
        <translation>El horario activo debe empezar y terminar a horas distintas.</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation>El PIN debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field.</source>
        <translation>Vuelva a escribir el PIN en el segundo campo.</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Checked floors are shown in this order; drag them or use the arrows to change it. None checked: the first building&apos;s floors.</source>
        <translation>Las plantas marcadas se muestran en este orden; arrástrelas o use las flechas para cambiarlo. Si no hay ninguna marcada: las plantas del primer edificio.</translation>
    </message>
    <message>
        <source>Floor ids separated by commas, in the order they are shown. Empty: the first building&apos;s floors.</source>
        <translation>ID de plantas separados por comas, en el orden en que se muestran. Vacío: las plantas del primer edificio.</translation>
    </message>
    <message>
        <source>A PIN is set. The new PIN replaces it when you press OK or Apply.</source>
        <translation>Hay un PIN definido. El nuevo PIN lo sustituye al pulsar Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>No PIN is set. The new PIN is saved when you press OK or Apply.</source>
        <translation>No hay ningún PIN definido. El nuevo PIN se guarda al pulsar Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>A PIN is set. It is removed when you press OK or Apply.</source>
        <translation>Hay un PIN definido. Se elimina al pulsar Aceptar o Aplicar.</translation>
    </message>
    <message>
        <source>A PIN is set: leaving the wall screen asks for it.</source>
        <translation>Hay un PIN definido: se solicita para salir de la pantalla mural.</translation>
    </message>
    <message>
        <source>No PIN is set: anyone at the wall screen can leave it.</source>
        <translation>No hay ningún PIN definido: cualquier persona ante la pantalla mural puede salir de ella.</translation>
    </message>
    <message>
        <source>&amp;Change PIN…</source>
        <translation>&amp;Cambiar PIN…</translation>
    </message>
    <message>
        <source>&amp;Set PIN…</source>
        <translation>&amp;Definir PIN…</translation>
    </message>
    <message>
        <source>&amp;Keep PIN</source>
        <translation>&amp;Mantener PIN</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>Mantener el PIN actual</translation>
    </message>
    <message>
        <source>Don&apos;t set a PIN</source>
        <translation>No definir ningún PIN</translation>
    </message>
    <message>
        <source>No saved connection signs in as a display yet. Add one with File &gt; Connect to an Account… (sign in with “Display credentials”), or run: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</source>
        <translation>Todavía no hay ninguna conexión guardada que inicie sesión como pantalla. Añada una con Archivo &gt; Conectar a una cuenta… (inicie sesión con “Credenciales de pantalla”) o ejecute: density-cli profile add NOMBRE --base-url URL --client-id ID --client-secret SECRETO --display-id PANTALLA</translation>
    </message>
    <message>
        <source>Connections that sign in with display credentials; “Current connection” is the one the dashboard last used.</source>
        <translation>Conexiones que inician sesión con credenciales de pantalla; “Conexión actual” es la que usó el panel por última vez.</translation>
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
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo dentro de %1.</translation>
    </message>
    <message>
        <source>No exit PIN is set for this screen. Ask your administrator.</source>
        <translation>No hay ningún PIN de salida definido para esta pantalla. Consulte a su administrador.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>PIN incorrecto. Demasiados intentos: inténtelo de nuevo dentro de %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Showing occupancy on a wall screen</source>
        <translation>Mostrando la ocupación en una pantalla mural</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Spaces on this floor</source>
        <translation>Espacios de esta planta</translation>
    </message>
    <message>
        <source>%1 Unknown, last: %2</source>
        <extracomment>On a wall-screen tile while offline: now unknown, and the state last seen</extracomment>
        <translation>%1 Desconocido, último: %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 available</source>
        <extracomment>Group header on the wall screen, e.g. &quot;Meeting rooms · 3 of 8 available&quot;</extracomment>
        <translation>%1 · %2 de %3 disponibles</translation>
    </message>
    <message>
        <source>(last: %1 available, %2 occupied)</source>
        <extracomment>A folded group on the wall screen while offline, after &quot;? 40 unknown&quot;</extracomment>
        <translation>(último: %1 disponibles, %2 ocupados)</translation>
    </message>
    <message>
        <source>No data for this floor yet.</source>
        <translation>Aún no hay datos para esta planta.</translation>
    </message>
    <message>
        <source>Connecting to this floor&apos;s sensors…</source>
        <translation>Conectando con los sensores de esta planta…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n space(s)</source>
        <extracomment>Group header on the wall screen while offline, e.g. &quot;Desks · 24 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n espacio</numerusform>
            <numerusform>%1 · %n espacios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::LabelForm</name>
    <message>
        <source>The label group this label belongs to</source>
        <translation>El grupo de etiquetas al que pertenece esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>The label no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>La etiqueta ya no existe; puede que se haya eliminado desde otro lugar. Vuelva a cargar la lista de etiquetas.</translation>
    </message>
    <message>
        <source>A new label; Apply creates it.</source>
        <translation>Una etiqueta nueva; Aplicar la crea.</translation>
    </message>
    <message>
        <source>(No group)</source>
        <translation>(Sin grupo)</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>sin grupo</translation>
    </message>
    <message>
        <source>Name: %1; group: %2</source>
        <translation>Nombre: %1; grupo: %2</translation>
    </message>
    <message>
        <source>Type a name for the new label.</source>
        <translation>Escriba un nombre para la etiqueta nueva.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Se omiten los espacios en blanco al principio o al final.</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>Crear etiqueta</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Editar etiqueta</translation>
    </message>
    <message>
        <source>Renamed to “%1” and moved to %2.</source>
        <translation>Se renombró a “%1” y se movió a %2.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Se renombró a “%1”.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Se movió a %1.</translation>
    </message>
    <message>
        <source>Created the label “%1”.</source>
        <translation>Se creó la etiqueta “%1”.</translation>
    </message>
    <message>
        <source>created the label “%1” without a group</source>
        <translation>se creó la etiqueta “%1” sin grupo</translation>
    </message>
    <message>
        <source>putting it into %1</source>
        <translation>al añadirla a %1</translation>
    </message>
    <message>
        <source>Created the label “%1” in %2.</source>
        <translation>Se creó la etiqueta “%1” en %2.</translation>
    </message>
</context>
<context>
    <name>Density::LabelGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The label group no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>El grupo de etiquetas ya no existe; puede que se haya eliminado desde otro lugar. Vuelva a cargar la lista de etiquetas.</translation>
    </message>
    <message>
        <source>A new, empty label group; Apply creates it.</source>
        <translation>Un grupo de etiquetas nuevo y vacío; Aplicar lo crea.</translation>
    </message>
    <message>
        <source>Type a name for the new label group.</source>
        <translation>Escriba un nombre para el grupo de etiquetas nuevo.</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>Se omiten los espacios en blanco al principio o al final.</translation>
    </message>
    <message>
        <source>Create label group</source>
        <translation>Crear grupo de etiquetas</translation>
    </message>
    <message>
        <source>Created the label group “%1”.</source>
        <translation>Se creó el grupo de etiquetas “%1”.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Rename label group</source>
        <translation>Renombrar grupo de etiquetas</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Se renombró a “%1”.</translation>
    </message>
</context>
<context>
    <name>Density::LabelNameCheck</name>
    <message>
        <source>A label needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>A label group needs a name.</source>
        <translation>Un grupo de etiquetas necesita un nombre.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Como máximo %1 caracteres; este nombre tiene %2.</translation>
    </message>
    <message>
        <source>A label named “%1” already exists; choose another name.</source>
        <translation>Ya existe una etiqueta llamada “%1”; elija otro nombre.</translation>
    </message>
    <message>
        <source>A label group named “%1” already exists; choose another name.</source>
        <translation>Ya existe un grupo de etiquetas llamado “%1”; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>Density::LabelTreeModel</name>
    <message>
        <source>Ungrouped</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Labels that belong to no label group</source>
        <translation>Etiquetas que no pertenecen a ningún grupo de etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Label group “%1”: %n label(s)</source>
        <translation>
            <numerusform>Grupo de etiquetas “%1”: %n etiqueta</numerusform>
            <numerusform>Grupo de etiquetas “%1”: %n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label “%1” on %n space(s)</source>
        <translation>
            <numerusform>Etiqueta “%1” en %n espacio</numerusform>
            <numerusform>Etiqueta “%1” en %n espacios</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
</context>
<context>
    <name>Density::LabelsAdminWidget</name>
    <message>
        <source>New &amp;label…</source>
        <translation>Nueva &amp;etiqueta…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nuevo &amp;grupo…</translation>
    </message>
    <message>
        <source>Filter labels and groups…</source>
        <translation>Filtrar etiquetas y grupos…</translation>
    </message>
    <message>
        <source>Filter labels and groups</source>
        <translation>Filtrar etiquetas y grupos</translation>
    </message>
    <message>
        <source>Labels by group</source>
        <translation>Etiquetas por grupo</translation>
    </message>
    <message>
        <source>Create a label, in the group of the current item</source>
        <translation>Crear una etiqueta en el grupo del elemento actual</translation>
    </message>
    <message>
        <source>Create an empty label group</source>
        <translation>Crear un grupo de etiquetas vacío</translation>
    </message>
    <message>
        <source>Spaces with this label</source>
        <translation>Espacios con esta etiqueta</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation>Cargando etiquetas…</translation>
    </message>
    <message>
        <source>✖ Could not load the labels: %1</source>
        <translation>✖ No se pudieron cargar las etiquetas: %1</translation>
    </message>
    <message>
        <source>Pick a label or a label group on the left to rename it or move it, or create one with New label… or New group…</source>
        <translation>Elija una etiqueta o un grupo de etiquetas a la izquierda para renombrarlo o moverlo, o cree uno con Nueva etiqueta… o Nuevo grupo…</translation>
    </message>
    <message>
        <source>Discard edits?</source>
        <translation>¿Descartar las modificaciones?</translation>
    </message>
    <message>
        <source>The edits in “%1” have not been applied. Discard them?</source>
        <translation>Las modificaciones de “%1” no se han aplicado. ¿Descartarlas?</translation>
    </message>
    <message>
        <source>These labels belong to no label group. Pick one to rename it or to move it into a group.</source>
        <translation>Estas etiquetas no pertenecen a ningún grupo de etiquetas. Elija una para renombrarla o moverla a un grupo.</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>Etiqueta “%1”</translation>
    </message>
    <message>
        <source>Label group “%1”</source>
        <translation>Grupo de etiquetas “%1”</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>New label group</source>
        <translation>Nuevo grupo de etiquetas</translation>
    </message>
    <message>
        <source>Spaces with this label (%1)</source>
        <translation>Espacios con esta etiqueta (%1)</translation>
    </message>
    <message>
        <source>No space carries this label.</source>
        <translation>Ningún espacio tiene esta etiqueta.</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Density::LiveConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Stale: showing last known state</source>
        <translation>Obsoleto: se muestra el último estado conocido</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Density::LiveFeed</name>
    <message>
        <source>The server offered a stream address that is not a secure WebSocket (wss://) address; it was not used.</source>
        <translation>El servidor ofreció una dirección de transmisión que no es una dirección WebSocket segura (wss://); no se ha utilizado.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>Se cerró la conexión en directo.</translation>
    </message>
    <message>
        <source>The live connection failed: %1</source>
        <translation>Falló la conexión en directo: %1</translation>
    </message>
    <message>
        <source>No snapshot for %1 s (one is due every %2 s); reconnecting.</source>
        <translation>Sin instantánea desde hace %1 s (se espera una cada %2 s); reconectando.</translation>
    </message>
    <message>
        <source>Two refreshes were missed; the last known state is shown.</source>
        <translation>Se perdieron dos actualizaciones; se muestra el último estado conocido.</translation>
    </message>
</context>
<context>
    <name>Density::LivePage</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the spaces as a table with health and counting mode</source>
        <translation>Mostrar los espacios como tabla con el estado y el modo de recuento</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show the spaces as tiles</source>
        <translation>Mostrar los espacios como mosaicos</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied show whether a sensor sees anyone right now: availability is occupancy, not booking. ? Unknown means the sensor is offline or degraded, or the data is stale (two refreshes missed); such a space is never shown as available, and its last reading reads “last: …”, dimmed.</source>
        <translation>✓ Disponible y ■ Ocupado indican si un sensor detecta a alguien en este momento: la disponibilidad es ocupación, no reserva. ? Desconocido significa que el sensor está sin conexión o degradado, o que los datos están obsoletos (dos actualizaciones perdidas); un espacio así nunca se muestra como disponible, y su última lectura aparece atenuada como “último: …”.</translation>
    </message>
    <message>
        <source>The live view of %1 stopped.</source>
        <translation>Se detuvo la vista en directo de %1.</translation>
    </message>
    <message>
        <source>The live view of %1 stopped. %2</source>
        <translation>Se detuvo la vista en directo de %1. %2</translation>
    </message>
    <message>
        <source>Select a floor, or a room on it, to see its spaces live.</source>
        <translation>Seleccione una planta, o una sala de ella, para ver sus espacios en directo.</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>En directo: %1</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>Espacios ahora mismo</translation>
    </message>
    <message>
        <source>Spaces right now, as tiles</source>
        <translation>Espacios ahora mismo, en mosaico</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Presence / count</source>
        <translation>Presencia / recuento</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Modo de recuento</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
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
        <translation>último: %1</translation>
    </message>
</context>
<context>
    <name>Density::MainWindow</name>
    <message>
        <source>Loading spaces…</source>
        <translation>Cargando espacios…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to an Account…</source>
        <translation>&amp;Conectar a una cuenta…</translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation>Ca&amp;mbiar de conexión</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Portfolio</source>
        <translation>Abrir la cartera de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Spaces Panel</source>
        <translation>Panel de &amp;espacios</translation>
    </message>
    <message>
        <source>&amp;Find Space</source>
        <translation>&amp;Buscar espacio</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Density Dashboard</source>
        <translation>&amp;Acerca de Density Dashboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>The demo portfolio is not available in this build.</source>
        <translation>La cartera de demostración no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated) at %1</source>
        <extracomment>Exports&apos; provenance: %1 the simulator&apos;s address on this computer.</extracomment>
        <translation>Cartera de demostración (simulada) en %1</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated)</source>
        <translation>Cartera de demostración (simulada)</translation>
    </message>
    <message>
        <source>A simulated organization served on this computer at %1</source>
        <translation>Una organización simulada servida en este equipo en %1</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Exports&apos; provenance: %1 the API&apos;s address (the API does not name the organization).</extracomment>
        <translation>API de Density en %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Exports&apos; provenance and the activity log: %1 the profile&apos;s name, %2 the API&apos;s address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These spaces were not found: %1.</source>
        <translation>No se encontraron estos espacios: %1.</translation>
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
        <translation>Cartera de demostración — Density Dashboard</translation>
    </message>
    <message>
        <source>%1 — Density Dashboard</source>
        <translation>%1 — Density Dashboard</translation>
    </message>
    <message>
        <source>About Density Dashboard</source>
        <translation>Acerca de Density Dashboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for Density occupancy sensors: occupancy, utilization and time used, with the time basis and data quality behind every number.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;Un panel de escritorio para sensores de ocupación Density: ocupación, utilización y tiempo de uso, con la base temporal y la calidad de los datos detrás de cada cifra.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
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
        <translation>Seleccione un espacio, o hasta 8 para compararlos, en el panel Espacios.</translation>
    </message>
    <message>
        <source>The time basis of every number on this page: the range, the resolution, the operating hours and the time zone.</source>
        <translation>La base temporal de todas las cifras de esta página: el intervalo, la resolución, el horario de funcionamiento y la zona horaria.</translation>
    </message>
    <message>
        <source>The data could not be loaded: %1</source>
        <translation>No se pudieron cargar los datos: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the chart.</source>
        <translation>Se canceló la carga. Actualizar (F5) carga el gráfico.</translation>
    </message>
    <message>
        <source>Loading was cancelled; the chart still shows the previous query. Refresh (F5) loads the new one.</source>
        <translation>Se canceló la carga; el gráfico sigue mostrando la consulta anterior. Actualizar (F5) carga la nueva.</translation>
    </message>
    <message>
        <source>The range&apos;s last day is before its first; choose another range.</source>
        <translation>El último día del intervalo es anterior al primero; elija otro intervalo.</translation>
    </message>
    <message>
        <source>Not connected: open the demo portfolio or connect to an account.</source>
        <translation>No conectado: abra la cartera de demostración o conéctese a una cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: rolled up from %n of its spaces</source>
        <translation>
            <numerusform>%1: agregado a partir de %n de sus espacios</numerusform>
            <numerusform>%1: agregado a partir de %n de sus espacios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a capacity, left out of utilization)</source>
        <translation>
            <numerusform> (%n sin capacidad, excluido de la utilización)</numerusform>
            <numerusform> (%n sin capacidad, excluidos de la utilización)</numerusform>
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
        <translation>%1: la API no devolvió datos en este intervalo.</translation>
    </message>
    <message>
        <source>Rolled up on this computer: occupancy is the sum of the spaces, the peak an upper bound (their peaks added up), time used a lower bound (the busiest space).</source>
        <translation>Agregado en este equipo: la ocupación es la suma de los espacios, el máximo un límite superior (la suma de sus máximos) y el tiempo de uso un límite inferior (el espacio más concurrido).</translation>
    </message>
    <message>
        <source>Times are each space&apos;s local time, so 09:00 lines up with 09:00.</source>
        <translation>Las horas son la hora local de cada espacio, de modo que las 09:00 coinciden con las 09:00.</translation>
    </message>
    <message>
        <source>A gap in a line is time without data or outside the operating hours; it is never drawn as 0.</source>
        <translation>Un hueco en una línea es tiempo sin datos o fuera del horario de funcionamiento; nunca se dibuja como 0.</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1 (hora local)</translation>
    </message>
    <message>
        <source>%1

Basis: %2.
%3</source>
        <extracomment>Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.</extracomment>
        <translation>%1

Base: %2.
%3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Peak: the most people counted at any moment (occupancy_max) in a bucket with data. &quot;3+&quot; means the sensor counts up to 3, so there were at least 3.</source>
        <translation>Máximo: el mayor número de personas contadas en cualquier momento (occupancy_max) en un intervalo con datos. &quot;3+&quot; significa que el sensor cuenta hasta 3, así que hubo al menos 3.</translation>
    </message>
    <message>
        <source>Average: the number of people present on average within the operating hours, each bucket weighted by its length.</source>
        <translation>Media: el número medio de personas presentes dentro del horario de funcionamiento, con cada intervalo ponderado por su duración.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours, e.g. &quot;3.5 h&quot;.</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No operating day</source>
        <translation>Ningún día de funcionamiento</translation>
    </message>
    <message>
        <source>Hours used per operating day: the hours with at least one person present, divided by the %1 operating days of the range.</source>
        <translation>Horas de uso por día de funcionamiento: las horas con al menos una persona presente, divididas entre los %1 días de funcionamiento del intervalo.</translation>
    </message>
    <message>
        <source>Share of time used: the part of the measured operating hours with at least one person present.</source>
        <translation>Proporción de tiempo de uso: la parte del horario de funcionamiento medido con al menos una persona presente.</translation>
    </message>
    <message>
        <source>Data completeness: the share of the time the sensors were online (up_time), offline stretches counted as 0. Buckets at 80% or less are shaded as low quality.</source>
        <translation>Completitud de los datos: la proporción del tiempo en que los sensores estuvieron en línea (up_time); los tramos sin conexión cuentan como 0. Los intervalos del 80 % o menos se sombrean como de baja calidad.</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Provenance when no organization name is known: %1 the API&apos;s address.</extracomment>
        <translation>API de Density en %1</translation>
    </message>
    <message>
        <source>Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4</source>
        <translation>Para los espacios %1 se solicitaron los mismos días locales en su propia zona horaria %2: de %3 a %4</translation>
    </message>
    <message>
        <source>(none set; UTC)</source>
        <translation>(no definida; UTC)</translation>
    </message>
    <message>
        <source>%1: utilization divides by %2, the sum of its spaces&apos; capacities.</source>
        <translation>%1: la utilización se divide entre %2, la suma de las capacidades de sus espacios.</translation>
    </message>
    <message>
        <source>-and-%1-more</source>
        <extracomment>File name part for compared spaces: &quot;-and-2-more&quot;. Plain ASCII.</extracomment>
        <translation>-y-%1-mas</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Cifras resumen</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <extracomment>Accessible name of a chart, e.g. &quot;Occupancy (people) chart&quot;</extracomment>
        <translation>Gráfico: %1</translation>
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
        <translation>sin capacidad definida</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation>menos del 60 %</translation>
    </message>
    <message>
        <source>60–100%</source>
        <translation>60–100 %</translation>
    </message>
    <message>
        <source>over 100%</source>
        <translation>más del 100 %</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A capped peak: the sensor counted at least %1 people (&quot;3+&quot;).</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>missing data</source>
        <translation>faltan datos</translation>
    </message>
    <message>
        <source>sensors offline</source>
        <translation>sensores sin conexión</translation>
    </message>
    <message>
        <source>low quality</source>
        <translation>baja calidad</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>sin uso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>No data yet: this period has not happened.</source>
        <translation>Aún no hay datos: este período todavía no ha llegado.</translation>
    </message>
    <message>
        <source>No data: the API returned nothing for this period.</source>
        <translation>Sin datos: la API no devolvió nada para este período.</translation>
    </message>
    <message>
        <source>No data: the sensors were offline for the whole period.</source>
        <translation>Sin datos: los sensores estuvieron sin conexión durante todo el período.</translation>
    </message>
    <message>
        <source>Low quality: the sensors were online for %1 of this period (80% or less).</source>
        <translation>Baja calidad: los sensores estuvieron en línea el %1 de este período (80 % o menos).</translation>
    </message>
    <message>
        <source>Incomplete: the sensors were online for %1 of this period.</source>
        <translation>Incompleto: los sensores estuvieron en línea el %1 de este período.</translation>
    </message>
    <message>
        <source>Nobody was counted, with the sensors online throughout.</source>
        <translation>No se contó a nadie, con los sensores en línea todo el tiempo.</translation>
    </message>
    <message>
        <source>Complete data.</source>
        <translation>Datos completos.</translation>
    </message>
</context>
<context>
    <name>Density::OccupancyPage</name>
    <message>
        <source>%1, average</source>
        <translation>%1, media</translation>
    </message>
    <message>
        <source>%1, peak</source>
        <translation>%1, máximo</translation>
    </message>
    <message>
        <source>%1, capped peak</source>
        <translation>%1, máximo limitado</translation>
    </message>
    <message>
        <source>@yPoint+</source>
        <extracomment>Point label of a capped peak: @yPoint is the sensor&apos;s counting limit (&quot;3+&quot;).</extracomment>
        <translation>@yPoint+</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Horas de uso por día de funcionamiento</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Proporción de tiempo de uso</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Completitud de los datos</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <extracomment>Tooltip values of one bucket: %1 average people, %2 peak (&quot;3+&quot; when capped).</extracomment>
        <translation>media %1 · máximo %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>capped peak: at least this many (&quot;3+&quot;)</source>
        <translation>máximo limitado: al menos esta cantidad (&quot;3+&quot;)</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHours</name>
    <message>
        <source>Days are numbers from 0 (Sunday) to 6 (Saturday), not &quot;%1&quot;.</source>
        <translation>Los días son números de 0 (domingo) a 6 (sábado), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Hours look like 8-18, not &quot;%1&quot;.</source>
        <translation>Las horas tienen el formato 8-18, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Operating hours need at least one day and a start hour before the end hour (0-24).</source>
        <translation>El horario de funcionamiento necesita al menos un día y una hora de inicio anterior a la de fin (0-24).</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHoursDialog</name>
    <message>
        <source>Operating hours</source>
        <translation>Horario de funcionamiento</translation>
    </message>
    <message>
        <source>Only these days and hours count towards averages, peaks and time used. Hours are local time in each space&apos;s own time zone.</source>
        <translation>Solo estos días y horas cuentan para las medias, los máximos y el tiempo de uso. Las horas son locales, en la zona horaria de cada espacio.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <source>Monday to Friday, 08:00 to 18:00</source>
        <translation>De lunes a viernes, de 08:00 a 18:00</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>El fin debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>Se tiene en cuenta: %1</translation>
    </message>
</context>
<context>
    <name>Density::OverviewPage</name>
    <message>
        <source>Select a space in the Spaces panel to see its details. Ctrl+click or Shift+click to compare up to 8 spaces.</source>
        <translation>Seleccione un espacio en el panel Espacios para ver sus detalles. Ctrl+clic o Mayús+clic para comparar hasta 8 espacios.</translation>
    </message>
    <message>
        <source>No capacity set (the capacity is 0)</source>
        <translation>Sin capacidad definida (la capacidad es 0)</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Sin capacidad definida</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Nivel superior</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacidad:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Not set (times are shown in UTC)</source>
        <translation>Sin definir (las horas se muestran en UTC)</translation>
    </message>
    <message>
        <source>Counting mode:</source>
        <translation>Modo de recuento:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Space id:</source>
        <translation>ID del espacio:</translation>
    </message>
    <message>
        <source>Utilization needs a capacity above 0; set one in the space&apos;s settings.</source>
        <translation>La utilización necesita una capacidad mayor que 0; defínala en la configuración del espacio.</translation>
    </message>
    <message>
        <source>Selected spaces</source>
        <translation>Espacios seleccionados</translation>
    </message>
</context>
<context>
    <name>Density::PageTabs</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
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
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to see its typical week.</source>
        <translation>Seleccione un espacio en el panel Espacios para ver su semana típica.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the typical week again.</source>
        <translation>Se canceló la carga. Actualizar (F5) vuelve a cargar la semana típica.</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>No conectado. Abra la cartera de demostración o conéctese a una cuenta.</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>El último día del intervalo no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>%1 has no capacity set, so its utilization cannot be computed. Choose another metric, or set the space&apos;s capacity.</source>
        <translation>%1 no tiene capacidad definida, por lo que no se puede calcular su utilización. Elija otra métrica o defina la capacidad del espacio.</translation>
    </message>
    <message>
        <source>Loading the typical week…</source>
        <translation>Cargando la semana típica…</translation>
    </message>
    <message>
        <source>The typical week could not be loaded.</source>
        <translation>No se pudo cargar la semana típica.</translation>
    </message>
    <message numerus="yes">
        <source>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</source>
        <translation>
            <numerusform>El intervalo seleccionado (%1) es inferior a una semana, por lo que se usa la última semana completa (%n).</numerusform>
            <numerusform>El intervalo seleccionado (%1) es inferior a una semana, por lo que se usan las últimas %n semanas completas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; a typical week shows one space at a time: the first, %1.</source>
        <translation>
            <numerusform>Hay %n espacio seleccionado; una semana típica muestra un espacio cada vez: el primero, %1.</numerusform>
            <numerusform>Hay %n espacios seleccionados; una semana típica muestra un espacio cada vez: el primero, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no time zone set: the hours are in UTC, not local time.</source>
        <translation>%1 no tiene zona horaria definida: las horas están en UTC, no en hora local.</translation>
    </message>
    <message>
        <source>Some peaks reached the sensor&apos;s counting limit (&quot;3+&quot;): those hours had at least the number shown.</source>
        <translation>Algunos máximos alcanzaron el límite de recuento del sensor (&quot;3+&quot;): en esas horas hubo al menos el número indicado.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Se canceló la carga.</translation>
    </message>
    <message>
        <source>Typical week</source>
        <translation>Semana típica</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour in the space&apos;s local time, merged over the weeks of the range.</source>
        <translation>Ocupación por día de la semana y hora en la hora local del espacio, combinada a lo largo de las semanas del intervalo.</translation>
    </message>
    <message>
        <source>Typical week: %1</source>
        <translation>Semana típica: %1</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>una semana</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>un día</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1 (zona horaria del espacio)</translation>
    </message>
    <message>
        <source>%1 by weekday and hour, averaged over %2: %3.</source>
        <extracomment>%1 metric (&quot;Average occupancy&quot;), %2 &quot;8 weeks&quot;, %3 date range.</extracomment>
        <translation>%1 por día de la semana y hora, promediado en %2: %3.</translation>
    </message>
    <message>
        <source>Hours are local time in %1. Hourly data; the operating hours are not applied, so every hour of the week is shown.</source>
        <translation>Las horas son locales en %1. Datos por hora; el horario de funcionamiento no se aplica, por lo que se muestran todas las horas de la semana.</translation>
    </message>
    <message>
        <source>Colours run from the 5th to the 95th percentile of the cells; hatched grey is no data.</source>
        <translation>Los colores van del percentil 5 al 95 de las celdas; el gris rayado indica que no hay datos.</translation>
    </message>
    <message>
        <source>Hover a cell for its value and how many weeks it merges.</source>
        <translation>Sitúe el puntero sobre una celda para ver su valor y cuántas semanas combina.</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exportado el %1 (%2) con Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or the data&apos;s range when those are equal).</source>
        <translation>Escala de colores de la imagen: de %1 a %2 %3 (percentil 5 al 95 de las celdas, o el intervalo de los datos si ambos coinciden).</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>Unidad: %1.</translation>
    </message>
    <message>
        <source>Rows are local weekdays, columns local hours (the hour starting at the time shown). A cell is the mean of that weekday and hour over the weeks of the range; empty means no data (sensors offline, data not yet arrived, or nothing sent).</source>
        <translation>Las filas son días de la semana locales y las columnas, horas locales (la hora que empieza a la hora indicada). Una celda es la media de ese día de la semana y esa hora en las semanas del intervalo; vacía significa que no hay datos (sensores sin conexión, datos aún no recibidos o nada enviado).</translation>
    </message>
    <message>
        <source>Low up_time hours (at most 0.8) are included with the counts they have.</source>
        <translation>Las horas con up_time bajo (0,8 como máximo) se incluyen con los recuentos que tienen.</translation>
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
        <translation>&amp;Gestionar conexiones…</translation>
    </message>
    <message>
        <source>The connection works but could not be saved: %1</source>
        <translation>La conexión funciona, pero no se pudo guardar: %1</translation>
    </message>
    <message>
        <source>That connection profile no longer exists.</source>
        <translation>Ese perfil de conexión ya no existe.</translation>
    </message>
    <message>
        <source>Could not read the secret of “%1”: %2 Connect again with File &gt; Connect to an Account.</source>
        <extracomment>%1 the profile&apos;s name, %2 why its secret could not be read.</extracomment>
        <translation>No se pudo leer el secreto de “%1”: %2 Vuelva a conectarse con Archivo &gt; Conectar a una cuenta.</translation>
    </message>
</context>
<context>
    <name>Density::ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>El ID de perfil &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>El secreto está vacío.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>No hay ningún almacén de credenciales disponible.</translation>
    </message>
</context>
<context>
    <name>Density::ProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Edit Sign-in…</source>
        <translation>&amp;Editar inicio de sesión…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation>E&amp;liminar conexión…</translation>
    </message>
    <message>
        <source>Store secrets in a plain file on this computer (not encrypted)</source>
        <translation>Guardar los secretos en un archivo sin cifrar en este equipo (no cifrado)</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>Gestionar conexiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Conexiones guardadas</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>Change the server or the credentials; the secret is kept in the credential store, never in the settings file.</source>
        <translation>Cambiar el servidor o las credenciales; el secreto se guarda en el almacén de credenciales, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Horario de funcionamiento:</translation>
    </message>
    <message>
        <source>Operating hours used for new queries of this connection</source>
        <translation>Horario de funcionamiento usado en las nuevas consultas de esta conexión</translation>
    </message>
    <message>
        <source>Use the app&apos;s default operating hours (File &gt; Settings)</source>
        <translation>Usar el horario de funcionamiento predeterminado de la aplicación (Archivo &gt; Configuración)</translation>
    </message>
    <message>
        <source>Space to open first:</source>
        <translation>Espacio que se abre primero:</translation>
    </message>
    <message>
        <source>Space to open first</source>
        <translation>Espacio que se abre primero</translation>
    </message>
    <message>
        <source>Space id (spc_…); empty for none</source>
        <translation>ID del espacio (spc_…); vacío para ninguno</translation>
    </message>
    <message>
        <source>Space id to open first</source>
        <translation>ID del espacio que se abre primero</translation>
    </message>
    <message>
        <source>Where secrets are stored</source>
        <translation>Dónde se guardan los secretos</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A profile in the Manage Connections list: %1 is its name.</extracomment>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <extracomment>%1 the sign-in kind (&quot;OAuth client credentials&quot;), %2 the client id.</extracomment>
        <translation>%1, cliente %2</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <extracomment>%1 the sign-in kind and client, %2 the display id.</extracomment>
        <translation>%1, pantalla %2</translation>
    </message>
    <message>
        <source>None: the app&apos;s default (File &gt; Settings)</source>
        <translation>Ninguno: el predeterminado de la aplicación (Archivo &gt; Configuración)</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Una conexión necesita un nombre.</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>Ya hay otra conexión llamada “%1”.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <extracomment>%1 the connection&apos;s new name.</extracomment>
        <translation>Se renombró a “%1”.</translation>
    </message>
    <message>
        <source>Operating hours saved.</source>
        <translation>Horario de funcionamiento guardado.</translation>
    </message>
    <message>
        <source>This connection now uses the app&apos;s default hours.</source>
        <translation>Esta conexión usa ahora el horario predeterminado de la aplicación.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No space opens first.</source>
        <translation>No se abre ningún espacio primero.</translation>
    </message>
    <message>
        <source>The space to open first is saved.</source>
        <translation>Se ha guardado el espacio que se abre primero.</translation>
    </message>
    <message>
        <source>None: the app opens without a space selected.</source>
        <translation>Ninguno: la aplicación se abre sin ningún espacio seleccionado.</translation>
    </message>
    <message>
        <source>Opens “%1”.</source>
        <extracomment>%1 the space&apos;s name with its ancestors (&quot;HQ &gt; Floor 2 &gt; Room 4&quot;).</extracomment>
        <translation>Abre “%1”.</translation>
    </message>
    <message>
        <source>Not among this organization&apos;s loaded spaces; the id is kept as typed.</source>
        <translation>No está entre los espacios cargados de esta organización; el ID se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>The space&apos;s name shows here while this connection is in use.</source>
        <translation>El nombre del espacio se muestra aquí mientras esta conexión está en uso.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <extracomment>%1 the connection&apos;s name.</extracomment>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its saved secret is deleted too; you would need the token or client secret to connect to it again.</source>
        <translation>¿Eliminar la conexión “%1”? También se borra su secreto guardado; necesitará el token o el secreto de cliente para volver a conectarse.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 the credential store&apos;s error.</extracomment>
        <translation>Se eliminó “%1”, pero no se pudo borrar su secreto: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <extracomment>The title of the Connect dialog when it edits a saved connection; %1 its name.</extracomment>
        <translation>Inicio de sesión de “%1”</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1); enter it again.</source>
        <translation>No se pudo leer el secreto guardado (%1); vuelva a introducirlo.</translation>
    </message>
    <message>
        <source>That connection was removed meanwhile.</source>
        <translation>Esa conexión se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be saved: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 why saving failed.</extracomment>
        <translation>No se pudo guardar el inicio de sesión de “%1”: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1” saved.</source>
        <translation>Se guardó el inicio de sesión de “%1”.</translation>
    </message>
    <message>
        <source>Secrets are stored in: not decided yet (the system keychain is being checked).</source>
        <translation>Los secretos se guardan en: aún sin decidir (se está comprobando el llavero del sistema).</translation>
    </message>
    <message>
        <source>Secrets are stored in: the system keychain.</source>
        <translation>Los secretos se guardan en: el llavero del sistema.</translation>
    </message>
    <message>
        <source>Secrets are stored in: this session only.</source>
        <translation>Los secretos se guardan en: solo esta sesión.</translation>
    </message>
    <message>
        <source>Secrets are stored in: a plain file (insecure).</source>
        <translation>Los secretos se guardan en: un archivo sin cifrar (inseguro).</translation>
    </message>
    <message>
        <source>Store Secrets in a Plain File?</source>
        <translation>¿Guardar los secretos en un archivo sin cifrar?</translation>
    </message>
    <message>
        <source>Tokens and client secrets will be written unencrypted to a file in your home folder. Anyone who can read your files or your backups can use them to reach your Density organizations. Only do this on a computer that you alone use.

Store secrets in a plain file?</source>
        <translation>Los tokens y los secretos de cliente se escribirán sin cifrar en un archivo de su carpeta personal. Cualquiera que pueda leer sus archivos o sus copias de seguridad podrá usarlos para acceder a sus organizaciones de Density. Hágalo solo en un equipo que use únicamente usted.

¿Guardar los secretos en un archivo sin cifrar?</translation>
    </message>
    <message>
        <source>Secrets will be stored in a plain file from now on.</source>
        <translation>A partir de ahora, los secretos se guardarán en un archivo sin cifrar.</translation>
    </message>
    <message>
        <source>Secrets will no longer be stored in a plain file.</source>
        <translation>Los secretos ya no se guardarán en un archivo sin cifrar.</translation>
    </message>
</context>
<context>
    <name>Density::ProgressBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Loading window %1 of %2</source>
        <translation>Cargando ventana %1 de %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>Density::QueryBar</name>
    <message>
        <source>&amp;Operating hours…</source>
        <translation>&amp;Horario de funcionamiento…</translation>
    </message>
    <message>
        <source>&quot;Last 7 days&quot; and &quot;Last 30 days&quot; are complete days before today, in the space&apos;s time zone.</source>
        <translation>&quot;Últimos 7 días&quot; y &quot;Últimos 30 días&quot; son días completos anteriores a hoy, en la zona horaria del espacio.</translation>
    </message>
    <message>
        <source>First day, in the space&apos;s time zone</source>
        <translation>Primer día, en la zona horaria del espacio</translation>
    </message>
    <message>
        <source>Last day (included), in the space&apos;s time zone</source>
        <translation>Último día (incluido), en la zona horaria del espacio</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>Re&amp;solución:</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>Horario de funcionamiento:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automática (%1)</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>El último día no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
</context>
<context>
    <name>Density::RawReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
</context>
<context>
    <name>Density::Rollup</name>
    <message>
        <source>Rolled up on this computer from its spaces&apos; rows (combined: %1). Occupancy is their sum, the peak an upper bound (each space&apos;s own peak added up) and time used a lower bound (the busiest space).</source>
        <translation>Agregado en este equipo a partir de las filas de sus espacios (combinados: %1). La ocupación es su suma, el máximo un límite superior (la suma del máximo de cada espacio) y el tiempo de uso un límite inferior (el espacio más concurrido).</translation>
    </message>
    <message>
        <source>Spaces without a capacity left out of utilization: %1.</source>
        <translation>Espacios sin capacidad excluidos de la utilización: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</source>
        <translation>
            <numerusform>%n espacio alcanzó el límite de recuento de su sensor (3+), por lo que su recuento real puede ser mayor que lo que muestra la suma.</numerusform>
            <numerusform>%n espacios alcanzaron el límite de recuento de su sensor (3+), por lo que sus recuentos reales pueden ser mayores que lo que muestra la suma.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space has a capacity set, so there is no utilization.</source>
        <translation>Ningún espacio tiene capacidad definida, por lo que no hay utilización.</translation>
    </message>
</context>
<context>
    <name>Density::ScreenSaverInhibitor</name>
    <message>
        <source>Windows refused to keep the display on (SetThreadExecutionState).</source>
        <translation>Windows se negó a mantener la pantalla encendida (SetThreadExecutionState).</translation>
    </message>
    <message>
        <source>macOS refused to keep the display on (IOPMAssertion error %1).</source>
        <translation>macOS se negó a mantener la pantalla encendida (error de IOPMAssertion %1).</translation>
    </message>
    <message>
        <source>No D-Bus session bus, so the screen saver cannot be held off: %1</source>
        <translation>No hay bus de sesión D-Bus, por lo que no se puede impedir el salvapantallas: %1</translation>
    </message>
    <message>
        <source>The session has no screen saver service to hold off: %1</source>
        <translation>La sesión no tiene ningún servicio de salvapantallas que impedir: %1</translation>
    </message>
    <message>
        <source>Keeping the screen awake is not supported on this platform.</source>
        <translation>Mantener la pantalla activa no es compatible con esta plataforma.</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthModel</name>
    <message>
        <source>No sensors in this selection</source>
        <translation>No hay sensores en esta selección</translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 sensor offline</source>
        <translation>
            <numerusform>%n de 1 sensor sin conexión</numerusform>
            <numerusform>%n de 1 sensor sin conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sensors offline</source>
        <translation>
            <numerusform>%n de %1 sensores sin conexión</numerusform>
            <numerusform>%n de %1 sensores sin conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degraded</source>
        <translation>
            <numerusform>, %n degradado</numerusform>
            <numerusform>, %n degradados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>, %n desconocido</numerusform>
            <numerusform>, %n desconocidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Reported as &quot;%1&quot;</source>
        <translation>Informado como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation>Tipo de sensor</translation>
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
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last status change</source>
        <translation>Último cambio de estado</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthPage</name>
    <message>
        <source>Sensors</source>
        <translation>Sensores</translation>
    </message>
    <message>
        <source>Doorways</source>
        <translation>Accesos</translation>
    </message>
    <message>
        <source>Loading sensors and their health…</source>
        <translation>Cargando los sensores y su estado…</translation>
    </message>
    <message>
        <source>Sensor health could not be loaded: %1</source>
        <translation>No se pudo cargar el estado de los sensores: %1</translation>
    </message>
    <message>
        <source>Doorways could not be loaded: %1</source>
        <translation>No se pudieron cargar los accesos: %1</translation>
    </message>
    <message>
        <source>Doorways (%1)</source>
        <translation>Accesos (%1)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Health history:</source>
        <translation>Historial de estado:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the history range.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Filter by doorway, sensor or space</source>
        <translation>Filtrar por acceso, sensor o espacio</translation>
    </message>
    <message>
        <source>Each doorway is one entry point watched by an entry sensor; hover the linked spaces for the sensor&apos;s placement.</source>
        <translation>Cada acceso es un punto de entrada vigilado por un sensor de entrada; sitúe el puntero sobre los espacios vinculados para ver la ubicación del sensor.</translation>
    </message>
    <message>
        <source>Loading the health history was cancelled.</source>
        <translation>Se canceló la carga del historial de estado.</translation>
    </message>
    <message>
        <source>The chosen range lies in the future: there is no history for it yet.</source>
        <translation>El intervalo elegido está en el futuro: aún no hay historial para él.</translation>
    </message>
    <message>
        <source>Select one or more sensors in the table (Ctrl or Shift for several) to see their health over time.</source>
        <translation>Seleccione uno o varios sensores en la tabla (Ctrl o Mayús para varios) para ver su estado a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>Loading the health history of 1 sensor…</source>
        <translation>Cargando el historial de estado de 1 sensor…</translation>
    </message>
    <message>
        <source>Loading the health history of %1 sensors…</source>
        <translation>Cargando el historial de estado de %1 sensores…</translation>
    </message>
    <message>
        <source>Health history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial de estado: %1</translation>
    </message>
    <message>
        <source>Loading health history: window 1 of %1</source>
        <translation>Cargando el historial de estado: ventana 1 de %1</translation>
    </message>
    <message>
        <source>Loading health history: window %1 of %2</source>
        <translation>Cargando el historial de estado: ventana %1 de %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected sensors.</source>
        <translation>Se muestran los primeros %1 de %2 sensores seleccionados.</translation>
    </message>
    <message>
        <source>Select a building or floor to see its sensors.</source>
        <translation>Seleccione un edificio o una planta para ver sus sensores.</translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation>los últimos %1 días</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A date range, e.g. &quot;1 Nov 2026 to 15 Nov 2026&quot;.</extracomment>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Loading health history…</source>
        <translation>Cargando el historial de estado…</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(at the start of the range)</source>
        <translation>(al inicio del intervalo)</translation>
    </message>
    <message>
        <source>Health in %1 (local time, %2):</source>
        <extracomment>%1 e.g. &quot;the last 30 days&quot;, %2 time zone.</extracomment>
        <translation>Estado en %1 (hora local, %2):</translation>
    </message>
    <message>
        <source>No health changes in %1.</source>
        <translation>No hay cambios de estado en %1.</translation>
    </message>
    <message>
        <source>Select a sensor to see its network addresses and health history.</source>
        <translation>Seleccione un sensor para ver sus direcciones de red y su historial de estado.</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>Sensor %1</translation>
    </message>
    <message>
        <source>No network addresses reported.</source>
        <translation>No se ha informado de ninguna dirección de red.</translation>
    </message>
    <message>
        <source>Health history from %1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>Historial de estado de %1 a %2 (hora local, %3)</translation>
    </message>
    <message>
        <source>Sensors and their current health</source>
        <translation>Sensores y su estado actual</translation>
    </message>
    <message>
        <source>Sensor health: %1</source>
        <translation>Estado de los sensores: %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>Exportado el %1 (%2) con Density Dashboard %3.</translation>
    </message>
    <message>
        <source>Current health as answered by /v3/sensors/health when the table was loaded; the range is that of the health history timeline on the page. Resolution and operating hours do not apply to this table.</source>
        <translation>Estado actual según la respuesta de /v3/sensors/health cuando se cargó la tabla; el intervalo es el de la cronología del historial de estado de la página. La resolución y el horario de funcionamiento no se aplican a esta tabla.</translation>
    </message>
    <message>
        <source>Quick filter: only %1 sensors.</source>
        <translation>Filtro rápido: solo sensores con estado %1.</translation>
    </message>
    <message>
        <source>%1 of %2 sensors of the selection are in this file.</source>
        <translation>Este archivo contiene %1 de los %2 sensores de la selección.</translation>
    </message>
    <message>
        <source>One row per sensor installed in the selected spaces, in the order shown.</source>
        <translation>Una fila por sensor instalado en los espacios seleccionados, en el orden mostrado.</translation>
    </message>
    <message>
        <source>health_status: healthy (online, sending), degraded (online, not sending), offline, or unknown (no certificate, or not in the health answer); as the API spelled it.</source>
        <translation>health_status: healthy (en línea, enviando datos), degraded (en línea, sin enviar datos), offline (sin conexión) o unknown (sin certificado o no incluido en la respuesta de estado); tal como lo escribió la API.</translation>
    </message>
    <message>
        <source>last_status_change: as the API sent it (UTC). location_names: the install location (spaces, else floors, else buildings), which is not necessarily what it measures.</source>
        <translation>last_status_change: tal como lo envió la API (UTC). location_names: la ubicación de instalación (espacios; si no, plantas; si no, edificios), que no es necesariamente lo que mide.</translation>
    </message>
    <message>
        <source>network_addresses: one entry per interface, separated by &quot; | &quot;.</source>
        <translation>network_addresses: una entrada por interfaz, separadas por &quot; | &quot;.</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historial desde</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>Historial hasta</translation>
    </message>
    <message>
        <source>Health history of the selected sensors</source>
        <translation>Historial de estado de los sensores seleccionados</translation>
    </message>
    <message>
        <source>Sensor details</source>
        <translation>Detalles del sensor</translation>
    </message>
    <message>
        <source>Filter doorways</source>
        <translation>Filtrar accesos</translation>
    </message>
</context>
<context>
    <name>Density::SeriesSummaries</name>
    <message>
        <source>Buckets with data: %1</source>
        <translation>Intervalos con datos: %1</translation>
    </message>
    <message>
        <source>left out (no data): %1</source>
        <translation>excluidos (sin datos): %1</translation>
    </message>
    <message>
        <source>low quality, included: %1</source>
        <translation>de baja calidad, incluidos: %1</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Quiosco</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language and theme change as soon as you press Apply or OK.</source>
        <translation>El idioma y el tema cambian en cuanto pulsa Aplicar o Aceptar.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Default operating hours:</source>
        <translation>Horario de funcionamiento predeterminado:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>The hours every chart page starts with; the query bar can still change them for one question.</source>
        <translation>El horario con el que empieza cada página de gráficos; la barra de consulta puede cambiarlo para una consulta concreta.</translation>
    </message>
    <message>
        <source>Offer the &amp;demo portfolio (simulated data, no account needed)</source>
        <translation>Ofrecer la cartera de &amp;demostración (datos simulados, sin necesidad de cuenta)</translation>
    </message>
    <message>
        <source>Offers the demo on the welcome screen and in the File menu. Starting the program with --demo always works.</source>
        <translation>Ofrece la demostración en la pantalla de bienvenida y en el menú Archivo. Iniciar el programa con --demo siempre funciona.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>Si&amp;n proxy (conexión directa)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>Proxy &amp;manual:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Tip&amp;o:</translation>
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
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>La contraseña se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>The password is kept in a plain file, as chosen for credentials.</source>
        <translation>La contraseña se guarda en un archivo sin cifrar, según lo elegido para las credenciales.</translation>
    </message>
    <message>
        <source>The password is kept until you quit and never saved to disk.</source>
        <translation>La contraseña se conserva hasta que salga de la aplicación y nunca se guarda en el disco.</translation>
    </message>
    <message>
        <source>Re&amp;quest timeout:</source>
        <translation>Tiempo de &amp;espera de la solicitud:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>How long to wait for each answer before trying again (%1 to %2 seconds).</source>
        <translation>Cuánto esperar cada respuesta antes de reintentar (de %1 a %2 segundos).</translation>
    </message>
    <message>
        <source>The Kiosk tab has a problem: %1</source>
        <translation>La pestaña Quiosco tiene un problema: %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceConflictDialog</name>
    <message>
        <source>Apply &amp;mine anyway</source>
        <translation>Aplicar los &amp;míos de todos modos</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar los suyos</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Space changed meanwhile — %1</source>
        <translation>El espacio cambió mientras tanto — %1</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>Otra persona modificó este espacio después de que usted lo abriera. Compare las dos versiones y elija cuál conservar.</translation>
    </message>
    <message>
        <source>Theirs, on the server now</source>
        <translation>Los suyos, ahora en el servidor</translation>
    </message>
    <message>
        <source>Yours, not applied yet</source>
        <translation>Los míos, aún sin aplicar</translation>
    </message>
    <message>
        <source>⚠ %1 (both changed)</source>
        <translation>⚠ %1 (ambos cambiados)</translation>
    </message>
    <message>
        <source>Send the fields you changed, replacing their values</source>
        <translation>Enviar los campos que cambió, sustituyendo los valores de la otra persona</translation>
    </message>
    <message>
        <source>Discard your edits and show the values on the server now</source>
        <translation>Descartar sus modificaciones y mostrar los valores que hay ahora en el servidor</translation>
    </message>
    <message>
        <source>Send nothing and go back to the form with your input</source>
        <translation>No enviar nada y volver al formulario con sus datos</translation>
    </message>
    <message>
        <source>%1 marks a value changed since you opened the space. “Apply mine anyway” sends only the fields you changed; their changes to other fields stay. “Take theirs” discards your edits. “Keep editing” sends nothing.</source>
        <translation>%1 marca un valor cambiado desde que abrió el espacio. “Aplicar los míos de todos modos” envía solo los campos que usted cambió; sus cambios en otros campos se mantienen. “Tomar los suyos” descarta sus modificaciones. “Seguir editando” no envía nada.</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDetails</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>IWMS id</source>
        <translation>ID de IWMS</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
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
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Filter by name, label or function</source>
        <translation>Filtrar por nombre, etiqueta o función</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Filtrar espacios</translation>
    </message>
    <message>
        <source>Space hierarchy</source>
        <translation>Jerarquía de espacios</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time; the first %1 were selected.</source>
        <translation>Puede comparar hasta %1 espacios a la vez; se seleccionaron los %1 primeros.</translation>
    </message>
    <message>
        <source>%1 · %2 selected, %3 hidden by the filter</source>
        <translation>%1 · %2 seleccionados, %3 ocultos por el filtro</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 seleccionados</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time. %2 more were not added; deselect a space (Ctrl+click) to make room.</source>
        <translation>Puede comparar hasta %1 espacios a la vez. No se añadieron %2 más; anule la selección de un espacio (Ctrl+clic) para hacer sitio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espacio</numerusform>
            <numerusform>%Ln espacios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>¿Descartar las modificaciones?</translation>
    </message>
    <message>
        <source>Some changes to “%1” have not been applied. Close and discard them?</source>
        <translation>Algunos cambios en “%1” no se han aplicado. ¿Cerrar y descartarlos?</translation>
    </message>
    <message>
        <source>Edit space — %1</source>
        <translation>Editar espacio — %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>How many people the space is meant for; utilization is occupancy divided by this. Leave empty for “not set”.</source>
        <translation>Para cuántas personas está pensado el espacio; la utilización es la ocupación dividida entre este valor. Déjelo vacío para “sin definir”.</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>Not set: pick one or type your own</source>
        <translation>Sin definir: elija una o escriba la suya</translation>
    </message>
    <message>
        <source>What the space is used for: one of the suggestions or your own words, stored like the API&apos;s values (“quiet_room”).</source>
        <translation>Para qué se usa el espacio: una de las sugerencias o sus propias palabras, guardadas como los valores de la API (“quiet_room”).</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>Escriba parte del nombre de una ciudad o región</translation>
    </message>
    <message>
        <source>The space&apos;s own IANA time zone: local hours, heatmaps and operating hours of this space use it.</source>
        <translation>La zona horaria IANA propia del espacio: la usan las horas locales, los mapas de calor y el horario de funcionamiento de este espacio.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>The space&apos;s id in your integrated workplace management system</source>
        <translation>El ID del espacio en su sistema integrado de gestión del lugar de trabajo (IWMS)</translation>
    </message>
    <message>
        <source>&amp;IWMS id:</source>
        <translation>ID de &amp;IWMS:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>There is no connection to load from.</source>
        <translation>No hay ninguna conexión desde la que cargar.</translation>
    </message>
    <message>
        <source>Space %1 is not in the organization&apos;s space list (404); it may have been deleted.</source>
        <translation>El espacio %1 no está en la lista de espacios de la organización (404); puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>A space needs a name.</source>
        <translation>Un espacio necesita un nombre.</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>Como máximo %1 caracteres; este nombre tiene %2.</translation>
    </message>
    <message>
        <source>utilization is unavailable for this space (shown as “no capacity set”).</source>
        <translation>la utilización no está disponible para este espacio (se muestra como “sin capacidad definida”).</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Sin definir: %1</translation>
    </message>
    <message>
        <source>Capacity 0: %1</source>
        <translation>Capacidad 0: %1</translation>
    </message>
    <message>
        <source>Capacity cannot be negative. Leave the field empty for “not set”.</source>
        <translation>La capacidad no puede ser negativa. Deje el campo vacío para “sin definir”.</translation>
    </message>
    <message>
        <source>Capacity is a whole number of people, such as 6.</source>
        <translation>La capacidad es un número entero de personas, como 6.</translation>
    </message>
    <message>
        <source>At most %1 people; check the number.</source>
        <translation>Como máximo %1 personas; compruebe el número.</translation>
    </message>
    <message>
        <source>Enter a whole number of people, or leave the field empty for “not set”.</source>
        <translation>Introduzca un número entero de personas o deje el campo vacío para “sin definir”.</translation>
    </message>
    <message>
        <source>Not one of the suggestions; it will be stored as “%1”.</source>
        <translation>No es ninguna de las sugerencias; se guardará como “%1”.</translation>
    </message>
    <message>
        <source>Not set: this space&apos;s times are shown in UTC.</source>
        <translation>Sin definir: las horas de este espacio se muestran en UTC.</translation>
    </message>
    <message>
        <source>Choose the space&apos;s time zone from the list.</source>
        <translation>Elija la zona horaria del espacio en la lista.</translation>
    </message>
    <message>
        <source>The API&apos;s value is not a known time zone, so this space&apos;s times are shown in UTC. Pick one from the list.</source>
        <translation>El valor de la API no es una zona horaria conocida, por lo que las horas de este espacio se muestran en UTC. Elija una de la lista.</translation>
    </message>
    <message>
        <source>Not a known time zone. Did you mean %1?</source>
        <translation>No es una zona horaria conocida. ¿Quería decir %1?</translation>
    </message>
    <message>
        <source>Not a known time zone: type part of a city or region and pick a zone from the list.</source>
        <translation>No es una zona horaria conocida: escriba parte del nombre de una ciudad o región y elija una zona de la lista.</translation>
    </message>
    <message>
        <source>Charts of this space will use %1 local time (%2 now).</source>
        <translation>Los gráficos de este espacio usarán la hora local de %1 (ahora son las %2).</translation>
    </message>
    <message>
        <source>The space&apos;s current values were not loaded, so nothing was sent. Reload first.</source>
        <translation>No se cargaron los valores actuales del espacio, por lo que no se ha enviado nada. Recargue primero.</translation>
    </message>
    <message>
        <source>Nothing to apply: no field was changed.</source>
        <translation>Nada que aplicar: no se ha cambiado ningún campo.</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>Editar espacio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checking whether someone else changed the space…</source>
        <translation>Comprobando si otra persona ha modificado el espacio…</translation>
    </message>
    <message>
        <source>Space %1 was deleted after you opened it (it is no longer in the space list); nothing was sent.</source>
        <translation>El espacio %1 se eliminó después de que usted lo abriera (ya no está en la lista de espacios); no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose to keep editing; nothing was sent.</source>
        <translation>Otra persona modificó este espacio después de que usted lo abriera y eligió seguir editando; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose their version; nothing was sent.</source>
        <translation>Otra persona modificó este espacio después de que usted lo abriera y eligió la versión de esa persona; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were discarded.</source>
        <translation>Se muestra la versión de la otra persona; se descartaron sus modificaciones.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>Aplicado. %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceLabelsForm</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Filter labels…</source>
        <translation>Filtrar etiquetas…</translation>
    </message>
    <message>
        <source>Filter labels</source>
        <translation>Filtrar etiquetas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Tick a label to put it on this space, untick it to take it off</source>
        <translation>Marque una etiqueta para asignarla a este espacio; desmárquela para quitarla</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>New label name, then Enter</source>
        <translation>Nombre de la etiqueta nueva y, luego, Intro</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>Nombre de la etiqueta nueva</translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation>&amp;Crear:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Do not create the selected label</source>
        <translation>No crear la etiqueta seleccionada</translation>
    </message>
    <message>
        <source>Labels to create</source>
        <translation>Etiquetas que crear</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>Para crear:</translation>
    </message>
    <message>
        <source>Created and put on this space when you apply</source>
        <translation>Se crean y se asignan a este espacio al aplicar</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>+ will be added</source>
        <translation>+ se añadirá</translation>
    </message>
    <message>
        <source>− will be removed</source>
        <translation>− se quitará</translation>
    </message>
    <message>
        <source>Labels on “%1” now: %2.</source>
        <translation>Etiquetas de “%1” ahora: %2.</translation>
    </message>
    <message>
        <source>Labels on “%1” after Apply: %2.
Apply sends one request: add %3, create %4, remove %5.</source>
        <translation>Etiquetas de “%1” tras Aplicar: %2.
Aplicar envía una sola solicitud: añadir %3, crear %4, quitar %5.</translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>Escriba primero un nombre para la etiqueta nueva.</translation>
    </message>
    <message>
        <source>The label “%1” already exists: tick it in the list above instead (Enter does that).</source>
        <translation>La etiqueta “%1” ya existe: márquela en la lista de arriba (Intro lo hace).</translation>
    </message>
    <message>
        <source>“%1” is already among the labels to create.</source>
        <translation>“%1” ya está entre las etiquetas que crear.</translation>
    </message>
    <message>
        <source>Not in the list yet: Enter adds it; Apply also creates it.</source>
        <translation>Aún no está en la lista: Intro la añade; Aplicar también la crea.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Change space labels</source>
        <translation>Cambiar las etiquetas del espacio</translation>
    </message>
    <message>
        <source>Labels changed in one request: %1 added, %2 created, %3 removed.</source>
        <translation>Etiquetas cambiadas en una sola solicitud: %1 añadidas, %2 creadas, %3 quitadas.</translation>
    </message>
    <message>
        <source>Labels of this space</source>
        <translation>Etiquetas de este espacio</translation>
    </message>
</context>
<context>
    <name>Density::SpaceTreeModel</name>
    <message>
        <source>Desk</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>Cabina telefónica</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Sala de reuniones</translation>
    </message>
    <message>
        <source>Open workstation</source>
        <translation>Puesto abierto</translation>
    </message>
    <message>
        <source>Flex space</source>
        <translation>Espacio flexible</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>Zona de descanso</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Cafetería</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>Gimnasio</translation>
    </message>
    <message>
        <source>Wellness room</source>
        <translation>Sala de bienestar</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cocina</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Vestíbulo</translation>
    </message>
    <message>
        <source>Restroom</source>
        <translation>Aseo</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>Espacio abierto</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
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
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>Modo de recuento</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>Density::StatusArea</name>
    <message>
        <source>Refreshed %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>Solicitudes en curso: %1</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>No hay solicitudes en curso</translation>
    </message>
</context>
<context>
    <name>Density::TimeBasis</name>
    <message>
        <source>in total</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>by the minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>cada 10 minutos</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>por hora</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>por año</translation>
    </message>
    <message>
        <source>by weekday</source>
        <translation>por día de la semana</translation>
    </message>
    <message>
        <source>by hour of day</source>
        <translation>por hora del día</translation>
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
        <translation>Todas las horas</translation>
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
        <translation>UTC (este espacio no tiene zona horaria definida)</translation>
    </message>
</context>
<context>
    <name>Density::TimeRange</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp the API accepts; use 2026-11-02T00:00:00 or 2026-11-02T00:00:00Z (a date alone is not enough).</source>
        <translation>&quot;%1&quot; no es una marca de tiempo que acepte la API; use 2026-11-02T00:00:00 o 2026-11-02T00:00:00Z (una fecha sola no basta).</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>El inicio (%1) es posterior al fin (%2).</translation>
    </message>
    <message>
        <source>Give both ends of the range in the same style: both with a time zone or both without.</source>
        <translation>Indique ambos extremos del intervalo con el mismo formato: los dos con zona horaria o los dos sin ella.</translation>
    </message>
</context>
<context>
    <name>Density::TimeUsedPage</name>
    <message>
        <source>%1, hours used</source>
        <translation>%1, horas de uso</translation>
    </message>
    <message>
        <source>Hours used per bucket</source>
        <translation>Horas de uso por intervalo</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Horas de uso</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Horas de uso por día de funcionamiento</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Proporción de tiempo de uso</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Completitud de los datos</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Hours used: the time with at least one person present, added up over the buckets with data (the API&apos;s time_used_raw, in hours).</source>
        <translation>Horas de uso: el tiempo con al menos una persona presente, sumado en los intervalos con datos (time_used_raw de la API, en horas).</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 de uso</translation>
    </message>
    <message>
        <source>%1 used (%2 of the bucket)</source>
        <extracomment>Tooltip: %1 hours used, %2 share of the bucket.</extracomment>
        <translation>%1 de uso (%2 del intervalo)</translation>
    </message>
</context>
<context>
    <name>Density::TokenProvider</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Se cerró la conexión.</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials in Settings.</source>
        <translation>Se rechazó el ID de cliente o el secreto (%1): compruebe las credenciales en Configuración.</translation>
    </message>
    <message>
        <source>No API token is configured: add one in Settings or pass --token.</source>
        <translation>No hay ningún token de la API configurado: añada uno en Configuración o indique --token.</translation>
    </message>
</context>
<context>
    <name>Density::UserAdminWidget</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Why users cannot be managed</source>
        <translation>Por qué no se pueden gestionar los usuarios</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Load the users again, for example after connecting with an OAuth client</source>
        <translation>Volver a cargar los usuarios, por ejemplo después de conectarse con un cliente OAuth</translation>
    </message>
    <message>
        <source>Filter users by name, email or role</source>
        <translation>Filtrar usuarios por nombre, correo electrónico o rol</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <source>Create a user in this organization</source>
        <translation>Crear un usuario en esta organización</translation>
    </message>
    <message>
        <source>Delete the selected user; asks first</source>
        <translation>Eliminar el usuario seleccionado; se pide confirmación</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Select a user to view or edit, or create a new one.</source>
        <translation>Seleccione un usuario para verlo o editarlo, o cree uno nuevo.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <source>Managing users needs a machine-to-machine OAuth token (client credentials).</source>
        <translation>Para gestionar usuarios se necesita un token OAuth de máquina a máquina (credenciales de cliente).</translation>
    </message>
    <message>
        <source>This connection uses a static API token (tok_…), which the Users endpoints always refuse.</source>
        <translation>Esta conexión usa un token estático de la API (tok_…), que los endpoints de usuarios siempre rechazan.</translation>
    </message>
    <message>
        <source>The API refused this connection&apos;s token for users (403): it is not a machine-to-machine token, or lacks the permission.</source>
        <translation>La API rechazó el token de esta conexión para los usuarios (403): no es un token de máquina a máquina o no tiene el permiso.</translation>
    </message>
    <message>
        <source>Connect with the client id and secret of an OAuth client that an owner created (Developer settings in Density), then choose Check again. Anything you typed here is kept.</source>
        <translation>Conéctese con el ID de cliente y el secreto de un cliente OAuth creado por un propietario (configuración de desarrollador en Density) y, después, elija Volver a comprobar. Lo que haya escrito aquí se conserva.</translation>
    </message>
    <message>
        <source>✖ Could not load the users: %1 The list shows what was loaded before.</source>
        <translation>✖ No se pudieron cargar los usuarios: %1 La lista muestra lo que se cargó antes.</translation>
    </message>
</context>
<context>
    <name>Density::UserForm</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>The API cannot change a user&apos;s email. To use another address, create a new user and delete this one.</source>
        <translation>La API no permite cambiar el correo electrónico de un usuario. Para usar otra dirección, cree un usuario nuevo y elimine este.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Owner, Admin, Editor or Read-only; another role the API knows can be typed as the API spells it.</source>
        <translation>Propietario, Administrador, Editor o Solo lectura; otro rol que conozca la API se puede escribir tal como lo escribe la API.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Filter spaces by name, function or label</source>
        <translation>Filtrar espacios por nombre, función o etiqueta</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>Filtrar espacios</translation>
    </message>
    <message>
        <source>Spaces the user may see</source>
        <translation>Espacios que el usuario puede ver</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>E&amp;spacios:</translation>
    </message>
    <message>
        <source>A new user: fill in the email and role, then Apply.</source>
        <translation>Un usuario nuevo: rellene el correo electrónico y el rol y, después, pulse Aplicar.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>An email address is needed: the new user signs in with it.</source>
        <translation>Se necesita una dirección de correo electrónico: el nuevo usuario inicia sesión con ella.</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>Como máximo %1 caracteres (ahora %2).</translation>
    </message>
    <message>
        <source>Not an email address; expected something like name@example.com.</source>
        <translation>No es una dirección de correo electrónico; se esperaba algo como nombre@example.com.</translation>
    </message>
    <message>
        <source>A full name is needed; the API refuses an empty one.</source>
        <translation>Se necesita un nombre completo; la API rechaza un nombre vacío.</translation>
    </message>
    <message>
        <source>A role is needed: pick one, or type the role as the API spells it.</source>
        <translation>Se necesita un rol: elija uno o escriba el rol tal como lo escribe la API.</translation>
    </message>
    <message>
        <source>“%1” is not one of the four roles this app knows. It is sent as typed; the API may refuse it.</source>
        <translation>“%1” no es ninguno de los cuatro roles que conoce esta aplicación. Se envía tal como se escribió; es posible que la API lo rechace.</translation>
    </message>
    <message>
        <source>No spaces checked. The API does not document what an empty list means for a user (for analytics it means all spaces); check the spaces to be sure.</source>
        <translation>No hay espacios marcados. La API no documenta qué significa una lista vacía para un usuario (para la analítica significa todos los espacios); marque los espacios para asegurarse.</translation>
    </message>
    <message>
        <source>Not deleted: %1 keeps their access.</source>
        <translation>No eliminado: %1 conserva su acceso.</translation>
    </message>
    <message>
        <source>Delete %1? They lose access at once.</source>
        <translation>¿Eliminar a %1? Perderá el acceso de inmediato.</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They lose access at once.</source>
        <extracomment>%1 full name, %2 email</extracomment>
        <translation>¿Eliminar a %1 (%2)? Perderá el acceso de inmediato.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>This cannot be undone from here; the user would have to be created again.</source>
        <translation>Esto no se puede deshacer desde aquí; habría que volver a crear el usuario.</translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation>&amp;Eliminar usuario</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>Cambios sin aplicar</translation>
    </message>
    <message>
        <source>Discard the new user you started? Nothing has been created yet.</source>
        <translation>¿Descartar el nuevo usuario que empezó a crear? Todavía no se ha creado nada.</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They have not been applied.</source>
        <translation>¿Descartar sus cambios en %1? No se han aplicado.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>email: %1; name: %2; role: %3; spaces: %4</source>
        <translation>correo electrónico: %1; nombre: %2; rol: %3; espacios: %4</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Se creó %1.</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>Actualizar usuario</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>No spaces checked.</source>
        <translation>No hay espacios marcados.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <extracomment>%1 &quot;3 spaces&quot;, %2 their names</extracomment>
        <translation>Marcados (%1): %2</translation>
    </message>
</context>
<context>
    <name>Density::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>Ninguno indicado</translation>
    </message>
    <message>
        <source>The API lists no spaces for this user. Density does not document what an empty list means for a user (for analytics it means all spaces).</source>
        <translation>La API no indica ningún espacio para este usuario. Density no documenta qué significa una lista vacía para un usuario (para la analítica significa todos los espacios).</translation>
    </message>
    <message>
        <source>A role this app does not know, shown as the API sent it.</source>
        <translation>Un rol que esta aplicación no conoce, mostrado tal como lo envió la API.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espacios</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n espacio</numerusform>
            <numerusform>%n espacios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::UtilizationPage</name>
    <message>
        <source>None of its spaces has a capacity set.</source>
        <translation>Ninguno de sus espacios tiene capacidad definida.</translation>
    </message>
    <message>
        <source>Its capacity is 0, which the API turns into a utilization of 0% whatever the occupancy.</source>
        <translation>Su capacidad es 0, lo que la API convierte en una utilización del 0 % sea cual sea la ocupación.</translation>
    </message>
    <message>
        <source>Its capacity is not set.</source>
        <translation>Su capacidad no está definida.</translation>
    </message>
    <message>
        <source>%1, average utilization</source>
        <translation>%1, utilización media</translation>
    </message>
    <message>
        <source>%1, peak utilization</source>
        <translation>%1, utilización máxima</translation>
    </message>
    <message>
        <source>No capacity set for %1.
%2
Utilization needs a capacity above 0; set one in the space&apos;s settings. Occupancy is on the Occupancy page.</source>
        <translation>No hay capacidad definida para %1.
%2
La utilización necesita una capacidad mayor que 0; defínala en la configuración del espacio. La ocupación está en la página Ocupación.</translation>
    </message>
    <message>
        <source>No capacity set, so no utilization line: %1.</source>
        <translation>Sin capacidad definida, por lo que no hay línea de utilización: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Utilization (% of capacity)</source>
        <translation>Utilización (% de la capacidad)</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Written after each number of the utilization axis (&quot;60%&quot;).</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation>Utilización máxima</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>Utilización media</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>Horas de uso por día de funcionamiento</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>Proporción de tiempo de uso</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>Completitud de los datos</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>Sin capacidad definida</translation>
    </message>
    <message>
        <source>No utilization: %1 Utilization needs a capacity above 0.</source>
        <translation>Sin utilización: %1 La utilización necesita una capacidad mayor que 0.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>A capped peak&apos;s utilization: the real peak was at least this.</extracomment>
        <translation>%1 o más</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>Capacidad: %1.</translation>
    </message>
    <message>
        <source>Peak utilization: the peak occupancy divided by the capacity.</source>
        <translation>Utilización máxima: la ocupación máxima dividida entre la capacidad.</translation>
    </message>
    <message>
        <source>Average utilization: the average occupancy within the operating hours divided by the capacity.</source>
        <translation>Utilización media: la ocupación media dentro del horario de funcionamiento dividida entre la capacidad.</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <translation>media %1 · máximo %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>%1 — No capacity set</source>
        <extracomment>Legend entry of a space drawn without a line: %1 its name.</extracomment>
        <translation>%1 — Sin capacidad definida</translation>
    </message>
</context>
<context>
    <name>Density::WelcomeWidget</name>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>Explorar la cartera de demostración</translation>
    </message>
    <message>
        <source>A simulated organization with campuses, buildings, floors and rooms, served on this computer. No account needed.</source>
        <translation>Una organización simulada con campus, edificios, plantas y salas, servida en este equipo. No necesita cuenta.</translation>
    </message>
    <message>
        <source>Connect to your Density account</source>
        <translation>Conectarse a su cuenta de Density</translation>
    </message>
    <message>
        <source>Enter the API address and an API token. The token is kept for this session only.</source>
        <translation>Introduzca la dirección de la API y un token de la API. El token se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Welcome to Density Dashboard</source>
        <translation>Bienvenido a Density Dashboard</translation>
    </message>
    <message>
        <source>See how your floors, rooms and desks are used: occupancy, utilization and time used, with the time range, operating hours and data quality behind every number.</source>
        <translation>Vea cómo se usan sus plantas, salas y puestos de trabajo: ocupación, utilización y tiempo de uso, con el intervalo de tiempo, el horario de funcionamiento y la calidad de los datos detrás de cada cifra.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>No se pudo iniciar el servidor de demostración.</translation>
    </message>
    <message>
        <source>The kiosk PIN needs at least 4 characters.</source>
        <translation>El PIN del quiosco necesita al menos 4 caracteres.</translation>
    </message>
    <message>
        <source>The kiosk PIN was removed.</source>
        <translation>Se eliminó el PIN del quiosco.</translation>
    </message>
    <message>
        <source>The kiosk PIN was set.</source>
        <translation>Se definió el PIN del quiosco.</translation>
    </message>
</context>
</TS>

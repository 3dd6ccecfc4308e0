<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Density::ActivityLog</name>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>一部適用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The activity log %1 could not be written: %2</source>
        <translation>アクティビティログ %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogCsv</name>
    <message>
        <source>Density Dashboard activity log: admin changes made from this app</source>
        <translation>Density Dashboard アクティビティログ: このアプリから行った管理変更</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>ログファイル: %1</translation>
    </message>
    <message>
        <source>Filter: none (every entry)</source>
        <translation>フィルター: なし（すべてのエントリ）</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>フィルター: %1</translation>
    </message>
    <message>
        <source>Entries: %1 of %2, newest first</source>
        <extracomment>%1 entries in this file, %2 entries in the log.</extracomment>
        <translation>エントリ: %2 件中 %1 件、新しい順</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>定義:</translation>
    </message>
    <message>
        <source>  when_utc: when the change was applied, ISO 8601 in UTC; when_local: the same instant in this computer&apos;s time zone (%1)</source>
        <translation>  when_utc: 変更が適用された日時（ISO 8601、UTC）。when_local: 同じ時点をこのコンピューターのタイムゾーン（%1）で表したもの</translation>
    </message>
    <message>
        <source>  before / after: the values before the change and the values asked for, as the form described them</source>
        <translation>  before / after: 変更前の値と変更後に指定された値（フォームでの表記どおり）</translation>
    </message>
    <message>
        <source>  outcome: applied, partly-applied or failed; detail: the API&apos;s sentence, or what part was applied</source>
        <translation>  outcome: applied、partly-applied、failed のいずれか。detail: API からのメッセージ、または適用された部分</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>アプリのバージョン: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>エクスポート日時: %1</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogModel</name>
    <message>
        <source>%1 (%2 UTC)</source>
        <extracomment>%1 local date and time with its zone, %2 the same instant in UTC (ISO 8601).</extracomment>
        <translation>%1（%2 UTC）</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>日時（ローカル時刻）</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Density::ActivityLogWidget</name>
    <message>
        <source>Admin changes made from this app on this computer: when, what, the values before and after, and the outcome. Newest first; point at a cell to read all of it.</source>
        <translation>このコンピューター上で、このアプリから行った管理変更です。日時、内容、変更前後の値、結果を表示します。新しい順に並んでいます。セルにポインターを合わせると全文を表示します。</translation>
    </message>
    <message>
        <source>Filter by action, target, values or detail</source>
        <translation>操作、対象、値、詳細で絞り込み</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <source>Failed or partly applied only</source>
        <translation>失敗または一部適用のみ</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the entries the filters show as a CSV file.</source>
        <translation>フィルターで表示されているエントリを CSVファイルに保存します。</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ログファイル</translation>
    </message>
    <message>
        <source>Log file (kept on this computer only):</source>
        <translation>ログファイル（このコンピューターにのみ保存）:</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 action, %2 target, %3 outcome with its symbol.</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>変更後: %1</translation>
    </message>
    <message>
        <source>No admin changes have been made from this app yet. Changes to labels, spaces and users appear here as they are applied.</source>
        <translation>このアプリからの管理変更はまだありません。ラベル、スペース、ユーザーへの変更は、適用されるとここに表示されます。</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>フィルターに一致するエントリはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件のエントリ</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>entries containing “%1”</source>
        <extracomment>%1 the words typed into the filter box.</extracomment>
        <translation>「%1」を含むエントリ</translation>
    </message>
    <message>
        <source>failed or partly applied only</source>
        <translation>失敗または一部適用のみ</translation>
    </message>
    <message>
        <source>There are no entries to export.</source>
        <translation>エクスポートするエントリがありません。</translation>
    </message>
    <message>
        <source>Export Activity Log as CSV</source>
        <translation>アクティビティログを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <extracomment>%n entries written, %1 the file.</extracomment>
        <translation>
            <numerusform>%n 件のエントリを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>アクティビティログ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::AdminController</name>
    <message>
        <source>&amp;Edit Space…</source>
        <translation>スペースを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Labels and Label Groups…</source>
        <translation>ラベルとラベルグループ(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Activity Log…</source>
        <translation>アクティビティログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Edit the selected space&apos;s details and labels</source>
        <translation>選択したスペースの詳細とラベルを編集</translation>
    </message>
    <message>
        <source>Create, rename and group labels</source>
        <translation>ラベルの作成、名前の変更、グループ化</translation>
    </message>
    <message>
        <source>Manage who can see which spaces (needs an OAuth client)</source>
        <translation>どのユーザーがどのスペースを閲覧できるかを管理（OAuthクライアントが必要）</translation>
    </message>
    <message>
        <source>The admin changes made from this app, with their outcome</source>
        <translation>このアプリから行った管理変更とその結果</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Density::AdminForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Form status</source>
        <translation>フォームの状態</translation>
    </message>
    <message>
        <source>Read the current values again, discarding unapplied edits</source>
        <translation>現在の値を再度読み込み、適用していない編集を破棄します</translation>
    </message>
    <message>
        <source>Loading the current values…</source>
        <translation>現在の値を読み込んでいます…</translation>
    </message>
    <message>
        <source>✖ Fix the fields marked above; nothing was sent.</source>
        <translation>✖ 上でマークされた項目を修正してください。何も送信されていません。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Cancelled while applying; the change may have been applied.</source>
        <translation>適用中にキャンセルされました。変更は適用されている可能性があります。</translation>
    </message>
    <message>
        <source>Cancelled. A change already sent may have been applied; Reload shows the current values.</source>
        <translation>キャンセルしました。送信済みの変更は適用されている可能性があります。「再読み込み」で現在の値を確認できます。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>Edited; Apply sends the changes.</source>
        <translation>編集済みです。「適用」で変更を送信します。</translation>
    </message>
    <message>
        <source>✖ Could not load the current values: %1</source>
        <translation>✖ 現在の値を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>✖ Not applied: %1 Your input is kept.</source>
        <translation>✖ 適用されませんでした: %1 入力内容は保持されています。</translation>
    </message>
    <message>
        <source>✖ Applied in part. Done: %1. Not done: %2. Reason: %3 Your input is kept.</source>
        <translation>✖ 一部のみ適用されました。完了: %1。未完了: %2。理由: %3 入力内容は保持されています。</translation>
    </message>
</context>
<context>
    <name>Density::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation>管理 — %1</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>アクティビティログ(&amp;A)</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>編集内容を破棄しますか？</translation>
    </message>
    <message>
        <source>Some administration changes have not been applied. Close and discard them?</source>
        <translation>適用されていない管理変更があります。閉じて破棄しますか？</translation>
    </message>
</context>
<context>
    <name>Density::AnalyticsSelection</name>
    <message>
        <source>Whole range</source>
        <translation>期間全体</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1分</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10分</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>in each space&apos;s own time zone</source>
        <translation>各スペースのタイムゾーンで</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1（スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; time zone)</source>
        <translation>%1（スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1; UTC where none is set)</source>
        <translation>各スペースのタイムゾーン（%1、未設定の場合はUTC）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>each space&apos;s own time zone (%1)</source>
        <translation>各スペースのタイムゾーン（%1）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 operating hours such as &quot;Mon–Fri 08:00–18:00&quot;, %2 the time zone they apply in.</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>Density::Anomalies</name>
    <message numerus="yes">
        <source>%n min</source>
        <comment>absolute limit</comment>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>A bucket is flagged when the metrics&apos; time used and the total of its raw sessions differ by more than %1 and by more than %2 of the larger of the two.</source>
        <extracomment>%1 &quot;5 min&quot;, %2 &quot;20 %&quot; (a percentage written for the locale).</extracomment>
        <translation>メトリクスの利用時間と生セッションの合計との差が %1 を超え、かつ両者の大きい方の %2 を超える場合、その区間にフラグが付きます。</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyModel</name>
    <message>
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>フラグあり</translation>
    </message>
    <message>
        <source>No metric value</source>
        <translation>メトリクス値なし</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Metrics minus sessions: %1 (%2 of the larger)</source>
        <extracomment>%1 &quot;+8 min&quot;, %2 &quot;100 %&quot;.</extracomment>
        <translation>メトリクス − セッション: %1（大きい方の %2）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Bucket start</source>
        <translation>区間の開始</translation>
    </message>
    <message>
        <source>Bucket end</source>
        <translation>区間の終了</translation>
    </message>
    <message>
        <source>Time used (metrics)</source>
        <translation>利用時間（メトリクス）</translation>
    </message>
    <message>
        <source>Time in sessions</source>
        <translation>セッション時間</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
</context>
<context>
    <name>Density::AnomalyPage</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Show &amp;flagged buckets only</source>
        <translation>フラグ付きの区間のみ表示(&amp;F)</translation>
    </message>
    <message>
        <source>Flag when the difference exceeds:</source>
        <translation>差が次の値を超えたらフラグを付ける:</translation>
    </message>
    <message>
        <source>and its share of the larger value exceeds:</source>
        <translation>かつ大きい方の値に対する割合が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Buckets compared</source>
        <translation>比較した区間</translation>
    </message>
    <message>
        <source>Session start</source>
        <translation>セッション開始</translation>
    </message>
    <message>
        <source>Session end</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>In this bucket</source>
        <translation>この区間内</translation>
    </message>
    <message>
        <source>Sessions behind the bucket</source>
        <translation>この区間のセッション</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to compare its time used with its raw sessions.</source>
        <translation>「スペース」パネルでスペースを選択すると、その利用時間と生セッションを比較します。</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) compares again.</source>
        <translation>読み込みはキャンセルされました。更新（F5）で再度比較します。</translation>
    </message>
    <message>
        <source>%1 has no space with sensor data of its own. Choose a single space (a room, desk or area) in the Spaces panel.</source>
        <translation>%1 には独自のセンサーデータを持つスペースがありません。「スペース」パネルで単一のスペース（会議室、デスク、エリアなど）を選択してください。</translation>
    </message>
    <message>
        <source>The date range is not valid. Choose another range in the query bar.</source>
        <translation>期間が無効です。クエリバーで別の期間を選択してください。</translation>
    </message>
    <message>
        <source>Not connected. Connect to an account or start the demo to compare time used with raw sessions.</source>
        <translation>接続されていません。アカウントに接続するかデモを開始すると、利用時間と生セッションを比較できます。</translation>
    </message>
    <message>
        <source>Comparing time used with raw sessions…</source>
        <translation>利用時間と生セッションを比較しています…</translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation>比較結果を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a single space; anomalies are compared one space at a time, so its first space with its own sensor data, %2, is shown. Select a space in the Spaces panel to investigate another.</source>
        <translation>%1 は単一のスペースではありません。異常は1スペースずつ比較するため、独自のセンサーデータを持つ最初のスペース %2 を表示しています。別のスペースを調べるには「スペース」パネルで選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; anomalies are compared one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n 件のスペースが選択されています。異常は1スペースずつ比較するため、最初のスペース %1 を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; merges many days into one bucket that sessions cannot be clipped to, so buckets of &quot;%2&quot; are compared instead.</source>
        <translation>「%1」は複数の日を1つの区間にまとめるため、セッションを区切れません。代わりに「%2」の区間で比較します。</translation>
    </message>
    <message>
        <source>%1 has no time zone set: buckets and sessions are in UTC, not local time.</source>
        <translation>%1 にはタイムゾーンが設定されていません。区間とセッションは現地時刻ではなくUTCです。</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions of a type other than &quot;1&quot; (occupied) were left out.</source>
        <translation>
            <numerusform>タイプが「1」（在室）以外のセッション %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions with unreadable times were left out.</source>
        <translation>
            <numerusform>時刻を読み取れないセッション %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>Metrics and raw sessions are computed differently; Waffle sensors in particular can report minutes of time used with no session behind them. Select a bucket to see its sessions.</source>
        <translation>メトリクスと生セッションは計算方法が異なります。特に Waffle センサーでは、対応するセッションがないのに利用時間が数分報告されることがあります。区間を選択するとそのセッションを表示します。</translation>
    </message>
    <message>
        <source>Anomaly investigator</source>
        <translation>異常調査</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint compared, bucket by bucket, with the total of the raw sessions in each bucket.</source>
        <translation>メトリクスエンドポイントの利用時間を、各区間内の生セッションの合計と区間ごとに比較します。</translation>
    </message>
    <message>
        <source>Anomaly investigator: %1</source>
        <translation>異常調査: %1</translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1（スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>Time used from the metrics endpoint against the raw sessions clipped to each bucket: %1. Times are local in %2. All hours: raw sessions know no operating hours, so none are applied.</source>
        <extracomment>%1 &quot;Mon 2 Nov – Sun 8 Nov 2026, hourly&quot;, %2 the time zone.</extracomment>
        <translation>メトリクスエンドポイントの利用時間と、各区間で区切った生セッションの比較: %1。時刻は %2 の現地時刻です。全時間帯: 生セッションには営業時間の概念がないため、営業時間は適用していません。</translation>
    </message>
    <message numerus="yes">
        <source>No bucket flagged: metrics and sessions agree in all %n buckets.</source>
        <translation>
            <numerusform>フラグ付きの区間はありません: %n 件すべての区間でメトリクスとセッションが一致しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n buckets flagged.</source>
        <translation>
            <numerusform>%n 件中 %1 件の区間にフラグが付いています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of session time falls outside the buckets.</source>
        <translation>セッション時間のうち %1 が区間の外にあります。</translation>
    </message>
    <message>
        <source>Select a bucket above to see the raw sessions behind it.</source>
        <translation>上の区間を選択すると、その生セッションを表示します。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No raw session overlaps %1, yet the metrics report %2 of time used there.</source>
        <translation>%1 に重なる生セッションはありませんが、メトリクスではその区間の利用時間が %2 と報告されています。</translation>
    </message>
    <message>
        <source>No raw session overlaps %1.</source>
        <translation>%1 に重なる生セッションはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Raw sessions overlapping %1, in local time: %n</source>
        <extracomment>%1 the bucket&apos;s local start and end; %n how many sessions are listed.</extracomment>
        <translation>
            <numerusform>%1 に重なる生セッション（現地時刻）: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>metric_seconds: time_used_raw of the metrics endpoint in seconds (empty: no value).</source>
        <translation>metric_seconds: メトリクスエンドポイントの time_used_raw（秒）（空欄: 値なし）。</translation>
    </message>
    <message>
        <source>session_seconds: raw sessions of type &quot;1&quot; clipped to the bucket and totalled, overlaps counted once.</source>
        <translation>session_seconds: タイプ「1」の生セッションを区間で区切って合計した値（重複は1回のみ計上）。</translation>
    </message>
    <message>
        <source>difference_seconds: metric_seconds minus session_seconds.</source>
        <translation>difference_seconds: metric_seconds から session_seconds を引いた値。</translation>
    </message>
</context>
<context>
    <name>Density::ApiError</name>
    <message>
        <source>The answer from %1 was not the JSON we expected (%2); nothing was changed.</source>
        <translation>%1 からの応答が想定していたJSONではありませんでした（%2）。何も変更されていません。</translation>
    </message>
    <message>
        <source>Users can only be managed with a machine-to-machine OAuth token (403): connect with the client id and secret of an OAuth client an Owner created (Developer settings). Static tok_ tokens and display tokens cannot manage users.</source>
        <translation>ユーザーを管理できるのは、マシン間（machine-to-machine）OAuthトークンのみです（403）。オーナーが作成したOAuthクライアント（開発者設定）のクライアントIDとシークレットで接続してください。静的な tok_ トークンやディスプレイトークンではユーザーを管理できません。</translation>
    </message>
    <message>
        <source>This token may not create or change labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>このトークンではラベルを作成・変更できません（403）。書き込み権限が必要です。静的な tok_ トークンは、オーナーまたは管理者が書き込み権限付きで作成したものでない限り読み取り専用です。そのようなトークンを依頼するか、OAuthクライアントで接続してください。ディスプレイトークンで読み取れるのはスペース、在室人数、在室状況のみです。</translation>
    </message>
    <message>
        <source>This token may not create or change label groups (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>このトークンではラベルグループを作成・変更できません（403）。書き込み権限が必要です。静的な tok_ トークンは、オーナーまたは管理者が書き込み権限付きで作成したものでない限り読み取り専用です。そのようなトークンを依頼するか、OAuthクライアントで接続してください。ディスプレイトークンで読み取れるのはスペース、在室人数、在室状況のみです。</translation>
    </message>
    <message>
        <source>This token may not change spaces or their labels (403): it needs write permission. Static tok_ tokens are read-only unless an Owner or Admin created them with write access; ask for such a token, or connect with an OAuth client. Display tokens can only read spaces, occupancy and presence.</source>
        <translation>このトークンではスペースやそのラベルを変更できません（403）。書き込み権限が必要です。静的な tok_ トークンは、オーナーまたは管理者が書き込み権限付きで作成したものでない限り読み取り専用です。そのようなトークンを依頼するか、OAuthクライアントで接続してください。ディスプレイトークンで読み取れるのはスペース、在室人数、在室状況のみです。</translation>
    </message>
    <message>
        <source>This token is not allowed to read %1 (403): ask an Owner or Admin for a token with access to these spaces.</source>
        <translation>このトークンには %1 の読み取りが許可されていません（403）。これらのスペースにアクセスできるトークンをオーナーまたは管理者に依頼してください。</translation>
    </message>
    <message>
        <source>This token is not allowed to use %1 (403). Display tokens can only read spaces, occupancy and presence: connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for the permission.</source>
        <translation>このトークンには %1 の使用が許可されていません（403）。ディスプレイトークンで読み取れるのはスペース、在室人数、在室状況のみです。静的な tok_ トークンまたはOAuthクライアントで接続するか、オーナーまたは管理者に権限を依頼してください。</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials.</source>
        <translation>クライアントIDまたはシークレットが拒否されました（%1）。認証情報を確認してください。</translation>
    </message>
    <message>
        <source>The API refused the request to %1 as invalid (400).</source>
        <translation>APIは %1 へのリクエストを無効として拒否しました（400）。</translation>
    </message>
    <message>
        <source>%1 (400).</source>
        <translation>%1（400）。</translation>
    </message>
    <message>
        <source>The token was rejected (401): check it in Settings.</source>
        <translation>トークンが拒否されました（401）。設定で確認してください。</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence saying which token is needed, %2 the API&apos;s own message.</extracomment>
        <translation>%1 APIからのメッセージ:「%2」</translation>
    </message>
    <message>
        <source>%1: not found (404); it may have been deleted or the id is wrong.</source>
        <translation>%1: 見つかりません（404）。削除されたか、IDが間違っている可能性があります。</translation>
    </message>
    <message>
        <source>The API is rate limiting us (429); the request was retried and still refused. Wait a minute and try again.</source>
        <translation>APIのレート制限を受けています（429）。リクエストを再試行しましたが、再び拒否されました。1分ほど待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The Density API had a server error (%1) answering %2; try again shortly.</source>
        <translation>Density API で %2 への応答中にサーバーエラー（%1）が発生しました。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The API answered %1 with an unexpected status (%2).</source>
        <translation>APIが %1 に対して予期しないステータス（%2）を返しました。</translation>
    </message>
</context>
<context>
    <name>Density::ApiRequest</name>
    <message>
        <source>No credentials are configured: add a token or OAuth client in Settings.</source>
        <translation>認証情報が設定されていません。設定でトークンまたはOAuthクライアントを追加してください。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds; check the network or raise the timeout in Settings.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。ネットワークを確認するか、設定でタイムアウトを延ばしてください。</translation>
    </message>
    <message>
        <source>The server %1 could not be found (DNS); check the address and your network.</source>
        <translation>サーバー %1 が見つかりませんでした（DNS）。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection; check the address and port.</source>
        <translation>%1 が接続を拒否しました。アドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate was not accepted.</source>
        <translation>%1 へのセキュア接続に失敗しました: %2。証明書が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy setting.</source>
        <translation>プロキシでエラーが発生しました: %1。プロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2.</source>
        <translation>%1 への接続に失敗しました: %2。</translation>
    </message>
    <message>
        <source>The connection changed while this request was running; its answer was discarded.</source>
        <translation>このリクエストの実行中に接続が変更されたため、応答は破棄されました。</translation>
    </message>
</context>
<context>
    <name>Density::ChartPageText</name>
    <message>
        <source>%1 (the space&apos;s own)</source>
        <extracomment>%1 an IANA time zone such as America/New_York.</extracomment>
        <translation>%1（スペース独自）</translation>
    </message>
    <message>
        <source>%1 (the spaces&apos; own)</source>
        <translation>%1（スペース独自）</translation>
    </message>
    <message>
        <source>each space&apos;s own (%1; UTC where none is set)</source>
        <translation>各スペース独自（%1、未設定の場合はUTC）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>each space&apos;s own (%1)</source>
        <translation>各スペース独自（%1）</translation>
    </message>
    <message>
        <source>%1
Operating hours: %2 · Time zone: %3</source>
        <extracomment>The time basis over a chart, two lines: %1 range and resolution, %2 operating hours, %3 time zone.</extracomment>
        <translation>%1
営業時間: %2 · タイムゾーン: %3</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a bucket&apos;s day in a tooltip.</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>%1 a weekday name: the bucket holds every such day of the range.</extracomment>
        <translation>毎週%1</translation>
    </message>
    <message>
        <source>%1–%2, every day</source>
        <translation>%1–%2、毎日</translation>
    </message>
    <message>
        <source>Week from %1</source>
        <translation>%1 からの1週間</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date pattern of a month bucket.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A whole range: %1 first day, %2 last day.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A bucket within one day: %1 day, %2 start time, %3 end time.</extracomment>
        <translation>%1、%2–%3</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number.</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Density::ChartPalette</name>
    <message>
        <source>Low quality (sensors online 80% or less)</source>
        <translation>低品質（センサーのオンライン率 80% 以下）</translation>
    </message>
    <message>
        <source>Sensors offline (no data)</source>
        <translation>センサーオフライン（データなし）</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>データ欠損</translation>
    </message>
    <message>
        <source>Not yet (no data so far)</source>
        <translation>未到来（まだデータなし）</translation>
    </message>
</context>
<context>
    <name>Density::Cli</name>
    <message>
        <source>The client id or secret was refused (%1).</source>
        <translation>クライアントIDまたはシークレットが拒否されました（%1）。</translation>
    </message>
    <message>
        <source>Validate the address and credentials (prints the API&apos;s greeting).</source>
        <translation>アドレスと認証情報を検証します（APIの応答メッセージを表示）。</translation>
    </message>
    <message>
        <source>Exchange --client-id/--client-secret for an OAuth access token and print the token response.</source>
        <translation>--client-id/--client-secret を OAuthアクセストークンと交換し、トークンレスポンスを表示します。</translation>
    </message>
    <message>
        <source>Exchange display credentials (--client-id/--client-secret) for a display-scoped token and print the token response.</source>
        <translation>ディスプレイ用認証情報（--client-id/--client-secret）をディスプレイ専用スコープのトークンと交換し、トークンレスポンスを表示します。</translation>
    </message>
    <message>
        <source>the display&apos;s id</source>
        <translation>ディスプレイのID</translation>
    </message>
    <message>
        <source>Unknown resolution &quot;%1&quot;; use one of: %2.</source>
        <translation>不明な解像度「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;; use one of: %2.</source>
        <translation>不明なメトリクス「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>bucket size: %1 (default total)</source>
        <translation>区間の長さ: %1（既定値 total）</translation>
    </message>
    <message>
        <source>operating days, 0 = Sunday ... 6 = Saturday (default 1,2,3,4,5 when --hours is given)</source>
        <translation>営業日。0 = 日曜日 … 6 = 土曜日（--hours を指定した場合の既定値は 1,2,3,4,5）</translation>
    </message>
    <message>
        <source>operating hours, start inclusive, end exclusive, e.g. 8-18 (default 8-18 when --days is given)</source>
        <translation>営業時間。開始を含み終了を含まない。例: 8-18（--days を指定した場合の既定値は 8-18）</translation>
    </message>
    <message>
        <source>Occupancy, utilization and time used together, per bucket.</source>
        <translation>在室人数、稼働率、利用時間を区間ごとにまとめて取得します。</translation>
    </message>
    <message>
        <source>occupancy, time_used, utilization (default: all)</source>
        <translation>occupancy、time_used、utilization（既定値: すべて）</translation>
    </message>
    <message>
        <source>Occupancy (avg/max/min) per space and bucket.</source>
        <translation>スペースおよび区間ごとの在室人数（平均/最大/最小）。</translation>
    </message>
    <message>
        <source>Utilization (occupancy / capacity) per space and bucket; null when the space has no capacity.</source>
        <translation>スペースおよび区間ごとの稼働率（在室人数 / 定員）。定員のないスペースでは null。</translation>
    </message>
    <message>
        <source>Time used per space and bucket (time_used_raw is in milliseconds).</source>
        <translation>スペースおよび区間ごとの利用時間（time_used_raw の単位はミリ秒）。</translation>
    </message>
    <message>
        <source>Raw occupied sessions; give local times without Z (the space&apos;s own zone).</source>
        <translation>在室中の生セッション。現地時刻は Z を付けずに指定します（スペース自身のタイムゾーン）。</translation>
    </message>
    <message>
        <source>Completion (0-1) of historical data per Open Area floor, per window of at most 10 days.</source>
        <translation>Open Area フロアごと、最大10日間のウィンドウごとの過去データの完全性（0-1）。</translation>
    </message>
    <message>
        <source>floor ids (default: every floor)</source>
        <translation>フロアID（既定値: すべてのフロア）</translation>
    </message>
    <message>
        <source>space ids, comma-separated (default: every space)</source>
        <translation>スペースID、カンマ区切り（既定値: すべてのスペース）</translation>
    </message>
    <message>
        <source>start, e.g. 2026-11-02T00:00:00Z (or without Z: local time)</source>
        <translation>開始。例: 2026-11-02T00:00:00Z（Z なしの場合は現地時刻）</translation>
    </message>
    <message>
        <source>end (inclusive), in the same style as --from</source>
        <translation>終了（この時点を含む）。--from と同じ形式</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See density-cli --help.</source>
        <translation>不明なコマンド「%1」です。density-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;; use one of: %3.</source>
        <translation>不明なサブコマンド「%1 %2」です。次のいずれかを指定してください: %3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand: %2.</source>
        <translation>「%1」にはサブコマンドが必要です: %2。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>Credentials, first found wins: --token or --client-id/--client-secret on the command line; then DENSITY_TOKEN, then DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET from the environment; then the secret of --profile NAME from the system keychain. --base-url beats the profile&apos;s address. Profiles are shared with density-dashboard; their secrets never go into a settings file.
</source>
        <translation>認証情報は最初に見つかったものが使われます: コマンドラインの --token または --client-id/--client-secret、次に環境変数 DENSITY_TOKEN、次に環境変数 DENSITY_CLIENT_ID/DENSITY_CLIENT_SECRET、最後にシステムのキーチェーンにある --profile NAME のシークレット。--base-url はプロファイルのアドレスより優先されます。プロファイルは density-dashboard と共有され、シークレットが設定ファイルに書き込まれることはありません。
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 2 usage error, 3 API error, 4 network error.
</source>
        <translation>終了コード: 0 成功、2 使用方法エラー、3 APIエラー、4 ネットワークエラー。
</translation>
    </message>
    <message>
        <source>Usage: density-cli [global options] COMMAND [ARGUMENTS] [options]

Every Density API v3 endpoint from the shell. Results are written to stdout as JSON (default) or CSV; errors to stderr as one line.

Global options:
</source>
        <translation>使用方法: density-cli [グローバルオプション] COMMAND [ARGUMENTS] [オプション]

シェルから Density API v3 のすべてのエンドポイントを利用できます。結果は標準出力に JSON（既定）または CSV で書き出され、エラーは標準エラー出力に1行で書き出されます。

グローバルオプション:
</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>コマンド:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>コマンドのオプションは「density-cli COMMAND --help」で表示されます。
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1 SUBCOMMAND ...

Commands:
</source>
        <translation>使用方法: density-cli %1 SUBCOMMAND ...

コマンド:
</translation>
    </message>
    <message>
        <source>Run &quot;density-cli %1 SUBCOMMAND --help&quot; for its options.
</source>
        <translation>オプションは「density-cli %1 SUBCOMMAND --help」で表示されます。
</translation>
    </message>
    <message>
        <source>Usage: density-cli %1

%2
</source>
        <translation>使用方法: density-cli %1

%2
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>オプション:
</translation>
    </message>
    <message>
        <source>Global options (--base-url, --token, --format, ...) are listed by density-cli --help.
</source>
        <translation>グローバルオプション（--base-url、--token、--format など）は density-cli --help で表示されます。
</translation>
    </message>
    <message>
        <source>--profile needs a profile name (see density-cli profile list).</source>
        <translation>--profile にはプロファイル名が必要です（density-cli profile list を参照）。</translation>
    </message>
    <message>
        <source>--format is json or csv, not &quot;%1&quot;.</source>
        <translation>--format には json または csv を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds between 0 and 86400, not &quot;%1&quot;.</source>
        <translation>--timeout には 0～86400 の秒数を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; options are spelled --name.</source>
        <translation>不明なオプション「%1」です。オプションは --name の形式で指定します。</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>API server (default https://api.density.io; http:// only for loopback)</source>
        <translation>APIサーバー（既定値 https://api.density.io。http:// はループバックのみ）</translation>
    </message>
    <message>
        <source>API token (or DENSITY_TOKEN)</source>
        <translation>APIトークン（または DENSITY_TOKEN）</translation>
    </message>
    <message>
        <source>OAuth client id (or DENSITY_CLIENT_ID)</source>
        <translation>OAuthクライアントID（または DENSITY_CLIENT_ID）</translation>
    </message>
    <message>
        <source>OAuth client secret (or DENSITY_CLIENT_SECRET)</source>
        <translation>OAuthクライアントシークレット（または DENSITY_CLIENT_SECRET）</translation>
    </message>
    <message>
        <source>a saved connection profile: its address, and its secret from the system keychain when no credential is given otherwise (see &quot;profile add&quot;)</source>
        <translation>保存済みの接続プロファイル: そのアドレスと、他に認証情報が指定されていない場合はシステムのキーチェーンにあるシークレットを使用（「profile add」を参照）</translation>
    </message>
    <message>
        <source>output format (default json)</source>
        <translation>出力形式（既定値 json）</translation>
    </message>
    <message>
        <source>per-request timeout (default 30)</source>
        <translation>リクエストごとのタイムアウト（既定値 30）</translation>
    </message>
    <message>
        <source>show help; after a command, its help</source>
        <translation>ヘルプを表示。コマンドの後に指定するとそのコマンドのヘルプ</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>バージョンを表示</translation>
    </message>
    <message>
        <source>This command needs an OAuth client: pass --client-id and --client-secret (or set DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>このコマンドには OAuthクライアントが必要です。--client-id と --client-secret を指定してください（または DENSITY_CLIENT_ID と DENSITY_CLIENT_SECRET を設定）。</translation>
    </message>
    <message>
        <source>Give either --token or --client-id/--client-secret, not both.</source>
        <translation>--token と --client-id/--client-secret のどちらか一方のみを指定してください。</translation>
    </message>
    <message>
        <source>No credentials: pass --token (or set DENSITY_TOKEN), --client-id and --client-secret for an OAuth client, or --profile NAME.</source>
        <translation>認証情報がありません。--token（または DENSITY_TOKEN を設定）、OAuthクライアントの --client-id と --client-secret、または --profile NAME を指定してください。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください。「%4」は指定できません。</translation>
    </message>
    <message>
        <source>Give --serials or --spaces, not both: the API rejects the combination.</source>
        <translation>--serials と --spaces のどちらか一方のみを指定してください。API はこの組み合わせを受け付けません。</translation>
    </message>
    <message>
        <source>the presence endpoint is deprecated by Density: it cannot tell an empty space from an offline sensor. Use presence-health.</source>
        <translation>presence エンドポイントは Density により非推奨となっています。空きスペースとオフラインのセンサーを区別できません。presence-health を使用してください。</translation>
    </message>
    <message>
        <source>Latest count per space, with its health.</source>
        <translation>スペースごとの最新のカウントとその状態。</translation>
    </message>
    <message>
        <source>Deprecated: occupied yes/no per space, without health. Prefer presence-health.</source>
        <translation>非推奨: スペースごとの在室の有無（状態なし）。presence-health を推奨します。</translation>
    </message>
    <message>
        <source>Presence per space with the health needed to tell empty from unknown.</source>
        <translation>スペースごとの在室状況と、空室と不明を区別するための状態。</translation>
    </message>
    <message>
        <source>Presence over the last minutes (Open Area spaces and floors).</source>
        <translation>直近数分間の在室状況（Open Area スペースおよびフロア）。</translation>
    </message>
    <message>
        <source>minutes to look back (default 60)</source>
        <translation>さかのぼる分数（既定値 60）</translation>
    </message>
    <message>
        <source>Ask the floor presence broker for a WebSocket URL (prints ws_url).</source>
        <translation>フロア在室状況ブローカーに WebSocket URL を要求します（ws_url を表示）。</translation>
    </message>
    <message>
        <source>Ask the space count broker for a WebSocket URL (prints ws_url).</source>
        <translation>スペースカウントブローカーに WebSocket URL を要求します（ws_url を表示）。</translation>
    </message>
    <message>
        <source>--display-id needs --client-id and --client-secret (display credentials), not a token.</source>
        <translation>--display-id にはトークンではなく、--client-id と --client-secret（ディスプレイ用認証情報）が必要です。</translation>
    </message>
    <message>
        <source>--store is keychain or insecure-file, not &quot;%1&quot;.</source>
        <translation>--store には keychain または insecure-file を指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>density-cli cannot keep a secret for a session: pass --store insecure-file to keep it in a plain file (insecure), or use DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET instead.</source>
        <translation>density-cli はセッション用のシークレットを保持できません。--store insecure-file を指定してプレーンファイルに保存する（安全ではありません）か、代わりに DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET を使用してください。</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot;. See density-cli profile list.</source>
        <translation>「%1」という名前のプロファイルはありません。density-cli profile list を参照してください。</translation>
    </message>
    <message>
        <source>A secret saved earlier in a keychain stays there.</source>
        <translation>以前にキーチェーンに保存したシークレットはそのまま残ります。</translation>
    </message>
    <message>
        <source>Save a connection profile (replacing one of the same name): the address from --base-url and the credential from --token, or --client-id and --client-secret (or DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET). The secret goes to the system keychain, never to the settings file.</source>
        <translation>接続プロファイルを保存します（同じ名前のプロファイルは置き換えられます）: アドレスは --base-url、認証情報は --token、または --client-id と --client-secret（または DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET）から取得します。シークレットはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>makes it display credentials (wall screens) for this display</source>
        <translation>このディスプレイ用の認証情報（ウォールスクリーン用）にします</translation>
    </message>
    <message>
        <source>insecure-file: where no system keychain exists, keep secrets in a plain file only you can read (insecure; remembered for later runs)</source>
        <translation>insecure-file: システムのキーチェーンがない場合、自分だけが読めるプレーンファイルにシークレットを保存します（安全ではありません。以後の実行でも記憶されます）</translation>
    </message>
    <message>
        <source>default operating days (0 = Sunday), with --hours</source>
        <translation>既定の営業日（0 = 日曜日）。--hours と併用</translation>
    </message>
    <message>
        <source>default operating hours</source>
        <translation>既定の営業時間</translation>
    </message>
    <message>
        <source>the space the dashboard opens first</source>
        <translation>ダッシュボードで最初に開くスペース</translation>
    </message>
    <message>
        <source>List the saved connection profiles (never their secrets).</source>
        <translation>保存済みの接続プロファイルを一覧表示します（シークレットは表示しません）。</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secret.</source>
        <translation>接続プロファイルとそのシークレットを削除します。</translation>
    </message>
    <message>
        <source>Nothing to update: give at least one of --name, --capacity, --function, --time-zone, --address, --iwms-id.</source>
        <translation>更新する内容がありません。--name、--capacity、--function、--time-zone、--address、--iwms-id のうち少なくとも1つを指定してください。</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name は空にできません。</translation>
    </message>
    <message>
        <source>Give label ids to --add or --delete, or names to --create.</source>
        <translation>--add または --delete にはラベルIDを、--create には名前を指定してください。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名前は空にできません。</translation>
    </message>
    <message>
        <source>Nothing to update: give --name and/or --group.</source>
        <translation>更新する内容がありません。--name と --group の一方または両方を指定してください。</translation>
    </message>
    <message>
        <source>List every space of the organisation (campuses, buildings, floors, spaces).</source>
        <translation>組織のすべてのスペース（キャンパス、建物、フロア、スペース）を一覧表示します。</translation>
    </message>
    <message>
        <source>Change attributes of a space; only the options given are sent.</source>
        <translation>スペースの属性を変更します。指定したオプションのみ送信されます。</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>新しい名前</translation>
    </message>
    <message>
        <source>capacity (people)</source>
        <translation>定員（人）</translation>
    </message>
    <message>
        <source>function, e.g. meeting_room</source>
        <translation>用途。例: meeting_room</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Paris</source>
        <translation>IANA タイムゾーン。例: Europe/Paris</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>id in your IWMS</source>
        <translation>IWMS でのID</translation>
    </message>
    <message>
        <source>Attach, create and detach labels of a space in one call; prints the space&apos;s labels afterwards.</source>
        <translation>スペースのラベルの割り当て、作成、解除を1回の呼び出しで行い、その後スペースのラベルを表示します。</translation>
    </message>
    <message>
        <source>existing label ids to attach</source>
        <translation>割り当てる既存のラベルID</translation>
    </message>
    <message>
        <source>new label names to create and attach</source>
        <translation>作成して割り当てる新しいラベル名</translation>
    </message>
    <message>
        <source>label ids to detach</source>
        <translation>解除するラベルID</translation>
    </message>
    <message>
        <source>List labels.</source>
        <translation>ラベルを一覧表示します。</translation>
    </message>
    <message>
        <source>Create a label attached to no space.</source>
        <translation>どのスペースにも割り当てられていないラベルを作成します。</translation>
    </message>
    <message>
        <source>Rename a label and/or move it to a label group.</source>
        <translation>ラベルの名前を変更するか、ラベルグループに移動します（または両方）。</translation>
    </message>
    <message>
        <source>label group id</source>
        <translation>ラベルグループID</translation>
    </message>
    <message>
        <source>List label groups with their labels.</source>
        <translation>ラベルグループとそのラベルを一覧表示します。</translation>
    </message>
    <message>
        <source>Create an empty label group.</source>
        <translation>空のラベルグループを作成します。</translation>
    </message>
    <message>
        <source>Rename a label group.</source>
        <translation>ラベルグループの名前を変更します。</translation>
    </message>
    <message>
        <source>List doorways (entry points watched by Entry sensors).</source>
        <translation>出入口（Entry センサーが監視する入口）を一覧表示します。</translation>
    </message>
    <message>
        <source>See density-cli --help.</source>
        <translation>density-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>No command given. See density-cli --help.</source>
        <translation>コマンドが指定されていません。density-cli --help を参照してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2. See density-cli %1 --help.</source>
        <translation>「%1」には %2 が必要です。density-cli %1 --help を参照してください。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>「%2」に対する予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;%2&quot;. See density-cli %2 --help.</source>
        <translation>「%2」に対する不明なオプション --%1 です。density-cli %2 --help を参照してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2 %3.</source>
        <translation>「%1」には --%2 %3 が必要です。</translation>
    </message>
    <message>
        <source>Using the credentials from the environment (DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET), not profile &quot;%1&quot;&apos;s.</source>
        <translation>プロファイル「%1」ではなく、環境変数（DENSITY_TOKEN / DENSITY_CLIENT_ID / DENSITY_CLIENT_SECRET）の認証情報を使用しています。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;&apos;s secret is not available to density-cli; set DENSITY_TOKEN (or DENSITY_CLIENT_ID and DENSITY_CLIENT_SECRET).</source>
        <translation>プロファイル「%1」のシークレットは density-cli から利用できません。DENSITY_TOKEN（または DENSITY_CLIENT_ID と DENSITY_CLIENT_SECRET）を設定してください。</translation>
    </message>
    <message>
        <source>No secret is stored for profile &quot;%1&quot; (in the %2). Add it again with density-cli profile add, or set DENSITY_TOKEN.</source>
        <translation>プロファイル「%1」のシークレットが（%2 に）保存されていません。density-cli profile add で再度追加するか、DENSITY_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an OAuth client; profile &quot;%2&quot; holds an API token.</source>
        <translation>「%1」には OAuthクライアントが必要ですが、プロファイル「%2」には APIトークンが設定されています。</translation>
    </message>
    <message>
        <source>sensor serial numbers</source>
        <translation>センサーのシリアル番号</translation>
    </message>
    <message>
        <source>space ids (not together with --serials)</source>
        <translation>スペースID（--serials とは併用不可）</translation>
    </message>
    <message>
        <source>List sensors (all, or those with the given serials or in the given spaces).</source>
        <translation>センサーを一覧表示します（すべて、または指定したシリアル番号・スペースのもの）。</translation>
    </message>
    <message>
        <source>Current health of sensors.</source>
        <translation>センサーの現在の状態。</translation>
    </message>
    <message>
        <source>Health changes of sensors in a time range (any length: sent in 10-day windows).</source>
        <translation>指定期間内のセンサーの状態変化（期間の長さは任意。10日単位で送信されます）。</translation>
    </message>
    <message>
        <source>--%1 is a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>--%1 には 0 より大きく %2 以下の秒数を指定してください。「%3」は指定できません。</translation>
    </message>
    <message>
        <source>Live streams print JSON Lines; --format csv does not apply.</source>
        <translation>ライブストリームは JSON Lines 形式で出力されます。--format csv は適用されません。</translation>
    </message>
    <message>
        <source>stop after S seconds (default: until interrupted)</source>
        <translation>S 秒後に停止（既定値: 中断されるまで）</translation>
    </message>
    <message>
        <source>the server&apos;s refresh period, for stale detection (default 60)</source>
        <translation>サーバーの更新間隔。データ停滞の検出に使用（既定値 60）</translation>
    </message>
    <message>
        <source>Stream a floor&apos;s presence (Open Area / Waffle spaces) as JSON lines.</source>
        <translation>フロアの在室状況（Open Area / Waffle スペース）を JSON Lines 形式でストリーミングします。</translation>
    </message>
    <message>
        <source>the floor to watch</source>
        <translation>監視するフロア</translation>
    </message>
    <message>
        <source>Stream counts of a space and its children as JSON lines.</source>
        <translation>スペースとその子スペースのカウントを JSON Lines 形式でストリーミングします。</translation>
    </message>
    <message>
        <source>the space to watch</source>
        <translation>監視するスペース</translation>
    </message>
    <message>
        <source>Experimental: stream a doorway&apos;s crossings (an undocumented stream).</source>
        <translation>試験的機能: 出入口の通過をストリーミングします（非公開のストリーム）。</translation>
    </message>
    <message>
        <source>the doorway to watch</source>
        <translation>監視する出入口</translation>
    </message>
    <message>
        <source>The live stream failed: %1</source>
        <translation>ライブストリームでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Nothing to update: give --full-name, --role and/or --spaces.</source>
        <translation>更新する内容がありません。--full-name、--role、--spaces のうち少なくとも1つを指定してください。</translation>
    </message>
    <message>
        <source>space ids the user may see (an empty value clears them)</source>
        <translation>ユーザーが閲覧できるスペースID（空の値を指定するとクリア）</translation>
    </message>
    <message>
        <source>List users (OAuth client credentials only).</source>
        <translation>ユーザーを一覧表示します（OAuthクライアント認証情報のみ）。</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>1人のユーザーを表示します。</translation>
    </message>
    <message>
        <source>Create a user.</source>
        <translation>ユーザーを作成します。</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>role, e.g. owner</source>
        <translation>ロール。例: owner</translation>
    </message>
    <message>
        <source>Change a user&apos;s name, role or spaces; what is not given stays as it is.</source>
        <translation>ユーザーの名前、ロール、スペースを変更します。指定しなかった項目はそのままです。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Delete a user.</source>
        <translation>ユーザーを削除します。</translation>
    </message>
</context>
<context>
    <name>Density::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to Density</source>
        <translation>Density に接続</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>APIアドレス</translation>
    </message>
    <message>
        <source>Static API token</source>
        <translation>静的APIトークン</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuthクライアント認証情報</translation>
    </message>
    <message>
        <source>Display credentials (wall screen)</source>
        <translation>ディスプレイ用認証情報（ウォールスクリーン）</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>サインイン方法</translation>
    </message>
    <message>
        <source>tok_…</source>
        <translation>tok_…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>APIトークン</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Display id</source>
        <translation>ディスプレイID</translation>
    </message>
    <message>
        <source>the display this screen signs in as</source>
        <translation>この画面がサインインに使うディスプレイ</translation>
    </message>
    <message>
        <source>Certificate &amp;details</source>
        <translation>証明書の詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>APIアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>サインイン方法(&amp;S):</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>APIトークン(&amp;T):</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>クライアントID(&amp;I):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Dis&amp;play id:</source>
        <translation>ディスプレイID(&amp;P):</translation>
    </message>
    <message>
        <source>A long-lived token an Owner created (it starts with tok_). It is kept in the system keychain (or for this session only where there is none), never in a settings file.</source>
        <translation>オーナーが作成した有効期間の長いトークンです（tok_ で始まります）。システムのキーチェーンに保存され（キーチェーンがない場合はこのセッション中のみ保持）、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>The id and secret of an OAuth client an Owner created (Your Account → Developer). Needed to manage users. The secret is kept in the system keychain (or for this session only), never in a settings file.</source>
        <translation>オーナーが作成した OAuthクライアントのIDとシークレットです（アカウント → 開発者）。ユーザーの管理に必要です。シークレットはシステムのキーチェーンに保存され（またはこのセッション中のみ保持）、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Credentials for a wall screen: they can read presence only. The secret is kept in the system keychain (or for this session only).</source>
        <translation>ウォールスクリーン用の認証情報です。在室状況の読み取りのみ可能です。シークレットはシステムのキーチェーンに保存されます（またはこのセッション中のみ保持）。</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionProfile</name>
    <message>
        <source>The profile has no id.</source>
        <translation>プロファイルにIDがありません。</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>The profile needs a server address such as https://api.density.io.</source>
        <translation>プロファイルには https://api.density.io のようなサーバーアドレスが必要です。</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>プロファイルにはクライアントIDが必要です。</translation>
    </message>
    <message>
        <source>The profile needs a display id.</source>
        <translation>プロファイルにはディスプレイIDが必要です。</translation>
    </message>
    <message>
        <source>The profile&apos;s operating hours are not valid.</source>
        <translation>プロファイルの営業時間が無効です。</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>APIトークン</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuthクライアント認証情報</translation>
    </message>
    <message>
        <source>Display credentials</source>
        <translation>ディスプレイ用認証情報</translation>
    </message>
</context>
<context>
    <name>Density::ConnectionTest</name>
    <message>
        <source>&quot;%1&quot; is not a server address: enter one like https://api.density.io.</source>
        <translation>「%1」はサーバーアドレスではありません。https://api.density.io のように入力してください。</translation>
    </message>
    <message>
        <source>Plain http:// would send your credentials unencrypted, so it is only allowed for this computer (localhost, 127.0.0.1, ::1). Use https://%1 instead.</source>
        <translation>http:// では認証情報が暗号化されずに送信されるため、このコンピューター（localhost、127.0.0.1、::1）に対してのみ許可されています。代わりに https://%1 を使用してください。</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported, not %1://.</source>
        <translation>https:// のアドレスのみサポートされています。%1:// は使用できません。</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>APIトークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>クライアントIDを入力してください。</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>クライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <source>Enter the display id this screen signs in as.</source>
        <translation>この画面がサインインに使うディスプレイIDを入力してください。</translation>
    </message>
    <message>
        <source>The token endpoint refused the client id or secret (%1): check both, and that the OAuth client still exists.</source>
        <translation>トークンエンドポイントがクライアントIDまたはシークレットを拒否しました（%1）。両方の値と、OAuthクライアントがまだ存在することを確認してください。</translation>
    </message>
    <message>
        <source>The display-token endpoint refused the client id, secret or display id (%1): check all three.</source>
        <translation>ディスプレイトークンエンドポイントがクライアントID、シークレット、またはディスプレイIDを拒否しました（%1）。3つすべてを確認してください。</translation>
    </message>
    <message>
        <source>The API rejected the token (401): check that you copied the whole tok_… token and that it has not been revoked.</source>
        <translation>APIがトークンを拒否しました（401）。tok_… トークン全体をコピーしたこと、およびトークンが取り消されていないことを確認してください。</translation>
    </message>
    <message>
        <source>The API knows these credentials but does not allow them to read this organization (403): ask an Owner or Admin for a token with read access.</source>
        <translation>APIはこの認証情報を認識していますが、この組織の読み取りを許可していません（403）。読み取り権限のあるトークンをオーナーまたは管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 The API said: “%2”</source>
        <extracomment>%1 the sentence above, %2 the API&apos;s own message.</extracomment>
        <translation>%1 APIからのメッセージ:「%2」</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time: the server may be overloaded, or something between you and it holds the connection open. Try again, or check the address.</source>
        <translation>%1 は接続を受け付けましたが、時間内に応答しませんでした。サーバーが過負荷になっているか、途中の機器が接続を保持したままになっている可能性があります。再試行するか、アドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 No credentials were sent.</source>
        <extracomment>%1 why the secure connection failed.</extracomment>
        <translation>%1 認証情報は送信されていません。</translation>
    </message>
    <message>
        <source>%1&apos;s certificate was not accepted (%2), so no credentials were sent. Compare the details below with what your IT department expects; an untrusted certificate is never accepted.</source>
        <extracomment>%2 the certificate problems, e.g. &quot;The certificate is self-signed, and untrusted&quot;.</extracomment>
        <translation>%1 の証明書が受け入れられなかったため（%2）、認証情報は送信されていません。以下の詳細がIT部門の想定と一致するか確認してください。信頼されていない証明書が受け入れられることはありません。</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Density API: check the address. (%2)</source>
        <translation>%1 は応答しましたが、Density API の応答ではありません。アドレスを確認してください。（%2）</translation>
    </message>
    <message>
        <source>The server %1 could not be found: its name does not resolve (DNS). Check the address for typos and that this computer is online.</source>
        <translation>サーバー %1 が見つかりませんでした。名前を解決できません（DNS）。アドレスに入力ミスがないか、このコンピューターがオンラインかを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection: the computer was reached, but nothing accepts connections on port %2. Check the address and port.</source>
        <translation>%1 が接続を拒否しました。コンピューターには到達しましたが、ポート %2 で接続を受け付けているものがありません。アドレスとポートを確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the address and the network.</source>
        <translation>%1 が時間内に応答しませんでした。アドレスとネットワークを確認してください。</translation>
    </message>
    <message>
        <source>Asking %1 for a token…</source>
        <translation>%1 にトークンを要求しています…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>The token endpoint accepted the credentials, but the API rejected the token it issued (401): the address may point at a different Density environment.</source>
        <translation>トークンエンドポイントは認証情報を受け付けましたが、発行されたトークンをAPIが拒否しました（401）。アドレスが別の Density 環境を指している可能性があります。</translation>
    </message>
    <message>
        <source>Connected: the API answered &quot;%1&quot;.</source>
        <translation>接続しました。APIの応答:「%1」</translation>
    </message>
    <message>
        <source>Connected: the OAuth client got a token and the API answered &quot;%1&quot;.</source>
        <translation>接続しました。OAuthクライアントがトークンを取得し、APIの応答は「%1」でした。</translation>
    </message>
    <message>
        <source>Connected: the display got a token and the API answered &quot;%1&quot;.</source>
        <translation>接続しました。ディスプレイがトークンを取得し、APIの応答は「%1」でした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Could not connect to %1: check the proxy&apos;s host and port in Settings, or ask IT which proxy this computer must use.</source>
        <translation>%1 に接続できませんでした。設定でプロキシのホストとポートを確認するか、このコンピューターで使用すべきプロキシをIT部門に確認してください。</translation>
    </message>
    <message>
        <source>%1 could not be found (its name does not resolve): check the proxy host in Settings.</source>
        <translation>%1 が見つかりませんでした（名前を解決できません）。設定でプロキシホストを確認してください。</translation>
    </message>
    <message>
        <source>%1 asks for a user name and password: enter them in Settings (Proxy), or ask IT for them.</source>
        <translation>%1 がユーザー名とパスワードを要求しています。設定（プロキシ）で入力するか、IT部門に確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: check the proxy setting and the network.</source>
        <translation>%1 が時間内に応答しませんでした。プロキシ設定とネットワークを確認してください。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: check the proxy setting, or ask IT whether it allows connections to this server.</source>
        <translation>%1 が応答前に接続を閉じました。プロキシ設定を確認するか、このサーバーへの接続が許可されているかIT部門に確認してください。</translation>
    </message>
    <message>
        <source>The connection through %1 failed (%2): check the proxy setting in Settings.</source>
        <extracomment>%1 the proxy, %2 what went wrong.</extracomment>
        <translation>%1 経由の接続に失敗しました（%2）。設定でプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>The certificate check reported:</source>
        <translation>証明書チェックの結果:</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>サーバーが証明書を提示しませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>サーバーの証明書:</translation>
    </message>
    <message>
        <source>Certificate %1 of the chain:</source>
        <translation>証明書チェーンの %1 番目の証明書:</translation>
    </message>
    <message>
        <source>  Subject: %1</source>
        <translation>  サブジェクト: %1</translation>
    </message>
    <message>
        <source>  Issuer: %1 (self-signed)</source>
        <translation>  発行者: %1（自己署名）</translation>
    </message>
    <message>
        <source>  Issuer: %1</source>
        <translation>  発行者: %1</translation>
    </message>
    <message>
        <source>  Valid for: %1</source>
        <translation>  有効な対象: %1</translation>
    </message>
    <message>
        <source>  Valid from: %1</source>
        <translation>  有効期間の開始: %1</translation>
    </message>
    <message>
        <source>  Valid until: %1</source>
        <translation>  有効期間の終了: %1</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint:</source>
        <translation>  SHA-256 フィンガープリント:</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>a plain file (insecure)</source>
        <translation>プレーンファイル（安全ではありません）</translation>
    </message>
    <message>
        <source>No system keychain is available.</source>
        <translation>システムのキーチェーンを利用できません。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>システムのキーチェーンでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>Density::CredentialStorePolicy</name>
    <message>
        <source>No system keychain is available (no Secret Service on this machine)</source>
        <translation>システムのキーチェーンを利用できません（このマシンには Secret Service がありません）</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1)</source>
        <translation>システムのキーチェーンを使用できません（%1）</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>; as you chose, secrets are stored in a plain file that only your account can read. This is insecure: anyone with access to your files or backups can read them.</source>
        <translation>。選択に従い、シークレットはご自分のアカウントだけが読めるプレーンファイルに保存されます。これは安全ではありません。ファイルやバックアップにアクセスできる人は誰でも読み取れます。</translation>
    </message>
    <message>
        <source>; secrets are kept for this session only and must be entered again next time. You can choose to store them in a plain file instead (insecure).</source>
        <translation>。シークレットはこのセッション中のみ保持され、次回は再入力が必要です。代わりにプレーンファイルへの保存を選択することもできます（安全ではありません）。</translation>
    </message>
</context>
<context>
    <name>Density::CsvExport</name>
    <message>
        <source>no capacity set</source>
        <translation>定員未設定</translation>
    </message>
    <message>
        <source>null from the API: %1</source>
        <translation>APIからの null: %1</translation>
    </message>
    <message>
        <source>bucket: start of the period in the space&apos;s time zone with its UTC offset (total: the range start; weekday: 0 = Sunday; hour_of_day: 0-23)</source>
        <translation>bucket: スペースのタイムゾーンにおける期間の開始日時と UTC オフセット（total: 期間の開始、weekday: 0 = 日曜日、hour_of_day: 0-23）</translation>
    </message>
    <message>
        <source>occupancy_avg: average number of people present during the bucket (time-weighted)</source>
        <translation>occupancy_avg: 区間内の平均在室人数（時間加重）</translation>
    </message>
    <message>
        <source>occupancy_max: peak number of people present at any moment of the bucket; a peak is not an average</source>
        <translation>occupancy_max: 区間内のいずれかの時点におけるピーク在室人数。ピークは平均ではありません</translation>
    </message>
    <message>
        <source>utilization_avg / utilization_max: occupancy_avg / occupancy_max divided by the space&apos;s capacity (1 = 100%); empty when no capacity is set (unset or 0)</source>
        <translation>utilization_avg / utilization_max: occupancy_avg / occupancy_max をスペースの定員で割った値（1 = 100%）。定員が設定されていない場合（未設定または 0）は空欄</translation>
    </message>
    <message>
        <source>time_used_hours: time with at least one person present in hours (the API&apos;s time_used_raw milliseconds / 3600000)</source>
        <translation>time_used_hours: 1人以上が在室していた時間（時間単位。API の time_used_raw ミリ秒 / 3600000）</translation>
    </message>
    <message>
        <source>up_time: share of the bucket the sensors were online (1 = complete; 0.8 or less = low quality)</source>
        <translation>up_time: 区間内でセンサーがオンラインだった割合（1 = 完全、0.8 以下 = 低品質）</translation>
    </message>
    <message>
        <source>capped: true when the sensor reached its counting limit; occupancy_max is then at least that limit (read 3 as &quot;3+&quot;)</source>
        <translation>capped: センサーがカウント上限に達した場合は true。その場合 occupancy_max は少なくともその上限値です（3 は「3+」と読みます）</translation>
    </message>
    <message>
        <source>data_quality: good / zero_use (complete and nobody there) / incomplete (up_time below 1) / low_quality (up_time 0.8 or less) / offline (up_time 0) / missing / pending (after the export time)</source>
        <translation>data_quality: good / zero_use（データ完全で在室なし）/ incomplete（up_time が 1 未満）/ low_quality（up_time が 0.8 以下）/ offline（up_time が 0）/ missing / pending（エクスポート時刻より後）</translation>
    </message>
    <message>
        <source>Empty cells have no value (null or not reported by the API): never read them as 0</source>
        <translation>空欄のセルには値がありません（null、または API が報告していない）。0 とは解釈しないでください</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>CSVファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>no file was open</source>
        <translation>ファイルが開かれていませんでした</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresenceModel</name>
    <message>
        <source>%1+ people</source>
        <translation>%1人以上</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Unknown: loading</source>
        <translation>不明: 読み込み中</translation>
    </message>
    <message>
        <source>Unknown: no live data</source>
        <translation>不明: ライブデータなし</translation>
    </message>
    <message>
        <source>Unknown: sensor offline</source>
        <translation>不明: センサーオフライン</translation>
    </message>
    <message>
        <source>Unknown: sensor degraded</source>
        <translation>不明: センサー性能低下</translation>
    </message>
    <message>
        <source>Unknown: sensor health not reported</source>
        <translation>不明: センサーの状態が報告されていません</translation>
    </message>
    <message>
        <source>Unknown: sensor health unknown</source>
        <translation>不明: センサーの状態が不明</translation>
    </message>
    <message>
        <source>Unknown: no reading</source>
        <translation>不明: 測定値なし</translation>
    </message>
    <message>
        <source>%1 of %2 min</source>
        <translation>%1 / %2 分</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The sensor is %1; its last count was %2.</source>
        <translation>センサーは%1です。最後のカウントは %2 でした。</translation>
    </message>
    <message>
        <source>Minutes of the last hour in which a sensor saw someone (short-term presence; open-area spaces and floors only).</source>
        <translation>直近1時間のうち、センサーが人を検知した分数（短期的な在室状況。オープンエリアのスペースとフロアのみ）。</translation>
    </message>
    <message>
        <source>When the sensor&apos;s reading was taken, in the space&apos;s time zone.</source>
        <translation>センサーの測定時刻（スペースのタイムゾーン）。</translation>
    </message>
    <message>
        <source>The time the API gives with the reading, usually when the current state began</source>
        <translation>APIが測定値とともに返す時刻。通常は現在の状態が始まった時刻です</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>カウント</translation>
    </message>
    <message>
        <source>Occupied, last hour</source>
        <translation>使用中（直近1時間）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始時刻</translation>
    </message>
</context>
<context>
    <name>Density::CurrentPresencePanel</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Ask for the current state now (it refreshes every minute while this page is shown).</source>
        <translation>現在の状態を今すぐ取得します（このページの表示中は1分ごとに更新されます）。</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied come from a healthy sensor&apos;s current reading. ? Unknown means the sensor is offline or degraded, or there is no reading: such a space is never shown as available.</source>
        <translation>✓ 空き と ■ 使用中 は、正常なセンサーの現在の測定値に基づきます。? 不明 は、センサーがオフラインまたは性能低下中であるか、測定値がないことを示します。このようなスペースが空きとして表示されることはありません。</translation>
    </message>
    <message>
        <source>Right now in %1</source>
        <translation>%1 の現在の状況</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>Select a space to see who is there now.</source>
        <translation>スペースを選択すると、現在の在室状況を表示します。</translation>
    </message>
    <message>
        <source>Loading the current state…</source>
        <translation>現在の状態を読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading times are in UTC (the space has no time zone).</source>
        <translation>測定時刻は UTC です（スペースにタイムゾーンが設定されていません）。</translation>
    </message>
    <message>
        <source>Reading times are in %1.</source>
        <translation>測定時刻は %1 です。</translation>
    </message>
    <message>
        <source>Updated at %1; refreshes every minute while shown. %2</source>
        <translation>%1 に更新しました。表示中は1分ごとに更新されます。%2</translation>
    </message>
    <message>
        <source>The update at %1 failed; it is tried again every minute while shown. %2</source>
        <translation>%1 の更新に失敗しました。表示中は1分ごとに再試行します。%2</translation>
    </message>
    <message>
        <source>Health-aware presence is not available on this server, so presence comes from the deprecated endpoint, which cannot tell an empty space from an offline sensor.</source>
        <translation>このサーバーでは状態を考慮した在室状況を利用できないため、非推奨のエンドポイントから在室状況を取得しています。このエンドポイントでは空きスペースとオフラインのセンサーを区別できません。</translation>
    </message>
    <message>
        <source>The current state of %1 could not be loaded. %2</source>
        <translation>%1 の現在の状態を読み込めませんでした。%2</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>現在のスペース</translation>
    </message>
</context>
<context>
    <name>Density::DashboardOptions</name>
    <message>
        <source>Occupancy dashboard for Density sensors.</source>
        <translation>Density センサー用の在室状況ダッシュボード。</translation>
    </message>
    <message>
        <source>Use the built-in demo portfolio (a simulator on this computer).</source>
        <translation>内蔵のデモポートフォリオ（このコンピューター上のシミュレーター）を使用します。</translation>
    </message>
    <message>
        <source>Number of spaces in the demo portfolio.</source>
        <translation>デモポートフォリオのスペース数。</translation>
    </message>
    <message>
        <source>The demo&apos;s fixed time (ISO 8601, UTC) instead of now.</source>
        <translation>現在時刻の代わりに使うデモの固定時刻（ISO 8601、UTC）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Make the demo simulator misbehave, to see how the dashboard copes, for example &quot;latency=300,errors=0.1,ws-drop=30&quot; or &quot;ghost-time&quot; (density-sim --help lists them).</source>
        <translation>デモシミュレーターに異常な動作をさせ、ダッシュボードの対応を確認します。例: &quot;latency=300,errors=0.1,ws-drop=30&quot; や &quot;ghost-time&quot;（一覧は density-sim --help で表示されます）。</translation>
    </message>
    <message>
        <source>API server address (the token comes from the DENSITY_TOKEN environment variable).</source>
        <translation>APIサーバーのアドレス（トークンは環境変数 DENSITY_TOKEN から取得します）。</translation>
    </message>
    <message>
        <source>Open this page: %1.</source>
        <translation>このページを開きます: %1。</translation>
    </message>
    <message>
        <source>Select this space id (repeat it or separate ids with commas to compare up to 8).</source>
        <translation>このスペースIDを選択します（繰り返し指定するかカンマで区切ると、最大8件まで比較できます）。</translation>
    </message>
    <message>
        <source>Quit after this many seconds (for smoke tests).</source>
        <translation>指定した秒数が経過したら終了します（スモークテスト用）。</translation>
    </message>
    <message>
        <source>Save the window as a PNG file once it has loaded, then quit.</source>
        <translation>読み込みが完了したらウィンドウを PNGファイルとして保存し、終了します。</translation>
    </message>
    <message>
        <source>Read the PIN that leaves the kiosk from standard input, store its salted hash and quit (an empty line removes it).</source>
        <translation>キオスクを終了するための PIN を標準入力から読み取り、ソルト付きハッシュを保存して終了します（空行を入力すると削除されます）。</translation>
    </message>
    <message>
        <source>Run as a locked full-screen wall display of the configured floors (signs in with display credentials; with --demo, the demo&apos;s).</source>
        <translation>設定されたフロアをロックされた全画面のウォールディスプレイとして表示します（ディスプレイ用認証情報でサインインします。--demo 指定時はデモの認証情報）。</translation>
    </message>
    <message>
        <source>Floors the kiosk rotates through, comma separated (default: the settings, or the first building&apos;s floors).</source>
        <translation>キオスクで順番に表示するフロア、カンマ区切り（既定値: 設定の値、または最初の建物のフロア）。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Seconds each kiosk floor stays on screen.</source>
        <translation>キオスクで各フロアを表示する秒数。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The display id the kiosk signs in with (overrides its connection&apos;s).</source>
        <translation>キオスクがサインインに使うディスプレイID（接続の設定より優先されます）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>予期しない引数です: %1。</translation>
    </message>
    <message>
        <source>--rotate-seconds needs a whole number from %1 to %2.</source>
        <translation>--rotate-seconds には %1 から %2 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>--kiosk-floors, --rotate-seconds and --display-id need --kiosk.</source>
        <translation>--kiosk-floors、--rotate-seconds、--display-id には --kiosk が必要です。</translation>
    </message>
    <message>
        <source>--demo-now needs a date and time such as 2026-11-25T15:00:00Z.</source>
        <translation>--demo-now には 2026-11-25T15:00:00Z のような日時を指定してください。</translation>
    </message>
    <message>
        <source>--demo-spaces needs a positive number.</source>
        <translation>--demo-spaces には正の数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2.</source>
        <translation>不明なビュー「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>--quit-after needs a number of seconds above 0.</source>
        <translation>--quit-after には 0 より大きい秒数を指定してください。</translation>
    </message>
    <message>
        <source>--view and --space do not apply to --kiosk; use --kiosk-floors.</source>
        <translation>--view と --space は --kiosk には適用されません。--kiosk-floors を使用してください。</translation>
    </message>
    <message>
        <source>Interface language for this run, e.g. de, fr, es, ja (default: Settings, which follow the system).</source>
        <translation>今回の実行で使用するインターフェース言語。例: de、fr、es、ja（既定値: 設定の値。設定はシステムに従います）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; for --locale; use a code such as de, fr, es or ja.</source>
        <translation>--locale に対する不明な言語「%1」です。de、fr、es、ja などのコードを指定してください。</translation>
    </message>
</context>
<context>
    <name>Density::DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>在室人数</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>利用時間</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>センサーの状態</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>データの完全性</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessModel</name>
    <message>
        <source>No floors in this selection.</source>
        <translation>この選択範囲にフロアはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>完全 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with gaps (sensors offline or missing data)</source>
        <translation>
            <numerusform>欠損あり %n 件（センサーオフラインまたはデータ欠損）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still processing</source>
        <translation>
            <numerusform>処理中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in planning</source>
        <translation>
            <numerusform>計画中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without open-area sensors</source>
        <translation>
            <numerusform>オープンエリアセンサーなし %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>1 floor: %1</source>
        <extracomment>%1 is a list such as &quot;2 complete, 1 still processing&quot;.</extracomment>
        <translation>1フロア: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n floors: %1</source>
        <translation>
            <numerusform>%n フロア: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A completeness percentage; %1 is the number (&quot;82.4&quot;).</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Floor in planning</source>
        <translation>計画中のフロア</translation>
    </message>
    <message>
        <source>Still processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Sensors offline or missing data</source>
        <translation>センサーオフラインまたはデータ欠損</translation>
    </message>
    <message>
        <source>No value returned</source>
        <translation>値が返されませんでした</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>All expected open-area data for this window has arrived and been processed.</source>
        <translation>この期間に想定されるオープンエリアのデータはすべて受信され、処理済みです。</translation>
    </message>
    <message>
        <source>Likely cause: the floor is still in planning (or went live only after this window began), so its sensors were not live for all of it and less data is expected.</source>
        <translation>考えられる原因: フロアがまだ計画中である（またはこの期間の開始後に稼働を開始した）ため、センサーが期間全体を通して稼働しておらず、想定されるデータが少なくなっています。</translation>
    </message>
    <message>
        <source>Likely cause: part of this window is less than about 8 hours old (or has not happened yet); Density is still processing it. Check again later.</source>
        <translation>考えられる原因: この期間の一部が約8時間以内（またはまだ到来していない）であり、Density がまだ処理中です。後でもう一度確認してください。</translation>
    </message>
    <message>
        <source>Likely cause: sensors were offline or data is missing for part of this window. The Sensor health page shows which sensors are offline.</source>
        <translation>考えられる原因: この期間の一部でセンサーがオフラインだったか、データが欠損しています。オフラインのセンサーは「センサーの状態」ページで確認できます。</translation>
    </message>
    <message>
        <source>The data-status answer had no value for this floor in this window, though it had one in others.</source>
        <translation>データステータスの応答には、このフロアのこの期間の値がありませんでした（他の期間には値があります）。</translation>
    </message>
    <message>
        <source>No open-area sensors on this floor — completeness does not apply</source>
        <translation>このフロアにはオープンエリアセンサーがありません — 完全性は該当しません</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a data-status window&apos;s ends in the column headers (QDate::toString).</extracomment>
        <translation>M月d日</translation>
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
        <translation>Density はオープンエリアセンサーのあるフロアについてのみデータの完全性を報告するため、このフロアは応答に含まれていません。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>フロア</translation>
    </message>
    <message>
        <source>Data-status window %1 of %2 (the API answers at most 10 days at a time)</source>
        <translation>データステータス期間 %1 / %2（APIは一度に最大10日分まで応答します）</translation>
    </message>
</context>
<context>
    <name>Density::DataCompletenessPage</name>
    <message>
        <source>Data completeness could not be loaded.</source>
        <translation>データの完全性を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Data completeness could not be loaded: %1</source>
        <translation>データの完全性を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Select a floor, building or campus in the Spaces panel to see how complete its open-area data is.</source>
        <translation>「スペース」パネルでフロア、建物、またはキャンパスを選択すると、そのオープンエリアデータの完全性を表示します。</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) checks the data completeness again.</source>
        <translation>読み込みはキャンセルされました。更新（F5）でデータの完全性を再確認します。</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>接続されていません。デモポートフォリオを開くか、アカウントに接続してください。</translation>
    </message>
    <message>
        <source>The selection has no floors, so there is no floor data to check.</source>
        <translation>選択範囲にフロアがないため、確認するフロアデータがありません。</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>期間の最終日を初日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Checking data completeness…</source>
        <translation>データの完全性を確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 the first selected space; %n how many others are selected.</extracomment>
        <translation>
            <numerusform>%1 ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>データの完全性</translation>
    </message>
    <message>
        <source>Data completeness: %1</source>
        <translation>データの完全性: %1</translation>
    </message>
    <message>
        <source>%1 (the first floor&apos;s time zone)</source>
        <translation>%1（最初のフロアのタイムゾーン）</translation>
    </message>
    <message>
        <source>%1 (the floor&apos;s time zone)</source>
        <translation>%1（フロアのタイムゾーン）</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor, for %1 (whole days in %2; the operating hours do not apply). The API answers at most 10 days at a time, so each 10-day window has its own column. Checked at %3.</source>
        <extracomment>%1 date range, %2 time zone, %3 date and time of the check.</extracomment>
        <translation>%1 について、想定されるオープンエリアデータのうち受信済みの割合をフロアごとに示します（%2 における終日単位。営業時間は適用されません）。APIは一度に最大10日分まで応答するため、10日間の期間ごとに列が分かれます。確認日時: %3。</translation>
    </message>
    <message>
        <source>Some floors are in other time zones: their windows are the same instants, so their days start at other local times.</source>
        <translation>一部のフロアは別のタイムゾーンにあります。期間は同じ時点を指すため、それらのフロアでは1日の開始が現地時刻で異なります。</translation>
    </message>
    <message>
        <source>Share of the expected open-area data that has arrived, per floor and 10-day window of the query&apos;s range.</source>
        <translation>想定されるオープンエリアデータのうち受信済みの割合（フロアごと、クエリ期間の10日間ごと）。</translation>
    </message>
    <message>
        <source>What a value below 100 % means</source>
        <translation>100 % 未満の値の意味</translation>
    </message>
    <message>
        <source>The API says how much of the expected data has arrived, not why some is missing. Each cell names the most likely of the three usual causes that the app can tell:</source>
        <translation>APIが示すのは想定データのうちどれだけ受信したかであり、欠損の理由ではありません。各セルには、アプリが判別できる3つの一般的な原因のうち最も可能性の高いものを表示します:</translation>
    </message>
    <message>
        <source>the floor&apos;s status is &quot;planning&quot;: its sensors are not live yet.</source>
        <translation>フロアのステータスが「planning」（計画中）: センサーがまだ稼働していません。</translation>
    </message>
    <message>
        <source>the window reaches into the last 8 hours (or the future). Density processes data within about 8 hours; check again later.</source>
        <translation>期間が直近8時間（または未来）にかかっている: Density はデータを約8時間以内に処理します。後でもう一度確認してください。</translation>
    </message>
    <message>
        <source>anything else: sensors were offline or data is missing; in bold at or below 80 %, where data counts as low quality. The Sensor health page shows which sensors are offline now.</source>
        <translation>その他: センサーがオフラインだったか、データが欠損しています。80 % 以下はデータが低品質とみなされ、太字で表示されます。現在オフラインのセンサーは「センサーの状態」ページで確認できます。</translation>
    </message>
    <message>
        <source>all expected data has arrived. Floors without open-area sensors are listed without a value: completeness applies only to open-area floors.</source>
        <translation>想定データはすべて受信済みです。オープンエリアセンサーのないフロアは値なしで表示されます。完全性はオープンエリアのフロアにのみ適用されます。</translation>
    </message>
    <message>
        <source>Select a cell to read what its value most likely means.</source>
        <translation>セルを選択すると、その値が意味する可能性の高い内容を表示します。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>%1, %2: %3. %4</source>
        <extracomment>%1 floor, %2 window, %3 percentage, %4 explanation.</extracomment>
        <translation>%1、%2: %3。%4</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>Data status is answered in windows of at most 10 days; each row is one floor in one window.</source>
        <translation>データステータスは最大10日間の期間単位で返されます。各行は1つの期間における1つのフロアです。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>completion: share (0 to 1) of the floor&apos;s expected open-area data that has arrived and been processed in the window (/v3/analytics/data-status); empty when the API gave no value.</source>
        <translation>completion: 期間内に受信・処理されたフロアの想定オープンエリアデータの割合（0～1）（/v3/analytics/data-status）。APIが値を返さなかった場合は空欄。</translation>
    </message>
    <message>
        <source>likely_reason: the app&apos;s best guess, not the API&apos;s: complete; planning (the floor is in planning); processing (the window reaches into the last 8 hours); offline_or_missing (otherwise: sensors offline or data missing); not_applicable (no open-area sensors on the floor); no_value (no value in this window only).</source>
        <translation>likely_reason: APIではなくアプリによる推定: complete、planning（フロアが計画中）、processing（期間が直近8時間にかかっている）、offline_or_missing（その他: センサーオフラインまたはデータ欠損）、not_applicable（フロアにオープンエリアセンサーがない）、no_value（この期間のみ値がない）。</translation>
    </message>
    <message>
        <source>Data completeness by floor</source>
        <translation>フロア別のデータの完全性</translation>
    </message>
</context>
<context>
    <name>Density::DateRanges</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>先月（1か月全体）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>Density::DensityClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>「%1」は有効なサーバーアドレスではありません。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (loopback); use https://%1.</source>
        <translation>http:// はこのコンピューター（ループバック）に対してのみ許可されています。https://%1 を使用してください。</translation>
    </message>
    <message>
        <source>Only https:// server addresses are supported, not %1.</source>
        <translation>https:// のサーバーアドレスのみサポートされています。%1 は使用できません。</translation>
    </message>
    <message>
        <source>Filter sensors by serial numbers or by spaces, not both: the API rejects the combination.</source>
        <translation>センサーはシリアル番号またはスペースのどちらか一方で絞り込んでください。API はこの組み合わせを受け付けません。</translation>
    </message>
</context>
<context>
    <name>Density::DoorwayModel</name>
    <message>
        <source>Not loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>%1 (sensor placement %2)</source>
        <extracomment>%1 space name, %2 the API&apos;s sensor_placement (which side the sensor is on).</extracomment>
        <translation>%1（センサー設置位置 %2）</translation>
    </message>
    <message>
        <source>The sensor is not among the sensors loaded for this selection.</source>
        <translation>このセンサーは、この選択範囲で読み込まれたセンサーに含まれていません。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>出入口</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Sensor health</source>
        <translation>センサーの状態</translation>
    </message>
    <message>
        <source>Linked spaces</source>
        <translation>関連付けられたスペース</translation>
    </message>
</context>
<context>
    <name>Density::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Density::ExportController</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>グラフを PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>データを CSV で保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image, sharp enough for slides.</source>
        <translation>グラフを PNG画像として保存します。スライドにも使える解像度です。</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV, with where they came from.</source>
        <translation>グラフの元になった数値を、データの出所とともに CSV として保存します。</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>グラフを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>データを CSV としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>There is nothing to export on this page yet: select a space and let its data load first.</source>
        <translation>このページにはまだエクスポートするものがありません。スペースを選択し、データが読み込まれるまでお待ちください。</translation>
    </message>
    <message>
        <source>The chart could not be drawn as an image, so nothing was saved.</source>
        <translation>グラフを画像として描画できなかったため、何も保存されませんでした。</translation>
    </message>
    <message>
        <source>There is no data to write, so nothing was saved.</source>
        <translation>書き出すデータがないため、何も保存されませんでした。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 を保存しました（%2）。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <extracomment>%1 file path, %2 the system&apos;s reason.</extracomment>
        <translation>%1 を保存できませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Any file that was there is unchanged.</source>
        <translation>%1 を保存できませんでした: %2。既存のファイルは変更されていません。</translation>
    </message>
</context>
<context>
    <name>Density::ExportProvenance</name>
    <message>
        <source>capacity %1</source>
        <translation>定員 %1</translation>
    </message>
    <message>
        <source>capacity 0 (no capacity set)</source>
        <translation>定員 0（定員未設定）</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>定員未設定</translation>
    </message>
    <message>
        <source>no time zone</source>
        <translation>タイムゾーンなし</translation>
    </message>
    <message>
        <source>Space: %1 | %2 | %3 | %4</source>
        <extracomment>%1 space id, %2 name, %3 capacity, %4 time zone.</extracomment>
        <translation>スペース: %1 | %2 | %3 | %4</translation>
    </message>
    <message>
        <source>all hours</source>
        <translation>全時間帯</translation>
    </message>
    <message>
        <source>%1 (days %2; 0 = Sunday) %3 to %4 (end excluded)</source>
        <extracomment>%1 day names, %2 day numbers, %3 opening hour, %4 closing hour.</extracomment>
        <translation>%1（曜日 %2、0 = 日曜日）%3～%4（終了時刻を含まない）</translation>
    </message>
    <message>
        <source>Density Dashboard export</source>
        <translation>Density Dashboard エクスポート</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>組織: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2 (both included; as sent to the API)</source>
        <translation>期間: %1～%2（両端を含む。APIに送信した値）</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>解像度: %1</translation>
    </message>
    <message>
        <source>Operating hours: %1</source>
        <translation>営業時間: %1</translation>
    </message>
    <message>
        <source>Time zone: UTC (fallback: no time zone set for the space)</source>
        <translation>タイムゾーン: UTC（フォールバック: スペースにタイムゾーンが設定されていません）</translation>
    </message>
    <message>
        <source>Time zone: %1 (the space&apos;s own)</source>
        <translation>タイムゾーン: %1（スペース独自）</translation>
    </message>
    <message>
        <source>Definitions:</source>
        <translation>定義:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>App version: Density Dashboard %1</source>
        <translation>アプリのバージョン: Density Dashboard %1</translation>
    </message>
    <message>
        <source>Exported at: %1</source>
        <translation>エクスポート日時: %1</translation>
    </message>
</context>
<context>
    <name>Density::HealthTimelineWidget</name>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Degraded (striped: online, not sending)</source>
        <translation>性能低下（ストライプ: オンラインだが送信なし）</translation>
    </message>
    <message>
        <source>Offline (cross-hatched)</source>
        <translation>オフライン（クロスハッチ）</translation>
    </message>
    <message>
        <source>Unknown (dotted: reported as unknown)</source>
        <translation>不明（点線: 不明として報告）</translation>
    </message>
    <message>
        <source>Unknown: no history before the first change</source>
        <translation>不明: 最初の変化より前の履歴なし</translation>
    </message>
    <message>
        <source>Status already in force when the range starts</source>
        <translation>期間の開始時点ですでに有効だった状態</translation>
    </message>
    <message>
        <source>Unknown (no history before the first change)</source>
        <translation>不明（最初の変化より前の履歴なし）</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>センサー %1</translation>
    </message>
    <message>
        <source>%1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>%1～%2（現地時刻、%3）</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>継続時間: %1</translation>
    </message>
    <message>
        <source>Status in force at the start of the range (it may have begun earlier).</source>
        <translation>期間の開始時点で有効だった状態です（それ以前から続いている可能性があります）。</translation>
    </message>
    <message>
        <source>Still in force at the end of the range.</source>
        <translation>期間の終了時点でも継続しています。</translation>
    </message>
    <message>
        <source>Health history</source>
        <translation>状態の履歴</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>In the health history&apos;s summary for screen readers: status, duration</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sensor %1: %2</source>
        <translation>センサー %1: %2</translation>
    </message>
    <message>
        <source>No sensors to show.</source>
        <translation>表示するセンサーはありません。</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapAdapter</name>
    <message>
        <source>average people</source>
        <translation>平均人数</translation>
    </message>
    <message>
        <source>people at peak</source>
        <translation>ピーク時の人数</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>定員に対する %</translation>
    </message>
    <message>
        <source>% of the hour in use</source>
        <translation>使用中だった時間の %</translation>
    </message>
    <message>
        <source>Average occupancy: people present on average during the hour.</source>
        <translation>平均在室人数: その1時間に在室していた平均人数。</translation>
    </message>
    <message>
        <source>Peak occupancy: the most people present at once during the hour.</source>
        <translation>ピーク在室人数: その1時間に同時に在室していた最大人数。</translation>
    </message>
    <message>
        <source>Average utilization: average occupancy as a percentage of the space&apos;s capacity.</source>
        <translation>平均稼働率: 平均在室人数をスペースの定員に対する割合で表したもの。</translation>
    </message>
    <message>
        <source>Share of time used: the percentage of the hour in which at least one person was present.</source>
        <translation>利用時間の割合: その1時間のうち1人以上が在室していた時間の割合。</translation>
    </message>
    <message>
        <source>Average occupancy</source>
        <translation>平均在室人数</translation>
    </message>
    <message>
        <source>Peak occupancy</source>
        <translation>ピーク在室人数</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>平均稼働率</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>利用時間の割合</translation>
    </message>
</context>
<context>
    <name>Density::HeatmapWidget</name>
    <message>
        <source>Typical week heatmap</source>
        <translation>典型的な1週間のヒートマップ</translation>
    </message>
    <message>
        <source>Hours in local time (time zone unknown)</source>
        <translation>時刻は現地時刻（タイムゾーン不明）</translation>
    </message>
    <message>
        <source>Hours in local time, %1</source>
        <translation>時刻は現地時刻、%1</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <comment>weekday, hour start, hour end</comment>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: データなし</translation>
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
            <numerusform>（%n 週分）</numerusform>
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
        <translation>データなし</translation>
    </message>
    <message>
        <source>now</source>
        <comment>marks the current weekday and hour</comment>
        <translation>現在</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>この期間のデータはありません。</translation>
    </message>
    <message>
        <source>Busiest hour: %1</source>
        <translation>最も混雑する時間帯: %1</translation>
    </message>
    <message>
        <source>Quietest hour: %1</source>
        <translation>最も空いている時間帯: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of the week without data</source>
        <translation>
            <numerusform>データのない時間帯が週に %n 時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::InsecureFileCredentialStore</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation>認証情報ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 is damaged (%2).</source>
        <translation>認証情報ファイル %1 が破損しています（%2）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be written: %2</source>
        <translation>認証情報ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be replaced.</source>
        <translation>認証情報ファイル %1 を置き換えられません。</translation>
    </message>
</context>
<context>
    <name>Density::KeychainCredentialStore</name>
    <message>
        <source>The system keychain did not answer (it may be locked).</source>
        <translation>システムのキーチェーンが応答しませんでした（ロックされている可能性があります）。</translation>
    </message>
    <message>
        <source>The system keychain returned another value than the one stored.</source>
        <translation>システムのキーチェーンが、保存した値とは異なる値を返しました。</translation>
    </message>
</context>
<context>
    <name>Density::KioskApp</name>
    <message>
        <source>The kiosk cannot connect to %1: %2</source>
        <translation>キオスクが %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>No connection is set up for this wall screen. Add one that signs in with display credentials (Connect… in the dashboard, or density-cli profile add) and choose it under Settings &gt; Kiosk.</source>
        <translation>このウォールスクリーン用の接続が設定されていません。ディスプレイ用認証情報でサインインする接続を追加し（ダッシュボードの「接続…」または density-cli profile add）、[設定] &gt; [キオスク] で選択してください。</translation>
    </message>
    <message>
        <source>The connection “%1” signs in with %2. A wall screen signs in only with display credentials, so that it can read presence and never change anything; choose a display connection under Settings &gt; Kiosk.</source>
        <translation>接続「%1」は%2でサインインします。ウォールスクリーンは在室状況の読み取りのみを行い、何も変更しないよう、ディスプレイ用認証情報でのみサインインします。[設定] &gt; [キオスク] でディスプレイ用の接続を選択してください。</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not stored on this machine%2. Connect once with that connection to store it.</source>
        <translation>「%1」のクライアントシークレットはこのマシンに保存されていません%2。その接続で一度接続して保存してください。</translation>
    </message>
</context>
<context>
    <name>Density::KioskController</name>
    <message>
        <source>Looking for this screen&apos;s floors…</source>
        <translation>この画面のフロアを検索しています…</translation>
    </message>
    <message>
        <source>No building with floors was found.</source>
        <translation>フロアのある建物が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The floors to show could not be found: %1 Trying again.</source>
        <translation>表示するフロアが見つかりませんでした: %1 再試行しています。</translation>
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
        <translation>会議室</translation>
    </message>
    <message>
        <source>Phone booths</source>
        <translation>電話ブース</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation>その他のスペース</translation>
    </message>
</context>
<context>
    <name>Density::KioskFloorView</name>
    <message>
        <source>Busiest hours today</source>
        <translation>今日の混雑する時間帯</translation>
    </message>
    <message>
        <source>Occupancy, not booking</source>
        <extracomment>The wall screen shows sensed presence; a free-looking room may still be booked.</extracomment>
        <translation>在室状況（予約状況ではありません）</translation>
    </message>
    <message>
        <source>Sensors show whether people are in a space now; a free space may still be booked.</source>
        <translation>センサーは現在スペースに人がいるかどうかを示します。空いているスペースでも予約済みの場合があります。</translation>
    </message>
    <message>
        <source>Loading floor…</source>
        <translation>フロアを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>The wall screen&apos;s clock when the floor has no time zone, e.g. &quot;14:32 UTC&quot;</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>last known: %1</source>
        <translation>最終確認: %1</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>履歴がまだ十分にありません</translation>
    </message>
    <message>
        <source>Typical for a %1, from the last four weeks</source>
        <extracomment>Under the busiest hours on the wall screen; %1 is a weekday name</extracomment>
        <translation>過去4週間の典型的な%1</translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation>最終更新 %1</translation>
    </message>
    <message>
        <source>(%1 min ago)</source>
        <extracomment>Appended to &quot;Last updated 14:32&quot;</extracomment>
        <translation>（%1 分前）</translation>
    </message>
    <message>
        <source>Waiting for the first update</source>
        <translation>最初の更新を待っています</translation>
    </message>
    <message>
        <source>Floor %1 of %2</source>
        <translation>フロア %1 / %2</translation>
    </message>
    <message>
        <source>Offline since %1 — no data to show yet</source>
        <translation>%1 からオフライン — 表示できるデータはまだありません</translation>
    </message>
    <message>
        <source>No updates since %1 — showing last known state</source>
        <translation>%1 以降更新なし — 最後に確認された状態を表示しています</translation>
    </message>
    <message>
        <source>Offline since %1 — showing last known state</source>
        <translation>%1 からオフライン — 最後に確認された状態を表示しています</translation>
    </message>
    <message>
        <source>Reconnecting automatically.</source>
        <translation>自動的に再接続しています。</translation>
    </message>
    <message>
        <source>Reconnecting automatically. (%1)</source>
        <translation>自動的に再接続しています。（%1）</translation>
    </message>
</context>
<context>
    <name>Density::KioskPinPrompt</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードを終了</translation>
    </message>
    <message>
        <source>Enter the exit PIN, then press Enter.</source>
        <translation>終了用PINを入力し、Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>終了用PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>Density::KioskSettingsSection</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>サインインに使う接続(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Display id:</source>
        <translation>ディスプレイID(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Overrides the connection&apos;s display id, which names this screen to Density.</source>
        <translation>接続のディスプレイIDより優先されます。ディスプレイIDは Density に対してこの画面を識別する名前です。</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>フロア</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Floors to rotate through</source>
        <translation>順番に表示するフロア</translation>
    </message>
    <message>
        <source>Floor ids</source>
        <translation>フロアID</translation>
    </message>
    <message>
        <source>&amp;Seconds per floor:</source>
        <translation>フロアごとの秒数(&amp;S):</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Wall theme</source>
        <translation>ウォールスクリーンのテーマ</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>Follow the schedule</source>
        <translation>スケジュールに従う</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>常にライト</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>常にダーク</translation>
    </message>
    <message>
        <source>&amp;Light from:</source>
        <translation>ライトの開始時刻(&amp;L):</translation>
    </message>
    <message>
        <source>Dar&amp;k from:</source>
        <translation>ダークの開始時刻(&amp;K):</translation>
    </message>
    <message>
        <source>Awake hours</source>
        <translation>稼働時間帯</translation>
    </message>
    <message>
        <source>After h&amp;ours:</source>
        <translation>時間外(&amp;O):</translation>
    </message>
    <message>
        <source>Stay on</source>
        <translation>表示したまま</translation>
    </message>
    <message>
        <source>Dim the screen</source>
        <translation>画面を暗くする</translation>
    </message>
    <message>
        <source>Blank the screen</source>
        <translation>画面を消す</translation>
    </message>
    <message>
        <source>&amp;Awake from:</source>
        <translation>稼働開始時刻(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;wake until:</source>
        <translation>稼働終了時刻(&amp;W):</translation>
    </message>
    <message>
        <source>Awake days:</source>
        <translation>稼働曜日:</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>終了用PIN</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>PINを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>新しいPIN(&amp;N):</translation>
    </message>
    <message>
        <source>Re&amp;peat PIN:</source>
        <translation>PINを再入力(&amp;P):</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 文字以上</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しいPIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PINを再入力</translation>
    </message>
    <message>
        <source>Start the wall screen with density-dashboard --kiosk</source>
        <translation>ウォールスクリーンは density-dashboard --kiosk で起動します</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>現在の接続</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <translation>%1、ディスプレイ %2</translation>
    </message>
    <message>
        <source>Unknown connection (%1)</source>
        <translation>不明な接続（%1）</translation>
    </message>
    <message>
        <source>%1 is not in the portfolio open now.</source>
        <translation>%1 は現在開いているポートフォリオにありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Separate floor ids with commas: “%1” has a space in it.</source>
        <translation>フロアIDはカンマで区切ってください:「%1」にスペースが含まれています。</translation>
    </message>
    <message>
        <source>Light and dark need different times.</source>
        <translation>ライトとダークには異なる時刻を指定してください。</translation>
    </message>
    <message>
        <source>Choose at least one awake day, or the screen never wakes up.</source>
        <translation>稼働曜日を1つ以上選択してください。選択しないと画面が起動しません。</translation>
    </message>
    <message>
        <source>Awake hours must start and end at different times.</source>
        <translation>稼働時間帯の開始時刻と終了時刻は異なる時刻にしてください。</translation>
    </message>
    <message>
        <source>The PIN needs at least %1 characters.</source>
        <translation>PINは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>Type the PIN again in the second field.</source>
        <translation>2つ目の欄にPINをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The two PINs do not match.</source>
        <translation>2つのPINが一致しません。</translation>
    </message>
    <message>
        <source>Checked floors are shown in this order; drag them or use the arrows to change it. None checked: the first building&apos;s floors.</source>
        <translation>チェックしたフロアがこの順序で表示されます。順序を変えるにはドラッグするか矢印を使用してください。チェックがない場合: 最初の建物のフロア。</translation>
    </message>
    <message>
        <source>Floor ids separated by commas, in the order they are shown. Empty: the first building&apos;s floors.</source>
        <translation>表示順に並べたフロアID（カンマ区切り）。空欄の場合: 最初の建物のフロア。</translation>
    </message>
    <message>
        <source>A PIN is set. The new PIN replaces it when you press OK or Apply.</source>
        <translation>PINが設定されています。[OK] または [適用] を押すと新しいPINに置き換わります。</translation>
    </message>
    <message>
        <source>No PIN is set. The new PIN is saved when you press OK or Apply.</source>
        <translation>PINは設定されていません。[OK] または [適用] を押すと新しいPINが保存されます。</translation>
    </message>
    <message>
        <source>A PIN is set. It is removed when you press OK or Apply.</source>
        <translation>PINが設定されています。[OK] または [適用] を押すと削除されます。</translation>
    </message>
    <message>
        <source>A PIN is set: leaving the wall screen asks for it.</source>
        <translation>PINが設定されています: ウォールスクリーンを終了する際にPINが求められます。</translation>
    </message>
    <message>
        <source>No PIN is set: anyone at the wall screen can leave it.</source>
        <translation>PINが設定されていません: ウォールスクリーンの前にいる誰でも終了できます。</translation>
    </message>
    <message>
        <source>&amp;Change PIN…</source>
        <translation>PINを変更(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Set PIN…</source>
        <translation>PINを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Keep PIN</source>
        <translation>PINを維持(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current PIN</source>
        <translation>現在のPINを維持</translation>
    </message>
    <message>
        <source>Don&apos;t set a PIN</source>
        <translation>PINを設定しない</translation>
    </message>
    <message>
        <source>No saved connection signs in as a display yet. Add one with File &gt; Connect to an Account… (sign in with “Display credentials”), or run: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</source>
        <translation>ディスプレイとしてサインインする保存済みの接続はまだありません。[ファイル] &gt; [アカウントに接続…] で追加する（「ディスプレイ用認証情報」でサインイン）か、次のコマンドを実行してください: density-cli profile add NAME --base-url URL --client-id ID --client-secret SECRET --display-id DISPLAY</translation>
    </message>
    <message>
        <source>Connections that sign in with display credentials; “Current connection” is the one the dashboard last used.</source>
        <translation>ディスプレイ用認証情報でサインインする接続です。「現在の接続」はダッシュボードが最後に使用した接続です。</translation>
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
        <translation>再試行できます。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>誤ったPINの入力が多すぎます。%1 後に再試行してください。</translation>
    </message>
    <message>
        <source>No exit PIN is set for this screen. Ask your administrator.</source>
        <translation>この画面には終了用PINが設定されていません。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many attempts: try again in %1.</source>
        <translation>PINが正しくありません。試行回数が多すぎます: %1 後に再試行してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PINが正しくありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Showing occupancy on a wall screen</source>
        <translation>ウォールスクリーンに在室状況を表示中</translation>
    </message>
</context>
<context>
    <name>Density::KioskSpaceGrid</name>
    <message>
        <source>Available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Spaces on this floor</source>
        <translation>このフロアのスペース</translation>
    </message>
    <message>
        <source>%1 Unknown, last: %2</source>
        <extracomment>On a wall-screen tile while offline: now unknown, and the state last seen</extracomment>
        <translation>%1 不明、最終: %2</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 available</source>
        <extracomment>Group header on the wall screen, e.g. &quot;Meeting rooms · 3 of 8 available&quot;</extracomment>
        <translation>%1 · %3 件中 %2 件が空き</translation>
    </message>
    <message>
        <source>(last: %1 available, %2 occupied)</source>
        <extracomment>A folded group on the wall screen while offline, after &quot;? 40 unknown&quot;</extracomment>
        <translation>（最終: 空き %1、使用中 %2）</translation>
    </message>
    <message>
        <source>No data for this floor yet.</source>
        <translation>このフロアのデータはまだありません。</translation>
    </message>
    <message>
        <source>Connecting to this floor&apos;s sensors…</source>
        <translation>このフロアのセンサーに接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n space(s)</source>
        <extracomment>Group header on the wall screen while offline, e.g. &quot;Desks · 24 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 · %n スペース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::LabelForm</name>
    <message>
        <source>The label group this label belongs to</source>
        <translation>このラベルが属するラベルグループ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>グループ(&amp;G):</translation>
    </message>
    <message>
        <source>The label no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>このラベルはもう存在しません。他の場所で削除された可能性があります。ラベルの一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>A new label; Apply creates it.</source>
        <translation>新しいラベルです。「適用」で作成します。</translation>
    </message>
    <message>
        <source>(No group)</source>
        <translation>（グループなし）</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>Name: %1; group: %2</source>
        <translation>名前: %1、グループ: %2</translation>
    </message>
    <message>
        <source>Type a name for the new label.</source>
        <translation>新しいラベルの名前を入力してください。</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>先頭と末尾の空白は除去されます。</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>ラベルを作成</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>ラベルを編集</translation>
    </message>
    <message>
        <source>Renamed to “%1” and moved to %2.</source>
        <translation>名前を「%1」に変更し、%2 に移動しました。</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>名前を「%1」に変更しました。</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>%1 に移動しました。</translation>
    </message>
    <message>
        <source>Created the label “%1”.</source>
        <translation>ラベル「%1」を作成しました。</translation>
    </message>
    <message>
        <source>created the label “%1” without a group</source>
        <translation>ラベル「%1」をグループなしで作成しました</translation>
    </message>
    <message>
        <source>putting it into %1</source>
        <translation>%1 への追加</translation>
    </message>
    <message>
        <source>Created the label “%1” in %2.</source>
        <translation>ラベル「%1」を %2 に作成しました。</translation>
    </message>
</context>
<context>
    <name>Density::LabelGroupForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>The label group no longer exists; it may have been deleted elsewhere. Reload the list of labels.</source>
        <translation>このラベルグループはもう存在しません。他の場所で削除された可能性があります。ラベルの一覧を再読み込みしてください。</translation>
    </message>
    <message>
        <source>A new, empty label group; Apply creates it.</source>
        <translation>新しい空のラベルグループです。「適用」で作成します。</translation>
    </message>
    <message>
        <source>Type a name for the new label group.</source>
        <translation>新しいラベルグループの名前を入力してください。</translation>
    </message>
    <message>
        <source>Blanks at the start or end are left out.</source>
        <translation>先頭と末尾の空白は除去されます。</translation>
    </message>
    <message>
        <source>Create label group</source>
        <translation>ラベルグループを作成</translation>
    </message>
    <message>
        <source>Created the label group “%1”.</source>
        <translation>ラベルグループ「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>Rename label group</source>
        <translation>ラベルグループの名前を変更</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>名前を「%1」に変更しました。</translation>
    </message>
</context>
<context>
    <name>Density::LabelNameCheck</name>
    <message>
        <source>A label needs a name.</source>
        <translation>ラベルには名前が必要です。</translation>
    </message>
    <message>
        <source>A label group needs a name.</source>
        <translation>ラベルグループには名前が必要です。</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>最大 %1 文字です。この名前は %2 文字あります。</translation>
    </message>
    <message>
        <source>A label named “%1” already exists; choose another name.</source>
        <translation>「%1」という名前のラベルはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>A label group named “%1” already exists; choose another name.</source>
        <translation>「%1」という名前のラベルグループはすでに存在します。別の名前を選択してください。</translation>
    </message>
</context>
<context>
    <name>Density::LabelTreeModel</name>
    <message>
        <source>Ungrouped</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>Labels that belong to no label group</source>
        <translation>どのラベルグループにも属していないラベル</translation>
    </message>
    <message numerus="yes">
        <source>Label group “%1”: %n label(s)</source>
        <translation>
            <numerusform>ラベルグループ「%1」: ラベル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label “%1” on %n space(s)</source>
        <translation>
            <numerusform>ラベル「%1」: %n 件のスペース</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
</context>
<context>
    <name>Density::LabelsAdminWidget</name>
    <message>
        <source>New &amp;label…</source>
        <translation>新しいラベル(&amp;L)…</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>新しいグループ(&amp;G)…</translation>
    </message>
    <message>
        <source>Filter labels and groups…</source>
        <translation>ラベルとグループを絞り込み…</translation>
    </message>
    <message>
        <source>Filter labels and groups</source>
        <translation>ラベルとグループを絞り込み</translation>
    </message>
    <message>
        <source>Labels by group</source>
        <translation>グループ別のラベル</translation>
    </message>
    <message>
        <source>Create a label, in the group of the current item</source>
        <translation>現在の項目のグループにラベルを作成します</translation>
    </message>
    <message>
        <source>Create an empty label group</source>
        <translation>空のラベルグループを作成します</translation>
    </message>
    <message>
        <source>Spaces with this label</source>
        <translation>このラベルが付いたスペース</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation>ラベルを読み込んでいます…</translation>
    </message>
    <message>
        <source>✖ Could not load the labels: %1</source>
        <translation>✖ ラベルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Pick a label or a label group on the left to rename it or move it, or create one with New label… or New group…</source>
        <translation>左側でラベルまたはラベルグループを選択すると、名前の変更や移動ができます。「新しいラベル…」または「新しいグループ…」で作成することもできます。</translation>
    </message>
    <message>
        <source>Discard edits?</source>
        <translation>編集内容を破棄しますか？</translation>
    </message>
    <message>
        <source>The edits in “%1” have not been applied. Discard them?</source>
        <translation>「%1」の編集内容は適用されていません。破棄しますか？</translation>
    </message>
    <message>
        <source>These labels belong to no label group. Pick one to rename it or to move it into a group.</source>
        <translation>これらのラベルはどのラベルグループにも属していません。ラベルを選択すると、名前の変更やグループへの移動ができます。</translation>
    </message>
    <message>
        <source>Label “%1”</source>
        <translation>ラベル「%1」</translation>
    </message>
    <message>
        <source>Label group “%1”</source>
        <translation>ラベルグループ「%1」</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>新しいラベル</translation>
    </message>
    <message>
        <source>New label group</source>
        <translation>新しいラベルグループ</translation>
    </message>
    <message>
        <source>Spaces with this label (%1)</source>
        <translation>このラベルが付いたスペース（%1）</translation>
    </message>
    <message>
        <source>No space carries this label.</source>
        <translation>このラベルが付いたスペースはありません。</translation>
    </message>
</context>
<context>
    <name>Density::LiveAvailabilityDelegate</name>
    <message>
        <source>Available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Density::LiveConnectionIndicator</name>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Stale: showing last known state</source>
        <translation>停滞: 最後に確認された状態を表示中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>Density::LiveFeed</name>
    <message>
        <source>The server offered a stream address that is not a secure WebSocket (wss://) address; it was not used.</source>
        <translation>サーバーが提示したストリームアドレスはセキュア WebSocket（wss://）アドレスではないため、使用しませんでした。</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>ライブ接続が閉じられました。</translation>
    </message>
    <message>
        <source>The live connection failed: %1</source>
        <translation>ライブ接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>No snapshot for %1 s (one is due every %2 s); reconnecting.</source>
        <translation>%1 秒間スナップショットがありません（%2 秒ごとに受信する予定）。再接続しています。</translation>
    </message>
    <message>
        <source>Two refreshes were missed; the last known state is shown.</source>
        <translation>更新が2回続けて届かなかったため、最後に確認された状態を表示しています。</translation>
    </message>
</context>
<context>
    <name>Density::LivePage</name>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Show the spaces as a table with health and counting mode</source>
        <translation>スペースを状態とカウントモード付きの表で表示します</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Show the spaces as tiles</source>
        <translation>スペースをタイルで表示します</translation>
    </message>
    <message>
        <source>✓ Available and ■ Occupied show whether a sensor sees anyone right now: availability is occupancy, not booking. ? Unknown means the sensor is offline or degraded, or the data is stale (two refreshes missed); such a space is never shown as available, and its last reading reads “last: …”, dimmed.</source>
        <translation>✓ 空き と ■ 使用中 は、現在センサーが人を検知しているかどうかを示します。空き状況は在室状況に基づくもので、予約状況ではありません。? 不明 は、センサーがオフラインまたは性能低下中であるか、データが停滞している（更新が2回届いていない）ことを示します。このようなスペースが空きとして表示されることはなく、最後の測定値は「最終: …」として薄く表示されます。</translation>
    </message>
    <message>
        <source>The live view of %1 stopped.</source>
        <translation>%1 のライブ表示が停止しました。</translation>
    </message>
    <message>
        <source>The live view of %1 stopped. %2</source>
        <translation>%1 のライブ表示が停止しました。%2</translation>
    </message>
    <message>
        <source>Select a floor, or a room on it, to see its spaces live.</source>
        <translation>フロアまたはそのフロアの部屋を選択すると、スペースをライブで表示します。</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
    <message>
        <source>Spaces right now</source>
        <translation>現在のスペース</translation>
    </message>
    <message>
        <source>Spaces right now, as tiles</source>
        <translation>現在のスペース（タイル表示）</translation>
    </message>
</context>
<context>
    <name>Density::LivePresenceModel</name>
    <message>
        <source>Available</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>在室</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>不在</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>空き状況</translation>
    </message>
    <message>
        <source>Presence / count</source>
        <translation>在室状況 / カウント</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>カウントモード</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>Density::LiveTileDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Density::LiveValueDelegate</name>
    <message>
        <source>last: %1</source>
        <translation>最終: %1</translation>
    </message>
</context>
<context>
    <name>Density::MainWindow</name>
    <message>
        <source>Loading spaces…</source>
        <translation>スペースを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connect to an Account…</source>
        <translation>アカウントに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;witch Connection</source>
        <translation>接続を切り替え(&amp;W)</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Portfolio</source>
        <translation>デモポートフォリオを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Spaces Panel</source>
        <translation>スペースパネル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find Space</source>
        <translation>スペースを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Density Dashboard</source>
        <translation>Density Dashboard について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>The demo portfolio is not available in this build.</source>
        <translation>このビルドではデモポートフォリオを利用できません。</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated) at %1</source>
        <extracomment>Exports&apos; provenance: %1 the simulator&apos;s address on this computer.</extracomment>
        <translation>デモポートフォリオ（シミュレーション）、%1</translation>
    </message>
    <message>
        <source>Demo portfolio (simulated)</source>
        <translation>デモポートフォリオ（シミュレーション）</translation>
    </message>
    <message>
        <source>A simulated organization served on this computer at %1</source>
        <translation>このコンピューター上の %1 で提供されるシミュレーションの組織</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Exports&apos; provenance: %1 the API&apos;s address (the API does not name the organization).</extracomment>
        <translation>Density API（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Exports&apos; provenance and the activity log: %1 the profile&apos;s name, %2 the API&apos;s address.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>These spaces were not found: %1.</source>
        <translation>次のスペースが見つかりませんでした: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Density Dashboard</source>
        <translation>Density Dashboard</translation>
    </message>
    <message>
        <source>Demo portfolio — Density Dashboard</source>
        <translation>デモポートフォリオ — Density Dashboard</translation>
    </message>
    <message>
        <source>%1 — Density Dashboard</source>
        <translation>%1 — Density Dashboard</translation>
    </message>
    <message>
        <source>About Density Dashboard</source>
        <translation>Density Dashboard について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;A desktop dashboard for Density occupancy sensors: occupancy, utilization and time used, with the time basis and data quality behind every number.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Density Dashboard %1&lt;/h3&gt;&lt;p&gt;Density 在室センサー用のデスクトップダッシュボードです。在室人数、稼働率、利用時間を、すべての数値の根拠となる時間基準とデータ品質とともに表示します。&lt;/p&gt;&lt;p&gt;GNU General Public License バージョン 3 またはそれ以降のバージョンの下でライセンスされています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Density::MetricChartBuilder</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date pattern (QDate::toString) of a day label on a chart of up to two weeks.</extracomment>
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date pattern of a month label; the year is shown in January and on the first label.</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>M月</translation>
    </message>
</context>
<context>
    <name>Density::MetricChartPage</name>
    <message>
        <source>Select one space, or up to 8 to compare, in the Spaces panel.</source>
        <translation>「スペース」パネルでスペースを1つ選択するか、比較する場合は最大8つまで選択してください。</translation>
    </message>
    <message>
        <source>The time basis of every number on this page: the range, the resolution, the operating hours and the time zone.</source>
        <translation>このページのすべての数値の時間基準: 期間、解像度、営業時間、タイムゾーン。</translation>
    </message>
    <message>
        <source>The data could not be loaded: %1</source>
        <translation>データを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the chart.</source>
        <translation>読み込みはキャンセルされました。更新（F5）でグラフを読み込みます。</translation>
    </message>
    <message>
        <source>Loading was cancelled; the chart still shows the previous query. Refresh (F5) loads the new one.</source>
        <translation>読み込みはキャンセルされました。グラフには前回のクエリの結果が表示されたままです。更新（F5）で新しいクエリを読み込みます。</translation>
    </message>
    <message>
        <source>The range&apos;s last day is before its first; choose another range.</source>
        <translation>期間の最終日が初日より前になっています。別の期間を選択してください。</translation>
    </message>
    <message>
        <source>Not connected: open the demo portfolio or connect to an account.</source>
        <translation>未接続です: デモポートフォリオを開くか、アカウントに接続してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: rolled up from %n of its spaces</source>
        <translation>
            <numerusform>%1: %n 件のスペースから集計</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n without a capacity, left out of utilization)</source>
        <translation>
            <numerusform>（定員未設定の %n 件は稼働率から除外）</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>%1: the API returned no data in this range.</source>
        <translation>%1: この期間にAPIからデータが返されませんでした。</translation>
    </message>
    <message>
        <source>Rolled up on this computer: occupancy is the sum of the spaces, the peak an upper bound (their peaks added up), time used a lower bound (the busiest space).</source>
        <translation>このコンピューター上で集計しています: 在室人数はスペースの合計、ピークは上限値（各ピークの合計）、利用時間は下限値（最も利用されたスペース）です。</translation>
    </message>
    <message>
        <source>Times are each space&apos;s local time, so 09:00 lines up with 09:00.</source>
        <translation>時刻は各スペースの現地時刻のため、09:00 は 09:00 にそろいます。</translation>
    </message>
    <message>
        <source>A gap in a line is time without data or outside the operating hours; it is never drawn as 0.</source>
        <translation>線の途切れは、データがない時間または営業時間外を示します。0 として描画されることはありません。</translation>
    </message>
    <message>
        <source>%1 (local time)</source>
        <translation>%1（現地時刻）</translation>
    </message>
    <message>
        <source>%1

Basis: %2.
%3</source>
        <extracomment>Tooltip of a summary figure: %1 what it is, %2 the buckets it is based on, %3 time basis.</extracomment>
        <translation>%1

基準: %2。
%3</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Peak: the most people counted at any moment (occupancy_max) in a bucket with data. &quot;3+&quot; means the sensor counts up to 3, so there were at least 3.</source>
        <translation>ピーク: データのある区間内のいずれかの時点でカウントされた最大人数（occupancy_max）。「3+」はセンサーが3人までカウントすることを意味し、少なくとも3人いたことを示します。</translation>
    </message>
    <message>
        <source>Average: the number of people present on average within the operating hours, each bucket weighted by its length.</source>
        <translation>平均: 営業時間内の平均在室人数。各区間はその長さで加重されます。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours, e.g. &quot;3.5 h&quot;.</extracomment>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>No operating day</source>
        <translation>営業日なし</translation>
    </message>
    <message>
        <source>Hours used per operating day: the hours with at least one person present, divided by the %1 operating days of the range.</source>
        <translation>営業日あたりの利用時間: 1人以上が在室していた時間を、期間内の営業日数 %1 日で割った値。</translation>
    </message>
    <message>
        <source>Share of time used: the part of the measured operating hours with at least one person present.</source>
        <translation>利用時間の割合: 計測された営業時間のうち、1人以上が在室していた時間の割合。</translation>
    </message>
    <message>
        <source>Data completeness: the share of the time the sensors were online (up_time), offline stretches counted as 0. Buckets at 80% or less are shaded as low quality.</source>
        <translation>データの完全性: センサーがオンラインだった時間の割合（up_time）。オフラインの時間は 0 として計算されます。80% 以下の区間は低品質として網掛け表示されます。</translation>
    </message>
    <message>
        <source>Density API at %1</source>
        <extracomment>Provenance when no organization name is known: %1 the API&apos;s address.</extracomment>
        <translation>Density API（%1）</translation>
    </message>
    <message>
        <source>Spaces %1 were asked for the same local days in their own time zone %2: %3 to %4</source>
        <translation>スペース %1 は、それぞれのタイムゾーン %2 における同じ現地日付で要求されました: %3～%4</translation>
    </message>
    <message>
        <source>(none set; UTC)</source>
        <translation>（未設定。UTC）</translation>
    </message>
    <message>
        <source>%1: utilization divides by %2, the sum of its spaces&apos; capacities.</source>
        <translation>%1: 稼働率は、スペースの定員の合計 %2 で割って算出します。</translation>
    </message>
    <message>
        <source>-and-%1-more</source>
        <extracomment>File name part for compared spaces: &quot;-and-2-more&quot;. Plain ASCII.</extracomment>
        <translation>-and-%1-more</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>集計値</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <extracomment>Accessible name of a chart, e.g. &quot;Occupancy (people) chart&quot;</extracomment>
        <translation>%1のグラフ</translation>
    </message>
</context>
<context>
    <name>Density::MetricRules</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, %1 the number (75 for 75 percent).</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no capacity set</source>
        <translation>定員未設定</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>under 60%</source>
        <translation>60% 未満</translation>
    </message>
    <message>
        <source>60–100%</source>
        <translation>60–100%</translation>
    </message>
    <message>
        <source>over 100%</source>
        <translation>100% 超</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A capped peak: the sensor counted at least %1 people (&quot;3+&quot;).</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未到来</translation>
    </message>
    <message>
        <source>missing data</source>
        <translation>データ欠損</translation>
    </message>
    <message>
        <source>sensors offline</source>
        <translation>センサーオフライン</translation>
    </message>
    <message>
        <source>low quality</source>
        <translation>低品質</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>No data yet: this period has not happened.</source>
        <translation>データはまだありません: この期間はまだ到来していません。</translation>
    </message>
    <message>
        <source>No data: the API returned nothing for this period.</source>
        <translation>データなし: この期間についてAPIから何も返されませんでした。</translation>
    </message>
    <message>
        <source>No data: the sensors were offline for the whole period.</source>
        <translation>データなし: 期間全体を通してセンサーがオフラインでした。</translation>
    </message>
    <message>
        <source>Low quality: the sensors were online for %1 of this period (80% or less).</source>
        <translation>低品質: この期間のうちセンサーがオンラインだったのは %1 です（80% 以下）。</translation>
    </message>
    <message>
        <source>Incomplete: the sensors were online for %1 of this period.</source>
        <translation>不完全: この期間のうちセンサーがオンラインだったのは %1 です。</translation>
    </message>
    <message>
        <source>Nobody was counted, with the sensors online throughout.</source>
        <translation>センサーは常にオンラインでしたが、誰もカウントされませんでした。</translation>
    </message>
    <message>
        <source>Complete data.</source>
        <translation>データは完全です。</translation>
    </message>
</context>
<context>
    <name>Density::OccupancyPage</name>
    <message>
        <source>%1, average</source>
        <translation>%1、平均</translation>
    </message>
    <message>
        <source>%1, peak</source>
        <translation>%1、ピーク</translation>
    </message>
    <message>
        <source>%1, capped peak</source>
        <translation>%1、上限に達したピーク</translation>
    </message>
    <message>
        <source>@yPoint+</source>
        <extracomment>Point label of a capped peak: @yPoint is the sensor&apos;s counting limit (&quot;3+&quot;).</extracomment>
        <translation>@yPoint+</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>営業日あたりの利用時間</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>利用時間の割合</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>データの完全性</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <extracomment>Tooltip values of one bucket: %1 average people, %2 peak (&quot;3+&quot; when capped).</extracomment>
        <translation>平均 %1 · ピーク %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>capped peak: at least this many (&quot;3+&quot;)</source>
        <translation>上限に達したピーク: 少なくともこの人数（「3+」）</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHours</name>
    <message>
        <source>Days are numbers from 0 (Sunday) to 6 (Saturday), not &quot;%1&quot;.</source>
        <translation>曜日は 0（日曜日）から 6（土曜日）までの数値で指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Hours look like 8-18, not &quot;%1&quot;.</source>
        <translation>時間は 8-18 のように指定してください。「%1」は指定できません。</translation>
    </message>
    <message>
        <source>Operating hours need at least one day and a start hour before the end hour (0-24).</source>
        <translation>営業時間には1日以上の曜日と、終了時刻より前の開始時刻（0-24）が必要です。</translation>
    </message>
</context>
<context>
    <name>Density::OperatingHoursDialog</name>
    <message>
        <source>Operating hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>Only these days and hours count towards averages, peaks and time used. Hours are local time in each space&apos;s own time zone.</source>
        <translation>これらの曜日と時間帯のみが平均、ピーク、利用時間の計算に含まれます。時刻は各スペースのタイムゾーンにおける現地時刻です。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>時間:</translation>
    </message>
    <message>
        <source>Monday to Friday, 08:00 to 18:00</source>
        <translation>月曜日～金曜日、08:00～18:00</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>曜日を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>対象: %1</translation>
    </message>
</context>
<context>
    <name>Density::OverviewPage</name>
    <message>
        <source>Select a space in the Spaces panel to see its details. Ctrl+click or Shift+click to compare up to 8 spaces.</source>
        <translation>「スペース」パネルでスペースを選択すると、その詳細を表示します。Ctrl+クリックまたは Shift+クリックで最大8つのスペースを比較できます。</translation>
    </message>
    <message>
        <source>No capacity set (the capacity is 0)</source>
        <translation>定員未設定（定員が 0）</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>定員未設定</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>定員:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Not set (times are shown in UTC)</source>
        <translation>未設定（時刻は UTC で表示されます）</translation>
    </message>
    <message>
        <source>Counting mode:</source>
        <translation>カウントモード:</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>用途:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>ラベル:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Space id:</source>
        <translation>スペースID:</translation>
    </message>
    <message>
        <source>Utilization needs a capacity above 0; set one in the space&apos;s settings.</source>
        <translation>稼働率の算出には 0 より大きい定員が必要です。スペースの設定で定員を設定してください。</translation>
    </message>
    <message>
        <source>Selected spaces</source>
        <translation>選択したスペース</translation>
    </message>
</context>
<context>
    <name>Density::PageTabs</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Density::PatternsPage</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>メトリクス(&amp;M):</translation>
    </message>
    <message>
        <source>Select a space in the Spaces panel to see its typical week.</source>
        <translation>「スペース」パネルでスペースを選択すると、その典型的な1週間を表示します。</translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh (F5) loads the typical week again.</source>
        <translation>読み込みはキャンセルされました。更新（F5）で典型的な1週間を再度読み込みます。</translation>
    </message>
    <message>
        <source>Not connected. Open the demo portfolio or connect to an account.</source>
        <translation>接続されていません。デモポートフォリオを開くか、アカウントに接続してください。</translation>
    </message>
    <message>
        <source>The last day of the range must not be before the first.</source>
        <translation>期間の最終日を初日より前にすることはできません。</translation>
    </message>
    <message>
        <source>%1 has no capacity set, so its utilization cannot be computed. Choose another metric, or set the space&apos;s capacity.</source>
        <translation>%1 には定員が設定されていないため、稼働率を算出できません。別のメトリクスを選択するか、スペースの定員を設定してください。</translation>
    </message>
    <message>
        <source>Loading the typical week…</source>
        <translation>典型的な1週間を読み込んでいます…</translation>
    </message>
    <message>
        <source>The typical week could not be loaded.</source>
        <translation>典型的な1週間を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The selected range (%1) is shorter than a week, so the last %n full weeks are used.</source>
        <translation>
            <numerusform>選択した期間（%1）が1週間より短いため、直近の %n 週間（全週）を使用します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spaces are selected; a typical week shows one space at a time: the first, %1.</source>
        <translation>
            <numerusform>%n 件のスペースが選択されています。典型的な1週間は1スペースずつ表示するため、最初のスペース %1 を表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no time zone set: the hours are in UTC, not local time.</source>
        <translation>%1 にはタイムゾーンが設定されていません。時刻は現地時刻ではなく UTC です。</translation>
    </message>
    <message>
        <source>Some peaks reached the sensor&apos;s counting limit (&quot;3+&quot;): those hours had at least the number shown.</source>
        <translation>一部のピークがセンサーのカウント上限（「3+」）に達しました。それらの時間帯には、少なくとも表示された人数がいました。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>Typical week</source>
        <translation>典型的な1週間</translation>
    </message>
    <message>
        <source>Occupancy by weekday and hour in the space&apos;s local time, merged over the weeks of the range.</source>
        <translation>スペースの現地時刻における曜日・時間帯別の在室人数（期間内の各週を統合）。</translation>
    </message>
    <message>
        <source>Typical week: %1</source>
        <translation>典型的な1週間: %1</translation>
    </message>
    <message>
        <source>one week</source>
        <translation>1週間</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>1日</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the space&apos;s time zone)</source>
        <translation>%1（スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>%1 by weekday and hour, averaged over %2: %3.</source>
        <extracomment>%1 metric (&quot;Average occupancy&quot;), %2 &quot;8 weeks&quot;, %3 date range.</extracomment>
        <translation>曜日・時間帯別の%1（%2の平均）: %3。</translation>
    </message>
    <message>
        <source>Hours are local time in %1. Hourly data; the operating hours are not applied, so every hour of the week is shown.</source>
        <translation>時刻は %1 の現地時刻です。1時間単位のデータです。営業時間は適用されないため、1週間のすべての時間帯を表示します。</translation>
    </message>
    <message>
        <source>Colours run from the 5th to the 95th percentile of the cells; hatched grey is no data.</source>
        <translation>色はセルの5パーセンタイルから95パーセンタイルまでの範囲で変化します。灰色の斜線はデータなしを示します。</translation>
    </message>
    <message>
        <source>Hover a cell for its value and how many weeks it merges.</source>
        <translation>セルにポインターを合わせると、その値と統合された週数を表示します。</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>%1（%2）に Density Dashboard %3 でエクスポートしました。</translation>
    </message>
    <message>
        <source>Colour scale of the picture: %1 to %2 %3 (5th to 95th percentile of the cells, or the data&apos;s range when those are equal).</source>
        <translation>画像のカラースケール: %1～%2 %3（セルの5～95パーセンタイル。両者が等しい場合はデータの範囲）。</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>単位: %1。</translation>
    </message>
    <message>
        <source>Rows are local weekdays, columns local hours (the hour starting at the time shown). A cell is the mean of that weekday and hour over the weeks of the range; empty means no data (sensors offline, data not yet arrived, or nothing sent).</source>
        <translation>行は現地の曜日、列は現地の時間帯（表示時刻から始まる1時間）です。各セルは期間内の各週におけるその曜日・時間帯の平均値です。空欄はデータなし（センサーオフライン、データ未着、または送信なし）を示します。</translation>
    </message>
    <message>
        <source>Low up_time hours (at most 0.8) are included with the counts they have.</source>
        <translation>up_time が低い時間帯（0.8 以下）も、そのカウント値のまま含まれます。</translation>
    </message>
</context>
<context>
    <name>Density::ProfileController</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A connection profile in the menu: %1 its name, %2 its server.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>接続を管理(&amp;M)…</translation>
    </message>
    <message>
        <source>The connection works but could not be saved: %1</source>
        <translation>接続は正常ですが、保存できませんでした: %1</translation>
    </message>
    <message>
        <source>That connection profile no longer exists.</source>
        <translation>その接続プロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>Could not read the secret of “%1”: %2 Connect again with File &gt; Connect to an Account.</source>
        <extracomment>%1 the profile&apos;s name, %2 why its secret could not be read.</extracomment>
        <translation>「%1」のシークレットを読み取れませんでした: %2 [ファイル] &gt; [アカウントに接続] で再度接続してください。</translation>
    </message>
</context>
<context>
    <name>Density::ProfileStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>プロファイルID「%1」は無効です。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>シークレットが空です。</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>利用できる認証情報ストアがありません。</translation>
    </message>
</context>
<context>
    <name>Density::ProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit Sign-in…</source>
        <translation>サインイン情報を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation>接続を削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Store secrets in a plain file on this computer (not encrypted)</source>
        <translation>シークレットをこのコンピューター上のプレーンファイルに保存する（暗号化されません）</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>接続の管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>保存済みの接続</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>サインイン:</translation>
    </message>
    <message>
        <source>Change the server or the credentials; the secret is kept in the credential store, never in the settings file.</source>
        <translation>サーバーまたは認証情報を変更します。シークレットは認証情報ストアに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>営業時間:</translation>
    </message>
    <message>
        <source>Operating hours used for new queries of this connection</source>
        <translation>この接続の新しいクエリに使用する営業時間</translation>
    </message>
    <message>
        <source>Use the app&apos;s default operating hours (File &gt; Settings)</source>
        <translation>アプリの既定の営業時間を使用（[ファイル] &gt; [設定]）</translation>
    </message>
    <message>
        <source>Space to open first:</source>
        <translation>最初に開くスペース:</translation>
    </message>
    <message>
        <source>Space to open first</source>
        <translation>最初に開くスペース</translation>
    </message>
    <message>
        <source>Space id (spc_…); empty for none</source>
        <translation>スペースID（spc_…）。指定しない場合は空欄</translation>
    </message>
    <message>
        <source>Space id to open first</source>
        <translation>最初に開くスペースのID</translation>
    </message>
    <message>
        <source>Where secrets are stored</source>
        <translation>シークレットの保存先</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A profile in the Manage Connections list: %1 is its name.</extracomment>
        <translation>%1（現在）</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <extracomment>%1 the sign-in kind (&quot;OAuth client credentials&quot;), %2 the client id.</extracomment>
        <translation>%1、クライアント %2</translation>
    </message>
    <message>
        <source>%1, display %2</source>
        <extracomment>%1 the sign-in kind and client, %2 the display id.</extracomment>
        <translation>%1、ディスプレイ %2</translation>
    </message>
    <message>
        <source>None: the app&apos;s default (File &gt; Settings)</source>
        <translation>なし: アプリの既定値（[ファイル] &gt; [設定]）</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>接続には名前が必要です。</translation>
    </message>
    <message>
        <source>Another connection is already called “%1”.</source>
        <translation>「%1」という名前の接続はすでに存在します。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <extracomment>%1 the connection&apos;s new name.</extracomment>
        <translation>名前を「%1」に変更しました。</translation>
    </message>
    <message>
        <source>Operating hours saved.</source>
        <translation>営業時間を保存しました。</translation>
    </message>
    <message>
        <source>This connection now uses the app&apos;s default hours.</source>
        <translation>この接続では、アプリの既定の営業時間を使用するようになりました。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>No space opens first.</source>
        <translation>最初に開くスペースはありません。</translation>
    </message>
    <message>
        <source>The space to open first is saved.</source>
        <translation>最初に開くスペースを保存しました。</translation>
    </message>
    <message>
        <source>None: the app opens without a space selected.</source>
        <translation>なし: スペースを選択せずにアプリを開きます。</translation>
    </message>
    <message>
        <source>Opens “%1”.</source>
        <extracomment>%1 the space&apos;s name with its ancestors (&quot;HQ &gt; Floor 2 &gt; Room 4&quot;).</extracomment>
        <translation>「%1」を開きます。</translation>
    </message>
    <message>
        <source>Not among this organization&apos;s loaded spaces; the id is kept as typed.</source>
        <translation>この組織の読み込み済みスペースにはありません。IDは入力されたとおりに保持されます。</translation>
    </message>
    <message>
        <source>The space&apos;s name shows here while this connection is in use.</source>
        <translation>この接続の使用中は、ここにスペースの名前が表示されます。</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <extracomment>%1 the connection&apos;s name.</extracomment>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its saved secret is deleted too; you would need the token or client secret to connect to it again.</source>
        <translation>接続「%1」を削除しますか？保存されているシークレットも削除されます。再度接続するにはトークンまたはクライアントシークレットが必要になります。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Removed “%1”, but its secret could not be deleted: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 the credential store&apos;s error.</extracomment>
        <translation>「%1」を削除しましたが、そのシークレットを削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1”</source>
        <extracomment>The title of the Connect dialog when it edits a saved connection; %1 its name.</extracomment>
        <translation>「%1」のサインイン</translation>
    </message>
    <message>
        <source>The saved secret could not be read (%1); enter it again.</source>
        <translation>保存されているシークレットを読み取れませんでした（%1）。もう一度入力してください。</translation>
    </message>
    <message>
        <source>That connection was removed meanwhile.</source>
        <translation>その接続はその間に削除されました。</translation>
    </message>
    <message>
        <source>The sign-in of “%1” could not be saved: %2</source>
        <extracomment>%1 the connection&apos;s name, %2 why saving failed.</extracomment>
        <translation>「%1」のサインイン情報を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Sign-in of “%1” saved.</source>
        <translation>「%1」のサインイン情報を保存しました。</translation>
    </message>
    <message>
        <source>Secrets are stored in: not decided yet (the system keychain is being checked).</source>
        <translation>シークレットの保存先: 未決定（システムのキーチェーンを確認中）。</translation>
    </message>
    <message>
        <source>Secrets are stored in: the system keychain.</source>
        <translation>シークレットの保存先: システムのキーチェーン。</translation>
    </message>
    <message>
        <source>Secrets are stored in: this session only.</source>
        <translation>シークレットの保存先: このセッションのみ。</translation>
    </message>
    <message>
        <source>Secrets are stored in: a plain file (insecure).</source>
        <translation>シークレットの保存先: プレーンファイル（安全ではありません）。</translation>
    </message>
    <message>
        <source>Store Secrets in a Plain File?</source>
        <translation>シークレットをプレーンファイルに保存しますか？</translation>
    </message>
    <message>
        <source>Tokens and client secrets will be written unencrypted to a file in your home folder. Anyone who can read your files or your backups can use them to reach your Density organizations. Only do this on a computer that you alone use.

Store secrets in a plain file?</source>
        <translation>トークンとクライアントシークレットは、ホームフォルダー内のファイルに暗号化されずに書き込まれます。ファイルやバックアップを読める人は誰でも、それらを使用して Density の組織にアクセスできます。自分だけが使用するコンピューターでのみ実行してください。

シークレットをプレーンファイルに保存しますか？</translation>
    </message>
    <message>
        <source>Secrets will be stored in a plain file from now on.</source>
        <translation>今後、シークレットはプレーンファイルに保存されます。</translation>
    </message>
    <message>
        <source>Secrets will no longer be stored in a plain file.</source>
        <translation>今後、シークレットはプレーンファイルに保存されません。</translation>
    </message>
</context>
<context>
    <name>Density::ProgressBanner</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Loading window %1 of %2</source>
        <translation>期間 %1 / %2 を読み込んでいます</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>Density::QueryBar</name>
    <message>
        <source>&amp;Operating hours…</source>
        <translation>営業時間(&amp;O)…</translation>
    </message>
    <message>
        <source>&quot;Last 7 days&quot; and &quot;Last 30 days&quot; are complete days before today, in the space&apos;s time zone.</source>
        <translation>「過去7日間」と「過去30日間」は、スペースのタイムゾーンにおける今日より前の完全な日です。</translation>
    </message>
    <message>
        <source>First day, in the space&apos;s time zone</source>
        <translation>初日（スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>Last day (included), in the space&apos;s time zone</source>
        <translation>最終日（この日を含む、スペースのタイムゾーン）</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>解像度(&amp;S):</translation>
    </message>
    <message>
        <source>Operating hours:</source>
        <translation>営業時間:</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation>最終日を初日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>初日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最終日</translation>
    </message>
</context>
<context>
    <name>Density::RawReply</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（バイト位置 %2）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
</context>
<context>
    <name>Density::Rollup</name>
    <message>
        <source>Rolled up on this computer from its spaces&apos; rows (combined: %1). Occupancy is their sum, the peak an upper bound (each space&apos;s own peak added up) and time used a lower bound (the busiest space).</source>
        <translation>このコンピューター上で各スペースの行から集計しました（統合対象: %1）。在室人数はその合計、ピークは上限値（各スペースのピークの合計）、利用時間は下限値（最も利用されたスペース）です。</translation>
    </message>
    <message>
        <source>Spaces without a capacity left out of utilization: %1.</source>
        <translation>定員未設定のため稼働率から除外されたスペース: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) reached their sensor&apos;s count cap (3+), so their real counts may be higher than the sum shows.</source>
        <translation>
            <numerusform>%n 件のスペースがセンサーのカウント上限（3+）に達したため、実際の人数は合計値より多い可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No space has a capacity set, so there is no utilization.</source>
        <translation>定員が設定されているスペースがないため、稼働率はありません。</translation>
    </message>
</context>
<context>
    <name>Density::ScreenSaverInhibitor</name>
    <message>
        <source>Windows refused to keep the display on (SetThreadExecutionState).</source>
        <translation>Windows がディスプレイをオンのままにする要求を拒否しました（SetThreadExecutionState）。</translation>
    </message>
    <message>
        <source>macOS refused to keep the display on (IOPMAssertion error %1).</source>
        <translation>macOS がディスプレイをオンのままにする要求を拒否しました（IOPMAssertion エラー %1）。</translation>
    </message>
    <message>
        <source>No D-Bus session bus, so the screen saver cannot be held off: %1</source>
        <translation>D-Bus セッションバスがないため、スクリーンセーバーを抑止できません: %1</translation>
    </message>
    <message>
        <source>The session has no screen saver service to hold off: %1</source>
        <translation>このセッションには抑止できるスクリーンセーバーサービスがありません: %1</translation>
    </message>
    <message>
        <source>Keeping the screen awake is not supported on this platform.</source>
        <translation>このプラットフォームでは画面をオンのままにする機能はサポートされていません。</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthModel</name>
    <message>
        <source>No sensors in this selection</source>
        <translation>この選択範囲にセンサーはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n of 1 sensor offline</source>
        <translation>
            <numerusform>センサー 1 台中 %n 台がオフライン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sensors offline</source>
        <translation>
            <numerusform>センサー %1 台中 %n 台がオフライン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degraded</source>
        <translation>
            <numerusform>、%n 台が性能低下</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unknown</source>
        <translation>
            <numerusform>、%n 台が不明</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 に設置</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>Reported as &quot;%1&quot;</source>
        <translation>「%1」として報告</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Sensor type</source>
        <translation>センサーの種類</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last status change</source>
        <translation>最終状態変化</translation>
    </message>
</context>
<context>
    <name>Density::SensorHealthPage</name>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Doorways</source>
        <translation>出入口</translation>
    </message>
    <message>
        <source>Loading sensors and their health…</source>
        <translation>センサーとその状態を読み込んでいます…</translation>
    </message>
    <message>
        <source>Sensor health could not be loaded: %1</source>
        <translation>センサーの状態を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Doorways could not be loaded: %1</source>
        <translation>出入口を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Doorways (%1)</source>
        <translation>出入口（%1）</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>過去 %1 日間</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>Health history:</source>
        <translation>状態の履歴:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the history range.</extracomment>
        <translation>～</translation>
    </message>
    <message>
        <source>Filter by doorway, sensor or space</source>
        <translation>出入口、センサー、スペースで絞り込み</translation>
    </message>
    <message>
        <source>Each doorway is one entry point watched by an entry sensor; hover the linked spaces for the sensor&apos;s placement.</source>
        <translation>各出入口は、Entry センサーが監視する1つの入口です。関連付けられたスペースにポインターを合わせると、センサーの設置位置を表示します。</translation>
    </message>
    <message>
        <source>Loading the health history was cancelled.</source>
        <translation>状態の履歴の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>The chosen range lies in the future: there is no history for it yet.</source>
        <translation>選択した期間は未来です。まだ履歴がありません。</translation>
    </message>
    <message>
        <source>Select one or more sensors in the table (Ctrl or Shift for several) to see their health over time.</source>
        <translation>表でセンサーを1つ以上選択すると（複数選択は Ctrl または Shift）、その状態の推移を表示します。</translation>
    </message>
    <message>
        <source>Loading the health history of 1 sensor…</source>
        <translation>センサー 1 台の状態の履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the health history of %1 sensors…</source>
        <translation>センサー %1 台の状態の履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>Health history could not be loaded: %1</source>
        <translation>状態の履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading health history: window 1 of %1</source>
        <translation>状態の履歴を読み込んでいます: 期間 1 / %1</translation>
    </message>
    <message>
        <source>Loading health history: window %1 of %2</source>
        <translation>状態の履歴を読み込んでいます: 期間 %1 / %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected sensors.</source>
        <translation>選択した %2 台のセンサーのうち、最初の %1 台を表示しています。</translation>
    </message>
    <message>
        <source>Select a building or floor to see its sensors.</source>
        <translation>建物またはフロアを選択すると、そのセンサーを表示します。</translation>
    </message>
    <message>
        <source>the last %1 days</source>
        <translation>過去 %1 日間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A date range, e.g. &quot;1 Nov 2026 to 15 Nov 2026&quot;.</extracomment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Loading health history…</source>
        <translation>状態の履歴を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>(at the start of the range)</source>
        <translation>（期間の開始時点）</translation>
    </message>
    <message>
        <source>Health in %1 (local time, %2):</source>
        <extracomment>%1 e.g. &quot;the last 30 days&quot;, %2 time zone.</extracomment>
        <translation>%1 の状態（現地時刻、%2）:</translation>
    </message>
    <message>
        <source>No health changes in %1.</source>
        <translation>%1 に状態の変化はありません。</translation>
    </message>
    <message>
        <source>Select a sensor to see its network addresses and health history.</source>
        <translation>センサーを選択すると、そのネットワークアドレスと状態の履歴を表示します。</translation>
    </message>
    <message>
        <source>Sensor %1</source>
        <translation>センサー %1</translation>
    </message>
    <message>
        <source>No network addresses reported.</source>
        <translation>報告されたネットワークアドレスはありません。</translation>
    </message>
    <message>
        <source>Health history from %1 to %2 (local time, %3)</source>
        <extracomment>%1 start, %2 end, %3 time zone.</extracomment>
        <translation>%1～%2 の状態の履歴（現地時刻、%3）</translation>
    </message>
    <message>
        <source>Sensors and their current health</source>
        <translation>センサーとその現在の状態</translation>
    </message>
    <message>
        <source>Sensor health: %1</source>
        <translation>センサーの状態: %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2) with Density Dashboard %3.</source>
        <extracomment>%1 date and time of the export, %2 time zone, %3 app version.</extracomment>
        <translation>%1（%2）に Density Dashboard %3 でエクスポートしました。</translation>
    </message>
    <message>
        <source>Current health as answered by /v3/sensors/health when the table was loaded; the range is that of the health history timeline on the page. Resolution and operating hours do not apply to this table.</source>
        <translation>表の読み込み時に /v3/sensors/health が返した現在の状態です。期間はページ上の状態履歴タイムラインの期間です。解像度と営業時間はこの表には適用されません。</translation>
    </message>
    <message>
        <source>Quick filter: only %1 sensors.</source>
        <translation>クイックフィルター: %1 のセンサーのみ。</translation>
    </message>
    <message>
        <source>%1 of %2 sensors of the selection are in this file.</source>
        <translation>選択範囲のセンサー %2 台のうち %1 台がこのファイルに含まれています。</translation>
    </message>
    <message>
        <source>One row per sensor installed in the selected spaces, in the order shown.</source>
        <translation>選択したスペースに設置されたセンサーごとに1行、表示順に並んでいます。</translation>
    </message>
    <message>
        <source>health_status: healthy (online, sending), degraded (online, not sending), offline, or unknown (no certificate, or not in the health answer); as the API spelled it.</source>
        <translation>health_status: healthy（オンライン、送信中）、degraded（オンライン、送信なし）、offline、unknown（証明書がない、または状態の応答に含まれていない）。APIの表記どおりです。</translation>
    </message>
    <message>
        <source>last_status_change: as the API sent it (UTC). location_names: the install location (spaces, else floors, else buildings), which is not necessarily what it measures.</source>
        <translation>last_status_change: APIから送信されたとおり（UTC）。location_names: 設置場所（スペース、なければフロア、なければ建物）。計測対象と同じとは限りません。</translation>
    </message>
    <message>
        <source>network_addresses: one entry per interface, separated by &quot; | &quot;.</source>
        <translation>network_addresses: インターフェースごとに1項目、&quot; | &quot; で区切られています。</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>履歴の開始日</translation>
    </message>
    <message>
        <source>History until</source>
        <translation>履歴の終了日</translation>
    </message>
    <message>
        <source>Health history of the selected sensors</source>
        <translation>選択したセンサーの状態の履歴</translation>
    </message>
    <message>
        <source>Sensor details</source>
        <translation>センサーの詳細</translation>
    </message>
    <message>
        <source>Filter doorways</source>
        <translation>出入口を絞り込む</translation>
    </message>
</context>
<context>
    <name>Density::SeriesSummaries</name>
    <message>
        <source>Buckets with data: %1</source>
        <translation>データのある区間: %1</translation>
    </message>
    <message>
        <source>left out (no data): %1</source>
        <translation>除外（データなし）: %1</translation>
    </message>
    <message>
        <source>low quality, included: %1</source>
        <translation>低品質（含む）: %1</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between the parts of a summary&apos;s basis.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Density::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>キオスク(&amp;K)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Language and theme change as soon as you press Apply or OK.</source>
        <translation>言語とテーマは「適用」または「OK」を押すとすぐに変更されます。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Default operating hours:</source>
        <translation>既定の営業時間:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <source>The hours every chart page starts with; the query bar can still change them for one question.</source>
        <translation>各グラフページの初期の営業時間です。クエリバーで個別の問い合わせごとに変更することもできます。</translation>
    </message>
    <message>
        <source>Offer the &amp;demo portfolio (simulated data, no account needed)</source>
        <translation>デモポートフォリオを提供する（シミュレーションデータ、アカウント不要）(&amp;D)</translation>
    </message>
    <message>
        <source>Offers the demo on the welcome screen and in the File menu. Starting the program with --demo always works.</source>
        <translation>ウェルカム画面と「ファイル」メニューにデモを表示します。--demo を付けてプログラムを起動すれば常に利用できます。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使用(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>プロキシを使用しない（直接接続）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手動プロキシ(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in the settings file.</source>
        <translation>パスワードはシステムのキーチェーンに保存され、設定ファイルには保存されません。</translation>
    </message>
    <message>
        <source>The password is kept in a plain file, as chosen for credentials.</source>
        <translation>パスワードは、認証情報用に選択したとおりプレーンファイルに保存されます。</translation>
    </message>
    <message>
        <source>The password is kept until you quit and never saved to disk.</source>
        <translation>パスワードは終了するまで保持され、ディスクには保存されません。</translation>
    </message>
    <message>
        <source>Re&amp;quest timeout:</source>
        <translation>リクエストのタイムアウト(&amp;Q):</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for each answer before trying again (%1 to %2 seconds).</source>
        <translation>再試行するまでに各応答を待つ時間（%1～%2 秒）。</translation>
    </message>
    <message>
        <source>The Kiosk tab has a problem: %1</source>
        <translation>「キオスク」タブに問題があります: %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceConflictDialog</name>
    <message>
        <source>Apply &amp;mine anyway</source>
        <translation>それでも自分の変更を適用(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>相手の変更を採用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Space changed meanwhile — %1</source>
        <translation>その間にスペースが変更されました — %1</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it. Compare the two versions and choose which one to keep.</source>
        <translation>このスペースを開いた後に、他のユーザーが変更しました。2つのバージョンを比較し、どちらを残すか選択してください。</translation>
    </message>
    <message>
        <source>Theirs, on the server now</source>
        <translation>相手の変更（現在サーバー上にある値）</translation>
    </message>
    <message>
        <source>Yours, not applied yet</source>
        <translation>自分の変更（未適用）</translation>
    </message>
    <message>
        <source>⚠ %1 (both changed)</source>
        <translation>⚠ %1（両方で変更）</translation>
    </message>
    <message>
        <source>Send the fields you changed, replacing their values</source>
        <translation>自分が変更した項目を送信し、相手の値を置き換えます</translation>
    </message>
    <message>
        <source>Discard your edits and show the values on the server now</source>
        <translation>自分の編集内容を破棄し、現在サーバー上にある値を表示します</translation>
    </message>
    <message>
        <source>Send nothing and go back to the form with your input</source>
        <translation>何も送信せず、入力内容を保持したままフォームに戻ります</translation>
    </message>
    <message>
        <source>%1 marks a value changed since you opened the space. “Apply mine anyway” sends only the fields you changed; their changes to other fields stay. “Take theirs” discards your edits. “Keep editing” sends nothing.</source>
        <translation>%1 は、スペースを開いた後に変更された値を示します。「それでも自分の変更を適用」は自分が変更した項目のみを送信し、他の項目に対する相手の変更はそのまま残ります。「相手の変更を採用」は自分の編集内容を破棄します。「編集を続ける」は何も送信しません。</translation>
    </message>
</context>
<context>
    <name>Density::SpaceDetails</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>IWMS id</source>
        <translation>IWMS ID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
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
        <translation>スペース</translation>
    </message>
    <message>
        <source>Filter by name, label or function</source>
        <translation>名前、ラベル、用途で絞り込み</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>スペースを絞り込み</translation>
    </message>
    <message>
        <source>Space hierarchy</source>
        <translation>スペース階層</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time; the first %1 were selected.</source>
        <translation>一度に比較できるスペースは最大 %1 件です。最初の %1 件を選択しました。</translation>
    </message>
    <message>
        <source>%1 · %2 selected, %3 hidden by the filter</source>
        <translation>%1 · %2 件選択、%3 件はフィルターで非表示</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 件選択</translation>
    </message>
    <message>
        <source>You can compare up to %1 spaces at a time. %2 more were not added; deselect a space (Ctrl+click) to make room.</source>
        <translation>一度に比較できるスペースは最大 %1 件です。さらに %2 件は追加されませんでした。スペースの選択を解除（Ctrl+クリック）して空きを作ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln スペース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>編集内容を破棄しますか？</translation>
    </message>
    <message>
        <source>Some changes to “%1” have not been applied. Close and discard them?</source>
        <translation>「%1」への一部の変更が適用されていません。閉じて破棄しますか？</translation>
    </message>
    <message>
        <source>Edit space — %1</source>
        <translation>スペースを編集 — %1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceEditForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>How many people the space is meant for; utilization is occupancy divided by this. Leave empty for “not set”.</source>
        <translation>このスペースの想定利用人数です。稼働率は在室人数をこの値で割って算出します。「未設定」にするには空欄にしてください。</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>定員(&amp;C):</translation>
    </message>
    <message>
        <source>Not set: pick one or type your own</source>
        <translation>未設定: 選択するか独自に入力してください</translation>
    </message>
    <message>
        <source>What the space is used for: one of the suggestions or your own words, stored like the API&apos;s values (“quiet_room”).</source>
        <translation>スペースの用途です。候補から選ぶか独自の語句を入力します。APIの値と同じ形式（「quiet_room」）で保存されます。</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>用途(&amp;F):</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>都市名または地域名の一部を入力してください</translation>
    </message>
    <message>
        <source>The space&apos;s own IANA time zone: local hours, heatmaps and operating hours of this space use it.</source>
        <translation>スペース独自の IANA タイムゾーンです。このスペースの現地時刻、ヒートマップ、営業時間に使用されます。</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A):</translation>
    </message>
    <message>
        <source>The space&apos;s id in your integrated workplace management system</source>
        <translation>統合ワークプレイス管理システム（IWMS）でのスペースのID</translation>
    </message>
    <message>
        <source>&amp;IWMS id:</source>
        <translation>IWMS ID(&amp;I):</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 内の %1</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>There is no connection to load from.</source>
        <translation>読み込み元の接続がありません。</translation>
    </message>
    <message>
        <source>Space %1 is not in the organization&apos;s space list (404); it may have been deleted.</source>
        <translation>スペース %1 は組織のスペース一覧にありません（404）。削除された可能性があります。</translation>
    </message>
    <message>
        <source>A space needs a name.</source>
        <translation>スペースには名前が必要です。</translation>
    </message>
    <message>
        <source>At most %1 characters; this name has %2.</source>
        <translation>最大 %1 文字です。この名前は %2 文字あります。</translation>
    </message>
    <message>
        <source>utilization is unavailable for this space (shown as “no capacity set”).</source>
        <translation>このスペースでは稼働率を利用できません（「定員未設定」と表示されます）。</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>未設定: %1</translation>
    </message>
    <message>
        <source>Capacity 0: %1</source>
        <translation>定員 0: %1</translation>
    </message>
    <message>
        <source>Capacity cannot be negative. Leave the field empty for “not set”.</source>
        <translation>定員に負の値は指定できません。「未設定」にするには空欄にしてください。</translation>
    </message>
    <message>
        <source>Capacity is a whole number of people, such as 6.</source>
        <translation>定員は 6 のような人数（整数）で指定してください。</translation>
    </message>
    <message>
        <source>At most %1 people; check the number.</source>
        <translation>最大 %1 人です。数値を確認してください。</translation>
    </message>
    <message>
        <source>Enter a whole number of people, or leave the field empty for “not set”.</source>
        <translation>人数を整数で入力するか、「未設定」にする場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Not one of the suggestions; it will be stored as “%1”.</source>
        <translation>候補にない値です。「%1」として保存されます。</translation>
    </message>
    <message>
        <source>Not set: this space&apos;s times are shown in UTC.</source>
        <translation>未設定: このスペースの時刻は UTC で表示されます。</translation>
    </message>
    <message>
        <source>Choose the space&apos;s time zone from the list.</source>
        <translation>一覧からスペースのタイムゾーンを選択してください。</translation>
    </message>
    <message>
        <source>The API&apos;s value is not a known time zone, so this space&apos;s times are shown in UTC. Pick one from the list.</source>
        <translation>APIの値は既知のタイムゾーンではないため、このスペースの時刻は UTC で表示されます。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Not a known time zone. Did you mean %1?</source>
        <translation>既知のタイムゾーンではありません。%1 のことですか？</translation>
    </message>
    <message>
        <source>Not a known time zone: type part of a city or region and pick a zone from the list.</source>
        <translation>既知のタイムゾーンではありません。都市名または地域名の一部を入力し、一覧からタイムゾーンを選択してください。</translation>
    </message>
    <message>
        <source>Charts of this space will use %1 local time (%2 now).</source>
        <translation>このスペースのグラフでは %1 の現地時刻（現在 %2）を使用します。</translation>
    </message>
    <message>
        <source>The space&apos;s current values were not loaded, so nothing was sent. Reload first.</source>
        <translation>スペースの現在の値が読み込まれていないため、何も送信されていません。先に再読み込みしてください。</translation>
    </message>
    <message>
        <source>Nothing to apply: no field was changed.</source>
        <translation>適用する内容はありません: 変更された項目がありません。</translation>
    </message>
    <message>
        <source>Edit space</source>
        <translation>スペースを編集</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Checking whether someone else changed the space…</source>
        <translation>他のユーザーがスペースを変更していないか確認しています…</translation>
    </message>
    <message>
        <source>Space %1 was deleted after you opened it (it is no longer in the space list); nothing was sent.</source>
        <translation>スペース %1 は開いた後に削除されました（スペース一覧にありません）。何も送信されていません。</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose to keep editing; nothing was sent.</source>
        <translation>このスペースを開いた後に他のユーザーが変更し、編集を続けることが選択されました。何も送信されていません。</translation>
    </message>
    <message>
        <source>Someone else changed this space after you opened it, and you chose their version; nothing was sent.</source>
        <translation>このスペースを開いた後に他のユーザーが変更し、相手のバージョンが選択されました。何も送信されていません。</translation>
    </message>
    <message>
        <source>Their version is shown; your edits were discarded.</source>
        <translation>相手のバージョンを表示しています。自分の編集内容は破棄されました。</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Applied. %1</source>
        <translation>適用しました。%1</translation>
    </message>
</context>
<context>
    <name>Density::SpaceLabelsForm</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Add to list</source>
        <translation>一覧に追加</translation>
    </message>
    <message>
        <source>Filter labels…</source>
        <translation>ラベルを絞り込み…</translation>
    </message>
    <message>
        <source>Filter labels</source>
        <translation>ラベルを絞り込み</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Tick a label to put it on this space, untick it to take it off</source>
        <translation>ラベルにチェックを付けるとこのスペースに付与し、チェックを外すと外します</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>New label name, then Enter</source>
        <translation>新しいラベル名を入力して Enter</translation>
    </message>
    <message>
        <source>New label name</source>
        <translation>新しいラベル名</translation>
    </message>
    <message>
        <source>&amp;Create:</source>
        <translation>作成(&amp;C):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Do not create the selected label</source>
        <translation>選択したラベルを作成しない</translation>
    </message>
    <message>
        <source>Labels to create</source>
        <translation>作成するラベル</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>作成予定:</translation>
    </message>
    <message>
        <source>Created and put on this space when you apply</source>
        <translation>適用時に作成され、このスペースに付与されます</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>+ will be added</source>
        <translation>+ 追加予定</translation>
    </message>
    <message>
        <source>− will be removed</source>
        <translation>− 削除予定</translation>
    </message>
    <message>
        <source>Labels on “%1” now: %2.</source>
        <translation>「%1」の現在のラベル: %2。</translation>
    </message>
    <message>
        <source>Labels on “%1” after Apply: %2.
Apply sends one request: add %3, create %4, remove %5.</source>
        <translation>「適用」後の「%1」のラベル: %2。
「適用」では1回のリクエストで、%3 件の追加、%4 件の作成、%5 件の削除を行います。</translation>
    </message>
    <message>
        <source>Type a name for the new label first.</source>
        <translation>先に新しいラベルの名前を入力してください。</translation>
    </message>
    <message>
        <source>The label “%1” already exists: tick it in the list above instead (Enter does that).</source>
        <translation>ラベル「%1」はすでに存在します。代わりに上の一覧でチェックを付けてください（Enter キーでも付けられます）。</translation>
    </message>
    <message>
        <source>“%1” is already among the labels to create.</source>
        <translation>「%1」はすでに作成するラベルに含まれています。</translation>
    </message>
    <message>
        <source>Not in the list yet: Enter adds it; Apply also creates it.</source>
        <translation>まだ一覧にありません: Enter キーで追加されます。「適用」でも作成されます。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>Change space labels</source>
        <translation>スペースのラベルを変更</translation>
    </message>
    <message>
        <source>Labels changed in one request: %1 added, %2 created, %3 removed.</source>
        <translation>1回のリクエストでラベルを変更しました: %1 件追加、%2 件作成、%3 件削除。</translation>
    </message>
    <message>
        <source>Labels of this space</source>
        <translation>このスペースのラベル</translation>
    </message>
</context>
<context>
    <name>Density::SpaceTreeModel</name>
    <message>
        <source>Desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>Phone booth</source>
        <translation>電話ブース</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>会議室</translation>
    </message>
    <message>
        <source>Open workstation</source>
        <translation>オープンワークステーション</translation>
    </message>
    <message>
        <source>Flex space</source>
        <translation>フレックススペース</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>ラウンジ</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>カフェ</translation>
    </message>
    <message>
        <source>Gym</source>
        <translation>ジム</translation>
    </message>
    <message>
        <source>Wellness room</source>
        <translation>ウェルネスルーム</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>キッチン</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリー</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>ロビー</translation>
    </message>
    <message>
        <source>Restroom</source>
        <translation>化粧室</translation>
    </message>
    <message>
        <source>Open area</source>
        <translation>オープンエリア</translation>
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
        <translation>キャンパス</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>フロア</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Counting mode</source>
        <translation>カウントモード</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>Density::StatusArea</name>
    <message>
        <source>Refreshed %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>Requests in flight: %1</source>
        <translation>処理中のリクエスト: %1</translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>処理中のリクエストはありません</translation>
    </message>
</context>
<context>
    <name>Density::TimeBasis</name>
    <message>
        <source>in total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>by the minute</source>
        <translation>1分ごと</translation>
    </message>
    <message>
        <source>every 10 minutes</source>
        <translation>10分ごと</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>1時間ごと</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>1日ごと</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>1週間ごと</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>1か月ごと</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>1年ごと</translation>
    </message>
    <message>
        <source>by weekday</source>
        <translation>曜日別</translation>
    </message>
    <message>
        <source>by hour of day</source>
        <translation>時間帯別</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Date pattern (QDate::toString) of a date with its year, e.g. &quot;Mon 2 Nov 2026&quot;.</extracomment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date pattern (QDate::toString) of a range&apos;s first date when the year follows at the end.</extracomment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A date range: %1 first day, %2 last day (both included).</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a date range, %2 a resolution such as &quot;hourly&quot;.</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>All hours</source>
        <translation>全時間帯</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <source>UTC (no time zone set for this space)</source>
        <translation>UTC（このスペースにはタイムゾーンが設定されていません）</translation>
    </message>
</context>
<context>
    <name>Density::TimeRange</name>
    <message>
        <source>&quot;%1&quot; is not a timestamp the API accepts; use 2026-11-02T00:00:00 or 2026-11-02T00:00:00Z (a date alone is not enough).</source>
        <translation>「%1」はAPIが受け付けるタイムスタンプではありません。2026-11-02T00:00:00 または 2026-11-02T00:00:00Z の形式で指定してください（日付のみでは不十分です）。</translation>
    </message>
    <message>
        <source>The start (%1) is after the end (%2).</source>
        <translation>開始（%1）が終了（%2）より後になっています。</translation>
    </message>
    <message>
        <source>Give both ends of the range in the same style: both with a time zone or both without.</source>
        <translation>期間の両端は同じ形式で指定してください: 両方ともタイムゾーン付き、または両方ともタイムゾーンなし。</translation>
    </message>
</context>
<context>
    <name>Density::TimeUsedPage</name>
    <message>
        <source>%1, hours used</source>
        <translation>%1、利用時間</translation>
    </message>
    <message>
        <source>Hours used per bucket</source>
        <translation>区間ごとの利用時間</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>利用時間</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>営業日あたりの利用時間</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>利用時間の割合</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>データの完全性</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Hours used: the time with at least one person present, added up over the buckets with data (the API&apos;s time_used_raw, in hours).</source>
        <translation>利用時間: 1人以上が在室していた時間を、データのある区間にわたって合計した値（API の time_used_raw、時間単位）。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>%1 使用</translation>
    </message>
    <message>
        <source>%1 used (%2 of the bucket)</source>
        <extracomment>Tooltip: %1 hours used, %2 share of the bucket.</extracomment>
        <translation>%1 使用（区間の %2）</translation>
    </message>
</context>
<context>
    <name>Density::TokenProvider</name>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>The client id or secret was refused (%1): check the credentials in Settings.</source>
        <translation>クライアントIDまたはシークレットが拒否されました（%1）。設定で認証情報を確認してください。</translation>
    </message>
    <message>
        <source>No API token is configured: add one in Settings or pass --token.</source>
        <translation>APIトークンが設定されていません。設定で追加するか、--token を指定してください。</translation>
    </message>
</context>
<context>
    <name>Density::UserAdminWidget</name>
    <message>
        <source>&amp;New user…</source>
        <translation>新しいユーザー(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Why users cannot be managed</source>
        <translation>ユーザーを管理できない理由</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Load the users again, for example after connecting with an OAuth client</source>
        <translation>ユーザーを再度読み込みます（OAuthクライアントで接続した後など）</translation>
    </message>
    <message>
        <source>Filter users by name, email or role</source>
        <translation>名前、メールアドレス、ロールでユーザーを絞り込み</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>ユーザーを絞り込み</translation>
    </message>
    <message>
        <source>Create a user in this organization</source>
        <translation>この組織にユーザーを作成します</translation>
    </message>
    <message>
        <source>Delete the selected user; asks first</source>
        <translation>選択したユーザーを削除します（確認あり）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Select a user to view or edit, or create a new one.</source>
        <translation>表示または編集するユーザーを選択するか、新しいユーザーを作成してください。</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Managing users needs a machine-to-machine OAuth token (client credentials).</source>
        <translation>ユーザーの管理にはマシン間（machine-to-machine）OAuthトークン（クライアント認証情報）が必要です。</translation>
    </message>
    <message>
        <source>This connection uses a static API token (tok_…), which the Users endpoints always refuse.</source>
        <translation>この接続は静的APIトークン（tok_…）を使用していますが、ユーザー関連のエンドポイントは常にこれを拒否します。</translation>
    </message>
    <message>
        <source>The API refused this connection&apos;s token for users (403): it is not a machine-to-machine token, or lacks the permission.</source>
        <translation>APIがユーザー操作に対してこの接続のトークンを拒否しました（403）。マシン間トークンではないか、権限がありません。</translation>
    </message>
    <message>
        <source>Connect with the client id and secret of an OAuth client that an owner created (Developer settings in Density), then choose Check again. Anything you typed here is kept.</source>
        <translation>オーナーが作成した OAuthクライアント（Density の開発者設定）のクライアントIDとシークレットで接続し、「再確認」を選択してください。ここで入力した内容は保持されます。</translation>
    </message>
    <message>
        <source>✖ Could not load the users: %1 The list shows what was loaded before.</source>
        <translation>✖ ユーザーを読み込めませんでした: %1 一覧には以前に読み込んだ内容が表示されています。</translation>
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
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>The API cannot change a user&apos;s email. To use another address, create a new user and delete this one.</source>
        <translation>APIではユーザーのメールアドレスを変更できません。別のアドレスを使用するには、新しいユーザーを作成してこのユーザーを削除してください。</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>Owner, Admin, Editor or Read-only; another role the API knows can be typed as the API spells it.</source>
        <translation>オーナー、管理者、編集者、閲覧のみ のいずれか。APIが認識する他のロールは、APIの表記どおりに入力できます。</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Filter spaces by name, function or label</source>
        <translation>名前、用途、ラベルでスペースを絞り込み</translation>
    </message>
    <message>
        <source>Filter spaces</source>
        <translation>スペースを絞り込み</translation>
    </message>
    <message>
        <source>Spaces the user may see</source>
        <translation>ユーザーが閲覧できるスペース</translation>
    </message>
    <message>
        <source>&amp;Spaces:</source>
        <translation>スペース(&amp;S):</translation>
    </message>
    <message>
        <source>A new user: fill in the email and role, then Apply.</source>
        <translation>新しいユーザーです。メールアドレスとロールを入力し、「適用」を押してください。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>An email address is needed: the new user signs in with it.</source>
        <translation>メールアドレスが必要です。新しいユーザーはこのアドレスでサインインします。</translation>
    </message>
    <message>
        <source>At most %1 characters (now %2).</source>
        <translation>最大 %1 文字です（現在 %2 文字）。</translation>
    </message>
    <message>
        <source>Not an email address; expected something like name@example.com.</source>
        <translation>メールアドレスではありません。name@example.com のような形式で入力してください。</translation>
    </message>
    <message>
        <source>A full name is needed; the API refuses an empty one.</source>
        <translation>氏名が必要です。APIは空の氏名を受け付けません。</translation>
    </message>
    <message>
        <source>A role is needed: pick one, or type the role as the API spells it.</source>
        <translation>ロールが必要です。選択するか、APIの表記どおりに入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not one of the four roles this app knows. It is sent as typed; the API may refuse it.</source>
        <translation>「%1」はこのアプリが認識する4つのロールのいずれでもありません。入力どおりに送信されますが、APIに拒否される可能性があります。</translation>
    </message>
    <message>
        <source>No spaces checked. The API does not document what an empty list means for a user (for analytics it means all spaces); check the spaces to be sure.</source>
        <translation>スペースがチェックされていません。ユーザーに対する空のリストの意味はAPIで文書化されていません（分析では全スペースを意味します）。確実を期すため、スペースにチェックを付けてください。</translation>
    </message>
    <message>
        <source>Not deleted: %1 keeps their access.</source>
        <translation>削除されませんでした: %1 のアクセス権は維持されます。</translation>
    </message>
    <message>
        <source>Delete %1? They lose access at once.</source>
        <translation>%1 を削除しますか？アクセス権は直ちに失われます。</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? They lose access at once.</source>
        <extracomment>%1 full name, %2 email</extracomment>
        <translation>%1（%2）を削除しますか？アクセス権は直ちに失われます。</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>This cannot be undone from here; the user would have to be created again.</source>
        <translation>この操作はここから元に戻せません。ユーザーを再度作成する必要があります。</translation>
    </message>
    <message>
        <source>&amp;Delete user</source>
        <translation>ユーザーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未適用の変更</translation>
    </message>
    <message>
        <source>Discard the new user you started? Nothing has been created yet.</source>
        <translation>作成中の新しいユーザーを破棄しますか？まだ何も作成されていません。</translation>
    </message>
    <message>
        <source>Discard your changes to %1? They have not been applied.</source>
        <translation>%1 への変更を破棄しますか？変更はまだ適用されていません。</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>email: %1; name: %2; role: %3; spaces: %4</source>
        <translation>メールアドレス: %1、名前: %2、ロール: %3、スペース: %4</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>ユーザーを作成</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <source>Update user</source>
        <translation>ユーザーを更新</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>No spaces checked.</source>
        <translation>スペースがチェックされていません。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <source>%1 checked: %2</source>
        <extracomment>%1 &quot;3 spaces&quot;, %2 their names</extracomment>
        <translation>%1 をチェック: %2</translation>
    </message>
</context>
<context>
    <name>Density::UserListModel</name>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>The API lists no spaces for this user. Density does not document what an empty list means for a user (for analytics it means all spaces).</source>
        <translation>APIはこのユーザーのスペースを返していません。ユーザーに対する空のリストの意味は Density で文書化されていません（分析では全スペースを意味します）。</translation>
    </message>
    <message>
        <source>A role this app does not know, shown as the API sent it.</source>
        <translation>このアプリが認識しないロールです。APIから送信されたとおりに表示しています。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s)</source>
        <translation>
            <numerusform>%n スペース</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Density::UtilizationPage</name>
    <message>
        <source>None of its spaces has a capacity set.</source>
        <translation>どのスペースにも定員が設定されていません。</translation>
    </message>
    <message>
        <source>Its capacity is 0, which the API turns into a utilization of 0% whatever the occupancy.</source>
        <translation>定員が 0 のため、APIは在室人数にかかわらず稼働率を 0% とします。</translation>
    </message>
    <message>
        <source>Its capacity is not set.</source>
        <translation>定員が設定されていません。</translation>
    </message>
    <message>
        <source>%1, average utilization</source>
        <translation>%1、平均稼働率</translation>
    </message>
    <message>
        <source>%1, peak utilization</source>
        <translation>%1、ピーク稼働率</translation>
    </message>
    <message>
        <source>No capacity set for %1.
%2
Utilization needs a capacity above 0; set one in the space&apos;s settings. Occupancy is on the Occupancy page.</source>
        <translation>%1 には定員が設定されていません。
%2
稼働率の算出には 0 より大きい定員が必要です。スペースの設定で定員を設定してください。在室人数は「在室人数」ページで確認できます。</translation>
    </message>
    <message>
        <source>No capacity set, so no utilization line: %1.</source>
        <translation>定員が設定されていないため、稼働率の線はありません: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Utilization (% of capacity)</source>
        <translation>稼働率（定員に対する %）</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>Written after each number of the utilization axis (&quot;60%&quot;).</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Peak utilization</source>
        <translation>ピーク稼働率</translation>
    </message>
    <message>
        <source>Average utilization</source>
        <translation>平均稼働率</translation>
    </message>
    <message>
        <source>Hours used per operating day</source>
        <translation>営業日あたりの利用時間</translation>
    </message>
    <message>
        <source>Share of time used</source>
        <translation>利用時間の割合</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>データの完全性</translation>
    </message>
    <message>
        <source>No capacity set</source>
        <translation>定員未設定</translation>
    </message>
    <message>
        <source>No utilization: %1 Utilization needs a capacity above 0.</source>
        <translation>稼働率なし: %1 稼働率の算出には 0 より大きい定員が必要です。</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>A capped peak&apos;s utilization: the real peak was at least this.</extracomment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Capacity: %1.</source>
        <translation>定員: %1。</translation>
    </message>
    <message>
        <source>Peak utilization: the peak occupancy divided by the capacity.</source>
        <translation>ピーク稼働率: ピーク在室人数を定員で割った値。</translation>
    </message>
    <message>
        <source>Average utilization: the average occupancy within the operating hours divided by the capacity.</source>
        <translation>平均稼働率: 営業時間内の平均在室人数を定員で割った値。</translation>
    </message>
    <message>
        <source>average %1 · peak %2</source>
        <translation>平均 %1 · ピーク %2</translation>
    </message>
    <message>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>ピーク</translation>
    </message>
    <message>
        <source>%1 — No capacity set</source>
        <extracomment>Legend entry of a space drawn without a line: %1 its name.</extracomment>
        <translation>%1 — 定員未設定</translation>
    </message>
</context>
<context>
    <name>Density::WelcomeWidget</name>
    <message>
        <source>Explore the demo portfolio</source>
        <translation>デモポートフォリオを試す</translation>
    </message>
    <message>
        <source>A simulated organization with campuses, buildings, floors and rooms, served on this computer. No account needed.</source>
        <translation>キャンパス、建物、フロア、部屋を備えたシミュレーションの組織で、このコンピューター上で提供されます。アカウントは不要です。</translation>
    </message>
    <message>
        <source>Connect to your Density account</source>
        <translation>Density アカウントに接続</translation>
    </message>
    <message>
        <source>Enter the API address and an API token. The token is kept for this session only.</source>
        <translation>APIアドレスとAPIトークンを入力してください。トークンはこのセッション中のみ保持されます。</translation>
    </message>
    <message>
        <source>Welcome to Density Dashboard</source>
        <translation>Density Dashboard へようこそ</translation>
    </message>
    <message>
        <source>See how your floors, rooms and desks are used: occupancy, utilization and time used, with the time range, operating hours and data quality behind every number.</source>
        <translation>フロア、部屋、デスクの使われ方を確認できます: 在室人数、稼働率、利用時間を、すべての数値の根拠となる期間、営業時間、データ品質とともに表示します。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo server could not start.</source>
        <translation>デモサーバーを起動できませんでした。</translation>
    </message>
    <message>
        <source>The kiosk PIN needs at least 4 characters.</source>
        <translation>キオスクのPINは4文字以上必要です。</translation>
    </message>
    <message>
        <source>The kiosk PIN was removed.</source>
        <translation>キオスクのPINを削除しました。</translation>
    </message>
    <message>
        <source>The kiosk PIN was set.</source>
        <translation>キオスクのPINを設定しました。</translation>
    </message>
</context>
</TS>

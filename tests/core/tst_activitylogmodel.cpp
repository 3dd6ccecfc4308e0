// ActivityLogModel and the activity log's CSV export: newest first, a row inserted live for
// every record(), a file with a corrupt line read back without it, outcome by text and symbol,
// tooltips with the full text, and the CSV's comment block, header and escaping.
#include "admin/activitylog.h"
#include "export/activitylogcsv.h"
#include "models/activitylogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Density;

namespace {

ActivityEntry makeEntry(const QDateTime &when, const QString &action,
                        ActivityEntry::Outcome outcome, const QString &detail = {}) {
    ActivityEntry e;
    e.when = when;
    e.connection = QStringLiteral("Demo portfolio (simulator)");
    e.action = action;
    e.target = QStringLiteral("Desk 2-001 (spc_12)");
    e.before = QStringLiteral("capacity: 4");
    e.after = QStringLiteral("capacity: 6");
    e.outcome = outcome;
    e.detail = detail;
    return e;
}

QDateTime at(int hour, int minute) {
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute, 5), Qt::UTC);
}

} // namespace

class TstActivityLogModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyLog() {
        ActivityLog log(path("missing/never-written.jsonl"));
        ActivityLogModel model(&log, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ActivityLogModel::ColumnCount));
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(ActivityLogModel::WhenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("When (local time)"));
        QCOMPARE(model.headerData(ActivityLogModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Detail"));
        QVERIFY(!model.entry(0));
    }

    void newestFirstAndLiveInsert() {
        ActivityLog log(path("live.jsonl"));
        QVERIFY(log.record(
            makeEntry(at(9, 0), QStringLiteral("Update space"), ActivityEntry::Outcome::Applied)));
        QVERIFY(log.record(
            makeEntry(at(10, 0), QStringLiteral("Create label"), ActivityEntry::Outcome::Failed)));
        ActivityLogModel model(&log, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Create label"));
        QCOMPARE(model.index(1, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Update space"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(log.record(makeEntry(at(11, 30), QStringLiteral("Delete user"),
                                     ActivityEntry::Outcome::PartlyApplied,
                                     QStringLiteral("removed from 1 of 2 spaces"))));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // at the top
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Delete user"));
        QCOMPARE(model.entry(0)->detail, QStringLiteral("removed from 1 of 2 spaces"));

        // An entry recorded without a time gets "now" from the log, and is still shown.
        ActivityEntry undated =
            makeEntry({}, QStringLiteral("Rename label group"), ActivityEntry::Outcome::Applied);
        log.record(undated);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.index(0, ActivityLogModel::WhenColumn)
                    .data(ActivityLogModel::WhenRole)
                    .toDateTime()
                    .isValid());

        // A second model on the same file reads what the first saw live: it was written.
        ActivityLogModel reread(&log, nullptr);
        QCOMPARE(reread.rowCount(), 4);
        QCOMPARE(reread.index(1, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Delete user"));
    }

    void cellsAndRoles() {
        ActivityLog log(path("cells.jsonl"));
        ActivityEntry e =
            makeEntry(at(14, 5), QStringLiteral("Update space"), ActivityEntry::Outcome::Failed,
                      QStringLiteral("This token may not change spaces (403).\n"
                                     "The API said: <read-only> & more"));
        e.before = QStringLiteral("name: Desk 2-001\ncapacity: 4");
        log.record(e);
        ActivityLogModel model(&log, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(ActivityLogModel::WhenColumn).toString(),
                 at(14, 5).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(cell(ActivityLogModel::WhenColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("2026-11-25T14:05:05Z UTC")));
        QCOMPARE(cell(ActivityLogModel::WhenColumn, ActivityLogModel::WhenRole).toDateTime(),
                 at(14, 5));
        // Outcome: a symbol and a word, never colour alone.
        QCOMPARE(cell(ActivityLogModel::OutcomeColumn).toString(), QStringLiteral("\u2717 Failed"));
        QCOMPARE(cell(ActivityLogModel::OutcomeColumn, ActivityLogModel::OutcomeRole).toInt(),
                 int(ActivityEntry::Outcome::Failed));
        QCOMPARE(ActivityLogModel::outcomeLabel(ActivityEntry::Outcome::Applied),
                 QStringLiteral("\u2713 Applied"));
        QCOMPARE(ActivityLogModel::outcomeLabel(ActivityEntry::Outcome::PartlyApplied),
                 QStringLiteral("\u25d0 Partly applied"));
        // One line in the cell; the full text in the tooltip (escaped) and FullTextRole.
        QCOMPARE(cell(ActivityLogModel::BeforeColumn).toString(),
                 QStringLiteral("name: Desk 2-001 capacity: 4"));
        QCOMPARE(cell(ActivityLogModel::BeforeColumn, ActivityLogModel::FullTextRole).toString(),
                 e.before);
        const QString tip = cell(ActivityLogModel::DetailColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("The API said: &lt;read-only&gt; &amp; more")),
                 qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("(403).<br>")));
        QCOMPARE(cell(ActivityLogModel::ConnectionColumn).toString(),
                 QStringLiteral("Demo portfolio (simulator)"));
        QCOMPARE(cell(ActivityLogModel::TargetColumn).toString(),
                 QStringLiteral("Desk 2-001 (spc_12)"));
        QCOMPARE(cell(ActivityLogModel::AfterColumn).toString(), QStringLiteral("capacity: 6"));
    }

    //! A crash can cut the last line short, and a hand edit can break one in the middle: the
    //! model shows every entry that reads, newest first, and keeps following the log.
    void fileWithOneCorruptLine() {
        const QString file = path("corrupt.jsonl");
        {
            ActivityLog writer(file);
            writer.record(
                makeEntry(at(8, 0), QStringLiteral("First"), ActivityEntry::Outcome::Applied));
        }
        {
            QFile raw(file);
            QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Append));
            raw.write("{\"when\":\"2026-11-25T08:30:00Z\",\"action\":\"Cut sho\n");
        }
        {
            ActivityLog writer(file);
            writer.record(
                makeEntry(at(9, 0), QStringLiteral("Third"), ActivityEntry::Outcome::Failed));
        }
        ActivityLog log(file);
        ActivityLogModel model(&log, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Third"));
        QCOMPARE(model.index(1, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("First"));
        QCOMPARE(model.index(0, ActivityLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("\u2717 Failed"));
        log.record(makeEntry(at(10, 0), QStringLiteral("Fourth"), ActivityEntry::Outcome::Applied));
        QCOMPARE(model.rowCount(), 3);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Fourth"));
    }

    void logDestroyedEmptiesModel() {
        auto *log = new ActivityLog(path("gone.jsonl"));
        log->record(makeEntry(at(8, 0), QStringLiteral("One"), ActivityEntry::Outcome::Applied));
        ActivityLogModel model(log, nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        delete log;
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void csvContent() {
        ActivityEntry tricky = makeEntry(at(12, 0), QStringLiteral("Rename label"),
                                         ActivityEntry::Outcome::PartlyApplied,
                                         QStringLiteral("renamed, \"moved\" failed"));
        tricky.after = QStringLiteral("=HYPERLINK(\"http://x\")");
        tricky.before = QStringLiteral("two\nlines");
        const QList<ActivityEntry> entries{
            tricky,
            makeEntry(at(11, 0), QStringLiteral("Update space"), ActivityEntry::Outcome::Applied),
            makeEntry(at(10, 0), QStringLiteral("Create user"), ActivityEntry::Outcome::Failed,
                      QStringLiteral("Café (403).")),
        };
        ActivityLogCsvInfo info;
        info.logPath = QStringLiteral("/home/me/.local/share/density/activity-log.jsonl");
        info.filter = QStringLiteral("text \"label\"");
        info.totalEntries = 7;
        info.exportedAt = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
        info.appVersion = QStringLiteral("9.9.9");
        const QByteArray bytes = ActivityLogCsv::csv(entries, info);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QVERIFY(text.contains(QLatin1String("# Log file: ")));
        QVERIFY(text.contains(QLatin1String("activity-log.jsonl\r\n")));
        QVERIFY(text.contains(QLatin1String("# Filter: text \"label\"\r\n")));
        QVERIFY(text.contains(QLatin1String("# Entries: 3 of 7")));
        QVERIFY(text.contains(QLatin1String("# App version: Density Dashboard 9.9.9\r\n")));
        QVERIFY(text.contains(QLatin1String("# Exported at: 2026-11-26T08:00:00Z\r\n")));
        qsizetype header = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).startsWith(QLatin1Char('#'))) {
                header = i;
                break;
            }
        }
        QVERIFY(header > 0);
        QCOMPARE(lines.at(header), QStringLiteral("when_utc,when_local,connection,action,target,"
                                                  "before,after,outcome,detail"));
        QCOMPARE(ActivityLogCsv::columns().join(QLatin1Char(',')), lines.at(header));
        const QString local =
            at(12, 0).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        // Quoted line break (kept as written), doubled quotes, the formula guard, the fixed
        // outcome key.
        QCOMPARE(
            lines.at(header + 1),
            QStringLiteral("2026-11-25T12:00:05Z,%1,Demo portfolio (simulator),Rename label,"
                           "Desk 2-001 (spc_12),\"two\nlines\",\"'=HYPERLINK(\"\"http://x\"\")\","
                           "partly-applied,\"renamed, \"\"moved\"\" failed\"")
                .arg(local));
        QVERIFY(lines.at(header + 2).contains(QLatin1String(",applied,")));
        QVERIFY(lines.at(header + 3).startsWith(QLatin1String("2026-11-25T10:00:05Z,")));
        QVERIFY(lines.at(header + 3).endsWith(QStringLiteral(",failed,Café (403).")));
        QCOMPARE(lines.at(header + 4), QString()); // ends with CRLF
        QCOMPARE(lines.size(), header + 5);

        info.filter.clear();
        QVERIFY(QString::fromUtf8(ActivityLogCsv::csv({}, info))
                    .contains(QLatin1String("# Filter: none (every entry)")));
    }
};

QTEST_GUILESS_MAIN(TstActivityLogModel)
#include "tst_activitylogmodel.moc"

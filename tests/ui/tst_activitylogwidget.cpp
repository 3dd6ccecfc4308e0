// ActivityLogWidget, offscreen: the text and outcome filters narrow the table and say how many
// entries are shown, new entries appear live, "Export CSV…" writes what the filters show to
// the chosen file (and says so, or why not), and a long log path never widens the window. Set
// DENSITY_SCREENSHOT_DIR to keep a picture of the widget.
#include "admin/activitylog.h"
#include "models/activitylogmodel.h"
#include "ui/activitylogwidget.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Density;

namespace {

ActivityEntry entry(int hour, const QString &action, const QString &target,
                    ActivityEntry::Outcome outcome, const QString &detail = {}) {
    ActivityEntry e;
    e.when = QDateTime(QDate(2026, 11, 25), QTime(hour, 12, 30), Qt::UTC);
    e.connection = QStringLiteral("Demo portfolio (simulator)");
    e.action = action;
    e.target = target;
    e.before = QStringLiteral("capacity: 4; name: %1").arg(target);
    e.after = QStringLiteral("capacity: 6; name: %1").arg(target);
    e.outcome = outcome;
    e.detail = detail;
    return e;
}

//! Stands in for a German translation: every string of the widget and its model 60% longer
//! (placeholders kept), which is about how much longer German UI text runs.
class LongTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        const QLatin1String ctx(context);
        if (!ctx.startsWith(QLatin1String("Density::ActivityLog")))
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        const QString words = text.section(QLatin1Char(' '), 0, text.count(QLatin1Char(' ')) / 2);
        return text + QLatin1Char(' ') + words.toUpper().remove(QLatin1Char('%'));
    }
};

} // namespace

class TstActivityLogWidget : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<ActivityLogWidget> m_widget;

    template <typename T>
    T *child(const char *name) const {
        return m_widget->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        // A deep folder: the path line must scroll, not widen the window.
        const QString deep = m_dir.filePath(
            QStringLiteral("a-rather-long-folder-name-for-the-application-data-of-density/"
                           "another-nested-folder-because-roaming-profiles-are-deep/"
                           "activity-log.jsonl"));
        QFile::remove(deep);
        m_log = std::make_unique<ActivityLog>(deep);
        m_log->record(entry(8, QStringLiteral("Update space"),
                            QStringLiteral("Desk 2-001 (spc_12)"),
                            ActivityEntry::Outcome::Applied));
        m_log->record(entry(9, QStringLiteral("Create label"), QStringLiteral("Quiet zone"),
                            ActivityEntry::Outcome::Failed,
                            QStringLiteral("This token may not create or change labels (403): it "
                                           "needs write permission.")));
        m_log->record(entry(10, QStringLiteral("Update space labels"),
                            QStringLiteral("Boardroom (spc_40)"),
                            ActivityEntry::Outcome::PartlyApplied,
                            QStringLiteral("Added \u201cQuiet zone\u201d; removing "
                                           "\u201cOpen\u201d failed (404).")));
        m_log->record(entry(11, QStringLiteral("Delete user"), QStringLiteral("grace@example.com"),
                            ActivityEntry::Outcome::Applied));
        m_widget = std::make_unique<ActivityLogWidget>(m_log.get(), nullptr);
        m_widget->setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(7, 0), Qt::UTC); });
        m_widget->resize(960, 520);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup() {
        m_widget.reset();
        m_log.reset();
    }

    void showsNewestFirstWithPath() {
        auto *table = child<QTableView>("activityTable");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(table->model()->index(0, ActivityLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Delete user"));
        QCOMPARE(child<QLabel>("activityCount")->text(), QStringLiteral("4 entries"));
        QVERIFY(child<QLabel>("activityEmpty")->isHidden());
        auto *path = child<QLineEdit>("activityLogPath");
        QCOMPARE(path->text(), QDir::toNativeSeparators(m_log->filePath()));
        QVERIFY(path->isReadOnly());
        // German-length text and a deep path: the window may stay narrow.
        QVERIFY2(m_widget->minimumSizeHint().width() < 700,
                 qPrintable(QString::number(m_widget->minimumSizeHint().width())));
    }

    void filters() {
        auto *filter = child<QLineEdit>("activityFilter");
        auto *outcome = child<QComboBox>("activityOutcomeFilter");
        auto *count = child<QLabel>("activityCount");
        auto *empty = child<QLabel>("activityEmpty");
        QVERIFY(filter && outcome && count && empty);

        QTest::keyClicks(filter, QStringLiteral("quiet"));
        QCOMPARE(m_widget->visibleRowCount(), 2); // the label and the space-labels change
        QCOMPARE(count->text(), QStringLiteral("2 of 4 entries shown"));
        // Every word must match, in any column.
        filter->setText(QStringLiteral("QUIET 404"));
        QCOMPARE(m_widget->visibleRowCount(), 1);
        filter->setText(QStringLiteral("nothing like this"));
        QCOMPARE(m_widget->visibleRowCount(), 0);
        QVERIFY(!empty->isHidden());
        QCOMPARE(empty->text(), QStringLiteral("No entries match the filter."));
        QVERIFY(!child<QPushButton>("activityExportButton")->isEnabled());
        filter->clear();
        QCOMPARE(m_widget->visibleRowCount(), 4);
        QVERIFY(empty->isHidden());

        outcome->setCurrentIndex(1); // failed or partly applied only
        QCOMPARE(m_widget->visibleRowCount(), 2);
        auto *table = child<QTableView>("activityTable");
        QCOMPARE(table->model()->index(0, ActivityLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("\u25d0 Partly applied"));
        QCOMPARE(table->model()->index(1, ActivityLogModel::OutcomeColumn).data().toString(),
                 QStringLiteral("\u2717 Failed"));

        // Live: a new failure shows at the top under the same filter; a success does not.
        m_log->record(entry(12, QStringLiteral("Update space"), QStringLiteral("Lab (spc_3)"),
                            ActivityEntry::Outcome::Failed, QStringLiteral("capacity (400).")));
        QCOMPARE(m_widget->visibleRowCount(), 3);
        QCOMPARE(table->model()->index(0, ActivityLogModel::TargetColumn).data().toString(),
                 QStringLiteral("Lab (spc_3)"));
        m_log->record(entry(13, QStringLiteral("Update space"), QStringLiteral("Lab (spc_3)"),
                            ActivityEntry::Outcome::Applied));
        QCOMPARE(m_widget->visibleRowCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 of 6 entries shown"));
        outcome->setCurrentIndex(0);
        QCOMPARE(m_widget->visibleRowCount(), 6);
    }

    void detailsShowTheWholeEntry() {
        auto *table = child<QTableView>("activityTable");
        auto *details = child<QLabel>("activityDetails");
        QVERIFY(details->isHidden());
        table->setCurrentIndex(table->model()->index(1, ActivityLogModel::ActionColumn));
        QVERIFY(!details->isHidden());
        QCOMPARE(details->text(),
                 QStringLiteral("Update space labels \u2014 Boardroom (spc_40): \u25d0 Partly "
                                "applied\nBefore: capacity: 4; name: Boardroom (spc_40)\nAfter: "
                                "capacity: 6; name: Boardroom (spc_40)\nAdded \u201cQuiet "
                                "zone\u201d; removing \u201cOpen\u201d failed (404)."));
        // Filtered away: the pane follows.
        child<QLineEdit>("activityFilter")->setText(QStringLiteral("grace"));
        QVERIFY(!details->text().contains(QLatin1String("Boardroom")));
    }

    void longTranslationsWrapNotWiden() {
        LongTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        ActivityLogWidget widget(m_log.get(), nullptr);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(widget.minimumSizeHint().width() < 760,
                 qPrintable(QString::number(widget.minimumSizeHint().width())));
        widget.resize(720, 520);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.width() <= 760);
        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(widget.grab().save(shots + QStringLiteral("/activity-log-widget-long.png")));
    }

    void emptyLogSaysSo() {
        ActivityLog log(m_dir.filePath(QStringLiteral("empty.jsonl")));
        ActivityLogWidget widget(&log, nullptr);
        QCOMPARE(widget.visibleRowCount(), 0);
        auto *empty = widget.findChild<QLabel *>(QStringLiteral("activityEmpty"));
        QVERIFY(empty->text().startsWith(QLatin1String("No admin changes have been made")));
        QVERIFY(
            !widget.findChild<QPushButton *>(QStringLiteral("activityExportButton"))->isEnabled());
        QVERIFY(!widget.exportCsvAs());
    }

    void exportToTempFile() {
        child<QComboBox>("activityOutcomeFilter")->setCurrentIndex(1);
        const QString target = m_dir.filePath(QStringLiteral("exported.csv"));
        QString suggested;
        m_widget->setFileNameProvider([&](const QString &path) {
            suggested = path;
            return target;
        });
        QSignalSpy exported(m_widget.get(), &ActivityLogWidget::exported);
        QTest::mouseClick(child<QPushButton>("activityExportButton"), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().first().toString(), target);
        QVERIFY(suggested.endsWith(QLatin1String("activity-log-2026-11-26.csv")));

        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QLatin1String("# Filter: failed or partly applied only\r\n")));
        QVERIFY(csv.contains(QLatin1String("# Entries: 2 of 4")));
        QVERIFY(csv.contains(QLatin1String("# Exported at: 2026-11-26T07:00:00Z")));
        QVERIFY(csv.contains(QLatin1String("when_utc,when_local,connection,action,target,before,"
                                           "after,outcome,detail\r\n")));
        QCOMPARE(csv.count(QLatin1String(",partly-applied,")), 1);
        QCOMPARE(csv.count(QLatin1String(",failed,")), 1);
        QVERIFY(!csv.contains(QLatin1String(",applied,")));
        // Newest first, as shown.
        QVERIFY(csv.indexOf(QLatin1String("Update space labels")) <
                csv.indexOf(QLatin1String("Create label")));
        auto *status = child<QLabel>("activityStatus");
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(),
                 QStringLiteral("Saved 2 entries to %1.").arg(QDir::toNativeSeparators(target)));

        // The next suggestion is in the folder just used.
        QCOMPARE(QFileInfo(m_widget->suggestedPath()).absolutePath(),
                 QFileInfo(target).absolutePath());
        auto *table = child<QTableView>("activityTable");
        table->setCurrentIndex(table->model()->index(1, ActivityLogModel::ActionColumn));
        const QString shots = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(m_widget->grab().save(shots + QStringLiteral("/activity-log-widget.png")));
    }

    void exportCancelledOrRefused() {
        QSignalSpy exported(m_widget.get(), &ActivityLogWidget::exported);
        m_widget->setFileNameProvider([](const QString &) { return QString(); });
        QVERIFY(!m_widget->exportCsvAs());
        QVERIFY(child<QLabel>("activityStatus")->isHidden()); // cancelled: nothing to say

        const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/x.csv"));
        m_widget->setFileNameProvider([&](const QString &) { return nowhere; });
        QVERIFY(!m_widget->exportCsvAs());
        QCOMPARE(exported.count(), 0);
        QVERIFY(!QFile::exists(nowhere));
        auto *status = child<QLabel>("activityStatus");
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().contains(QLatin1String("Could not save")),
                 qPrintable(status->text()));
    }
};

QTEST_MAIN(TstActivityLogWidget)
#include "tst_activitylogwidget.moc"

// The sensor health page against the simulator: a building's sensors load with a summary
// line, the quick filters narrow the table, sorting works, the details pane shows the selected
// sensor's network addresses, selected sensors get a health timeline over a chosen range (one
// stitched history call, superseded by the next choice), the doorways tab names spaces, the
// CSV export carries its provenance, and an empty selection shows nothing rather than
// everything. Set DENSITY_SCREENSHOT_DIR to keep pictures of the timeline and the doorways.
#include "../core/simfixture.h"

#include "api/windowing.h"
#include "models/doorwaymodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"
#include "ui/healthtimelinewidget.h"
#include "ui/sensorhealthpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace Density;

namespace {
const QDateTime SimNow(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

//! A pseudo-translation 40 % longer than English (German runs about a third longer).
class LongTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QString text = QString::fromUtf8(sourceText);
        if (!QByteArray(context).startsWith("Density::") || text.size() <= 12 ||
            text.contains(QLatin1Char('%')))
            return QString();
        QString extra;
        while (extra.size() < text.size() * 2 / 5)
            extra += QStringLiteral(" Verlängerung");
        return text + extra;
    }
};
} // namespace

class TestSensorHealthPage : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;

    QList<Space> firstBuilding() const {
        for (int row = 0; row < m_spaces.rowCount(); ++row) {
            const QModelIndex campus = m_spaces.index(row, 0);
            if (m_spaces.space(campus)->spaceType == QStringLiteral("building"))
                return {*m_spaces.space(campus)};
            for (int child = 0; child < m_spaces.rowCount(campus); ++child) {
                const Space *space = m_spaces.space(m_spaces.index(child, 0, campus));
                if (space->spaceType == QStringLiteral("building"))
                    return {*space};
            }
        }
        return {};
    }

    //! A page showing the first building's sensors, worst first, with the clock at the
    //! simulator's "now".
    std::unique_ptr<SensorHealthPage> loadedPage() {
        auto page = std::make_unique<SensorHealthPage>(&m_spaces);
        page->setClock([] { return SimNow; });
        page->resize(1200, 760);
        page->show();
        page->setSelection(firstBuilding());
        if (!waitFor([&] { return !page->isLoading(); }, 15000))
            return nullptr;
        page->table()->sortByColumn(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
        return page;
    }

    static void selectRows(SensorHealthPage &page, int first, int last) {
        QAbstractItemModel *model = page.table()->model();
        page.table()->selectionModel()->setCurrentIndex(model->index(first, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        page.table()->selectionModel()->select(
            QItemSelection(model->index(first, 0), model->index(last, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static void saveShot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(!firstBuilding().isEmpty());
    }

    void loadsFiltersAndShowsDetails() {
        SensorHealthPage page(&m_spaces);
        page.setClock([] { return SimNow; });
        QVERIFY(!page.usesQuery());
        page.resize(1100, 600);
        page.show();
        QVERIFY(page.summaryText().contains(QStringLiteral("Select a building")));

        QSignalSpy finished(&page, &AnalyticsPage::finished);
        page.setSelection(firstBuilding());
        QVERIFY(page.isLoading());
        QVERIFY(waitFor([&] { return !page.isLoading(); }, 15000));
        QCOMPARE(finished.count(), 1);
        const int all = page.model()->rowCount();
        QVERIFY(all > 0);
        QCOMPARE(page.table()->model()->rowCount(), all);
        QVERIFY2(page.summaryText().contains(QStringLiteral(" of %1 sensors offline").arg(all)),
                 qPrintable(page.summaryText()));

        // Quick filters, through the buttons as a user would.
        page.filterButton(HealthStatus::Offline)->click();
        QCOMPARE(page.statusFilter(), std::optional(HealthStatus::Offline));
        QCOMPARE(page.table()->model()->rowCount(), page.model()->count(HealthStatus::Offline));
        page.filterButton(HealthStatus::Unknown)->click();
        QCOMPARE(page.table()->model()->rowCount(), page.model()->count(HealthStatus::Unknown));
        page.filterButton(std::nullopt)->click();
        QCOMPARE(page.statusFilter(), std::nullopt);
        QCOMPARE(page.table()->model()->rowCount(), all);

        // Sortable by clicking a header.
        QVERIFY(page.table()->isSortingEnabled());
        page.table()->sortByColumn(SensorHealthModel::SerialColumn, Qt::AscendingOrder);
        const QString first = page.table()->model()->index(0, 0).data().toString();
        const QString last = page.table()->model()->index(all - 1, 0).data().toString();
        QVERIFY(first.compare(last, Qt::CaseInsensitive) <= 0);

        // Details pane follows the current row.
        QVERIFY(page.detailsText().contains(QStringLiteral("Select a sensor")));
        QVERIFY(page.timelineMessage().contains(QStringLiteral("Select one or more sensors")));
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
        QVERIFY(page.detailsText().contains(first));
        const QModelIndex source = page.table()->model()->index(0, 0);
        const QStringList addresses =
            source.data(SensorHealthModel::NetworkAddressesRole).toStringList();
        for (const QString &line : addresses)
            QVERIFY(page.detailsText().contains(line));
        QVERIFY(waitFor([&] { return !page.isLoading(); }, 15000));

        // Worst first, as the page opens; an offline sensor's history shows the change.
        page.table()->sortByColumn(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(page.table()->model()->index(0, 0).data(SensorHealthModel::HealthStatusRole),
                 int(HealthStatus::Offline));
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
        QVERIFY(page.detailsText().contains(QStringLiteral("Loading health history")));
        QVERIFY2(waitFor([&] { return page.detailsText().contains(QStringLiteral("Offline")); }),
                 qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(QStringLiteral("Health in the last 30 days")));
        QCOMPARE(page.timeline()->rowCount(), 1);
        if (!qEnvironmentVariableIsEmpty("DENSITY_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("DENSITY_SCREENSHOT"));

        // No selection: nothing, not the whole portfolio.
        page.setSelection({});
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.isLoading());
        QVERIFY(page.summaryText().contains(QStringLiteral("Select a building")));
        QCOMPARE(page.timeline()->rowCount(), 0);
    }

    void timelineForTwoSensors() {
        const auto page = loadedPage();
        QVERIFY(page);
        QVERIFY(page->model()->rowCount() >= 2);
        QAbstractItemModel *table = page->table()->model();
        const QString offline = table->index(0, 0).data().toString();
        const QString other = table->index(1, 0).data().toString();
        QCOMPARE(table->index(0, 0).data(SensorHealthModel::HealthStatusRole),
                 int(HealthStatus::Offline));

        ResponseLog log(&m_sim.client);
        selectRows(*page, 0, 1);
        QVERIFY(page->isLoading());
        QVERIFY(page->timelineMessage().contains(QStringLiteral("Loading the health history")));
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        // One history call for both sensors: one request per window, not per sensor. (30 days
        // split into three 10-day windows plus the range's last instant: Windowing::split's
        // windows end a second before the next one starts, so the end gets a window of its own.)
        QCOMPARE(
            log.count(Endpoint::SensorHealthHistory, 200),
            int(Windowing::split(page->historyRange(), Windowing::HealthHistoryMaxSeconds, true)
                    .size()));
        QVERIFY(log.count(Endpoint::SensorHealthHistory, 200) <= 4);

        const HealthTimelineWidget *timeline = page->timeline();
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->rows().at(0).label, offline);
        QCOMPARE(timeline->rows().at(1).label, other);
        const TimeRange range = page->historyRange();
        QCOMPARE(range.end, SimNow);
        QCOMPARE(range.start, SimNow.addDays(-30));
        for (const HealthTimelineWidget::Row &row : timeline->rows()) {
            QVERIFY(!row.segments.isEmpty());
            QCOMPARE(row.segments.first().start, range.start);
            QVERIFY(row.segments.first().atRangeStart);
            QCOMPARE(row.segments.last().end, range.end);
        }
        // The offline sensor ends the range offline.
        QCOMPARE(timeline->rows().at(0).segments.last().status, HealthStatus::Offline);

        // Hovering names the sensor, the status in words, the times and the duration.
        const QList<HealthSegment> &segments = timeline->rows().at(0).segments;
        QPoint inLast;
        for (int x = timeline->width() - 12; x > 0; --x) {
            for (int y = 0; y < timeline->height() && inLast.isNull(); ++y) {
                int row = -1;
                const HealthSegment *segment = timeline->segmentAt(QPoint(x, y), &row);
                if (segment && row == 0 && segment->start == segments.last().start)
                    inLast = QPoint(x, y);
            }
            if (!inLast.isNull())
                break;
        }
        QVERIFY(!inLast.isNull());
        const QString tip = timeline->toolTipAt(inLast);
        QVERIFY2(tip.contains(offline) && tip.contains(QStringLiteral("Offline")) &&
                     tip.contains(QStringLiteral("Duration")) &&
                     tip.contains(QStringLiteral("local time")),
                 qPrintable(tip));
        QVERIFY(!timeline->renderToImage(1.0).isNull());
        saveShot(page.get(), QStringLiteral("health-timeline.png"));

        // Clicking the second row shows that sensor's details; both stay selected.
        int secondRowY = -1;
        for (int y = 0; y < timeline->height() && secondRowY < 0; ++y)
            secondRowY = timeline->rowAt(QPoint(timeline->width() / 2, y)) == 1 ? y : -1;
        QVERIFY(secondRowY >= 0);
        QTest::mouseClick(page->timeline(), Qt::LeftButton, {},
                          QPoint(timeline->width() / 2, secondRowY + 4));
        QVERIFY2(page->detailsText().contains(QStringLiteral("Sensor %1").arg(other)),
                 qPrintable(page->detailsText()));
        QVERIFY(page->detailsText().contains(QStringLiteral("Health in the last 30 days")));
        QCOMPARE(page->table()->selectionModel()->selectedRows().size(), 2);

        // Refresh keeps the chosen sensors and their timeline.
        page->reload();
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(timeline->rowCount(), 2);
        QCOMPARE(timeline->rows().at(0).label, offline);
        QVERIFY(page->detailsText().contains(QStringLiteral("Sensor %1").arg(other)));
    }

    void rangeChangesLoadWindowsAndSupersede() {
        const auto page = loadedPage();
        QVERIFY(page);
        selectRows(*page, 0, 1);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));

        // 45 days: five 10-day windows, with progress for each.
        ResponseLog log(&m_sim.client);
        QSignalSpy progress(page.get(), &AnalyticsPage::progressChanged);
        QSignalSpy finished(page.get(), &AnalyticsPage::finished);
        page->setHistoryDays(45);
        QVERIFY(page->rangeChoice()->currentText().contains(QStringLiteral("45")));
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(log.count(Endpoint::SensorHealthHistory, 200), 5);
        QCOMPARE(finished.count(), 1);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.first().at(1).toInt(), 5);
        QCOMPARE(page->timeline()->rowCount(), 2);
        QCOMPARE(page->timeline()->rows().first().segments.first().start, SimNow.addDays(-45));
        saveShot(page.get(), QStringLiteral("health-timeline-45d.png"));

        // A 90-day load superseded at once by 7 days: only the 7-day answer is ever shown.
        page->setHistoryDays(90);
        QVERIFY(page->isLoading());
        page->setHistoryDays(7);
        QCOMPARE(page->timeline()->rowCount(), 0);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(page->historyRange().start, SimNow.addDays(-7));
        QCOMPARE(page->timeline()->range().start, SimNow.addDays(-7));
        for (const HealthTimelineWidget::Row &row : page->timeline()->rows())
            QCOMPARE(row.segments.first().start, SimNow.addDays(-7));
        // A late reply of the aborted load must not replace it either.
        QTest::qWait(0);
        QCOMPARE(page->timeline()->range().start, SimNow.addDays(-7));

        // Any range: custom dates switch the choice to "Custom dates".
        page->setHistoryDates(QDate(2026, 9, 1), QDate(2026, 9, 14));
        QCOMPARE(page->rangeChoice()->currentData().toInt(), 0);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(page->timeline()->rowCount(), 2);
        QCOMPARE(page->timeline()->range().start.toTimeZone(QTimeZone::systemTimeZone()).date(),
                 QDate(2026, 9, 1));

        // Cancel stops a long load at once and says so; the view stays empty, not half-filled.
        QSignalSpy finishedOnCancel(page.get(), &AnalyticsPage::finished);
        page->setHistoryDays(90);
        QVERIFY(page->isLoading());
        page->cancel();
        QVERIFY(!page->isLoading());
        QCOMPARE(finishedOnCancel.count(), 1);
        QVERIFY(page->timelineMessage().contains(QStringLiteral("cancelled")));
        QCOMPARE(page->timeline()->rowCount(), 0);

        // Many sensors scroll instead of squeezing their rows into the pane.
        selectRows(*page, 0, 11);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(page->timeline()->rowCount(), 12);
        QTRY_VERIFY(page->timeline()->height() >= page->timeline()->sizeHint().height());
        saveShot(page.get(), QStringLiteral("health-timeline-12.png"));

        // A new selection supersedes too.
        selectRows(*page, 2, 2);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(page->timeline()->rowCount(), 1);
    }

    void doorwaysListNamesNotIds() {
        const auto page = loadedPage();
        QVERIFY(page);
        page->tabs()->setCurrentIndex(1);
        QVERIFY(waitFor([&] { return !page->doorwayModel()->isLoading(); }, 15000));
        QVERIFY(page->doorwayModel()->isLoaded());
        QTableView *doorways = page->doorwayTable();
        QAbstractItemModel *model = doorways->model();
        QVERIFY2(model->rowCount() > 0, "the first building should have doorways");
        QVERIFY(doorways->isSortingEnabled());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QStringList ids =
                model->index(row, 0).data(DoorwayModel::SpaceIdsRole).toStringList();
            QStringList names;
            for (const QString &id : ids)
                names.append(m_spaces.spaceById(id)->name);
            const QString shown = model->index(row, DoorwayModel::SpacesColumn).data().toString();
            QCOMPARE(shown, names.join(QStringLiteral(", ")));
            QVERIFY2(!shown.contains(QStringLiteral("spc_")), qPrintable(shown));
            const QString serial = model->index(row, DoorwayModel::SensorColumn).data().toString();
            QVERIFY(!serial.isEmpty());
            // The sensor's health comes from the sensor table when it is one of its rows.
            const int sensorRow = page->model()->rowOf(serial);
            if (sensorRow >= 0)
                QCOMPARE(model->index(row, DoorwayModel::HealthColumn).data().toString(),
                         SensorHealthModel::statusText(page->model()->status(sensorRow)));
        }
        QVERIFY(page->tabs()->tabText(1).contains(QString::number(model->rowCount())));

        // Text filter over every column.
        const int all = model->rowCount();
        const QString name = model->index(0, DoorwayModel::NameColumn).data().toString();
        page->doorwayFilter()->setText(name);
        QVERIFY(model->rowCount() >= 1 && model->rowCount() <= all);
        for (int row = 0; row < model->rowCount(); ++row) {
            QString line;
            for (int column = 0; column < model->columnCount(); ++column)
                line += model->index(row, column).data().toString() + QLatin1Char(' ');
            QVERIFY(line.contains(name, Qt::CaseInsensitive));
        }
        page->doorwayFilter()->clear();
        QCOMPARE(model->rowCount(), all);

        // One list for every selection (the endpoint takes no filter); Refresh fetches it again.
        ResponseLog log(&m_sim.client);
        const QModelIndex campus = m_spaces.index(0, 0);
        page->setSelection({*m_spaces.space(campus)});
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(log.count(Endpoint::ListDoorways), 0);
        QVERIFY(model->rowCount() >= all); // the portfolio root: every doorway
        QCOMPARE(model->rowCount(), page->doorwayModel()->rowCount());
        page->reload();
        QVERIFY(waitFor([&] { return !page->isLoading() && !page->doorwayModel()->isLoading(); },
                        15000));
        QCOMPARE(log.count(Endpoint::ListDoorways, 200), 1);
        saveShot(page.get(), QStringLiteral("health-doorways.png"));
    }

    void germanLengthTextsFit() {
        LongTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto page = loadedPage(); // declared after: destroyed before the translator
        QVERIFY(page);
        selectRows(*page, 0, 1);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        QCOMPARE(page->timeline()->rowCount(), 2);
        // Long texts wrap (legend, summary, notes) instead of widening the page.
        QVERIFY2(page->minimumSizeHint().width() < 900,
                 qPrintable(QString::number(page->minimumSizeHint().width())));
        QVERIFY(page->timeline()->sizeHint().height() <= page->timeline()->height() + 200);
        saveShot(page.get(), QStringLiteral("health-german.png"));
    }

    void exportsCsvAndImage() {
        SensorHealthPage empty(&m_spaces);
        QVERIFY(!empty.canExport());
        QVERIFY(empty.exportCsv().isEmpty());

        const auto page = loadedPage();
        QVERIFY(page);
        page->setOrganization(QStringLiteral("Test organization"));
        QVERIFY(page->canExport());
        QVERIFY(page->exportBaseName().startsWith(QStringLiteral("sensor-health-")));
        page->filterButton(HealthStatus::Offline)->click();
        const QString csv = QString::fromUtf8(page->exportCsv());
        QVERIFY(csv.contains(QStringLiteral("# Density Dashboard export")));
        QVERIFY(csv.contains(QStringLiteral("# Organization: Test organization")));
        QVERIFY(csv.contains(QStringLiteral("# Space: %1").arg(firstBuilding().first().id)));
        QVERIFY(csv.contains(QStringLiteral("# Range: ")));
        QVERIFY(csv.contains(QStringLiteral("Quick filter: only offline sensors.")));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QStringList rows;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1Char('#')) && !line.startsWith(QChar(0xfeff)))
                rows.append(line);
        }
        QVERIFY(rows.first().startsWith(QStringLiteral("serial_number,sensor_type,")));
        const int offline = page->model()->count(HealthStatus::Offline);
        QVERIFY(offline > 0);
        QCOMPARE(rows.size(), 1 + offline);
        for (int row = 0; row < page->table()->model()->rowCount(); ++row) {
            const QString serial = page->table()->model()->index(row, 0).data().toString();
            QVERIFY(rows.at(1 + row).startsWith(serial + QLatin1Char(',')));
            QVERIFY(rows.at(1 + row).contains(QStringLiteral(",offline,")));
        }

        // The image: the table without a selection, the timeline with one.
        const QImage table = page->exportImage(1.0);
        QVERIFY(!table.isNull());
        selectRows(*page, 0, 0);
        QVERIFY(waitFor([&] { return !page->isLoading(); }, 15000));
        const QImage timeline = page->exportImage(1.0);
        QVERIFY(!timeline.isNull());
        QVERIFY(timeline.width() >= page->timeline()->width());
        QVERIFY(timeline.height() > table.height() / 4);
        const QString dir = qEnvironmentVariable("DENSITY_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            timeline.save(dir + QStringLiteral("/health-export.png"));
    }
};

QTEST_MAIN(TestSensorHealthPage)
#include "tst_sensorhealthpage.moc"

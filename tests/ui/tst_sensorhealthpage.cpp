// The sensor health page against the simulator: a building's sensors load with a summary
// line, the quick filters narrow the table, sorting works, the details pane shows the selected
// sensor's network addresses, and an empty selection shows nothing rather than everything.
#include "../core/simfixture.h"

#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"
#include "ui/sensorhealthpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QTableView>

using namespace Density;

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

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(!firstBuilding().isEmpty());
    }

    void loadsFiltersAndShowsDetails() {
        SensorHealthPage page(&m_spaces);
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
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
        QVERIFY(page.detailsText().contains(first));
        const QModelIndex source = page.table()->model()->index(0, 0);
        const QStringList addresses =
            source.data(SensorHealthModel::NetworkAddressesRole).toStringList();
        for (const QString &line : addresses)
            QVERIFY(page.detailsText().contains(line));

        // Worst first, as the page opens; an offline sensor's history shows the change.
        page.table()->sortByColumn(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(page.table()->model()->index(0, 0).data(SensorHealthModel::HealthStatusRole),
                 int(HealthStatus::Offline));
        page.table()->setCurrentIndex(page.table()->model()->index(0, 0));
        QVERIFY(page.detailsText().contains(QStringLiteral("Loading health history")));
        QVERIFY2(waitFor([&] { return page.detailsText().contains(QStringLiteral("Offline")); }),
                 qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(QStringLiteral("Health changes in the last 30 days")));
        if (!qEnvironmentVariableIsEmpty("DENSITY_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("DENSITY_SCREENSHOT"));

        // No selection: nothing, not the whole portfolio.
        page.setSelection({});
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.isLoading());
        QVERIFY(page.summaryText().contains(QStringLiteral("Select a building")));
    }
};

QTEST_MAIN(TestSensorHealthPage)
#include "tst_sensorhealthpage.moc"

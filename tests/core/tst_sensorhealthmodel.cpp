// SensorHealthModel against the simulator: inventory merged with health by serial, locations
// as space names, a superseding load wins, the quick filters and the summary line agree with
// the counts; QAbstractItemModelTester watches every change.
#include "models/sensorhealthfilterproxymodel.h"
#include "models/sensorhealthmodel.h"
#include "models/spacetreemodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace Density;

class TestSensorHealthModel : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;

    QStringList idsOfType(const QString &type) const {
        QStringList ids;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_spaces.rowCount(parent); ++row) {
                const QModelIndex index = m_spaces.index(row, 0, parent);
                if (m_spaces.space(index)->spaceType == type)
                    ids.append(m_spaces.space(index)->id);
                walk(index);
            }
        };
        walk({});
        return ids;
    }

    //! Loads and waits; fails the test on error or timeout.
    bool loadAndWait(SensorHealthModel &model, const QStringList &spaceIds) {
        model.load(&m_sim.client, spaceIds);
        return waitFor([&] { return !model.isLoading(); }, 15000);
    }

    void attachNames(SensorHealthModel &model) {
        model.setNameLookup([this](const QString &id) {
            const Space *space = m_spaces.spaceById(id);
            return space ? space->name : QString();
        });
    }

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(m_spaces.spaceCount() > 0);
        QVERIFY(!idsOfType(QStringLiteral("building")).isEmpty());
    }

    void mergesInventoryWithHealth() {
        SensorHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        attachNames(model);
        const QString building = idsOfType(QStringLiteral("building")).first();
        QSignalSpy failed(&model, &SensorHealthModel::loadFailed);
        QVERIFY(loadAndWait(model, {building}));
        QCOMPARE(failed.count(), 0);
        QVERIFY(model.rowCount() > 0);

        // The same question asked directly: every serial appears once, with its health.
        const auto health = await<QList<SensorHealth>>([&](auto done) {
            SensorFilter filter;
            filter.spaceIds = {building};
            m_sim.client.sensorHealth(filter, this, done);
        });
        QVERIFY(health);
        QHash<QString, HealthStatus> expected;
        for (const SensorHealth &entry : health.value())
            expected.insert(entry.serialNumber, entry.status);
        QSet<QString> serials;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString serial =
                model.index(row, SensorHealthModel::SerialColumn).data().toString();
            QVERIFY(!serial.isEmpty());
            QVERIFY(!serials.contains(serial));
            serials.insert(serial);
            QCOMPARE(model.status(row), expected.value(serial, HealthStatus::Unknown));
            QCOMPARE(model.index(row, 0).data(SensorHealthModel::HealthStatusRole).toInt(),
                     int(model.status(row)));
            QCOMPARE(model.index(row, SensorHealthModel::StatusColumn).data().toString(),
                     SensorHealthModel::statusText(model.status(row)));
        }
    }

    void locationsAreNamesNotIds() {
        SensorHealthModel model;
        attachNames(model);
        QVERIFY(loadAndWait(model, {idsOfType(QStringLiteral("building")).first()}));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex location = model.index(row, SensorHealthModel::LocationColumn);
            const QStringList ids =
                location.data(SensorHealthModel::LocationIdsRole).toStringList();
            QVERIFY2(!ids.isEmpty(), qPrintable(model.sensor(row)->serialNumber));
            const QString text = location.data().toString();
            for (const QString &id : ids) {
                QVERIFY2(!text.contains(id), qPrintable(text));
                QVERIFY(text.contains(m_spaces.spaceById(id)->name));
            }
        }

        // Without a lookup (or for an id the lookup does not know) the id is shown.
        model.setNameLookup([](const QString &) { return QString(); });
        const QModelIndex first = model.index(0, SensorHealthModel::LocationColumn);
        QCOMPARE(first.data().toString(), first.data(SensorHealthModel::LocationIdsRole)
                                              .toStringList()
                                              .join(QStringLiteral(", ")));
    }

    void networkAddressesForTheDetailsPane() {
        SensorHealthModel model;
        QVERIFY(loadAndWait(model, {}));
        bool any = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QStringList lines =
                model.index(row, 0).data(SensorHealthModel::NetworkAddressesRole).toStringList();
            QCOMPARE(lines.size(), model.sensor(row)->networkAddresses.size());
            for (int i = 0; i < lines.size(); ++i)
                QVERIFY(lines.at(i).startsWith(model.sensor(row)->networkAddresses.at(i).address));
            any = any || !lines.isEmpty();
        }
        QVERIFY(any);
    }

    void supersedingLoadWins() {
        SensorHealthModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList buildings = idsOfType(QStringLiteral("building"));
        QVERIFY(loadAndWait(model, {}));
        const int all = model.rowCount();
        model.load(&m_sim.client, {});
        model.load(&m_sim.client, {buildings.first()}); // aborts the first
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 15000));
        QVERIFY(model.rowCount() > 0);
        if (buildings.size() > 1)
            QVERIFY(model.rowCount() < all);
        const auto direct = await<QList<Sensor>>([&](auto done) {
            SensorFilter filter;
            filter.spaceIds = {buildings.first()};
            m_sim.client.sensors(filter, this, done);
        });
        QVERIFY(direct);
        QCOMPARE(model.rowCount(), int(direct.value().size()));
        // Nothing late arrives from the aborted load.
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), int(direct.value().size()));
    }

    void quickFiltersAndSummary() {
        SensorHealthModel model;
        QVERIFY(loadAndWait(model, {}));
        const int offline = model.count(HealthStatus::Offline);
        QVERIFY2(offline > 0, "the simulator should have offline sensors");

        SensorHealthFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        for (HealthStatus status : {HealthStatus::Offline, HealthStatus::Degraded,
                                    HealthStatus::Unknown, HealthStatus::Healthy}) {
            proxy.setStatusFilter(status);
            QCOMPARE(proxy.rowCount(), model.count(status));
            for (int row = 0; row < proxy.rowCount(); ++row)
                QCOMPARE(proxy.index(row, 0).data(SensorHealthModel::HealthStatusRole).toInt(),
                         int(status));
        }
        proxy.setStatusFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), model.rowCount());

        QVERIFY2(model.summary().startsWith(
                     QStringLiteral("%1 of %2 sensors offline").arg(offline).arg(model.rowCount())),
                 qPrintable(model.summary()));

        // Health sorts by severity (offline first when descending), last change as a time.
        proxy.sort(SensorHealthModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(HealthStatus(proxy.index(0, 0).data(SensorHealthModel::HealthStatusRole).toInt()),
                 HealthStatus::Offline);
        QCOMPARE(HealthStatus(proxy.index(proxy.rowCount() - 1, 0)
                                  .data(SensorHealthModel::HealthStatusRole)
                                  .toInt()),
                 model.count(HealthStatus::Healthy) > 0 ? HealthStatus::Healthy
                                                        : HealthStatus::Degraded);
        proxy.sort(SensorHealthModel::LastChangeColumn, Qt::AscendingOrder);
        QDateTime previous;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QDateTime t = proxy.index(row, SensorHealthModel::LastChangeColumn)
                                    .data(SensorHealthModel::SortRole)
                                    .toDateTime();
            if (previous.isValid() && t.isValid())
                QVERIFY(previous <= t);
            if (t.isValid())
                previous = t;
        }
    }

    void unknownWhenHealthIsMissing() {
        SensorHealthModel model;
        Sensor sensor;
        sensor.serialNumber = QStringLiteral("S1");
        model.setSensors({sensor}, {});
        QCOMPARE(model.status(0), HealthStatus::Unknown);
        QCOMPARE(model.summary(), QStringLiteral("0 of 1 sensor offline, 1 unknown"));
        model.setSensors({}, {});
        QCOMPARE(model.summary(), QStringLiteral("No sensors in this selection"));
    }
};

QTEST_GUILESS_MAIN(TestSensorHealthModel)
#include "tst_sensorhealthmodel.moc"

// DataCompletenessModel against the simulator (fixed now 2026-11-25T15:00Z, seeded portfolio):
// a selection resolves to its floors, ranges over 10 days come back as several windows, a gap
// in an old window reads "sensors offline or missing data", a window ending now reads "still
// processing", a planning floor reads "planning", a floor without Open Area sensors stays as a
// row that says completeness does not apply, and a newer load supersedes an older one.
// QAbstractItemModelTester watches every change.
#include "models/datacompletenessmodel.h"
#include "models/spacetreemodel.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace Density;
using Reason = DataCompletenessModel::Reason;

namespace {

const QDateTime SimNow(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);

TimeRange utcRange(const QDateTime &start, const QDateTime &end) {
    return TimeRange{start, end, TimestampStyle::Utc};
}

//! Ten days that ended three days before the simulator's now: nothing is still processing.
TimeRange oldTenDays() {
    return utcRange(QDateTime(QDate(2026, 11, 12), QTime(0, 0), Qt::UTC),
                    QDateTime(QDate(2026, 11, 21), QTime(23, 59, 59), Qt::UTC));
}

} // namespace

class TestDataCompletenessModel : public QObject {
    Q_OBJECT

    SimFixture m_sim;
    SpaceTreeModel m_spaces;

    QList<Space> roots() const {
        QList<Space> out;
        for (int row = 0; row < m_spaces.rowCount(); ++row)
            out.append(*m_spaces.space(m_spaces.index(row, 0)));
        return out;
    }

    QList<Space> allFloors() const { return DataCompletenessModel::floorsOf(m_spaces, roots()); }

    bool loadAndWait(DataCompletenessModel &model, const QList<Space> &floors,
                     const TimeRange &range) {
        QSignalSpy failed(&model, &DataCompletenessModel::loadFailed);
        model.load(&m_sim.client, floors, range, SimNow);
        if (!model.isLoading())
            return false;
        if (!waitFor([&] { return !model.isLoading(); }, 20000))
            return false;
        return failed.isEmpty();
    }

    int rowOf(const DataCompletenessModel &model, const QString &floorId) const {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.floor(row).id == floorId)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        m_spaces.load(&m_sim.client);
        QVERIFY(waitFor([this] { return !m_spaces.isLoading(); }, 15000));
        QVERIFY(allFloors().size() >= 3);
    }

    void selectionResolvesToFloors() {
        const QList<Space> floors = allFloors();
        for (const Space &floor : floors)
            QCOMPARE(floor.spaceType, QStringLiteral("floor"));

        // A room resolves to its floor; the floor itself to itself, once.
        const Space &floor = floors.first();
        const QModelIndex floorIndex = m_spaces.indexOf(floor.id);
        QVERIFY(m_spaces.rowCount(floorIndex) > 0);
        const Space room = *m_spaces.space(m_spaces.index(0, 0, floorIndex));
        const QList<Space> resolved = DataCompletenessModel::floorsOf(m_spaces, {room, floor});
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().id, floor.id);

        // A building covers all its floors.
        const QModelIndex building = floorIndex.parent();
        QCOMPARE(m_spaces.space(building)->spaceType, QStringLiteral("building"));
        const QList<Space> ofBuilding =
            DataCompletenessModel::floorsOf(m_spaces, {*m_spaces.space(building)});
        QCOMPARE(ofBuilding.size(), m_spaces.rowCount(building));
    }

    void oldGapsReadAsOfflineAndNoOaFloorsStay() {
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Space> floors = allFloors();
        QVERIFY(loadAndWait(model, floors, oldTenDays()));
        QCOMPARE(model.rowCount(), floors.size());
        QCOMPARE(model.windowCount(), 1);
        QCOMPARE(model.columnCount(), 2);

        int offline = 0;
        int notApplicable = 0;
        int complete = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, 1);
            const auto reason = Reason(cell.data(DataCompletenessModel::ReasonRole).toInt());
            QCOMPARE(reason, model.reason(row, 0));
            QVERIFY(reason != Reason::Processing); // the window ended days ago
            if (!model.isApplicable(row)) {
                ++notApplicable;
                QCOMPARE(reason, Reason::NotApplicable);
                QVERIFY(!cell.data(DataCompletenessModel::FractionRole).isValid());
                QCOMPARE(cell.data().toString(), DataCompletenessModel::notApplicableText());
                QVERIFY(cell.data().toString().contains(QStringLiteral("No open-area sensors")));
                continue;
            }
            const double value = cell.data(DataCompletenessModel::FractionRole).toDouble();
            QVERIFY(value >= 0.0 && value <= 1.0);
            QVERIFY(cell.data().toString().endsWith(QStringLiteral(" %")));
            if (model.floor(row).status == QStringLiteral("planning")) {
                QCOMPARE(reason, Reason::Planning);
                continue;
            }
            if (value < 1.0) {
                QCOMPARE(reason, Reason::Offline);
                QVERIFY(cell.data().toString() != QStringLiteral("100 %"));
                QVERIFY(cell.data(DataCompletenessModel::ReasonTextRole)
                            .toString()
                            .contains(QStringLiteral("offline")));
                ++offline;
            } else {
                QCOMPARE(reason, Reason::Complete);
                QCOMPARE(cell.data().toString(), QStringLiteral("100 %"));
                ++complete;
            }
        }
        // The generator makes exactly one floor without Open Area sensors, and flaky or dead
        // sensors leave gaps on some live floors.
        QCOMPARE(notApplicable, 1);
        QVERIFY(offline > 0);
        QCOMPARE(model.count(Reason::NotApplicable), 1);
        QCOMPARE(model.count(Reason::Offline), offline);
        QVERIFY2(model.summary().contains(QStringLiteral("without open-area sensors")),
                 qPrintable(model.summary()));
        Q_UNUSED(complete)
    }

    void injectedOutageReadsOffline() {
        // A simulator of its own: the injected outage must not leak into the other tests.
        SimFixture sim;
        SpaceTreeModel spaces;
        spaces.load(&sim.client);
        QVERIFY(waitFor([&] { return !spaces.isLoading(); }, 15000));
        QList<Space> roots;
        for (int row = 0; row < spaces.rowCount(); ++row)
            roots.append(*spaces.space(spaces.index(row, 0)));
        const QList<Space> floors = DataCompletenessModel::floorsOf(spaces, roots);
        const TimeRange day = utcRange(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC),
                                       QDateTime(QDate(2026, 11, 20), QTime(23, 59, 59), Qt::UTC));

        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load(&sim.client, floors, day, SimNow);
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 20000));
        QCOMPARE(model.rowCount(), floors.size());

        // The live floor with the most complete day, and one of its open-area sensors.
        int best = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isApplicable(row) || model.floor(row).status == QStringLiteral("planning"))
                continue;
            if (best < 0 || *model.fraction(row, 0) > *model.fraction(best, 0))
                best = row;
        }
        QVERIFY(best >= 0);
        const Space floor = model.floor(best);
        const double before = *model.fraction(best, 0);
        const auto sensors = await<QList<Sensor>>([&](auto done) {
            SensorFilter filter;
            filter.spaceIds = {floor.id};
            sim.client.sensors(filter, this, done);
        });
        QVERIFY(sensors);
        QString serial;
        for (const Sensor &sensor : sensors.value()) {
            if (sensor.sensorType == QStringLiteral("oa"))
                serial = sensor.serialNumber;
        }
        QVERIFY(!serial.isEmpty());
        QVERIFY(sim.server->takeSensorOffline(serial, day.start.addSecs(6 * 3600),
                                              day.start.addSecs(18 * 3600)));

        model.load(&sim.client, {floor}, day, SimNow);
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 20000));
        QCOMPARE(model.rowCount(), 1);
        const double after = *model.fraction(0, 0);
        QVERIFY2(after < before && after < 1.0, qPrintable(QString::number(after)));
        QCOMPARE(model.reason(0, 0), Reason::Offline);
        const QModelIndex cell = model.index(0, 1);
        QCOMPARE(cell.data(DataCompletenessModel::FractionRole).toDouble(), after);
        QCOMPARE(cell.data().toString(), DataCompletenessModel::percentText(after));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("offline")));
    }

    void planningFloor() {
        QList<Space> planning;
        for (const Space &floor : allFloors()) {
            if (floor.status == QStringLiteral("planning"))
                planning.append(floor);
        }
        QVERIFY(!planning.isEmpty());
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, planning, oldTenDays()));
        QCOMPARE(model.rowCount(), planning.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.isApplicable(row));
            QVERIFY(*model.fraction(row, 0) < 1.0);
            QCOMPARE(model.reason(row, 0), Reason::Planning);
            QVERIFY(model.index(row, 1)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("planning")));
        }
    }

    void rangeEndingNowIsStillProcessing() {
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(model, allFloors(), utcRange(SimNow.addDays(-2), SimNow)));
        QCOMPARE(model.windowCount(), 1);
        int processing = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isApplicable(row) || model.floor(row).status == QStringLiteral("planning"))
                continue;
            // The last 8 hours are not processed yet, so no live floor is complete.
            QVERIFY(*model.fraction(row, 0) < 1.0);
            QCOMPARE(model.reason(row, 0), Reason::Processing);
            ++processing;
        }
        QVERIFY(processing > 0);
        QVERIFY2(model.summary().contains(QStringLiteral("still processing")),
                 qPrintable(model.summary()));
    }

    void longRangeIsSplitIntoWindows() {
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone::utc());
        // 1 Nov 00:00 to 25 Nov 15:00 (now): 24.6 days, three windows, the last one ends now.
        const TimeRange range =
            utcRange(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC), SimNow);
        QSignalSpy progress(&model, &DataCompletenessModel::progressChanged);
        QVERIFY(loadAndWait(model, allFloors(), range));
        QCOMPARE(model.windowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(model.window(0).start, range.start);
        QCOMPARE(model.window(2).end, range.end);
        for (int w = 0; w < 3; ++w) {
            QVERIFY(model.window(w).spanSeconds() <= 10 * 24 * 3600);
            if (w > 0)
                QCOMPARE(model.window(w).start, model.window(w - 1).end.addSecs(1));
            QCOMPARE(model.index(0, w + 1).data(DataCompletenessModel::WindowStartRole),
                     QVariant(model.window(w).start));
        }
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("1 Nov – 10 Nov"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Floor"));

        // Per window: old windows of live floors are complete or offline, only the last one can
        // be still processing. The floor without OA sensors says so once, in the first window.
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.isApplicable(row)) {
                QCOMPARE(model.index(row, 1).data().toString(),
                         DataCompletenessModel::notApplicableText());
                QCOMPARE(model.index(row, 2).data().toString(), QString());
                continue;
            }
            if (model.floor(row).status == QStringLiteral("planning"))
                continue;
            for (int w = 0; w < 2; ++w)
                QVERIFY(model.reason(row, w) == Reason::Complete ||
                        model.reason(row, w) == Reason::Offline);
            QCOMPARE(model.reason(row, 2), Reason::Processing);
        }
    }

    void newerLoadSupersedesOlder() {
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Space> floors = allFloors();
        model.load(&m_sim.client, floors,
                   utcRange(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC), SimNow), SimNow);
        QVERIFY(model.isLoading());
        QVERIFY(loadAndWait(model, {floors.first()}, oldTenDays()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.windowCount(), 1);
        // Give any stray answer of the first load the chance to arrive: it must not land.
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.windowCount(), 1);

        model.cancelLoad();
        QVERIFY(!model.isLoading());
        QCOMPARE(rowOf(model, floors.first().id), 0);
    }

    void failureIsReported() {
        // A client with nowhere to send to fails, possibly before any request starts.
        DensityClient unconfigured;
        DataCompletenessModel model;
        QSignalSpy failed(&model, &DataCompletenessModel::loadFailed);
        QSignalSpy loading(&model, &DataCompletenessModel::loadingChanged);
        model.load(&unconfigured, {allFloors().first()}, oldTenDays(), SimNow);
        QVERIFY(waitFor([&] { return !failed.isEmpty(); }, 20000));
        QVERIFY(!model.isLoading());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.last().first().toBool(), false);
        QCOMPARE(model.rowCount(), 0);
    }

    void reasonsFromStatusGoLiveAndAge() {
        // The rules on their own, without the network: planning status, a window that began
        // before the go-live date, a window reaching into the processing lag, anything else.
        DataCompletenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Space planning;
        planning.id = QStringLiteral("spc_1");
        planning.status = QStringLiteral("planning");
        Space newFloor;
        newFloor.id = QStringLiteral("spc_2");
        newFloor.status = QStringLiteral("live");
        newFloor.goLiveDateUtc = QStringLiteral("2026-11-05T00:00:00Z");
        Space live;
        live.id = QStringLiteral("spc_3");
        live.status = QStringLiteral("live");
        live.goLiveDateUtc = QStringLiteral("2025-01-01T00:00:00Z");
        Space noOa;
        noOa.id = QStringLiteral("spc_4");
        const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        QList<DataStatusWindow> windows{{start, start.addSecs(10 * 86400 - 1), {}},
                                        {start.addSecs(10 * 86400), SimNow.addSecs(-3600), {}}};
        for (DataStatusWindow &window : windows) {
            window.completionByFloor.insert(planning.id, 0.2);
            window.completionByFloor.insert(newFloor.id, 0.6);
            window.completionByFloor.insert(live.id, 0.95);
        }
        windows[0].completionByFloor.insert(live.id, 1.0);
        model.setResult({planning, newFloor, live, noOa}, windows, SimNow);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.reason(0, 0), Reason::Planning);
        QCOMPARE(model.reason(0, 1), Reason::Planning);
        QCOMPARE(model.reason(1, 0), Reason::Planning);   // began before go-live
        QCOMPARE(model.reason(1, 1), Reason::Processing); // live since, ends an hour ago
        QCOMPARE(model.reason(2, 0), Reason::Complete);
        QCOMPARE(model.reason(2, 1), Reason::Processing);
        QVERIFY(!model.isApplicable(3));
        QCOMPARE(model.reason(3, 1), Reason::NotApplicable);

        // A value missing in one window only is a gap in the answer, not "no OA sensors".
        windows[1].completionByFloor.remove(live.id);
        model.setResult({live}, windows, SimNow);
        QVERIFY(model.isApplicable(0));
        QCOMPARE(model.reason(0, 1), Reason::NoValue);
        QVERIFY(!model.index(0, 2).data(DataCompletenessModel::FractionRole).isValid());
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("—"));

        // The same old window without the lag: sensors offline or missing data.
        windows[1].completionByFloor.insert(live.id, 0.95);
        model.setResult({live}, windows, SimNow.addDays(1));
        QCOMPARE(model.reason(0, 1), Reason::Offline);
    }

    void percentTextNeverRoundsUpToComplete() {
        QCOMPARE(DataCompletenessModel::percentText(1.0), QStringLiteral("100 %"));
        QCOMPARE(DataCompletenessModel::percentText(0.99996), QStringLiteral("99.9 %"));
        QCOMPARE(DataCompletenessModel::percentText(0.8245), QStringLiteral("82.4 %"));
        QCOMPARE(DataCompletenessModel::percentText(0.0), QStringLiteral("0.0 %"));
    }
};

QTEST_GUILESS_MAIN(TestDataCompletenessModel)
#include "tst_datacompletenessmodel.moc"

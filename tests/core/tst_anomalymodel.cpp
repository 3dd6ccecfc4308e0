// AnomalyModel against the simulator: with the ghost-time fault exactly the hours the simulator
// made inconsistent are flagged (the simulator says which through ghostTimeIntervals()), without
// it none are; a range longer than 60 days is windowed for raw sessions and still agrees bucket
// by bucket; a newer load supersedes the one running; a new threshold re-flags without a
// request. QAbstractItemModelTester watches every change.
#include "analytics/daterangepreset.h"
#include "models/anomalymodel.h"
#include "sim/simghosttime.h"
#include "sim/simstore.h"
#include "simfixture.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QtTest>

using namespace Density;

namespace {

Sim::SimOptions ghostOptions(bool ghost) {
    Sim::SimOptions options;
    options.faults.ghostTimeUsed = ghost;
    return options;
}

} // namespace

class TestAnomalyModel : public QObject {
    Q_OBJECT

    //! The first Waffle room in New York, from /v3/spaces.
    static std::optional<Space> waffleSpace(SimFixture &sim) {
        QObject context;
        const auto spaces =
            await<QList<Space>>([&](auto done) { sim.client.spaces(&context, std::move(done)); });
        if (!spaces)
            return std::nullopt;
        for (const Space &space : spaces.value()) {
            if (space.spaceType == QLatin1String("space") &&
                space.countingMode.valueOr(QString()) == QLatin1String("waffle") &&
                space.timeZone == QLatin1String("America/New_York"))
                return space;
        }
        return std::nullopt;
    }

    static int simIndex(SimFixture &sim, const QString &id) {
        const auto &spaces = sim.server->store().portfolio().spaces;
        for (std::size_t i = 0; i < spaces.size(); ++i) {
            if (spaces[i].id == id)
                return int(i);
        }
        return -1;
    }

    //! Seconds of the simulator's ghost intervals inside a bucket.
    static double ghostSeconds(SimFixture &sim, int space, const AnomalyRow &row) {
        const qint64 from = row.start.toMSecsSinceEpoch();
        const qint64 to = row.end.toMSecsSinceEpoch();
        qint64 total = 0;
        for (const auto &[a, b] : Sim::ghostTimeIntervals(sim.server->store(), space, from, to))
            total += std::max<qint64>(0, std::min(b, to) - std::max(a, from));
        return double(total) / 1000.0;
    }

    static AnomalyModel::Request request(const Space &space, QDate first, QDate last,
                                         TimeResolution resolution) {
        const QTimeZone zone(space.timeZone.toUtf8());
        AnomalyModel::Request r;
        r.spaceId = space.id;
        r.range = *DateRanges::rangeForDays({first, last}, zone);
        r.resolution = resolution;
        r.zone = zone;
        return r;
    }

    static bool loadAndWait(AnomalyModel &model, SimFixture &sim,
                            const AnomalyModel::Request &request) {
        QSignalSpy loaded(&model, &AnomalyModel::loaded);
        model.load(&sim.client, request);
        return waitFor([&] { return !model.isLoading(); }, 30000) && loaded.count() == 1;
    }

private Q_SLOTS:
    void faultSpecSwitch() {
        QString error;
        QVERIFY(Sim::FaultOptions::parse(QStringLiteral("ghost-time"))->ghostTimeUsed);
        QVERIFY(Sim::FaultOptions::parse(QStringLiteral("latency=5, ghost-time"))->ghostTimeUsed);
        QVERIFY(!Sim::FaultOptions::parse(QStringLiteral("ghost-time=0"))->ghostTimeUsed);
        QVERIFY(Sim::FaultOptions::parse(QStringLiteral("ghost-time"))->isActive());
        QVERIFY(!Sim::FaultOptions::parse(QStringLiteral("ghost-time=2"), &error));
        QVERIFY(error.contains(QStringLiteral("switch")));
        QVERIFY(!Sim::FaultOptions::parse(QStringLiteral("latency"), &error)); // still key=value
        QVERIFY(Sim::FaultOptions::parse(QStringLiteral("ghost-time"))
                    ->toString()
                    .endsWith(QStringLiteral("ghost-time=1")));
    }

    void ghostTimeIsFlaggedExactly() {
        SimFixture sim(ghostOptions(true));
        const std::optional<Space> space = waffleSpace(sim);
        QVERIFY(space);
        const int index = simIndex(sim, space->id);
        QVERIFY(index >= 0);
        AnomalyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &AnomalyModel::loadFailed);
        // A week of hours ending the day before the simulator's now (25 Nov 2026).
        QVERIFY(loadAndWait(
            model, sim,
            request(*space, QDate(2026, 11, 17), QDate(2026, 11, 23), TimeResolution::Hour)));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(model.rowCount(), 7 * 24);

        QSet<int> expected;
        for (int r = 0; r < model.rowCount(); ++r) {
            const AnomalyRow &row = *model.row(r);
            QVERIFY(row.metricSeconds);
            const double ghost = ghostSeconds(sim, index, row);
            // Metrics = sessions + ghost time, to the second the session timestamps carry.
            QVERIFY2(std::abs(*row.metricSeconds - row.sessionSeconds - ghost) < 1.0,
                     qPrintable(QStringLiteral("%1: metric %2 sessions %3 ghost %4")
                                    .arg(row.key)
                                    .arg(*row.metricSeconds)
                                    .arg(row.sessionSeconds)
                                    .arg(ghost)));
            if (ghost > 0)
                expected.insert(r);
        }
        QVERIFY2(expected.size() >= 3, "the fault should touch several nights of the week");
        QSet<int> flagged;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex status = model.index(r, AnomalyModel::StatusColumn);
            if (status.data(AnomalyModel::FlaggedRole).toBool()) {
                flagged.insert(r);
                QCOMPARE(status.data().toString(), QStringLiteral("Flagged"));
                // No session behind it: the details list is empty.
                QVERIFY(model.sessionsOf(r).isEmpty());
            }
        }
        QCOMPARE(flagged, expected);
        QCOMPARE(model.flaggedCount(), int(expected.size()));
        // The ghosts are at night, local time.
        for (int r : std::as_const(flagged))
            QCOMPARE(model.local(model.row(r)->start).time().hour(), 2);

        // A looser threshold (ghosts last at most 14 minutes) clears them without a request.
        const int before = sim.server->requestCount();
        QSignalSpy changed(&model, &AnomalyModel::thresholdChanged);
        AnomalyThreshold loose;
        loose.minSeconds = 15 * 60;
        model.setThreshold(loose);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.flaggedCount(), 0);
        QCOMPARE(sim.server->requestCount(), before);
    }

    void withoutTheFaultNothingIsFlagged() {
        SimFixture sim(ghostOptions(false));
        const std::optional<Space> space = waffleSpace(sim);
        QVERIFY(space);
        AnomalyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadAndWait(
            model, sim,
            request(*space, QDate(2026, 11, 17), QDate(2026, 11, 23), TimeResolution::Hour)));
        QCOMPARE(model.rowCount(), 7 * 24);
        QCOMPARE(model.flaggedCount(), 0);
        double used = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const AnomalyRow &row = *model.row(r);
            QVERIFY(std::abs(*row.metricSeconds - row.sessionSeconds) < 1.0);
            used += row.sessionSeconds;
        }
        QVERIFY2(used > 3600, "the room should be used during the week");
    }

    void longRangesAreWindowed() {
        SimFixture sim(ghostOptions(true));
        const std::optional<Space> space = waffleSpace(sim);
        QVERIFY(space);
        const int index = simIndex(sim, space->id);
        AnomalyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResponseLog log(&sim.client);
        QSignalSpy progress(&model, &AnomalyModel::progressChanged);
        // 112 days of days, across the end of DST on 1 Nov.
        QVERIFY(loadAndWait(
            model, sim,
            request(*space, QDate(2026, 8, 1), QDate(2026, 11, 20), TimeResolution::Day)));
        QCOMPARE(model.rowCount(), 112);
        QCOMPARE(log.count(Endpoint::RawSessions, 400), 0);
        QCOMPARE(log.count(Endpoint::RawSessions, 200), 2);
        QCOMPARE(model.sessionWindows().size(), 2);
        for (const TimeRange &window : model.sessionWindows()) {
            QVERIFY(window.spanSeconds() <= 60 * 24 * 3600);
            QCOMPARE(window.style, TimestampStyle::Zoneless);
        }
        QVERIFY(log.count(Endpoint::AllMetrics, 200) >= 4); // days: windows under 31 days
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

        int ghostDays = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const AnomalyRow &row = *model.row(r);
            const double ghost = ghostSeconds(sim, index, row);
            QVERIFY2(std::abs(*row.metricSeconds - row.sessionSeconds - ghost) < 1.0,
                     qPrintable(row.key));
            ghostDays += ghost > 0 ? 1 : 0;
            // Flagged only where the simulator added time, and then by the rule.
            const bool expected =
                ghost > 0 && model.threshold().exceeded(*row.metricSeconds, row.sessionSeconds);
            QCOMPARE(row.isFlagged(), expected);
        }
        QVERIFY(ghostDays > 30);
        QVERIFY(model.flaggedCount() > 0); // nights of otherwise empty days (weekends)
    }

    void newerLoadSupersedes() {
        SimFixture sim(ghostOptions(true));
        const std::optional<Space> space = waffleSpace(sim);
        QVERIFY(space);
        AnomalyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &AnomalyModel::loaded);
        model.load(&sim.client,
                   request(*space, QDate(2026, 8, 1), QDate(2026, 11, 20), TimeResolution::Day));
        model.load(&sim.client,
                   request(*space, QDate(2026, 11, 23), QDate(2026, 11, 23), TimeResolution::Hour));
        QVERIFY(waitFor([&] { return !model.isLoading(); }, 30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.resolution(), TimeResolution::Hour);
        // Nothing of the first load arrives later.
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(loaded.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnomalyModel)
#include "tst_anomalymodel.moc"

// Rolling descendant rows up into one parent series: hand-made rows for every rule, and the
// simulator's own parent rows as ground truth for the bounds.
#include "analytics/daterangepreset.h"
#include "analytics/metricrules.h"
#include "analytics/rollup.h"
#include "simfixture.h"

using namespace Density;

namespace {

Space space(const char *id, Nullable<qint64> capacity, QStringList children = {}) {
    Space s;
    s.id = QString::fromLatin1(id);
    s.spaceType = children.isEmpty() ? QStringLiteral("space") : QStringLiteral("floor");
    s.capacity = capacity;
    s.childrenIds = children;
    return s;
}

MetricBucket bucket(const char *key, double avg, qint64 max, qint64 usedMs, double upTime) {
    MetricBucket b;
    b.key = QString::fromLatin1(key);
    b.occupancyAvg = avg;
    b.occupancyMax = max;
    b.occupancyMin = qint64(0);
    b.timeUsedRaw = usedMs;
    b.timeUsedPercentage = double(usedMs) / 3'600'000.0;
    b.upTime = upTime;
    b.isCapped = false;
    b.cappedCountLimit = Nullable<qint64>::null();
    return b;
}

const char *const Nine = "2026-11-02T09:00:00-05:00";
const char *const NineUtc = "2026-11-02T14:00:00Z"; // the same instant, written differently
const char *const Ten = "2026-11-02T10:00:00-05:00";

//! Floor F (capacity 20): R1 (10, with nested N), R2 (unset), R3 (0). Floor G: S.
QList<Space> portfolio(Nullable<qint64> floorCapacity = qint64(20),
                       Nullable<qint64> r1Capacity = qint64(10)) {
    return {space("F", floorCapacity,
                  {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")}),
            space("G", qint64(5), {QStringLiteral("S")}),
            [&] {
                Space r1 = space("R1", r1Capacity);
                r1.childrenIds = {QStringLiteral("N")};
                return r1;
            }(),
            space("R2", Nullable<qint64>::null()),
            space("R3", qint64(0)),
            space("N", qint64(4)),
            space("S", qint64(5))};
}

MetricsBySpace rows() {
    return {{QStringLiteral("R1"),
             {bucket(Ten, 1.0, 3, 600'000, 1.0), bucket(Nine, 2.0, 4, 1'800'000, 1.0)}},
            {QStringLiteral("R2"),
             {bucket(NineUtc, 1.0, 2, 3'600'000, 0.5), bucket(Ten, 0, 0, 0, 1.0)}},
            {QStringLiteral("R3"), {bucket(Nine, 0.5, 1, 900'000, 1.0), bucket(Ten, 0, 0, 0, 1.0)}},
            {QStringLiteral("N"), {bucket(Nine, 9.0, 9, 3'600'000, 1.0)}},    // inside R1's row
            {QStringLiteral("S"), {bucket(Nine, 50.0, 50, 3'600'000, 1.0)}}}; // another floor
}

} // namespace

class TestAnalyticsRollup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rollsUpDescendantRows() {
        QVERIFY(Rollups::needsRollup(QStringLiteral("F"), rows()));
        const Rollup r = Rollups::rollUp(QStringLiteral("F"), rows(), portfolio());
        QVERIFY(r.rolledUp);
        QCOMPARE(r.combinedIds,
                 (QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")}));
        QCOMPARE(r.nestedIds, QStringList{QStringLiteral("N")});
        QCOMPARE(r.withoutCapacityIds, (QStringList{QStringLiteral("R2"), QStringLiteral("R3")}));
        QCOMPARE(r.utilizationBasis, Rollup::UtilizationBasis::ParentCapacity);
        QCOMPARE(r.utilizationCapacity, 20);

        QCOMPARE(r.series.size(), 2); // 09:00 written two ways is still one bucket
        const MetricBucket &nine = r.series.at(0);
        QVERIFY(nine.key == QLatin1String(Nine) || nine.key == QLatin1String(NineUtc));
        QCOMPARE(nine.occupancyAvg.value(), 3.5);      // exact: sum of averages
        QCOMPARE(nine.occupancyMax.value(), 7);        // upper bound: sum of peaks
        QCOMPARE(nine.timeUsedRaw.value(), 3'600'000); // lower bound: the busiest space
        QCOMPARE(nine.timeUsedPercentage.value(), 1.0);
        QCOMPARE(r.timeUsedUpperBoundMs.value(nine.key), 3'600'000); // sum capped at 1 h
        QCOMPARE(nine.upTime.value(), 2.5 / 3);
        // Only R1 has a capacity: its occupancy over the floor's capacity.
        QCOMPARE(nine.utilizationAvg.value(), 2.0 / 20);
        QCOMPARE(nine.utilizationMax.value(), 4.0 / 20);
        QVERIFY(!nine.isCapped.value());

        const MetricBucket &ten = r.series.at(1);
        QCOMPARE(ten.key, QString::fromLatin1(Ten));
        QCOMPARE(ten.occupancyAvg.value(), 1.0);
        QCOMPARE(ten.timeUsedRaw.value(), 600'000);
        QCOMPARE(r.timeUsedUpperBoundMs.value(ten.key), 600'000);

        const QString note = r.note();
        QVERIFY2(note.contains(QStringLiteral("combined: 3")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("left out of utilization: 2")), qPrintable(note));
    }

    void utilizationFallsBackToTheSpacesCapacities() {
        const Rollup r =
            Rollups::rollUp(QStringLiteral("F"), rows(), portfolio(Nullable<qint64>::null()));
        QCOMPARE(r.utilizationBasis, Rollup::UtilizationBasis::SpaceCapacities);
        QCOMPARE(r.utilizationCapacity, 10);
        QCOMPARE(r.series.at(0).utilizationAvg.value(), 0.2);
    }

    void noCapacityAnywhereMeansNoUtilization() {
        const Rollup r = Rollups::rollUp(QStringLiteral("F"), rows(),
                                         portfolio(qint64(20), Nullable<qint64>::null()));
        QCOMPARE(r.utilizationBasis, Rollup::UtilizationBasis::None);
        QVERIFY(r.series.at(0).utilizationAvg.isNull()); // "no capacity set", not 0
        QVERIFY(r.series.at(0).utilizationMax.isNull());
        QVERIFY(r.note().contains(QStringLiteral("no utilization")));
        const auto display =
            MetricRules::utilization(r.series.at(0).utilizationAvg, Nullable<qint64>::null());
        QCOMPARE(display.band, MetricRules::UtilizationBand::NoCapacity);
    }

    void aParentRowIsUsedAsIs() {
        MetricsBySpace withParent = rows();
        withParent.insert(QStringLiteral("F"), {bucket(Ten, 4.0, 5, 60'000, 1.0)});
        QVERIFY(!Rollups::needsRollup(QStringLiteral("F"), withParent));
        const Rollup r = Rollups::rollUp(QStringLiteral("F"), withParent, portfolio());
        QVERIFY(!r.rolledUp);
        QVERIFY(r.note().isEmpty());
        QCOMPARE(r.series.size(), 1);
        QCOMPARE(r.series.first().occupancyAvg.value(), 4.0);
        QVERIFY(!Rollups::needsRollup(QStringLiteral("F"), {}));
    }

    void cappedSpacesAreNamedNotMarkedPlus() {
        MetricsBySpace waffles;
        for (const char *id : {"R1", "R3"}) {
            MetricBucket b = bucket(Nine, 1.0, 3, 3'600'000, 1.0);
            b.isCapped = QLatin1String(id) == QLatin1String("R1");
            b.cappedCountLimit = qint64(3);
            waffles.insert(QString::fromLatin1(id), {b});
        }
        const Rollup r = Rollups::rollUp(QStringLiteral("F"), waffles, portfolio());
        // The parent's peak (a sum of peaks) is an upper bound: "6+" would claim the opposite.
        QVERIFY(!r.series.first().isCapped.valueOr(false));
        QCOMPARE(MetricRules::peakText(r.series.first(), QLocale::c()), QStringLiteral("6"));
        QCOMPARE(r.cappedIds, QStringList{QStringLiteral("R1")});
        QVERIFY(r.note().contains(QLatin1String("cap")));
    }

    void nullAndMissingSurviveTheSum() {
        MetricBucket a;
        a.key = QString::fromLatin1(Nine);
        a.utilizationAvg = Nullable<double>::null();
        a.occupancyAvg = Nullable<double>::null();
        MetricBucket b = a;
        const Rollup r = Rollups::rollUp(QStringLiteral("F"),
                                         {{QStringLiteral("R2"), {a}}, {QStringLiteral("R3"), {b}}},
                                         portfolio());
        QVERIFY(r.series.first().occupancyAvg.isNull());
        QVERIFY(r.series.first().timeUsedRaw.isMissing());
        QVERIFY(!r.timeUsedUpperBoundMs.contains(r.series.first().key));
    }

    void simulatorParentRowsBoundTheRollup() {
        // The simulator can send a floor's own row (the true sum of its rooms' counts). Drop it,
        // roll the rooms up, and check the documented relations against it.
        Sim::SimOptions options;
        options.includeParentRows = true;
        SimFixture sim(options);
        const auto spaces =
            await<QList<Space>>([&sim, this](auto done) { sim.client.spaces(this, done); });
        QVERIFY(spaces.ok());
        const Space *floor = nullptr;
        for (const Space &s : spaces.value()) {
            if (s.spaceType == QLatin1String("floor") && s.childrenIds.size() >= 3) {
                floor = &s;
                break;
            }
        }
        QVERIFY(floor);
        const QTimeZone zone(floor->timeZone.toUtf8());
        QVERIFY(zone.isValid());
        AnalyticsQuery query;
        query.range = *DateRanges::rangeForDays({QDate(2026, 11, 23), QDate(2026, 11, 23)}, zone);
        query.resolution = TimeResolution::Hour;
        query.operatingHours = OperatingHours{};
        query.spaceIds = {floor->id};
        const auto result =
            await<MetricsBySpace>([&](auto done) { sim.client.allMetrics(query, this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        MetricsBySpace rows = result.value();
        const MetricSeries truth = rows.take(floor->id);
        QCOMPARE(truth.size(), 10); // 08:00–18:00
        QVERIFY(rows.size() >= 3);

        const Rollup r = Rollups::rollUp(floor->id, rows, spaces.value());
        QVERIFY(r.rolledUp);
        QCOMPARE(r.series.size(), truth.size());
        QVERIFY(r.combinedIds.size() + r.nestedIds.size() == rows.size());
        qint64 usedSomewhere = 0;
        for (qsizetype i = 0; i < truth.size(); ++i) {
            const MetricBucket &t = truth.at(i);
            const MetricBucket &b = r.series.at(i);
            QCOMPARE(b.key, t.key);
            QVERIFY(qAbs(b.occupancyAvg.value() - t.occupancyAvg.value()) <= 1e-9);
            QVERIFY(b.occupancyMax.value() >= t.occupancyMax.value());
            QVERIFY(b.timeUsedRaw.value() <= t.timeUsedRaw.value());
            QVERIFY(r.timeUsedUpperBoundMs.value(b.key) >= t.timeUsedRaw.value());
            usedSomewhere += t.timeUsedRaw.value();
        }
        QVERIFY(usedSomewhere > 0); // a Monday in office hours: the bounds were really tested
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRollup)
#include "tst_analytics_rollup.moc"

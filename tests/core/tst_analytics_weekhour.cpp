// The weekday x hour "typical week": local placement with offsets and DST, no data vs zero,
// several weeks merged, and percentile scale bounds.
#include "analytics/weekhour.h"

#include <QtTest>

using namespace Density;

namespace {

const QTimeZone NewYork("America/New_York");

MetricBucket at(const char *key, double avg, double upTime = 1.0) {
    MetricBucket b;
    b.key = QString::fromLatin1(key);
    b.occupancyAvg = avg;
    b.occupancyMax = qint64(std::ceil(avg));
    b.timeUsedRaw = avg > 0 ? qint64(3'600'000) : qint64(0);
    b.timeUsedPercentage = avg > 0 ? 1.0 : 0.0;
    b.utilizationAvg = Nullable<double>::null();
    b.upTime = upTime;
    return b;
}

} // namespace

class TestAnalyticsWeekHour : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placesBucketsInLocalTimeAndMergesWeeks() {
        const MetricSeries series{
            at("2026-11-02T09:00:00-05:00", 2.0),      // Mon 09, week 1
            at("2026-11-09T09:00:00-05:00", 4.0),      // Mon 09, week 2
            at("2026-11-02T10:00:00-05:00", 0.0),      // Mon 10: nobody, a real zero
            at("2026-11-02T11:00:00-05:00", 0.0, 0.0), // Mon 11: sensors offline, no data
            at("2026-11-03T14:00:00Z", 1.0),           // Tue 09 in New York, written in UTC
            at("2026-11-07T23:00:00-05:00", 5.0),      // Sat 23 local (Sunday in UTC)
            at("2026-11-01T01:00:00-04:00", 1.0),      // Sun 01 before the clocks go back...
            at("2026-11-01T01:00:00-05:00", 3.0),      // ...and the repeated 01 after
            at("3", 7.0),                              // an index key: not a time
            MetricBucket{},                            // nothing at all
        };
        const WeekHourMatrix m = WeekHours::build(series, NewYork);
        QCOMPARE(m.cell(1, 9).value, std::optional<double>(3.0));
        QCOMPARE(m.cell(1, 9).samples, 2);
        QCOMPARE(m.cell(1, 10).value, std::optional<double>(0.0)); // zero is a value...
        QCOMPARE(m.cell(1, 10).samples, 1);
        QVERIFY(!m.cell(1, 11).value); // ...no data is not
        QCOMPARE(m.cell(1, 11).samples, 0);
        QCOMPARE(m.cell(2, 9).value, std::optional<double>(1.0));
        QVERIFY(!m.cell(2, 14).value);
        QCOMPARE(m.cell(6, 23).value, std::optional<double>(5.0));
        QVERIFY(!m.cell(0, 4).value);
        QCOMPARE(m.cell(0, 1).samples, 2);
        QCOMPARE(m.cell(0, 1).value, std::optional<double>(2.0));
        QCOMPARE(m.bucketsUsed, 7);
        QCOMPARE(m.bucketsSkipped, 3);
        QCOMPARE(m.weeks, 2); // 1–7 Nov and 8–14 Nov (weeks start on Sunday)
        QVERIFY(!m.cell(7, 0).value);
        QVERIFY(!m.cell(0, 24).value);
    }

    void withoutAZoneEachKeysOwnOffsetIsUsed() {
        const WeekHourMatrix m = WeekHours::build({at("2026-11-03T14:00:00Z", 1.0)}, QTimeZone());
        QCOMPARE(m.cell(2, 14).samples, 1);
        QCOMPARE(m.cell(2, 9).samples, 0);
    }

    void springForwardLeavesTheMissingHourEmpty() {
        // 8 Mar 2026: 02:00 does not exist in New York; hourly keys jump from 01 to 03.
        MetricSeries day;
        QDateTime t = QDate(2026, 3, 8).startOfDay(NewYork);
        for (int i = 0; i < 23; ++i, t = t.addSecs(3600))
            day.append(
                at(qPrintable(t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate)), 1.0));
        const WeekHourMatrix m = WeekHours::build(day, NewYork);
        QCOMPARE(m.cell(0, 1).samples, 1);
        QCOMPARE(m.cell(0, 2).samples, 0);
        QCOMPARE(m.cell(0, 3).samples, 1);
        QCOMPARE(m.cell(0, 23).samples, 1);
        QCOMPARE(m.bucketsUsed, 23);
    }

    void metricsAndOptions() {
        const MetricSeries series{at("2026-11-02T09:00:00-05:00", 2.5),
                                  at("2026-11-02T10:00:00-05:00", 1.0, 0.5)};
        WeekHourOptions options;
        options.metric = WeekHourMetric::OccupancyMax;
        QCOMPARE(WeekHours::build(series, NewYork, options).cell(1, 9).value,
                 std::optional<double>(3.0));
        options.metric = WeekHourMetric::TimeUsedShare;
        QCOMPARE(WeekHours::build(series, NewYork, options).cell(1, 9).value,
                 std::optional<double>(1.0));
        // Utilization null (capacity unset) is "no data" in every cell, never 0.
        options.metric = WeekHourMetric::UtilizationAvg;
        const WeekHourMatrix none = WeekHours::build(series, NewYork, options);
        QVERIFY(!none.cell(1, 9).value);
        QVERIFY(!none.scaleMin && !none.scaleMax);
        QVERIFY(!none.scaleFraction(1, 9));
        options.metric = WeekHourMetric::OccupancyAvg;
        options.includeLowQuality = false;
        QVERIFY(!WeekHours::build(series, NewYork, options).cell(1, 10).value);
        options.includeLowQuality = true;
        options.now = QDateTime::fromString(QStringLiteral("2026-11-02T14:30:00Z"), Qt::ISODate);
        const WeekHourMatrix partial = WeekHours::build(series, NewYork, options);
        QVERIFY(partial.cell(1, 9).value);
        QVERIFY(!partial.cell(1, 10).value); // 10:00 local has not started yet
    }

    void percentiles() {
        QCOMPARE(WeekHours::percentile({3, 1, 2, 5, 4}, 50), std::optional<double>(3.0));
        QCOMPARE(WeekHours::percentile({0, 10}, 5), std::optional<double>(0.5));
        QCOMPARE(WeekHours::percentile({0, 10}, 95), std::optional<double>(9.5));
        QCOMPARE(WeekHours::percentile({7}, 95), std::optional<double>(7.0));
        QCOMPARE(WeekHours::percentile({4, 9}, 0), std::optional<double>(4.0));
        QCOMPARE(WeekHours::percentile({4, 9}, 100), std::optional<double>(9.0));
        QVERIFY(!WeekHours::percentile({}, 50));
        QList<double> ramp;
        for (int i = 0; i <= 20; ++i)
            ramp.append(i);
        QCOMPARE(WeekHours::percentile(ramp, 5), std::optional<double>(1.0));
        QCOMPARE(WeekHours::percentile(ramp, 95), std::optional<double>(19.0));
    }

    void oneOutlierDoesNotWashTheScaleOut() {
        // Twenty ordinary Monday hours (1..20 people) and one all-hands event of 500.
        MetricSeries series;
        for (int h = 0; h < 20; ++h)
            series.append(
                at(qPrintable(
                       QStringLiteral("2026-11-02T%1:00:00-05:00").arg(h, 2, 10, QLatin1Char('0'))),
                   double(h + 1)));
        series.append(at("2026-11-03T12:00:00-05:00", 500.0));
        const WeekHourMatrix m = WeekHours::build(series, NewYork);
        QCOMPARE(*m.scaleMin, 2.0);             // rank 0.05 * 20 = 1 -> the second smallest
        QCOMPARE(*m.scaleMax, 20.0);            // rank 19 -> 20, not 500
        QCOMPARE(*m.scaleFraction(2, 12), 1.0); // clamped
        QCOMPARE(*m.scaleFraction(1, 0), 0.0);  // 1 person, below the 5th percentile: clamped
        QCOMPARE(*m.scaleFraction(1, 10), (11.0 - 2.0) / 18.0);
        QVERIFY(!m.scaleFraction(0, 0));
    }

    void flatWeekIsAnchoredAtZero() {
        // HeatmapGrid's rule: a flat busy week is full scale, a flat empty week the lightest.
        const WeekHourMatrix m = WeekHours::build(
            {at("2026-11-02T09:00:00-05:00", 2.0), at("2026-11-03T09:00:00-05:00", 2.0)}, NewYork);
        QCOMPARE(*m.scaleMin, *m.scaleMax);
        QCOMPARE(*m.scaleFraction(1, 9), 1.0);
        const WeekHourMatrix zero = WeekHours::build(
            {at("2026-11-02T09:00:00-05:00", 0.0), at("2026-11-03T09:00:00-05:00", 0.0)}, NewYork);
        QCOMPARE(*zero.scaleFraction(1, 9), 0.0);
    }

    void mondayFirstRowsAndNowMarker() {
        QCOMPARE(WeekHourMatrix::weekdayForMondayFirstRow(0), 1);
        QCOMPARE(WeekHourMatrix::weekdayForMondayFirstRow(6), 0);
        for (int d = 0; d < 7; ++d)
            QCOMPARE(WeekHourMatrix::weekdayForMondayFirstRow(WeekHourMatrix::mondayFirstRow(d)),
                     d);
        QCOMPARE(WeekHourMatrix::mondayFirstRow(0), 6);
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-11-25T15:00:00Z"), Qt::ISODate);
        QCOMPARE(WeekHours::cellAt(now, NewYork), std::make_pair(3, 10)); // Wed 10:00
        QCOMPARE(WeekHours::cellAt(now, QTimeZone("Asia/Tokyo")), std::make_pair(4, 0));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsWeekHour)
#include "tst_analytics_weekhour.moc"

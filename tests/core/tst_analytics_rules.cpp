// The domain rules of ARCHITECTURE §3 (hours, "no capacity set", "3+", data quality) and the
// summary cards computed from them, on hand-computed series.
#include "analytics/daterangepreset.h"
#include "analytics/metricrules.h"
#include "analytics/seriessummary.h"

#include <QtTest>

using namespace Density;
using namespace Density::MetricRules;

namespace {

const QTimeZone NewYork("America/New_York");
const QLocale C = QLocale::c();

//! An hourly bucket of Monday 2 Nov 2026 in New York (UTC-5).
MetricBucket hour(int h, std::optional<double> avg, std::optional<qint64> max,
                  std::optional<qint64> usedMs, std::optional<double> upTime) {
    MetricBucket b;
    b.key = QStringLiteral("2026-11-02T%1:00:00-05:00").arg(h, 2, 10, QLatin1Char('0'));
    if (avg)
        b.occupancyAvg = *avg;
    if (max)
        b.occupancyMax = *max;
    if (usedMs) {
        b.timeUsedRaw = *usedMs;
        b.timeUsedPercentage = double(*usedMs) / 3'600'000.0;
    }
    if (upTime)
        b.upTime = *upTime;
    b.isCapped = false;
    return b;
}

SummaryContext mondayContext() {
    SummaryContext context;
    context.range = *DateRanges::rangeForDays({QDate(2026, 11, 2), QDate(2026, 11, 2)}, NewYork);
    context.resolution = TimeResolution::Hour;
    context.operatingHours = OperatingHours{};
    context.zone = NewYork;
    context.capacity = qint64(10);
    return context;
}

} // namespace

class TestAnalyticsRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void timeUsedIsHours() {
        QCOMPARE(hoursFromMilliseconds(3'600'000), 1.0);
        QCOMPARE(hoursFromMilliseconds(2'421'000), 0.6725); // REFERENCE: 2421000 ≈ 40 min
        MetricBucket b;
        QVERIFY(!timeUsedHours(b)); // missing
        b.timeUsedRaw = Nullable<qint64>::null();
        QVERIFY(!timeUsedHours(b)); // null is not 0 h
        b.timeUsedRaw = qint64(5'400'000);
        QCOMPARE(*timeUsedHours(b), 1.5);
    }

    void hoursPerOperatingDay() {
        QCOMPARE(*MetricRules::hoursPerOperatingDay(50.0, 5), 10.0);
        QVERIFY(!MetricRules::hoursPerOperatingDay(50.0, 0));
        // November 2026 in New York has 21 weekdays.
        const TimeRange november =
            *DateRanges::rangeForDays({QDate(2026, 11, 1), QDate(2026, 11, 30)}, NewYork);
        QCOMPARE(*MetricRules::hoursPerOperatingDay(42.0, november, OperatingHours{}, NewYork),
                 2.0);
        QCOMPARE(*MetricRules::hoursPerOperatingDay(60.0, november, std::nullopt, NewYork), 2.0);
    }

    void utilizationCapacityCases_data() {
        QTest::addColumn<int>("ratioState"); // 0 missing, 1 null, 2 value
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("capacityState");
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<int>("band");
        QTest::addColumn<QString>("text");
        const auto B = [](UtilizationBand b) { return int(b); };
        QTest::newRow("capacity unset, API null")
            << 1 << 0.0 << 1 << qint64(0) << B(UtilizationBand::NoCapacity) << "no capacity set";
        QTest::newRow("capacity unknown, API value")
            << 2 << 0.4 << 0 << qint64(0) << B(UtilizationBand::NoCapacity) << "no capacity set";
        // Capacity 0: the API answers 0, which must not read as "0%".
        QTest::newRow("capacity 0, API 0")
            << 2 << 0.0 << 2 << qint64(0) << B(UtilizationBand::NoCapacity) << "no capacity set";
        QTest::newRow("capacity set, genuine zero")
            << 2 << 0.0 << 2 << qint64(8) << B(UtilizationBand::Under) << "0%";
        QTest::newRow("capacity set, no value")
            << 1 << 0.0 << 2 << qint64(8) << B(UtilizationBand::NoData) << "no data";
        QTest::newRow("just under 60")
            << 2 << 0.599 << 2 << qint64(8) << B(UtilizationBand::Under) << "59.9%";
        QTest::newRow("60 is in the middle band")
            << 2 << 0.6 << 2 << qint64(5) << B(UtilizationBand::Within) << "60%";
        QTest::newRow("100 is in the middle band")
            << 2 << 1.0 << 2 << qint64(5) << B(UtilizationBand::Within) << "100%";
        QTest::newRow("rounding never crosses a band")
            << 2 << 1.004 << 2 << qint64(8) << B(UtilizationBand::Over) << "100.4%";
        QTest::newRow("ordinary rounding")
            << 2 << 0.746 << 2 << qint64(8) << B(UtilizationBand::Within) << "75%";
        QTest::newRow("over 100") << 2 << 1.25 << 2 << qint64(4) << B(UtilizationBand::Over)
                                  << "125%";
    }

    void utilizationCapacityCases() {
        QFETCH(int, ratioState);
        QFETCH(double, ratio);
        QFETCH(int, capacityState);
        QFETCH(qint64, capacity);
        QFETCH(int, band);
        QFETCH(QString, text);
        const auto make = [](int state, auto value) {
            using T = decltype(value);
            return state == 0   ? Nullable<T>()
                   : state == 1 ? Nullable<T>::null()
                                : Nullable<T>(value);
        };
        const UtilizationDisplay display =
            utilization(make(ratioState, ratio), make(capacityState, capacity), C);
        QCOMPARE(int(display.band), band);
        QCOMPARE(display.text, text);
        const bool isBand = display.band == UtilizationBand::Under ||
                            display.band == UtilizationBand::Within ||
                            display.band == UtilizationBand::Over;
        QCOMPARE(display.ratio.has_value(), isBand);
    }

    void bandBoundaries() {
        QCOMPARE(bandForRatio(0.0), UtilizationBand::Under);
        QCOMPARE(bandForRatio(std::nextafter(0.6, 0.0)), UtilizationBand::Under);
        QCOMPARE(bandForRatio(3.0 / 5.0), UtilizationBand::Within);
        QCOMPARE(bandForRatio(1.0), UtilizationBand::Within);
        QCOMPARE(bandForRatio(std::nextafter(1.0, 2.0)), UtilizationBand::Over);
        QVERIFY(!hasCapacity(Nullable<qint64>()));
        QVERIFY(!hasCapacity(Nullable<qint64>::null()));
        QVERIFY(!hasCapacity(qint64(0)));
        QVERIFY(hasCapacity(qint64(1)));
        QCOMPARE(bandName(UtilizationBand::Over), QStringLiteral("over 100%"));
    }

    void cappedPeaks() {
        QCOMPARE(peakText(qint64(3), true, qint64(3), C), QStringLiteral("3+"));
        QCOMPARE(peakText(qint64(3), true, Nullable<qint64>::null(), C), QStringLiteral("3+"));
        QCOMPARE(peakText(qint64(3), true, Nullable<qint64>(), C), QStringLiteral("3+"));
        QCOMPARE(peakText(qint64(5), true, qint64(5), C), QStringLiteral("5+"));
        QCOMPARE(peakText(qint64(3), false, Nullable<qint64>::null(), C), QStringLiteral("3"));
        QCOMPARE(peakText(qint64(7), Nullable<bool>(), Nullable<qint64>(), C), QStringLiteral("7"));
        QCOMPARE(peakText(qint64(1200), false, Nullable<qint64>(), QLocale(QLocale::German)),
                 QStringLiteral("1.200"));
        QVERIFY(peakText(Nullable<qint64>::null(), false, Nullable<qint64>(), C).isEmpty());
        MetricBucket waffle;
        waffle.occupancyMax = qint64(3);
        waffle.isCapped = true;
        waffle.cappedCountLimit = qint64(3);
        QCOMPARE(peakText(waffle, C), QStringLiteral("3+"));
    }

    void dataQuality_data() {
        QTest::addColumn<MetricBucket>("bucket");
        QTest::addColumn<int>("quality");
        const auto Q = [](DataQuality q) { return int(q); };
        QTest::newRow("nothing sent") << MetricBucket{} << Q(DataQuality::Missing);
        MetricBucket nulls;
        nulls.occupancyAvg = Nullable<double>::null();
        nulls.occupancyMax = Nullable<qint64>::null();
        nulls.upTime = 1.0;
        QTest::newRow("null values") << nulls << Q(DataQuality::Missing);
        QTest::newRow("offline") << hour(9, 0.0, 0, 0, 0.0) << Q(DataQuality::Offline);
        QTest::newRow("up_time 0.5") << hour(9, 1.0, 2, 60000, 0.5) << Q(DataQuality::LowQuality);
        QTest::newRow("up_time 0.8 is low")
            << hour(9, 1.0, 2, 60000, 0.8) << Q(DataQuality::LowQuality);
        QTest::newRow("just above 0.8")
            << hour(9, 1.0, 2, 60000, std::nextafter(0.8, 1.0)) << Q(DataQuality::Incomplete);
        QTest::newRow("up_time 0.99") << hour(9, 0.0, 0, 0, 0.99) << Q(DataQuality::Incomplete);
        QTest::newRow("zero use") << hour(9, 0.0, 0, 0, 1.0) << Q(DataQuality::ZeroUse);
        QTest::newRow("used") << hour(9, 0.5, 1, 60000, 1.0) << Q(DataQuality::Good);
        QTest::newRow("time used only")
            << hour(9, std::nullopt, std::nullopt, 1000, 1.0) << Q(DataQuality::Good);
        QTest::newRow("no up_time reported")
            << hour(9, 0.0, 0, std::nullopt, std::nullopt) << Q(DataQuality::ZeroUse);
    }

    void dataQuality() {
        QFETCH(MetricBucket, bucket);
        QFETCH(int, quality);
        QCOMPARE(int(classify(bucket)), quality);
    }

    void dataQualityStatesAreDistinct() {
        const MetricBucket low = hour(9, 1.0, 2, 60000, 0.62);
        QCOMPARE(qualityExplanation(DataQuality::LowQuality, low, C),
                 QStringLiteral(
                     "Low quality: the sensors were online for 62% of this period (80% or less)."));
        QSet<QString> names, tags, explanations;
        for (DataQuality q : {DataQuality::Pending, DataQuality::Missing, DataQuality::Offline,
                              DataQuality::LowQuality, DataQuality::Incomplete,
                              DataQuality::ZeroUse, DataQuality::Good}) {
            names.insert(qualityName(q));
            tags.insert(qualityTag(q));
            explanations.insert(qualityExplanation(q, low, C));
        }
        QCOMPARE(names.size(), 7);
        QCOMPARE(tags.size(), 7);
        QCOMPARE(explanations.size(), 7);
        QVERIFY(hasData(DataQuality::ZeroUse));
        QVERIFY(hasData(DataQuality::LowQuality));
        QVERIFY(!hasData(DataQuality::Offline));
        QVERIFY(!hasData(DataQuality::Missing));
        QVERIFY(isLowQuality(DataQuality::Offline));
        QVERIFY(!isLowQuality(DataQuality::Incomplete));
    }

    void pendingAfterNow() {
        const MetricBucket future = hour(15, 0.0, 0, 0, 0.0);
        QCOMPARE(classify(future, QDateTime::fromString(QStringLiteral("2026-11-02T19:59:59Z"),
                                                        Qt::ISODate)),
                 DataQuality::Pending);
        QCOMPARE(classify(future, QDateTime::fromString(QStringLiteral("2026-11-02T20:00:01Z"),
                                                        Qt::ISODate)),
                 DataQuality::Offline);
        QCOMPARE(classify(future, QDateTime()), DataQuality::Offline);
    }

    void summaryOfAHandComputedSeries() {
        // Deliberately out of order: decoded series are in key-text order, not time order.
        const MetricSeries series{
            hour(12, 1.0, 1, 900'000, 0.5),  // low quality, included
            hour(8, 1.0, 2, 1'800'000, 1.0), // used half the hour
            hour(9, 3.0, 5, 3'600'000, 1.0), // the peak
            hour(10, 0.0, 0, 0, 1.0),        // zero use: data, not a gap
            hour(11, 0.0, 0, 0, 0.0),        // offline: left out
            hour(13, std::nullopt, std::nullopt, std::nullopt, std::nullopt), // missing
        };
        const SeriesSummary s = SeriesSummaries::summarize(series, mondayContext());
        QCOMPARE(s.buckets, 6);
        QCOMPARE(s.bucketsWithData, 4);
        QCOMPARE(s.offlineBuckets, 1);
        QCOMPARE(s.missingBuckets, 1);
        QCOMPARE(s.excludedBuckets(), 2);
        QCOMPARE(s.lowQualityBuckets, 1);
        QCOMPARE(s.operatingDays, 1);
        QCOMPARE(*s.peak, 5);
        QVERIFY(!s.peakCapped);
        QCOMPARE(s.peakKey, QStringLiteral("2026-11-02T09:00:00-05:00"));
        QCOMPARE(*s.averageOccupancy, 1.25);    // (1 + 3 + 0 + 1) / 4
        QCOMPARE(*s.averageUtilization, 0.125); // 1.25 / 10
        QCOMPARE(*s.peakUtilization, 0.5);      // 5 / 10
        QCOMPARE(*s.hoursUsed, 1.75);           // 0.5 + 1 + 0 + 0.25
        QCOMPARE(*s.hoursUsedPerOperatingDay, 1.75);
        QCOMPARE(*s.shareOfTimeUsed, 0.4375); // 1.75 h of 4 measured hours
        QCOMPARE(*s.meanUpTime, 0.7);         // (1 + 1 + 1 + 0 + 0.5) / 5
        QCOMPARE(SeriesSummaries::basisText(s),
                 QStringLiteral(
                     "Buckets with data: 4; left out (no data): 2; low quality, included: 1"));
    }

    void summaryWithoutCapacityHasNoUtilization() {
        SummaryContext context = mondayContext();
        const MetricSeries series{hour(9, 2.0, 3, 600'000, 1.0)};
        for (const Nullable<qint64> &capacity :
             {Nullable<qint64>(), Nullable<qint64>::null(), Nullable<qint64>(qint64(0))}) {
            context.capacity = capacity;
            const SeriesSummary s = SeriesSummaries::summarize(series, context);
            QVERIFY(!s.averageUtilization);
            QVERIFY(!s.peakUtilization);
            QCOMPARE(*s.averageOccupancy, 2.0);
        }
    }

    void summaryOfCappedPeaks() {
        MetricBucket a = hour(9, 1.5, 3, 3'600'000, 1.0);
        a.isCapped = true;
        a.cappedCountLimit = qint64(3);
        const MetricBucket b = hour(10, 1.0, 2, 3'600'000, 1.0);
        const SeriesSummary s = SeriesSummaries::summarize({b, a}, mondayContext());
        QCOMPARE(*s.peak, 3);
        QVERIFY(s.peakCapped);
        QCOMPARE(s.peakCappedLimit, 3);
        QCOMPARE(peakText(*s.peak, s.peakCapped, s.peakCappedLimit, C), QStringLiteral("3+"));
    }

    void summaryLeavesFutureBucketsOut() {
        SummaryContext context = mondayContext();
        context.now = QDateTime::fromString(QStringLiteral("2026-11-02T15:30:00Z"), Qt::ISODate);
        // 10:00 local = 15:00Z has begun; 11:00 local has not.
        const SeriesSummary s = SeriesSummaries::summarize(
            {hour(10, 2.0, 2, 1'800'000, 0.5), hour(11, 0.0, 0, 0, 0.0)}, context);
        QCOMPARE(s.pendingBuckets, 1);
        QCOMPARE(s.offlineBuckets, 0);
        QCOMPARE(s.bucketsWithData, 1);
        QCOMPARE(*s.meanUpTime, 0.5); // the future is not "offline"
    }

    void summaryWeighsDaysByTheirLength() {
        // Sat 31 Oct (24 h), Sun 1 Nov (25 h: clocks go back), Mon 2 Nov (24 h), all hours.
        SummaryContext context;
        context.range =
            *DateRanges::rangeForDays({QDate(2026, 10, 31), QDate(2026, 11, 2)}, NewYork);
        context.resolution = TimeResolution::Day;
        context.zone = NewYork;
        const auto day = [](const char *key, double avg) {
            MetricBucket b;
            b.key = QString::fromLatin1(key);
            b.occupancyAvg = avg;
            b.upTime = 1.0;
            return b;
        };
        const MetricSeries series{day("2026-10-31T00:00:00-04:00", 1.0),
                                  day("2026-11-01T00:00:00-04:00", 2.0),
                                  day("2026-11-02T00:00:00-05:00", 4.0)};
        QCOMPARE(SeriesSummaries::bucketSeconds(series.at(1), context), 25 * 3600);
        const SeriesSummary s = SeriesSummaries::summarize(series, context);
        QCOMPARE(*s.averageOccupancy, (24.0 * 1 + 25.0 * 2 + 24.0 * 4) / 73.0);
        QCOMPARE(s.operatingDays, 3);
        // With operating hours a day weighs its 10 open hours, and Saturday/Sunday none.
        context.operatingHours = OperatingHours{};
        QCOMPARE(SeriesSummaries::bucketSeconds(series.at(2), context), 10 * 3600);
        QCOMPARE(s.hoursUsed.has_value(), false); // no time used in the series: no card
    }

    void emptySeries() {
        const SeriesSummary s = SeriesSummaries::summarize({}, mondayContext());
        QCOMPARE(s.buckets, 0);
        QVERIFY(!s.peak);
        QVERIFY(!s.averageOccupancy);
        QVERIFY(!s.meanUpTime);
        QCOMPARE(SeriesSummaries::basisText(s), QStringLiteral("Buckets with data: 0"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRules)
#include "tst_analytics_rules.moc"

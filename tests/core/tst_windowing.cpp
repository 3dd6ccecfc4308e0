// Splitting ranges and id lists into what the API accepts, and merging the windows back.
#include "analytics/windowmerge.h"
#include "api/windowing.h"

#include <QtTest>

using namespace Density;

namespace {

TimeRange range(const char *start, const char *end) {
    QString error;
    const auto parsed =
        TimeRange::parse(QString::fromLatin1(start), QString::fromLatin1(end), &error);
    if (!parsed)
        qFatal("bad range in test: %s", qPrintable(error));
    return *parsed;
}

} // namespace

class TestWindowing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hourlyWeekJustBelowTheCapIsOneWindow() {
        // 6 days 23:59:59 is < 7 days: one request.
        const auto windows = Windowing::forResolution(
            range("2026-11-02T00:00:00Z", "2026-11-08T23:59:59Z"), TimeResolution::Hour);
        QCOMPARE(windows.size(), 1);
    }

    void hourlyExactlySevenDaysIsSplit() {
        const TimeRange week = range("2026-11-02T00:00:00Z", "2026-11-09T00:00:00Z");
        const auto windows = Windowing::forResolution(week, TimeResolution::Hour);
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows.at(0).endText(), QStringLiteral("2026-11-08T23:59:59Z"));
        QCOMPARE(windows.at(1).startText(), QStringLiteral("2026-11-09T00:00:00Z"));
        QCOMPARE(windows.at(1).endText(), QStringLiteral("2026-11-09T00:00:00Z"));
        for (const TimeRange &window : windows)
            QVERIFY(window.spanSeconds() < maxRangeSeconds(TimeResolution::Hour));
    }

    void windowsAreContiguousAndNeverOverlap_data() {
        QTest::addColumn<int>("resolution");
        QTest::addColumn<QString>("end");
        QTest::newRow("minute 3 days")
            << int(TimeResolution::Minute) << QStringLiteral("2026-11-04T23:59:59Z");
        QTest::newRow("10minute 1 day")
            << int(TimeResolution::TenMinute) << QStringLiteral("2026-11-02T23:59:59Z");
        QTest::newRow("day 90 days")
            << int(TimeResolution::Day) << QStringLiteral("2027-01-30T23:59:59Z");
        QTest::newRow("weekday 40 days")
            << int(TimeResolution::Weekday) << QStringLiteral("2026-12-11T23:59:59Z");
        QTest::newRow("total 2 years")
            << int(TimeResolution::Total) << QStringLiteral("2028-11-01T23:59:59Z");
        QTest::newRow("week 2 years")
            << int(TimeResolution::Week) << QStringLiteral("2028-11-01T23:59:59Z");
    }

    void windowsAreContiguousAndNeverOverlap() {
        QFETCH(int, resolution);
        QFETCH(QString, end);
        const auto res = TimeResolution(resolution);
        QString error;
        const TimeRange whole =
            *TimeRange::parse(QStringLiteral("2026-11-02T00:00:00Z"), end, &error);
        const auto windows = Windowing::forResolution(whole, res);
        QVERIFY(windows.size() > 1 || whole.spanSeconds() < maxRangeSeconds(res));
        QCOMPARE(windows.first().start, whole.start);
        QCOMPARE(windows.last().end, whole.end);
        for (int i = 0; i < windows.size(); ++i) {
            QVERIFY(windows.at(i).spanSeconds() < maxRangeSeconds(res));
            if (i > 0)
                QCOMPARE(windows.at(i - 1).end.addSecs(1), windows.at(i).start);
        }
        if (res == TimeResolution::Week)
            QCOMPARE(windows.first().spanSeconds() + 1, 364 * Windowing::Day);
    }

    void rawSessionsAllowExactlySixtyDays() {
        const TimeRange sixty = range("2026-01-01T00:00:00", "2026-03-02T00:00:00");
        QCOMPARE(sixty.spanSeconds(), Windowing::RawSessionsMaxSeconds);
        QCOMPARE(Windowing::split(sixty, Windowing::RawSessionsMaxSeconds, true).size(), 1);
        const TimeRange more = range("2026-01-01T00:00:00", "2026-03-02T00:00:01");
        const auto windows = Windowing::split(more, Windowing::RawSessionsMaxSeconds, true);
        QCOMPARE(windows.size(), 2);
        // The first window uses the whole inclusive limit; zoneless in, zoneless out (raw
        // sessions take wall-clock times).
        QCOMPARE(windows.at(0).spanSeconds(), Windowing::RawSessionsMaxSeconds);
        QCOMPARE(windows.at(1).startText(), QStringLiteral("2026-03-02T00:00:01"));
    }

    //! Health history's 10-day limit is inclusive: 30 days ending "now" are three requests,
    //! not three and a zero-length fourth.
    void inclusiveLimitNeedsNoExtraWindow() {
        const TimeRange thirty = range("2026-10-26T15:00:00Z", "2026-11-25T15:00:00Z");
        const auto windows = Windowing::split(thirty, Windowing::HealthHistoryMaxSeconds, true);
        QCOMPARE(windows.size(), 3);
        for (int i = 0; i < windows.size(); ++i) {
            QVERIFY(windows.at(i).spanSeconds() <= Windowing::HealthHistoryMaxSeconds);
            if (i > 0)
                QCOMPARE(windows.at(i - 1).end.addSecs(1), windows.at(i).start);
        }
        QCOMPARE(windows.last().end, thirty.end);
    }

    void dataStatusTailWindowIsAtLeastFiveMinutes() {
        const TimeRange range10d2m = range("2026-11-01T00:00:00Z", "2026-11-11T00:02:00Z");
        const auto windows = Windowing::forDataStatus(range10d2m);
        QCOMPARE(windows.size(), 2);
        QVERIFY(windows.at(0).spanSeconds() <= Windowing::DataStatusMaxSeconds);
        QCOMPARE(windows.at(1).spanSeconds(), Windowing::DataStatusMinSeconds);
        QCOMPARE(windows.at(1).end, range10d2m.end);
    }

    void batches() {
        QStringList ids;
        for (int i = 0; i < 250; ++i)
            ids.append(QStringLiteral("spc_%1").arg(i));
        const auto batches = Windowing::batches(ids, 100);
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(2).size(), 50);
        QCOMPARE(Windowing::batches({}, 100).size(), 1); // "all spaces" stays one request
    }

    void parsingRejectsDateOnlyAndReversedRanges() {
        QString error;
        QVERIFY(!TimeRange::parse(QStringLiteral("2026-11-01"),
                                  QStringLiteral("2026-11-02T00:00:00"), &error));
        QVERIFY(error.contains(QStringLiteral("2026-11-01")));
        QVERIFY(!TimeRange::parse(QStringLiteral("2026-11-03T00:00:00Z"),
                                  QStringLiteral("2026-11-02T00:00:00Z"), &error));
        QVERIFY(TimeRange::parse(QStringLiteral("2026-11-01T00:00:00.250+02:00"),
                                 QStringLiteral("2026-11-02T00:00:00+02:00"), &error));
    }

    void mergeCombinesTotalsAcrossWindows() {
        MetricBucket a;
        a.key = QStringLiteral("2026-01-01T00:00:00Z");
        a.occupancyAvg = 2.0;
        a.occupancyMax = qint64(5);
        a.timeUsedRaw = qint64(1000);
        a.utilizationAvg = Nullable<double>::null();
        a.upTime = 1.0;
        MetricBucket b = a;
        b.key = QStringLiteral("2026-07-01T00:00:00Z");
        b.occupancyAvg = 4.0;
        b.occupancyMax = qint64(3);
        b.upTime = 0.5;
        const TimeRange first = range("2026-01-01T00:00:00Z", "2026-01-01T00:59:59Z");
        const TimeRange second = range("2026-07-01T00:00:00Z", "2026-07-01T02:59:59Z");
        const MetricsBySpace merged = WindowMerge::merge(
            {{first, {{QStringLiteral("spc_1"), {a}}}}, {second, {{QStringLiteral("spc_1"), {b}}}}},
            TimeResolution::Total);
        const MetricSeries series = merged.value(QStringLiteral("spc_1"));
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first().key, a.key);
        QCOMPARE(series.first().occupancyMax.value(), 5);
        QCOMPARE(series.first().timeUsedRaw.value(), 2000);
        QCOMPARE(series.first().occupancyAvg.value(), (2.0 * 1 + 4.0 * 3) / 4); // weighted by hours
        QVERIFY(series.first().utilizationAvg.isNull()); // capacity unset stays "unset"
        QVERIFY(series.first().entrances.isMissing());
    }

    void mergeKeepsDistinctHourlyBuckets() {
        MetricBucket h0;
        h0.key = QStringLiteral("2026-01-01T00:00:00Z");
        h0.occupancyMax = qint64(1);
        MetricBucket h1 = h0;
        h1.key = QStringLiteral("2026-01-08T00:00:00Z");
        const MetricsBySpace merged = WindowMerge::merge(
            {{range("2026-01-01T00:00:00Z", "2026-01-07T23:59:59Z"), {{QStringLiteral("s"), {h0}}}},
             {range("2026-01-08T00:00:00Z", "2026-01-08T23:59:59Z"),
              {{QStringLiteral("s"), {h1}}}}},
            TimeResolution::Hour);
        QCOMPARE(merged.value(QStringLiteral("s")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWindowing)
#include "tst_windowing.moc"

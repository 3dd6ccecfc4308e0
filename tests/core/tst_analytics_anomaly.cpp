// The anomaly investigator's pure comparison: sessions clipped to bucket boundaries (and
// spanning several), overlapping sessions counted once, both threshold limits, null and missing
// time used, non-occupied and unreadable sessions, bucket periods cut to the range in the
// space's zone, and re-flagging with another threshold.
#include "analytics/anomaly.h"

#include <QtTest>

using namespace Density;

namespace {

QDateTime at(const char *text) {
    const auto parsed = TimeRange::parseTimestamp(QString::fromLatin1(text), nullptr);
    if (!parsed)
        qFatal("bad timestamp in test: %s", text);
    return *parsed;
}

AnomalyBucket bucket(const char *start, const char *end, Nullable<qint64> timeUsedMs) {
    return {QString::fromLatin1(start), at(start), at(end), timeUsedMs};
}

RawSession session(const char *start, const char *end, const char *type = "1") {
    return {QString::fromLatin1(start), QString::fromLatin1(end), QString::fromLatin1(type)};
}

constexpr qint64 Minute = 60 * 1000;

} // namespace

class TestAnalyticsAnomaly : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thresholdNeedsBothLimits() {
        const AnomalyThreshold t;                  // > 5 min and > 20 %
        QVERIFY(t.exceeded(8 * 60, 0));            // 8 min of nothing: flagged
        QVERIFY(!t.exceeded(5 * 60, 0));           // exactly 5 min is not "more than"
        QVERIFY(!t.exceeded(4 * 60, 0));           // 100 % but small
        QVERIFY(!t.exceeded(3600, 3600 - 6 * 60)); // 6 min but only 10 %
        QVERIFY(t.exceeded(3000, 2000));           // 16.7 min and 33 %
        QVERIFY(t.exceeded(0, 10 * 60));           // sessions without metrics count too
        QVERIFY(!t.exceeded(0, 0));
        AnomalyThreshold strict;
        strict.minSeconds = 60;
        strict.minShare = 0.05;
        QVERIFY(strict.exceeded(3600, 3600 - 6 * 60));
    }

    void sessionsAreClippedToBuckets() {
        // Three hours in New York (UTC-5); one session crosses from the first into the second,
        // one lies inside the third, one starts before the first bucket.
        const QList<AnomalyBucket> buckets{
            bucket("2026-11-24T09:00:00-05:00", "2026-11-24T10:00:00-05:00", 40 * Minute),
            bucket("2026-11-24T10:00:00-05:00", "2026-11-24T11:00:00-05:00", 20 * Minute),
            bucket("2026-11-24T11:00:00-05:00", "2026-11-24T12:00:00-05:00", 0)};
        const QList<RawSession> sessions{
            session("2026-11-24T08:50:00-05:00", "2026-11-24T09:10:00-05:00"),
            session("2026-11-24T09:30:00-05:00", "2026-11-24T10:20:00-05:00"),
            // The same instant written in UTC: offsets are honoured.
            session("2026-11-24T16:15:00Z", "2026-11-24T16:15:30Z")};
        const AnomalyReport report = Anomalies::compare(buckets, sessions, {});
        QCOMPARE(report.rows.size(), 3);
        QCOMPARE(report.sessions.size(), 3);
        QCOMPARE(report.rows[0].sessionSeconds, 40.0 * 60); // 10 + 30
        QCOMPARE(report.rows[1].sessionSeconds, 20.0 * 60);
        QCOMPARE(report.rows[2].sessionSeconds, 30.0);
        QCOMPARE(report.rows[0].sessions, (QList<int>{0, 1}));
        QCOMPARE(report.rows[1].sessions, (QList<int>{1}));
        QCOMPARE(report.rows[2].sessions, (QList<int>{2}));
        QCOMPARE(report.outsideSeconds, 10.0 * 60); // 08:50-09:00 is before every bucket
        QCOMPARE(report.flaggedCount, 0);
        for (const AnomalyRow &row : report.rows)
            QCOMPARE(row.status, AnomalyRow::Status::Agrees);
        QCOMPARE(report.rows[0].differenceSeconds(), 0.0);
    }

    void sessionSpanningManyBuckets() {
        QList<AnomalyBucket> buckets;
        for (int h = 0; h < 5; ++h) {
            const QDateTime start = at("2026-11-24T00:00:00Z").addSecs(h * 3600);
            buckets.append({start.toString(Qt::ISODate), start, start.addSecs(3600),
                            h == 2 ? Nullable<qint64>(60 * Minute) : Nullable<qint64>(0)});
        }
        const AnomalyReport report = Anomalies::compare(
            buckets, {session("2026-11-24T01:30:00Z", "2026-11-24T03:15:00Z")}, {});
        QCOMPARE(report.rows[0].sessionSeconds, 0.0);
        QCOMPARE(report.rows[1].sessionSeconds, 30.0 * 60);
        QCOMPARE(report.rows[2].sessionSeconds, 60.0 * 60);
        QCOMPARE(report.rows[3].sessionSeconds, 15.0 * 60);
        QCOMPARE(report.rows[4].sessionSeconds, 0.0);
        // Metrics say nothing in hours 1 and 3 while sessions say 30 and 15 minutes.
        QCOMPARE(report.rows[1].status, AnomalyRow::Status::Flagged);
        QCOMPARE(report.rows[2].status, AnomalyRow::Status::Agrees);
        QCOMPARE(report.rows[3].status, AnomalyRow::Status::Flagged);
        QCOMPARE(report.rows[3].differenceSeconds(), -15.0 * 60);
        QCOMPARE(report.rows[3].differenceShare(), 1.0);
        QCOMPARE(report.flaggedCount, 2);
        for (int r = 1; r <= 3; ++r)
            QCOMPARE(report.rows[r].sessions, QList<int>{0});
        QCOMPARE(report.outsideSeconds, 0.0);
    }

    void ghostTimeWithoutSessionsIsFlagged() {
        // The Waffle case: eight minutes of time used at night and no session.
        const AnomalyReport report = Anomalies::compare(
            {bucket("2026-11-24T02:00:00-05:00", "2026-11-24T03:00:00-05:00", 8 * Minute)}, {}, {});
        QCOMPARE(report.rows[0].status, AnomalyRow::Status::Flagged);
        QCOMPARE(report.rows[0].differenceSeconds(), 8.0 * 60);
        QVERIFY(report.rows[0].sessions.isEmpty());
        QCOMPARE(report.flaggedCount, 1);
    }

    void overlappingSessionsCountOnce() {
        const AnomalyReport report = Anomalies::compare(
            {bucket("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z", 30 * Minute)},
            {session("2026-11-24T09:00:00Z", "2026-11-24T09:20:00Z"),
             session("2026-11-24T09:10:00Z", "2026-11-24T09:30:00Z")},
            {});
        QCOMPARE(report.rows[0].sessionSeconds, 30.0 * 60);
        QCOMPARE(report.rows[0].sessions.size(), 2);
        QCOMPARE(report.rows[0].status, AnomalyRow::Status::Agrees);
    }

    void nullAndMissingTimeUsedAreNotCompared() {
        AnomalyBucket missing =
            bucket("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z", Nullable<qint64>());
        AnomalyBucket null =
            bucket("2026-11-24T10:00:00Z", "2026-11-24T11:00:00Z", Nullable<qint64>::null());
        const AnomalyReport report = Anomalies::compare(
            {missing, null}, {session("2026-11-24T09:00:00Z", "2026-11-24T11:00:00Z")}, {});
        for (const AnomalyRow &row : report.rows) {
            QCOMPARE(row.status, AnomalyRow::Status::NoMetric);
            QVERIFY(!row.metricSeconds);
            QCOMPARE(row.sessionSeconds, 3600.0); // still shown
            QCOMPARE(row.differenceSeconds(), 0.0);
            QVERIFY(!row.isFlagged());
        }
        QCOMPARE(report.flaggedCount, 0);
    }

    void otherSessionTypesAndBadTimesAreLeftOut() {
        const AnomalyReport report =
            Anomalies::compare({bucket("2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z", 0)},
                               {session("2026-11-24T09:00:00Z", "2026-11-24T09:40:00Z", "0"),
                                session("2026-11-24", "2026-11-24T09:40:00Z"),
                                session("2026-11-24T09:40:00Z", "2026-11-24T09:10:00Z")},
                               {});
        QCOMPARE(report.ignoredSessions, 1);
        QCOMPARE(report.unreadableSessions, 2);
        QVERIFY(report.sessions.isEmpty());
        QCOMPARE(report.rows[0].sessionSeconds, 0.0);
        QCOMPARE(report.rows[0].status, AnomalyRow::Status::Agrees);
    }

    void bucketsFromASeriesAreCutToTheRange() {
        // Day buckets in New York across the DST end (1 Nov 2026 has 25 hours), given out of
        // order; the range starts at noon on the first day.
        MetricSeries series;
        for (const char *key : {"2026-11-01T00:00:00-04:00", "2026-10-31T00:00:00-04:00",
                                "2026-11-02T00:00:00-05:00", "3"}) {
            MetricBucket b;
            b.key = QString::fromLatin1(key);
            b.timeUsedRaw = qint64(60 * Minute);
            series.append(b);
        }
        TimeRange range{at("2026-10-31T12:00:00-04:00"), at("2026-11-02T23:59:59-05:00"),
                        TimestampStyle::Offset};
        const QTimeZone newYork("America/New_York");
        const QList<AnomalyBucket> buckets =
            Anomalies::buckets(series, TimeResolution::Day, range, newYork);
        QCOMPARE(buckets.size(), 3); // the index key "3" is dropped
        QCOMPARE(buckets[0].start, range.start);
        QCOMPARE(buckets[0].end, at("2026-11-01T00:00:00-04:00"));
        QCOMPARE(buckets[1].start.secsTo(buckets[1].end), 25 * 3600);
        QCOMPARE(buckets[2].end, range.end.addSecs(1));
        // total is the whole range.
        MetricBucket total;
        total.key = range.startText();
        total.timeUsedRaw = qint64(0);
        const QList<AnomalyBucket> whole =
            Anomalies::buckets({total}, TimeResolution::Total, range, newYork);
        QCOMPARE(whole.size(), 1);
        QCOMPARE(whole[0].start, range.start);
        QCOMPARE(whole[0].end, range.end.addSecs(1));
        // Merged resolutions are compared on the calendar instead.
        QCOMPARE(Anomalies::comparableResolution(TimeResolution::Weekday), TimeResolution::Day);
        QCOMPARE(Anomalies::comparableResolution(TimeResolution::HourOfDay), TimeResolution::Hour);
        QCOMPARE(Anomalies::comparableResolution(TimeResolution::Week), TimeResolution::Week);
    }

    void reclassifyWithAnotherThreshold() {
        AnomalyReport report =
            Anomalies::compare({bucket("2026-11-24T02:00:00Z", "2026-11-24T03:00:00Z", 4 * Minute),
                                bucket("2026-11-24T03:00:00Z", "2026-11-24T04:00:00Z", 8 * Minute)},
                               {}, {});
        QCOMPARE(report.flaggedCount, 1);
        AnomalyThreshold loose;
        loose.minSeconds = 10 * 60;
        Anomalies::reclassify(report, loose);
        QCOMPARE(report.flaggedCount, 0);
        AnomalyThreshold tight;
        tight.minSeconds = 60;
        Anomalies::reclassify(report, tight);
        QCOMPARE(report.flaggedCount, 2);
        QVERIFY(Anomalies::ruleText(tight).contains(QStringLiteral("1 min")));
    }

    void clippedSecondsOfOneSession() {
        const AnomalySession s{at("2026-11-24T09:50:00Z"), at("2026-11-24T10:05:00Z")};
        QCOMPARE(s.seconds(), 15 * 60);
        QCOMPARE(
            Anomalies::clippedSeconds(s, at("2026-11-24T10:00:00Z"), at("2026-11-24T11:00:00Z")),
            5.0 * 60);
        QCOMPARE(
            Anomalies::clippedSeconds(s, at("2026-11-24T11:00:00Z"), at("2026-11-24T12:00:00Z")),
            0.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsAnomaly)
#include "tst_analytics_anomaly.moc"

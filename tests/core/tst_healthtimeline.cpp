// HealthTimeline::segments(): the status at the range start, merged repeats, clipping to the
// range, and an honest "unknown (no data)" before the first known status.
#include "analytics/healthtimeline.h"

#include <QtTest>

using namespace Density;

namespace {

QDateTime utc(int day, int hour = 0) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

SensorHealthChange change(const QDateTime &at, HealthStatus status) {
    SensorHealthChange c;
    c.timestamp = at.toString(Qt::ISODate);
    c.status = status;
    c.statusText = healthStatusToString(status);
    return c;
}

TimeRange range(const QDateTime &start, const QDateTime &end) {
    TimeRange r;
    r.start = start;
    r.end = end;
    return r;
}

} // namespace

class TestHealthTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusAtStartFromEarlierChange() {
        // The last change before the range sets the first segment; it starts at range.start.
        const QList<SensorHealthChange> changes{change(utc(1), HealthStatus::Healthy),
                                                change(utc(3), HealthStatus::Offline),
                                                change(utc(12), HealthStatus::Healthy)};
        const auto segments = HealthTimeline::segments(changes, range(utc(10), utc(20)));
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].start, utc(10));
        QCOMPARE(segments[0].end, utc(12));
        QCOMPARE(segments[0].status, HealthStatus::Offline);
        QVERIFY(segments[0].atRangeStart);
        QVERIFY(!segments[0].noData);
        QCOMPARE(segments[1].start, utc(12));
        QCOMPARE(segments[1].end, utc(20));
        QCOMPARE(segments[1].status, HealthStatus::Healthy);
        QVERIFY(!segments[1].atRangeStart);
    }

    void statusAtStartFromFirstEntryAtStart() {
        // The simulator and the API restate the status at each window's start.
        const QList<SensorHealthChange> changes{change(utc(10), HealthStatus::Degraded),
                                                change(utc(11, 6), HealthStatus::Healthy)};
        const auto segments = HealthTimeline::segments(changes, range(utc(10), utc(12)));
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].status, HealthStatus::Degraded);
        QVERIFY(segments[0].atRangeStart);
        QVERIFY(!segments[0].noData);
        QCOMPARE(segments[0].durationSeconds(), qint64(30 * 3600));
    }

    void adjacentDuplicatesMerged() {
        // Stitched 10-day windows: each restates "healthy" at its start.
        const QList<SensorHealthChange> changes{
            change(utc(1), HealthStatus::Healthy), change(utc(2, 5), HealthStatus::Offline),
            change(utc(2, 7), HealthStatus::Healthy), change(utc(11), HealthStatus::Healthy),
            change(utc(21), HealthStatus::Healthy)};
        const auto segments = HealthTimeline::segments(changes, range(utc(1), utc(25)));
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[2].start, utc(2, 7));
        QCOMPARE(segments[2].end, utc(25));
        QCOMPARE(segments[2].status, HealthStatus::Healthy);
        QCOMPARE(segments[1].status, HealthStatus::Offline);
        QCOMPARE(segments[1].durationSeconds(), qint64(2 * 3600));
    }

    void clippedToRange() {
        // Unsorted input; changes after the end are ignored; the last segment ends at the end.
        const QList<SensorHealthChange> changes{change(utc(18), HealthStatus::Offline),
                                                change(utc(5), HealthStatus::Healthy),
                                                change(utc(8), HealthStatus::Degraded)};
        const auto segments = HealthTimeline::segments(changes, range(utc(6), utc(15)));
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].start, utc(6));
        QCOMPARE(segments[0].status, HealthStatus::Healthy);
        QCOMPARE(segments[1].status, HealthStatus::Degraded);
        QCOMPARE(segments[1].end, utc(15));
        QCOMPARE(HealthTimeline::segmentAt(segments, utc(9))->status, HealthStatus::Degraded);
        QCOMPARE(HealthTimeline::segmentAt(segments, utc(15)), nullptr);
    }

    void unknownBeforeFirstData() {
        const QList<SensorHealthChange> changes{change(utc(12), HealthStatus::Healthy),
                                                change(utc(14), HealthStatus::Offline)};
        const auto segments = HealthTimeline::segments(changes, range(utc(10), utc(20)));
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[0].start, utc(10));
        QCOMPARE(segments[0].end, utc(12));
        QCOMPARE(segments[0].status, HealthStatus::Unknown);
        QVERIFY(segments[0].noData);
        QVERIFY(segments[0].atRangeStart);
        QCOMPARE(segments[1].status, HealthStatus::Healthy);
        QVERIFY(!segments[1].noData);

        // No history at all: one "no data" segment over the whole range, never "healthy".
        const auto empty = HealthTimeline::segments({}, range(utc(10), utc(20)));
        QCOMPARE(empty.size(), 1);
        QVERIFY(empty[0].noData);
        QCOMPARE(empty[0].status, HealthStatus::Unknown);

        // A reported "unknown" is data: it merges with nothing before it and is not noData.
        const auto reported = HealthTimeline::segments({change(utc(10), HealthStatus::Unknown)},
                                                       range(utc(10), utc(20)));
        QCOMPARE(reported.size(), 1);
        QVERIFY(!reported[0].noData);
    }

    void unreadableTimestampsAndEmptyRange() {
        SensorHealthChange broken;
        broken.timestamp = QStringLiteral("yesterday");
        broken.status = HealthStatus::Offline;
        const auto segments = HealthTimeline::segments(
            {broken, change(utc(10), HealthStatus::Healthy)}, range(utc(10), utc(11)));
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments[0].status, HealthStatus::Healthy);
        QVERIFY(HealthTimeline::segments({}, range(utc(11), utc(10))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthTimeline)
#include "tst_healthtimeline.moc"

#include "anomaly.h"

#include "bucketkey.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace Density {
namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::Anomalies)
};

using Interval = std::pair<qint64, qint64>; // epoch ms, [first, second)

//! Length of the union of `intervals` (sorted here).
qint64 unionLength(std::vector<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    qint64 reach = std::numeric_limits<qint64>::min();
    for (const auto &[a, b] : intervals) {
        const qint64 from = std::max(a, reach);
        if (b > from)
            total += b - from;
        reach = std::max(reach, b);
    }
    return total;
}

} // namespace

bool AnomalyThreshold::exceeded(double metricSeconds, double sessionSeconds) const {
    const double difference = std::abs(metricSeconds - sessionSeconds);
    const double larger = std::max(metricSeconds, sessionSeconds);
    return difference > double(minSeconds) && difference > minShare * larger;
}

double AnomalyRow::differenceShare() const {
    if (!metricSeconds)
        return 0;
    const double larger = std::max(*metricSeconds, sessionSeconds);
    return larger > 0 ? std::abs(*metricSeconds - sessionSeconds) / larger : 0;
}

namespace Anomalies {

TimeResolution comparableResolution(TimeResolution resolution) {
    switch (resolution) {
    case TimeResolution::Weekday:
        return TimeResolution::Day;
    case TimeResolution::HourOfDay:
        return TimeResolution::Hour;
    default:
        return resolution;
    }
}

QList<AnomalyBucket> buckets(const MetricSeries &series, TimeResolution resolution,
                             const TimeRange &range, const QTimeZone &zone) {
    QList<AnomalyBucket> out;
    // end_date is inclusive to the second: the range covers [start, end + 1 s).
    const QDateTime rangeEnd = range.end.addSecs(1);
    for (const MetricBucket &bucket : BucketKey::chronological(series)) {
        AnomalyBucket b;
        b.key = bucket.key;
        b.timeUsedMs = bucket.timeUsedRaw;
        if (resolution == TimeResolution::Total) {
            b.start = range.start;
            b.end = rangeEnd;
        } else {
            const auto period = BucketKey::period(bucket.key, resolution, zone);
            if (!period)
                continue;
            b.start = std::max(period->first, range.start);
            b.end = std::min(period->second, rangeEnd);
        }
        if (b.end <= b.start)
            continue;
        out.append(b);
    }
    return out;
}

QList<AnomalySession> occupiedSessions(const QList<RawSession> &sessions, int *ignored,
                                       int *unreadable) {
    QList<AnomalySession> out;
    for (const RawSession &raw : sessions) {
        if (!raw.isOccupied()) {
            if (ignored)
                ++*ignored;
            continue;
        }
        const auto start = TimeRange::parseTimestamp(raw.startTime, nullptr);
        const auto end = TimeRange::parseTimestamp(raw.endTime, nullptr);
        if (!start || !end || *end < *start) {
            if (unreadable)
                ++*unreadable;
            continue;
        }
        out.append({*start, *end});
    }
    std::stable_sort(out.begin(), out.end(), [](const AnomalySession &a, const AnomalySession &b) {
        return a.start < b.start;
    });
    return out;
}

double clippedSeconds(const AnomalySession &session, const QDateTime &from, const QDateTime &to) {
    const qint64 a = std::max(session.start, from).toMSecsSinceEpoch();
    const qint64 b = std::min(session.end, to).toMSecsSinceEpoch();
    return b > a ? double(b - a) / 1000.0 : 0.0;
}

AnomalyReport compare(const QList<AnomalyBucket> &buckets, const QList<RawSession> &sessions,
                      const AnomalyThreshold &threshold) {
    AnomalyReport report;
    report.sessions =
        occupiedSessions(sessions, &report.ignoredSessions, &report.unreadableSessions);

    std::vector<std::vector<Interval>> parts(std::size_t(buckets.size()));
    report.rows.reserve(buckets.size());
    for (const AnomalyBucket &bucket : buckets) {
        AnomalyRow row;
        row.key = bucket.key;
        row.start = bucket.start;
        row.end = bucket.end;
        if (bucket.timeUsedMs.hasValue())
            row.metricSeconds = double(bucket.timeUsedMs.value()) / 1000.0;
        report.rows.append(row);
    }

    // Buckets are in time order and do not overlap: for each session, find the first bucket
    // that ends after it starts and walk on while buckets start before it ends.
    for (qsizetype i = 0; i < report.sessions.size(); ++i) {
        const AnomalySession &session = report.sessions.at(i);
        const qint64 s = session.start.toMSecsSinceEpoch();
        const qint64 e = session.end.toMSecsSinceEpoch();
        const auto first = std::partition_point(
            buckets.cbegin(), buckets.cend(),
            [&session](const AnomalyBucket &b) { return b.end <= session.start; });
        qint64 inside = 0;
        for (auto it = first; it != buckets.cend() && it->start < session.end; ++it) {
            const qint64 a = std::max(s, it->start.toMSecsSinceEpoch());
            const qint64 b = std::min(e, it->end.toMSecsSinceEpoch());
            const auto index = std::size_t(it - buckets.cbegin());
            if (b > a) {
                parts[index].emplace_back(a, b);
                inside += b - a;
            }
            // A zero-length session at a bucket's start still belongs to that bucket.
            if (b > a || (s == e && s >= it->start.toMSecsSinceEpoch()))
                report.rows[qsizetype(index)].sessions.append(int(i));
        }
        report.outsideSeconds += double(std::max<qint64>(0, (e - s) - inside)) / 1000.0;
    }
    for (qsizetype r = 0; r < report.rows.size(); ++r)
        report.rows[r].sessionSeconds = double(unionLength(parts[std::size_t(r)])) / 1000.0;
    reclassify(report, threshold);
    return report;
}

void reclassify(AnomalyReport &report, const AnomalyThreshold &threshold) {
    report.flaggedCount = 0;
    for (AnomalyRow &row : report.rows) {
        if (!row.metricSeconds) {
            row.status = AnomalyRow::Status::NoMetric;
            continue;
        }
        row.status = threshold.exceeded(*row.metricSeconds, row.sessionSeconds)
                         ? AnomalyRow::Status::Flagged
                         : AnomalyRow::Status::Agrees;
        if (row.isFlagged())
            ++report.flaggedCount;
    }
}

QString ruleText(const AnomalyThreshold &threshold) {
    const QLocale locale;
    const qint64 minutes = threshold.minSeconds / 60;
    const qint64 seconds = threshold.minSeconds % 60;
    const QString amount =
        seconds == 0
            ? Tr::tr("%n min", "absolute limit", int(minutes))
            : Tr::tr("%1 min %2 s").arg(locale.toString(minutes), locale.toString(seconds));
    //: %1 "5 min", %2 "20 %" (a percentage written for the locale).
    return Tr::tr("A bucket is flagged when the metrics' time used and the total of its raw "
                  "sessions differ by more than %1 and by more than %2 of the larger of the two.")
        .arg(amount, locale.toString(qRound(threshold.minShare * 100)) + locale.percent());
}

} // namespace Anomalies
} // namespace Density

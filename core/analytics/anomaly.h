#pragma once

#include "model/metrics.h"
#include "model/query.h"
#include "model/sessions.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

//! Metrics against raw sessions (issue 5, "anomaly investigator"). The metrics endpoints' time
//! used and the raw sessions are computed differently (REFERENCE §3.4); Waffle spaces in
//! particular can report minutes of time used with no session behind them. This compares the
//! two bucket by bucket: each occupied session is clipped to the bucket's boundaries and the
//! clipped parts are totalled (overlapping sessions count once), then the difference is tested
//! against a threshold. Pure functions; the caller fetches and the model displays.
namespace Density {

//! A bucket is flagged when the two disagree by more than *both* limits: an absolute one (small
//! differences are rounding and detection noise) and a share of the larger of the two (an hour
//! of difference in a month means little). Defaults: more than 5 minutes and more than 20 %.
struct AnomalyThreshold {
    static constexpr int DefaultMinutes = 5;
    static constexpr int DefaultPercent = 20;

    qint64 minSeconds = DefaultMinutes * 60;
    double minShare = DefaultPercent / 100.0; //!< 0..1, of max(metric, sessions)

    //! True when |metric - sessions| is above both limits.
    bool exceeded(double metricSeconds, double sessionSeconds) const;
};

//! One bucket to compare: [start, end) and the metrics' time used for it.
struct AnomalyBucket {
    QString key; //!< as the API sent it
    QDateTime start;
    QDateTime end;
    Nullable<qint64> timeUsedMs; //!< null or missing when the API reported no value
};

//! One occupied session with its times parsed (the space's offset kept for display).
struct AnomalySession {
    QDateTime start;
    QDateTime end;
    qint64 seconds() const { return start.secsTo(end); }
};

struct AnomalyRow {
    enum class Status {
        Agrees,   //!< within the threshold
        Flagged,  //!< disagrees beyond the threshold
        NoMetric, //!< time_used null or missing: nothing to compare
    };

    QString key;
    QDateTime start;
    QDateTime end;
    std::optional<double> metricSeconds; //!< nullopt = no metric value
    double sessionSeconds = 0;           //!< clipped to the bucket, overlaps counted once
    Status status = Status::Agrees;
    QList<int> sessions; //!< indices into the session list: sessions overlapping the bucket

    bool isFlagged() const { return status == Status::Flagged; }
    //! metric - sessions in seconds (positive: the metrics report more); 0 without a metric.
    double differenceSeconds() const { return metricSeconds ? *metricSeconds - sessionSeconds : 0; }
    //! |difference| / max(metric, sessions), 0..1; 0 when both are 0 or there is no metric.
    double differenceShare() const;
};

//! What the comparison found besides the rows.
struct AnomalyReport {
    QList<AnomalyRow> rows;
    QList<AnomalySession> sessions; //!< occupied sessions, in time order
    int flaggedCount = 0;
    int ignoredSessions = 0;    //!< session_type other than "1" (not occupied)
    int unreadableSessions = 0; //!< timestamps that do not parse, or end before start
    double outsideSeconds = 0;  //!< session time falling in no bucket (e.g. outside the range)
};

namespace Anomalies {

//! The resolutions whose buckets lie on the calendar and can be compared with sessions:
//! weekday and hour-of-day merge many days into one bucket, so they are replaced by day and
//! hour (the caller says so); every other resolution is itself.
TimeResolution comparableResolution(TimeResolution resolution);

//! Buckets of a time-used series in time order, each cut to the inclusive `range` (a week or
//! month bucket may start before it). `total` covers the whole range; index keys (weekday,
//! hour of day) and unreadable keys are dropped.
QList<AnomalyBucket> buckets(const MetricSeries &series, TimeResolution resolution,
                             const TimeRange &range, const QTimeZone &zone);

//! Occupied sessions ("1") in time order; counts those left out in the report's fields.
QList<AnomalySession> occupiedSessions(const QList<RawSession> &sessions, int *ignored,
                                       int *unreadable);

//! The comparison: one row per bucket.
AnomalyReport compare(const QList<AnomalyBucket> &buckets, const QList<RawSession> &sessions,
                      const AnomalyThreshold &threshold);

//! Re-applies another threshold to rows already compared (the user moved a slider).
void reclassify(AnomalyReport &report, const AnomalyThreshold &threshold);

//! Seconds of `session` inside [from, to).
double clippedSeconds(const AnomalySession &session, const QDateTime &from, const QDateTime &to);

//! The rule in words for the page and the export: "Flagged when the metrics' time used and
//! the sessions differ by more than 5 min and by more than 20 % of the larger."
QString ruleText(const AnomalyThreshold &threshold);

} // namespace Anomalies
} // namespace Density

#pragma once

#include "model/health.h"
#include "model/query.h"

#include <QDateTime>
#include <QList>

namespace Density {

//! One stretch of a sensor's health timeline, [start, end).
struct HealthSegment {
    QDateTime start;
    QDateTime end;
    HealthStatus status = HealthStatus::Unknown;
    //! The first segment of a row: the status already in force when the range began.
    bool atRangeStart = false;
    //! No history entry says what the status was (before the first known change). Shown as
    //! Unknown, but told apart from a sensor the API itself reports as "unknown".
    bool noData = false;

    qint64 durationSeconds() const { return start.secsTo(end); }
};

//! Turns a sensor's health history (status changes, as the client stitches them from 10-day
//! windows) into the segments a timeline draws. Pure, so the rules are unit-tested:
//! - the first segment starts at range.start with the status in force then: that of the last
//!   change at or before range.start; if there is none, "unknown (no data)" until the first
//!   change inside the range — never a guess;
//! - each window restates the status at its start, so repeated statuses merge into one segment;
//! - changes outside the range are clipped away; entries with unreadable timestamps are skipped;
//! - the last segment ends at range.end.
//! The changes need not be sorted.
namespace HealthTimeline {

QList<HealthSegment> segments(const QList<SensorHealthChange> &changes, const TimeRange &range);

//! The segment covering `at`, or nullptr.
const HealthSegment *segmentAt(const QList<HealthSegment> &segments, const QDateTime &at);

} // namespace HealthTimeline
} // namespace Density

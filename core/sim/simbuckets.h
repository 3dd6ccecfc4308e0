#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace Density::Sim {

class SimZone;

enum class Resolution {
    Total,
    Minute,
    TenMinute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Weekday,
    HourOfDay
};

std::optional<Resolution> resolutionFromName(const QString &name);
QString resolutionName(Resolution resolution);

//! operating_hours after validation. days: bit d set = weekday d (0 = Sunday) is included.
//! start inclusive, end exclusive, in the space's own time zone. start > end wraps past
//! midnight (the part after midnight belongs to the day it started on). start == end means
//! "no filter": the documented sample {"days":[0],"start_hour":0,"end_hour":0} would otherwise
//! select nothing on the Wednesday it queries, so we read it as a placeholder.
struct SimOperatingHours {
    bool active = false;
    int dayMask = 0x7f;
    int startHour = 0;
    int endHour = 24;
};

//! Part of a bucket that counts: bucket ∩ query window ∩ operating hours.
struct SimSlice {
    int bucket = 0;
    qint64 from = 0;
    qint64 to = 0;
};

//! Buckets of one query in one time zone; shared by every space in that zone.
//!
//! Key conventions (our proposal where REFERENCE §4.2/§13 is unconfirmed):
//!  * total: the request's start_date string, verbatim;
//!  * minute, 10minute, hour, day, week, month, year: the bucket's nominal start in the space's
//!    zone with its UTC offset, "2026-11-24T09:00:00-05:00" (weeks start on Sunday, like
//!    operating_hours day 0; 10-minute marks are wall-clock aligned);
//!  * weekday: "0".."6" (0 = Sunday); hour_of_day: "0".."23" (local hour).
//! lengths[b] is the bucket length B in ms used for time_used_percentage and up_time: the part
//! of the bucket inside both the window and the operating hours. Buckets with B == 0 are not
//! reported.
struct SimBucketPlan {
    QVector<QString> keys;
    QVector<qint64> lengths;
    QVector<SimSlice> slices; //!< sorted by time, non-overlapping
};

SimBucketPlan planBuckets(Resolution resolution, qint64 from, qint64 to, const SimZone &zone,
                          const SimOperatingHours &hours, const QString &totalKey);

//! The intervals of [from, to) inside the operating hours, sorted.
QVector<QPair<qint64, qint64>> activeIntervals(qint64 from, qint64 to, const SimZone &zone,
                                               const SimOperatingHours &hours);

} // namespace Density::Sim

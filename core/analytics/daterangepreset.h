#pragma once

#include "model/query.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <optional>

namespace Density {

//! The date presets of the analytics views. "Last N days" are the N *complete* days before
//! today: today is still filling in (and the API lags by minutes to hours), so mixing it in
//! would drag every average down. "Today" is its own preset for that.
enum class DateRangePreset { Today, Yesterday, Last7Days, Last30Days, LastFullMonth, Custom };

//! An inclusive run of local calendar days.
struct LocalDays {
    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    qint64 count() const { return isValid() ? first.daysTo(last) + 1 : 0; }
    bool operator==(const LocalDays &other) const {
        return first == other.first && last == other.last;
    }
};

namespace DateRanges {

//! Every preset, in menu order.
QList<DateRangePreset> presets();
//! The preset's menu text ("Last 7 days"), translated.
QString presetName(DateRangePreset preset);

//! The local days a preset covers, seen from `now` in `zone` (the space's own zone; an invalid
//! zone means UTC). `custom` is returned as given for DateRangePreset::Custom.
LocalDays presetDays(DateRangePreset preset, const QDateTime &now, const QTimeZone &zone,
                     const LocalDays &custom = {});

//! From the start of `days.first` to 23:59:59 of `days.last` in `zone`, written with the
//! zone's offset at each end ("2026-11-02T00:00:00-05:00"), so the API and the simulator cut
//! the same instants on any machine. Local midnight inside a DST gap starts at the first
//! existing instant. nullopt for invalid days.
std::optional<TimeRange> rangeForDays(const LocalDays &days, const QTimeZone &zone);

//! presetDays() then rangeForDays().
std::optional<TimeRange> presetRange(DateRangePreset preset, const QDateTime &now,
                                     const QTimeZone &zone, const LocalDays &custom = {});

//! The resolution the views start with (the user can override it). Finest resolution whose
//! point count stays readable; a day of slack absorbs DST days:
//!
//!   span up to      resolution  points    requests (API cap, REFERENCE §3)
//!   1 day + 1 h     10minute    <= 150    1 (2 on a 25-hour day; cap < 1 day)
//!   7 days + 1 h    hour        <= 169    1 (2 across autumn DST; cap < 7 days)
//!   92 days + 1 h   day         <= 92     1 per 31 days (cap < 31 days)
//!   366 days + 1 h  week        <= 54     1 (2 for a leap year; cap < 365 days)
//!   longer          month       12 / yr   1 per 365 days
//!
//! Day reaches a quarter, though it needs up to three requests, because weekly points hide the
//! weekday/weekend rhythm that a quarter's chart is read for.
TimeResolution autoResolution(const TimeRange &range);

//! Roughly how many buckets a range yields at a resolution (for "too many points" warnings
//! when the user overrides the automatic choice). 0 for an invalid range.
qint64 estimatedBuckets(const TimeRange &range, TimeResolution resolution);

} // namespace DateRanges
} // namespace Density

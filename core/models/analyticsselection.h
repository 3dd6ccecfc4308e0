#pragma once

#include "model/query.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace Density {

enum class DateRangePreset { Today, Yesterday, Last7Days, Last30Days, LastFullMonth, Custom };

//! What the analytics pages ask for: the spaces, the date range (a preset or a custom range),
//! the resolution (automatic unless overridden) and the operating hours. A value class without
//! widgets, so the query bar, the pages and the tests share one definition of "the query".
struct AnalyticsSelection {
    QStringList spaceIds;
    DateRangePreset preset = DateRangePreset::Last7Days;
    //! Used when preset == Custom: wall-clock times in the space's time zone.
    QDateTime customStart;
    QDateTime customEnd;
    std::optional<TimeResolution> resolution; //!< nullopt = chosen from the range
    OperatingHours operatingHours;            //!< default Mon–Fri 08:00–18:00

    //! The concrete range in UTC for `now`, with day boundaries in `zone` (the space's own).
    TimeRange range(const QDateTime &now, const QTimeZone &zone) const;
    //! The override, or the automatic choice for the range's span.
    TimeResolution effectiveResolution(const QDateTime &now, const QTimeZone &zone) const;

    bool operator==(const AnalyticsSelection &other) const;
    bool operator!=(const AnalyticsSelection &other) const { return !(*this == other); }
};

//! The one place where presets become ranges. Day boundaries are midnights in `zone`; the
//! "last N days" presets are the N complete days before today, so a partial today does not
//! drag averages down. To be replaced by core/analytics' date-range helper once it lands.
TimeRange resolveDateRange(DateRangePreset preset, const QDateTime &now, const QTimeZone &zone,
                           const QDateTime &customStart = {}, const QDateTime &customEnd = {});

//! A resolution that keeps a chart readable (tens to a few hundred buckets) for the span.
TimeResolution autoResolution(qint64 spanSeconds);

QString dateRangePresetText(DateRangePreset preset);
QString timeResolutionText(TimeResolution resolution);
//! "Mon–Fri 08:00–18:00" (days in the API's numbering, shown Monday first).
QString operatingHoursText(const OperatingHours &hours);
//! The time basis as always displayed: "Mon–Fri 08:00–18:00, America/New_York (the space's
//! time zone)". `timeZones` are the selected spaces' zones, empty strings for unset ones.
QString operatingHoursSummary(const OperatingHours &hours, const QStringList &timeZones);

} // namespace Density

#pragma once

#include "analytics/daterangepreset.h"
#include "model/query.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace Density {

//! What the analytics pages ask for: the spaces, the date range (a preset or custom days),
//! the resolution (automatic unless overridden) and the operating hours. A value class without
//! widgets, so the query bar, the pages and the tests share one definition of "the query".
//! The calendar arithmetic is core/analytics' DateRanges; this only holds the choices.
struct AnalyticsSelection {
    QStringList spaceIds;
    DateRangePreset preset = DateRangePreset::Last7Days;
    LocalDays customDays;                     //!< used when preset == Custom
    std::optional<TimeResolution> resolution; //!< nullopt = chosen from the range
    OperatingHours operatingHours;            //!< default Mon–Fri 08:00–18:00

    //! The range for `now` with day boundaries in `zone` (the space's own); nullopt for an
    //! invalid custom range.
    std::optional<TimeRange> range(const QDateTime &now, const QTimeZone &zone) const;
    //! The override, or the automatic choice for the range.
    TimeResolution effectiveResolution(const QDateTime &now, const QTimeZone &zone) const;

    bool operator==(const AnalyticsSelection &other) const;
    bool operator!=(const AnalyticsSelection &other) const { return !(*this == other); }
};

//! A resolution as a menu item: "10 minutes", "Hour", "Day of the week"...
QString timeResolutionText(TimeResolution resolution);
//! The time basis as always displayed: "Mon–Fri 08:00–18:00, America/New_York (the space's
//! time zone)". `timeZones` are the selected spaces' zones, empty strings for unset ones (UTC
//! then stands in, and the text says so).
QString operatingHoursSummary(const OperatingHours &hours, const QStringList &timeZones);

} // namespace Density

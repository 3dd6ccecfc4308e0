#include "analyticsselection.h"

#include "analytics/timebasis.h"

#include <QCoreApplication>
#include <QLocale>

namespace Density {
namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::AnalyticsSelection)
};

} // namespace

std::optional<TimeRange> AnalyticsSelection::range(const QDateTime &now,
                                                   const QTimeZone &zone) const {
    return DateRanges::presetRange(preset, now, zone, customDays);
}

TimeResolution AnalyticsSelection::effectiveResolution(const QDateTime &now,
                                                       const QTimeZone &zone) const {
    if (resolution)
        return *resolution;
    const std::optional<TimeRange> r = range(now, zone);
    return r ? DateRanges::autoResolution(*r) : TimeResolution::Day;
}

bool AnalyticsSelection::operator==(const AnalyticsSelection &other) const {
    const bool customEqual = preset != DateRangePreset::Custom || customDays == other.customDays;
    return spaceIds == other.spaceIds && preset == other.preset && customEqual &&
           resolution == other.resolution && operatingHours.days == other.operatingHours.days &&
           operatingHours.startHour == other.operatingHours.startHour &&
           operatingHours.endHour == other.operatingHours.endHour;
}

QString timeResolutionText(TimeResolution resolution) {
    switch (resolution) {
    case TimeResolution::Total:
        return Tr::tr("Whole range");
    case TimeResolution::Minute:
        return Tr::tr("1 minute");
    case TimeResolution::TenMinute:
        return Tr::tr("10 minutes");
    case TimeResolution::Hour:
        return Tr::tr("Hour");
    case TimeResolution::Day:
        return Tr::tr("Day");
    case TimeResolution::Week:
        return Tr::tr("Week");
    case TimeResolution::Month:
        return Tr::tr("Month");
    case TimeResolution::Year:
        return Tr::tr("Year");
    case TimeResolution::Weekday:
        return Tr::tr("Day of the week");
    case TimeResolution::HourOfDay:
        return Tr::tr("Hour of the day");
    }
    return {};
}

QString operatingHoursSummary(const OperatingHours &hours, const QStringList &timeZones) {
    QStringList zones;
    bool unset = false;
    for (const QString &zone : timeZones) {
        if (zone.isEmpty())
            unset = true;
        else if (!zones.contains(zone))
            zones.append(zone);
    }
    QString basis;
    if (timeZones.isEmpty())
        basis = Tr::tr("in each space's own time zone");
    else if (zones.isEmpty())
        basis = TimeBasis::timeZoneText(QTimeZone::utc(), true);
    else if (zones.size() == 1 && !unset)
        basis = timeZones.size() == 1 ? Tr::tr("%1 (the space's time zone)").arg(zones.first())
                                      : Tr::tr("%1 (the spaces' time zone)").arg(zones.first());
    else if (unset)
        basis = Tr::tr("each space's own time zone (%1; UTC where none is set)")
                    .arg(zones.join(Tr::tr(", ")));
    else
        basis = Tr::tr("each space's own time zone (%1)").arg(zones.join(Tr::tr(", ")));
    //: %1 operating hours such as "Mon–Fri 08:00–18:00", %2 the time zone they apply in.
    return Tr::tr("%1, %2").arg(TimeBasis::operatingHoursText(hours, QLocale()), basis);
}

} // namespace Density

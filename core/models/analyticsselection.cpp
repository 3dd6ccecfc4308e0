#include "analyticsselection.h"

#include <QCoreApplication>
#include <QLocale>

namespace Density {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Density::AnalyticsSelection", text);
}

//! Midnight at the start of `date` in `zone`, as UTC. A zone that skips midnight (DST at
//! 00:00 in some countries) gives the first valid instant of the day.
QDateTime localMidnight(const QDate &date, const QTimeZone &zone) {
    QDateTime midnight(date, QTime(0, 0), zone);
    if (!midnight.isValid())
        midnight = QDateTime(date, QTime(1, 0), zone);
    return midnight.toUTC();
}

} // namespace

TimeRange resolveDateRange(DateRangePreset preset, const QDateTime &now, const QTimeZone &zone,
                           const QDateTime &customStart, const QDateTime &customEnd) {
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const QDate today = now.toTimeZone(tz).date();
    TimeRange range;
    range.style = TimestampStyle::Utc;
    switch (preset) {
    case DateRangePreset::Today:
        range.start = localMidnight(today, tz);
        range.end = now.toUTC();
        break;
    case DateRangePreset::Yesterday:
        range.start = localMidnight(today.addDays(-1), tz);
        range.end = localMidnight(today, tz);
        break;
    case DateRangePreset::Last7Days:
        range.start = localMidnight(today.addDays(-7), tz);
        range.end = localMidnight(today, tz);
        break;
    case DateRangePreset::Last30Days:
        range.start = localMidnight(today.addDays(-30), tz);
        range.end = localMidnight(today, tz);
        break;
    case DateRangePreset::LastFullMonth: {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        range.start = localMidnight(firstOfThisMonth.addMonths(-1), tz);
        range.end = localMidnight(firstOfThisMonth, tz);
        break;
    }
    case DateRangePreset::Custom:
        // The edits show wall-clock time in the space's zone; reinterpret, do not convert.
        range.start = QDateTime(customStart.date(), customStart.time(), tz).toUTC();
        range.end = QDateTime(customEnd.date(), customEnd.time(), tz).toUTC();
        if (range.end < range.start)
            std::swap(range.start, range.end);
        break;
    }
    return range;
}

TimeResolution autoResolution(qint64 spanSeconds) {
    constexpr qint64 day = 24 * 3600;
    if (spanSeconds <= 2 * day)
        return TimeResolution::TenMinute;
    if (spanSeconds <= 14 * day)
        return TimeResolution::Hour;
    if (spanSeconds <= 180 * day)
        return TimeResolution::Day;
    if (spanSeconds <= 2 * 366 * day)
        return TimeResolution::Week;
    return TimeResolution::Month;
}

TimeRange AnalyticsSelection::range(const QDateTime &now, const QTimeZone &zone) const {
    return resolveDateRange(preset, now, zone, customStart, customEnd);
}

TimeResolution AnalyticsSelection::effectiveResolution(const QDateTime &now,
                                                       const QTimeZone &zone) const {
    if (resolution)
        return *resolution;
    return autoResolution(range(now, zone).spanSeconds());
}

bool AnalyticsSelection::operator==(const AnalyticsSelection &other) const {
    const bool customEqual = preset != DateRangePreset::Custom ||
                             (customStart == other.customStart && customEnd == other.customEnd);
    return spaceIds == other.spaceIds && preset == other.preset && customEqual &&
           resolution == other.resolution && operatingHours.days == other.operatingHours.days &&
           operatingHours.startHour == other.operatingHours.startHour &&
           operatingHours.endHour == other.operatingHours.endHour;
}

QString dateRangePresetText(DateRangePreset preset) {
    switch (preset) {
    case DateRangePreset::Today:
        return tr("Today");
    case DateRangePreset::Yesterday:
        return tr("Yesterday");
    case DateRangePreset::Last7Days:
        return tr("Last 7 days");
    case DateRangePreset::Last30Days:
        return tr("Last 30 days");
    case DateRangePreset::LastFullMonth:
        return tr("Last full month");
    case DateRangePreset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString timeResolutionText(TimeResolution resolution) {
    switch (resolution) {
    case TimeResolution::Total:
        return tr("Whole range");
    case TimeResolution::Minute:
        return tr("1 minute");
    case TimeResolution::TenMinute:
        return tr("10 minutes");
    case TimeResolution::Hour:
        return tr("Hour");
    case TimeResolution::Day:
        return tr("Day");
    case TimeResolution::Week:
        return tr("Week");
    case TimeResolution::Month:
        return tr("Month");
    case TimeResolution::Year:
        return tr("Year");
    case TimeResolution::Weekday:
        return tr("Day of the week");
    case TimeResolution::HourOfDay:
        return tr("Hour of the day");
    }
    return {};
}

QString operatingHoursText(const OperatingHours &hours) {
    // Monday first, as people read a working week; the API numbers Sunday 0.
    static constexpr int order[] = {1, 2, 3, 4, 5, 6, 0};
    const QLocale locale;
    auto dayName = [&locale](int apiDay) {
        return locale.dayName(apiDay == 0 ? 7 : apiDay, QLocale::ShortFormat);
    };
    QStringList parts;
    int runStart = -1;
    for (int i = 0; i <= 7; ++i) {
        const bool on = i < 7 && hours.days.contains(order[i]);
        if (on && runStart < 0)
            runStart = i;
        if (on || runStart < 0)
            continue;
        const int runEnd = i - 1;
        if (runEnd - runStart >= 2)
            parts.append(tr("%1–%2").arg(dayName(order[runStart]), dayName(order[runEnd])));
        else
            for (int d = runStart; d <= runEnd; ++d)
                parts.append(dayName(order[d]));
        runStart = -1;
    }
    QString days;
    if (parts.isEmpty())
        days = tr("No days");
    else if (hours.days.size() >= 7)
        days = tr("Every day");
    else
        days = parts.join(tr(", "));

    auto hourText = [](int hour) {
        return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    };
    if (hours.startHour <= 0 && hours.endHour >= 24)
        return tr("%1, all day").arg(days);
    return tr("%1 %2–%3").arg(days, hourText(hours.startHour), hourText(hours.endHour));
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
        basis = tr("in each space's own time zone");
    else if (zones.isEmpty())
        basis = tr("UTC (no time zone is set for this space)");
    else if (zones.size() == 1 && !unset)
        basis = timeZones.size() == 1 ? tr("%1 (the space's time zone)").arg(zones.first())
                                      : tr("%1 (the spaces' time zone)").arg(zones.first());
    else if (unset)
        basis =
            tr("each space's own time zone (%1; UTC where none is set)").arg(zones.join(tr(", ")));
    else
        basis = tr("each space's own time zone (%1)").arg(zones.join(tr(", ")));
    return tr("%1, %2").arg(operatingHoursText(hours), basis);
}

} // namespace Density

#include "daterangepreset.h"

#include <QCoreApplication>

namespace Density::DateRanges {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

QTimeZone orUtc(const QTimeZone &zone) {
    return zone.isValid() ? zone : QTimeZone(0);
}

//! A fixed-offset copy: TimeRange arithmetic and its Offset style want offset-from-UTC values.
QDateTime withOwnOffset(const QDateTime &value) {
    return value.toOffsetFromUtc(value.offsetFromUtc());
}

} // namespace

QList<DateRangePreset> presets() {
    return {DateRangePreset::Today,      DateRangePreset::Yesterday,     DateRangePreset::Last7Days,
            DateRangePreset::Last30Days, DateRangePreset::LastFullMonth, DateRangePreset::Custom};
}

QString presetName(DateRangePreset preset) {
    switch (preset) {
    case DateRangePreset::Today:
        return QCoreApplication::translate("Density::DateRanges", "Today");
    case DateRangePreset::Yesterday:
        return QCoreApplication::translate("Density::DateRanges", "Yesterday");
    case DateRangePreset::Last7Days:
        return QCoreApplication::translate("Density::DateRanges", "Last 7 days");
    case DateRangePreset::Last30Days:
        return QCoreApplication::translate("Density::DateRanges", "Last 30 days");
    case DateRangePreset::LastFullMonth:
        return QCoreApplication::translate("Density::DateRanges", "Last full month");
    case DateRangePreset::Custom:
        return QCoreApplication::translate("Density::DateRanges", "Custom");
    }
    return {};
}

LocalDays presetDays(DateRangePreset preset, const QDateTime &now, const QTimeZone &zone,
                     const LocalDays &custom) {
    const QDate today = now.toTimeZone(orUtc(zone)).date();
    switch (preset) {
    case DateRangePreset::Today:
        return {today, today};
    case DateRangePreset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case DateRangePreset::Last7Days:
        return {today.addDays(-7), today.addDays(-1)};
    case DateRangePreset::Last30Days:
        return {today.addDays(-30), today.addDays(-1)};
    case DateRangePreset::LastFullMonth: {
        const QDate thisMonth(today.year(), today.month(), 1);
        return {thisMonth.addMonths(-1), thisMonth.addDays(-1)};
    }
    case DateRangePreset::Custom:
        return custom;
    }
    return {};
}

std::optional<TimeRange> rangeForDays(const LocalDays &days, const QTimeZone &zone) {
    if (!days.isValid())
        return std::nullopt;
    const QTimeZone local = orUtc(zone);
    // startOfDay() is the first instant of the date that exists; the end is one second before
    // the next date's start, so a 23- or 25-hour day keeps its true length.
    const QDateTime start = days.first.startOfDay(local);
    const QDateTime end = days.last.addDays(1).startOfDay(local).addSecs(-1);
    return TimeRange{withOwnOffset(start), withOwnOffset(end), TimestampStyle::Offset};
}

std::optional<TimeRange> presetRange(DateRangePreset preset, const QDateTime &now,
                                     const QTimeZone &zone, const LocalDays &custom) {
    return rangeForDays(presetDays(preset, now, zone, custom), zone);
}

TimeResolution autoResolution(const TimeRange &range) {
    const qint64 span = range.spanSeconds();
    if (span <= Day + Hour)
        return TimeResolution::TenMinute;
    if (span <= 7 * Day + Hour)
        return TimeResolution::Hour;
    if (span <= 92 * Day + Hour)
        return TimeResolution::Day;
    if (span <= 366 * Day + Hour)
        return TimeResolution::Week;
    return TimeResolution::Month;
}

qint64 estimatedBuckets(const TimeRange &range, TimeResolution resolution) {
    if (!range.start.isValid() || !range.end.isValid() || range.end < range.start)
        return 0;
    const qint64 span = range.spanSeconds() + 1; // inclusive end
    const auto ceilDiv = [](qint64 a, qint64 b) { return (a + b - 1) / b; };
    switch (resolution) {
    case TimeResolution::Total:
        return 1;
    case TimeResolution::Weekday:
        return std::min<qint64>(7, ceilDiv(span, Day));
    case TimeResolution::HourOfDay:
        return std::min<qint64>(24, ceilDiv(span, Hour));
    case TimeResolution::Month:
        return ceilDiv(span, 30 * Day) + 1;
    case TimeResolution::Year:
        return ceilDiv(span, 365 * Day) + 1;
    case TimeResolution::Week:
        return ceilDiv(span, 7 * Day) + 1; // weeks start on Sunday, not on the range start
    default:
        return ceilDiv(span, bucketSeconds(resolution));
    }
}

} // namespace Density::DateRanges

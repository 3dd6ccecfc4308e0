#include "timebasis.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Density::TimeBasis {

namespace {

QString hourText(int hour, const QLocale &locale) {
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    const bool twelveHour = format.contains(QLatin1Char('a'), Qt::CaseInsensitive);
    if (hour >= 24 && !twelveHour)
        return QStringLiteral("24:00");
    // Operating hours are whole hours: some locales' short format (the C locale's among them,
    // which fresh machines default to) still carries seconds, "08:00:00".
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    return locale.toString(QTime(hour % 24, 0), QString(format).remove(seconds));
}

} // namespace

QString resolutionText(TimeResolution resolution) {
    switch (resolution) {
    case TimeResolution::Total:
        return QCoreApplication::translate("Density::TimeBasis", "in total");
    case TimeResolution::Minute:
        return QCoreApplication::translate("Density::TimeBasis", "by the minute");
    case TimeResolution::TenMinute:
        return QCoreApplication::translate("Density::TimeBasis", "every 10 minutes");
    case TimeResolution::Hour:
        return QCoreApplication::translate("Density::TimeBasis", "hourly");
    case TimeResolution::Day:
        return QCoreApplication::translate("Density::TimeBasis", "daily");
    case TimeResolution::Week:
        return QCoreApplication::translate("Density::TimeBasis", "weekly");
    case TimeResolution::Month:
        return QCoreApplication::translate("Density::TimeBasis", "monthly");
    case TimeResolution::Year:
        return QCoreApplication::translate("Density::TimeBasis", "yearly");
    case TimeResolution::Weekday:
        return QCoreApplication::translate("Density::TimeBasis", "by weekday");
    case TimeResolution::HourOfDay:
        return QCoreApplication::translate("Density::TimeBasis", "by hour of day");
    }
    return {};
}

QString rangeText(const TimeRange &range, const QTimeZone &zone, const QLocale &locale) {
    const QTimeZone local = zone.isValid() ? zone : QTimeZone(0);
    const QDate first = range.start.toTimeZone(local).date();
    const QDate last = range.end.toTimeZone(local).date();
    //: Date pattern (QDate::toString) of a date with its year, e.g. "Mon 2 Nov 2026".
    const QString withYear = QCoreApplication::translate("Density::TimeBasis", "ddd d MMM yyyy");
    //: Date pattern (QDate::toString) of a range's first date when the year follows at the end.
    const QString withoutYear = QCoreApplication::translate("Density::TimeBasis", "ddd d MMM");
    if (first == last)
        return locale.toString(first, withYear);
    const QString from =
        locale.toString(first, first.year() == last.year() ? withoutYear : withYear);
    //: A date range: %1 first day, %2 last day (both included).
    return QCoreApplication::translate("Density::TimeBasis", "%1 – %2")
        .arg(from, locale.toString(last, withYear));
}

QString rangeAndResolutionText(const TimeRange &range, TimeResolution resolution,
                               const QTimeZone &zone, const QLocale &locale) {
    //: %1 a date range, %2 a resolution such as "hourly".
    return QCoreApplication::translate("Density::TimeBasis", "%1, %2")
        .arg(rangeText(range, zone, locale), resolutionText(resolution));
}

QString dayName(int apiWeekday, const QLocale &locale, QLocale::FormatType format) {
    const int qtDay = apiWeekday == 0 ? 7 : apiWeekday; // Qt: 1 = Monday ... 7 = Sunday
    return locale.dayName(qtDay, format);
}

QString operatingHoursText(const std::optional<OperatingHours> &hours, const QLocale &locale) {
    if (!hours)
        return QCoreApplication::translate("Density::TimeBasis", "All hours");
    // Monday-first positions 0..6 of the chosen days, then runs of consecutive positions.
    QList<bool> chosen(7, false);
    for (int day : hours->days) {
        if (day >= 0 && day <= 6)
            chosen[(day + 6) % 7] = true;
    }
    QStringList parts;
    for (int i = 0; i < 7;) {
        if (!chosen[i]) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < 7 && chosen[end + 1])
            ++end;
        const auto name = [&locale](int position) { return dayName((position + 1) % 7, locale); };
        if (end - i >= 2) {
            //: A run of days, e.g. "Mon–Fri".
            parts.append(
                QCoreApplication::translate("Density::TimeBasis", "%1–%2").arg(name(i), name(end)));
        } else {
            for (int p = i; p <= end; ++p)
                parts.append(name(p));
        }
        i = end + 1;
    }
    //: %1 days such as "Mon–Fri", %2 opening hour, %3 closing hour.
    return QCoreApplication::translate("Density::TimeBasis", "%1 %2–%3")
        .arg(parts.join(QCoreApplication::translate("Density::TimeBasis", ", ")),
             hourText(hours->startHour, locale), hourText(hours->endHour, locale));
}

QString timeZoneText(const QTimeZone &zone, bool isFallback) {
    if (isFallback || !zone.isValid())
        return QCoreApplication::translate("Density::TimeBasis",
                                           "UTC (no time zone set for this space)");
    return QString::fromUtf8(zone.id());
}

} // namespace Density::TimeBasis

#include "query.h"

#include "json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <array>

namespace Density {
namespace {

struct ResolutionInfo {
    TimeResolution resolution;
    const char *name;
    qint64 maxRange;
    qint64 bucket;
};

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

constexpr std::array<ResolutionInfo, 10> resolutions{{
    {TimeResolution::Total, "total", 365 * Day, 0},
    {TimeResolution::Minute, "minute", Day, Minute},
    {TimeResolution::TenMinute, "10minute", Day, 10 * Minute},
    {TimeResolution::Hour, "hour", 7 * Day, Hour},
    {TimeResolution::Day, "day", 31 * Day, Day},
    {TimeResolution::Week, "week", 365 * Day, 7 * Day},
    {TimeResolution::Month, "month", 365 * Day, 0},
    {TimeResolution::Year, "year", 365 * Day, 0},
    {TimeResolution::Weekday, "weekday", 31 * Day, 0},
    {TimeResolution::HourOfDay, "hour_of_day", 7 * Day, 0},
}};

const ResolutionInfo &info(TimeResolution resolution) {
    for (const ResolutionInfo &entry : resolutions) {
        if (entry.resolution == resolution)
            return entry;
    }
    return resolutions.front();
}

} // namespace

QString timeResolutionToString(TimeResolution resolution) {
    return QLatin1String(info(resolution).name);
}

std::optional<TimeResolution> timeResolutionFromString(const QString &text) {
    for (const ResolutionInfo &entry : resolutions) {
        if (text == QLatin1String(entry.name))
            return entry.resolution;
    }
    return std::nullopt;
}

qint64 maxRangeSeconds(TimeResolution resolution) {
    return info(resolution).maxRange;
}

qint64 bucketSeconds(TimeResolution resolution) {
    return info(resolution).bucket;
}

OperatingHours::OperatingHours()
    : days{1, 2, 3, 4, 5} {}

OperatingHours::OperatingHours(QList<int> days_, int startHour_, int endHour_)
    : days(std::move(days_))
    , startHour(startHour_)
    , endHour(endHour_) {}

bool OperatingHours::isValid() const {
    if (days.isEmpty() || startHour < 0 || startHour > 23 || endHour < 1 || endHour > 24 ||
        startHour >= endHour)
        return false;
    for (int day : days) {
        if (day < 0 || day > 6)
            return false;
    }
    return true;
}

QJsonObject OperatingHours::toJson() const {
    QJsonArray dayArray;
    for (int day : days)
        dayArray.append(day);
    return {{QLatin1String("days"), dayArray},
            {QLatin1String("start_hour"), startHour},
            {QLatin1String("end_hour"), endHour}};
}

std::optional<OperatingHours> OperatingHours::fromJson(const QJsonObject &json) {
    OperatingHours hours;
    hours.days.clear();
    for (const QJsonValue &day : json.value(QLatin1String("days")).toArray())
        hours.days.append(day.toInt(-1));
    hours.startHour = json.value(QLatin1String("start_hour")).toInt(-1);
    hours.endHour = json.value(QLatin1String("end_hour")).toInt(-1);
    if (!hours.isValid())
        return std::nullopt;
    return hours;
}

std::optional<OperatingHours> OperatingHours::parse(const QString &days, const QString &hours,
                                                    QString *error) {
    OperatingHours result;
    if (!days.isEmpty()) {
        result.days.clear();
        for (const QString &part : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int day = part.trimmed().toInt(&ok);
            if (!ok || day < 0 || day > 6) {
                *error = QCoreApplication::translate(
                             "Density::OperatingHours",
                             "Days are numbers from 0 (Sunday) to 6 (Saturday), not \"%1\".")
                             .arg(part);
                return std::nullopt;
            }
            result.days.append(day);
        }
    }
    if (!hours.isEmpty()) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
        const QRegularExpressionMatch match = pattern.match(hours.trimmed());
        if (!match.hasMatch()) {
            *error = QCoreApplication::translate("Density::OperatingHours",
                                                 "Hours look like 8-18, not \"%1\".")
                         .arg(hours);
            return std::nullopt;
        }
        result.startHour = match.captured(1).toInt();
        result.endHour = match.captured(2).toInt();
    }
    if (!result.isValid()) {
        *error = QCoreApplication::translate(
            "Density::OperatingHours",
            "Operating hours need at least one day and a start hour before the end hour "
            "(0-24).");
        return std::nullopt;
    }
    return result;
}

QString TimeRange::format(const QDateTime &value) const {
    switch (style) {
    case TimestampStyle::Zoneless:
        return value.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    case TimestampStyle::Utc:
        return value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    case TimestampStyle::Offset:
        return value.toString(Qt::ISODate);
    }
    return value.toString(Qt::ISODate);
}

std::optional<QDateTime> TimeRange::parseTimestamp(const QString &text, TimestampStyle *style) {
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime wallClock =
        QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!wallClock.isValid())
        return std::nullopt;
    const QString zone = match.captured(3);
    if (zone.isEmpty()) {
        wallClock.setTimeSpec(Qt::UTC); // a label for arithmetic only; written back zoneless
        if (style)
            *style = TimestampStyle::Zoneless;
        return wallClock;
    }
    if (zone == QLatin1String("Z")) {
        wallClock.setTimeSpec(Qt::UTC);
        if (style)
            *style = TimestampStyle::Utc;
        return wallClock;
    }
    const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
    const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
    wallClock.setOffsetFromUtc(offset);
    if (style)
        *style = TimestampStyle::Offset;
    return wallClock;
}

std::optional<TimeRange> TimeRange::parse(const QString &start, const QString &end,
                                          QString *error) {
    TimestampStyle startStyle = TimestampStyle::Utc;
    TimestampStyle endStyle = TimestampStyle::Utc;
    const auto startTime = parseTimestamp(start, &startStyle);
    const auto endTime = parseTimestamp(end, &endStyle);
    const auto invalid = [error](const QString &text) {
        *error = QCoreApplication::translate(
                     "Density::TimeRange",
                     "\"%1\" is not a timestamp the API accepts; use 2026-11-02T00:00:00 or "
                     "2026-11-02T00:00:00Z (a date alone is not enough).")
                     .arg(text);
        return std::nullopt;
    };
    if (!startTime)
        return invalid(start);
    if (!endTime)
        return invalid(end);
    if (*startTime > *endTime) {
        *error = QCoreApplication::translate("Density::TimeRange",
                                             "The start (%1) is after the end (%2).")
                     .arg(start, end);
        return std::nullopt;
    }
    if ((startStyle == TimestampStyle::Zoneless) != (endStyle == TimestampStyle::Zoneless)) {
        *error = QCoreApplication::translate(
            "Density::TimeRange",
            "Give both ends of the range in the same style: both with a time zone or both "
            "without.");
        return std::nullopt;
    }
    return TimeRange{*startTime, *endTime, startStyle};
}

QJsonObject AnalyticsQuery::toJson() const {
    QJsonObject json{{QLatin1String("start_date"), range.startText()},
                     {QLatin1String("end_date"), range.endText()},
                     {QLatin1String("time_resolution"), timeResolutionToString(resolution)}};
    if (!spaceIds.isEmpty())
        json.insert(QLatin1String("space_ids"), Json::toArray(spaceIds));
    if (operatingHours)
        json.insert(QLatin1String("operating_hours"), operatingHours->toJson());
    if (!metrics.isEmpty())
        json.insert(QLatin1String("metrics"), Json::toArray(metrics));
    return json;
}

} // namespace Density

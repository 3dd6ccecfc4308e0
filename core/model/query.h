#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Density {

enum class TimeResolution {
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

QString timeResolutionToString(TimeResolution resolution);
std::optional<TimeResolution> timeResolutionFromString(const QString &text);
//! The API accepts a range only if (end - start) is *strictly* below this span (REFERENCE §3).
qint64 maxRangeSeconds(TimeResolution resolution);
//! Nominal bucket length; 0 for resolutions whose buckets are not fixed (total, month, year...).
qint64 bucketSeconds(TimeResolution resolution);

//! Days use the API's numbering: 0 = Sunday ... 6 = Saturday. start inclusive, end exclusive.
struct OperatingHours {
    //! Mon–Fri 08:00–18:00. Defined out of line: an inline initializer list here trips a
    //! GCC 12 -Wmaybe-uninitialized false positive in every file that copies the struct.
    OperatingHours();
    OperatingHours(QList<int> days, int startHour, int endHour);

    QList<int> days;
    int startHour = 8;
    int endHour = 18;

    bool isValid() const;
    QJsonObject toJson() const;
    static std::optional<OperatingHours> fromJson(const QJsonObject &json);
    //! Parses the CLI forms "--days 1,2,3" and "--hours 8-18".
    static std::optional<OperatingHours> parse(const QString &days, const QString &hours,
                                               QString *error);
};

//! How timestamps are written back to the API. Raw sessions expect wall-clock strings with no
//! zone; the other endpoints accept UTC. We send the style the caller gave us.
enum class TimestampStyle { Zoneless, Utc, Offset };

//! An inclusive [start, end] range. Arithmetic always happens on UTC-spec (or fixed offset)
//! values, so splitting never trips over the machine's own DST rules.
struct TimeRange {
    QDateTime start;
    QDateTime end;
    TimestampStyle style = TimestampStyle::Utc;

    qint64 spanSeconds() const { return start.secsTo(end); }
    QString startText() const { return format(start); }
    QString endText() const { return format(end); }
    QString format(const QDateTime &value) const;

    //! Accepts `YYYY-MM-DDTHH:MM:SS` with optional fraction and `Z` / `±HH:MM`.
    //! Date-only strings are rejected: the real API refuses them.
    static std::optional<QDateTime> parseTimestamp(const QString &text, TimestampStyle *style);
    static std::optional<TimeRange> parse(const QString &start, const QString &end, QString *error);
};

//! Filter body shared by occupancy, utilization, time used and all metrics.
struct AnalyticsQuery {
    TimeRange range;
    QStringList spaceIds; //!< empty = every space of the organisation
    TimeResolution resolution = TimeResolution::Total;
    std::optional<OperatingHours> operatingHours;
    QStringList metrics; //!< all-metrics only; empty = all

    QJsonObject toJson() const;
};

} // namespace Density

#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

class QTimeZone;

namespace Density::Sim {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kJulianDayOfEpoch = 2440588; //!< QDate(1970, 1, 1).toJulianDay()

inline qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

inline qint64 floorTo(qint64 value, qint64 step) {
    return floorDiv(value, step) * step;
}

//! A request timestamp as the API accepts it: YYYY-MM-DDTHH:MM:SS with an optional fraction and
//! an optional "Z" or ±HH:MM. Without a zone it is a "generic" wall-clock time (REFERENCE §1,
//! §3.4) which we resolve in each space's own time zone.
struct SimTimestamp {
    QString text; //!< exactly as sent (the `total` bucket key echoes it)
    QDate date;
    QTime time;
    bool hasOffset = false;
    int offsetSeconds = 0;

    enum class Error { None, Missing, DateOnly, Unparsable };
    static std::optional<SimTimestamp> parse(const QString &text, Error *error = nullptr);

    //! Epoch ms; zone-less values are read as wall-clock time in `zone`.
    qint64 toMSecs(const QTimeZone &zone) const;
    //! Epoch ms reading zone-less values as UTC (used for range checks, which compare the
    //! wall-clock difference as the caller wrote it).
    qint64 toMSecsNaive() const;
};

//! "2026-11-24T09:00:00-05:00": the instant in a fixed UTC offset, seconds precision.
QString formatWithOffset(qint64 msecs, int offsetSeconds);
//! "2026-11-24T14:00:00Z".
QString formatUtc(qint64 msecs);

} // namespace Density::Sim

#include "operatingtime.h"

#include <algorithm>

namespace Density::OperatingTime {

namespace {

QTimeZone orUtc(const QTimeZone &zone) {
    return zone.isValid() ? zone : QTimeZone(0);
}

} // namespace

int apiWeekday(const QDate &date) {
    return date.dayOfWeek() % 7; // Qt: 1 = Monday ... 7 = Sunday
}

bool isOperatingDay(int weekday, const std::optional<OperatingHours> &hours) {
    return !hours || hours->days.contains(weekday);
}

int operatingDays(const TimeRange &range, const std::optional<OperatingHours> &hours,
                  const QTimeZone &zone) {
    if (!range.start.isValid() || !range.end.isValid() || range.end < range.start)
        return 0;
    const QTimeZone local = orUtc(zone);
    const QDate first = range.start.toTimeZone(local).date();
    const QDate last = range.end.toTimeZone(local).date();
    int count = 0;
    for (QDate day = first; day <= last; day = day.addDays(1))
        count += isOperatingDay(apiWeekday(day), hours) ? 1 : 0;
    return count;
}

QDateTime localHour(const QDate &date, int hour, const QTimeZone &zone) {
    if (hour >= 24)
        return date.addDays(1).startOfDay(zone);
    if (hour <= 0)
        return date.startOfDay(zone);
    QDateTime wall(date, QTime(hour, 0), zone);
    // Gaps are at most a few hours long; the first valid minute is where the clock resumes.
    for (int minute = 1; !wall.isValid() && minute <= 4 * 60; ++minute)
        wall = QDateTime(date, QTime(hour, 0).addSecs(minute * 60), zone);
    return wall;
}

qint64 operatingSeconds(const QDateTime &from, const QDateTime &to,
                        const std::optional<OperatingHours> &hours, const QTimeZone &zone) {
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    if (!hours)
        return from.secsTo(to);
    const QTimeZone local = orUtc(zone);
    qint64 total = 0;
    const QDate last = to.toTimeZone(local).date();
    for (QDate day = from.toTimeZone(local).date(); day <= last; day = day.addDays(1)) {
        if (!isOperatingDay(apiWeekday(day), hours))
            continue;
        const QDateTime open = std::max(from, localHour(day, hours->startHour, local));
        const QDateTime close = std::min(to, localHour(day, hours->endHour, local));
        if (open < close)
            total += open.secsTo(close);
    }
    return total;
}

} // namespace Density::OperatingTime

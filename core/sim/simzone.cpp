#include "simzone.h"

#include "simtime.h"

#include <QDateTime>

namespace Density::Sim {

SimZone::SimZone(const QByteArray &ianaId)
    : m_id(QString::fromLatin1(ianaId))
    , m_zone(ianaId) {}

const SimDayInfo &SimZone::day(qint64 julianDay) const {
    const auto it = m_days.find(julianDay);
    if (it != m_days.end())
        return it->second;

    SimDayInfo info;
    info.julianDay = julianDay;
    const QDate date = QDate::fromJulianDay(julianDay);
    const QDateTime start(date, QTime(0, 0), m_zone);
    const QDateTime end(date.addDays(1), QTime(0, 0), m_zone);
    info.start = start.toMSecsSinceEpoch();
    info.end = end.toMSecsSinceEpoch();
    info.weekday = date.dayOfWeek() % 7;
    info.offsetAtStart = start.offsetFromUtc();
    info.uniform = info.end - info.start == kDayMs && end.offsetFromUtc() == info.offsetAtStart;
    for (int h = 0; h < 24; ++h) {
        info.hourStart[size_t(h)] = info.uniform
                                        ? info.start + h * kHourMs
                                        : QDateTime(date, QTime(h, 0), m_zone).toMSecsSinceEpoch();
    }
    info.hourStart[24] = info.end;
    // A skipped wall-clock hour must not run backwards; clamp into monotonic order.
    for (int h = 1; h <= 24; ++h)
        info.hourStart[size_t(h)] =
            std::max(info.hourStart[size_t(h)], info.hourStart[size_t(h - 1)]);
    return m_days.emplace(julianDay, info).first->second;
}

const SimDayInfo &SimZone::dayContaining(qint64 msecs) const {
    qint64 guess = floorDiv(msecs + qint64(m_lastOffset) * 1000, kDayMs) + kJulianDayOfEpoch;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const SimDayInfo &info = day(guess);
        if (msecs < info.start) {
            --guess;
        } else if (msecs >= info.end) {
            ++guess;
        } else {
            m_lastOffset = info.offsetAtStart;
            return info;
        }
    }
    return day(guess);
}

int SimZone::offsetAt(qint64 msecs) const {
    const SimDayInfo &info = dayContaining(msecs);
    if (info.uniform)
        return info.offsetAtStart;
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

int SimZones::indexOf(const QString &ianaId) {
    const auto it = m_index.constFind(ianaId);
    if (it != m_index.cend())
        return *it;
    if (!isValidId(ianaId))
        return -1;
    m_zones.push_back(std::make_unique<SimZone>(ianaId.toLatin1()));
    const int index = int(m_zones.size()) - 1;
    m_index.insert(ianaId, index);
    return index;
}

bool SimZones::isValidId(const QString &ianaId) {
    if (ianaId.isEmpty())
        return false;
    return QTimeZone::isTimeZoneIdAvailable(ianaId.toLatin1());
}

} // namespace Density::Sim

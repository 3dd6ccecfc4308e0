#pragma once

#include <QHash>
#include <QString>
#include <QTimeZone>

#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Density::Sim {

//! One local calendar day of a time zone, in epoch ms. hourStart[h] is the instant the wall
//! clock shows h:00 (hourStart[24] == end), so DST days have a 0-length or 2-hour slot.
struct SimDayInfo {
    qint64 julianDay = 0;
    qint64 start = 0;
    qint64 end = 0;
    int weekday = 0; //!< 0 = Sunday ... 6 = Saturday, as operating_hours.days
    int offsetAtStart = 0;
    bool uniform = true; //!< no UTC-offset change inside the day
    std::array<qint64, 25> hourStart{};
};

//! A time zone with a cache of local days. QDateTime arithmetic with zones costs microseconds,
//! so bucket planning, occupancy patterns and offsets all go through this cache; a day is
//! computed once per zone and then shared by every space in that zone.
class SimZone {
public:
    explicit SimZone(const QByteArray &ianaId);

    QString id() const { return m_id; }
    const QTimeZone &timeZone() const { return m_zone; }

    const SimDayInfo &day(qint64 julianDay) const;
    const SimDayInfo &dayContaining(qint64 msecs) const;
    int offsetAt(qint64 msecs) const;

private:
    QString m_id;
    QTimeZone m_zone;
    //! Node-based so references handed out stay valid while more days are added.
    mutable std::unordered_map<qint64, SimDayInfo> m_days;
    mutable int m_lastOffset = 0;
};

//! Registry of the zones in use; spaces refer to a zone by index.
class SimZones {
public:
    //! Index of `ianaId`, adding it if new; -1 if Qt does not know the zone.
    int indexOf(const QString &ianaId);
    SimZone &zone(int index) const { return *m_zones[size_t(index)]; }
    static bool isValidId(const QString &ianaId);

private:
    std::vector<std::unique_ptr<SimZone>> m_zones;
    QHash<QString, int> m_index;
};

} // namespace Density::Sim

#include "simghosttime.h"

#include "simrandom.h"
#include "simstore.h"
#include "simtime.h"

#include <algorithm>

namespace Density::Sim {

QVector<QPair<qint64, qint64>> ghostTimeIntervals(const SimStore &store, int space, qint64 from,
                                                  qint64 to) {
    QVector<QPair<qint64, qint64>> result;
    const SimSpace &s = store.portfolio().spaces[size_t(space)];
    if (s.type != SpaceType::Space || s.mode != CountingMode::Waffle || to <= from)
        return result;
    const SimZone &zone = store.zoneOf(space);
    const qint64 now = store.now();
    // A day early: nothing of the day before reaches 02:00 today, but the cost is nil.
    const SimDayInfo *day = &zone.day(zone.dayContaining(from).julianDay - 1);
    while (day->start < to) {
        const qint64 hourStart = day->hourStart[2];
        const qint64 hourEnd = day->hourStart[3];
        SimRandom rng(hashMix(store.options().seed, s.key, quint64(day->julianDay)));
        const quint64 pick = rng.next();
        const int startMinute = rng.range(5, 40);
        const int minutes = rng.range(6, 14);
        const qint64 a = hourStart + qint64(startMinute) * kMinuteMs;
        const qint64 b = a + qint64(minutes) * kMinuteMs;
        const bool plainHour = hourEnd - hourStart == 60 * kMinuteMs;
        if (pick % 3 != 0 && plainHour && b > from && a < to && b <= now) {
            const QVector<SimSegment> segs = store.occupancy().segments(space, a, b);
            const bool emptyAndOnline =
                std::all_of(segs.cbegin(), segs.cend(),
                            [](const SimSegment &seg) { return seg.online && seg.count == 0; });
            if (emptyAndOnline)
                result.append({a, b});
        }
        day = &zone.day(day->julianDay + 1);
    }
    return result;
}

} // namespace Density::Sim

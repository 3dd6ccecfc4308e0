#include "simdatastatus.h"

#include "simjsonwriter.h"
#include "simstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {

constexpr qint64 kProcessingLagMs = 8 * kHourMs;

//! ∫ over [a, b) of the processed share: 1 before now-8h, linear to 0 at now, 0 after.
double processedIntegral(qint64 a, qint64 b, qint64 now) {
    if (b <= a)
        return 0;
    const qint64 ramp = now - kProcessingLagMs;
    double total = 0;
    const qint64 fullEnd = std::min(b, ramp);
    if (fullEnd > a)
        total += double(fullEnd - a);
    const qint64 lo = std::max(a, ramp);
    const qint64 hi = std::min(b, now);
    if (hi > lo) {
        // Linear weight w(t) = (now - t) / lag; integral of a trapezoid.
        const double wLo = double(now - lo) / double(kProcessingLagMs);
        const double wHi = double(now - hi) / double(kProcessingLagMs);
        total += double(hi - lo) * (wLo + wHi) / 2.0;
    }
    return total;
}

} // namespace

QByteArray writeDataStatus(const SimStore &store, const SimValidation::DateRange &range,
                           const QVector<int> &requested) {
    const SimPortfolio &p = store.portfolio();
    QVector<int> floors = requested;
    if (floors.isEmpty()) {
        for (size_t i = 0; i < p.spaces.size(); ++i) {
            if (p.spaces[i].type == SpaceType::Floor)
                floors.append(int(i));
        }
    }
    const qint64 now = store.now();
    SimJsonWriter w;
    w.beginObject();
    for (int floor : std::as_const(floors)) {
        QVector<int> oaSensors;
        for (int sensor : p.sensorsInSubtree(floor)) {
            if (p.sensors[size_t(sensor)].type == CountingMode::Oa)
                oaSensors.append(sensor);
        }
        if (oaSensors.isEmpty())
            continue;
        const SimSpace &space = p.spaces[size_t(floor)];
        const auto window = range.window(store.zoneOf(floor).timeZone());
        const qint64 from = window.first;
        const qint64 to = std::max(window.second, from + kMinuteMs);
        double arrived = 0;
        for (int sensor : std::as_const(oaSensors)) {
            // Planning sensors have no certificate yet; count them as present for this
            // estimate and scale the floor down below instead.
            const QVector<SimOutage> outages =
                space.planning ? QVector<SimOutage>()
                               : store.health().combinedOutages({sensor}, from, to);
            qint64 cursor = from;
            for (const SimOutage &o : outages) {
                arrived += processedIntegral(cursor, o.start, now);
                cursor = o.end;
            }
            arrived += processedIntegral(cursor, to, now);
        }
        double completion = arrived / (double(oaSensors.size()) * double(to - from));
        if (space.planning)
            completion *= 0.2;
        completion = std::clamp(completion, 0.0, 1.0);
        w.key(space.id);
        w.beginObject();
        w.key("completion_percentage"_L1).value(completion);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

} // namespace Density::Sim

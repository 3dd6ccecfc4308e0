#include "simdoorwayevents.h"

#include "simjsonwriter.h"
#include "simrandom.h"
#include "simstore.h"
#include "simtime.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
constexpr int kMaxCrossingsPerSample = 50; //!< a whole meeting arriving in one minute is fine
} // namespace

SimDoorwayEvents::SimDoorwayEvents(const SimStore &store, int doorway, quint64 seed)
    : m_store(store)
    , m_doorway(doorway)
    , m_seed(hashMix(seed, 0xD0025)) {
    const auto &doorways = store.portfolio().doorways;
    const SimDoorway &d = doorways[size_t(doorway)];
    if (!d.spaces.isEmpty()) {
        m_space = d.spaces.first().space;
        m_placement = d.spaces.first().sensorPlacement;
    }
    for (size_t i = 0; i < doorways.size(); ++i) {
        if (!doorways[i].spaces.isEmpty() && doorways[i].spaces.first().space == m_space)
            m_siblings.append(int(i));
    }
}

QByteArray SimDoorwayEvents::refresh(qint64 t) {
    if (m_space >= 0) {
        const SimLiveValue v = m_store.occupancy().liveValue(m_space, t);
        m_lastCount = v.count;
        m_lastOnline = v.online;
        m_hasBaseline = true;
    }
    return {};
}

QList<QByteArray> SimDoorwayEvents::advance(qint64 t) {
    if (m_space < 0)
        return {};
    if (!m_hasBaseline) {
        refresh(t);
        return {};
    }
    const SimLiveValue v = m_store.occupancy().liveValue(m_space, t);
    const int delta = v.count - m_lastCount;
    const bool counted = v.online && m_lastOnline;
    m_lastCount = v.count;
    m_lastOnline = v.online;
    if (!counted || delta == 0)
        return {};
    const quint64 key = m_store.portfolio().spaces[size_t(m_space)].key;
    const int direction = (delta > 0 ? 1 : -1) * m_placement;
    const int units = std::min(std::abs(delta), kMaxCrossingsPerSample);
    QList<QByteArray> frames;
    for (int unit = 0; unit < units; ++unit) {
        const quint64 draw = hashMix(m_seed, key, quint64(floorDiv(t, 1000)) * 64 + quint64(unit));
        if (m_siblings.value(int(draw % quint64(m_siblings.size()))) == m_doorway)
            frames.append(frame(direction, t));
    }
    return frames;
}

QByteArray SimDoorwayEvents::frame(int direction, qint64 t) const {
    const SimPortfolio &p = m_store.portfolio();
    const SimDoorway &d = p.doorways[size_t(m_doorway)];
    SimJsonWriter w;
    w.beginObject();
    w.key("doorway_id"_L1).value(d.id);
    w.key("timestamp"_L1).value(formatUtc(t));
    w.key("direction"_L1).value(direction);
    w.key("spaces"_L1);
    w.beginArray();
    for (const SimDoorwaySpace &s : d.spaces) {
        w.beginObject();
        w.key("space_id"_L1).value(p.spaces[size_t(s.space)].id);
        w.key("sensor_placement"_L1).value(s.sensorPlacement);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace Density::Sim

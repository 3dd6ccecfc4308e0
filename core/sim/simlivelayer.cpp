#include "simlivelayer.h"

#include "simportfolio.h"
#include "simrandom.h"
#include "simtime.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Density::Sim {

namespace {
constexpr qint64 kSecondMs = 1000;
constexpr double kWindowFill = 0.8; //!< target chance of an event per window
constexpr qint64 kMinWindowSeconds = 2;
constexpr qint64 kMaxWindowSeconds = 600;
constexpr double kOutageShare = 0.15;

bool presenceMode(CountingMode mode) {
    return mode == CountingMode::Oa || mode == CountingMode::Waffle;
}
} // namespace

SimLiveLayer::SimLiveLayer(const SimPortfolio &portfolio, quint64 seed)
    : m_portfolio(portfolio)
    , m_seed(hashMix(seed, 0x11FE)) {
    // Presence spaces share their floor's rate; see the class comment for Entry spaces.
    QHash<int, int> presenceOnFloor;
    const auto group = [](const SimSpace &s) { return s.floor >= 0 ? s.floor : s.parent; };
    for (const SimSpace &s : portfolio.spaces) {
        if (s.hasOwnData() && presenceMode(s.mode))
            ++presenceOnFloor[group(s)];
    }
    m_share.resize(qsizetype(portfolio.spaces.size()));
    for (size_t i = 0; i < portfolio.spaces.size(); ++i) {
        const SimSpace &s = portfolio.spaces[i];
        if (!s.hasOwnData())
            continue;
        const int n = presenceMode(s.mode) ? presenceOnFloor.value(group(s)) : 1;
        m_share[qsizetype(i)] = 1.0 / (2.0 * std::max(1, n));
    }
    m_ownerOfSensor.fill(-1, qsizetype(portfolio.sensors.size()));
    for (size_t i = 0; i < portfolio.spaces.size(); ++i) {
        for (int sensor : portfolio.spaces[i].sensors)
            m_ownerOfSensor[sensor] = int(i);
    }
}

std::optional<SimLiveEvent> SimLiveLayer::eventAt(int space, qint64 t) const {
    if (!activeAt(t) || space < 0 || space >= m_share.size() || m_share[space] <= 0)
        return std::nullopt;
    const double perSecond = m_rate * m_share[space];
    const qint64 window = std::clamp(qint64(std::llround(kWindowFill / perSecond)),
                                     kMinWindowSeconds, kMaxWindowSeconds);
    const double chance = std::min(1.0, perSecond * double(window));
    const qint64 second = floorDiv(t, kSecondMs);
    const qint64 index = floorDiv(second, window);
    const SimSpace &s = m_portfolio.spaces[size_t(space)];
    SimRandom rng(hashMix(m_seed, s.key, quint64(index) ^ (quint64(window) << 48)));
    if (!rng.chance(chance))
        return std::nullopt;
    const int length = rng.range(1, int(std::max<qint64>(1, window / 2)));
    const int offset = rng.range(0, int(window) - length);
    SimLiveEvent event;
    event.start = (index * window + offset) * kSecondMs;
    event.end = event.start + qint64(length) * kSecondMs;
    event.kind = rng.chance(kOutageShare) ? SimLiveEvent::Kind::Outage : SimLiveEvent::Kind::Change;
    event.step = (rng.chance(0.5) ? 1 : -1) * rng.range(1, 3);
    event.occupy = rng.range(1, 2);
    if (t < event.start || t >= event.end || event.start <= m_start)
        return std::nullopt;
    return event;
}

bool SimLiveLayer::sensorOutageAt(int sensor, qint64 t) const {
    if (!activeAt(t) || sensor < 0 || sensor >= m_ownerOfSensor.size())
        return false;
    const auto event = eventAt(m_ownerOfSensor[sensor], t);
    return event && event->kind == SimLiveEvent::Kind::Outage;
}

void SimLiveLayer::apply(const SimLiveEvent &event, CountingMode mode, int *count, bool *online) {
    if (!*online)
        return;
    if (event.kind == SimLiveEvent::Kind::Outage) {
        *count = 0;
        *online = false;
        return;
    }
    if (mode == CountingMode::Entry) {
        *count = *count + event.step >= 0 ? *count + event.step : *count - event.step;
        return;
    }
    *count = *count > 0 ? 0 : event.occupy;
}

} // namespace Density::Sim

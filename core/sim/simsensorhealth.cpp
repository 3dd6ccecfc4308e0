#include "simsensorhealth.h"

#include "simlivelayer.h"
#include "simportfolio.h"
#include "simrandom.h"
#include "simtime.h"

#include <QString>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;
constexpr qint64 kMaxOutageDays = 3; //!< outages never last longer, so lookups scan 3 days back
} // namespace

QString sensorHealthName(SensorHealth health) {
    switch (health) {
    case SensorHealth::Healthy:
        return u"healthy"_s;
    case SensorHealth::Degraded:
        return u"degraded"_s;
    case SensorHealth::Offline:
        return u"offline"_s;
    case SensorHealth::Unknown:
        break;
    }
    return u"unknown"_s;
}

SimSensorHealth::SimSensorHealth(const SimPortfolio &portfolio, quint64 seed,
                                 const SimLiveLayer *live)
    : m_portfolio(portfolio)
    , m_seed(hashMix(seed, 0x5E75E7))
    , m_live(live) {}

void SimSensorHealth::appendDay(int sensor, qint64 utcDay, QVector<SimOutage> &out) const {
    const SimSensor &s = m_portfolio.sensors[size_t(sensor)];
    SimRandom rng(hashMix(m_seed, s.key, quint64(utcDay)));
    const qint64 dayStart = utcDay * kDayMs;
    const auto add = [&](qint64 startMinute, qint64 minutes) {
        SimOutage o;
        o.start = dayStart + startMinute * kMinuteMs;
        o.end = o.start + minutes * kMinuteMs;
        o.status = rng.chance(0.2) ? SensorHealth::Degraded : SensorHealth::Offline;
        out.append(o);
    };
    if (s.behaviour == SensorBehaviour::Flaky) {
        // Most days a drop of 10 minutes to 6 hours, in working hours more often than not.
        if (rng.chance(0.55)) {
            const int minutes = rng.chance(0.6) ? rng.range(10, 90) : rng.range(120, 360);
            add(rng.range(6 * 60, 20 * 60), minutes);
        }
        if (rng.chance(0.3))
            add(rng.range(0, 1439), rng.range(3, 30));
        return;
    }
    if (rng.chance(0.015)) {
        const double kind = rng.uniform();
        const int minutes = kind < 0.7    ? rng.range(2, 30)
                            : kind < 0.95 ? rng.range(60, 8 * 60)
                                          : rng.range(24 * 60, int(kMaxOutageDays) * 24 * 60 - 60);
        add(rng.range(0, 1439), minutes);
    }
}

QVector<SimOutage> SimSensorHealth::outages(int sensor, qint64 from, qint64 to) const {
    QVector<SimOutage> raw;
    const SimSensor &s = m_portfolio.sensors[size_t(sensor)];
    if (s.behaviour == SensorBehaviour::Planning) {
        raw.append({-kForever, kForever, SensorHealth::Unknown});
        return raw;
    }
    const qint64 firstDay = floorDiv(from, kDayMs) - kMaxOutageDays;
    const qint64 lastDay = floorDiv(to - 1, kDayMs);
    for (qint64 day = firstDay; day <= lastDay; ++day)
        appendDay(sensor, day, raw);
    if (s.behaviour == SensorBehaviour::Dead)
        raw.append({s.deadSince, kForever, SensorHealth::Offline});
    for (const SimOutage &o : m_injected.value(sensor)) {
        if (o.end > from && o.start < to)
            raw.append(o);
    }

    std::sort(raw.begin(), raw.end(),
              [](const SimOutage &a, const SimOutage &b) { return a.start < b.start; });
    QVector<SimOutage> merged;
    for (const SimOutage &o : std::as_const(raw)) {
        if (!merged.isEmpty() && o.start <= merged.last().end) {
            SimOutage &last = merged.last();
            last.end = std::max(last.end, o.end);
            if (o.status == SensorHealth::Offline)
                last.status = SensorHealth::Offline;
            continue;
        }
        merged.append(o);
    }
    QVector<SimOutage> result;
    for (const SimOutage &o : std::as_const(merged)) {
        if (o.end > from && o.start < to)
            result.append(o);
    }
    return result;
}

void SimSensorHealth::injectOutage(int sensor, const SimOutage &outage) {
    m_injected[sensor].append(outage);
}

SensorHealth SimSensorHealth::statusAt(int sensor, qint64 t) const {
    const QVector<SimOutage> list = outages(sensor, t, t + 1);
    if (!list.isEmpty())
        return list.first().status;
    return m_live && m_live->sensorOutageAt(sensor, t) ? SensorHealth::Offline
                                                       : SensorHealth::Healthy;
}

qint64 SimSensorHealth::statusSince(int sensor, qint64 t) const {
    const qint64 lookback = 30 * kDayMs;
    const QVector<SimOutage> list = outages(sensor, t - lookback, t + 1);
    qint64 since = t - lookback;
    for (const SimOutage &o : list) {
        if (o.start <= t && t < o.end)
            return std::max(o.start, t - lookback);
        if (o.end <= t)
            since = o.end;
    }
    return since;
}

QVector<SimOutage> SimSensorHealth::combinedOutages(const QVector<int> &sensors, qint64 from,
                                                    qint64 to) const {
    QVector<SimOutage> all;
    for (int sensor : sensors)
        all.append(outages(sensor, from, to));
    std::sort(all.begin(), all.end(),
              [](const SimOutage &a, const SimOutage &b) { return a.start < b.start; });
    QVector<SimOutage> merged;
    for (SimOutage o : std::as_const(all)) {
        o.start = std::max(o.start, from);
        o.end = std::min(o.end, to);
        if (o.end <= o.start)
            continue;
        if (!merged.isEmpty() && o.start <= merged.last().end) {
            merged.last().end = std::max(merged.last().end, o.end);
            continue;
        }
        merged.append(o);
    }
    return merged;
}

} // namespace Density::Sim

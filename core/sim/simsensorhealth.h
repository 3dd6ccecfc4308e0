#pragma once

#include <QHash>
#include <QVector>

namespace Density::Sim {

class SimLiveLayer;
class SimPortfolio;

enum class SensorHealth { Healthy, Degraded, Offline, Unknown };
QString sensorHealthName(SensorHealth health);

//! A stretch of time in which a sensor does not deliver data.
struct SimOutage {
    qint64 start = 0;
    qint64 end = 0;
    SensorHealth status = SensorHealth::Offline;
};

//! Deterministic sensor health timelines. Outages are drawn per (seed, sensor, UTC day), so any
//! window can be answered without simulating history: a year for one sensor is ~370 cheap hash
//! draws. Normal sensors fail rarely (mostly minutes, sometimes hours or days), flaky ones most
//! days for minutes to hours (this is what produces up_time <= 0.8), dead ones have been offline
//! since shortly before the reference "now", and sensors on planning floors are "unknown"
//! (no certificate yet) forever.
class SimSensorHealth {
public:
    //! `live` (optional) adds the live layer's short outages to statusAt(); outages() and the
    //! history stay those of the day-scale model.
    SimSensorHealth(const SimPortfolio &portfolio, quint64 seed,
                    const SimLiveLayer *live = nullptr);

    //! Sorted, non-overlapping outages intersecting [from, to) (not clipped).
    QVector<SimOutage> outages(int sensor, qint64 from, qint64 to) const;
    SensorHealth statusAt(int sensor, qint64 t) const;
    //! When the status at `t` began (bounded to 30 days back, else the sensor's creation).
    qint64 statusSince(int sensor, qint64 t) const;

    //! Union of the outages of several sensors over [from, to), clipped and merged; a space is
    //! online only while all of its sensors are.
    QVector<SimOutage> combinedOutages(const QVector<int> &sensors, qint64 from, qint64 to) const;

    //! Adds an outage on top of the deterministic model (a test hook: "this sensor goes offline
    //! now"). Every answer that reads health (history, current health, data status, analytics,
    //! presence and the live streams) sees it, because they all read outages().
    void injectOutage(int sensor, const SimOutage &outage);

private:
    void appendDay(int sensor, qint64 utcDay, QVector<SimOutage> &out) const;

    const SimPortfolio &m_portfolio;
    quint64 m_seed;
    const SimLiveLayer *m_live = nullptr;
    QHash<int, QVector<SimOutage>> m_injected; //!< per sensor, from injectOutage()
};

} // namespace Density::Sim

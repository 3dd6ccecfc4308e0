#pragma once

#include "simsensorhealth.h"

#include <QVector>

namespace Density::Sim {

class SimLiveLayer;
class SimPortfolio;

//! [start, end) with a constant count. Offline stretches carry count 0 and online == false.
struct SimSegment {
    qint64 start = 0;
    qint64 end = 0;
    int count = 0;
    bool online = true;
};

enum class SpaceHealth { Healthy, Degraded, Offline, Unknown };
QString spaceHealthName(SpaceHealth health);

//! The live value of a space at one instant.
struct SimLiveValue {
    int count = 0;
    bool online = false;
    qint64 since = 0; //!< when this value began (segment start)
    SpaceHealth health = SpaceHealth::Unknown;
};

//! count(space, t): the deterministic occupancy function every endpoint reads.
//!
//! A space with its own sensor counts from SimDayPattern (per local day in its own zone),
//! masked by the union of its sensors' outages (count 0, offline). A space with children adds
//! their counts (a floor is the sum of its spaces, a nested open area its passers-by plus its
//! desks); it is online while any contributing part is.
//!
//! Complexity: segments() over W days for a leaf is O(W * 1440) for pattern generation plus
//! O(W) outage draws, i.e. ~1 ms for a year; a parent costs the sum of its subtree plus an
//! O(n log n) merge. Nothing is precomputed, so the store can hold 50,000 spaces cheaply and
//! memory stays flat; a year of `total` for 400 spaces takes well under a second.
class SimOccupancy {
public:
    //! `live` (optional): liveValue(), countAt() and healthAt() include the live layer's
    //! second-scale events; segments() (history, analytics) stay the day-scale model.
    SimOccupancy(const SimPortfolio &portfolio, const SimSensorHealth &health, quint64 seed,
                 const SimLiveLayer *live = nullptr);

    //! Contiguous, sorted segments exactly covering [from, to).
    QVector<SimSegment> segments(int space, qint64 from, qint64 to) const;

    SimLiveValue liveValue(int space, qint64 t) const;
    //! liveValue().count without the health lookup.
    int countAt(int space, qint64 t) const;
    SpaceHealth healthAt(int space, qint64 t) const;

private:
    QVector<SimSegment> ownSegments(int space, qint64 from, qint64 to) const;
    //! liveValue() when a live event touches the subtree: the sum of the own values.
    bool applyLiveLayer(int space, qint64 t, SimLiveValue *value) const;

    const SimPortfolio &m_portfolio;
    const SimSensorHealth &m_health;
    quint64 m_seed;
    const SimLiveLayer *m_live = nullptr;
};

} // namespace Density::Sim

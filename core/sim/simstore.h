#pragma once

#include "simlivelayer.h"
#include "simoccupancy.h"
#include "simoptions.h"
#include "simportfolio.h"
#include "simsensorhealth.h"

#include <memory>

namespace Density::Sim {

//! The simulator's state: the generated organization, the health and occupancy functions over
//! it, and the simulated clock. Route handlers read and mutate it; nothing in here does I/O.
class SimStore {
public:
    explicit SimStore(const SimOptions &options);

    SimPortfolio &portfolio() { return m_portfolio; }
    const SimPortfolio &portfolio() const { return m_portfolio; }
    const SimSensorHealth &health() const { return *m_health; }
    SimSensorHealth &health() { return *m_health; }
    const SimOccupancy &occupancy() const { return *m_occupancy; }
    //! Second-scale changes after the reference now (the WebSocket streams' liveliness).
    SimLiveLayer &liveLayer() { return *m_live; }
    const SimLiveLayer &liveLayer() const { return *m_live; }
    const SimOptions &options() const { return m_options; }
    SimOptions &options() { return m_options; }

    //! Simulated now, epoch ms (wall clock when options().followWallClock).
    qint64 now() const;
    void setNow(const QDateTime &now);
    //! The "now" the store was created with (wall clock or SimOptions::now): history ends and
    //! the live layer begins here, and the streams' clock starts here.
    qint64 referenceNow() const { return m_referenceNow; }

    //! Spaces an analytics request is answered for (REFERENCE §3 fan-out): each requested id
    //! that has its own sensor data plus all such descendants; with includeParentRows the
    //! requested id itself whatever its level. No ids: every space with its own data.
    QVector<int> analyticsSpaces(const QVector<int> &requested) const;

    const SimZone &zoneOf(int space) const {
        return m_portfolio.zones.zone(m_portfolio.spaces[size_t(space)].zone);
    }

private:
    SimOptions m_options;
    qint64 m_fixedNow = 0;
    qint64 m_referenceNow = 0;
    SimPortfolio m_portfolio;
    std::unique_ptr<SimLiveLayer> m_live;
    std::unique_ptr<SimSensorHealth> m_health;
    std::unique_ptr<SimOccupancy> m_occupancy;
};

} // namespace Density::Sim

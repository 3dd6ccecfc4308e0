#pragma once

#include "simlivefeed.h"

#include <QVector>

namespace Density::Sim {

class SimStore;

//! The Doorway Events stream (REFERENCE §8.4, a proposal: behind
//! SimOptions::doorwayEventsEnabled). One frame per person crossing the doorway:
//!   {"doorway_id": "drw_…", "timestamp": "…Z", "direction": 1 | -1,
//!    "spaces": [{"space_id": "spc_…", "sensor_placement": 1}, …]}
//! Crossings are the count changes of the doorway's own Entry space (its first space, placement
//! 1): a count going up by n is n crossings with direction +1 (into that space), down is -1.
//! When a space has several doorways each unit change goes through one of them, drawn from
//! (seed, space, second, unit), so the doorways of a room share its traffic without two
//! streams reporting the same person. Changes into or out of a sensor outage are not crossings
//! (the count drops to 0 because nobody is counting); the stream only resynchronizes.
class SimDoorwayEvents : public SimLiveFeed {
public:
    SimDoorwayEvents(const SimStore &store, int doorway, quint64 seed);

    bool hasRefresh() const override { return false; }
    //! No snapshot frame exists for events: takes the baseline and returns an empty frame.
    QByteArray refresh(qint64 t) override;
    QList<QByteArray> advance(qint64 t) override;

private:
    QByteArray frame(int direction, qint64 t) const;

    const SimStore &m_store;
    int m_doorway;
    int m_space = -1;
    int m_placement = 1;
    QVector<int> m_siblings; //!< doorways whose own space is m_space, this one included
    quint64 m_seed;
    int m_lastCount = 0;
    bool m_lastOnline = false;
    bool m_hasBaseline = false;
};

} // namespace Density::Sim

#pragma once

#include <QPair>
#include <QVector>

namespace Density::Sim {

class SimStore;

//! The "ghost-time" fault (FaultOptions::ghostTimeUsed; `density-sim --faults ghost-time`).
//! REFERENCE §3.4: raw sessions and metrics are computed differently, and Waffle spaces can show
//! small time_used in the metrics with no meaningful raw session behind it. With the fault on,
//! the metrics endpoints count these intervals as occupied time (time_used_raw and
//! time_used_percentage only: occupancy, up_time and raw sessions are unchanged), so the two
//! disagree in exactly the buckets that contain one.
//!
//! Which intervals, deterministically from the seed: for every space with its own Waffle data
//! (space_type "space", counting mode waffle) and every local day where
//! hashMix(seed, space key, julian day) % 3 != 0, one interval inside the local hour 02:00-03:00
//! starting 5 to 40 minutes past two and lasting 6 to 14 whole minutes — but only when the space
//! was online and empty for all of it and it ended before the simulated now (so it never
//! overlaps a session, an outage or the future). Days whose 02:00 hour is not a plain hour (a
//! DST change) have none. Returned whole (not clipped) when they overlap [from, to), in time
//! order. Tests call ghostTimeIntervals() rather than re-deriving this.
QVector<QPair<qint64, qint64>> ghostTimeIntervals(const SimStore &store, int space, qint64 from,
                                                  qint64 to);

} // namespace Density::Sim

#pragma once

#include "simbuckets.h"
#include "simoccupancy.h"

#include <QVector>

#include <climits>

namespace Density::Sim {

//! Raw sums for one bucket; the metrics are derived from these so they agree by construction
//! (REFERENCE §12.1): time_used_percentage = occupiedMs / B, up_time = onlineMs / B,
//! occupancy_avg = peopleMs / B.
struct SimBucketStats {
    qint64 peopleMs = 0;   //!< ∫ count dt over online time
    qint64 occupiedMs = 0; //!< online time with count > 0
    qint64 onlineMs = 0;
    int max = 0;
    int min = INT_MAX; //!< over online time; INT_MAX while no online time was seen
    int entrances = 0;
    int exits = 0;
};

//! Walks the space's segments and the plan's slices together: O(segments + slices).
//! Crossings (entrances / exits) are count changes between two online segments.
QVector<SimBucketStats> accumulateStats(const QVector<SimSegment> &segments,
                                        const SimBucketPlan &plan);

} // namespace Density::Sim

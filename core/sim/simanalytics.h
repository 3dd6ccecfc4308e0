#pragma once

#include "simbuckets.h"
#include "simvalidation.h"

#include <QByteArray>
#include <QVector>

namespace Density::Sim {

class SimStore;

struct SimAnalyticsQuery {
    SimValidation::DateRange range;
    Resolution resolution = Resolution::Total;
    SimOperatingHours hours;
    QVector<int> spaces; //!< after fan-out
};

enum class SimMetricSet { All, Occupancy, TimeUsed, Utilization };

//! Historical analytics as JSON: {space_id: {bucket_key: bucket}}. Times at or after the
//! simulated now have no data yet (offline: count 0, lowering up_time). Buckets come from one
//! SimBucketPlan per time zone, numbers from SimBucketStats, so the fields agree by
//! construction. Cost: O(spaces x (segments + slices)) plus the segment generation.
QByteArray writeAnalytics(const SimStore &store, const SimAnalyticsQuery &query,
                          SimMetricSet metrics);

//! Raw sessions: maximal online stretches with count > 0, session_type "1", timestamps in the
//! space's own UTC offset, clipped to the window.
QByteArray writeRawSessions(const SimStore &store, const SimValidation::DateRange &range,
                            const QVector<int> &spaces);

} // namespace Density::Sim

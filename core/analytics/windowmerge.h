#pragma once

#include "model/metrics.h"
#include "model/query.h"

#include <utility>
#include <vector>

//! Putting a windowed metric query back together. Buckets of different windows that describe
//! the same period (the `total` of every window, the same month cut by a window boundary, the
//! same hour-of-day seen in two weeks) are combined, weighted by the time each covers.
namespace Density::WindowMerge {

//! Key under which buckets are combined: "" for total, "yyyy" for year, "yyyy-MM" for month,
//! the bucket key itself otherwise.
QString groupKey(TimeResolution resolution, const QString &bucketKey);

//! Combines two buckets of the same period. Averages are weighted by `weightA`/`weightB`
//! (seconds covered); maxima, minima and sums combine exactly; a null utilization stays null
//! (capacity unset), and a field missing on either side stays missing.
MetricBucket combine(const MetricBucket &a, double weightA, const MetricBucket &b, double weightB);

//! Merges the per-window results (in window order) of one query into one result.
MetricsBySpace merge(const std::vector<std::pair<TimeRange, MetricsBySpace>> &windows,
                     TimeResolution resolution);

} // namespace Density::WindowMerge

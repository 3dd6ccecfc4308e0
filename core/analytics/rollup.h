#pragma once

#include "model/metrics.h"
#include "model/space.h"

#include <QHash>
#include <QStringList>

namespace Density {

//! Analytics for a building or floor can come back as rows for its descendants instead of one
//! row for the parent (REFERENCE §3). The views need one parent series, and must say that it
//! was assembled on the client and how. Per bucket (buckets match by instant, not by key text):
//!
//! - occupancy_avg: the sum of the spaces' averages. Exact: the average of a sum is the sum of
//!   the averages over the same bucket.
//! - occupancy_max: the sum of the spaces' peaks, an *upper bound* (the peaks need not
//!   coincide); occupancy_min likewise a lower bound. Nothing better exists without raw counts.
//! - time_used_raw: the parent is in use whenever any space is, i.e. the union of their used
//!   time, which the buckets cannot give. We report the busiest space's time (max), a *lower
//!   bound*, and keep the upper bound (sum, capped at the bucket length) beside it;
//!   time_used_percentage likewise the max.
//! - utilization: the summed occupancy of the spaces that have a capacity, divided by the
//!   parent's capacity when it is set, else by the sum of those spaces' capacities. Spaces with
//!   capacity unset or 0 are left out of utilization, as Density's FAQ says the API does; they
//!   still count in occupancy. No capacity anywhere: utilization is null ("no capacity set").
//! - up_time: the mean of the spaces' up_time (share of sensor time online), so one offline
//!   room flags the parent bucket as incomplete instead of hiding in a sum.
//! - is_capped: never set on the parent: its peak is an upper bound, and "N+" would claim a
//!   lower one. Spaces that hit their cap are listed in cappedIds and named in the note.
//! - entrances / exits: sums.
//!
//! A row of a space whose ancestor (below the parent) also has a row is left out, so a floor
//! row and its rooms' rows are never counted twice.
struct Rollup {
    enum class UtilizationBasis { None, ParentCapacity, SpaceCapacities };

    QString parentId;
    MetricSeries series; //!< in time order
    //! False when the API sent the parent's own row: it is used as is and nothing is combined.
    bool rolledUp = false;
    QStringList combinedIds;        //!< rows that were added up
    QStringList nestedIds;          //!< rows skipped: an ancestor's row already holds them
    QStringList withoutCapacityIds; //!< combined for occupancy, left out of utilization
    QStringList cappedIds;          //!< combined rows with a capped bucket (Waffle "3+")
    UtilizationBasis utilizationBasis = UtilizationBasis::None;
    qint64 utilizationCapacity = 0; //!< the divisor used, when utilizationBasis is not None
    //! Per bucket key of `series`: sum of the spaces' time used, capped at the bucket length.
    QHash<QString, qint64> timeUsedUpperBoundMs;

    //! One sentence for the view ("Rolled up on this computer from 12 spaces; ..."), empty when
    //! nothing was rolled up.
    QString note() const;
};

namespace Rollups {

//! True when `rows` has no row for the parent but has rows for other spaces.
bool needsRollup(const QString &parentId, const MetricsBySpace &rows);

//! One series for `parentId` from an analytics result. `spaces` (from /v3/spaces) gives the
//! hierarchy and the capacities; when it does not know the parent, every other row is taken
//! as a descendant.
Rollup rollUp(const QString &parentId, const MetricsBySpace &rows, const QList<Space> &spaces);

} // namespace Rollups
} // namespace Density

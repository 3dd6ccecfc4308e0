#pragma once

#include "analytics/rollup.h"
#include "analytics/seriessummary.h"
#include "chartcontent.h"
#include "chartdatasource.h"

#include <QColor>

namespace Density {

class SpaceTreeModel;

//! One selected space as a chart page draws it: its series (rolled up from its descendants'
//! rows when the API sent those instead of its own), the capacity utilization divides by, its
//! buckets placed on the axis, and the summary figures.
struct ChartSpaceData {
    Space space;
    QTimeZone zone;
    bool zoneFallback = false;
    TimeRange range; //!< as sent for its zone
    MetricSeries series;
    Rollup rollup;             //!< rolledUp false: the API sent the space's own row
    Nullable<qint64> capacity; //!< the space's, or the divisor the roll-up used
    QList<ChartBucket> buckets;
    SeriesSummary summary;
    QColor colour;

    bool hasCapacity() const;
};

//! From an all-metrics answer to what the chart pages draw. No widgets.
namespace ChartSpaces {

//! The x axis of a request: index axes for weekday and hour of day, else the range in wall
//! time with the time outside the operating hours cut out.
ChartTimeAxis axis(const ChartDataSource::Request &request);

//! Each selected space's data, in selection order, coloured by position. `spaces` (may be null)
//! gives the hierarchy and capacities for roll-ups.
QList<ChartSpaceData> build(const QList<Space> &selection, const MetricsBySpace &rows,
                            const ChartDataSource::Request &request, const ChartTimeAxis &axis,
                            const QDateTime &now, const SpaceTreeModel *spaces);

//! The data-quality strips over all spaces (missing, offline, low quality, not yet): one band
//! per kind that occurs, each the union of the spaces' stretches.
QList<ChartBandSpec> qualityBands(const QList<ChartSpaceData> &spaces);

} // namespace ChartSpaces
} // namespace Density

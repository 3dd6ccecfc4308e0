#pragma once

#include "heatmapgrid.h"
#include "weekhour.h"

#include <QString>

//! Joins core/analytics' typical-week builder (WeekHourMatrix) to the heatmap widget's input
//! (HeatmapGrid): cells, sample counts, scale bounds, unit and time zone, in one place.
//!
//! Scale rule (one rule for both types): the producer's 5th–95th percentile bounds when they
//! differ; when they are equal (a flat week, or a room used two hours a week whose p5 = p95 =
//! 0) HeatmapGrid::effectiveScale() falls back to the data's own range, anchored at 0 when
//! every value is the same. A flat week therefore never paints every cell one mid colour that
//! reads as "average": an all-zero week stays lightest, a flat busy week darkest, and the
//! legend names the numbers. WeekHourMatrix::scaleFraction() follows the same rule.
//!
//! Ratios (utilization, share of time used; 0..1 from the API) become percentages here, so
//! cells, legend, tooltips and CSV all read "75" with the unit "% of capacity".
namespace Density::HeatmapAdapter {

//! The unit shown in the legend and tooltips ("average people", "% of capacity"), translated.
QString unit(WeekHourMetric metric);
//! What the metric means, one line, for the page header and the CSV definitions.
QString definition(WeekHourMetric metric);
//! The metric's short name for menus and headers ("Average occupancy"), translated.
QString metricName(WeekHourMetric metric);
//! 100 for ratios shown as percentages, else 1.
double displayFactor(WeekHourMetric metric);

//! The grid for `matrix`, with values and bounds multiplied by displayFactor(). `timeZone` is
//! the IANA id the hours are in ("UTC" when UTC stood in for a missing zone; the page says so).
HeatmapGrid toGrid(const WeekHourMatrix &matrix, WeekHourMetric metric, const QString &timeZone);

} // namespace Density::HeatmapAdapter

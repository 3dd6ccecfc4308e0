#pragma once

#include "analytics/metricrules.h"
#include "charttimeaxis.h"
#include "model/metrics.h"
#include "model/query.h"

#include <QList>
#include <QLocale>
#include <QPointF>
#include <QTimeZone>
#include <functional>
#include <optional>
#include <utility>

namespace Density {

//! One bucket placed on a chart's x axis: wall-clock hours (or the index for weekday and
//! hour-of-day, weekdays Monday first) and the axis position.
struct ChartBucket {
    double wall0 = 0;
    double wall1 = 0;
    double x0 = 0;
    double x1 = 0;
    MetricBucket bucket;
    MetricRules::DataQuality quality = MetricRules::DataQuality::Missing;

    double middle() const { return (x0 + x1) / 2; }
};

//! A drawn line as its contiguous stretches; between two runs there is no line at all.
using ChartRuns = QList<QList<QPointF>>;
//! x ranges [from, to) on the chart's axis.
using ChartRanges = QList<std::pair<double, double>>;

struct AxisTick {
    double x = 0;
    QString label;
};

//! Turns decoded buckets into what a chart draws: x positions, point lists with real gaps,
//! shaded ranges, axis ticks and the decimation to the plot's width. No widgets, so the rules
//! are unit-tested and the view only hands finished point lists to QXYSeries::replace().
namespace MetricChartBuilder {

using ValueOf = std::function<std::optional<double>(const MetricBucket &)>;

//! Local wall-clock hours of an instant in its own offset ("2026-11-24T09:00-05:00" ->
//! the hours of 2026-11-24 09:00 UTC).
double wallHours(const QDateTime &instant);
//! The inverse, for labels: the wall-clock date and time at `hours`.
QDateTime wallTime(double hours);

//! The range's wall-clock hours [start, end + 1 s) in `zone`.
std::pair<double, double> wallRange(const TimeRange &range, const QTimeZone &zone);

//! The buckets of `series` in time order with their positions and data quality (buckets that
//! start at or after `now` are Pending). `range` places a `total` bucket; index keys that do
//! not parse are dropped.
QList<ChartBucket> place(const MetricSeries &series, TimeResolution resolution,
                         const QTimeZone &zone, const TimeRange &range, const QDateTime &now,
                         const ChartTimeAxis &axis);

//! Points at bucket middles. A run ends where a bucket has no value (missing, offline or
//! pending data, or a null field) or where the next bucket does not start where this one ends
//! (hours outside the operating hours): missing data is a gap, never a 0. A lone bucket
//! between gaps becomes a dash across its width, (start, v) to (end, v).
ChartRuns lineRuns(const QList<ChartBucket> &buckets, const ValueOf &value);
//! The same as steps, (start, v) and (end, v) per bucket, so an area reads as bars.
ChartRuns stepRuns(const QList<ChartBucket> &buckets, const ValueOf &value);

//! What a plot `pixelWidth` pixels wide over [xMin, xMax] needs. Runs whose gap is narrower
//! than about two pixels are joined (a gap nobody can see is not worth a series of its own;
//! the shading still marks it), then each run keeps its share of two points per pixel column
//! (Decimation::minMax, so every peak and trough survives). At most `maxRuns` runs remain: the
//! narrowest gaps close first. The result has about 2 × pixelWidth + 2 × runs points.
ChartRuns decimate(const ChartRuns &runs, double xMin, double xMax, int pixelWidth,
                   int maxRuns = 200);
//! Marker points thinned to one per `columns` x-column (the highest), so a year of capped
//! hours does not bury the line.
QList<QPointF> thin(const QList<QPointF> &points, double xMin, double xMax, int columns);

//! The x ranges of the buckets for which `accept` holds; touching ranges are joined.
ChartRanges ranges(const QList<ChartBucket> &buckets,
                   const std::function<bool(const ChartBucket &)> &accept);
//! The union of several range lists, sorted, touching ones joined.
ChartRanges unite(const QList<ChartRanges> &lists);

//! Labels for the x axis, at most `maxTicks`: hours within a day; a day per label centred under
//! its stretch (*centred set) when the days fit; else Mondays or months. Weekday axes name each
//! day (centred), hour-of-day axes the hours. Labels are unique (a category axis needs that):
//! duplicates get an invisible suffix.
QList<AxisTick> ticks(const ChartTimeAxis &axis, TimeResolution resolution, const QLocale &locale,
                      int maxTicks, bool *centred);

//! The bucket whose [x0, x1) holds `x`, or -1; buckets must be in x order.
qsizetype bucketAt(const QList<ChartBucket> &buckets, double x);

int pointCount(const ChartRuns &runs);

} // namespace MetricChartBuilder
} // namespace Density

#pragma once

#include "model/metrics.h"
#include "model/query.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <optional>

namespace Density {

//! What a series was asked for: the summary needs the range, operating hours and zone to weigh
//! buckets by the time they cover and to count operating days, and the capacity from
//! /v3/spaces to turn occupancy into utilization.
struct SummaryContext {
    TimeRange range;
    TimeResolution resolution = TimeResolution::Hour;
    std::optional<OperatingHours> operatingHours;
    QTimeZone zone;            //!< the space's own; invalid = UTC
    Nullable<qint64> capacity; //!< unset or 0: no utilization figures
    QDateTime now;             //!< optional; buckets starting at or after it are "not yet"
};

//! The summary cards of one series. Every figure is computed over the buckets with data
//! (MetricRules::hasData), and the counts say what that was, so a card can state its basis.
struct SeriesSummary {
    // Basis
    int buckets = 0;           //!< all buckets of the series
    int bucketsWithData = 0;   //!< the ones every figure below is based on
    int missingBuckets = 0;    //!< left out: the API sent nothing
    int offlineBuckets = 0;    //!< left out: up_time 0
    int pendingBuckets = 0;    //!< left out: after "now"
    int lowQualityBuckets = 0; //!< included, but 0 < up_time <= 0.8
    int operatingDays = 0;     //!< in the range, in the space's zone
    int excludedBuckets() const { return missingBuckets + offlineBuckets + pendingBuckets; }

    // Peak: the highest occupancy_max; capped when a bucket at that peak was capped ("3+").
    std::optional<qint64> peak;
    bool peakCapped = false;
    qint64 peakCappedLimit = 0;
    QString peakKey; //!< the first bucket reaching the peak

    //! Occupancy averaged over time: each bucket weighs the seconds it covers (a 23-hour DST
    //! day weighs less than a 24-hour one; the API's per-bucket averages are per its length).
    std::optional<double> averageOccupancy;
    //! averageOccupancy and peak divided by the capacity; nullopt without a usable capacity.
    std::optional<double> averageUtilization;
    std::optional<double> peakUtilization;

    std::optional<double> hoursUsed;                //!< sum of time_used_raw, in hours
    std::optional<double> hoursUsedPerOperatingDay; //!< hoursUsed ÷ operatingDays
    std::optional<double> shareOfTimeUsed;          //!< time used ÷ time measured, 0..1

    //! Data completeness: up_time averaged over time across every bucket the API reported up_time
    //! for (offline buckets count as 0; missing and future ones are not measured at all).
    std::optional<double> meanUpTime;
};

namespace SeriesSummaries {

SeriesSummary summarize(const MetricSeries &series, const SummaryContext &context);

//! Seconds a bucket covers: its period in the space's zone, cut to the range and to the
//! operating hours (what the API divides by). Index keys (`weekday`, `hour_of_day`) fall back to
//! time_used_raw ÷ time_used_percentage, then to one hour, so they weigh equally.
qint64 bucketSeconds(const MetricBucket &bucket, const SummaryContext &context);

//! "Buckets with data: 40; left out (no data): 5; low quality, included: 2" for a card's
//! footnote (the zero parts are left out).
QString basisText(const SeriesSummary &summary);

} // namespace SeriesSummaries
} // namespace Density

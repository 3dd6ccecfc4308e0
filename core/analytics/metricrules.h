#pragma once

#include "model/metrics.h"
#include "model/query.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <optional>

//! The domain rules of ARCHITECTURE §3 as functions, so every view, export and test applies
//! the same ones: hours not milliseconds, "no capacity set" never 0 %, "3+" never "3", and
//! missing data, zero use, low up_time and offline sensors kept apart.
namespace Density::MetricRules {

// --- Time used ---------------------------------------------------------------------------

constexpr double MillisecondsPerHour = 3'600'000.0;

//! `time_used_raw` is milliseconds; people read hours.
double hoursFromMilliseconds(qint64 milliseconds);
//! The bucket's time used in hours, or nullopt when the API sent null or nothing.
std::optional<double> timeUsedHours(const MetricBucket &bucket);
//! Hours per operating day; nullopt when the range holds no operating day (nothing to divide by).
std::optional<double> hoursPerOperatingDay(double hours, int operatingDays);
//! The same, counting the operating days of `range` in the space's `zone`.
std::optional<double> hoursPerOperatingDay(double hours, const TimeRange &range,
                                           const std::optional<OperatingHours> &operatingHours,
                                           const QTimeZone &zone);

// --- Utilization -------------------------------------------------------------------------

//! Bands of the utilization views. NoCapacity (capacity unset or 0) is its own state and never
//! a percentage; NoData means capacity is set but the bucket carries no utilization.
enum class UtilizationBand { NoCapacity, NoData, Under, Within, Over };

//! Thresholds of the bands: under 60 %, 60–100 % (both ends included), over 100 %.
constexpr double UnderBandLimit = 0.6;
constexpr double OverBandLimit = 1.0;

//! True when utilization means something: capacity is set and positive. The API answers 0 for
//! capacity 0 and null for capacity unset; both mean "no capacity set".
bool hasCapacity(const Nullable<qint64> &capacity);

//! The band of a utilization ratio (0.75 = 75 %) of a space with a usable capacity.
UtilizationBand bandForRatio(double ratio);

struct UtilizationDisplay {
    UtilizationBand band = UtilizationBand::NoData;
    std::optional<double> ratio; //!< only when band is Under, Within or Over
    QString text;                //!< "75 %", "no capacity set", "no data"
};

//! How one utilization value reads, given the space's capacity from /v3/spaces (the API's 0
//! for capacity 0 is indistinguishable from real zero use, so the capacity decides).
UtilizationDisplay utilization(const Nullable<double> &ratio, const Nullable<qint64> &capacity,
                               const QLocale &locale = QLocale());

//! Translated name of a band ("under 60 %", "60–100 %", "over 100 %", "no capacity set", ...).
QString bandName(UtilizationBand band);

// --- Capped peaks ------------------------------------------------------------------------

//! Waffle sensors stop counting at their limit; without a limit in the bucket, this one.
constexpr qint64 DefaultCappedCountLimit = 3;

//! A peak as people should read it: "3+" when capped, "7" otherwise; empty when the bucket has
//! no peak. A capped peak shows the limit (the count is at least that), never the bare number.
QString peakText(const Nullable<qint64> &peak, const Nullable<bool> &isCapped,
                 const Nullable<qint64> &cappedCountLimit, const QLocale &locale = QLocale());
QString peakText(const MetricBucket &bucket, const QLocale &locale = QLocale());

// --- Data quality ------------------------------------------------------------------------

//! One state per bucket, worst first. Zero use is *good data* that says nobody came; missing
//! and offline are no data at all; low quality and incomplete are data with a caveat.
enum class DataQuality {
    Pending,    //!< the bucket starts after "now": no data can exist yet
    Missing,    //!< the API sent no occupancy, time used or up_time for the bucket
    Offline,    //!< up_time 0: sensors were offline the whole bucket
    LowQuality, //!< 0 < up_time <= 0.8
    Incomplete, //!< 0.8 < up_time < 1
    ZeroUse,    //!< complete, nobody there
    Good,       //!< complete, used
};

//! The low-quality threshold (Density's own plugin flags up_time <= 0.8).
constexpr double LowQualityUpTime = 0.8;

DataQuality classify(const MetricBucket &bucket);
//! As above, and Pending when the bucket's start is at or after `now` (a "today" chart).
DataQuality classify(const MetricBucket &bucket, const QDateTime &now);

//! True when the bucket's values are measurements (possibly with a caveat): every state but
//! Pending, Missing and Offline. Summaries and heatmaps average only these.
bool hasData(DataQuality quality);
//! True for the states a chart shades and a tooltip lists: LowQuality and Offline.
bool isLowQuality(DataQuality quality);

//! A short name ("low quality") and a one-line tooltip explanation with the bucket's up_time.
QString qualityName(DataQuality quality);
QString qualityExplanation(DataQuality quality, const MetricBucket &bucket,
                           const QLocale &locale = QLocale());

//! The machine-readable tag used in exports ("low_quality"); never translated.
QString qualityTag(DataQuality quality);

} // namespace Density::MetricRules

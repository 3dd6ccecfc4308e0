#include "metricrules.h"

#include "bucketkey.h"
#include "operatingtime.h"

#include <QCoreApplication>
#include <cmath>

namespace Density::MetricRules {

namespace {

QString percentText(double ratio, const QLocale &locale, int decimals = 0) {
    //: A percentage, %1 the number (75 for 75 percent).
    return QCoreApplication::translate("Density::MetricRules", "%1%")
        .arg(locale.toString(ratio * 100.0, 'f', decimals));
}

//! Whole percent, unless rounding would carry the number across a band limit: 59.9 % must not
//! read "60%" in the "under 60%" colour.
QString bandPercentText(double ratio, const QLocale &locale) {
    int decimals = 0;
    while (decimals < 3) {
        const double scale = std::pow(10.0, decimals);
        const double shown = std::round(ratio * 100.0 * scale) / scale / 100.0;
        if (bandForRatio(shown) == bandForRatio(ratio))
            break;
        ++decimals;
    }
    return percentText(ratio, locale, decimals);
}

bool isZero(const Nullable<double> &value) {
    return !value.hasValue() || value.value() == 0.0;
}

bool isZero(const Nullable<qint64> &value) {
    return !value.hasValue() || value.value() == 0;
}

} // namespace

double hoursFromMilliseconds(qint64 milliseconds) {
    return double(milliseconds) / MillisecondsPerHour;
}

std::optional<double> timeUsedHours(const MetricBucket &bucket) {
    if (!bucket.timeUsedRaw.hasValue())
        return std::nullopt;
    return hoursFromMilliseconds(bucket.timeUsedRaw.value());
}

std::optional<double> hoursPerOperatingDay(double hours, int operatingDays) {
    if (operatingDays <= 0)
        return std::nullopt;
    return hours / operatingDays;
}

std::optional<double> hoursPerOperatingDay(double hours, const TimeRange &range,
                                           const std::optional<OperatingHours> &operatingHours,
                                           const QTimeZone &zone) {
    return hoursPerOperatingDay(hours, OperatingTime::operatingDays(range, operatingHours, zone));
}

bool hasCapacity(const Nullable<qint64> &capacity) {
    return capacity.hasValue() && capacity.value() > 0;
}

UtilizationBand bandForRatio(double ratio) {
    if (ratio < UnderBandLimit)
        return UtilizationBand::Under;
    if (ratio <= OverBandLimit)
        return UtilizationBand::Within;
    return UtilizationBand::Over;
}

UtilizationDisplay utilization(const Nullable<double> &ratio, const Nullable<qint64> &capacity,
                               const QLocale &locale) {
    UtilizationDisplay display;
    if (!hasCapacity(capacity)) {
        display.band = UtilizationBand::NoCapacity;
    } else if (ratio.hasValue()) {
        display.band = bandForRatio(ratio.value());
        display.ratio = ratio.value();
        display.text = bandPercentText(ratio.value(), locale);
        return display;
    } else {
        display.band = UtilizationBand::NoData;
    }
    display.text = bandName(display.band);
    return display;
}

QString bandName(UtilizationBand band) {
    switch (band) {
    case UtilizationBand::NoCapacity:
        return QCoreApplication::translate("Density::MetricRules", "no capacity set");
    case UtilizationBand::NoData:
        return QCoreApplication::translate("Density::MetricRules", "no data");
    case UtilizationBand::Under:
        return QCoreApplication::translate("Density::MetricRules", "under 60%");
    case UtilizationBand::Within:
        return QCoreApplication::translate("Density::MetricRules", "60–100%");
    case UtilizationBand::Over:
        return QCoreApplication::translate("Density::MetricRules", "over 100%");
    }
    return {};
}

QString peakText(const Nullable<qint64> &peak, const Nullable<bool> &isCapped,
                 const Nullable<qint64> &cappedCountLimit, const QLocale &locale) {
    const bool capped = isCapped.hasValue() && isCapped.value();
    if (capped) {
        const qint64 limit = cappedCountLimit.hasValue() && cappedCountLimit.value() > 0
                                 ? cappedCountLimit.value()
                                 : DefaultCappedCountLimit;
        //: A capped peak: the sensor counted at least %1 people ("3+").
        return QCoreApplication::translate("Density::MetricRules", "%1+")
            .arg(locale.toString(limit));
    }
    if (!peak.hasValue())
        return {};
    return locale.toString(peak.value());
}

QString peakText(const MetricBucket &bucket, const QLocale &locale) {
    return peakText(bucket.occupancyMax, bucket.isCapped, bucket.cappedCountLimit, locale);
}

DataQuality classify(const MetricBucket &bucket) {
    const bool hasValues = bucket.occupancyAvg.hasValue() || bucket.occupancyMax.hasValue() ||
                           bucket.timeUsedRaw.hasValue() || bucket.timeUsedPercentage.hasValue();
    if (!hasValues)
        return DataQuality::Missing;
    if (bucket.upTime.hasValue()) {
        const double upTime = bucket.upTime.value();
        if (upTime <= 0.0)
            return DataQuality::Offline;
        if (upTime <= LowQualityUpTime)
            return DataQuality::LowQuality;
        if (upTime < 1.0)
            return DataQuality::Incomplete;
    }
    // Complete, or the endpoint did not report up_time: judge by the values alone.
    const bool zero = isZero(bucket.occupancyAvg) && isZero(bucket.occupancyMax) &&
                      isZero(bucket.timeUsedRaw) && isZero(bucket.timeUsedPercentage);
    return zero ? DataQuality::ZeroUse : DataQuality::Good;
}

DataQuality classify(const MetricBucket &bucket, const QDateTime &now) {
    if (now.isValid()) {
        if (const auto start = BucketKey::start(bucket.key); start && *start >= now)
            return DataQuality::Pending;
    }
    return classify(bucket);
}

bool hasData(DataQuality quality) {
    return quality != DataQuality::Pending && quality != DataQuality::Missing &&
           quality != DataQuality::Offline;
}

bool isLowQuality(DataQuality quality) {
    return quality == DataQuality::LowQuality || quality == DataQuality::Offline;
}

QString qualityName(DataQuality quality) {
    switch (quality) {
    case DataQuality::Pending:
        return QCoreApplication::translate("Density::MetricRules", "not yet");
    case DataQuality::Missing:
        return QCoreApplication::translate("Density::MetricRules", "missing data");
    case DataQuality::Offline:
        return QCoreApplication::translate("Density::MetricRules", "sensors offline");
    case DataQuality::LowQuality:
        return QCoreApplication::translate("Density::MetricRules", "low quality");
    case DataQuality::Incomplete:
        return QCoreApplication::translate("Density::MetricRules", "incomplete");
    case DataQuality::ZeroUse:
        return QCoreApplication::translate("Density::MetricRules", "not used");
    case DataQuality::Good:
        return QCoreApplication::translate("Density::MetricRules", "complete");
    }
    return {};
}

QString qualityExplanation(DataQuality quality, const MetricBucket &bucket, const QLocale &locale) {
    const QString upTime = percentText(bucket.upTime.valueOr(0.0), locale);
    switch (quality) {
    case DataQuality::Pending:
        return QCoreApplication::translate("Density::MetricRules",
                                           "No data yet: this period has not happened.");
    case DataQuality::Missing:
        return QCoreApplication::translate("Density::MetricRules",
                                           "No data: the API returned nothing for this period.");
    case DataQuality::Offline:
        return QCoreApplication::translate(
            "Density::MetricRules", "No data: the sensors were offline for the whole period.");
    case DataQuality::LowQuality:
        return QCoreApplication::translate(
                   "Density::MetricRules",
                   "Low quality: the sensors were online for %1 of this period (80% or less).")
            .arg(upTime);
    case DataQuality::Incomplete:
        return QCoreApplication::translate(
                   "Density::MetricRules",
                   "Incomplete: the sensors were online for %1 of this period.")
            .arg(upTime);
    case DataQuality::ZeroUse:
        return QCoreApplication::translate(
            "Density::MetricRules", "Nobody was counted, with the sensors online throughout.");
    case DataQuality::Good:
        return QCoreApplication::translate("Density::MetricRules", "Complete data.");
    }
    return {};
}

QString qualityTag(DataQuality quality) {
    switch (quality) {
    case DataQuality::Pending:
        return QStringLiteral("pending");
    case DataQuality::Missing:
        return QStringLiteral("missing");
    case DataQuality::Offline:
        return QStringLiteral("offline");
    case DataQuality::LowQuality:
        return QStringLiteral("low_quality");
    case DataQuality::Incomplete:
        return QStringLiteral("incomplete");
    case DataQuality::ZeroUse:
        return QStringLiteral("zero_use");
    case DataQuality::Good:
        return QStringLiteral("good");
    }
    return {};
}

} // namespace Density::MetricRules

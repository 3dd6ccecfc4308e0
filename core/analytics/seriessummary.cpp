#include "seriessummary.h"

#include "bucketkey.h"
#include "metricrules.h"
#include "operatingtime.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Density::SeriesSummaries {

qint64 bucketSeconds(const MetricBucket &bucket, const SummaryContext &context) {
    const QTimeZone zone = context.zone.isValid() ? context.zone : QTimeZone(0);
    const QDateTime rangeEnd = context.range.end.addSecs(1); // inclusive end
    std::optional<std::pair<QDateTime, QDateTime>> period;
    if (context.resolution == TimeResolution::Total)
        period = std::make_pair(context.range.start, rangeEnd);
    else
        period = BucketKey::period(bucket.key, context.resolution, zone);
    if (period) {
        QDateTime from = period->first;
        QDateTime to = period->second;
        if (context.range.start.isValid() && context.range.end.isValid()) {
            from = std::max(from, context.range.start);
            to = std::min(to, rangeEnd);
        }
        const qint64 seconds =
            OperatingTime::operatingSeconds(from, to, context.operatingHours, zone);
        if (seconds > 0)
            return seconds;
        return std::max<qint64>(1, period->first.secsTo(period->second));
    }
    if (bucket.timeUsedRaw.hasValue() && bucket.timeUsedRaw.value() > 0 &&
        bucket.timeUsedPercentage.hasValue() && bucket.timeUsedPercentage.value() > 0)
        return std::max<qint64>(1, std::llround(double(bucket.timeUsedRaw.value()) / 1000.0 /
                                                bucket.timeUsedPercentage.value()));
    return 3600;
}

SeriesSummary summarize(const MetricSeries &series, const SummaryContext &context) {
    using MetricRules::DataQuality;
    SeriesSummary summary;
    summary.buckets = int(series.size());
    summary.operatingDays =
        OperatingTime::operatingDays(context.range, context.operatingHours, context.zone);

    double occupancyWeighted = 0;
    double occupancySeconds = 0;
    qint64 usedMs = 0;
    double measuredSeconds = 0;
    bool anyTimeUsed = false;
    double upTimeWeighted = 0;
    double upTimeSeconds = 0;

    for (const MetricBucket &bucket : BucketKey::chronological(series)) {
        const DataQuality quality = MetricRules::classify(bucket, context.now);
        switch (quality) {
        case DataQuality::Pending:
            ++summary.pendingBuckets;
            continue;
        case DataQuality::Missing:
            ++summary.missingBuckets;
            continue;
        default:
            break;
        }
        const double seconds = double(bucketSeconds(bucket, context));
        if (bucket.upTime.hasValue()) {
            upTimeWeighted += bucket.upTime.value() * seconds;
            upTimeSeconds += seconds;
        }
        if (quality == DataQuality::Offline) {
            ++summary.offlineBuckets;
            continue;
        }
        ++summary.bucketsWithData;
        if (quality == DataQuality::LowQuality)
            ++summary.lowQualityBuckets;

        if (bucket.occupancyMax.hasValue()) {
            const qint64 peak = bucket.occupancyMax.value();
            const bool capped = bucket.isCapped.hasValue() && bucket.isCapped.value();
            if (!summary.peak || peak > *summary.peak) {
                summary.peak = peak;
                summary.peakCapped = false;
                summary.peakKey = bucket.key;
            }
            if (peak == *summary.peak && capped && !summary.peakCapped) {
                summary.peakCapped = true;
                summary.peakCappedLimit =
                    bucket.cappedCountLimit.valueOr(MetricRules::DefaultCappedCountLimit);
            }
        }
        if (bucket.occupancyAvg.hasValue()) {
            occupancyWeighted += bucket.occupancyAvg.value() * seconds;
            occupancySeconds += seconds;
        }
        if (bucket.timeUsedRaw.hasValue()) {
            anyTimeUsed = true;
            usedMs += bucket.timeUsedRaw.value();
            measuredSeconds += seconds;
        }
    }

    if (occupancySeconds > 0)
        summary.averageOccupancy = occupancyWeighted / occupancySeconds;
    if (MetricRules::hasCapacity(context.capacity)) {
        const double capacity = double(context.capacity.value());
        if (summary.averageOccupancy)
            summary.averageUtilization = *summary.averageOccupancy / capacity;
        if (summary.peak)
            summary.peakUtilization = double(*summary.peak) / capacity;
    }
    if (anyTimeUsed) {
        summary.hoursUsed = MetricRules::hoursFromMilliseconds(usedMs);
        summary.hoursUsedPerOperatingDay =
            MetricRules::hoursPerOperatingDay(*summary.hoursUsed, summary.operatingDays);
        if (measuredSeconds > 0)
            summary.shareOfTimeUsed = double(usedMs) / 1000.0 / measuredSeconds;
    }
    if (upTimeSeconds > 0)
        summary.meanUpTime = upTimeWeighted / upTimeSeconds;
    return summary;
}

QString basisText(const SeriesSummary &summary) {
    // Counts after a colon read right for any number, so no plural forms are needed.
    QStringList parts;
    parts.append(QCoreApplication::translate("Density::SeriesSummaries", "Buckets with data: %1")
                     .arg(summary.bucketsWithData));
    if (summary.excludedBuckets() > 0)
        parts.append(
            QCoreApplication::translate("Density::SeriesSummaries", "left out (no data): %1")
                .arg(summary.excludedBuckets()));
    if (summary.lowQualityBuckets > 0)
        parts.append(
            QCoreApplication::translate("Density::SeriesSummaries", "low quality, included: %1")
                .arg(summary.lowQualityBuckets));
    //: Separator between the parts of a summary's basis.
    return parts.join(QCoreApplication::translate("Density::SeriesSummaries", "; "));
}

} // namespace Density::SeriesSummaries

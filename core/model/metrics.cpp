#include "metrics.h"

#include "json.h"

#include <algorithm>

namespace Density {

MetricBucket MetricBucket::fromJson(const QString &key, const QJsonObject &json) {
    MetricBucket bucket;
    bucket.key = key;
    bucket.occupancyAvg = Json::nullableDouble(json, QLatin1String("occupancy_avg"));
    bucket.occupancyMax = Json::nullableInteger(json, QLatin1String("occupancy_max"));
    bucket.occupancyMin = Json::nullableInteger(json, QLatin1String("occupancy_min"));
    bucket.utilizationAvg = Json::nullableDouble(json, QLatin1String("utilization_avg"));
    bucket.utilizationMax = Json::nullableDouble(json, QLatin1String("utilization_max"));
    bucket.timeUsedRaw = Json::nullableInteger(json, QLatin1String("time_used_raw"));
    bucket.timeUsedPercentage = Json::nullableDouble(json, QLatin1String("time_used_percentage"));
    bucket.entrances = Json::nullableInteger(json, QLatin1String("entrances"));
    bucket.exits = Json::nullableInteger(json, QLatin1String("exits"));
    bucket.isCapped = Json::nullableBool(json, QLatin1String("is_capped"));
    bucket.cappedCountLimit = Json::nullableInteger(json, QLatin1String("capped_count_limit"));
    bucket.upTime = Json::nullableDouble(json, QLatin1String("up_time"));
    return bucket;
}

QJsonObject MetricBucket::toJson() const {
    QJsonObject json;
    Json::put(json, QLatin1String("occupancy_avg"), occupancyAvg);
    Json::put(json, QLatin1String("occupancy_max"), occupancyMax);
    Json::put(json, QLatin1String("occupancy_min"), occupancyMin);
    Json::put(json, QLatin1String("utilization_avg"), utilizationAvg);
    Json::put(json, QLatin1String("utilization_max"), utilizationMax);
    Json::put(json, QLatin1String("time_used_raw"), timeUsedRaw);
    Json::put(json, QLatin1String("time_used_percentage"), timeUsedPercentage);
    Json::put(json, QLatin1String("entrances"), entrances);
    Json::put(json, QLatin1String("exits"), exits);
    Json::put(json, QLatin1String("is_capped"), isCapped);
    Json::put(json, QLatin1String("capped_count_limit"), cappedCountLimit);
    Json::put(json, QLatin1String("up_time"), upTime);
    return json;
}

MetricsBySpace metricsFromJson(const QJsonObject &json) {
    MetricsBySpace result;
    for (auto space = json.begin(); space != json.end(); ++space) {
        if (!space.value().isObject())
            continue;
        const QJsonObject buckets = space.value().toObject();
        MetricSeries series;
        series.reserve(buckets.size());
        for (auto bucket = buckets.begin(); bucket != buckets.end(); ++bucket) {
            if (bucket.value().isObject())
                series.append(MetricBucket::fromJson(bucket.key(), bucket.value().toObject()));
        }
        result.insert(space.key(), series);
    }
    return result;
}

QJsonObject metricsToJson(const MetricsBySpace &metrics) {
    QJsonObject json;
    for (auto space = metrics.begin(); space != metrics.end(); ++space) {
        QJsonObject buckets;
        for (const MetricBucket &bucket : space.value())
            buckets.insert(bucket.key, bucket.toJson());
        json.insert(space.key(), buckets);
    }
    return json;
}

} // namespace Density

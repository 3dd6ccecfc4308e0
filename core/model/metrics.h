#pragma once

#include "nullable.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Density {

//! One bucket of any historical metric. The occupancy, utilization, time-used and all-metrics
//! endpoints return subsets of the same fields, so one type carries them all and each field
//! keeps the difference between null (e.g. utilization with capacity unset) and missing.
struct MetricBucket {
    QString key; //!< bucket start timestamp, or weekday / hour-of-day index as the API sent it
    Nullable<double> occupancyAvg;
    Nullable<qint64> occupancyMax;
    Nullable<qint64> occupancyMin;
    Nullable<double> utilizationAvg;
    Nullable<double> utilizationMax;
    Nullable<qint64> timeUsedRaw; //!< milliseconds
    Nullable<double> timeUsedPercentage;
    Nullable<qint64> entrances;
    Nullable<qint64> exits;
    Nullable<bool> isCapped;
    Nullable<qint64> cappedCountLimit;
    Nullable<double> upTime;

    static MetricBucket fromJson(const QString &key, const QJsonObject &json);
    QJsonObject toJson() const;
};

//! Buckets of one space, ordered by key.
using MetricSeries = QList<MetricBucket>;
//! Result of a historical metric query: space id -> its buckets.
using MetricsBySpace = QMap<QString, MetricSeries>;

MetricsBySpace metricsFromJson(const QJsonObject &json);
QJsonObject metricsToJson(const MetricsBySpace &metrics);

} // namespace Density

#include "windowmerge.h"

#include <QHash>
#include <algorithm>

namespace Density::WindowMerge {
namespace {

template <typename T, typename Fn>
Nullable<T> combineField(const Nullable<T> &a, const Nullable<T> &b, Fn fn) {
    if (a.isMissing() || b.isMissing())
        return a.isMissing() ? b : a;
    if (a.isNull() || b.isNull())
        return Nullable<T>::null();
    return fn(a.value(), b.value());
}

//! Seconds of the window each bucket covers: up to the next bucket's start, or the window end.
std::vector<double> bucketWeights(const MetricSeries &series, const TimeRange &window) {
    std::vector<double> weights(std::size_t(series.size()), double(window.spanSeconds() + 1));
    for (qsizetype i = 0; i < series.size(); ++i) {
        TimestampStyle style;
        const auto start = TimeRange::parseTimestamp(series.at(i).key, &style);
        if (!start)
            continue; // weekday / hour_of_day keys: weight by the window
        QDateTime end = window.end.addSecs(1);
        if (i + 1 < series.size()) {
            if (const auto next = TimeRange::parseTimestamp(series.at(i + 1).key, &style))
                end = *next;
        }
        weights[std::size_t(i)] = double(std::max<qint64>(1, start->secsTo(end)));
    }
    return weights;
}

} // namespace

QString groupKey(TimeResolution resolution, const QString &bucketKey) {
    switch (resolution) {
    case TimeResolution::Total:
        return QString();
    case TimeResolution::Year:
        return bucketKey.left(4);
    case TimeResolution::Month:
        return bucketKey.left(7);
    default:
        return bucketKey;
    }
}

MetricBucket combine(const MetricBucket &a, double weightA, const MetricBucket &b, double weightB) {
    const double total = weightA + weightB;
    const auto average = [=](double x, double y) { return (x * weightA + y * weightB) / total; };
    const auto maximum = [](auto x, auto y) { return std::max(x, y); };
    const auto minimum = [](auto x, auto y) { return std::min(x, y); };
    const auto sum = [](qint64 x, qint64 y) { return x + y; };

    MetricBucket merged;
    merged.key = a.key;
    merged.occupancyAvg = combineField(a.occupancyAvg, b.occupancyAvg, average);
    merged.occupancyMax = combineField(a.occupancyMax, b.occupancyMax, maximum);
    merged.occupancyMin = combineField(a.occupancyMin, b.occupancyMin, minimum);
    merged.utilizationAvg = combineField(a.utilizationAvg, b.utilizationAvg, average);
    merged.utilizationMax = combineField(a.utilizationMax, b.utilizationMax, maximum);
    merged.timeUsedRaw = combineField(a.timeUsedRaw, b.timeUsedRaw, sum);
    merged.timeUsedPercentage = combineField(a.timeUsedPercentage, b.timeUsedPercentage, average);
    merged.entrances = combineField(a.entrances, b.entrances, sum);
    merged.exits = combineField(a.exits, b.exits, sum);
    merged.isCapped = combineField(a.isCapped, b.isCapped, [](bool x, bool y) { return x || y; });
    merged.cappedCountLimit = combineField(a.cappedCountLimit, b.cappedCountLimit, maximum);
    merged.upTime = combineField(a.upTime, b.upTime, average);
    return merged;
}

MetricsBySpace merge(const std::vector<std::pair<TimeRange, MetricsBySpace>> &windows,
                     TimeResolution resolution) {
    if (windows.size() == 1)
        return windows.front().second;

    struct Accumulated {
        MetricBucket bucket;
        double weight = 0;
    };
    QHash<QString, QList<QString>> order;                // space -> group keys, first seen first
    QHash<QString, QHash<QString, Accumulated>> bySpace; // space -> group key -> bucket
    for (const auto &[window, result] : windows) {
        for (auto space = result.begin(); space != result.end(); ++space) {
            const MetricSeries &series = space.value();
            const std::vector<double> weights = bucketWeights(series, window);
            QHash<QString, Accumulated> &groups = bySpace[space.key()];
            for (qsizetype i = 0; i < series.size(); ++i) {
                const QString key = groupKey(resolution, series.at(i).key);
                const double weight = weights[std::size_t(i)];
                auto existing = groups.find(key);
                if (existing == groups.end()) {
                    groups.insert(key, {series.at(i), weight});
                    order[space.key()].append(key);
                } else {
                    existing->bucket =
                        combine(existing->bucket, existing->weight, series.at(i), weight);
                    existing->weight += weight;
                }
            }
        }
    }
    MetricsBySpace merged;
    for (auto space = bySpace.begin(); space != bySpace.end(); ++space) {
        MetricSeries series;
        for (const QString &key : order.value(space.key()))
            series.append(space.value().value(key).bucket);
        merged.insert(space.key(), series);
    }
    return merged;
}

} // namespace Density::WindowMerge

#include "bucketkey.h"

#include <algorithm>

namespace Density::BucketKey {

std::optional<QDateTime> start(const QString &key) {
    TimestampStyle style = TimestampStyle::Utc;
    return TimeRange::parseTimestamp(key, &style);
}

std::optional<int> index(const QString &key) {
    if (key.isEmpty() || key.size() > 2)
        return std::nullopt;
    bool ok = false;
    const int value = key.toInt(&ok);
    if (!ok || value < 0 || value > 23)
        return std::nullopt;
    return value;
}

std::optional<std::pair<QDateTime, QDateTime>> period(const QString &key, TimeResolution resolution,
                                                      const QTimeZone &zone) {
    const std::optional<QDateTime> from = start(key);
    if (!from)
        return std::nullopt;
    const qint64 fixed = bucketSeconds(resolution);
    if (resolution == TimeResolution::Minute || resolution == TimeResolution::TenMinute ||
        resolution == TimeResolution::Hour)
        return std::make_pair(*from, from->addSecs(fixed));

    // Calendar buckets: step in local dates, then take the start of that local day, which is
    // the first instant that exists even when midnight falls into a DST gap.
    const QTimeZone local = zone.isValid() ? zone : QTimeZone(from->offsetFromUtc());
    const QDate day = from->toTimeZone(local).date();
    QDate next;
    switch (resolution) {
    case TimeResolution::Day:
        next = day.addDays(1);
        break;
    case TimeResolution::Week:
        next = day.addDays(7);
        break;
    case TimeResolution::Month:
        next = day.addMonths(1);
        break;
    case TimeResolution::Year:
        next = day.addYears(1);
        break;
    default:
        return std::nullopt; // total, weekday, hour_of_day
    }
    return std::make_pair(*from, next.startOfDay(local));
}

MetricSeries chronological(MetricSeries series) {
    struct Order {
        int kind; // 0 = timestamp, 1 = index, 2 = other text
        qint64 value;
    };
    const auto order = [](const QString &key) {
        if (const auto instant = start(key))
            return Order{0, instant->toMSecsSinceEpoch()};
        if (const auto i = index(key))
            return Order{1, *i};
        return Order{2, 0};
    };
    std::stable_sort(series.begin(), series.end(),
                     [&order](const MetricBucket &a, const MetricBucket &b) {
                         const Order x = order(a.key);
                         const Order y = order(b.key);
                         if (x.kind != y.kind)
                             return x.kind < y.kind;
                         if (x.kind == 2)
                             return a.key < b.key;
                         return x.value < y.value;
                     });
    return series;
}

} // namespace Density::BucketKey

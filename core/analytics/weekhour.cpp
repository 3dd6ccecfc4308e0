#include "weekhour.h"

#include "bucketkey.h"
#include "metricrules.h"
#include "operatingtime.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace Density {

const WeekHourMatrix::Cell &WeekHourMatrix::cell(int weekday, int hour) const {
    static const Cell empty;
    if (weekday < 0 || weekday >= Days || hour < 0 || hour >= Hours)
        return empty;
    return cells[size_t(weekday)][size_t(hour)];
}

std::optional<double> WeekHourMatrix::scaleFraction(int weekday, int hour) const {
    const Cell &c = cell(weekday, hour);
    if (!c.value || !scaleMin || !scaleMax)
        return std::nullopt;
    double low = *scaleMin;
    double high = *scaleMax;
    if (high <= low) {
        //! HeatmapGrid::effectiveScale()'s rule, so the matrix and the painted heatmap agree:
        //! the data's own range, anchored at 0 when every value is equal.
        bool any = false;
        for (const auto &day : cells) {
            for (const Cell &other : day) {
                if (!other.value)
                    continue;
                low = any ? std::min(low, *other.value) : *other.value;
                high = any ? std::max(high, *other.value) : *other.value;
                any = true;
            }
        }
        if (high <= low) {
            if (low < 0.0)
                high = 0.0;
            else if (high > 0.0)
                low = 0.0;
            else
                return 0.0;
        }
    }
    return std::clamp((*c.value - low) / (high - low), 0.0, 1.0);
}

namespace WeekHours {

namespace {

std::optional<double> sampleOf(const MetricBucket &bucket, WeekHourMetric metric) {
    switch (metric) {
    case WeekHourMetric::OccupancyAvg:
        if (bucket.occupancyAvg.hasValue())
            return bucket.occupancyAvg.value();
        break;
    case WeekHourMetric::OccupancyMax:
        if (bucket.occupancyMax.hasValue())
            return double(bucket.occupancyMax.value());
        break;
    case WeekHourMetric::UtilizationAvg:
        if (bucket.utilizationAvg.hasValue())
            return bucket.utilizationAvg.value();
        break;
    case WeekHourMetric::TimeUsedShare:
        if (bucket.timeUsedPercentage.hasValue())
            return bucket.timeUsedPercentage.value();
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<double> percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const auto upper = std::min(lower + 1, values.size() - 1);
    const double fraction = rank - double(lower);
    return values.at(lower) + (values.at(upper) - values.at(lower)) * fraction;
}

std::pair<int, int> cellAt(const QDateTime &instant, const QTimeZone &zone) {
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant;
    return {OperatingTime::apiWeekday(local.date()), local.time().hour()};
}

WeekHourMatrix build(const MetricSeries &buckets, const QTimeZone &zone,
                     const WeekHourOptions &options) {
    using MetricRules::DataQuality;
    WeekHourMatrix matrix;
    std::array<std::array<double, WeekHourMatrix::Hours>, WeekHourMatrix::Days> sums{};
    QSet<qint64> weeks;
    for (const MetricBucket &bucket : buckets) {
        const DataQuality quality = MetricRules::classify(bucket, options.now);
        const std::optional<QDateTime> start = BucketKey::start(bucket.key);
        const std::optional<double> sample = sampleOf(bucket, options.metric);
        if (!start || !MetricRules::hasData(quality) || !sample ||
            (!options.includeLowQuality && quality == DataQuality::LowQuality)) {
            ++matrix.bucketsSkipped;
            continue;
        }
        const QDateTime local = zone.isValid() ? start->toTimeZone(zone) : *start;
        const auto [weekday, hour] = cellAt(local, QTimeZone());
        WeekHourMatrix::Cell &cell = matrix.cells[size_t(weekday)][size_t(hour)];
        sums[size_t(weekday)][size_t(hour)] += *sample;
        ++cell.samples;
        ++matrix.bucketsUsed;
        weeks.insert(local.date().addDays(-weekday).toJulianDay());
    }

    QList<double> values;
    for (int d = 0; d < WeekHourMatrix::Days; ++d) {
        for (int h = 0; h < WeekHourMatrix::Hours; ++h) {
            WeekHourMatrix::Cell &cell = matrix.cells[size_t(d)][size_t(h)];
            if (cell.samples > 0) {
                cell.value = sums[size_t(d)][size_t(h)] / cell.samples;
                values.append(*cell.value);
            }
        }
    }
    matrix.scaleMin = percentile(values, options.lowPercentile);
    matrix.scaleMax = percentile(values, options.highPercentile);
    matrix.weeks = int(weeks.size());
    return matrix;
}

} // namespace WeekHours
} // namespace Density

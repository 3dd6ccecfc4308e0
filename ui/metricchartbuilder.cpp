#include "metricchartbuilder.h"

#include "analytics/bucketkey.h"
#include "analytics/decimate.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace Density {

namespace {

constexpr double MsPerHour = 3'600'000.0;
constexpr double Epsilon = 1e-6;

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::MetricChartBuilder)
};

bool touches(double a, double b) {
    return std::abs(a - b) < Epsilon;
}

template <typename Append>
ChartRuns runs(const QList<ChartBucket> &buckets, const MetricChartBuilder::ValueOf &value,
               Append append) {
    ChartRuns out;
    QList<QPointF> current;
    double lastEnd = 0;
    const auto flush = [&] {
        if (!current.isEmpty())
            out.append(std::move(current));
        current = {};
    };
    for (const ChartBucket &b : buckets) {
        const std::optional<double> v =
            MetricRules::hasData(b.quality) ? value(b.bucket) : std::nullopt;
        if (!v || !std::isfinite(*v)) {
            flush();
            continue;
        }
        if (!current.isEmpty() && !touches(b.x0, lastEnd))
            flush();
        append(current, b, *v);
        lastEnd = b.x1;
    }
    flush();
    return out;
}

//! Joins runs[i] and runs[i + 1] for every i in `join`.
ChartRuns joinRuns(const ChartRuns &input, const QList<bool> &joinAfter) {
    ChartRuns out;
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (i > 0 && joinAfter.at(i - 1))
            out.last().append(input.at(i));
        else
            out.append(input.at(i));
    }
    return out;
}

QString uniqueLabel(QString label, QSet<QString> *seen) {
    // QCategoryAxis keys its categories by label: two "08:00" ticks on different days would
    // collapse into one. A zero-width space keeps them apart without changing what is shown.
    while (seen->contains(label))
        label += QChar(0x200B);
    seen->insert(label);
    return label;
}

} // namespace

namespace MetricChartBuilder {

double wallHours(const QDateTime &instant) {
    const QDateTime wall(instant.date(), instant.time(), QTimeZone::utc());
    return double(wall.toMSecsSinceEpoch()) / MsPerHour;
}

QDateTime wallTime(double hours) {
    return QDateTime::fromMSecsSinceEpoch(std::llround(hours * MsPerHour), QTimeZone::utc());
}

std::pair<double, double> wallRange(const TimeRange &range, const QTimeZone &zone) {
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::utc();
    return {wallHours(range.start.toTimeZone(local)),
            wallHours(range.end.addSecs(1).toTimeZone(local))};
}

QList<ChartBucket> place(const MetricSeries &series, TimeResolution resolution,
                         const QTimeZone &zone, const TimeRange &range, const QDateTime &now,
                         const ChartTimeAxis &axis) {
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::utc();
    QList<ChartBucket> out;
    out.reserve(series.size());
    for (const MetricBucket &bucket : BucketKey::chronological(series)) {
        ChartBucket placed;
        placed.bucket = bucket;
        placed.quality = MetricRules::classify(bucket, now);
        switch (resolution) {
        case TimeResolution::Weekday: {
            const std::optional<int> day = BucketKey::index(bucket.key);
            if (!day || *day > 6)
                continue;
            placed.wall0 = (*day + 6) % 7; // Monday first, as people read a week
            placed.wall1 = placed.wall0 + 1;
            break;
        }
        case TimeResolution::HourOfDay: {
            const std::optional<int> hour = BucketKey::index(bucket.key);
            if (!hour)
                continue;
            placed.wall0 = *hour;
            placed.wall1 = *hour + 1;
            break;
        }
        case TimeResolution::Total:
            std::tie(placed.wall0, placed.wall1) = wallRange(range, local);
            break;
        default: {
            const std::optional<QDateTime> start = BucketKey::start(bucket.key);
            if (!start)
                continue;
            placed.wall0 = wallHours(*start);
            const double nominal = double(std::max<qint64>(60, bucketSeconds(resolution))) / 3600;
            const auto period = BucketKey::period(bucket.key, resolution, local);
            placed.wall1 = period ? wallHours(period->second.toTimeZone(local)) : 0;
            if (placed.wall1 <= placed.wall0) // the repeated DST hour: keep its length
                placed.wall1 = placed.wall0 + nominal;
            break;
        }
        }
        placed.x0 = axis.toX(placed.wall0);
        placed.x1 = axis.toX(placed.wall1);
        out.append(placed);
    }
    return out;
}

ChartRuns lineRuns(const QList<ChartBucket> &buckets, const ValueOf &value) {
    ChartRuns out = runs(buckets, value, [](QList<QPointF> &run, const ChartBucket &b, double v) {
        run.append(QPointF(b.middle(), v));
    });
    // A lone bucket between gaps (or a whole-range `total`) is a dash across its own width: a
    // single point would draw nothing at all.
    for (QList<QPointF> &run : out) {
        if (run.size() != 1)
            continue;
        const qsizetype index = bucketAt(buckets, run.first().x());
        if (index >= 0) {
            const double y = run.first().y();
            run = {QPointF(buckets.at(index).x0, y), QPointF(buckets.at(index).x1, y)};
        }
    }
    return out;
}

ChartRuns stepRuns(const QList<ChartBucket> &buckets, const ValueOf &value) {
    return runs(buckets, value, [](QList<QPointF> &run, const ChartBucket &b, double v) {
        run.append(QPointF(b.x0, v));
        run.append(QPointF(b.x1, v));
    });
}

ChartRuns decimate(const ChartRuns &input, double xMin, double xMax, int pixelWidth, int maxRuns) {
    if (input.isEmpty())
        return {};
    const int width = std::max(16, pixelWidth);
    const double span = std::max(xMax - xMin, Epsilon);
    const double perPixel = span / width;

    // Gaps narrower than two pixels cannot be seen; nor can more runs than a plot holds.
    QList<double> gaps;
    for (qsizetype i = 0; i + 1 < input.size(); ++i)
        gaps.append(input.at(i + 1).first().x() - input.at(i).last().x());
    QList<bool> joinAfter(gaps.size(), false);
    qsizetype remaining = input.size();
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        if (gaps.at(i) < 2 * perPixel) {
            joinAfter[i] = true;
            --remaining;
        }
    }
    if (remaining > maxRuns) {
        QList<qsizetype> order;
        for (qsizetype i = 0; i < gaps.size(); ++i) {
            if (!joinAfter.at(i))
                order.append(i);
        }
        std::stable_sort(order.begin(), order.end(),
                         [&gaps](qsizetype a, qsizetype b) { return gaps.at(a) < gaps.at(b); });
        for (qsizetype k = 0; k < order.size() && remaining > maxRuns; ++k, --remaining)
            joinAfter[order.at(k)] = true;
    }
    const ChartRuns joined = joinRuns(input, joinAfter);

    ChartRuns out;
    out.reserve(joined.size());
    for (const QList<QPointF> &run : joined) {
        const double runSpan = run.last().x() - run.first().x();
        const int budget = std::max(4, int(std::ceil(2.0 * width * runSpan / span)) + 2);
        out.append(run.size() > budget ? Decimation::minMax(run, budget) : run);
    }
    return out;
}

QList<QPointF> thin(const QList<QPointF> &points, double xMin, double xMax, int columns) {
    if (points.size() <= columns || columns <= 0)
        return points;
    const double span = std::max(xMax - xMin, Epsilon);
    QList<QPointF> out;
    qsizetype lastColumn = -1;
    for (const QPointF &p : points) {
        const auto column = qsizetype(std::floor((p.x() - xMin) / span * columns));
        if (column != lastColumn || out.isEmpty()) {
            out.append(p);
            lastColumn = column;
        } else if (p.y() > out.last().y()) {
            out.last() = p;
        }
    }
    return out;
}

ChartRanges ranges(const QList<ChartBucket> &buckets,
                   const std::function<bool(const ChartBucket &)> &accept) {
    ChartRanges out;
    for (const ChartBucket &b : buckets) {
        if (!accept(b))
            continue;
        if (!out.isEmpty() && touches(out.last().second, b.x0))
            out.last().second = b.x1;
        else
            out.append({b.x0, b.x1});
    }
    return out;
}

ChartRanges unite(const QList<ChartRanges> &lists) {
    ChartRanges all;
    for (const ChartRanges &list : lists)
        all.append(list);
    std::sort(all.begin(), all.end());
    ChartRanges out;
    for (const auto &range : std::as_const(all)) {
        if (!out.isEmpty() && range.first <= out.last().second + Epsilon)
            out.last().second = std::max(out.last().second, range.second);
        else
            out.append(range);
    }
    return out;
}

QList<AxisTick> ticks(const ChartTimeAxis &axis, TimeResolution resolution, const QLocale &locale,
                      int maxTicks, bool *centred) {
    QList<AxisTick> out;
    QSet<QString> seen;
    const double xMin = axis.xMin();
    const double xMax = axis.xMax();
    // On-value ticks strictly inside: a label at either end would be cut off by the plot's edge.
    const auto add = [&](double x, const QString &label) {
        if (x > xMin + Epsilon && x < xMax - Epsilon && (out.isEmpty() || x > out.last().x))
            out.append({x, uniqueLabel(label, &seen)});
    };
    maxTicks = std::max(2, maxTicks);
    *centred = false;

    if (resolution == TimeResolution::Weekday) {
        *centred = true; // category ends; the view centres each day's name under its stretch
        for (int position = 0; position < 7; ++position)
            out.append({double(position + 1), locale.dayName(position + 1, QLocale::ShortFormat)});
        return out;
    }
    const auto hourTicks = [&](double span) {
        int step = 12;
        for (int candidate : {1, 2, 3, 4, 6, 12}) {
            step = candidate;
            if (span / candidate <= maxTicks)
                break;
        }
        for (const ChartTimeAxis::Segment &segment : axis.segments()) {
            for (double h = std::ceil(segment.wallFrom / step) * step; h <= segment.wallTo;
                 h += step)
                add(axis.toX(h),
                    locale.toString(QTime(int(std::fmod(h, 24.0)), 0), QLocale::ShortFormat));
        }
    };
    if (resolution == TimeResolution::HourOfDay) {
        hourTicks(xMax - xMin);
        return out;
    }

    // The days the axis shows, each with its stretch.
    struct Day {
        QDate date;
        double from;
        double to;
    };
    QList<Day> days;
    const double wallFrom = axis.segments().first().wallFrom;
    const double wallTo = axis.segments().last().wallTo;
    const QDate lastDate = wallTime(wallTo - Epsilon).date();
    for (QDate date = wallTime(wallFrom).date(); date <= lastDate; date = date.addDays(1)) {
        const double midnight = wallHours(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
        const double from = axis.toX(std::max(midnight, wallFrom));
        const double to = axis.toX(std::min(midnight + 24, wallTo));
        if (to - from > Epsilon)
            days.append({date, from, to});
    }
    if (days.size() <= 1) {
        hourTicks(wallTo - wallFrom);
        return out;
    }
    if (days.size() <= maxTicks) {
        *centred = true;
        //: Date pattern (QDate::toString) of a day label on a chart of up to two weeks.
        const QString pattern = days.size() <= 14 ? Tr::tr("ddd d") : Tr::tr("d MMM");
        for (const Day &day : std::as_const(days))
            out.append({day.to, uniqueLabel(locale.toString(day.date, pattern), &seen)});
        out.last().x = xMax;
        return out;
    }
    const auto xOf = [&axis](const QDate &date) {
        return axis.toX(wallHours(QDateTime(date, QTime(0, 0), QTimeZone::utc())));
    };
    const QDate first = days.first().date;
    const QDate last = days.last().date;
    if (double(first.daysTo(last)) / 7 <= maxTicks) {
        for (QDate monday = first.addDays((8 - first.dayOfWeek()) % 7); monday <= last;
             monday = monday.addDays(7))
            add(xOf(monday), locale.toString(monday, Tr::tr("d MMM")));
        return out;
    }
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month();
    int monthStep = 12;
    for (int candidate : {1, 2, 3, 6, 12}) {
        monthStep = candidate;
        if (months / candidate <= maxTicks)
            break;
    }
    QDate month = QDate(first.year(), first.month(), 1).addMonths(1);
    while ((month.month() - 1) % monthStep != 0)
        month = month.addMonths(1);
    for (; month <= last; month = month.addMonths(monthStep)) {
        //: Date pattern of a month label; the year is shown in January and on the first label.
        const QString pattern =
            month.month() == 1 || out.isEmpty() ? Tr::tr("MMM yyyy") : Tr::tr("MMM");
        add(xOf(month), locale.toString(month, pattern));
    }
    return out;
}

qsizetype bucketAt(const QList<ChartBucket> &buckets, double x) {
    const auto it =
        std::upper_bound(buckets.begin(), buckets.end(), x,
                         [](double value, const ChartBucket &b) { return value < b.x0; });
    if (it == buckets.begin())
        return -1;
    const qsizetype index = std::distance(buckets.begin(), it) - 1;
    return x < buckets.at(index).x1 ? index : -1;
}

int pointCount(const ChartRuns &runs) {
    int count = 0;
    for (const QList<QPointF> &run : runs)
        count += int(run.size());
    return count;
}

} // namespace MetricChartBuilder

} // namespace Density

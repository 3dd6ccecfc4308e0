#include "windowing.h"

namespace Density::Windowing {

QList<TimeRange> split(const TimeRange &range, qint64 maxSpanSeconds, bool inclusiveLimit) {
    const qint64 span = range.spanSeconds();
    if (span < maxSpanSeconds || (inclusiveLimit && span == maxSpanSeconds))
        return {range};
    // An inclusive limit allows end - start == max; a strict one stops a second short. Using
    // the strict step for both would leave a 30-day health range a zero-length fourth window.
    const qint64 step = inclusiveLimit ? maxSpanSeconds : maxSpanSeconds - 1;
    QList<TimeRange> windows;
    QDateTime start = range.start;
    while (start <= range.end) {
        TimeRange window = range;
        window.start = start;
        window.end = std::min(range.end, start.addSecs(step));
        windows.append(window);
        start = window.end.addSecs(1);
    }
    return windows;
}

QList<TimeRange> forResolution(const TimeRange &range, TimeResolution resolution) {
    if (resolution == TimeResolution::Week)
        return split(range, 364 * Day, false);
    return split(range, maxRangeSeconds(resolution), false);
}

QList<TimeRange> forDataStatus(const TimeRange &range) {
    // The completeness view shows each window as a column, so windows step by whole days
    // (10 days less a second) rather than by the full inclusive limit, which would start
    // every later window a second past midnight.
    QList<TimeRange> windows = range.spanSeconds() <= DataStatusMaxSeconds
                                   ? QList<TimeRange>{range}
                                   : split(range, DataStatusMaxSeconds, false);
    TimeRange &last = windows.last();
    if (last.spanSeconds() < DataStatusMinSeconds)
        last.start = last.end.addSecs(-DataStatusMinSeconds);
    return windows;
}

QList<QStringList> batches(const QStringList &ids, int size) {
    if (ids.isEmpty())
        return {QStringList()};
    QList<QStringList> result;
    for (qsizetype offset = 0; offset < ids.size(); offset += size)
        result.append(ids.mid(offset, size));
    return result;
}

} // namespace Density::Windowing

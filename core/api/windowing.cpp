#include "windowing.h"

namespace Density::Windowing {

QList<TimeRange> split(const TimeRange &range, qint64 maxSpanSeconds, bool inclusiveLimit) {
    const qint64 span = range.spanSeconds();
    if (span < maxSpanSeconds || (inclusiveLimit && span == maxSpanSeconds))
        return {range};
    QList<TimeRange> windows;
    QDateTime start = range.start;
    while (start <= range.end) {
        TimeRange window = range;
        window.start = start;
        window.end = std::min(range.end, start.addSecs(maxSpanSeconds - 1));
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
    QList<TimeRange> windows = split(range, DataStatusMaxSeconds, true);
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

#include "healthtimeline.h"

#include <algorithm>

namespace Density::HealthTimeline {

QList<HealthSegment> segments(const QList<SensorHealthChange> &changes, const TimeRange &range) {
    QList<HealthSegment> out;
    if (!range.start.isValid() || !range.end.isValid() || range.start >= range.end)
        return out;

    struct Point {
        QDateTime at;
        HealthStatus status;
    };
    QList<Point> points;
    for (const SensorHealthChange &change : changes) {
        const std::optional<QDateTime> at = TimeRange::parseTimestamp(change.timestamp, nullptr);
        if (at && at->isValid())
            points.append({at->toUTC(), change.status});
    }
    // Stable: two entries at the same instant keep the order the API gave (the later wins).
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return a.at < b.at; });

    HealthSegment current;
    current.start = range.start;
    current.atRangeStart = true;
    current.noData = true;
    current.status = HealthStatus::Unknown;
    for (const Point &point : points) {
        if (point.at <= range.start) {
            // A change at or before the start sets the status in force at the start.
            current.status = point.status;
            current.noData = false;
            continue;
        }
        if (point.at >= range.end)
            break;
        if (!current.noData && point.status == current.status)
            continue; // a window restating the status, not a change
        current.end = point.at;
        if (current.start < current.end)
            out.append(current);
        current = HealthSegment{};
        current.start = point.at;
        current.status = point.status;
    }
    current.end = range.end;
    if (current.start < current.end)
        out.append(current);
    return out;
}

const HealthSegment *segmentAt(const QList<HealthSegment> &segments, const QDateTime &at) {
    for (const HealthSegment &segment : segments) {
        if (segment.start <= at && at < segment.end)
            return &segment;
    }
    return nullptr;
}

} // namespace Density::HealthTimeline

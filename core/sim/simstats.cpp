#include "simstats.h"

#include <algorithm>

namespace Density::Sim {

QVector<SimBucketStats> accumulateStats(const QVector<SimSegment> &segments,
                                        const SimBucketPlan &plan) {
    QVector<SimBucketStats> stats(plan.keys.size());
    qsizetype first = 0;
    for (const SimSlice &slice : plan.slices) {
        while (first < segments.size() && segments[first].end <= slice.from)
            ++first;
        SimBucketStats &st = stats[slice.bucket];
        for (qsizetype i = first; i < segments.size() && segments[i].start < slice.to; ++i) {
            const SimSegment &seg = segments[i];
            const qint64 lo = std::max(seg.start, slice.from);
            const qint64 hi = std::min(seg.end, slice.to);
            if (hi <= lo)
                continue;
            if (seg.online) {
                const qint64 len = hi - lo;
                st.onlineMs += len;
                st.peopleMs += qint64(seg.count) * len;
                if (seg.count > 0)
                    st.occupiedMs += len;
                st.max = std::max(st.max, seg.count);
                st.min = std::min(st.min, seg.count);
            }
            if (i > 0 && seg.start >= slice.from && seg.start < slice.to && seg.online &&
                segments[i - 1].online && segments[i - 1].end == seg.start) {
                const int delta = seg.count - segments[i - 1].count;
                if (delta > 0)
                    st.entrances += delta;
                else
                    st.exits -= delta;
            }
        }
    }
    return stats;
}

} // namespace Density::Sim

#include "simanalytics.h"

#include "simghosttime.h"
#include "simjsonwriter.h"
#include "simstats.h"
#include "simstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {

//! Segments over [from, to) with nothing after `now` (data not arrived yet).
QVector<SimSegment> historicalSegments(const SimStore &store, int space, qint64 from, qint64 to) {
    const qint64 now = store.now();
    QVector<SimSegment> segs;
    if (from < now)
        segs = store.occupancy().segments(space, from, std::min(to, now));
    if (to > now)
        segs.append({std::max(from, now), to, 0, false});
    return segs;
}

void writeBucket(SimJsonWriter &w, const SimSpace &space, const SimBucketStats &st, qint64 length,
                 SimMetricSet metrics) {
    const double b = double(length);
    const bool anyOnline = st.onlineMs > 0;
    const int max = anyOnline ? st.max : 0;
    const int min = anyOnline ? st.min : 0;
    const double avg = double(st.peopleMs) / b;
    const bool waffle = space.mode == CountingMode::Waffle && space.type == SpaceType::Space;
    const bool occupancy = metrics == SimMetricSet::All || metrics == SimMetricSet::Occupancy;
    const bool timeUsed = metrics == SimMetricSet::All || metrics == SimMetricSet::TimeUsed;
    const bool utilization = metrics == SimMetricSet::All || metrics == SimMetricSet::Utilization;

    w.beginObject();
    if (occupancy) {
        w.key("occupancy_avg"_L1).value(avg);
        w.key("occupancy_max"_L1).value(max);
        w.key("occupancy_min"_L1).value(min);
    }
    if (utilization) {
        // Capacity 0 => 0, capacity unset => null (REFERENCE §3.6).
        std::optional<double> uAvg;
        std::optional<double> uMax;
        if (space.capacity) {
            uAvg = *space.capacity > 0 ? avg / *space.capacity : 0.0;
            uMax = *space.capacity > 0 ? double(max) / *space.capacity : 0.0;
        }
        w.key("utilization_avg"_L1).nullableDouble(uAvg);
        w.key("utilization_max"_L1).nullableDouble(uMax);
    }
    if (timeUsed) {
        w.key("time_used_raw"_L1).value(st.occupiedMs);
        w.key("time_used_percentage"_L1).value(double(st.occupiedMs) / b);
    }
    if (metrics == SimMetricSet::All && space.mode == CountingMode::Entry &&
        space.type == SpaceType::Space) {
        w.key("entrances"_L1).value(st.entrances);
        w.key("exits"_L1).value(st.exits);
    }
    if (metrics != SimMetricSet::TimeUsed) {
        w.key("is_capped"_L1).value(waffle && max >= 3);
        w.key("capped_count_limit"_L1).nullableInt(waffle ? std::optional<int>(3) : std::nullopt);
    }
    w.key("up_time"_L1).value(double(st.onlineMs) / b);
    w.endObject();
}

//! The ghost-time fault: intervals with no session behind them count as occupied time.
void addGhostTime(const SimStore &store, int space, qint64 from, qint64 to,
                  const SimBucketPlan &plan, QVector<SimBucketStats> &stats) {
    const QVector<QPair<qint64, qint64>> ghosts = ghostTimeIntervals(store, space, from, to);
    for (const auto &[a, b] : ghosts) {
        for (const SimSlice &slice : plan.slices) {
            const qint64 overlap = std::min(b, slice.to) - std::max(a, slice.from);
            if (overlap > 0)
                stats[slice.bucket].occupiedMs += overlap;
        }
    }
}

} // namespace

QByteArray writeAnalytics(const SimStore &store, const SimAnalyticsQuery &query,
                          SimMetricSet metrics) {
    const SimPortfolio &p = store.portfolio();
    QHash<int, SimBucketPlan> plans; // per zone index: every space in a zone shares buckets
    SimJsonWriter w;
    w.beginObject();
    for (int index : query.spaces) {
        const SimSpace &space = p.spaces[size_t(index)];
        auto plan = plans.find(space.zone);
        if (plan == plans.end()) {
            const SimZone &zone = p.zones.zone(space.zone);
            const auto window = query.range.window(zone.timeZone());
            plan =
                plans.insert(space.zone, planBuckets(query.resolution, window.first, window.second,
                                                     zone, query.hours, query.range.start.text));
        }
        const auto window = query.range.window(p.zones.zone(space.zone).timeZone());
        const QVector<SimSegment> segs =
            historicalSegments(store, index, window.first, window.second);
        QVector<SimBucketStats> stats = accumulateStats(segs, *plan);
        if (store.options().faults.ghostTimeUsed)
            addGhostTime(store, index, window.first, window.second, *plan, stats);
        w.key(space.id);
        w.beginObject();
        for (qsizetype b = 0; b < plan->keys.size(); ++b) {
            if (plan->lengths[b] <= 0)
                continue;
            w.key(plan->keys[b]);
            writeBucket(w, space, stats[b], plan->lengths[b], metrics);
        }
        w.endObject();
    }
    w.endObject();
    return w.take();
}

QByteArray writeRawSessions(const SimStore &store, const SimValidation::DateRange &range,
                            const QVector<int> &spaces) {
    const SimPortfolio &p = store.portfolio();
    SimJsonWriter w;
    w.beginObject();
    for (int index : spaces) {
        const SimSpace &space = p.spaces[size_t(index)];
        const SimZone &zone = p.zones.zone(space.zone);
        const auto window = range.window(zone.timeZone());
        const QVector<SimSegment> segs =
            historicalSegments(store, index, window.first, window.second);
        w.key(space.id);
        w.beginObject();
        w.key("sessions"_L1);
        w.beginArray();
        for (qsizetype i = 0; i < segs.size();) {
            if (!segs[i].online || segs[i].count <= 0) {
                ++i;
                continue;
            }
            const qint64 start = segs[i].start;
            qint64 end = segs[i].end;
            ++i;
            while (i < segs.size() && segs[i].online && segs[i].count > 0 && segs[i].start == end)
                end = segs[i++].end;
            w.beginObject();
            w.key("start_time"_L1).value(formatWithOffset(start, zone.offsetAt(start)));
            w.key("end_time"_L1).value(formatWithOffset(end, zone.offsetAt(end)));
            w.key("session_type"_L1).value("1"_L1);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endObject();
    return w.take();
}

} // namespace Density::Sim

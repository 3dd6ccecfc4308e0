#include "simoccupancy.h"

#include "simdaypattern.h"
#include "simlivelayer.h"
#include "simportfolio.h"
#include "simrandom.h"
#include "simtime.h"

#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

QString spaceHealthName(SpaceHealth health) {
    switch (health) {
    case SpaceHealth::Healthy:
        return u"healthy"_s;
    case SpaceHealth::Degraded:
        return u"degraded"_s;
    case SpaceHealth::Offline:
        return u"offline"_s;
    case SpaceHealth::Unknown:
        break;
    }
    return u"unknown"_s;
}

SimOccupancy::SimOccupancy(const SimPortfolio &portfolio, const SimSensorHealth &health,
                           quint64 seed, const SimLiveLayer *live)
    : m_portfolio(portfolio)
    , m_health(health)
    , m_seed(hashMix(seed, 0x0CC))
    , m_live(live) {}

namespace {

//! Splits `segments` (covering [from, to)) so that outage stretches read count 0 / offline.
QVector<SimSegment> applyOutages(const QVector<SimSegment> &segments,
                                 const QVector<SimOutage> &outages) {
    if (outages.isEmpty())
        return segments;
    QVector<SimSegment> out;
    out.reserve(segments.size() + 2 * outages.size());
    qsizetype o = 0;
    for (SimSegment seg : segments) {
        qint64 cursor = seg.start;
        while (cursor < seg.end) {
            while (o < outages.size() && outages[o].end <= cursor)
                ++o;
            if (o >= outages.size() || outages[o].start >= seg.end) {
                out.append({cursor, seg.end, seg.count, seg.online});
                break;
            }
            const SimOutage &outage = outages[o];
            if (outage.start > cursor) {
                out.append({cursor, outage.start, seg.count, seg.online});
                cursor = outage.start;
            }
            const qint64 until = std::min(outage.end, seg.end);
            out.append({cursor, until, 0, false});
            cursor = until;
        }
    }
    // Merge neighbours that became equal.
    QVector<SimSegment> merged;
    merged.reserve(out.size());
    for (const SimSegment &s : std::as_const(out)) {
        if (!merged.isEmpty() && merged.last().count == s.count &&
            merged.last().online == s.online && merged.last().end == s.start) {
            merged.last().end = s.end;
        } else {
            merged.append(s);
        }
    }
    return merged;
}

//! Sum of several segment lists that each cover [from, to); online if any part is online.
QVector<SimSegment> sumSegments(const QVector<QVector<SimSegment>> &parts, qint64 from, qint64 to) {
    struct Event {
        qint64 t;
        int count;
        int online;
    };
    QVector<Event> events;
    for (const auto &list : parts) {
        for (const SimSegment &s : list) {
            events.append({s.start, s.count, s.online ? 1 : 0});
            events.append({s.end, -s.count, s.online ? -1 : 0});
        }
    }
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.t < b.t; });
    QVector<SimSegment> out;
    int count = 0;
    int online = 0;
    qint64 cursor = from;
    for (qsizetype i = 0; i < events.size();) {
        const qint64 t = events[i].t;
        if (t > cursor) {
            const SimSegment seg{cursor, t, count, online > 0};
            if (!out.isEmpty() && out.last().count == seg.count && out.last().online == seg.online)
                out.last().end = t;
            else
                out.append(seg);
            cursor = t;
        }
        while (i < events.size() && events[i].t == t) {
            count += events[i].count;
            online += events[i].online;
            ++i;
        }
    }
    if (cursor < to)
        out.append({cursor, to, 0, false});
    return out;
}

} // namespace

QVector<SimSegment> SimOccupancy::ownSegments(int spaceIndex, qint64 from, qint64 to) const {
    const SimSpace &space = m_portfolio.spaces[size_t(spaceIndex)];
    const SimZone &zone = m_portfolio.zones.zone(space.zone);
    QVector<SimSegment> out;
    const SimDayInfo *day = &zone.dayContaining(from);
    while (day->start < to) {
        const QVector<SimChange> changes =
            SimDayPattern::generate(space, m_seed, day->julianDay, day->weekday);
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const auto toUtc = [day](int minute) {
                const int hour = minute / 60;
                return std::min(day->hourStart[size_t(hour)] + (minute % 60) * kMinuteMs,
                                day->hourStart[size_t(hour + 1)]);
            };
            const qint64 a = i == 0 ? day->start : toUtc(changes[i].minute);
            const qint64 b = i + 1 < changes.size() ? toUtc(changes[i + 1].minute) : day->end;
            const qint64 lo = std::max(a, from);
            const qint64 hi = std::min(b, to);
            if (hi <= lo)
                continue;
            if (!out.isEmpty() && out.last().count == changes[i].count && out.last().end == lo)
                out.last().end = hi;
            else
                out.append({lo, hi, changes[i].count, true});
        }
        day = &zone.day(day->julianDay + 1);
    }
    return applyOutages(out, m_health.combinedOutages(space.sensors, from, to));
}

QVector<SimSegment> SimOccupancy::segments(int spaceIndex, qint64 from, qint64 to) const {
    if (to <= from)
        return {};
    const SimSpace &space = m_portfolio.spaces[size_t(spaceIndex)];
    QVector<QVector<SimSegment>> parts;
    if (space.hasOwnData())
        parts.append(ownSegments(spaceIndex, from, to));
    for (int child : space.children)
        parts.append(segments(child, from, to));
    if (parts.isEmpty())
        return {{from, to, 0, false}};
    if (parts.size() == 1)
        return parts.first();
    return sumSegments(parts, from, to);
}

int SimOccupancy::countAt(int space, qint64 t) const {
    const SimDayInfo &day =
        m_portfolio.zones.zone(m_portfolio.spaces[size_t(space)].zone).dayContaining(t);
    const QVector<SimSegment> segs = segments(space, std::max(day.start, t - kMinuteMs), t + 1);
    SimLiveValue value;
    value.count = segs.isEmpty() ? 0 : segs.last().count;
    if (m_live && m_live->activeAt(t))
        applyLiveLayer(space, t, &value);
    return value.count;
}

SimLiveValue SimOccupancy::liveValue(int space, qint64 t) const {
    // A one-minute window is enough: the pattern is per minute, and `since` comes from the
    // start of the covering segment of the day.
    const SimDayInfo &day =
        m_portfolio.zones.zone(m_portfolio.spaces[size_t(space)].zone).dayContaining(t);
    const QVector<SimSegment> segs = segments(space, day.start, t + 1);
    SimLiveValue value;
    value.health = healthAt(space, t);
    if (segs.isEmpty())
        return value;
    value.count = segs.last().count;
    value.online = segs.last().online;
    value.since = segs.last().start;
    if (m_live && m_live->activeAt(t))
        applyLiveLayer(space, t, &value);
    return value;
}

bool SimOccupancy::applyLiveLayer(int space, qint64 t, SimLiveValue *value) const {
    QVector<int> nodes = m_portfolio.descendants(space);
    nodes.prepend(space);
    QVector<std::pair<int, SimLiveEvent>> events;
    for (int node : std::as_const(nodes)) {
        if (!m_portfolio.spaces[size_t(node)].hasOwnData())
            continue;
        if (const auto event = m_live->eventAt(node, t))
            events.append({node, *event});
    }
    if (events.isEmpty())
        return false;
    // Same rule as segments(): a parent is the sum of its parts, online while any part is.
    int count = 0;
    bool online = false;
    qint64 since = value->since;
    qsizetype e = 0;
    for (int node : std::as_const(nodes)) {
        const SimSpace &s = m_portfolio.spaces[size_t(node)];
        if (!s.hasOwnData())
            continue;
        const QVector<SimSegment> own = ownSegments(node, t, t + 1);
        int c = own.isEmpty() ? 0 : own.last().count;
        bool o = !own.isEmpty() && own.last().online;
        if (e < events.size() && events[e].first == node) {
            SimLiveLayer::apply(events[e].second, s.mode, &c, &o);
            since = std::max(since, events[e].second.start);
            ++e;
        }
        count += c;
        online = online || o;
    }
    value->count = count;
    value->online = online;
    value->since = since;
    return true;
}

SpaceHealth SimOccupancy::healthAt(int space, qint64 t) const {
    const QVector<int> sensors = m_portfolio.sensorsInSubtree(space);
    if (sensors.isEmpty())
        return SpaceHealth::Unknown;
    int healthy = 0;
    int offline = 0;
    int unknown = 0;
    for (int sensor : sensors) {
        switch (m_health.statusAt(sensor, t)) {
        case SensorHealth::Healthy:
            ++healthy;
            break;
        case SensorHealth::Offline:
            ++offline;
            break;
        case SensorHealth::Unknown:
            ++unknown;
            break;
        case SensorHealth::Degraded:
            break;
        }
    }
    const int n = int(sensors.size());
    if (healthy == n)
        return SpaceHealth::Healthy;
    if (offline == n)
        return SpaceHealth::Offline;
    if (unknown == n)
        return SpaceHealth::Unknown;
    return SpaceHealth::Degraded;
}

} // namespace Density::Sim

#include "simliveroutes.h"

#include "simjsonwriter.h"
#include "simstore.h"
#include "simvalidation.h"
#include "simwstickets.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimLiveRoutes {

namespace {

enum class Want { Counts, Presence, ShortTerm };

bool presenceCapable(const SimSpace &s) {
    return s.mode == CountingMode::Oa || s.mode == CountingMode::Waffle;
}

//! Which spaces a live read answers for. Documented statuses for the three map endpoints have
//! no 404, and "spaces without presence sensors may be missing", so unknown or unsuitable ids
//! are left out there; short-term documents 404 and answers it.
std::optional<QVector<int>> liveSpaces(const SimStore &store, const QJsonObject &body, Want want,
                                       SimResponse &error) {
    const SimPortfolio &p = store.portfolio();
    const auto ids = SimValidation::stringList(body, u"space_ids"_s, error);
    if (!ids)
        return std::nullopt;
    const auto suitable = [&](const SimSpace &s) {
        switch (want) {
        case Want::Counts:
            return s.hasOwnData() || s.type != SpaceType::Space;
        case Want::Presence:
            return (s.hasOwnData() && presenceCapable(s)) || s.type != SpaceType::Space;
        case Want::ShortTerm:
            return (s.hasOwnData() && s.mode == CountingMode::Oa) || s.type == SpaceType::Floor;
        }
        return false;
    };
    QVector<int> out;
    if (ids->isEmpty()) {
        for (size_t i = 0; i < p.spaces.size(); ++i) {
            const SimSpace &s = p.spaces[i];
            if (want == Want::ShortTerm ? suitable(s) : (s.hasOwnData() && suitable(s)))
                out.append(int(i));
        }
        return out;
    }
    for (const QString &id : *ids) {
        const int index = p.spaceIndex(id);
        if (index < 0) {
            if (want == Want::ShortTerm) {
                error = SimResponse::error(404, u"Space %1 not found"_s.arg(id));
                return std::nullopt;
            }
            continue;
        }
        if (suitable(p.spaces[size_t(index)]) && !out.contains(index))
            out.append(index);
    }
    return out;
}

SimResponse liveMap(SimContext &ctx, const SimRequest &request, Want want, bool healthAware) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, false, error);
    if (!body)
        return error;
    const auto spaces = liveSpaces(ctx.store, *body, want, error);
    if (!spaces)
        return error;
    const SimPortfolio &p = ctx.store.portfolio();
    const qint64 now = ctx.store.now();
    const bool wrap =
        ctx.store.options().wrapLiveResponses && (want == Want::Counts || healthAware);
    SimJsonWriter w;
    w.beginObject();
    if (wrap) {
        w.key("data"_L1);
        w.beginObject();
    }
    for (int index : *spaces) {
        const SimSpace &s = p.spaces[size_t(index)];
        const SimLiveValue v = ctx.store.occupancy().liveValue(index, now);
        w.key(s.id);
        if (want == Want::Presence && !healthAware) {
            w.value(v.online && v.count > 0);
            continue;
        }
        w.beginObject();
        if (want == Want::Counts) {
            const bool waffle = s.type == SpaceType::Space && s.mode == CountingMode::Waffle;
            w.key("count"_L1).value(v.count);
            w.key("space_health_status"_L1).value(spaceHealthName(v.health));
            w.key("timestamp"_L1).value(formatUtc(v.since));
            if (s.mode != CountingMode::None)
                w.key("counting_mode"_L1).value(countingModeName(s.mode));
            w.key("is_capped"_L1).value(waffle && v.count >= 3);
            w.key("capped_count_limit"_L1)
                .nullableInt(waffle ? std::optional<int>(3) : std::nullopt);
        } else {
            w.key("presence"_L1).value(v.online && v.count > 0);
            w.key("space_health_status"_L1).value(spaceHealthName(v.health));
            w.key("timestamp"_L1).value(formatUtc(v.since));
            if (s.mode != CountingMode::None)
                w.key("counting_mode"_L1).value(countingModeName(s.mode));
        }
        w.endObject();
    }
    if (wrap)
        w.endObject();
    w.endObject();
    return SimResponse::json(w.take());
}

//! The ws-refuse fault / SimServer::refuseLiveTickets(): 503 with Retry-After while it runs.
std::optional<SimResponse> refusing(const SimContext &ctx) {
    const qint64 ms = ctx.tickets.refusingForMs();
    if (ms <= 0)
        return std::nullopt;
    SimResponse r = SimResponse::error(
        503, u"The WebSocket broker is temporarily unavailable (simulated); retry later"_s);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number((ms + 999) / 1000)});
    return r;
}

//! {"ws_url": "ws://HOST:PORT/v3/<org>/analytics/ws/<kind>/<id>/<what>?ticket=..."}: the
//! path shape a Density tool uses for the presence stream (REFERENCE §8.1); the ticket is the
//! URL's own authentication (one use, SimWsTickets).
SimResponse wsUrlResponse(SimContext &ctx, SimWsTickets::Stream stream, const QString &id) {
    const QString ticket = ctx.tickets.issue(stream, id);
    QString kind = u"floor"_s;
    QString what = u"presence"_s;
    if (stream == SimWsTickets::Stream::SpaceOccupancy) {
        kind = u"space"_s;
        what = u"occupancy"_s;
    } else if (stream == SimWsTickets::Stream::DoorwayEvents) {
        kind = u"doorway"_s;
        what = u"events"_s;
    }
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(ctx.baseUrl.host());
    url.setPort(ctx.baseUrl.port());
    url.setPath(u"/v3/%1/analytics/ws/%2/%3/%4"_s.arg(ctx.store.portfolio().orgId, kind, id, what));
    url.setQuery(u"ticket="_s + ticket);
    SimJsonWriter w;
    w.beginObject();
    w.key("ws_url"_L1).value(url.toString());
    w.endObject();
    return SimResponse::json(w.take());
}

SimResponse broker(SimContext &ctx, const SimRequest &request, SimWsTickets::Stream stream) {
    if (auto refused = refusing(ctx))
        return *refused;
    const QString id = request.pathArgs.value(0);
    const SimPortfolio &p = ctx.store.portfolio();
    const int index = p.spaceIndex(id);
    const bool floorStream = stream == SimWsTickets::Stream::FloorPresence;
    if (index < 0 || (floorStream && p.spaces[size_t(index)].type != SpaceType::Floor)) {
        return SimResponse::error(404, floorStream ? u"Floor %1 not found"_s.arg(id)
                                                   : u"Space %1 not found"_s.arg(id));
    }
    return wsUrlResponse(ctx, stream, id);
}

} // namespace

SimResponse currentOccupancy(SimContext &ctx, const SimRequest &request) {
    return liveMap(ctx, request, Want::Counts, false);
}

SimResponse presence(SimContext &ctx, const SimRequest &request) {
    return liveMap(ctx, request, Want::Presence, false);
}

SimResponse presenceHealth(SimContext &ctx, const SimRequest &request) {
    return liveMap(ctx, request, Want::Presence, true);
}

SimResponse shortTerm(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, false, error);
    if (!body)
        return error;
    // minutes_lookback bounds are unconfirmed; we propose 1..60 with 60 as the default.
    const auto lookback = SimValidation::integer(*body, u"minutes_lookback"_s, 60, error);
    if (!lookback)
        return error;
    if (*lookback < 1 || *lookback > 60)
        return SimResponse::error(400, u"minutes_lookback must be between 1 and 60"_s);
    const auto spaces = liveSpaces(ctx.store, *body, Want::ShortTerm, error);
    if (!spaces)
        return error;
    const SimPortfolio &p = ctx.store.portfolio();
    const qint64 last = floorTo(ctx.store.now(), kMinuteMs);
    const qint64 first = last - qint64(*lookback - 1) * kMinuteMs;
    SimJsonWriter w;
    w.beginObject();
    w.key("data"_L1);
    w.beginArray();
    for (int index : *spaces) {
        const QVector<SimSegment> segs =
            ctx.store.occupancy().segments(index, first, last + kMinuteMs);
        w.beginObject();
        w.key("space_id"_L1).value(p.spaces[size_t(index)].id);
        w.key("metrics"_L1);
        w.beginArray();
        qsizetype s = 0;
        for (qint64 t = first; t <= last; t += kMinuteMs) {
            while (s + 1 < segs.size() && segs[s].end <= t)
                ++s;
            const bool occupied = !segs.isEmpty() && segs[s].online && segs[s].count > 0;
            w.beginObject();
            w.key("timestamp"_L1).value(formatUtc(t));
            w.key("presence"_L1).value(occupied);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return SimResponse::json(w.take());
}

SimResponse floorPresenceBroker(SimContext &ctx, const SimRequest &request) {
    return broker(ctx, request, SimWsTickets::Stream::FloorPresence);
}

SimResponse spaceOccupancyBroker(SimContext &ctx, const SimRequest &request) {
    return broker(ctx, request, SimWsTickets::Stream::SpaceOccupancy);
}

SimResponse doorwayEventsBroker(SimContext &ctx, const SimRequest &request) {
    // Behind SimOptions::doorwayEventsEnabled: REFERENCE §8.4 only proposes this endpoint.
    if (!ctx.store.options().doorwayEventsEnabled)
        return SimResponse::error(404, u"Doorway events are not enabled on this server"_s);
    if (auto refused = refusing(ctx))
        return *refused;
    const QString id = request.pathArgs.value(0);
    const auto &doorways = ctx.store.portfolio().doorways;
    const bool known = std::any_of(doorways.cbegin(), doorways.cend(),
                                   [&id](const SimDoorway &d) { return d.id == id; });
    if (!known)
        return SimResponse::error(404, u"Doorway %1 not found"_s.arg(id));
    return wsUrlResponse(ctx, SimWsTickets::Stream::DoorwayEvents, id);
}

} // namespace Density::Sim::SimLiveRoutes

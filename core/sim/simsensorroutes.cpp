#include "simsensorroutes.h"

#include "simjson.h"
#include "simjsonwriter.h"
#include "simstore.h"
#include "simvalidation.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Density::Sim::SimSensorRoutes {

namespace {

//! Sensors selected by the body: serial numbers (unknown => 404), or sensors installed in the
//! given spaces or below them (unknown space => 404), or all.
std::optional<QVector<int>> selectSensors(const SimStore &store, const QJsonObject &body,
                                          SimResponse &error) {
    if (!SimValidation::checkSensorFilterExclusive(body, error))
        return std::nullopt;
    const SimPortfolio &p = store.portfolio();
    const auto serials = SimValidation::stringList(body, u"serial_numbers"_s, error);
    if (!serials)
        return std::nullopt;
    const auto spaces = SimValidation::spaceIds(store, body, u"space_ids"_s, error);
    if (!spaces)
        return std::nullopt;
    QVector<int> out;
    if (!serials->isEmpty()) {
        for (const QString &serial : *serials) {
            const int sensor = p.sensorIndex(serial);
            if (sensor < 0) {
                error = SimResponse::error(404, u"Sensor %1 not found"_s.arg(serial));
                return std::nullopt;
            }
            if (!out.contains(sensor))
                out.append(sensor);
        }
        return out;
    }
    if (!spaces->isEmpty()) {
        QSet<int> seen;
        for (int space : *spaces) {
            for (int sensor : p.sensorsInSubtree(space)) {
                if (!seen.contains(sensor)) {
                    seen.insert(sensor);
                    out.append(sensor);
                }
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    for (size_t i = 0; i < p.sensors.size(); ++i)
        out.append(int(i));
    return out;
}

} // namespace

SimResponse listSensors(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, false, error);
    if (!body)
        return error;
    const auto sensors = selectSensors(ctx.store, *body, error);
    if (!sensors)
        return error;
    SimJsonWriter w;
    w.beginArray();
    for (int sensor : *sensors)
        SimJson::writeSensor(w, ctx.store, sensor);
    w.endArray();
    return SimResponse::json(w.take());
}

SimResponse healthHistory(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, true, error);
    if (!body)
        return error;
    const auto range = SimValidation::dateRange(*body, error);
    if (!range)
        return error;
    if (range->spanMs > 10 * kDayMs)
        return SimResponse::error(400,
                                  u"Sensor health history accepts at most 10 days per request"_s);
    const auto sensors = selectSensors(ctx.store, *body, error);
    if (!sensors)
        return error;
    // Zone-less timestamps are read as UTC here: sensors belong to no single space zone.
    const qint64 from = range->start.toMSecsNaive();
    const qint64 to = std::min(range->end.toMSecsNaive() + 1000, ctx.store.now());
    const SimPortfolio &p = ctx.store.portfolio();
    SimJsonWriter w;
    w.beginObject();
    for (int sensor : *sensors) {
        w.key(p.sensors[size_t(sensor)].serial);
        w.beginArray();
        if (to > from) {
            // The state at the start of the window, then every change inside it.
            const auto entry = [&w](SensorHealth status, qint64 t) {
                w.beginObject();
                w.key("health_status"_L1).value(sensorHealthName(status));
                w.key("timestamp"_L1).value(formatUtc(t));
                w.endObject();
            };
            const SimSensorHealth &health = ctx.store.health();
            entry(health.statusAt(sensor, from), from);
            const QVector<SimOutage> outages = health.outages(sensor, from, to);
            for (const SimOutage &o : outages) {
                if (o.start > from && o.start < to)
                    entry(o.status, o.start);
                if (o.end > from && o.end < to)
                    entry(SensorHealth::Healthy, o.end);
            }
        }
        w.endArray();
    }
    w.endObject();
    return SimResponse::json(w.take());
}

SimResponse currentHealth(SimContext &ctx, const SimRequest &request) {
    SimResponse error;
    const auto body = SimValidation::jsonBody(request, false, error);
    if (!body)
        return error;
    const auto sensors = selectSensors(ctx.store, *body, error);
    if (!sensors)
        return error;
    const qint64 now = ctx.store.now();
    const SimPortfolio &p = ctx.store.portfolio();
    SimJsonWriter w;
    w.beginObject();
    w.key("data"_L1);
    w.beginArray();
    for (int sensor : *sensors) {
        w.beginObject();
        w.key("serial_number"_L1).value(p.sensors[size_t(sensor)].serial);
        w.key("health_status"_L1).value(sensorHealthName(ctx.store.health().statusAt(sensor, now)));
        w.key("last_status_change"_L1)
            .value(formatUtc(floorTo(ctx.store.health().statusSince(sensor, now), 1000)));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return SimResponse::json(w.take());
}

} // namespace Density::Sim::SimSensorRoutes

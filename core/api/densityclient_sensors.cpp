// Sensors: inventory, current health and health history.
#include "densityclient.h"

#include "fanout.h"
#include "windowing.h"

#include <QCoreApplication>
#include <QTimer>

namespace Density {
namespace {

//! Refused locally, but still delivered asynchronously and only while `context` lives, like
//! every other result, so a handler never runs inside the call that started it.
template <typename T>
RequestHandle refuseBothFilters(QObject *context, Handler<T> done) {
    const ApiError error = ApiError::validation(QCoreApplication::translate(
        "Density::DensityClient",
        "Filter sensors by serial numbers or by spaces, not both: the API rejects the "
        "combination."));
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(),
                       [done = std::move(done), error] { done(error); });
    return {};
}

} // namespace

RequestHandle DensityClient::sensors(const SensorFilter &filter, QObject *context,
                                     Handler<QList<Sensor>> done) {
    if (!filter.isValid())
        return refuseBothFilters(context, std::move(done));
    return typedCall<QList<Sensor>>(this, RequestSpec::json(Endpoint::ListSensors, filter.toJson()),
                                    context, std::move(done), decodeList<Sensor>);
}

RequestHandle DensityClient::sensorHealth(const SensorFilter &filter, QObject *context,
                                          Handler<QList<SensorHealth>> done) {
    if (!filter.isValid())
        return refuseBothFilters(context, std::move(done));
    return typedCall<QList<SensorHealth>>(
        this, RequestSpec::json(Endpoint::SensorHealth, filter.toJson()), context, std::move(done),
        [](const RawReply &reply) -> Result<QList<SensorHealth>> {
            // Documented as {"data": [...]}; a bare list is accepted too.
            const Result<QJsonObject> object = reply.jsonObject();
            QJsonArray list;
            if (object)
                list = object.value().value(QLatin1String("data")).toArray();
            else if (const Result<QJsonArray> array = reply.jsonArray())
                list = array.value();
            else
                return object.error();
            QList<SensorHealth> health;
            for (const QJsonValue &value : list)
                health.append(SensorHealth::fromJson(value.toObject()));
            return health;
        });
}

RequestHandle
DensityClient::sensorHealthHistory(const TimeRange &range, const SensorFilter &filter,
                                   QObject *context,
                                   Handler<QMap<QString, QList<SensorHealthChange>>> done) {
    using History = QMap<QString, QList<SensorHealthChange>>;
    if (!filter.isValid())
        return refuseBothFilters(context, std::move(done));
    QList<RequestSpec> parts;
    for (const TimeRange &window :
         Windowing::split(range, Windowing::HealthHistoryMaxSeconds, true)) {
        QJsonObject body = filter.toJson();
        body.insert(QLatin1String("start_date"), window.startText());
        body.insert(QLatin1String("end_date"), window.endText());
        parts.append(RequestSpec::json(Endpoint::SensorHealthHistory, body));
    }
    return startFanout<History>(
        this, parts, objectDecoder<History>([](const QJsonObject &json) {
            History history;
            for (auto sensor = json.begin(); sensor != json.end(); ++sensor) {
                QList<SensorHealthChange> changes;
                for (const QJsonValue &value : sensor.value().toArray())
                    changes.append(SensorHealthChange::fromJson(value.toObject()));
                history.insert(sensor.key(), changes);
            }
            return history;
        }),
        [](std::vector<History> &&windows) {
            // Windows arrive in time order, so appending keeps each timeline sorted.
            History stitched;
            for (const History &window : windows) {
                for (auto sensor = window.begin(); sensor != window.end(); ++sensor)
                    stitched[sensor.key()].append(sensor.value());
            }
            return stitched;
        },
        context, std::move(done));
}

} // namespace Density

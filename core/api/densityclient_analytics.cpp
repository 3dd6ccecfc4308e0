// Historical analytics and live reads: the endpoint family under /v3/analytics.
#include "densityclient.h"

#include "analytics/windowmerge.h"
#include "fanout.h"
#include "model/json.h"
#include "windowing.h"

#include <QCoreApplication>

namespace Density {
namespace {

QList<QStringList> idBatches(const QStringList &ids, int size) {
    return Windowing::batches(ids, size);
}

QJsonObject spaceIdsBody(const QStringList &ids) {
    QJsonObject body;
    if (!ids.isEmpty())
        body.insert(QLatin1String("space_ids"), Json::toArray(ids));
    return body;
}

template <typename Map>
Map unite(std::vector<Map> &&parts) {
    Map merged;
    for (Map &part : parts)
        merged.insert(part);
    return merged;
}

} // namespace

RequestHandle DensityClient::historical(Endpoint endpoint, const AnalyticsQuery &query,
                                        QObject *context, Handler<MetricsBySpace> done) {
    const QList<TimeRange> windows = Windowing::forResolution(query.range, query.resolution);
    const QList<QStringList> batches = idBatches(query.spaceIds, m_batchSize);
    QList<RequestSpec> parts;
    std::vector<TimeRange> partWindows;
    for (const TimeRange &window : windows) {
        for (const QStringList &batch : batches) {
            AnalyticsQuery part = query;
            part.range = window;
            part.spaceIds = batch;
            parts.append(RequestSpec::json(endpoint, part.toJson()));
            partWindows.push_back(window);
        }
    }
    const TimeResolution resolution = query.resolution;
    return startFanout<MetricsBySpace>(
        this, parts, objectDecoder<MetricsBySpace>(metricsFromJson),
        [partWindows, resolution](std::vector<MetricsBySpace> &&results) {
            std::vector<std::pair<TimeRange, MetricsBySpace>> windowed;
            for (std::size_t i = 0; i < results.size(); ++i)
                windowed.emplace_back(partWindows[i], std::move(results[i]));
            // Batches of one window hold disjoint spaces; merge them per window first.
            std::vector<std::pair<TimeRange, MetricsBySpace>> perWindow;
            for (auto &[window, result] : windowed) {
                if (!perWindow.empty() && perWindow.back().first.start == window.start)
                    perWindow.back().second.insert(result);
                else
                    perWindow.emplace_back(window, std::move(result));
            }
            return WindowMerge::merge(perWindow, resolution);
        },
        context, std::move(done));
}

RequestHandle DensityClient::allMetrics(const AnalyticsQuery &query, QObject *context,
                                        Handler<MetricsBySpace> done) {
    return historical(Endpoint::AllMetrics, query, context, std::move(done));
}

RequestHandle DensityClient::occupancy(const AnalyticsQuery &query, QObject *context,
                                       Handler<MetricsBySpace> done) {
    return historical(Endpoint::Occupancy, query, context, std::move(done));
}

RequestHandle DensityClient::timeUsed(const AnalyticsQuery &query, QObject *context,
                                      Handler<MetricsBySpace> done) {
    return historical(Endpoint::TimeUsed, query, context, std::move(done));
}

RequestHandle DensityClient::utilization(const AnalyticsQuery &query, QObject *context,
                                         Handler<MetricsBySpace> done) {
    return historical(Endpoint::Utilization, query, context, std::move(done));
}

RequestHandle DensityClient::rawSessions(const TimeRange &range, const QStringList &spaceIds,
                                         QObject *context, Handler<SessionsBySpace> done) {
    // Raw sessions take wall-clock times in the space's own zone; windows keep that style.
    QList<RequestSpec> parts;
    for (const TimeRange &window :
         Windowing::split(range, Windowing::RawSessionsMaxSeconds, true)) {
        for (const QStringList &batch : idBatches(spaceIds, m_batchSize)) {
            QJsonObject body = spaceIdsBody(batch);
            body.insert(QLatin1String("start_date"), window.startText());
            body.insert(QLatin1String("end_date"), window.endText());
            parts.append(RequestSpec::json(Endpoint::RawSessions, body));
        }
    }
    return startFanout<SessionsBySpace>(
        this, parts, objectDecoder<SessionsBySpace>(sessionsFromJson),
        [](std::vector<SessionsBySpace> &&results) {
            SessionsBySpace merged;
            for (const SessionsBySpace &part : results) {
                for (auto space = part.begin(); space != part.end(); ++space)
                    merged[space.key()].append(space.value());
            }
            return merged;
        },
        context, std::move(done));
}

RequestHandle DensityClient::dataStatus(const TimeRange &range, const QStringList &floorIds,
                                        QObject *context, Handler<QList<DataStatusWindow>> done) {
    const QList<TimeRange> windows = Windowing::forDataStatus(range);
    QList<RequestSpec> parts;
    for (const TimeRange &window : windows) {
        QJsonObject body{{QLatin1String("start_date"), window.startText()},
                         {QLatin1String("end_date"), window.endText()}};
        if (!floorIds.isEmpty())
            body.insert(QLatin1String("floor_ids"), Json::toArray(floorIds));
        parts.append(RequestSpec::json(Endpoint::DataStatus, body));
    }
    return startFanout<QList<DataStatusWindow>>(
        this, parts, objectDecoder<QList<DataStatusWindow>>([](const QJsonObject &json) {
            return QList<DataStatusWindow>{{QDateTime(), QDateTime(), dataStatusFromJson(json)}};
        }),
        [windows](std::vector<QList<DataStatusWindow>> &&results) {
            QList<DataStatusWindow> merged;
            for (std::size_t i = 0; i < results.size(); ++i) {
                DataStatusWindow window = results[i].value(0);
                window.start = windows.at(qsizetype(i)).start;
                window.end = windows.at(qsizetype(i)).end;
                merged.append(window);
            }
            return merged;
        },
        context, std::move(done));
}

RequestHandle DensityClient::currentOccupancy(const QStringList &spaceIds, QObject *context,
                                              Handler<CurrentCounts> done) {
    QList<RequestSpec> parts;
    for (const QStringList &batch : idBatches(spaceIds, m_batchSize))
        parts.append(RequestSpec::json(Endpoint::CurrentOccupancy, spaceIdsBody(batch)));
    return startFanout<CurrentCounts>(this, parts,
                                      objectDecoder<CurrentCounts>(currentCountsFromJson),
                                      unite<CurrentCounts>, context, std::move(done));
}

RequestHandle DensityClient::presence(const QStringList &spaceIds, QObject *context,
                                      Handler<PresenceBySpace> done) {
    QList<RequestSpec> parts;
    for (const QStringList &batch : idBatches(spaceIds, m_batchSize))
        parts.append(RequestSpec::json(Endpoint::Presence, spaceIdsBody(batch)));
    return startFanout<PresenceBySpace>(this, parts,
                                        objectDecoder<PresenceBySpace>(presenceFromJson),
                                        unite<PresenceBySpace>, context, std::move(done));
}

RequestHandle DensityClient::presenceHealth(const QStringList &spaceIds, QObject *context,
                                            Handler<HealthPresenceBySpace> done) {
    QList<RequestSpec> parts;
    for (const QStringList &batch : idBatches(spaceIds, m_batchSize))
        parts.append(RequestSpec::json(Endpoint::PresenceHealth, spaceIdsBody(batch)));
    return startFanout<HealthPresenceBySpace>(
        this, parts, objectDecoder<HealthPresenceBySpace>(healthPresenceFromJson),
        unite<HealthPresenceBySpace>, context, std::move(done));
}

RequestHandle DensityClient::shortTermPresence(int minutesLookback, const QStringList &spaceIds,
                                               QObject *context,
                                               Handler<ShortTermPresenceBySpace> done) {
    QList<RequestSpec> parts;
    for (const QStringList &batch : idBatches(spaceIds, m_batchSize)) {
        QJsonObject body = spaceIdsBody(batch);
        body.insert(QLatin1String("minutes_lookback"), minutesLookback);
        parts.append(RequestSpec::json(Endpoint::ShortTermPresence, body));
    }
    return startFanout<ShortTermPresenceBySpace>(
        this, parts, objectDecoder<ShortTermPresenceBySpace>(shortTermPresenceFromJson),
        unite<ShortTermPresenceBySpace>, context, std::move(done));
}

namespace {

RequestHandle brokerCall(DensityClient *client, Endpoint endpoint, const QString &id,
                         QObject *context, Handler<WebSocketTicket> done) {
    return typedCall<WebSocketTicket>(client, RequestSpec::json(endpoint, {}, {id}), context,
                                      std::move(done),
                                      objectDecoder<WebSocketTicket>(WebSocketTicket::fromJson));
}

} // namespace

RequestHandle DensityClient::floorPresenceStream(const QString &floorId, QObject *context,
                                                 Handler<WebSocketTicket> done) {
    return brokerCall(this, Endpoint::FloorPresenceBroker, floorId, context, std::move(done));
}

RequestHandle DensityClient::spaceCountStream(const QString &spaceId, QObject *context,
                                              Handler<WebSocketTicket> done) {
    return brokerCall(this, Endpoint::SpaceCountBroker, spaceId, context, std::move(done));
}

RequestHandle DensityClient::doorwayEventsStream(const QString &doorwayId, QObject *context,
                                                 Handler<WebSocketTicket> done) {
    return brokerCall(this, Endpoint::DoorwayEventsBroker, doorwayId, context, std::move(done));
}

} // namespace Density

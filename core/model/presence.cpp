#include "presence.h"

#include "json.h"

#include <algorithm>

namespace Density {

CurrentCount CurrentCount::fromJson(const QJsonObject &json) {
    CurrentCount current;
    current.count = Json::nullableInteger(json, QLatin1String("count")).valueOr(0);
    current.healthText = Json::string(json, QLatin1String("space_health_status"));
    current.health = healthStatusFromString(current.healthText);
    current.timestamp = Json::string(json, QLatin1String("timestamp"));
    current.countingMode = Json::string(json, QLatin1String("counting_mode"));
    current.isCapped = Json::nullableBool(json, QLatin1String("is_capped"));
    current.cappedCountLimit = Json::nullableInteger(json, QLatin1String("capped_count_limit"));
    return current;
}

QJsonObject CurrentCount::toJson() const {
    QJsonObject json{{QLatin1String("count"), count},
                     {QLatin1String("space_health_status"), healthText},
                     {QLatin1String("timestamp"), timestamp},
                     {QLatin1String("counting_mode"), countingMode}};
    Json::put(json, QLatin1String("is_capped"), isCapped);
    Json::put(json, QLatin1String("capped_count_limit"), cappedCountLimit);
    return json;
}

HealthPresence HealthPresence::fromJson(const QJsonObject &json) {
    HealthPresence presence;
    presence.presence = Json::nullableBool(json, QLatin1String("presence"));
    presence.healthText = Json::string(json, QLatin1String("space_health_status"));
    presence.health = healthStatusFromString(presence.healthText);
    presence.timestamp = Json::string(json, QLatin1String("timestamp"));
    presence.countingMode = Json::string(json, QLatin1String("counting_mode"));
    return presence;
}

QJsonObject HealthPresence::toJson() const {
    QJsonObject json{{QLatin1String("space_health_status"), healthText},
                     {QLatin1String("timestamp"), timestamp},
                     {QLatin1String("counting_mode"), countingMode}};
    Json::put(json, QLatin1String("presence"), presence);
    return json;
}

QJsonObject unwrapDataEnvelope(const QJsonObject &json) {
    const QJsonValue data = json.value(QLatin1String("data"));
    if (json.size() == 1 && data.isObject())
        return data.toObject();
    return json;
}

CurrentCounts currentCountsFromJson(const QJsonObject &json) {
    CurrentCounts result;
    const QJsonObject map = unwrapDataEnvelope(json);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isObject())
            result.insert(it.key(), CurrentCount::fromJson(it.value().toObject()));
    }
    return result;
}

HealthPresenceBySpace healthPresenceFromJson(const QJsonObject &json) {
    HealthPresenceBySpace result;
    const QJsonObject map = unwrapDataEnvelope(json);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isObject())
            result.insert(it.key(), HealthPresence::fromJson(it.value().toObject()));
    }
    return result;
}

PresenceBySpace presenceFromJson(const QJsonObject &json) {
    PresenceBySpace result;
    const QJsonObject map = unwrapDataEnvelope(json);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isBool())
            result.insert(it.key(), it.value().toBool());
    }
    return result;
}

ShortTermPresenceBySpace shortTermPresenceFromJson(const QJsonObject &json) {
    ShortTermPresenceBySpace result;
    const QJsonArray spaces = json.value(QLatin1String("data")).toArray();
    for (const QJsonValue &value : spaces) {
        const QJsonObject space = value.toObject();
        QList<PresencePoint> points;
        const QJsonArray metrics = space.value(QLatin1String("metrics")).toArray();
        for (const QJsonValue &metric : metrics) {
            const QJsonObject point = metric.toObject();
            points.append({Json::string(point, QLatin1String("timestamp")),
                           point.value(QLatin1String("presence")).toBool()});
        }
        std::sort(points.begin(), points.end(), [](const PresencePoint &a, const PresencePoint &b) {
            return a.timestamp < b.timestamp;
        });
        result.insert(Json::string(space, QLatin1String("space_id")), points);
    }
    return result;
}

} // namespace Density

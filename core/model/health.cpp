#include "health.h"

#include "json.h"

namespace Density {

HealthStatus healthStatusFromString(const QString &text) {
    if (text == QLatin1String("healthy"))
        return HealthStatus::Healthy;
    if (text == QLatin1String("degraded"))
        return HealthStatus::Degraded;
    if (text == QLatin1String("offline"))
        return HealthStatus::Offline;
    return HealthStatus::Unknown;
}

QString healthStatusToString(HealthStatus status) {
    switch (status) {
    case HealthStatus::Healthy:
        return QStringLiteral("healthy");
    case HealthStatus::Degraded:
        return QStringLiteral("degraded");
    case HealthStatus::Offline:
        return QStringLiteral("offline");
    case HealthStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

SensorHealth SensorHealth::fromJson(const QJsonObject &json) {
    SensorHealth health;
    health.serialNumber = Json::string(json, QLatin1String("serial_number"));
    health.statusText = Json::string(json, QLatin1String("health_status"));
    health.status = healthStatusFromString(health.statusText);
    health.lastStatusChange = Json::string(json, QLatin1String("last_status_change"));
    return health;
}

QJsonObject SensorHealth::toJson() const {
    return {{QLatin1String("serial_number"), serialNumber},
            {QLatin1String("health_status"), statusText},
            {QLatin1String("last_status_change"), lastStatusChange}};
}

SensorHealthChange SensorHealthChange::fromJson(const QJsonObject &json) {
    SensorHealthChange change;
    change.timestamp = Json::string(json, QLatin1String("timestamp"));
    change.statusText = Json::string(json, QLatin1String("health_status"));
    change.status = healthStatusFromString(change.statusText);
    return change;
}

QJsonObject SensorHealthChange::toJson() const {
    return {{QLatin1String("timestamp"), timestamp}, {QLatin1String("health_status"), statusText}};
}

int healthSeverity(HealthStatus status) {
    switch (status) {
    case HealthStatus::Healthy:
        break;
    case HealthStatus::Degraded:
        return 1;
    case HealthStatus::Unknown:
        return 2;
    case HealthStatus::Offline:
        return 3;
    }
    return 0;
}

} // namespace Density

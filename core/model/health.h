#pragma once

#include <QJsonObject>
#include <QString>

namespace Density {

//! Sensor and space health share one vocabulary (REFERENCE §4.18). Unrecognised strings map
//! to Unknown, never to Healthy: unknown health must never make a space look available.
enum class HealthStatus { Healthy, Degraded, Offline, Unknown };

HealthStatus healthStatusFromString(const QString &text);
QString healthStatusToString(HealthStatus status);
//! Sort key: descending puts what needs a visit first — offline, then unknown (nobody knows
//! what it measures), then degraded, then healthy.
int healthSeverity(HealthStatus status);

//! Current health of one sensor (`/v3/sensors/health`).
struct SensorHealth {
    QString serialNumber;
    HealthStatus status = HealthStatus::Unknown;
    QString statusText; //!< exactly what the API said, for display and export
    QString lastStatusChange;

    static SensorHealth fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

//! One entry of a sensor's health history.
struct SensorHealthChange {
    QString timestamp;
    HealthStatus status = HealthStatus::Unknown;
    QString statusText;

    static SensorHealthChange fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace Density

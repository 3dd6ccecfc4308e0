#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Density {

struct NetworkAddress {
    QString address;
    QString family;
    QString interfaceName; //!< the API's `if`
    QString mac;
};

//! Where a sensor is installed — not necessarily the spaces it measures (REFERENCE §3.25).
struct SensorLocation {
    QStringList buildingIds;
    QStringList floorIds;
    QStringList spaceIds;
};

struct Sensor {
    QString serialNumber;
    QString sensorType;   //!< oa, entry, waffle, ... (open)
    QString hardwareType; //!< ob1, ... (open)
    QString firmwareVersion;
    QString createdAt;
    QString updatedAt;
    SensorLocation location;
    QList<NetworkAddress> networkAddresses;

    static Sensor fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

//! Sensor queries filter by serial numbers *or* spaces; the API rejects both at once.
struct SensorFilter {
    QStringList serialNumbers;
    QStringList spaceIds;

    bool isValid() const { return serialNumbers.isEmpty() || spaceIds.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Density

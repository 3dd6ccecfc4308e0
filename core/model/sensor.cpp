#include "sensor.h"

#include "json.h"

namespace Density {

Sensor Sensor::fromJson(const QJsonObject &json) {
    Sensor sensor;
    sensor.serialNumber = Json::string(json, QLatin1String("serial_number"));
    sensor.sensorType = Json::string(json, QLatin1String("sensor_type"));
    sensor.hardwareType = Json::string(json, QLatin1String("hardware_type"));
    sensor.firmwareVersion = Json::string(json, QLatin1String("firmware_version"));
    sensor.createdAt = Json::string(json, QLatin1String("created_at"));
    sensor.updatedAt = Json::string(json, QLatin1String("updated_at"));
    const QJsonObject location = json.value(QLatin1String("location")).toObject();
    sensor.location.buildingIds = Json::stringList(location, QLatin1String("building_ids"));
    sensor.location.floorIds = Json::stringList(location, QLatin1String("floor_ids"));
    sensor.location.spaceIds = Json::stringList(location, QLatin1String("space_ids"));
    const QJsonArray addresses = json.value(QLatin1String("network_addresses")).toArray();
    for (const QJsonValue &value : addresses) {
        const QJsonObject address = value.toObject();
        sensor.networkAddresses.append({Json::string(address, QLatin1String("address")),
                                        Json::string(address, QLatin1String("family")),
                                        Json::string(address, QLatin1String("if")),
                                        Json::string(address, QLatin1String("mac"))});
    }
    return sensor;
}

QJsonObject Sensor::toJson() const {
    QJsonArray addresses;
    for (const NetworkAddress &address : networkAddresses)
        addresses.append(QJsonObject{{QLatin1String("address"), address.address},
                                     {QLatin1String("family"), address.family},
                                     {QLatin1String("if"), address.interfaceName},
                                     {QLatin1String("mac"), address.mac}});
    return {{QLatin1String("serial_number"), serialNumber},
            {QLatin1String("sensor_type"), sensorType},
            {QLatin1String("hardware_type"), hardwareType},
            {QLatin1String("firmware_version"), firmwareVersion},
            {QLatin1String("created_at"), createdAt},
            {QLatin1String("updated_at"), updatedAt},
            {QLatin1String("location"),
             QJsonObject{{QLatin1String("building_ids"), Json::toArray(location.buildingIds)},
                         {QLatin1String("floor_ids"), Json::toArray(location.floorIds)},
                         {QLatin1String("space_ids"), Json::toArray(location.spaceIds)}}},
            {QLatin1String("network_addresses"), addresses}};
}

QJsonObject SensorFilter::toJson() const {
    QJsonObject json;
    if (!serialNumbers.isEmpty())
        json.insert(QLatin1String("serial_numbers"), Json::toArray(serialNumbers));
    if (!spaceIds.isEmpty())
        json.insert(QLatin1String("space_ids"), Json::toArray(spaceIds));
    return json;
}

} // namespace Density

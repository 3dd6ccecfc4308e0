#include "doorway.h"

#include "json.h"

#include <QJsonArray>

namespace Density {

Doorway Doorway::fromJson(const QJsonObject &json) {
    Doorway doorway;
    doorway.id = Json::string(json, QLatin1String("id"));
    doorway.name = Json::string(json, QLatin1String("name"));
    doorway.sensorSerialNumber = Json::string(json, QLatin1String("sensor_serial_number"));
    doorway.createdAt = Json::string(json, QLatin1String("created_at"));
    doorway.deletedAt = Json::string(json, QLatin1String("deleted_at"));
    const QJsonArray spaces = json.value(QLatin1String("spaces")).toArray();
    for (const QJsonValue &value : spaces) {
        const QJsonObject space = value.toObject();
        doorway.spaces.append({Json::string(space, QLatin1String("id")),
                               Json::string(space, QLatin1String("name")),
                               space.value(QLatin1String("sensor_placement")).toInt()});
    }
    return doorway;
}

QJsonObject Doorway::toJson() const {
    QJsonArray spaceArray;
    for (const DoorwaySpace &space : spaces)
        spaceArray.append(QJsonObject{{QLatin1String("id"), space.id},
                                      {QLatin1String("name"), space.name},
                                      {QLatin1String("sensor_placement"), space.sensorPlacement}});
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("sensor_serial_number"), sensorSerialNumber},
            {QLatin1String("created_at"), createdAt},
            {QLatin1String("deleted_at"),
             deletedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(deletedAt)},
            {QLatin1String("spaces"), spaceArray}};
}

} // namespace Density

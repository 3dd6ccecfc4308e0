#include "space.h"

#include "json.h"

namespace Density {

Space Space::fromJson(const QJsonObject &json) {
    Space space;
    space.id = Json::string(json, QLatin1String("id"));
    space.name = Json::string(json, QLatin1String("name"));
    space.spaceType = Json::string(json, QLatin1String("space_type"));
    space.function = Json::nullableString(json, QLatin1String("function"));
    space.capacity = Json::nullableInteger(json, QLatin1String("capacity"));
    space.childrenIds = Json::stringList(json, QLatin1String("children_ids"));
    space.countingMode = Json::nullableString(json, QLatin1String("counting_mode"));
    space.dailyReset = Json::string(json, QLatin1String("daily_reset"));
    space.goLiveDateUtc = Json::string(json, QLatin1String("go_live_date_utc"));
    space.status = Json::string(json, QLatin1String("status"));
    space.timeZone = Json::string(json, QLatin1String("time_zone"));
    space.address = Json::string(json, QLatin1String("address"));
    space.binaryOccupancy = Json::nullableBool(json, QLatin1String("binary_occupancy"));
    space.costPerSqft = Json::nullableDouble(json, QLatin1String("cost_per_sqft"));
    space.sizeArea = Json::nullableDouble(json, QLatin1String("size_area"));
    space.iwmsId = Json::string(json, QLatin1String("iwms_id"));
    const QJsonArray labels = json.value(QLatin1String("labels")).toArray();
    for (const QJsonValue &value : labels)
        space.labels.append(Label::fromJson(value.toObject()));
    return space;
}

QJsonObject Space::toJson() const {
    QJsonObject json{{QLatin1String("id"), id},
                     {QLatin1String("name"), name},
                     {QLatin1String("space_type"), spaceType},
                     {QLatin1String("children_ids"), Json::toArray(childrenIds)},
                     {QLatin1String("daily_reset"), dailyReset},
                     {QLatin1String("go_live_date_utc"), goLiveDateUtc},
                     {QLatin1String("status"), status},
                     {QLatin1String("time_zone"), timeZone},
                     {QLatin1String("address"), address},
                     {QLatin1String("iwms_id"), iwmsId}};
    Json::put(json, QLatin1String("function"), function);
    Json::put(json, QLatin1String("capacity"), capacity);
    Json::put(json, QLatin1String("counting_mode"), countingMode);
    Json::put(json, QLatin1String("binary_occupancy"), binaryOccupancy);
    Json::put(json, QLatin1String("cost_per_sqft"), costPerSqft);
    Json::put(json, QLatin1String("size_area"), sizeArea);
    QJsonArray labelArray;
    for (const Label &label : labels)
        labelArray.append(label.toJson());
    json.insert(QLatin1String("labels"), labelArray);
    return json;
}

QJsonObject SpaceUpdate::toJson() const {
    QJsonObject json;
    Json::put(json, QLatin1String("name"), name);
    Json::put(json, QLatin1String("address"), address);
    Json::put(json, QLatin1String("capacity"), capacity);
    Json::put(json, QLatin1String("function"), function);
    Json::put(json, QLatin1String("iwms_id"), iwmsId);
    Json::put(json, QLatin1String("time_zone"), timeZone);
    return json;
}

} // namespace Density

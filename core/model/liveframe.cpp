#include "liveframe.h"

#include "json.h"

#include <QJsonDocument>

namespace Density {
namespace {

std::optional<QJsonObject> parseObject(const QByteArray &text, QString *problem) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = error.errorString();
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (problem)
            *problem = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

template <typename T>
std::optional<T> fail(QString *problem, const QString &why) {
    if (problem)
        *problem = why;
    return std::nullopt;
}

} // namespace

QDateTime parseApiTimestamp(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool LiveSpaceUpdate::sameReading(const LiveSpaceUpdate &other) const {
    return presence == other.presence && occupancy == other.occupancy &&
           countingMode == other.countingMode && healthText == other.healthText;
}

Availability LiveSpaceUpdate::availability() const {
    if (health != HealthStatus::Healthy)
        return Availability::Unknown;
    if (presence.hasValue())
        return presence.value() ? Availability::Occupied : Availability::Available;
    if (occupancy.hasValue())
        return occupancy.value() > 0 ? Availability::Occupied : Availability::Available;
    return Availability::Unknown;
}

std::optional<LiveFrame> LiveFrame::fromJson(const QByteArray &text, QString *problem) {
    const std::optional<QJsonObject> object = parseObject(text, problem);
    if (!object)
        return std::nullopt;
    LiveFrame frame;
    const QString type = object->value(QLatin1String("update_type")).toString();
    if (type == QLatin1String("refresh"))
        frame.type = Type::Refresh;
    else if (type == QLatin1String("live"))
        frame.type = Type::Live;
    else
        return fail<LiveFrame>(problem, QStringLiteral("unknown update_type \"%1\"").arg(type));
    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isObject())
        return fail<LiveFrame>(problem, QStringLiteral("\"data\" is not an object"));
    // One bad entry costs that space, not the whole snapshot: the others are still good news.
    const QJsonObject spaces = data.toObject();
    for (auto it = spaces.begin(); it != spaces.end(); ++it) {
        if (!it.value().isObject()) {
            frame.rejected.append({it.key(), QStringLiteral("entry is not an object")});
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        LiveSpaceUpdate update;
        update.spaceId = it.key();
        update.timestampText = Json::string(entry, QLatin1String("timestamp"));
        update.timestamp = parseApiTimestamp(update.timestampText);
        update.presence = Json::nullableBool(entry, QLatin1String("presence"));
        update.occupancy = Json::nullableInteger(entry, QLatin1String("occupancy"));
        update.countingMode = Json::string(entry, QLatin1String("counting_mode"));
        update.healthText = Json::string(entry, QLatin1String("space_health_status"));
        update.health = healthStatusFromString(update.healthText);
        if (!update.timestamp.isValid())
            frame.rejected.append({it.key(), QStringLiteral("no valid timestamp")});
        else if (!update.presence.hasValue() && !update.occupancy.hasValue())
            frame.rejected.append({it.key(), QStringLiteral("neither presence nor occupancy")});
        else
            frame.spaces.append(update);
    }
    return frame;
}

std::optional<DoorwayEvent> DoorwayEvent::fromJson(const QByteArray &text, QString *problem) {
    const std::optional<QJsonObject> object = parseObject(text, problem);
    if (!object)
        return std::nullopt;
    DoorwayEvent event;
    event.doorwayId = Json::string(*object, QLatin1String("doorway_id"));
    event.timestamp = parseApiTimestamp(Json::string(*object, QLatin1String("timestamp")));
    event.direction = object->value(QLatin1String("direction")).toInt(0);
    if (event.doorwayId.isEmpty() || !event.timestamp.isValid() ||
        (event.direction != 1 && event.direction != -1))
        return fail<DoorwayEvent>(problem, QStringLiteral("not a doorway event"));
    for (const QJsonValue &value : object->value(QLatin1String("spaces")).toArray()) {
        const QJsonObject space = value.toObject();
        event.spaces.append({Json::string(space, QLatin1String("space_id")),
                             space.value(QLatin1String("sensor_placement")).toInt()});
    }
    return event;
}

} // namespace Density

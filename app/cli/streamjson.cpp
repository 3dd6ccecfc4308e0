#include "streamjson.h"

#include "clitext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Density::Cli::StreamJson {
namespace {

QString timeText(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

//! QJsonObject sorts its keys, which would bury "event" in the middle of the line; it is
//! written first by hand and the (sorted) rest appended.
QByteArray eventLine(const char *event, const QDateTime &at, QJsonObject fields) {
    fields.insert(ascii("at"), timeText(at));
    const QByteArray rest = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    const QByteArray head =
        QJsonDocument(QJsonObject{{ascii("event"), ascii(event)}}).toJson(QJsonDocument::Compact);
    // head is {"event":"..."} and rest is {"at":...}: join them into one object.
    return head.chopped(1) + ',' + rest.mid(1) + '\n';
}

QJsonObject spaceEntry(const LiveSpaceUpdate &update, bool trusted) {
    QJsonObject entry{{ascii("timestamp"), update.timestampText},
                      {ascii("counting_mode"), update.countingMode},
                      {ascii("space_health_status"), update.healthText},
                      {ascii("availability"), availabilityName(update, trusted)}};
    if (update.presence.hasValue())
        entry.insert(ascii("presence"), update.presence.value());
    if (update.occupancy.hasValue())
        entry.insert(ascii("occupancy"), update.occupancy.value());
    return entry;
}

} // namespace

QString availabilityName(const LiveSpaceUpdate &update, bool trusted) {
    if (!trusted)
        return ascii("unknown");
    switch (update.availability()) {
    case Availability::Available:
        return ascii("available");
    case Availability::Occupied:
        return ascii("occupied");
    case Availability::Unknown:
        break;
    }
    return ascii("unknown");
}

QByteArray stateLine(LiveFeed::State state, const QString &reason, const QDateTime &at) {
    return eventLine("state", at,
                     {{ascii("state"), LiveFeed::stateName(state)}, {ascii("reason"), reason}});
}

QByteArray frameLine(LiveFrame::Type type, const QHash<QString, LiveSpaceUpdate> &spaces,
                     const QStringList &ids, bool trusted, const QDateTime &at) {
    QJsonObject entries;
    for (const QString &id : ids) {
        const auto found = spaces.constFind(id);
        if (found != spaces.constEnd())
            entries.insert(id, spaceEntry(*found, trusted));
    }
    return eventLine(type == LiveFrame::Type::Refresh ? "refresh" : "live", at,
                     {{ascii("spaces"), entries}});
}

QByteArray malformedLine(const QString &reason, const QDateTime &at) {
    return eventLine("malformed", at, {{ascii("reason"), reason}});
}

QByteArray doorwayLine(const DoorwayEvent &event, const QDateTime &at) {
    QJsonArray spaces;
    for (const DoorwayEvent::Space &space : event.spaces)
        spaces.append(QJsonObject{{ascii("space_id"), space.spaceId},
                                  {ascii("sensor_placement"), space.sensorPlacement}});
    return eventLine("doorway", at,
                     {{ascii("doorway_id"), event.doorwayId},
                      {ascii("timestamp"), timeText(event.timestamp)},
                      {ascii("direction"), event.direction},
                      {ascii("spaces"), spaces}});
}

} // namespace Density::Cli::StreamJson

#include "sessions.h"

#include "json.h"

namespace Density {
namespace {

QList<RawSession> decodeSessionList(const QJsonArray &array) {
    QList<RawSession> sessions;
    sessions.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        RawSession session;
        session.startTime = Json::string(object, QLatin1String("start_time"));
        session.endTime = Json::string(object, QLatin1String("end_time"));
        const QJsonValue type = object.value(QLatin1String("session_type"));
        session.sessionType = type.isDouble() ? QString::number(type.toInt()) : type.toString();
        sessions.append(session);
    }
    return sessions;
}

} // namespace

SessionsBySpace sessionsFromJson(const QJsonObject &json) {
    SessionsBySpace result;
    const QJsonValue bare = json.value(QLatin1String("sessions"));
    if (bare.isArray()) {
        result.insert(QString(), decodeSessionList(bare.toArray()));
        return result;
    }
    for (auto space = json.begin(); space != json.end(); ++space) {
        const QJsonValue value = space.value();
        if (value.isObject())
            result.insert(
                space.key(),
                decodeSessionList(value.toObject().value(QLatin1String("sessions")).toArray()));
        else if (value.isArray()) // tolerate a space mapped straight to its list
            result.insert(space.key(), decodeSessionList(value.toArray()));
    }
    return result;
}

QJsonObject sessionsToJson(const SessionsBySpace &sessions) {
    QJsonObject json;
    for (auto space = sessions.begin(); space != sessions.end(); ++space) {
        QJsonArray list;
        for (const RawSession &session : space.value())
            list.append(QJsonObject{{QLatin1String("start_time"), session.startTime},
                                    {QLatin1String("end_time"), session.endTime},
                                    {QLatin1String("session_type"), session.sessionType}});
        json.insert(space.key(), QJsonObject{{QLatin1String("sessions"), list}});
    }
    return json;
}

} // namespace Density

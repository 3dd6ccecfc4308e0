#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Density {

//! One raw occupied interval. Times carry the space's own UTC offset; `session_type` is an
//! open string ("1" = occupied is the only meaning seen in practice).
struct RawSession {
    QString startTime;
    QString endTime;
    QString sessionType;

    bool isOccupied() const { return sessionType == QLatin1String("1"); }
};

//! Space id -> sessions. The empty key holds sessions from a response that was a bare
//! `{"sessions": [...]}` with no space id (one of the two documented shapes).
using SessionsBySpace = QMap<QString, QList<RawSession>>;

SessionsBySpace sessionsFromJson(const QJsonObject &json);
QJsonObject sessionsToJson(const SessionsBySpace &sessions);

} // namespace Density

#pragma once

#include <QJsonObject>
#include <QString>

namespace Density {

//! Answer of both token endpoints. `expires_in` is a string from /oauth/token and an integer
//! from /oauth/display-token; both are read into seconds.
struct AccessToken {
    QString accessToken;
    qint64 expiresInSeconds = 0;
    QString tokenType;
    QString scope;

    static AccessToken fromJson(const QJsonObject &json);
};

//! A WebSocket broker's answer: the URL to connect to exactly as given.
struct WebSocketTicket {
    QString wsUrl;

    static WebSocketTicket fromJson(const QJsonObject &json);
};

} // namespace Density

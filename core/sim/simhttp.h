#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Density::Sim {

enum class TokenKind { Static, M2m, Display };

//! A request as the route handlers see it, copied out of QHttpServerRequest so it can be
//! answered later (latency fault) without touching Qt's per-socket request object.
struct SimRequest {
    QByteArray method; //!< upper case, "GET"
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; //!< lower-case names
    QHostAddress remote;
    QStringList pathArgs; //!< values of {placeholders} in route order

    //! Filled in after authentication.
    TokenKind tokenKind = TokenKind::Static;
    bool readOnlyToken = false;
    QString displayId;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

//! What a handler returns. Headers added here are sent as-is; the server adds Content-Length,
//! rate-limit headers and any fault-related changes.
struct SimResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimResponse json(const QByteArray &body, int status = 200);
    static SimResponse json(const QJsonObject &object, int status = 200);
    static SimResponse text(const QString &text, int status = 200);
    //! {"code": status, "message": message}; the message names the exact rule broken.
    static SimResponse error(int status, const QString &message);
};

} // namespace Density::Sim

#pragma once

#include "endpoints.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Density {

//! What to send: the route, its path arguments and the body.
struct RequestSpec {
    Endpoint endpoint = Endpoint::HelloWorld;
    QStringList pathArguments;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static RequestSpec json(Endpoint endpoint, const QJsonObject &body, QStringList arguments = {});
};

//! A 2xx answer before decoding.
struct RawReply {
    Endpoint endpoint = Endpoint::HelloWorld;
    int status = 0;
    QByteArray body;

    QString endpointName() const { return QLatin1String(endpointInfo(endpoint).name); }
    Result<QJsonObject> jsonObject() const;
    Result<QJsonArray> jsonArray() const;
    //! Lists are bare arrays, but one real client also saw `{"results": [...]}`.
    Result<QJsonArray> jsonList() const;
};

} // namespace Density

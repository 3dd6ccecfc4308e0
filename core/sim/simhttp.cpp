#include "simhttp.h"

#include <QJsonDocument>

namespace Density::Sim {

SimResponse SimResponse::json(const QByteArray &body, int status) {
    SimResponse r;
    r.status = status;
    r.body = body;
    return r;
}

SimResponse SimResponse::json(const QJsonObject &object, int status) {
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SimResponse SimResponse::text(const QString &text, int status) {
    SimResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = text.toUtf8();
    return r;
}

SimResponse SimResponse::error(int status, const QString &message) {
    QJsonObject o;
    o.insert(QLatin1String("code"), status);
    o.insert(QLatin1String("message"), message);
    return json(o, status);
}

} // namespace Density::Sim

#include "rawreply.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Density {
namespace {

Result<QJsonDocument> parse(const RawReply &reply) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::decode(reply.endpointName(),
                                QCoreApplication::translate("Density::RawReply", "%1 at byte %2")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    return document;
}

} // namespace

RequestSpec RequestSpec::json(Endpoint endpoint, const QJsonObject &body, QStringList arguments) {
    RequestSpec spec;
    spec.endpoint = endpoint;
    spec.pathArguments = std::move(arguments);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

Result<QJsonObject> RawReply::jsonObject() const {
    const Result<QJsonDocument> document = parse(*this);
    if (!document)
        return document.error();
    if (!document.value().isObject())
        return ApiError::decode(
            endpointName(), QCoreApplication::translate("Density::RawReply", "expected an object"));
    return document.value().object();
}

Result<QJsonArray> RawReply::jsonArray() const {
    const Result<QJsonDocument> document = parse(*this);
    if (!document)
        return document.error();
    if (!document.value().isArray())
        return ApiError::decode(
            endpointName(), QCoreApplication::translate("Density::RawReply", "expected a list"));
    return document.value().array();
}

Result<QJsonArray> RawReply::jsonList() const {
    const Result<QJsonDocument> document = parse(*this);
    if (!document)
        return document.error();
    if (document.value().isArray())
        return document.value().array();
    const QJsonValue results = document.value().object().value(QLatin1String("results"));
    if (results.isArray())
        return results.toArray();
    return ApiError::decode(endpointName(),
                            QCoreApplication::translate("Density::RawReply", "expected a list"));
}

} // namespace Density

#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Density {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("Density::ApiError", text);
}

//! The sentence for a status, naming what the person can do about it.
QString sentenceForStatus(int status, Endpoint endpoint, const QString &apiMessage) {
    const QString endpointName = QLatin1String(endpointInfo(endpoint).name);
    const bool tokenEndpoint =
        endpoint == Endpoint::OAuthToken || endpoint == Endpoint::DisplayToken;
    if (tokenEndpoint && (status == 400 || status == 401))
        return tr("The client id or secret was refused (%1): check the credentials.").arg(status);
    switch (status) {
    case 400:
        return apiMessage.isEmpty()
                   ? tr("The API refused the request to %1 as invalid (400).").arg(endpointName)
                   : tr("%1 (400).").arg(apiMessage);
    case 401:
        return tr("The token was rejected (401): check it in Settings.");
    case 403:
        return tr("This token is not allowed to use %1 (403): ask an owner for the permission, "
                  "or use a machine-to-machine OAuth credential.")
            .arg(endpointName);
    case 404:
        return tr("%1: not found (404); it may have been deleted or the id is wrong.")
            .arg(endpointName);
    case 429:
        return tr("The API is rate limiting us (429); the request was retried and still refused. "
                  "Wait a minute and try again.");
    default:
        break;
    }
    if (status >= 500)
        return tr("The Density API had a server error (%1) answering %2; try again shortly.")
            .arg(status)
            .arg(endpointName);
    return tr("The API answered %1 with an unexpected status (%2).").arg(endpointName).arg(status);
}

} // namespace

ApiError::ApiError(Kind kind, QString message, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message)) {}

ApiError ApiError::fromHttp(int status, const QByteArray &body, Endpoint endpoint) {
    ApiError error(Kind::Http, QString(), status);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        error.m_apiCode = object.value(QLatin1String("code")).toInt();
        error.m_apiMessage = object.value(QLatin1String("message")).toString();
    }
    error.m_message = sentenceForStatus(status, endpoint, error.m_apiMessage);
    return error;
}

ApiError ApiError::decode(const QString &endpointName, const QString &detail) {
    return {Kind::Decode,
            tr("The answer from %1 was not the JSON we expected (%2); nothing was changed.")
                .arg(endpointName, detail)};
}

ApiError ApiError::validation(const QString &message) {
    return {Kind::Validation, message};
}

bool ApiError::isTransient() const {
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace Density

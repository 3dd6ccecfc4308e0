#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Density {
namespace {

//! tr() for this file's free functions, in a context lupdate can see (a plain wrapper around
//! QCoreApplication::translate() would be filed under the wrong context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Density::ApiError)
};

//! What a 403 from `endpoint` means and what to do about it. The app cannot see which
//! permissions a token carries, so the sentence names the kind of token or role the endpoint
//! family needs (REFERENCE §1.1, §3.28, §6.1) and which kinds never qualify.
QString forbiddenSentence(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::ListUsers:
    case Endpoint::GetUser:
    case Endpoint::CreateUser:
    case Endpoint::UpdateUser:
    case Endpoint::DeleteUser:
        return Tr::tr(
            "Users can only be managed with a machine-to-machine OAuth token (403): connect "
            "with the client id and secret of an OAuth client an Owner created (Developer "
            "settings). Static tok_ tokens and display tokens cannot manage users.");
    case Endpoint::CreateLabel:
    case Endpoint::UpdateLabel:
        return Tr::tr(
            "This token may not create or change labels (403): it needs write permission. "
            "Static tok_ tokens are read-only unless an Owner or Admin created them with "
            "write access; ask for such a token, or connect with an OAuth client. Display "
            "tokens can only read spaces, occupancy and presence.");
    case Endpoint::CreateLabelGroup:
    case Endpoint::UpdateLabelGroup:
        return Tr::tr(
            "This token may not create or change label groups (403): it needs write "
            "permission. Static tok_ tokens are read-only unless an Owner or Admin created "
            "them with write access; ask for such a token, or connect with an OAuth client. "
            "Display tokens can only read spaces, occupancy and presence.");
    case Endpoint::UpdateSpace:
    case Endpoint::UpdateSpaceLabels:
        return Tr::tr(
            "This token may not change spaces or their labels (403): it needs write "
            "permission. Static tok_ tokens are read-only unless an Owner or Admin created "
            "them with write access; ask for such a token, or connect with an OAuth client. "
            "Display tokens can only read spaces, occupancy and presence.");
    case Endpoint::CurrentOccupancy:
    case Endpoint::Presence:
    case Endpoint::PresenceHealth:
    case Endpoint::ShortTermPresence:
    case Endpoint::FloorPresenceBroker:
    case Endpoint::SpaceCountBroker:
    case Endpoint::HelloWorld:
        // Every kind of token may read presence; a 403 here is about this token's scope.
        return Tr::tr(
                   "This token is not allowed to read %1 (403): ask an Owner or Admin for a token "
                   "with access to these spaces.")
            .arg(QLatin1String(endpointInfo(endpoint).name));
    default:
        break;
    }
    return Tr::tr(
               "This token is not allowed to use %1 (403). Display tokens can only read spaces, "
               "occupancy and presence: "
               "connect with a static tok_ token or an OAuth client, or ask an Owner or Admin for "
               "the permission.")
        .arg(QLatin1String(endpointInfo(endpoint).name));
}

//! The sentence for a status, naming what the person can do about it.
QString sentenceForStatus(int status, Endpoint endpoint, const QString &apiMessage) {
    const QString endpointName = QLatin1String(endpointInfo(endpoint).name);
    const bool tokenEndpoint =
        endpoint == Endpoint::OAuthToken || endpoint == Endpoint::DisplayToken;
    if (tokenEndpoint && (status == 400 || status == 401))
        return Tr::tr("The client id or secret was refused (%1): check the credentials.")
            .arg(status);
    switch (status) {
    case 400:
        return apiMessage.isEmpty()
                   ? Tr::tr("The API refused the request to %1 as invalid (400).").arg(endpointName)
                   : Tr::tr("%1 (400).").arg(apiMessage);
    case 401:
        return Tr::tr("The token was rejected (401): check it in Settings.");
    case 403:
        //: %1 the sentence saying which token is needed, %2 the API's own message.
        return apiMessage.isEmpty()
                   ? forbiddenSentence(endpoint)
                   : Tr::tr("%1 The API said: “%2”").arg(forbiddenSentence(endpoint), apiMessage);
    case 404:
        return Tr::tr("%1: not found (404); it may have been deleted or the id is wrong.")
            .arg(endpointName);
    case 429:
        return Tr::tr(
            "The API is rate limiting us (429); the request was retried and still refused. "
            "Wait a minute and try again.");
    default:
        break;
    }
    if (status >= 500)
        return Tr::tr("The Density API had a server error (%1) answering %2; try again shortly.")
            .arg(status)
            .arg(endpointName);
    return Tr::tr("The API answered %1 with an unexpected status (%2).")
        .arg(endpointName)
        .arg(status);
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
            Tr::tr("The answer from %1 was not the JSON we expected (%2); nothing was changed.")
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

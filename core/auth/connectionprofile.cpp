#include "connectionprofile.h"

#include <QUuid>

namespace Density {

ConnectionProfile ConnectionProfile::create(const QString &name) {
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    return profile;
}

QUrl ConnectionProfile::defaultBaseUrl() {
    return QUrl(QStringLiteral("https://api.density.io"));
}

QString ConnectionProfile::secretKey() const {
    return QStringLiteral("profile/") + id;
}

QString ConnectionProfile::validate() const {
    if (id.trimmed().isEmpty())
        return tr("The profile has no id.");
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The profile needs a server address such as https://api.density.io.");
    if (authKind != AuthKind::StaticToken && clientId.trimmed().isEmpty())
        return tr("The profile needs a client id.");
    if (authKind == AuthKind::DisplayCredentials && displayId.trimmed().isEmpty())
        return tr("The profile needs a display id.");
    if (operatingHours && !operatingHours->isValid())
        return tr("The profile's operating hours are not valid.");
    return QString();
}

QString ConnectionProfile::authKindName(AuthKind kind) {
    switch (kind) {
    case AuthKind::StaticToken:
        return QStringLiteral("token");
    case AuthKind::OAuthClient:
        return QStringLiteral("oauth");
    case AuthKind::DisplayCredentials:
        return QStringLiteral("display");
    }
    return QString();
}

std::optional<ConnectionProfile::AuthKind>
ConnectionProfile::authKindFromName(const QString &name) {
    for (AuthKind kind :
         {AuthKind::StaticToken, AuthKind::OAuthClient, AuthKind::DisplayCredentials}) {
        if (authKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString ConnectionProfile::authKindDisplayName(AuthKind kind) {
    switch (kind) {
    case AuthKind::StaticToken:
        return tr("API token");
    case AuthKind::OAuthClient:
        return tr("OAuth client credentials");
    case AuthKind::DisplayCredentials:
        return tr("Display credentials");
    }
    return QString();
}

bool ConnectionProfile::operator==(const ConnectionProfile &other) const {
    const auto hoursJson = [](const std::optional<OperatingHours> &hours) {
        return hours ? hours->toJson() : QJsonObject();
    };
    return id == other.id && name == other.name && baseUrl == other.baseUrl &&
           authKind == other.authKind && clientId == other.clientId &&
           displayId == other.displayId &&
           operatingHours.has_value() == other.operatingHours.has_value() &&
           hoursJson(operatingHours) == hoursJson(other.operatingHours) &&
           firstSpaceId == other.firstSpaceId;
}

} // namespace Density

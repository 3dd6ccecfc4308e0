#pragma once

#include "model/query.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Density {

//! One connection to a Density organization. Holds no secret: the token or client secret is in
//! a CredentialStore under secretKey(), and settings only remember that key.
struct ConnectionProfile {
    Q_DECLARE_TR_FUNCTIONS(Density::ConnectionProfile)

public:
    enum class AuthKind {
        StaticToken,        //!< a long-lived tok_… token (the secret)
        OAuthClient,        //!< client id + client secret; needed for the Users endpoints
        DisplayCredentials, //!< display client id + secret + display id, for wall screens
    };

    QString id; //!< stable (a UUID without braces); survives renames
    QString name;
    QUrl baseUrl = defaultBaseUrl();
    AuthKind authKind = AuthKind::StaticToken;
    QString clientId;                             //!< OAuthClient / DisplayCredentials; not secret
    QString displayId;                            //!< DisplayCredentials only
    std::optional<OperatingHours> operatingHours; //!< the default for new queries
    QString firstSpaceId;                         //!< the space to open first; empty = none

    //! A new profile with a fresh id.
    static ConnectionProfile create(const QString &name);
    static QUrl defaultBaseUrl();

    //! The CredentialStore entry holding this profile's secret ("profile/<id>").
    QString secretKey() const;
    //! Empty when the profile can be saved; otherwise a sentence saying what is missing.
    QString validate() const;

    //! Stable names used in settings and on the command line: "token", "oauth", "display".
    static QString authKindName(AuthKind kind);
    static std::optional<AuthKind> authKindFromName(const QString &name);
    //! A translated description ("API token", "OAuth client credentials", ...).
    static QString authKindDisplayName(AuthKind kind);

    bool operator==(const ConnectionProfile &other) const;
    bool operator!=(const ConnectionProfile &other) const { return !(*this == other); }
};

} // namespace Density

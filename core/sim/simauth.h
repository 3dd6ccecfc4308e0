#pragma once

#include "simhttp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <optional>

namespace Density::Sim {

struct SimOptions;

//! Token model of REFERENCE §6.4: configured static "tok_" tokens, JWT-looking M2M tokens from
//! /v3/oauth/token and display-scoped tokens from /v3/oauth/display-token, each tagged with its
//! kind so routes can apply the 401/403 rules. Lifetimes run on a monotonic clock (not the
//! simulated "now"): expiry is about real time passing for the client.
class SimAuth {
public:
    struct Token {
        TokenKind kind = TokenKind::Static;
        QString clientId;
        QString displayId;
        qint64 expiresAtMs = -1; //!< monotonic ms; -1 = never
        bool revoked = false;
        bool readOnly = false; //!< may read, gets 403 on every mutation
    };

    struct Check {
        int status = 0; //!< 0 = ok, else 401 / 403
        QString message;
        Token token;
    };

    SimAuth(const SimOptions &options, quint64 seed);

    //! REFERENCE §1.1: no header or not "Bearer <x>" => 403; unknown, expired or revoked => 401.
    Check authenticate(const QByteArray &authorizationHeader) const;

    //! Issues an M2M token for valid client credentials, nullopt otherwise.
    std::optional<QString> issueM2m(const QString &clientId, const QString &secret,
                                    int lifetimeSeconds);
    std::optional<QString> issueDisplay(const QString &clientId, const QString &secret,
                                        const QString &displayId, int lifetimeSeconds);

    //! Test hooks. expireAll() ends every issued (OAuth / display) token; static tokens stay.
    void expireAll();
    void revoke(const QString &token);
    void revokeAllIssued();

private:
    QString makeJwt(const QString &subject, const QString &scope, int lifetimeSeconds);
    qint64 monotonicMs() const { return m_clock.elapsed(); }

    QHash<QString, Token> m_tokens;
    QString m_clientId;
    QString m_clientSecret;
    QString m_displayClientId;
    QString m_displayClientSecret;
    QByteArray m_signingKey;
    quint64 m_counter = 0;
    QElapsedTimer m_clock;
};

} // namespace Density::Sim

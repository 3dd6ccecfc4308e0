#include "simauth.h"

#include "simoptions.h"
#include "simrandom.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Density::Sim {

SimAuth::SimAuth(const SimOptions &options, quint64 seed)
    : m_clientId(options.clientId)
    , m_clientSecret(options.clientSecret)
    , m_displayClientId(options.displayClientId)
    , m_displayClientSecret(options.displayClientSecret)
    , m_signingKey(QByteArray::number(hashMix(seed, 0xA07), 16)) {
    m_clock.start();
    for (const QString &token : options.staticTokens)
        m_tokens.insert(token, Token{TokenKind::Static, {}, {}, -1, false, false});
    for (const QString &token : options.readOnlyTokens)
        m_tokens.insert(token, Token{TokenKind::Static, {}, {}, -1, false, true});
}

SimAuth::Check SimAuth::authenticate(const QByteArray &header) const {
    Check check;
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty()) {
        check.status = 403;
        check.message = u"Missing Authorization header; send \"Authorization: Bearer <token>\""_s;
        return check;
    }
    if (!trimmed.startsWith("Bearer ") || trimmed.mid(7).trimmed().isEmpty()) {
        check.status = 403;
        check.message = u"Authorization header must have the form \"Bearer <token>\""_s;
        return check;
    }
    const QString token = QString::fromUtf8(trimmed.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend()) {
        check.status = 401;
        check.message = u"Unable to authorize the given bearer token"_s;
        return check;
    }
    if (it->revoked) {
        check.status = 401;
        check.message = u"The bearer token has been revoked"_s;
        return check;
    }
    if (it->expiresAtMs >= 0 && monotonicMs() >= it->expiresAtMs) {
        check.status = 401;
        check.message = u"The bearer token has expired"_s;
        return check;
    }
    check.token = *it;
    return check;
}

QString SimAuth::makeJwt(const QString &subject, const QString &scope, int lifetimeSeconds) {
    const auto b64 = [](const QByteArray &data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const qint64 issued = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload{{u"iss"_s, u"https://density-sim.local/"_s},
                        {u"sub"_s, subject},
                        {u"scope"_s, scope},
                        {u"iat"_s, issued},
                        {u"exp"_s, issued + lifetimeSeconds},
                        {u"jti"_s, QString::number(++m_counter)}};
    const QByteArray head = b64(QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    const QByteArray body = b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = head + '.' + body;
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, m_signingKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + b64(signature));
}

std::optional<QString> SimAuth::issueM2m(const QString &clientId, const QString &secret,
                                         int lifetimeSeconds) {
    if (clientId != m_clientId || secret != m_clientSecret)
        return std::nullopt;
    const QString token = makeJwt(clientId, u"m2m"_s, lifetimeSeconds);
    m_tokens.insert(
        token,
        Token{TokenKind::M2m, clientId, {}, monotonicMs() + qint64(lifetimeSeconds) * 1000, false});
    return token;
}

std::optional<QString> SimAuth::issueDisplay(const QString &clientId, const QString &secret,
                                             const QString &displayId, int lifetimeSeconds) {
    if (clientId != m_displayClientId || secret != m_displayClientSecret)
        return std::nullopt;
    const QString token = makeJwt(clientId, u"display:"_s + displayId, lifetimeSeconds);
    m_tokens.insert(token, Token{TokenKind::Display, clientId, displayId,
                                 monotonicMs() + qint64(lifetimeSeconds) * 1000, false});
    return token;
}

void SimAuth::expireAll() {
    for (Token &token : m_tokens) {
        if (token.kind != TokenKind::Static)
            token.expiresAtMs = 0;
    }
}

void SimAuth::revokeAllIssued() {
    for (Token &token : m_tokens) {
        if (token.kind != TokenKind::Static)
            token.revoked = true;
    }
}

void SimAuth::revoke(const QString &token) {
    const auto it = m_tokens.find(token);
    if (it != m_tokens.end())
        it->revoked = true;
}

} // namespace Density::Sim

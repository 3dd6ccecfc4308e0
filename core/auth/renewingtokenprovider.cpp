#include "renewingtokenprovider.h"

#include "api/densityclient.h"

#include <QCoreApplication>
#include <algorithm>

namespace Density {

RenewingTokenProvider::RenewingTokenProvider(DensityClient *client, QObject *parent)
    : TokenProvider(parent)
    , m_client(client) {}

bool RenewingTokenProvider::hasValidToken() const {
    return !m_token.isEmpty() && !m_renewAt.hasExpired();
}

void RenewingTokenProvider::requestToken(std::function<void(const Result<QString> &)> done) {
    if (hasValidToken()) {
        done(m_token);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_fetching)
        return;
    if (!m_client) {
        finishFetch(ApiError(
            ApiError::Kind::Auth,
            QCoreApplication::translate("Density::TokenProvider", "The connection was closed.")));
        return;
    }
    m_fetching = true;
    ++m_fetchCount;
    fetch([this](const Result<AccessToken> &result) { finishFetch(result); });
}

bool RenewingTokenProvider::invalidate() {
    m_token.clear();
    m_renewAt = QDeadlineTimer(0);
    return true;
}

void RenewingTokenProvider::finishFetch(const Result<AccessToken> &result) {
    m_fetching = false;
    Result<QString> outcome = ApiError();
    if (result.ok() && !result.value().accessToken.isEmpty()) {
        m_token = result.value().accessToken;
        // In milliseconds: a tenth of a short lifetime (a few seconds) is still worth keeping.
        const qint64 lifetimeMs = std::max<qint64>(1, result.value().expiresInSeconds) * 1000;
        const qint64 marginMs = std::min<qint64>(qint64(m_marginSeconds) * 1000, lifetimeMs / 10);
        m_renewAt = QDeadlineTimer(std::max<qint64>(0, lifetimeMs - marginMs));
        outcome = m_token;
        Q_EMIT tokenRenewed();
    } else if (result.ok()) {
        outcome = ApiError::decode(QStringLiteral("OAuth token"),
                                   QStringLiteral("no access_token in the answer"));
    } else {
        ApiError error = result.error();
        if (error.httpStatus() == 401 || error.httpStatus() == 400)
            error = ApiError(
                ApiError::Kind::Auth,
                QCoreApplication::translate("Density::TokenProvider",
                                            "The client id or secret was refused (%1): check the "
                                            "credentials in Settings.")
                    .arg(error.httpStatus()),
                error.httpStatus());
        outcome = error;
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &callback : waiting)
        callback(outcome);
}

OAuthTokenProvider::OAuthTokenProvider(DensityClient *client, QString clientId,
                                       QString clientSecret, QObject *parent)
    : RenewingTokenProvider(client, parent)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret)) {}

void OAuthTokenProvider::fetch(std::function<void(const Result<AccessToken> &)> done) {
    client()->requestOAuthToken(m_clientId, m_clientSecret, this, std::move(done));
}

DisplayTokenProvider::DisplayTokenProvider(DensityClient *client, QString clientId,
                                           QString clientSecret, QString displayId, QObject *parent)
    : RenewingTokenProvider(client, parent)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_displayId(std::move(displayId)) {}

void DisplayTokenProvider::fetch(std::function<void(const Result<AccessToken> &)> done) {
    client()->requestDisplayToken(m_clientId, m_clientSecret, m_displayId, this, std::move(done));
}

} // namespace Density

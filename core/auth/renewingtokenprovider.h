#pragma once

#include "model/tokens.h"
#include "tokenprovider.h"

#include <QDeadlineTimer>
#include <QPointer>

namespace Density {

class DensityClient;

//! Shared logic of the two short-lived token kinds: cache the token, renew it a little before
//! it expires, and make concurrent callers wait for one fetch instead of starting many.
class RenewingTokenProvider : public TokenProvider {
    Q_OBJECT
public:
    explicit RenewingTokenProvider(DensityClient *client, QObject *parent = nullptr);

    void requestToken(std::function<void(const Result<QString> &)> done) override;
    bool invalidate() override;

    //! Renew when less than this remains (default 60 s, or 10% of a short lifetime).
    void setRenewalMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    bool hasValidToken() const;
    int fetchCount() const { return m_fetchCount; }

Q_SIGNALS:
    void tokenRenewed();

protected:
    virtual void fetch(std::function<void(const Result<AccessToken> &)> done) = 0;
    DensityClient *client() const { return m_client; }

private:
    void finishFetch(const Result<AccessToken> &result);

    QPointer<DensityClient> m_client;
    QString m_token;
    QDeadlineTimer m_renewAt{QDeadlineTimer::Forever};
    bool m_fetching = false;
    int m_fetchCount = 0;
    int m_marginSeconds = 60;
    QList<std::function<void(const Result<QString> &)>> m_waiting;
};

//! OAuth client credentials (machine-to-machine): required for the Users endpoints.
class OAuthTokenProvider : public RenewingTokenProvider {
    Q_OBJECT
public:
    OAuthTokenProvider(DensityClient *client, QString clientId, QString clientSecret,
                       QObject *parent = nullptr);

protected:
    void fetch(std::function<void(const Result<AccessToken> &)> done) override;

private:
    QString m_clientId;
    QString m_clientSecret;
};

//! Display-scoped credentials for wall screens (form-encoded token exchange).
class DisplayTokenProvider : public RenewingTokenProvider {
    Q_OBJECT
public:
    DisplayTokenProvider(DensityClient *client, QString clientId, QString clientSecret,
                         QString displayId, QObject *parent = nullptr);

protected:
    void fetch(std::function<void(const Result<AccessToken> &)> done) override;

private:
    QString m_clientId;
    QString m_clientSecret;
    QString m_displayId;
};

} // namespace Density

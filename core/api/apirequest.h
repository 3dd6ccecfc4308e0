#pragma once

#include "pendingcall.h"
#include "rawreply.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace Density {

class DensityClient;

//! One logical HTTP exchange: token, rate-limit slot, send, timeout, and the retry rules
//! (safe calls retry transient failures with back-off; every call re-authenticates once on
//! a 401; a 429 pauses the whole client for Retry-After).
class ApiRequest : public PendingCall {
    Q_OBJECT
public:
    using Completion = std::function<void(const Result<RawReply> &)>;

    ApiRequest(DensityClient *client, RequestSpec spec, Completion done);
    ~ApiRequest() override;

    void start();
    void abort() override;
    int attempts() const { return m_attempts; }

private:
    void authorize();
    void waitForSlot(const QString &token);
    void send(const QString &token);
    void onFinished();
    void onTimeout();
    void retryOrFail(const ApiError &error, int retryAfterMs);
    void finish(const Result<RawReply> &result);
    //! True (and finished with an error) when the client's connection changed since start.
    bool connectionChanged();
    int retryAfterMs(QNetworkReply *reply) const;
    void applyRateLimitHeaders(QNetworkReply *reply);
    ApiError networkError(QNetworkReply *reply) const;
    ApiError describeNetworkError(QNetworkReply *reply) const;

    QPointer<DensityClient> m_client;
    RequestSpec m_spec;
    Completion m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    //! What the certificate check of the current attempt reported, kept for the Tls error.
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_peerChain;
    quint64 m_epoch = 0; //!< the client's connection epoch when this request was made
    int m_attempts = 0;
    bool m_reauthenticated = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace Density

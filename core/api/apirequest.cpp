#include "apirequest.h"

#include "auth/tokenprovider.h"
#include "densityclient.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslError>
#include <QUrlQuery>

namespace Density {
namespace {

//! The proxy `network` chose for `url` ("host:port"), or empty for a direct connection.
QString proxyFor(QNetworkAccessManager *network, const QUrl &url) {
    QNetworkProxy proxy = network->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        QNetworkProxyFactory *factory = network->proxyFactory();
        const QList<QNetworkProxy> proxies =
            factory ? factory->queryProxy(query) : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy ||
        proxy.hostName().isEmpty())
        return QString();
    return QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());
}

} // namespace

ApiRequest::ApiRequest(DensityClient *client, RequestSpec spec, Completion done)
    : PendingCall(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
    , m_epoch(client->connectionEpoch()) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiRequest::authorize);
}

ApiRequest::~ApiRequest() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiRequest::start() {
    m_client->requestStarted();
    authorize();
}

void ApiRequest::abort() {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_backoff.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_client)
        m_client->requestEnded();
    deleteLater();
}

void ApiRequest::authorize() {
    if (m_finished || connectionChanged())
        return;
    const EndpointInfo &info = endpointInfo(m_spec.endpoint);
    if (!info.authenticated) {
        waitForSlot(QString());
        return;
    }
    TokenProvider *tokens = m_client->tokenProvider();
    if (!tokens) {
        finish(ApiError(ApiError::Kind::Auth,
                        tr("No credentials are configured: add a token or OAuth client in "
                           "Settings.")));
        return;
    }
    QPointer<ApiRequest> self(this);
    tokens->requestToken([self](const Result<QString> &token) {
        if (!self || self->m_finished)
            return;
        if (!token)
            self->finish(token.error());
        else
            self->waitForSlot(token.value());
    });
}

void ApiRequest::waitForSlot(const QString &token) {
    QPointer<ApiRequest> self(this);
    m_client->rateLimiter()->acquire([self, token] {
        if (self && !self->m_finished)
            self->send(token);
    });
}

void ApiRequest::send(const QString &token) {
    if (connectionChanged())
        return; // the token and the rate-limit slot belong to another connection
    const EndpointInfo &info = endpointInfo(m_spec.endpoint);
    QUrl url = m_client->baseUrl();
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // endpointPath() percent-encodes the ids; tolerant mode keeps those escapes as they are.
    url.setPath(basePath + endpointPath(m_spec.endpoint, m_spec.pathArguments), QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("DensityDashboard/" DENSITY_VERSION));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    if (!m_spec.body.isEmpty() || info.method == HttpMethod::Post || info.method == HttpMethod::Put)
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);

    ++m_attempts;
    m_timedOut = false;
    m_clock.start();
    QNetworkAccessManager *network = m_client->networkManager();
    switch (info.method) {
    case HttpMethod::Get:
        m_reply = network->get(request);
        break;
    case HttpMethod::Delete:
        m_reply = network->deleteResource(request);
        break;
    default:
        m_reply = network->sendCustomRequest(request, httpMethodName(info.method), m_spec.body);
        break;
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    m_sslErrors.clear();
    m_peerChain.clear();
    // Only recorded, to show the person which certificate was refused; never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        if (m_reply)
            m_peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    m_timeout.start(m_client->timeoutMs());
}

void ApiRequest::onTimeout() {
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

int ApiRequest::retryAfterMs(QNetworkReply *reply) const {
    const QByteArray header = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (header.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = header.toInt(&ok);
    if (ok)
        return std::max(0, seconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 600000));
    return 0;
}

void ApiRequest::applyRateLimitHeaders(QNetworkReply *reply) {
    // When the quota middleware says nothing is left, wait for its reset instead of
    // spending a request to learn the same thing from a 429.
    const QByteArray remaining = reply->rawHeader(QByteArrayLiteral("X-RateLimit-Remaining"));
    const QByteArray reset = reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset"));
    if (remaining.trimmed() != "0" || reset.isEmpty())
        return;
    bool ok = false;
    const qint64 resetEpoch = reset.trimmed().toLongLong(&ok);
    if (!ok)
        return;
    const qint64 waitMs =
        QDateTime::currentDateTimeUtc().msecsTo(QDateTime::fromSecsSinceEpoch(resetEpoch, Qt::UTC));
    if (waitMs > 0 && waitMs < 120000)
        m_client->rateLimiter()->pauseFor(waitMs);
}

ApiError ApiRequest::networkError(QNetworkReply *reply) const {
    ApiError error = describeNetworkError(reply);
    error.setNetworkError(reply->error());
    error.setProxy(proxyFor(m_client->networkManager(), reply->url()));
    if (error.kind() == ApiError::Kind::Tls) {
        QList<QSslCertificate> chain = m_peerChain;
        if (chain.isEmpty())
            chain = reply->sslConfiguration().peerCertificateChain();
        error.setTlsDetails(m_sslErrors, chain);
    }
    return error;
}

ApiError ApiRequest::describeNetworkError(QNetworkReply *reply) const {
    const QString host = m_client->baseUrl().host();
    if (m_timedOut)
        return {ApiError::Kind::Timeout,
                tr("%1 did not answer within %2 seconds; check the network or raise the "
                   "timeout in Settings.")
                    .arg(host)
                    .arg(m_client->timeoutMs() / 1000.0)};
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return {ApiError::Kind::Network,
                tr("The server %1 could not be found (DNS); check the address and your network.")
                    .arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return {ApiError::Kind::Network,
                tr("%1 refused the connection; check the address and port.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        return {ApiError::Kind::Tls,
                tr("The secure connection to %1 failed: %2. The certificate was not accepted.")
                    .arg(host, reply->errorString())};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return {ApiError::Kind::Network,
                tr("The proxy failed: %1. Check the proxy setting.").arg(reply->errorString())};
    default:
        break;
    }
    return {ApiError::Kind::Network,
            tr("The connection to %1 failed: %2.").arg(host, reply->errorString())};
}

void ApiRequest::onFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    reply->deleteLater();
    m_reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted (timed-out) reply is closed; reading it would only print a Qt warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const EndpointInfo &info = endpointInfo(m_spec.endpoint);
    qCDebug(lcApi).noquote() << httpMethodName(info.method) << endpointPath(m_spec.endpoint)
                             << status << m_clock.elapsed() << "ms, attempt" << m_attempts;
    m_client->noteResponse(m_spec.endpoint, status);
    if (connectionChanged())
        return;

    if (status == 0) {
        retryOrFail(networkError(reply), 0);
        return;
    }
    applyRateLimitHeaders(reply);
    if (status >= 200 && status < 300) {
        finish(RawReply{m_spec.endpoint, status, body});
        return;
    }
    if (status == 401 && info.authenticated && !m_reauthenticated) {
        TokenProvider *tokens = m_client->tokenProvider();
        if (tokens && tokens->invalidate()) {
            // The server refused before doing anything, so one more try is safe even for
            // create/update/delete.
            m_reauthenticated = true;
            authorize();
            return;
        }
    }
    if (status == 429) {
        const int wait = std::max(retryAfterMs(reply), 1000);
        m_client->rateLimiter()->pauseFor(wait);
        // A 429 means the request was not processed, so it is retried even when unsafe.
        if (m_client->retryPolicy().mayRetry(m_attempts)) {
            m_backoff.start(0); // the paused limiter does the waiting
            return;
        }
    }
    retryOrFail(ApiError::fromHttp(status, body, m_spec.endpoint), 0);
}

void ApiRequest::retryOrFail(const ApiError &error, int retryAfterMs) {
    const bool safe = endpointInfo(m_spec.endpoint).safeToRetry;
    const RetryPolicy policy = m_client->retryPolicy();
    if (safe && error.isTransient() && policy.mayRetry(m_attempts)) {
        m_backoff.start(policy.delayMs(m_attempts, retryAfterMs, m_client->random()));
        return;
    }
    finish(error);
}

bool ApiRequest::connectionChanged() {
    if (!m_client || m_client->connectionEpoch() == m_epoch)
        return false;
    finish(ApiError(ApiError::Kind::Network,
                    tr("The connection changed while this request was running; its answer was "
                       "discarded.")));
    return true;
}

void ApiRequest::finish(const Result<RawReply> &result) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_client)
        m_client->requestEnded();
    const Completion done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

} // namespace Density

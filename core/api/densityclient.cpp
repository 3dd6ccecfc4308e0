#include "densityclient.h"

#include "apirequest.h"
#include "auth/tokenprovider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace Density {

DensityClient::DensityClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_limiter(this)
    , m_random(QRandomGenerator::securelySeeded()) {
    // Redirects are followed only within the same scheme strength; TLS errors are never
    // ignored (no sslErrors handler calls ignoreSslErrors anywhere in the product).
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network->setProxyFactory(m_proxy.createFactory());
}

void DensityClient::setProxySettings(const ProxySettings &settings) {
    m_proxy = settings;
    m_network->setProxyFactory(m_proxy.createFactory()); // the manager owns and frees the old one
}

QNetworkProxy DensityClient::proxyFor(const QUrl &url) const {
    QNetworkProxyFactory *factory = m_network->proxyFactory();
    const QList<QNetworkProxy> proxies =
        factory ? factory->queryProxy(QNetworkProxyQuery(url)) : QList<QNetworkProxy>();
    return proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
}

DensityClient::~DensityClient() = default;

QString DensityClient::checkBaseUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Density::DensityClient",
                                           "\"%1\" is not a valid server address.")
            .arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return QString();
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress address(url.host());
        if (url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return QString();
        return QCoreApplication::translate(
                   "Density::DensityClient",
                   "Plain http:// is only allowed for this computer (loopback); use https://%1.")
            .arg(url.host());
    }
    return QCoreApplication::translate("Density::DensityClient",
                                       "Only https:// server addresses are supported, not %1.")
        .arg(url.scheme());
}

QString DensityClient::setBaseUrl(const QUrl &url) {
    const QString problem = checkBaseUrl(url);
    if (problem.isEmpty() && url != m_baseUrl) {
        m_baseUrl = url;
        ++m_connectionEpoch;
    }
    return problem;
}

void DensityClient::setTokenProvider(TokenProvider *provider) {
    if (provider != m_tokens)
        ++m_connectionEpoch;
    m_tokens = provider;
}

void DensityClient::requestStarted() {
    Q_EMIT requestsInFlightChanged(++m_inFlight);
}

void DensityClient::requestEnded() {
    Q_EMIT requestsInFlightChanged(--m_inFlight);
}

void DensityClient::noteResponse(Endpoint endpoint, int status) {
    Q_EMIT responseReceived(endpoint, status);
}

RequestHandle DensityClient::send(const RequestSpec &spec, QObject *context,
                                  std::function<void(const Result<RawReply> &)> done) {
    QPointer<QObject> guard(context);
    auto *request = new ApiRequest(this, spec,
                                   [guard, hasContext = context != nullptr,
                                    done = std::move(done)](const Result<RawReply> &r) {
                                       if (!hasContext || guard)
                                           done(r);
                                   });
    if (context)
        connect(context, &QObject::destroyed, request, &ApiRequest::abort);
    RequestHandle handle(request);
    request->start();
    return handle;
}

} // namespace Density

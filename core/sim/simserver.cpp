#include "simserver.h"

#include "simaccesslog.h"
#include "simauth.h"
#include "simfaults.h"
#include "simhttpserver.h"
#include "simlivestreams.h"
#include "simlog.h"
#include "simratelimiter.h"
#include "simrouter.h"
#include "simroutes.h"
#include "simsensorhealth.h"
#include "simstore.h"
#include "simwstickets.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
std::unique_ptr<SimStore> timedStore(const SimOptions &options) {
    QElapsedTimer timer;
    timer.start();
    auto store = std::make_unique<SimStore>(options);
    qCDebug(lcDensitySim) << "generated" << store->portfolio().spaces.size() << "spaces,"
                          << store->portfolio().sensors.size() << "sensors for seed" << options.seed
                          << "in" << timer.elapsed() << "ms";
    return store;
}
} // namespace

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(timedStore(options))
    , m_auth(std::make_unique<SimAuth>(options, options.seed))
    , m_rateLimiter(std::make_unique<SimRateLimiter>(options.ratePerSecond, options.burst))
    , m_faults(std::make_unique<SimFaults>(options.seed))
    , m_accessLog(std::make_unique<SimAccessLog>(options.accessLogPath))
    , m_router(std::make_unique<SimRouter>())
    , m_tickets(std::make_unique<SimWsTickets>(options.seed)) {
    m_faults->setOptions(options.faults);
    registerRoutes(*m_router);
    m_http = new SimHttpServer(
        [this](SimRequest &&request, std::shared_ptr<SimReply> reply) {
            dispatch(std::move(request), std::move(reply));
        },
        this);
    m_live = new SimLiveStreams(*m_store, *m_tickets, this);
    m_live->attach(m_http);
    connect(m_live, &SimLiveStreams::opened, this, &SimServer::liveConnectionOpened);
    connect(m_live, &SimLiveStreams::closed, this, &SimServer::liveConnectionClosed);
    if (options.faults.wsRefuseSeconds > 0)
        m_tickets->refuseFor(qint64(options.faults.wsRefuseSeconds * 1000));
}

SimServer::~SimServer() {
    // The streams read the store: end them before the members go.
    delete m_live;
    m_live = nullptr;
}

quint16 SimServer::listen(const QHostAddress &address, quint16 port) {
    m_address = address;
    m_port = m_http->listen(address, port);
    if (m_port == 0)
        qCWarning(lcDensitySim) << "cannot listen on" << address << port;
    return m_port;
}

QUrl SimServer::baseUrl() const {
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host.isNull())
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

const SimOptions &SimServer::options() const {
    return m_store->options();
}

void SimServer::setFaults(const FaultOptions &faults) {
    m_store->options().faults = faults;
    m_faults->setOptions(faults);
    m_tickets->refuseFor(qint64(faults.wsRefuseSeconds * 1000));
}

void SimServer::expireAllTokens() {
    m_auth->expireAll();
}

void SimServer::revokeAllTokens() {
    m_auth->revokeAllIssued();
}

void SimServer::revokeToken(const QString &token) {
    m_auth->revoke(token);
}

void SimServer::setNow(const QDateTime &now) {
    m_store->setNow(now);
}

bool SimServer::takeSensorOffline(const QString &serial, const QDateTime &from,
                                  const QDateTime &until) {
    const int sensor = m_store->portfolio().sensorIndex(serial);
    if (sensor < 0)
        return false;
    SimOutage outage;
    outage.start = from.isValid() ? from.toMSecsSinceEpoch()
                                  : std::min(m_store->now(), liveNow().toMSecsSinceEpoch());
    outage.end =
        until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() / 4;
    outage.status = SensorHealth::Offline;
    m_store->health().injectOutage(sensor, outage);
    return true;
}

QDateTime SimServer::now() const {
    return QDateTime::fromMSecsSinceEpoch(m_store->now(), Qt::UTC);
}

void SimServer::setWrapLiveResponses(bool wrap) {
    m_store->options().wrapLiveResponses = wrap;
}

void SimServer::setIncludeParentRows(bool include) {
    m_store->options().includeParentRows = include;
}

void SimServer::setRouteUnavailable(const QString &path, bool unavailable) {
    m_unavailableRoutes.removeAll(path);
    if (unavailable)
        m_unavailableRoutes.append(path);
}

void SimServer::setRateLimit(bool enabled, double ratePerSecond, int burst) {
    SimOptions &o = m_store->options();
    o.rateLimitEnabled = enabled;
    o.ratePerSecond = ratePerSecond;
    o.burst = burst;
    m_rateLimiter->configure(ratePerSecond, burst);
}

SimStore &SimServer::store() {
    return *m_store;
}

SimWsTickets &SimServer::wsTickets() {
    return *m_tickets;
}

QDateTime SimServer::liveNow() const {
    return QDateTime::fromMSecsSinceEpoch(m_live->now(), Qt::UTC);
}

void SimServer::dropLiveConnections() {
    m_live->dropAll();
}

void SimServer::setLiveSilent(bool silent) {
    m_live->setSilent(silent);
}

void SimServer::sendMalformedLiveFrames(int count) {
    m_live->sendMalformed(count);
}

void SimServer::refuseLiveTickets(int seconds) {
    m_tickets->refuseFor(qint64(seconds) * 1000);
}

void SimServer::sendLiveFrame(const QString &streamKind, const QString &id,
                              const QByteArray &frame) {
    m_live->sendRaw(streamKind, id, frame);
}

void SimServer::setLiveRate(double changesPerSecond) {
    m_live->setLiveRate(changesPerSecond);
}

void SimServer::setRefreshInterval(double seconds) {
    m_live->setRefreshInterval(seconds);
}

void SimServer::setTicketLifetime(double seconds) {
    m_store->options().wsTicketLifetimeSeconds = seconds;
    m_tickets->setLifetimeMs(qint64(seconds * 1000));
}

void SimServer::setDoorwayEventsEnabled(bool enabled) {
    m_store->options().doorwayEventsEnabled = enabled;
}

int SimServer::liveConnectionCount() const {
    return m_live->connectionCount();
}

int SimServer::liveConnectionsAccepted() const {
    return m_live->accepted();
}

int SimServer::liveConnectionsRefused() const {
    return m_live->refused();
}

int SimServer::outstandingTickets() const {
    return int(m_tickets->outstanding());
}

SimResponse SimServer::process(SimRequest &request, int *latencyMs) {
    const SimOptions &options = m_store->options();
    QList<QPair<QByteArray, QByteArray>> extra;
    const auto finish = [&extra](SimResponse response) {
        response.headers.append(extra);
        return response;
    };

    // 1. Edge rate limit (per client IP), headers on every response.
    if (options.rateLimitEnabled) {
        const SimRateLimiter::Decision d = m_rateLimiter->take(request.remote.toString());
        extra.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(d.limit)});
        extra.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(d.remaining)});
        extra.append(
            {QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(d.resetEpochSeconds)});
        if (!d.allowed) {
            ++m_tooManyRequestsCount;
            extra.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(d.retryAfterSeconds)});
            return finish(SimResponse::error(
                429, u"Rate limit exceeded: %1 requests per second per IP, burst %2"_s
                         .arg(options.ratePerSecond)
                         .arg(options.burst)));
        }
    }

    // 2. Faults are drawn once per request (deterministic sequence for a seed).
    const SimFaults::Decision fault = m_faults->next();
    *latencyMs = fault.latencyMs;
    if (fault.storm) {
        ++m_tooManyRequestsCount;
        extra.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.stormRetryAfter)});
        return finish(SimResponse::error(429, u"Too many requests (simulated 429 storm)"_s));
    }

    // 3. Route.
    SimRouter::Match match = m_router->match(request.method, request.path);
    if (m_unavailableRoutes.contains(request.path))
        match = {};
    if (!match.route) {
        if (match.pathKnown)
            return finish(
                SimResponse::error(405, u"Method %1 is not allowed on %2"_s.arg(
                                            QString::fromLatin1(request.method), request.path)));
        return finish(SimResponse::error(
            404, u"No route for %1 %2"_s.arg(QString::fromLatin1(request.method), request.path)));
    }
    request.pathArgs = match.args;

    // 4. Authentication and token-kind rules.
    if (match.route->access != SimAccess::Public) {
        const SimAuth::Check check = m_auth->authenticate(request.header("authorization"));
        if (check.status != 0)
            return finish(SimResponse::error(check.status, check.message));
        request.tokenKind = check.token.kind;
        request.displayId = check.token.displayId;
        request.readOnlyToken = check.token.readOnly;
        const SimAccess access = match.route->access;
        if (access == SimAccess::M2mOnly && check.token.kind != TokenKind::M2m)
            return finish(SimResponse::error(
                403, u"Users endpoints are only available to machine-to-machine (OAuth "
                     "client-credentials) tokens; static tok_ tokens cannot manage users"_s));
        if ((access == SimAccess::Bearer || access == SimAccess::BearerWrite) &&
            check.token.kind == TokenKind::Display)
            return finish(SimResponse::error(
                403,
                u"Display tokens may only read spaces, occupancy and presence, and open presence "
                "streams"_s));
        if (access == SimAccess::BearerWrite && check.token.readOnly)
            return finish(SimResponse::error(
                403, u"This token is read-only: creating or changing labels, label groups and "
                     "spaces needs a token with write permission"_s));
    }

    // 5. Injected server errors.
    if (fault.errorStatus == 500)
        return finish(SimResponse::error(500, u"Simulated internal error (fault injection)"_s));
    if (fault.errorStatus != 0) {
        SimResponse gateway;
        gateway.status = fault.errorStatus;
        gateway.contentType = QByteArrayLiteral("text/html");
        gateway.body =
            fault.errorStatus == 502
                ? QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>")
                : QByteArrayLiteral("<html><body><h1>503 Service Unavailable</h1></body></html>");
        return finish(gateway);
    }

    // 6. The endpoint itself.
    SimContext context{*m_store, *m_auth, *m_tickets, baseUrl()};
    SimResponse response = match.route->handler(context, request);

    // 7. Malformed bodies on success.
    if (response.status >= 200 && response.status < 300 && !response.body.isEmpty()) {
        if (fault.malformed == SimFaults::Malformed::Truncated) {
            response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
        } else if (fault.malformed == SimFaults::Malformed::NotJson) {
            response.contentType = QByteArrayLiteral("text/html");
            response.body =
                QByteArrayLiteral("<html><body>Unexpected gateway response</body></html>");
        }
    }
    return finish(response);
}

void SimServer::dispatch(SimRequest &&request, std::shared_ptr<SimReply> reply) {
    QElapsedTimer timer;
    timer.start();
    ++m_requestCount;
    int latencyMs = 0;
    SimResponse response = process(request, &latencyMs);
    const QByteArray method = request.method;
    const QString path = request.path;
    auto send = [this, reply, response, method, path, timer]() {
        if (!reply->send(response))
            qCDebug(lcDensitySim) << "client left before the answer to" << method << path;
        m_accessLog->write(method, path, response.status, timer.elapsed());
        Q_EMIT requestFinished(QString::fromLatin1(method), path, response.status);
    };
    if (latencyMs > 0)
        QTimer::singleShot(latencyMs, this, send);
    else
        send();
}

} // namespace Density::Sim

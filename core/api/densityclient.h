#pragma once

#include "endpoints.h"
#include "pendingcall.h"
#include "proxysettings.h"
#include "ratelimiter.h"
#include "rawreply.h"
#include "retrypolicy.h"

#include "auth/tokenprovider.h"

#include "model/datastatus.h"
#include "model/doorway.h"
#include "model/health.h"
#include "model/label.h"
#include "model/metrics.h"
#include "model/presence.h"
#include "model/query.h"
#include "model/sensor.h"
#include "model/sessions.h"
#include "model/space.h"
#include "model/tokens.h"
#include "model/user.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

class QNetworkAccessManager;

namespace Density {

class ApiRequest;

//! The one way the product talks to the Density API v3: every endpoint as a typed asynchronous
//! call. Calls pace themselves through the rate limiter, retry safe requests, split long ranges
//! and long id lists into the windows and batches the API accepts, and deliver one decoded
//! result or one ApiError to `done` — only while `context` is alive.
class DensityClient : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int DefaultBatchSize = 100;

    explicit DensityClient(QObject *parent = nullptr);
    ~DensityClient() override;

    //! Plain http is allowed only for loopback (the simulator); everything else needs https.
    //! Returns an empty string when the URL was accepted, else the reason.
    QString setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    static QString checkBaseUrl(const QUrl &url);

    //! Not owned; may be changed at any time (profile switch).
    void setTokenProvider(TokenProvider *provider);
    TokenProvider *tokenProvider() const { return m_tokens; }
    //! Goes up whenever the base URL or the token provider changes. A request started under an
    //! older value ends with an error instead of its answer and is never retried or sent on,
    //! so a request still running for the old connection can never fill the new one's views.
    quint64 connectionEpoch() const { return m_connectionEpoch; }

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }
    //! Installs the proxy choice on the network manager (the Settings dialog's Proxy section).
    void setProxySettings(const ProxySettings &settings);
    ProxySettings proxySettings() const { return m_proxy; }
    //! The proxy the network manager would use for `url` (first choice), e.g. for a WebSocket.
    QNetworkProxy proxyFor(const QUrl &url) const;
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setBatchSize(int ids) { m_batchSize = std::max(1, ids); }
    int batchSize() const { return m_batchSize; }
    RateLimiter *rateLimiter() { return &m_limiter; }
    int requestsInFlight() const { return m_inFlight; }
    //! Seeds the retry jitter, for reproducible tests.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // --- Historical analytics (windowed and batched) --------------------------------------
    RequestHandle dataStatus(const TimeRange &range, const QStringList &floorIds, QObject *context,
                             Handler<QList<DataStatusWindow>> done);
    RequestHandle allMetrics(const AnalyticsQuery &query, QObject *context,
                             Handler<MetricsBySpace> done);
    RequestHandle occupancy(const AnalyticsQuery &query, QObject *context,
                            Handler<MetricsBySpace> done);
    RequestHandle timeUsed(const AnalyticsQuery &query, QObject *context,
                           Handler<MetricsBySpace> done);
    RequestHandle utilization(const AnalyticsQuery &query, QObject *context,
                              Handler<MetricsBySpace> done);
    RequestHandle rawSessions(const TimeRange &range, const QStringList &spaceIds, QObject *context,
                              Handler<SessionsBySpace> done);

    // --- Live reads -----------------------------------------------------------------------
    RequestHandle currentOccupancy(const QStringList &spaceIds, QObject *context,
                                   Handler<CurrentCounts> done);
    //! Deprecated by Density: cannot tell "empty" from "offline". Prefer presenceHealth().
    RequestHandle presence(const QStringList &spaceIds, QObject *context,
                           Handler<PresenceBySpace> done);
    RequestHandle presenceHealth(const QStringList &spaceIds, QObject *context,
                                 Handler<HealthPresenceBySpace> done);
    RequestHandle shortTermPresence(int minutesLookback, const QStringList &spaceIds,
                                    QObject *context, Handler<ShortTermPresenceBySpace> done);
    RequestHandle floorPresenceStream(const QString &floorId, QObject *context,
                                      Handler<WebSocketTicket> done);
    RequestHandle spaceCountStream(const QString &spaceId, QObject *context,
                                   Handler<WebSocketTicket> done);
    //! Proposed, undocumented route (REFERENCE §8.4); only used when the feature is enabled.
    RequestHandle doorwayEventsStream(const QString &doorwayId, QObject *context,
                                      Handler<WebSocketTicket> done);

    // --- Spaces, labels, doorways ---------------------------------------------------------
    RequestHandle spaces(QObject *context, Handler<QList<Space>> done);
    RequestHandle updateSpace(const QString &spaceId, const SpaceUpdate &update, QObject *context,
                              Handler<Space> done);
    RequestHandle updateSpaceLabels(const QString &spaceId, const SpaceLabelsChange &change,
                                    QObject *context, Handler<QList<Label>> done);
    RequestHandle labels(QObject *context, Handler<QList<Label>> done);
    RequestHandle createLabel(const QString &name, QObject *context, Handler<Label> done);
    //! Empty `name` or `groupId` leave that attribute unchanged.
    RequestHandle updateLabel(const QString &labelId, const QString &name, const QString &groupId,
                              QObject *context, Handler<Label> done);
    RequestHandle labelGroups(QObject *context, Handler<QList<LabelGroup>> done);
    RequestHandle createLabelGroup(const QString &name, QObject *context, Handler<LabelGroup> done);
    RequestHandle updateLabelGroup(const QString &groupId, const QString &name, QObject *context,
                                   Handler<LabelGroup> done);
    RequestHandle doorways(QObject *context, Handler<QList<Doorway>> done);

    // --- Sensors ---------------------------------------------------------------------------
    RequestHandle sensors(const SensorFilter &filter, QObject *context,
                          Handler<QList<Sensor>> done);
    RequestHandle sensorHealth(const SensorFilter &filter, QObject *context,
                               Handler<QList<SensorHealth>> done);
    //! Any range: split into the 10-day windows the API accepts and stitched back together.
    RequestHandle sensorHealthHistory(const TimeRange &range, const SensorFilter &filter,
                                      QObject *context,
                                      Handler<QMap<QString, QList<SensorHealthChange>>> done);

    // --- Users (machine-to-machine OAuth tokens only) -------------------------------------
    RequestHandle users(QObject *context, Handler<QList<User>> done);
    RequestHandle user(const QString &userId, QObject *context, Handler<User> done);
    RequestHandle createUser(const User &user, QObject *context, Handler<User> done);
    RequestHandle updateUser(const User &user, QObject *context, Handler<User> done);
    RequestHandle deleteUser(const QString &userId, QObject *context, Handler<StatusMessage> done);

    // --- Access and tokens -----------------------------------------------------------------
    //! Validates a connection; the answer is the API's plain-text greeting.
    RequestHandle helloWorld(QObject *context, Handler<QString> done);
    RequestHandle requestOAuthToken(const QString &clientId, const QString &clientSecret,
                                    QObject *context, Handler<AccessToken> done);
    RequestHandle requestDisplayToken(const QString &clientId, const QString &clientSecret,
                                      const QString &displayId, QObject *context,
                                      Handler<AccessToken> done);

    //! The generic path every call above uses: one request, raw 2xx body or an ApiError.
    RequestHandle send(const RequestSpec &spec, QObject *context,
                       std::function<void(const Result<RawReply> &)> done);

Q_SIGNALS:
    void requestsInFlightChanged(int count);
    //! Every HTTP answer (status 0 = no answer), for the status bar and tests.
    void responseReceived(Density::Endpoint endpoint, int status);

private:
    friend class ApiRequest;
    QNetworkAccessManager *networkManager() const { return m_network; }
    QRandomGenerator &random() { return m_random; }
    void requestStarted();
    void requestEnded();
    void noteResponse(Endpoint endpoint, int status);

    RequestHandle historical(Endpoint endpoint, const AnalyticsQuery &query, QObject *context,
                             Handler<MetricsBySpace> done);

    QNetworkAccessManager *m_network = nullptr;
    ProxySettings m_proxy;
    QUrl m_baseUrl{QStringLiteral("https://api.density.io")};
    QPointer<TokenProvider> m_tokens;
    quint64 m_connectionEpoch = 0;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    QRandomGenerator m_random;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_batchSize = DefaultBatchSize;
    int m_inFlight = 0;
};

} // namespace Density

#include "livefeed.h"

#include "api/densityclient.h"
#include "api/logging.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkProxy>
#include <QSet>
#include <QUrl>
#include <QWebSocket>
#include <algorithm>

namespace Density {

LiveFeed::LiveFeed(DensityClient *client, Kind kind, QString id, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_kind(kind)
    , m_id(std::move(id))
    , m_random(QRandomGenerator::securelySeeded()) {
    m_watchdog.setInterval(250);
    connect(&m_watchdog, &QTimer::timeout, this, &LiveFeed::checkFreshness);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveFeed::requestTicket);
}

LiveFeed::~LiveFeed() {
    m_running = false;
    m_brokerCall.abort();
    discardSocket();
}

void LiveFeed::setTiming(const Timing &timing) {
    m_timing = timing;
    // Check often enough to notice staleness within a small share of one refresh period.
    m_watchdog.setInterval(std::clamp(timing.refreshIntervalMs / 8, 10, 1000));
}

QString LiveFeed::stateName(State state) {
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Live:
        return QStringLiteral("live");
    case State::Stale:
        return QStringLiteral("stale");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

void LiveFeed::start() {
    if (m_running)
        return;
    m_running = true;
    m_attempt = 0;
    setState(State::Connecting);
    requestTicket();
}

void LiveFeed::stop() {
    m_running = false;
    m_reconnect.stop();
    m_watchdog.stop();
    m_brokerCall.abort();
    discardSocket();
    // A failure stays visible after stopping; otherwise "idle" would hide why it stopped.
    if (m_state != State::Failed)
        setState(State::Idle);
}

void LiveFeed::setState(State state, const QString &reason) {
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    qCDebug(lcLive).noquote() << "feed" << m_id << stateName(state) << reason;
    Q_EMIT stateChanged(state, reason);
}

void LiveFeed::requestTicket() {
    if (!m_running || !m_client)
        return;
    // A ws_url is single-use: every (re)connect asks the broker for a fresh one.
    auto done = [this](const Result<WebSocketTicket> &ticket) { onTicket(ticket); };
    switch (m_kind) {
    case Kind::FloorPresence:
        m_brokerCall = m_client->floorPresenceStream(m_id, this, done);
        break;
    case Kind::SpaceCounts:
        m_brokerCall = m_client->spaceCountStream(m_id, this, done);
        break;
    case Kind::DoorwayEvents:
        m_brokerCall = m_client->doorwayEventsStream(m_id, this, done);
        break;
    }
}

void LiveFeed::onTicket(const Result<WebSocketTicket> &ticket) {
    if (!m_running)
        return;
    if (!ticket) {
        const int status = ticket.error().httpStatus();
        // A wrong id, a missing permission or refused credentials (the client has already
        // re-authenticated once) will not fix themselves; network trouble and 5xx might.
        if (status == 400 || status == 401 || status == 403 || status == 404 ||
            ticket.error().kind() == ApiError::Kind::Auth) {
            m_running = false;
            setState(State::Failed, ticket.error().message());
            return;
        }
        scheduleReconnect(ticket.error().message());
        return;
    }
    const QUrl url = QUrl::fromEncoded(ticket.value().wsUrl.toUtf8(), QUrl::StrictMode);
    const QHostAddress host(url.host());
    const bool loopback =
        url.host() == QLatin1String("localhost") || (!host.isNull() && host.isLoopback());
    if (!url.isValid() || !(url.scheme() == QLatin1String("wss") ||
                            (url.scheme() == QLatin1String("ws") && loopback))) {
        m_running = false;
        setState(State::Failed,
                 tr("The server offered a stream address that is not a secure WebSocket (wss://) "
                    "address; it was not used."));
        return;
    }
    openSocket(ticket.value().wsUrl);
}

void LiveFeed::openSocket(const QString &url) {
    discardSocket();
    m_url = url;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        ++m_connectionsOpened;
        m_sinceRefresh.start(); // the refresh sent on connect is due now
        m_haveRefresh = false;
        m_watchdog.start();
        if (m_kind == Kind::DoorwayEvents) {
            m_attempt = 0;
            setState(State::Live);
        }
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveFeed::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &LiveFeed::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this,
            [this] { onSocketGone(tr("The live connection was closed.")); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                onSocketGone(tr("The live connection failed: %1")
                                 .arg(m_socket ? m_socket->errorString() : QString()));
            });
    // Exactly as given: the URL carries its own authentication (REFERENCE §8.1).
    const QUrl wsUrl = QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode);
    // Through the same proxy as the client's HTTP calls (Settings > Proxy), not Qt's
    // application-wide default; the client's factory keeps loopback direct. Asked as
    // http(s), so a system configuration (e.g. https_proxy) answers for ws(s) too.
    if (m_client) {
        QUrl asked = wsUrl;
        asked.setScheme(wsUrl.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                               : QStringLiteral("http"));
        m_socket->setProxy(m_client->proxyFor(asked));
    }
    m_socketProxy = m_socket->proxy();
    m_socket->open(wsUrl);
}

void LiveFeed::discardSocket() {
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LiveFeed::onSocketGone(const QString &reason) {
    if (!m_socket)
        return;
    discardSocket();
    m_watchdog.stop();
    if (m_running)
        scheduleReconnect(reason);
}

void LiveFeed::scheduleReconnect(const QString &reason) {
    ++m_attempt;
    const qint64 ceiling = std::min<qint64>(
        m_timing.reconnectMaxMs, qint64(m_timing.reconnectBaseMs) << std::min(m_attempt - 1, 16));
    // Full jitter above a floor of half the ceiling: many screens recovering from one outage
    // must not reconnect in lockstep.
    const qint64 delay = ceiling / 2 + m_random.bounded(ceiling / 2 + 1);
    setState(State::Reconnecting, reason);
    m_reconnect.start(int(delay));
}

void LiveFeed::onBinary() {
    ++m_malformed;
    Q_EMIT malformedFrame(QStringLiteral("binary frame"));
}

void LiveFeed::onText(const QString &text) {
    QString problem;
    if (m_kind == Kind::DoorwayEvents) {
        const std::optional<DoorwayEvent> event = DoorwayEvent::fromJson(text.toUtf8(), &problem);
        if (!event) {
            ++m_malformed;
            Q_EMIT malformedFrame(problem);
            return;
        }
        Q_EMIT doorwayEvent(*event);
        return;
    }
    const std::optional<LiveFrame> frame = LiveFrame::fromJson(text.toUtf8(), &problem);
    if (!frame) {
        ++m_malformed;
        qCDebug(lcLive) << "malformed frame ignored:" << problem;
        Q_EMIT malformedFrame(problem);
        return;
    }
    applyFrame(*frame);
}

void LiveFeed::applyFrame(const LiveFrame &frame) {
    QStringList changed;
    QSet<QString> listed;
    for (const auto &[spaceId, problem] : frame.rejected) {
        listed.insert(spaceId); // unreadable is not "gone": keep what we knew
        ++m_malformed;
        Q_EMIT malformedFrame(QStringLiteral("%1: %2").arg(spaceId, problem));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (LiveSpaceUpdate update : frame.spaces) {
        listed.insert(update.spaceId);
        auto existing = m_spaces.find(update.spaceId);
        if (existing != m_spaces.end() && existing->timestamp > update.timestamp) {
            ++m_outOfOrder; // older than what we show: never step back in time
            continue;
        }
        // Only real changes are reported, so views repaint just those rows; a refresh that
        // repeats a reading still confirms it (receivedAt).
        const bool isChange = existing == m_spaces.end() || !existing->sameReading(update);
        update.receivedAt = now;
        m_spaces.insert(update.spaceId, update);
        if (isChange)
            changed.append(update.spaceId);
    }
    if (frame.type == LiveFrame::Type::Refresh) {
        m_sinceRefresh.start();
        m_haveRefresh = true;
        m_lastRefreshAt = QDateTime::currentDateTimeUtc();
        m_attempt = 0;
        QStringList removed;
        for (auto it = m_spaces.begin(); it != m_spaces.end();) {
            if (listed.contains(it.key())) {
                ++it;
            } else {
                removed.append(it.key());
                it = m_spaces.erase(it);
            }
        }
        if (!removed.isEmpty())
            Q_EMIT spacesRemoved(removed);
        setState(State::Live);
    }
    Q_EMIT frameApplied(frame.type, changed);
}

void LiveFeed::checkFreshness() {
    // Doorway streams have no periodic refresh; only a closed socket ends them.
    if (!m_socket || !m_sinceRefresh.isValid() || m_kind == Kind::DoorwayEvents)
        return;
    const qint64 silence = m_sinceRefresh.elapsed();
    const qint64 interval = m_timing.refreshIntervalMs;
    // A refresh is due on connect and then once per interval; allow a quarter interval of
    // network slack before calling one missed.
    const qint64 slack = interval / 4;
    if (silence > interval * m_timing.missedRefreshesForReconnect + slack) {
        discardSocket();
        m_watchdog.stop();
        scheduleReconnect(tr("No snapshot for %1 s (one is due every %2 s); reconnecting.")
                              .arg(QLocale().toString(silence / 1000.0, 'f', 1),
                                   QLocale().toString(interval / 1000.0, 'f', 1)));
        return;
    }
    if (m_state == State::Live && silence > interval * m_timing.missedRefreshesForStale + slack)
        setState(State::Stale, tr("Two refreshes were missed; the last known state is shown."));
}

} // namespace Density

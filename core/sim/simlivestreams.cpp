#include "simlivestreams.h"

#include "simdoorwayevents.h"
#include "simhttpserver.h"
#include "simlog.h"
#include "simspacefeed.h"
#include "simstore.h"
#include "simwstickets.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
constexpr int kTickMs = 50;
constexpr qint64 kPingIntervalMs = 30000;
constexpr qint64 kRefusedSocketGraceMs = 5000;
//! Application close code (4000-4999 are private use, RFC 6455 §7.4.2) for a refused ticket:
//! 4000 + HTTP 401. QWebSocketProtocol::CloseCode has no such enumerator; the cast is how Qt
//! sends private codes, and closeCode() on the client returns the number as sent.
constexpr int kInvalidTicketCloseCode = 4401;
} // namespace

SimLiveStreams::SimLiveStreams(SimStore &store, SimWsTickets &tickets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tickets(tickets)
    , m_anchor(store.referenceNow())
    , m_followWallClock(store.options().followWallClock)
    , m_faultDraws(hashMix(store.options().seed, 0x3A1F0)) {
    m_clock.start();
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimLiveStreams::tick);
    m_tickets.setLifetimeMs(qint64(store.options().wsTicketLifetimeSeconds * 1000));
}

SimLiveStreams::~SimLiveStreams() {
    for (const auto &session : m_sessions) {
        if (QWebSocket *socket = session->socket())
            socket->disconnect(this);
        session->shutdown(true);
    }
}

void SimLiveStreams::attach(SimHttpServer *http) {
    m_http = http;
    // Qt only upgrades when this signal has a receiver (otherwise it drops the connection).
    connect(http, &QAbstractHttpServer::newWebSocketConnection, this,
            &SimLiveStreams::acceptPending);
}

qint64 SimLiveStreams::now() const {
    if (m_followWallClock)
        return QDateTime::currentMSecsSinceEpoch();
    return m_anchor + m_clock.elapsed();
}

void SimLiveStreams::acceptPending() {
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (socket)
            accept(std::move(socket));
    }
}

std::unique_ptr<SimLiveFeed> SimLiveStreams::makeFeed(SimWsTickets::Stream stream,
                                                      const QString &id, QString *why) const {
    const SimPortfolio &p = m_store.portfolio();
    if (stream == SimWsTickets::Stream::DoorwayEvents) {
        const auto it = std::find_if(p.doorways.cbegin(), p.doorways.cend(),
                                     [&id](const SimDoorway &d) { return d.id == id; });
        if (it == p.doorways.cend() || !m_store.options().doorwayEventsEnabled) {
            *why = u"no doorway event stream for %1"_s.arg(id);
            return nullptr;
        }
        return std::make_unique<SimDoorwayEvents>(m_store, int(it - p.doorways.cbegin()),
                                                  m_store.options().seed);
    }
    const int index = p.spaceIndex(id);
    if (index < 0) {
        *why = u"unknown space %1"_s.arg(id);
        return nullptr;
    }
    if (stream == SimWsTickets::Stream::FloorPresence) {
        if (p.spaces[size_t(index)].type != SpaceType::Floor) {
            *why = u"%1 is not a floor"_s.arg(id);
            return nullptr;
        }
        return std::make_unique<SimSpaceFeed>(m_store, SimSpaceFeed::Kind::Presence,
                                              SimSpaceFeed::presenceSpaces(p, index));
    }
    return std::make_unique<SimSpaceFeed>(m_store, SimSpaceFeed::Kind::Count,
                                          SimSpaceFeed::countSpaces(p, index));
}

void SimLiveStreams::accept(std::unique_ptr<QWebSocket> socket) {
    // ws://HOST:PORT/v3/<org>/analytics/ws/<floor|space|doorway>/<id>/<what>?ticket=...
    const QUrl url = socket->requestUrl();
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString ticket = QUrlQuery(url).queryItemValue(u"ticket"_s);
    if (parts.size() != 7 || parts[0] != "v3"_L1 || parts[2] != "analytics"_L1 ||
        parts[3] != "ws"_L1 || parts[1] != m_store.portfolio().orgId) {
        refuse(std::move(socket), u"invalid ticket: no stream at this path"_s);
        return;
    }
    SimWsTickets::Stream stream;
    const QString kind = parts[4];
    const QString what = parts[6];
    if (kind == "floor"_L1 && what == "presence"_L1) {
        stream = SimWsTickets::Stream::FloorPresence;
    } else if (kind == "space"_L1 && what == "occupancy"_L1) {
        stream = SimWsTickets::Stream::SpaceOccupancy;
    } else if (kind == "doorway"_L1 && what == "events"_L1) {
        stream = SimWsTickets::Stream::DoorwayEvents;
    } else {
        refuse(std::move(socket), u"invalid ticket: no stream at this path"_s);
        return;
    }
    const QString id = parts[5];
    SimWsTickets::Ticket issued;
    if (ticket.isEmpty() || !m_tickets.consume(ticket, &issued)) {
        refuse(std::move(socket),
               u"invalid ticket: unknown, already used or expired; ask the broker for a new "
               "ws_url"_s);
        return;
    }
    if (issued.stream != stream || issued.targetId != id) {
        refuse(std::move(socket), u"invalid ticket: issued for another stream"_s);
        return;
    }
    QString why;
    std::unique_ptr<SimLiveFeed> feed = makeFeed(stream, id, &why);
    if (!feed) {
        refuse(std::move(socket), u"invalid ticket: "_s + why);
        return;
    }

    QWebSocket *raw = socket.get();
    QTcpSocket *tcp = tcpSocketOf(raw);
    if (tcp) // small frames go out at once (Nagle would hold a frame header for an ACK)
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_sessions.push_back(
        std::make_unique<SimLiveSession>(std::move(socket), tcp, stream, id, std::move(feed)));
    SimLiveSession *session = m_sessions.back().get();
    connect(raw, &QWebSocket::disconnected, this, [this, session]() { end(session, false); });
    ++m_accepted;
    qCDebug(lcDensitySim) << "stream opened:" << session->kindName() << id;
    Q_EMIT opened(session->kindName(), id);
    // The refresh on connect goes out now, not at the next tick.
    if (session->tick(now(), settings(), m_faultDraws) == SimLiveSession::Step::Drop)
        end(session, true);
    if (!m_sessions.empty() && !m_timer.isActive())
        m_timer.start();
}

void SimLiveStreams::refuse(std::unique_ptr<QWebSocket> socket, const QString &why) {
    ++m_refused;
    qCDebug(lcDensitySim) << "stream refused:" << why;
    QWebSocket *raw = socket.release();
    raw->setParent(this);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    // A client that never answers the close still loses the socket.
    QTimer::singleShot(kRefusedSocketGraceMs, raw, [raw]() {
        raw->abort();
        raw->deleteLater();
    });
    // Queued: QWebSocket still has the rest of the handshake's read queued; closing first
    // would make it read from a closed device.
    QMetaObject::invokeMethod(
        raw,
        [raw, why]() {
            raw->close(static_cast<QWebSocketProtocol::CloseCode>(kInvalidTicketCloseCode), why);
        },
        Qt::QueuedConnection);
}

QTcpSocket *SimLiveStreams::tcpSocketOf(QWebSocket *socket) const {
    if (auto *tcp = socket->findChild<QTcpSocket *>())
        return tcp;
    if (!m_http)
        return nullptr;
    const QList<QTcpServer *> servers = m_http->servers();
    for (QTcpServer *server : servers) {
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>();
        for (QTcpSocket *tcp : sockets) {
            if (tcp->peerPort() == socket->peerPort() && tcp->localPort() == socket->localPort() &&
                tcp->peerAddress() == socket->peerAddress())
                return tcp;
        }
    }
    return nullptr;
}

SimLiveSession::Settings SimLiveStreams::settings() const {
    const SimOptions &o = m_store.options();
    SimLiveSession::Settings s;
    s.refreshIntervalMs = std::max<qint64>(10, qint64(o.refreshIntervalSeconds * 1000));
    s.pingIntervalMs = kPingIntervalMs;
    s.malformedRate = o.faults.wsMalformedRate;
    s.dropAfterMs = qint64(o.faults.wsDropAfter * 1000);
    s.silentAfterMs = qint64(o.faults.wsSilentAfter * 1000);
    s.silent = m_silent;
    return s;
}

void SimLiveStreams::tick() {
    const qint64 t = now();
    const SimLiveSession::Settings s = settings();
    std::vector<SimLiveSession *> sessions;
    sessions.reserve(m_sessions.size());
    for (const auto &session : m_sessions)
        sessions.push_back(session.get());
    for (SimLiveSession *session : sessions) {
        const auto alive = [this, session]() {
            return std::any_of(m_sessions.cbegin(), m_sessions.cend(),
                               [session](const auto &p) { return p.get() == session; });
        };
        if (!alive())
            continue;
        // A silent session's socket signals are blocked: notice a client that left by polling.
        if (session->silent() && session->tcpGone()) {
            end(session, true);
            continue;
        }
        if (session->tick(t, s, m_faultDraws) == SimLiveSession::Step::Drop)
            end(session, true);
    }
    if (m_sessions.empty())
        m_timer.stop();
}

void SimLiveStreams::end(SimLiveSession *session, bool abort) {
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [session](const auto &p) { return p.get() == session; });
    if (it == m_sessions.end())
        return;
    std::unique_ptr<SimLiveSession> owned = std::move(*it);
    m_sessions.erase(it);
    m_framesOfEnded += owned->framesSent();
    if (QWebSocket *socket = owned->socket())
        socket->disconnect(this);
    owned->shutdown(abort);
    const QString kind = owned->kindName();
    const QString id = owned->targetId();
    owned.reset(); // the socket is deleted later, never inside its own signal
    qCDebug(lcDensitySim) << "stream closed:" << kind << id;
    Q_EMIT closed(kind, id);
    if (m_sessions.empty())
        m_timer.stop();
}

void SimLiveStreams::dropAll() {
    std::vector<SimLiveSession *> sessions;
    for (const auto &session : m_sessions)
        sessions.push_back(session.get());
    for (SimLiveSession *session : sessions)
        end(session, true);
}

void SimLiveStreams::setSilent(bool silent) {
    m_silent = silent;
    tick(); // apply now: stop (or resume) at once, not at the next tick
}

void SimLiveStreams::sendMalformed(int count) {
    for (const auto &session : m_sessions)
        session->queueMalformed(count);
}

void SimLiveStreams::sendRaw(const QString &kind, const QString &id, const QByteArray &frame) {
    for (const auto &session : m_sessions) {
        if (session->kindName() == kind && session->targetId() == id)
            session->sendRaw(frame);
    }
}

void SimLiveStreams::setRefreshInterval(double seconds) {
    m_store.options().refreshIntervalSeconds = seconds;
}

void SimLiveStreams::setLiveRate(double changesPerSecond) {
    m_store.options().liveRate = changesPerSecond;
    m_store.liveLayer().setRate(changesPerSecond);
}

int SimLiveStreams::framesSent() const {
    int n = m_framesOfEnded;
    for (const auto &session : m_sessions)
        n += session->framesSent();
    return n;
}

} // namespace Density::Sim

#include "simlivesession.h"

#include "simrandom.h"
#include "simtime.h"

#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Density::Sim {

namespace {
constexpr qint64 kSecondMs = 1000;
constexpr int kMalformedKinds = 6;
} // namespace

SimLiveSession::SimLiveSession(std::unique_ptr<QWebSocket> socket, QTcpSocket *tcp,
                               SimWsTickets::Stream stream, QString targetId,
                               std::unique_ptr<SimLiveFeed> feed)
    : m_socket(std::move(socket))
    , m_tcp(tcp)
    , m_stream(stream)
    , m_targetId(std::move(targetId))
    , m_feed(std::move(feed)) {
    m_age.start();
}

SimLiveSession::~SimLiveSession() {
    if (m_tcp)
        m_tcp->blockSignals(false);
    // Never delete a QWebSocket synchronously: the session may end inside one of its signals.
    if (m_socket)
        m_socket.release()->deleteLater();
}

void SimLiveSession::shutdown(bool abort) {
    setSilent(false);
    if (m_tcp && m_tcp->state() == QAbstractSocket::UnconnectedState) {
        // The socket missed this while its signals were blocked; without it QWebSocket would
        // still think it is connected and write a close frame into a closed device.
        Q_EMIT m_tcp->stateChanged(QAbstractSocket::UnconnectedState);
    }
    if (abort && m_socket)
        m_socket->abort();
}

QString SimLiveSession::kindName(SimWsTickets::Stream stream) {
    switch (stream) {
    case SimWsTickets::Stream::FloorPresence:
        return u"floor"_s;
    case SimWsTickets::Stream::SpaceOccupancy:
        return u"space"_s;
    case SimWsTickets::Stream::DoorwayEvents:
        break;
    }
    return u"doorway"_s;
}

QString SimLiveSession::kindName() const {
    return kindName(m_stream);
}

bool SimLiveSession::tcpGone() const {
    if (!m_socket)
        return true;
    if (m_tcp)
        return m_tcp->state() != QAbstractSocket::ConnectedState;
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

void SimLiveSession::setSilent(bool silent) {
    if (silent == m_silent)
        return;
    m_silent = silent;
    if (!m_tcp)
        return;
    m_tcp->blockSignals(silent);
    // Pings that arrived while silent are still in the buffer: let QWebSocket read them now.
    if (!silent && m_tcp->state() == QAbstractSocket::ConnectedState && m_tcp->bytesAvailable() > 0)
        Q_EMIT m_tcp->readyRead();
}

SimLiveSession::Step SimLiveSession::tick(qint64 liveNow, const Settings &settings,
                                          SimRandom &faultDraws) {
    const qint64 age = m_age.elapsed();
    if (settings.dropAfterMs > 0 && age >= settings.dropAfterMs)
        return Step::Drop;
    if (settings.silentAfterMs > 0 && age >= settings.silentAfterMs)
        m_silencedForGood = true;
    setSilent(settings.silent || m_silencedForGood);
    if (m_silent || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return Step::Keep;

    while (m_pendingMalformed > 0) {
        sendMalformed();
        --m_pendingMalformed;
    }

    // Every value of the model is constant within a simulated second, and frames carry
    // second-precision timestamps, so the stream samples whole seconds.
    const qint64 t = floorTo(liveNow, kSecondMs);
    const bool refreshDue =
        m_lastRefreshMs < 0 ||
        (m_feed->hasRefresh() && age - m_lastRefreshMs >= settings.refreshIntervalMs);
    if (refreshDue) {
        const QByteArray frame = m_feed->refresh(t);
        if (!frame.isEmpty())
            sendGood(frame, settings.malformedRate, faultDraws);
        // Keep the cadence (a tick is late by up to its interval) unless far behind.
        const bool first = m_lastRefreshMs < 0;
        m_lastRefreshMs = first || age - m_lastRefreshMs >= 2 * settings.refreshIntervalMs
                              ? age
                              : m_lastRefreshMs + settings.refreshIntervalMs;
        m_lastSample = t;
    } else if (t != m_lastSample) {
        const QList<QByteArray> frames = m_feed->advance(t);
        for (const QByteArray &frame : frames)
            sendGood(frame, settings.malformedRate, faultDraws);
        m_lastSample = t;
    }

    if (settings.pingIntervalMs > 0 && age - m_lastPingMs >= settings.pingIntervalMs) {
        m_socket->ping();
        m_lastPingMs = age;
    }
    return Step::Keep;
}

void SimLiveSession::sendRaw(const QByteArray &frame) {
    if (m_silent || !m_socket)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    ++m_framesSent;
}

void SimLiveSession::sendGood(const QByteArray &frame, double malformedRate,
                              SimRandom &faultDraws) {
    if (malformedRate > 0 && faultDraws.chance(malformedRate)) {
        sendMalformed(); // in place of the good frame: its content is lost, as on a real fault
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    ++m_framesSent;
}

//! Cycles through the ways a frame can be broken: truncated JSON, a wrong type for "data", an
//! unknown update_type, a binary frame, wrong types inside an entry, and text that is not JSON.
void SimLiveSession::sendMalformed() {
    const int kind = m_malformedKind++ % kMalformedKinds;
    const QByteArray id = m_targetId.toUtf8();
    const bool doorway = m_stream == SimWsTickets::Stream::DoorwayEvents;
    QByteArray text;
    switch (kind) {
    case 0:
        text = doorway ? "{\"doorway_id\":\"" + id + "\",\"timestamp\":\"2026-"
                       : "{\"update_type\":\"live\",\"data\":{\"" + id + "\":{\"presen";
        break;
    case 1:
        text = doorway ? "{\"doorway_id\":5,\"timestamp\":true,\"direction\":\"in\",\"spaces\":{}}"
                       : QByteArrayLiteral("{\"update_type\":\"refresh\",\"data\":5}");
        break;
    case 2:
        text = doorway ? "{\"doorway_id\":\"" + id + "\",\"direction\":0,\"spaces\":[]}"
                       : QByteArrayLiteral("{\"update_type\":\"snapshot\",\"data\":{}}");
        break;
    case 3:
        m_socket->sendBinaryMessage(QByteArrayLiteral("\x00\x01\xfe\xff binary, not a text frame"));
        ++m_framesSent;
        return;
    case 4:
        text = "{\"update_type\":\"live\",\"data\":{\"" + id +
               "\":{\"timestamp\":12,\"presence\":\"yes\",\"occupancy\":-1,"
               "\"counting_mode\":7,\"space_health_status\":null}}}";
        break;
    default:
        text = QByteArrayLiteral("<html><body><h1>502 Bad Gateway</h1></body></html>");
        break;
    }
    m_socket->sendTextMessage(QString::fromUtf8(text));
    ++m_framesSent;
}

} // namespace Density::Sim

#pragma once

#include "simlivesession.h"
#include "simrandom.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QWebSocket;

namespace Density::Sim {

class SimHttpServer;
class SimStore;
class SimWsTickets;

//! The WebSocket half of the live API (REFERENCE §8): accepts the sockets the HTTP server
//! upgrades, checks their one-use tickets, runs one SimLiveSession per stream from a single
//! timer, and applies the stream faults.
//!
//! Tickets: every WebSocket upgrade is accepted (the handshake completes, 101), then a socket
//! whose ticket is reused, unknown, expired, missing or issued for another stream, or whose
//! path is no stream, is closed at once with close code 4401 and a reason starting "invalid
//! ticket:" before any frame is sent. Why not refuse the HTTP upgrade with a 401: Qt 6.4 can
//! only refuse by making handleRequest() return false, which it reports as a warning that no
//! WebSocket receiver exists and answers through missingHandler(); a close code is one clear
//! signal a client can test for, with a reason it can log. Either way the client must ask the
//! broker for a new ws_url.
//!
//! Clock: the streams' simulated now starts at the store's reference now (SimOptions::now, or
//! the wall clock when following it) and advances with real elapsed time; SimServer::setNow()
//! moves only the REST clock. A stream samples whole simulated seconds.
class SimLiveStreams : public QObject {
    Q_OBJECT
public:
    SimLiveStreams(SimStore &store, SimWsTickets &tickets, QObject *parent = nullptr);
    ~SimLiveStreams() override;

    //! Takes the WebSocket connections `http` upgrades.
    void attach(SimHttpServer *http);

    //! The streams' simulated now, epoch ms.
    qint64 now() const;

    void dropAll();
    void setSilent(bool silent);
    void sendMalformed(int count);
    //! Sends to every stream of that kind ("floor", "space", "doorway") and target id.
    void sendRaw(const QString &kind, const QString &id, const QByteArray &frame);
    void setRefreshInterval(double seconds);
    void setLiveRate(double changesPerSecond);

    int connectionCount() const { return int(m_sessions.size()); }
    int accepted() const { return m_accepted; }
    int refused() const { return m_refused; }
    //! Good frames and injected frames sent so far, over all streams.
    int framesSent() const;

Q_SIGNALS:
    void opened(const QString &kind, const QString &id);
    void closed(const QString &kind, const QString &id);

private:
    void acceptPending();
    void accept(std::unique_ptr<QWebSocket> socket);
    void refuse(std::unique_ptr<QWebSocket> socket, const QString &why);
    std::unique_ptr<SimLiveFeed> makeFeed(SimWsTickets::Stream stream, const QString &id,
                                          QString *why) const;
    void tick();
    //! Ends a session: forgets it, aborts its socket when `abort`, emits closed().
    void end(SimLiveSession *session, bool abort);
    SimLiveSession::Settings settings() const;
    QTcpSocket *tcpSocketOf(QWebSocket *socket) const;

    SimStore &m_store;
    SimWsTickets &m_tickets;
    SimHttpServer *m_http = nullptr;
    std::vector<std::unique_ptr<SimLiveSession>> m_sessions;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_anchor = 0;
    bool m_followWallClock = false;
    SimRandom m_faultDraws;
    bool m_silent = false;
    int m_accepted = 0;
    int m_refused = 0;
    int m_framesOfEnded = 0;
};

} // namespace Density::Sim

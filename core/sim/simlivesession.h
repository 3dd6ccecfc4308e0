#pragma once

#include "simlivefeed.h"
#include "simwstickets.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <memory>

class QTcpSocket;
class QWebSocket;

namespace Density::Sim {

class SimRandom;

//! One accepted stream socket: its feed, its timing (refresh, live sampling, pings) and the
//! faults that act on a single connection. SimLiveStreams owns the sessions and drives them all
//! from one timer.
//!
//! Silence (SimServer::setLiveSilent, the ws-silent fault) means nothing at all leaves the
//! server: no frames, no pings, and no pongs. Qt answers pings inside QWebSocket with no switch
//! to turn that off, so a silent session stops reading its TCP socket (its signals are blocked:
//! incoming pings wait unread in the socket buffer and are answered, late, once the silence
//! ends). While silent a session cannot see its client leave either; SimLiveStreams polls the
//! TCP state to reap such sessions.
class SimLiveSession {
public:
    struct Settings {
        qint64 refreshIntervalMs = 60000;
        qint64 pingIntervalMs = 30000;
        double malformedRate = 0; //!< ws-malformed: a good frame is replaced
        qint64 dropAfterMs = 0;   //!< ws-drop
        qint64 silentAfterMs = 0; //!< ws-silent
        bool silent = false;      //!< SimServer::setLiveSilent
    };

    SimLiveSession(std::unique_ptr<QWebSocket> socket, QTcpSocket *tcp, SimWsTickets::Stream stream,
                   QString targetId, std::unique_ptr<SimLiveFeed> feed);
    ~SimLiveSession();
    SimLiveSession(const SimLiveSession &) = delete;
    SimLiveSession &operator=(const SimLiveSession &) = delete;

    QWebSocket *socket() const { return m_socket.get(); }
    //! Ends the connection: lets the socket see its TCP state again (a silent session had it
    //! blocked, so a client that left unnoticed is now seen as gone) and, with `abort`, drops
    //! the TCP connection without a close frame.
    void shutdown(bool abort);

    SimWsTickets::Stream stream() const { return m_stream; }
    //! "floor", "space" or "doorway": the word in the stream's URL.
    QString kindName() const;
    static QString kindName(SimWsTickets::Stream stream);
    const QString &targetId() const { return m_targetId; }

    enum class Step { Keep, Drop };
    //! One step at simulated time `liveNow` (epoch ms): the first refresh, refreshes when due,
    //! live frames when the simulated second moved on, pings, pending malformed frames, and
    //! the per-connection faults. Drop means "abort me" (ws-drop).
    Step tick(qint64 liveNow, const Settings &settings, SimRandom &faultDraws);

    //! `count` malformed frames go out at the next tick, before any good frame.
    void queueMalformed(int count) { m_pendingMalformed += count; }
    //! A raw text frame, now (unless silent); the feed's view of the client is unchanged.
    void sendRaw(const QByteArray &frame);

    bool silent() const { return m_silent; }
    //! True when the TCP connection is gone (used while silent, when signals are blocked).
    bool tcpGone() const;
    int framesSent() const { return m_framesSent; }

private:
    void setSilent(bool silent);
    void sendGood(const QByteArray &frame, double malformedRate, SimRandom &faultDraws);
    void sendMalformed();

    std::unique_ptr<QWebSocket> m_socket;
    QPointer<QTcpSocket> m_tcp;
    SimWsTickets::Stream m_stream;
    QString m_targetId;
    std::unique_ptr<SimLiveFeed> m_feed;
    QElapsedTimer m_age;
    qint64 m_lastRefreshMs = -1; //!< age at the last refresh, -1 before the first
    qint64 m_lastPingMs = 0;
    qint64 m_lastSample = -1; //!< simulated second last sampled
    int m_pendingMalformed = 0;
    int m_malformedKind = 0;
    int m_framesSent = 0;
    bool m_silent = false;
    bool m_silencedForGood = false; //!< ws-silent: this connection never speaks again
};

} // namespace Density::Sim

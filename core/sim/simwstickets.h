#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Density::Sim {

//! One-use tickets embedded in the ws_url the brokers return (REFERENCE §8.1: the URL carries
//! its own authentication). SimLiveStreams looks the ticket up when the socket arrives and
//! learns which floor / space / doorway stream was asked for. A ticket is good for one
//! connection within its lifetime; used and expired tickets are dropped, so the table never
//! grows beyond what was issued in the last lifetime. Also the brokers' "refuse" window (the
//! ws-refuse fault): while it runs the brokers answer 503 instead of issuing.
class SimWsTickets {
public:
    enum class Stream { FloorPresence, SpaceOccupancy, DoorwayEvents };

    struct Ticket {
        Stream stream = Stream::FloorPresence;
        QString targetId;
        qint64 issuedAtMs = 0;
    };

    explicit SimWsTickets(quint64 seed, qint64 lifetimeMs = 60 * 1000);

    QString issue(Stream stream, const QString &targetId);
    //! Removes the ticket and returns true if it existed and had not expired.
    bool consume(const QString &ticket, Ticket *out);
    //! Tickets issued and neither used nor expired yet.
    qsizetype outstanding();

    void setLifetimeMs(qint64 lifetimeMs) { m_lifetimeMs = lifetimeMs; }
    qint64 lifetimeMs() const { return m_lifetimeMs; }

    //! Brokers refuse for the next `ms` milliseconds (0 ends a window).
    void refuseFor(qint64 ms);
    //! Milliseconds left in the refuse window, 0 when brokers issue.
    qint64 refusingForMs() const;

private:
    void prune();

    QHash<QString, Ticket> m_tickets;
    quint64 m_state;
    qint64 m_lifetimeMs;
    qint64 m_refuseUntilMs = 0;
    qint64 m_oldestMs = 0; //!< no ticket is older than this (prune is a no-op until it expires)
    QElapsedTimer m_clock;
};

} // namespace Density::Sim

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Density::Sim {

//! One-use tickets embedded in the ws_url the brokers return (REFERENCE §8.1: the URL carries
//! its own authentication). This is the seam for the WebSocket feeds: the stream server will
//! look the ticket up on upgrade and learn which floor/space stream was asked for.
class SimWsTickets {
public:
    enum class Stream { FloorPresence, SpaceOccupancy };

    struct Ticket {
        Stream stream = Stream::FloorPresence;
        QString targetId;
        qint64 issuedAtMs = 0;
    };

    explicit SimWsTickets(quint64 seed);

    QString issue(Stream stream, const QString &targetId);
    //! Removes and returns the ticket if it exists and is younger than `maxAgeMs`.
    bool consume(const QString &ticket, Ticket *out, qint64 maxAgeMs = 10 * 60 * 1000);
    qsizetype outstanding() const { return m_tickets.size(); }

private:
    QHash<QString, Ticket> m_tickets;
    quint64 m_state;
    QElapsedTimer m_clock;
};

} // namespace Density::Sim

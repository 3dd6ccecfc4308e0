#include "simwstickets.h"

#include "simrandom.h"

namespace Density::Sim {

SimWsTickets::SimWsTickets(quint64 seed)
    : m_state(hashMix(seed, 0x7C3E7)) {
    m_clock.start();
}

QString SimWsTickets::issue(Stream stream, const QString &targetId) {
    const QString ticket = QString::number(splitmix64(m_state), 16).rightJustified(16, u'0') +
                           QString::number(splitmix64(m_state), 16).rightJustified(16, u'0');
    m_tickets.insert(ticket, Ticket{stream, targetId, m_clock.elapsed()});
    return ticket;
}

bool SimWsTickets::consume(const QString &ticket, Ticket *out, qint64 maxAgeMs) {
    const auto it = m_tickets.find(ticket);
    if (it == m_tickets.end())
        return false;
    const Ticket t = *it;
    m_tickets.erase(it);
    if (m_clock.elapsed() - t.issuedAtMs > maxAgeMs)
        return false;
    if (out)
        *out = t;
    return true;
}

} // namespace Density::Sim

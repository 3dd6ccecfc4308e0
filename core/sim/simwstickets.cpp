#include "simwstickets.h"

#include "simrandom.h"

#include <algorithm>

namespace Density::Sim {

SimWsTickets::SimWsTickets(quint64 seed, qint64 lifetimeMs)
    : m_state(hashMix(seed, 0x7C3E7))
    , m_lifetimeMs(lifetimeMs) {
    m_clock.start();
}

QString SimWsTickets::issue(Stream stream, const QString &targetId) {
    prune();
    const QString ticket = QString::number(splitmix64(m_state), 16).rightJustified(16, u'0') +
                           QString::number(splitmix64(m_state), 16).rightJustified(16, u'0');
    const qint64 now = m_clock.elapsed();
    if (m_tickets.isEmpty())
        m_oldestMs = now;
    m_tickets.insert(ticket, Ticket{stream, targetId, now});
    return ticket;
}

bool SimWsTickets::consume(const QString &ticket, Ticket *out) {
    const auto it = m_tickets.find(ticket);
    if (it == m_tickets.end())
        return false;
    const Ticket t = *it;
    m_tickets.erase(it);
    if (m_clock.elapsed() - t.issuedAtMs > m_lifetimeMs)
        return false;
    if (out)
        *out = t;
    return true;
}

qsizetype SimWsTickets::outstanding() {
    prune();
    return m_tickets.size();
}

void SimWsTickets::prune() {
    const qint64 now = m_clock.elapsed();
    if (m_tickets.isEmpty() || now - m_oldestMs <= m_lifetimeMs)
        return;
    qint64 oldest = now;
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        if (now - it->issuedAtMs > m_lifetimeMs) {
            it = m_tickets.erase(it);
        } else {
            oldest = std::min(oldest, it->issuedAtMs);
            ++it;
        }
    }
    m_oldestMs = oldest;
}

void SimWsTickets::refuseFor(qint64 ms) {
    m_refuseUntilMs = ms > 0 ? m_clock.elapsed() + ms : 0;
}

qint64 SimWsTickets::refusingForMs() const {
    return std::max<qint64>(0, m_refuseUntilMs - m_clock.elapsed());
}

} // namespace Density::Sim

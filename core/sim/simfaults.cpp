#include "simfaults.h"

#include "simrandom.h"

#include <cmath>

namespace Density::Sim {

SimFaults::SimFaults(quint64 seed)
    : m_state(hashMix(seed, 0xFA17)) {
    m_stormClock.start();
}

void SimFaults::setOptions(const FaultOptions &options) {
    m_options = options;
    m_stormClock.restart();
}

SimFaults::Decision SimFaults::next() {
    // Always draw the same number of values so the sequence does not depend on the rates.
    SimRandom rng(splitmix64(m_state));
    const double errorRoll = rng.uniform();
    const double malformedRoll = rng.uniform();
    const quint64 pick = rng.next();

    Decision d;
    d.latencyMs = m_options.latencyMs;
    const double elapsed = double(m_stormClock.elapsed()) / 1000.0;
    if (m_options.rate429Storm > 0 && elapsed < m_options.rate429Storm) {
        d.storm = true;
        d.stormRetryAfter = std::max(1, int(std::ceil(m_options.rate429Storm - elapsed)));
    }
    if (errorRoll < m_options.errorRate) {
        static constexpr int kStatuses[] = {500, 502, 503};
        d.errorStatus = kStatuses[pick % 3];
    } else if (malformedRoll < m_options.malformedRate) {
        d.malformed = (pick >> 8) % 2 == 0 ? Malformed::Truncated : Malformed::NotJson;
    }
    return d;
}

} // namespace Density::Sim

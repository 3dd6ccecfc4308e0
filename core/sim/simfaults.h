#pragma once

#include "simoptions.h"

#include <QElapsedTimer>

namespace Density::Sim {

//! Decides, request by request, which injected failure (if any) applies. Draws come from a
//! generator seeded with the simulator seed and advance once per request, so a client issuing
//! the same request sequence meets the same faults. The 429 storm runs on real time from the
//! moment the options were applied.
class SimFaults {
public:
    enum class Malformed { None, Truncated, NotJson };

    struct Decision {
        int latencyMs = 0;
        bool storm = false;
        int stormRetryAfter = 0;
        int errorStatus = 0; //!< 500, 502, 503 or 0
        Malformed malformed = Malformed::None;
    };

    explicit SimFaults(quint64 seed);

    void setOptions(const FaultOptions &options);
    const FaultOptions &options() const { return m_options; }
    Decision next();

private:
    FaultOptions m_options;
    quint64 m_state;
    QElapsedTimer m_stormClock;
};

} // namespace Density::Sim

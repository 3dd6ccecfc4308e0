#pragma once

#include <QRandomGenerator>

namespace Density {

//! When and how long to wait before trying a safe request again: exponential back-off with
//! full jitter (so many clients recovering from one outage do not retry in lockstep), a cap,
//! and a bounded number of attempts. A server's Retry-After always wins when longer.
struct RetryPolicy {
    int maxAttempts = 4; //!< first try included
    int baseDelayMs = 400;
    int maxDelayMs = 10000;

    bool mayRetry(int attemptsSoFar) const { return attemptsSoFar < maxAttempts; }
    //! Delay before attempt number `attemptsSoFar + 1`.
    int delayMs(int attemptsSoFar, int retryAfterMs, QRandomGenerator &random) const;
};

} // namespace Density

#include "retrypolicy.h"

#include <algorithm>

namespace Density {

int RetryPolicy::delayMs(int attemptsSoFar, int retryAfterMs, QRandomGenerator &random) const {
    const int exponent = std::clamp(attemptsSoFar - 1, 0, 16);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << exponent);
    // Half fixed, half random: never zero, never in lockstep.
    const qint64 jittered = ceiling / 2 + random.bounded(ceiling / 2 + 1);
    return int(std::max<qint64>(jittered, retryAfterMs));
}

} // namespace Density

#include "simratelimiter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Density::Sim {

SimRateLimiter::SimRateLimiter(double ratePerSecond, int burst)
    : m_rate(ratePerSecond > 0 ? ratePerSecond : 1)
    , m_burst(std::max(1, burst)) {
    m_clock.start();
}

void SimRateLimiter::configure(double ratePerSecond, int burst) {
    m_rate = ratePerSecond > 0 ? ratePerSecond : 1;
    m_burst = std::max(1, burst);
    m_buckets.clear();
}

SimRateLimiter::Decision SimRateLimiter::take(const QString &clientKey) {
    const qint64 nowMs = m_clock.elapsed();
    auto it = m_buckets.find(clientKey);
    if (it == m_buckets.end())
        it = m_buckets.insert(clientKey, Bucket{double(m_burst), nowMs});
    Bucket &bucket = *it;
    bucket.tokens =
        std::min(double(m_burst), bucket.tokens + double(nowMs - bucket.lastMs) * m_rate / 1000.0);
    bucket.lastMs = nowMs;

    Decision d;
    d.limit = m_burst;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        d.allowed = true;
    } else {
        d.allowed = false;
        d.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
    }
    d.remaining = int(std::floor(bucket.tokens));
    const double secondsToFull = (double(m_burst) - bucket.tokens) / m_rate;
    d.resetEpochSeconds = QDateTime::currentSecsSinceEpoch() + qint64(std::ceil(secondsToFull));
    return d;
}

} // namespace Density::Sim

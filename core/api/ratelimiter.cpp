#include "ratelimiter.h"

#include <QtMath>
#include <algorithm>

namespace Density {

RateLimiter::RateLimiter(QObject *parent)
    : RateLimiter(Config{}, parent) {}

RateLimiter::RateLimiter(Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_tokens(config.burst) {
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::drain);
}

void RateLimiter::setConfig(Config config) {
    refill();
    m_config = config;
    m_tokens = std::min<double>(m_tokens, config.burst);
    drain();
}

double RateLimiter::effectiveRate() const {
    return std::max(0.001, m_config.ratePerSecond * (1.0 - m_config.safetyMargin));
}

void RateLimiter::refill() {
    const qint64 now = m_clock.elapsed();
    const qint64 from = std::max(m_lastRefillMs, m_pausedUntilMs);
    if (now > from)
        m_tokens = std::min<double>(m_config.burst,
                                    m_tokens + double(now - from) * effectiveRate() / 1000.0);
    m_lastRefillMs = std::max(now, m_lastRefillMs);
}

void RateLimiter::acquire(std::function<void()> proceed) {
    m_waiting.push_back(std::move(proceed));
    drain();
}

void RateLimiter::pauseFor(qint64 milliseconds) {
    refill();
    m_tokens = 0;
    m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + milliseconds);
    drain();
}

void RateLimiter::drain() {
    refill();
    const qint64 now = m_clock.elapsed();
    while (!m_waiting.empty() && now >= m_pausedUntilMs && m_tokens >= 1.0) {
        m_tokens -= 1.0;
        auto proceed = std::move(m_waiting.front());
        m_waiting.pop_front();
        proceed();
    }
    if (m_waiting.empty() || m_timer.isActive())
        return;
    qint64 wait = 0;
    if (now < m_pausedUntilMs)
        wait = m_pausedUntilMs - now + qCeil(1000.0 / effectiveRate());
    else
        wait = qCeil((1.0 - m_tokens) * 1000.0 / effectiveRate());
    m_timer.start(int(std::max<qint64>(1, wait)));
}

} // namespace Density

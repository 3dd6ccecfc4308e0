#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace Density {

//! Client-side token bucket matching the API's edge limit (15 requests/s, burst 100), so a
//! large batch is paced instead of answered with 429s. A 429 or an exhausted
//! `X-RateLimit-Remaining` pauses the bucket until the server says we may continue.
class RateLimiter : public QObject {
    Q_OBJECT
public:
    struct Config {
        double ratePerSecond = 15.0;
        int burst = 100;
        //! The edge measures *arrival* times, so jitter on the wire can make a request that
        //! left on schedule arrive early. A small margin keeps a paced batch under the limit.
        double safetyMargin = 0.05;
    };

    explicit RateLimiter(QObject *parent = nullptr);
    explicit RateLimiter(Config config, QObject *parent = nullptr);

    void setConfig(Config config);
    Config config() const { return m_config; }

    //! Runs `proceed` as soon as a token is available (immediately if one is), in FIFO order.
    void acquire(std::function<void()> proceed);
    //! No request leaves for `milliseconds`; the bucket starts empty afterwards.
    void pauseFor(qint64 milliseconds);
    int queued() const { return int(m_waiting.size()); }

private:
    void refill();
    void drain();
    double effectiveRate() const;

    Config m_config;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    qint64 m_lastRefillMs = 0;
    qint64 m_pausedUntilMs = 0;
    std::deque<std::function<void()>> m_waiting;
    QTimer m_timer;
};

} // namespace Density

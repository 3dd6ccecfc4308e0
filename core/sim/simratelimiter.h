#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Density::Sim {

//! The documented edge limit (REFERENCE §7): a token bucket per client IP holding `burst`
//! requests, refilled at `ratePerSecond`. Real (monotonic) time, because the client paces
//! itself by real time.
class SimRateLimiter {
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int retryAfterSeconds = 0;    //!< >= 1 when refused
        qint64 resetEpochSeconds = 0; //!< when the bucket is full again
    };

    SimRateLimiter(double ratePerSecond, int burst);

    Decision take(const QString &clientKey);
    void configure(double ratePerSecond, int burst);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    double m_rate;
    int m_burst;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};

} // namespace Density::Sim

#pragma once

#include <QtGlobal>

namespace Density::Sim {

//! splitmix64 step: a tiny, well-mixed, portable generator. We never use std::rand or
//! std::mt19937 distributions because their outputs differ between standard libraries, and the
//! simulator must produce the same portfolio and counts for a seed on every platform.
inline quint64 splitmix64(quint64 &state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

//! Order-dependent hash of two values; used to derive a stream per (seed, entity, slot).
inline quint64 hashMix(quint64 a, quint64 b) {
    quint64 s = a ^ (b * 0xD6E8FEB86659FD93ULL);
    splitmix64(s);
    return splitmix64(s);
}

inline quint64 hashMix(quint64 a, quint64 b, quint64 c) {
    return hashMix(hashMix(a, b), c);
}

//! Deterministic random stream. Cheap to construct, so callers create one per (entity, slot)
//! instead of sharing state: a value then never depends on which other values were drawn first.
class SimRandom {
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() { return splitmix64(m_state); }

    //! Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    //! Uniform integer in [lo, hi] (inclusive).
    int range(int lo, int hi) {
        if (hi <= lo)
            return lo;
        return lo + int(next() % quint64(hi - lo + 1));
    }

    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

} // namespace Density::Sim

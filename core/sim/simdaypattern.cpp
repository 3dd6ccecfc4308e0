#include "simdaypattern.h"

#include "simrandom.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Density::Sim {

namespace {

constexpr std::array<double, 7> kWeekdayFactor = {0.03, 0.65, 0.95, 1.0, 0.9, 0.5, 0.05};
constexpr std::array<double, 24> kHourFactor = {0,    0,   0,    0,   0,    0,    0.02, 0.15,
                                                0.45, 0.8, 1.0,  1.0, 0.7,  0.9,  1.0,  0.95,
                                                0.8,  0.5, 0.25, 0.1, 0.04, 0.02, 0,    0};
constexpr std::array<double, 24> kCafeHour = {0,    0,   0,    0,   0,   0,   0,   0.2,
                                              0.35, 0.3, 0.2,  0.5, 1.0, 0.8, 0.3, 0.35,
                                              0.2,  0.1, 0.05, 0,   0,   0,   0,   0};
constexpr std::array<double, 24> kGymHour = {0,   0,   0,   0,   0,   0,   0.5, 0.8,
                                             0.6, 0.2, 0.1, 0.1, 0.5, 0.4, 0.1, 0.1,
                                             0.2, 0.7, 0.9, 0.6, 0.2, 0,   0,   0};

int defaultCapacity(SpaceKind kind) {
    switch (kind) {
    case SpaceKind::MeetingRoom:
        return 6;
    case SpaceKind::OpenArea:
        return 24;
    case SpaceKind::FlexSpace:
        return 10;
    case SpaceKind::Lounge:
        return 12;
    case SpaceKind::Cafe:
        return 40;
    case SpaceKind::Gym:
        return 15;
    default:
        return 1;
    }
}

//! Minute array of one day. Tracks the painted range so quiet days and nights cost nothing
//! to compress (most of a year is nights and weekends).
class Painter {
public:
    void add(int from, int to, int count) {
        if (!clampRange(from, to))
            return;
        for (int m = from; m < to; ++m)
            m_minutes[size_t(m)] = quint8(std::min(255, m_minutes[size_t(m)] + count));
    }
    void set(int from, int to, int count) {
        if (!clampRange(from, to))
            return;
        std::fill(m_minutes.begin() + from, m_minutes.begin() + to, quint8(std::min(255, count)));
    }
    QVector<SimChange> compress(int cap) const {
        QVector<SimChange> out;
        out.append({0, 0});
        const quint8 *minutes = m_minutes.data();
        int previous = 0;
        for (int m = m_lo; m < m_hi; ++m) {
            const int value = minutes[m] < cap ? minutes[m] : cap;
            if (value != previous) {
                if (out.last().minute == m)
                    out.last().count = value;
                else
                    out.append({m, value});
                previous = value;
            }
        }
        if (previous != 0 && m_hi < 1440)
            out.append({m_hi, 0});
        return out;
    }

private:
    bool clampRange(int &from, int &to) {
        from = std::clamp(from, 0, 1440);
        to = std::clamp(to, 0, 1440);
        if (to <= from)
            return false;
        m_lo = std::min(m_lo, from);
        m_hi = std::max(m_hi, to);
        return true;
    }

    std::array<quint8, 1440> m_minutes{};
    int m_lo = 1440;
    int m_hi = 0;
};

void meetings(Painter &p, SimRandom &rng, int weekday, double popularity, int capacity) {
    int busyUntil = 0;
    for (int slot = 8 * 60; slot < 19 * 60; slot += 30) {
        if (slot < busyUntil)
            continue;
        const double chance = SimDayPattern::activity(weekday, slot / 60) * popularity * 0.6;
        if (!rng.chance(chance))
            continue;
        static constexpr std::array<int, 6> kDurations = {30, 30, 45, 60, 60, 90};
        const int duration = kDurations[size_t(rng.range(0, 5))];
        const int start = slot + rng.range(0, 5);
        const int end = slot + duration - rng.range(0, 5);
        const double u = rng.uniform();
        const int people = std::max(1, int(std::lround(capacity * (0.25 + 0.9 * u * u))));
        p.add(start, end, people);
        busyUntil = slot + duration;
    }
}

void desk(Painter &p, SimRandom &rng, int weekday, double popularity) {
    if (!rng.chance(kWeekdayFactor[size_t(weekday)] * popularity * 0.9))
        return;
    const int arrive = 7 * 60 + 30 + rng.range(0, 150);
    const int leave = 16 * 60 + rng.range(0, 150);
    p.set(arrive, leave, 1);
    if (rng.chance(0.65)) {
        const int lunch = 11 * 60 + 45 + rng.range(0, 75);
        p.set(lunch, lunch + rng.range(25, 60), 0);
    }
    const int breaks = rng.range(0, 3);
    for (int i = 0; i < breaks; ++i) {
        const int at = rng.range(arrive, leave);
        p.set(at, at + rng.range(5, 15), 0);
    }
}

void shortVisits(Painter &p, SimRandom &rng, int weekday, double popularity, double intensity,
                 int minMinutes, int maxMinutes) {
    int busyUntil = 0;
    for (int slot = 8 * 60; slot < 19 * 60; slot += 10) {
        if (slot < busyUntil)
            continue;
        if (!rng.chance(SimDayPattern::activity(weekday, slot / 60) * popularity * intensity))
            continue;
        const int start = slot + rng.range(0, 9);
        const int end = start + rng.range(minMinutes, maxMinutes);
        p.add(start, end, 1);
        busyUntil = end + 1;
    }
}

void crowd(Painter &p, SimRandom &rng, int weekday, double popularity, int capacity,
           const std::array<double, 24> &hours, double scale) {
    const double day = kWeekdayFactor[size_t(weekday)];
    for (int slot = 6 * 60; slot < 22 * 60; slot += 10) {
        const double lambda = capacity * day * hours[size_t(slot / 60)] * popularity * scale;
        const int count = int(std::lround(lambda * (0.55 + 0.9 * rng.uniform())));
        if (count > 0)
            p.add(slot, slot + 10, std::min(count, int(capacity * 1.2) + 1));
    }
}

} // namespace

double SimDayPattern::activity(int weekday, int hour) {
    return kWeekdayFactor[size_t(weekday % 7)] * kHourFactor[size_t(std::clamp(hour, 0, 23))];
}

QVector<SimChange> SimDayPattern::generate(const SimSpace &space, quint64 seed, qint64 julianDay,
                                           int weekday) {
    Painter p;
    SimRandom rng(hashMix(seed, space.key, quint64(julianDay)));
    const int capacity =
        space.capacity.value_or(0) > 0 ? *space.capacity : defaultCapacity(space.kind);
    const double pop = space.popularity;
    switch (space.kind) {
    case SpaceKind::MeetingRoom:
        meetings(p, rng, weekday, pop, capacity);
        break;
    case SpaceKind::Desk:
        desk(p, rng, weekday, pop);
        break;
    case SpaceKind::PhoneBooth:
        shortVisits(p, rng, weekday, pop, 0.35, 4, 25);
        break;
    case SpaceKind::WellnessRoom:
        shortVisits(p, rng, weekday, pop, 0.12, 10, 40);
        break;
    case SpaceKind::OpenArea:
        // Nested areas contain desks that count on their own; the area adds passers-by.
        crowd(p, rng, weekday, pop, capacity, kHourFactor, space.children.isEmpty() ? 0.7 : 0.15);
        break;
    case SpaceKind::FlexSpace:
    case SpaceKind::Lounge:
        crowd(p, rng, weekday, pop, capacity, kHourFactor, 0.45);
        break;
    case SpaceKind::Cafe:
        crowd(p, rng, weekday, pop, capacity, kCafeHour, 0.6);
        break;
    case SpaceKind::Gym:
        crowd(p, rng, weekday, pop, capacity, kGymHour, 0.5);
        break;
    case SpaceKind::Structure:
        break;
    }
    return p.compress(space.mode == CountingMode::Waffle ? 3 : 255);
}

} // namespace Density::Sim

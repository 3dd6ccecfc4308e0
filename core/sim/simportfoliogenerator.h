#pragma once

#include "simportfolio.h"

namespace Density::Sim {

struct SimOptions;

//! Builds the organization for a seed: one campus, buildings in a mix of time zones, floors
//! (one or two in `planning`, one without Open Area sensors), spaces of many kinds (some nested,
//! some with null or 0 capacity), labels in four groups, users, doorways and sensors.
//! Same options => same portfolio, field for field. 50,000 spaces take well under 2 s.
class SimPortfolioGenerator {
public:
    static SimPortfolio generate(const SimOptions &options, qint64 referenceNow);
};

} // namespace Density::Sim

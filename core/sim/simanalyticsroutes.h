#pragma once

#include "simrouter.h"

//! Historical analytics routes (REFERENCE §3.1-3.6), all POST with a JSON filter body.
namespace Density::Sim::SimAnalyticsRoutes {

SimResponse dataStatus(SimContext &ctx, const SimRequest &request);
SimResponse allMetrics(SimContext &ctx, const SimRequest &request);
SimResponse occupancy(SimContext &ctx, const SimRequest &request);
SimResponse rawSessions(SimContext &ctx, const SimRequest &request);
SimResponse timeUsed(SimContext &ctx, const SimRequest &request);
SimResponse utilization(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimAnalyticsRoutes

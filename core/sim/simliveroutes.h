#pragma once

#include "simrouter.h"

//! Live reads (REFERENCE §3.7-3.12) and the WebSocket brokers (§3.11, §3.12, §8.4; the sockets
//! themselves are SimLiveStreams). Values agree with count(space, now) and its health.
namespace Density::Sim::SimLiveRoutes {

SimResponse currentOccupancy(SimContext &ctx, const SimRequest &request);
SimResponse presence(SimContext &ctx, const SimRequest &request);
SimResponse presenceHealth(SimContext &ctx, const SimRequest &request);
SimResponse shortTerm(SimContext &ctx, const SimRequest &request);
SimResponse floorPresenceBroker(SimContext &ctx, const SimRequest &request);
SimResponse spaceOccupancyBroker(SimContext &ctx, const SimRequest &request);
SimResponse doorwayEventsBroker(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimLiveRoutes

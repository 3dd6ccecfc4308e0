#pragma once

#include "simrouter.h"

//! Users (REFERENCE §3.28-3.32); the router lets only M2M OAuth tokens through.
namespace Density::Sim::SimUserRoutes {

SimResponse listUsers(SimContext &ctx, const SimRequest &request);
SimResponse createUser(SimContext &ctx, const SimRequest &request);
SimResponse getUser(SimContext &ctx, const SimRequest &request);
SimResponse updateUser(SimContext &ctx, const SimRequest &request);
SimResponse deleteUser(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimUserRoutes

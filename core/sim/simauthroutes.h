#pragma once

#include "simrouter.h"

namespace Density::Sim::SimAuthRoutes {

//! POST /v3/oauth/token (JSON client credentials; expires_in is a string).
SimResponse oauthToken(SimContext &ctx, const SimRequest &request);
//! POST /v3/oauth/display-token (form-encoded; expires_in is an integer, scope display:<id>).
SimResponse displayToken(SimContext &ctx, const SimRequest &request);
//! GET /v3/hello-world (text/plain).
SimResponse helloWorld(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimAuthRoutes

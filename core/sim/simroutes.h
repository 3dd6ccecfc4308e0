#pragma once

namespace Density::Sim {

class SimRouter;

//! The one table of the simulator's endpoints (REFERENCE §2). Paths marked unconfirmed there
//! are corrected here in one line; unconfirmed mutations accept both PUT and PATCH.
void registerRoutes(SimRouter &router);

} // namespace Density::Sim

#pragma once

#include "simrouter.h"

//! Sensors (REFERENCE §3.25-3.27): filter by serial_numbers or space_ids, never both.
namespace Density::Sim::SimSensorRoutes {

SimResponse listSensors(SimContext &ctx, const SimRequest &request);
SimResponse healthHistory(SimContext &ctx, const SimRequest &request);
SimResponse currentHealth(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimSensorRoutes

#pragma once

#include "sim/simoptions.h"

namespace Density {
struct DashboardOptions;
}

//! density-dashboard --kiosk: the wall screen instead of the dashboard. With --demo it signs in
//! to the in-process simulator with the simulator's display credentials; otherwise with the
//! kiosk's saved display connection. Returns the application's exit code.
int runKiosk(const Density::DashboardOptions &options, const Density::Sim::FaultOptions &faults);

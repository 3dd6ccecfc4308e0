#pragma once

#include "simrouter.h"

//! Portfolio administration (REFERENCE §3.13-3.22): doorways, labels, label groups, spaces.
//! Mutations change the in-memory store for the life of the process.
namespace Density::Sim::SimAdminRoutes {

SimResponse listDoorways(SimContext &ctx, const SimRequest &request);
SimResponse listLabels(SimContext &ctx, const SimRequest &request);
SimResponse createLabel(SimContext &ctx, const SimRequest &request);
SimResponse updateLabel(SimContext &ctx, const SimRequest &request);
SimResponse listLabelGroups(SimContext &ctx, const SimRequest &request);
SimResponse createLabelGroup(SimContext &ctx, const SimRequest &request);
SimResponse updateLabelGroup(SimContext &ctx, const SimRequest &request);
SimResponse listSpaces(SimContext &ctx, const SimRequest &request);
SimResponse updateSpace(SimContext &ctx, const SimRequest &request);
SimResponse updateSpaceLabels(SimContext &ctx, const SimRequest &request);

} // namespace Density::Sim::SimAdminRoutes

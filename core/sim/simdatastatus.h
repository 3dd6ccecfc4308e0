#pragma once

#include "simvalidation.h"

#include <QByteArray>
#include <QVector>

namespace Density::Sim {

class SimStore;

//! Floor Data Completion Status (REFERENCE §3.1, shape §4.1 proposed): per floor with Open
//! Area sensors, {"completion_percentage": x} with x in 0..1 = data that has arrived and been
//! processed / data expected. Arrived = the OA sensors' online time; processed = 1 for data
//! older than 8 hours, falling linearly to 0 at "now", 0 in the future. Planning floors report
//! a fifth of that. Floors without OA sensors are absent. No floors => all floors.
QByteArray writeDataStatus(const SimStore &store, const SimValidation::DateRange &range,
                           const QVector<int> &floors);

} // namespace Density::Sim

#pragma once

#include "csvtable.h"

#include "api/endpoints.h"

#include "model/datastatus.h"
#include "model/doorway.h"
#include "model/health.h"
#include "model/label.h"
#include "model/metrics.h"
#include "model/presence.h"
#include "model/query.h"
#include "model/sensor.h"
#include "model/sessions.h"
#include "model/space.h"
#include "model/tokens.h"
#include "model/user.h"

#include <QJsonValue>

namespace Density::Cli {

//! A decoded result in both output forms. JSON comes from the model's toJson() so null and
//! missing fields stay as they were decoded; CSV is the flat table of its main scalar fields.
struct Rendered {
    QJsonValue json;
    CsvTable table;
};

using HealthHistory = QMap<QString, QList<SensorHealthChange>>;

Rendered render(const QString &greeting);
Rendered render(const AccessToken &token);
Rendered render(const WebSocketTicket &ticket);
Rendered render(const Space &space);
Rendered render(const QList<Space> &spaces);
Rendered render(const Label &label);
Rendered render(const QList<Label> &labels);
Rendered render(const LabelGroup &group);
Rendered render(const QList<LabelGroup> &groups);
Rendered render(const QList<Doorway> &doorways);
Rendered render(const QList<Sensor> &sensors);
Rendered render(const QList<SensorHealth> &health);
Rendered render(const HealthHistory &history);
Rendered render(const User &user);
Rendered render(const QList<User> &users);
Rendered render(const StatusMessage &status);
Rendered render(const MetricsBySpace &metrics);
Rendered render(const SessionsBySpace &sessions);
Rendered render(const CurrentCounts &counts);
Rendered render(const PresenceBySpace &presence);
Rendered render(const HealthPresenceBySpace &presence);
Rendered render(const ShortTermPresenceBySpace &presence);
//! Window bounds are written in the style of the requested range (zoneless or UTC).
Rendered render(const QList<DataStatusWindow> &windows, const TimeRange &requested);

} // namespace Density::Cli

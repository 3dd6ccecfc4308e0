#pragma once

#include "health.h"
#include "nullable.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Density {

//! Latest count of a space (`/v3/analytics/occupancy/current`).
struct CurrentCount {
    qint64 count = 0;
    HealthStatus health = HealthStatus::Unknown;
    QString healthText;
    QString timestamp;
    QString countingMode;
    Nullable<bool> isCapped;
    Nullable<qint64> cappedCountLimit;

    static CurrentCount fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

//! Presence with the health needed to tell "empty" from "we do not know".
struct HealthPresence {
    Nullable<bool> presence;
    HealthStatus health = HealthStatus::Unknown;
    QString healthText;
    QString timestamp;
    QString countingMode;

    static HealthPresence fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct PresencePoint {
    QString timestamp;
    bool presence = false;
};

using CurrentCounts = QMap<QString, CurrentCount>;
using HealthPresenceBySpace = QMap<QString, HealthPresence>;
//! Deprecated presence endpoint: booleans only, no health.
using PresenceBySpace = QMap<QString, bool>;
//! Short-term presence: space id -> points, oldest first.
using ShortTermPresenceBySpace = QMap<QString, QList<PresencePoint>>;

//! Live endpoints answer either `{ "<id>": datum }` (documented) or `{ "data": { ... } }`
//! (observed in production). This returns the inner map in both cases.
QJsonObject unwrapDataEnvelope(const QJsonObject &json);

CurrentCounts currentCountsFromJson(const QJsonObject &json);
HealthPresenceBySpace healthPresenceFromJson(const QJsonObject &json);
PresenceBySpace presenceFromJson(const QJsonObject &json);
ShortTermPresenceBySpace shortTermPresenceFromJson(const QJsonObject &json);

} // namespace Density

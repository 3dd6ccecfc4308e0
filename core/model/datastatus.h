#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Density {

//! Completion fractions (0..1) of OA floors for one window the API accepted (≤ 10 days).
struct DataStatusWindow {
    QDateTime start;
    QDateTime end;
    QMap<QString, double> completionByFloor;
};

//! `FloorHealthDataV3` is undocumented: read `completion_percentage`, else the first number.
QMap<QString, double> dataStatusFromJson(const QJsonObject &json);

} // namespace Density

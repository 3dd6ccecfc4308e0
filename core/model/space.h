#pragma once

#include "label.h"
#include "nullable.h"

#include <QJsonObject>
#include <QStringList>

namespace Density {

//! Any level of the hierarchy (campus, building, floor, space): they share the `spc_` id
//! format and differ only in `space_type`. Enum-like strings stay open strings because the
//! API's lists are incomplete (REFERENCE §4.13).
struct Space {
    QString id;
    QString name;
    QString spaceType;
    Nullable<QString> function;
    Nullable<qint64> capacity;
    QStringList childrenIds;
    Nullable<QString> countingMode;
    QString dailyReset;
    QString goLiveDateUtc;
    QString status;
    QString timeZone;
    QString address;
    Nullable<bool> binaryOccupancy;
    Nullable<double> costPerSqft;
    Nullable<double> sizeArea;
    QString iwmsId;
    QList<Label> labels;

    //! True when utilization can be computed: capacity is set and positive.
    bool hasUsableCapacity() const { return capacity.hasValue() && capacity.value() > 0; }

    static Space fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

//! The editable subset of a space. Fields left missing are not sent, so an update touches
//! only what the user changed.
struct SpaceUpdate {
    Nullable<QString> name;
    Nullable<QString> address;
    Nullable<qint64> capacity;
    Nullable<QString> function;
    Nullable<QString> iwmsId;
    Nullable<QString> timeZone;

    QJsonObject toJson() const;
};

} // namespace Density

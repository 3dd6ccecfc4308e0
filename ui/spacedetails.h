#pragma once

#include "model/space.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Density {

//! The six values of a space that the space edit form changes, in a form that compares the way a
//! person would: a missing and a null capacity are both "not set", as are a null and an empty
//! function. The form, its conflict check and the conflict dialog all speak in these terms.
struct SpaceDetails {
    Q_DECLARE_TR_FUNCTIONS(Density::SpaceDetails)
public:
    enum Field { Name, Capacity, Function, TimeZone, Address, IwmsId };
    static constexpr int FieldCount = IwmsId + 1;

    QString name;
    std::optional<qint64> capacity; //!< nullopt: not set
    QString function;               //!< the API's raw value ("meeting_room"); empty: not set
    QString timeZone;
    QString address;
    QString iwmsId;

    static SpaceDetails of(const Space &space);
    //! These values with `update`'s fields applied.
    SpaceDetails with(const SpaceUpdate &update) const;
    //! The update that turns `from` into these values: only the fields that differ are set.
    SpaceUpdate changesFrom(const SpaceDetails &from) const;
    //! The fields whose values differ, in form order.
    QList<Field> differences(const SpaceDetails &other) const;

    //! "Capacity", "Time zone": for change summaries and the conflict dialog.
    static QString fieldName(Field field);
    //! The value as people read it: "Meeting room", "not set", "6".
    QString valueText(Field field) const;
    //! "Capacity: 4 → 6; Function: not set → Desk", for the status line.
    static QString describeChanges(const SpaceDetails &before, const SpaceDetails &after);

    //! "Capacity: 4; Function: not set": one side of a change, for the activity log.
    QString valuesText(const QList<Field> &fields) const;

    bool operator==(const SpaceDetails &other) const { return differences(other).isEmpty(); }
    bool operator!=(const SpaceDetails &other) const { return !(*this == other); }
};

} // namespace Density

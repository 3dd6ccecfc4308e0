#include "spacedetails.h"

#include "models/spacetreemodel.h"

#include <QLocale>

namespace Density {

SpaceDetails SpaceDetails::of(const Space &space) {
    SpaceDetails details;
    details.name = space.name;
    if (space.capacity.hasValue())
        details.capacity = space.capacity.value();
    details.function = space.function.valueOr(QString());
    details.timeZone = space.timeZone;
    details.address = space.address;
    details.iwmsId = space.iwmsId;
    return details;
}

SpaceDetails SpaceDetails::with(const SpaceUpdate &update) const {
    SpaceDetails details = *this;
    if (update.name.hasValue())
        details.name = update.name.value();
    if (update.capacity.hasValue())
        details.capacity = update.capacity.value();
    else if (update.capacity.isNull())
        details.capacity.reset();
    if (!update.function.isMissing())
        details.function = update.function.valueOr(QString());
    if (update.timeZone.hasValue())
        details.timeZone = update.timeZone.value();
    if (update.address.hasValue())
        details.address = update.address.value();
    if (update.iwmsId.hasValue())
        details.iwmsId = update.iwmsId.value();
    return details;
}

SpaceUpdate SpaceDetails::changesFrom(const SpaceDetails &from) const {
    SpaceUpdate update;
    const QList<Field> changed = differences(from);
    for (const Field field : changed) {
        switch (field) {
        case Name:
            update.name = name;
            break;
        case Capacity:
            // null clears the capacity (REFERENCE §4.13: nullable), which makes utilization null.
            update.capacity = capacity ? Nullable<qint64>(*capacity) : Nullable<qint64>::null();
            break;
        case Function:
            update.function = function.isEmpty() ? Nullable<QString>::null() : function;
            break;
        case TimeZone:
            update.timeZone = timeZone;
            break;
        case Address:
            update.address = address;
            break;
        case IwmsId:
            update.iwmsId = iwmsId;
            break;
        }
    }
    return update;
}

QList<SpaceDetails::Field> SpaceDetails::differences(const SpaceDetails &other) const {
    QList<Field> fields;
    if (name != other.name)
        fields.append(Name);
    if (capacity != other.capacity)
        fields.append(Capacity);
    if (function != other.function)
        fields.append(Function);
    if (timeZone != other.timeZone)
        fields.append(TimeZone);
    if (address != other.address)
        fields.append(Address);
    if (iwmsId != other.iwmsId)
        fields.append(IwmsId);
    return fields;
}

QString SpaceDetails::fieldName(Field field) {
    switch (field) {
    case Name:
        return tr("Name");
    case Capacity:
        return tr("Capacity");
    case Function:
        return tr("Function");
    case TimeZone:
        return tr("Time zone");
    case Address:
        return tr("Address");
    case IwmsId:
        return tr("IWMS id");
    }
    return {};
}

QString SpaceDetails::valueText(Field field) const {
    const QString notSet = tr("not set");
    switch (field) {
    case Name:
        return name;
    case Capacity:
        return capacity ? QLocale().toString(*capacity) : notSet;
    case Function:
        return function.isEmpty() ? notSet : SpaceTreeModel::functionText(function);
    case TimeZone:
        return timeZone.isEmpty() ? notSet : timeZone;
    case Address:
        return address.isEmpty() ? notSet : address;
    case IwmsId:
        return iwmsId.isEmpty() ? notSet : iwmsId;
    }
    return {};
}

QString SpaceDetails::describeChanges(const SpaceDetails &before, const SpaceDetails &after) {
    QStringList parts;
    const QList<Field> changed = after.differences(before);
    for (const Field field : changed) {
        parts.append(tr("%1: %2 \u2192 %3")
                         .arg(fieldName(field), before.valueText(field), after.valueText(field)));
    }
    return parts.join(QStringLiteral("; "));
}

QString SpaceDetails::valuesText(const QList<Field> &fields) const {
    QStringList parts;
    for (const Field field : fields)
        parts.append(tr("%1: %2").arg(fieldName(field), valueText(field)));
    return parts.join(QStringLiteral("; "));
}

} // namespace Density

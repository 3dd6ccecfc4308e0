#pragma once

#include "nullable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

//! Lenient field readers shared by every decoder: unknown fields are ignored, a field of the
//! wrong type reads as missing, and numbers that the API sometimes sends as strings
//! (`expires_in`) are accepted in both forms.
namespace Density::Json {

QString string(const QJsonObject &object, QLatin1String key);
Nullable<QString> nullableString(const QJsonObject &object, QLatin1String key);
Nullable<double> nullableDouble(const QJsonObject &object, QLatin1String key);
Nullable<qint64> nullableInteger(const QJsonObject &object, QLatin1String key);
Nullable<bool> nullableBool(const QJsonObject &object, QLatin1String key);
QStringList stringList(const QJsonObject &object, QLatin1String key);

//! Writes the field unless it is missing; null is written as JSON null.
template <typename T>
void put(QJsonObject &object, QLatin1String key, const Nullable<T> &field) {
    if (field.hasValue())
        object.insert(key, QJsonValue(field.value()));
    else if (field.isNull())
        object.insert(key, QJsonValue(QJsonValue::Null));
}

QJsonArray toArray(const QStringList &strings);

} // namespace Density::Json

#include "json.h"

namespace Density::Json {

QString string(const QJsonObject &object, QLatin1String key) {
    return object.value(key).toString();
}

Nullable<QString> nullableString(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return Nullable<QString>::null();
    if (value.isString())
        return value.toString();
    return {};
}

Nullable<double> nullableDouble(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return Nullable<double>::null();
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return {};
}

Nullable<qint64> nullableInteger(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return Nullable<qint64>::null();
    if (value.isDouble())
        return value.toInteger(qRound64(value.toDouble()));
    if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (ok)
            return parsed;
    }
    return {};
}

Nullable<bool> nullableBool(const QJsonObject &object, QLatin1String key) {
    const QJsonValue value = object.value(key);
    if (value.isNull())
        return Nullable<bool>::null();
    if (value.isBool())
        return value.toBool();
    return {};
}

QStringList stringList(const QJsonObject &object, QLatin1String key) {
    QStringList result;
    const QJsonArray array = object.value(key).toArray();
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isString())
            result.append(item.toString());
    }
    return result;
}

QJsonArray toArray(const QStringList &strings) {
    QJsonArray array;
    for (const QString &s : strings)
        array.append(s);
    return array;
}

} // namespace Density::Json

#include "csvtable.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Density::Cli {
namespace {

QString csvField(const QString &text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonValue valueAt(const QJsonObject &object, const QString &path) {
    QJsonValue value = object;
    for (const QString &key : path.split(QLatin1Char('/'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(key);
    }
    return value;
}

QStringList rowOf(const QJsonObject &object, const QList<CsvColumn> &columns) {
    QStringList row;
    row.reserve(columns.size());
    for (const CsvColumn &column : columns)
        row.append(csvCell(valueAt(object, column.path)));
    return row;
}

QStringList headerOf(const QList<CsvColumn> &columns) {
    QStringList header;
    for (const CsvColumn &column : columns)
        header.append(column.header);
    return header;
}

} // namespace

QByteArray CsvTable::toCsv() const {
    QByteArray text;
    const auto appendRow = [&text](const QStringList &row) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row)
            fields.append(csvField(field));
        text += fields.join(QLatin1Char(',')).toUtf8();
        text += "\r\n";
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return text;
}

QString csvCell(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integers below 2^53 are exact in a double; print them without an exponent.
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(item.isObject() ? csvCell(item.toObject().value(QLatin1String("id")))
                                         : csvCell(item));
        return parts.join(QLatin1Char(';'));
    }
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

CsvTable tableFromObjects(const QJsonArray &objects, const QList<CsvColumn> &columns) {
    CsvTable table;
    table.header = headerOf(columns);
    for (const QJsonValue &value : objects)
        table.rows.append(rowOf(value.toObject(), columns));
    return table;
}

CsvTable tableFromMap(const QJsonObject &map, const QString &keyHeader,
                      const QList<CsvColumn> &columns) {
    CsvTable table;
    table.header = QStringList{keyHeader} + headerOf(columns);
    for (auto entry = map.begin(); entry != map.end(); ++entry) {
        // A scalar value (presence booleans) is read through the empty path.
        const QJsonObject object = entry.value().isObject()
                                       ? entry.value().toObject()
                                       : QJsonObject{{QString(), entry.value()}};
        table.rows.append(QStringList{entry.key()} + rowOf(object, columns));
    }
    return table;
}

CsvTable tableFromMapOfLists(const QJsonObject &map, const QString &keyHeader,
                             const QList<CsvColumn> &columns) {
    CsvTable table;
    table.header = QStringList{keyHeader} + headerOf(columns);
    for (auto entry = map.begin(); entry != map.end(); ++entry) {
        for (const QJsonValue &item : entry.value().toArray())
            table.rows.append(QStringList{entry.key()} + rowOf(item.toObject(), columns));
    }
    return table;
}

} // namespace Density::Cli

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Density::Cli {

//! A flat table: one header row, then rows of the same width.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;

    //! RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is quoted and its
    //! quotes doubled.
    QByteArray toCsv() const;
};

//! One CSV column read from a JSON object: `path` is a key, or keys joined by '/' for nested
//! objects ("location/space_ids").
struct CsvColumn {
    QString header;
    QString path;
};

//! The cell text of a JSON value: null/missing -> empty; numbers in full (no exponent for
//! integers, so milliseconds stay exact); arrays joined with ';' (objects by their "id").
QString csvCell(const QJsonValue &value);

//! One row per object.
CsvTable tableFromObjects(const QJsonArray &objects, const QList<CsvColumn> &columns);

//! One row per map entry: the key in the first column, then the value object's columns.
CsvTable tableFromMap(const QJsonObject &map, const QString &keyHeader,
                      const QList<CsvColumn> &columns);

//! One row per item of each entry's list: the key first, then the item's columns.
CsvTable tableFromMapOfLists(const QJsonObject &map, const QString &keyHeader,
                             const QList<CsvColumn> &columns);

} // namespace Density::Cli

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

//! RFC 4180 encoding shared by every CSV the app writes: CRLF line ends, fields quoted when
//! they hold a comma, a double quote or a line break (quotes doubled inside), UTF-8 bytes.
//! Text that came from outside the app (space names, ids, keys) is also guarded against
//! spreadsheet formula injection: a cell starting with = + - @ (or a tab / carriage return,
//! which some spreadsheets skip before reading a formula) is prefixed with an apostrophe, so
//! "=HYPERLINK(...)" in a space name is shown, not run.
namespace Density::CsvFormat {

//! One text field, guarded and quoted as needed.
QString textField(const QString &text);
//! A field the app wrote itself (a number, a fixed tag): quoted if needed, never altered.
QString plainField(const QString &text);
//! Whether textField() would add the apostrophe.
bool needsFormulaGuard(const QString &text);

//! Fields joined by commas and ended with CRLF. The fields must already be encoded.
QString row(const QStringList &encodedFields);

//! A header comment line: "# " + text + CRLF, with line breaks inside the text turned into
//! spaces so one comment can never open a data row. Spreadsheets split comment lines at
//! commas too, so the start and every piece after a comma are guarded as a field would be.
QString commentLine(const QString &text);

//! The UTF-8 byte order mark. Excel on Windows reads a CSV without it in the ANSI code page,
//! which turns "Café" into "CafÃ©"; other readers skip it.
QByteArray byteOrderMark();

//! A number in the shortest form that reads back to exactly the same double, in the C locale
//! ("0.1", "1e-05"), so exports are exact and independent of the user's language.
QString number(double value);
QString number(qint64 value);

} // namespace Density::CsvFormat

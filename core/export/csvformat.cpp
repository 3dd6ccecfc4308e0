#include "csvformat.h"

#include <QLocale>
#include <algorithm>

namespace Density::CsvFormat {

namespace {

bool needsQuotes(const QString &text) {
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

QString guarded(const QString &text) {
    return needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
}

} // namespace

bool needsFormulaGuard(const QString &text) {
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString plainField(const QString &text) {
    if (!needsQuotes(text))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString textField(const QString &text) {
    return plainField(guarded(text));
}

QString row(const QStringList &encodedFields) {
    return encodedFields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString commentLine(const QString &text) {
    QString flat = text;
    flat.replace(QLatin1String("\r\n"), QLatin1String(" "));
    flat.replace(QLatin1Char('\r'), QLatin1Char(' '));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Spreadsheets split a comment line at its commas; each piece must be as harmless as a
    // field, so a name like "a,=cmd()" cannot smuggle a formula into the next cell.
    QStringList pieces = flat.split(QLatin1Char(','));
    for (QString &piece : pieces) {
        const qsizetype first = std::find_if(piece.cbegin(), piece.cend(),
                                             [](QChar c) { return c != QLatin1Char(' '); }) -
                                piece.cbegin();
        if (needsFormulaGuard(piece.mid(first)))
            piece.insert(first, QLatin1Char('\''));
    }
    return QLatin1String("# ") + pieces.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QByteArray byteOrderMark() {
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString number(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString number(qint64 value) {
    return QString::number(value);
}

} // namespace Density::CsvFormat

#include "exportfilename.h"

namespace Density::ExportFileNames {

QString slug(const QString &text) {
    constexpr int MaxLength = 60;
    //! Compatibility decomposition splits "é" into "e" + a combining accent (dropped below)
    //! and "ﬁ" into "fi", so Latin names keep their letters.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool pendingHyphen = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!keep) {
            pendingHyphen = !out.isEmpty();
            continue;
        }
        if (pendingHyphen) {
            if (out.size() + 1 >= MaxLength)
                break;
            out += QLatin1Char('-');
            pendingHyphen = false;
        }
        if (out.size() >= MaxLength)
            break;
        out += c;
    }
    return out;
}

QString suggested(const QString &baseName, const QDate &date, const QString &suffix) {
    QString name = baseName;
    if (date.isValid())
        name += (name.isEmpty() ? QString() : QStringLiteral("-")) + date.toString(Qt::ISODate);
    return name + QLatin1Char('.') + suffix;
}

} // namespace Density::ExportFileNames

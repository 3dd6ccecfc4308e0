#include "labelnamecheck.h"

namespace Density {

QString LabelNameCheck::problem(Kind kind, const QString &name, const QStringList &taken) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return kind == Kind::Label ? tr("A label needs a name.")
                                   : tr("A label group needs a name.");
    if (trimmed.size() > MaxLength)
        return tr("At most %1 characters; this name has %2.").arg(MaxLength).arg(trimmed.size());
    const QString existing = sameName(trimmed, taken);
    if (!existing.isEmpty()) {
        return kind == Kind::Label
                   ? tr("A label named \u201c%1\u201d already exists; choose another name.")
                         .arg(existing)
                   : tr("A label group named \u201c%1\u201d already exists; choose another name.")
                         .arg(existing);
    }
    return {};
}

QString LabelNameCheck::sameName(const QString &name, const QStringList &names) {
    const QString trimmed = name.trimmed();
    for (const QString &candidate : names) {
        if (candidate.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return {};
}

} // namespace Density

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Density {

//! The rules label and label-group names follow in every form, checked as the user types.
//! Empty and over-long names are refused by the API (400); duplicates are not, but this app
//! refuses them within their kind: labels are picked by name in filters, checklists and the
//! group combo, and two entries that read the same get the wrong one attached.
class LabelNameCheck {
    Q_DECLARE_TR_FUNCTIONS(Density::LabelNameCheck)
public:
    enum class Kind { Label, Group };
    static constexpr int MaxLength = 255;

    //! The message for the field, empty when `name` (trimmed) is acceptable. `taken` are the
    //! other names of that kind (the edited item's own name left out), compared ignoring case.
    static QString problem(Kind kind, const QString &name, const QStringList &taken);
    //! The entry of `names` equal to `name` ignoring case and surrounding blanks, or empty.
    static QString sameName(const QString &name, const QStringList &names);
};

} // namespace Density

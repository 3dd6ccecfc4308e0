#include "livevaluedelegate.h"

#include "liveavailabilitydelegate.h"
#include "models/livepresencemodel.h"

namespace Density {

bool LiveValueDelegate::isCurrent(const QModelIndex &index) {
    return LiveAvailabilityDelegate::availabilityOf(index.siblingAtColumn(
               LivePresenceModel::AvailabilityColumn)) != Availability::Unknown;
}

QString LiveValueDelegate::shownText(const QModelIndex &index) {
    const QString value = index.siblingAtColumn(LivePresenceModel::ValueColumn).data().toString();
    if (value.isEmpty())
        return QStringLiteral("\u2014"); // —
    return isCurrent(index) ? value : tr("last: %1").arg(value);
}

void LiveValueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = shownText(index);
    if (isCurrent(index))
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace Density

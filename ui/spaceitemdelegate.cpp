#include "spaceitemdelegate.h"

#include "models/spacetreemodel.h"
#include "spaceicons.h"

namespace Density {

void SpaceItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != SpaceTreeModel::NameColumn)
        return;
    option->icon =
        SpaceIcons::forType(index.data(SpaceTreeModel::SpaceTypeRole).toString(), option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace Density

#pragma once

#include <QStyledItemDelegate>

namespace Density {

//! Paints the type icon beside a space's name. The icon comes from the type role here, in the
//! UI, because the model lives in density_core, which has no QIcon (no Qt GUI).
class SpaceItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Density

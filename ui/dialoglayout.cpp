#include "dialoglayout.h"

#include <QFormLayout>
#include <QLabel>

namespace Density::DialogLayout {

QFormLayout *form() {
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel *note(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace Density::DialogLayout

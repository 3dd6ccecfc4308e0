#include "windowfit.h"

#include <QLayout>
#include <QWidget>

namespace Density {

void growToFitHeight(QWidget *window) {
    const QLayout *layout = window->layout();
    if (!layout)
        return;
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace Density

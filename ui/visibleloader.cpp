#include "visibleloader.h"

#include <QEvent>
#include <QWidget>

namespace Density {

VisibleLoader::VisibleLoader(QWidget *page, std::function<void()> start,
                             std::function<void()> supersedeWhileHidden)
    : QObject(page)
    , m_page(page)
    , m_supersedeWhileHidden(std::move(supersedeWhileHidden)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, std::move(start));
    page->installEventFilter(this);
}

void VisibleLoader::schedule() {
    if (m_page->isVisible()) {
        m_timer.start();
        return;
    }
    if (m_supersedeWhileHidden)
        m_supersedeWhileHidden();
    m_stale = true;
}

void VisibleLoader::started() {
    m_timer.stop();
    m_stale = false;
}

bool VisibleLoader::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_page && event->type() == QEvent::Show && m_stale)
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace Density

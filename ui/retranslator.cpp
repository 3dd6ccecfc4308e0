#include "retranslator.h"

#include <QAction>
#include <QEvent>
#include <QWidget>

namespace Density {

Retranslator::Retranslator(QWidget *watched)
    : QObject(watched) {
    watched->installEventFilter(this);
}

void Retranslator::bind(QAction *action, std::function<QString()> text) {
    bind(action, [action, text = std::move(text)] { action->setText(text()); });
}

void Retranslator::bindToolTip(QAction *action, std::function<QString()> text) {
    bind(action, [action, text = std::move(text)] { action->setToolTip(text()); });
}

void Retranslator::bindWindowTitle(QWidget *widget, std::function<QString()> text) {
    bind(widget, [widget, text = std::move(text)] { widget->setWindowTitle(text()); });
}

void Retranslator::bind(QObject *target, std::function<void()> apply) {
    apply();
    m_bindings.push_back({target, std::move(apply)});
}

void Retranslator::retranslate() {
    for (const Binding &binding : m_bindings) {
        if (binding.target)
            binding.apply();
    }
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::LanguageChange && watched == parent())
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Density

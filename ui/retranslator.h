#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <vector>

class QAction;
class QWidget;

namespace Density {

//! Re-applies texts built once in a constructor (menus, actions, window titles) when the
//! language changes, so code written as `menu->addAction(tr("&Quit"))` only has to say where
//! its text comes from:
//!
//!     m_texts = new Retranslator(this);               // watches this window
//!     m_texts->bind(fileMenu->menuAction(), [] { return tr("&File"); });
//!
//! bind() sets the text at once too. Targets that are destroyed are skipped.
class Retranslator : public QObject {
    Q_OBJECT
public:
    //! Listens for QEvent::LanguageChange on `watched` (a top-level window gets one per change).
    explicit Retranslator(QWidget *watched);

    void bind(QAction *action, std::function<QString()> text);
    void bindToolTip(QAction *action, std::function<QString()> text);
    void bindWindowTitle(QWidget *widget, std::function<QString()> text);
    //! Anything else: `apply` runs now and after each language change.
    void bind(QObject *target, std::function<void()> apply);

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding {
        QPointer<QObject> target;
        std::function<void()> apply;
    };
    std::vector<Binding> m_bindings;
};

} // namespace Density

#include "spaceeditdialog.h"

#include "spaceeditform.h"
#include "windowfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Density {
namespace {

//! QFormLayout sizes height-for-width rows with the field width of its previous pass, so a
//! message that wraps as the window first grows is squeezed into its field until some later
//! layout. One more pass with the final width settles it; it runs only while a field is lower
//! than it needs, so it cannot loop.
void settleFormLayouts(QWidget *window) {
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        auto *form = qobject_cast<QFormLayout *>(widget->layout());
        if (!form || !widget->isVisible())
            continue;
        bool squeezed = false;
        for (int i = 0; i < form->count() && !squeezed; ++i) {
            const QWidget *field = form->itemAt(i)->widget();
            squeezed = field && field->isVisible() && field->hasHeightForWidth() &&
                       field->height() < field->heightForWidth(field->width());
        }
        if (squeezed) {
            form->invalidate();
            form->setGeometry(widget->rect());
        }
    }
}

} // namespace

SpaceEditDialog::SpaceEditDialog(DensityClient *client, const QString &spaceId,
                                 const SpaceTreeModel *tree, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_form(new SpaceEditForm(client, spaceId, tree)) {
    setModal(false);
    m_tabs->addTab(m_form, tr("&Details"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in a field applies (the form's default button); it must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_form, &SpaceEditForm::loaded, this, &SpaceEditDialog::updateTitle);
    connect(m_form, &SpaceEditForm::applied, this, &SpaceEditDialog::updateTitle);
    connect(m_form, &SpaceEditForm::applied, this, &SpaceEditDialog::applied);
    updateTitle();
    resize(560, sizeHint().height());
    m_form->reload();
}

int SpaceEditDialog::addTab(QWidget *page, const QString &label) {
    return m_tabs->addTab(page, label);
}

void SpaceEditDialog::setDiscardQuestion(std::function<bool()> question) {
    m_discardQuestion = std::move(question);
}

QList<AdminForm *> SpaceEditDialog::forms() const {
    QList<AdminForm *> forms;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (auto *form = qobject_cast<AdminForm *>(page))
            forms.append(form);
        forms.append(page->findChildren<AdminForm *>());
    }
    return forms;
}

void SpaceEditDialog::done(int result) {
    const QList<AdminForm *> all = forms();
    const bool edited = std::any_of(
        all.cbegin(), all.cend(), [](const AdminForm *form) { return form->hasUnappliedEdits(); });
    if (edited) {
        bool discard = false;
        if (m_discardQuestion) {
            discard = m_discardQuestion();
        } else {
            discard = QMessageBox::question(
                          this, tr("Discard your edits?"),
                          tr("Some changes to \u201C%1\u201D have not been applied. Close "
                             "and discard them?")
                              .arg(m_form->space() ? m_form->space()->name : m_form->spaceId()),
                          QMessageBox::Discard | QMessageBox::Cancel,
                          QMessageBox::Cancel) == QMessageBox::Discard;
        }
        if (!discard)
            return;
    }
    for (AdminForm *form : all)
        form->cancel();
    QDialog::done(result);
}

bool SpaceEditDialog::event(QEvent *event) {
    const bool handled = QDialog::event(event);
    // Field messages come and go as the user types; the window makes room for them.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show ||
        event->type() == QEvent::Resize) {
        growToFitHeight(this);
        settleFormLayouts(this);
    }
    return handled;
}

void SpaceEditDialog::updateTitle() {
    const QString name = m_form->space() ? m_form->space()->name : m_form->spaceId();
    setWindowTitle(tr("Edit space \u2014 %1").arg(name));
}

} // namespace Density

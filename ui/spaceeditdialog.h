#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QTabWidget;

namespace Density {

class AdminForm;
class DensityClient;
class SpaceEditForm;
class SpaceTreeModel;

//! A non-modal window for one space's administration: a "Details" tab with SpaceEditForm, and
//! room for more (the lead adds "Labels"). It loads the space when created and re-emits the
//! form's applied() so the owner can refresh the space tree.
//!
//! Closing with unapplied edits on any tab asks first; the promise is a form that never
//! loses work. Closing hides the window (it is not deleted): set Qt::WA_DeleteOnClose for one
//! window per opening. Record applies with form()->setActivityLog(log, connectionName).
class SpaceEditDialog : public QDialog {
    Q_OBJECT
public:
    SpaceEditDialog(DensityClient *client, const QString &spaceId,
                    const SpaceTreeModel *tree = nullptr, QWidget *parent = nullptr);

    SpaceEditForm *form() const { return m_form; }
    QTabWidget *tabs() const { return m_tabs; }
    //! Adds a page after "Details"; returns its index.
    int addTab(QWidget *page, const QString &label);

    //! Every AdminForm on the tabs, "Details" first: closing asks when any has unapplied edits.
    QList<AdminForm *> forms() const;

    //! Replaces the question asked when closing with unapplied edits (default: a message box);
    //! return true to close and discard them. Tests answer without a modal loop.
    void setDiscardQuestion(std::function<bool()> question);

    void done(int result) override;

Q_SIGNALS:
    //! The space changed on the server: refresh what shows it (the space tree).
    void applied();

protected:
    bool event(QEvent *event) override;

private:
    void updateTitle();

    QTabWidget *m_tabs;
    SpaceEditForm *m_form;
    std::function<bool()> m_discardQuestion;
};

} // namespace Density

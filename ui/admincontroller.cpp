#include "admincontroller.h"

#include "admin/activitylog.h"
#include "labelsadminwidget.h"
#include "spaceeditdialog.h"
#include "spacelabelsform.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace Density {

AdminController::AdminController(DensityClient *client, const SpaceTreeModel *spaces,
                                 QWidget *window, const QString &activityLogPath)
    : QObject(window)
    , m_client(client)
    , m_spaces(spaces)
    , m_window(window)
    , m_log(new ActivityLog(activityLogPath, this))
    , m_editSpace(new QAction(tr("&Edit Space\u2026"), this))
    , m_labels(new QAction(tr("&Labels and Label Groups\u2026"), this))
    , m_users(new QAction(tr("&Users\u2026"), this))
    , m_activity(new QAction(tr("&Activity Log\u2026"), this)) {
    m_editSpace->setShortcut(QKeySequence(Qt::Key_F2));
    m_editSpace->setStatusTip(tr("Edit the selected space's details and labels"));
    m_labels->setStatusTip(tr("Create, rename and group labels"));
    m_users->setStatusTip(tr("Manage who can see which spaces (needs an OAuth client)"));
    m_activity->setStatusTip(tr("The admin changes made from this app, with their outcome"));
    connect(m_editSpace, &QAction::triggered, this, [this] {
        if (m_currentSpace)
            editSpace(m_currentSpace->id);
    });
    connect(m_labels, &QAction::triggered, this,
            [this] { showAdministration(AdminWindow::Tab::Labels); });
    connect(m_users, &QAction::triggered, this,
            [this] { showAdministration(AdminWindow::Tab::Users); });
    connect(m_activity, &QAction::triggered, this,
            [this] { showAdministration(AdminWindow::Tab::ActivityLog); });
    updateActions();
}

void AdminController::populateMenu(QMenu *menu) {
    menu->addAction(m_editSpace);
    menu->addSeparator();
    menu->addAction(m_labels);
    menu->addAction(m_users);
    menu->addSeparator();
    menu->addAction(m_activity);
}

void AdminController::setConnection(const QString &name) {
    if (name == m_connection)
        return;
    closeWindows();
    m_connection = name;
}

void AdminController::setCurrentSpace(const std::optional<Space> &space) {
    m_currentSpace = space;
    updateActions();
}

void AdminController::setEnabled(bool enabled) {
    m_enabled = enabled;
    updateActions();
}

SpaceEditDialog *AdminController::editSpace(const QString &spaceId) {
    if (SpaceEditDialog *open = m_spaceDialogs.value(spaceId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SpaceEditDialog(m_client, spaceId, m_spaces, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *labels = new SpaceLabelsForm(m_client, spaceId, dialog);
    dialog->addTab(labels, tr("&Labels"));
    for (AdminForm *form : dialog->forms())
        form->setActivityLog(m_log, m_connection);
    labels->reload();
    connect(dialog, &SpaceEditDialog::applied, this, &AdminController::spacesChanged);
    connect(labels, &AdminForm::applied, this, [this] {
        Q_EMIT spacesChanged();
        if (m_adminWindow)
            m_adminWindow->labels()->reload(); // its space counts changed
    });
    m_spaceDialogs.insert(spaceId, dialog);
    dialog->show();
    return dialog;
}

AdminWindow *AdminController::showAdministration(AdminWindow::Tab tab) {
    if (!m_adminWindow) {
        m_adminWindow = new AdminWindow(m_client, m_spaces, m_log, m_connection, m_window);
        m_adminWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_adminWindow, &AdminWindow::spacesChanged, this, &AdminController::spacesChanged);
    }
    m_adminWindow->showTab(tab);
    m_adminWindow->show();
    m_adminWindow->raise();
    m_adminWindow->activateWindow();
    return m_adminWindow;
}

void AdminController::closeWindows() {
    // They show the old connection's organization, and the client already speaks to the new
    // one: an apply from them would change the wrong organization. So they go without asking;
    // switching connections is the user's own, explicit step.
    delete m_adminWindow;
    for (const QPointer<SpaceEditDialog> &dialog : std::as_const(m_spaceDialogs))
        delete dialog;
    m_spaceDialogs.clear();
}

void AdminController::updateActions() {
    m_editSpace->setEnabled(m_enabled && m_currentSpace.has_value());
    m_labels->setEnabled(m_enabled);
    m_users->setEnabled(m_enabled);
    m_activity->setEnabled(true); // the local log is readable without a connection
}

} // namespace Density

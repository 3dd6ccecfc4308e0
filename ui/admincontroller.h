#pragma once

#include "adminwindow.h"
#include "model/space.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Density {

class ActivityLog;
class DensityClient;
class SpaceEditDialog;
class SpaceTreeModel;

//! The dashboard's admin side, kept out of MainWindow: the Admin menu, the administration
//! window (labels, users, activity log) and one edit window per space, all on the current
//! connection, with the local activity log they record into. A new connection closes the
//! windows of the old one, so an admin never edits one organization in another's window.
class AdminController : public QObject {
    Q_OBJECT
public:
    AdminController(DensityClient *client, const SpaceTreeModel *spaces, QWidget *window,
                    const QString &activityLogPath);

    //! Adds the Admin menu's actions to `menu`.
    void populateMenu(QMenu *menu);
    //! The connection's name (the activity log records it); closes the windows of the old one.
    void setConnection(const QString &name);
    //! The space "Edit Space…" opens: the first selected one.
    void setCurrentSpace(const std::optional<Space> &space);
    void setEnabled(bool enabled);

    //! Opens (or raises) the edit window of `spaceId`.
    SpaceEditDialog *editSpace(const QString &spaceId);
    AdminWindow *showAdministration(AdminWindow::Tab tab);

    ActivityLog *activityLog() const { return m_log; }
    AdminWindow *adminWindow() const { return m_adminWindow; }
    QAction *editSpaceAction() const { return m_editSpace; }

Q_SIGNALS:
    //! Spaces or their labels changed on the server: reload the space tree.
    void spacesChanged();

private:
    void closeWindows();
    void updateActions();

    DensityClient *m_client;
    const SpaceTreeModel *m_spaces;
    QWidget *m_window;
    ActivityLog *m_log;
    QString m_connection;
    std::optional<Space> m_currentSpace;
    bool m_enabled = false;
    QPointer<AdminWindow> m_adminWindow;
    QHash<QString, QPointer<SpaceEditDialog>> m_spaceDialogs;
    QAction *m_editSpace;
    QAction *m_labels;
    QAction *m_users;
    QAction *m_activity;
};

} // namespace Density

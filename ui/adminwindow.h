#pragma once

#include <QDialog>

#include <functional>

class QTabWidget;

namespace Density {

class ActivityLog;
class ActivityLogWidget;
class DensityClient;
class LabelsAdminWidget;
class SpaceTreeModel;
class UserAdminWidget;

//! The administration window of one connection: Labels, Users and the Activity log as tabs.
//! Non-modal, so an admin can keep it beside the dashboard. Closing it with unapplied edits in
//! a form asks first, because admin forms never lose typed work silently.
class AdminWindow : public QDialog {
    Q_OBJECT
public:
    enum class Tab { Labels, Users, ActivityLog };

    AdminWindow(DensityClient *client, const SpaceTreeModel *spaces, ActivityLog *log,
                const QString &connection, QWidget *parent = nullptr);

    void showTab(Tab tab);
    Tab currentTab() const;
    LabelsAdminWidget *labels() const { return m_labels; }
    UserAdminWidget *users() const { return m_users; }
    ActivityLogWidget *activity() const { return m_activity; }

    //! Replaces the question asked when closing with unapplied edits (default: a message
    //! box); return true to close anyway. Tests answer without a modal loop.
    void setDiscardQuestion(std::function<bool()> question) {
        m_discardQuestion = std::move(question);
    }
    bool hasUnappliedEdits() const;
    void done(int result) override;

Q_SIGNALS:
    //! Labels or users changed on the server: refresh what shows them.
    void spacesChanged();

private:
    QTabWidget *m_tabs;
    LabelsAdminWidget *m_labels;
    UserAdminWidget *m_users;
    ActivityLogWidget *m_activity;
    std::function<bool()> m_discardQuestion;
};

} // namespace Density

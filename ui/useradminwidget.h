#pragma once

#include <QModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Density {

class ActivityLog;
class ApiError;
class DensityClient;
class SpaceTreeModel;
class UserForm;
class UserListModel;

//! The Users admin page: the organization's users in a filterable table beside a UserForm that
//! views, creates, edits and deletes one of them. The Users endpoints accept only
//! machine-to-machine OAuth tokens; with any other token the page says so in plain words above
//! the list and keeps whatever was typed into the form.
class UserAdminWidget : public QWidget {
    Q_OBJECT
public:
    //! `client` and `spaces` are not owned; `spaces` supplies the tree to pick a user's spaces
    //! from and their names.
    UserAdminWidget(DensityClient *client, const SpaceTreeModel *spaces, QWidget *parent = nullptr);

    //! Loads the list again (and checks the connection's token kind first).
    void refresh();
    //! Where creates, edits and deletes are recorded, with the connection's name.
    void setActivityLog(ActivityLog *log, const QString &connection);

    //! True while the token explanation is shown; its text.
    bool isExplainingToken() const;
    QString tokenExplanation() const;
    //! The list's error or progress line (empty when all is well).
    QString listStatus() const;

    UserForm *form() const { return m_form; }
    UserListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    //! A user was created, changed or deleted from this page.
    void usersChanged();

private:
    bool usesStaticToken() const;
    void showTokenExplanation(bool staticToken);
    void listFailed(const ApiError &error);
    void selectUser(const QString &userId);
    void currentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void startNewUser();
    void updateButtons();

    DensityClient *m_client;
    UserListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_listStatus;
    QTableView *m_table;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    UserForm *m_form;
    QString m_selectAfterLoad; //!< a user to select once the list has reloaded
    bool m_selecting = false;  //!< selection changed by code, not by the user
};

} // namespace Density
